"""Pareto/NBD: repeat buying with an exponential lifetime (Schmittlein, Morrison & Colombo 1987).

While alive, a customer buys as a Poisson process with rate λ ~ Gamma(r, α); their lifetime
is exponential with rate μ ~ Gamma(s, β). Inputs as for BG/NBD (frequency, recency, T in
one time unit).

Likelihood of one customer (Fader & Hardie 2005, "A note on deriving the Pareto/NBD model")::

    L = Γ(r+x) α^r β^s / Γ(r) · [ (α+T)^-(r+x) (β+T)^-s  +  s · ∫_{t_x}^{T} (α+τ)^-(r+x) (β+τ)^-(s+1) dτ ]

The integral is G(t_x) − G(T) with G(τ) = (α+τ)^-(r+x) (β+τ)^-s · h(τ)/(r+s+x), where
h(τ) = ₂F₁(1, r+x; r+s+x+1; (α−β)/(α+τ)) when α ≥ β and
h(τ) = (α+τ)/(β+τ) · ₂F₁(1, s+1; r+s+x+1; (β−α)/(β+τ)) when α < β. This is the usual
α-vs-β switch (argument in [0, 1)) followed by Euler's transformation, so h stays bounded
for large x (the plain form carries a factor (1−z)^(1−r−x) that overflows); the difference
G(t_x) − G(T) is taken in log space. The fit uses a central finite-difference gradient.
"""

from __future__ import annotations

import numpy as np
from scipy.special import expit, gammaln, hyp2f1

from segcore.ltv.base import Numbers, Objective, compress_rows, weighted_sum
from segcore.ltv.repeat_buying import RepeatBuyingModel

__all__ = [
    "ParetoNBD",
    "pnbd_expected_if_alive",
    "pnbd_expected_purchases",
    "pnbd_log_likelihood",
    "pnbd_p_alive",
]


def _log_g(r: Numbers, alpha: Numbers, s: Numbers, beta: Numbers, x: Numbers, tau: Numbers) -> np.ndarray:
    """Give log G(τ) · (r+s+x): the antiderivative term of the likelihood's integral."""
    rsx1 = r + s + x + 1
    alpha_high = alpha >= beta
    with np.errstate(divide="ignore", invalid="ignore"):
        z_a = np.where(alpha_high, (alpha - beta) / (alpha + tau), 0.0)
        z_b = np.where(alpha_high, 0.0, (beta - alpha) / (beta + tau))
        log_h = np.where(
            alpha_high,
            np.log(hyp2f1(1.0, r + x, rsx1, z_a)),
            np.log(alpha + tau) - np.log(beta + tau) + np.log(hyp2f1(1.0, s + 1, rsx1, z_b)),
        )
    return -(r + x) * np.log(alpha + tau) - s * np.log(beta + tau) + log_h


def _terms(
    r: Numbers, alpha: Numbers, s: Numbers, beta: Numbers, x: Numbers, tx: Numbers, T: Numbers
) -> tuple[np.ndarray, np.ndarray]:
    """Give the two log-terms inside the bracket of the likelihood."""
    upper, lower = _log_g(r, alpha, s, beta, x, tx), _log_g(r, alpha, s, beta, x, T)
    return _terms_from_g(r, alpha, s, beta, x, T, upper, lower)


