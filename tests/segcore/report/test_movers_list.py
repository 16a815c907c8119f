"""The movers as lists a sales team works through: where each customer was, where now, what to do next."""

from __future__ import annotations

import io

import numpy as np
import openpyxl
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from segcore.i18n import t
from segcore.report.customer_list import crm_frame, customer_list_xlsx
from segcore.report.movers_list import period_mover_rows, scenario_mover_rows
from segcore.report.playbook import Playbook
from segcore.report.sales_list import sales_frame, with_customer_columns


def _movers() -> pd.DataFrame:
    """Three customers who change class between scenario A and B, as the comparison gives them."""
    return pd.DataFrame(
        {
            "customer_id": pd.array(["m", "k", "z"], dtype="string"),
            "abc_a": pd.array(["A", "B", "B"], dtype="string"),
            "abc_b": pd.array(["B", "B", "C"], dtype="string"),
            "xyz_a": pd.array(["X", "Z", "Y"], dtype="string"),
            "xyz_b": pd.array(["X", "Y", "Y"], dtype="string"),
            "abc_xyz_a": pd.array(["AX", "BZ", "BY"], dtype="string"),
            "abc_xyz_b": pd.array(["BX", "BY", "CY"], dtype="string"),
            "quadrant_a": pd.array(["III", "II", "I"], dtype="string"),
            "quadrant_b": pd.array(["III", "II", "IV"], dtype="string"),
            "revenue": [50.0, 900.0, 50.0],
        }
    )


def _customers() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "customer_id": ["k", "m", "z", "q"],
            "revenue": [900.0, 50.0, 50.0, 7.0],
            "last_purchase": pd.to_datetime(["2024-05-01", "2024-01-02", "2023-11-30", "2024-02-02"]),
            "phone": ["+7 900", None, "+7 901", "+7 902"],
        }
    )


def test_scenario_movers_keep_both_cells_largest_revenue_first_ties_by_id():
    rows = scenario_mover_rows(_movers())
    assert rows["customer_id"].tolist() == ["k", "m", "z"]
    assert rows["cell_from"].tolist() == ["BZ", "AX", "BY"]
    assert rows["cell"].tolist() == ["BY", "BX", "CY"]
    assert rows["quadrant_from"].tolist() == ["II", "III", "I"]
    assert rows["quadrant"].tolist() == ["II", "III", "IV"]
    assert rows.columns.tolist()[:5] == ["customer_id", "cell_from", "cell", "quadrant_from", "quadrant"]


def test_the_sales_preset_of_the_movers_has_the_sales_columns_and_the_new_cell_s_action():
    rows = with_customer_columns(scenario_mover_rows(_movers()), _customers())
    frame = sales_frame(rows, Playbook(), "en")
    assert frame.columns.tolist() == [
        "customer_id", "cell_from", "cell", "quadrant_from", "quadrant",
        "next_action", "priority", "owner", "last_purchase", "revenue", "phone",
    ]  # fmt: skip
    book = Playbook()
    assert frame["next_action"].tolist() == [book.card(c, "en").actions[0] for c in ("BY", "BX", "CY")]
    assert frame["priority"].tolist() == [book.card(c).priority for c in ("BY", "BX", "CY")]
    assert frame["owner"].isna().all()
    assert frame["phone"].fillna("").tolist() == ["+7 900", "", "+7 901"]


def test_the_analyst_preset_of_the_movers_keeps_every_class_before_and_after():
    frame = sales_frame(scenario_mover_rows(_movers()), Playbook(), "en", preset="analyst")
    assert {"abc_a", "abc_b", "xyz_a", "xyz_b", "revenue"} <= set(frame.columns)
    assert frame.columns.tolist()[:8] == [
        "customer_id", "cell_from", "cell", "quadrant_from", "quadrant", "next_action", "priority", "owner",
    ]  # fmt: skip


def test_the_movers_workbook_names_where_they_were_in_both_languages():
    frame = crm_frame(sales_frame(scenario_mover_rows(_movers()), Playbook(), "ru"), "ru")
    sheet = openpyxl.load_workbook(io.BytesIO(customer_list_xlsx(frame, "ru", sheet="Переходы"))).active
    header = [cell.value for cell in sheet[1]]
    assert header[:3] == ["ID клиента", "Ячейка ABC×XYZ до", t("export.column.cell", "ru")]
    assert [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["BZ", "AX", "BY"]


def test_a_square_s_customers_carry_both_periods_codes_their_cell_and_their_money():
    customers = _customers()
    codes = {"cell": np.array(["AX", "CZ", "BY", "AY"]), "quadrant": np.array(["III", "I", "II", "IV"])}
    money = (pd.Series({"k": 10.0, "m": 300.0}), pd.Series({"m": 40.0, "k": 80.0, "x": 1.0}))
    rows = period_mover_rows(["m", "k", "gone"], ("A", "B"), customers, codes, money)
    assert rows["customer_id"].tolist() == ["k", "m", "gone"]  # 80, 40, 0 in the later period
    assert rows["moved_from"].tolist() == ["A"] * 3 and rows["moved_to"].tolist() == ["B"] * 3
    assert rows["cell"].tolist()[:2] == ["AX", "CZ"] and pd.isna(rows["cell"].iloc[2])
    assert rows["quadrant"].tolist()[:2] == ["III", "I"] and pd.isna(rows["quadrant"].iloc[2])
    assert rows["revenue_a"].tolist() == [10.0, 300.0, 0.0]
    assert rows["revenue_b"].tolist() == [80.0, 40.0, 0.0]
    frame = sales_frame(with_customer_columns(rows, customers), Playbook(), "en")
    assert frame.columns.tolist()[:4] == ["customer_id", "moved_from", "moved_to", "cell"]
    assert frame["next_action"].tolist()[:2] == [Playbook().card(c, "en").actions[0] for c in ("AX", "CZ")]
    assert pd.isna(frame["next_action"].iloc[2])


@settings(deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcdef"), st.floats(-1e6, 1e6)), unique_by=lambda r: r[0]))
def test_scenario_movers_are_the_same_customers_in_revenue_order(pairs):
    movers = _movers().iloc[[0] * len(pairs)].reset_index(drop=True)
    movers["customer_id"] = pd.array([p[0] for p in pairs], dtype="string")
    movers["revenue"] = [p[1] for p in pairs]
    rows = scenario_mover_rows(movers)
    assert sorted(rows["customer_id"]) == sorted(p[0] for p in pairs)
    assert rows["revenue"].is_monotonic_decreasing
