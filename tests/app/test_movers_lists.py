"""The movers' one-click lists: the customers segcore says moved, with the sales columns."""

from __future__ import annotations

import io

import openpyxl
import pandas as pd
import pytest

from segcore.dynamics.migration import classify_periods, compare_scenarios
from segcore.report.playbook import Playbook
from segcore.settings import Scenario
from tests.app.downloads import downloads
from tests.app.studio import assert_clean, customers, expected, loaded, open_app, segmenter
from tests.app.test_dynamics_pages import YEARS
from ui.sections import scenarios

__all__ = ["downloads"]

SALES_HEADERS = [
    "Customer ID", "ABC×XYZ cell before", "ABC×XYZ cell", "Quadrant before", "Loyalty × profit quadrant",
    "Next action", "Priority (1 = first)", "Owner", "Last purchase", "Revenue",
]  # fmt: skip


def _scenarios(demo: str = "store_en"):
    at = open_app(demo)
    at.switch_page("app_pages/scenarios.py").run()
    at.slider(key="b_abc_a").set_value(70).run()
    assert_clean(at)
    scenario_b = Scenario().replace(abc=Scenario().abc.replace(a=0.7))
    movers = compare_scenarios(segmenter(demo), Scenario(), scenario_b).movers
    assert len(movers) > 0
    return at, movers.set_index(movers["customer_id"].astype(str))


def test_the_movers_csv_lists_exactly_the_movers_with_the_sales_columns(downloads):
    _at, movers = _scenarios()
    listed = pd.read_csv(
        io.BytesIO(downloads["scenario_movers.csv"]()), encoding="utf-8-sig", dtype={"Customer ID": str}
    )
    assert listed.columns.tolist() == SALES_HEADERS
    assert sorted(listed["Customer ID"]) == sorted(movers.index)
    ids = listed["Customer ID"]
    assert listed["ABC×XYZ cell"].tolist() == movers.loc[ids, "abc_xyz_b"].tolist()
    assert listed["ABC×XYZ cell before"].tolist() == movers.loc[ids, "abc_xyz_a"].tolist()
    book = Playbook()
    actions = [book.card(cell, "en").actions[0] for cell in listed["ABC×XYZ cell"]]
    assert listed["Next action"].tolist() == actions
    assert listed["Owner"].isna().all()
    assert listed["Revenue"].tolist() == pytest.approx(movers.loc[ids, "revenue"].round(2).tolist())
    assert listed["Revenue"].is_monotonic_decreasing


def test_the_movers_workbook_is_the_same_list_and_the_analyst_preset_keeps_every_class(downloads):
    at, movers = _scenarios()
    sheet = openpyxl.load_workbook(io.BytesIO(downloads["scenario_movers.xlsx"]())).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == SALES_HEADERS
    assert sorted(str(row[0]) for row in rows[1:]) == sorted(movers.index)
    at.segmented_control(key=f"{scenarios.MOVERS}_preset").set_value("analyst").run()
    assert_clean(at)
    listed = pd.read_csv(io.BytesIO(downloads["scenario_movers.csv"]()), encoding="utf-8-sig")
    assert {"ABC class before", "ABC class after", "XYZ class before", "Orders", "Next action"} <= set(
        listed.columns
    )
    assert len(listed) == len(movers)


def test_a_migration_square_exports_its_customers_with_their_next_action(downloads):
    at = open_app("store_en")
    at.switch_page("app_pages/migration.py").run()
    at.selectbox(key="migration_cell").set_value("A→B").run()
    assert_clean(at)
    codes = classify_periods(loaded("store_en"), YEARS, Scenario(), "abc")
    a, b = codes.iloc[:, 0].dropna(), codes.iloc[:, 1].dropna()
    square = sorted(set(a.index[a == "A"]) & set(b.index[b == "B"]))
    assert square
    listed = pd.read_csv(
        io.BytesIO(downloads["movers_A_B.csv"]()), encoding="utf-8-sig", dtype={"Customer ID": str}
    )
    assert sorted(listed["Customer ID"]) == square
    assert listed.columns.tolist()[:5] == [
        "Customer ID", "Segment in the earlier period", "Segment in the later period", "ABC×XYZ cell",
        "Loyalty × profit quadrant",
    ]  # fmt: skip
    seg, table = expected("store_en", Scenario()), customers("store_en")
    cells = dict(zip(table["customer_id"].astype(str), seg.cell, strict=True))
    assert listed["ABC×XYZ cell"].tolist() == [cells[c] for c in listed["Customer ID"]]
    assert set(listed["Segment in the earlier period"]) == {"A"}
    book = openpyxl.load_workbook(io.BytesIO(downloads["movers_A_B.xlsx"]()))
    assert book.sheetnames == ["Moved A→B"]
