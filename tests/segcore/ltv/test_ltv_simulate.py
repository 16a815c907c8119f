"""Customers simulated from known parameters: the fits recover them within sampling error."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from segcore.ltv.beta_geo import BetaGeo
from segcore.ltv.gamma_gamma import GammaGamma
from segcore.ltv.pareto_nbd import ParetoNBD
from segcore.ltv.simulate import (
    simulate_bgnbd,
    simulate_gamma_gamma,
    simulate_pareto_nbd,
    simulate_transactions,
)
from segcore.ltv.summary import rfm_summary

N = 20_000


def assert_recovered(model, truth: dict[str, float]) -> None:
    errors = model.standard_errors_
    for name, value in truth.items():
        estimate = model.params_[name]
        assert abs(estimate - value) < 3 * errors[name], (name, estimate, value, errors[name])
        assert errors[name] < 0.2 * value, (name, errors[name])


def test_bgnbd_parameters_are_recovered_from_simulated_customers():
    truth = {"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426}
    ages = np.random.default_rng(7).uniform(27, 39, N)
    data = simulate_bgnbd(N, *truth.values(), ages, seed=11)
    model = BetaGeo().fit(data["frequency"], data["recency"], data["T"])
    assert_recovered(model, truth)
    assert all(abs(model.params_[k] / v - 1) < 0.1 for k, v in truth.items() if k in ("r", "alpha"))


def test_gamma_gamma_parameters_are_recovered_from_simulated_spend():
    truth = {"p": 6.25, "q": 3.74, "gamma": 15.44}
    frequency = np.random.default_rng(3).poisson(2.0, N).astype(float)
    monetary = simulate_gamma_gamma(frequency, *truth.values(), seed=5)
    model = GammaGamma().fit(frequency, monetary)
    assert model.n_customers_ == int((frequency > 0).sum())
    assert_recovered(model, truth)


def test_pareto_nbd_parameters_are_recovered_from_simulated_customers():
    truth = {"r": 0.553, "alpha": 10.578, "s": 0.606, "beta": 11.669}
    data = simulate_pareto_nbd(N, *truth.values(), 39.0, seed=13)
    model = ParetoNBD().fit(data["frequency"], data["recency"], data["T"])
    assert_recovered(model, truth)


def test_simulated_summaries_respect_the_definitions():
    data = simulate_bgnbd(2_000, 0.5, 5.0, 0.8, 2.0, 30.0, seed=1)
    assert (data["recency"] <= data["T"]).all() and (data["recency"] >= 0).all()
    assert (data.loc[data["frequency"] == 0, "recency"] == 0).all()
    assert (data["frequency"] == data["frequency"].round()).all()
    monetary = simulate_gamma_gamma(data["frequency"], 6.0, 4.0, 15.0, seed=2)
    assert (monetary[data["frequency"] > 0] > 0).all() and (monetary[data["frequency"] == 0] == 0).all()


def test_a_simulated_log_is_a_valid_transaction_log_with_every_customer_in_calibration():
    log = simulate_transactions(
        500,
        r=0.3,
        alpha=20.0,
        a=0.8,
        b=2.5,
        p=6.0,
        q=4.0,
        gamma=15.0,
        start=date(2024, 1, 1),
        end=date(2024, 12, 31),
        cohort_days=60,
        seed=4,
    )
    assert list(log.columns) == ["customer_id", "date", "amount"]
    assert (log["amount"] > 0).all() and log["date"].max() <= np.datetime64("2024-12-31")
    summary = rfm_summary(log, "2024-06-30", time_unit="D")
    assert len(summary.customers) == 500 and summary.first_after_calibration == 0
    assert summary.customers["first_purchase"].max() < np.datetime64("2024-03-01")


@pytest.mark.parametrize("seed", [21, 22])
def test_bgnbd_fitted_on_a_simulated_daily_log_is_close_to_the_truth(seed):
    log = simulate_transactions(
        4_000,
        r=0.25,
        alpha=30.0,
        a=0.8,
        b=2.5,
        p=6.0,
        q=4.0,
        gamma=15.0,
        start=date(2023, 1, 1),
        end=date(2024, 6, 30),
        cohort_days=90,
        seed=seed,
    )
    summary = rfm_summary(log, time_unit="D").customers
    model = BetaGeo().fit(summary["frequency"], summary["recency"], summary["T"], time_unit="D")
    # whole days and same-day merging blur the continuous model a little: 4 standard errors
    errors = model.standard_errors_
    for name, value in {"r": 0.25, "alpha": 30.0, "a": 0.8, "b": 2.5}.items():
        assert abs(model.params_[name] - value) < 4 * errors[name], (name, model.params_[name])
