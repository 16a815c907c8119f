"""Bootstrap intervals of CLV per customer and per segment."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from segcore.ltv.beta_geo import BetaGeo
from segcore.ltv.clv import customer_lifetime_value
from segcore.ltv.gamma_gamma import GammaGamma
from segcore.ltv.uncertainty import bootstrap_clv, draw_parameters, segment_clv

SETTINGS = {"horizon": 12, "period": "M", "time_unit": "W", "discount_rate_yearly": 0.1, "margin": 0.5}


@pytest.fixture(scope="module")
def fitted(cdnow_summary):
    c = cdnow_summary.customers
    bgnbd = BetaGeo().fit(c["frequency"], c["recency"], c["T"])
    spend = GammaGamma().fit(c["frequency"], c["monetary"])
    return c, bgnbd, spend


def point_clv(c: pd.DataFrame, bgnbd, spend) -> np.ndarray:
    expected = spend.expected_spend(c["frequency"], c["monetary"])
    return customer_lifetime_value(bgnbd, expected, c["frequency"], c["recency"], c["T"], **SETTINGS).clv


def test_parameter_draws_follow_the_covariance_of_the_log_parameters(fitted):
    _, bgnbd, _ = fitted
    draws = draw_parameters(bgnbd, 4000, np.random.default_rng(0))
    whiten = np.linalg.inv(np.linalg.cholesky(bgnbd.covariance_))
    standard = (np.log(draws) - np.log(bgnbd.param_array)) @ whiten.T
    assert np.abs(standard.mean(axis=0)).max() < 0.1
    assert np.abs(np.cov(standard.T) - np.eye(4)).max() < 0.1


def test_with_no_parameter_uncertainty_the_interval_collapses_to_the_point(fitted):
    c, bgnbd, spend = fitted
    point = point_clv(c, bgnbd, spend)
    purchase = np.tile(bgnbd.param_array, (5, 1))
    spending = np.tile(spend.param_array, (5, 1))
    draws = bootstrap_clv(bgnbd, purchase, spending, c, spend_fallback=np.zeros(len(c)), **SETTINGS)
    low, high = draws.customer_interval(0.9)
    assert np.allclose(low, point, rtol=1e-10) and np.allclose(high, point, rtol=1e-10)


def test_customer_intervals_bracket_the_point_forecast(fitted):
    c, bgnbd, spend = fitted
    point = point_clv(c, bgnbd, spend)
    rng = np.random.default_rng(2)
    draws = bootstrap_clv(
        bgnbd,
        draw_parameters(bgnbd, 200, rng),
        draw_parameters(spend, 200, rng),
        c,
        spend_fallback=np.zeros(len(c)),
        **SETTINGS,
    )
    low, high = draws.customer_interval(0.9)
    assert (low <= high).all()
    assert np.mean((low <= point) & (point <= high)) > 0.95
    assert np.median((high - low) / point) < 0.5


def test_segment_totals_add_up_and_their_interval_brackets_the_total(fitted):
    c, bgnbd, spend = fitted
    point = point_clv(c, bgnbd, spend)
    rng = np.random.default_rng(3)
    draws = bootstrap_clv(
        bgnbd,
        draw_parameters(bgnbd, 200, rng),
        draw_parameters(spend, 200, rng),
        c,
        spend_fallback=np.zeros(len(c)),
        **SETTINGS,
    )
    codes = np.where(c["frequency"] >= 3, "heavy", np.where(c["frequency"] > 0, "light", "once"))
    table = segment_clv(draws, codes, point, 0.9)
    assert table["segment"].tolist() == ["heavy", "light", "once"]
    assert table["customers"].sum() == len(c)
    assert table["clv"].sum() == pytest.approx(point.sum())
    assert ((table["clv_low"] < table["clv"]) & (table["clv"] < table["clv_high"])).all()
    one = segment_clv(draws, np.zeros(len(c), dtype=int), point, 0.9).iloc[0]
    totals = draws.customer_draws().sum(axis=1)
    assert one["clv_low"] == pytest.approx(np.percentile(totals, 5))
    assert one["clv_high"] == pytest.approx(np.percentile(totals, 95))
