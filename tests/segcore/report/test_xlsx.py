"""The action-plan workbook: summary, plan and segment sheets, typed cells, no formulas; CDNOW."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime

import pandas as pd
import pytest
from export_cases import CELLS, ROOT, SETTINGS, is_guarded, load, read_csv, rows_of
from openpyxl.utils import get_column_letter

from segcore.classify.matrix import abc_xyz_summary
from segcore.classify.segmentation import Segmenter
from segcore.customers import customer_table
from segcore.errors import InputError
from segcore.report.csv_export import segment_csv
from segcore.report.playbook import Playbook, default_card
from segcore.report.xlsx import action_plan_xlsx
from segcore.settings import Scenario


def test_the_workbook_has_a_summary_a_plan_and_one_sheet_per_non_empty_segment(customers):
    book = load(action_plan_xlsx(customers, CELLS, None, SETTINGS, Playbook(), "en"))
    assert book.sheetnames == [
        "Summary",
        "Action plan",
        "AX Backbone accounts",
        "BY Middle, with swings",
        "CZ Small and occasional",
        "CN New small buyers",
        "Not classified",
    ]
    expected = {"AX": {"00012", "'=1+1"}, "BY": {"'+79161234567"}, "CZ": {"'-7"},
                "CN": {"'@home"}, "Not": {"Ольга"}}  # fmt: skip
    for name in book.sheetnames[2:]:
        rows = rows_of(book[name])
        assert rows[0][0] == "Customer ID"
        assert {row[0] for row in rows[1:]} == expected[name.split()[0]]


def test_segment_sheets_keep_ids_as_text_numbers_as_numbers_and_a_usable_header(customers):
    book = load(action_plan_xlsx(customers, CELLS, None, SETTINGS, Playbook(), "ru"))
    sheet = book["AX Опорные клиенты"]
    header = [cell.value for cell in sheet[1]]
    assert header[:3] == ["ID клиента", "Ячейка ABC×XYZ", "Выручка"]
    assert "Дней с последней покупки" in header and "name" in header
    first = {h: cell for h, cell in zip(header, sheet[2], strict=True)}
    assert first["ID клиента"].value == "00012" and first["ID клиента"].data_type == "s"
    assert first["Выручка"].value == 1200.5 and first["Выручка"].number_format == "#,##0.00"
    assert first["Первая покупка"].value == datetime(2023, 1, 5)
    assert first["Первая покупка"].number_format == "dd.mm.yyyy"
    assert first["Коэффициент вариации выручки"].number_format == "0.0%"
    assert sheet.freeze_panes == "B2"
    assert sheet.auto_filter.ref == f"A1:{get_column_letter(len(header))}3"
    cz = book["CZ Мелкие и эпизодические"]
    revenue = cz.cell(row=2, column=3)
    assert revenue.value == -15.25 and revenue.data_type == "n"


def test_formula_like_text_is_stored_as_guarded_text_and_no_cell_is_a_formula(customers):
    data = action_plan_xlsx(customers, CELLS, None, {"note": "=cmd|' /C calc'!A0"}, None, "en",
                            source="=WEBSERVICE(\"http://x\")")  # fmt: skip
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets and not any(b"<f>" in archive.read(n) or b"<f " in archive.read(n)
                                  for n in sheets)  # fmt: skip
    book = load(data)
    texts = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f"
                if isinstance(cell.value, str):
                    texts.append(cell.value)
    assert all(is_guarded(text) for text in texts)
    assert {'\'=HYPERLINK("http://x","click")', "'+SUM(1)", "'@cmd", "'\t=2"} <= set(texts)
    assert '\'=WEBSERVICE("http://x")' in texts and "'=cmd|' /C calc'!A0" in texts


def test_the_summary_shows_sizes_and_the_thresholds_used(customers):
    data = action_plan_xlsx(customers, CELLS, None, SETTINGS, Playbook(), "en",
                            source="sales_2024.csv", created=date(2025, 3, 1))  # fmt: skip
    rows = rows_of(load(data)["Summary"])
    by_label = {row[0]: row[1:] for row in rows}
    assert rows[0][0] == "Action plan by ABC×XYZ segment"
    assert by_label["Created"][0] == datetime(2025, 3, 1)
    assert by_label["Data source"][0] == "sales_2024.csv"
    assert by_label["ABC: group A closes at (share)"][0] == 0.8
    assert by_label["ABC: group B closes at (share)"][0] == 0.95
    assert by_label["XYZ: largest CV of group X"][0] == 1
    assert by_label["Period for regularity"][0] == "month"
    ax = by_label["AX — Backbone accounts"]
    assert ax[0] == 2 and ax[1] == pytest.approx(2 / 6)
    assert ax[2] == pytest.approx(2000.5) and ax[3] == pytest.approx(2000.5 / 2345.25)
    assert by_label["AY — Large, with swings"][0] == 0
    assert by_label["Total"][0] == 6 and by_label["Total"][2] == pytest.approx(2345.25)


def test_the_plan_sheet_has_one_row_per_classified_segment_with_edits_guarded(customers):
    book_edits = Playbook({"CZ": {"title": "=Tail", "actions": ["Call", "-Mail"]}})
    book = load(action_plan_xlsx(customers, CELLS, None, {}, book_edits, "en"))
    rows = rows_of(book["Action plan"])
    assert rows[0][:5] == ("Segment", "Customers", "In short", "Goal", "Actions")
    assert [row[0].split(" — ")[0] for row in rows[1:]] == ["AX", "BY", "CZ", "CN"]
    assert [row[1] for row in rows[1:]] == [2, 1, 1, 1]
    assert rows[1][3] == default_card("AX", "en").goal
    assert rows[1][4].count("•") == len(default_card("AX", "en").actions)
    cz = rows[3]
    assert cz[0] == "CZ — =Tail" and cz[4] == "• Call\n• -Mail"
    assert "CZ =Tail" in book.sheetnames


def test_sheet_names_are_short_unique_and_free_of_forbidden_characters(customers):
    long_title = "Key/accounts: [top]* or? \\ not — a very long title indeed"
    edits = Playbook({"AX": {"title": long_title}, "BY": {"title": long_title}})
    names = load(action_plan_xlsx(customers, CELLS, None, {}, edits, "en")).sheetnames
    assert len(set(n.casefold() for n in names)) == len(names)
    assert all(len(n) <= 31 and not re.search(r"[\[\]:*?/\\]", n) for n in names)
    assert names[2].startswith("AX Key accounts top")


def test_quadrant_codes_matched_by_customer_id_give_quadrant_sheets(customers):
    codes = pd.DataFrame({"customer_id": customers["customer_id"][::-1].to_numpy(),
                          "quadrant": ["I", "I", "II", "IV", "III", "III"]})  # fmt: skip
    book = load(action_plan_xlsx(customers, codes, None, {}, None, "en", segment_kind="quadrant"))
    assert book.sheetnames[2:] == ["I Entry flow", "II Stars in reserve", "III The core",
                                   "IV Valuable but uncommitted"]  # fmt: skip
    core = rows_of(book["III The core"])
    assert [row[0] for row in core[1:]] == ["00012", "'=1+1"]
    assert rows_of(book["Summary"])[0][0] == "Action plan by loyalty × profit quadrant"


def test_a_summary_from_the_matrix_is_accepted(customers):
    cells = [*CELLS[:5], "CN"]
    matrix = abc_xyz_summary([c[0] for c in cells], [c[1] for c in cells], customers["revenue"])
    rows = rows_of(load(action_plan_xlsx(customers, cells, matrix, {}, None, "en"))["Summary"])
    cn = next(row for row in rows if str(row[0]).startswith("CN —"))
    assert cn[1] == 2 and cn[3] == pytest.approx(60.0)


def test_codes_that_do_not_fit_the_rows_are_refused(customers):
    with pytest.raises(InputError) as caught:
        action_plan_xlsx(customers, None, None, {}, None, "en")
    assert caught.value.key == "export.error.missing_column"
    with pytest.raises(ValueError):
        action_plan_xlsx(customers, CELLS[:3], None, {}, None, "en")
    with pytest.raises(ValueError):
        action_plan_xlsx(customers, ["AX"] * 5 + ["I"], None, {}, None, "en")


# --- real data ---------------------------------------------------------------------------------


def test_the_cdnow_sample_exports_every_customer_into_the_sheet_of_its_cell():
    raw = pd.read_csv(ROOT / "sample_data" / "cdnow" / "CDNOW_sample.txt", sep=r"\s+",
                      header=None, names=["master", "customer_id", "date", "quantity", "amount"],
                      dtype={"customer_id": str, "date": str})  # fmt: skip
    raw["date"] = pd.to_datetime(raw["date"], format="%Y%m%d").dt.date
    table = customer_table(raw[["customer_id", "date", "amount"]])
    scenario = Scenario()
    result = Segmenter(table).segment(scenario)
    data = action_plan_xlsx(table, result.cell, result.matrix, scenario.to_flat_dict(),
                            Playbook(), "ru")  # fmt: skip
    book = load(data)
    counts = dict(zip(result.matrix["cell"], result.matrix["customers"], strict=True))
    seen = 0
    for name in book.sheetnames[2:]:
        sheet = book[name]
        code = name.split()[0]
        assert sheet.max_row - 1 == counts[code]
        seen += sheet.max_row - 1
    assert seen == len(table) == 2357
    assert len(rows_of(book["План действий"])) - 1 == sum(1 for n in counts.values() if n)
    csv = read_csv(segment_csv(table.assign(cell=result.cell), "CZ", "ru"), ";", ",")
    assert len(csv) == counts["CZ"]
    assert csv["Выручка"].sum() == pytest.approx(
        table["revenue"][result.cell == "CZ"].sum(), abs=0.01 * counts["CZ"]
    )


def test_segment_sheets_in_the_sales_preset_have_the_sales_columns(customers):
    book = load(action_plan_xlsx(customers, CELLS, None, SETTINGS, Playbook(), "en", columns="sales"))
    rows = rows_of(book["AX Backbone accounts"])
    assert rows[0] == (
        "Customer ID",
        "ABC×XYZ cell",
        "Next action",
        "Priority (1 = first)",
        "Owner",
        "Revenue",
    )
    assert [row[0] for row in rows[1:]] == ["00012", "'=1+1"]  # largest revenue first, guarded
    assert {row[2] for row in rows[1:]} == {default_card("AX", "en").actions[0]}
    assert {row[3] for row in rows[1:]} == {1}
    assert {row[4] for row in rows[1:]} == {None}
    assert rows_of(book["CZ Small and occasional"])[1][3] == 4
