"""Charts of the segments: the ABC × XYZ heatmap and the loyalty × profitability scatter.

The heatmap and the scatter also come as templates (a specification without its rows,
:func:`heatmap_template`, :func:`quadrant_template`) that a slider move fills with new rows
(:func:`~segcore.charts.base.with_datasets`, :func:`quadrant_fill`) instead of building
the chart again; :func:`sample_points` keeps the scatter to a few thousand customers.
Rules of every builder: :mod:`segcore.charts`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import altair as alt
import numpy as np
import pandas as pd

from segcore.charts.base import (
    ABC_ORDER,
    QUADRANT_COLOURS,
    QUADRANT_ORDER,
    TEXT_COLOUR,
    XYZ_ORDER,
    chart_title,
    code_label_expr,
    finish,
    vega_spec,
    with_datasets,
)

__all__ = [
    "HEATMAP_DATA",
    "QUADRANT_POINTS_DATA",
    "QUADRANT_SPLITS_DATA",
    "TooltipField",
    "abc_xyz_heatmap",
    "heatmap_frame",
    "heatmap_template",
    "quadrant_fill",
    "quadrant_scatter",
    "quadrant_splits",
    "quadrant_template",
    "quadrant_ticks",
    "quadrant_tooltip",
    "sample_points",
]

#: The dataset names of the templates' rows.
HEATMAP_DATA = "cells"
QUADRANT_POINTS_DATA = "points"
QUADRANT_SPLITS_DATA = "splits"
#: A tooltip field of the scatter: ``(column, type, title, format)``.
TooltipField = tuple[str, str, str, str]


def heatmap_frame(summary: pd.DataFrame, metric: str) -> pd.DataFrame:
    """Give the heatmap's rows: ``summary`` with ``metric`` as float (0 if missing) and ``dark``.

    ``dark`` marks the squares coloured dark enough for a white label.
    """
    frame = summary.copy()
    frame[metric] = frame[metric].astype(float).fillna(0.0)
    top = float(frame[metric].max()) if len(frame) else 0.0
    frame["dark"] = frame[metric] > 0.55 * top if top > 0 else False
    return frame


def _heatmap_chart(
    data: pd.DataFrame | alt.NamedData,
    *,
    metric: str,
    title: str,
    x_title: str,
    y_title: str,
    field_titles: Mapping[str, str],
    lang: str,
    value_format: str,
    select: str | None,
) -> alt.LayerChart:
    x = alt.X("xyz:N", sort=list(XYZ_ORDER), title=x_title, axis=alt.Axis(labelAngle=0, orient="top"))
    y = alt.Y("abc:N", sort=list(ABC_ORDER), title=y_title)
    tooltip = [alt.Tooltip("cell:N", title=field_titles.get("cell", "cell"))] + [
        alt.Tooltip(
            f"{column}:Q",
            title=label,
            format=".1%" if column.endswith("share") else ",.0f",
        )
        for column, label in field_titles.items()
        if column != "cell"
    ]
    base = alt.Chart(data).encode(x=x, y=y, tooltip=tooltip)
    squares = (
        base.mark_rect(stroke="white", strokeWidth=3, cursor="pointer")
        .encode(
            color=alt.Color(
                f"{metric}:Q",
                scale=alt.Scale(scheme="blues", domainMin=0),
                title=field_titles.get(metric, metric),
                legend=alt.Legend(format=value_format, orient="right"),
            )
        )
        .properties(name="cell_squares")
    )
    if select:
        squares = squares.add_params(alt.selection_point(name=select, fields=["cell"]))
    text_colour = alt.condition("datum.dark", alt.value("white"), alt.value(TEXT_COLOUR))
    codes = base.mark_text(dy=-20, fontSize=17, fontWeight="bold").encode(text="cell:N", color=text_colour)
    values = base.mark_text(dy=8, fontSize=22).encode(
        text=alt.Text(f"{metric}:Q", format=value_format), color=text_colour
    )
    chart = alt.LayerChart(layer=[squares, codes, values]).properties(
        title=chart_title(title), height=360, width="container"
    )
    return finish(chart, lang)


def abc_xyz_heatmap(
    summary: pd.DataFrame,
    *,
    metric: str,
    title: str,
    x_title: str,
    y_title: str,
    field_titles: Mapping[str, str],
    lang: str = "en",
    value_format: str = ",.0f",
    select: str | None = None,
) -> alt.LayerChart:
    """Give the ABC × XYZ heatmap: one square per cell, coloured and labelled by ``metric``.

    ``summary`` has one row per cell with ``abc``, ``xyz``, ``cell`` and the numeric
    columns named in ``field_titles`` (e.g. customers, revenue_share, avg_revenue); the
    tooltip shows all of them. ``metric`` is the column that sets the colour and the big
    label; the cell code is printed above it. ``select`` names a click selection of a
    cell (field ``cell``), for an app to drill down into.
    """
    return _heatmap_chart(
        heatmap_frame(summary, metric),
        metric=metric,
        title=title,
        x_title=x_title,
        y_title=y_title,
        field_titles=field_titles,
        lang=lang,
        value_format=value_format,
        select=select,
    )


def heatmap_template(
    *,
    metric: str,
    title: str,
    x_title: str,
    y_title: str,
    field_titles: Mapping[str, str],
    lang: str = "en",
    value_format: str = ",.0f",
    select: str | None = None,
) -> dict[str, Any]:
    """Give the heatmap's Vega-Lite specification without its rows (dataset :data:`HEATMAP_DATA`).

    Everything but the rows: build it once per metric and words, then give it the rows of
    :func:`heatmap_frame` with :func:`with_datasets` (``cells=...``). The result equals
    :func:`abc_xyz_heatmap` of the same summary, but costs a dictionary copy, not a chart build.
    """
    return vega_spec(
        _heatmap_chart(
            alt.NamedData(HEATMAP_DATA),
            metric=metric,
            title=title,
            x_title=x_title,
            y_title=y_title,
            field_titles=field_titles,
            lang=lang,
            value_format=value_format,
            select=select,
        )
    )


def quadrant_tooltip(points: pd.DataFrame, tooltip_titles: Mapping[str, str]) -> tuple[TooltipField, ...]:
    """Give the scatter's tooltip fields as ``(column, type, title, format)``, from the columns' types."""
    return tuple(
        (
            c,
            "Q" if pd.api.types.is_numeric_dtype(points[c]) else "N",
            t,
            ",.2f" if pd.api.types.is_float_dtype(points[c]) else "",
        )
        for c, t in tooltip_titles.items()
    )


def quadrant_ticks(profit: pd.Series, log_profit: bool) -> tuple[float, ...] | None:
    """Give the profit axis' tick values: powers of ten on a symmetric-log axis, else none."""
    return tuple(_log_ticks(profit)) if log_profit else None


