"""The simple LTV of the field: revenue per period × expected relationship length.

``LTV = revenue per period × expected relationship length (periods) × margin factor``

Per customer (:func:`simple_ltv`, the ``revenue_per_period`` / ``ltv_simple`` columns of
the customer table):

- revenue per period: the customer's revenue divided by their *age* in periods (from the
  period of the first purchase to the period of the analysis date, both included), but
  by at least one year of periods (:data:`YEAR_PERIODS`; the whole window when the data
  cover less than a year). Dividing by the age, not by first-to-last purchase, is what
  keeps an old one-time buyer from looking like a customer who spends their whole total
  every period; the floor keeps a one-time buyer of last month from looking like one who
  will repeat that purchase every month;
- expected relationship length: by default the average relationship length (first to
  last purchase, both included) of all customers with a purchase (the "average duration
  of the relationship" of the sources), or a horizon the user sets;
- margin factor: 1 gives revenue LTV; the gross-margin ratio (e.g. 0.3) gives profit LTV.

Worked example (monthly periods, analysis date 2025-12-31, average relationship length 4
months): customer P bought once, for 1,200, in January 2023: age 36 months, 1,200 / 36 =
33.3 a month, LTV 133. Customer Q bought 100 every month of 2025: age 12 months, 1,200 /
12 = 100 a month, LTV 400. Customer R bought once, for 1,200, in December 2025: age 1
month, floored to 12, 100 a month, LTV 400: not above the steady buyer. Dividing by the
first-to-last purchase instead (one period for a one-time buyer) gives P and R 1,200 a
month, twelve times Q.

Per segment (:func:`segment_ltv`) the sources' own formula stands: the segment's average
revenue per period of relationship × the segment's average relationship length, a readout
of what a typical member brought while they were buying.

It is a rule of thumb, not a forecast: it ignores who has already left. The probabilistic
models in :mod:`segcore.ltv` give a per-customer forecast. A negative value (more returns
than purchases) is shown as zero: a customer is not expected to bring negative value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

__all__ = ["YEAR_PERIODS", "SimpleLtv", "customer_ltv", "segment_ltv", "simple_ltv"]

#: Periods in one year per grain of the customer table: the floor of a customer's age.
YEAR_PERIODS: dict[str, int] = {"W": 52, "M": 12, "Q": 4}


@dataclass(frozen=True)
class SimpleLtv:
    """Per-customer simple LTV and the relationship length it assumed."""

    revenue_per_period: np.ndarray
    lifetime_periods: float
    ltv: np.ndarray


def _mean_relationship(periods: np.ndarray) -> float:
    known = np.isfinite(periods) & (periods >= 1)
    return float(periods[known].mean()) if known.any() else 1.0


def _check(margin: float, lifetime_periods: float) -> None:
    if not margin >= 0 or not lifetime_periods > 0:
        raise ValueError("margin must be >= 0 and lifetime_periods > 0")


def simple_ltv(
    revenue: np.ndarray,
    relationship_periods: np.ndarray,
    *,
    age_periods: np.ndarray | None = None,
    floor_periods: float = YEAR_PERIODS["M"],
    margin: float = 1.0,
    lifetime_periods: float | None = None,
) -> SimpleLtv:
    """Give revenue per period and the simple LTV for each customer (see the module docstring).

    Revenue per period = revenue / max(``age_periods``, ``floor_periods``); the default
    floor is a year of months (pass 52 for weeks, 4 for quarters). Without ``age_periods``
    the relationship length stands in for the age: the floor still holds, but an old
    one-time buyer can no longer be told from a recent one, so pass the ages (the
    customer table's ``age_periods``). The expected relationship length defaults to the
    mean of ``relationship_periods`` (NaN for customers without a purchase, who are left
    out of it; their revenue per period is their non-positive revenue over the floor).
    """
    revenue = np.asarray(revenue, dtype=float)
    relationship = np.asarray(relationship_periods, dtype=float)
    ages = relationship if age_periods is None else np.asarray(age_periods, dtype=float)
    spread = np.fmax(np.where(np.isfinite(ages), ages, 1.0), max(float(floor_periods), 1.0))
    per_period = revenue / spread
    if lifetime_periods is None:
        lifetime_periods = _mean_relationship(relationship)
    _check(margin, lifetime_periods)
    ltv = np.maximum(per_period * lifetime_periods * margin, 0.0)
    return SimpleLtv(revenue_per_period=per_period, lifetime_periods=lifetime_periods, ltv=ltv)


def customer_ltv(
    customers: pd.DataFrame, *, margin: float = 1.0, lifetime_periods: float | None = None
) -> SimpleLtv:
    """Give the simple LTV of every row of a customer table, from its ``revenue_per_period``.

    With the defaults it equals the table's ``ltv_simple``; ``margin`` and
    ``lifetime_periods`` (a horizon in periods instead of the average relationship
    length) change it the same way as in :func:`simple_ltv`.
    """
    per_period = customers["revenue_per_period"].to_numpy(dtype=float, na_value=0.0)
    relationship = customers["relationship_periods"].to_numpy(dtype=float, na_value=np.nan)
    if lifetime_periods is None:
        lifetime_periods = _mean_relationship(relationship)
    _check(margin, lifetime_periods)
    ltv = np.maximum(per_period * lifetime_periods * margin, 0.0)
    return SimpleLtv(revenue_per_period=per_period, lifetime_periods=lifetime_periods, ltv=ltv)


def segment_ltv(
    customers: pd.DataFrame, segments: Sequence[str] | np.ndarray, *, margin: float = 1.0
) -> pd.DataFrame:
    """Give the sources' LTV per segment: mean revenue per relationship period × mean relationship.

    ``segments`` are codes aligned with the rows (e.g. ``Segmentation.cell``). Per segment:
    ``customers``, ``revenue_per_period`` (the mean over its customers with a purchase of
    revenue / relationship periods, first to last purchase), ``relationship_periods``
    (their mean) and ``ltv`` = the product × ``margin`` (not below zero); one row per
    segment, sorted by code.
    """
    if not margin >= 0:
        raise ValueError("margin must be >= 0")
    relationship = customers["relationship_periods"].to_numpy(dtype=float, na_value=np.nan)
    known = np.isfinite(relationship) & (relationship >= 1)
    frame = pd.DataFrame(
        {
            "segment": np.asarray(segments).astype(str),
            "rate": np.where(
                known, customers["revenue"].to_numpy(dtype=float, na_value=0.0) / relationship, np.nan
            ),
            "relationship": np.where(known, relationship, np.nan),
        }
    )
    grouped = frame.groupby("segment", sort=True)
    result = pd.DataFrame(
        {
            "customers": grouped.size(),
            "revenue_per_period": grouped["rate"].mean(),
            "relationship_periods": grouped["relationship"].mean(),
        }
    )
    result["ltv"] = np.maximum(result["revenue_per_period"] * result["relationship_periods"] * margin, 0.0)
    return result.reset_index()
