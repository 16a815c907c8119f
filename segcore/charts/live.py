"""Charts that follow the threshold sliders in the browser: Vega-Lite params bound to the sliders.

Each chart carries what the bucket tables (:mod:`segcore.classify.buckets`) give instead of
its finished rows (the heatmap: the running-sum grid of :mod:`segcore.classify.cell_grid`),
and Vega-Lite params named after the sliders' widget keys (``abc_a``, ``xyz_x``,
``quadrants_loyalty_split``, ``pareto_top`` …). A param is bound to the page's body and
listens for ``studio-thumb:<key>`` (:func:`thumb_event`), which the page fires on the body,
with the thumb's value in ``body.value``, whenever that slider's thumb moves (mouse or
keyboard, before the value goes to the server). The body is in the page before any chart,
so the binding holds however late the slider is drawn. Vega then recomputes the chart
from the table: the classes of each bucket, the sums per cell or quadrant, the colours and
the labels, in the browser, exactly as :meth:`Segmenter.segment` at the same position.

Nothing in a chart's specification depends on the thresholds, so the server sends the same
chart after every release and the browser keeps the drawn one (no new embedding). What the
server last heard of the sliders travels beside it in a one-row dataset
(:data:`SLIDER_DATA`, :func:`with_slider_values`), which the browser swaps in place. Each
slider's param holds the thumb's value once the thumb has moved in the page, and that row's
value until then: a chart the page could not bind (or one drawn before the bridge runs)
still shows the sliders' values after each release.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from segcore.classify.cell_grid import CellGrid, grid_corners

__all__ = [
    "CORNER_DATA",
    "GRID_DATA",
    "SLIDER_DATA",
    "THUMB_EVENT",
    "heatmap_data",
    "live_heatmap",
    "live_pareto",
    "live_scatter",
    "quadrant_grid",
    "slider_data",
    "slider_params",
    "thumb_event",
    "with_slider_values",
]

#: The prefix of the event the page fires on its body when a slider's thumb moves.
THUMB_EVENT = "studio-thumb"
#: The dataset names of the heatmap's cell corners and running-sum grid.
CORNER_DATA = "corners"
GRID_DATA = "grid"
_GRID = 101
#: The heatmap's height in a half-width column: the title above and the legend below take
#: about 240 px, which leaves rows tall enough for a cell's code above its value.
NARROW_HEIGHT = 460


#: The dataset holding the sliders' values as the server last heard them (one row).
SLIDER_DATA = "sliders"


def thumb_event(key: str) -> str:
    """Give the event the page fires on its body when the thumb of slider ``key`` moves."""
    return f"{THUMB_EVENT}:{key}"


def slider_params(key: str, *, bind: bool = True) -> list[dict[str, Any]]:
    """Give the params holding slider ``key``'s value, named ``key``.

    Bound: ``<key>_thumb`` takes the thumb's value on every :func:`thumb_event` of the
    slider; until the thumb moves (or where the page has no such slider, or outside a page)
    it is empty and ``key`` is the server's value in :data:`SLIDER_DATA`.
    """
    server = f"data('{SLIDER_DATA}')[0]['{key}']"
    if not bind:
        return [{"name": key, "expr": server}]
    thumb = f"{key}_thumb"
    return [
        {
            "name": thumb,
            "value": None,
            "bind": {"element": "body", "event": thumb_event(key)},
        },
        {"name": key, "expr": f"{thumb} != null ? toNumber({thumb}) : {server}"},
    ]


def slider_data(values: Mapping[str, float]) -> pd.DataFrame:
    """Give the :data:`SLIDER_DATA` row: each slider's value as the slider shows it."""
    return pd.DataFrame({key: [float(value)] for key, value in values.items()})


def with_slider_values(spec: Mapping[str, Any], values: Mapping[str, float]) -> dict[str, Any]:
    """Give a live chart ``spec`` carrying the sliders' ``values`` (the spec itself unchanged)."""
    return {**spec, "datasets": {**spec.get("datasets", {}), SLIDER_DATA: slider_data(values)}}


