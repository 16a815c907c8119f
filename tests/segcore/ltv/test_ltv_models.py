"""BG/NBD, Pareto/NBD and Gamma-Gamma: formulas by hand, properties, and the CDNOW literature."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.integrate import quad
from scipy.special import beta as beta_fn
from scipy.special import gamma as gamma_fn

from segcore.ltv.base import numerical_gradient
from segcore.ltv.beta_geo import BetaGeo, _Data, _negative_log_likelihood, bgnbd_log_likelihood
from segcore.ltv.gamma_gamma import GammaGamma, gg_expected_spend, gg_log_likelihood
from segcore.ltv.pareto_nbd import ParetoNBD, pnbd_log_likelihood

BG = (0.243, 4.414, 0.793, 2.426)
PNBD = (0.553, 10.578, 0.606, 11.669)


def bg_by_hand(r, alpha, a, b, x, tx, T) -> float:
    """FHL (2005) eq. 6 written out with gamma and beta functions."""
    common = gamma_fn(r + x) * alpha**r / gamma_fn(r)
    alive = beta_fn(a, b + x) / beta_fn(a, b) * common / (alpha + T) ** (r + x)
    died = beta_fn(a + 1, b + x - 1) / beta_fn(a, b) * common / (alpha + tx) ** (r + x) if x > 0 else 0.0
    return math.log(alive + died)


def pnbd_by_integral(r, alpha, s, beta, x, tx, T) -> float:
    """The Pareto/NBD likelihood with its lifetime integral done numerically."""
    lead = gamma_fn(r + x) * alpha**r * beta**s / gamma_fn(r)
    integrand = lambda t: (alpha + t) ** -(r + x) * (beta + t) ** -(s + 1)  # noqa: E731
    integral = quad(integrand, tx, T, epsabs=0, epsrel=1e-12)[0]
    return math.log(lead * ((alpha + T) ** -(r + x) * (beta + T) ** -s + s * integral))


@pytest.mark.parametrize(
    ("x", "tx", "T"), [(0, 0, 38.86), (1, 1.71, 38.86), (2, 30.43, 38.86), (26, 30.86, 31.0)]
)
def test_the_bgnbd_likelihood_matches_the_paper_formula(x, tx, T):
    assert bgnbd_log_likelihood(*BG, x, tx, T) == pytest.approx(bg_by_hand(*BG, x, tx, T), rel=1e-12)


@pytest.mark.parametrize(
    ("params", "x", "tx", "T"),
    [
        (PNBD, 2, 30.43, 38.86),
        ((0.55, 11.6, 0.6, 10.7), 2, 30.43, 38.86),  # alpha > beta
        ((0.5, 3.0, 2.0, 40.0), 30, 2.0, 38.0),  # alpha < beta, many purchases early
        ((0.5, 40.0, 2.0, 3.0), 0, 0.0, 38.0),
        ((1.5, 0.3, 0.1, 100.0), 100, 1.0, 50.0),
    ],
)
def test_the_pareto_nbd_likelihood_matches_its_integral_form(params, x, tx, T):
    assert pnbd_log_likelihood(*params, x, tx, T) == pytest.approx(
        pnbd_by_integral(*params, x, tx, T), rel=1e-9
    )


def test_the_gamma_gamma_likelihood_and_spend_match_the_formulas_by_hand():
    p, q, g, x, m = 6.25, 3.74, 15.44, 3.0, 20.0
    by_hand = (
        math.lgamma(p * x + q)
        - math.lgamma(p * x)
        - math.lgamma(q)
        + q * math.log(g)
        + (p * x - 1) * math.log(m)
        + p * x * math.log(x)
        - (p * x + q) * math.log(g + m * x)
    )
    assert gg_log_likelihood(p, q, g, x, m) == pytest.approx(by_hand, rel=1e-12)
    assert gg_expected_spend(p, q, g, x, m) == pytest.approx((g + m * x) * p / (p * x + q - 1))
    assert gg_expected_spend(p, q, g, 0.0, 0.0) == pytest.approx(g * p / (q - 1))


def test_the_bgnbd_analytic_gradient_equals_the_numerical_one(cdnow_published):
    d = _Data(
        cdnow_published["x"].to_numpy(float),
        cdnow_published["t_x"].to_numpy(float),
        cdnow_published["T"].to_numpy(float),
        np.ones(len(cdnow_published)),
    )
    point = np.log([0.3, 4.0, 0.8, 2.5])
    _, grad = _negative_log_likelihood(point, d)
    numeric = numerical_gradient(lambda z: _negative_log_likelihood(z, d)[0], point)
    assert np.allclose(grad, numeric, rtol=1e-5, atol=1e-4)


def test_p_alive_is_one_without_repeat_purchases_under_bgnbd():
    model = BetaGeo()
    assert model.p_alive(0, 0, 10.0, params=BG) == 1.0
    assert model.p_alive(0, 0, 1000.0, params=BG) == 1.0


def test_expected_purchases_are_zero_at_t_zero_and_grow_with_t():
    for model, params in ((BetaGeo(), BG), (ParetoNBD(), PNBD)):
        t = np.array([0.0, 1.0, 10.0, 52.0, 520.0])
        values = model.expected_purchases(t, 3, 20.0, 38.0, params=params)
        assert values[0] == 0.0
        assert np.all(np.diff(values) > 0)


def test_a_new_customer_expects_the_population_formula():
    # BG/NBD: E[X(t)] = (a+b-1)/(a-1) [1 - (α/(α+t))^r 2F1(r, b; a+b-1; t/(α+t))] (FHL eq. 7)
    from scipy.special import hyp2f1

    r, alpha, a, b = BG
    t = 39.0
    by_hand = (
        (a + b - 1) / (a - 1) * (1 - (alpha / (alpha + t)) ** r * hyp2f1(r, b, a + b - 1, t / (alpha + t)))
    )
    assert BetaGeo().expected_purchases_new(t, params=BG)[0] == pytest.approx(by_hand, rel=1e-10)
    r, alpha, s, beta = PNBD
    by_hand = r * beta / (alpha * (s - 1)) * (1 - (beta / (beta + t)) ** (s - 1))
    assert ParetoNBD().expected_purchases_new(t, params=PNBD)[0] == pytest.approx(by_hand, rel=1e-10)


histories = st.tuples(st.integers(0, 60), st.floats(0, 1), st.floats(0.1, 200)).map(
    lambda h: (h[0], 0.0 if h[0] == 0 else h[1] * h[2], h[2])
)
bg_params = st.tuples(st.floats(0.05, 5), st.floats(0.1, 50), st.floats(0.05, 5), st.floats(0.05, 10))


@settings(max_examples=60, deadline=None)
@given(histories, bg_params, st.floats(0.1, 200))
def test_bgnbd_p_alive_is_a_probability_and_purchases_grow_with_t(history, params, t):
    model = BetaGeo()
    assert 0.0 <= float(model.p_alive(*history, params=params)) <= 1.0
    short, long = model.expected_purchases(np.array([t, 2 * t]), *history, params=params)
    assert 0.0 <= short <= long


@settings(max_examples=60, deadline=None)
@given(histories, bg_params, st.floats(0.1, 200))
def test_pareto_nbd_p_alive_is_a_probability_and_purchases_grow_with_t(history, params, t):
    model = ParetoNBD()
    assert 0.0 <= float(model.p_alive(*history, params=params)) <= 1.0
    short, long = model.expected_purchases(np.array([t, 2 * t]), *history, params=params)
    assert 0.0 <= short <= long
    assert np.isfinite(model.log_likelihood(*history, params=params))


@pytest.fixture(scope="module")
def bgnbd(cdnow_published):
    c = cdnow_published
    return BetaGeo().fit(c["x"], c["t_x"], c["T"])


def test_bgnbd_on_cdnow_reproduces_fader_hardie_lee_2005(bgnbd):
    # the published summary (2-decimal times) gives r, α, a, b to the 4 published decimals
    expected = {"r": 0.2426, "alpha": 4.4135, "a": 0.7929, "b": 2.4258}
    for name, value in expected.items():
        assert bgnbd.params_[name] == pytest.approx(value, abs=1e-4)
    assert bgnbd.log_likelihood_ == pytest.approx(-9582.43, abs=0.005)
    assert bgnbd.diagnostics_.converged and bgnbd.n_customers_ == 2357


def test_bgnbd_individual_forecasts_on_cdnow_match_the_paper(bgnbd):
    assert float(bgnbd.expected_purchases(39, 2, 30.43, 38.86)) == pytest.approx(1.226, abs=5e-4)
    assert float(bgnbd.p_alive(26, 30.86, 31.0)) == pytest.approx(0.9689, abs=5e-5)
    assert float(bgnbd.expected_purchases(52, 26, 30.86, 31.0)) == pytest.approx(25.76, abs=5e-3)


def test_standard_errors_are_positive_and_intervals_contain_the_estimate(bgnbd):
    table = bgnbd.parameter_table()
    assert (table["std_error"] > 0).all()
    assert ((table["low"] < table["estimate"]) & (table["estimate"] < table["high"])).all()
    assert bgnbd.aic_ == pytest.approx(8 - 2 * bgnbd.log_likelihood_)


def test_pareto_nbd_on_cdnow_reproduces_the_literature(cdnow_summary):
    c = cdnow_summary.customers
    model = ParetoNBD().fit(c["frequency"], c["recency"], c["T"])
    expected = {"r": 0.553, "alpha": 10.578, "s": 0.606, "beta": 11.669}
    for name, value in expected.items():
        assert model.params_[name] == pytest.approx(value, abs=5e-4)
    assert model.log_likelihood_ == pytest.approx(-9595.0, abs=0.05)


def test_pareto_nbd_on_the_published_summary_agrees_within_its_flat_direction(cdnow_published):
    c = cdnow_published
    model = ParetoNBD().fit(c["x"], c["t_x"], c["T"])
    # s and β are strongly correlated (β's standard error is about 6): 2-decimal times move β by 0.001
    for name, value in {"r": 0.553, "alpha": 10.578, "s": 0.606, "beta": 11.669}.items():
        assert model.params_[name] == pytest.approx(value, abs=1.5e-3)
    assert model.standard_errors_["beta"] > 1


def test_gamma_gamma_on_cdnow_repeat_buyers_reproduces_the_literature(cdnow_summary, cdnow_published):
    c = cdnow_summary.customers
    model = GammaGamma().fit(c["frequency"], c["monetary"])
    assert model.n_customers_ == 946
    for name, value in {"p": 6.25, "q": 3.74, "gamma": 15.44}.items():
        assert model.params_[name] == pytest.approx(value, abs=5e-3)
    published = GammaGamma().fit(cdnow_published["x"], cdnow_published["zbar"])
    assert published.log_likelihood_ == pytest.approx(-4055.92, abs=5e-3)
    assert published.params_["gamma"] == pytest.approx(15.44, abs=0.01)  # 15.448 on cent-rounded zbar
