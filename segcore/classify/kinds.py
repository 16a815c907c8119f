"""Segment kinds: the four ways customers are split, their codes, and per-segment means.

A *kind* names one classification of a :class:`~segcore.classify.segmentation.Segmentation`:
``abc`` (A, B, C), ``xyz`` (X, Y, Z and N for too short a history), ``abc_xyz`` (the twelve
cells AX … CN) and ``quadrant`` (I … IV of loyalty × profitability). The codes of a kind
are listed in display order (:data:`KIND_LETTERS`), which is also the order of their
colours in the charts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal

import numpy as np
import pandas as pd

from segcore.classify.abc import ABC_LETTERS
from segcore.classify.matrix import CELL_LETTERS
from segcore.classify.quadrants import QUADRANT_LETTERS
from segcore.classify.segmentation import Segmentation
from segcore.classify.xyz import XYZ_LETTERS

__all__ = ["KIND_LETTERS", "SegmentKind", "kind_of_codes", "mean_by_code", "segment_codes"]

SegmentKind = Literal["abc", "xyz", "abc_xyz", "quadrant"]

#: The codes of each segment kind, in display order.
KIND_LETTERS: dict[str, tuple[str, ...]] = {
    kind: tuple(str(code) for code in letters)
    for kind, letters in (
        ("abc", ABC_LETTERS),
        ("xyz", XYZ_LETTERS),
        ("abc_xyz", CELL_LETTERS),
        ("quadrant", QUADRANT_LETTERS),
    )
}

_FIELDS = {"abc": "abc", "xyz": "xyz", "abc_xyz": "cell", "quadrant": "quadrant"}
#: The order in which :func:`kind_of_codes` tries the kinds: "A" alone reads as ABC, not as a cell.
_GUESS_ORDER = ("abc", "abc_xyz", "quadrant", "xyz")


def segment_codes(customer_ids: Sequence[object], segmentation: Segmentation, kind: str) -> pd.Series:
    """Give each customer's code of ``kind``, indexed by customer id (as text).

    ``customer_ids`` are the ids of the customer table the segmentation was computed on, in
    its row order. Raises KeyError for an unknown kind.
    """
    codes = np.asarray(getattr(segmentation, _FIELDS[kind]))
    ids = pd.Series(customer_ids).astype(str).to_numpy()
    return pd.Series(codes, index=ids, dtype="string")


def kind_of_codes(codes: Iterable[object], default: str = "abc") -> str:
    """Give the segment kind whose codes include every one of ``codes``.

    The kinds are tried in the order abc, abc_xyz, quadrant, xyz; no codes at all read as
    abc. Gives ``default`` when no kind has them all (codes of two kinds mixed, a typo).
    """
    wanted = {str(code) for code in codes}
    for kind in _GUESS_ORDER:
        if wanted <= set(KIND_LETTERS[kind]):
            return kind
    return default


def mean_by_code(codes: np.ndarray, values: np.ndarray, letters: Sequence[str] | np.ndarray) -> pd.DataFrame:
    """Give the customers and the mean of ``values`` per segment code (empty segments left out).

    ``codes`` are integer positions into ``letters`` (as in ``Segmentation.cell_codes``);
    a missing value (NaN) counts as 0 in the mean, so the mean is over every customer of
    the segment. Columns: ``segment``, ``customers``, ``mean``.
    """
    index = np.asarray(codes, dtype=np.intp)
    counts = np.bincount(index, minlength=len(letters))
    sums = np.bincount(index, weights=np.nan_to_num(np.asarray(values, dtype=float)), minlength=len(letters))
    keep = counts > 0
    return pd.DataFrame(
        {"segment": np.asarray(letters)[keep], "customers": counts[keep], "mean": sums[keep] / counts[keep]}
    )
