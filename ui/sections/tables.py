"""Tables and headline numbers shared by pages: customer lists, counts with shares, period tables.

Tiles write their numbers short enough never to be cut in a quarter-width column at
1280 × 720 (:func:`tile_count`, :func:`tile_money`: "4,583", "670 тыс. ₽", "$1.2M"); tables
write theirs in the interface language whatever the browser's locale (see
:mod:`ui.sections.table_format`), money headers carrying the currency ("Выручка, ₽").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
import streamlit as st
from streamlit.elements.lib.column_types import ColumnConfig

from segcore.classify.segmentation import Segmentation
from segcore.i18n.format import fmt_compact, fmt_compact_money, fmt_money_in, is_missing, money_header
from ui.data import Analysis
from ui.format import fmt_int, fmt_percent
from ui.sections import table_format
from ui.state import currency, session
from ui.text import column_label, segment_name, tr

__all__ = [
    "DETAIL_COLUMNS",
    "EXACT_COUNT_BELOW",
    "EXACT_MONEY_BELOW",
    "count_metric",
    "customer_table_view",
    "money_metric",
    "period_table",
    "quadrant_legend",
    "tile_count",
    "tile_money",
]

#: Counts below this are written in full on a tile ("99,999"); larger ones compactly ("120K").
EXACT_COUNT_BELOW = 100_000
#: Amounts of money below this are written in full on a tile ("7,135"); larger ones compactly ("1.2M").
EXACT_MONEY_BELOW = 10_000

#: Customer-table columns shown when a segment's customers are listed.
DETAIL_COLUMNS: tuple[str, ...] = (
    "customer_id",
    "revenue",
    "orders",
    "avg_check",
    "last_purchase",
    "recency_days",
    "cv",
    "return_rate",
    "ltv_simple",
)
_MONEY = {
    *("revenue", "avg_check", "ltv_simple", "ltv", "margin", "purchases", "returns", "cost"),
    *("revenue_per_period", "revenue_last_12m", "revenue_prev_12m", "clv"),
}
_SHARE = {"return_rate", "peak_share", "season_share", "revenue_share", "customer_share"}
_COUNT = {
    *("orders", "lines", "returned_lines", "tenure_days", "recency_days", "age_days"),
    *("active_periods", "history_periods", "relationship_periods", "age_periods", "season_years"),
}
#: Yes/no columns, written as words (a ticked box reads poorly at projector distance).
_FLAGS = {"seasonal"}


def tile_count(count: float, lang: str) -> str:
    """Give a count for a tile: in full below 100 000 ("4,583"), compact above ("120K", "1,2 млн")."""
    if abs(float(count)) < EXACT_COUNT_BELOW:
        return fmt_int(count, lang)
    return fmt_compact(count, lang)


def tile_money(value: float | None, lang: str) -> str:
    """Give an amount of money for a tile with the session's currency: in full below 10 000, compact above.

    "7,135", "7 135 ₽", "$45.67" stay exact; "670 тыс. ₽", "$1.2M" fit a quarter-width tile.
    """
    if value is not None and not is_missing(value) and abs(float(value)) < EXACT_MONEY_BELOW:
        return fmt_money_in(value, lang, currency.current())
    return fmt_compact_money(value, lang, currency.current())


def money_metric(
    column: Any,
    label: str,
    value: float | None,
    *,
    delta: str | None = None,
    help_text: str | None = None,
    inverse: bool = False,
) -> None:
    """Draw a headline amount of money, compact with its currency, in a bordered tile."""
    column.metric(
        label,
        tile_money(value, session.lang()),
        delta=delta,
        border=True,
        help=help_text,
        delta_color="inverse" if inverse else "normal",
    )


def count_metric(column: Any, label: str, count: float, total: float, help_text: str | None = None) -> None:
    """Draw a headline number of customers with its share of all under it, in grey.

    "4,583 (22.9 %)" as one metric value is cut to "4,583 (22.…" in a quarter-width
    column; the share as the metric's delta stays readable.
    """
    lang = session.lang()
    share = count / total if total else 0.0
    column.metric(
        label,
        tile_count(count, lang),
        delta=fmt_percent(share, lang),
        delta_color="gray",
        delta_arrow="off",
        border=True,
        help=help_text,
    )


def _kind(column: str) -> str | None:
    """Give the number kind of a customer-table column (see :mod:`ui.sections.table_format`)."""
    if column in _MONEY:
        return "money"
    if column in _SHARE:
        return "share"
    if column in _COUNT:
        return "count"
    return "number" if column == "cv" else None


def _column_config(columns: Sequence[str]) -> dict[str, ColumnConfig]:
    date_format = "DD.MM.YYYY" if session.lang() == "ru" else "YYYY-MM-DD"
    sign = currency.current()
    config: dict[str, ColumnConfig] = {}
    for column in columns:
        label = column_label(column)
        kind = _kind(column)
        if column in ("first_purchase", "last_purchase"):
            config[column] = st.column_config.DateColumn(label, format=date_format)
        elif kind is not None:
            title = money_header(label, sign) if kind == "money" else label
            config[column] = table_format.column_config(title)
        else:
            config[column] = st.column_config.Column(label)
    return config


def _largest_first(values: np.ndarray, limit: int) -> np.ndarray:
    """Give the positions of the ``limit`` largest values, largest first (ties by position)."""
    keys = -np.nan_to_num(values, nan=-np.inf)
    if len(keys) > limit:
        kth = np.partition(keys, limit - 1)[limit - 1]
        candidates = np.flatnonzero(keys <= kth)
        return candidates[np.argsort(keys[candidates], kind="stable")[:limit]]
    return np.argsort(keys, kind="stable")[:limit]


def _rows(analysis: Analysis, mask: np.ndarray | None, sort_by: str | np.ndarray, limit: int) -> tuple:
    customers = analysis.customers
    positions = np.arange(len(customers)) if mask is None else np.flatnonzero(mask)
    values = (
        customers[sort_by].to_numpy(dtype=float, na_value=np.nan)
        if isinstance(sort_by, str)
        else np.asarray(sort_by, dtype=float)
    )[positions]
    return positions, positions[_largest_first(values, limit)]


def customer_table_view(
    analysis: Analysis,
    segmentation: Segmentation,
    mask: np.ndarray | None,
    *,
    key: str,
    limit: int = 1000,
    sort_by: str | np.ndarray = "revenue",
    columns: Sequence[str] = DETAIL_COLUMNS,
    extra: dict[str, np.ndarray] | None = None,
    lead: Sequence[str] = (),
) -> pd.DataFrame:
    """Draw the customers selected by ``mask`` (largest ``sort_by`` first, at most ``limit``).

    ``sort_by`` is a customer-table column or an array aligned with its rows; ``extra``
    adds columns aligned with the rows (e.g. a recomputed LTV); ``lead`` names columns moved
    right after the customer id, so a wide table does not hide them. Gives the frame drawn (its
    columns are customer-table names; the headers shown are translated).
    """
    positions, order = _rows(analysis, mask, sort_by, limit)
    shown = [c for c in columns if c in analysis.customers.columns]
    frame = analysis.customers.iloc[order][shown].reset_index(drop=True)
    frame.insert(1, "cell", segmentation.cell[order])
    frame.insert(2, "quadrant", segmentation.quadrant[order])
    for name, values in (extra or {}).items():
        frame[name] = np.asarray(values)[order]
    if lead:
        first = [c for c in lead if c in frame.columns]
        frame = frame[
            ["customer_id", *first, *[c for c in frame.columns if c not in first and c != "customer_id"]]
        ]
    for column in _FLAGS.intersection(frame.columns):
        words = {True: tr("table.yes"), False: tr("table.no")}
        frame[column] = [words[bool(v)] if pd.notna(v) else None for v in frame[column]]
    for column in _MONEY.intersection(frame.columns):
        big = frame[column].abs().max() >= 1000 if len(frame) else False
        frame[column] = frame[column].round(0 if big else 2)
    kinds = {column: kind for column in frame.columns if (kind := _kind(column)) is not None}
    st.dataframe(
        table_format.styled(frame, kinds, session.lang()),
        hide_index=True,
        placeholder="—",
        key=key,
        column_config=_column_config(frame.columns),
        height=min(38 + 35 * max(len(frame), 1), 420),
    )
    if len(positions) > limit:
        lang = session.lang()
        st.caption(tr("table.top_of", shown=fmt_int(limit, lang), total=fmt_int(len(positions), lang)))
    return frame


def quadrant_legend(segmentation: Segmentation) -> dict[str, str]:
    """Give each quadrant's legend text: code, name, customers and share of revenue."""
    lang = session.lang()
    return {
        row.quadrant: tr(
            "quad.legend",
            code=row.quadrant,
            name=segment_name(row.quadrant),
            customers=fmt_int(row.customers, lang),
            share=fmt_percent(row.revenue_share, lang),
        )
        for row in segmentation.quadrant_summary.itertuples()
    }


def period_table(
    frame: pd.DataFrame, kinds: Mapping[str, str], *, key: str, height: int | None = None
) -> None:
    """Draw a table with translated headers; ``kinds`` maps each shown column to its kind.

    Kinds: ``text``, ``money``, ``count``, ``share`` (also growth), ``number``. The
    headers are ``ui.dyncol.<name>`` texts.
    """
    config: dict[str, Any] = {}
    sign = currency.current()
    for column, kind in kinds.items():
        title = tr(f"dyncol.{column}")
        if kind == "text":
            config[column] = st.column_config.TextColumn(title)
        else:
            config[column] = table_format.column_config(
                money_header(title, sign) if kind == "money" else title
            )
    shown = frame[list(kinds)].copy()
    for column, kind in kinds.items():
        if kind == "money":
            shown[column] = shown[column].astype(float).round(0)
    rows = height or min(38 + 35 * max(len(shown), 1), 460)
    numbers = {column: kind for column, kind in kinds.items() if kind != "text"}
    st.dataframe(
        table_format.styled(shown, numbers, session.lang()),
        hide_index=True,
        placeholder="—",
        column_config=config,
        key=key,
        height=rows,
    )
