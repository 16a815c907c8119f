"""How a value spreads: its mean or total per segment (bars), its distribution over customers (histogram)."""

from __future__ import annotations

from collections.abc import Mapping

import altair as alt
import numpy as np
import pandas as pd

from segcore.charts.base import ABC_COLOURS, TEXT_COLOUR, chart_title, finish, segment_order, segment_scale

__all__ = ["histogram", "histogram_frame", "segment_bars"]


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
    order = [c for c in segment_order(kind) if c in set(data["segment"])]
    label_order = [data.loc[data["segment"] == c, "label"].iloc[0] for c in order]
    base = alt.Chart(data).encode(
        y=alt.Y("label:N", sort=label_order, title=segment_title, axis=alt.Axis(labelLimit=280)),
        x=alt.X(f"{value}:Q", title=value_title, axis=alt.Axis(format=value_format)),
        tooltip=[
            alt.Tooltip("label:N", title=segment_title),
            alt.Tooltip(f"{value}:Q", title=value_title, format=value_format),
        ],
    )
    bars = base.mark_bar(cornerRadiusEnd=3).encode(
        color=alt.Color(
            "segment:N", scale=segment_scale(kind, order or list(segment_order(kind))), legend=None
        )
    )
    text = base.mark_text(align="left", dx=6, fontSize=15, color=TEXT_COLOUR).encode(
        text=alt.Text(f"{value}:Q", format=value_format)
    )
    chart = alt.LayerChart(layer=[bars, text]).properties(
        title=chart_title(title), height=140 + 40 * max(len(order), 1)
    )
    return finish(chart, lang)


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
    bars = (
        alt.Chart(bins)
        .mark_bar(color=ABC_COLOURS["A"], opacity=0.85)
        .encode(
            x=x,
            x2="bin_end:Q",
            y=alt.Y("customers:Q", title=y_title),
            tooltip=[
                alt.Tooltip("bin_start:Q", title=x_title, format=",.0f"),
                alt.Tooltip("bin_end:Q", title="…", format=",.0f"),
                alt.Tooltip("customers:Q", title=y_title, format=",.0f"),
            ],
        )
    )
    layers: list[alt.Chart] = [bars]
    if marker is not None:
        spot = pd.DataFrame({"x": [marker], "label": [marker_label or ""]})
        layers.append(alt.Chart(spot).mark_rule(color=ABC_COLOURS["B"], strokeWidth=3).encode(x="x:Q"))
        layers.append(
            alt.Chart(spot)
            .mark_text(
                align="left",
                dx=6,
                baseline="top",
                y=4,
                fontSize=16,
                fontWeight="bold",
                color=TEXT_COLOUR,
            )
            .encode(x="x:Q", text="label:N")
        )
    chart = alt.LayerChart(layer=[*layers]).properties(title=chart_title(title), height=340)
    return finish(chart, lang)
