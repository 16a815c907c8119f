"""The engine's arrays without copies: the same orders, ranks and classes as the plain formulas."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from segcore.classify.abc import AbcRanking, abc_classes
from segcore.classify.ranks import id_order, id_position_or_none, percentile_ranks
from segcore.classify.segmentation import Segmenter
from segcore.classify.xyz import effective_cv
from segcore.settings import AbcThresholds, Scenario

values_with_ties = st.lists(
    st.sampled_from([np.nan, -3.0, -0.0, 0.0, 1.0, 1.0, 2.5, 7.0]) | st.floats(-1e6, 1e6), max_size=60
)


def plain_ranking(raw: np.ndarray, position: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Give the sort order and running sums the way they read before any memory was saved."""
    key = np.where(np.isnan(raw), np.inf, -raw)
    order = np.lexsort((position, key))
    cumulative = np.concatenate(([0.0], np.cumsum(np.nan_to_num(raw[order], nan=0.0))))
    return order, cumulative


@given(values_with_ties)
def test_a_ranking_of_rows_in_id_order_equals_sorting_by_value_then_row(values):
    raw = np.array(values, dtype=np.float64)
    ranking = AbcRanking(raw)
    order, cumulative = plain_ranking(raw, np.arange(raw.size))
    assert ranking.order.tolist() == order.tolist()
    assert ranking.order.dtype == np.int32
    assert ranking.rank[ranking.order].tolist() == list(range(raw.size))
    assert ranking.cumulative.tolist() == cumulative.tolist()


@given(values_with_ties, st.randoms(use_true_random=False))
def test_a_ranking_with_id_positions_breaks_ties_by_them(values, random):
    raw = np.array(values, dtype=np.float64)
    position = np.arange(raw.size)
    random.shuffle(position)
    order, _ = plain_ranking(raw, position)
    assert AbcRanking(raw, id_position=position).order.tolist() == order.tolist()


@given(values_with_ties, st.booleans())
def test_percentile_ranks_equal_the_average_rank_formula_and_leave_the_input_alone(values, higher):
    raw = np.array(values, dtype=np.float64)
    before = raw.copy()
    got = percentile_ranks(raw, higher_is_better=higher)
    if raw.size > 1:
        oriented = np.where(np.isnan(raw), -np.inf, raw if higher else -raw)
        ordered = np.sort(oriented)
        below = np.searchsorted(ordered, oriented, side="left")
        above = np.searchsorted(ordered, oriented, side="right")
        want = (((below + above + 1) / 2.0 - 1.0) / (raw.size - 1)).astype(np.float32)
        assert got.tolist() == want.tolist()
    np.testing.assert_array_equal(raw, before)


def test_ids_in_order_need_no_position_array_and_others_get_the_id_order():
    assert id_position_or_none(pd.Series(["a", "b", "b", "c"], dtype="string")) is None
    assert id_position_or_none(pd.Series(["00012", "9"])) is None
    assert id_position_or_none(pd.Series([], dtype="string")) is None
    assert id_position_or_none(pd.Series(["b", "a", "c"])).tolist() == [1, 0, 2]
    assert id_position_or_none(pd.Series([9, 10, 100])).tolist() == [2, 0, 1]  # as text: "10" < "100" < "9"
    assert id_position_or_none(pd.Series([10, 100, 9])) is None


def sorted_table(revenue: list[float], periods: list[int]) -> pd.DataFrame:
    n = len(revenue)
    return pd.DataFrame(
        {
            "customer_id": pd.array([f"{i:03d}" for i in range(n)], dtype="string"),
            "revenue": revenue,
            "orders": [1 + i % 3 for i in range(n)],
            "tenure_days": [i * 7 % 50 for i in range(n)],
            "recency_days": [i * 11 % 40 for i in range(n)],
            "cv": [np.nan if i % 4 == 0 else 0.1 * (i % 9) for i in range(n)],
            "history_periods": np.array(periods, dtype=np.int64),
        }
    )


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from([0.0, 5.0, 5.0, 12.5, -3.0, 80.0]), st.integers(0, 12)), min_size=1)
)
def test_the_engine_on_a_table_in_id_order_gives_the_classes_of_the_analyses(rows):
    table = sorted_table([r for r, _ in rows], [p for _, p in rows])
    segmenter = Segmenter(table)
    for scenario in (Scenario(), Scenario(abc=AbcThresholds(a=0.5, b=0.9, rule="within"))):
        got = segmenter.segment(scenario)
        ids = table["customer_id"].to_numpy(dtype=object)
        want = abc_classes(
            table["revenue"].to_numpy(float), scenario.abc.cuts, rule=scenario.abc.rule, ids=ids
        )
        assert got.abc.tolist() == want.classes.tolist()
    periods = table["history_periods"].to_numpy(dtype=np.float64)
    want_cv = effective_cv(table["cv"].to_numpy(float), periods, 6)
    assert segmenter.effective_cv(6).tolist() == want_cv.tolist()
    assert id_order(ids.astype(str), len(ids)).tolist() == list(range(len(ids)))


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # the Gini of an infinite total
def test_the_engine_reads_finite_revenue_in_place_and_zeroes_missing_revenue():
    table = sorted_table([10.0, 5.0, 0.0], [3, 6, 9])
    segmenter = Segmenter(table)
    assert np.shares_memory(segmenter.revenue, segmenter.ranking("revenue").values)
    holes = Segmenter(table.assign(revenue=[np.nan, 5.0, np.inf]))
    assert holes.revenue.tolist() == np.nan_to_num(np.array([np.nan, 5.0, np.inf])).tolist()


def test_the_usable_cvs_of_only_the_last_four_minimum_histories_are_kept():
    table = sorted_table([float(i % 7) for i in range(30)], [i % 13 for i in range(30)])
    segmenter = Segmenter(table)
    periods = table["history_periods"].to_numpy(dtype=np.float64)
    for min_periods in (2, 3, 4, 5, 6, 7, 8, 3):
        want = effective_cv(table["cv"].to_numpy(float), periods, min_periods)
        assert segmenter.effective_cv(min_periods).tolist() == want.tolist()
    # one array of n floats per minimum history: a server's many sessions cannot grow it unbounded
    assert list(segmenter._effective) == [6, 7, 8, 3]
