"""Discounted customer lifetime value over a horizon, from a purchase model and a spend model.

CLV = Σ_{k=1..K} E[purchases in period k] × E[spend per purchase] × margin / (1 + d)^k

- periods are days, weeks (7 days) or months (365.25 / 12 days) counted from the end of the
  calibration period, converted to the purchase model's time unit;
- E[purchases in period k] = E[X(t_k)] − E[X(t_(k−1))] from the purchase model, given the
  customer's history;
- d is the discount rate per period derived from the yearly rate:
  d = (1 + yearly rate)^(period days / 365.25) − 1; each period's value is discounted as if
  received at the period's end;
- margin is the share of revenue kept as profit (1 gives revenue CLV).

With a zero discount rate the CLV is the expected purchases over the horizon × spend × margin.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np
import numpy.typing as npt

from segcore.ltv.base import compress_rows
from segcore.ltv.units import DAYS_PER_YEAR, PERIOD_DAYS, ClvPeriod, TimeUnit, period_in_units

__all__ = [
    "ClvForecast",
    "Histories",
    "PurchaseModel",
    "customer_lifetime_value",
    "discount_factors",
    "discount_per_period",
    "discounted_for_histories",
    "discounted_purchases",
    "period_purchases",
]


class PurchaseModel(Protocol):
    """What CLV needs from a purchase model (BG/NBD or Pareto/NBD)."""

    @property
    def param_array(self) -> np.ndarray: ...

    def p_alive(
        self,
        frequency: npt.ArrayLike,
        recency: npt.ArrayLike,
        T: npt.ArrayLike,
        params: np.ndarray | None = None,
    ) -> np.ndarray: ...

    def expected_purchases_if_alive(
        self, t: npt.ArrayLike, frequency: npt.ArrayLike, T: npt.ArrayLike, params: np.ndarray | None = None
    ) -> np.ndarray: ...


def discount_per_period(discount_rate_yearly: float, period: ClvPeriod) -> float:
    """Give the discount rate per period equivalent to a yearly rate: (1 + y)^(days / 365.25) − 1."""
    return float((1 + discount_rate_yearly) ** (PERIOD_DAYS[period] / DAYS_PER_YEAR) - 1)


def discount_factors(horizon: int, period: ClvPeriod, discount_rate_yearly: float) -> np.ndarray:
    """Give 1 / (1 + d)^k for the periods k = 1 … horizon."""
    d = discount_per_period(discount_rate_yearly, period)
    return (1 + d) ** -np.arange(1, horizon + 1, dtype=float)


def _param_views(model: PurchaseModel, params: npt.ArrayLike | None) -> tuple[np.ndarray, np.ndarray]:
    """Give the parameters shaped for (draws, histories, periods) and for (draws, customers)."""
    p = model.param_array if params is None else np.asarray(params, dtype=float)
    if p.ndim == 1:
        return p, p
    return p[:, :, None, None], p[:, :, None]


@dataclass(frozen=True)
class Histories:
    """Customer histories (frequency, recency, T) with their distinct (frequency, T) pairs.

    The purchases expected of a customer still alive depend on frequency and T only, so they
    are computed once per pair; ``pair_index`` gives each customer's pair.
    """

    x: np.ndarray
    tx: np.ndarray
    T: np.ndarray
    pair_x: np.ndarray
    pair_T: np.ndarray
    pair_index: np.ndarray

    @classmethod
    def of(cls, frequency: npt.ArrayLike, recency: npt.ArrayLike, T: npt.ArrayLike) -> Histories:
        """Give the histories of the customers, their pairs found."""
        x, tx, age = (np.asarray(v, dtype=float).reshape(-1) for v in (frequency, recency, T))
        (pair_x, pair_T), _, index = compress_rows(x, age)
        return cls(x, tx, age, pair_x, pair_T, index)


def _alive_per_period(
    model: PurchaseModel, h: Histories, grid: np.ndarray, params: np.ndarray | None
) -> np.ndarray:
    """Give the purchases per period if alive for each distinct (x, T) pair: (..., pairs, periods)."""
    cumulative = model.expected_purchases_if_alive(grid[1:], h.pair_x[:, None], h.pair_T[:, None], params)
    return np.diff(cumulative, axis=-1, prepend=0.0)


def period_purchases(
    model: PurchaseModel,
    frequency: npt.ArrayLike,
    recency: npt.ArrayLike,
    T: npt.ArrayLike,
    *,
    horizon: int,
    period: ClvPeriod,
    time_unit: TimeUnit,
) -> np.ndarray:
    """Give each customer's expected purchases in each future period, shape (customers, horizon)."""
    h = Histories.of(frequency, recency, T)
    grid = np.arange(0, horizon + 1, dtype=float) * period_in_units(period, time_unit)
    alive = _alive_per_period(model, h, grid, None)
    return alive[h.pair_index] * model.p_alive(h.x, h.tx, h.T)[:, None]


