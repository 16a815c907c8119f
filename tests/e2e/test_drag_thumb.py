"""Dragging "A closes at" repaints the heatmap with segcore's numbers at every step, before release."""

from __future__ import annotations

from segcore.settings import Scenario
from tests.e2e.drag import press_thumb, wait_for_cells
from tests.e2e.studio import (
    STORE_EN,
    assert_no_exception,
    expected_counts,
    open_app,
    query,
    settle,
    slider_value,
    with_abc_a,
)


def test_dragging_a_repaints_the_matrix_with_segcores_counts_before_release_and_the_server_follows(
    context, app_url
):
    page = context.new_page()
    open_app(page, f"{app_url}/matrix")
    page.locator(".st-key-matrix_metric button").first.click()  # customers per cell
    settle(page)
    start = expected_counts(STORE_EN, Scenario())
    assert wait_for_cells(page, start) == start

    x, y = press_thumb(page, "abc_a")
    positions = []
    for _ in range(5):
        x -= 12
        page.mouse.move(x, y, steps=3)
        position = int(slider_value(page, "abc_a"))
        expected = expected_counts(STORE_EN, with_abc_a(position / 100))
        assert wait_for_cells(page, expected) == expected, position
        assert "abc_a" not in query(page), "the server heard of the move before the release"
        positions.append(position)
    assert positions == sorted(positions, reverse=True) and len(set(positions)) == 5, positions
    assert expected != start

    page.mouse.up()
    settle(page)
    assert query(page) == {"abc_a": [str(positions[-1] / 100)]}, page.url
    assert wait_for_cells(page, expected) == expected
    drill = page.locator(".st-key-matrix_cell input[role=combobox]").input_value()
    assert "AX · " in drill and f"({expected['AX']:,})" in drill, drill
    assert_no_exception(page, "matrix")
