"""Altair chart builders: small aggregated frames in, a chart specification out.

Every builder is pure (no I/O, no app state) and testable through ``chart.to_dict()``.
Words (titles, axis titles, segment names) come in as arguments, already translated; numbers
are formatted by the chart's locale (``lang``: ``"ru"`` gives ``1 234,5``). Colours are fixed
per segment code (:data:`SEGMENT_COLOURS`, Okabe–Ito colour-blind-safe hues), so a segment
keeps its colour when another one is empty. Fonts are sized for a projector (axis labels
15 px, axis titles 16 px, chart titles 20 px). Builders expect aggregated data: a few
thousand rows at most (see :func:`sample_points`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import altair as alt
import numpy as np
import pandas as pd

__all__ = [
    "ABC_COLOURS",
    "HEATMAP_DATA",
    "QUADRANT_COLOURS",
    "QUADRANT_POINTS_DATA",
    "QUADRANT_SPLITS_DATA",
    "SEGMENT_COLOURS",
    "XYZ_COLOURS",
    "abc_xyz_heatmap",
    "heatmap_frame",
    "heatmap_template",
    "histogram",
    "histogram_frame",
    "pareto_curve",
    "quadrant_fill",
    "quadrant_scatter",
    "quadrant_splits",
    "quadrant_template",
    "quadrant_ticks",
    "quadrant_tooltip",
    "sample_points",
    "segment_bars",
    "vega_spec",
    "with_datasets",
]

ABC_COLOURS: dict[str, str] = {"A": "#0072B2", "B": "#E69F00", "C": "#8C8C8C"}
XYZ_COLOURS: dict[str, str] = {"X": "#009E73", "Y": "#56B4E9", "Z": "#D55E00", "N": "#B0B0B0"}
QUADRANT_COLOURS: dict[str, str] = {
    "I": "#8C8C8C",  # entry flow: neutral grey
    "II": "#56B4E9",  # reserve of future stars: sky blue
    "III": "#009E73",  # the core: bluish green
    "IV": "#D55E00",  # rich but indifferent: vermillion
}
SEGMENT_COLOURS: dict[str, dict[str, str]] = {
    "abc": ABC_COLOURS,
    "xyz": XYZ_COLOURS,
    "quadrant": QUADRANT_COLOURS,
    "cell": {a + x: ABC_COLOURS[a] for a in ABC_COLOURS for x in XYZ_COLOURS},
}
ABC_ORDER = ("A", "B", "C")
XYZ_ORDER = ("X", "Y", "Z", "N")
QUADRANT_ORDER = ("III", "IV", "II", "I")

_TEXT = "#1F2328"
_AXIS_LABEL = 15
_AXIS_TITLE = 16
_TITLE = 20
_LOCALES: dict[str, dict[str, object]] = {
    "en": {"decimal": ".", "thousands": ",", "grouping": [3], "currency": ["", ""]},
    "ru": {"decimal": ",", "thousands": "\u00a0", "grouping": [3], "currency": ["", ""]},
}


def _finish(chart: alt.TopLevelMixin, lang: str) -> alt.TopLevelMixin:
    """Give the chart the projector-sized fonts and the number locale of the language."""
    return (
        chart.configure(locale=alt.Locale(number=_LOCALES.get(lang, _LOCALES["en"])))
        .configure_axis(
            labelFontSize=_AXIS_LABEL,
            titleFontSize=_AXIS_TITLE,
            labelColor=_TEXT,
            titleColor=_TEXT,
            titleFontWeight="bold",
        )
        .configure_legend(labelFontSize=_AXIS_LABEL, titleFontSize=_AXIS_TITLE, labelColor=_TEXT,
                          titleColor=_TEXT)
        .configure_title(fontSize=_TITLE, subtitleFontSize=_AXIS_TITLE, anchor="start")
        .configure_view(strokeWidth=0)
    )


def _title(text: str, subtitle: str | None = None) -> alt.TitleParams:
    # Vega cuts a subtitle wider than the chart with "…": one line per clause instead.
    lines = [line.strip() for line in (subtitle or "").split("; ") if line.strip()]
    return alt.TitleParams(text=text, subtitle=lines)


def _scale(kind: str, codes: Sequence[str]) -> alt.Scale:
    colours = SEGMENT_COLOURS[kind]
    return alt.Scale(domain=list(codes), range=[colours[c] for c in codes])


def _order(kind: str) -> tuple[str, ...]:
    if kind == "abc":
        return ABC_ORDER
    if kind == "xyz":
        return XYZ_ORDER
    if kind == "quadrant":
        return QUADRANT_ORDER
    return tuple(a + x for a in ABC_ORDER for x in XYZ_ORDER)


HEATMAP_DATA = "cells"
QUADRANT_POINTS_DATA = "points"
QUADRANT_SPLITS_DATA = "splits"


def vega_spec(chart: alt.TopLevelMixin) -> dict:
    """Give the Vega-Lite specification of ``chart`` without Altair's default view size.

    ``to_dict(validate=False)``: builders here are covered by tests that validate. The
    default theme's ``continuousWidth``/``continuousHeight`` (300 px) are left out, as
    Streamlit leaves them out of the charts it draws.
    """
    spec = chart.to_dict(validate=False)
    view = spec.get("config", {}).get("view")
    if isinstance(view, dict):
        view.pop("continuousWidth", None)
        view.pop("continuousHeight", None)
    return spec


def with_datasets(template: Mapping[str, object], **frames: pd.DataFrame) -> dict:
    """Give a copy of a specification template whose named datasets are ``frames``.

    The template is not changed (it may be cached and shared); only its top level is copied.
    """
    spec = dict(template)
    spec["datasets"] = dict(frames)
    return spec


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
    squares = base.mark_rect(stroke="white", strokeWidth=3, cursor="pointer").encode(
        color=alt.Color(
            f"{metric}:Q",
            scale=alt.Scale(scheme="blues", domainMin=0),
            title=field_titles.get(metric, metric),
            legend=alt.Legend(format=value_format, orient="right"),
        )
    ).properties(name="cell_squares")
    if select:
        squares = squares.add_params(alt.selection_point(name=select, fields=["cell"]))
    text_colour = alt.condition("datum.dark", alt.value("white"), alt.value(_TEXT))
    codes = base.mark_text(dy=-20, fontSize=17, fontWeight="bold").encode(
        text="cell:N", color=text_colour
    )
    values = base.mark_text(dy=8, fontSize=22).encode(
        text=alt.Text(f"{metric}:Q", format=value_format), color=text_colour
    )
    chart = alt.layer(squares, codes, values).properties(
        title=_title(title), height=360, width="container"
    )
    return _finish(chart, lang)


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
    return _heatmap_chart(heatmap_frame(summary, metric), metric=metric, title=title,
                          x_title=x_title, y_title=y_title, field_titles=field_titles, lang=lang,
                          value_format=value_format, select=select)


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
) -> dict:
    """Give the heatmap's Vega-Lite specification without its rows (dataset :data:`HEATMAP_DATA`).

    Everything but the rows: build it once per metric and words, then give it the rows of
    :func:`heatmap_frame` with :func:`with_datasets` (``cells=...``). The result equals
    :func:`abc_xyz_heatmap` of the same summary, but costs a dictionary copy, not a chart build.
    """
    return vega_spec(_heatmap_chart(alt.NamedData(HEATMAP_DATA), metric=metric, title=title,
                                    x_title=x_title, y_title=y_title, field_titles=field_titles,
                                    lang=lang, value_format=value_format, select=select))


def quadrant_tooltip(points: pd.DataFrame, tooltip_titles: Mapping[str, str]) -> tuple:
    """Give the scatter's tooltip fields as ``(column, type, title, format)``, from the columns' types."""
    return tuple(
        (c, "Q" if pd.api.types.is_numeric_dtype(points[c]) else "N", t,
         ",.2f" if pd.api.types.is_float_dtype(points[c]) else "")
        for c, t in tooltip_titles.items()
    )


def quadrant_ticks(profit: pd.Series, log_profit: bool) -> tuple[float, ...] | None:
    """Give the profit axis' tick values: powers of ten on a symmetric-log axis, else none."""
    return tuple(_log_ticks(profit)) if log_profit else None


