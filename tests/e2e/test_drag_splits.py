"""Dragging the loyalty and profit splits repaints the quadrant sizes with segcore's before release."""

from __future__ import annotations

import pytest

from segcore.settings import Scenario
from tests.e2e.drag import legend_sizes, press_thumb, wait_for_legend
from tests.e2e.studio import STORE_EN, assert_no_exception, open_app, query, segmenter, settle, slider_value

SCATTER = 1  # the heatmap is the Matrix page's first chart, the quadrant scatter its second


def _sizes(key: str, percent: int) -> dict[str, int]:
    """Give the customers per quadrant segcore gives with split ``key`` at ``percent``."""
    field = key.removeprefix("quadrants_")
    scenario = Scenario()
    scenario = scenario.replace(quadrants=scenario.quadrants.replace(**{field: percent / 100}))
    summary = segmenter(STORE_EN).segment(scenario).quadrant_summary
    return {str(q): int(n) for q, n in zip(summary["quadrant"], summary["customers"], strict=True)}


@pytest.mark.parametrize("key", ["quadrants_loyalty_split", "quadrants_profit_split"])
def test_dragging_a_split_repaints_the_quadrant_sizes_with_segcores_before_release(context, app_url, key):
    page = context.new_page()
    open_app(page, f"{app_url}/matrix")
    start = _sizes(key, 50)
    assert wait_for_legend(page, SCATTER, start) == start

    x, y = press_thumb(page, key)
    positions = []
    for _ in range(4):
        x += 12
        page.mouse.move(x, y, steps=3)
        position = int(slider_value(page, key))
        expected = _sizes(key, position)
        assert wait_for_legend(page, SCATTER, expected) == expected, position
        assert key not in query(page), "the server heard of the move before the release"
        positions.append(position)
    assert positions == sorted(positions) and len(set(positions)) == 4, positions
    assert expected != start

    page.mouse.up()
    settle(page)
    assert query(page) == {key: [str(positions[-1] / 100)]}, page.url
    assert legend_sizes(page, SCATTER) == expected
    assert_no_exception(page, "matrix")
