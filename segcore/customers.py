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
  day when the data has none); ``lines``: lines with a positive amount;
  ``returned_lines``: lines with a negative amount (0 under ``returns="exclude"``).
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
  everything was bought in one period: a one-off or a single-season buyer).
- ``season_share``, ``season_month``, ``season_years``, ``seasonal``: the season of the
  year the customer buys in. A season is a window of two adjacent calendar months
  (``season_month`` = its first month, 1–12; window 12 is December–January), counted
  across all years; ``season_share`` is the largest share of the customer's purchases
  that falls in one window (the first such window on a tie), ``season_years`` the number
  of distinct seasons (years; a January counts with the December before it) with a
  purchase in that window. ``seasonal`` = at least :data:`SEASON_MIN_ORDERS` orders,
  ``season_years`` ≥ :data:`SEASON_MIN_YEARS` and ``season_share`` ≥
  :data:`SEASON_MIN_SHARE`: someone who comes back in the same months year after year
  and hardly at any other time. (``peak_share`` cannot tell them: three Decembers are
  three periods.) A steady monthly buyer has a season share of about 2/12.
- ``relationship_periods``: periods from the first to the last purchase, both included;
  ``age_periods``: periods from the first purchase to ``as_of``, both included.
- ``revenue_per_period`` = revenue / max(age_periods, one year of periods, or the whole
  window when it is shorter) and ``ltv_simple`` = revenue per period × the average
  relationship length of all customers (the simple LTV of the field, margin factor 1;
  see :mod:`segcore.ltv.simple` for why the age and a worked example).
- ``revenue_last_12m`` / ``revenue_prev_12m``: revenue in the twelve months up to
  ``as_of`` (after the same day a year earlier) and in the twelve months before those
  (both within the window, so 0 where the window does not reach back).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import ibis
import ibis.expr.types as ir
import numpy as np
import pandas as pd
import pyarrow as pa

from segcore.ltv.simple import YEAR_PERIODS, simple_ltv
from segcore.periods import WEEK_ORIGIN, Grain, complete_period_range, period_of
from segcore.settings import AggregationSettings

__all__ = [
    "CUSTOMER_COLUMNS", "SEASON_MIN_ORDERS", "SEASON_MIN_SHARE", "SEASON_MIN_YEARS", "Window",
    "analysis_window", "customer_table", "customer_table_expr", "transactions_table",
]  # fmt: skip

CUSTOMER_COLUMNS = (
    "customer_id", "revenue", "purchases", "returns", "return_rate", "cost", "margin",
    "orders", "lines", "returned_lines", "first_purchase", "last_purchase", "tenure_days",
    "recency_days", "age_days", "avg_check", "active_periods", "history_periods", "cv",
    "peak_share", "season_share", "season_month", "season_years", "seasonal",
    "relationship_periods", "age_periods", "revenue_per_period", "ltv_simple",
    "revenue_last_12m", "revenue_prev_12m",
)  # fmt: skip

#: A seasonal customer: this many orders at least, in at least this many seasons (years),
#: with at least this share of their purchases in one two-month window of the year.
SEASON_MIN_ORDERS = 2
SEASON_MIN_YEARS = 2
SEASON_MIN_SHARE = 0.8

#: Rows per Arrow batch read from DuckDB (the most the result holds twice while it is copied).
_BATCH_ROWS = 262_144


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
        negative=amount < 0,
        purchase=ibis.ifelse(positive, amount, 0.0),
        returned=ibis.ifelse(amount < 0, -amount, 0.0),
        revenue=ibis.ifelse(counts_for_revenue, amount, 0.0),
        cost=ibis.ifelse(counts_for_revenue, cost, 0.0) if has_cost else cost,
        margin=ibis.ifelse(counts_for_revenue, amount - cost, 0.0) if has_cost else cost,
        order_key=order_key,
    )


def _year_before(day: date, years: int) -> date:
    """Give the same calendar day ``years`` earlier (28 February for a 29th)."""
    return (pd.Timestamp(day) - pd.DateOffset(years=years)).date()


def _per_customer(lines: ir.Table, window: Window) -> ir.Table:
    year_ago, two_years_ago = _year_before(window.as_of, 1), _year_before(window.as_of, 2)
    last_year = lines.date > year_ago
    year_before = (lines.date > two_years_ago) & ~last_year
    return lines.group_by("customer_id").aggregate(
        revenue=lines.revenue.sum(),
        purchases=lines.purchase.sum(),
        returns=lines.returned.sum(),
        cost=lines.cost.sum(),
        margin=lines.margin.sum(),
        orders=lines.order_key.nunique(where=lines.positive),
        lines=ibis.ifelse(lines.positive, 1, 0).sum(),
        returned_lines=ibis.ifelse(lines.negative, 1, 0).sum(),
        revenue_last_12m=lines.revenue.sum(where=last_year),
        revenue_prev_12m=lines.revenue.sum(where=year_before),
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
    by_period = by_period.mutate(customer_first=first_purchase_period.over(group_by=by_period.customer_id))
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
        active_periods=ibis.ifelse(by_period.purchase > 0, 1, 0).sum(),
        peak_purchase=by_period.purchase.max(),
    )


