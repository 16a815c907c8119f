"""Charts write numbers and dates as the one formatter does: signs, day and month patterns, short numbers."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from segcore.charts.base import month_pattern, number_locale
from segcore.charts.ltv import (
    compact_label_expr,
    cumulative_tracking_chart,
    probability_bins,
    probability_histogram,
)
from segcore.i18n.format import fmt_date

SERIES = {"actual": "Факт", "predicted": "Прогноз"}


def tracking_spec(lang: str) -> dict:
    tracking = pd.DataFrame(
        {
            "period_end": pd.to_datetime(["1997-03-31", "1997-06-30", "1997-09-30"]),
            "actual": [1.0, 5.0, 9.0],
            "predicted": [1.5, 4.0, 10.0],
            "in_holdout": [False, False, True],
        }
    )
    chart = cumulative_tracking_chart(
        tracking,
        calibration_end=date(1997, 6, 30),
        title="t",
        x_title="x",
        y_title="y",
        series=SERIES,
        split_label="split",
        lang=lang,
    )
    return chart.to_dict()


def time_formats(spec: dict) -> tuple[str, str]:
    """Give the time axis format and the time tooltip format of the tracking chart's lines."""
    lines = next(layer for layer in spec["layer"] if layer["mark"]["type"] == "line")
    tooltip = next(tip for tip in lines["encoding"]["tooltip"] if tip["field"] == "period_end")
    return lines["encoding"]["x"]["axis"]["format"], tooltip["format"]


@pytest.mark.parametrize(
    ("lang", "decimal", "thousands", "month", "day"),
    [
        ("ru", ",", "\u00a0", "%m.%Y", "%d.%m.%Y"),
        ("en", ".", ",", "%Y-%m", "%Y-%m-%d"),
        ("de", ".", ",", "%Y-%m", "%Y-%m-%d"),  # any other language is written the English way
    ],
)
def test_a_chart_carries_the_signs_and_the_date_patterns_of_its_language(
    lang, decimal, thousands, month, day
):
    spec = tracking_spec(lang)
    assert spec["config"]["locale"]["number"] == {
        "decimal": decimal,
        "thousands": thousands,
        "grouping": [3],
        "currency": ["", ""],
    }
    assert time_formats(spec) == (month, day)
    assert number_locale(lang) == spec["config"]["locale"]["number"]


def test_a_month_reads_06_1998_in_russian_and_1998_06_in_english():
    assert date(1998, 6, 30).strftime(month_pattern("ru")) == "06.1998"
    assert date(1998, 6, 30).strftime(month_pattern("en")) == "1998-06"


@settings(max_examples=40, deadline=None)
@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), st.sampled_from(["ru", "en", "de"])
)
def test_a_day_in_a_chart_tooltip_reads_as_the_formatter_writes_it(day, lang):
    _, day_format = time_formats(tracking_spec(lang))
    assert day.strftime(day_format) == fmt_date(day, lang)


def test_every_chart_of_a_language_has_the_same_number_locale():
    for lang in ("ru", "en"):
        histogram = probability_histogram(
            probability_bins(np.array([0.1, 0.5, 0.9])), title="t", x_title="x", y_title="y", lang=lang
        ).to_dict()
        assert histogram["config"]["locale"] == tracking_spec(lang)["config"]["locale"]


def test_short_axis_numbers_put_a_no_break_space_before_the_russian_words():
    russian, english = compact_label_expr("ru"), compact_label_expr("en")
    assert "'\u00a0млн'" in russian and "'\u00a0тыс.'" in russian and "'\u00a0млрд'" in russian
    assert "'M'" in english and "'K'" in english and "'B'" in english
    assert compact_label_expr("de") == english