def _quadrant_legend(codes: Sequence[str], names: Mapping[str, str]) -> tuple[dict[str, list[str]], str]:
    present = set(pd.unique(pd.Series(codes, dtype=object)))
    legend_order = [c for c in QUADRANT_ORDER if c in present] or list(QUADRANT_ORDER)
    scale = {"domain": legend_order, "range": [QUADRANT_COLOURS[c] for c in legend_order]}
    return scale, code_label_expr(names)


def _quadrant_chart(
    points: pd.DataFrame | alt.NamedData,
    splits: pd.DataFrame | alt.NamedData,
    *,
    scale: Mapping[str, list[str]],
    label_expr: str,
    ticks: tuple[float, ...] | None,
    tooltip: tuple[TooltipField, ...],
    title: str,
    subtitle: str | None,
    x_title: str,
    y_title: str,
    lang: str,
) -> alt.LayerChart:
    y_scale = alt.Scale(type="symlog") if ticks is not None else alt.Scale(zero=False)
    y_axis = alt.Axis(values=list(ticks), format=",.0f") if ticks is not None else alt.Axis()
    dots = (
        alt.Chart(points)
        .mark_circle(size=46, opacity=0.7)
        .encode(
            x=alt.X("loyalty:Q", title=x_title, scale=alt.Scale(zero=False)),
            y=alt.Y("profit:Q", title=y_title, scale=y_scale, axis=y_axis),
            color=alt.Color(
                "quadrant:N",
                scale=alt.Scale(domain=list(scale["domain"]), range=list(scale["range"])),
                legend=alt.Legend(
                    title=None,
                    orient="bottom",
                    labelExpr=label_expr,
                    labelLimit=520,
                    columns=1,
                    symbolSize=220,
                    labelFontSize=16,
                ),
            ),
            tooltip=[alt.Tooltip(f"{c}:{kind}", title=t, format=fmt) for c, kind, t, fmt in tooltip],
        )
    )
    rule = alt.Chart(splits).mark_rule(strokeDash=[6, 4], strokeWidth=2.5, color=TEXT_COLOUR)
    # fit-x: the height is the plot's own, so the legend under it takes no room from the points.
    chart = alt.LayerChart(layer=[dots, rule.encode(x="loyalty:Q"), rule.encode(y="profit:Q")]).properties(
        title=chart_title(title, subtitle),
        height=380,
        autosize=alt.AutoSizeParams(type="fit-x", contains="padding"),
    )
    return finish(chart, lang)


def quadrant_splits(loyalty_split: float, profit_split: float) -> pd.DataFrame:
    """Give the one row the split lines are drawn at."""
    return pd.DataFrame({"loyalty": [float(loyalty_split)], "profit": [float(profit_split)]})


