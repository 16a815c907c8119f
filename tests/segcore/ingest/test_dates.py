"""Date formats are recognised from the values, and day/month order from the data."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from segcore.ingest.dates import date_sql, detect_date_format, number_date_sql


@pytest.fixture(scope="module")
def con():
    connection = duckdb.connect()
    yield connection
    connection.close()


def read(con, text, fmt):
    return con.execute(f"SELECT {date_sql('x', fmt)} FROM (SELECT ?::VARCHAR AS x)", [text]).fetchall()[0][0]


@pytest.mark.parametrize(
    ("values", "russian", "label", "source"),
    [
        (["2024-01-05", "2024-02-01 10:00:00"], False, "yyyy-mm-dd", None),
        (["05.01.2024", "17.02.2024"], False, "dd.mm.yyyy", "data"),
        (["05.01.2024", "07.02.2024"], False, "dd.mm.yyyy", "convention"),
        (["05.01.24"], True, "dd.mm.yy", "convention"),
        (["13/01/2024", "01/02/2024"], False, "dd/mm/yyyy", "data"),
        (["01/13/2024", "02/01/2024"], True, "mm/dd/yyyy", "data"),
        (["01/02/2024", "03/04/2024"], True, "dd/mm/yyyy", "default_ru"),
        (["01/02/2024", "03/04/2024"], False, "mm/dd/yyyy", "default_en"),
        (["01-02-2024"], True, "dd-mm-yyyy", "default_ru"),
        (["19970101", "19971231"], False, "yyyymmdd", None),
        (["05-Jan-2024"], False, "dd-mon-yyyy", None),
        (["Jan 5, 2024"], False, "mon dd, yyyy", None),
    ],
)
def test_the_date_format_is_recognised_with_its_day_month_order(values, russian, label, source):
    fmt = detect_date_format(values, russian=russian)
    assert (fmt.label, fmt.order_source) == (label, source)


def test_excel_serial_numbers_count_as_dates_only_where_allowed():
    assert detect_date_format(["45292", "45323.5"], allow_serial=True).label == "excel serial"
    assert detect_date_format(["45292", "45323.5"]).kind == "none"


@pytest.mark.parametrize(
    ("values", "text", "expected"),
    [
        (["13/01/2024"], "05/03/2024", date(2024, 3, 5)),
        (["01/13/2024"], "05/03/2024", date(2024, 5, 3)),
        (["05.01.2024"], "5.1.2024", date(2024, 1, 5)),
        (["05.01.2024"], "01.02.2024 0:00:00", date(2024, 2, 1)),
        (["05.01.2024"], " 01.02.2024 ", date(2024, 2, 1)),
        (["05.01.2024"], "2024-02-01", date(2024, 2, 1)),
        (["05.01.24"], "31.12.99", date(1999, 12, 31)),
        (["2024-01-05"], "2024-01-05T23:59:59Z", date(2024, 1, 5)),
        (["19970101"], "19970230", None),
        (["05.01.2024"], "31.02.2024", None),
        (["05.01.2024"], "soon", None),
    ],
)
def test_a_date_text_reads_in_sql_to_its_calendar_day(con, values, text, expected):
    assert read(con, text, detect_date_format(values)) == expected


def test_excel_serial_text_and_numbers_read_as_days_since_1899_12_30(con):
    fmt = detect_date_format(["45292"], allow_serial=True)
    assert read(con, "45292", fmt) == date(2024, 1, 1)
    query = f"SELECT {number_date_sql('n')} FROM (SELECT ?::DOUBLE AS n)"
    assert con.execute(query, [45352.75]).fetchall()[0][0] == date(2024, 3, 1)
    assert con.execute(query, [20240105]).fetchall()[0][0] == date(2024, 1, 5)
