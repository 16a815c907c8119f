"""ABC classes: boundary rules, ties, degenerate totals, properties and the CDNOW sample."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from segcore.classify.abc import AbcRanking, abc_classes
from segcore.errors import SettingsError
from tests.samples import CDNOW_SAMPLE


def letters(values, cuts=(0.80, 0.95), **kwargs) -> list[str]:
    return abc_classes(values, cuts, **kwargs).classes.tolist()


# Hand-computed examples ---------------------------------------------------------------


def test_cuts_that_fall_exactly_between_customers_give_the_same_classes_under_both_rules():
    # cumulative shares after each customer: .50 .80 .95 1.00
    for rule in ("crossing_up", "within"):
        assert letters([50, 30, 15, 5], rule=rule) == ["A", "A", "B", "C"]


def test_the_customer_crossing_a_cut_stays_upper_with_crossing_up_and_drops_with_within():
    # after: .60 .85 .95 1.00; before: 0 .60 .85 .95
    assert letters([60, 25, 10, 5], rule="crossing_up") == ["A", "A", "B", "C"]
    assert letters([60, 25, 10, 5], rule="within") == ["A", "B", "B", "C"]


def test_one_dominant_customer_is_always_a_with_crossing_up_and_never_with_within():
    assert letters([90, 5, 5], rule="crossing_up") == ["A", "B", "C"]
    assert letters([90, 5, 5], rule="within") == ["B", "B", "C"]


def test_equal_values_at_a_cut_are_ordered_by_customer_id():
    # sorted: a(40) b(40) c(20); after .4 .8 1.0; before 0 .4 .8
    values, cuts = [40, 40, 20], (0.40, 0.90)
    assert letters(values, cuts, ids=["b", "a", "c"], rule="within") == ["B", "A", "C"]
    assert letters(values, cuts, ids=["a", "b", "c"], rule="within") == ["A", "B", "C"]
    assert letters(values, cuts, ids=["b", "a", "c"], rule="crossing_up") == ["B", "A", "B"]


def test_ids_compare_as_text_so_leading_zeros_matter():
    # "00012" < "12" < "9" as text
    assert letters([5, 5, 5], (0.34, 0.67), ids=["9", "12", "00012"], rule="within") == [
        "C",
        "B",
        "A",
    ]


def test_a_single_customer_is_a_with_crossing_up_and_c_with_within_below_full_b():
    assert letters([100.0], rule="crossing_up") == ["A"]
    assert letters([100.0], rule="within") == ["C"]
    assert letters([100.0], (0.8, 1.0), rule="within") == ["B"]


def test_all_equal_revenue_fills_a_up_to_the_cut():
    # after .25 .5 .75 1; before 0 .25 .5 .75
    assert letters([7, 7, 7, 7], rule="within") == ["A", "A", "A", "C"]
    assert letters([7, 7, 7, 7], rule="crossing_up") == ["A", "A", "A", "A"]


def test_zero_and_negative_customers_are_c_and_flagged_and_shares_use_the_positive_total():
    # positive total 40: 30 -> .75, 10 -> 1.0
    result = abc_classes([10, 0, -5, 30], (0.80, 0.95), rule="crossing_up")
    assert result.classes.tolist() == ["A", "C", "C", "A"]
    assert result.nonpositive.tolist() == [False, True, True, False]
    assert result.counts.tolist() == [2, 0, 2]
    assert result.sums.tolist() == [40.0, 0.0, -5.0]
    assert letters([10, 0, -5, 30], rule="within") == ["C", "C", "C", "A"]


@pytest.mark.parametrize("values", [[0.0, 0.0, 0.0], [-1.0, -2.0], [0.0, -3.0, np.nan]])
def test_without_any_positive_value_everyone_is_c_and_flagged(values):
    for rule in ("crossing_up", "within"):
        for mode in ("value", "rank"):
            result = abc_classes(values, rule=rule, mode=mode)
            assert set(result.classes) == {"C"}
            assert result.nonpositive.all()


def test_rank_mode_counts_the_top_share_of_customers():
    values = list(range(10, 0, -1))
    # within: (i+1)/10 <= .25 -> 2 A; <= .5 -> 5; crossing_up: i/10 < .25 -> 3; < .5 -> 5
    assert abc_classes(values, (0.25, 0.5), mode="rank", rule="within").counts.tolist() == [
        2,
        3,
        5,
    ]
    crossing = abc_classes(values, (0.25, 0.5), mode="rank", rule="crossing_up")
    assert crossing.counts.tolist() == [3, 2, 5]


def test_rank_mode_still_puts_non_positive_customers_in_c():
    # i/4 < .5 -> 2 A; i/4 < .9 -> 4, but only 2 customers are positive
    result = abc_classes([5, 4, 0, -1], (0.5, 0.9), mode="rank")
    assert result.classes.tolist() == ["A", "A", "C", "C"]


def test_counts_and_sums_come_from_the_cumulative_arrays():
    ranking = AbcRanking([3.0, 1.0, 6.0, -2.0], ids=["w", "x", "y", "z"])
    result = ranking.classify((0.5, 0.95), rule="crossing_up")
    # sorted 6 3 1 -2; positive total 10; before 0 .6 .9
    assert result.classes.tolist() == ["B", "B", "A", "C"]
    assert result.counts.tolist() == [1, 2, 1]
    assert result.sums.tolist() == [6.0, 4.0, -2.0]
    assert ranking.point(1) == (0.25, 0.6)


@pytest.mark.parametrize("cuts", [(0.9, 0.8), (0.0, 0.5), (0.5, 1.1), (0.5, 0.5), (float("nan"), 0.9)])
def test_invalid_cuts_are_a_settings_error(cuts):
    with pytest.raises(SettingsError):
        abc_classes([1.0, 2.0], cuts)


# Properties ---------------------------------------------------------------------------

PERCENT = st.integers(min_value=1, max_value=100)


@st.composite
def tables(draw, min_size=1):
    values = draw(st.lists(st.integers(-50, 1000), min_size=min_size, max_size=40))
    ids = [f"c{i:03d}" for i in draw(st.permutations(range(len(values))))]
    return np.array(values, dtype=float), np.array(ids)


@st.composite
def cut_pairs(draw):
    a = draw(st.integers(1, 99))
    b = draw(st.integers(a + 1, 100))
    return a, b


def reference(values, ids, a, b, mode, rule):
    """Classify with exact fractions, one customer at a time (a and b in percent)."""
    order = sorted(range(len(values)), key=lambda i: (-values[i], ids[i]))
    positive = [i for i in order if values[i] > 0]
    total = sum(Fraction(int(values[i])) for i in positive)
    out = ["C"] * len(values)
    running = Fraction(0)
    for position, i in enumerate(positive):
        step = Fraction(int(values[i])) / total if mode == "value" else Fraction(1, len(values))
        share = running + step if rule == "within" else running
        within = share <= Fraction(a, 100) if rule == "within" else share < Fraction(a, 100)
        inside_b = share <= Fraction(b, 100) if rule == "within" else share < Fraction(b, 100)
        out[i] = "A" if within else "B" if inside_b else "C"
        running = running + step if mode == "value" else Fraction(position + 1, len(values))
    return out


MODES = st.sampled_from(["value", "rank"])
RULES = st.sampled_from(["crossing_up", "within"])


@settings(max_examples=150, deadline=None)
@given(tables(), cut_pairs(), MODES, RULES)
def test_classes_equal_an_exact_one_by_one_reference(table, cuts, mode, rule):
    values, ids = table
    a, b = cuts
    got = letters(values, (a / 100, b / 100), ids=ids, mode=mode, rule=rule)
    assert got == reference(values.tolist(), ids.tolist(), a, b, mode, rule)


@settings(max_examples=100, deadline=None)
@given(tables(), cut_pairs(), MODES, RULES)
def test_classes_partition_the_customers_and_counts_and_sums_agree(table, cuts, mode, rule):
    values, ids = table
    result = abc_classes(values, (cuts[0] / 100, cuts[1] / 100), ids=ids, mode=mode, rule=rule)
    assert set(result.classes) <= {"A", "B", "C"}
    assert result.counts.sum() == len(values)
    assert result.counts.tolist() == np.bincount(result.codes, minlength=3).tolist()
    for code in range(3):
        assert result.sums[code] == pytest.approx(values[result.codes == code].sum())
    assert (result.classes[result.nonpositive] == "C").all()


@settings(max_examples=100, deadline=None)
@given(tables(), cut_pairs(), PERCENT, MODES, RULES)
def test_raising_a_cut_never_shrinks_the_upper_class(table, cuts, raise_by, mode, rule):
    values, ids = table
    a, b = cuts
    low = abc_classes(values, (a / 100, b / 100), ids=ids, mode=mode, rule=rule).classes
    higher_a = min(a + raise_by, b - 1) if a + 1 < b else a
    more_a = abc_classes(values, (higher_a / 100, b / 100), ids=ids, mode=mode, rule=rule)
    assert set(np.flatnonzero(low == "A")) <= set(np.flatnonzero(more_a.classes == "A"))
    higher_b = min(b + raise_by, 100)
    more_b = abc_classes(values, (a / 100, higher_b / 100), ids=ids, mode=mode, rule=rule)
    assert set(np.flatnonzero(low != "C")) <= set(np.flatnonzero(more_b.classes != "C"))


@settings(max_examples=100, deadline=None)
@given(tables(), cut_pairs(), st.data(), MODES, RULES)
def test_classes_do_not_depend_on_row_order(table, cuts, data, mode, rule):
    values, ids = table
    shuffle = np.array(data.draw(st.permutations(range(len(values)))), dtype=int)
    cut = (cuts[0] / 100, cuts[1] / 100)
    before = abc_classes(values, cut, ids=ids, mode=mode, rule=rule).classes
    after = abc_classes(values[shuffle], cut, ids=ids[shuffle], mode=mode, rule=rule).classes
    assert after.tolist() == before[shuffle].tolist()


@settings(max_examples=100, deadline=None)
@given(
    tables(),
    cut_pairs(),
    st.floats(min_value=1e-3, max_value=1e6, allow_nan=False),
    MODES,
    RULES,
)
def test_scaling_all_values_by_a_positive_factor_keeps_the_classes(table, cuts, k, mode, rule):
    values, ids = table
    cut = (cuts[0] / 100, cuts[1] / 100)
    before = abc_classes(values, cut, ids=ids, mode=mode, rule=rule).classes
    assert abc_classes(values * k, cut, ids=ids, mode=mode, rule=rule).classes.tolist() == (before.tolist())


# Real data ----------------------------------------------------------------------------


def cdnow_revenue() -> pd.Series:
    frame = pd.read_csv(
        CDNOW_SAMPLE,
        sep=r"\s+",
        header=None,
        names=["master_id", "customer_id", "date", "cds", "amount"],
        dtype={"master_id": str, "customer_id": str, "date": str},
    )
    return frame.groupby("customer_id")["amount"].sum()


def test_cdnow_abc_80_95_gives_777_801_779_crossing_up_and_776_801_780_within():
    revenue = cdnow_revenue()
    assert len(revenue) == 2357
    assert revenue.sum() == pytest.approx(244_091.94)
    values, ids = revenue.to_numpy(), revenue.index.to_numpy()
    crossing = abc_classes(values, (0.80, 0.95), ids=ids, rule="crossing_up")
    within = abc_classes(values, (0.80, 0.95), ids=ids, rule="within")
    assert crossing.counts.tolist() == [777, 801, 779]
    assert within.counts.tolist() == [776, 801, 780]
    assert int(crossing.nonpositive.sum()) == int((revenue <= 0).sum())
