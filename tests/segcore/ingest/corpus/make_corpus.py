"""Write the messy-file corpus: text files with exact bytes, workbooks, Parquet and gzip.

Run ``python tests/segcore/ingest/corpus/make_corpus.py`` to re-make every file in this
folder. Expected results for each file are in ``expected.json`` (worked out by hand).
"""

from __future__ import annotations

import gzip
import io
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pyarrow as pa
import pyarrow.parquet as pq

HERE = Path(__file__).parent
NBSP = "\u00a0"
NNBSP = "\u202f"

TEXT_FILES: dict[str, tuple[str, str]] = {
    "ru_1c_cp1251.csv": (
        "cp1251",
        (
            "Продажи за период с 01.01.2024 по 31.12.2024\r\n"
            'Организация: ООО "Ромашка"\r\n'
            "\r\n"
            "Контрагент;Дата;Номер документа;Номенклатура;Количество;Сумма\r\n"
            f'"ООО ""Альфа""";15.01.2024;ПР-0001;Бумага А4;10;1{NBSP}234,50\r\n'
            '"ООО ""Альфа""";20.02.2024;ПР-0002;Ручки;5;250,00\r\n'
            "ИП Петров;03.03.2024;ПР-0003;Бумага А4;2;246,90\r\n"
            f'"ЗАО ""Бета""";11.04.2024;ПР-0004;Тонер;1;12{NBSP}500,00\r\n'
            "ИП Петров;25.05.2024;ПР-0005;Ручки;-2;-100,00\r\n"
            '"ООО ""Альфа""";30.06.2024;ПР-0006;Папки;3;0,00\r\n'
            f"Итого;;;;19;14{NBSP}131,40\r\n"
        ),
    ),
    "us_dollars.csv": (
        "utf-8",
        (
            "Customer ID,Order Date,Order ID,Amount\n"
            'C-001,01/15/2024,1001,"$1,234.56"\n'
            "C-002,02/03/2024,1002,$89.99\n"
            'C-001,03/20/2024,1003,"$2,000.00"\n'
            "C-003,12/01/2024,1004,($25.00)\n"
            "C-002,07/04/2024,1005,$0.01\n"
        ),
    ),
    "swiss_apostrophe.csv": (
        "utf-8",
        (
            "customer;date;amount\n"
            "K1;05.01.2024;1'234.50\n"
            "K2;17.02.2024;99.95\n"
            "K1;28.02.2024;12'000.00\n"
            "K3;01.03.2024;0.05\n"
        ),
    ),
    "bom_utf8.csv": (
        "utf-8-sig",
        (
            "client,date,revenue\n"
            "Анна,2024-01-05,100.00\n"
            "Борис,2024-01-06T10:15:00,200.50\n"
            "Анна,2024-02-01 09:00:00,50.25\n"
        ),
    ),
    "tab_separated.tsv": (
        "utf-8",
        (
            "Customer\tDate\tProduct\tAmount\n"
            "A1\t2024-03-01\tWidget, large\t10.5\n"
            "A2\t2024-03-02\tGadget\t20\n"
            "A1\t2024-03-03\tWidget; small\t30.25\n"
        ),
    ),
    "pipe_separated.txt": (
        "utf-8",
        ("client|date|sum\nX|2024-05-01|1.5\nY|2024-05-02|2.5\nZ|2024-05-03|3\nX|2024-05-04|4\n"),
    ),
    "yyyymmdd.csv": (
        "utf-8",
        ("customer,date,amount\nc1,20240105,10.00\nc2,20240230,20.00\nc3,20241231,30.00\n"),
    ),
    "leading_zero_ids.csv": (
        "utf-8",
        (
            "customer;date;amount\n"
            "00012;01.01.2024;1,00\n"
            "12;02.01.2024;2,00\n"
            "0012;03.01.2024;3,00\n"
            " 00012 ;04.01.2024;4,00\n"
        ),
    ),
    "header_only.csv": ("utf-8", "customer,date,amount\n"),
    "no_amount_column.csv": (
        "utf-8",
        ("Клиент;Дата;Товар\nИванов;01.02.2024;Стол\nПетров;02.02.2024;Стул\n"),
    ),
    "all_dates_bad.csv": ("utf-8", ("customer,date,amount\na,soon,1\nb,yesterday,2\nc,n/a,3\n")),
    "mixed_bad_rows.csv": (
        "utf-8",
        (
            "customer;date;amount;comment\n"
            "A;01.03.2024;10,00;ok\n"
            ";02.03.2024;20,00;no customer\n"
            "B;31.02.2024;30,00;bad date\n"
            "C;03.03.2024;abc;bad amount\n"
            ";;;\n"
            "D;04.03.2024;40,00;ok\n"
            "Итого;;100,00;\n"
            "E;;50,00;missing date\n"
            "B;05.03.2024;;empty amount\n"
        ),
    ),
    "quoted_multiline.csv": (
        "utf-8",
        (
            "customer,date,amount,product\n"
            '"Smith, John",2024-01-01,10.00,"Line one\nline two"\n'
            '"O""Brien",2024-01-02,20.00,"A, B; C"\n'
            '"Smith, John",2024-01-03,"1,000.50",plain\n'
        ),
    ),
    "trailing_empty_columns.csv": (
        "utf-8",
        ("customer;date;amount;;;\nK1;01.02.2024;10,5;;;\nK2;02.02.2024;20,25;;;\nK1;03.02.2024;5;;;\n"),
    ),
    "duplicates.csv": (
        "utf-8",
        (
            "customer,date,amount,order_id\n"
            "a,2024-01-01,10,1\n"
            "a,2024-01-01,10,1\n"
            "b,2024-01-02,20,2\n"
            "a,2024-01-01,10,1\n"
            "b,2024-01-02,20,3\n"
        ),
    ),
    "future_dates.csv": (
        "utf-8",
        ("customer,date,amount\na,2024-12-31,1\nb,2025-01-01,2\nc,2025-01-02,3\nd,2030-06-01,4\n"),
    ),
    "returns_and_zeros.csv": (
        "utf-8",
        (
            "Клиент;Дата;Сумма\n"
            "А;01.03.2024;100,00\n"
            "А;02.03.2024;100,00-\n"
            "Б;03.03.2024;(50,00)\n"
            "Б;04.03.2024;0\n"
            "В;05.03.2024;0,00\n"
            "В;06.03.2024;\u221210,00\n"
        ),
    ),
    "ambiguous_dates_en.csv": (
        "utf-8",
        ("customer,date,amount\na,01/02/2024,1\nb,03/04/2024,2\nc,05/06/2024,3\n"),
    ),
    "ambiguous_dates_ru.csv": (
        "cp1251",
        ("Клиент;Дата;Сумма\nа;01/02/2024;1\nб;03/04/2024;2\nв;05/06/2024;3\n"),
    ),
    "aligned_with_header.txt": (
        "utf-8",
        (
            "Customer        Date          Amount\n"
            "Ivan Petrov     2024-01-05    12.50\n"
            "Anna Smith      2024-01-06    7.25\n"
            "Ivan Petrov     2024-02-01    100.00\n"
        ),
    ),
    "cdnow_like.txt": (
        "utf-8",
        (
            " 00004 0001 19970101  2   29.33\n"
            " 00004 0001 19970118  2   29.73\n"
            " 00021 0002 19970101  3   63.34\n"
            " 00021 0002 19970113  1   11.77\n"
            " 00050 0003 19970101  1   13.97\n"
            " 00071 0004 19970101  1   23.94\n"
        ),
    ),
    "utf16_unicode_text.txt": (
        "utf-16",
        ("Покупатель\tДата\tСумма\r\nОльга\t10.10.2024\t1 500,00\r\nИгорь\t11.10.2024\t250,50\r\n"),
    ),
    "english_totals.csv": (
        "utf-8",
        (
            "Customer,Date,Amount\n"
            "Acme,2024-01-05,100\n"
            "Beta,2024-01-06,50\n"
            "Subtotal,,150\n"
            "Gamma,2024-02-01,25\n"
            "Grand Total,,175\n"
        ),
    ),
    "two_digit_years.csv": ("utf-8", ("Клиент;Дата;Сумма\nа;05.01.24;10\nб;31.12.23;20\n")),
    "currency_marks.csv": (
        "utf-8",
        (
            "Клиент;Дата;Сумма\n"
            f"А;01.01.2024;1{NNBSP}234,50 ₽\n"
            "Б;02.01.2024;2 000 руб.\n"
            "В;03.01.2024;300р.\n"
            "Г;04.01.2024;45,5 RUB\n"
        ),
    ),
    "margin_crlf.csv": (
        "utf-8",
        ("Клиент;Дата;Выручка;Валовая прибыль\r\nА;01.01.2024;100,00;30,00\r\nБ;02.01.2024;200,00;50,00\r\n"),
    ),
    "online_retail_like.csv": (
        "utf-8",
        (
            "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
            "536365,85123A,WHITE HANGING HEART,6,12/1/2010 8:26,2.55,17850,United Kingdom\n"
            "536365,71053,WHITE METAL LANTERN,6,12/1/2010 8:26,3.39,17850,United Kingdom\n"
            "536366,22633,HAND WARMER,6,12/1/2010 8:28,1.85,17850,United Kingdom\n"
            "C536379,D,Discount,-1,12/1/2010 9:41,27.50,14527,United Kingdom\n"
            "536367,84879,BIRD ORNAMENT,32,12/13/2010 8:34,1.69,13047,United Kingdom\n"
            ",22728,ALARM CLOCK,24,12/1/2010 8:35,3.75,,United Kingdom\n"
        ),
    ),
    "empty.csv": ("utf-8", ""),
}