def _per_customer_seasons(lines: ir.Table) -> ir.Table:
    """Give each buyer's busiest two-month window of the year, its share and its seasons.

    Window ``k`` holds months ``k`` and ``k + 1`` (window 12: December and January, the
    January counted with the season of the December before it). Each month's purchases
    enter the window it opens and the window it closes; the best window is the largest
    sum, then the busier opening month, then the earliest (sums compared to 6 decimals,
    so that the order of addition cannot break a tie).
    """
    bought = lines.filter(lines.positive)
    monthly = bought.group_by(
        ["customer_id", bought.date.year().name("year"), bought.date.month().name("month")]
    ).aggregate(purchase=bought.purchase.sum())
    january = ibis.ifelse(monthly.month == 1, 1, 0)
    opening = monthly.select(
        "customer_id",
        "purchase",
        window=monthly.month.cast("int64"),
        season=monthly.year.cast("int64"),
        opens=monthly.purchase,
    )
    closing = monthly.select(
        "customer_id",
        "purchase",
        window=ibis.ifelse(monthly.month == 1, 12, monthly.month - 1).cast("int64"),
        season=(monthly.year - january).cast("int64"),
        opens=ibis.literal(0.0),
    )
    both = opening.union(closing, distinct=False)
    windows = both.group_by(["customer_id", "window"]).aggregate(
        amount=both.purchase.sum(), opening=both.opens.sum(), seasons=both.season.nunique()
    )
    order = ibis.window(
        group_by=windows.customer_id,
        order_by=[ibis.desc(windows.amount.round(6)), ibis.desc(windows.opening.round(6)), windows.window],
    )
    ranked = windows.mutate(place=ibis.row_number().over(order))
    best = ranked.filter(ranked.place == 0)
    totals = monthly.group_by("customer_id").aggregate(total=monthly.purchase.sum())
    joined = best.join(totals, "customer_id")
    return joined.select(
        season_customer=joined.customer_id,
        season_share=joined.amount / joined.total.nullif(0),
        season_month=joined.window,
        season_years=joined.seasons,
    )


def customer_table_expr(data: Any, settings: AggregationSettings, window: Window) -> ir.Table:
    """Give the customer table as an ibis expression (not executed), for any backend."""
    lines = _lines(transactions_table(data), settings, window)
    customers = _per_customer(lines, window)
    periods = _per_customer_periods(lines, settings, window)
    seasons = _per_customer_seasons(lines)
    joined = customers.join(periods, "customer_id")
    joined = joined.left_join(seasons, joined.customer_id == seasons.season_customer)
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
        returned_lines=joined.returned_lines,
        first_purchase=joined.first_purchase,
        last_purchase=joined.last_purchase,
        active_periods=joined.active_periods,
        history_periods=history,
        cv=ibis.ifelse(mean > 0, variance.sqrt() / mean, None),
        peak_share=joined.peak_purchase / joined.purchases.nullif(0),
        season_share=joined.season_share,
        season_month=joined.season_month,
        season_years=joined.season_years.fill_null(0),
        relationship_periods=joined.last_period - joined.first_period + 1,
        age_periods=period_of(window.as_of, settings.grain) - joined.first_period + 1,
        revenue_last_12m=joined.revenue_last_12m.fill_null(0.0),
        revenue_prev_12m=joined.revenue_prev_12m.fill_null(0.0),
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
    frame = _finish(_fetch(customer_table_expr(data, settings, window)), window, settings)
    extra = attributes if attributes is not None else getattr(data, "attributes", None)
    if extra is not None and len(extra.columns) > 1:
        frame = frame.merge(extra, on="customer_id", how="left", suffixes=("", "_attribute"))
    return frame


def _value_floor(window: Window, settings: AggregationSettings) -> int:
    """Give the fewest periods a customer's revenue is spread over: a year, or the whole window."""
    window_periods = period_of(window.as_of, settings.grain) - period_of(window.start, settings.grain) + 1
    return max(1, min(YEAR_PERIODS[settings.grain], window_periods))


