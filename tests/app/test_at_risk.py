"""The At-risk page: key customers gone quiet, a sentence, a table for people, CSV and XLSX for the CRM."""

from __future__ import annotations

import io
import time

import openpyxl
import pandas as pd
import pytest

import segcore
from segcore.i18n import t
from segcore.i18n.format import fmt_compact
from segcore.insight.at_risk import at_risk as at_risk_list
from tests.app.downloads import downloads
from tests.app.studio import assert_clean, customers, number, open_app
from ui.state import keys

__all__ = ["downloads"]

AT_RISK = "app_pages/at_risk.py"
LOST_KEY_ACCOUNT = "Sunrise Property Management"


def page(demo: str = "store_en", lang: str = "en", **params: str):
    at = open_app(demo, **params)
    if lang != "en":
        at.session_state[keys.LANG] = lang
    at.switch_page(AT_RISK).run()
    assert_clean(at)
    return at


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_the_lost_key_account_heads_the_table_of_segcore_s_list():
    at = page()
    assert at.title[0].value == "At risk"
    expected = at_risk_list(customers("store_en"))
    table = at.dataframe[0].value
    assert table["customer_id"].tolist() == expected["customer_id"].tolist()
    assert table["customer_id"].iloc[0] == LOST_KEY_ACCOUNT
    assert table.columns[:5].tolist() == [
        "customer_id", "status", "revenue_at_stake", "days_since_last", "usual_gap_days",
    ]  # fmt: skip
    assert table["status"].tolist() == expected["status"].tolist()  # English words are the codes
    assert "p_alive" not in table  # no model fitted: no empty column
    shown = metrics(at)
    assert number(shown["Key customers at risk"]) == len(expected) == 24
    assert number(shown["Of them look lost"]) == (expected["status"] == "lost").sum() == 17
    assert shown["Revenue a year at stake"] == fmt_compact(expected["revenue_at_stake"].sum(), "en") == "17M"


def test_the_sentence_on_top_is_the_at_risk_finding():
    at = page()
    finding = next(f for f in segcore.findings(customers("store_en")) if f.kind == "at_risk")
    assert [w.value for w in at.warning] == [finding.text("en")]


def test_in_russian_the_status_and_headers_are_russian():
    at = page(lang="ru")
    assert at.title[0].value == "Под угрозой"
    table = at.dataframe[0].value
    assert table["status"].iloc[0] == "потерян"
    assert set(table["status"]) == {"потерян", "просрочен"}
    assert "Ключевых клиентов под угрозой" in metrics(at)
    assert at.warning[0].value.startswith("Ключевых клиентов, которые перестали покупать")


def test_the_crm_files_hold_segcore_s_list(downloads):
    at = page()
    expected = at_risk_list(customers("store_en"))
    assert at.download_button(key=keys.AT_RISK_CSV).label == "CSV for the CRM"
    assert at.download_button(key=keys.AT_RISK_XLSX).label == "Excel for the CRM"
    listed = pd.read_csv(
        io.BytesIO(downloads["at_risk.csv"]()), encoding="utf-8-sig", dtype={"Customer ID": str}
    )
    assert listed["Customer ID"].tolist() == expected["customer_id"].tolist()
    assert listed["Days since last purchase"].tolist() == expected["days_since_last"].tolist()
    book = openpyxl.load_workbook(io.BytesIO(downloads["at_risk.xlsx"]()))
    assert book.sheetnames == ["At risk"]
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][:4] == ("Customer ID", "ABC×XYZ cell", "Loyalty × profit quadrant", "Status")
    assert [row[0] for row in rows[1:]] == expected["customer_id"].tolist()
    assert rows[1][3] == "lost"
    action = rows[0].index("Next action")
    calls = {"lost": t("ui.lists.action.lost", "en"), "overdue": t("ui.lists.action.overdue", "en")}
    # every customer at risk gets the call of their status, as priority 1
    assert [row[action] for row in rows[1:]] == [calls[status] for status in expected["status"]]
    assert {row[rows[0].index("Priority (1 = first)")] for row in rows[1:]} == {1}
    stake = rows[0].index("Revenue a year at stake")
    assert [row[stake] for row in rows[1:]] == expected["revenue_at_stake"].round(2).tolist()
    assert all(cell.data_type != "f" for row in book.active.iter_rows() for cell in row)


def test_a_russian_workbook_has_a_russian_sheet_and_status(downloads):
    page(lang="ru")
    book = openpyxl.load_workbook(io.BytesIO(downloads["at_risk.xlsx"]()))
    assert book.sheetnames == ["Под угрозой"]
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][0] == "ID клиента" and rows[1][0] == LOST_KEY_ACCOUNT and rows[1][3] == "потерян"


def test_a_tighter_class_a_leaves_only_the_lost_key_account():
    at = page(abc_a="0.6")
    table = at.dataframe[0].value
    assert table["customer_id"].tolist() == [LOST_KEY_ACCOUNT]
    assert at.warning[0].value.startswith(f"Key customer {LOST_KEY_ACCOUNT} has not bought for 205 days")


def test_cdnow_opens_its_at_risk_page():
    at = page("cdnow")
    expected = at_risk_list(customers("cdnow"))
    if expected.empty:
        assert at.success and not at.dataframe
    else:
        assert at.dataframe[0].value["customer_id"].tolist() == expected["customer_id"].tolist()


def fitted_cdnow():
    """Give the studio on CDNOW after a predictive LTV fit (BG/NBD on the whole history)."""
    at = open_app("cdnow", "ltv")
    at.segmented_control(key=keys.LTV_VIEW).set_value("predictive").run()
    deadline = time.monotonic() + 300
    while "ltv_fit_done" not in at.session_state:
        assert time.monotonic() < deadline, "the fit did not finish in 5 minutes"
        assert_clean(at)
        time.sleep(0.5)
        at.run()
    return at


def test_a_fitted_model_s_p_alive_goes_into_the_list():
    at = fitted_cdnow()
    _, result = at.session_state["ltv_fit_done"]
    p_alive = pd.Series(result.customers["p_alive"].to_numpy(float), index=result.customers["customer_id"])
    at.switch_page(AT_RISK).run()
    assert_clean(at)
    expected = at_risk_list(customers("cdnow"), p_alive=p_alive)
    assert not expected.empty
    table = at.dataframe[0].value
    assert table["customer_id"].tolist() == expected["customer_id"].tolist()
    assert table["p_alive"].tolist() == pytest.approx(expected["p_alive"].tolist())
    assert "The fitted LTV model's probability" in " ".join(c.value for c in at.caption)
