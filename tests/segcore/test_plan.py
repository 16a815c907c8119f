"""Plan against actual: reading periods and plans, variances by hand, the demo store's plan."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from segcore.errors import InputError, SettingsError
from segcore.dynamics.plan import TOTAL, load_plan, parse_period, plan_from_frame, plan_vs_actual

ROOT = Path(__file__).resolve().parents[2]
STORE = ROOT / "sample_data" / "store_en.csv"
PLAN = ROOT / "sample_data" / "plan_example.csv"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-03", ("M", date(2025, 3, 1))),
        ("03.2025", ("M", date(2025, 3, 1))),
        ("3/2025", ("M", date(2025, 3, 1))),
        ("March 2025", ("M", date(2025, 3, 1))),
        ("Март 2025", ("M", date(2025, 3, 1))),
        ("мар. 2025 г.", ("M", date(2025, 3, 1))),
        ("Q1 2025", ("Q", date(2025, 1, 1))),
        ("2025-Q2", ("Q", date(2025, 4, 1))),
        ("3 кв. 2025", ("Q", date(2025, 7, 1))),
        ("IV квартал 2025", ("Q", date(2025, 10, 1))),
        ("2025", ("Y", date(2025, 1, 1))),
        ("2025 год", ("Y", date(2025, 1, 1))),
        ("2025-03-15", ("D", date(2025, 3, 15))),
        ("15.03.2025", ("D", date(2025, 3, 15))),
        (pd.Timestamp("2025-03-15 10:30"), ("D", date(2025, 3, 15))),
    ],
)
def test_plan_periods_are_read_in_the_usual_ways(text, expected):
    assert parse_period(text) == expected


@pytest.mark.parametrize("text", ["2025-13", "Q5 2025", "spring 2025", "", "13.2025", "total"])
def test_what_is_not_a_period_is_not_read_as_one(text):
    assert parse_period(text) is None


def test_a_russian_plan_with_decimal_commas_is_read_by_its_column_names():
    frame = pd.DataFrame(
        {
            "Период": ["янв 2025", "I кв. 2025", ""],
            "Сегмент": ["A", "", None],
            "План, руб.": ["1 234,50", "10 000", None],
        }
    )
    plan = plan_from_frame(frame)
    assert plan["period_kind"].tolist() == ["M", "Q"]
    assert plan["level"].tolist() == ["segment", TOTAL]
    assert plan["key"].tolist() == ["A", TOTAL]
    assert plan["amount"].tolist() == [1234.5, 10000.0]


def test_unreadable_plans_say_which_row_or_column_is_wrong():
    with pytest.raises(InputError) as error:
        plan_from_frame(pd.DataFrame({"period": ["2025-01", "soon"], "amount": [1, 2]}))
    assert error.value.params["row"] == 2
    with pytest.raises(InputError) as error:
        plan_from_frame(pd.DataFrame({"period": ["2025-01"], "amount": ["a lot"]}))
    assert error.value.key == "plan.bad_amount"
    with pytest.raises(InputError) as error:
        plan_from_frame(pd.DataFrame({"when": ["2025-01"], "amount": [1]}))
    assert error.value.key == "plan.no_column"
    plan = plan_from_frame(pd.DataFrame({"when": ["2025-01"], "x": [1]}), {"period": "when", "amount": "x"})
    assert plan["amount"].tolist() == [1.0]


def test_a_russian_plan_file_with_a_title_line_is_read_like_a_transaction_file(tmp_path):
    text = (
        "План продаж на 2025 год\n\nПериод;Сегмент;Сумма плана\n01.2025;A;1 200 000,50\n02.2025;B;300 000\n"
    )
    path = tmp_path / "plan.csv"
    path.write_bytes(text.encode("cp1251"))
    plan = load_plan(path)
    assert plan["period_start"].dt.month.tolist() == [1, 2]
    assert plan["key"].tolist() == ["A", "B"]
    assert plan["amount"].tolist() == [1200000.5, 300000.0]


def test_a_plan_workbook_with_date_cells_is_read(tmp_path):
    path = tmp_path / "plan.xlsx"
    frame = pd.DataFrame({"Month": pd.to_datetime(["2025-01-01", "2025-02-01"]), "Plan": [10.5, 20]})
    frame.to_excel(path, index=False)
    plan = load_plan(path)
    assert plan["period_kind"].tolist() == ["D", "D"]
    assert plan["amount"].tolist() == [10.5, 20.0]
    assert plan["level"].tolist() == [TOTAL, TOTAL]


def test_a_plan_file_larger_than_the_sample_is_read_to_its_last_row(tmp_path):
    customers = 30_000  # about 0.9 MB: beyond the sniffing sample
    lines = [f"C-{i:06d};2025-{i % 12 + 1:02d};{i % 1000},25" for i in range(customers)]
    path = tmp_path / "customer_plan.csv"
    path.write_text("customer_id;period;amount\n" + "\n".join(lines) + "\n", encoding="utf-8")
    plan = load_plan(path)
    assert len(plan) == customers
    assert plan["amount"].sum() == pytest.approx(sum(i % 1000 + 0.25 for i in range(customers)))
    assert plan["key"].iloc[-1] == f"C-{customers - 1:06d}"
    assert (plan["level"] == "customer").all()


def test_a_bad_row_in_a_plan_file_is_named_by_its_line(tmp_path):
    path = tmp_path / "plan.csv"
    path.write_text("period,amount\n2025-01,10\n2025-02,10\nlater,5\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_plan(path)
    assert error.value.params["row"] == 4


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
    from segcore.customers import customer_table
    from segcore.classify.segmentation import Segmenter
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
