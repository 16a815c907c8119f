"""Loyalty × profitability: four quadrants of customers (I, II, III, IV).

Loyalty score: the weighted mean of percentile ranks (average ranks scaled to [0, 1], ties
share their rank; see :func:`segcore.classify.ranks.percentile_ranks`) of

- frequency: ``orders`` (more = more loyal);
- tenure: ``tenure_days``, first to last purchase (longer = more loyal);
- recency: ``recency_days`` (fewer days since the last purchase = more loyal);
- regularity: ``cv`` (lower = more loyal); customers whose CV is undefined (NaN, infinite,
  negative) or, when ``min_periods`` is given, who have fewer periods of history than that,
  get the lowest regularity rank, so a one-month-old customer does not look "perfectly
  regular";
- any attribute column of the customer table given a weight (yes/no or numbers; more =
  more loyal, except for the columns named lower-is-better, such as days of payment
  delay, whose rank is reversed; missing values rank lowest either way).

Weights are normalised to sum to 1, so the score lies in [0, 1]. Ranks are computed once
per table (:class:`LoyaltyComponents`); a weight change is a few vector operations.

Quadrants, with "high" meaning strictly above the split value (customers exactly at the
split value are low; with a percentile split, ties at the percentile all go low):

- I: low loyalty, low profit (the entry flow);
- II: high loyalty, low profit (the reserve of future stars);
- III: high loyalty, high profit (the core);
- IV: low loyalty, high profit (rich but indifferent).

A percentile split is the linear-interpolation quantile of the values (missing values
left out); profit that is missing is low.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence

import numpy as np
import pandas as pd

from segcore.classify.ranks import percentile_ranks, quantile
from segcore.errors import SettingsError
from segcore.settings import LOWER_IS_BETTER, LOYALTY_COMPONENTS, ProfitSplitKind, QuadrantSettings

__all__ = [
    "COMPONENT_COLUMNS",
    "QUADRANT_LETTERS",
    "LoyaltyComponents",
    "codes_from_splits",
    "loyalty_score",
    "normalise_weights",
    "quadrant_classes",
    "quadrant_codes",
    "quadrant_summary",
    "quadrant_summary_from_totals",
]

#: Quadrant labels indexed by the int8 code (0 = I … 3 = IV).
QUADRANT_LETTERS = np.array(["I", "II", "III", "IV"])

#: The customer-table column behind each loyalty component.
COMPONENT_COLUMNS = {
    "frequency": "orders",
    "tenure": "tenure_days",
    "recency": "recency_days",
    "regularity": "cv",
}


def normalise_weights(weights: Mapping[str, float]) -> dict[str, float]:
    """Give the positive weights divided by their sum; bad weights raise SettingsError."""
    for name, weight in weights.items():
        if not (isinstance(weight, int | float) and math.isfinite(weight) and weight >= 0):
            raise SettingsError("classify.weight_negative", name=name, value=weight)
    total = float(sum(weights.values()))
    if total <= 0:
        raise SettingsError("classify.weights_zero")
    return {name: float(w) / total for name, w in weights.items() if w > 0}


def _attribute_values(column: pd.Series, name: str) -> np.ndarray:
    if not (pd.api.types.is_bool_dtype(column) or pd.api.types.is_numeric_dtype(column)):
        try:
            column = column.astype("Float64")
        except (TypeError, ValueError):
            raise SettingsError("classify.attribute_not_numeric", name=name) from None
    return column.astype("Float64").to_numpy(dtype=np.float64, na_value=np.nan)


class LoyaltyComponents:
    """Percentile ranks of every loyalty component of one customer table, computed once."""

    def __init__(self, customers: pd.DataFrame) -> None:
        needed = [*COMPONENT_COLUMNS.values(), "history_periods"]
        missing = [c for c in needed if c not in customers.columns]
        if missing:
            raise ValueError(f"customer table lacks columns {missing}")
        self.customers = customers
        self.n = len(customers)
        self._ranks: dict[tuple[str, int | None, bool], np.ndarray] = {}

    def _column(self, name: str) -> np.ndarray:
        return self.customers[name].to_numpy(dtype=np.float64, na_value=np.nan)

    def _compute(self, name: str, min_periods: int | None, lower_is_better: bool) -> np.ndarray:
        if name == "regularity":
            cv = self._column("cv")
            usable = np.isfinite(cv) & (cv >= 0)
            if min_periods is not None:
                usable &= self._column("history_periods") >= min_periods
            return percentile_ranks(np.where(usable, cv, np.nan), higher_is_better=False)
        if name in COMPONENT_COLUMNS:
            values = self._column(COMPONENT_COLUMNS[name])
            return percentile_ranks(values, higher_is_better=name != "recency")
        if name not in self.customers.columns:
            raise SettingsError("classify.unknown_attribute", name=name)
        values = _attribute_values(self.customers[name], name)
        return percentile_ranks(values, higher_is_better=not lower_is_better)

    def rank(self, name: str, min_periods: int | None = None, *, lower_is_better: bool = False) -> np.ndarray:
        """Give the percentile ranks (float32) of a component or attribute column.

        ``lower_is_better`` reverses an attribute's ranks; the four components keep their
        own direction.
        """
        reverse = lower_is_better and name not in COMPONENT_COLUMNS
        key = (name, min_periods if name == "regularity" else None, reverse)
        if key not in self._ranks:
            self._ranks[key] = self._compute(name, min_periods, reverse)
        return self._ranks[key]

    def score(
        self,
        weights: Mapping[str, float],
        min_periods: int | None = None,
        *,
        lower_is_better: Collection[str] = (),
    ) -> np.ndarray:
        """Give the loyalty score (float32, 0..1) for these weights; see the module docstring."""
        normalised = normalise_weights(weights)
        reversed_names = set(lower_is_better)
        score = np.zeros(self.n, dtype=np.float32)
        for name, weight in sorted(normalised.items()):
            rank = self.rank(name, min_periods, lower_is_better=name in reversed_names)
            score += rank * np.float32(weight)
        return score


def loyalty_score(
    customers: pd.DataFrame,
    weights: Mapping[str, float],
    *,
    min_periods: int | None = None,
    lower_is_better: Collection[str] = LOWER_IS_BETTER,
) -> np.ndarray:
    """Give each customer's loyalty score in [0, 1] (float32, rows aligned with ``customers``).

    ``weights`` maps component names (``frequency``, ``tenure``, ``recency``,
    ``regularity``) and attribute column names to weights ≥ 0; the attributes named in
    ``lower_is_better`` rank in reverse. See the module docstring.
    """
    unknown = [k for k in weights if k not in LOYALTY_COMPONENTS and k not in customers]
    if unknown:
        raise SettingsError("classify.unknown_attribute", name=unknown[0])
    return LoyaltyComponents(customers).score(weights, min_periods, lower_is_better=lower_is_better)


def _float32_floor(value: float) -> np.float32:
    """Give the largest float32 ≤ value, so ``score32 > it`` equals ``score > value``."""
    rounded = np.float32(value)
    if float(rounded) > value:
        rounded = np.nextafter(rounded, np.float32(-np.inf))
    return rounded


def codes_from_splits(
    loyalty: np.ndarray, profit: np.ndarray, loyalty_value: float, profit_value: float
) -> np.ndarray:
    """Give int8 quadrant codes from split values (high = strictly above)."""
    threshold = _float32_floor(loyalty_value) if loyalty.dtype == np.float32 else loyalty_value
    high_loyalty = (loyalty > threshold).view(np.int8)
    codes = (profit > profit_value).view(np.int8) * np.int8(3)
    codes ^= high_loyalty
    return codes


def quadrant_codes(
    loyalty: Sequence[float] | np.ndarray,
    profit: Sequence[float] | np.ndarray,
    *,
    loyalty_split: float = 0.5,
    profit_split: float = 0.5,
    profit_split_kind: ProfitSplitKind = "percentile",
) -> np.ndarray:
    """Give int8 quadrant codes (0 = I, 1 = II, 2 = III, 3 = IV) aligned with the rows."""
    QuadrantSettings(
        loyalty_split=loyalty_split,
        profit_split=profit_split,
        profit_split_kind=profit_split_kind,
    )
    score = np.asarray(loyalty)
    if score.dtype != np.float32:
        score = score.astype(np.float64)
    money = np.asarray(profit, dtype=np.float64)
    loyalty_value = quantile(score, loyalty_split)
    profit_value = quantile(money, profit_split) if profit_split_kind == "percentile" else (profit_split)
    return codes_from_splits(score, money, loyalty_value, profit_value)


def quadrant_classes(
    loyalty: Sequence[float] | np.ndarray,
    profit: Sequence[float] | np.ndarray,
    *,
    loyalty_split: float = 0.5,
    profit_split: float = 0.5,
    profit_split_kind: ProfitSplitKind = "percentile",
) -> np.ndarray:
    """Give the quadrant of every customer ("I", "II", "III", "IV"), rows aligned.

    ``loyalty_split`` is a percentile of ``loyalty``; ``profit_split`` a percentile of
    ``profit`` or, with ``profit_split_kind="value"``, an amount. High = strictly above the
    split value; see the module docstring for ties.
    """
    codes = quadrant_codes(
        loyalty,
        profit,
        loyalty_split=loyalty_split,
        profit_split=profit_split,
        profit_split_kind=profit_split_kind,
    )
    return QUADRANT_LETTERS[codes]


def quadrant_summary_from_totals(customers: np.ndarray, revenue: np.ndarray) -> pd.DataFrame:
    """Give the 4-row quadrant frame from per-quadrant counts and revenue sums."""
    counts = customers.astype(np.int64)
    people = counts.sum()
    total = float(revenue.sum())
    return pd.DataFrame(
        {
            "quadrant": QUADRANT_LETTERS,
            "customers": counts,
            "customer_share": counts / people if people else np.zeros(4),
            "revenue": revenue.astype(np.float64),
            "revenue_share": revenue / total if total > 0 else np.full(4, np.nan),
            "avg_revenue": np.divide(revenue, counts, out=np.zeros(4), where=counts > 0),
        }
    )


def quadrant_summary(
    quadrants: Sequence[str] | np.ndarray, revenue: Sequence[float] | np.ndarray
) -> pd.DataFrame:
    """Give customers, revenue and shares per quadrant, all four rows (I … IV) present.

    ``quadrants`` are labels or int codes. ``revenue_share`` is of the total net revenue
    (NaN when that total is not positive); missing revenue counts as 0.
    """
    array = np.asarray(quadrants)
    if array.dtype.kind not in "iu":
        lookup = {label: code for code, label in enumerate(QUADRANT_LETTERS)}
        array = np.array([lookup[str(q)] for q in array], dtype=np.intp)
    index = array.astype(np.intp)
    money = np.nan_to_num(np.asarray(revenue, dtype=np.float64))
    counts = np.bincount(index, minlength=4)
    sums = np.bincount(index, weights=money, minlength=4)
    return quadrant_summary_from_totals(counts, sums)
