"""Exports: the formula guard, the action-plan workbook, per-segment CSV and the Markdown report."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl.utils import get_column_letter

from segcore.customers import CUSTOMER_COLUMNS, customer_table
from segcore.errors import InputError
from segcore.report import (
    FORMULA_TRIGGERS,
    action_plan_xlsx,
    column_label,
    markdown_report,
    safe_cell,
    segment_csv,
    segment_sizes,
    setting_label,
    setting_value,
)
from segcore.i18n import LANGUAGES, catalogue
from segcore.classify.matrix import abc_xyz_summary
from segcore.report.playbook import ALL_CODES, Playbook, default_card
from segcore.classify.segmentation import Segmenter
from segcore.settings import Scenario

ROOT = Path(__file__).resolve().parents[2]
BOM = b"\xef\xbb\xbf"
SETTINGS = {"aggregation_grain": "M", "abc_a": "0.8", "abc_b": "0.95", "xyz_x": "1"}
# AX: 00012 and "=1+1"; CZ: "-7"; BY: "+79161234567"; CN: "@home"; no code: "Ольга".
CELLS = ["AX", "AX", "CZ", "BY", "CN", None]


@pytest.fixture
def customers() -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "customer_id": ["00012", "=1+1", "-7", "+79161234567", "@home", "Ольга"],
            "revenue": [1200.5, 800.0, -15.25, 300.0, 50.0, 10.0],
            "orders": [12, 8, 1, 3, 1, 1],
            "first_purchase": pd.to_datetime(
                ["2023-01-05", "2023-02-01", "2023-06-30", "2023-03-15", "2024-05-01", None]
            ),
            "recency_days": [3, 40, 200, 15, 60, 90],
            "avg_check": [110.0, 100.0, 10.0, 100.0, 50.0, 10.0],
            "cv": [0.2, 0.4, np.nan, 1.5, np.nan, np.nan],
            "name": ["ООО «Ромашка»", '=HYPERLINK("http://x","click")', "+SUM(1)", "@cmd",
                     "\t=2", "Plain | text"],
        }
    )  # fmt: skip
    frame["customer_id"] = frame["customer_id"].astype("str")
    return frame


def load(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def rows_of(sheet) -> list[tuple]:
    return [row for row in sheet.iter_rows(values_only=True) if any(v is not None for v in row)]


def is_guarded(text: str) -> bool:
    """Tell whether a text cannot start a formula: apostrophe first, or no trigger in front."""
    stripped = text.lstrip()
    return text[:1] not in ("\t", "\r") and stripped[:1] not in ("=", "+", "-", "@")


# --- safe_cell ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@x", "'@x"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("  =1+1", "'  =1+1"),
        (" \tabc", "' \tabc"),
        ("＝1+1", "'＝1+1"),
        ("plain text", "plain text"),
        ("Иван Петров", "Иван Петров"),
        ("ООО «Ромашка» = лучшие", "ООО «Ромашка» = лучшие"),
        ("a-b", "a-b"),
        ("'=already", "'=already"),
        ("", ""),
    ],
)
def test_safe_cell_guards_text_that_a_spreadsheet_would_run(value, expected):
    assert safe_cell(value) == expected


@pytest.mark.parametrize("value", [-2, -2.5, 0, 3, np.float64(-7.25), np.int64(-1), True, None])
def test_safe_cell_leaves_numbers_alone_so_a_negative_number_stays_a_number(value):
    assert safe_cell(value) is value


def test_safe_cell_leaves_dates_alone():
    day = date(2024, 1, 31)
    assert safe_cell(day) is day


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(["=", "+", "-", "@", "\t", "\r", " ", "\n", "a", "Ж", "'"])
        | st.characters(),
        max_size=12,
    )
)
def test_no_text_through_safe_cell_begins_with_a_formula_trigger(text):
    guarded = safe_cell(text)
    assert guarded in (text, "'" + text)
    assert guarded[:1] not in FORMULA_TRIGGERS
    assert guarded.lstrip()[:1] not in ("=", "+", "-", "@", "＝", "＋", "－", "＠")
    assert safe_cell(guarded) == guarded


# --- labels --------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_customer_table_column_and_segment_column_has_a_label(lang):
    extra = ("abc", "xyz", "cell", "quadrant", "loyalty", "clv", "p_alive", "segment")
    for column in (*CUSTOMER_COLUMNS, *extra):
        assert column_label(column, lang) != column
    assert column_label("revenue", "en") == "Revenue"
    assert column_label("revenue", "ru") == "Выручка"
    assert column_label("recency_days", "ru") == "Дней с последней покупки"
    assert column_label("loyalty_member", lang) == "loyalty_member"


def test_every_export_key_has_both_languages():
    keys = [k for k in catalogue() if k.startswith("export.")]
    assert all(all(catalogue()[k].get(lang, "").strip() for lang in LANGUAGES) for k in keys)


def test_every_scenario_setting_has_a_label_and_named_options_read_as_words():
    for key, value in Scenario().to_flat_dict().items():
        assert setting_label(key, "ru") != key
        assert setting_value(key, value, "en") != "" and setting_value(key, value, "ru") != ""
    assert setting_value("aggregation_grain", "Q", "ru") == "квартал"
    assert setting_value("aggregation_as_of", "", "en") == "last date in the data"
    assert setting_value("abc_a", "0.8", "ru") == "0.8"
    assert setting_label("mystery_key", "en") == "mystery_key"


# --- segment sizes -----------------------------------------------------------------------------


def test_segment_sizes_count_customers_and_revenue_with_every_cell_in_order(customers):
    sizes = segment_sizes(customers, CELLS).set_index("segment", drop=False)
    assert list(sizes["segment"][:12]) == list(ALL_CODES[:12])
    assert sizes.loc["AX", "customers"] == 2
    assert sizes.loc["AX", "revenue"] == pytest.approx(2000.5)
    assert sizes.loc["AX", "revenue_share"] == pytest.approx(2000.5 / 2345.25)
    assert sizes.loc["CZ", "revenue"] == pytest.approx(-15.25)
    assert sizes.loc["AY", "customers"] == 0
    assert sizes["segment"].iloc[-1] is None and sizes["customers"].iloc[-1] == 1
    assert sizes["customers"].sum() == len(customers)


def test_int_codes_and_letters_give_the_same_sizes(customers):
    letters = [*CELLS[:5], "CN"]
    codes = np.array([0, 0, 10, 5, 11, 11], dtype=np.int8)  # abc * 4 + xyz
    pd.testing.assert_frame_equal(segment_sizes(customers, letters), segment_sizes(customers, codes))


# --- XLSX --------------------------------------------------------------------------------------


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
    cz = book["CZ Небольшие и эпизодические"]
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


# --- CSV ---------------------------------------------------------------------------------------


def read_csv(data: bytes, sep: str, decimal: str) -> pd.DataFrame:
    return pd.read_csv(io.BytesIO(data), sep=sep, decimal=decimal, encoding="utf-8-sig",
                       dtype={"Customer ID": str, "ID клиента": str, "name": str},
                       keep_default_na=False, na_values=[""])  # fmt: skip


def test_russian_csv_uses_semicolons_decimal_commas_and_a_byte_order_mark(customers):
    table = customers.assign(cell=CELLS)
    data = segment_csv(table, "AX", "ru")
    assert data.startswith(BOM) and b"\r\n" in data
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("ID клиента;Выручка;Заказы;Первая покупка")
    assert "1200,5" in text and "05.01.2023" in text
    back = read_csv(data, ";", ",")
    assert list(back["ID клиента"]) == ["00012", "'=1+1"]
    assert list(back["Выручка"]) == [1200.5, 800.0]
    assert list(back["Заказы"]) == [12, 8]
    assert back["name"].iloc[1] == '\'=HYPERLINK("http://x","click")'


def test_english_csv_uses_commas_and_decimal_points_and_keeps_negative_numbers(customers):
    table = customers.assign(cell=CELLS)
    data = segment_csv(table, None, "en")
    assert data.startswith(BOM)
    back = read_csv(data, ",", ".")
    assert len(back) == len(customers)
    assert back["Revenue"].tolist() == customers["revenue"].tolist()
    assert back["Revenue"].dtype == float and back["Revenue"].iloc[2] == -15.25
    assert back["Customer ID"].tolist() == ["00012", "'=1+1", "'-7", "'+79161234567", "'@home",
                                            "Ольга"]  # fmt: skip
    assert back["First purchase"].iloc[0] == "2023-01-05"
    assert back["name"].tolist()[2:5] == ["'+SUM(1)", "'@cmd", "'\t=2"]


def test_csv_rows_can_be_chosen_by_mask_code_list_or_group_letter(customers):
    table = customers.assign(cell=CELLS, abc=[None if c is None else c[0] for c in CELLS])

    def ids(data: bytes) -> list[str]:
        return read_csv(data, ",", ".")["Customer ID"].tolist()

    mask = customers["revenue"] > 100
    assert ids(segment_csv(table, mask, "en")) == ["00012", "'=1+1", "'+79161234567"]
    assert ids(segment_csv(table, ["CZ", "CN"], "en")) == ["'-7", "'@home"]
    assert ids(segment_csv(table, "C", "en")) == ["'-7", "'@home"]
    assert ids(segment_csv(table, [], "en")) == []
    with pytest.raises(InputError):
        segment_csv(customers, "III", "en")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\t;,\""),
                        min_size=1, max_size=15), min_size=1, max_size=5),
       st.sampled_from(LANGUAGES))  # fmt: skip
def test_any_text_comes_back_from_csv_as_its_guarded_form(names, lang):
    frame = pd.DataFrame({"customer_id": [f"c{i}" for i in range(len(names))], "name": names})
    data = segment_csv(frame, None, lang)
    back = pd.read_csv(io.BytesIO(data), sep=";" if lang == "ru" else ",", encoding="utf-8-sig",
                       dtype=str, keep_default_na=False)  # fmt: skip
    assert back["name"].tolist() == [safe_cell(name) for name in names]
    assert all(is_guarded(text) for text in back["name"])


# --- Markdown ----------------------------------------------------------------------------------


def test_the_markdown_report_names_every_segment_and_plans_the_non_empty_ones(customers):
    sizes = segment_sizes(customers, CELLS)
    edits = Playbook({"AX": {"title": "Anchors | key"}})
    text = markdown_report(sizes, SETTINGS, edits, "en", source="sales.csv", customers=6,
                           revenue=2345.25, top_share=0.853)  # fmt: skip
    for code in ALL_CODES[:12]:
        assert f"| {code} |" in text
    assert "| — | Not classified |" in text
    assert "Anchors \\| key" in text
    assert "- **Customers:** 6" in text and "- **Revenue:** 2,345.25" in text
    assert "85.3 %" in text
    assert "| ABC: group A closes at (share) | 0.8 |" in text
    assert "| Period for regularity | month |" in text
    plans = re.findall(r"^### (\w+) — ", text, flags=re.MULTILINE)
    assert plans == ["AX", "BY", "CZ", "CN"]
    assert "| CZ | Small and occasional | 1 | -15.25 |" in text
    for action in default_card("BY", "en").actions:
        assert f"- {action}" in text


def test_the_russian_report_speaks_russian_and_uses_decimal_commas(customers):
    sizes = segment_sizes(customers, CELLS)
    text = markdown_report(sizes, SETTINGS, None, "ru", revenue=2345.25)
    assert text.startswith("# План действий по сегментам ABC×XYZ")
    assert "2\u00a0345,25" in text and "| ABC: граница группы A (доля) | 0,8 |" in text
    assert f"### AX — {default_card('AX', 'ru').title} (2)" in text


def test_a_quadrant_report_comes_from_the_quadrant_codes(customers):
    sizes = segment_sizes(customers, ["I", "II", "III", "IV", "I", "I"], "quadrant")
    text = markdown_report(sizes, {}, None, "en")
    assert text.startswith("# Action plan by loyalty × profit quadrant")
    assert re.findall(r"^### (\w+) — ", text, flags=re.MULTILINE) == ["I", "II", "III", "IV"]
    assert "Default settings." in text


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