def discounted_purchases(
    model: PurchaseModel,
    frequency: npt.ArrayLike,
    recency: npt.ArrayLike,
    T: npt.ArrayLike,
    *,
    horizon: int,
    period: ClvPeriod,
    time_unit: TimeUnit,
    discount_rate_yearly: float,
    params: npt.ArrayLike | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Give (expected purchases over the horizon, their discounted sum) per customer.

    ``params`` (optional) holds parameter vectors as columns, shape (parameters, draws), to
    evaluate many draws at once: the results then have shape (draws, customers). The
    expectation is P(alive) × purchases if alive, the latter computed once per distinct
    (frequency, T).
    """
    return discounted_for_histories(
        model,
        Histories.of(frequency, recency, T),
        horizon=horizon,
        period=period,
        time_unit=time_unit,
        discount_rate_yearly=discount_rate_yearly,
        params=params,
    )


def discounted_for_histories(
    model: PurchaseModel,
    histories: Histories,
    *,
    horizon: int,
    period: ClvPeriod,
    time_unit: TimeUnit,
    discount_rate_yearly: float,
    params: npt.ArrayLike | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Give :func:`discounted_purchases` for histories whose pairs are already found."""
    h = histories
    grid = np.arange(0, horizon + 1, dtype=float) * period_in_units(period, time_unit)
    for_periods, for_customers = _param_views(model, params)
    alive = _alive_per_period(model, h, grid, for_periods)
    factors = discount_factors(horizon, period, discount_rate_yearly)
    p_alive = model.p_alive(h.x, h.tx, h.T, for_customers)
    return alive.sum(axis=-1)[..., h.pair_index] * p_alive, (alive @ factors)[..., h.pair_index] * p_alive


@dataclass(frozen=True)
class ClvForecast:
    """Per-customer forecast over the horizon: purchases, spend per purchase, discounted CLV."""

    expected_purchases: np.ndarray
    expected_spend: np.ndarray
    clv: np.ndarray


def customer_lifetime_value(
    model: PurchaseModel,
    expected_spend: np.ndarray,
    frequency: npt.ArrayLike,
    recency: npt.ArrayLike,
    T: npt.ArrayLike,
    *,
    horizon: int = 12,
    period: ClvPeriod = "M",
    time_unit: TimeUnit = "W",
    discount_rate_yearly: float = 0.1,
    margin: float = 1.0,
) -> ClvForecast:
    """Give each customer's discounted CLV: Σ_k purchases in period k × spend × margin / (1+d)^k."""
    purchases, discounted = discounted_purchases(
        model,
        frequency,
        recency,
        T,
        horizon=horizon,
        period=period,
        time_unit=time_unit,
        discount_rate_yearly=discount_rate_yearly,
    )
    spend = np.asarray(expected_spend, dtype=float)
    return ClvForecast(purchases, spend, discounted * spend * margin)
