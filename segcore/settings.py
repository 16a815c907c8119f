"""Frozen, validated settings: what the aggregation and each classification are told.

Every object round-trips to a flat dict of strings (for links) and to JSON
(see :class:`segcore.settings_base.FlatSettings`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from segcore.errors import SettingsError
from segcore.settings_base import FlatSettings

__all__ = [
    "AggregationSettings",
    "CvMode",
    "Grain",
    "ReturnsPolicy",
]

Grain = Literal["W", "M", "Q"]
ReturnsPolicy = Literal["net", "gross", "exclude"]
CvMode = Literal["active", "all"]


@dataclass(frozen=True)
class AggregationSettings(FlatSettings):
    """Settings that change the customer table; the table is computed once per (data, these).

    - ``grain``: the period for regularity (CV), active periods and peak share: week (ISO,
      Monday start), calendar month or calendar quarter.
    - ``start`` / ``as_of``: the analysis window, both inclusive; ``None`` means the first /
      last transaction date in the data. Recency and age are measured to ``as_of``.
    - ``returns``: ``net`` revenue = purchases − returns; ``gross`` = purchases only (returns
      still shown as return amount and rate); ``exclude`` = negative rows are left out of
      every figure.
    - ``cv_mode``: ``active`` = the CV counts the complete periods from the customer's first
      purchase period to the end of the window, periods without purchases as zero (the
      default for customers); ``all`` = every complete period of the window, zero-filled
      (the stock-keeping convention).
    """

    grain: Grain = "M"
    start: date | None = None
    as_of: date | None = None
    returns: ReturnsPolicy = "net"
    cv_mode: CvMode = "active"

    def __post_init__(self) -> None:
        if self.grain not in ("W", "M", "Q"):
            raise SettingsError("settings.unparseable", field="grain", value=self.grain)
        if self.returns not in ("net", "gross", "exclude"):
            raise SettingsError("settings.unparseable", field="returns", value=self.returns)
        if self.cv_mode not in ("active", "all"):
            raise SettingsError("settings.unparseable", field="cv_mode", value=self.cv_mode)
        if self.start is not None and self.as_of is not None and self.start > self.as_of:
            raise SettingsError("settings.window_order", start=self.start, end=self.as_of)
