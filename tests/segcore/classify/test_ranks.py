"""Shared orderings: id order as text, percentile ranks, exact quantiles fast and slow."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import rankdata

from segcore.classify.ranks import (
    _average_ranks,
    _sample_step,
    id_order,
    id_order_of_column,
    order_statistics,
    percentile_ranks,
    quantile,
    quantile_of_sorted,
)


def test_id_order_sorts_ids_as_text_and_keeps_row_order_for_equal_ids():
    assert id_order(["b", "a", "c"], 3).tolist() == [1, 0, 2]
    assert id_order(["12", "9", "00012"], 3).tolist() == [1, 2, 0]
    assert id_order(["x", "x", "a"], 3).tolist() == [1, 2, 0]
    assert id_order(None, 3).tolist() == [0, 1, 2]


def test_percentile_ranks_of_known_vectors():
    assert percentile_ranks(np.array([3.0, 1.0, 2.0])).tolist() == [1.0, 0.0, 0.5]
    assert percentile_ranks(np.array([3.0, 1.0, 2.0]), higher_is_better=False).tolist() == [0.0, 1.0, 0.5]
    assert percentile_ranks(np.array([np.nan, np.nan])).tolist() == [0.5, 0.5]
    assert percentile_ranks(np.array([])).tolist() == []


def test_quantile_interpolates_linearly_and_skips_missing_values():
    assert quantile(np.array([1.0, np.nan, 2.0, 4.0]), 0.5) == 2.0
    assert quantile(np.array([1.0, 2.0, 4.0, 5.0]), 0.5) == 3.0
    assert np.isnan(quantile(np.array([np.nan]), 0.5))
    assert quantile_of_sorted(np.array([1.0, 2.0, 4.0, 5.0]), 1 / 3) == 2.0


LARGE = 300_000


@pytest.mark.parametrize(
    "shape",
    ["uniform", "skewed", "sorted", "few values", "constant", "sample misses"],
)
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_the_bracketed_selection_of_a_large_array_equals_numpy(shape, dtype):
    # "sample misses": zeros exactly where the regular sample looks, ones elsewhere,
    # so the bracket around the median holds only zeros and the full selection is used
    rng = np.random.default_rng(5)
    values = {
        "uniform": rng.random(LARGE),
        "skewed": rng.pareto(1.1, LARGE),
        "sorted": np.sort(rng.random(LARGE)),
        "few values": rng.integers(0, 4, LARGE).astype(float),
        "constant": np.full(LARGE, 2.5),
        "sample misses": np.where(np.arange(LARGE) % _sample_step(LARGE) == 0, 0.0, 1.0),
    }[shape].astype(dtype)
    for p in (0.0, 0.01, 0.25, 0.5, 0.9, 0.999, 1.0):
        assert quantile(values, p) == np.quantile(values, p), p


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.floats(-1e6, 1e6), min_size=1, max_size=200),
    st.floats(0, 1),
    st.booleans(),
)
def test_order_statistics_equal_a_full_sort_whichever_way_they_are_found(values, p, bracket):
    array = np.array(values)
    ordered = np.sort(array)
    low = int(p * (len(array) - 1))
    high = min(low + 1, len(array) - 1)
    found = order_statistics(array, low, high, sample_from=1 if bracket else 10**9)
    assert found == (ordered[low], ordered[high])
    assert quantile(array, p) == quantile_of_sorted(ordered, p) == np.quantile(array, p)


@given(st.lists(st.sampled_from([-np.inf, 0.0, 1.0, 1.0, 2.5, 7.0]) | st.floats(-1e6, 1e6), max_size=60))
def test_average_ranks_equal_scipy_rankdata_with_ties(values):
    array = np.asarray(values, dtype=float)
    assert np.array_equal(_average_ranks(array), rankdata(array, method="average"))


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.text(alphabet="aAbé0_ Я", max_size=4), max_size=30),
    st.booleans(),
    st.sampled_from(["string", "object"]),
)
def test_the_id_order_of_a_column_equals_the_id_order_of_its_text(ids, presorted, dtype):
    if presorted:
        ids = sorted(ids)
    column = pd.Series(ids, dtype=dtype)
    want = id_order(np.array(ids, dtype=str), len(ids))
    assert id_order_of_column(column).tolist() == want.tolist()


def test_the_id_order_of_number_ids_is_their_order_as_text():
    # "10" < "9" as text
    assert id_order_of_column(pd.Series([9, 10, 100])).tolist() == [2, 0, 1]
    assert id_order_of_column(pd.Series(["b", "a"], dtype="string")).tolist() == [1, 0]
    assert id_order_of_column(pd.Series(["a", 1], dtype=object)).tolist() == [1, 0]
