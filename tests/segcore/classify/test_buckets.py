"""The bucket tables give, at every slider position, the matrix and quadrants the engine gives."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from segcore.classify.buckets import (
    ABC_NEVER,
    XYZ_NONE,
    bucket_tables,
    cell_totals,
    quadrant_totals,
)
from segcore.classify.segmentation import Segmenter
from segcore.settings import AbcThresholds, QuadrantSettings, Scenario, XyzThresholds
from tests.segcore.classify.test_segmentation import cdnow_customers, customer_tables, small_table


def _at(scenario: Scenario, a: int, b: int, x: int, y: int, loyalty: int, profit: int) -> Scenario:
    quad = scenario.quadrants.replace(loyalty_split=loyalty / 100)
    if quad.profit_split_kind == "percentile":
        quad = quad.replace(profit_split=profit / 100)
    return scenario.replace(
        abc=scenario.abc.replace(a=a / 100, b=b / 100),
        xyz=scenario.xyz.replace(x=x / 100, y=y / 100),
        quadrants=quad,
    )


def _assert_same(segmenter: Segmenter, scenario: Scenario, position: tuple[int, ...]) -> None:
    a, b, x, y, loyalty, profit = position
    tables = bucket_tables(segmenter, segmenter.segment(scenario))
    want = segmenter.segment(_at(scenario, *position))
    customers, revenue = cell_totals(tables.cells, a, b, x, y)
    assert customers.tolist() == want.cell_customers.tolist()
    np.testing.assert_allclose(revenue, want.cell_revenue, rtol=1e-12, atol=1e-9)
    split = 1 if tables.profit_fixed else profit
    quad_customers, quad_revenue = quadrant_totals(tables.quadrants, loyalty, split)
    assert quad_customers.tolist() == want.quadrant_customers.tolist()
    np.testing.assert_allclose(quad_revenue, want.quadrant_revenue, rtol=1e-12, atol=1e-9)


def test_the_small_table_by_hand():
    segmenter = Segmenter(small_table())
    tables = bucket_tables(segmenter, segmenter.segment(Scenario()))
    # Revenue order c3 120, c1 80, c2 80, c5 15 (positive total 295), then c4 0 and c6 -10.
    # crossing_up: a customer is inside the top at cut p when the share before it is below p.
    # c3 from 1 %; c1 (120/295 = 40.7 % before) from 41 %; c2 (67.8 %) from 68 %; c5 (94.9 %) from 95 %.
    by_id = dict(zip(small_table()["customer_id"], tables.customer_abc.tolist(), strict=True))
    assert by_id == {"c3": 1, "c1": 41, "c2": 68, "c5": 95, "c4": ABC_NEVER, "c6": ABC_NEVER}
    # cv 0.4 → X from 0.40; 1.2 → 1.20; 2.5 → 2.50; c5 (4 periods < 6) and the NaNs are N.
    xyz = dict(zip(small_table()["customer_id"], tables.customer_xyz.tolist(), strict=True))
    assert xyz == {"c3": 40, "c1": 120, "c2": 250, "c5": XYZ_NONE, "c4": XYZ_NONE, "c6": XYZ_NONE}
    assert tables.cells["customers"].sum() == 6
    assert len(tables.cells) == 5  # c4 and c6 share (101, 1002)
    customers, revenue = cell_totals(tables.cells, 80, 95, 100, 200)
    # A: c3 (X), c1 (Y), c2 (Z); B: c5 (N); C: c4, c6 (N).
    assert customers.tolist() == [1, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 2]
    assert revenue.tolist() == [120.0, 80.0, 80.0, 0, 0, 0, 0, 15.0, 0, 0, 0, -10.0]


def test_every_customer_is_counted_once_and_the_table_does_not_grow_with_customers():
    customers = cdnow_customers()
    segmenter = Segmenter(customers)
    tables = bucket_tables(segmenter, segmenter.segment(Scenario()))
    assert tables.cells["customers"].sum() == len(customers)
    assert tables.quadrants["customers"].sum() == len(customers)
    assert len(tables.cells) <= 101 * 1002
    assert len(tables.quadrants) <= 100 * 100
    assert len(tables.cells) < len(customers)


def test_the_cdnow_sample_at_several_slider_positions():
    customers = cdnow_customers()
    segmenter = Segmenter(customers)
    for position in [(80, 95, 100, 200, 50, 50), (60, 90, 50, 150, 70, 80), (5, 6, 1, 2, 1, 99)]:
        _assert_same(segmenter, Scenario(), position)
    within = Scenario(abc=AbcThresholds(rule="within", mode="rank", basis="orders"))
    _assert_same(segmenter, within, (33, 67, 75, 125, 20, 30))


def test_the_pareto_readout_and_a_boundaries_follow_the_percent_grid():
    customers = cdnow_customers()
    segmenter = Segmenter(customers)
    tables = bucket_tables(segmenter, segmenter.segment(Scenario()))
    for p in (1, 20, 63, 99):
        assert tables.top_shares[p - 1] == segmenter.top_share("revenue", p / 100)
        seg = segmenter.segment(Scenario(abc=AbcThresholds(a=p / 100, b=1.0)))
        assert tuple(tables.a_points[p - 1]) == seg.abc_points[0]


@st.composite
def positions(draw):
    a = draw(st.integers(5, 99))
    b = draw(st.integers(a + 1, 100))
    x = draw(st.integers(1, 999))
    y = draw(st.integers(x + 1, 1000))
    return (a, b, x, y, draw(st.integers(1, 99)), draw(st.integers(1, 99)))


@st.composite
def settings_of_a_table(draw):
    kind = draw(st.sampled_from(["percentile", "value"]))
    return Scenario(
        abc=AbcThresholds(
            mode=draw(st.sampled_from(["value", "rank"])),
            basis=draw(st.sampled_from(["revenue", "margin", "orders", "ltv"])),
            rule=draw(st.sampled_from(["crossing_up", "within"])),
        ),
        xyz=XyzThresholds(min_periods=draw(st.integers(2, 12))),
        quadrants=QuadrantSettings(
            w_tenure=draw(st.floats(0, 1)),
            w_regularity=draw(st.floats(0, 1)),
            extra_weights=draw(st.sampled_from(["", "loyalty_member:0.3"])),
            profit_basis=draw(st.sampled_from(["revenue", "margin", "ltv"])),
            profit_split_kind=kind,
            profit_split=0.5 if kind == "percentile" else draw(st.floats(0, 300)),
        ),
    )


@settings(max_examples=80, deadline=None)
@given(customer_tables(), settings_of_a_table(), st.lists(positions(), min_size=1, max_size=5))
def test_any_table_any_settings_any_slider_positions_equal_the_engine(table, scenario, moves):
    if table["margin"].isna().all():
        table.loc[0, "margin"] = 1.0
    segmenter = Segmenter(table)
    for position in moves:
        _assert_same(segmenter, scenario, position)


@settings(max_examples=40, deadline=None)
@given(st.lists(positions(), min_size=3, max_size=8))
def test_random_positions_on_the_cdnow_sample_equal_the_engine(moves):
    segmenter = _cdnow_segmenter()
    for position in moves:
        _assert_same(segmenter, Scenario(), position)


_CACHE: dict[str, Segmenter] = {}


def _cdnow_segmenter() -> Segmenter:
    if "cdnow" not in _CACHE:
        _CACHE["cdnow"] = Segmenter(cdnow_customers())
    return _CACHE["cdnow"]


def test_a_frame_of_the_table_has_the_documented_columns():
    segmenter = Segmenter(small_table())
    tables = bucket_tables(segmenter, segmenter.segment(Scenario()))
    assert list(tables.cells.columns) == ["abc", "xyz", "customers", "revenue", "margin"]
    assert list(tables.quadrants.columns) == ["loyalty", "profit", "customers", "revenue"]
    assert isinstance(tables.cells, pd.DataFrame)
