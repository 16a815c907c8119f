"""The Pareto (Lorenz) curve: the share of revenue of the top customers, with the ABC bands."""

from __future__ import annotations

from collections.abc import Mapping

import altair as alt
import pandas as pd

from segcore.charts.base import (
    ABC_COLOURS,
    ABC_ORDER,
    MUTED_COLOUR,
    TEXT_COLOUR,
    chart_title,
    finish,
    segment_scale,
)

__all__ = ["pareto_curve"]


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
    x = alt.X("customer_share:Q", title=x_title, scale=alt.Scale(domain=[0, 1]), axis=alt.Axis(format=".0%"))
    y = alt.Y("revenue_share:Q", title=y_title, scale=alt.Scale(domain=[0, 1]), axis=alt.Axis(format=".0%"))
    shading = (
        alt.Chart(band_frame)
        .mark_rect(opacity=0.14)
        .encode(
            x=alt.X("x0:Q", scale=alt.Scale(domain=[0, 1])),
            x2="x1:Q",
            color=alt.Color("abc:N", scale=segment_scale("abc", ABC_ORDER), legend=None),
        )
    )
    band_names = (
        alt.Chart(band_frame)
        .mark_text(baseline="top", dy=8, fontSize=22, fontWeight="bold")
        .encode(
            x="mid:Q",
            y=alt.value(0),
            text="abc:N",
            color=alt.Color("abc:N", scale=segment_scale("abc", ABC_ORDER), legend=None),
        )
    )
    diagonal = alt.Chart(pd.DataFrame({"customer_share": [0.0, 1.0], "revenue_share": [0.0, 1.0]}))
    diagonal = diagonal.mark_line(strokeDash=[6, 4], color=MUTED_COLOUR, strokeWidth=2).encode(x=x, y=y)
    curve = (
        alt.Chart(points[["customer_share", "revenue_share"]])
        .mark_line(color=ABC_COLOURS["A"], strokeWidth=4)
        .encode(
            x=x,
            y=y,
            tooltip=[
                alt.Tooltip("customer_share:Q", title=x_title, format=".1%"),
                alt.Tooltip("revenue_share:Q", title=y_title, format=".1%"),
            ],
        )
    )
    layers = [shading, band_names, diagonal, curve]
    if highlight is not None:
        layers.extend(_readout(highlight, highlight_label or ""))
    chart = alt.LayerChart(layer=[*layers]).properties(title=chart_title(title, subtitle), height=540)
    return finish(chart, lang)


def _readout(highlight: tuple[float, float], label: str) -> list[alt.Chart]:
    hx, hy = float(highlight[0]), float(highlight[1])
    guide = pd.DataFrame({"customer_share": [hx, hx, 0.0], "revenue_share": [0.0, hy, hy], "step": [0, 1, 2]})
    lines = (
        alt.Chart(guide)
        .mark_line(color=TEXT_COLOUR, strokeWidth=2, strokeDash=[2, 3])
        .encode(x="customer_share:Q", y="revenue_share:Q", order="step:Q")
    )
    spot = pd.DataFrame({"customer_share": [hx], "revenue_share": [hy], "label": [label]})
    dot = (
        alt.Chart(spot)
        .mark_point(size=220, filled=True, color=TEXT_COLOUR)
        .encode(x="customer_share:Q", y="revenue_share:Q")
    )
    text = (
        alt.Chart(spot)
        .mark_text(align="left", dx=14, dy=18, fontSize=18, fontWeight="bold", color=TEXT_COLOUR)
        .encode(x="customer_share:Q", y="revenue_share:Q", text="label:N")
    )
    return [lines, dot, text]