BINARY_FILES: dict[str, bytes] = {
    "garbage.bin": bytes((i * 37 + 11) % 256 for i in range(4096)),
    "old_excel.xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + b"Workbook" + bytes(512),
    "password_protected.xlsx": (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptedPackage".encode("utf-16-le") + bytes(512)
    ),
    "corrupt.xlsx": b"PK\x03\x04" + b"\x14\x00\x00\x00" + bytes(range(200)),
    "document.pdf": b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
}


def write_text_files() -> None:
    """Write the text files with their exact encodings."""
    for name, (encoding, text) in TEXT_FILES.items():
        (HERE / name).write_bytes(text.encode(encoding))
    for name, data in BINARY_FILES.items():
        (HERE / name).write_bytes(data)


def write_gzip_files() -> None:
    """Write gzip-compressed CSV files (UTF-8 and Windows-1251); fixed mtime for stable bytes."""
    plain = "customer_id,date,amount,order_id\n1,2024-01-01,10,A\n2,2024-01-02,20,B\n3,2024-01-03,30,C\n"
    russian = (
        "Клиент;Дата;Сумма\nИванов;01.02.2024;100,50\nПетров;02.02.2024;200,25\nСидоров;03.02.2024;1 000,00\n"
    )
    for name, data in (
        ("gzipped.csv.gz", plain.encode("utf-8")),
        ("gzipped_cp1251.csv.gz", russian.encode("cp1251")),
    ):
        buffer = io.BytesIO()
        with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as gz:
            gz.write(data)
        (HERE / name).write_bytes(buffer.getvalue())


