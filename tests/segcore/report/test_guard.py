"""The formula guard: text a spreadsheet would run gets an apostrophe; numbers and dates stay."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from segcore.report.guard import FORMULA_TRIGGERS, safe_cell


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