def _quadrant_legend(codes: Sequence[str], names: Mapping[str, str]) -> tuple[dict, str]:
    present = set(pd.unique(pd.Series(codes, dtype=object)))
    legend_order = [c for c in QUADRANT_ORDER if c in present] or list(QUADRANT_ORDER)
    scale = {"domain": legend_order, "range": [QUADRANT_COLOURS[c] for c in legend_order]}
    return scale, _label_expr(names)


def _quadrant_chart(
    points: pd.DataFrame | alt.NamedData,
    splits: pd.DataFrame | alt.NamedData,
    *,
    scale: Mapping[str, list[str]],
    label_expr: str,
    ticks: tuple[float, ...] | None,
    tooltip: tuple,
    title: str,
    subtitle: str | None,
    x_title: str,
    y_title: str,
    lang: str,
) -> alt.LayerChart:
    y_scale = alt.Scale(type="symlog") if ticks is not None else alt.Scale(zero=False)
    y_axis = alt.Axis(values=list(ticks), format=",.0f") if ticks is not None else alt.Axis()
    dots = alt.Chart(points).mark_circle(size=46, opacity=0.7).encode(
        x=alt.X("loyalty:Q", title=x_title, scale=alt.Scale(zero=False)),
        y=alt.Y("profit:Q", title=y_title, scale=y_scale, axis=y_axis),
        color=alt.Color(
            "quadrant:N",
            scale=alt.Scale(domain=list(scale["domain"]), range=list(scale["range"])),
            legend=alt.Legend(title=None, orient="bottom", labelExpr=label_expr,
                              labelLimit=520, columns=1, symbolSize=220, labelFontSize=16),
        ),
        tooltip=[alt.Tooltip(f"{c}:{kind}", title=t, format=fmt) for c, kind, t, fmt in tooltip],
    )
    rule = alt.Chart(splits).mark_rule(strokeDash=[6, 4], strokeWidth=2.5, color=_TEXT)
    # fit-x: the height is the plot's own, so the legend under it takes no room from the points.
    chart = alt.layer(dots, rule.encode(x="loyalty:Q"), rule.encode(y="profit:Q")).properties(
        title=_title(title, subtitle), height=380,
        autosize=alt.AutoSizeParams(type="fit-x", contains="padding"),
    )
    return _finish(chart, lang)


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
        points.copy(), quadrant_splits(loyalty_split, profit_split), scale=scale,
        label_expr=label_expr, ticks=quadrant_ticks(points["profit"], log_profit),
        tooltip=quadrant_tooltip(points, tooltip_titles), title=title, subtitle=subtitle,
        x_title=x_title, y_title=y_title, lang=lang,
    )


