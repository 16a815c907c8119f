"""Delimiter, header row below title lines, column names and encodings are found from a sample."""

from __future__ import annotations

import pytest

from segcore.errors import InputError
from segcore.ingest.encoding import detect_encoding, looks_binary
from segcore.ingest.header import column_names, find_header
from segcore.ingest.sniff import WHITESPACE, sniff_text


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("a;b;c\n1;2,5;3\n4;5,5;6\n", ";"),
        ('a,b,c\n1,"2,5",3\n4,5.5,6\n', ","),
        ("a\tb\tc\n1\t2\t3\n", "\t"),
        ("a|b|c\n1|2|3\n", "|"),
        ("x 1 19970101 2 29.33\ny 2 19970102 1 10.00\n", WHITESPACE),
    ],
)
def test_the_delimiter_is_the_one_giving_a_consistent_table(text, delimiter):
    assert sniff_text(text, complete=True).delimiter == delimiter


def test_title_lines_above_the_header_are_skipped_and_counted_as_lines():
    text = (
        "Продажи за период с 01.01.2024 по 31.12.2024\n"
        "Организация:;ООО Ромашка\n"
        "\n"
        "Клиент;Дата;Сумма;Товар\n"
        "А;01.01.2024;10,5;x\n"
        "Б;02.01.2024;20;y\n"
    )
    layout = sniff_text(text, complete=True)
    assert (layout.header_row, layout.skip_lines) == (4, 4)
    assert layout.names == ("Клиент", "Дата", "Сумма", "Товар")
    assert layout.rows[0] == ("А", "01.01.2024", "10,5", "x")


def test_a_file_without_header_starts_at_its_first_data_line():
    layout = sniff_text(" 00004 0001 19970101  2   29.33\n 00021 0002 19970101  3   63.34\n", complete=True)
    assert layout.header_row is None and layout.skip_lines == 0
    assert layout.names == tuple(f"column_{i}" for i in range(1, 6))


def test_text_without_columns_is_not_a_table():
    with pytest.raises(InputError) as caught:
        sniff_text("just one line of prose\nand another one\n", complete=True)
    assert caught.value.key == "ingest.not_a_table"


def test_a_two_line_merged_header_names_each_column_by_its_lowest_label():
    rows = [
        ["Отчёт", "", "", "", ""],
        ["Клиент", "Документ", "", "Товар", "Сумма"],
        ["", "Дата", "Номер", "", ""],
        ["А", "2024-01-05", "1", "x", "10"],
        ["Б", "2024-01-06", "2", "y", "20"],
    ]
    guess = find_header(rows)
    assert guess is not None and (guess.header, guess.data_start) == (1, 3)
    assert column_names(rows, guess, 5) == ("Клиент", "Дата", "Номер", "Товар", "Сумма")


def test_repeated_and_blank_names_are_made_unique():
    rows = [["Сумма", "", "Сумма"], ["1", "2", "3"], ["4", "5", "6"]]
    guess = find_header(rows)
    assert column_names(rows, guess, 3) == ("Сумма", "column_2", "Сумма (2)")


@pytest.mark.parametrize(
    ("data", "complete", "encoding"),
    [
        ("Клиент;Сумма".encode(), True, "utf-8"),
        (b"\xef\xbb\xbfid", True, "utf-8-sig"),
        ("Клиент;Сумма".encode("cp1251"), True, "cp1251"),
        ("id\tсумма".encode("utf-16"), True, "utf-16"),
        ("Клиент".encode()[:-1], False, "utf-8"),
        ("Клиент".encode()[:-1], True, "cp1251"),
    ],
)
def test_the_encoding_is_decided_from_the_bytes(data, complete, encoding):
    assert detect_encoding(data, complete=complete) == encoding


def test_binary_bytes_are_told_apart_from_text():
    assert looks_binary(bytes(range(256)) * 4, "cp1251")
    assert not looks_binary("Клиент;Дата\r\n".encode("cp1251") * 100, "cp1251")
