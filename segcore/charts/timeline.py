"""What the charts over periods share: the period axis, paler part-periods, series colours.

Periods are drawn on an ordinal axis of their labels ("2025-03", "2025-Q1", "2025") in
time order; a period the data cover only partly is drawn paler. Series that are not
segment codes (this period, a year earlier, the plan) take the named hues here.
"""

from __future__ import annotations

from collections.abc import Sequence

import altair as alt
import pandas as pd
from altair.typing import ChannelOpacity

__all__ = [
    "BLUE",
    "GREEN",
    "ORANGE",
    "PALE_OPACITY",
    "VERMILLION",
    "paler_when_incomplete",
    "period_axis",
    "period_order",
    "series_colour",
]

BLUE = "#0072B2"
ORANGE = "#E69F00"
GREEN = "#009E73"
VERMILLION = "#D55E00"
#: The opacity of a period the data cover only partly.
PALE_OPACITY = 0.45


def period_order(frame: pd.DataFrame) -> list[str]:
    """Give the period labels in time order."""
    return list(dict.fromkeys(frame.sort_values("period")["label"].astype(str)))


def period_axis(order: Sequence[str], title: str) -> alt.X:
    """Give the x axis of period labels in ``order`` (slanted when there are more than 14)."""
    angle = -45 if len(order) > 14 else 0
    return alt.X("label:O", sort=list(order), title=title, axis=alt.Axis(labelAngle=angle))


def paler_when_incomplete() -> ChannelOpacity:
    """Give the opacity that draws an incomplete period (``complete`` false) paler."""
    return alt.condition("datum.complete", alt.value(1.0), alt.value(PALE_OPACITY))


def series_colour(domain: Sequence[str], colours: Sequence[str], legend: bool = True) -> alt.Color:
    """Give the colour of the ``series`` field: each name in ``domain`` its colour, legend on top."""
    return alt.Color(
        "series:N",
        scale=alt.Scale(domain=list(domain), range=list(colours)),
        legend=alt.Legend(title=None, orient="top", symbolSize=220, labelLimit=400) if legend else None,
    )
