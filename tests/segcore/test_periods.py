"""Calendar periods: the index, first and last day, label and complete range of each grain, by hand."""

from __future__ import annotations

from datetime import date, timedelta

import ibis
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from segcore.errors import SettingsError
from segcore.periods import (
    GRAINS,
    WEEK_ORIGIN,
    complete_period_range,
    period_complete,
    period_end,
    period_index,
    period_label,
    period_of,
    period_start,
)
from segcore.settings import AggregationSettings


@pytest.mark.parametrize(
    ("day", "grain", "index"),
    [
        (date(1970, 1, 5), "W", 0),  # the week origin, a Monday
        (date(1970, 1, 11), "W", 0),  # its Sunday
        (date(1970, 1, 12), "W", 1),
        (date(1970, 1, 4), "W", -1),
        (date(2025, 1, 6), "W", 2870),  # 20 090 days = 2 870 weeks after the origin
        (date(2025, 3, 15), "M", 2025 * 12 + 2),
        (date(2025, 3, 15), "Q", 2025 * 4 + 0),
        (date(2025, 12, 31), "Q", 2025 * 4 + 3),
        (date(2025, 3, 15), "Y", 2025),
    ],
)
def test_the_period_of_a_day(day, grain, index):
    assert period_of(day, grain) == index


@pytest.mark.parametrize(
    ("index", "grain", "first", "last"),
    [
        (0, "W", date(1970, 1, 5), date(1970, 1, 11)),
        (2870, "W", date(2025, 1, 6), date(2025, 1, 12)),
        (2024 * 12 + 1, "M", date(2024, 2, 1), date(2024, 2, 29)),  # a leap February
        (2025 * 4 + 1, "Q", date(2025, 4, 1), date(2025, 6, 30)),
        (2025 * 4 + 3, "Q", date(2025, 10, 1), date(2025, 12, 31)),
        (2024, "Y", date(2024, 1, 1), date(2024, 12, 31)),
    ],
)
def test_the_first_and_last_day_of_a_period(index, grain, first, last):
    assert (period_start(index, grain), period_end(index, grain)) == (first, last)


def test_labels_name_months_quarters_and_years():
    assert period_label(2025 * 12 + 2, "M") == "2025-03"
    assert period_label(2025 * 4 + 0, "Q") == "2025-Q1"
    assert period_label(2025, "Y") == "2025"


def test_week_labels_give_the_iso_year_and_week():
    assert period_label(0, "W") == "1970-W02"  # 1970 starts on a Thursday: week 1 began on 29 December
    assert period_label(2869, "W") == "2025-W01"  # Monday 30 December 2024 starts ISO week 1 of 2025
    assert period_label(2870, "W") == "2025-W02"
    assert period_label(2025 * 4 + 3, "Q") == "2025-Q4"


def test_a_period_is_complete_when_the_data_reach_its_last_day():
    february = 2024 * 12 + 1
    assert period_complete(february, "M", date(2024, 2, 29))
    assert not period_complete(february, "M", date(2024, 2, 28))
    assert not period_complete(february, "M", None)
    assert period_complete(2870, "W", date(2025, 1, 12))
    assert not period_complete(2024, "Y", date(2024, 12, 30))


def test_the_complete_range_leaves_out_periods_the_window_cuts():
    # Wednesday 1 January 2025 to Sunday 19 January: the week of 30 December is cut.
    assert complete_period_range(date(2025, 1, 1), date(2025, 1, 19), "W") == (2870, 2871)
    assert complete_period_range(date(2024, 1, 1), date(2024, 12, 31), "Y") == (2024, 2024)
    assert complete_period_range(date(2024, 1, 2), date(2025, 12, 31), "Y") == (2025, 2025)
    assert complete_period_range(date(2024, 1, 2), date(2025, 12, 31), "Y", start_is_data_start=True) == (
        2024,
        2025,
    )
    first, last = complete_period_range(date(2024, 1, 2), date(2024, 12, 30), "Y")
    assert first > last  # no whole year inside


def test_an_unknown_grain_is_a_programming_error():
    with pytest.raises(ValueError, match="unknown grain"):
        period_of(date(2025, 1, 1), "D")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown grain"):
        period_start(1, "D")  # type: ignore[arg-type]


def test_the_customer_table_allows_weeks_months_and_quarters_only():
    assert {AggregationSettings(grain=g).grain for g in ("W", "M", "Q")} == {"W", "M", "Q"}
    with pytest.raises(SettingsError) as error:
        AggregationSettings(grain="Y")
    assert error.value.key == "settings.grain"
    assert "(W)" in error.value.message("en") and "(Q)" in error.value.message("ru")


def test_the_ibis_period_index_gives_the_same_periods_as_python():
    days = [date(1970, 1, 4), date(1970, 1, 5), date(2024, 12, 29), date(2024, 12, 30), date(2025, 3, 15)]
    table = ibis.memtable(pd.DataFrame({"day": pd.to_datetime(days)})).mutate(day=ibis._.day.cast("date"))
    for grain in GRAINS:
        computed = table.select(period=period_index(table.day, grain)).to_pandas()["period"].tolist()
        assert computed == [period_of(d, grain) for d in days], grain


days = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))


@settings(max_examples=200, deadline=None)
@given(days, st.sampled_from(GRAINS))
def test_a_day_lies_in_its_period_and_the_next_day_after_the_last_is_in_the_next(day, grain):
    index = period_of(day, grain)
    assert period_start(index, grain) <= day <= period_end(index, grain)
    assert period_of(period_start(index, grain), grain) == index
    assert period_of(period_end(index, grain) + timedelta(days=1), grain) == index + 1


@settings(max_examples=50, deadline=None)
@given(days)
def test_weeks_start_on_monday_and_last_seven_days(day):
    index = period_of(day, "W")
    assert period_start(index, "W").weekday() == 0
    assert (period_end(index, "W") - period_start(index, "W")).days == 6
    assert period_start(0, "W") == WEEK_ORIGIN
