"""Loading from every kind of source, with overrides, large-file paths and the report."""

from __future__ import annotations

import io
import tempfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from segcore.errors import InputError
from segcore.ingest import LoadReport, inspect_source, load_transactions
from tests.samples import CDNOW_SAMPLE

SMALL = "Клиент;Дата;Сумма\n00012;05.01.2024;1 234,50\nИванов;06.01.2024;-10,00\n"


def test_a_path_bytes_an_upload_and_a_string_path_load_the_same(tmp_path):
    path = tmp_path / "sales.csv"
    path.write_bytes(SMALL.encode("cp1251"))
    upload = io.BytesIO(SMALL.encode("cp1251"))
    upload.name = "sales.csv"
    upload.read(5)
    frames = [load_transactions(s).to_pandas() for s in (path, str(path), path.read_bytes(), upload)]
    for frame in frames:
        assert frame["customer_id"].tolist() == ["00012", "Иванов"]
        assert frame["amount"].tolist() == [1234.5, -10.0]


def test_the_table_has_exactly_the_canonical_columns_and_types():
    loaded = load_transactions(SMALL.encode())
    schema = loaded.table.schema()
    assert list(schema.names) == ["customer_id", "date", "amount"]
    assert [str(t) for t in schema.types] == ["string", "date", "float64"]
    frame = loaded.to_pandas()
    assert str(frame["date"].dtype).startswith("datetime64")
    assert frame["date"].tolist() == [pd.Timestamp(2024, 1, 5), pd.Timestamp(2024, 1, 6)]


def test_temporary_files_of_an_upload_are_removed_after_loading():
    before = set(Path(tempfile.gettempdir()).glob("segcore-ingest-*"))
    load_transactions(SMALL.encode())
    inspect_source(SMALL.encode())
    assert set(Path(tempfile.gettempdir()).glob("segcore-ingest-*")) <= before


def test_a_dataframe_loads_with_typed_and_text_columns():
    frame = pd.DataFrame(
        {
            "Client": ["007", "7", "007"],
            "When": pd.to_datetime(["2024-01-01 10:00", "2024-01-02 00:00", "2024-01-03 23:59"]),
            "Sum": ["1 000,50", "2,5", "(1,00)"],
            "Qty": [1, 2, 3],
        }
    )
    loaded = load_transactions(frame, mapping={"date": "When", "amount": "Sum"})
    result = loaded.to_pandas()
    assert result["customer_id"].tolist() == ["007", "7", "007"]
    assert result["amount"].tolist() == [1000.5, 2.5, -1.0]
    assert result["quantity"].tolist() == [1.0, 2.0, 3.0]
    assert loaded.report.details["format"] == "dataframe"


