"""Threshold sweeps: hand-computed class sizes, and every position equal to a fresh segmentation."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from segcore.classify.segmentation import Segmenter
from segcore.classify.sensitivity import PARAMETERS, SweepBasis, sweep, sweep_all
from segcore.settings import AbcThresholds, QuadrantSettings, Scenario, XyzThresholds


def customer_frame(revenue, cv=None, history=None) -> pd.DataFrame:
    n = len(revenue)
    return pd.DataFrame(
        {
            "customer_id": pd.array([f"c{i}" for i in range(1, n + 1)], dtype="string"),
            "revenue": np.asarray(revenue, dtype=float),
            "orders": (np.arange(n) * 7) % 5 + 1,
            "tenure_days": (np.arange(n) * 37) % 400,
            "recency_days": (np.arange(n) * 53) % 300,
            "cv": np.linspace(0.5, 2.5, n) if cv is None else np.asarray(cv, dtype=float),
            "history_periods": np.full(n, 12) if history is None else np.asarray(history),
        }
    )


def wide(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    return frame.pivot(index="value", columns="class", values=column)


def test_sweeping_the_a_threshold_moves_customers_between_a_and_b():
    # Shares before each customer: 0, .5, .8, .9, .96; values 0.19 … 0.76 and the current 0.8.
    result = sweep(Segmenter(customer_frame([50, 30, 10, 6, 4])), Scenario(), "abc_a", positions=4)
    assert result["value"].unique().tolist() == pytest.approx([0.19, 0.38, 0.57, 0.76, 0.8])
    counts = wide(result, "customers")
    assert counts["A"].tolist() == [1, 1, 2, 2, 2]
    assert counts["B"].tolist() == [3, 3, 2, 2, 2]
    assert counts["C"].tolist() == [1] * 5
    shares = wide(result, "revenue_share")
    assert shares["A"].tolist() == pytest.approx([0.5, 0.5, 0.8, 0.8, 0.8])
    assert shares["B"].tolist() == pytest.approx([0.46, 0.46, 0.16, 0.16, 0.16])
    assert result.loc[result["current"], "value"].unique().tolist() == [0.8]


def test_sweeping_the_x_threshold_counts_customers_by_their_cv():
    # CVs 0.5, 1, 1.5, 2, 2.5; x takes 0.5, 1.0 (the current value), 1.5; y stays 2.
    result = sweep(Segmenter(customer_frame([5, 4, 3, 2, 1])), Scenario(), "xyz_x", positions=3)
    counts = wide(result, "customers")
    assert counts.index.tolist() == pytest.approx([0.5, 1.0, 1.5])
    assert counts[["X", "Y", "Z", "N"]].to_numpy().tolist() == [[1, 3, 1, 0], [2, 2, 1, 0], [3, 1, 1, 0]]


def test_customers_with_too_little_history_stay_n_at_every_x():
    table = customer_frame([5, 4, 3, 2, 1], history=[12, 12, 2, 12, 12])
    counts = wide(sweep(Segmenter(table), Scenario(), "xyz_x", positions=5), "customers")
    assert (counts["N"] == 1).all()


def test_the_b_threshold_reaches_one_and_every_parameter_has_its_range():
    result = sweep_all(Segmenter(customer_frame([50, 30, 10, 6, 4])), Scenario(), positions=10)
    assert result["parameter"].unique().tolist() == list(PARAMETERS)
    b_values = result.loc[result["parameter"] == "abc_b", "value"]
    assert b_values.max() == 1.0 and b_values.min() > 0.8
    a_values = result.loc[result["parameter"] == "abc_a", "value"]
    assert a_values.min() > 0 and a_values.max() < 0.95
    for parameter in PARAMETERS:
        rows = result[result["parameter"] == parameter]
        assert rows["current"].sum() == rows["class"].nunique()  # one current position
        assert (rows.groupby("value")["customers"].sum() == 5).all()


# --- every position is a segmentation ---------------------------------------------------


def moved(scenario: Scenario, parameter: str, value: float) -> Scenario:
    part, _, name = parameter.partition("_")
    if part in ("loyalty", "profit"):
        return scenario.replace(quadrants=scenario.quadrants.replace(**{parameter: value}))
    return scenario.replace(**{part: getattr(scenario, part).replace(**{name: value})})


def segmentation_totals(segmenter: Segmenter, scenario: Scenario, parameter: str):
    result = segmenter.segment(scenario)
    codes, size = {
        "abc": (result.abc_codes, 3),
        "xyz": (result.xyz_codes, 4),
    }.get(parameter[:3], (result.quadrant_codes, 4))
    index = codes.astype(np.intp)
    return np.bincount(index, minlength=size), np.bincount(index, weights=segmenter.revenue, minlength=size)


tables = st.integers(min_value=1, max_value=25).flatmap(
    lambda n: st.tuples(
        st.lists(st.integers(min_value=-20, max_value=60), min_size=n, max_size=n),
        st.lists(st.one_of(st.floats(0, 4), st.just(float("nan"))), min_size=n, max_size=n),
        st.lists(st.integers(min_value=1, max_value=12), min_size=n, max_size=n),
    )
)
scenarios = st.builds(
    lambda a, gap, mode, rule, x, ygap, loyalty, profit, kind: Scenario(
        abc=AbcThresholds(a=a, b=min(a + gap, 1.0), mode=mode, rule=rule),
        xyz=XyzThresholds(x=x, y=x + ygap),
        quadrants=QuadrantSettings(
            loyalty_split=loyalty,
            profit_split_kind=kind,
            profit_split=profit if kind == "percentile" else 20 * profit,
        ),
    ),
    st.floats(0.05, 0.9),
    st.floats(0.02, 0.5),
    st.sampled_from(["value", "rank"]),
    st.sampled_from(["crossing_up", "within"]),
    st.floats(0.1, 2.0),
    st.floats(0.1, 2.0),
    st.floats(0.05, 0.95),
    st.floats(0.05, 0.95),
    st.sampled_from(["percentile", "value"]),
)
quick = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@quick
@given(tables, scenarios)
def test_every_sweep_position_equals_the_segmentation_at_that_value(table, scenario):
    segmenter = Segmenter(customer_frame(*table))
    basis = SweepBasis(segmenter, scenario)
    for parameter in PARAMETERS:
        result = sweep(basis, scenario, parameter, positions=6)
        for value, rows in result.groupby("value", sort=False):
            counts, revenue = segmentation_totals(segmenter, moved(scenario, parameter, value), parameter)
            assert rows["customers"].tolist() == counts.tolist(), (parameter, value)
            assert rows["revenue"].to_numpy() == pytest.approx(revenue, abs=1e-6)


@quick
@given(tables, scenarios)
def test_the_sweep_at_the_current_threshold_equals_the_current_segmentation(table, scenario):
    segmenter = Segmenter(customer_frame(*table))
    result = sweep_all(segmenter, scenario)
    current = segmenter.segment(scenario)
    for parameter in PARAMETERS:
        rows = result[(result["parameter"] == parameter) & result["current"]]
        counts, _ = segmentation_totals(segmenter, scenario, parameter)
        assert rows["customers"].tolist() == counts.tolist()
    abc = result[(result["parameter"] == "abc_a") & result["current"]]
    assert abc["customers"].tolist() == current.abc_counts.tolist()
    quadrants = result[(result["parameter"] == "loyalty_split") & result["current"]]
    assert quadrants["customers"].tolist() == current.quadrant_customers.tolist()
    assert quadrants["revenue"].to_numpy() == pytest.approx(current.quadrant_revenue)
