"""Dynamics: period comparison, customer base, cohorts and golden share, by hand and by property."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from segcore.dynamics import (
    NO_SEGMENT,
    cohort_retention,
    customer_base,
    golden_share,
    period_comparison,
    period_label,
)
from segcore.errors import SettingsError

ROOT = Path(__file__).resolve().parents[2]
STORE = ROOT / "sample_data" / "store_en.csv"


def tx(rows: list[tuple], columns: tuple[str, ...] = ("customer_id", "date", "amount")) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(columns))
    frame["date"] = pd.to_datetime(frame["date"]).dt.date
    return frame


def by_label(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.set_index("label")


@pytest.fixture
def shop() -> pd.DataFrame:
    # 2023-01: a 100 (2 orders), b 50; 2023-02: a 30; 2024-01: a 60, c 40 (and c returns 10);
    # 2024-02: nothing; 2024-03: b 20.
    return tx(
        [
            ("a", "2023-01-03", 60.0, "o1"),
            ("a", "2023-01-20", 40.0, "o2"),
            ("b", "2023-01-09", 50.0, "o3"),
            ("a", "2023-02-14", 30.0, "o4"),
            ("a", "2024-01-05", 60.0, "o5"),
            ("c", "2024-01-06", 40.0, "o6"),
            ("c", "2024-01-07", -10.0, "o6"),
            ("b", "2024-03-31", 20.0, "o7"),
        ],
        ("customer_id", "date", "amount", "order_id"),
    )


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


def test_bad_grain_years_or_grace_period_are_settings_errors(shop):
    with pytest.raises(SettingsError):
        period_comparison(shop, "W")
    with pytest.raises(SettingsError):
        period_comparison(shop, "M", years=0)
    with pytest.raises(SettingsError):
        customer_base(shop, "M", lost_after=0)


def test_labels_name_months_quarters_and_years():
    assert period_label(2025 * 12 + 2, "M") == "2025-03"
    assert period_label(2025 * 4 + 0, "Q") == "2025-Q1"
    assert period_label(2025, "Y") == "2025"


@pytest.fixture
def base_story() -> pd.DataFrame:
    # Months Jan..Jul 2024. a: Jan, Feb, then Jun (gap of 3 months); b: only Jan;
    # c: Feb and Apr (gap of one month); d: only Jul; e: a return in Mar and nothing else.
    return tx(
        [
            ("a", "2024-01-10", 10.0),
            ("b", "2024-01-11", 10.0),
            ("a", "2024-02-10", 10.0),
            ("c", "2024-02-12", 10.0),
            ("e", "2024-03-01", -5.0),
            ("c", "2024-04-12", 10.0),
            ("a", "2024-06-01", 10.0),
            ("d", "2024-07-31", 10.0),
        ]
    )


def test_customer_base_counts_new_retained_returning_lost_and_live(base_story):
    base = by_label(customer_base(base_story, "M", lost_after=2))
    expected = {
        #          active new retained returning reactivated lost live
        "2024-01": (2, 2, 0, 0, 0, 0, 2),
        "2024-02": (2, 1, 1, 0, 0, 0, 3),
        "2024-03": (0, 0, 0, 0, 0, 1, 2),  # b lost: last bought Jan
        "2024-04": (1, 0, 0, 1, 0, 1, 1),  # c returns after a 1-month gap; a lost (Feb)
        "2024-05": (0, 0, 0, 0, 0, 0, 1),
        "2024-06": (1, 0, 0, 1, 1, 1, 1),  # a reactivated; c lost (Apr)
        "2024-07": (1, 1, 0, 0, 0, 0, 2),
    }
    columns = ["active", "new", "retained", "returning", "reactivated", "lost", "live"]
    assert {label: tuple(int(v) for v in base.loc[label, columns]) for label in expected} == expected
    assert base.loc["2024-02", "retention_rate"] == pytest.approx(0.5)
    assert np.isnan(base.loc["2024-04", "retention_rate"])  # nobody was active in March


def test_a_longer_grace_period_loses_fewer_customers_within_the_data(base_story):
    base = customer_base(base_story, "M", lost_after=4)
    assert base["lost"].tolist() == [0, 0, 0, 0, 1, 0, 0]  # only b (Jan + 4 = May)
    assert base["reactivated"].sum() == 0  # a came back after 3 quiet months, within the grace


def test_cohorts_give_the_share_of_each_acquisition_month_still_buying(base_story):
    cohorts = cohort_retention(base_story, "M")
    jan = cohorts[cohorts["cohort_label"] == "2024-01"].set_index("periods_since")
    assert jan["cohort_size"].iloc[0] == 2
    assert jan["share"].tolist() == [1.0, 0.5, 0.0, 0.0, 0.0, 0.5, 0.0]
    feb = cohorts[cohorts["cohort_label"] == "2024-02"].set_index("periods_since")
    assert feb["customers"].tolist() == [1, 0, 1, 0, 0, 0]
    assert cohorts.groupby("cohort")["periods_since"].max().tolist() == [6, 5, 0]


def test_golden_share_per_month_and_the_campaign_effect():
    rows = []
    for month in range(1, 7):
        golden = 40.0 if month < 4 else 60.0
        rows += [("g", f"2024-{month:02d}-05", golden), ("o", f"2024-{month:02d}-06", 100.0 - golden)]
    rows.append(("o", "2024-06-30", 0.0))
    result = golden_share(tx(rows), ["g"], "M", campaign_date=date(2024, 4, 1))
    assert result.periods["share"].round(6).tolist() == [0.4, 0.4, 0.4, 0.6, 0.6, 0.6]
    effect = result.effect
    assert (effect.before, effect.after) == pytest.approx((0.4, 0.6))
    assert effect.change == pytest.approx(0.2)
    assert (effect.periods_before, effect.periods_after) == (3, 3)
    assert np.isnan(effect.after_year_ago)


def test_the_campaign_comparison_can_take_the_same_number_of_periods_on_each_side():
    rows = [("g", f"2024-{m:02d}-05", float(m)) for m in range(1, 7)]
    rows += [("o", f"2024-{m:02d}-06", 10.0 - m) for m in range(1, 7)] + [("o", "2024-06-30", 0.0)]
    # golden shares by month: 0.1, 0.2, 0.3, 0.4, 0.5, 0.6; campaign on 1 May.
    effect = golden_share(tx(rows), ["g"], "M", campaign_date=date(2024, 5, 1), periods=2).effect
    assert (effect.periods_before, effect.periods_after) == (2, 2)
    assert (effect.before, effect.after) == pytest.approx((0.35, 0.55))
    everything = golden_share(tx(rows), ["g"], "M", campaign_date=date(2024, 5, 1)).effect
    assert everything.before == pytest.approx(0.25)
    with pytest.raises(SettingsError):
        golden_share(tx(rows), ["g"], "M", campaign_date=date(2024, 5, 1), periods=0)


def test_a_campaign_starting_mid_month_leaves_that_month_out_of_both_sides():
    rows = [("g", f"2024-{m:02d}-05", 10.0 * m) for m in range(1, 6)] + [("o", "2024-05-31", 1.0)]
    effect = golden_share(tx(rows), ["g"], "M", campaign_date=date(2024, 3, 15)).effect
    assert (effect.periods_before, effect.periods_after) == (2, 2)


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


# --- properties -------------------------------------------------------------------------

transactions = st.lists(
    st.tuples(
        st.sampled_from(["a", "b", "c", "d", "e"]),
        st.dates(min_value=date(2021, 1, 1), max_value=date(2024, 12, 31)),
        st.integers(min_value=-50, max_value=500),
    ),
    min_size=1,
    max_size=40,
)
quick = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def frame_of(rows: list[tuple]) -> pd.DataFrame:
    frame = tx([(c, d, float(a)) for c, d, a in rows])
    frame["customer_id"] = frame["customer_id"].astype("string")
    return frame


@quick
@given(transactions, st.sampled_from(["M", "Q", "Y"]), st.integers(min_value=1, max_value=4))
def test_period_totals_equal_the_transactions_of_the_covered_periods(rows, grain, years):
    data = frame_of(rows)
    frame = period_comparison(data, grain, years=years)
    first_day = frame["period_start"].min().date()
    covered = data[data["date"] >= first_day]
    assert frame["revenue"].sum() == pytest.approx(covered["amount"].sum())
    assert frame["purchases"].sum() == pytest.approx(covered["amount"].clip(lower=0).sum())


def reference_base(data: pd.DataFrame, lost_after: int) -> pd.DataFrame:
    """The definitions of customer_base, customer by customer, in plain Python."""
    bought = data[data["amount"] > 0]
    month = pd.to_datetime(data["date"]).dt.year * 12 + pd.to_datetime(data["date"]).dt.month - 1
    active = {c: set(month[bought.index][bought["customer_id"] == c]) for c in bought["customer_id"].unique()}
    periods = range(int(month.min()), int(month.max()) + 1)
    rows = []
    for p in periods:
        new = sum(1 for s in active.values() if min(s) == p)
        lost = sum(
            1
            for s in active.values()
            if (p - lost_after) in s and not any(q in s for q in range(p - lost_after + 1, p + 1))
        )
        live = sum(1 for s in active.values() if any(p - lost_after < q <= p for q in s))
        returning = sum(1 for s in active.values() if p in s and min(s) < p and (p - 1) not in s)
        rows.append((p, sum(1 for s in active.values() if p in s), new, returning, lost, live))
    return pd.DataFrame(rows, columns=["period", "active", "new", "returning", "lost", "live"])


@quick
@given(transactions, st.integers(min_value=1, max_value=5))
def test_customer_base_matches_its_definitions_customer_by_customer(rows, lost_after):
    data = frame_of(rows)
    if not (data["amount"] > 0).any():
        return
    base = customer_base(data, "M", lost_after=lost_after)
    expected = reference_base(data, lost_after)
    columns = ["period", "active", "new", "returning", "lost", "live"]
    assert base[columns].astype(int).to_numpy().tolist() == expected[columns].to_numpy().tolist()
    assert (base["active"] == base["new"] + base["retained"] + base["returning"]).all()


@quick
@given(transactions, st.sampled_from(["M", "Q", "Y"]))
def test_cohort_shares_lie_between_zero_and_one_and_are_one_at_acquisition(rows, grain):
    cohorts = cohort_retention(frame_of(rows), grain)
    assert cohorts["share"].between(0, 1).all()
    assert (cohorts.loc[cohorts["periods_since"] == 0, "share"] == 1.0).all()


# --- the demo store ---------------------------------------------------------------------



@pytest.fixture(scope="module")
def store() -> pd.DataFrame:
    frame = pd.read_csv(STORE, dtype={"customer_id": "string"})
    frame["date"] = pd.to_datetime(frame["date"])
    return frame


def test_the_demo_store_gains_customers_year_over_year(store):
    years = by_label(period_comparison(store, "Y"))
    assert years.loc["2024", "customers_yoy"] > 0
    assert years.loc["2025", "customers_yoy"] > 0
    base = customer_base(store, "Q", lost_after=2)
    assert base["new"].sum() == store.loc[store["amount"] > 0, "customer_id"].nunique()


def test_the_demo_store_golden_share_rises_after_the_loyalty_campaign(store):
    # The campaign's target group: the top 20 % of retail customers by revenue in the twelve
    # months before it (the wholesale key accounts, whose ids are company names rather than
    # "C-" numbers, are served by account managers and are not targeted).
    year_before = store[(store["date"] >= "2024-09-01") & (store["date"] < "2025-09-01")]
    retail = year_before[year_before["customer_id"].str.startswith("C-")]
    spend = retail.groupby("customer_id")["amount"].sum().sort_values(ascending=False)
    golden = spend.index[: round(0.2 * len(spend))]
    effect = golden_share(store, golden, "M", campaign_date=date(2025, 9, 1), periods=4).effect
    assert (effect.periods_before, effect.periods_after) == (4, 4)
    assert effect.after > effect.before
    assert effect.after > effect.after_year_ago