def _reading_sliders(transforms: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Give ``transforms`` after a look-up of the :data:`SLIDER_DATA` row.

    Vega-Lite compiles only the datasets a view reads; the params' ``data('sliders')`` needs
    the row in the compiled chart, and the look-up puts it there (its field is not used).
    """
    return [
        {"calculate": "0", "as": "slider_row"},
        {
            "lookup": "slider_row",
            "from": {"data": {"name": SLIDER_DATA}, "key": "row"},
            "as": "sliders",
        },
        *(dict(transform) for transform in transforms),
    ]


def heatmap_data(grid: CellGrid) -> dict[str, pd.DataFrame]:
    """Give the live heatmap's datasets: the 12 cells' grid corners and the running-sum grid.

    Both depend on the bucket table only, never on the thresholds: sent once, kept by the
    browser while the sliders move.
    """
    return {CORNER_DATA: grid_corners(), GRID_DATA: grid.frame()}


def _num(name: str) -> str:
    return f"toNumber({name})"


def _grid_params(grid: CellGrid) -> list[dict[str, Any]]:
    """Give the params that turn the sliders' positions into grid rows and columns."""
    return [
        {"name": "amap", "value": [int(v) for v in grid.abc_index]},
        {"name": "xmap", "value": [int(v) for v in grid.xyz_index]},
        {"name": "grid_rows", "value": grid.rows},
        {"name": "grid_columns", "value": grid.columns},
        {"name": "grid_a", "expr": f"amap[{_num('abc_a')}]"},
        {"name": "grid_b", "expr": f"max(grid_a, amap[{_num('abc_b')}])"},
        {"name": "grid_x", "expr": f"xmap[round({_num('xyz_x')} * 100)]"},
        {"name": "grid_y", "expr": f"max(grid_x, xmap[round({_num('xyz_y')} * 100)])"},
    ]


def _heatmap_transforms(metric: str) -> list[dict[str, Any]]:
    row = "datum.i == 1 ? grid_a : datum.i == 2 ? grid_b : grid_rows - 1"
    column = (
        "datum.j == 1 ? grid_x : datum.j == 2 ? grid_y : datum.j == 3 ? grid_columns - 2 : grid_columns - 1"
    )
    return [
        {"calculate": f"({row}) * grid_columns + ({column})", "as": "k"},
        {"lookup": "k", "from": {"data": {"name": GRID_DATA}, "key": "k", "fields": ["c", "r"]}},
        {"calculate": "datum.sign * datum.c", "as": "customers"},
        {"calculate": "datum.sign * datum.r", "as": "revenue"},
        {
            "aggregate": [
                {"op": "sum", "field": "customers", "as": "customers"},
                {"op": "sum", "field": "revenue", "as": "revenue"},
            ],
            "groupby": ["abc", "xyz"],
        },
        {"calculate": "datum.customers > 0 ? datum.revenue : 0", "as": "revenue"},
        {"calculate": "datum.abc + datum.xyz", "as": "cell"},
        {"joinaggregate": [{"op": "sum", "field": "revenue", "as": "total_revenue"}]},
        {
            "calculate": "datum.total_revenue > 0 ? datum.revenue / datum.total_revenue : 0",
            "as": "revenue_share",
        },
        {"calculate": "datum.customers > 0 ? datum.revenue / datum.customers : 0", "as": "avg_revenue"},
        {"joinaggregate": [{"op": "max", "field": metric, "as": "top"}]},
        {"calculate": f"datum.top > 0 && datum['{metric}'] > 0.55 * datum.top", "as": "dark"},
    ]


def _narrow_heatmap(layers: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Give the heatmap's layers with the legend under the squares and values sized to fit a column.

    In a half-width column the chart is drawn :data:`NARROW_HEIGHT` high (see
    :func:`live_heatmap`): at the template's 360 px the rows were 39 px and each cell's code
    overlapped its value.
    """
    squares, codes, numbers = (dict(layer) for layer in layers)
    encoding = dict(squares["encoding"])
    colour = dict(encoding["color"])
    colour["legend"] = {**colour["legend"], "orient": "bottom", "gradientLength": 220}
    encoding["color"] = colour
    squares["encoding"] = encoding
    numbers["mark"] = {**numbers["mark"], "fontSize": 19}
    return [squares, codes, numbers]


def live_heatmap(
    template: Mapping[str, Any],
    grid: CellGrid,
    *,
    metric: str,
    thresholds: Mapping[str, float],
    bind: bool = True,
) -> dict[str, Any]:
    """Give the ABC × XYZ heatmap that looks its cells up in the running-sum grid in the browser.

    ``template``: :func:`segcore.charts.heatmap_template` (any metric's look, unchanged);
    ``grid``: :func:`~segcore.classify.cell_grid.cell_grid` of :attr:`BucketTables.cells`;
    ``thresholds``: ``abc_a`` / ``abc_b`` in whole percent, ``xyz_x`` / ``xyz_y`` as the
    sliders show them, as the server holds them (:data:`SLIDER_DATA`; replace them with
    :func:`with_slider_values`). ``bind`` ties the params to the sliders in the page. Each
    move costs a look-up of at most 34 grid values, whatever the number of customers.
    """
    spec = dict(template)
    spec["height"] = NARROW_HEIGHT
    spec["layer"] = _narrow_heatmap(template["layer"])
    names = ("abc_a", "abc_b", "xyz_x", "xyz_y")
    spec["datasets"] = {**heatmap_data(grid), SLIDER_DATA: slider_data({n: thresholds[n] for n in names})}
    spec["data"] = {"name": CORNER_DATA}
    spec["transform"] = _reading_sliders(_heatmap_transforms(metric))
    spec["params"] = [
        *template.get("params", []),
        *(param for name in names for param in slider_params(name, bind=bind)),
        *_grid_params(grid),
    ]
    return spec


def quadrant_grid(quadrants: pd.DataFrame, column: str) -> list[float]:
    """Give the 101 × 101 suffix sums of ``column``: [l·101 + p] = over loyalty ≥ l and profit ≥ p."""
    grid = np.zeros((_GRID + 1, _GRID + 1))
    np.add.at(
        grid,
        (quadrants["loyalty"].to_numpy(dtype=np.intp), quadrants["profit"].to_numpy(dtype=np.intp)),
        quadrants[column].to_numpy(dtype=np.float64),
    )
    suffix = grid[::-1, ::-1].cumsum(axis=0).cumsum(axis=1)[::-1, ::-1]
    return [float(v) for v in suffix[:_GRID, :_GRID].ravel()]


def _js(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _percent(expr: str) -> str:
    return f"replace(format({expr}, '.1%'), '%', '\\u00a0%')"


def _filled(template: str, values: Mapping[str, str]) -> str:
    """Give a Vega expression writing ``template`` with ``{name}`` replaced by expressions."""
    parts = re.split(r"\{(\w+)\}", template)
    pieces = [
        values[part] if index % 2 else _js(part) for index, part in enumerate(parts) if index % 2 or part
    ]
    return " + ".join(pieces) if pieces else "''"


def _quadrant_params(loyalty: str, profit: str) -> list[dict[str, Any]]:
    def cell(i: str, j: str, grid: str) -> str:
        return f"{grid}[({i}) * {_GRID} + ({j})]"

    params = []
    for prefix, grid in (("qn", "qc"), ("qv", "qr")):
        both, low_l, low_p, every = (
            cell(loyalty, profit, grid),
            cell(loyalty, "0", grid),
            cell("0", profit, grid),
            cell("0", "0", grid),
        )
        params += [
            {"name": f"{prefix}_III", "expr": both},
            {"name": f"{prefix}_II", "expr": f"{low_l} - {both}"},
            {"name": f"{prefix}_IV", "expr": f"{low_p} - {both}"},
            {"name": f"{prefix}_I", "expr": f"{every} - {low_l} - {low_p} + {both}"},
        ]
    return params


def live_scatter(
    template: Mapping[str, Any],
    points: pd.DataFrame,
    grids: tuple[Sequence[float], Sequence[float]],
    *,
    loyalty_split: int,
    profit_split: int | None,
    loyalty_values: Sequence[float],
    profit_values: Sequence[float],
    legend: Mapping[str, str],
    bind: bool = True,
) -> dict[str, Any]:
    """Give the loyalty × profitability scatter that recolours itself from the split sliders.

    ``template``: :func:`segcore.charts.quadrant_template`; ``points``: the sample with
    ``loyalty``, ``profit``, ``lb`` / ``pb`` (the customers' loyalty and profit buckets) and
    the tooltip columns; ``grids``: :func:`quadrant_grid` of :attr:`BucketTables.quadrants`
    for customers and for revenue. Splits in whole percent, as the server holds them
    (:data:`SLIDER_DATA`); ``profit_split`` None when the split is an amount (then
    ``profit_values`` is that amount alone). ``loyalty_values`` / ``profit_values``: the
    split values at 1–99 %. ``legend``: each quadrant's legend text with ``{customers}``
    and ``{share}`` left in.
    """
    loyalty = _num("quadrants_loyalty_split")
    profit = _num("quadrants_profit_split") if profit_split is not None else "1"
    high = f"datum.lb >= {loyalty}", f"datum.pb >= {profit}"
    quadrant = f"{high[1]} ? ({high[0]} ? 'III' : 'IV') : ({high[0]} ? 'II' : 'I')"
    spec = dict(template)
    splits = {"quadrants_loyalty_split": loyalty_split}
    if profit_split is not None:
        splits["quadrants_profit_split"] = profit_split
    spec["datasets"] = {
        "points": points,
        "splits": pd.DataFrame({"one": [1]}),
        SLIDER_DATA: slider_data(splits),
    }
    params = [param for name in splits for param in slider_params(name, bind=bind)]
    params += [
        {"name": "lq", "value": [float(v) for v in loyalty_values]},
        {"name": "pq", "value": [float(v) for v in profit_values]},
        {"name": "qc", "value": grids[0]},
        {"name": "qr", "value": grids[1]},
        *_quadrant_params(loyalty, profit),
    ]
    spec["params"] = params
    dots, *rules = (dict(layer) for layer in template["layer"])
    dots["transform"] = _reading_sliders([{"calculate": quadrant, "as": "quadrant"}])
    labels = " : ".join(
        f"datum.label === '{code}' ? "
        + _filled(text, {"customers": f"format(qn_{code}, ',')", "share": _percent(f"qv_{code} / qr[0]")})
        for code, text in legend.items()
    )
    encoding = dict(dots["encoding"])
    colour = dict(encoding["color"])
    colour["legend"] = {
        **colour["legend"],
        "labelExpr": f"{labels} : datum.label" if labels else "datum.label",
    }
    encoding["color"] = colour
    dots["encoding"] = encoding
    split_at = [
        {"calculate": f"lq[{loyalty} - 1]", "as": "loyalty"},
        {"calculate": f"pq[{profit} - 1]", "as": "profit"},
    ]
    spec["layer"] = [dots, *({**rule, "transform": split_at} for rule in rules)]
    return spec


def live_pareto(
    spec: Mapping[str, Any],
    *,
    a: int,
    b: int,
    top: int,
    a_shares: Sequence[float],
    top_shares: Sequence[float],
    label: str,
    bind: bool = True,
) -> dict[str, Any]:
    """Give the Pareto curve whose ABC bands and "top x %" readout follow the sliders.

    ``spec``: :func:`segcore.charts.pareto_curve` with a highlight, as a dictionary
    (layers: bands, band names, diagonal, curve, guide lines, dot, label). ``a_shares``:
    the customer share of the ABC ranking's top at each cut-off 1–100 %; ``top_shares``:
    the value share of the top 1–100 % of customers; ``label``: the readout with ``{x}``
    and ``{y}`` left in. The datasets of the layers the params now draw (bands, readout) are
    left out: what is sent no longer changes with the sliders. ``a``, ``b``, ``top``: the
    sliders' values as the server holds them (:data:`SLIDER_DATA`).
    """
    edge = "ax[{} - 1]"
    a_edge, b_edge = edge.format(_num("abc_a")), edge.format(_num("abc_b"))
    x0 = f"datum.abc === 'A' ? 0 : datum.abc === 'B' ? {a_edge} : {b_edge}"
    x1 = f"datum.abc === 'A' ? {a_edge} : datum.abc === 'B' ? {b_edge} : 1"
    bands = {
        "data": {"values": [{"abc": code} for code in "ABC"]},
        "transform": [
            {"calculate": x0, "as": "x0"},
            {"calculate": f"max({x1}, datum.x0)", "as": "x1"},
            {"filter": "datum.x1 > datum.x0"},
            {"calculate": "(datum.x0 + datum.x1) / 2", "as": "mid"},
        ],
    }
    hx, hy = f"{_num('pareto_top')} / 100", f"tp[{_num('pareto_top')} - 1]"
    spot = [{"calculate": hx, "as": "customer_share"}, {"calculate": hy, "as": "revenue_share"}]
    guide = {
        "data": {"values": [{"step": 0}, {"step": 1}, {"step": 2}]},
        "transform": [
            {"calculate": f"datum.step === 2 ? 0 : {hx}", "as": "customer_share"},
            {"calculate": f"datum.step === 0 ? 0 : {hy}", "as": "revenue_share"},
        ],
    }
    text = _filled(label, {"x": f"replace(format({hx}, '.0%'), '%', '\\u00a0%')", "y": _percent(hy)})
    point = {"data": {"values": [{"one": 1}]}, "transform": _reading_sliders(spot)}
    labelled = {**point, "transform": [*spot, {"calculate": text, "as": "label"}]}
    layers = [dict(layer) for layer in spec["layer"]]
    for index, patch in ((0, bands), (1, bands), (4, guide), (5, point), (6, labelled)):
        layers[index] = {**layers[index], **patch}
    out = dict(spec)
    out["layer"] = layers
    used = {layer["data"]["name"] for layer in layers if "name" in layer.get("data", {})}
    if "datasets" in spec:
        out["datasets"] = {name: rows for name, rows in spec["datasets"].items() if name in used}
    sliders = {"abc_a": a, "abc_b": b, "pareto_top": top}
    out["datasets"] = {**out.get("datasets", {}), SLIDER_DATA: slider_data(sliders)}
    out["params"] = [
        *(param for name in sliders for param in slider_params(name, bind=bind)),
        {"name": "ax", "value": [float(v) for v in a_shares]},
        {"name": "tp", "value": [float(v) for v in top_shares]},
    ]
    return out
