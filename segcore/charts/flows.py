"""Altair chart builders for movements between segments and for threshold sweeps.

- :func:`transition_heatmap`: the from → to matrix of :func:`segcore.dynamics.migration.migration_matrix`
  (or of a scenario comparison) as coloured squares;
- :func:`migration_flow`: the same rows as a two-column flow diagram (an alluvial or
  "Sankey" chart): segments of the first period on the left, of the second on the right,
  bands as wide as the customers (or money) that moved; :func:`flow_layout` computes it;
- :func:`sweep_chart`: class shares as one threshold sweeps its range
  (:func:`segcore.classify.sensitivity.sweep`), stacked, with the scenario's values marked;
  :func:`trim_flat_tail` drops the end of a sweep where nothing moves any more.

Same rules as :mod:`segcore.charts`: pure, translated words in, fixed colours per code.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

import altair as alt
import numpy as np
import pandas as pd

from segcore.charts.base import TEXT_COLOUR, chart_title, code_label_expr, code_scale, finish, text_names

__all__ = [
    "flow_layout",
    "migration_flow",
    "sweep_chart",
    "transition_heatmap",
    "trim_flat_tail",
]

_NODE_WIDTH = 0.05
_SWEEP_ORDER = {"abc": ("A", "B", "C"), "xyz": ("X", "Y", "Z", "N"), "quadrant": ("III", "IV", "II", "I")}


def transition_heatmap(
    matrix: pd.DataFrame,
    *,
    metric: str,
    title: str,
    from_title: str,
    to_title: str,
    field_titles: Mapping[str, str],
    names: Mapping[str, str] | None = None,
    value_format: str = ",.0f",
    subtitle: str | None = None,
    lang: str = "en",
) -> alt.LayerChart:
    """Give the from → to heatmap: rows are the first side's codes, columns the second's.

    ``matrix`` has ``from``, ``to`` (in display order, e.g. new, A, B, C × A, B, C, lost)
    and the numeric columns named in ``field_titles`` (shown in the tooltip); ``metric``
    colours and labels the squares. Squares where the code stays the same are outlined.
    """
    data = matrix.copy()
    data["from"], data["to"] = data["from"].astype(str), data["to"].astype(str)
    data[metric] = data[metric].astype(float).fillna(0.0)
    top = float(data[metric].max()) if len(data) else 0.0
    data["dark"] = data[metric] > 0.55 * top if top > 0 else False
    data["stayed"] = data["from"] == data["to"]
    names = text_names(names)
    rows, columns = list(dict.fromkeys(data["from"])), list(dict.fromkeys(data["to"]))
    tooltip = [alt.Tooltip("from:N", title=from_title), alt.Tooltip("to:N", title=to_title)] + [
        alt.Tooltip(f"{c}:Q", title=label, format=".1%" if "share" in c else ",.0f")
        for c, label in field_titles.items()
    ]
    base = alt.Chart(data).encode(
        x=alt.X(
            "to:N",
            sort=columns,
            title=to_title,
            axis=alt.Axis(labelAngle=0, orient="top", labelExpr=code_label_expr(names), labelLimit=200),
        ),
        y=alt.Y(
            "from:N",
            sort=rows,
            title=from_title,
            axis=alt.Axis(labelExpr=code_label_expr(names), labelLimit=200),
        ),
        tooltip=tooltip,
    )
    squares = base.mark_rect().encode(
        # The gradient no longer than the squares (a longer one loses its lowest label under
        # the chart's edge); labelled at both ends; an all-zero grid still has a 0…1 scale.
        color=alt.Color(
            f"{metric}:Q",
            scale=alt.Scale(scheme="blues", domain=[0, max(top, 1.0)]),
            title=field_titles.get(metric, metric),
            legend=alt.Legend(
                format=value_format,
                orient="right",
                values=[0, max(top, 1.0)],
                gradientLength=max(60, 56 * len(rows) - 24),
            ),
        ),
        stroke=alt.condition("datum.stayed", alt.value(TEXT_COLOUR), alt.value("white")),
        strokeWidth=alt.condition("datum.stayed", alt.value(3), alt.value(2)),
    )
    values = base.mark_text(fontSize=19).encode(
        text=alt.Text(f"{metric}:Q", format=value_format),
        color=alt.condition("datum.dark", alt.value("white"), alt.value(TEXT_COLOUR)),
    )
    height = 64 * len(rows) + 150  # Streamlit fits title, axes and squares into this height
    chart = alt.LayerChart(layer=[squares, values]).properties(
        title=chart_title(title, subtitle), height=height
    )
    return finish(chart, lang)


def _stack(sizes: pd.Series, pad: float) -> dict[str, tuple[float, float]]:
    """Give each code's (top, bottom) in a column of stacked nodes with ``pad`` between them."""
    spans, start = {}, 0.0
    for code, size in sizes.items():
        spans[str(code)] = (start, start + float(size))
        start += float(size) + pad
    return spans


