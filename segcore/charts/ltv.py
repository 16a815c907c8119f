"""Altair chart builders of the predictive LTV: validation, tracking, P(alive), segment totals.

Same rules as :mod:`segcore.charts` (whose helpers these builders use): pure functions,
aggregated frames in, a chart specification out; words come in already translated; numbers
and dates follow ``lang`` (``"ru"``: ``1 234,5`` and ``06.1998``), written with the signs and
patterns of :mod:`segcore.i18n.format`. Series keep fixed
colour-blind-safe colours (:data:`SERIES_COLOURS`): what happened in blue, the model's
forecast in orange, the simple rule of thumb in grey.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import altair as alt
import numpy as np
import pandas as pd

from segcore.charts.base import (
    ABC_COLOURS,
    TEXT_COLOUR,
    XYZ_COLOURS,
    chart_title,
    finish,
    month_pattern,
    segment_order,
)
from segcore.i18n.format import NBSP, date_pattern

__all__ = [
    "SERIES_COLOURS",
    "compact_label_expr",
    "cumulative_tracking_chart",
    "holdout_bars",
    "probability_bins",
    "probability_histogram",
    "segment_value_comparison",
]

#: Fixed colour of each series code (Okabe–Ito hues shared with :mod:`segcore.charts`).
SERIES_COLOURS: dict[str, str] = {
    "actual": ABC_COLOURS["A"],
    "predicted": ABC_COLOURS["B"],
    "simple": ABC_COLOURS["C"],
    "clv": XYZ_COLOURS["X"],
}
#: Words of the compact axis numbers: thousand, million, billion (Russian after a no-break space).
_COMPACT = {"en": ("K", "M", "B"), "ru": (f"{NBSP}тыс.", f"{NBSP}млн", f"{NBSP}млрд")}


def compact_label_expr(lang: str) -> str:
    """Give a Vega label expression writing big numbers short: "200M" / "200 млн".

    A full "200 000 000" does not fit under a narrow chart; the number locale of the
    chart (see :func:`segcore.charts.base.finish`) still sets the decimal sign.
    """
    thousand, million, billion = _COMPACT.get(lang, _COMPACT["en"])
    steps = ((1e9, billion), (1e6, million), (1e3, thousand))
    expr = "format(datum.value, ',.0f')"
    for size, word in reversed(steps):
        expr = (
            f"abs(datum.value) >= {size:.0f} ? format(datum.value / {size:.0f}, ',.3~g') + '{word}' : "
            f"({expr})"
        )
    return expr


def _series_colour(codes: list[str], names: Mapping[str, str]) -> alt.Scale:
    return alt.Scale(domain=[names[c] for c in codes], range=[SERIES_COLOURS[c] for c in codes])


def _long(
    frame: pd.DataFrame, key: str, columns: Mapping[str, str], names: Mapping[str, str]
) -> pd.DataFrame:
    """Give one row per (key, series): ``series`` code, its ``name`` and ``value``."""
    parts = []
    for code, column in columns.items():
        part = frame[[key]].copy()
        part["series"] = code
        part["name"] = names[code]
        part["value"] = frame[column].astype(float).to_numpy()
        parts.append(part)
    return pd.concat(parts, ignore_index=True)


def holdout_bars(
    by_frequency: pd.DataFrame,
    *,
    title: str,
    x_title: str,
    y_title: str,
    series: Mapping[str, str],
    customers_title: str,
    subtitle: str | None = None,
    lang: str = "en",
) -> alt.LayerChart:
    """Give actual vs predicted mean holdout purchases side by side per calibration frequency.

    ``by_frequency`` is :func:`segcore.ltv.holdout_by_frequency`'s table (``frequency`` bin
    labels "0" … "7+", ``customers``, ``actual_mean``, ``predicted_mean``); empty bins are
    left out. ``series`` names the codes ``actual`` and ``predicted``.
    """
    table = by_frequency.loc[by_frequency["customers"] > 0]
    order = table["frequency"].astype(str).tolist()
    data = _long(
        table.assign(frequency=table["frequency"].astype(str)),
        "frequency",
        {"actual": "actual_mean", "predicted": "predicted_mean"},
        series,
    )
    data["customers"] = np.tile(table["customers"].to_numpy(), 2)
    codes = ["actual", "predicted"]
    base = alt.Chart(data).encode(
        x=alt.X("frequency:N", sort=order, title=x_title, axis=alt.Axis(labelAngle=0)),
        xOffset=alt.XOffset("name:N", sort=[series[c] for c in codes]),
        y=alt.Y("value:Q", title=y_title, axis=alt.Axis(format=",.1f")),
        tooltip=[
            alt.Tooltip("frequency:N", title=x_title),
            alt.Tooltip("name:N", title=" "),
            alt.Tooltip("value:Q", title=y_title, format=",.2f"),
            alt.Tooltip("customers:Q", title=customers_title, format=",.0f"),
        ],
    )
    bars = base.mark_bar(cornerRadiusEnd=3).encode(
        color=alt.Color(
            "name:N",
            scale=_series_colour(codes, series),
            legend=alt.Legend(title=None, orient="top", symbolSize=220),
        )
    )
    # Value labels over side-by-side bars collide ("0,76" on "0,94"): the axis and the
    # tooltips carry the numbers.
    chart = alt.LayerChart(layer=[bars]).properties(title=chart_title(title, subtitle), height=460)
    return finish(chart, lang)


def cumulative_tracking_chart(
    tracking: pd.DataFrame,
    *,
    calibration_end: date,
    title: str,
    x_title: str,
    y_title: str,
    series: Mapping[str, str],
    split_label: str,
    subtitle: str | None = None,
    lang: str = "en",
) -> alt.LayerChart:
    """Give actual vs predicted cumulative repeat purchases over time, the split marked.

    ``tracking`` is :func:`segcore.ltv.cumulative_tracking`'s table (``period_end``,
    ``actual``, ``predicted``, ``in_holdout``). The check period after ``calibration_end``
    is shaded and the split drawn as a rule labelled ``split_label``; the forecast is dashed.
    """
    data = _long(tracking, "period_end", {"actual": "actual", "predicted": "predicted"}, series)
    codes = ["actual", "predicted"]
    day_format = date_pattern(lang)
    x = alt.X("period_end:T", title=x_title, axis=alt.Axis(format=month_pattern(lang), labelAngle=0))
    lines = (
        alt.Chart(data)
        .mark_line(strokeWidth=3.5)
        .encode(
            x=x,
            y=alt.Y("value:Q", title=y_title, axis=alt.Axis(format=",.0f")),
            color=alt.Color(
                "name:N",
                scale=_series_colour(codes, series),
                legend=alt.Legend(title=None, orient="top", symbolSize=260),
            ),
            strokeDash=alt.StrokeDash(
                "name:N",
                scale=alt.Scale(domain=[series[c] for c in codes], range=[[1, 0], [8, 5]]),
                legend=None,
            ),
            tooltip=[
                alt.Tooltip("period_end:T", title=x_title, format=day_format),
                alt.Tooltip("name:N", title=" "),
                alt.Tooltip("value:Q", title=y_title, format=",.0f"),
            ],
        )
    )
    split = pd.DataFrame(
        {
            "start": [pd.Timestamp(calibration_end)],
            "end": [pd.Timestamp(tracking["period_end"].max())],
            "label": [split_label],
        }
    )
    layers: list[alt.Chart] = []
    if bool(tracking["in_holdout"].any()):
        layers.append(
            alt.Chart(split)
            .mark_rect(color=SERIES_COLOURS["simple"], opacity=0.12)
            .encode(x="start:T", x2="end:T")
        )
    layers.append(lines)
    layers.append(
        alt.Chart(split).mark_rule(color=TEXT_COLOUR, strokeWidth=2, strokeDash=[2, 3]).encode(x="start:T")
    )
    layers.append(
        alt.Chart(split)
        .mark_text(
            align="left",
            baseline="top",
            dx=6,
            y=6,
            fontSize=15,
            fontWeight="bold",
            color=TEXT_COLOUR,
        )
        .encode(x="start:T", text="label:N")
    )
    # Streamlit fits title, legend, axes and plot into the height: 460 leaves the plot ~250 px.
    chart = alt.LayerChart(layer=[*layers]).properties(title=chart_title(title, subtitle), height=460)
    return finish(chart, lang)


def probability_bins(values: np.ndarray, bins: int = 20) -> pd.DataFrame:
    """Give the customers per equal bin of probabilities from 0 to 1 (NaN left out).

    Columns ``bin_start``, ``bin_end``, ``customers``; 1.0 counts in the last bin.
    """
    data = np.asarray(values, dtype=float)
    data = data[np.isfinite(data)]
    edges = np.linspace(0.0, 1.0, bins + 1)
    counts, _ = np.histogram(np.clip(data, 0.0, 1.0), bins=edges)
    return pd.DataFrame({"bin_start": edges[:-1], "bin_end": edges[1:], "customers": counts})


def probability_histogram(
    bins: pd.DataFrame,
    *,
    title: str,
    x_title: str,
    y_title: str,
    subtitle: str | None = None,
    lang: str = "en",
) -> alt.Chart:
    """Give a histogram of pre-binned probabilities (see :func:`probability_bins`), axis in %."""
    x = alt.X(
        "bin_start:Q",
        bin="binned",
        title=x_title,
        scale=alt.Scale(domain=[0, 1]),
        axis=alt.Axis(format=".0%"),
    )
    chart = (
        alt.Chart(bins)
        .mark_bar(color=SERIES_COLOURS["clv"], opacity=0.85)
        .encode(
            x=x,
            x2="bin_end:Q",
            y=alt.Y("customers:Q", title=y_title, axis=alt.Axis(format=",.0f")),
            tooltip=[
                alt.Tooltip("bin_start:Q", title=x_title, format=".0%"),
                alt.Tooltip("bin_end:Q", title="…", format=".0%"),
                alt.Tooltip("customers:Q", title=y_title, format=",.0f"),
            ],
        )
        .properties(title=chart_title(title, subtitle), height=340)
    )
    return finish(chart, lang)


def segment_value_comparison(
    frame: pd.DataFrame,
    *,
    kind: str,
    title: str,
    value_title: str,
    segment_title: str,
    series: Mapping[str, str],
    interval_title: str,
    names: Mapping[str, str] | None = None,
    subtitle: str | None = None,
    value_format: str = ",.0f",
    lang: str = "en",
) -> alt.LayerChart:
    """Give the simple LTV and the predicted CLV of each segment as paired bars with an interval.

    ``frame`` has ``segment`` (codes of ``kind``: cell or quadrant), ``simple``,
    ``predicted``, ``predicted_low`` and ``predicted_high`` (segment totals; the interval is
    drawn as a black whisker on the predicted bar, when known). ``series`` names the codes
    ``simple`` and ``predicted``; ``names`` turns codes into axis labels.
    """
    lookup = dict(names or {})
    table = frame.assign(label=[lookup.get(code, code) for code in frame["segment"]])
    order = [c for c in segment_order(kind) if c in set(table["segment"])]
    label_order = [table.loc[table["segment"] == c, "label"].iloc[0] for c in order]
    codes = ["simple", "predicted"]
    data = _long(table, "label", {"simple": "simple", "predicted": "predicted"}, series)
    y = alt.Y("label:N", sort=label_order, title=segment_title, axis=alt.Axis(labelLimit=280))
    offset = alt.YOffset("name:N", sort=[series[c] for c in codes])
    bars = (
        alt.Chart(data)
        .mark_bar(cornerRadiusEnd=3)
        .encode(
            y=y,
            yOffset=offset,
            x=alt.X(
                "value:Q",
                title=value_title,
                axis=alt.Axis(labelExpr=compact_label_expr(lang), tickCount=4, labelOverlap=True),
            ),
            color=alt.Color(
                "name:N",
                scale=_series_colour(codes, series),
                legend=alt.Legend(
                    title=None, orient="top", direction="vertical", symbolSize=220, labelLimit=400
                ),
            ),
            tooltip=[
                alt.Tooltip("label:N", title=segment_title),
                alt.Tooltip("name:N", title=" "),
                alt.Tooltip("value:Q", title=value_title, format=value_format),
            ],
        )
    )
    whiskers = table.loc[np.isfinite(table["predicted_low"].astype(float))].assign(name=series["predicted"])
    interval = (
        alt.Chart(whiskers)
        .mark_rule(color=TEXT_COLOUR, strokeWidth=2.5)
        .encode(
            y=y,
            yOffset=offset,
            x="predicted_low:Q",
            x2="predicted_high:Q",
            tooltip=[
                alt.Tooltip("label:N", title=segment_title),
                alt.Tooltip("predicted_low:Q", title=f"{interval_title} ↓", format=value_format),
                alt.Tooltip("predicted_high:Q", title=f"{interval_title} ↑", format=value_format),
            ],
        )
    )
    chart = alt.LayerChart(layer=[bars, interval]).properties(
        title=chart_title(title, subtitle), height=120 + 56 * max(len(order), 1)
    )
    return finish(chart, lang)
