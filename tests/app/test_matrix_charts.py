"""The Matrix page's charts: drawn from cached templates, with segcore's numbers after every move."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df

from segcore.charts import sample_points
from segcore.classify.matrix import CELL_LETTERS
from segcore.settings import AbcThresholds, QuadrantSettings, Scenario
from tests.app.studio import assert_clean, expected, open_app


def _charts(at) -> tuple[dict, dict]:
    heatmap, scatter = (element.proto for element in at.get("vega_lite_chart"))
    return _read(heatmap), _read(scatter)


def _read(proto) -> dict:
    return {
        "spec": json.loads(proto.spec),
        "data": {d.name: convert_arrow_bytes_to_pandas_df(d.data.data) for d in proto.datasets},
    }


def _unchanged(proto) -> dict[str, bytes]:
    """Give a chart's datasets other than the sliders' row, as sent."""
    return {d.name: d.data.data for d in proto.datasets if d.name != "sliders"}


def _param(spec: dict, name: str):
    return next(p["value"] for p in spec["params"] if p["name"] == name)


def _counts(heatmap: dict, scenario: Scenario) -> dict[str, int]:
    """Give the customers per cell the browser computes at the scenario's slider positions.

    As the heatmap's transforms do: each cell's corners looked up in the running-sum grid.
    """
    spec, data = heatmap["spec"], heatmap["data"]
    grid = data["grid"].set_index("k")["c"]
    amap, xmap = _param(spec, "amap"), _param(spec, "xmap")
    rows, columns = _param(spec, "grid_rows"), _param(spec, "grid_columns")
    assert len(grid) == rows * columns
    a, b = round(scenario.abc.a * 100), round(scenario.abc.b * 100)
    x, y = round(scenario.xyz.x * 100), round(scenario.xyz.y * 100)
    row = {1: amap[a], 2: max(amap[a], amap[b]), 3: rows - 1}
    column = {1: xmap[x], 2: max(xmap[x], xmap[y]), 3: columns - 2, 4: columns - 1}
    counts = dict.fromkeys(CELL_LETTERS, 0)
    for corner in data["corners"].itertuples(index=False):
        key = row[corner.i] * columns + column[corner.j]
        counts[corner.abc + corner.xyz] += int(corner.sign * grid[key])
    return counts


def _quadrants(scatter: dict, scenario: Scenario) -> list[str]:
    """Give the quadrant the browser paints each point in, from its buckets at the scenario's splits."""
    points = scatter["data"]["points"]
    high_l = points["lb"] >= round(scenario.quadrants.loyalty_split * 100)
    high_p = points["pb"] >= round(scenario.quadrants.profit_split * 100)
    return np.where(high_p, np.where(high_l, "III", "IV"), np.where(high_l, "II", "I")).tolist()


