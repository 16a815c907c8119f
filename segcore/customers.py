"""The customer table: one row per customer, from one aggregation pass over the transactions.

The aggregation is an ibis expression, executed by DuckDB in-process by default; the same
expression runs unchanged on any ibis backend that holds the transactions (PostgreSQL,
BigQuery, Snowflake, Spark). Everything after this table (classification, charts, exports)
works on its columns.

Definitions (all within the analysis window ``[start, as_of]``):

- ``purchases``: sum of positive amounts; ``returns``: sum of the absolute negative amounts;
  ``return_rate`` = returns / purchases.
- ``revenue``: ``net`` purchases − returns; ``gross`` purchases; ``exclude`` purchases (the
  negative rows were left out of every figure).
- ``cost`` / ``margin``: from the lines whose cost is known (margin = amount − cost, the
  returns policy applied as for revenue); NaN when the data has no cost.
- ``orders``: distinct orders with a positive amount (an order is an order id, or a purchase
  day when the data has none); ``lines``: lines with a positive amount.
- ``first_purchase`` / ``last_purchase``: first and last day with a positive amount;
  ``tenure_days`` = last − first; ``recency_days`` = as_of − last; ``age_days`` = as_of − first.
- ``avg_check`` = purchases / orders.
- ``active_periods``: periods (weeks, months or quarters) with a purchase.
- ``history_periods`` and ``cv``: the coefficient of variation (population standard deviation
  / mean) of the customer's revenue per period over the complete periods of the window
  (:func:`segcore.periods.complete_period_range`): from the customer's first purchase
  period (``cv_mode="active"``) or all of them (``"all"``), periods without purchases
  counted as zero; NaN when there is no such period or the mean is not positive.
- ``peak_share``: the largest single period's share of the customer's purchases (1.0 means
  everything was bought in one period: a seasonal or promotion-only buyer).
- ``relationship_periods``: periods from the first to the last purchase, both included.
- ``revenue_per_period`` = revenue / relationship_periods and ``ltv_simple`` = revenue per
  period × the average relationship length of all customers (the simple LTV of the field,
  margin factor 1; see :func:`segcore.ltv.simple.simple_ltv`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import ibis
import ibis.expr.types as ir
import numpy as np
import pandas as pd

from segcore.ltv.simple import simple_ltv
from segcore.periods import WEEK_ORIGIN, Grain, complete_period_range
from segcore.settings import AggregationSettings

__all__ = [
    "CUSTOMER_COLUMNS", "Window", "analysis_window", "customer_table", "customer_table_expr",
    "transactions_table",
]

CUSTOMER_COLUMNS = (
    "customer_id", "revenue", "purchases", "returns", "return_rate", "cost", "margin",
    "orders", "lines", "first_purchase", "last_purchase", "tenure_days", "recency_days",
    "age_days", "avg_check", "active_periods", "history_periods", "cv", "peak_share",
    "relationship_periods", "revenue_per_period", "ltv_simple",
)  # fmt: skip


@dataclass(frozen=True)
class Window:
    """The analysis window in effect, and the complete periods the CV counts."""

    start: date
    as_of: date
    first_period: int
    last_period: int


def transactions_table(data: Any) -> ir.Table:
    """Give the transactions as an ibis table (from a table, a loaded dataset or a frame)."""
    if isinstance(data, ir.Table):
        return data
    table = getattr(data, "table", None)
    if isinstance(table, ir.Table):
        return table
    if isinstance(data, pd.DataFrame):
        return ibis.memtable(data)
    raise TypeError(f"expected transactions as an ibis table or a DataFrame, got {type(data)}")


def analysis_window(data: Any, settings: AggregationSettings) -> Window:
    """Give the window the settings select, open ends taken from the data's first/last date."""
    table = transactions_table(data)
    start, as_of = settings.start, settings.as_of
    if start is None or as_of is None:
        bounds = table.aggregate(lo=table.date.min(), hi=table.date.max()).to_pandas()
        lo, hi = bounds["lo"].iloc[0], bounds["hi"].iloc[0]
        if pd.isna(lo):
            lo = hi = date.today()
        start = start or pd.Timestamp(lo).date()
        as_of = as_of or pd.Timestamp(hi).date()
    first, last = complete_period_range(
        start, as_of, settings.grain, start_is_data_start=settings.start is None
    )
    return Window(start=start, as_of=as_of, first_period=first, last_period=last)


def _period_index(day: ir.DateValue, grain: Grain) -> ir.IntegerValue:
    if grain == "W":
        return day.delta(ibis.literal(WEEK_ORIGIN), unit="day") // 7
    if grain == "M":
        return day.year() * 12 + day.month() - 1
    return day.year() * 4 + day.quarter() - 1


def _lines(table: ir.Table, settings: AggregationSettings, window: Window) -> ir.Table:
    """Give the lines in the window with the per-line figures the aggregation sums."""
    in_window = table.filter(table.date.between(window.start, window.as_of))
    if settings.returns == "exclude":
        in_window = in_window.filter(in_window.amount >= 0)
    amount = in_window.amount
    positive = amount > 0
    has_cost = "cost" in table.columns
    cost = in_window.cost if has_cost else ibis.literal(None, type="float64")
    counts_for_revenue = positive if settings.returns == "gross" else ibis.literal(True)
    order_key = (
        in_window.order_id.cast("string").coalesce(in_window.date.cast("string"))
        if "order_id" in table.columns
        else in_window.date.cast("string")
    )
    return in_window.select(
        customer_id=in_window.customer_id,
        date=in_window.date,
        period=_period_index(in_window.date, settings.grain),
        positive=positive,
        purchase=ibis.ifelse(positive, amount, 0.0),
        returned=ibis.ifelse(amount < 0, -amount, 0.0),
        revenue=ibis.ifelse(counts_for_revenue, amount, 0.0),
        cost=ibis.ifelse(counts_for_revenue, cost, 0.0) if has_cost else cost,
        margin=ibis.ifelse(counts_for_revenue, amount - cost, 0.0) if has_cost else cost,
        order_key=order_key,
    )


