"""BG/NBD: the beta-geometric / negative binomial model of repeat buying (Fader, Hardie & Lee 2005).

While alive, a customer buys as a Poisson process with rate λ ~ Gamma(r, α); after each
repeat purchase they leave for good with probability p ~ Beta(a, b). Inputs per customer, in
one time unit (days or weeks): ``frequency`` x = repeat purchase periods (purchase days
after the first), ``recency`` t_x = time from the first to the last purchase, ``T`` = time
from the first purchase to the end of the calibration period.

Likelihood of one customer::

    L = B(a, b+x)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+T)^(r+x))
      + [x > 0] · B(a+1, b+x-1)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+t_x)^(r+x))

The fit uses its analytic gradient; every term that depends only on x is computed once per
distinct frequency, so a fit costs a few logarithms per distinct customer summary.
"""

from __future__ import annotations

import numpy as np
from scipy.special import betaln, digamma, expit, gammaln, hyp2f1

from segcore.ltv.base import Numbers, Objective, compress_rows, weighted_sum
from segcore.ltv.repeat_buying import RepeatBuyingModel

__all__ = [
    "BetaGeo",
    "bgnbd_expected_if_alive",
    "bgnbd_expected_purchases",
    "bgnbd_log_likelihood",
    "bgnbd_p_alive",
]


def bgnbd_log_likelihood(
    r: Numbers, alpha: Numbers, a: Numbers, b: Numbers, x: Numbers, tx: Numbers, T: Numbers
) -> np.ndarray:
    """Give each customer's BG/NBD log-likelihood (parameters broadcast against the data)."""
    lead = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    first = betaln(a, b + x) - betaln(a, b) - (r + x) * np.log(alpha + T)
    with np.errstate(divide="ignore", invalid="ignore"):
        second = np.where(
            x > 0,
            betaln(a + 1, np.maximum(b + x - 1, 1e-300)) - betaln(a, b) - (r + x) * np.log(alpha + tx),
            -np.inf,
        )
    return lead + np.logaddexp(first, second)


def bgnbd_p_alive(
    r: Numbers, alpha: Numbers, a: Numbers, b: Numbers, x: Numbers, tx: Numbers, T: Numbers
) -> np.ndarray:
    """Give P(alive at T): 1 / (1 + [x>0] · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)); 1 when x = 0."""
    with np.errstate(divide="ignore", invalid="ignore"):
        log_odds_dead = np.log(a) - np.log(b + x - 1) + (r + x) * (np.log(alpha + T) - np.log(alpha + tx))
    return np.where(x > 0, expit(-log_odds_dead), 1.0)


def bgnbd_expected_purchases(
    r: Numbers, alpha: Numbers, a: Numbers, b: Numbers, t: Numbers, x: Numbers, tx: Numbers, T: Numbers
) -> np.ndarray:
    """Give the expected number of purchases in (T, T + t] given the customer's history.

    E[X(t) | x, t_x, T] = P(alive) · E[X(t) | alive, x, T] (FHL 2005, eq. 10); see
    :func:`bgnbd_expected_if_alive`. With x = t_x = T = 0 it is the expected number of repeat
    purchases of a new customer in their first t time units.
    """
    return bgnbd_expected_if_alive(r, alpha, a, b, t, x, T) * bgnbd_p_alive(r, alpha, a, b, x, tx, T)


def bgnbd_expected_if_alive(
    r: Numbers, alpha: Numbers, a: Numbers, b: Numbers, t: Numbers, x: Numbers, T: Numbers
) -> np.ndarray:
    """Give the expected purchases in (T, T + t] of a customer still alive at T (depends on x, T).

    (a+b+x−1)/(a−1) · [1 − (1−z)^(r+x) ₂F₁(r+x, b+x; a+b+x−1; z)], z = t / (α+T+t). Where
    scipy's ₂F₁ overflows (very large a and b, i.e. an almost fixed drop-out probability),
    Euler's transformation (1−z)^(a−1) ₂F₁(a+b−1−r, a−1; a+b+x−1; z) is used, and failing
    that the value at the posterior mean p̂ = a/(a+b+x): (1/p̂)(1 − ((α+T)/(α+T+p̂t))^(r+x)).
    """
    a = np.where(np.abs(a - 1) < 1e-9, 1 + 1e-9, a)
    with np.errstate(all="ignore"):
        z = t / (alpha + T + t)
        scale = (a + b + x - 1) / (a - 1)
        alive = scale * (1 - (1 - z) ** (r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z))
        bad = ~np.isfinite(alive)
        if np.any(bad):
            euler = scale * (1 - (1 - z) ** (a - 1) * hyp2f1(a + b - 1 - r, a - 1, a + b + x - 1, z))
            alive = np.where(bad, euler, alive)
            bad = ~np.isfinite(alive)
        if np.any(bad):
            p_hat = a / (a + b + x)
            fixed_p = -np.expm1((r + x) * (np.log(alpha + T) - np.log(alpha + T + p_hat * t))) / p_hat
            alive = np.where(bad, fixed_p, alive)
    return np.where(t > 0, alive, 0.0)


