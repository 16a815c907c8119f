"""Charts that follow the sliders: params bound to the sliders, rows that do not change with them."""

from __future__ import annotations

import re

import altair as alt
import pandas as pd
import pytest
import vl_convert
from altair.utils.data import to_values

from segcore import charts
from segcore.charts import live
from segcore.classify.buckets import bucket_tables
from segcore.classify.cell_grid import cell_grid
from segcore.classify.matrix import CELL_LETTERS
from segcore.classify.segmentation import Segmenter
from segcore.settings import Scenario
from tests.segcore.classify.test_segmentation import small_table

FIELDS = {"cell": "Cell", "customers": "Customers", "revenue_share": "Share", "avg_revenue": "Average"}


def _validated(spec: dict) -> dict:
    """Give ``spec`` after Vega-Lite's schema accepted it (frames written as records)."""
    plain = dict(spec)
    plain["datasets"] = {
        name: to_values(rows)["values"] if isinstance(rows, pd.DataFrame) else rows
        for name, rows in spec["datasets"].items()
    }
    alt.LayerChart.from_dict(plain, validate=True)
    return plain


def _tables():
    segmenter = Segmenter(small_table())
    seg = segmenter.segment(Scenario())
    return seg, bucket_tables(segmenter, seg)


def test_a_slider_param_hears_the_thumb_on_the_page_body_and_falls_back_on_the_servers_value():
    assert live.slider_params("abc_a") == [
        {
            "name": "abc_a_thumb",
            "value": None,
            "bind": {"element": "body", "event": "studio-thumb:abc_a"},
        },
        {
            "name": "abc_a",
            "expr": "abc_a_thumb != null ? toNumber(abc_a_thumb) : data('sliders')[0]['abc_a']",
        },
    ]
    assert live.slider_params("abc_a", bind=False) == [
        {"name": "abc_a", "expr": "data('sliders')[0]['abc_a']"}
    ]


def test_the_slider_row_is_replaced_and_the_chart_left_as_it_was():
    spec = {"datasets": {"grid": "g", "sliders": live.slider_data({"abc_a": 80})}, "params": []}
    moved = live.with_slider_values(spec, {"abc_a": 70, "xyz_x": 1.5})
    assert moved["datasets"]["grid"] == "g" and moved["params"] is spec["params"]
    assert moved["datasets"]["sliders"].to_dict("records") == [{"abc_a": 70.0, "xyz_x": 1.5}]
    assert spec["datasets"]["sliders"].to_dict("records") == [{"abc_a": 80.0}]


def test_the_heatmap_data_are_the_cell_corners_and_the_running_sum_grid():
    _, tables = _tables()
    grid = cell_grid(tables.cells)
    data = live.heatmap_data(grid)
    corners = data[live.CORNER_DATA]
    assert sorted(set(corners["abc"] + corners["xyz"])) == sorted(CELL_LETTERS)
    # AX is one corner; CZ four (rows (2, 3], columns (2, 3]).
    assert len(corners[(corners["abc"] == "A") & (corners["xyz"] == "X")]) == 1
    assert len(corners[(corners["abc"] == "C") & (corners["xyz"] == "Z")]) == 4
    frame = data[live.GRID_DATA]
    assert len(frame) == grid.rows * grid.columns
    assert frame["k"].tolist() == list(range(len(frame)))
    assert frame["c"].iloc[-1] == 6  # the last row and column hold every customer