def test_a_slider_move_sends_the_same_charts_whose_data_give_segcores_numbers_at_the_new_position():
    at = open_app("cdnow", "matrix")
    (heatmap_proto, scatter_proto) = (element.proto for element in at.get("vega_lite_chart"))
    heatmap, scatter = _read(heatmap_proto), _read(scatter_proto)
    seg = expected("cdnow", Scenario())
    assert _counts(heatmap, Scenario()) == dict(
        zip(seg.matrix["cell"], seg.matrix["customers"].astype(int), strict=True)
    )
    assert heatmap["spec"]["params"][0]["name"] == "cell_pick"
    bound = next(p for p in heatmap["spec"]["params"] if p["name"] == "abc_a_thumb")["bind"]
    assert bound == {"element": "body", "event": "studio-thumb:abc_a"}
    assert heatmap["data"]["sliders"].iloc[0]["abc_a"] == 80
    assert _quadrants(scatter, Scenario()) == seg.quadrant[sample_points(seg.quadrant.size)].tolist()
    assert len(heatmap["data"]["grid"]) <= 102 * 1003
    at.slider(key="abc_a").set_value(60).run()
    at.slider(key="quadrants_loyalty_split").set_value(70).run()
    assert_clean(at)
    moved_heatmap_proto, moved_scatter_proto = (element.proto for element in at.get("vega_lite_chart"))
    # The same charts: the browser keeps what it drew and follows the sliders; only the
    # one-row dataset of the server's slider values changes, for a chart not bound to them.
    for before, after in ((heatmap_proto, moved_heatmap_proto), (scatter_proto, moved_scatter_proto)):
        assert after.spec == before.spec
        assert _unchanged(after) == _unchanged(before)
    assert _read(moved_heatmap_proto)["data"]["sliders"].iloc[0][["abc_a", "abc_b"]].tolist() == [60, 95]
    assert _read(moved_scatter_proto)["data"]["sliders"].iloc[0]["quadrants_loyalty_split"] == 70
    scenario = Scenario(abc=AbcThresholds(a=0.6), quadrants=QuadrantSettings(loyalty_split=0.7))
    moved = expected("cdnow", scenario)
    assert _counts(heatmap, scenario) == dict(
        zip(moved.matrix["cell"], moved.matrix["customers"].astype(int), strict=True)
    )
    assert _counts(heatmap, scenario) != _counts(heatmap, Scenario())
    assert _param(scatter["spec"], "lq")[70 - 1] == pytest.approx(moved.loyalty_split_value)
    assert _param(scatter["spec"], "pq")[50 - 1] == pytest.approx(moved.profit_split_value)
    assert _quadrants(scatter, scenario) == moved.quadrant[sample_points(moved.quadrant.size)].tolist()
    assert _quadrants(scatter, scenario) != _quadrants(scatter, Scenario())


def test_the_heatmap_shows_revenue_share_first_and_the_headline_counts_carry_their_share():
    at = open_app("cdnow", "matrix")
    assert_clean(at)
    heatmap, _ = _charts(at)
    squares = heatmap["spec"]["layer"][0]
    assert squares["encoding"]["color"]["field"] == "revenue_share"
    assert {
        "calculate": "datum.total_revenue > 0 ? datum.revenue / datum.total_revenue : 0",
        "as": "revenue_share",
    } in heatmap["spec"]["transform"]
    at.segmented_control(key="matrix_metric").set_value("customers").run()
    heatmap, _ = _charts(at)
    assert heatmap["spec"]["layer"][0]["encoding"]["color"]["field"] == "customers"
    seg = expected("cdnow", Scenario())
    group_a = next(m for m in at.metric if m.label == "Customers in group A")
    total = float(seg.matrix["customers"].sum())
    assert group_a.value == f"{int(seg.abc_counts[0]):,}"
    assert group_a.proto.delta == f"{seg.abc_counts[0] / total * 100:.1f}\u00a0%"


def test_the_scatter_sample_kept_between_moves_gives_the_points_of_the_current_thresholds():
    from pandas.testing import assert_frame_equal

    from segcore.charts import sample_points
    from segcore.classify.segmentation import BASIS_COLUMNS
    from tests.app.studio import customers
    from ui.data import Analysis
    from ui.sections import charts

    analysis = Analysis("cdnow", customers("cdnow"))
    for scenario in (
        Scenario(),
        Scenario(quadrants=QuadrantSettings(loyalty_split=0.8)),
        Scenario(quadrants=QuadrantSettings(profit_basis="ltv")),
    ):
        seg = expected("cdnow", scenario)
        shown = charts.quadrant_points(analysis, seg, limit=500)
        rows = sample_points(len(analysis.customers), 500)
        basis = BASIS_COLUMNS[scenario.quadrants.profit_basis]
        assert_frame_equal(
            shown,
            pd.DataFrame(
                {
                    "customer_id": analysis.customers["customer_id"].to_numpy(dtype=object)[rows],
                    "loyalty": seg.loyalty[rows],
                    "profit": analysis.customers[basis].to_numpy(dtype=float, na_value=np.nan)[rows],
                    "quadrant": seg.quadrant[rows],
                }
            ),
        )
        assert len(shown) == 500