class _Data:
    """Compressed fitting data: distinct summaries, their counts, and distinct frequencies."""

    def __init__(self, x: np.ndarray, tx: np.ndarray, T: np.ndarray, w: np.ndarray) -> None:
        (self.x, self.tx, self.T), self.w, _ = compress_rows(x, tx, T, weights=w)
        self.xs, self.ix = np.unique(self.x, return_inverse=True)
        self.wx = np.bincount(self.ix, weights=self.w, minlength=len(self.xs))
        self.repeat = self.xs > 0
        self.total = float(self.w.sum())


def _negative_log_likelihood(log_params: np.ndarray, d: _Data) -> tuple[float, np.ndarray]:
    r, alpha, a, b = np.exp(log_params)
    xs, ix = d.xs, d.ix
    bx = np.where(d.repeat, b + xs - 1, 1.0)
    lead = gammaln(r + xs) - gammaln(r) + r * np.log(alpha)
    b1 = betaln(a, b + xs) - betaln(a, b)
    b2 = np.where(d.repeat, betaln(a + 1, bx) - betaln(a, b), -np.inf)
    rx = (r + xs)[ix]
    log_at, log_atx = np.log(alpha + d.T), np.log(alpha + d.tx)
    first = b1[ix] - rx * log_at
    second = b2[ix] - rx * log_atx
    lse = np.logaddexp(first, second)
    w2 = np.exp(second - lse)
    w1 = 1 - w2
    value = -(weighted_sum(d.wx, lead) + weighted_sum(d.w, lse))
    common = digamma(a + b) - digamma(a + b + xs)
    g_r = weighted_sum(d.wx, digamma(r + xs) - digamma(r) + np.log(alpha)) - weighted_sum(
        d.w, w1 * log_at + w2 * log_atx
    )
    g_alpha = r / alpha * d.total - weighted_sum(d.w, rx * (w1 / (alpha + d.T) + w2 / (alpha + d.tx)))
    ww2 = np.bincount(ix, weights=d.w * w2, minlength=len(xs))
    g_a = weighted_sum(d.wx, common) + weighted_sum(ww2, np.full(len(xs), 1 / a))
    g_b = weighted_sum(d.wx, digamma(b + xs) - digamma(b) + common) - weighted_sum(
        ww2, np.where(d.repeat, 1 / bx, 0.0)
    )
    grad = -np.array([g_r * r, g_alpha * alpha, g_a * a, g_b * b])
    return float(value), grad


def _starts(d: _Data) -> list[np.ndarray]:
    mean_x = max(float(weighted_sum(d.w, d.x) / d.total), 1e-3)
    mean_T = max(float(weighted_sum(d.w, d.T) / d.total), 1e-3)
    scale = np.log(mean_T / mean_x)
    return [
        np.zeros(4),
        np.array([0.0, scale, 0.0, 0.0]),
        np.array([np.log(0.5), scale, np.log(0.5), np.log(2.0)]),
        np.array([np.log(2.0), scale + 1, np.log(2.0), np.log(5.0)]),
    ]


class BetaGeo(RepeatBuyingModel):
    """The BG/NBD model: future purchases and the probability a customer is still active."""

    name = "bgnbd"
    display_name = "BG/NBD"
    param_names = ("r", "alpha", "a", "b")

    log_likelihood_formula = staticmethod(bgnbd_log_likelihood)
    p_alive_formula = staticmethod(bgnbd_p_alive)
    expected_formula = staticmethod(bgnbd_expected_purchases)
    expected_if_alive_formula = staticmethod(bgnbd_expected_if_alive)

    def _problem(
        self, x: np.ndarray, tx: np.ndarray, age: np.ndarray, w: np.ndarray
    ) -> tuple[Objective, list[np.ndarray], float]:
        data = _Data(x, tx, age, w)
        return (lambda p: _negative_log_likelihood(p, data)), _starts(data), data.total
