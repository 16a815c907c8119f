"""Period over period: sums per month, quarter and year against earlier periods, by hand."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from segcore.dynamics import NO_SEGMENT, customer_base, golden_share, period_comparison
from segcore.errors import SettingsError


def by_label(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.set_index("label")


def test_period_comparison_sums_each_month_and_compares_with_a_year_earlier(shop):
    months = by_label(period_comparison(shop, "M"))
    jan = months.loc["2024-01"]
    assert (jan.revenue, jan.purchases, jan.customers, jan.orders) == (90.0, 100.0, 2, 2)
    assert jan.avg_check == pytest.approx(50.0)
    assert jan.revenue_year_ago == 150.0
    assert jan.revenue_yoy == pytest.approx(90 / 150 - 1)
    assert jan.customers_yoy == pytest.approx(0.0)
    assert jan.avg_check_year_ago == pytest.approx(50.0)


def test_growth_is_empty_when_the_base_period_has_no_sales_or_lies_before_the_data(shop):
    months = by_label(period_comparison(shop, "M"))
    assert np.isnan(months.loc["2023-01", "revenue_pop"])  # before the data
    assert np.isnan(months.loc["2023-01", "revenue_yoy"])
    assert np.isnan(months.loc["2024-03", "revenue_pop"])  # February 2024 sold nothing
    assert months.loc["2024-02", "revenue_pop"] == pytest.approx(-1.0)
    assert months.loc["2024-02", ["revenue", "customers", "orders"]].tolist() == [0.0, 0, 0]
    assert np.isnan(months.loc["2024-02", "avg_check"])


def test_a_quarter_compares_with_the_previous_quarter_and_the_year_before(shop):
    quarters = by_label(period_comparison(shop, "Q"))
    assert quarters.index.tolist() == [f"{y}-Q{q}" for y in (2023, 2024) for q in (1, 2, 3, 4)][:5]
    q1 = quarters.loc["2024-Q1"]
    assert (q1.revenue, q1.customers, q1.orders) == (110.0, 3, 3)
    assert q1.revenue_year_ago == 180.0
    assert q1.revenue_previous == 0.0 and np.isnan(q1.revenue_pop)
    assert bool(q1.complete)


def test_years_limits_the_rows_but_the_year_ago_base_still_comes_from_earlier_data(shop):
    years = period_comparison(shop, "M", years=1)
    expected = [f"2023-{m:02d}" for m in range(4, 13)] + [f"2024-{m:02d}" for m in range(1, 4)]
    assert years["label"].tolist() == expected
    assert by_label(years).loc["2024-01", "revenue_year_ago"] == 150.0


def test_the_yearly_grain_compares_whole_years(shop):
    years = by_label(period_comparison(shop, "Y"))
    assert years.loc["2024", "revenue"] == 110.0
    assert years.loc["2024", "revenue_yoy"] == pytest.approx(110 / 180 - 1)
    assert years.loc["2024", "revenue_pop"] == years.loc["2024", "revenue_yoy"]
    assert not years.loc["2024", "complete"]  # the data end on 31 March


def test_gross_revenue_leaves_returns_out_of_the_period_sums(shop):
    months = by_label(period_comparison(shop, "M", returns="gross"))
    assert months.loc["2024-01", "revenue"] == 100.0


def test_segments_split_every_period_and_unclassified_customers_are_kept(shop):
    frame = period_comparison(shop, "Q", by=pd.Series({"a": "A", "b": "B"}))
    q1 = frame[frame["label"] == "2024-Q1"].set_index("segment")
    assert q1.loc["A", "revenue"] == 60.0
    assert q1.loc["B", "revenue"] == 20.0
    assert q1.loc[NO_SEGMENT, "revenue"] == 30.0
    assert q1.loc["A", "revenue_year_ago"] == 130.0
    totals = frame.groupby("label")["revenue"].sum()
    assert totals.to_dict() == by_label(period_comparison(shop, "Q"))["revenue"].to_dict()


def test_bad_grain_or_years_are_settings_errors(shop):
    with pytest.raises(SettingsError):
        period_comparison(shop, "W")
    with pytest.raises(SettingsError):
        period_comparison(shop, "M", years=0)


@pytest.mark.filterwarnings("ignore:fetch_arrow_table:DeprecationWarning")
def test_a_table_held_by_duckdb_gives_the_same_figures_as_a_pandas_frame(shop):
    import ibis

    backend = ibis.duckdb.connect()
    table = backend.create_table("shop", ibis.memtable(shop))
    segments = pd.Series({"a": "A", "b": "B"})
    pd.testing.assert_frame_equal(
        period_comparison(table, "Q", by=segments), period_comparison(shop, "Q", by=segments)
    )
    pd.testing.assert_frame_equal(customer_base(table, "M"), customer_base(shop, "M"))
    assert golden_share(table, ["a"], "Y").periods["share"].tolist() == pytest.approx([130 / 180, 60 / 110])


def test_the_demo_store_gains_customers_year_over_year(store):
    years = by_label(period_comparison(store, "Y"))
    assert years.loc["2024", "customers_yoy"] > 0
    assert years.loc["2025", "customers_yoy"] > 0
    base = customer_base(store, "Q", lost_after=2)
    assert base["new"].sum() == store.loc[store["amount"] > 0, "customer_id"].nunique()
