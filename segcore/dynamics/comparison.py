"""Period over period: revenue, customers, orders and average check against earlier periods.

Each period is compared with the previous one and with the same period a year earlier
(``index - 12``, ``- 4`` or ``- 1`` by grain), in total or per segment.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import ibis.expr.types as ir
import numpy as np
import pandas as pd

from segcore.customers import transactions_table
from segcore.dynamics.lines import (
    PERIODS_PER_YEAR,
    check_grain,
    check_returns,
    data_bounds,
    period_frame,
    priced_lines,
    with_segments,
)
from segcore.errors import SettingsError
from segcore.periods import Grain, period_of
from segcore.settings import ReturnsPolicy

__all__ = ["period_comparison"]

_METRICS = ("revenue", "customers", "orders", "avg_check")


def _shifted(frame: pd.DataFrame, keys: list[str], lag: int, suffix: str) -> pd.DataFrame:
    base = frame[[*keys, *_METRICS]].copy()
    base["period"] = base["period"] + lag
    return frame.merge(base, on=keys, how="left", suffixes=("", suffix))


def _growth(current: pd.Series, base: pd.Series) -> pd.Series:
    current, base = current.astype(float), base.astype(float)
    return (current / base.where(base > 0)) - 1.0


def period_comparison(
    transactions: Any,
    grain: Grain = "M",
    *,
    years: int = 3,
    by: pd.Series | None = None,
    returns: ReturnsPolicy = "net",
) -> pd.DataFrame:
    """Give revenue, customers, orders and average check per period against earlier periods.

    One row per period of the last ``years`` years of the data (ending with the period of
    the last transaction, which may be incomplete: see ``complete``), and per segment when
    ``by`` (segment codes indexed by customer id) is given; customers not in ``by`` fall in
    :data:`~segcore.dynamics.lines.NO_SEGMENT`. Periods without sales are rows of zeros.
    ``grain``: ``M``, ``Q`` or ``Y``.

    For each metric ``m`` in revenue, customers, orders, avg_check: ``m_year_ago`` (the same
    period a year earlier), ``m_previous`` (the previous period), ``m_yoy`` and ``m_pop``
    (growth = current / base − 1). The bases come from the whole data, also before the
    shown years. Growth is NaN when there is no base: the base period lies before the
    first transaction, or its value is zero or negative (growth from nothing, or from net
    returns, is not a rate).
    """
    check_grain(grain)
    check_returns(returns)
    if not isinstance(years, int) or years < 1:
        raise SettingsError("dynamics.years", value=years)
    table = transactions_table(transactions)
    bounds = data_bounds(table)
    if bounds is None:
        return _empty_comparison(by is not None)
    lines = priced_lines(table, grain, returns)
    keys = ["period"]
    if by is not None:
        lines = with_segments(lines, by)
        keys.append("segment")
    sums = _period_sums(lines, keys)
    first, last = (period_of(bounds[0], grain), period_of(bounds[1], grain))
    frame = _complete_grid(sums, first, last, grain, bounds, by is not None)
    frame = _shifted(frame, keys, PERIODS_PER_YEAR[grain], "_year_ago")
    frame = _shifted(frame, keys, 1, "_previous")
    for metric in _METRICS:
        frame[f"{metric}_yoy"] = _growth(frame[metric], frame[f"{metric}_year_ago"])
        frame[f"{metric}_pop"] = _growth(frame[metric], frame[f"{metric}_previous"])
    shown = frame["period"] > last - years * PERIODS_PER_YEAR[grain]
    return frame[shown].reset_index(drop=True)


def _period_sums(lines: ir.Table, keys: list[str]) -> pd.DataFrame:
    """Give revenue, purchases, customers and orders per period (and segment) from DuckDB."""
    sums = lines.group_by(keys).aggregate(
        revenue=lines.revenue.sum(),
        purchases=lines.purchase.sum(),
        customers=lines.customer_id.nunique(where=lines.positive),
        orders=lines.order_key.nunique(where=lines.positive),
    )
    return sums.to_pandas()


def _complete_grid(
    sums: pd.DataFrame,
    first: int,
    last: int,
    grain: Grain,
    bounds: tuple[date, date],
    segmented: bool,
) -> pd.DataFrame:
    grid = period_frame(first, last, grain, bounds)
    if segmented:
        segments = pd.DataFrame({"segment": sorted(sums["segment"].astype(str).unique())})
        grid = grid.merge(segments, how="cross")
        sums = sums.assign(segment=sums["segment"].astype(str))
    keys = ["period", "segment"] if segmented else ["period"]
    frame = grid.merge(sums.assign(period=sums["period"].astype(np.int64)), on=keys, how="left")
    for column in ("revenue", "purchases"):
        frame[column] = frame[column].astype(float).fillna(0.0)
    for column in ("customers", "orders"):
        frame[column] = frame[column].fillna(0).astype(np.int64)
    with np.errstate(divide="ignore", invalid="ignore"):
        orders = frame["orders"].to_numpy(float)
        frame["avg_check"] = np.where(orders > 0, frame["purchases"].to_numpy(float) / orders, np.nan)
    if segmented:
        frame["segment"] = frame["segment"].astype("string")
    return frame.sort_values(keys).reset_index(drop=True)


def _empty_comparison(segmented: bool) -> pd.DataFrame:
    columns = ["period", "period_start", "label", "complete"]
    columns += ["segment"] if segmented else []
    columns += ["revenue", "purchases", "customers", "orders", "avg_check"]
    for suffix in ("_year_ago", "_previous"):
        columns += [f"{m}{suffix}" for m in _METRICS]
    for suffix in ("_yoy", "_pop"):
        columns += [f"{m}{suffix}" for m in _METRICS]
    return pd.DataFrame(columns=columns)