def _fetch(expr: ir.Table) -> dict[str, pa.ChunkedArray]:
    """Give the result's Arrow columns by name, each in memory of its own.

    On DuckDB the result is read a batch at a time and every column of a batch is copied
    out of it: DuckDB keeps an Arrow batch alive until *all* its columns are released, so a
    column kept without copying (the ids, which pandas keeps as Arrow) would hold the whole
    result in memory for as long as the customer table lives. The copies also let
    :func:`_finish` release each column as soon as it is converted. Other engines' results
    are Arrow's own memory and are taken as they come.
    """
    batches = _duckdb_batches(expr)
    if batches is None:
        table = expr.to_pyarrow()
        return dict(zip(table.column_names, table.columns, strict=True))
    schema = expr.schema().to_pyarrow()
    chunks: dict[str, list[pa.Array]] = {name: [] for name in schema.names}
    for batch in batches:
        for name, column in zip(schema.names, batch.columns, strict=True):
            chunks[name].extend(pa.concat_arrays([chunk]) for chunk in column.chunks)
        del batch, column
    return {name: pa.chunked_array(chunks.pop(name), type=schema.field(name).type) for name in schema.names}


def _duckdb_batches(expr: ir.Table) -> Iterator[pa.Table] | None:
    """Give the result as Arrow tables of one batch each, as ``to_pyarrow`` types them (DuckDB only)."""
    relation = getattr(ibis.get_backend(expr), "_to_duckdb_relation", None)
    if relation is None:
        return None
    from ibis.backends.duckdb.converter import DuckDBPyArrowData

    reader = relation(expr).to_arrow_reader(_BATCH_ROWS)
    return (
        expr.__pyarrow_result__(pa.Table.from_batches([batch]), data_mapper=DuckDBPyArrowData)
        for batch in reader
    )


def _take(columns: dict[str, pa.ChunkedArray], name: str) -> pd.Series:
    """Give one result column as pandas, as a whole-table ``to_pandas`` would, and drop its Arrow copy.

    Dates become ``datetime64`` straight from Arrow (as ``pd.to_datetime`` of the date
    objects would give them) instead of a Python object per value. Columns are writable
    arrays of their own, never views of Arrow memory.
    """
    column = columns.pop(name)
    dates = pa.types.is_date(column.type)
    if dates and column.null_count < len(column):
        column = column.cast(pa.timestamp("s"))
    series = column.to_pandas()
    del column
    pa.default_memory_pool().release_unused()  # the Arrow copy's memory to the system, not kept for reuse
    if dates:
        return pd.to_datetime(series)
    return series if isinstance(series.dtype, pd.StringDtype) else series.copy()


def _finish(
    columns: dict[str, pa.ChunkedArray], window: Window, settings: AggregationSettings
) -> pd.DataFrame:
    """Give the table its date-derived and ratio columns, in the documented order.

    The result's columns are converted one at a time (each Arrow column is released as
    its pandas column is made) and the frame is assembled without copying them again.
    """
    frame = {name: _take(columns, name) for name in list(columns)}
    frame["customer_id"] = frame["customer_id"].astype("string")
    as_of = pd.Timestamp(window.as_of)
    frame["tenure_days"] = (frame["last_purchase"] - frame["first_purchase"]).dt.days
    frame["recency_days"] = (as_of - frame["last_purchase"]).dt.days
    frame["age_days"] = (as_of - frame["first_purchase"]).dt.days
    purchases = frame["purchases"].to_numpy(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        frame["return_rate"] = np.where(purchases > 0, frame["returns"] / purchases, np.nan)
        orders = frame["orders"].to_numpy(float)
        frame["avg_check"] = np.where(orders > 0, purchases / orders, np.nan)
    del purchases, orders
    floats = ("cost", "margin", "cv", "peak_share", "season_share", "relationship_periods", "age_periods")
    for column in floats:
        frame[column] = frame[column].astype(float)
    frame["season_month"] = frame["season_month"].astype("Int64")
    frame["season_years"] = frame["season_years"].astype(np.int64)
    frame["seasonal"] = (
        (frame["orders"] >= SEASON_MIN_ORDERS)
        & (frame["season_years"] >= SEASON_MIN_YEARS)
        & (frame["season_share"].fillna(0.0) >= SEASON_MIN_SHARE - 1e-12)
    ).astype(bool)
    ltv = simple_ltv(
        frame["revenue"].to_numpy(float),
        frame["relationship_periods"].to_numpy(),
        age_periods=frame["age_periods"].to_numpy(),
        floor_periods=_value_floor(window, settings),
    )
    frame["revenue_per_period"] = ltv.revenue_per_period
    frame["ltv_simple"] = ltv.ltv
    return pd.DataFrame({name: frame.pop(name) for name in CUSTOMER_COLUMNS}, copy=False)
