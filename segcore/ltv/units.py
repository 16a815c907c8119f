"""Time units of the repeat-buying models: how many days a day, a week and a month hold.

Models are fitted in one time unit (days ``"D"`` or weeks ``"W"``) and every time they
report (recency, T, forecast horizons, log-likelihood) is in that unit. A month is
365.25 / 12 = 30.4375 days; a week is 7 days; a year is 365.25 days.
"""

from __future__ import annotations

from typing import Literal

__all__ = ["DAYS_PER_YEAR", "PERIOD_DAYS", "UNIT_DAYS", "ClvPeriod", "TimeUnit", "period_in_units"]

TimeUnit = Literal["D", "W"]
ClvPeriod = Literal["D", "W", "M"]

DAYS_PER_YEAR = 365.25
UNIT_DAYS: dict[str, float] = {"D": 1.0, "W": 7.0}
PERIOD_DAYS: dict[str, float] = {"D": 1.0, "W": 7.0, "M": DAYS_PER_YEAR / 12}


def period_in_units(period: ClvPeriod, time_unit: TimeUnit) -> float:
    """Give the length of one CLV period (day, week, month) in the model's time unit."""
    return PERIOD_DAYS[period] / UNIT_DAYS[time_unit]