def _terms_from_g(
    r: Numbers,
    alpha: Numbers,
    s: Numbers,
    beta: Numbers,
    x: Numbers,
    T: Numbers,
    upper: np.ndarray,
    lower: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Give the two log-terms from log G(t_x) (``upper``) and log G(T) (``lower``)."""
    alive = -(r + x) * np.log(alpha + T) - s * np.log(beta + T)
    gap = np.minimum(lower - upper, 0.0)
    with np.errstate(divide="ignore"):
        log_diff = upper + np.where(gap > -np.log(2), np.log(-np.expm1(gap)), np.log1p(-np.exp(gap)))
    died = np.log(s) - np.log(r + s + x) + log_diff
    return alive, died


def pnbd_log_likelihood(
    r: Numbers, alpha: Numbers, s: Numbers, beta: Numbers, x: Numbers, tx: Numbers, T: Numbers
) -> np.ndarray:
    """Give each customer's Pareto/NBD log-likelihood (parameters broadcast against the data)."""
    alive, died = _terms(r, alpha, s, beta, x, tx, T)
    lead = gammaln(r + x) - gammaln(r) + r * np.log(alpha) + s * np.log(beta)
    return lead + np.logaddexp(alive, died)


def pnbd_p_alive(
    r: Numbers, alpha: Numbers, s: Numbers, beta: Numbers, x: Numbers, tx: Numbers, T: Numbers
) -> np.ndarray:
    """Give P(alive at T) = the share of the likelihood from 'still alive at T'."""
    alive, died = _terms(r, alpha, s, beta, x, tx, T)
    return expit(alive - died)


def pnbd_expected_purchases(
    r: Numbers, alpha: Numbers, s: Numbers, beta: Numbers, t: Numbers, x: Numbers, tx: Numbers, T: Numbers
) -> np.ndarray:
    """Give the expected number of purchases in (T, T + t] given the customer's history.

    E[X(t) | x, t_x, T] = P(alive) · E[X(t) | alive, x, T]; see :func:`pnbd_expected_if_alive`.
    """
    return pnbd_expected_if_alive(r, alpha, s, beta, t, x, T) * pnbd_p_alive(r, alpha, s, beta, x, tx, T)


def pnbd_expected_if_alive(
    r: Numbers, alpha: Numbers, s: Numbers, beta: Numbers, t: Numbers, x: Numbers, T: Numbers
) -> np.ndarray:
    """Give the expected purchases in (T, T + t] of a customer still alive at T (depends on x, T).

    (r+x)(β+T)/((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)], with the s → 1 limit
    (r+x)(β+T)/(α+T) · ln(1 + t/(β+T)).
    """
    u = np.log1p(t / (beta + T))
    near_one = np.abs(s - 1) < 1e-8
    with np.errstate(divide="ignore", invalid="ignore"):
        factor = np.where(near_one, u, -np.expm1(-(s - 1) * u) / np.where(near_one, 1.0, s - 1))
    return (r + x) * (beta + T) / (alpha + T) * factor


class _Data:
    """Fitting data: distinct summaries with counts, and the distinct (x, t_x) and (x, T) pairs.

    G(τ) depends on x and τ only, so its ₂F₁ is evaluated once per distinct pair.
    """

    def __init__(self, x: np.ndarray, tx: np.ndarray, T: np.ndarray, w: np.ndarray) -> None:
        (self.x, self.tx, self.T), self.w, _ = compress_rows(x, tx, T, weights=w)
        (self.x_tx, self.tx_u), _, self.at_tx = compress_rows(self.x, self.tx)
        (self.x_T, self.T_u), _, self.at_T = compress_rows(self.x, self.T)
        self.total = float(self.w.sum())


def _negative_log_likelihood(log_params: np.ndarray, d: _Data) -> tuple[float, None]:
    r, alpha, s, beta = np.exp(log_params)
    upper = _log_g(r, alpha, s, beta, d.x_tx, d.tx_u)[d.at_tx]
    lower = _log_g(r, alpha, s, beta, d.x_T, d.T_u)[d.at_T]
    alive, died = _terms_from_g(r, alpha, s, beta, d.x, d.T, upper, lower)
    lead = gammaln(r + d.x) - gammaln(r) + r * np.log(alpha) + s * np.log(beta)
    value = -weighted_sum(d.w, lead + np.logaddexp(alive, died))
    return (value if np.isfinite(value) else np.inf), None


def _starts(x: np.ndarray, T: np.ndarray, w: np.ndarray) -> list[np.ndarray]:
    total = w.sum()
    scale = np.log(
        max(float(weighted_sum(w, T) / total), 1e-3) / max(float(weighted_sum(w, x) / total), 1e-3)
    )
    return [
        np.array([0.0, scale, 0.0, scale]),
        np.zeros(4),
        np.array([np.log(0.5), scale, np.log(0.5), scale + 1]),
        np.array([np.log(2.0), scale + 1, np.log(2.0), scale + 2]),
    ]


class ParetoNBD(RepeatBuyingModel):
    """The Pareto/NBD model: future purchases and the probability a customer is still active."""

    name = "pareto_nbd"
    display_name = "Pareto/NBD"
    param_names = ("r", "alpha", "s", "beta")

    log_likelihood_formula = staticmethod(pnbd_log_likelihood)
    p_alive_formula = staticmethod(pnbd_p_alive)
    expected_formula = staticmethod(pnbd_expected_purchases)
    expected_if_alive_formula = staticmethod(pnbd_expected_if_alive)

    def _problem(
        self, x: np.ndarray, tx: np.ndarray, age: np.ndarray, w: np.ndarray
    ) -> tuple[Objective, list[np.ndarray], float]:
        data = _Data(x, tx, age, w)
        return (lambda p: _negative_log_likelihood(p, data)), _starts(data.x, data.T, data.w), data.total