def _workbook(path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.active["A1"] = "nothing here"
    first = book.create_sheet("Jan")
    first.append(["Customer", "Date", "Amount"])
    first.append([12.0, datetime(2024, 1, 5, 13, 0), 10])
    first.append(["A", date(2024, 1, 6), 20.5])
    second = book.create_sheet("Feb")
    second.append(["Customer", "Date", "Amount"])
    second.append(["B", date(2024, 2, 1), 7])
    book.save(path)


def test_a_sheet_is_chosen_by_name_by_index_or_as_the_first_with_data(tmp_path):
    path = tmp_path / "book.xlsx"
    _workbook(path)
    default = load_transactions(path)
    assert default.report.details["sheet"] == "Jan"
    assert default.to_pandas()["customer_id"].tolist() == ["12", "A"]
    assert load_transactions(path, sheet="Feb").to_pandas()["amount"].tolist() == [7.0]
    assert load_transactions(path, sheet=2).report.details["sheet"] == "Feb"
    with pytest.raises(InputError) as caught:
        load_transactions(path, sheet="Mar")
    assert "Notes, Jan, Feb" in caught.value.message("en")
    assert inspect_source(path).sheets == ("Notes", "Jan", "Feb")


def test_a_workbook_given_as_bytes_an_unnamed_upload_or_a_file_without_extension_loads(tmp_path):
    path = tmp_path / "book.xlsx"
    _workbook(path)
    data = path.read_bytes()
    bare = tmp_path / "export"
    bare.write_bytes(data)
    for source in (data, io.BytesIO(data), bare):
        loaded = load_transactions(source)
        assert loaded.report.details["sheet"] == "Jan"
        assert loaded.to_pandas()["customer_id"].tolist() == ["12", "A"]
        assert loaded.to_pandas()["amount"].tolist() == [10.0, 20.5]


def test_an_explicit_mapping_picks_another_customer_column():
    text = "Client,Buyer,Date,Amount\na,x,2024-01-01,1\nb,x,2024-01-02,2\n"
    assert load_transactions(text.encode()).to_pandas()["customer_id"].nunique() == 2
    loaded = load_transactions(text.encode(), mapping={"customer_id": "Buyer"})
    assert loaded.to_pandas()["customer_id"].tolist() == ["x", "x"]
    assert loaded.mapping["customer_id"] == "Buyer"


def test_future_dates_count_against_the_given_today():
    text = b"customer,date,amount\na,2024-06-01,1\nb,2024-07-01,2\n"
    assert load_transactions(text, today=date(2024, 6, 15)).report.warnings["future_date"] == 1
    assert load_transactions(text, today=date(2024, 5, 1)).report.warnings["future_date"] == 2


def test_the_report_speaks_english_and_russian():
    report = load_transactions((CORPUS / "mixed_bad_rows.csv"), today=date(2025, 1, 1)).report
    english, russian = report.lines("en"), report.lines("ru")
    assert english[0] == "Read 9 rows, kept 2."
    assert russian[0] == "Прочитано строк: 9, загружено: 2."
    assert any("(rows 4, 9)" in line for line in english)
    assert any("(строки 4, 9)" in line for line in russian)
    assert len(english) == len(russian)


def test_the_report_refuses_rows_that_do_not_add_up():
    with pytest.raises(ValueError):
        LoadReport(rows_read=3, rows_kept=2, dropped={"bad_date": 0}, warnings={})


CORPUS = Path(__file__).parent / "corpus"


def _big_russian_file(path: Path, rows: int) -> tuple[float, int]:
    """Write a Windows-1251 file larger than the sample; give its total and customers."""
    lines = ["Отчёт по продажам", "Клиент;Дата;Сумма"]
    total = 0.0
    for i in range(rows):
        cents = (i * 7919) % 100000 - 20000
        total += cents / 100
        day = 1 + i % 12
        lines.append(
            f"Клиент {i % 97:03d};{day:02d}/{1 + i % 12:02d}/2024;{cents / 100:.2f}".replace(".", ",")
        )
    lines[-1] = lines[-1].replace("/12/2024", "/12/2024").replace(lines[-1].split(";")[1], "25/12/2024")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1251"))
    return total, 97


def test_a_large_windows_1251_file_is_re_encoded_and_its_date_order_read_from_all_rows(tmp_path):
    path = tmp_path / "big.csv"
    total, customers = _big_russian_file(path, 30000)
    assert path.stat().st_size > 256 * 1024
    assert inspect_source(path).date_order_source == "default_ru"
    loaded = load_transactions(path)
    frame = loaded.to_pandas()
    assert loaded.report.rows_kept == 30000
    assert frame["customer_id"].nunique() == customers
    assert frame["amount"].sum() == pytest.approx(total, abs=0.01)
    assert loaded.report.details["date_order_source"] == "data"
    assert frame["date"].max() == pd.Timestamp(2024, 12, 25)


def test_a_record_with_extra_cells_after_the_sample_is_dropped_with_its_line(tmp_path):
    lines = ["customer,date,amount"] + [f"c{i % 50},2024-01-{1 + i % 28:02d},1.5" for i in range(20000)]
    lines[15000] = "bad,2024-01-01,1,2,3"
    path = tmp_path / "long.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = load_transactions(path).report
    assert report.dropped["malformed_row"] == 1
    assert report.examples["malformed_row"] == (15001,)
    assert report.rows_read == 20000 and report.rows_kept == 19999


def test_a_quoted_line_break_after_the_sample_still_loads(tmp_path):
    lines = ["customer,date,amount,note"] + [f"c{i % 50},2024-01-{1 + i % 28:02d},2,x" for i in range(20000)]
    lines[18000] = 'q,2024-01-01,2,"two\nlines"'
    path = tmp_path / "quoted.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    loaded = load_transactions(path)
    assert loaded.report.rows_kept == 20000
    assert loaded.to_pandas()["amount"].sum() == 40000


def test_utf8_with_a_stray_windows_1251_byte_after_the_sample_still_loads(tmp_path):
    body = "".join(f"Клиент{i % 10};2024-01-01;1\n" for i in range(20000))
    data = ("Клиент;Дата;Сумма\n" + body).encode("utf-8") + "Пётр;2024-01-02;5\n".encode("cp1251")
    path = tmp_path / "mixed.csv"
    path.write_bytes(data)
    loaded = load_transactions(path)
    assert loaded.report.rows_kept == 20001
    frame = loaded.to_pandas()
    assert frame["amount"].sum() == 20005
    assert "Пётр" in set(frame["customer_id"])


def test_an_aligned_text_file_maps_id_date_and_amount_from_content():
    loaded = load_transactions(CDNOW_SAMPLE)
    frame = loaded.to_pandas()
    assert len(frame) == 6919 and frame["customer_id"].nunique() == 2357
    assert frame["amount"].sum() == pytest.approx(244091.94, abs=0.005)
    assert loaded.report.details["customer_candidates"] == ("column_1", "column_2")


def test_inspecting_gives_the_detected_dialect_and_what_is_missing():
    info = inspect_source(CORPUS / "ru_1c_cp1251.csv")
    assert (info.format, info.encoding, info.delimiter) == ("csv", "cp1251", ";")
    assert (info.decimal, info.thousands, info.date_format) == (",", "\u00a0", "dd.mm.yyyy")
    assert info.header_row == 4 and info.russian
    assert info.rows[0][0] == 'ООО "Альфа"' and len(info.rows) == 7
    missing = inspect_source(CORPUS / "no_amount_column.csv")
    assert missing.missing == ("amount",)
    assert missing.mapping == {"customer_id": "Клиент", "date": "Дата", "product": "Товар"}


def test_a_load_mapping_naming_a_missing_column_lists_the_columns_found():
    with pytest.raises(InputError) as caught:
        load_transactions(SMALL.encode(), mapping={"amount": "Итог"})
    assert caught.value.key == "ingest.mapping_missing_column"
    assert "«Итог»" in caught.value.message("ru") and "Клиент, Дата, Сумма" in caught.value.message("ru")


def test_blank_rows_inside_a_sheet_are_dropped_and_trailing_ones_not_read(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Клиент", "Дата", "Сумма"])
    sheet.append(["А", date(2024, 1, 1), 1])
    sheet.append([None, None, None])
    sheet.append(["Б", date(2024, 1, 2), 2])
    for row in range(5, 40):
        sheet.cell(row=row, column=1).number_format = "0.00"
    path = tmp_path / "blank.xlsx"
    book.save(path)
    report = load_transactions(path).report
    assert (report.rows_read, report.rows_kept, report.dropped["blank_row"]) == (3, 2, 1)
    assert report.examples["blank_row"] == (3,)


def test_a_missing_path_and_an_unknown_source_type_are_told_apart():
    with pytest.raises(InputError) as caught:
        load_transactions("/no/such/file.csv")
    assert caught.value.key == "ingest.not_found"
    with pytest.raises(TypeError):
        load_transactions(42)


def test_an_upload_named_xls_holding_old_excel_bytes_is_refused_with_advice():
    upload = io.BytesIO((CORPUS / "old_excel.xls").read_bytes())
    upload.name = "report.xls"
    with pytest.raises(InputError) as caught:
        load_transactions(upload)
    assert "report.xls" in caught.value.message("en")
    assert ".xlsx" in caught.value.message("ru")