def quadrant_template(
    *,
    ticks: tuple[float, ...] | None,
    tooltip: tuple,
    title: str,
    x_title: str,
    y_title: str,
    subtitle: str | None = None,
    lang: str = "en",
) -> dict:
    """Give the scatter's Vega-Lite specification without its data, legend colours and texts.

    ``ticks`` (:func:`quadrant_ticks`) and ``tooltip`` (:func:`quadrant_tooltip`) depend on
    the customers, not on the thresholds. :func:`quadrant_fill` adds the rest; the result
    equals :func:`quadrant_scatter` of the same points.
    """
    scale, label_expr = _quadrant_legend(QUADRANT_ORDER, {})
    return vega_spec(_quadrant_chart(
        alt.NamedData(QUADRANT_POINTS_DATA), alt.NamedData(QUADRANT_SPLITS_DATA), scale=scale,
        label_expr=label_expr, ticks=ticks, tooltip=tooltip, title=title, subtitle=subtitle,
        x_title=x_title, y_title=y_title, lang=lang,
    ))


def quadrant_fill(
    template: Mapping[str, object],
    points: pd.DataFrame,
    *,
    loyalty_split: float,
    profit_split: float,
    names: Mapping[str, str],
) -> dict:
    """Give :func:`quadrant_template`'s specification with the points, split lines and legend.

    The legend's colours (quadrants present in ``points``) and texts (``names``) change
    with the thresholds; the template is not changed.
    """
    scale, label_expr = _quadrant_legend(points["quadrant"], names)
    spec = with_datasets(template, **{QUADRANT_POINTS_DATA: points,
                                      QUADRANT_SPLITS_DATA: quadrant_splits(loyalty_split, profit_split)})
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


def _label_expr(names: Mapping[str, str]) -> str:
    cases = " : ".join(f"datum.label === {code!r} ? {name!r}" for code, name in names.items())
    return f"{cases} : datum.label" if cases else "datum.label"


