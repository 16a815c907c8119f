"""The Pareto page's curve: the same chart after every move, whose params give segcore's numbers."""

from __future__ import annotations

import json

import pytest
from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df

from segcore.settings import AbcThresholds, Scenario
from tests.app.studio import assert_clean, expected, open_app


def _chart(at):
    return at.get("vega_lite_chart")[0].proto


def _param(proto, name: str):
    return next(p["value"] for p in json.loads(proto.spec)["params"] if p["name"] == name)


def _sliders(proto) -> dict:
    data = next(d.data.data for d in proto.datasets if d.name == "sliders")
    return convert_arrow_bytes_to_pandas_df(data).iloc[0].to_dict()


def test_a_move_sends_the_same_curve_and_its_tables_give_segcores_bands_and_readout():
    at = open_app("cdnow", "pareto")
    drawn = _chart(at)
    at.slider(key="abc_a").set_value(60).run()
    at.slider(key="pareto_top").set_value(35).run()
    assert_clean(at)
    after = _chart(at)
    # The same curve; only the one-row dataset of the server's slider values changes.
    assert after.spec == drawn.spec
    assert [d.name for d in after.datasets] == [d.name for d in drawn.datasets]
    assert _sliders(drawn) == {"abc_a": 80, "abc_b": 95, "pareto_top": 20}
    assert _sliders(after) == {"abc_a": 60, "abc_b": 95, "pareto_top": 35}
    moved = expected("cdnow", Scenario(abc=AbcThresholds(a=0.6)))
    # What the browser draws at a = 60 %, top = 35 %: the A band's edge and the readout.
    assert _param(drawn, "ax")[60 - 1] == pytest.approx(moved.abc_points[0][0])
    shown = next(m for m in at.metric if m.label.startswith("Top 35"))
    assert f"{_param(drawn, 'tp')[35 - 1] * 100:.1f}" in shown.value
