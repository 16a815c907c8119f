"""Altair chart builders for the dynamics views: periods, customer base, cohorts, golden share, plan.

The same rules as :mod:`segcore.charts` (the fonts, locale and colours of
:mod:`segcore.charts.base`): pure builders, small aggregated frames in, a chart out, every
word passed in already translated, numbers formatted by the chart's locale (``lang``).
Periods are drawn as :mod:`segcore.charts.timeline` says: an ordinal axis of their labels in
time order, a period the data cover only partly paler. The golden share and plan charts
live in :mod:`segcore.charts.golden` and :mod:`segcore.charts.plan` (re-exported here); the
migration, flow and sensitivity charts in :mod:`segcore.charts.flows`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import altair as alt
import pandas as pd

from segcore.charts.base import (
    MUTED_COLOUR,
    TEXT_COLOUR,
    chart_title,
    code_label_expr,
    code_scale,
    finish,
    text_names,
)
from segcore.charts.golden import golden_share_chart
from segcore.charts.plan import plan_chart, variance_chart
from segcore.charts.timeline import (
    BLUE,
    ORANGE,
    paler_when_incomplete,
    period_axis,
    period_order,
    series_colour,
)

__all__ = [
    "BASE_COLOURS",
    "base_flow_chart",
    "cohort_heatmap",
    "golden_share_chart",
    "growth_chart",
    "live_base_chart",
    "period_chart",
    "plan_chart",
    "variance_chart",
]

#: The movements of the customer base, stacked in this order from the axis up (lost below it).
BASE_COLOURS: dict[str, str] = {
    "retained": "#0072B2", "returning": "#56B4E9", "new": "#CC79A7", "lost": "#882255",
}  # fmt: skip


def _code_order(codes: Sequence[str], names: Mapping[str, str]) -> list[str]:
    present = list(dict.fromkeys(str(c) for c in codes))
    known = [c for c in names if c in present]
    return known + [c for c in present if c not in known]


def period_chart(
    frame: pd.DataFrame,
    *,
    metric: str,
    title: str,
    value_title: str,
    period_title: str,
    current_title: str,
    year_ago_title: str,
    names: Mapping[str, str] | None = None,
    value_format: str = ",.0f",
    subtitle: str | None = None,
    lang: str = "en",
    currency: str = "",
) -> alt.LayerChart:
    """Give ``metric`` per period: bars and the same period a year earlier, or a line per segment.

    ``frame`` is :func:`segcore.dynamics.period_comparison`'s result (label, period,
    complete, ``metric`` and ``metric_year_ago``; with a ``segment`` column, one line per
    segment coloured by its code and named by ``names``). ``currency``: the sign the bars'
    tooltips write the two values with (pass it for a money metric; none by default).
    """
    order = period_order(frame)
    x = period_axis(order, period_title)
    y = alt.Y("value:Q", title=value_title, axis=alt.Axis(format=value_format))
    data = frame.assign(value=frame[metric].astype(float))
    if "segment" in frame.columns:
        return _segment_lines(
            data, x, y, names or {}, (title, subtitle), value_format, (period_title, value_title), lang
        )
    data = data.assign(year_ago=frame[f"{metric}_year_ago"].astype(float), series=current_title)
    data = data[["label", "period", "complete", "value", "year_ago", "series"]]
    colour = series_colour([current_title, year_ago_title], [BLUE, MUTED_COLOUR])
    tooltip = [
        alt.Tooltip("label:N", title=period_title),
        alt.Tooltip("value:Q", title=current_title, format=f"${value_format}"),
        alt.Tooltip("year_ago:Q", title=year_ago_title, format=f"${value_format}"),
    ]
    bars = (
        alt.Chart(data)
        .mark_bar(cornerRadiusEnd=2)
        .encode(x=x, y=y, color=colour, opacity=paler_when_incomplete(), tooltip=tooltip)
    )
    earlier = data.dropna(subset=["year_ago"]).assign(series=year_ago_title)
    line = (
        alt.Chart(earlier)
        .mark_line(strokeDash=[6, 4], strokeWidth=3, point=True)
        .encode(x=x, y=alt.Y("year_ago:Q"), color=colour, tooltip=tooltip)
    )
    chart = alt.LayerChart(layer=[bars, line]).properties(title=chart_title(title, subtitle), height=420)
    return finish(chart, lang, currency)


def _segment_lines(
    data: pd.DataFrame,
    x: alt.X,
    y: alt.Y,
    names: Mapping[str, str],
    titles: tuple[str, str | None],
    value_format: str,
    axis_titles: tuple[str, str],
    lang: str,
) -> alt.LayerChart:
    period_title, value_title = axis_titles
    names = text_names(names)
    data = data[["label", "period", "complete", "segment", "value"]].assign(
        segment=data["segment"].astype(str)
    )
    codes = _code_order(data["segment"], names)
    data["name"] = [names.get(c, c) for c in data["segment"]]
    line = (
        alt.Chart(data)
        .mark_line(strokeWidth=3, point=alt.OverlayMarkDef(size=60))
        .encode(
            x=x,
            y=y,
            color=alt.Color(
                "segment:N",
                scale=code_scale(codes),
                legend=alt.Legend(title=None, orient="top", labelExpr=code_label_expr(names), labelLimit=320),
            ),
            tooltip=[
                alt.Tooltip("label:N", title=period_title),
                alt.Tooltip("name:N", title=" "),
                alt.Tooltip("value:Q", title=value_title, format=value_format),
            ],
        )
    )
    chart = line.properties(title=chart_title(*titles), height=420)
    return finish(alt.LayerChart(layer=[chart]), lang)


def growth_chart(
    frame: pd.DataFrame,
    *,
    metric: str,
    title: str,
    period_title: str,
    growth_title: str,
    yoy_title: str,
    pop_title: str,
    names: Mapping[str, str] | None = None,
    lang: str = "en",
) -> alt.LayerChart:
    """Give the growth of ``metric`` per period: against a year earlier and the previous period.

    Without a ``segment`` column two lines (``metric_yoy``, ``metric_pop``); with one, the
    growth against a year earlier per segment. Growth without a base (NaN) is left out.
    """
    order = period_order(frame)
    x = period_axis(order, period_title)
    y = alt.Y("growth:Q", title=growth_title, axis=alt.Axis(format=".0%"))
    tooltip_growth = alt.Tooltip("growth:Q", title=growth_title, format="+.1%")
    if "segment" in frame.columns:
        names = text_names(names)
        data = frame[["label", "period", "segment"]].assign(
            segment=frame["segment"].astype(str), growth=frame[f"{metric}_yoy"].astype(float)
        )
        data["name"] = [names.get(c, c) for c in data["segment"]]
        colour = alt.Color(
            "segment:N",
            scale=code_scale(_code_order(data["segment"], names)),
            legend=alt.Legend(title=None, orient="top", labelExpr=code_label_expr(names), labelLimit=320),
        )
        tooltip = [
            alt.Tooltip("label:N", title=period_title),
            alt.Tooltip("name:N", title=" "),
            tooltip_growth,
        ]
    else:
        parts = [
            frame[["label", "period"]].assign(series=name, growth=frame[f"{metric}_{suffix}"].astype(float))
            for suffix, name in (("yoy", yoy_title), ("pop", pop_title))
        ]
        data = pd.concat(parts, ignore_index=True)
        colour = series_colour([yoy_title, pop_title], [BLUE, ORANGE])
        tooltip = [
            alt.Tooltip("label:N", title=period_title),
            alt.Tooltip("series:N", title=" "),
            tooltip_growth,
        ]
    data = data.dropna(subset=["growth"])
    lines = (
        alt.Chart(data)
        .mark_line(strokeWidth=3, point=alt.OverlayMarkDef(size=60))
        .encode(x=x, y=y, color=colour, tooltip=tooltip)
    )
    zero = (
        alt.Chart(pd.DataFrame({"growth": [0.0]}))
        .mark_rule(color=TEXT_COLOUR, strokeWidth=1.5)
        .encode(y="growth:Q")
    )
    chart = alt.LayerChart(layer=[zero, lines]).properties(title=chart_title(title), height=380)
    return finish(chart, lang)


def base_flow_chart(
    base: pd.DataFrame,
    *,
    names: Mapping[str, str],
    title: str,
    period_title: str,
    value_title: str,
    lang: str = "en",
) -> alt.LayerChart:
    """Give the customer base's movements per period: retained, returning, new up; lost down.

    ``base`` is :func:`segcore.dynamics.customer_base`'s result; ``names`` names the four
    movements (keys of :data:`BASE_COLOURS`). Active = retained + returning + new.
    """
    order = period_order(base)
    series = list(BASE_COLOURS)
    parts = []
    for position, movement in enumerate(series):
        sign = -1 if movement == "lost" else 1
        parts.append(
            base[["label", "period", "complete"]].assign(
                movement=movement,
                series=names[movement],
                count=base[movement].astype(int),
                value=sign * base[movement].astype(int),
                stack=position,
            )
        )
    data = pd.concat(parts, ignore_index=True)
    bars = (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=period_axis(order, period_title),
            y=alt.Y("value:Q", title=value_title, stack="zero", axis=alt.Axis(format=",.0f")),
            color=series_colour([names[s] for s in series], list(BASE_COLOURS.values())),
            order=alt.Order("stack:Q"),
            opacity=paler_when_incomplete(),
            tooltip=[
                alt.Tooltip("label:N", title=period_title),
                alt.Tooltip("series:N", title=" "),
                alt.Tooltip("count:Q", title=value_title, format=",.0f"),
            ],
        )
    )
    zero = alt.Chart(pd.DataFrame({"value": [0]})).mark_rule(color=TEXT_COLOUR).encode(y="value:Q")
    chart = alt.LayerChart(layer=[bars, zero]).properties(title=chart_title(title), height=440)
    return finish(chart, lang)


def live_base_chart(
    base: pd.DataFrame,
    *,
    names: Mapping[str, str],
    title: str,
    period_title: str,
    value_title: str,
    lang: str = "en",
) -> alt.LayerChart:
    """Give the live base (acquired and not lost) and the active customers per period.

    ``names`` names the two lines (keys ``live`` and ``active``).
    """
    order = period_order(base)
    parts = [
        base[["label", "period"]].assign(series=names[k], value=base[k].astype(int))
        for k in ("live", "active")
    ]
    data = pd.concat(parts, ignore_index=True)
    lines = (
        alt.Chart(data)
        .mark_line(strokeWidth=3, point=alt.OverlayMarkDef(size=60))
        .encode(
            x=period_axis(order, period_title),
            y=alt.Y("value:Q", title=value_title, axis=alt.Axis(format=",.0f")),
            color=series_colour([names["live"], names["active"]], [TEXT_COLOUR, BLUE]),
            tooltip=[
                alt.Tooltip("label:N", title=period_title),
                alt.Tooltip("series:N", title=" "),
                alt.Tooltip("value:Q", title=value_title, format=",.0f"),
            ],
        )
    )
    return finish(alt.LayerChart(layer=[lines]).properties(title=chart_title(title), height=380), lang)


def cohort_heatmap(
    cohorts: pd.DataFrame,
    *,
    title: str,
    cohort_title: str,
    since_title: str,
    share_title: str,
    size_title: str,
    lang: str = "en",
    max_labels: int = 16,
) -> alt.LayerChart:
    """Give the retention heatmap: acquisition cohorts down, periods since acquisition across.

    ``cohorts`` is :func:`segcore.dynamics.cohort_retention`'s result. The colour scale
    runs from 0 to the largest share after acquisition (period 0 is 100 % by definition
    and would wash the rest out); shares are printed when there are at most
    ``max_labels`` columns.
    """
    data = cohorts[["cohort", "cohort_label", "periods_since", "customers", "cohort_size", "share"]].copy()
    data["cohort_label"] = data["cohort_label"].astype(str)
    later = data.loc[data["periods_since"] > 0, "share"]
    top = float(later.max()) if len(later) and later.max() > 0 else 1.0
    order = list(dict.fromkeys(data.sort_values("cohort")["cohort_label"]))
    data["dark"] = data["share"] > 0.55 * top
    base = alt.Chart(data).encode(
        x=alt.X("periods_since:O", title=since_title, axis=alt.Axis(labelAngle=0, orient="top")),
        y=alt.Y("cohort_label:O", sort=order, title=cohort_title),
        tooltip=[
            alt.Tooltip("cohort_label:N", title=cohort_title),
            alt.Tooltip("periods_since:Q", title=since_title),
            alt.Tooltip("share:Q", title=share_title, format=".1%"),
            alt.Tooltip("customers:Q", title=share_title + " ·", format=",.0f"),
            alt.Tooltip("cohort_size:Q", title=size_title, format=",.0f"),
        ],
    )
    squares = base.mark_rect(stroke="white", strokeWidth=1).encode(
        color=alt.Color(
            "share:Q",
            title=share_title,
            scale=alt.Scale(scheme="blues", domain=[0, top], clamp=True),
            legend=alt.Legend(format=".0%", orient="right"),
        )
    )
    layers: list[alt.Chart] = [squares]
    if data["periods_since"].nunique() <= max_labels:
        layers.append(
            base.mark_text(fontSize=13).encode(
                text=alt.Text("share:Q", format=".0%"),
                color=alt.condition("datum.dark", alt.value("white"), alt.value(TEXT_COLOUR)),
            )
        )
    height = max(320, min(30 * len(order) + 160, 1300))  # the height includes title and axes
    return finish(alt.LayerChart(layer=[*layers]).properties(title=chart_title(title), height=height), lang)
