"""How sure the CLV is: intervals per customer and per segment from a parametric bootstrap.

Parameter draws come from the asymptotic normal distribution of the log-parameters
(maximum-likelihood estimate, covariance = inverse Hessian) of the purchase model and,
independently, of the spend model; each draw recomputes every customer's CLV. The interval
is the central ``level`` share of the draws (percentiles).

What it covers: the uncertainty of the estimated parameters only (how much the fitted
population could differ with another sample of the same size), not the randomness of a
single customer's future behaviour. A segment's interval is computed from the draws of the
segment's total, so it accounts for all its customers moving together with the parameters.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

from segcore.ltv.base import compress_rows
from segcore.ltv.clv import Histories, PurchaseModel, discounted_for_histories
from segcore.ltv.fitted import FittedModel
from segcore.ltv.gamma_gamma import gg_expected_spend
from segcore.ltv.units import ClvPeriod, TimeUnit

__all__ = ["ClvDraws", "bootstrap_clv", "draw_parameters", "segment_clv"]

CHUNK_CELLS = 4_000_000
#: At least this many progress reports over the draws (a cancelled fit stops at the next one).
PROGRESS_STEPS = 20


def draw_parameters(model: FittedModel, n_draws: int, rng: np.random.Generator) -> np.ndarray | None:
    """Give ``n_draws`` parameter vectors (rows) from the normal of the log-parameters, or None.

    None when the model has no covariance (Hessian not positive definite).
    """
    if model.covariance_ is None:
        return None
    mean = np.log(model.param_array)
    return np.exp(rng.multivariate_normal(mean, model.covariance_, size=n_draws, method="cholesky"))


@dataclass(frozen=True)
class ClvDraws:
    """Bootstrap draws of every customer's CLV, stored compactly.

    ``discounted`` (draws × distinct histories) holds the discounted expected purchases per
    distinct (frequency, recency, T), ``row`` each customer's history; the spend per purchase
    of each draw is recomputed from ``spend_params`` (draws × 3) when asked for. A customer's
    CLV in draw d is ``discounted[d, row[i]] · spend(d, i) · margin``.
    """

    discounted: np.ndarray
    row: np.ndarray
    spend_params: np.ndarray
    frequency: np.ndarray
    monetary: np.ndarray
    spend_fallback: np.ndarray
    margin: float

    @property
    def n_draws(self) -> int:
        """Give the number of draws."""
        return int(self.discounted.shape[0])

    def spend(self, customers: slice | np.ndarray = slice(None)) -> np.ndarray:
        """Give the expected spend per purchase of the chosen customers in every draw."""
        p, q, gamma = (self.spend_params[:, k : k + 1] for k in range(3))
        spend = gg_expected_spend(
            p, q, gamma, self.frequency[None, customers], self.monetary[None, customers]
        )
        return np.where(np.isfinite(spend), spend, self.spend_fallback[None, customers])

    def customer_draws(self, customers: slice | np.ndarray = slice(None)) -> np.ndarray:
        """Give the CLV of the chosen customers in every draw (draws × customers)."""
        return self.discounted[:, self.row[customers]] * self.spend(customers) * self.margin

    def customer_interval(self, level: float = 0.9) -> tuple[np.ndarray, np.ndarray]:
        """Give each customer's CLV interval (low, high) at ``level``."""
        tail = 50 * (1 - level)
        n = len(self.row)
        low, high = np.empty(n), np.empty(n)
        step = max(1, CHUNK_CELLS // max(1, self.n_draws))
        for start in range(0, n, step):
            part = slice(start, start + step)
            low[part], high[part] = np.percentile(self.customer_draws(part), [tail, 100 - tail], axis=0)
        return low, high


def bootstrap_clv(
    model: PurchaseModel,
    purchase_params: np.ndarray,
    spend_params: np.ndarray,
    summary: pd.DataFrame,
    *,
    horizon: int,
    period: ClvPeriod,
    time_unit: TimeUnit,
    discount_rate_yearly: float,
    margin: float,
    spend_fallback: np.ndarray,
    progress: Callable[[float], None] | None = None,
) -> ClvDraws:
    """Give the CLV draws for parameter draws (rows of ``purchase_params`` / ``spend_params``).

    ``summary`` has frequency, recency, T and monetary per customer; ``spend_fallback`` is the
    spend used where a draw leaves the spend undefined (q ≤ 1); ``progress`` is called with
    the share of draws done.
    """
    unique, _, row = compress_rows(*(summary[k].to_numpy(dtype=float) for k in ("frequency", "recency", "T")))
    histories = Histories.of(*unique)
    chunk = max(1, CHUNK_CELLS // max(1, len(histories.pair_x) * horizon + len(histories.x)))
    chunk = min(chunk, -(-len(purchase_params) // PROGRESS_STEPS))  # progress (and a cancel) in small steps
    parts = []
    for start in range(0, len(purchase_params), chunk):
        _, discounted = discounted_for_histories(
            model,
            histories,
            horizon=horizon,
            period=period,
            time_unit=time_unit,
            discount_rate_yearly=discount_rate_yearly,
            params=purchase_params[start : start + chunk].T,
        )
        parts.append(discounted)
        if progress is not None:
            progress(min(1.0, (start + chunk) / len(purchase_params)))
    x, m = (summary[k].to_numpy(dtype=float) for k in ("frequency", "monetary"))
    return ClvDraws(
        np.concatenate(parts, axis=0), row, spend_params, x, m, np.asarray(spend_fallback, float), margin
    )


def segment_clv(draws: ClvDraws, codes: npt.ArrayLike, point: np.ndarray, level: float = 0.9) -> pd.DataFrame:
    """Give each segment's customers, total CLV and the interval of the total at ``level``.

    ``codes`` gives each customer's segment code (same order as the draws); ``point`` each
    customer's CLV at the fitted parameters. Rows are sorted by segment code.
    """
    labels, index = np.unique(np.asarray(codes, dtype=object).astype(str), return_inverse=True)
    index = index.reshape(-1)
    totals = np.zeros((draws.n_draws, len(labels)))
    step = max(1, CHUNK_CELLS // max(1, draws.n_draws))
    for start in range(0, len(index), step):
        part = slice(start, start + step)
        members = index[part]
        onehot = np.zeros((len(members), len(labels)))
        onehot[np.arange(len(members)), members] = 1.0
        totals += draws.customer_draws(part) @ onehot
    tail = 50 * (1 - level)
    low, high = np.percentile(totals, [tail, 100 - tail], axis=0)
    return pd.DataFrame(
        {
            "segment": labels,
            "customers": np.bincount(index, minlength=len(labels)),
            "clv": np.bincount(index, weights=np.asarray(point, dtype=float), minlength=len(labels)),
            "clv_low": low,
            "clv_high": high,
        }
    )
