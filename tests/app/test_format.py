"""Numbers and dates are written the way each language reads them."""

from __future__ import annotations

from datetime import date

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from ui.format import NBSP, fmt_date, fmt_int, fmt_money, fmt_number, fmt_percent


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
    assert abs(float(english) - value) <= 0.5 * 10 ** -digits + 1e-9 * abs(value)
