"""The Pareto page's curve: the same chart after every move, whose params give segcore's numbers."""

from __future__ import annotations

import json

import pytest

from segcore.settings import AbcThresholds, Scenario
from tests.app.studio import assert_clean, expected, open_app


def _chart(at):
    return at.get("vega_lite_chart")[0].proto


def _param(proto, name: str):
    return next(p["value"] for p in json.loads(proto.spec)["params"] if p["name"] == name)


def test_a_move_sends_the_same_curve_and_its_tables_give_segcores_bands_and_readout():
    at = open_app("cdnow", "pareto")
    drawn = _chart(at)
    at.slider(key="abc_a").set_value(60).run()
    at.slider(key="pareto_top").set_value(35).run()
    assert_clean(at)
    assert _chart(at).SerializeToString() == drawn.SerializeToString()
    moved = expected("cdnow", Scenario(abc=AbcThresholds(a=0.6)))
    # What the browser draws at a = 60 %, top = 35 %: the A band's edge and the readout.
    assert _param(drawn, "ax")[60 - 1] == pytest.approx(moved.abc_points[0][0])
    shown = next(m for m in at.metric if m.label.startswith("Top 35"))
    assert f"{_param(drawn, 'tp')[35 - 1] * 100:.1f}" in shown.value
