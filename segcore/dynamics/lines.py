"""Priced lines per period: the common start of every dynamics figure.

Each transaction line gets its period index, its revenue under the returns policy, its
purchase and its order key (:func:`priced_lines`); :func:`with_segments` adds the segment
of its customer and :func:`customer_activity` keeps the (customer, period) pairs with a
purchase. :func:`period_frame` gives the grid of periods every result is laid on.
"""

from __future__ import annotations

from datetime import date

import ibis
import ibis.expr.types as ir
import numpy as np
import pandas as pd

from segcore.errors import SettingsError
from segcore.periods import Grain, period_complete, period_index, period_label, period_start
from segcore.settings import ReturnsPolicy

__all__ = [
    "DYNAMICS_GRAINS",
    "NO_SEGMENT",
    "PERIODS_PER_YEAR",
    "PERIOD_COLUMNS",
    "check_grain",
    "check_returns",
    "customer_activity",
    "data_bounds",
    "period_frame",
    "priced_lines",
    "with_segments",
]

#: Periods in one year per grain the dynamics allow: the lag of "the same period a year earlier".
PERIODS_PER_YEAR: dict[str, int] = {"M": 12, "Q": 4, "Y": 1}

#: The grains of the dynamics: calendar months, quarters and years.
DYNAMICS_GRAINS: tuple[Grain, ...] = ("M", "Q", "Y")

#: The columns of :func:`period_frame`, which every per-period result starts with.
PERIOD_COLUMNS = ("period", "period_start", "label", "complete")

#: Segment code of customers that ``by`` does not classify (e.g. only returns in the window).
NO_SEGMENT = "none"


def check_grain(grain: str) -> None:
    """Raise a :class:`SettingsError` unless ``grain`` is one of :data:`DYNAMICS_GRAINS`."""
    if grain not in DYNAMICS_GRAINS:
        raise SettingsError("dynamics.grain", value=grain)


def check_returns(returns: str) -> None:
    """Raise a :class:`SettingsError` unless ``returns`` is a returns policy."""
    if returns not in ("net", "gross", "exclude"):
        raise SettingsError("settings.unparseable", field="returns", value=returns)


def data_bounds(table: ir.Table) -> tuple[date, date] | None:
    """Give the first and last transaction dates, or None for a table without lines."""
    row = table.aggregate(lo=table.date.min(), hi=table.date.max()).to_pandas().iloc[0]
    if pd.isna(row["lo"]):
        return None
    return pd.Timestamp(row["lo"]).date(), pd.Timestamp(row["hi"]).date()


def period_frame(first: int, last: int, grain: Grain, bounds: tuple[date, date]) -> pd.DataFrame:
    """Give one row per period ``first..last``: period, period_start, label, complete.

    ``bounds`` are the first and last transaction dates; a period is complete when the
    data reach its last day (see :mod:`segcore.dynamics`).
    """
    periods = np.arange(first, last + 1, dtype=np.int64)
    return pd.DataFrame(
        {
            "period": periods,
            "period_start": pd.to_datetime(
                pd.Series([period_start(int(p), grain) for p in periods], dtype="object")
            ),
            "label": pd.array([period_label(int(p), grain) for p in periods], dtype="string"),
            "complete": np.array([period_complete(int(p), grain, bounds[1]) for p in periods], dtype=bool),
        }
    )


def priced_lines(table: ir.Table, grain: Grain, returns: ReturnsPolicy) -> ir.Table:
    """Give each line with its period, revenue under the returns policy, purchase and order key.

    Columns: customer_id, period, revenue, purchase (the positive amount, else 0),
    positive (a purchase line), order_key (customer + order id, or + day without order ids).
    """
    if returns == "exclude":
        table = table.filter(table.amount >= 0)
    positive = table.amount > 0
    purchase = ibis.ifelse(positive, table.amount, 0.0)
    day_key = table.date.cast("string")
    order_key = table.order_id.cast("string").coalesce(day_key) if "order_id" in table.columns else day_key
    return table.select(
        customer_id=table.customer_id,
        period=period_index(table.date, grain),
        revenue=table.amount if returns == "net" else purchase,
        purchase=purchase,
        positive=positive,
        order_key=table.customer_id.cast("string").concat("\x1f", order_key),
    )


def with_segments(lines: ir.Table, by: pd.Series) -> ir.Table:
    """Give the lines with a ``segment`` column from codes indexed by customer id (else NO_SEGMENT)."""
    codes = pd.DataFrame(
        {
            "customer_id": pd.array(by.index.astype(str), dtype="string"),
            "segment": pd.array(by.astype("string").to_numpy(), dtype="string"),
        }
    ).dropna(subset=["segment"])
    codes = ibis.memtable(codes.drop_duplicates("customer_id").rename(columns={"customer_id": "coded_id"}))
    joined = lines.left_join(codes, lines.customer_id.cast("string") == codes.coded_id)
    return joined.select(*lines.columns, segment=joined.segment.fill_null(NO_SEGMENT))


def customer_activity(table: ir.Table, grain: Grain) -> ir.Table:
    """Give the distinct (customer, period) pairs with a purchase, with the net revenue there."""
    lines = priced_lines(table, grain, "net")
    per = lines.group_by(["customer_id", "period"]).aggregate(
        revenue=lines.revenue.sum(), bought=lines.positive.any()
    )
    return per.filter(per.bought).drop("bought")
