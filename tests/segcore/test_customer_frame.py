"""The customer table's pandas frame: converted column by column, equal to a whole-table conversion."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from segcore import customers
from segcore.customers import (
    CUSTOMER_COLUMNS,
    SEASON_MIN_ORDERS,
    SEASON_MIN_SHARE,
    SEASON_MIN_YEARS,
    analysis_window,
    customer_table,
    customer_table_expr,
)
from segcore.customers import _fetch as _fetch
from segcore.ltv.simple import YEAR_PERIODS, simple_ltv
from segcore.periods import period_of
from segcore.settings import AggregationSettings


@contextlib.contextmanager
def batches_of(rows: int) -> Iterator[None]:
    """Read the customer table from DuckDB in batches of ``rows`` inside this context."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(customers, "_BATCH_ROWS", rows)
        yield


def whole_table(data: pd.DataFrame, aggregation: AggregationSettings) -> pd.DataFrame:
    """Give the customer table the plain way: one ``to_pandas`` of the whole result, then a copy."""
    window = analysis_window(data, aggregation)
    frame = customer_table_expr(data, aggregation, window).to_pyarrow().to_pandas()
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
    grain = aggregation.grain
    span = period_of(window.as_of, grain) - period_of(window.start, grain) + 1
    ltv = simple_ltv(
        frame["revenue"].to_numpy(float),
        frame["relationship_periods"].to_numpy(),
        age_periods=frame["age_periods"].to_numpy(),
        floor_periods=max(1, min(YEAR_PERIODS[grain], span)),
    )
    frame["revenue_per_period"] = ltv.revenue_per_period
    frame["ltv_simple"] = ltv.ltv
    return frame[list(CUSTOMER_COLUMNS)].reset_index(drop=True)


def assert_same_table(table: pd.DataFrame, expected: pd.DataFrame) -> None:
    """Equal column for column: exact but for the CV's last bits.

    The two are separate executions of one query, and DuckDB's parallel aggregation may sum
    the CV's squares in another order (seen: one unit in the last place).
    """
    pd.testing.assert_frame_equal(table.drop(columns="cv"), expected.drop(columns="cv"), check_exact=True)
    pd.testing.assert_series_equal(table["cv"], expected["cv"], check_exact=False, rtol=1e-12, atol=0.0)


def transactions(rows: list[tuple[str, date, float]], costs: bool) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["customer_id", "date", "amount"])
    if costs:
        frame["cost"] = frame["amount"].abs() * 0.6
    return frame


lines = st.lists(
    st.tuples(
        st.sampled_from(["a", "b", "c", "007", "Ж", "returns-only"]),
        st.dates(min_value=date(1990, 1, 1), max_value=date(2024, 12, 31)),
        st.floats(min_value=-500, max_value=5000, allow_nan=False).map(lambda x: round(x, 2)),
    ),
    min_size=1,
    max_size=40,
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=lines,
    costs=st.booleans(),
    returns=st.sampled_from(["net", "gross", "exclude"]),
    grain=st.sampled_from(["W", "M", "Q"]),
)
def test_the_column_by_column_frame_equals_the_whole_table_conversion(rows, costs, returns, grain):
    data = transactions(rows, costs)
    aggregation = AggregationSettings(returns=returns, grain=grain)
    table = customer_table(data, aggregation)
    assert_same_table(table, whole_table(data, aggregation))


def test_customers_with_only_returns_keep_missing_dates_and_day_counts():
    rows = [("a", date(2024, 1, 5), 100.0), ("r", date(2024, 2, 1), -20.0), ("a", date(2024, 3, 1), 50.0)]
    table = customer_table(transactions(rows, costs=False))
    assert table["first_purchase"].dtype == "datetime64[s]"
    assert table["first_purchase"].tolist()[0] == pd.Timestamp("2024-01-05")
    assert pd.isna(table["last_purchase"].iloc[1])
    assert table["tenure_days"].tolist()[0] == 56
    assert np.isnan(table["recency_days"].iloc[1])
    pd.testing.assert_frame_equal(table, whole_table(transactions(rows, False), AggregationSettings()))


def test_when_nobody_bought_the_dates_are_as_a_whole_table_conversion_gives_them():
    rows = [("r", date(2024, 2, 1), -20.0), ("s", date(2024, 3, 1), -5.0)]
    data = transactions(rows, costs=False)
    table = customer_table(data)
    assert table["first_purchase"].isna().all()
    pd.testing.assert_frame_equal(table, whole_table(data, AggregationSettings()))


@pytest.mark.parametrize("column", ["orders", "revenue", "first_purchase", "season_month", "seasonal"])
def test_every_column_can_be_changed_in_place(column):
    rows = [("a", date(2024, 1, 5), 100.0), ("b", date(2024, 2, 1), 20.0)]
    table = customer_table(transactions(rows, costs=False))
    table.loc[0, column] = table.loc[1, column]
    assert table.loc[0, column] == table.loc[1, column]


many_customers = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=60).map(lambda n: f"c{n:03d}"),
        st.dates(min_value=date(2020, 1, 1), max_value=date(2024, 12, 31)),
        st.floats(min_value=-500, max_value=5000, allow_nan=False).map(lambda x: round(x, 2)),
    ),
    min_size=1,
    max_size=120,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=many_customers, batch_rows=st.integers(min_value=1, max_value=9))
def test_a_result_read_in_small_batches_equals_the_whole_table_conversion(rows, batch_rows):
    data = transactions(rows, costs=True)
    with batches_of(batch_rows):
        table = customer_table(data)
    assert_same_table(table, whole_table(data, AggregationSettings()))


def test_the_result_is_read_in_batches_of_the_set_size():
    rows = [(f"c{n:02d}", date(2024, 1, 1 + n % 28), 10.0 + n) for n in range(50)]
    data = transactions(rows, costs=False)
    aggregation = AggregationSettings()
    expr = customer_table_expr(data, aggregation, analysis_window(data, aggregation))
    with batches_of(8):
        columns = _fetch(expr)
    assert columns["customer_id"].num_chunks == 7  # 50 customers: six batches of 8 and one of 2
    assert columns["customer_id"].to_pylist() == [f"c{n:02d}" for n in range(50)]


def test_every_fetched_column_is_arrow_memory_of_its_own():
    # DuckDB keeps a batch alive while any of its columns lives: the ids, which pandas keeps as
    # Arrow, would hold the whole result. Every column is copied into pyarrow's own pool.
    rows = [(f"customer-{n:05d}", date(2024, 1, 1 + n % 28), 10.0 + n) for n in range(5000)]
    data = transactions(rows, costs=True)
    aggregation = AggregationSettings()
    expr = customer_table_expr(data, aggregation, analysis_window(data, aggregation))
    before = pa.total_allocated_bytes()
    columns = _fetch(expr)
    held = sum(
        buffer.size
        for column in columns.values()
        for chunk in column.chunks
        for buffer in chunk.buffers()
        if buffer
    )
    assert held > 5000 * 8 * len(columns) * 0.9
    assert pa.total_allocated_bytes() - before >= held