def flow_layout(
    matrix: pd.DataFrame, metric: str = "customers", *, gap: float = 0.03, steps: int = 24
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Give the bands and nodes of a two-column flow diagram of a from → to matrix.

    Nodes: one per code with a positive total on each side (``side`` "from" / "to"), in
    the matrix's order, stacked from 0 down with ``gap`` × the total between them;
    columns side, code, top, bottom, value, x0, x1. Bands: one per positive pair, a
    smooth S-shaped ribbon (``steps`` points from x = 0 to 1) whose thickness is the pair's
    ``metric`` at both ends; columns band, from, to, value, x, top, bottom. Within a
    left node the bands leave in the order of the right side's codes, and arrive in the
    order of the left side's codes, so bands do not cross inside a node.
    """
    flows = matrix.loc[matrix[metric].astype(float) > 0, ["from", "to", metric]].copy()
    flows["from"], flows["to"] = flows["from"].astype(str), flows["to"].astype(str)
    flows = flows.rename(columns={metric: "value"})
    flows["value"] = flows["value"].astype(float)
    rows = [c for c in dict.fromkeys(matrix["from"].astype(str)) if c in set(flows["from"])]
    columns = [c for c in dict.fromkeys(matrix["to"].astype(str)) if c in set(flows["to"])]
    pad = gap * float(flows["value"].sum())
    left = _stack(flows.groupby("from")["value"].sum().reindex(rows), pad)
    right = _stack(flows.groupby("to")["value"].sum().reindex(columns), pad)
    nodes = pd.DataFrame(
        [
            (side, code, top, bottom, bottom - top, x0, x0 + _NODE_WIDTH)
            for side, spans, x0 in (("from", left, -_NODE_WIDTH), ("to", right, 1.0))
            for code, (top, bottom) in spans.items()
        ],
        columns=["side", "code", "top", "bottom", "value", "x0", "x1"],
    )
    out = {code: span[0] for code, span in left.items()}
    into = {code: span[0] for code, span in right.items()}
    ends: dict[tuple[str, str], list[float]] = {}
    by_pair = flows.set_index(["from", "to"])["value"]
    for a in rows:
        for b in columns:
            if (a, b) in by_pair.index:
                ends[(a, b)] = [out[a], 0.0]
                out[a] += float(by_pair[(a, b)])
    for b in columns:
        for a in rows:
            if (a, b) in by_pair.index:
                ends[(a, b)][1] = into[b]
                into[b] += float(by_pair[(a, b)])
    x = np.linspace(0.0, 1.0, steps)
    ease = x * x * (3 - 2 * x)
    bands = [
        pd.DataFrame(
            {
                "band": f"{a}→{b}",
                "from": a,
                "to": b,
                "value": float(by_pair[(a, b)]),
                "x": x,
                "top": start + (end - start) * ease,
                "bottom": start + (end - start) * ease + float(by_pair[(a, b)]),
            }
        )
        for (a, b), (start, end) in ends.items()
    ]
    band_frame = (
        pd.concat(bands, ignore_index=True)
        if bands
        else pd.DataFrame(columns=["band", "from", "to", "value", "x", "top", "bottom"])
    )
    return band_frame, nodes


def migration_flow(
    matrix: pd.DataFrame,
    *,
    metric: str,
    title: str,
    from_title: str,
    to_title: str,
    value_title: str,
    names: Mapping[str, str] | None = None,
    value_format: str = ",.0f",
    subtitle: str | None = None,
    lang: str = "en",
) -> alt.LayerChart:
    """Give the flow diagram of a from → to matrix: the first side left, the second right.

    Bands take the colour of the segment they leave; node labels give each code's name
    (``names``) and total. ``from_title`` / ``to_title`` head the two columns.
    """
    bands, nodes = flow_layout(matrix, metric)
    names = text_names(names)
    codes = list(dict.fromkeys([*nodes["code"], *bands["from"]]))
    colour = alt.Color("code:N", scale=code_scale(codes), legend=None)
    y_scale = alt.Scale(reverse=True, nice=False, padding=0)
    x_scale = alt.Scale(domain=[-0.42, 1.42], nice=False)
    pairs = zip(bands["from"], bands["to"], strict=True)
    bands = bands.assign(
        code=bands["from"], pair=[f"{names.get(a, a)} → {names.get(b, b)}" for a, b in pairs]
    )
    ribbons = (
        alt.Chart(bands)
        .mark_area(opacity=0.45, interpolate="monotone")
        .encode(
            x=alt.X("x:Q", scale=x_scale, axis=None),
            y=alt.Y("top:Q", scale=y_scale, axis=None),
            y2="bottom:Q",
            color=colour,
            detail="band:N",
            tooltip=[
                alt.Tooltip("pair:N", title=" "),
                alt.Tooltip("value:Q", title=value_title, format=value_format),
            ],
        )
    )
    nodes = nodes.assign(
        name=[names.get(c, c) for c in nodes["code"]],
        middle=(nodes["top"] + nodes["bottom"]) / 2,
        label_x=np.where(nodes["side"] == "from", nodes["x0"] - 0.02, nodes["x1"] + 0.02),
        align=np.where(nodes["side"] == "from", "right", "left"),
    )
    blocks = (
        alt.Chart(nodes)
        .mark_rect()
        .encode(
            x="x0:Q",
            x2="x1:Q",
            y=alt.Y("top:Q", scale=y_scale),
            y2="bottom:Q",
            color=colour,
            tooltip=[
                alt.Tooltip("name:N", title=" "),
                alt.Tooltip("value:Q", title=value_title, format=value_format),
            ],
        )
    )
    layers: list[alt.Chart] = [ribbons, blocks]
    align: Literal["left", "right"]
    for side, align in (("from", "right"), ("to", "left")):
        part = alt.Chart(nodes[nodes["side"] == side])
        layers.append(
            part.mark_text(
                align=align, baseline="bottom", fontSize=16, fontWeight="bold", color=TEXT_COLOUR, dy=-1
            ).encode(x="label_x:Q", y="middle:Q", text="name:N")
        )
        layers.append(
            part.mark_text(align=align, baseline="top", fontSize=15, color=TEXT_COLOUR, dy=2).encode(
                x="label_x:Q", y="middle:Q", text=alt.Text("value:Q", format=value_format)
            )
        )
    heads = pd.DataFrame({"x": [-_NODE_WIDTH / 2, 1 + _NODE_WIDTH / 2], "text": [from_title, to_title]})
    layers.append(
        alt.Chart(heads)
        .mark_text(fontSize=17, fontWeight="bold", color=TEXT_COLOUR, baseline="bottom", dy=-8)
        .encode(x="x:Q", y=alt.value(0), text="text:N")
    )
    chart = alt.LayerChart(layer=[*layers]).properties(title=chart_title(title, subtitle), height=460)
    return finish(chart, lang)


def trim_flat_tail(sweep: pd.DataFrame, tolerance: float = 0.005) -> pd.DataFrame:
    """Give a sweep without its flat end: the positions after which no share moves any more.

    For each parameter, positions are kept up to the last one where some class's customer
    or revenue share differs from its value at the end of the range by more than
    ``tolerance``, plus one, and always up to the scenario's own value. A few extreme
    values (a coefficient of variation of 170 when 99 % are below 7) would otherwise
    squeeze every change into the first sliver of the axis.
    """
    kept = []
    for _, part in sweep.groupby("parameter", sort=False):
        wide = part.pivot(index="position", columns="class", values=["customer_share", "revenue_share"])
        wide = wide.fillna(0.0)
        moves = (wide - wide.iloc[-1]).abs().max(axis=1) > tolerance
        last_move = int(moves[moves].index.max()) if moves.any() else 0
        current = part.loc[part["current"], "position"]
        limit = max(last_move + 1, int(current.max()) if len(current) else 0)
        kept.append(part[part["position"] <= limit])
    return pd.concat(kept, ignore_index=True) if kept else sweep.iloc[0:0]


def sweep_chart(
    sweep: pd.DataFrame,
    *,
    metric: str,
    kind: str,
    title: str,
    x_title: str,
    share_title: str,
    names: Mapping[str, str] | None = None,
    markers: Sequence[tuple[float, str]] = (),
    x_format: str = ".2f",
    lang: str = "en",
) -> alt.LayerChart:
    """Give the class shares across one threshold's range, stacked, with marked values.

    ``sweep`` is one parameter of :func:`segcore.classify.sensitivity.sweep`; ``metric`` is
    ``customer_share`` or ``revenue_share``; ``kind`` (abc, xyz, quadrant) sets the order
    and colours of the classes. ``markers`` are (value, label) pairs drawn as rules (the
    scenario's own value, another scenario's).
    """
    order = [c for c in _SWEEP_ORDER[kind] if c in set(sweep["class"].astype(str))]
    names = text_names(names)
    data = sweep[["value", "class", "customers", "customer_share", "revenue_share"]].copy()
    data["class"] = data["class"].astype(str)
    data["stack"] = data["class"].map({c: i for i, c in enumerate(order)})
    data["name"] = [names.get(c, c) for c in data["class"]]
    area = (
        alt.Chart(data)
        .mark_area(opacity=0.85, interpolate="step-after")
        .encode(
            x=alt.X("value:Q", title=x_title, axis=alt.Axis(format=x_format), scale=alt.Scale(nice=False)),
            y=alt.Y(
                f"{metric}:Q",
                title=share_title,
                stack="zero",
                axis=alt.Axis(format=".0%"),
                scale=alt.Scale(domain=[0, 1]),
            ),
            color=alt.Color(
                "class:N",
                scale=code_scale(order),
                legend=alt.Legend(title=None, orient="top", labelExpr=code_label_expr(names), labelLimit=260),
            ),
            order=alt.Order("stack:Q"),
            tooltip=[
                alt.Tooltip("value:Q", title=x_title, format=x_format),
                alt.Tooltip("name:N", title=" "),
                alt.Tooltip("customers:Q", format=",.0f"),
                alt.Tooltip("customer_share:Q", format=".1%"),
                alt.Tooltip("revenue_share:Q", format=".1%"),
            ],
        )
    )
    layers: list[alt.Chart] = [area]
    low, high = (float(data["value"].min()), float(data["value"].max())) if len(data) else (0.0, 1.0)
    for row, (value, text) in enumerate(markers):
        spot = alt.Chart(pd.DataFrame({"value": [float(value)], "text": [text]}))
        layers.append(
            spot.mark_rule(color=TEXT_COLOUR, strokeWidth=2.5, strokeDash=[6, 3]).encode(x="value:Q")
        )
        # A label right of a rule near the right edge runs out of the plot: put it on the left there.
        right_half = high > low and (float(value) - low) / (high - low) > 0.5
        label = spot.mark_text(
            align="right" if right_half else "left",
            dx=-6 if right_half else 6,
            baseline="top",
            fontSize=15,
            fontWeight="bold",
            color=TEXT_COLOUR,
        )
        layers.append(label.encode(x="value:Q", y=alt.value(4 + 19 * row), text="text:N"))
    # Streamlit fits legend, axes and plot into the height: 460 leaves the plot about 300 px.
    chart = alt.LayerChart(layer=[*layers]).properties(title=chart_title(title), height=460)
    return finish(chart, lang)
