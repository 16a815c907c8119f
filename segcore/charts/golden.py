"""The golden group's share of revenue per period, with a campaign's date and the levels before and after.

Rules of every builder: :mod:`segcore.charts`; periods as in :mod:`segcore.charts.timeline`.
"""

from __future__ import annotations

from collections.abc import Mapping

import altair as alt
import pandas as pd

from segcore.charts.base import MUTED_COLOUR, chart_title, finish
from segcore.charts.timeline import BLUE, GREEN, VERMILLION, period_axis, period_order, series_colour

__all__ = ["golden_share_chart"]


def golden_share_chart(
    periods: pd.DataFrame,
    *,
    title: str,
    period_title: str,
    share_title: str,
    customers_title: str,
    campaign_label: str | None = None,
    campaign_text: str = "",
    sides: Mapping[str, tuple[float, str]] | None = None,
    subtitle: str | None = None,
    lang: str = "en",
) -> alt.LayerChart:
    """Give the golden group's share of revenue per period, with a campaign marker.

    ``periods``: :func:`segcore.dynamics.golden_share`'s periods, plus a ``side`` column
    ("before", "after" or empty) when a campaign is compared. ``campaign_label`` is the
    label of the period the campaign starts in (a dashed rule with ``campaign_text``);
    ``sides`` maps "before" / "after" to (mean share, legend text) drawn as a thick level
    over that side's periods.
    """
    order = period_order(periods)
    x = period_axis(order, period_title)
    y = alt.Y("share:Q", title=share_title, axis=alt.Axis(format=".0%"), scale=alt.Scale(zero=False))
    columns = ["label", "period", "complete", "share", "golden_customers", "golden_revenue", "revenue"]
    data = periods[columns + (["side"] if "side" in periods.columns else [])].copy()
    line = (
        alt.Chart(data)
        .mark_line(color=BLUE, strokeWidth=3, point=alt.OverlayMarkDef(size=70))
        .encode(
            x=x,
            y=y,
            tooltip=[
                alt.Tooltip("label:N", title=period_title),
                alt.Tooltip("share:Q", title=share_title, format=".1%"),
                alt.Tooltip("golden_customers:Q", title=customers_title, format=",.0f"),
            ],
        )
    )
    layers: list[alt.Chart] = [line]
    if sides and "side" in data.columns:
        levels = [
            data.loc[data["side"] == side, ["label"]].assign(series=text, level=mean)
            for side, (mean, text) in sides.items()
        ]
        level_data = pd.concat(levels, ignore_index=True)
        colours = [MUTED_COLOUR if side == "before" else GREEN for side in sides]
        layers.append(
            alt.Chart(level_data)
            .mark_line(strokeWidth=6, opacity=0.8)
            .encode(
                x=x,
                y=alt.Y("level:Q"),
                color=series_colour([text for _, text in sides.values()], colours),
                tooltip=[
                    alt.Tooltip("series:N", title=" "),
                    alt.Tooltip("level:Q", title=share_title, format=".1%"),
                ],
            )
        )
    if campaign_label is not None:
        spot = pd.DataFrame({"label": [campaign_label], "text": [campaign_text]})
        layers.append(
            alt.Chart(spot).mark_rule(color=VERMILLION, strokeWidth=3, strokeDash=[8, 4]).encode(x=x)
        )
        layers.append(
            alt.Chart(spot)
            .mark_text(
                align="left", dx=8, baseline="top", y=6, fontSize=16, fontWeight="bold", color=VERMILLION
            )
            .encode(x=x, text="text:N")
        )
    chart = alt.LayerChart(layer=[*layers]).properties(title=chart_title(title, subtitle), height=420)
    return finish(chart, lang)
