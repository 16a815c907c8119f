"""The currency setting reaches every money figure: the Summary's cards, the lists, the plan workbook."""

from __future__ import annotations

import io

import openpyxl
import pandas as pd

from segcore.i18n.format import NBSP
from segcore.insight.plan import action_plan
from tests.app.downloads import downloads
from tests.app.studio import PAGES, assert_clean, open_app
from tests.app.test_summary import demo_findings, markdown, metrics
from ui.state import keys
from ui.state.currency import CURRENCY

__all__ = ["downloads"]


def _header(data: bytes, sep: str) -> list[str]:
    return pd.read_csv(io.BytesIO(data), sep=sep, encoding="utf-8-sig", nrows=0).columns.tolist()


def _at_risk_card(at, lang: str, sign: str) -> tuple[str, str]:
    planned = next(p for p in action_plan(demo_findings()) if p.kind == "at_risk")
    shown = metrics(at)[planned.key_label(lang, sign)]
    return shown, planned.key_number(lang, sign)


def test_in_russian_the_summary_cards_and_a_cell_s_lists_carry_roubles(downloads):
    at = open_app("store_en")
    at.session_state[keys.LANG] = "ru"
    at.run()
    assert_clean(at)
    shown, expected = _at_risk_card(at, "ru", "₽")
    assert shown == expected and shown.endswith(f"{NBSP}₽")
    assert f"{NBSP}₽ выручки в год" in markdown(at)
    at.switch_page(PAGES["matrix"]).run()
    at.selectbox(key=keys.MATRIX_CELL).set_value("AX").run()
    assert_clean(at)
    assert "Выручка, ₽" in _header(downloads["customers_AX.csv"](), ";")
    sheet = openpyxl.load_workbook(io.BytesIO(downloads["customers_AX.xlsx"]())).active
    assert "Выручка, ₽" in [cell.value for cell in sheet[1]]


def test_a_chosen_sign_reaches_the_summary_the_lists_the_movers_and_the_plan_workbook(downloads):
    at = open_app("store_en", page="settings")
    at.selectbox(key=CURRENCY).set_value("$").run()
    at.switch_page("app_pages/summary.py").run()
    assert_clean(at)
    shown, expected = _at_risk_card(at, "en", "$")
    assert shown == expected and shown.startswith("$")
    assert "\\$" in downloads["summary.md"]()
    at.switch_page(PAGES["matrix"]).run()
    assert_clean(at)
    assert "Revenue, $" in _header(downloads["customers_AX.csv"](), ",")
    at.switch_page("app_pages/scenarios.py").run()
    at.slider(key="b_abc_a").set_value(70).run()
    assert_clean(at)
    assert "Revenue, $" in _header(downloads["scenario_movers.csv"](), ",")
    at.switch_page(PAGES["strategy"]).run()
    assert_clean(at)
    book = openpyxl.load_workbook(io.BytesIO(downloads["action_plan.xlsx"]()))
    segment = book.sheetnames[4]
    assert "Revenue, $" in [cell.value for cell in book[segment][1]]
    assert "Revenue a year at stake, $" in [cell.value for cell in book["At risk"][1]]
    assert any("$" in str(row[2]) for row in book["Conclusions"].iter_rows(min_row=2, values_only=True))
