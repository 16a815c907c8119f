"""A customer list a sales team can work through: who, what to do next, how urgent, whose call.

Any list of customers (a cell of the ABC × XYZ matrix, a quadrant, the key customers at
risk, the customers who moved) becomes, in the ``sales`` preset, one row per customer with:

- ``customer_id``, ``cell`` and ``quadrant``; for a list of movers, where they were before
  (``moved_from`` / ``moved_to`` between periods, ``cell_from`` / ``quadrant_from`` between
  scenarios, :mod:`segcore.report.movers_list`);
- ``status`` (overdue / lost), ``days_since_last`` and ``revenue_at_stake`` when the list
  is the at-risk list;
- ``next_action``: the first action of the strategy card of the segment the list is about
  (the cell's card for a cell list, the quadrant's card for a quadrant list; the user's
  edited card when there is one); for a customer at risk, the at-risk call instead;
- ``priority`` (1 = first call on a manager's time … 4 = automated service): the card's
  priority; a customer at risk is priority 1, whatever the card says, because the revenue
  is being lost now;
- ``owner``: empty, for the team lead to fill in;
- ``last_purchase``, ``revenue``;
- the contact columns of the attribute file, when it has any (:func:`contact_columns`).

Rows keep the list's own order (a segment's list largest revenue first, :func:`segment_rows`;
the at-risk list most revenue at stake first; a finding's customers most important first);
the priority is a column to sort or filter on. The ``analyst`` preset keeps every column of
the list and adds the sales columns after the codes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Literal

import numpy as np
import pandas as pd

from segcore.i18n import t
from segcore.report.playbook import ALL_CODES, Playbook

__all__ = [
    "AT_RISK_PRIORITY",
    "PRESETS",
    "SALES_COLUMNS",
    "Preset",
    "contact_columns",
    "next_actions",
    "priorities",
    "sales_frame",
    "segment_rows",
    "with_customer_columns",
]

Preset = Literal["sales", "analyst"]
PRESETS: tuple[Preset, ...] = ("sales", "analyst")
#: Who the customer is and where they stand (or moved): the lead of both presets.
_WHERE = (
    "customer_id",
    "moved_from",
    "moved_to",
    "cell_from",
    "cell",
    "quadrant_from",
    "quadrant",
    "status",
)
#: The columns of the ``sales`` preset, in order (those the list has; contacts follow).
SALES_COLUMNS: tuple[str, ...] = (
    *_WHERE,
    "days_since_last",
    "revenue_at_stake",
    "next_action",
    "priority",
    "owner",
    "last_purchase",
    "revenue",
)
#: The priority of a customer at risk (overdue or lost): the first call.
AT_RISK_PRIORITY = 1
_AT_RISK_ACTIONS = {"overdue": "ui.lists.action.overdue", "lost": "ui.lists.action.lost"}
_CONTACT = re.compile(
    r"(e-?mail|mail|почт|phone|тел|mobile|моб|contact|контакт|whatsapp|telegram|address|адрес|"
    r"person|лицо|manager|менеджер)",
    re.IGNORECASE,
)
_ANALYST_LEAD = (
    *_WHERE,
    "next_action",
    "priority",
    "owner",
)


def contact_columns(columns: Iterable[str]) -> list[str]:
    """Give the columns whose names say they hold contacts (e-mail, phone, contact person, address …)."""
    return [str(c) for c in columns if str(c) != "customer_id" and _CONTACT.search(str(c))]


def _at_risk(status: pd.Series | None, n: int) -> np.ndarray:
    if status is None:
        return np.zeros(n, dtype=bool)
    return status.astype(str).isin(list(_AT_RISK_ACTIONS)).to_numpy()


def next_actions(
    codes: Sequence[object], playbook: Playbook, lang: str = "en", status: pd.Series | None = None
) -> list[str | None]:
    """Give each customer's next action: its card's first action, the at-risk call when at risk.

    ``codes`` are segment codes (cells or quadrants) aligned with ``status`` (at-risk
    statuses, or ``None``); a code without a card gives no action.
    """
    firsts = {code: (playbook.card(code, lang).actions or (None,))[0] for code in ALL_CODES}
    states = status.astype(str).tolist() if status is not None else [""] * len(codes)
    return [
        t(_AT_RISK_ACTIONS[state], lang) if state in _AT_RISK_ACTIONS else firsts.get(str(code))
        for code, state in zip(codes, states, strict=True)
    ]


def priorities(codes: Sequence[object], playbook: Playbook, status: pd.Series | None = None) -> np.ndarray:
    """Give each customer's priority (1 … 4, 0 without a card): the card's, 1 when at risk."""
    levels = {code: playbook.card(code).priority for code in ALL_CODES}
    out = np.array([levels.get(str(code), 0) for code in codes], dtype=np.int64)
    out[_at_risk(status, len(out))] = AT_RISK_PRIORITY
    return out


def segment_rows(customers: pd.DataFrame, mask: np.ndarray, codes: dict[str, np.ndarray]) -> pd.DataFrame:
    """Give the customer-table rows picked by ``mask`` with ``codes`` columns after the id, top revenue first.

    ``codes`` maps a column name (``cell``, ``quadrant``) to values aligned with the table's rows.
    """
    positions = np.flatnonzero(np.asarray(mask, dtype=bool))
    frame = customers.iloc[positions].reset_index(drop=True)
    for place, (name, values) in enumerate(codes.items(), start=1):
        if name in frame.columns:
            frame = frame.drop(columns=name)
        frame.insert(min(place, len(frame.columns)), name, np.asarray(values)[positions])
    if "revenue" in frame.columns:
        frame = frame.sort_values("revenue", ascending=False, kind="stable", na_position="last")
    return frame.reset_index(drop=True)


def with_customer_columns(rows: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame:
    """Give ``rows`` with the customer table's columns they lack, matched on ``customer_id`` (order kept)."""
    missing = [c for c in customers.columns if c not in rows.columns]
    if not missing or "customer_id" not in rows.columns:
        return rows
    ids = pd.Index(customers["customer_id"].astype(str))
    positions = ids.get_indexer(rows["customer_id"].astype(str))
    found = positions >= 0
    extra = customers[missing].iloc[positions[found]].reset_index(drop=True)
    extra.index = np.flatnonzero(found)
    return pd.concat([rows.reset_index(drop=True), extra.reindex(range(len(rows)))], axis=1)


