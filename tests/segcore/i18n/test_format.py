"""Numbers, money, shares, dates and word forms are written the way each language reads them."""

from __future__ import annotations

from datetime import date, datetime

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from segcore.i18n import plural as catalogue_plural
from segcore.i18n.format import (
    MISSING,
    NBSP,
    date_pattern,
    decimal_sign,
    fmt_date,
    fmt_figure,
    fmt_int,
    fmt_money,
    fmt_number,
    fmt_percent,
    fmt_plain,
    is_missing,
    localized,
    plural,
    spreadsheet_date_format,
    thousands_sign,
)


def test_russian_numbers_use_no_break_spaces_and_a_decimal_comma():
    assert fmt_number(1234567.84, "ru") == f"1{NBSP}234{NBSP}567,8"
    assert fmt_int(1234567, "ru") == f"1{NBSP}234{NBSP}567"
    assert fmt_percent(0.4234, "ru") == f"42,3{NBSP}%"


def test_english_numbers_use_commas_and_a_decimal_point():
    assert fmt_number(1234567.84, "en") == "1,234,567.8"
    assert fmt_int(1234567, "en") == "1,234,567"
    assert fmt_percent(0.4234, "en") == f"42.3{NBSP}%"


def test_money_keeps_cents_only_for_small_amounts():
    assert fmt_money(12.5, "en") == "12.50"
    assert fmt_money(1234.5, "ru") == f"1{NBSP}234"


def test_dates_are_day_first_in_russian_and_iso_in_english():
    assert fmt_date(date(2024, 3, 5), "ru") == "05.03.2024"
    assert fmt_date(pd.Timestamp("2024-03-05 13:00"), "en") == "2024-03-05"


def test_missing_values_show_a_dash():
    assert fmt_number(None, "en") == fmt_percent(float("nan"), "ru") == fmt_date(pd.NaT, "ru") == "—"


@settings(max_examples=60, deadline=None)
@given(st.floats(-1e12, 1e12, allow_nan=False), st.integers(0, 3))
def test_both_languages_write_the_same_number(value, digits):
    english = fmt_number(value, "en", digits).replace(",", "")
    russian = fmt_number(value, "ru", digits).replace(NBSP, "").replace(",", ".")
    assert english == russian
    assert abs(float(english) - value) <= 0.5 * 10**-digits + 1e-9 * abs(value)


# --- hand-checked values ----------------------------------------------------------------------


def test_negative_numbers_and_numbers_that_round_to_zero():
    assert fmt_number(-1234.5, "ru", 2) == f"-1{NBSP}234,50"
    assert fmt_number(-1234.5, "en", 2) == "-1,234.50"
    assert fmt_number(-0.004, "en", 2) == "0.00"
    assert fmt_number(-0.04, "ru", 1) == "0,0"
    assert fmt_percent(-0.0001, "en") == f"0.0{NBSP}%"


def test_whole_numbers_are_written_exactly_however_large():
    assert fmt_int(12_345_678_901_234_567_891, "en") == "12,345,678,901,234,567,891"
    assert fmt_int(np.int64(2500), "ru") == f"2{NBSP}500"
    assert fmt_int(2499.5, "en") == "2,500"
    assert fmt_int(0.4, "ru") == "0"


def test_money_switches_to_whole_units_at_one_thousand():
    assert fmt_money(999.5, "en") == "999.50"
    assert fmt_money(999.999, "ru") == f"1{NBSP}000,00"
    assert fmt_money(1000, "en") == "1,000"
    assert fmt_money(-1500.4, "ru") == f"-1{NBSP}500"
    assert fmt_money(None, "ru") == MISSING


def test_figures_in_sentences_drop_decimals_only_for_whole_numbers():
    assert fmt_figure(12025, "ru") == f"12{NBSP}025"
    assert fmt_figure(2.0, "en") == "2"
    assert fmt_figure(3.5, "ru") == "3,50"
    assert fmt_figure(np.float64(2345.25), "en") == "2,345.25"
    assert fmt_figure(float("nan"), "en") == MISSING


def test_percentages_take_digits_and_keep_a_no_break_space_before_the_sign():
    assert fmt_percent(0.853, "en") == f"85.3{NBSP}%"
    assert fmt_percent(0.8, "ru", 0) == f"80{NBSP}%"
    assert fmt_percent(12.5, "ru") == f"1{NBSP}250,0{NBSP}%"
    assert fmt_percent(float("inf"), "en") == MISSING


def test_plain_numbers_are_short_with_the_local_decimal_sign():
    assert fmt_plain(0.8, "ru") == "0,8"
    assert fmt_plain(0.95, "en") == "0.95"
    assert fmt_plain(1.0, "en") == "1"
    assert fmt_plain(-0.5, "ru") == "-0,5"
    assert fmt_plain(-0.0, "en") == "0"
    assert fmt_plain(1_500_000, "en") == "1.5e+06"
    assert fmt_plain(float("nan"), "ru") == MISSING


