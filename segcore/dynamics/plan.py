"""Plan against actual: the sales plan per period (in total, per segment or per customer) and the sales.

The plan lines come from a plan file (:func:`segcore.ingest.plan.load_plan`, re-exported
here with :data:`TOTAL`). The plan is compared at a grain (month, quarter, year): finer
plan rows are summed into the grain's periods; a plan coarser than the grain (a quarterly
plan shown by month) is an error, because splitting a target over months would invent a
seasonality.
"""

from __future__ import annotations

from typing import Any

import ibis
import numpy as np
import pandas as pd

from segcore.customers import transactions_table
from segcore.dynamics.lines import check_grain, priced_lines, with_segments
from segcore.errors import InputError, SettingsError
from segcore.ingest.plan import TOTAL, load_plan
from segcore.periods import Grain, period_complete, period_label, period_of, period_start
from segcore.settings import ReturnsPolicy

__all__ = ["TOTAL", "load_plan", "plan_vs_actual"]

_RESULT_COLUMNS = (
    "period", "period_start", "label", "level", "key", "plan", "actual", "variance", "variance_pct",
    "plan_cumulative", "actual_cumulative", "complete",
)  # fmt: skip
_ORDER = {"D": 0, "M": 1, "Q": 2, "Y": 3}


def _plan_periods(plan: pd.DataFrame, grain: Grain) -> np.ndarray:
    coarser = plan["period_kind"].map(_ORDER).to_numpy() > _ORDER[grain]
    if coarser.any():
        kind = str(plan.loc[coarser, "period_kind"].iloc[0])
        raise SettingsError("plan.coarser_than_grain", plan_grain=kind, grain=grain)
    days = plan["period_start"].dt.date
    return np.array([period_of(day, grain) for day in days], dtype=np.int64)


def plan_vs_actual(
    plan: pd.DataFrame,
    transactions: Any,
    grain: Grain = "M",
    *,
    by: pd.Series | None = None,
    returns: ReturnsPolicy = "net",
) -> pd.DataFrame:
    """Give plan, actual revenue and the variance per period and plan key.

    ``plan``: from :func:`load_plan`. Segment rows need ``by`` (segment codes indexed by
    customer id; the actual of a segment is the revenue of the customers ``by`` puts in
    it). Actual revenue follows the ``returns`` policy. Columns: period, period_start,
    label, level, key, plan, actual, variance (actual − plan), variance_pct (actual / plan
    − 1, NaN when the plan is 0), plan_cumulative, actual_cumulative (running sums per key
    over the year of the period), complete (the data cover the whole period). ``actual``
    is NaN for periods after the last transaction (not yet happened), 0 for periods
    covered by the data without sales. ``grain``: ``M``, ``Q`` or ``Y``.
    """
    check_grain(grain)
    if (plan["level"] == "segment").any() and by is None:
        raise InputError("plan.segments_need_classes")
    table = transactions_table(transactions)
    periods = plan.assign(period=_plan_periods(plan, grain))
    planned = periods.groupby(["period", "level", "key"], as_index=False)["amount"].sum()
    planned = planned.rename(columns={"amount": "plan"})
    actual = _actuals(table, grain, planned, by, returns)
    frame = planned.merge(actual, on=["period", "level", "key"], how="left")
    return _finish(frame, table, grain)


def _actuals(
    table: ibis.Table,
    grain: Grain,
    planned: pd.DataFrame,
    by: pd.Series | None,
    returns: ReturnsPolicy,
) -> pd.DataFrame:
    lines = priced_lines(table, grain, returns)
    periods = [int(p) for p in planned["period"].unique()]
    lines = lines.filter(lines.period.isin(periods))
    parts = []
    levels = set(planned["level"])
    if TOTAL in levels:
        total = lines.group_by("period").aggregate(actual=lines.revenue.sum()).to_pandas()
        parts.append(total.assign(level=TOTAL, key=TOTAL))
    if "segment" in levels and by is not None:
        coded = with_segments(lines, by)
        seg = coded.group_by(["period", "segment"]).aggregate(actual=coded.revenue.sum()).to_pandas()
        parts.append(seg.rename(columns={"segment": "key"}).assign(level="segment"))
    if "customer" in levels:
        ids = planned.loc[planned["level"] == "customer", "key"].astype(str).unique()
        chosen = ibis.memtable(pd.DataFrame({"planned_id": pd.array(ids, dtype="string")}))
        mine = lines.filter(lines.customer_id.cast("string").isin(chosen.planned_id))
        per = mine.group_by(["period", "customer_id"]).aggregate(actual=mine.revenue.sum()).to_pandas()
        parts.append(per.rename(columns={"customer_id": "key"}).assign(level="customer"))
    if not parts:
        return pd.DataFrame(columns=["period", "level", "key", "actual"])
    actual = pd.concat(parts, ignore_index=True)
    actual["key"] = actual["key"].astype(str)
    return actual.astype({"period": np.int64, "actual": float})[["period", "level", "key", "actual"]]


def _finish(frame: pd.DataFrame, table: ibis.Table, grain: Grain) -> pd.DataFrame:
    bounds = table.aggregate(lo=table.date.min(), hi=table.date.max()).to_pandas().iloc[0]
    last_day = pd.Timestamp(bounds["hi"]).date() if not pd.isna(bounds["hi"]) else None
    starts = [period_start(int(p), grain) for p in frame["period"]]
    happened = np.array([last_day is not None and s <= last_day for s in starts], dtype=bool)
    frame["actual"] = np.where(happened, frame["actual"].astype(float).fillna(0.0), np.nan)
    frame["complete"] = np.array(
        [period_complete(int(p), grain, last_day) for p in frame["period"]], dtype=bool
    )
    frame["variance"] = frame["actual"] - frame["plan"]
    frame["variance_pct"] = frame["actual"] / frame["plan"].where(frame["plan"] != 0) - 1.0
    frame["period_start"] = pd.to_datetime(pd.Series(starts, dtype="object"))
    frame["label"] = pd.array([period_label(int(p), grain) for p in frame["period"]], dtype="string")
    frame = frame.sort_values(["level", "key", "period"], key=_level_order).reset_index(drop=True)
    year = frame["period_start"].dt.year
    groups = [frame["level"], frame["key"], year]
    frame["plan_cumulative"] = frame.groupby(groups)["plan"].cumsum()
    frame["actual_cumulative"] = frame.groupby(groups)["actual"].cumsum()
    return frame[list(_RESULT_COLUMNS)]


def _level_order(column: pd.Series) -> pd.Series:
    if column.name == "level":
        return column.map({TOTAL: 0, "segment": 1, "customer": 2})
    return column
