"""Plan against actual: variances by hand, plans summed into coarser periods, the demo store's plan."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from segcore.dynamics.plan import plan_vs_actual
from segcore.errors import InputError, SettingsError
from segcore.ingest.plan import TOTAL, load_plan, plan_from_frame

ROOT = Path(__file__).resolve().parents[3]
STORE = ROOT / "sample_data" / "store_en.csv"
PLAN = ROOT / "sample_data" / "plan_example.csv"


@pytest.fixture
def sales() -> pd.DataFrame:
    # Data end on 20 March 2025: March is incomplete, April has not happened.
    frame = pd.DataFrame(
        [
            ("a", "2025-01-10", 100.0),
            ("a", "2025-02-10", 50.0),
            ("b", "2025-01-15", 30.0),
            ("b", "2025-03-05", -10.0),
            ("c", "2025-03-20", 40.0),
        ],
        columns=["customer_id", "date", "amount"],
    )
    frame["date"] = pd.to_datetime(frame["date"])
    return frame


def plan_of(rows: list[tuple], columns=("period", "segment", "amount")) -> pd.DataFrame:
    return plan_from_frame(pd.DataFrame(rows, columns=list(columns)))


def test_segment_plans_are_compared_with_the_revenue_of_the_segments_customers(sales):
    plan = plan_of(
        [
            ("2025-01", "A", 90),
            ("2025-02", "A", 60),
            ("2025-03", "A", 0),
            ("2025-04", "A", 100),
            ("01.2025", "B", 40),
        ]
    )
    result = plan_vs_actual(plan, sales, "M", by=pd.Series({"a": "A", "b": "B"}))
    a = result[result["key"] == "A"].set_index("label")
    assert a["actual"].tolist()[:3] == [100.0, 50.0, 0.0]
    assert np.isnan(a.loc["2025-04", "actual"])  # not happened yet
    assert a["variance"].tolist()[:3] == [10.0, -10.0, 0.0]
    assert a.loc["2025-01", "variance_pct"] == pytest.approx(1 / 9)
    assert np.isnan(a.loc["2025-03", "variance_pct"])  # a zero plan has no percentage
    assert a["plan_cumulative"].tolist() == [90.0, 150.0, 150.0, 250.0]
    assert a["complete"].tolist() == [True, True, False, False]
    b = result[result["key"] == "B"].iloc[0]
    assert (b.actual, b.variance, b.variance_pct) == (30.0, -10.0, -0.25)


def test_a_monthly_total_plan_adds_up_to_quarters_and_years(sales):
    plan = plan_of([("2025-01", 100), ("2025-02", 100), ("2025-03", 100)], ("period", "amount"))
    for grain in ("Q", "Y"):
        row = plan_vs_actual(plan, sales, grain).iloc[0]
        assert (row.level, row.key, row.plan, row.actual) == (TOTAL, TOTAL, 300.0, 210.0)
        assert row.variance_pct == pytest.approx(-0.3)
        assert not row.complete


def test_customer_plans_are_compared_customer_by_customer(sales):
    plan = plan_of([("2025-01", "a", 120), ("2025-03", "c", 30)], ("period", "customer_id", "amount"))
    result = plan_vs_actual(plan, sales, "M").set_index("key")
    assert result.loc["a", "actual"] == 100.0 and result.loc["c", "actual"] == 40.0
    assert (result["level"] == "customer").all()


def test_a_plan_coarser_than_the_grain_or_by_segment_without_classes_is_refused(sales):
    quarterly = plan_of([("Q1 2025", 300)], ("period", "amount"))
    with pytest.raises(SettingsError):
        plan_vs_actual(quarterly, sales, "M")
    assert plan_vs_actual(quarterly, sales, "Q")["actual"].tolist() == [210.0]
    with pytest.raises(InputError):
        plan_vs_actual(plan_of([("2025-01", "A", 1)]), sales, "M")


def test_a_plan_given_by_dates_counts_in_the_period_of_each_date(sales):
    plan = plan_of([("2025-01-31", 50), ("2025-01-01", 50)], ("period", "amount"))
    row = plan_vs_actual(plan, sales, "M").iloc[0]
    assert (row.label, row.plan, row.actual) == ("2025-01", 100.0, 130.0)


def test_the_demo_plan_is_missed_after_the_key_account_leaves_and_beaten_in_the_campaign():
    from segcore.classify.segmentation import Segmenter
    from segcore.customers import customer_table
    from segcore.settings import Scenario

    store = pd.read_csv(STORE, dtype={"customer_id": "string"})
    store["date"] = pd.to_datetime(store["date"])
    plan = load_plan(PLAN)
    assert len(plan) == 36 and set(plan["key"]) == {"A", "B", "C"}
    customers = customer_table(store)
    classes = pd.Series(Segmenter(customers).segment(Scenario()).abc, index=customers["customer_id"])
    result = plan_vs_actual(plan, store, "M", by=classes)
    a = result[result["key"] == "A"].set_index("label")
    assert (a.loc[["2025-07", "2025-08"], "variance"] < 0).all()
    assert (a.loc[["2025-09", "2025-10", "2025-11", "2025-12"], "variance"] > 0).all()
