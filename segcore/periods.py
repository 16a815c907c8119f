"""Calendar periods as consecutive integers: the grain of regularity and seasonality.

A period index is an integer that grows by one from one period to the next, so a run of
periods is a range and its length a subtraction:

- ``W``: ISO weeks (Monday to Sunday), counted from the week of Monday 1970-01-05;
- ``M``: calendar months, ``year * 12 + month - 1``;
- ``Q``: calendar quarters, ``year * 4 + quarter - 1``.
"""

from __future__ import annotations

from datetime import date, timedelta

from segcore.settings import Grain

__all__ = ["WEEK_ORIGIN", "complete_period_range", "period_end", "period_of", "period_start"]

WEEK_ORIGIN = date(1970, 1, 5)  # a Monday


def period_of(day: date, grain: Grain) -> int:
    """Give the index of the period that contains ``day``."""
    if grain == "W":
        return (day - WEEK_ORIGIN).days // 7
    if grain == "M":
        return day.year * 12 + day.month - 1
    return day.year * 4 + (day.month - 1) // 3


def period_start(index: int, grain: Grain) -> date:
    """Give the first day of period ``index``."""
    if grain == "W":
        return WEEK_ORIGIN + timedelta(days=7 * index)
    months_per_period = 1 if grain == "M" else 3
    month_index = index * months_per_period
    return date(month_index // 12, month_index % 12 + 1, 1)


def period_end(index: int, grain: Grain) -> date:
    """Give the last day of period ``index``."""
    return period_start(index + 1, grain) - timedelta(days=1)


def complete_period_range(
    start: date, as_of: date, grain: Grain, *, start_is_data_start: bool = False
) -> tuple[int, int]:
    """Give the first and last index of the periods that lie wholly inside ``[start, as_of]``.

    A period cut by the window is incomplete and left out, because a part-period looks like
    a drop in spending. When the window starts where the data starts
    (``start_is_data_start``), the first period counts as complete: there are no earlier
    sales to miss. The range is empty when ``first > last``.
    """
    first = period_of(start, grain)
    if not start_is_data_start and start != period_start(first, grain):
        first += 1
    last = period_of(as_of, grain)
    if as_of != period_end(last, grain):
        last -= 1
    return first, last