def test_the_live_heatmap_is_valid_vega_lite_with_the_four_cut_offs_bound():
    _, tables = _tables()
    template = charts.heatmap_template(
        metric="revenue_share", title="t", x_title="x", y_title="y", field_titles=FIELDS, select="cell_pick"
    )
    thresholds = {"abc_a": 80, "abc_b": 95, "xyz_x": 1.0, "xyz_y": 2.0}
    grid = cell_grid(tables.cells)
    spec = _validated(live.live_heatmap(template, grid, metric="revenue_share", thresholds=thresholds))
    names = [p["name"] for p in spec["params"]]
    assert names[:9] == [
        "cell_pick",
        *(name for key in ("abc_a", "abc_b", "xyz_x", "xyz_y") for name in (f"{key}_thumb", key)),
    ]
    assert spec["datasets"][live.SLIDER_DATA] == [thresholds]
    assert spec["data"] == {"name": live.CORNER_DATA}
    assert spec["layer"][0]["encoding"]["color"]["legend"]["orient"] == "bottom"
    assert spec["transform"][1]["from"]["data"] == {"name": live.SLIDER_DATA}
    lookup = spec["transform"][3]
    assert lookup["from"]["data"] == {"name": live.GRID_DATA}
    amap = next(p for p in spec["params"] if p["name"] == "amap")["value"]
    assert amap == grid.abc_index.tolist() and len(amap) == 101
    assert template.get("transform") is None  # the cached template is not changed


def _drawn_texts(spec: dict) -> list[str]:
    """Give the texts Vega draws of ``spec`` outside a page (no slider to bind: the server's values)."""
    rows = {
        name: frame.to_dict("records") if isinstance(frame, pd.DataFrame) else frame
        for name, frame in spec["datasets"].items()
    }
    svg = vl_convert.vegalite_to_svg({**spec, "datasets": rows, "width": 400})
    return [re.sub(r"<[^>]+>", "", text) for text in re.findall(r"<text[^>]*>(.*?)</text>", svg)]


@pytest.mark.parametrize(
    "thresholds",
    [
        {"abc_a": 80, "abc_b": 95, "xyz_x": 1.0, "xyz_y": 2.0},
        {"abc_a": 40, "abc_b": 60, "xyz_x": 0.5, "xyz_y": 1.0},
    ],
)
def test_a_heatmap_with_no_slider_in_reach_draws_segcores_cells_at_the_servers_values(thresholds):
    segmenter = Segmenter(small_table())
    tables = bucket_tables(segmenter, segmenter.segment(Scenario()))
    template = charts.heatmap_template(
        metric="customers", title="t", x_title="x", y_title="y", field_titles=FIELDS
    )
    first = {"abc_a": 80, "abc_b": 95, "xyz_x": 1.0, "xyz_y": 2.0}
    spec = live.live_heatmap(template, cell_grid(tables.cells), metric="customers", thresholds=first)
    texts = _drawn_texts(live.with_slider_values(spec, thresholds))
    drawn = dict(zip(texts[:12], map(int, texts[12:24]), strict=True))
    scenario = Scenario()
    scenario = scenario.replace(
        abc=scenario.abc.replace(a=thresholds["abc_a"] / 100, b=thresholds["abc_b"] / 100),
        xyz=scenario.xyz.replace(x=thresholds["xyz_x"], y=thresholds["xyz_y"]),
    )
    matrix = segmenter.segment(scenario).matrix
    assert drawn == dict(zip(matrix["cell"], matrix["customers"].astype(int), strict=True))


def _pareto_chart(seg, label: str):
    """Give the Pareto curve of ``seg`` with a highlight at 20 % / 40 % labelled ``label``."""
    return charts.pareto_curve(
        seg.pareto,
        band_edges={"A": 0.5, "B": 0.7, "C": 1.0},
        highlight=(0.2, 0.4),
        highlight_label=label,
        title="p",
        x_title="x",
        y_title="y",
    )


def test_a_pareto_readout_with_no_slider_in_reach_shows_the_servers_top_share():
    seg, tables = _tables()
    chart = _pareto_chart(seg, "x")
    for top in (20, 50):
        spec = live.live_pareto(
            charts.vega_spec(chart),
            a=80,
            b=95,
            top=top,
            a_shares=tables.a_points[:, 0].tolist(),
            top_shares=tables.top_shares.tolist(),
            label="Top {x} bring {y}",
        )
        share = f"{tables.top_shares[top - 1]:.1%}".replace("%", "\u00a0%")
        assert f"Top {top}\u00a0% bring {share}" in _drawn_texts(spec)