def write_parquet_files() -> None:
    """Write one typed Parquet file and one with every column as text."""
    typed = pa.table(
        {
            "customer_id": pa.array(["007", "07", "7", "007"]),
            "date": pa.array([date(2024, 1, d) for d in (1, 2, 3, 4)], pa.date32()),
            "amount": pa.array([10.0, 20.0, 30.0, -5.0]),
            "quantity": pa.array([1, 2, 3, 1], pa.int64()),
        }
    )
    pq.write_table(typed, HERE / "typed.parquet")
    strings = pa.table(
        {
            "Клиент": ["A", "B", "A"],
            "Дата": ["01.02.2024", "15.02.2024", "31.03.2024"],
            "Сумма": [f"1{NBSP}234,50", "10,00", "0,50"],
        }
    )
    pq.write_table(strings, HERE / "text_columns.parquet")


def _workbook_report() -> openpyxl.Workbook:
    """Give a 1C-style Excel report: title rows, two-line merged header, totals, 2 sheets."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Продажи"
    sheet["A1"] = "Отчёт о продажах за 2024 год"
    sheet.merge_cells("A1:E1")
    sheet["A2"], sheet["B2"] = "Организация:", "ООО Ромашка"
    sheet["A4"], sheet["B4"], sheet["D4"], sheet["E4"] = "Клиент", "Документ", "Товар", "Сумма, руб."
    sheet["B5"], sheet["C5"] = "Дата", "Номер"
    for cells in ("A4:A5", "B4:C4", "D4:D5", "E4:E5"):
        sheet.merge_cells(cells)
    rows = [
        ("ООО Альфа", date(2024, 1, 15), "Р-001", "Бумага", 1234.5),
        ("ООО Бета", datetime(2024, 2, 3, 14, 30), "Р-002", "Тонер", 12500),
        (12, date(2024, 3, 10), "Р-003", "Ручки", 250.25),
        (None, None, None, None, None),
        ("ООО Альфа", date(2024, 4, 1), "Р-004", "Папки", -100),
        ("Итого", None, None, None, 13884.75),
    ]
    for offset, row in enumerate(rows):
        for col, value in enumerate(row, start=1):
            if value is not None:
                cell = sheet.cell(row=6 + offset, column=col, value=value)
                if isinstance(value, date):
                    cell.number_format = "DD.MM.YYYY"
    other = book.create_sheet("Справочник")
    other.append(["Код", "Название"])
    other.append(["A1", "Первый"])
    other.append(["A2", "Второй"])
    return book


def write_workbooks() -> None:
    """Write the Excel files."""
    _workbook_report().save(HERE / "excel_report.xlsx")
    serial = openpyxl.Workbook()
    sheet = serial.active
    sheet.append(["Client", "Date", "Amount"])
    for row in ((101.0, 45292, 100), (102, 45323, 200), (101, 45352.75, 300)):
        sheet.append(list(row))
    serial.save(HERE / "excel_serial_dates.xlsx")
    second = openpyxl.Workbook()
    second.active.title = "Титул"
    second.active["A1"] = "Выгрузка продаж"
    data = second.create_sheet("Данные")
    data.append(["Покупатель", "Дата продажи", "Сумма продажи"])
    data.append(["Иванов", date(2024, 6, 1), 500])
    data.append(["Петров", date(2024, 6, 2), 700.5])
    second.save(HERE / "excel_data_on_second_sheet.xlsx")


if __name__ == "__main__":
    write_text_files()
    write_gzip_files()
    write_parquet_files()
    write_workbooks()
