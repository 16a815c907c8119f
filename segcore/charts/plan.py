"""Plan against actual per period: actual bars with the plan's ticks, and the variance in %.

Rules of every builder: :mod:`segcore.charts`; periods as in :mod:`segcore.charts.timeline`.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from segcore.charts.base import TEXT_COLOUR, chart_title, finish
from segcore.charts.timeline import (
    BLUE,
    GREEN,
    VERMILLION,
    paler_when_incomplete,
    period_axis,
    period_order,
    series_colour,
)

__all__ = ["plan_chart", "variance_chart"]


def plan_chart(
    frame: pd.DataFrame,
    *,
    title: str,
    period_title: str,
    value_title: str,
    plan_title: str,
    actual_title: str,
    lang: str = "en",
    currency: str = "",
) -> alt.LayerChart:
    """Give plan against actual per period: actual as bars, the plan as a tick across each bar.

    ``frame`` has label, period, plan, actual (NaN for periods not yet happened) and complete;
    the tooltips write plan and actual with ``currency`` (none by default).
    """
    order = period_order(frame)
    x = period_axis(order, period_title)
    data = frame[["label", "period", "plan", "actual", "complete"]].copy()
    data["variance_pct"] = data["actual"] / data["plan"].where(data["plan"] != 0) - 1.0
    colour = series_colour([actual_title, plan_title], [BLUE, TEXT_COLOUR])
    tooltip = [
        alt.Tooltip("label:N", title=period_title),
        alt.Tooltip("plan:Q", title=plan_title, format="$,.0f"),
        alt.Tooltip("actual:Q", title=actual_title, format="$,.0f"),
        alt.Tooltip("variance_pct:Q", title="±", format="+.1%"),
    ]
    y_axis = alt.Axis(format=",.0f")
    bars = (
        alt.Chart(data.dropna(subset=["actual"]).assign(series=actual_title))
        .mark_bar(cornerRadiusEnd=2)
        .encode(
            x=x,
            y=alt.Y("actual:Q", title=value_title, axis=y_axis),
            color=colour,
            opacity=paler_when_incomplete(),
            tooltip=tooltip,
        )
    )
    ticks = (
        alt.Chart(data.assign(series=plan_title))
        .mark_tick(thickness=4, size=34)
        .encode(x=x, y=alt.Y("plan:Q"), color=colour, tooltip=tooltip)
    )
    chart = alt.LayerChart(layer=[bars, ticks]).properties(title=chart_title(title), height=420)
    return finish(chart, lang, currency)


def variance_chart(
    frame: pd.DataFrame,
    *,
    title: str,
    period_title: str,
    value_title: str,
    above_title: str,
    below_title: str,
    lang: str = "en",
) -> alt.LayerChart:
    """Give the variance from plan in % per period, green above the plan and vermillion below.

    ``frame`` has label, period and variance_pct (periods without an actual are left out).
    """
    order = period_order(frame)
    data = frame[["label", "period", "variance_pct"]].dropna(subset=["variance_pct"]).copy()
    data["series"] = [above_title if v >= 0 else below_title for v in data["variance_pct"]]
    x = period_axis(order, period_title)
    bars = (
        alt.Chart(data)
        .mark_bar(cornerRadiusEnd=2)
        .encode(
            x=x,
            y=alt.Y("variance_pct:Q", title=value_title, axis=alt.Axis(format="+.0%")),
            color=series_colour([above_title, below_title], [GREEN, VERMILLION]),
            tooltip=[
                alt.Tooltip("label:N", title=period_title),
                alt.Tooltip("variance_pct:Q", title=value_title, format="+.1%"),
            ],
        )
    )
    labels = [
        alt.Chart(data[(data["variance_pct"] >= 0) == above])
        .mark_text(fontSize=14, color=TEXT_COLOUR, dy=-10 if above else 12)
        .encode(x=x, y="variance_pct:Q", text=alt.Text("variance_pct:Q", format="+.0%"))
        for above in (True, False)
    ]
    zero = (
        alt.Chart(pd.DataFrame({"variance_pct": [0.0]}))
        .mark_rule(color=TEXT_COLOUR)
        .encode(y="variance_pct:Q")
    )
    return finish(
        alt.LayerChart(layer=[bars, *labels, zero]).properties(title=chart_title(title), height=380), lang
    )
