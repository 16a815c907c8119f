"""A click on a heatmap cell: the page scrolls to that cell's customers, listed and exported in one click.

The heatmap is drawn on a canvas, so the test clicks the middle of the chart (the middle
cell, whatever its code) and reads which cell was picked from the drill-down's heading; the
table and the one-click CSV / Excel must hold exactly that cell's customers as segcore
computes them. The time from the click on a download button to the file is printed.
"""

from __future__ import annotations

import io
import re
import time

import openpyxl
import pandas as pd
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from segcore.settings import Scenario
from tests.e2e.studio import STORE_EN, assert_no_exception, charts_drawn, open_app, segmenter, settle

BLOCK = ".st-key-matrix_drill"
HEATMAP = ".st-key-matrix_heatmap"


def _cell_members(cell: str) -> list[str]:
    seg = segmenter(STORE_EN).segment(Scenario())
    table = segmenter(STORE_EN).customers
    return sorted(table.loc[seg.cell == cell, "customer_id"].astype(str))


def _download(page, selector: str, target) -> float:
    """Click a download button, save the file to ``target``; give the seconds from click to file."""
    started = time.perf_counter()
    with page.expect_download(timeout=120_000) as info:
        page.locator(selector).first.click()
    info.value.save_as(target)
    return time.perf_counter() - started


def _picked_other(page, timeout: float) -> bool:
    try:
        page.wait_for_function(
            "(sel) => !document.querySelector(sel + ' h3').innerText.includes('Cell AX')",
            arg=BLOCK,
            timeout=timeout,
        )
    except PlaywrightTimeout:
        return False
    return True


def _click_a_cell(page) -> None:
    """Click inside the heatmap's squares (the middle, else near it) until another cell is picked."""
    for across, down in ((0.5, 0.55), (0.45, 0.65), (0.4, 0.45), (0.55, 0.75)):
        page.locator(HEATMAP).scroll_into_view_if_needed()
        box = page.locator(HEATMAP).bounding_box()
        assert box is not None
        page.mouse.click(box["x"] + box["width"] * across, box["y"] + box["height"] * down)
        settle(page)
        if _picked_other(page, 10_000):
            return
    raise AssertionError("no click on the heatmap picked a cell")


def test_a_click_on_a_cell_scrolls_to_its_customers_and_exports_them(context, app_url, tmp_path, artifacts):
    page = context.new_page()
    open_app(page, f"{app_url}/matrix")
    charts_drawn(page)
    heading = page.locator(f"{BLOCK} h3").first
    assert "Cell AX" in heading.inner_text()  # nothing clicked yet: the first cell
    _click_a_cell(page)
    picked = re.search(r"Cell ([ABC][XYZN])", heading.inner_text())
    assert picked, heading.inner_text()
    cell = picked.group(1)
    page.wait_for_timeout(1500)  # the smooth scroll
    top = page.locator(BLOCK).bounding_box()
    assert top is not None and -5 <= top["y"] < 200, top  # scrolled to the block
    members = _cell_members(cell)
    rows = page.locator(f"{BLOCK} [data-testid='stDataFrame']")
    assert rows.count() == 1
    page.screenshot(path=str(artifacts / "drill_scrolled.png"))
    seconds = _download(page, ".st-key-matrix_list_csv button", tmp_path / "cell.csv")
    listed = pd.read_csv(tmp_path / "cell.csv", encoding="utf-8-sig", dtype={"Customer ID": str})
    assert sorted(listed["Customer ID"]) == members
    assert set(listed["ABC×XYZ cell"]) == {cell}
    xlsx_seconds = _download(page, ".st-key-matrix_list_xlsx button", tmp_path / "cell.xlsx")
    book = openpyxl.load_workbook(io.BytesIO((tmp_path / "cell.xlsx").read_bytes()))
    assert sorted(str(row[0]) for row in book.active.iter_rows(min_row=2, values_only=True)) == members
    print(
        f"\ncell {cell}: {len(members)} customers; click to CSV {seconds:.2f} s, to XLSX {xlsx_seconds:.2f} s"
    )
    assert_no_exception(page, "matrix")
    page.locator(HEATMAP).scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "drill_outlined.png"))
