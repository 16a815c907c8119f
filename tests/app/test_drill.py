"""The Matrix drill-down: the picked cell outlined and listed, its one-click lists, a customer's card."""

from __future__ import annotations

import io

import openpyxl
import pandas as pd
import pytest

from segcore.i18n import t
from segcore.report.playbook import ABC_XYZ_CODES
from segcore.settings import Scenario
from tests.app.downloads import downloads
from tests.app.studio import PAGES, assert_clean, customers, expected, open_app
from ui.sections import customer_card, drill
from ui.state import keys

__all__ = ["downloads"]


def _picked(cell: str, demo: str = "store_en", **params: str):
    """Give the Matrix page after a pick of ``cell`` (what a click on the heatmap keeps)."""
    at = open_app(demo, "matrix", **params)
    at.selectbox(key=keys.MATRIX_CELL).set_value(cell).run()
    assert_clean(at)
    return at


def _in_cell(demo: str, cell: str) -> pd.DataFrame:
    seg = expected(demo, Scenario())
    table = customers(demo)
    return table[seg.cell == cell].sort_values("revenue", ascending=False, kind="stable")


def test_the_picked_cell_is_outlined_on_the_heatmap_and_named_above_its_customers():
    at = _picked("BY")
    heatmap = next(e.proto for e in at.get("vega_lite_chart") if "matrix_heatmap" in e.proto.id)
    assert "datum.cell === 'BY'" in heatmap.spec
    assert any(m.value.startswith("### :blue-background[Cell BY") for m in at.markdown)
    shown = at.dataframe(key=drill.TABLE).value
    in_cell = _in_cell("store_en", "BY")
    assert set(shown["cell"]) == {"BY"}
    assert shown["customer_id"].tolist() == in_cell["customer_id"].head(300).tolist()


def test_the_one_click_lists_of_the_cell_hold_the_cell_s_customers(downloads):
    _picked("AX")
    in_cell = _in_cell("store_en", "AX")
    listed = pd.read_csv(
        io.BytesIO(downloads["customers_AX.csv"]()), encoding="utf-8-sig", dtype={"Customer ID": str}
    )
    assert sorted(listed["Customer ID"]) == sorted(in_cell["customer_id"])
    assert listed.columns.tolist()[:5] == [
        "Customer ID", "ABC×XYZ cell", "Loyalty × profit quadrant", "Next action", "Priority (1 = first)",
    ]  # fmt: skip
    assert set(listed["Next action"]) == {t("playbook.AX.actions.1", "en")}
    assert set(listed["Priority (1 = first)"]) == {1}
    book = openpyxl.load_workbook(io.BytesIO(downloads["customers_AX.xlsx"]()))
    assert book.sheetnames == ["Cell AX"]
    rows = list(book.active.iter_rows(values_only=True))
    assert sorted(str(row[0]) for row in rows[1:]) == sorted(in_cell["customer_id"])
    revenue = rows[0].index("Revenue")
    assert [row[revenue] for row in rows[1:]] == pytest.approx(in_cell["revenue"].tolist())


def test_the_analyst_preset_gives_every_column(downloads):
    at = _picked("CZ")
    at.segmented_control(key=f"{drill.DOWNLOADS}_preset").set_value("analyst").run()
    assert_clean(at)
    listed = pd.read_csv(io.BytesIO(downloads["customers_CZ.csv"]()), encoding="utf-8-sig")
    assert {"Orders", "Average check", "Next action", "Owner"} <= set(listed.columns)
    assert len(listed) == len(_in_cell("store_en", "CZ"))


def _card(customer: str):
    """Give the Matrix page with ``customer``'s card open (what picking their row does)."""
    at = open_app("store_en", "matrix")
    at.session_state[customer_card.OPEN_CARD] = customer
    at.run()
    assert_clean(at)
    return at


def test_a_picked_customer_gets_a_card_with_the_next_action():
    at = _card("Sunrise Property Management")
    texts = [m.value for m in at.markdown]
    assert any("Sunrise Property Management" in text for text in texts)
    assert any(t("ui.lists.action.lost", "en") in text for text in texts)
    assert any(w.value.startswith("Likely lost: quiet for 205 days") for w in at.warning)
    assert at.button(key="customer_card_close")


def test_closing_the_card_forgets_the_customer():
    at = _card("Sunrise Property Management")
    at.button(key="customer_card_close").click().run()
    assert_clean(at)
    assert customer_card.OPEN_CARD not in at.session_state
    assert "customer_card_close" not in [button.key for button in at.button]


def _card_titles(at) -> list[str]:
    return [m.value.split(" · ")[0].removeprefix("#### ") for m in at.markdown if m.value.startswith("#### ")]


def test_the_strategy_page_shows_the_picked_cell_s_card_alone_and_all_of_them_to_print():
    at = _picked("BY")
    at.switch_page(PAGES["strategy"]).run()
    assert_clean(at)
    assert _card_titles(at) == ["BY"]
    assert at.selectbox(key=keys.MATRIX_CELL).value == "BY"
    at.toggle(key="strategy_print_all").set_value(True).run()
    assert_clean(at)
    assert _card_titles(at) == list(ABC_XYZ_CODES)
    assert not [b for b in at.download_button if str(b.key).startswith("export_")]  # nothing but cards
