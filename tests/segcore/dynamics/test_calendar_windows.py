"""Calendar periods as windows cut to the data."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from segcore.dynamics import period_of_day
from segcore.dynamics.calendar_windows import calendar_windows


def test_years_cut_to_the_first_and_last_transaction():
    windows = calendar_windows(date(2023, 3, 15), date(2025, 6, 30), "Y")
    assert windows == [
        (2023, date(2023, 3, 15), date(2023, 12, 31)),
        (2024, date(2024, 1, 1), date(2024, 12, 31)),
        (2025, date(2025, 1, 1), date(2025, 6, 30)),
    ]


def test_quarters_are_named_by_their_index_and_end_on_their_last_day():
    windows = calendar_windows(date(2025, 2, 10), date(2025, 7, 2), "Q")
    assert [w[0] for w in windows] == [2025 * 4, 2025 * 4 + 1, 2025 * 4 + 2]
    assert windows[0][1:] == (date(2025, 2, 10), date(2025, 3, 31))
    assert windows[1][1:] == (date(2025, 4, 1), date(2025, 6, 30))
    assert windows[2][1:] == (date(2025, 7, 1), date(2025, 7, 2))


def test_one_day_of_data_is_one_window_of_one_day():
    assert calendar_windows(date(2024, 2, 29), date(2024, 2, 29), "M") == [
        (2024 * 12 + 1, date(2024, 2, 29), date(2024, 2, 29))
    ]


@given(st.dates(date(2000, 1, 1), date(2030, 12, 31)), st.integers(0, 2000), st.sampled_from(["M", "Q", "Y"]))
def test_windows_cover_every_day_once_in_order(first, days, grain):
    last = first + timedelta(days=days)
    windows = calendar_windows(first, last, grain)
    assert windows[0][1] == first and windows[-1][2] == last
    for (_, _, end), (_, start, _) in pairwise(windows):
        assert start == end + timedelta(days=1)
    for period, start, end in windows:
        assert start <= end
        assert period_of_day(start, grain) == period == period_of_day(end, grain)
