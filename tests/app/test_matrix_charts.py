"""The Matrix page's charts: drawn from cached templates, with segcore's numbers after every move."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df

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


def _counts(heatmap: dict) -> dict[str, int]:
    cells = heatmap["data"]["cells"]
    return dict(zip(cells["cell"], cells["customers"].astype(int), strict=True))


def test_a_slider_move_sends_the_new_numbers_in_the_same_chart_specification():
    at = open_app("cdnow", "matrix")
    heatmap, scatter = _charts(at)
    seg = expected("cdnow", Scenario())
    assert _counts(heatmap) == dict(zip(seg.matrix["cell"], seg.matrix["customers"].astype(int), strict=True))
    assert heatmap["spec"]["params"][0]["name"] == "cell_pick"
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
    # Same specification: the browser only swaps the rows of the drawn chart.
    assert moved_heatmap["spec"] == heatmap["spec"]
    splits = moved_scatter["data"]["splits"]
    assert splits["loyalty"].tolist() == [pytest.approx(moved.loyalty_split_value)]
    assert splits["profit"].tolist() == [pytest.approx(moved.profit_split_value)]
    points = moved_scatter["data"]["points"]
    assert points["loyalty"].tolist() == scatter["data"]["points"]["loyalty"].tolist()
    assert points["quadrant"].tolist() != scatter["data"]["points"]["quadrant"].tolist()


def test_the_heatmap_shows_the_chosen_metric_and_the_headline_counts_carry_their_share():
    at = open_app("cdnow", "matrix")
    at.segmented_control(key="matrix_metric").set_value("revenue_share").run()
    assert_clean(at)
    heatmap, _ = _charts(at)
    squares = heatmap["spec"]["layer"][0]
    assert squares["encoding"]["color"]["field"] == "revenue_share"
    seg = expected("cdnow", Scenario())
    shares = dict(
        zip(heatmap["data"]["cells"]["cell"], heatmap["data"]["cells"]["revenue_share"], strict=True)
    )
    assert shares["AX"] == pytest.approx(seg.matrix.set_index("cell").loc["AX", "revenue_share"])
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
