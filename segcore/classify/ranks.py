"""Orderings shared by the classifications: id order, percentile ranks, exact quantiles.

Quantiles are the linear-interpolation quantiles of numpy (its default method), computed
on the non-missing values; :func:`quantile_of_sorted` gives the same number in O(1) from
an already sorted array, so a cached sort and a fresh selection always agree.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

__all__ = [
    "id_order",
    "id_order_of_column",
    "id_position_or_none",
    "lerp",
    "order_statistics",
    "percentile_ranks",
    "quantile",
    "quantile_of_sorted",
]


def id_order(ids: Sequence[str] | np.ndarray | None, n: int) -> np.ndarray:
    """Give each row's position when rows are sorted by customer id (text) ascending.

    ``None`` means rows are already in id order. Equal ids keep their row order.
    """
    if ids is None:
        return np.arange(n, dtype=np.int64)
    text = np.asarray(ids)
    if text.dtype.kind != "U":
        text = text.astype(str)
    if len(text) != n:
        raise ValueError("ids and values must have the same length")
    if n < 2 or bool(np.all(text[1:] >= text[:-1])):
        return np.arange(n, dtype=np.int64)
    position = np.empty(n, dtype=np.int64)
    position[np.argsort(text, kind="stable")] = np.arange(n)
    return position


def id_order_of_column(ids: pd.Series) -> np.ndarray:
    """Give :func:`id_order` of a column of customer ids, without copying text ids already in order.

    The customer table comes sorted by id: text ids without missing values are checked in
    Arrow (byte order of UTF-8 is code-point order, numpy's order of text) and, when in
    order, never become Python or numpy strings. Anything else goes through :func:`id_order`.
    """
    position = id_position_or_none(ids)
    return np.arange(len(ids), dtype=np.int64) if position is None else position


def id_position_or_none(ids: pd.Series) -> np.ndarray | None:
    """Give :func:`id_order_of_column`, or None when the rows are already in id order (no array)."""
    n = len(ids)
    if n < 2:
        return None
    try:
        text = pa.chunked_array([pa.array(ids)])
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError):
        text = None
    textual = text is not None and (pa.types.is_string(text.type) or pa.types.is_large_string(text.type))
    if textual and text.null_count == 0:
        in_order = pc.all(pc.greater_equal(text.slice(1), text.slice(0, n - 1))).as_py()
        if in_order:
            return None
    position = id_order(ids.to_numpy(dtype=object).astype(str), n)
    return None if bool(np.all(position[1:] > position[:-1])) else position


def lerp(low: float, high: float, fraction: float) -> float:
    """Give the point ``fraction`` of the way from ``low`` to ``high`` (numpy's formula)."""
    if fraction >= 0.5:
        return high - (high - low) * (1 - fraction)
    return low + (high - low) * fraction


def _positions(p: float, m: int) -> tuple[int, int, float]:
    position = p * (m - 1)
    low = min(math.floor(position), m - 1)
    return low, min(low + 1, m - 1), position - low


def quantile(values: np.ndarray, p: float) -> float:
    """Give the quantile ``p`` (0..1) of the non-missing values in O(n) (NaN if none)."""
    finite = np.asarray(values)
    if np.isnan(finite).any():
        finite = finite[~np.isnan(finite)]
    if finite.size == 0:
        return math.nan
    low, high, fraction = _positions(p, finite.size)
    return lerp(*order_statistics(finite, low, high), fraction)


def order_statistics(
    values: np.ndarray, low: int, high: int, *, sample_from: int = 20_000
) -> tuple[float, float]:
    """Give the ``low``-th and ``high``-th smallest values (0-based, ``high`` ≥ ``low``).

    Exact. Large arrays are first bracketed with a sorted regular sample of 4,096 to 16,384
    values (margin of four standard errors); only the values inside the bracket are then
    selected, which costs about three passes instead of a full selection. If the bracket
    misses (possible only for adversarial data), a full selection is made.
    """
    if values.size >= max(sample_from, 2):
        found = _bracketed(values, low, high)
        if found is not None:
            return found
    part = np.partition(values, low)
    return float(part[low]), float(part[low + 1 :].min() if high > low else part[low])


def _sample_step(n: int) -> int:
    """Give the stride of the regular sample: 4,096 to 16,384 values."""
    return max(n // min(max(n // 64, 4_096), 16_384), 1)


def _bracketed(values: np.ndarray, low: int, high: int) -> tuple[float, float] | None:
    n = values.size
    sample = np.sort(values[:: _sample_step(n)])
    m = sample.size
    share_low, share_high = low / (n - 1), high / (n - 1)
    margin = 4 * math.sqrt(0.25 / m) + 2 / m
    first = sample[max(math.floor((share_low - margin) * (m - 1)), 0)]
    last = sample[min(math.ceil((share_high + margin) * (m - 1)), m - 1)]
    below = int(np.count_nonzero(values < first))
    inside = values[(values >= first) & (values <= last)]
    if not (below <= low and high < below + inside.size):
        return None
    part = np.partition(inside, [low - below, high - below])
    return float(part[low - below]), float(part[high - below])


def quantile_of_sorted(ascending: np.ndarray, p: float) -> float:
    """Give the quantile ``p`` of values already sorted ascending without NaN, in O(1)."""
    if ascending.size == 0:
        return math.nan
    low, high, fraction = _positions(p, ascending.size)
    return lerp(float(ascending[low]), float(ascending[high]), fraction)


def percentile_ranks(values: np.ndarray, *, higher_is_better: bool = True) -> np.ndarray:
    """Give each value's percentile rank in [0, 1] (float32): average ranks, ties share.

    The average rank r (1..n) becomes (r − 1) / (n − 1); a single customer gets 0.5.
    Missing values (NaN) rank lowest, tied among themselves. With
    ``higher_is_better=False`` the smallest value ranks highest.
    """
    raw = np.asarray(values, dtype=np.float64)
    n = raw.size
    if n == 0:
        return np.zeros(0, dtype=np.float32)
    if n == 1:
        return np.full(1, 0.5, dtype=np.float32)
    oriented = raw.copy() if higher_is_better else -raw
    oriented[np.isnan(oriented)] = -np.inf
    ranks = _average_ranks(oriented)
    del oriented
    ranks -= 1.0
    ranks /= n - 1
    return ranks.astype(np.float32)


def _average_ranks(values: np.ndarray) -> np.ndarray:
    """Give 1-based ranks with ties sharing their average rank (``rankdata(method="average")``)."""
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    del ordered
    ends = np.r_[starts[1:], values.size]
    average = (starts + ends + 1) / 2.0
    ranks = np.empty(values.size, dtype=np.float64)
    ranks[order] = np.repeat(average, ends - starts)
    return ranks
