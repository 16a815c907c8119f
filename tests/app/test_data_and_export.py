"""Uploading a file, the validation report, strategy edits and the exports."""

from __future__ import annotations

import io
from datetime import date

import openpyxl
import pytest

from segcore.ingest import load_transactions
from segcore.report.playbook import default_card
from segcore.settings import AggregationSettings, Scenario
from tests.app.downloads import downloads
from tests.app.studio import DEMO_FILES, PAGES, assert_clean, expected, metric, number, open_app

__all__ = ["downloads"]

RUSSIAN_EXPORT = DEMO_FILES["store_ru"][0]


@pytest.fixture(scope="module")
def russian_upload():
    """Give the studio after uploading the Russian 1C export on the Data page."""
    at = open_app("cdnow", "data")
    at.file_uploader(key="data_upload").set_value(("store_ru.csv", RUSSIAN_EXPORT.read_bytes(), "text/csv"))
    at.run()
    return at


def test_an_uploaded_russian_export_is_inspected_and_its_columns_suggested(russian_upload):
    at = russian_upload
    assert_clean(at)
    assert at.selectbox(key="data_map_customer_id").value == "Контрагент"
    assert at.selectbox(key="data_map_date").value == "Дата"
    assert at.selectbox(key="data_map_amount").value == "Сумма"
    assert at.selectbox(key="data_map_cost").value == "Себестоимость"


def test_loading_the_upload_makes_it_the_dataset_of_every_page(russian_upload):
    at = russian_upload
    at.button(key="data_load").click().run()
    assert_clean(at)
    report = load_transactions(RUSSIAN_EXPORT).report
    assert number(metric(at, "Rows kept")) == report.rows_kept
    assert number(metric(at, "Rows read")) == report.rows_read
    assert "store\\_ru.csv" in " ".join(m.value for m in at.sidebar.markdown)  # escaped for Markdown
    at.switch_page(PAGES["matrix"]).run()
    assert_clean(at)
    seg = expected("store_ru", Scenario())
    assert number(metric(at, "Customers in group A")) == seg.abc_counts[0]


def test_a_mapping_without_an_amount_is_refused_with_what_to_do():
    at = open_app("cdnow", "data")
    at.file_uploader(key="data_upload").set_value(("store_ru.csv", RUSSIAN_EXPORT.read_bytes(), "text/csv"))
    at.run()
    at.selectbox(key="data_map_amount").set_value("").run()
    at.button(key="data_load").click().run()
    assert not at.exception
    assert at.error
    assert "cdnow" in at.query_params.get("data", "")


def test_the_returns_policy_and_window_change_the_customer_table():
    at = open_app("cdnow", "data")
    at.radio(key="aggregation_returns").set_value("gross").run()
    assert_clean(at)
    settings = at.session_state["scenario"].aggregation
    assert settings == AggregationSettings(returns="gross")
    at.date_input(key="aggregation_as_of").set_value(date(1997, 12, 31))
    at.run()
    assert_clean(at)
    chosen = at.session_state["scenario"]
    at.switch_page(PAGES["matrix"]).run()
    seg = expected("cdnow", chosen)
    assert number(metric(at, "Customers in group A")) == seg.abc_counts[0]


def test_the_action_plan_is_a_workbook_with_a_sheet_per_segment(downloads):
    at = open_app("cdnow", "strategy")
    assert_clean(at)
    assert at.download_button(key="export_xlsx").label == "Download"
    book = openpyxl.load_workbook(io.BytesIO(downloads["action_plan.xlsx"]()), read_only=True)
    seg = expected("cdnow", Scenario())
    filled = seg.matrix.loc[seg.matrix["customers"] > 0, "cell"].tolist()
    assert len(book.sheetnames) >= 2 + len(filled)
    assert any(name.startswith("CZ") for name in book.sheetnames)


def test_a_segment_list_and_the_report_are_one_click_each_and_follow_the_scenario(downloads):
    at = open_app("cdnow", "strategy")
    at.selectbox(key="export_csv_code").set_value("AZ").run()
    assert_clean(at)
    lines = downloads["customers_AZ.csv"]().decode("utf-8-sig").strip().splitlines()
    seg = expected("cdnow", Scenario())
    assert len(lines) == 1 + int((seg.cell == "AZ").sum())
    assert downloads["segmentation_report.md"]().decode("utf-8").startswith("# ")
    # a file made after a slider move belongs to the new scenario
    at.switch_page(PAGES["matrix"]).run()
    at.slider(key="abc_a").set_value(70).run()
    at.switch_page(PAGES["strategy"]).run()
    moved = expected("cdnow", Scenario.from_flat_dict({"abc_a": "0.7"}))
    lines = downloads["customers_AZ.csv"]().decode("utf-8-sig").strip().splitlines()
    assert len(lines) == 1 + int((moved.cell == "AZ").sum())
    assert (moved.cell == "AZ").sum() != (seg.cell == "AZ").sum()


def test_an_edited_strategy_card_is_kept_and_shown():
    at = open_app("cdnow", "strategy")
    at.selectbox(key="matrix_cell").set_value("CZ").run()  # the card shown is the one edited
    at.text_area(key="strategy_field_goal").input("Call them twice a year.")
    submit = next(b for b in at.button if b.label == "Save the card")
    submit.click().run()
    assert_clean(at)
    assert at.session_state["playbook"].card("CZ").goal == "Call them twice a year."
    at.switch_page(PAGES["matrix"]).run()
    at.switch_page(PAGES["strategy"]).run()
    shown = " ".join(m.value for m in at.markdown)
    assert "Call them twice a year." in shown


def test_the_report_of_the_quadrants_names_every_quadrant_with_customers(downloads):
    at = open_app("cdnow", "strategy")
    at.segmented_control(key="strategy_kind").set_value("quadrant").run()
    assert_clean(at)
    report = downloads["segmentation_report.md"]().decode("utf-8")
    summary = expected("cdnow", Scenario()).quadrant_summary
    assert (summary["customers"] > 0).all()
    for code in summary["quadrant"]:
        assert default_card(code, "en").title in report


def _workbook() -> tuple[bytes, int]:
    rows = DEMO_FILES["cdnow"][0].read_text(encoding="utf-8").splitlines()[:301]
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Notes"
    notes.append(["Exported for the segmentation workshop"])
    sales = book.create_sheet("Sales")
    for line in rows:
        cells = line.split(",")
        sales.append(cells if line is rows[0] else [cells[0], cells[1], *map(float, cells[2:])])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue(), len(rows) - 1


def test_a_workbook_offers_its_sheets_and_loads_the_chosen_one():
    content, lines = _workbook()
    at = open_app("cdnow", "data")
    at.file_uploader(key="data_upload").set_value(("sales.xlsx", content, "application/octet-stream"))
    at.run()
    assert not at.exception
    sheet = at.selectbox(key="data_sheet")
    assert sheet.options == ["Notes", "Sales"]
    sheet.set_value("Sales").run()
    assert_clean(at)
    assert at.selectbox(key="data_map_customer_id").value == "customer_id"
    at.button(key="data_load").click().run()
    assert_clean(at)
    assert number(metric(at, "Rows kept")) == lines
