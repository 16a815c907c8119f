"""ABC × XYZ matrix: customers and revenue in each of the 12 cells (A/B/C × X/Y/Z/N).

A cell code is ``abc * 4 + xyz`` on the int8 codes (A = 0 … C = 2; X = 0 … N = 3), so the
cell letters are ``CELL_LETTERS[code]`` ("AX", "AY", … "CN"). The summary always has all
12 rows in that order, empty cells with zeros, so charts keep a stable layout.

``revenue_share`` is the cell's revenue over the total revenue of all customers (net, so
customers with negative revenue lower it); it is NaN for every cell when that total is not
positive, because a share of nothing is undefined. ``avg_revenue`` is revenue per customer
of the cell (0 for an empty cell).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from segcore.classify.abc import ABC_LETTERS
from segcore.classify.xyz import XYZ_LETTERS

__all__ = ["CELL_LETTERS", "abc_xyz_summary", "cell_codes", "summary_from_totals"]

#: Cell letters indexed by the cell code ``abc * 4 + xyz``.
CELL_LETTERS = np.array([a + x for a in ABC_LETTERS for x in XYZ_LETTERS])

_ABC_COLUMN = np.repeat(ABC_LETTERS, len(XYZ_LETTERS))
_XYZ_COLUMN = np.tile(XYZ_LETTERS, len(ABC_LETTERS))


def _as_codes(classes: Sequence[str] | np.ndarray, letters: np.ndarray) -> np.ndarray:
    array = np.asarray(classes)
    if array.dtype.kind in "iu":
        if array.size and (array.min() < 0 or array.max() >= len(letters)):
            raise ValueError("class codes out of range")
        return array.astype(np.int8)
    text = array.astype(str)
    codes = np.full(text.shape, -1, dtype=np.int8)
    for code, letter in enumerate(letters):
        codes[text == letter] = code
    if np.any(codes < 0):
        unknown = sorted(set(text[codes < 0].tolist()))
        raise ValueError(f"unknown class labels: {unknown}")
    return codes


def cell_codes(abc: np.ndarray, xyz: np.ndarray) -> np.ndarray:
    """Give int8 cell codes ``abc * 4 + xyz`` from int8 ABC and XYZ codes."""
    cells = abc * np.int8(4)
    cells += xyz
    return cells


def summary_from_totals(customers: np.ndarray, revenue: np.ndarray) -> pd.DataFrame:
    """Give the 12-row summary frame from per-cell customer counts and revenue sums."""
    counts = customers.astype(np.int64)
    total = float(revenue.sum())
    share = revenue / total if total > 0 else np.full(revenue.shape, np.nan)
    average = np.divide(revenue, counts, out=np.zeros(revenue.shape), where=counts > 0)
    return pd.DataFrame(
        {
            "abc": _ABC_COLUMN,
            "xyz": _XYZ_COLUMN,
            "cell": CELL_LETTERS,
            "customers": counts,
            "revenue": revenue.astype(np.float64),
            "revenue_share": share,
            "avg_revenue": average,
        }
    )


def abc_xyz_summary(
    abc: Sequence[str] | np.ndarray,
    xyz: Sequence[str] | np.ndarray,
    revenue: Sequence[float] | np.ndarray,
) -> pd.DataFrame:
    """Give one row per ABC × XYZ cell (all 12) with customers, revenue and shares.

    ``abc`` and ``xyz`` are letters or int codes aligned with ``revenue``. Columns: abc,
    xyz, cell, customers, revenue, revenue_share, avg_revenue (see the module docstring).
    """
    cells = cell_codes(_as_codes(abc, ABC_LETTERS), _as_codes(xyz, XYZ_LETTERS))
    money = np.nan_to_num(np.asarray(revenue, dtype=np.float64))
    index = cells.astype(np.intp)
    size = len(CELL_LETTERS)
    counts = np.bincount(index, minlength=size)
    sums = np.bincount(index, weights=money, minlength=size)
    return summary_from_totals(counts, sums)
