"""Pareto curve, Gini and top share: known vectors, properties and the CDNOW reference."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from segcore.classify.pareto import gini, pareto_curve, top_share
from segcore.errors import SettingsError
from tests.samples import CDNOW_SAMPLE


def points(frame: pd.DataFrame) -> list[tuple[float, float]]:
    return [(round(c, 12), round(r, 12)) for c, r in frame.itertuples(index=False)]


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([1, 1, 1, 1], 0.0),
        ([0, 0, 0, 1], 0.75),
        ([1, 2, 3, 4], 0.25),  # 2·30 / (4·10) − 5/4
        ([3, 1], 0.25),  # 2·7 / (2·4) − 3/2
        ([0, 0, 0, 0, 5], 0.8),  # the maximum (n − 1) / n
        ([-5, 0, 0, 1], 0.75),  # negatives count as 0
        ([0, 0], 0.0),
        ([], 0.0),
    ],
)
def test_gini_of_known_vectors(values, expected):
    assert gini(values) == pytest.approx(expected, abs=1e-12)


def test_the_curve_of_a_known_vector_goes_through_each_customer():
    expected = [(0.0, 0.0), (round(1 / 3, 12), 0.6), (round(2 / 3, 12), 0.9), (1.0, 1.0)]
    assert points(pareto_curve([10, 30, 60])) == expected


def test_customers_without_positive_revenue_end_the_curve_flat():
    assert points(pareto_curve([5, 0, -3, 5])) == [
        (0.0, 0.0),
        (0.25, 0.5),
        (0.5, 1.0),
        (0.75, 1.0),
        (1.0, 1.0),
    ]


def test_without_positive_revenue_the_curve_is_the_diagonal():
    assert points(pareto_curve([0, -1])) == [(0.0, 0.0), (0.5, 0.5), (1.0, 1.0)]
    assert points(pareto_curve([])) == [(0.0, 0.0), (1.0, 1.0)]


def test_top_share_counts_whole_customers():
    assert top_share([60, 30, 10], 0.5) == 0.6  # floor(1.5) = 1 customer
    assert top_share([60, 30, 10], 0.2) == 0.0
    assert top_share([60, 30, 10], 1.0) == 1.0
    assert top_share([5, 0, -3, 5], 0.5) == 1.0


@pytest.mark.parametrize("x", [0.0, -0.1, 1.5, float("nan")])
def test_top_share_outside_zero_to_one_is_a_settings_error(x):
    with pytest.raises(SettingsError):
        top_share([1.0, 2.0], x)


def test_a_long_curve_is_thinned_to_points_of_the_full_curve():
    values = np.random.default_rng(7).pareto(1.2, 10_000)
    full = pareto_curve(values, points=20_000)
    thin = pareto_curve(values, points=100)
    assert len(full) == 10_001 and len(thin) <= 100
    assert points(thin)[0] == (0.0, 0.0) and points(thin)[-1] == (1.0, 1.0)
    index = np.rint(thin["customer_share"].to_numpy() * 10_000).astype(int)
    assert np.allclose(thin["revenue_share"], full["revenue_share"].to_numpy()[index])
    assert thin["revenue_share"].iloc[1] > 0.05  # the steep head is kept


VALUES = st.lists(st.floats(-100, 1e6, allow_nan=False), min_size=0, max_size=60)


@settings(max_examples=100, deadline=None)
@given(VALUES, st.integers(2, 30))
def test_the_curve_is_monotone_from_origin_to_one_one(values, limit):
    curve = pareto_curve(values, points=limit)
    assert len(curve) <= limit
    assert points(curve)[0] == (0.0, 0.0) and points(curve)[-1] == (1.0, 1.0)
    assert (np.diff(curve["customer_share"]) > 0).all()
    assert (np.diff(curve["revenue_share"]) >= -1e-12).all()


@settings(max_examples=100, deadline=None)
@given(VALUES)
def test_gini_lies_in_zero_to_its_maximum_and_is_one_minus_twice_the_area(values):
    g = gini(values)
    n = len(values)
    assert 0 <= g < 1
    assert g <= (n - 1) / n + 1e-12 if n else g == 0
    if n:
        curve = pareto_curve(values, points=n + 1)
        area = np.trapezoid(curve["revenue_share"], curve["customer_share"])
        # the curve sorts descending, so it lies above the diagonal: G = 2·area − 1
        assert g == pytest.approx(2 * area - 1, abs=1e-9)


@settings(max_examples=100, deadline=None)
@given(VALUES, st.floats(1e-3, 1e3), st.randoms(use_true_random=False))
def test_measures_ignore_order_and_scale(values, k, rng):
    shuffled = list(values)
    rng.shuffle(shuffled)
    scaled = [v * k for v in shuffled]
    assert gini(scaled) == pytest.approx(gini(values), abs=1e-9)
    assert top_share(scaled, 0.2) == pytest.approx(top_share(values, 0.2), abs=1e-9)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.floats(0.01, 1e6), min_size=1, max_size=60), st.floats(0.001, 1.0))
def test_top_share_reads_the_curve_at_whole_customers(values, x):
    n = len(values)
    curve = pareto_curve(values, points=n + 1)
    k = math.floor(x * n + 1e-6)
    assert top_share(values, x) == pytest.approx(curve["revenue_share"].iloc[k])


def cdnow_revenue() -> np.ndarray:
    frame = pd.read_csv(
        CDNOW_SAMPLE,
        sep=r"\s+",
        header=None,
        names=["master_id", "customer_id", "date", "cds", "amount"],
        dtype={"master_id": str, "customer_id": str, "date": str},
    )
    return frame.groupby("customer_id")["amount"].sum().to_numpy()


def test_cdnow_gini_is_0_6309_and_the_top_fifth_brings_67_40_percent():
    revenue = cdnow_revenue()
    assert len(revenue) == 2357
    assert round(gini(revenue), 4) == 0.6309
    assert round(top_share(revenue, 0.20), 4) == 0.6740
