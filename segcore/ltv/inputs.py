"""Checks of the per-customer summary arrays the models take (frequency, recency, T)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from segcore.errors import InputError

__all__ = ["summary_arrays"]


def summary_arrays(
    frequency: npt.ArrayLike, recency: npt.ArrayLike, T: npt.ArrayLike, weights: npt.ArrayLike | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Give frequency, recency, T (and weights) as float arrays after checking them.

    Raises ``InputError("ltv.bad_summary_<problem>")`` when the three do not describe repeat buying:
    a frequency that is not a whole number ≥ 0, a recency outside [0, T], a recency above
    zero without repeat purchases, a missing value, or arrays of different lengths.
    """
    x = np.atleast_1d(np.asarray(frequency, dtype=float))
    tx = np.atleast_1d(np.asarray(recency, dtype=float))
    age = np.atleast_1d(np.asarray(T, dtype=float))
    problem = None
    if not (x.shape == tx.shape == age.shape) or x.ndim != 1:
        problem = "lengths"
    elif not (np.all(np.isfinite(x)) and np.all(np.isfinite(tx)) and np.all(np.isfinite(age))):
        problem = "missing"
    elif np.any(x < 0) or np.any(x != np.round(x)):
        problem = "frequency"
    elif np.any(tx < 0) or np.any(tx > age + 1e-9):
        problem = "recency"
    elif np.any((x == 0) & (tx > 0)):
        problem = "recency_without_repeat"
    w = np.ones(len(x)) if weights is None else np.asarray(weights, dtype=float)
    if problem is None and (w.shape != x.shape or np.any(~np.isfinite(w)) or np.any(w < 0)):
        problem = "weights"
    if problem is not None:
        raise InputError(f"ltv.bad_summary_{problem}")
    return x, tx, age, w
