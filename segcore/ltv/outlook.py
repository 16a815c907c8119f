"""The forecast for a business reader: who is worth the most over the horizon, in figures and words.

:func:`forecast_outlook` sums a forward fit's per-customer forecast (the ``customers`` frame
of :class:`~segcore.ltv.fit.LtvResult`): the value expected over the horizon (discounted,
with margin), the purchases expected, how many customers are probably still buying
(P(alive) ≥ :data:`ACTIVE_CUT`) and how much of the value the top customers hold.
:func:`outlook_text` says it in one plain sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from segcore.i18n import plural, t
from segcore.i18n.format import fmt_int, fmt_money, fmt_number, fmt_percent

__all__ = ["ACTIVE_CUT", "TOP_CUSTOMERS", "Outlook", "forecast_outlook", "outlook_text", "top_customers"]

#: P(alive) from which a customer counts as probably still buying.
ACTIVE_CUT = 0.5
#: How many customers the "worth the most" list and chart show.
TOP_CUSTOMERS = 15

_TOP_COLUMNS = ("customer_id", "clv", "clv_low", "clv_high", "expected_purchases", "p_alive")


@dataclass(frozen=True)
class Outlook:
    """The forecast's totals over ``months`` (see the module docstring); NaN values count as 0."""

    months: int
    customers: int
    value: float
    purchases: float
    active: int
    top: int
    top_value: float

    @property
    def top_share(self) -> float:
        """Give the share of the expected value the top customers hold (NaN when it is not positive)."""
        return self.top_value / self.value if self.value > 0 else float("nan")


def top_customers(customers: pd.DataFrame, n: int = TOP_CUSTOMERS) -> pd.DataFrame:
    """Give the ``n`` customers with the highest forecast value, highest first (ties by customer order)."""
    value = np.nan_to_num(customers["clv"].to_numpy(dtype=float), nan=-np.inf)
    order = np.argsort(-value, kind="stable")[:n]
    return customers.iloc[order][list(_TOP_COLUMNS)].reset_index(drop=True)


def forecast_outlook(customers: pd.DataFrame, months: int, n: int = TOP_CUSTOMERS) -> Outlook:
    """Give the totals of a forward forecast over ``months`` (one row per customer, see the module)."""
    value = np.nan_to_num(customers["clv"].to_numpy(dtype=float))
    purchases = np.nan_to_num(customers["expected_purchases"].to_numpy(dtype=float))
    alive = customers["p_alive"].to_numpy(dtype=float)
    top = top_customers(customers, n)
    return Outlook(
        months=int(months),
        customers=len(customers),
        value=float(value.sum()),
        purchases=float(purchases.sum()),
        active=int(np.sum(alive >= ACTIVE_CUT)),
        top=len(top),
        top_value=float(np.nan_to_num(top["clv"].to_numpy(dtype=float)).sum()),
    )


def outlook_text(outlook: Outlook, lang: str) -> str:
    """Give the forecast in one plain sentence (two when the top customers hold a share of it)."""
    months = fmt_int(outlook.months, lang)
    head = t(
        "ltv.outlook.total",
        lang,
        months=months,
        months_word=plural(outlook.months, lang, t("ltv.outlook.months_word", lang)),
        value=fmt_money(outlook.value, lang),
        purchases=fmt_number(outlook.purchases, lang, 0),
        active=fmt_int(outlook.active, lang),
        customers=fmt_int(outlook.customers, lang),
        cut=fmt_percent(ACTIVE_CUT, lang, 0),
    )
    share = outlook.top_share
    if not outlook.top or not np.isfinite(share):
        return head
    return f"{head} " + t(
        "ltv.outlook.top", lang, top=fmt_int(outlook.top, lang), share=fmt_percent(share, lang)
    )
