"""The formula guard: text a spreadsheet would run gets an apostrophe; numbers and dates stay."""

from __future__ import annotations

import unicodedata
from datetime import date

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from segcore.report.guard import FORMULA_TRIGGERS, is_formula_like, safe_cell


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@x", "'@x"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ('\r=HYPERLINK("http://x")', '\'\r=HYPERLINK("http://x")'),
        ("\n=1", "'\n=1"),
        ("\nplain", "'\nplain"),
        ("\u200b=cmd", "'\u200b=cmd"),
        ("\ufeff+1", "'\ufeff+1"),
        ("\u2060\u00a0\u200b@SUM(A1)", "'\u2060\u00a0\u200b@SUM(A1)"),
        ("\u3000-1", "'\u3000-1"),
        ("\u200bplain", "\u200bplain"),
        ("http://evil", "http://evil"),
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


def _first_visible(text: str) -> tuple[str, str]:
    """Give the characters before the first visible one, and that one (hand-written rule)."""
    for i, char in enumerate(text):
        if not (char.isspace() or unicodedata.category(char) in ("Cf", "Zs")):
            return text[:i], char
    return text, ""


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            ["=", "+", "-", "@", "\t", "\r", "\n", " ", "\u200b", "\ufeff", "\u00a0", "a"]
        )
        | st.characters(),
        max_size=10,
    )
)
def test_guard_matches_the_rule_skipping_blanks_and_format_characters(text):
    head, first = _first_visible(text)
    dangerous = any(c in "\t\r\n" for c in head) or (first in "=+-@＝＋－＠" and first != "")
    assert is_formula_like(text) is dangerous
    assert safe_cell(text) == ("'" + text if dangerous else text)
    assert not is_formula_like(safe_cell(text))
