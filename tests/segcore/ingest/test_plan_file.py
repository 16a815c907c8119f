"""Plan files: periods written in the usual ways, column names, decimal commas, titles, workbooks."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from segcore.errors import InputError
from segcore.ingest.plan import TOTAL, load_plan, parse_period, plan_from_frame


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
