"""Gamma-Gamma: the value of a customer's purchases (Fader, Hardie & Lee 2005, "RFM and CLV").

Each purchase of a customer is worth z ~ Gamma(p, ν); across customers ν ~ Gamma(q, γ).
Fitted on repeat buyers only: ``frequency`` x ≥ 1 repeat purchases with mean value
``monetary`` m > 0 (the first purchase is left out, as in the literature). Log-likelihood
of one customer (the density of the mean m)::

    ln L = ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + px ln x + (px−1) ln m − (px+q) ln(γ + x m)

The model assumes a customer's spend per purchase does not depend on how often they buy:
see :func:`segcore.ltv.guardrails.independence_check`.

Expected spend per purchase given the history (the posterior mean)::

    E[Z | x, m] = (γ + x m) p / (p x + q − 1)

which is the population mean γ p / (q − 1) for a customer without repeat purchases (defined
only when q > 1). A non-positive mean value is treated as zero in the forecast.
"""

from __future__ import annotations

from typing import Self

import numpy as np
import numpy.typing as npt
from scipy.special import digamma, gammaln

from segcore.errors import InputError
from segcore.ltv.base import Numbers, compress_rows, maximise_likelihood, weighted_sum
from segcore.ltv.fitted import FittedModel

__all__ = ["GammaGamma", "gg_expected_spend", "gg_log_likelihood"]


def gg_log_likelihood(p: Numbers, q: Numbers, gamma: Numbers, x: Numbers, m: Numbers) -> np.ndarray:
    """Give each repeat buyer's Gamma-Gamma log-likelihood (x ≥ 1, m > 0)."""
    px = p * x
    return (
        gammaln(px + q)
        - gammaln(px)
        - gammaln(q)
        + q * np.log(gamma)
        + px * np.log(x)
        + (px - 1) * np.log(m)
        - (px + q) * np.log(gamma + x * m)
    )


def gg_expected_spend(p: Numbers, q: Numbers, gamma: Numbers, x: Numbers, m: Numbers) -> np.ndarray:
    """Give the expected value of a future purchase: (γ + x·max(m, 0))·p / (p·x + q − 1)."""
    denominator = p * x + q - 1
    with np.errstate(divide="ignore", invalid="ignore"):
        spend = (gamma + x * np.maximum(m, 0.0)) * p / denominator
    return np.where(denominator > 0, spend, np.inf)


class _Data:
    def __init__(self, x: np.ndarray, m: np.ndarray, w: np.ndarray) -> None:
        (self.x, self.m), self.w, _ = compress_rows(x, m, weights=w)
        self.xs, self.ix = np.unique(self.x, return_inverse=True)
        self.wx = np.bincount(self.ix, weights=self.w, minlength=len(self.xs))
        self.log_m = np.log(self.m)
        self.total = float(self.w.sum())


def _negative_log_likelihood(log_params: np.ndarray, d: _Data) -> tuple[float, np.ndarray]:
    p, q, gamma = np.exp(log_params)
    xs, ix = d.xs, d.ix
    pxs = p * xs
    lead = gammaln(pxs + q) - gammaln(pxs) - gammaln(q) + q * np.log(gamma) + pxs * np.log(xs)
    log_gxm = np.log(gamma + d.x * d.m)
    px, pxq = pxs[ix], (pxs + q)[ix]
    value = -(weighted_sum(d.wx, lead) + weighted_sum(d.w, (px - 1) * d.log_m - pxq * log_gxm))
    psi_pxq = digamma(pxs + q)
    g_p = weighted_sum(d.wx, xs * (psi_pxq - digamma(pxs) + np.log(xs))) + weighted_sum(
        d.w, d.x * (d.log_m - log_gxm)
    )
    g_q = weighted_sum(d.wx, psi_pxq - digamma(q) + np.log(gamma)) - weighted_sum(d.w, log_gxm)
    g_gamma = q / gamma * d.total - weighted_sum(d.w, pxq / (gamma + d.x * d.m))
    return float(value), -np.array([g_p * p, g_q * q, g_gamma * gamma])


def _starts(d: _Data) -> list[np.ndarray]:
    mean_m = float(weighted_sum(d.w, d.m) / d.total)
    return [
        np.zeros(3),
        np.array([0.0, np.log(2.0), np.log(mean_m)]),
        np.array([np.log(5.0), np.log(3.0), np.log(2 * mean_m)]),
        np.array([np.log(0.5), np.log(1.5), np.log(mean_m / 2)]),
    ]


class GammaGamma(FittedModel):
    """The Gamma-Gamma spend model: expected value of a customer's future purchases."""

    name = "gamma_gamma"
    display_name = "Gamma-Gamma"
    param_names = ("p", "q", "gamma")

    def fit(
        self,
        frequency: npt.ArrayLike,
        monetary: npt.ArrayLike,
        *,
        weights: npt.ArrayLike | None = None,
        max_iterations: int = 1000,
    ) -> Self:
        """Fit p, q, γ on repeat buyers (frequency ≥ 1, monetary > 0); give the fitted model.

        Rows with frequency 0 are left out. A non-positive monetary value among repeat
        buyers is an ``InputError("ltv.gg_nonpositive")``: choose a policy for them first
        (see :func:`segcore.ltv.guardrails.spend_fitting_rows`).
        """
        x = np.asarray(frequency, dtype=float)
        m = np.asarray(monetary, dtype=float)
        w = np.ones(len(x)) if weights is None else np.asarray(weights, dtype=float)
        keep = x > 0
        if np.any(~np.isfinite(m[keep])) or np.any(m[keep] <= 0):
            raise InputError("ltv.gg_nonpositive", count=int(np.sum(~(m[keep] > 0))))
        if not keep.any():
            raise InputError("ltv.no_repeat_buyers")
        data = _Data(x[keep], m[keep], w[keep])
        fit = maximise_likelihood(
            lambda z: _negative_log_likelihood(z, data),
            _starts(data),
            data.total,
            model=self.display_name,
            max_iterations=max_iterations,
        )
        self._store(fit, round(data.total), "")
        return self

    def log_likelihood(
        self, frequency: npt.ArrayLike, monetary: npt.ArrayLike, params: np.ndarray | None = None
    ) -> np.ndarray:
        """Give each repeat buyer's log-likelihood under the fitted (or given) parameters."""
        p, q, gamma = self.param_array if params is None else params
        return gg_log_likelihood(
            p, q, gamma, np.asarray(frequency, dtype=float), np.asarray(monetary, dtype=float)
        )

    def expected_spend(
        self, frequency: npt.ArrayLike, monetary: npt.ArrayLike, params: np.ndarray | None = None
    ) -> np.ndarray:
        """Give each customer's expected value per future purchase (posterior mean)."""
        p, q, gamma = self.param_array if params is None else params
        return gg_expected_spend(
            p, q, gamma, np.asarray(frequency, dtype=float), np.asarray(monetary, dtype=float)
        )

    @property
    def population_mean_spend(self) -> float:
        """Give the mean value per purchase across customers, γp/(q−1) (infinite when q ≤ 1)."""
        p, q, gamma = self.param_array
        return float(gamma * p / (q - 1)) if q > 1 else float("inf")
