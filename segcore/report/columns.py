"""What kind of value each customer-table column holds, which decides how an export writes it.

Kinds: ``text`` (identifiers and segment codes, always written as text), ``money``
(2 decimals), ``share`` (a 0 … 1 value shown as a percentage; CV too), ``count`` (whole
numbers), ``date``; a column the table does not name is typed by its data: ``date``,
``bool`` (the ``seasonal`` flag, attribute flags), ``count`` (integers, such as the month of a
customer's season), ``number`` or ``mixed``.
"""

from __future__ import annotations

from typing import Literal

import pandas as pd

__all__ = [
    "COUNT_COLUMNS",
    "DATE_COLUMNS",
    "MONEY_COLUMNS",
    "SHARE_COLUMNS",
    "TEXT_COLUMNS",
    "ColumnKind",
    "column_kind",
]

ColumnKind = Literal["text", "money", "share", "count", "number", "date", "bool", "mixed"]

TEXT_COLUMNS = frozenset({"customer_id", "abc", "xyz", "cell", "quadrant", "segment"})
MONEY_COLUMNS = frozenset(
    {"revenue", "purchases", "returns", "cost", "margin", "avg_check", "revenue_per_period",
     "ltv_simple", "clv", "revenue_last_12m", "revenue_prev_12m", "revenue_at_stake", "revenue_a",
     "revenue_b"}
)  # fmt: skip
SHARE_COLUMNS = frozenset({"return_rate", "peak_share", "season_share", "p_alive", "cv", "revenue_share"})
COUNT_COLUMNS = frozenset(
    {"orders", "lines", "returned_lines", "tenure_days", "recency_days", "age_days", "active_periods",
     "history_periods", "relationship_periods", "age_periods", "season_years", "customers"}
)  # fmt: skip
DATE_COLUMNS = frozenset({"first_purchase", "last_purchase"})

_NAMED_KINDS: tuple[tuple[ColumnKind, frozenset[str]], ...] = (
    ("text", TEXT_COLUMNS),
    ("money", MONEY_COLUMNS),
    ("share", SHARE_COLUMNS),
    ("count", COUNT_COLUMNS),
    ("date", DATE_COLUMNS),
)


def column_kind(name: str, series: pd.Series) -> ColumnKind:
    """Give how a column is written: by its name when the table names it, else by its data."""
    for kind, names in _NAMED_KINDS:
        if name in names:
            return kind
    if pd.api.types.is_datetime64_any_dtype(series):
        return "date"
    if pd.api.types.is_bool_dtype(series):
        return "bool"
    if pd.api.types.is_integer_dtype(series):
        return "count"
    return "number" if pd.api.types.is_numeric_dtype(series) else "mixed"
