"""ABC analysis: which customers bring the first 80 %, the next 15 % and the rest of value.

Customers are sorted by a value (revenue, margin, orders or LTV) from the largest down; ties
are broken by customer id ascending, so the same data always give the same classes. The
cumulative share of the value (``value`` mode) or of the number of customers (``rank`` mode)
is compared with two cuts ``a < b``.

The boundary rule decides who gets the customer whose inclusion crosses a cut:

- ``crossing_up`` (default): that customer stays in the upper class. A if the cumulative
  share *before* the customer is below ``a``, B if it is below ``b``, else C. The top
  customer is always A, even when they alone bring more than ``a``.
- ``within``: a customer is in the upper class only when the cumulative share *including*
  them is still within the cut: A if share ≤ ``a``, B if ≤ ``b``, else C. A single customer
  bringing more than ``a`` on their own is then not A, and A may be empty.

Shares within 1e-9 of a cut count as exactly on it (floating-point sums are not exact).

Customers whose value is not positive (zero, negative, missing) are always C and flagged
``nonpositive``; value shares are shares of the *positive* total, and rank shares are shares
of all customers. When no customer has a positive value, everyone is C and flagged.

For the slider: :class:`AbcRanking` sorts once per customer table and basis (and keeps each
row's position in that order); :meth:`AbcRanking.classify` finds the two boundaries with a
binary search on the cumulative shares (O(log n)), so the classes are the slices
``[0, k1)``, ``[k1, k2)``, ``[k2, n)`` of the sorted order, written to the rows with two
comparisons of their positions; class counts and sums come from cumulative arrays in O(1).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from segcore.classify.ranks import id_order, quantile_of_sorted
from segcore.settings import AbcMode, AbcRule, AbcThresholds

__all__ = [
    "ABC_LETTERS",
    "AbcRanking",
    "AbcResult",
    "abc_classes",
]

#: Class letters indexed by the int8 class code (0 = A, 1 = B, 2 = C).
ABC_LETTERS = np.array(["A", "B", "C"])

_EPS = 1e-9


@dataclass(frozen=True)
class AbcResult:
    """ABC classes aligned with the input rows, with per-class counts and value sums.

    ``codes``: int8 (0 = A, 1 = B, 2 = C); ``classes``: the letters (built on first use);
    ``nonpositive``: True where the value is zero, negative or missing (always C);
    ``counts`` / ``sums``: customers and value per class (A, B, C), the sums over all
    customers of the class (negative values included); ``boundaries``: the number of
    customers in A and in A + B in the sorted order.
    """

    codes: np.ndarray
    nonpositive: np.ndarray
    counts: np.ndarray
    sums: np.ndarray
    boundaries: tuple[int, int]

    @cached_property
    def classes(self) -> np.ndarray:
        """Give the class letters ("A", "B", "C") aligned with the input rows."""
        return ABC_LETTERS[self.codes]


class AbcRanking:
    """The pre-sorted order of customers by one value, built once, classified per move.

    ``id_position`` (from :func:`segcore.classify.ranks.id_order`) may replace ``ids`` when several
    rankings share one table. Attributes: ``values`` (as given), ``order`` (row indices,
    largest value first, ties by id, non-positive last), ``rank`` (each row's position in
    that order), ``sorted_values``, ``positive`` (number of customers with a positive
    value), ``share_after`` / ``share_before`` (cumulative share of the positive total
    including / excluding each positive customer, in sorted order), ``cumulative``
    (running sum of all values in sorted order, from 0).
    """

    def __init__(
        self,
        values: Sequence[float] | np.ndarray,
        ids: Sequence[str] | np.ndarray | None = None,
        *,
        id_position: np.ndarray | None = None,
    ) -> None:
        raw = np.asarray(values, dtype=np.float64)
        n = raw.size
        if id_position is None and ids is not None:
            id_position = id_order(ids, n)
        self.values = raw
        self.order = _sorted_order(raw, id_position)
        self.rank: np.ndarray = np.empty(n, dtype=self.order.dtype)
        self.rank[self.order] = np.arange(n, dtype=self.order.dtype)
        self.sorted_values = raw[self.order]
        self.n = n
        self.positive = int(np.count_nonzero(raw > 0))
        self.finite = int(np.count_nonzero(~np.isnan(raw)))
        self.cumulative = np.zeros(n + 1)
        np.cumsum(np.nan_to_num(self.sorted_values, nan=0.0), out=self.cumulative[1:])
        shares = np.zeros(self.positive + 1)
        np.cumsum(self.sorted_values[: self.positive], out=shares[1:])
        if self.positive:
            shares[1:] /= shares[-1]
        self.share_after = shares[1:]
        self.share_before = shares[:-1]
        self.nonpositive = ~(raw > 0)

    def boundaries(
        self, cuts: tuple[float, float], mode: AbcMode = "value", rule: AbcRule = "crossing_up"
    ) -> tuple[int, int]:
        """Give how many customers (in sorted order) are A, and A + B, in O(log n)."""
        return self._count(cuts[0], mode, rule), self._count(cuts[1], mode, rule)

    def _count(self, cut: float, mode: AbcMode, rule: AbcRule) -> int:
        if mode == "rank":
            exact = cut * self.n
            if rule == "within":
                count = math.floor(exact + _EPS * self.n)
            else:
                count = math.ceil(exact - _EPS * self.n)
        elif rule == "within":
            count = int(np.searchsorted(self.share_after, cut + _EPS, side="right"))
        else:
            count = int(np.searchsorted(self.share_before, cut - _EPS, side="left"))
        return min(max(count, 0), self.positive)

    def classify(
        self,
        cuts: tuple[float, float] = (0.80, 0.95),
        mode: AbcMode = "value",
        rule: AbcRule = "crossing_up",
    ) -> AbcResult:
        """Give the ABC classes for these cuts, mode and rule (see the module docstring)."""
        AbcThresholds(a=cuts[0], b=cuts[1], mode=mode, rule=rule)
        k1, k2 = self.boundaries(cuts, mode, rule)
        return AbcResult(
            codes=self.codes(k1, k2),
            nonpositive=self.nonpositive,
            counts=np.array([k1, k2 - k1, self.n - k2], dtype=np.int64),
            sums=self.sums(k1, k2),
            boundaries=(k1, k2),
        )

    def codes(self, k1: int, k2: int, rows: slice | None = None) -> np.ndarray:
        """Give int8 class codes aligned with the input rows (or ``rows`` of them) for ``k1 <= k2``."""
        rank = self.rank if rows is None else self.rank[rows]
        codes = (rank >= k1).view(np.int8)
        codes += (rank >= k2).view(np.int8)
        return codes

    def sums(self, k1: int, k2: int) -> np.ndarray:
        """Give the value summed over A, B and C (missing values count as 0) in O(1)."""
        c = self.cumulative
        return np.array([c[k1], c[k2] - c[k1], c[self.n] - c[k2]])

    def point(self, k: int) -> tuple[float, float]:
        """Give (customer share, share of the positive total) of the top ``k`` customers."""
        if self.n == 0:
            return (0.0, 0.0)
        share = float(self.share_after[k - 1]) if k > 0 else 0.0
        return (k / self.n, share)

    def quantile(self, p: float) -> float:
        """Give the linear-interpolation quantile ``p`` of the non-missing values in O(1)."""
        return quantile_of_sorted(self.ascending_finite, p)

    @cached_property
    def ascending_finite(self) -> np.ndarray:
        """Give the non-missing values sorted ascending (a reversed view, no copy)."""
        return self.sorted_values[: self.finite][::-1]


def _sorted_order(raw: np.ndarray, id_position: np.ndarray | None) -> np.ndarray:
    """Give the row indices by value descending, missing last, ties by id position (row order if None).

    Indices are int32 below 2**31 rows. Without id positions the rows are taken to be in id
    order, so a stable sort on the value alone gives the same order as sorting by both.
    """
    key = np.negative(raw)
    key[np.isnan(key)] = np.inf
    order = np.argsort(key, kind="stable") if id_position is None else np.lexsort((id_position, key))
    del key
    return order.astype(np.int32) if raw.size < 2**31 else order


def abc_classes(
    values: Sequence[float] | np.ndarray,
    cuts: tuple[float, float] = (0.80, 0.95),
    *,
    mode: AbcMode = "value",
    rule: AbcRule = "crossing_up",
    ids: Sequence[str] | np.ndarray | None = None,
) -> AbcResult:
    """Give the ABC class of every customer (rows aligned with ``values``).

    ``ids`` (customer ids as text) break ties between equal values, ascending; without
    them ties keep row order. Rules, modes and non-positive values: see the module
    docstring. Invalid cuts raise :class:`~segcore.errors.SettingsError`.
    """
    AbcThresholds(a=cuts[0], b=cuts[1], mode=mode, rule=rule)
    return AbcRanking(values, ids).classify(cuts, mode, rule)