def pareto_curve(
    points: pd.DataFrame,
    *,
    band_edges: Mapping[str, float],
    highlight: tuple[float, float] | None,
    title: str,
    x_title: str,
    y_title: str,
    highlight_label: str | None = None,
    subtitle: str | None = None,
    lang: str = "en",
) -> alt.LayerChart:
    """Give the Pareto (Lorenz) curve with the diagonal, ABC bands and a readout point.

    ``points`` has ``customer_share`` and ``revenue_share`` (0–1, customers sorted by
    revenue, largest first). ``band_edges`` maps each ABC class to the customer share where
    its band ends (e.g. ``{"A": 0.18, "B": 0.45, "C": 1.0}``). ``highlight`` is the
    ``(customer share, revenue share)`` of the "top x %" readout, drawn with guide lines and
    ``highlight_label``.
    """
    start = 0.0
    bands = []
    for code in ABC_ORDER:
        end = float(band_edges.get(code, start))
        if end > start:
            bands.append({"abc": code, "x0": start, "x1": end, "mid": (start + end) / 2})
        start = max(start, end)
    band_frame = pd.DataFrame(bands, columns=["abc", "x0", "x1", "mid"])
    x = alt.X("customer_share:Q", title=x_title, scale=alt.Scale(domain=[0, 1]),
              axis=alt.Axis(format=".0%"))
    y = alt.Y("revenue_share:Q", title=y_title, scale=alt.Scale(domain=[0, 1]),
              axis=alt.Axis(format=".0%"))
    shading = alt.Chart(band_frame).mark_rect(opacity=0.14).encode(
        x=alt.X("x0:Q", scale=alt.Scale(domain=[0, 1])), x2="x1:Q",
        color=alt.Color("abc:N", scale=_scale("abc", ABC_ORDER), legend=None),
    )
    band_names = alt.Chart(band_frame).mark_text(
        baseline="top", dy=8, fontSize=22, fontWeight="bold"
    ).encode(
        x="mid:Q", y=alt.value(0), text="abc:N",
        color=alt.Color("abc:N", scale=_scale("abc", ABC_ORDER), legend=None),
    )
    diagonal = alt.Chart(pd.DataFrame({"customer_share": [0.0, 1.0], "revenue_share": [0.0, 1.0]}))
    diagonal = diagonal.mark_line(strokeDash=[6, 4], color="#6E7781", strokeWidth=2).encode(x=x, y=y)
    curve = alt.Chart(points[["customer_share", "revenue_share"]]).mark_line(
        color=ABC_COLOURS["A"], strokeWidth=4
    ).encode(
        x=x, y=y,
        tooltip=[alt.Tooltip("customer_share:Q", title=x_title, format=".1%"),
                 alt.Tooltip("revenue_share:Q", title=y_title, format=".1%")],
    )
    layers = [shading, band_names, diagonal, curve]
    if highlight is not None:
        layers.extend(_readout(highlight, highlight_label or ""))
    chart = alt.layer(*layers).properties(title=_title(title, subtitle), height=540)
    return _finish(chart, lang)


def _readout(highlight: tuple[float, float], label: str) -> list[alt.Chart]:
    hx, hy = float(highlight[0]), float(highlight[1])
    guide = pd.DataFrame(
        {"customer_share": [hx, hx, 0.0], "revenue_share": [0.0, hy, hy], "step": [0, 1, 2]}
    )
    lines = alt.Chart(guide).mark_line(color=_TEXT, strokeWidth=2, strokeDash=[2, 3]).encode(
        x="customer_share:Q", y="revenue_share:Q", order="step:Q"
    )
    spot = pd.DataFrame({"customer_share": [hx], "revenue_share": [hy], "label": [label]})
    dot = alt.Chart(spot).mark_point(size=220, filled=True, color=_TEXT).encode(
        x="customer_share:Q", y="revenue_share:Q"
    )
    text = alt.Chart(spot).mark_text(
        align="left", dx=14, dy=18, fontSize=18, fontWeight="bold", color=_TEXT
    ).encode(x="customer_share:Q", y="revenue_share:Q", text="label:N")
    return [lines, dot, text]


