"""Loyalty score and loyalty × profitability quadrants: hand-computed cases and properties."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from segcore.classify.quadrants import (
    LoyaltyComponents,
    loyalty_score,
    quadrant_classes,
    quadrant_summary,
)
from segcore.classify.ranks import percentile_ranks
from segcore.errors import SettingsError
from segcore.settings import INDUSTRY_PRESETS


def tiny() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "customer_id": ["a", "b", "c", "d"],
            "orders": [1, 2, 3, 4],  # ranks 0 1/3 2/3 1
            "tenure_days": [0, 100, 100, 400],  # ranks 0 .5 .5 1
            "recency_days": [300, 10, 20, 5],  # fewer days is better: 0 2/3 1/3 1
            "cv": [np.nan, 0.5, 1.0, 0.2],  # lower is better, NaN lowest: 0 2/3 1/3 1
            "history_periods": [12, 12, 12, 3],
            "loyalty_member": pd.array([True, False, None, True], dtype="boolean"),
            "segment_name": ["x", "y", "z", "w"],
        }
    )


THIRD = 1 / 3


def test_percentile_ranks_average_ties_and_scale_to_zero_one():
    assert percentile_ranks(np.array([10, 20, 20, 40])).tolist() == [0.0, 0.5, 0.5, 1.0]
    assert percentile_ranks(np.array([3.0])).tolist() == [0.5]
    lowest_missing = percentile_ranks(np.array([np.nan, 1.0, np.nan]), higher_is_better=False)
    assert lowest_missing.tolist() == [0.25, 1.0, 0.25]


def test_each_component_ranks_in_its_own_direction():
    components = LoyaltyComponents(tiny())
    expected = {
        "frequency": [0, THIRD, 2 * THIRD, 1],
        "tenure": [0, 0.5, 0.5, 1],
        "recency": [0, 2 * THIRD, THIRD, 1],
        "regularity": [0, 2 * THIRD, THIRD, 1],
    }
    for name, ranks in expected.items():
        assert components.rank(name) == pytest.approx(ranks, abs=1e-6), name


def test_too_short_a_history_ranks_regularity_lowest_when_a_minimum_is_given():
    # d has 3 periods: with a minimum of 6 it ties with a at the bottom: average rank 1.5
    ranks = LoyaltyComponents(tiny()).rank("regularity", min_periods=6)
    assert ranks == pytest.approx([1 / 6, 1, 2 * THIRD, 1 / 6], abs=1e-6)


def test_the_retail_score_is_the_weighted_mean_of_the_ranks():
    score = loyalty_score(tiny(), INDUSTRY_PRESETS["retail"])
    # b: .35/3 + .15·.5 + .35·2/3 + .15·2/3 = .525; c: .35·2/3 + .075 + .35/3 + .15/3 = .475
    assert score == pytest.approx([0.0, 0.525, 0.475, 1.0], abs=1e-6)
    assert score.dtype == np.float32


def test_weights_are_normalised():
    one = loyalty_score(tiny(), {"frequency": 1, "recency": 1})
    ten = loyalty_score(tiny(), {"frequency": 10, "recency": 10, "tenure": 0})
    assert one == pytest.approx([0, 0.5, 0.5, 1], abs=1e-6)
    assert ten == pytest.approx(one, abs=1e-6)


def test_an_attribute_column_enters_the_score_with_missing_values_lowest():
    # loyalty_member 1, 0, NA, 1 -> average ranks 3.5, 2, 1, 3.5 -> (r − 1) / 3
    score = loyalty_score(tiny(), {"loyalty_member": 1.0})
    assert score == pytest.approx([2.5 / 3, THIRD, 0, 2.5 / 3], abs=1e-6)


@pytest.mark.parametrize(
    ("weights", "key"),
    [
        ({"referrals": 1.0}, "classify.unknown_attribute"),
        ({"segment_name": 1.0}, "classify.attribute_not_numeric"),
        ({"frequency": -1.0}, "classify.weight_negative"),
        ({"frequency": 0.0, "tenure": 0}, "classify.weights_zero"),
    ],
)
def test_weights_that_cannot_be_used_are_a_settings_error(weights, key):
    with pytest.raises(SettingsError) as error:
        loyalty_score(tiny(), weights)
    assert error.value.key == key


def test_quadrants_follow_the_two_medians():
    loyalty = [0.1, 0.9, 0.8, 0.2]  # median 0.5
    profit = [10.0, 5.0, 50.0, 60.0]  # median 30
    assert quadrant_classes(loyalty, profit).tolist() == ["I", "II", "III", "IV"]


def test_customers_at_the_split_value_are_low():
    assert quadrant_classes([0.5] * 4, [1.0, 2.0, 3.0, 4.0]).tolist() == ["I", "I", "IV", "IV"]
    # median of 1 2 2 3 is 2: both 2s are low loyalty
    classes = quadrant_classes([1.0, 2.0, 2.0, 3.0], [0.0, 0.0, 0.0, 0.0])
    assert classes.tolist() == ["I", "I", "I", "II"]


def test_a_profit_split_in_money_and_missing_profit():
    classes = quadrant_classes(
        [0.9, 0.9, 0.1, 0.1],
        [50.0, 60.0, np.nan, 70.0],
        profit_split=50.0,
        profit_split_kind="value",
    )
    assert classes.tolist() == ["II", "III", "I", "IV"]


def test_a_float32_score_between_two_neighbours_splits_exactly():
    low = np.float32(0.3)
    high = np.nextafter(low, np.float32(1))
    classes = quadrant_classes(np.array([low, high], dtype=np.float32), [1.0, 1.0])
    assert classes.tolist() == ["I", "II"]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"loyalty_split": 0.0},
        {"loyalty_split": 1.0},
        {"profit_split": 1.5},
        {"profit_split": float("inf"), "profit_split_kind": "value"},
    ],
)
def test_splits_out_of_range_are_a_settings_error(kwargs):
    with pytest.raises(SettingsError):
        quadrant_classes([0.1, 0.2], [1.0, 2.0], **kwargs)


def test_the_summary_lists_all_four_quadrants():
    summary = quadrant_summary(["III", "III", "I"], [100.0, 50.0, 50.0])
    assert summary["quadrant"].tolist() == ["I", "II", "III", "IV"]
    assert summary["customers"].tolist() == [1, 0, 2, 0]
    assert summary["revenue_share"].tolist() == [0.25, 0.0, 0.75, 0.0]
    assert summary["customer_share"].tolist() == pytest.approx([1 / 3, 0, 2 / 3, 0])
    assert summary["avg_revenue"].tolist() == [50.0, 0.0, 75.0, 0.0]


# Properties ---------------------------------------------------------------------------


@st.composite
def customer_tables(draw):
    n = draw(st.integers(1, 30))
    column = st.lists(st.integers(0, 20), min_size=n, max_size=n)
    cv = draw(st.lists(st.one_of(st.floats(0, 5), st.just(float("nan"))), min_size=n, max_size=n))
    return pd.DataFrame(
        {
            "orders": draw(column),
            "tenure_days": draw(column),
            "recency_days": draw(column),
            "cv": cv,
            "history_periods": draw(column),
        }
    )


WEIGHTS = st.fixed_dictionaries(
    {k: st.floats(0, 5) for k in ("frequency", "tenure", "recency", "regularity")}
).filter(lambda w: sum(w.values()) > 0.01)


@settings(max_examples=60, deadline=None)
@given(customer_tables(), WEIGHTS, st.randoms(use_true_random=False))
def test_the_score_lies_in_zero_one_and_ignores_row_order(table, weights, rng):
    score = loyalty_score(table, weights)
    assert ((score >= 0) & (score <= 1 + 1e-6)).all()
    order = list(range(len(table)))
    rng.shuffle(order)
    shuffled = loyalty_score(table.iloc[order].reset_index(drop=True), weights)
    assert shuffled == pytest.approx(score[order], abs=1e-6)


SPLITS = st.floats(0.01, 0.99)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.floats(0, 1, width=32), min_size=1, max_size=40),
    st.data(),
    SPLITS,
    SPLITS,
)
def test_quadrants_match_the_numpy_quantiles(loyalty, data, loyalty_split, profit_split):
    n = len(loyalty)
    profit = data.draw(st.lists(st.floats(-100, 1e4), min_size=n, max_size=n))
    score = np.array(loyalty, dtype=np.float32)
    classes = quadrant_classes(score, profit, loyalty_split=loyalty_split, profit_split=profit_split)
    high_loyalty = score > np.quantile(score.astype(np.float64), loyalty_split)
    high_profit = np.array(profit) > np.quantile(profit, profit_split)
    expected = np.select(
        [~high_loyalty & ~high_profit, high_loyalty & ~high_profit, high_loyalty & high_profit],
        ["I", "II", "III"],
        "IV",
    )
    assert classes.tolist() == expected.tolist()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.floats(0, 1), min_size=1, max_size=40), SPLITS, SPLITS)
def test_raising_the_loyalty_split_never_adds_loyal_customers(loyalty, split, other):
    low, high = sorted((split, other))
    profit = [1.0] * len(loyalty)
    loyal_low = np.isin(quadrant_classes(loyalty, profit, loyalty_split=low), ["II", "III"])
    loyal_high = np.isin(quadrant_classes(loyalty, profit, loyalty_split=high), ["II", "III"])
    assert not (loyal_high & ~loyal_low).any()
