"""Findings about how customers buy: in one season, faster and faster, or sending goods back.

- ``seasonal``: customers the customer table marks ``seasonal`` (two or more orders, in two
  or more years, at least 80 % of purchases in one two-month window of the year; see
  :mod:`segcore.customers`), with their share of revenue and the most common window;
- ``rising``: customers outside ABC class A whose revenue in the last 12 months reached
  the class-A level of those 12 months alone (the revenue of the customer who crosses the
  scenario's A cut-off when customers are ranked by last-12-month revenue) and is at least
  :data:`RISING_GROWTH` times their revenue in the 12 months before; at least two orders.
  New customers (first purchase within the last 12 months) count: today's small or new
  buyer may be tomorrow's key client;
- ``returns``: customers whose returned lines are far above the base rate. A value share
  would flag anyone who returned one expensive item, so the test counts lines: at least
  :data:`RETURNS_MIN_LINES` returned lines, and the lower bound of the 99.9 % Wilson
  interval of the customer's returned-line rate above :data:`RETURNS_FACTOR` × the rate
  of all customers. The sentence quotes value shares (returns / purchases).
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from segcore.customers import SEASON_MIN_SHARE, SEASON_MIN_YEARS
from segcore.insight.finding import Finding, Severity
from segcore.insight.inputs import InsightInputs

__all__ = [
    "RETURNS_FACTOR",
    "RETURNS_MIN_LINES",
    "RETURNS_Z",
    "RISING_GROWTH",
    "RISING_MONTHS",
    "class_a_level",
    "returns_findings",
    "rising_findings",
    "seasonal_findings",
    "wilson_lower",
]

RISING_GROWTH = 2.0
RISING_MONTHS = 12
RETURNS_MIN_LINES = 3
RETURNS_FACTOR = 3.0
RETURNS_Z = 3.29


def _largest_first(ids: np.ndarray, values: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Give ``rows`` ordered by value, largest first, ties by customer id."""
    return rows[np.lexsort((ids[rows], -np.nan_to_num(values[rows], nan=-np.inf)))]


def seasonal_findings(inputs: InsightInputs) -> list[Finding]:
    """Give the seasonal finding (none when no customer is seasonal)."""
    customers = inputs.customers
    if "seasonal" not in customers:
        return []
    rows = np.flatnonzero(customers["seasonal"].to_numpy(dtype=bool, na_value=False))
    if not len(rows):
        return []
    revenue = np.nan_to_num(inputs.column("revenue"))
    total = revenue.sum()
    months = inputs.column("season_month")[rows].astype(np.int64)
    figures = {
        "customers": len(rows),
        "min_share": SEASON_MIN_SHARE,
        "min_years": SEASON_MIN_YEARS,
        "season_month": int(np.bincount(months, minlength=13).argmax()),
        "revenue_share": float(revenue[rows].sum() / total) if total > 0 else 0.0,
    }
    ids = inputs.ids[_largest_first(inputs.ids, revenue, rows)]
    return [Finding("seasonal", Severity.INFO, tuple(ids), figures)]


def class_a_level(values: np.ndarray, cut: float) -> float:
    """Give the value of the customer whose inclusion crosses ``cut`` of the positive total."""
    positive = np.sort(np.clip(np.nan_to_num(values), 0.0, None))[::-1]
    total = positive.sum()
    if total <= 0:
        return math.inf
    k = int(np.searchsorted(np.cumsum(positive) / total, cut - 1e-12))
    return float(positive[min(k, len(positive) - 1)])


def rising_findings(inputs: InsightInputs) -> list[Finding]:
    """Give the rising finding (none without the 12-month columns or rising customers)."""
    customers = inputs.customers
    if "revenue_last_12m" not in customers or "revenue_prev_12m" not in customers:
        return []
    last, prev = inputs.column("revenue_last_12m", 0.0), inputs.column("revenue_prev_12m", 0.0)
    level = class_a_level(last, inputs.scenario.abc.a)
    orders = inputs.column("orders", 0.0)
    outside_a = inputs.segmentation.abc != "A"
    rising = outside_a & (orders >= 2) & (last > 0) & (last >= level) & (last >= RISING_GROWTH * prev)
    rows = _largest_first(inputs.ids, last, np.flatnonzero(rising))
    if not len(rows):
        return []
    year_ago = inputs.as_of - pd.DateOffset(years=1)
    new = int((pd.to_datetime(customers["first_purchase"]).iloc[rows] > year_ago).sum())
    figures = {
        "customers": len(rows),
        "new": new,
        "level": level,
        "months": RISING_MONTHS,
        "top_last": last[rows[0]],
        "top_prev": prev[rows[0]],
    }
    variant = "" if new else "existing"
    return [Finding("rising", Severity.MEDIUM, tuple(inputs.ids[rows]), figures, variant)]


def wilson_lower(hits: np.ndarray, trials: np.ndarray, z: float = RETURNS_Z) -> np.ndarray:
    """Give the lower bound of the Wilson score interval of ``hits / trials`` (NaN without trials)."""
    n = np.asarray(trials, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        p = np.clip(np.asarray(hits, dtype=np.float64) / n, 0.0, 1.0)
        centre = p + z * z / (2 * n)
        spread = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
        return np.where(n > 0, (centre - spread) / (1 + z * z / n), np.nan)


def returns_findings(inputs: InsightInputs) -> list[Finding]:
    """Give the returns finding (none without returned lines or customers far above the base)."""
    if "returned_lines" not in inputs.customers:
        return []
    returned, lines = inputs.column("returned_lines", 0.0), inputs.column("lines", 0.0)
    if lines.sum() <= 0 or returned.sum() <= 0:
        return []
    base_lines = returned.sum() / lines.sum()
    flagged = (returned >= RETURNS_MIN_LINES) & (wilson_lower(returned, lines) > RETURNS_FACTOR * base_lines)
    returns, purchases = inputs.column("returns", 0.0), inputs.column("purchases", 0.0)
    rows = _largest_first(inputs.ids, returns, np.flatnonzero(flagged))
    if not len(rows) or purchases[rows].sum() <= 0:
        return []
    figures = {
        "customers": len(rows),
        "rate": returns[rows].sum() / purchases[rows].sum(),
        "base_rate": returns.sum() / purchases.sum(),
        "top_returns": returns[rows[0]],
    }
    return [Finding("returns", Severity.MEDIUM, tuple(inputs.ids[rows]), figures)]
