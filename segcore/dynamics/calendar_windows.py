"""Calendar periods as time windows: what the migration between two periods compares.

A window is ``(period, first day, last day)``: the period's index (as in
:func:`segcore.periods.period_of`) and its first and last days, both inclusive, cut
to the data so that a part-period is named by the days it really covers.
"""

from __future__ import annotations

from datetime import date, timedelta

from segcore.periods import Grain, period_of, period_start

__all__ = ["Window", "calendar_windows"]

Window = tuple[int, date, date]


def calendar_windows(first: date, last: date, grain: Grain) -> list[Window]:
    """Give the calendar periods (index, first day, last day) from ``first`` to ``last``.

    The first and last windows are cut to the data: a window never starts before ``first``
    (the first transaction) or ends after ``last`` (the last one).
    """
    low, high = period_of(first, grain), period_of(last, grain)
    windows = []
    for period in range(low, high + 1):
        start = period_start(period, grain)
        end = period_start(period + 1, grain) - timedelta(days=1)
        windows.append((period, max(start, first), min(end, last)))
    return windows
