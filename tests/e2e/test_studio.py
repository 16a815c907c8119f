"""The studio in Chromium: upload, a slider moved by keyboard, languages, the XLSX plan, a copied link.

Every number asserted is computed here with segcore from the same file.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import openpyxl
import pytest

from segcore.report import setting_label
from segcore.i18n import t
from segcore.settings import Scenario
from tests.e2e import studio
from tests.e2e.studio import SAMPLES, assert_no_exception, go, h1, matrix_counts, open_app, settle, ui_text

STORE_RU = SAMPLES / "store_ru.csv"
STORE_EN = SAMPLES / "store_en.csv"


def _upload_store_ru(page) -> None:
    """Upload the Russian 1C export on the Data page and load it with the suggested mapping."""
    page.locator(".st-key-data_upload input[type=file]").set_input_files(STORE_RU)
    page.locator(".st-key-data_load button").wait_for(timeout=60_000)
    settle(page)
    caption = page.get_by_text("Recognised:").inner_text()
    assert "cp1251" in caption and "«;»" in caption, caption
    chosen = {
        canonical: page.locator(f".st-key-data_map_{canonical} input[role=combobox]").input_value()
        for canonical in ("customer_id", "date", "amount")
    }
    assert chosen == {"customer_id": "Контрагент", "date": "Дата", "amount": "Сумма"}, chosen
    page.locator(".st-key-data_load button").click()
    page.get_by_role("heading", name="What was read: store_ru.csv").wait_for(timeout=120_000)
    settle(page)


def _sheet_rows(sheet) -> list[tuple]:
    return [row for row in sheet.iter_rows(values_only=True) if any(v is not None for v in row)]


def _check_action_plan(path, counts: dict[str, int], a: float) -> None:
    """Check the XLSX action plan: summary with sizes and thresholds, plan, one sheet per segment."""
    book = openpyxl.load_workbook(path, read_only=True)
    names = book.sheetnames
    assert names[:2] == [t("export.sheet.summary", "en"), t("export.sheet.playbook", "en")], names
    summary = _sheet_rows(book[names[0]])
    sizes = {str(row[0]).split(" — ")[0]: row[1] for row in summary
             if row[0] and str(row[0])[:2] in counts and " — " in str(row[0])}
    assert sizes == counts, sizes
    totals = [row for row in summary if row[0] == t("export.report.total", "en")]
    assert totals and totals[0][1] == sum(counts.values()), totals
    settings = {row[0]: row[1] for row in summary if row[0]}
    assert settings[setting_label("abc_a", "en")] == pytest.approx(a)
    assert settings[setting_label("abc_b", "en")] == pytest.approx(Scenario().abc.b)
    plan = _sheet_rows(book[names[1]])
    planned = {str(row[0]).split(" — ")[0]: row[1] for row in plan[1:]}
    assert planned == {cell: n for cell, n in counts.items() if n > 0}, planned
    segment_sheets = {name.split(" ")[0]: name for name in names[2:]}
    assert set(segment_sheets) == {cell for cell, n in counts.items() if n > 0}, names
    for cell, name in segment_sheets.items():
        rows = _sheet_rows(book[name])
        assert len(rows) - 1 == counts[cell], (name, len(rows) - 1, counts[cell])
    book.close()


def test_upload_slider_languages_export_and_link(browser, context, app_url, tmp_path):
    page = context.new_page()
    open_app(page, f"{app_url}/data")
    _upload_store_ru(page)
    assert_no_exception(page, "data page after the upload")
    assert "store_ru.csv" in page.locator("[data-testid='stSidebar']").inner_text()

    go(page, "ABC × XYZ matrix")
    assert urlparse(page.url).path == "/", page.url
    assert matrix_counts(page) == studio.expected_counts(STORE_RU, Scenario())

    studio.move_slider(page, "abc_a", "ArrowLeft", 10)
    assert studio.slider_value(page, "abc_a") == "70"
    expected = studio.expected_counts(STORE_RU, studio.with_abc_a(0.70))
    assert expected != studio.expected_counts(STORE_RU, Scenario())
    assert studio.wait_for_counts(page, expected) == expected
    in_a = sum(n for cell, n in expected.items() if cell[0] == "A")
    headline = page.locator("[data-testid='stMetric']", has_text="Customers in group A")
    value = headline.locator("[data-testid='stMetricValue']").inner_text()
    assert studio.integer(value.split("(")[0]) == in_a, value
    assert parse_qs(urlparse(page.url).query) == {"abc_a": ["0.7"]}, page.url
    link = page.url
    assert_no_exception(page, "matrix")

    studio.set_language(page, "ru")
    assert h1(page) == "Матрица ABC × XYZ"
    assert "Граница A" in page.locator(".st-key-abc_a").inner_text()
    nav = page.locator("[data-testid='stSidebarNav']").inner_text()
    assert "Кривая Парето" in nav and "Настройки" in nav, nav
    assert page.locator("[data-testid='stMetric']", has_text="Клиентов в группе A").count() == 1
    assert matrix_counts(page) == expected
    studio.set_language(page, "en")
    assert h1(page) == "ABC × XYZ matrix"
    assert "A closes at" in page.locator(".st-key-abc_a").inner_text()
    assert "Pareto curve" in page.locator("[data-testid='stSidebarNav']").inner_text()
    assert studio.slider_value(page, "abc_a") == "70"

    go(page, "Strategy and export")
    page.locator(".st-key-export_prepare_xlsx button").click()
    download_button = page.locator(".st-key-export_xlsx button")
    download_button.wait_for(timeout=120_000)
    with page.expect_download() as info:
        download_button.click()
    target = tmp_path / "action_plan.xlsx"
    info.value.save_as(target)
    assert info.value.suggested_filename == "action_plan.xlsx"
    _check_action_plan(target, expected, 0.70)
    assert_no_exception(page, "strategy")

    # The link holds the scenario; the uploaded file stays in its session, so a new browser
    # opens the same thresholds on the demo store, the same store as the Russian export.
    assert studio.expected_counts(STORE_EN, studio.with_abc_a(0.70)) == expected
    other = browser.new_context(viewport={"width": 1440, "height": 1000}, locale="en-US")
    try:
        fresh = other.new_page()
        open_app(fresh, link)
        assert studio.slider_value(fresh, "abc_a") == "70"
        assert matrix_counts(fresh) == expected
        assert_no_exception(fresh, "matrix from the copied link")
    finally:
        other.close()


def test_link_to_a_demo_gives_the_same_numbers(browser, context, app_url):
    page = context.new_page()
    open_app(page, f"{app_url}/data")
    page.locator(".st-key-data_demo label", has_text="CDNOW").click()
    settle(page)
    go(page, "ABC × XYZ matrix")
    studio.move_slider(page, "abc_a", "ArrowRight", 5)
    assert studio.slider_value(page, "abc_a") == "85"
    cdnow = SAMPLES / "cdnow" / "cdnow.csv"
    expected = studio.expected_counts(cdnow, studio.with_abc_a(0.85))
    shown = studio.wait_for_counts(page, expected)
    assert shown == expected
    assert parse_qs(urlparse(page.url).query) == {"abc_a": ["0.85"], "data": ["cdnow"]}, page.url
    other = browser.new_context(viewport={"width": 1440, "height": 1000}, locale="ru-RU")
    try:
        fresh = other.new_page()
        open_app(fresh, page.url)
        assert h1(fresh) == "Матрица ABC × XYZ"
        assert studio.slider_value(fresh, "abc_a") == "85"
        assert matrix_counts(fresh) == expected
    finally:
        other.close()


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_predicted_clv_renders(browser, app_url, lang):
    context = browser.new_context(viewport={"width": 1440, "height": 1000},
                                  locale="ru-RU" if lang == "ru" else "en-US")
    try:
        page = context.new_page()
        open_app(page, f"{app_url}/ltv?data=cdnow")
        assert h1(page) == ui_text("page.ltv", lang)
        studio.show_predicted_clv(page, lang)
        studio.charts_drawn(page)
        assert page.locator(studio.CHART).count() >= 4
        assert_no_exception(page, f"predicted CLV ({lang})")
    finally:
        context.close()
