"""Altair chart of the customers worth the most over a forecast horizon (predicted CLV).

Same rules as :mod:`segcore.charts`: a small frame in (:func:`segcore.ltv.outlook.top_customers`:
customer_id, clv, clv_low, clv_high, expected_purchases, p_alive), a chart specification out;
words come in translated. One bar per customer, highest on top, its value written short next
to the customer's name (a few very large customers leave the others' bars thin), with the
bootstrap interval as a thin line when there is one.
"""

from __future__ import annotations

from collections.abc import Mapping

import altair as alt
import numpy as np
import pandas as pd

from segcore.charts.base import chart_title, finish
from segcore.charts.ltv import SERIES_COLOURS, compact_label_expr
from segcore.i18n.format import NBSP, fmt_number

__all__ = ["compact_value", "top_customers_chart"]

_ROW = 26
#: Words of short big numbers: thousand, million, billion.
_WORDS = {"en": ("K", "M", "B"), "ru": (f"{NBSP}тыс.", f"{NBSP}млн", f"{NBSP}млрд")}


def compact_value(value: float, lang: str) -> str:
    """Give a number short enough for a tile or a label: "238.1M", "238,1 млн", "9.5K", "950".

    Three significant digits at most from a thousand up (one decimal), whole numbers below.
    """
    size = abs(float(value))
    if not np.isfinite(size):
        return "—"
    for step, word in zip((1e9, 1e6, 1e3), reversed(_WORDS.get(lang, _WORDS["en"])), strict=True):
        if size >= step:
            digits = 1 if size / step < 100 else 0
            return fmt_number(value / step, lang, digits) + word
    return fmt_number(value, lang, 0)


def top_customers_chart(
    top: pd.DataFrame,
    *,
    title: str,
    x_title: str,
    y_title: str,
    tooltips: Mapping[str, str],
    subtitle: str | None = None,
    lang: str = "en",
) -> alt.LayerChart | alt.FacetChart:
    """Give horizontal bars of ``top``'s expected value, in the frame's order (highest first).

    ``tooltips`` names the tooltip fields ``expected_purchases`` and ``p_alive``.
    """
    labels = [
        f"{customer} · {compact_value(value, lang)}"
        for customer, value in zip(top["customer_id"].astype(str), top["clv"], strict=True)
    ]
    frame = top.assign(customer_id=top["customer_id"].astype(str), label=labels)
    y = alt.Y("label:N", sort=labels, title=y_title, axis=alt.Axis(labelLimit=260, labelOverlap=False))
    money = alt.Axis(labelExpr=compact_label_expr(lang), tickCount=5)
    tooltip = [
        alt.Tooltip("customer_id:N", title=y_title),
        alt.Tooltip("clv:Q", title=x_title, format=",.0f"),
        alt.Tooltip("expected_purchases:Q", title=tooltips["expected_purchases"], format=",.1f"),
        alt.Tooltip("p_alive:Q", title=tooltips["p_alive"], format=".0%"),
    ]
    base = alt.Chart(frame)
    bars = base.mark_bar(color=SERIES_COLOURS["clv"], opacity=0.85).encode(
        x=alt.X("clv:Q", title=x_title, axis=money), y=y, tooltip=tooltip
    )
    layers: list[alt.Chart] = [bars]
    if np.isfinite(frame["clv_low"].to_numpy(dtype=float)).any():
        layers.append(
            base.mark_rule(color=SERIES_COLOURS["predicted"], strokeWidth=2).encode(
                x="clv_low:Q", x2="clv_high:Q", y=y, tooltip=tooltip
            )
        )
    chart = alt.layer(*layers).properties(title=chart_title(title, subtitle), height=alt.Step(_ROW))
    return finish(chart, lang)
