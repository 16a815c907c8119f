"""The running-sum grid gives, at every slider position, the matrix the engine gives, in a few look-ups."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from segcore.classify.buckets import bucket_tables, cell_totals
from segcore.classify.cell_grid import cell_grid, grid_corners, grid_totals
from segcore.classify.segmentation import Segmenter
from segcore.settings import AbcThresholds, Scenario
from tests.segcore.classify.test_buckets import positions, settings_of_a_table
from tests.segcore.classify.test_segmentation import cdnow_customers, customer_tables, small_table


def _assert_same(segmenter: Segmenter, scenario: Scenario, position: tuple[int, ...]) -> None:
    a, b, x, y = position[:4]
    grid = cell_grid(bucket_tables(segmenter, segmenter.segment(scenario)).cells)
    moved = scenario.replace(
        abc=scenario.abc.replace(a=a / 100, b=b / 100), xyz=scenario.xyz.replace(x=x / 100, y=y / 100)
    )
    want = segmenter.segment(moved)
    customers, revenue = grid_totals(grid, a, b, x, y)
    assert customers.tolist() == want.cell_customers.tolist()
    np.testing.assert_allclose(revenue, want.cell_revenue, rtol=1e-9, atol=1e-6)


def test_the_small_table_by_hand():
    segmenter = Segmenter(small_table())
    grid = cell_grid(bucket_tables(segmenter, segmenter.segment(Scenario())).cells)
    # ABC buckets 1, 41, 68, 95, 101 → rows 1–5; XYZ buckets 40, 120, 250 → columns 1–3, N → 4.
    assert (grid.rows, grid.columns) == (6, 5)
    assert grid.abc_index[[0, 1, 40, 41, 80, 95, 100]].tolist() == [0, 1, 1, 2, 3, 4, 4]
    assert grid.xyz_index[[0, 39, 40, 100, 200, 250, 1000]].tolist() == [0, 0, 1, 1, 2, 3, 3]
    # Up to row 3 (c3, c1, c2) and column 2 (X at 0.40, 1.20): c3 and c1.
    assert grid.customers[3, 2] == 2 and grid.revenue[3, 2] == 200.0
    assert grid.customers[5, 4] == 6 and grid.revenue[5, 4] == 285.0
    customers, revenue = grid_totals(grid, 80, 95, 100, 200)
    # A: c3 (X), c1 (Y), c2 (Z); B: c5 (N); C: c4, c6 (N), as the bucket table gives.
    assert customers.tolist() == [1, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 2]
    assert revenue.tolist() == [120.0, 80.0, 80.0, 0, 0, 0, 0, 15.0, 0, 0, 0, -10.0]


def test_each_cell_is_made_of_at_most_four_corners_and_a_and_x_of_one():
    corners = grid_corners()
    sizes = corners.groupby(corners["abc"] + corners["xyz"]).size().to_dict()
    assert sizes == {
        "AX": 1, "AY": 2, "AZ": 2, "AN": 2,
        "BX": 2, "BY": 4, "BZ": 4, "BN": 4,
        "CX": 2, "CY": 4, "CZ": 4, "CN": 4,
    }  # fmt: skip
    assert set(corners["sign"]) == {1, -1}


def test_the_grid_is_bounded_by_the_slider_grids_and_equals_the_bucket_table():
    segmenter = Segmenter(cdnow_customers())
    tables = bucket_tables(segmenter, segmenter.segment(Scenario()))
    grid = cell_grid(tables.cells)
    assert grid.rows <= 102 and grid.columns <= 1003
    assert grid.customers[-1, -1] == segmenter.n
    for position in [(80, 95, 100, 200), (60, 90, 50, 150), (5, 6, 1, 2), (99, 100, 999, 1000)]:
        want, want_revenue = cell_totals(tables.cells, *position)
        customers, revenue = grid_totals(grid, *position)
        assert customers.tolist() == want.tolist()
        np.testing.assert_allclose(revenue, want_revenue, rtol=1e-9, atol=1e-6)


def test_a_b_below_a_and_a_y_below_x_leave_b_and_y_empty_as_the_engine_does():
    segmenter = Segmenter(cdnow_customers())
    tables = bucket_tables(segmenter, segmenter.segment(Scenario()))
    customers, _ = grid_totals(cell_grid(tables.cells), 60, 40, 150, 50)
    want, _ = cell_totals(tables.cells, 60, 40, 150, 50)
    assert customers.tolist() == want.tolist()
    assert customers[4:8].sum() == 0  # no B
    assert customers[[1, 5, 9]].sum() == 0  # no Y


@settings(max_examples=60, deadline=None)
@given(customer_tables(), settings_of_a_table(), st.lists(positions(), min_size=1, max_size=5))
def test_any_table_any_settings_any_slider_positions_equal_the_engine(table, scenario, moves):
    if table["margin"].isna().all():
        table.loc[0, "margin"] = 1.0
    segmenter = Segmenter(table)
    for position in moves:
        _assert_same(segmenter, scenario, position)


def test_the_cdnow_sample_in_rank_mode_within():
    segmenter = Segmenter(cdnow_customers())
    within = Scenario(abc=AbcThresholds(rule="within", mode="rank", basis="orders"))
    for position in [(33, 67, 75, 125), (10, 11, 300, 301)]:
        _assert_same(segmenter, within, position)
