"""Calendar periods as consecutive integers: the one grain type and its arithmetic.

A period index is an integer that grows by one from one period to the next, so a run of
periods is a range, its length a subtraction, and "the previous period" is ``index - 1``:

- ``W``: ISO weeks (Monday to Sunday), counted from the week of Monday 1970-01-05;
- ``M``: calendar months, ``year * 12 + month - 1``;
- ``Q``: calendar quarters, ``year * 4 + quarter - 1``;
- ``Y``: calendar years, the year itself.

Each use allows the grains that make sense for it: the customer table's regularity W, M
and Q (:class:`segcore.settings.AggregationSettings`), the dynamics M, Q and Y
(:mod:`segcore.dynamics`). Labels: "2025-W03", "2025-03", "2025-Q1", "2025".
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Literal

import ibis

if TYPE_CHECKING:
    import ibis.expr.types as ir

__all__ = [
    "GRAINS",
    "WEEK_ORIGIN",
    "Grain",
    "complete_period_range",
    "period_complete",
    "period_end",
    "period_index",
    "period_label",
    "period_of",
    "period_start",
]

Grain = Literal["W", "M", "Q", "Y"]

#: Every grain, from the finest to the coarsest.
GRAINS: tuple[str, ...] = ("W", "M", "Q", "Y")

WEEK_ORIGIN = date(1970, 1, 5)  # a Monday


def _unknown(grain: object) -> ValueError:
    return ValueError(f"unknown grain {grain!r}; expected one of {', '.join(GRAINS)}")


def period_of(day: date, grain: Grain) -> int:
    """Give the index of the period that contains ``day``."""
    if grain == "W":
        return (day - WEEK_ORIGIN).days // 7
    if grain == "M":
        return day.year * 12 + day.month - 1
    if grain == "Q":
        return day.year * 4 + (day.month - 1) // 3
    if grain == "Y":
        return day.year
    raise _unknown(grain)


def period_index(day: ir.DateValue, grain: Grain) -> ir.IntegerValue:
    """Give the ibis expression of the period index of a date column (as :func:`period_of`)."""
    if grain == "W":
        return day.delta(ibis.literal(WEEK_ORIGIN), unit="day") // 7
    if grain == "M":
        return day.year() * 12 + day.month() - 1
    if grain == "Q":
        return day.year() * 4 + day.quarter() - 1
    if grain == "Y":
        return day.year()
    raise _unknown(grain)


def period_start(index: int, grain: Grain) -> date:
    """Give the first day of period ``index``."""
    if grain == "W":
        return WEEK_ORIGIN + timedelta(days=7 * index)
    if grain == "Y":
        return date(index, 1, 1)
    if grain not in ("M", "Q"):
        raise _unknown(grain)
    month_index = index * (1 if grain == "M" else 3)
    return date(month_index // 12, month_index % 12 + 1, 1)


def period_end(index: int, grain: Grain) -> date:
    """Give the last day of period ``index``."""
    return period_start(index + 1, grain) - timedelta(days=1)


def period_label(index: int, grain: Grain) -> str:
    """Give the period's label: "2025-W03" (ISO year and week), "2025-03", "2025-Q1" or "2025"."""
    if grain == "W":
        year, week, _ = period_start(index, grain).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if grain == "M":
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if grain == "Q":
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if grain == "Y":
        return f"{index:04d}"
    raise _unknown(grain)


def period_complete(index: int, grain: Grain, last_day: date | None) -> bool:
    """Tell whether data ending on ``last_day`` cover period ``index`` to its last day."""
    return last_day is not None and period_end(index, grain) <= last_day


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
