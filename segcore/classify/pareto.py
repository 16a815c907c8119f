"""Pareto (Lorenz) view: what share of revenue the top share of customers brings.

Customers are sorted by revenue from the largest down; the curve joins
(customer share, revenue share) = (k / n, revenue of the top k / total) for k = 0 … n.

Definitions (the field uses several; these are ours):

- Revenue that is not positive (zero, negative after returns, missing) counts as 0: such
  customers are customers who bring nothing, so they stay in the customer count (the
  curve ends flat) and do not reduce the total. Shares are of the positive total.
- With no positive revenue at all (or no customers) every customer is taken as equal:
  the curve is the diagonal and the Gini coefficient is 0.
- Gini = 1 − 2 × (area under the curve), trapezoids over the n customers, i.e.
  G = 2 Σ i·x₍ᵢ₎ / (n Σ x) − (n + 1) / n with x ascending. It is 0 when all customers bring
  the same, and at most (n − 1) / n when one customer brings everything (no small-sample
  correction n / (n − 1) is applied).
- ``top_share(values, x)``: the share of the top ⌊x·n⌋ customers (whole customers, no
  interpolation), which reads the curve exactly at a customer.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pandas as pd

from segcore.errors import SettingsError

__all__ = ["gini", "lorenz_points", "pareto_curve", "top_share"]


def _clean_descending(values: Sequence[float] | np.ndarray) -> np.ndarray:
    raw = np.nan_to_num(np.asarray(values, dtype=np.float64), nan=0.0)
    clipped = np.clip(raw, 0.0, None)
    ordered = -np.sort(-clipped)
    if ordered.size and ordered[0] <= 0:
        ordered = np.ones_like(ordered)
    return ordered


def lorenz_points(descending: np.ndarray) -> np.ndarray:
    """Give the cumulative revenue share after 0, 1, … n customers (first 0, last exactly 1)."""
    if descending.size == 0:
        return np.array([0.0, 1.0])
    running = np.cumsum(descending)
    shares = np.concatenate(([0.0], running / running[-1]))
    shares[-1] = 1.0
    return shares


def _sample_indices(shares: np.ndarray, points: int) -> np.ndarray:
    n = shares.size - 1
    if n + 1 <= points:
        return np.arange(n + 1)
    by_customers = np.rint(np.linspace(0, n, points // 2)).astype(np.int64)
    levels = np.linspace(0.0, 1.0, points - points // 2)
    by_revenue = np.searchsorted(shares, levels, side="left")
    return np.unique(np.concatenate(([0, n], by_customers, by_revenue)))


def pareto_curve(values: Sequence[float] | np.ndarray, points: int = 1000) -> pd.DataFrame:
    """Give the Pareto curve as at most ``points`` rows of (customer_share, revenue_share).

    Rows run from (0, 0) to (1, 1) exactly, both columns non-decreasing. Long curves are
    thinned to half the points evenly spaced in customers and half evenly spaced in
    revenue, so both the steep head and the long tail keep their shape.
    """
    if points < 2:
        raise ValueError("a curve needs at least 2 points")
    descending = _clean_descending(values)
    shares = lorenz_points(descending)
    n = max(descending.size, 1)
    index = _sample_indices(shares, points)
    customer_share = index / n
    customer_share[-1] = 1.0
    return pd.DataFrame({"customer_share": customer_share, "revenue_share": shares[index]})


def gini(values: Sequence[float] | np.ndarray) -> float:
    """Give the Gini coefficient of revenue (0 ≤ g < 1; definition in the module docstring)."""
    descending = _clean_descending(values)
    n = descending.size
    if n == 0:
        return 0.0
    ascending = descending[::-1]
    weighted = float((np.arange(1, n + 1, dtype=np.float64) * ascending).sum())
    g = 2.0 * weighted / (n * ascending.sum()) - (n + 1) / n
    return float(min(max(g, 0.0), (n - 1) / n))


def top_share(values: Sequence[float] | np.ndarray, x: float) -> float:
    """Give the share of positive revenue brought by the top ⌊x·n⌋ customers (0 < x ≤ 1).

    Whole customers only: with 2,357 customers and x = 0.2 the top 471 count. With no
    customers the diagonal is read (x itself).
    """
    if not (math.isfinite(x) and 0 < x <= 1):
        raise SettingsError("classify.top_share_range", value=x)
    descending = _clean_descending(values)
    n = descending.size
    if n == 0:
        return float(x)
    k = math.floor(x * n + 1e-6)
    return float(lorenz_points(descending)[k])
