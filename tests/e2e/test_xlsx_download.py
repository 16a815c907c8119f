"""The XLSX action plan downloads in one click from the strategy page, with the segments the studio shows."""

from __future__ import annotations

import time

import openpyxl
import pytest

from segcore.i18n import t
from segcore.report import setting_label
from segcore.settings import Scenario
from tests.e2e.studio import STORE_EN, assert_no_exception, expected_counts, open_app, with_abc_a


def _sheet_rows(sheet) -> list[tuple]:
    return [row for row in sheet.iter_rows(values_only=True) if any(v is not None for v in row)]


def _check_action_plan(path, counts: dict[str, int], a: float) -> None:
    """Check the XLSX action plan: conclusions, at risk, summary with sizes and thresholds, plan, segments."""
    book = openpyxl.load_workbook(path, read_only=True)
    names = book.sheetnames
    sheets = ("conclusions", "at_risk", "summary", "playbook")
    assert names[:4] == [t(f"export.sheet.{sheet}", "en") for sheet in sheets], names
    summary = _sheet_rows(book[names[2]])
    sizes = {
        str(row[0]).split(" — ")[0]: row[1]
        for row in summary
        if row[0] and str(row[0])[:2] in counts and " — " in str(row[0])
    }
    assert sizes == counts, sizes
    totals = [row for row in summary if row[0] == t("export.report.total", "en")]
    assert totals and totals[0][1] == sum(counts.values()), totals
    settings = {row[0]: row[1] for row in summary if row[0]}
    assert settings[setting_label("abc_a", "en")] == pytest.approx(a)
    assert settings[setting_label("abc_b", "en")] == pytest.approx(Scenario().abc.b)
    plan = _sheet_rows(book[names[3]])
    planned = {str(row[0]).split(" — ")[0]: row[1] for row in plan[1:]}
    assert planned == {cell: n for cell, n in counts.items() if n > 0}, planned
    segment_sheets = {name.split(" ")[0]: name for name in names[4:]}
    assert set(segment_sheets) == {cell for cell, n in counts.items() if n > 0}, names
    for cell, name in segment_sheets.items():
        rows = _sheet_rows(book[name])
        assert len(rows) - 1 == counts[cell], (name, len(rows) - 1, counts[cell])
    book.close()


def test_the_action_plan_workbook_has_the_segments_and_thresholds_of_the_scenario(context, app_url, tmp_path):
    page = context.new_page()
    open_app(page, f"{app_url}/strategy?abc_a=0.7")
    download_button = page.locator(".st-key-export_xlsx button").first
    started = time.perf_counter()
    with page.expect_download(timeout=120_000) as info:
        download_button.click()  # one click: the file is written when asked for
    target = tmp_path / "action_plan.xlsx"
    info.value.save_as(target)
    print(f"\nclick to action plan XLSX: {time.perf_counter() - started:.2f} s")
    assert info.value.suggested_filename == "action_plan.xlsx"
    _check_action_plan(target, expected_counts(STORE_EN, with_abc_a(0.70)), 0.70)
    assert_no_exception(page, "strategy")
