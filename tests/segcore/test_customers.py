"""The customer table: hand-computed figures, returns policies, windows, grains, properties."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from segcore.customers import CUSTOMER_COLUMNS, analysis_window, customer_table
from segcore.periods import complete_period_range, period_end, period_of, period_start
from segcore.settings import AggregationSettings

ROOT = Path(__file__).resolve().parents[2]


def tx(rows: list[tuple], columns: tuple[str, ...] = ("customer_id", "date", "amount")):
    frame = pd.DataFrame(rows, columns=list(columns))
    frame["date"] = pd.to_datetime(frame["date"]).dt.date
    return frame


@pytest.fixture
def small() -> pd.DataFrame:
    # a: Jan 150 (two lines, two days), Mar return 30; b: Feb 20 and a zero line; c: Mar 31 10.
    return tx(
        [
            ("a", "2024-01-05", 100.0),
            ("a", "2024-01-20", 50.0),
            ("a", "2024-03-02", -30.0),
            ("b", "2024-02-01", 20.0),
            ("b", "2024-02-10", 0.0),
            ("c", "2024-03-31", 10.0),
        ]
    )


def row(table: pd.DataFrame, customer: str) -> pd.Series:
    return table.set_index("customer_id").loc[customer]


def test_customer_table_has_one_row_per_customer_in_id_order_with_every_column(small):
    table = customer_table(small)
    assert list(table.columns) == list(CUSTOMER_COLUMNS)
    assert table["customer_id"].tolist() == ["a", "b", "c"]


def test_net_revenue_subtracts_returns_and_reports_the_return_rate(small):
    a = row(customer_table(small), "a")
    assert a.revenue == 120.0
    assert a.purchases == 150.0
    assert a.returns == 30.0
    assert a.return_rate == pytest.approx(0.2)


def test_gross_revenue_ignores_returns_but_still_shows_them(small):
    a = row(customer_table(small, AggregationSettings(returns="gross")), "a")
    assert a.revenue == 150.0
    assert a.returns == 30.0


def test_excluded_returns_vanish_from_every_figure(small):
    a = row(customer_table(small, AggregationSettings(returns="exclude")), "a")
    assert (a.revenue, a.returns, a.return_rate) == (150.0, 0.0, 0.0)


def test_orders_are_purchase_days_without_an_order_id_and_zero_lines_do_not_count(small):
    table = customer_table(small)
    assert row(table, "a").orders == 2
    assert row(table, "a").lines == 2
    assert row(table, "b").orders == 1
    assert row(table, "a").avg_check == 75.0


def test_orders_count_distinct_order_ids_when_present():
    data = tx(
        [
            ("a", "2024-01-05", 10.0, "o1"),
            ("a", "2024-01-05", 20.0, "o1"),
            ("a", "2024-01-05", 30.0, "o2"),
            ("a", "2024-01-09", -5.0, "o3"),
        ],
        ("customer_id", "date", "amount", "order_id"),
    )
    a = row(customer_table(data), "a")
    assert (a.orders, a.lines, a.avg_check) == (2, 3, 30.0)


def test_dates_give_tenure_recency_and_age_to_the_as_of_day(small):
    table = customer_table(small, AggregationSettings(as_of=date(2024, 4, 30)))
    a = row(table, "a")
    # The last purchase is Jan 20 (the March line is a return).
    assert (a.tenure_days, a.recency_days, a.age_days) == (15, 101, 116)


def test_monthly_cv_counts_zero_months_from_the_first_purchase(small):
    table = customer_table(small)
    a = row(table, "a")
    # Months Jan..Mar: 150, 0, -30 → mean 40, population sd sqrt(6200).
    assert a.history_periods == 3
    assert a.cv == pytest.approx(np.sqrt(6200) / 40)
    b = row(table, "b")
    assert (b.history_periods, b.cv) == (2, pytest.approx(1.0))  # 20, 0
    c = row(table, "c")
    assert (c.history_periods, c.cv) == (1, 0.0)


def test_all_periods_mode_zero_fills_the_whole_window(small):
    b = row(customer_table(small, AggregationSettings(cv_mode="all")), "b")
    # Jan..Mar: 0, 20, 0 → mean 20/3, sd sqrt(800/9) → cv sqrt(2).
    assert b.history_periods == 3
    assert b.cv == pytest.approx(np.sqrt(2))


def test_a_part_month_at_the_end_of_the_window_is_left_out_of_the_cv(small):
    table = customer_table(small, AggregationSettings(as_of=date(2024, 3, 15)))
    b = row(table, "b")
    assert b.history_periods == 1  # February only; March is cut by the window
    assert b.cv == 0.0
    c = table[table.customer_id == "c"]
    assert c.empty  # c's only purchase is after the window


def test_a_customer_with_non_positive_mean_has_no_cv():
    data = tx([("a", "2024-01-05", 10.0), ("a", "2024-02-05", -10.0), ("a", "2024-03-31", 0.0)])
    a = row(customer_table(data), "a")
    assert np.isnan(a.cv)


def test_quarterly_and_weekly_grains_count_their_own_periods():
    data = tx([("a", "2024-01-01", 10.0), ("a", "2024-05-01", 30.0), ("a", "2024-06-30", 0.0)])
    q = row(customer_table(data, AggregationSettings(grain="Q")), "a")
    assert (q.history_periods, q.active_periods, q.cv) == (2, 2, pytest.approx(0.5))
    weekly = tx([("a", "2024-01-01", 10.0), ("a", "2024-01-15", 10.0), ("a", "2024-01-21", 0.0)])
    w = row(customer_table(weekly, AggregationSettings(grain="W")), "a")
    # Weeks of Jan 1, Jan 8, Jan 15 (Jan 21 is a Sunday, the window ends a complete week).
    assert (w.history_periods, w.cv) == (3, pytest.approx(np.sqrt(2) / 2))  # 10, 0, 10


def test_peak_share_tells_a_one_period_buyer_from_a_regular_one():
    data = tx(
        [
            ("promo", "2024-11-25", 90.0),
            ("promo", "2024-11-28", 10.0),
            ("steady", "2024-10-01", 50.0),
            ("steady", "2024-11-01", 50.0),
        ]
    )
    table = customer_table(data)
    assert row(table, "promo").peak_share == 1.0
    assert row(table, "steady").peak_share == 0.5


def test_margin_comes_from_cost_and_follows_the_returns_policy():
    data = tx(
        [("a", "2024-01-05", 100.0, 60.0), ("a", "2024-01-06", -50.0, -30.0)],
        ("customer_id", "date", "amount", "cost"),
    )
    net = row(customer_table(data), "a")
    assert (net.cost, net.margin) == (30.0, 20.0)
    gross = row(customer_table(data, AggregationSettings(returns="gross")), "a")
    assert (gross.cost, gross.margin) == (60.0, 40.0)


def test_margin_is_unknown_without_a_cost_column(small):
    assert customer_table(small)["margin"].isna().all()


def test_simple_ltv_spreads_revenue_over_the_customers_age_of_at_least_a_year():
    # The worked example of segcore.ltv.simple: P once in January 2023, Q 100 every month
    # of 2025, R once in December 2025; the window ends 2025-12-31.
    rows = [("p", "2023-01-10", 1200.0), ("r", "2025-12-10", 1200.0)]
    rows += [("q", f"2025-{month:02d}-15", 100.0) for month in range(1, 13)]
    table = customer_table(tx(rows), AggregationSettings(as_of=date(2025, 12, 31)))
    ages = [row(table, name).age_periods for name in ("p", "q", "r")]
    assert ages == [36, 12, 1]
    assert row(table, "p").revenue_per_period == pytest.approx(1200 / 36)
    assert row(table, "q").revenue_per_period == 100.0
    assert row(table, "r").revenue_per_period == 100.0  # one month of age, floored to twelve
    # Average relationship length (1 + 12 + 1) / 3 months.
    assert row(table, "q").ltv_simple == pytest.approx(100.0 * 14 / 3)
    assert row(table, "p").ltv_simple < row(table, "q").ltv_simple == row(table, "r").ltv_simple


def test_a_window_shorter_than_a_year_is_the_floor_of_the_age():
    data = tx(
        [
            ("a", "2024-01-10", 30.0),
            ("a", "2024-03-10", 30.0),  # three months of age: 20 per month
            ("b", "2024-02-10", 10.0),  # two months of age, the window's three months at least
        ]
    )
    table = customer_table(data)
    # Average relationship length (3 + 1) / 2 = 2 months.
    assert row(table, "a").revenue_per_period == 20.0
    assert row(table, "a").ltv_simple == 40.0
    assert row(table, "b").ltv_simple == pytest.approx(10.0 / 3 * 2)


def test_attributes_are_joined_on_customer_id(small):
    attributes = pd.DataFrame({"customer_id": ["a", "c"], "loyalty_member": [True, False]})
    table = customer_table(small, attributes=attributes)
    assert bool(row(table, "a").loyalty_member) is True
    assert pd.isna(row(table, "b").loyalty_member)


def test_customer_ids_stay_text():
    data = tx([("00012", "2024-01-05", 1.0), ("12", "2024-01-05", 2.0)])
    assert customer_table(data)["customer_id"].tolist() == ["00012", "12"]


def test_the_window_defaults_to_the_data_and_the_first_month_counts_as_complete(small):
    window = analysis_window(small, AggregationSettings())
    assert (window.start, window.as_of) == (date(2024, 1, 5), date(2024, 3, 31))
    assert (window.first_period, window.last_period) == (
        period_of(date(2024, 1, 1), "M"),
        period_of(date(2024, 3, 1), "M"),
    )


@pytest.mark.parametrize("grain", ["W", "M", "Q"])
def test_period_bounds_are_consecutive(grain):
    for day in (date(2023, 12, 31), date(2024, 1, 1), date(2024, 2, 29), date(2024, 7, 15)):
        index = period_of(day, grain)
        assert period_start(index, grain) <= day <= period_end(index, grain)
        assert period_end(index, grain).toordinal() + 1 == period_start(index + 1, grain).toordinal()


def test_complete_period_range_drops_cut_periods_at_both_ends():
    first, last = complete_period_range(date(2024, 1, 15), date(2024, 6, 10), "M")
    assert (period_start(first, "M"), period_end(last, "M")) == (date(2024, 2, 1), date(2024, 5, 31))


transactions = st.lists(
    st.tuples(
        st.sampled_from(["a", "b", "c", "007", "Ж"]),
        st.dates(min_value=date(2022, 1, 1), max_value=date(2024, 12, 31)),
        st.floats(min_value=-500, max_value=5000, allow_nan=False).map(lambda x: round(x, 2)),
    ),
    min_size=1,
    max_size=40,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=transactions, seed=st.integers(0, 1000), factor=st.sampled_from([0.5, 3.0, 1000.0]))
def test_table_is_invariant_to_row_order_and_cv_to_scaling(rows, seed, factor):
    data = tx(rows)
    base = customer_table(data)
    shuffled = customer_table(data.sample(frac=1, random_state=seed))
    pd.testing.assert_frame_equal(base, shuffled, check_exact=False, rtol=1e-9)
    scaled_data = data.assign(amount=data.amount * factor)
    scaled = customer_table(scaled_data)
    np.testing.assert_allclose(scaled.revenue, base.revenue * factor, rtol=1e-9, atol=1e-6)
    np.testing.assert_allclose(scaled.cv, base.cv, rtol=1e-6, atol=1e-9)
    assert np.isclose(base.revenue.sum(), data.amount.sum())
    assert ((base.peak_share > 0) & (base.peak_share <= 1) | base.peak_share.isna()).all()


def test_cdnow_sample_gives_every_customer_and_the_published_total():
    raw = pd.read_csv(
        ROOT / "sample_data" / "cdnow" / "CDNOW_sample.txt",
        sep=r"\s+",
        header=None,
        names=["master", "customer_id", "date", "quantity", "amount"],
        dtype={"customer_id": str, "date": str},
    )
    raw["date"] = pd.to_datetime(raw["date"], format="%Y%m%d").dt.date
    table = customer_table(raw[["customer_id", "date", "amount"]])
    assert len(table) == 2357
    assert table.revenue.sum() == pytest.approx(244_091.94, abs=0.005)
    purchase_days = raw[raw.amount > 0].groupby(["customer_id", "date"]).ngroups
    assert table.orders.sum() == purchase_days
