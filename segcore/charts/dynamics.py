"""Altair chart builders for the dynamics views: periods, customer base, cohorts, golden share, plan.

The same rules as :mod:`segcore.charts` (its fonts, locale and colours are reused): pure
builders, small aggregated frames in, a chart out, every word passed in already translated,
numbers formatted by the chart's locale (``lang``). Periods are drawn on an ordinal axis of
their labels ("2025-03", "2025-Q1", "2025") in time order; a period the data cover only
partly is drawn paler. The migration, flow and sensitivity charts live in
:mod:`segcore.charts.flows`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import altair as alt
import pandas as pd

from segcore.charts import ABC_COLOURS, QUADRANT_COLOURS, XYZ_COLOURS, _finish, _label_expr, _title

__all__ = [
    "BASE_COLOURS",
    "CODE_COLOURS",
    "base_flow_chart",
    "cohort_heatmap",
    "golden_share_chart",
    "growth_chart",
    "live_base_chart",
    "period_chart",
    "plan_chart",
    "text_names",
    "variance_chart",
]

#: Colours of the codes that are not segments: customers new or lost between two periods,
#: and customers a classification leaves out.
EVENT_COLOURS: dict[str, str] = {"new": "#CC79A7", "lost": "#882255", "none": "#B0B0B0"}
#: Every code's fixed colour: ABC, XYZ, quadrants, and new / lost / none.
CODE_COLOURS: dict[str, str] = {**ABC_COLOURS, **XYZ_COLOURS, **QUADRANT_COLOURS, **EVENT_COLOURS}
#: The movements of the customer base, stacked in this order from the axis up (lost below it).
BASE_COLOURS: dict[str, str] = {
    "retained": "#0072B2", "returning": "#56B4E9", "new": "#CC79A7", "lost": "#882255",
}  # fmt: skip

_TEXT = "#1F2328"
_BLUE = "#0072B2"
_ORANGE = "#E69F00"
_GREY = "#6E7781"
_GREEN = "#009E73"
_VERMILLION = "#D55E00"
_PALE = 0.45


def _periods(frame: pd.DataFrame) -> list[str]:
    """Give the period labels in time order."""
    return list(dict.fromkeys(frame.sort_values("period")["label"].astype(str)))


def _x(order: Sequence[str], title: str) -> alt.X:
    angle = -45 if len(order) > 14 else 0
    return alt.X("label:O", sort=list(order), title=title, axis=alt.Axis(labelAngle=angle))


def _paler_when_incomplete() -> alt.OpacityValue:
    return alt.condition("datum.complete", alt.value(1.0), alt.value(_PALE))


def text_names(names: Mapping[object, object] | None) -> dict[str, str]:
    """Give code → name as plain text (numpy strings would print as ``np.str_('A')`` in labels)."""
    return {str(code): str(name) for code, name in (names or {}).items()}


def code_scale(codes: Sequence[str]) -> alt.Scale:
    """Give the colour scale of segment codes (fixed colour per code; unknown codes grey)."""
    return alt.Scale(domain=list(codes), range=[CODE_COLOURS.get(c, _GREY) for c in codes])


def _code_order(codes: Sequence[str], names: Mapping[str, str]) -> list[str]:
    present = list(dict.fromkeys(str(c) for c in codes))
    known = [c for c in names if c in present]
    return known + [c for c in present if c not in known]


def _series_colour(domain: Sequence[str], colours: Sequence[str], legend: bool = True) -> alt.Color:
    return alt.Color(
        "series:N",
        scale=alt.Scale(domain=list(domain), range=list(colours)),
        legend=alt.Legend(title=None, orient="top", symbolSize=220, labelLimit=400) if legend else None,
    )


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
) -> alt.LayerChart:
    """Give ``metric`` per period: bars and the same period a year earlier, or a line per segment.

    ``frame`` is :func:`segcore.dynamics.period_comparison`'s result (label, period,
    complete, ``metric`` and ``metric_year_ago``; with a ``segment`` column, one line per
    segment coloured by its code and named by ``names``).
    """
    order = _periods(frame)
    x = _x(order, period_title)
    y = alt.Y("value:Q", title=value_title, axis=alt.Axis(format=value_format))
    data = frame.assign(value=frame[metric].astype(float))
    if "segment" in frame.columns:
        return _segment_lines(data, x, y, names or {}, (title, subtitle), value_format,
                              (period_title, value_title), lang)
    data = data.assign(year_ago=frame[f"{metric}_year_ago"].astype(float), series=current_title)
    data = data[["label", "period", "complete", "value", "year_ago", "series"]]
    colour = _series_colour([current_title, year_ago_title], [_BLUE, _GREY])
    tooltip = [
        alt.Tooltip("label:N", title=period_title),
        alt.Tooltip("value:Q", title=current_title, format=value_format),
        alt.Tooltip("year_ago:Q", title=year_ago_title, format=value_format),
    ]
    bars = alt.Chart(data).mark_bar(cornerRadiusEnd=2).encode(
        x=x, y=y, color=colour, opacity=_paler_when_incomplete(), tooltip=tooltip
    )
    earlier = data.dropna(subset=["year_ago"]).assign(series=year_ago_title)
    line = alt.Chart(earlier).mark_line(strokeDash=[6, 4], strokeWidth=3, point=True).encode(
        x=x, y=alt.Y("year_ago:Q"), color=colour, tooltip=tooltip
    )
    chart = alt.layer(bars, line).properties(title=_title(title, subtitle), height=420)
    return _finish(chart, lang)


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
    line = alt.Chart(data).mark_line(strokeWidth=3, point=alt.OverlayMarkDef(size=60)).encode(
        x=x,
        y=y,
        color=alt.Color(
            "segment:N",
            scale=code_scale(codes),
            legend=alt.Legend(title=None, orient="top", labelExpr=_label_expr(names), labelLimit=320),
        ),
        tooltip=[
            alt.Tooltip("label:N", title=period_title),
            alt.Tooltip("name:N", title=" "),
            alt.Tooltip("value:Q", title=value_title, format=value_format),
        ],
    )
    chart = line.properties(title=_title(*titles), height=420)
    return _finish(alt.layer(chart), lang)


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
    order = _periods(frame)
    x = _x(order, period_title)
    y = alt.Y("growth:Q", title=growth_title, axis=alt.Axis(format=".0%"))
    tooltip_growth = alt.Tooltip("growth:Q", title=growth_title, format="+.1%")
    if "segment" in frame.columns:
        names = text_names(names)
        data = frame[["label", "period", "segment"]].assign(
            segment=frame["segment"].astype(str), growth=frame[f"{metric}_yoy"].astype(float)
        )
        data["name"] = [names.get(c, c) for c in data["segment"]]
        colour = alt.Color(
            "segment:N", scale=code_scale(_code_order(data["segment"], names)),
            legend=alt.Legend(title=None, orient="top", labelExpr=_label_expr(names), labelLimit=320),
        )
        tooltip = [alt.Tooltip("label:N", title=period_title), alt.Tooltip("name:N", title=" "),
                   tooltip_growth]
    else:
        parts = [
            frame[["label", "period"]].assign(series=name, growth=frame[f"{metric}_{suffix}"].astype(float))
            for suffix, name in (("yoy", yoy_title), ("pop", pop_title))
        ]
        data = pd.concat(parts, ignore_index=True)
        colour = _series_colour([yoy_title, pop_title], [_BLUE, _ORANGE])
        tooltip = [alt.Tooltip("label:N", title=period_title), alt.Tooltip("series:N", title=" "),
                   tooltip_growth]
    data = data.dropna(subset=["growth"])
    lines = alt.Chart(data).mark_line(strokeWidth=3, point=alt.OverlayMarkDef(size=60)).encode(
        x=x, y=y, color=colour, tooltip=tooltip
    )
    zero = alt.Chart(pd.DataFrame({"growth": [0.0]})).mark_rule(color=_TEXT, strokeWidth=1.5).encode(
        y="growth:Q"
    )
    chart = alt.layer(zero, lines).properties(title=_title(title), height=380)
    return _finish(chart, lang)


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
    order = _periods(base)
    series = list(BASE_COLOURS)
    parts = []
    for position, movement in enumerate(series):
        sign = -1 if movement == "lost" else 1
        parts.append(base[["label", "period", "complete"]].assign(
            movement=movement, series=names[movement], count=base[movement].astype(int),
            value=sign * base[movement].astype(int), stack=position,
        ))
    data = pd.concat(parts, ignore_index=True)
    bars = alt.Chart(data).mark_bar().encode(
        x=_x(order, period_title),
        y=alt.Y("value:Q", title=value_title, stack="zero", axis=alt.Axis(format=",.0f")),
        color=_series_colour([names[s] for s in series], list(BASE_COLOURS.values())),
        order=alt.Order("stack:Q"),
        opacity=_paler_when_incomplete(),
        tooltip=[alt.Tooltip("label:N", title=period_title), alt.Tooltip("series:N", title=" "),
                 alt.Tooltip("count:Q", title=value_title, format=",.0f")],
    )
    zero = alt.Chart(pd.DataFrame({"value": [0]})).mark_rule(color=_TEXT).encode(y="value:Q")
    chart = alt.layer(bars, zero).properties(title=_title(title), height=440)
    return _finish(chart, lang)


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
    order = _periods(base)
    parts = [base[["label", "period"]].assign(series=names[k], value=base[k].astype(int))
             for k in ("live", "active")]
    data = pd.concat(parts, ignore_index=True)
    lines = alt.Chart(data).mark_line(strokeWidth=3, point=alt.OverlayMarkDef(size=60)).encode(
        x=_x(order, period_title),
        y=alt.Y("value:Q", title=value_title, axis=alt.Axis(format=",.0f")),
        color=_series_colour([names["live"], names["active"]], [_TEXT, _BLUE]),
        tooltip=[alt.Tooltip("label:N", title=period_title), alt.Tooltip("series:N", title=" "),
                 alt.Tooltip("value:Q", title=value_title, format=",.0f")],
    )
    return _finish(alt.layer(lines).properties(title=_title(title), height=380), lang)


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
        tooltip=[alt.Tooltip("cohort_label:N", title=cohort_title),
                 alt.Tooltip("periods_since:Q", title=since_title),
                 alt.Tooltip("share:Q", title=share_title, format=".1%"),
                 alt.Tooltip("customers:Q", title=share_title + " ·", format=",.0f"),
                 alt.Tooltip("cohort_size:Q", title=size_title, format=",.0f")],
    )
    squares = base.mark_rect(stroke="white", strokeWidth=1).encode(
        color=alt.Color("share:Q", title=share_title,
                        scale=alt.Scale(scheme="blues", domain=[0, top], clamp=True),
                        legend=alt.Legend(format=".0%", orient="right"))
    )
    layers: list[alt.Chart] = [squares]
    if data["periods_since"].nunique() <= max_labels:
        layers.append(base.mark_text(fontSize=13).encode(
            text=alt.Text("share:Q", format=".0%"),
            color=alt.condition("datum.dark", alt.value("white"), alt.value(_TEXT)),
        ))
    height = max(320, min(30 * len(order) + 160, 1300))  # the height includes title and axes
    return _finish(alt.layer(*layers).properties(title=_title(title), height=height), lang)


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
    order = _periods(periods)
    x = _x(order, period_title)
    y = alt.Y("share:Q", title=share_title, axis=alt.Axis(format=".0%"), scale=alt.Scale(zero=False))
    columns = ["label", "period", "complete", "share", "golden_customers", "golden_revenue", "revenue"]
    data = periods[columns + (["side"] if "side" in periods.columns else [])].copy()
    line = alt.Chart(data).mark_line(color=_BLUE, strokeWidth=3, point=alt.OverlayMarkDef(size=70)).encode(
        x=x, y=y,
        tooltip=[alt.Tooltip("label:N", title=period_title),
                 alt.Tooltip("share:Q", title=share_title, format=".1%"),
                 alt.Tooltip("golden_customers:Q", title=customers_title, format=",.0f")],
    )
    layers: list[alt.Chart] = [line]
    if sides and "side" in data.columns:
        levels = [
            data.loc[data["side"] == side, ["label"]].assign(series=text, level=mean)
            for side, (mean, text) in sides.items()
        ]
        level_data = pd.concat(levels, ignore_index=True)
        colours = [_GREY if side == "before" else _GREEN for side in sides]
        layers.append(alt.Chart(level_data).mark_line(strokeWidth=6, opacity=0.8).encode(
            x=x, y=alt.Y("level:Q"),
            color=_series_colour([text for _, text in sides.values()], colours),
            tooltip=[alt.Tooltip("series:N", title=" "),
                     alt.Tooltip("level:Q", title=share_title, format=".1%")],
        ))
    if campaign_label is not None:
        spot = pd.DataFrame({"label": [campaign_label], "text": [campaign_text]})
        layers.append(alt.Chart(spot).mark_rule(color=_VERMILLION, strokeWidth=3, strokeDash=[8, 4])
                      .encode(x=x))
        layers.append(alt.Chart(spot).mark_text(
            align="left", dx=8, baseline="top", y=6, fontSize=16, fontWeight="bold", color=_VERMILLION
        ).encode(x=x, text="text:N"))
    chart = alt.layer(*layers).properties(title=_title(title, subtitle), height=420)
    return _finish(chart, lang)


def plan_chart(
    frame: pd.DataFrame,
    *,
    title: str,
    period_title: str,
    value_title: str,
    plan_title: str,
    actual_title: str,
    lang: str = "en",
) -> alt.LayerChart:
    """Give plan against actual per period: actual as bars, the plan as a tick across each bar.

    ``frame`` has label, period, plan, actual (NaN for periods not yet happened) and complete.
    """
    order = _periods(frame)
    x = _x(order, period_title)
    data = frame[["label", "period", "plan", "actual", "complete"]].copy()
    data["variance_pct"] = data["actual"] / data["plan"].where(data["plan"] != 0) - 1.0
    colour = _series_colour([actual_title, plan_title], [_BLUE, _TEXT])
    tooltip = [alt.Tooltip("label:N", title=period_title),
               alt.Tooltip("plan:Q", title=plan_title, format=",.0f"),
               alt.Tooltip("actual:Q", title=actual_title, format=",.0f"),
               alt.Tooltip("variance_pct:Q", title="±", format="+.1%")]
    y_axis = alt.Axis(format=",.0f")
    bars = alt.Chart(data.dropna(subset=["actual"]).assign(series=actual_title)).mark_bar(
        cornerRadiusEnd=2
    ).encode(x=x, y=alt.Y("actual:Q", title=value_title, axis=y_axis), color=colour,
             opacity=_paler_when_incomplete(), tooltip=tooltip)
    ticks = alt.Chart(data.assign(series=plan_title)).mark_tick(thickness=4, size=34).encode(
        x=x, y=alt.Y("plan:Q"), color=colour, tooltip=tooltip
    )
    chart = alt.layer(bars, ticks).properties(title=_title(title), height=420)
    return _finish(chart, lang)


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
    order = _periods(frame)
    data = frame[["label", "period", "variance_pct"]].dropna(subset=["variance_pct"]).copy()
    data["series"] = [above_title if v >= 0 else below_title for v in data["variance_pct"]]
    x = _x(order, period_title)
    bars = alt.Chart(data).mark_bar(cornerRadiusEnd=2).encode(
        x=x,
        y=alt.Y("variance_pct:Q", title=value_title, axis=alt.Axis(format="+.0%")),
        color=_series_colour([above_title, below_title], [_GREEN, _VERMILLION]),
        tooltip=[alt.Tooltip("label:N", title=period_title),
                 alt.Tooltip("variance_pct:Q", title=value_title, format="+.1%")],
    )
    labels = [
        alt.Chart(data[(data["variance_pct"] >= 0) == above]).mark_text(
            fontSize=14, color=_TEXT, dy=-10 if above else 12
        ).encode(x=x, y="variance_pct:Q", text=alt.Text("variance_pct:Q", format="+.0%"))
        for above in (True, False)
    ]
    zero = alt.Chart(pd.DataFrame({"variance_pct": [0.0]})).mark_rule(color=_TEXT).encode(
        y="variance_pct:Q"
    )
    return _finish(alt.layer(bars, *labels, zero).properties(title=_title(title), height=380), lang)