def test_the_quadrant_grid_sums_over_loyalty_and_profit_at_or_above_by_hand():
    quadrants = pd.DataFrame({"loyalty": [0, 3, 3], "profit": [5, 0, 7], "customers": [1, 2, 4]})
    grid = live.quadrant_grid(quadrants, "customers")
    assert len(grid) == 101 * 101
    assert grid[0] == 7  # everyone
    assert grid[3 * 101 + 0] == 6  # loyalty ≥ 3
    assert grid[0 * 101 + 5] == 5  # profit ≥ 5
    assert grid[3 * 101 + 5] == 4  # both
    assert grid[4 * 101 + 0] == 0


def test_the_live_scatter_recolours_from_the_buckets_and_writes_live_sizes_in_the_legend():
    seg, tables = _tables()
    template = charts.quadrant_template(
        ticks=None, tooltip=(("customer_id", "N", "Id", ""),), title="q", x_title="l", y_title="p"
    )
    points = pd.DataFrame(
        {
            "customer_id": small_table()["customer_id"],
            "loyalty": seg.loyalty.astype(float),
            "profit": small_table()["revenue"],
            "lb": tables.customer_loyalty,
            "pb": tables.customer_profit,
        }
    )
    grids = (
        live.quadrant_grid(tables.quadrants, "customers"),
        live.quadrant_grid(tables.quadrants, "revenue"),
    )
    spec = _validated(
        live.live_scatter(
            template,
            points,
            grids,
            loyalty_split=50,
            profit_split=50,
            loyalty_values=tables.loyalty_values.tolist(),
            profit_values=tables.profit_values.tolist(),
            legend={"III": "III · Core: {customers} · {share}"},
        )
    )
    dots = spec["layer"][0]
    assert dots["transform"][1]["from"]["data"] == {"name": live.SLIDER_DATA}
    assert dots["transform"][2:] == [
        {
            "calculate": "datum.pb >= toNumber(quadrants_profit_split) ? "
            "(datum.lb >= toNumber(quadrants_loyalty_split) ? 'III' : 'IV') : "
            "(datum.lb >= toNumber(quadrants_loyalty_split) ? 'II' : 'I')",
            "as": "quadrant",
        }
    ]
    label = dots["encoding"]["color"]["legend"]["labelExpr"]
    assert label.startswith("datum.label === 'III' ? \"III · Core: \" + format(qn_III, ',') + \" · \" + ")
    assert label.endswith(": datum.label")
    params = {p["name"]: p for p in spec["params"]}
    assert params["qn_III"]["expr"].startswith("qc[(toNumber(quadrants_loyalty_split)) * 101")
    assert params["lq"]["value"] == pytest.approx(tables.loyalty_values.tolist())


def test_the_live_pareto_moves_its_bands_and_readout_with_the_sliders():
    seg, tables = _tables()
    chart = _pareto_chart(seg, "Top 20 % bring 40 %")
    spec = live.live_pareto(
        charts.vega_spec(chart),
        a=80,
        b=95,
        top=20,
        a_shares=tables.a_points[:, 0].tolist(),
        top_shares=tables.top_shares.tolist(),
        label="Top {x} bring {y}",
    )
    names = [p["name"] for p in spec["params"]]
    assert names == [
        *(name for key in ("abc_a", "abc_b", "pareto_top") for name in (f"{key}_thumb", key)),
        "ax",
        "tp",
    ]
    assert spec["datasets"][live.SLIDER_DATA].to_dict("records") == [
        {"abc_a": 80, "abc_b": 95, "pareto_top": 20}
    ]
    label = spec["layer"][6]["transform"][-1]
    assert label["as"] == "label"
    assert label["calculate"].startswith('"Top " + replace(format(toNumber(pareto_top) / 100')
    assert spec["layer"][0]["data"] == {"values": [{"abc": "A"}, {"abc": "B"}, {"abc": "C"}]}
