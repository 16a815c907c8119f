"""XYZ analysis: how steadily each customer buys, from the coefficient of variation.

The CV comes from the customer table (:mod:`segcore.customers`): for each customer, revenue
is summed per period (week, month or quarter); the CV is the *population* standard
deviation of those per-period sums divided by their mean. Which periods count is set by
``AggregationSettings.cv_mode``: ``active`` = every complete period from the customer's
first purchase period to the end of the window, periods without purchases counted as 0;
``all`` = every complete period of the window, zero-filled. ``history_periods`` is the
number of periods counted. The CV is undefined (NaN) when the mean is not positive.

Classes, with cuts ``x < y``:

- X: CV ≤ x (steady), Y: x < CV ≤ y (fluctuating), Z: CV > y (irregular); a CV within
  1e-9 of a cut counts as on it. Many customers share one CV exactly in theory (every
  one-purchase customer with n periods has CV = sqrt(n − 1)), and floating-point sums put
  them a hair either side of a cut placed there;
- N: fewer than ``min_periods`` periods of history, or the CV is undefined (NaN, infinite
  or negative, i.e. a non-positive mean). Such customers are never silently put in Z:
  there is not enough evidence to call them irregular.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from segcore.classify.ranks import quantile
from segcore.errors import SettingsError
from segcore.settings import XyzThresholds

__all__ = [
    "XYZ_LETTERS",
    "XyzSuggestion",
    "codes_from_effective",
    "effective_cv",
    "suggest_xyz_cuts",
    "xyz_classes",
    "xyz_codes",
]

#: Class letters indexed by the int8 class code (0 = X, 1 = Y, 2 = Z, 3 = N).
XYZ_LETTERS = np.array(["X", "Y", "Z", "N"])

_UNDEFINED = np.inf
_EPS = 1e-9


def effective_cv(
    cv: Sequence[float] | np.ndarray,
    history_periods: Sequence[int] | np.ndarray,
    min_periods: int = 6,
) -> np.ndarray:
    """Give the CV where it is usable for XYZ and +inf where the customer is N.

    Usable: at least ``min_periods`` periods of history and a finite CV ≥ 0.
    """
    values = np.asarray(cv, dtype=np.float64)
    periods = np.asarray(history_periods, dtype=np.float64)
    usable = (periods >= min_periods) & np.isfinite(values) & (values >= 0)
    return np.where(usable, values, _UNDEFINED)


def codes_from_effective(effective: np.ndarray, x: float, y: float) -> np.ndarray:
    """Give int8 XYZ codes from :func:`effective_cv` output: three comparisons, no copies."""
    codes = (effective > x + _EPS).view(np.int8)
    codes += (effective > y + _EPS).view(np.int8)
    codes += (effective == _UNDEFINED).view(np.int8)
    return codes


def xyz_codes(
    cv: Sequence[float] | np.ndarray,
    history_periods: Sequence[int] | np.ndarray,
    cuts: tuple[float, float] = (1.0, 2.0),
    min_periods: int = 6,
) -> np.ndarray:
    """Give int8 XYZ codes (0 = X, 1 = Y, 2 = Z, 3 = N) aligned with the rows."""
    XyzThresholds(x=cuts[0], y=cuts[1], min_periods=min_periods)
    return codes_from_effective(effective_cv(cv, history_periods, min_periods), *cuts)


def xyz_classes(
    cv: Sequence[float] | np.ndarray,
    history_periods: Sequence[int] | np.ndarray,
    cuts: tuple[float, float] = (1.0, 2.0),
    min_periods: int = 6,
) -> np.ndarray:
    """Give the XYZ class letters ("X", "Y", "Z", "N") aligned with the rows.

    Boundaries and N: see the module docstring. Invalid cuts raise
    :class:`~segcore.errors.SettingsError`.
    """
    return XYZ_LETTERS[xyz_codes(cv, history_periods, cuts, min_periods)]


@dataclass(frozen=True)
class XyzSuggestion:
    """Suggested XYZ cuts and the share of all customers each class would then hold."""

    x: float
    y: float
    share_x: float
    share_y: float
    share_z: float
    share_n: float

    def thresholds(self, min_periods: int = 6) -> XyzThresholds:
        """Give the suggestion as settings."""
        return XyzThresholds(x=self.x, y=self.y, min_periods=min_periods)


def _two_digit_grid(largest: float) -> np.ndarray:
    """Give 0.010, 0.011 … 0.099, 0.10 … 9.9, 10 … up past ``largest`` (two significant digits)."""
    grid: list[float] = []
    exponent = -3
    while not grid or grid[-1] <= largest:
        grid.extend(round(k * 10.0**exponent, 12) for k in range(10, 100))
        exponent += 1
    return np.array(grid)


def _closest_cut(grid: np.ndarray, shares: np.ndarray, target: float, tercile: float, above: float) -> float:
    allowed = grid > above
    order = np.lexsort((np.abs(grid - tercile), np.abs(shares - target), ~allowed))
    return float(grid[order[0]])


def suggest_xyz_cuts(
    cv: Sequence[float] | np.ndarray,
    history_periods: Sequence[int] | np.ndarray,
    min_periods: int = 6,
) -> XyzSuggestion:
    """Give XYZ cuts near the terciles of the usable CVs, with two significant digits.

    Only customers with enough history and a defined CV count. Each cut is the number with
    two significant digits (0.010 … 0.099, 0.10 … 9.9, 10 … 99 …) whose share of usable
    customers at or below it comes closest to 1/3 (for ``x``) and 2/3 (for ``y > x``);
    among equally close numbers, the one nearest the tercile (the linear-interpolation
    quantile) wins. On spread-out data this is the tercile rounded; where many customers
    share one CV (every one-purchase customer with n periods has CV = sqrt(n − 1)), the cut
    goes on whichever side of that crowd leaves the shares nearer thirds, instead of
    wherever rounding happens to fall. The shares say what the cuts give. Raises
    :class:`~segcore.errors.SettingsError` when no customer has a usable CV.
    """
    effective = effective_cv(cv, history_periods, min_periods)
    usable = np.sort(effective[effective != _UNDEFINED])
    if usable.size == 0:
        raise SettingsError("classify.no_history", min_periods=min_periods)
    grid = _two_digit_grid(float(usable[-1]))
    below = np.searchsorted(usable, grid + _EPS, side="right") / usable.size
    terciles = quantile(usable, 1 / 3), quantile(usable, 2 / 3)
    x = _closest_cut(grid, below, 1 / 3, terciles[0], above=0.0)
    y = _closest_cut(grid, below, 2 / 3, terciles[1], above=x)
    counts = np.bincount(codes_from_effective(effective, x, y), minlength=4)
    shares = counts / effective.size
    return XyzSuggestion(x, y, *(float(s) for s in shares))
