"""The simple LTV of the field: average revenue per period × average relationship length.

``LTV = revenue per period × expected relationship length (periods) × margin factor``

- revenue per period: the customer's revenue divided by the periods from their first to
  their last purchase, both included (a one-time buyer has a relationship of one period);
- expected relationship length: by default the average relationship length of all
  customers with a purchase (the "average duration of the relationship" of the sources),
  or a horizon the user sets;
- margin factor: 1 gives revenue LTV; the gross-margin ratio (e.g. 0.3) gives profit LTV.

It is a rule of thumb, not a forecast: it ignores who has already left. The probabilistic
models in :mod:`segcore.ltv` give a per-customer forecast. A negative value (more returns
than purchases) is shown as zero: a customer is not expected to bring negative value.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["SimpleLtv", "simple_ltv"]


@dataclass(frozen=True)
class SimpleLtv:
    """Per-customer simple LTV and the relationship length it assumed."""

    revenue_per_period: np.ndarray
    lifetime_periods: float
    ltv: np.ndarray


def simple_ltv(
    revenue: np.ndarray,
    relationship_periods: np.ndarray,
    *,
    margin: float = 1.0,
    lifetime_periods: float | None = None,
) -> SimpleLtv:
    """Give revenue per period and the simple LTV for each customer.

    ``relationship_periods`` is NaN for customers without a purchase: their revenue per
    period is their (non-positive) revenue over one period.
    """
    revenue = np.asarray(revenue, dtype=float)
    periods = np.asarray(relationship_periods, dtype=float)
    known = np.isfinite(periods) & (periods >= 1)
    per_period = revenue / np.where(known, periods, 1.0)
    if lifetime_periods is None:
        lifetime_periods = float(periods[known].mean()) if known.any() else 1.0
    if not margin >= 0 or not lifetime_periods > 0:
        raise ValueError("margin must be >= 0 and lifetime_periods > 0")
    ltv = np.maximum(per_period * lifetime_periods * margin, 0.0)
    return SimpleLtv(revenue_per_period=per_period, lifetime_periods=lifetime_periods, ltv=ltv)
