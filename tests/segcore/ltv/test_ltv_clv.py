"""Discounted CLV: time units, discounting, and sums checked by hand."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from segcore.ltv.beta_geo import BetaGeo
from segcore.ltv.clv import (
    customer_lifetime_value,
    discount_factors,
    discount_per_period,
    discounted_purchases,
    period_purchases,
)
from segcore.ltv.pareto_nbd import ParetoNBD
from segcore.ltv.units import period_in_units


class FittedBetaGeo(BetaGeo):
    """A BG/NBD with the CDNOW parameters set instead of fitted."""

    def __init__(self) -> None:
        super().__init__()
        self.params_ = {"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426}


HISTORY = (np.array([2.0, 0.0, 26.0]), np.array([30.43, 0.0, 30.86]), np.array([38.86, 38.86, 31.0]))


def test_a_month_is_365_25_twelfths_of_a_day_and_a_week_seven_days():
    assert period_in_units("M", "D") == 365.25 / 12 == 30.4375
    assert period_in_units("M", "W") == pytest.approx(30.4375 / 7)
    assert period_in_units("W", "D") == 7.0
    assert period_in_units("D", "W") == pytest.approx(1 / 7)


def test_the_monthly_discount_compounds_to_the_yearly_rate():
    monthly = discount_per_period(0.1, "M")
    assert monthly == pytest.approx(1.1 ** (1 / 12) - 1)
    assert (1 + monthly) ** 12 == pytest.approx(1.1)
    assert (1 + discount_per_period(0.1, "W")) ** (365.25 / 7) == pytest.approx(1.1)
    assert np.allclose(discount_factors(3, "M", 0.1), (1 + monthly) ** -np.arange(1, 4))


def test_two_months_of_clv_by_hand():
    model = FittedBetaGeo()
    month = 30.4375 / 7
    e1, e2 = (float(model.expected_purchases(t, 2, 30.43, 38.86)) for t in (month, 2 * month))
    d = 1.1 ** (1 / 12) - 1
    by_hand = 25.0 * 0.3 * (e1 / (1 + d) + (e2 - e1) / (1 + d) ** 2)
    forecast = customer_lifetime_value(
        model,
        np.array([25.0]),
        [2],
        [30.43],
        [38.86],
        horizon=2,
        period="M",
        time_unit="W",
        discount_rate_yearly=0.1,
        margin=0.3,
    )
    assert forecast.clv[0] == pytest.approx(by_hand, rel=1e-12)
    assert forecast.expected_purchases[0] == pytest.approx(e2, rel=1e-12)


def test_without_discount_clv_is_the_sum_of_period_expectations_times_spend_and_margin():
    model = FittedBetaGeo()
    spend = np.array([20.0, 35.0, 10.0])
    per_period = period_purchases(model, *HISTORY, horizon=12, period="M", time_unit="W")
    forecast = customer_lifetime_value(
        model, spend, *HISTORY, horizon=12, period="M", time_unit="W", discount_rate_yearly=0.0, margin=0.5
    )
    assert np.allclose(forecast.clv, per_period.sum(axis=1) * spend * 0.5, rtol=1e-12)
    whole_year = model.expected_purchases(12 * 30.4375 / 7, *HISTORY)
    assert np.allclose(per_period.sum(axis=1), whole_year, rtol=1e-12)


def test_the_same_forecast_in_days_and_in_weeks():
    weekly = FittedBetaGeo()
    daily = FittedBetaGeo()
    daily.params_ = dict(weekly.params_, alpha=weekly.params_["alpha"] * 7)
    x, tx, T = HISTORY
    in_weeks = discounted_purchases(
        weekly, x, tx, T, horizon=12, period="M", time_unit="W", discount_rate_yearly=0.1
    )
    in_days = discounted_purchases(
        daily, x, tx * 7, T * 7, horizon=12, period="M", time_unit="D", discount_rate_yearly=0.1
    )
    assert np.allclose(in_weeks, in_days, rtol=1e-10)


@settings(max_examples=30, deadline=None)
@given(st.floats(0.0, 0.5), st.floats(0.01, 0.5), st.integers(1, 36))
def test_clv_falls_with_the_discount_rate_and_grows_with_the_horizon(rate, extra, horizon):
    model = ParetoNBD()
    model.params_ = {"r": 0.553, "alpha": 10.578, "s": 0.606, "beta": 11.669}
    spend = np.ones(3)
    kwargs = {"period": "M", "time_unit": "W", "margin": 1.0}
    base = customer_lifetime_value(
        model, spend, *HISTORY, horizon=horizon, discount_rate_yearly=rate, **kwargs
    )
    dearer = customer_lifetime_value(
        model, spend, *HISTORY, horizon=horizon, discount_rate_yearly=rate + extra, **kwargs
    )
    longer = customer_lifetime_value(
        model, spend, *HISTORY, horizon=horizon + 1, discount_rate_yearly=rate, **kwargs
    )
    assert np.all(dearer.clv < base.clv) and np.all(longer.clv > base.clv)
    assert np.all(base.clv >= 0)
