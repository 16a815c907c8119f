"""The Matrix page's charts: drawn from cached templates, with segcore's numbers after every move."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df

from segcore.charts import sample_points
from segcore.classify.buckets import cell_totals
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


def _param(spec: dict, name: str):
    return next(p["value"] for p in spec["params"] if p["name"] == name)


def _counts(heatmap: dict) -> dict[str, int]:
    """Give the customers per cell the browser computes: the bucket rows at the params' values."""
    rows = heatmap["data"]["buckets"]
    real = rows[rows["fa"] == ""].rename(columns={"ab": "abc", "xb": "xyz"})
    spec = heatmap["spec"]
    customers, _ = cell_totals(
        real,
        _param(spec, "abc_a"),
        _param(spec, "abc_b"),
        round(_param(spec, "xyz_x") * 100),
        round(_param(spec, "xyz_y") * 100),
    )
    return dict(zip(CELL_LETTERS, customers.tolist(), strict=True))


def _quadrants(scatter: dict) -> list[str]:
    """Give the quadrant the browser paints each point in, from its buckets and the split params."""
    points, spec = scatter["data"]["points"], scatter["spec"]
    high_l = points["lb"] >= _param(spec, "quadrants_loyalty_split")
    high_p = points["pb"] >= _param(spec, "quadrants_profit_split")
    return np.where(high_p, np.where(high_l, "III", "IV"), np.where(high_l, "II", "I")).tolist()


def test_a_slider_move_keeps_the_bucket_rows_and_moves_the_params_to_segcores_numbers():
    at = open_app("cdnow", "matrix")
    heatmap, scatter = _charts(at)
    seg = expected("cdnow", Scenario())
    assert _counts(heatmap) == dict(zip(seg.matrix["cell"], seg.matrix["customers"].astype(int), strict=True))
    assert heatmap["spec"]["params"][0]["name"] == "cell_pick"
    bound = next(p for p in heatmap["spec"]["params"] if p["name"] == "abc_a")["bind"]
    assert bound == {"element": ".st-key-abc_a input[type=range]", "event": "studio-thumb"}
    assert _quadrants(scatter) == seg.quadrant[sample_points(seg.quadrant.size)].tolist()
    at.slider(key="abc_a").set_value(60).run()
    at.slider(key="quadrants_loyalty_split").set_value(70).run()
    assert_clean(at)
    moved_heatmap, moved_scatter = _charts(at)
    scenario = Scenario(abc=AbcThresholds(a=0.6), quadrants=QuadrantSettings(loyalty_split=0.7))
    moved = expected("cdnow", scenario)
    assert _counts(moved_heatmap) == dict(
        zip(moved.matrix["cell"], moved.matrix["customers"].astype(int), strict=True)
    )
    assert _counts(moved_heatmap) != _counts(heatmap)
    # Same rows: the browser recomputes the cells from the params.
    pd.testing.assert_frame_equal(moved_heatmap["data"]["buckets"], heatmap["data"]["buckets"])
    assert _param(moved_scatter["spec"], "lq")[70 - 1] == pytest.approx(moved.loyalty_split_value)
    assert _param(moved_scatter["spec"], "pq")[50 - 1] == pytest.approx(moved.profit_split_value)
    points = moved_scatter["data"]["points"]
    assert points["loyalty"].tolist() == scatter["data"]["points"]["loyalty"].tolist()
    assert _quadrants(moved_scatter) == moved.quadrant[sample_points(moved.quadrant.size)].tolist()
    assert _quadrants(moved_scatter) != _quadrants(scatter)


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