def _per_customer(lines: ir.Table) -> ir.Table:
    return lines.group_by("customer_id").aggregate(
        revenue=lines.revenue.sum(),
        purchases=lines.purchase.sum(),
        returns=lines.returned.sum(),
        cost=lines.cost.sum(),
        margin=lines.margin.sum(),
        orders=lines.order_key.nunique(where=lines.positive),
        lines=lines.positive.cast("int64").sum(),
        first_purchase=lines.date.min(where=lines.positive),
        last_purchase=lines.date.max(where=lines.positive),
        first_period=lines.period.min(where=lines.positive),
        last_period=lines.period.max(where=lines.positive),
    )


def _per_customer_periods(lines: ir.Table, settings: AggregationSettings, window: Window) -> ir.Table:
    by_period = lines.group_by(["customer_id", "period"]).aggregate(
        revenue=lines.revenue.sum(), purchase=lines.purchase.sum()
    )
    first_purchase_period = ibis.ifelse(by_period.purchase > 0, by_period.period, None).min()
    by_period = by_period.mutate(
        customer_first=first_purchase_period.over(group_by=by_period.customer_id)
    )
    low = (
        ibis.greatest(by_period.customer_first, window.first_period)
        if settings.cv_mode == "active"
        else ibis.literal(window.first_period)
    )
    counted = by_period.period.between(low, window.last_period).fill_null(False)
    counted_revenue = ibis.ifelse(counted, by_period.revenue, 0.0)
    return by_period.group_by("customer_id").aggregate(
        cv_sum=counted_revenue.sum(),
        cv_sum_squares=(counted_revenue * counted_revenue).sum(),
        active_periods=(by_period.purchase > 0).cast("int64").sum(),
        peak_purchase=by_period.purchase.max(),
    )


def customer_table_expr(data: Any, settings: AggregationSettings, window: Window) -> ir.Table:
    """Give the customer table as an ibis expression (not executed), for any backend."""
    lines = _lines(transactions_table(data), settings, window)
    customers = _per_customer(lines)
    periods = _per_customer_periods(lines, settings, window)
    joined = customers.join(periods, "customer_id")
    low = (
        ibis.greatest(joined.first_period, window.first_period)
        if settings.cv_mode == "active"
        else ibis.literal(window.first_period)
    )
    history = ibis.greatest(window.last_period - low + 1, 0).fill_null(0)
    mean = joined.cv_sum / history.nullif(0)
    variance = ibis.greatest(joined.cv_sum_squares / history.nullif(0) - mean * mean, 0.0)
    return joined.select(
        customer_id=joined.customer_id,
        revenue=joined.revenue,
        purchases=joined.purchases,
        returns=joined.returns,
        cost=joined.cost,
        margin=joined.margin,
        orders=joined.orders,
        lines=joined.lines,
        first_purchase=joined.first_purchase,
        last_purchase=joined.last_purchase,
        active_periods=joined.active_periods,
        history_periods=history,
        cv=ibis.ifelse(mean > 0, variance.sqrt() / mean, None),
        peak_share=joined.peak_purchase / joined.purchases.nullif(0),
        relationship_periods=joined.last_period - joined.first_period + 1,
    ).order_by("customer_id")


def customer_table(
    data: Any,
    settings: AggregationSettings | None = None,
    *,
    attributes: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Give one row per customer (sorted by id) with the columns in :data:`CUSTOMER_COLUMNS`.

    ``data`` is a :class:`segcore.ingest.LoadedTransactions`, an ibis table or a pandas
    frame with the canonical transaction columns. Customer attributes (``attributes``, or
    those loaded with the transactions) are joined on ``customer_id`` as extra columns.
    """
    settings = settings or AggregationSettings()
    window = analysis_window(data, settings)
    frame = customer_table_expr(data, settings, window).to_pyarrow().to_pandas()
    frame = _finish(frame, window)
    extra = attributes if attributes is not None else getattr(data, "attributes", None)
    if extra is not None and len(extra.columns) > 1:
        frame = frame.merge(extra, on="customer_id", how="left", suffixes=("", "_attribute"))
    return frame


def _finish(frame: pd.DataFrame, window: Window) -> pd.DataFrame:
    """Give the table its date-derived and ratio columns, in the documented order."""
    frame["customer_id"] = frame["customer_id"].astype("string")
    for column in ("first_purchase", "last_purchase"):
        frame[column] = pd.to_datetime(frame[column])
    as_of = pd.Timestamp(window.as_of)
    frame["tenure_days"] = (frame["last_purchase"] - frame["first_purchase"]).dt.days
    frame["recency_days"] = (as_of - frame["last_purchase"]).dt.days
    frame["age_days"] = (as_of - frame["first_purchase"]).dt.days
    purchases = frame["purchases"].to_numpy(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        frame["return_rate"] = np.where(purchases > 0, frame["returns"] / purchases, np.nan)
        orders = frame["orders"].to_numpy(float)
        frame["avg_check"] = np.where(orders > 0, purchases / orders, np.nan)
    for column in ("cost", "margin", "cv", "peak_share", "relationship_periods"):
        frame[column] = frame[column].astype(float)
    ltv = simple_ltv(frame["revenue"].to_numpy(float), frame["relationship_periods"].to_numpy())
    frame["revenue_per_period"] = ltv.revenue_per_period
    frame["ltv_simple"] = ltv.ltv
    return frame[list(CUSTOMER_COLUMNS)].reset_index(drop=True)
