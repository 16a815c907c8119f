"""Compact figures for tiles and money with a currency sign, in both languages."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from segcore.i18n.format import (
    COMPACT_WIDTH,
    MISSING,
    NBSP,
    default_currency,
    fmt_compact,
    fmt_compact_money,
    fmt_money_in,
    money_header,
)

RU_UNITS = {"тыс.": 1e3, "млн": 1e6, "млрд": 1e9, "трлн": 1e12}
EN_UNITS = {"K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}


def _read(text: str, lang: str) -> float:
    """Give the number a compact figure stands for (the inverse of writing it, up to rounding)."""
    units = RU_UNITS if lang == "ru" else EN_UNITS
    body = text.replace(NBSP, " ")
    scale = 1.0
    for word, size in units.items():
        if body.endswith(word):
            body, scale = body[: -len(word)].strip(), size
    body = body.replace(",", ".") if lang == "ru" else body.replace(",", "")
    return float(body) * scale


@pytest.mark.parametrize(
    ("value", "ru", "en"),
    [
        (0, "0", "0"),
        (670, "670", "670"),
        (5.5, "5,5", "5.5"),
        (45.67, "46", "46"),
        (670.72, "671", "671"),
        (999.6, "1 тыс.", "1K"),
        (1000, "1 тыс.", "1K"),
        (1_499, "1,5 тыс.", "1.5K"),
        (9_960, "10 тыс.", "10K"),
        (670_000, "670 тыс.", "670K"),
        (999_960, "1 млн", "1M"),
        (1_234_567, "1,2 млн", "1.2M"),
        (12_345_678, "12 млн", "12M"),
        (3_400_000_000, "3,4 млрд", "3.4B"),
        (1.2e12, "1,2 трлн", "1.2T"),
        (-670_000, "-670 тыс.", "-670K"),
        (-0.04, "0", "0"),
    ],
)
def test_compact_figures_are_hand_checked_in_both_languages(value, ru, en):
    assert fmt_compact(value, "ru") == ru.replace(" ", NBSP)
    assert fmt_compact(value, "en") == en


def test_compact_money_puts_the_sign_where_each_language_reads_it():
    assert fmt_compact_money(670_000, "ru", "₽") == f"670{NBSP}тыс.{NBSP}₽"
    assert fmt_compact_money(1_234_567, "ru", "₽") == f"1,2{NBSP}млн{NBSP}₽"
    assert fmt_compact_money(1_234_567, "ru", "$") == f"1,2{NBSP}млн{NBSP}$"
    assert fmt_compact_money(670_000, "en", "$") == "$670K"
    assert fmt_compact_money(-1_234_567, "en", "€") == "-€1.2M"
    assert fmt_compact_money(670_000, "en", "CHF") == f"670K{NBSP}CHF"
    assert fmt_compact_money(670_000, "en", "") == "670K"
    assert fmt_compact_money(None, "ru", "₽") == MISSING


def test_full_money_and_headers_carry_the_currency():
    assert fmt_money_in(12_345.6, "ru", "₽") == f"12{NBSP}346{NBSP}₽"
    assert fmt_money_in(-12_345.6, "en", "$") == "-$12,346"
    assert fmt_money_in(12.5, "en", "") == "12.50"
    assert money_header("Выручка", "₽") == "Выручка, ₽"
    assert money_header("Revenue", " ") == "Revenue"


def test_money_has_roubles_by_default_in_russian_and_no_sign_in_english():
    assert default_currency("ru") == "₽"
    assert default_currency("en") == ""


def test_missing_and_infinite_values_are_a_dash():
    assert fmt_compact(float("nan"), "en") == MISSING
    assert fmt_compact(float("inf"), "ru") == MISSING


amounts = st.floats(min_value=-9.99e14, max_value=9.99e14, allow_nan=False)


@given(amounts, st.sampled_from(["en", "ru"]))
def test_a_compact_figure_is_never_longer_than_its_width(value, lang):
    assert len(fmt_compact(value, lang)) <= COMPACT_WIDTH
    assert len(fmt_compact_money(value, lang, "₽")) <= COMPACT_WIDTH + 2


@given(amounts, amounts, st.sampled_from(["en", "ru"]))
def test_compact_figures_keep_the_order_of_the_numbers(a, b, lang):
    low, high = sorted((a, b))
    assert _read(fmt_compact(low, lang), lang) <= _read(fmt_compact(high, lang), lang)


@given(amounts, st.sampled_from(["en", "ru"]))
def test_a_compact_figure_is_within_five_percent_of_the_number(value, lang):
    shown = _read(fmt_compact(value, lang), lang)
    assert abs(shown - value) <= max(0.05 * abs(value), 0.05)


@given(st.integers(min_value=-999, max_value=999), st.sampled_from(["en", "ru"]))
def test_whole_numbers_below_a_thousand_are_written_exactly(value, lang):
    assert fmt_compact(value, lang) == str(value)


@given(amounts)
def test_compact_figures_differ_between_languages_only_in_signs_and_words(value):
    ru = re.sub(r"[^\d]", "", fmt_compact(value, "ru"))
    en = re.sub(r"[^\d]", "", fmt_compact(value, "en"))
    assert ru == en
