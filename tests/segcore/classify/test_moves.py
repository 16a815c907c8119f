"""The chunked row pass of a move gives what the whole-array pass gave, for any chunk size."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from segcore.classify.abc import AbcRanking
from segcore.classify.matrix import cell_codes
from segcore.classify.moves import MoveInputs, classify_rows
from segcore.classify.quadrants import codes_from_splits
from segcore.classify.segmentation import Segmenter
from segcore.classify.xyz import codes_from_effective, effective_cv
from segcore.settings import Scenario
from tests.segcore.classify.test_segmentation import assert_same, customer_tables, scenarios, small_table


def whole_array_pass(inputs: MoveInputs) -> dict[str, np.ndarray]:
    """Classify the way the engine did before chunks: one whole-array step after another."""
    abc = inputs.ranking.codes(inputs.k1, inputs.k2)
    xyz = codes_from_effective(inputs.effective, inputs.x, inputs.y)
    quadrant = codes_from_splits(inputs.loyalty, inputs.profit, inputs.loyalty_value, inputs.profit_value)
    cells = cell_codes(abc, xyz)
    joint = (cells * np.int8(4) + quadrant).astype(np.intp)
    return {
        "abc": abc,
        "xyz": xyz,
        "quadrant": quadrant,
        "cell": cells,
        "customers": np.bincount(joint, minlength=48).reshape(12, 4),
        "revenue": np.bincount(joint, weights=inputs.revenue, minlength=48).reshape(12, 4),
    }


def money(n: int):
    return hnp.arrays(np.float64, n, elements=st.one_of(st.floats(-100, 1000), st.just(np.nan)))


@st.composite
def move_inputs(draw):
    n = draw(st.integers(0, 300))
    basis = draw(money(n))
    ranking = AbcRanking(basis)
    k1 = draw(st.integers(0, ranking.positive))
    cv = draw(hnp.arrays(np.float64, n, elements=st.one_of(st.floats(0, 4), st.just(np.nan))))
    periods = draw(hnp.arrays(np.int64, n, elements=st.integers(0, 12)))
    x = draw(st.floats(0, 2))
    return MoveInputs(
        ranking=ranking,
        k1=k1,
        k2=draw(st.integers(k1, ranking.positive)),
        effective=effective_cv(cv, periods, draw(st.integers(1, 12))),
        x=x,
        y=x + draw(st.floats(0.01, 2)),
        loyalty=draw(hnp.arrays(np.float32, n, elements=st.floats(0, 1, width=32))),
        loyalty_value=draw(st.floats(0, 1)),
        profit=basis,
        profit_value=draw(st.floats(-50, 500)),
        revenue=np.nan_to_num(draw(money(n))),
    )


@settings(max_examples=80, deadline=None)
@given(move_inputs(), st.integers(1, 64))
def test_the_chunked_pass_equals_the_whole_array_pass_for_any_chunk_size(inputs, chunk_rows):
    got = classify_rows(inputs, chunk_rows)
    want = whole_array_pass(inputs)
    for name in ("abc", "xyz", "quadrant", "cell", "customers"):
        assert getattr(got, name).dtype == want[name].dtype
        assert getattr(got, name).tolist() == want[name].tolist()
    np.testing.assert_allclose(got.revenue, want["revenue"], rtol=1e-12, atol=1e-9)


@settings(max_examples=40, deadline=None)
@given(customer_tables(), st.lists(scenarios(), min_size=1, max_size=4), st.integers(1, 7))
def test_a_segmenter_with_small_chunks_equals_the_analyses(table, moves, chunk_rows):
    if table["margin"].isna().all():
        table.loc[0, "margin"] = 1.0
    segmenter = Segmenter(table, chunk_rows=chunk_rows)
    for scenario in moves:
        assert_same(table, scenario, segmenter)


def test_chunks_of_two_rows_by_hand():
    result = Segmenter(small_table(), chunk_rows=2).segment(Scenario())
    assert result.cell.tolist() == ["AX", "AY", "AZ", "BN", "CN", "CN"]
    cells = result.matrix.set_index("cell")
    assert cells.loc["CN", "customers"] == 2
    assert cells.loc["CN", "revenue"] == -10.0
    assert cells.loc["AX", "revenue"] == 120.0
    assert result.quadrant_customers.sum() == 6


def test_a_chunk_size_below_one_is_refused():
    inputs = MoveInputs(
        AbcRanking(np.ones(3)), 1, 2, np.ones(3), 1.0, 2.0, np.ones(3), 0.5, np.ones(3), 0.5, np.ones(3)
    )
    with pytest.raises(ValueError):
        classify_rows(inputs, 0)