def test_dates_drop_the_time_of_day_and_work_outside_the_pandas_range():
    assert fmt_date(datetime(2024, 12, 31, 23, 59), "ru") == "31.12.2024"
    assert fmt_date(np.datetime64("2021-02-03"), "en") == "2021-02-03"
    assert fmt_date(date(1500, 1, 2), "en") == "1500-01-02"
    assert fmt_date(date(2300, 7, 9), "ru") == "09.07.2300"
    assert fmt_date(None, "en") == MISSING


def test_an_unknown_language_is_written_the_english_way():
    assert fmt_number(1234.5, "de") == "1,234.5"
    assert fmt_date(date(2024, 3, 5), "de") == "2024-03-05"
    assert decimal_sign("de") == "." and thousands_sign("de") == ","


@pytest.mark.parametrize(
    ("lang", "decimal", "thousands", "pattern", "spreadsheet"),
    [("ru", ",", NBSP, "%d.%m.%Y", "dd.mm.yyyy"), ("en", ".", ",", "%Y-%m-%d", "yyyy-mm-dd")],
)
def test_the_conventions_of_each_language(lang, decimal, thousands, pattern, spreadsheet):
    assert decimal_sign(lang) == decimal
    assert thousands_sign(lang) == thousands
    assert date_pattern(lang) == pattern
    assert spreadsheet_date_format(lang) == spreadsheet
    assert date(2024, 3, 5).strftime(date_pattern(lang)) == fmt_date(date(2024, 3, 5), lang)


@pytest.mark.parametrize("value", [None, float("nan"), np.nan, pd.NA, pd.NaT, np.datetime64("NaT")])
def test_empty_values_are_missing(value):
    assert is_missing(value)


@pytest.mark.parametrize("value", ["", "nan", 0, 0.0, False, date(2024, 1, 1), [1, 2]])
def test_text_zero_and_containers_are_not_missing(value):
    assert not is_missing(value)


def test_word_forms_agree_with_the_number():
    forms = "клиент|клиента|клиентов"
    assert [plural(n, "ru", forms) for n in (1, 2, 5, 11, 12, 21, 22, 25, 111, 101)] == [
        "клиент", "клиента", "клиентов", "клиентов", "клиентов",
        "клиент", "клиента", "клиентов", "клиентов", "клиент",
    ]  # fmt: skip
    assert plural(1, "en", "day|days") == "day" and plural(0, "en", "day|days") == "days"
    assert plural is catalogue_plural


def test_message_parameters_write_numbers_days_and_word_forms_for_the_language():
    template = "{n} {n:клиент|клиента|клиентов} до {day}, порог {floor}"
    assert template.format(**localized({"n": 12025, "day": "2024-07-01", "floor": 3.5}, "ru")) == (
        f"12{NBSP}025 клиентов до 01.07.2024, порог 3,50"
    )
    english = "{n} {n:customer|customers} by {day}, floor {floor}, model {model}, ok {ok}"
    params = {"n": 1, "day": "2024-07-01", "floor": 1250.0, "model": "BG/NBD", "ok": True}
    assert english.format(**localized(params, "en")) == (
        "1 customer by 2024-07-01, floor 1,250, model BG/NBD, ok True"
    )
    assert "{n:клиент|клиента|клиентов}".format(**localized({"n": np.int64(22)}, "ru")) == "клиента"


# --- properties ---------------------------------------------------------------------------------


def parse(text: str, lang: str) -> float:
    """Read a number back the way the language writes it."""
    return float(text.replace(thousands_sign(lang), "").replace(decimal_sign(lang), "."))


@settings(max_examples=200, deadline=None)
@given(st.floats(-1e12, 1e12, allow_nan=False), st.integers(0, 4), st.sampled_from(["en", "ru"]))
def test_reading_a_written_number_back_gives_the_rounded_number(value, digits, lang):
    text = fmt_number(value, lang, digits)
    assert parse(text, lang) == round(value, digits)
    assert text.startswith("-") == (round(value, digits) < 0)


@settings(max_examples=200, deadline=None)
@given(st.integers(-(10**30), 10**30), st.sampled_from(["en", "ru"]))
def test_reading_a_written_whole_number_back_gives_it_exactly(value, lang):
    text = fmt_int(value, lang)
    assert int(text.replace(thousands_sign(lang), "")) == value
    groups = text.lstrip("-").split(thousands_sign(lang))
    assert all(len(group) == 3 for group in groups[1:]) and 1 <= len(groups[0]) <= 3


@settings(max_examples=100, deadline=None)
@given(st.floats(-10, 10, allow_nan=False), st.integers(0, 2), st.sampled_from(["en", "ru"]))
def test_a_percentage_reads_back_as_the_rounded_share_times_one_hundred(share, digits, lang):
    text = fmt_percent(share, lang, digits)
    assert text.endswith(f"{NBSP}%")
    assert parse(text[:-2], lang) == round(share * 100, digits)
