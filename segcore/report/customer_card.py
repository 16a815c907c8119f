"""One customer on a card: what they bought, where they sit, whether they slip away, what to do next.

:func:`customer_card` gathers a customer's row of the customer table, the segment codes of
the scenario, the at-risk status (:func:`segcore.at_risk`), the next action and priority of
:mod:`segcore.report.sales_list` and the contact columns of the attribute file;
:func:`latest_purchases` gives the customer's last purchases from the transactions.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from segcore.i18n.format import is_missing
from segcore.report.playbook import ALL_CODES, Playbook
from segcore.report.sales_list import contact_columns, next_actions, priorities

__all__ = ["CustomerCard", "customer_card", "latest_purchases"]


@dataclass(frozen=True)
class CustomerCard:
    """A customer's facts for a card; ``status`` is ``overdue``, ``lost`` or ``None`` (not at risk)."""

    customer_id: str
    cell: str
    quadrant: str
    revenue: float
    orders: int
    avg_check: float
    first_purchase: Any
    last_purchase: Any
    recency_days: int
    status: str | None
    days_since_last: float | None
    usual_gap_days: float | None
    next_action: str | None
    priority: int
    owner: str
    contacts: dict[str, str] = field(default_factory=dict)


def _number(row: pd.Series, name: str, default: float = float("nan")) -> float:
    value = row.get(name, default)
    return default if is_missing(value) else float(value)


def _risk(at_risk: pd.DataFrame | None, customer_id: str) -> pd.Series | None:
    if at_risk is None or at_risk.empty:
        return None
    hits = at_risk[at_risk["customer_id"].astype(str) == customer_id]
    return None if hits.empty else hits.iloc[0]


def customer_card(
    customers: pd.DataFrame,
    customer_id: str,
    codes: Mapping[str, np.ndarray],
    playbook: Playbook | None = None,
    lang: str = "en",
    *,
    at_risk: pd.DataFrame | None = None,
) -> CustomerCard | None:
    """Give the card of ``customer_id``, or ``None`` when the customer table does not have them.

    ``codes``: ``cell`` and ``quadrant`` aligned with the table's rows; ``at_risk``: the
    at-risk list (:func:`segcore.at_risk`) of the same scenario. The next action and the
    priority come from the cell's strategy card, or the at-risk call when at risk; ``owner``
    is the cell card's "who contacts them".
    """
    found = np.flatnonzero(customers["customer_id"].astype(str).to_numpy() == str(customer_id))
    if len(found) == 0:
        return None
    position = int(found[0])
    row = customers.iloc[position]
    cell, quadrant = str(codes["cell"][position]), str(codes["quadrant"][position])
    risk = _risk(at_risk, str(customer_id))
    status = pd.Series([risk["status"]]) if risk is not None else None
    cards = playbook or Playbook()
    contacts = {
        name: str(row[name]) for name in contact_columns(customers.columns) if not is_missing(row[name])
    }
    return CustomerCard(
        customer_id=str(customer_id),
        cell=cell,
        quadrant=quadrant,
        revenue=_number(row, "revenue"),
        orders=int(_number(row, "orders", 0.0)),
        avg_check=_number(row, "avg_check"),
        first_purchase=row.get("first_purchase"),
        last_purchase=row.get("last_purchase"),
        recency_days=int(_number(row, "recency_days", 0.0)),
        status=None if risk is None else str(risk["status"]),
        days_since_last=None if risk is None else _number(risk, "days_since_last"),
        usual_gap_days=None if risk is None else _number(risk, "usual_gap_days"),
        next_action=next_actions([cell], cards, lang, status)[0],
        priority=int(priorities([cell], cards, status)[0]),
        owner=cards.card(cell, lang).owner if cell in ALL_CODES else "",
        contacts=contacts,
    )


def latest_purchases(table: Any, customer_id: str, limit: int = 10) -> pd.DataFrame:
    """Give the customer's last ``limit`` purchases (orders), newest first, from an ibis transactions table.

    A purchase is one order (one date when the table has no order number): columns ``date``,
    ``order_id`` (when the table has it), ``lines`` and ``amount`` (the sum of its lines,
    returns included as negative amounts).
    """
    keys = ["date", "order_id"] if "order_id" in table.columns else ["date"]
    mine = table.filter(table.customer_id == str(customer_id))
    orders = mine.group_by(keys).aggregate(lines=mine.count(), amount=mine.amount.sum())
    newest = orders.order_by([orders[k].desc() for k in keys]).limit(limit)
    return newest.to_pandas().reset_index(drop=True)
