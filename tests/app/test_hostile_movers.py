"""The scenario comparison's movers files: hostile customer ids come back as inert text.

The movers workbook used to turn URL-looking ids into live links and the CSV let a cell
starting with a bare carriage return through; both are opened back here, made the way the
Scenarios page's one-click downloads make them.
"""

from __future__ import annotations

import csv
import io
import zipfile

import openpyxl
import pandas as pd

from segcore.report.customer_list import crm_frame, customer_list_csv, customer_list_xlsx
from segcore.report.guard import is_formula_like
from segcore.report.movers_list import scenario_mover_rows
from segcore.report.sales_list import sales_frame

HOSTILE = ("=1+1", '\r=HYPERLINK("http://x")', "\u200b=cmd", "@SUM(A1)", "http://evil", "www.evil.example")


def _movers() -> pd.DataFrame:
    frame = pd.DataFrame({"customer_id": list(HOSTILE)})
    for column in ("abc", "xyz", "abc_xyz", "quadrant"):
        frame[f"{column}_a"], frame[f"{column}_b"] = "A", "=B"
    frame["revenue"] = [float(n) for n in range(len(HOSTILE))]
    return frame


def _list(preset: str = "analyst") -> pd.DataFrame:
    return crm_frame(sales_frame(scenario_mover_rows(_movers()), preset=preset), "en")  # type: ignore[arg-type]


def test_the_movers_workbook_has_no_formula_and_no_link():
    data = customer_list_xlsx(_list(), "en", sheet="Movers")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        assert not any(b"<f>" in archive.read(n) or b"hyperlink" in archive.read(n).lower() for n in sheets)
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert all(cell.data_type != "f" and cell.hyperlink is None for cell in cells)
    texts = [cell.value for cell in cells if isinstance(cell.value, str)]
    assert not any(is_formula_like(text) for text in texts)
    assert {"'=1+1", "'\u200b=cmd", "'@SUM(A1)", "http://evil", "'=B"} <= set(texts)
    assert '\'_x000D_=HYPERLINK("http://x")' in texts  # the carriage return as the file stores it


def test_the_movers_csv_has_no_formula():
    text = customer_list_csv(_list("sales"), "en").decode("utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]
    assert not any(is_formula_like(cell) for cell in cells)
    assert '\'\r=HYPERLINK("http://x")' in cells and "'@SUM(A1)" in cells and "'=B" in cells