def sales_frame(
    rows: pd.DataFrame,
    playbook: Playbook | None = None,
    lang: str = "en",
    *,
    segment: Literal["cell", "quadrant"] = "cell",
    preset: Preset = "sales",
) -> pd.DataFrame:
    """Give a customer list with the sales columns, rows in the list's order.

    ``rows``: one row per customer with ``customer_id`` and ``segment`` (``cell`` or
    ``quadrant``, whose card gives the next action and the priority), optionally
    ``status`` (the at-risk list) and any customer-table or attribute columns.
    ``preset``: ``sales`` (:data:`SALES_COLUMNS` and the contact columns) or ``analyst``
    (every column of ``rows``, the sales columns first).
    """
    if preset not in PRESETS:
        raise ValueError(f"preset must be one of {PRESETS}, not {preset!r}")
    cards = playbook or Playbook()
    status = rows["status"] if "status" in rows.columns else None
    codes = rows[segment].tolist() if segment in rows.columns else [None] * len(rows)
    out = rows.assign(
        next_action=next_actions(codes, cards, lang, status),
        priority=priorities(codes, cards, status),
        owner=pd.Series([None] * len(rows), index=rows.index, dtype=object),
    )
    if preset == "sales":
        columns = [c for c in SALES_COLUMNS if c in out.columns] + contact_columns(out.columns)
    else:
        lead = [c for c in _ANALYST_LEAD if c in out.columns]
        columns = lead + [c for c in out.columns if c not in lead]
    return out[columns].reset_index(drop=True)