def quadrant_scatter(
    points: pd.DataFrame,
    *,
    loyalty_split: float,
    profit_split: float,
    names: Mapping[str, str],
    title: str,
    x_title: str,
    y_title: str,
    tooltip_titles: Mapping[str, str],
    subtitle: str | None = None,
    lang: str = "en",
    log_profit: bool = False,
) -> alt.LayerChart:
    """Give the loyalty × profitability scatter with its split lines.

    ``points`` (already sampled for display, see :func:`sample_points`) has ``loyalty``,
    ``profit``, ``quadrant`` and the columns named in ``tooltip_titles``. ``names`` gives
    each quadrant's legend text (name and size), listed from the core (III) down.
    Quadrants: I low/low, II high loyalty, III high/high,
    IV high profit (DOMAIN.md). ``log_profit`` draws profit on a symmetric-log axis
    (zero and negative values allowed) with ticks at powers of ten.
    """
    scale, label_expr = _quadrant_legend(points["quadrant"], names)
    return _quadrant_chart(
        points.copy(),
        quadrant_splits(loyalty_split, profit_split),
        scale=scale,
        label_expr=label_expr,
        ticks=quadrant_ticks(points["profit"], log_profit),
        tooltip=quadrant_tooltip(points, tooltip_titles),
        title=title,
        subtitle=subtitle,
        x_title=x_title,
        y_title=y_title,
        lang=lang,
    )


def quadrant_template(
    *,
    ticks: tuple[float, ...] | None,
    tooltip: tuple[TooltipField, ...],
    title: str,
    x_title: str,
    y_title: str,
    subtitle: str | None = None,
    lang: str = "en",
) -> dict[str, Any]:
    """Give the scatter's Vega-Lite specification without its data, legend colours and texts.

    ``ticks`` (:func:`quadrant_ticks`) and ``tooltip`` (:func:`quadrant_tooltip`) depend on
    the customers, not on the thresholds. :func:`quadrant_fill` adds the rest; the result
    equals :func:`quadrant_scatter` of the same points.
    """
    scale, label_expr = _quadrant_legend(QUADRANT_ORDER, {})
    return vega_spec(
        _quadrant_chart(
            alt.NamedData(QUADRANT_POINTS_DATA),
            alt.NamedData(QUADRANT_SPLITS_DATA),
            scale=scale,
            label_expr=label_expr,
            ticks=ticks,
            tooltip=tooltip,
            title=title,
            subtitle=subtitle,
            x_title=x_title,
            y_title=y_title,
            lang=lang,
        )
    )


def quadrant_fill(
    template: Mapping[str, object],
    points: pd.DataFrame,
    *,
    loyalty_split: float,
    profit_split: float,
    names: Mapping[str, str],
) -> dict[str, Any]:
    """Give :func:`quadrant_template`'s specification with the points, split lines and legend.

    The legend's colours (quadrants present in ``points``) and texts (``names``) change
    with the thresholds; the template is not changed.
    """
    scale, label_expr = _quadrant_legend(points["quadrant"], names)
    spec = with_datasets(
        template,
        **{QUADRANT_POINTS_DATA: points, QUADRANT_SPLITS_DATA: quadrant_splits(loyalty_split, profit_split)},
    )
    layers = list(spec["layer"])
    dots = dict(layers[0])
    encoding = dict(dots["encoding"])
    colour = dict(encoding["color"])
    colour["scale"] = {**colour["scale"], **scale}
    colour["legend"] = {**colour["legend"], "labelExpr": label_expr}
    encoding["color"] = colour
    dots["encoding"] = encoding
    layers[0] = dots
    spec["layer"] = layers
    return spec


def _log_ticks(values: pd.Series) -> list[float]:
    """Give 0 and the powers of ten from 10 (both signs) the values reach, for a symlog axis."""
    finite = values[np.isfinite(values.astype(float))].astype(float)
    top = float(finite.max()) if len(finite) else 1.0
    bottom = float(finite.min()) if len(finite) else 0.0
    ticks = [0.0]
    power = 10.0
    while power <= max(top, -bottom, 1.0) * 1.0001:
        if power <= top:
            ticks.append(power)
        if -power >= bottom:
            ticks.insert(0, -power)
        power *= 10
    return ticks


def sample_points(n: int, limit: int = 3000, seed: int = 0) -> np.ndarray:
    """Give at most ``limit`` sorted row positions out of ``n`` for a scatter plot.

    A fixed-seed random sample, so the same customers stay on the chart while thresholds
    move; every row when ``n <= limit``.
    """
    if n <= limit:
        return np.arange(n)
    return np.sort(np.random.default_rng(seed).choice(n, size=limit, replace=False))