def segment_bars(
    frame: pd.DataFrame,
    *,
    kind: str,
    value: str,
    title: str,
    value_title: str,
    segment_title: str,
    names: Mapping[str, str] | None = None,
    value_format: str = ",.0f",
    lang: str = "en",
) -> alt.LayerChart:
    """Give horizontal bars of ``value`` per segment code, coloured by the code's fixed colour.

    ``frame`` has ``segment`` (codes of ``kind``: abc, xyz, cell or quadrant) and ``value``.
    ``names`` turns codes into axis labels (e.g. ``"III" → "III · Core"``).
    """
    data = frame[["segment", value]].copy()
    lookup = dict(names or {})
    data["label"] = [lookup.get(code, code) for code in data["segment"]]
    order = [c for c in _order(kind) if c in set(data["segment"])]
    label_order = [data.loc[data["segment"] == c, "label"].iloc[0] for c in order]
    base = alt.Chart(data).encode(
        y=alt.Y("label:N", sort=label_order, title=segment_title, axis=alt.Axis(labelLimit=280)),
        x=alt.X(f"{value}:Q", title=value_title, axis=alt.Axis(format=value_format)),
        tooltip=[alt.Tooltip("label:N", title=segment_title),
                 alt.Tooltip(f"{value}:Q", title=value_title, format=value_format)],
    )
    bars = base.mark_bar(cornerRadiusEnd=3).encode(
        color=alt.Color("segment:N", scale=_scale(kind, order or list(_order(kind))), legend=None)
    )
    text = base.mark_text(align="left", dx=6, fontSize=15, color=_TEXT).encode(
        text=alt.Text(f"{value}:Q", format=value_format)
    )
    chart = alt.layer(bars, text).properties(
        title=_title(title), height=140 + 40 * max(len(order), 1)
    )
    return _finish(chart, lang)


def histogram_frame(values: np.ndarray, bins: int = 30, clip_quantile: float = 0.99) -> pd.DataFrame:
    """Give the counts of ``values`` in equal bins up to the ``clip_quantile`` quantile.

    Values above the quantile are counted in the last bin (a long tail would otherwise
    squeeze every other bar to the left); NaN values are left out. Columns: ``bin_start``,
    ``bin_end``, ``customers``.
    """
    data = np.asarray(values, dtype=float)
    data = data[np.isfinite(data)]
    if data.size == 0:
        return pd.DataFrame({"bin_start": [], "bin_end": [], "customers": []})
    low = float(min(data.min(), 0.0))
    high = float(np.quantile(data, clip_quantile))
    if high <= low:
        high = float(data.max()) if data.max() > low else low + 1.0
    edges = np.linspace(low, high, bins + 1)
    counts, _ = np.histogram(np.clip(data, low, high), bins=edges)
    return pd.DataFrame({"bin_start": edges[:-1], "bin_end": edges[1:], "customers": counts})


def histogram(
    bins: pd.DataFrame,
    *,
    title: str,
    x_title: str,
    y_title: str,
    marker: float | None = None,
    marker_label: str | None = None,
    lang: str = "en",
) -> alt.LayerChart:
    """Give a histogram of pre-binned counts (see :func:`histogram_frame`), with an optional marker line."""
    x = alt.X("bin_start:Q", bin="binned", title=x_title, axis=alt.Axis(format=",.0f"))
    bars = alt.Chart(bins).mark_bar(color=ABC_COLOURS["A"], opacity=0.85).encode(
        x=x, x2="bin_end:Q",
        y=alt.Y("customers:Q", title=y_title),
        tooltip=[alt.Tooltip("bin_start:Q", title=x_title, format=",.0f"),
                 alt.Tooltip("bin_end:Q", title="…", format=",.0f"),
                 alt.Tooltip("customers:Q", title=y_title, format=",.0f")],
    )
    layers: list[alt.Chart] = [bars]
    if marker is not None:
        spot = pd.DataFrame({"x": [marker], "label": [marker_label or ""]})
        layers.append(alt.Chart(spot).mark_rule(color=ABC_COLOURS["B"], strokeWidth=3).encode(x="x:Q"))
        layers.append(alt.Chart(spot).mark_text(
            align="left", dx=6, baseline="top", y=4, fontSize=16, fontWeight="bold",
            color=_TEXT,
        ).encode(x="x:Q", text="label:N"))
    chart = alt.layer(*layers).properties(title=_title(title), height=340)
    return _finish(chart, lang)


def sample_points(n: int, limit: int = 3000, seed: int = 0) -> np.ndarray:
    """Give at most ``limit`` sorted row positions out of ``n`` for a scatter plot.

    A fixed-seed random sample, so the same customers stay on the chart while thresholds
    move; every row when ``n <= limit``.
    """
    if n <= limit:
        return np.arange(n)
    return np.sort(np.random.default_rng(seed).choice(n, size=limit, replace=False))
