"""Numbers in Russian, US and Swiss writing are read the same in Python and in DuckDB SQL."""

from __future__ import annotations

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from segcore.ingest.numbers import NumberFormat, detect_number_format, number_sql, parse_number

RU = NumberFormat(decimal=",", thousands="\u00a0")
US = NumberFormat(decimal=".", thousands=",")
DE = NumberFormat(decimal=",", thousands=".")
CH = NumberFormat(decimal=".", thousands="'")

CASES = [
    (RU, "1\u00a0234,50", 1234.5),
    (RU, "1\u202f234,5", 1234.5),
    (RU, "12 500,00", 12500.0),
    (RU, "-100,00", -100.0),
    (RU, "100,00-", -100.0),
    (RU, "(50,00)", -50.0),
    (RU, "\u221210,5", -10.5),
    (RU, "2 000 руб.", 2000.0),
    (RU, "300р.", 300.0),
    (RU, "1 234,50 ₽", 1234.5),
    (RU, "45,5 RUB", 45.5),
    (RU, "1,234", 1.234),
    (US, "$1,234.56", 1234.56),
    (US, "($25.00)", -25.0),
    (US, "1,234", 1234.0),
    (US, "USD 12", 12.0),
    (US, "€5.5", 5.5),
    (DE, "1.234,50", 1234.5),
    (DE, "1.234", 1234.0),
    (CH, "1'234.50", 1234.5),
    (CH, "12'000", 12000.0),
    (US, "1.234,50", 1234.5),
    (RU, "1,234.50", 1234.5),
]
NOT_NUMBERS = ["", "abc", "nan", "inf", "-", "руб.", "12abc", "1e400"]


@pytest.fixture(scope="module")
def con():
    connection = duckdb.connect()
    yield connection
    connection.close()


def sql_number(con, text, fmt):
    return con.execute(f"SELECT {number_sql('x', fmt)} FROM (SELECT ?::VARCHAR AS x)", [text]).fetchall()[0][
        0
    ]


@pytest.mark.parametrize(("fmt", "text", "value"), CASES)
def test_a_written_number_reads_as_its_value_in_python_and_sql(con, fmt, text, value):
    assert parse_number(text, fmt) == pytest.approx(value)
    assert sql_number(con, text, fmt) == pytest.approx(value)


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_text_that_is_not_a_number_reads_as_missing(con, text):
    assert parse_number(text, RU) is None
    value = sql_number(con, text, RU)
    assert value is None or value != value or abs(value) == float("inf")


def test_the_format_is_decided_from_the_separators_in_the_values():
    assert detect_number_format(["1\u00a0234,50", "12,5"]) == NumberFormat(",", "\u00a0")
    assert detect_number_format(["$1,234.56", "12.00"]) == NumberFormat(".", ",")
    assert detect_number_format(["1'234.50", "12.30"]) == NumberFormat(".", "'")
    assert detect_number_format(["1.234,50", "7,25"]) == NumberFormat(",", ".")
    assert detect_number_format(["12", "15"]) == NumberFormat(".", "")


def test_a_lone_three_digit_group_is_thousands_in_english_and_decimals_in_russian():
    assert detect_number_format(["1,234", "5,678"]) == NumberFormat(".", ",")
    assert detect_number_format(["1,234", "5,678"], russian=True) == NumberFormat(",", "")


@settings(max_examples=60, deadline=None)
@given(
    cents=st.integers(min_value=-(10**11), max_value=10**11),
    fmt=st.sampled_from([RU, US, DE, CH, NumberFormat(",", " "), NumberFormat(".", "")]),
)
def test_any_amount_written_in_a_format_reads_back_to_the_cent(con, cents, fmt):
    whole, frac = divmod(abs(cents), 100)
    grouped = f"{whole:,}".replace(",", fmt.thousands or "")
    text = f"{'-' if cents < 0 else ''}{grouped}{fmt.decimal}{frac:02d}"
    assert parse_number(text, fmt) == pytest.approx(cents / 100, abs=1e-9)
    assert sql_number(con, text, fmt) == pytest.approx(cents / 100, abs=1e-9)
