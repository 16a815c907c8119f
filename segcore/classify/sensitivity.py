"""Sensitivity: how class sizes and revenue shares change as one threshold sweeps its range.

For one scenario and one threshold, the threshold takes ``positions`` evenly spaced values
across its allowed range (the other thresholds stay as they are) plus its current value
exactly; for each value the result gives every class's customers and revenue. The sweep at
the current value equals :meth:`segcore.classify.segmentation.Segmenter.segment` for the scenario.

Ranges (ends that a setting may not take are left out):

- ``abc_a``: (0, b); ``abc_b``: (a, 1] (cumulative shares, or customer shares in rank mode);
- ``xyz_x``: (0, y); ``xyz_y``: (x, the largest usable CV, at least 2 · y];
- ``loyalty_split``: percentiles (0, 1); ``profit_split``: percentiles (0, 1), or money
  from the smallest to the largest profit value when the split is a ``value``.

Everything is sorted once per sweep basis (:class:`SweepBasis`): ABC reuses the
segmenter's ranking (two binary searches per position), XYZ sorts the usable CVs once and
counts every position with one ``searchsorted``, the quadrant splits sort the loyalty
score (or use the profit ranking) once and read the four quadrants from cumulative counts
and sums. Revenue is the customer table's net revenue; shares are of its total (NaN when
the total is not positive), as in the matrix and quadrant summaries.
"""

from __future__ import annotations

from functools import cached_property
from typing import Literal

import numpy as np
import pandas as pd

from segcore.classify.abc import ABC_LETTERS
from segcore.classify.quadrants import QUADRANT_LETTERS
from segcore.classify.ranks import quantile_of_sorted
from segcore.classify.segmentation import Segmentation, Segmenter
from segcore.classify.xyz import XYZ_LETTERS
from segcore.settings import Scenario

__all__ = ["PARAMETERS", "SweepBasis", "SweepParameter", "sweep", "sweep_all", "sweep_values"]

SweepParameter = Literal["abc_a", "abc_b", "xyz_x", "xyz_y", "loyalty_split", "profit_split"]

#: Every threshold a sweep can move, in display order.
PARAMETERS: tuple[SweepParameter, ...] = (
    "abc_a", "abc_b", "xyz_x", "xyz_y", "loyalty_split", "profit_split",
)  # fmt: skip

_COLUMNS = [
    "parameter", "position", "value", "current", "class",
    "customers", "customer_share", "revenue", "revenue_share",
]  # fmt: skip


def _interior(low: float, high: float, positions: int) -> np.ndarray:
    """Give ``positions`` evenly spaced values strictly between low and high."""
    steps = np.arange(1, positions + 1) / (positions + 1)
    return low + (high - low) * steps


def _up_to(low: float, high: float, positions: int) -> np.ndarray:
    """Give ``positions`` evenly spaced values in (low, high], high included."""
    steps = np.arange(1, positions + 1) / positions
    values = low + (high - low) * steps
    values[-1] = high
    return values


def _with_current(grid: np.ndarray, current: float) -> np.ndarray:
    """Give the grid's distinct values and the current value, ascending (a flat range gives one)."""
    return np.unique(np.concatenate((np.round(grid, 6), [float(current)])))


class SweepBasis:
    """What every sweep of one scenario reuses: the current segmentation and sorted arrays."""

    def __init__(self, segmenter: Segmenter, scenario: Scenario) -> None:
        self.segmenter = segmenter
        self.scenario = scenario
        self.current: Segmentation = segmenter.segment(scenario)
        self.revenue = segmenter.revenue
        self.n = segmenter.n
        self.total = float(self.revenue.sum())

    @cached_property
    def abc_revenue(self) -> np.ndarray:
        """Give the running revenue (from 0) in the order of the ABC ranking."""
        ranking = self.segmenter.ranking(self.scenario.abc.basis)
        return np.concatenate(([0.0], np.cumsum(self.revenue[ranking.order])))

    @cached_property
    def xyz_sorted(self) -> tuple[np.ndarray, np.ndarray]:
        """Give the effective CVs ascending (+inf = N last) and the running revenue."""
        effective = self.segmenter.effective_cv(self.scenario.xyz.min_periods)
        order = np.argsort(effective, kind="stable")
        return effective[order], np.concatenate(([0.0], np.cumsum(self.revenue[order])))

    @cached_property
    def loyalty_sorted(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Give scores ascending (float32) and running counts / revenue of high-profit customers.

        Returns (scores, high-profit count, high-profit revenue, low-profit revenue), the
        running arrays starting at 0.
        """
        score = self.current.loyalty
        order = np.argsort(score, kind="stable")
        high_profit = self.current.quadrant_codes[order] >= 2
        money = self.revenue[order]
        return (
            score[order],
            np.concatenate(([0], np.cumsum(high_profit))),
            np.concatenate(([0.0], np.cumsum(np.where(high_profit, money, 0.0)))),
            np.concatenate(([0.0], np.cumsum(np.where(high_profit, 0.0, money)))),
        )

    @cached_property
    def profit_sorted(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Give running counts / revenue of high-loyalty customers in profit order (largest first).

        Returns (high-loyalty count, high-loyalty revenue, low-loyalty revenue), from 0.
        """
        ranking = self.segmenter.ranking(self.scenario.quadrants.profit_basis)
        codes = self.current.quadrant_codes[ranking.order]
        high_loyalty = (codes == 1) | (codes == 2)
        money = self.revenue[ranking.order]
        return (
            np.concatenate(([0], np.cumsum(high_loyalty))),
            np.concatenate(([0.0], np.cumsum(np.where(high_loyalty, money, 0.0)))),
            np.concatenate(([0.0], np.cumsum(np.where(high_loyalty, 0.0, money)))),
        )

    def frame(
        self, parameter: str, values: np.ndarray, letters: np.ndarray, counts: np.ndarray, money: np.ndarray
    ) -> pd.DataFrame:
        """Give the long result: one row per value × class (counts, money: values × classes)."""
        current = _current_value(self.scenario, parameter)
        classes = len(letters)
        share = money / self.total if self.total > 0 else np.full(money.shape, np.nan)
        frame = pd.DataFrame(
            {
                "parameter": parameter,
                "position": np.repeat(np.arange(len(values)), classes),
                "value": np.repeat(values, classes),
                "current": np.repeat(values == current, classes),
                "class": np.tile(letters, len(values)),
                "customers": counts.reshape(-1).astype(np.int64),
                "customer_share": (counts / self.n if self.n else np.zeros(counts.shape)).reshape(-1),
                "revenue": money.reshape(-1).astype(np.float64),
                "revenue_share": share.reshape(-1),
            }
        )
        frame["class"] = frame["class"].astype("string")
        return frame[_COLUMNS]


def _current_value(scenario: Scenario, parameter: str) -> float:
    part, _, name = parameter.partition("_")
    if part == "loyalty" or part == "profit":
        return float(getattr(scenario.quadrants, parameter))
    return float(getattr(getattr(scenario, part), name))


def sweep_values(basis: SweepBasis, parameter: SweepParameter, positions: int = 50) -> np.ndarray:
    """Give the values a sweep visits: ``positions`` across the range plus the current value."""
    scenario = basis.scenario
    current = _current_value(scenario, parameter)
    if parameter == "abc_a":
        grid = _interior(0.0, scenario.abc.b, positions)
    elif parameter == "abc_b":
        grid = _up_to(scenario.abc.a, 1.0, positions)
    elif parameter == "xyz_x":
        grid = _interior(0.0, scenario.xyz.y, positions)
    elif parameter == "xyz_y":
        ascending = basis.xyz_sorted[0]
        finite = ascending[np.isfinite(ascending)]
        top = max(float(finite[-1]) if finite.size else 0.0, 2.0 * scenario.xyz.y)
        grid = _up_to(scenario.xyz.x, top, positions)
    elif parameter == "profit_split" and scenario.quadrants.profit_split_kind == "value":
        ranking = basis.segmenter.ranking(scenario.quadrants.profit_basis)
        ascending = ranking.ascending_finite
        low, high = (float(ascending[0]), float(ascending[-1])) if ascending.size else (0.0, 1.0)
        grid = np.linspace(low, high, positions)
    else:
        grid = _interior(0.0, 1.0, positions)
    return _with_current(grid, current)


def _sweep_abc(basis: SweepBasis, parameter: str, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    abc = basis.scenario.abc
    ranking = basis.segmenter.ranking(abc.basis)
    pairs = [(v, abc.b) if parameter == "abc_a" else (abc.a, v) for v in values]
    bounds = np.array([ranking.boundaries(cuts, abc.mode, abc.rule) for cuts in pairs], dtype=np.int64)
    edges = np.column_stack((np.zeros(len(values), dtype=np.int64), bounds, np.full(len(values), basis.n)))
    running = basis.abc_revenue
    return np.diff(edges, axis=1), np.diff(running[edges], axis=1)


def _sweep_xyz(basis: SweepBasis, parameter: str, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    xyz = basis.scenario.xyz
    ascending, running = basis.xyz_sorted
    x = values if parameter == "xyz_x" else np.full(len(values), xyz.x)
    y = values if parameter == "xyz_y" else np.full(len(values), xyz.y)
    finite = int(np.searchsorted(ascending, np.inf, side="left"))
    edges = np.column_stack(
        (
            np.zeros(len(values), dtype=np.int64),
            np.searchsorted(ascending, x, side="right"),
            np.searchsorted(ascending, y, side="right"),
            np.full(len(values), finite),
            np.full(len(values), basis.n),
        )
    )
    return np.diff(edges, axis=1), np.diff(running[edges], axis=1)


def _sweep_loyalty(basis: SweepBasis, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Give quadrant counts and revenue (I … IV) per loyalty percentile; profit split fixed."""
    scores, high_count, high_rev, low_rev = basis.loyalty_sorted
    split_values = np.array([quantile_of_sorted(scores, p) for p in values])
    low = np.searchsorted(scores.astype(np.float64), split_values, side="right")  # low loyalty
    four = high_count[low]  # low loyalty, high profit
    three = high_count[-1] - four
    one = low - four
    two = (basis.n - low) - three
    revenue = (low_rev[low], low_rev[-1] - low_rev[low], high_rev[-1] - high_rev[low], high_rev[low])
    return np.column_stack((one, two, three, four)), np.column_stack(revenue)


def _sweep_profit(basis: SweepBasis, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Give quadrant counts and revenue (I … IV) per profit split; loyalty split fixed."""
    quad = basis.scenario.quadrants
    ranking = basis.segmenter.ranking(quad.profit_basis)
    ascending = ranking.ascending_finite
    if quad.profit_split_kind == "percentile":
        split_values = np.array([ranking.quantile(p) for p in values])
    else:
        split_values = values
    high = ascending.size - np.searchsorted(ascending, split_values, side="right")  # high profit
    loyal_count, loyal_rev, other_rev = basis.profit_sorted
    three = loyal_count[high]  # high profit, high loyalty
    four = high - three
    two = loyal_count[-1] - three
    one = (basis.n - high) - two
    revenue = (
        other_rev[-1] - other_rev[high],
        loyal_rev[-1] - loyal_rev[high],
        loyal_rev[high],
        other_rev[high],
    )
    return np.column_stack((one, two, three, four)), np.column_stack(revenue)


def sweep(
    source: Segmenter | SweepBasis,
    scenario: Scenario,
    parameter: SweepParameter,
    positions: int = 50,
) -> pd.DataFrame:
    """Give class sizes and revenue shares at every value of one threshold (long format).

    ``source``: the :class:`~segcore.classify.segmentation.Segmenter` of the customer table, or a
    :class:`SweepBasis` already built for ``scenario`` (reused across parameters).
    Columns: parameter, position, value, current (True at the scenario's own value),
    class, customers, customer_share, revenue, revenue_share. Classes: A/B/C for ABC,
    X/Y/Z/N for XYZ, I–IV for the quadrant splits.
    """
    if parameter not in PARAMETERS:
        raise ValueError(f"unknown sweep parameter {parameter!r}")
    basis = source if isinstance(source, SweepBasis) else SweepBasis(source, scenario)
    values = sweep_values(basis, parameter, positions)
    if parameter.startswith("abc"):
        counts, money = _sweep_abc(basis, parameter, values)
        letters = ABC_LETTERS
    elif parameter.startswith("xyz"):
        counts, money = _sweep_xyz(basis, parameter, values)
        letters = XYZ_LETTERS
    elif parameter == "loyalty_split":
        counts, money = _sweep_loyalty(basis, values)
        letters = QUADRANT_LETTERS
    else:
        counts, money = _sweep_profit(basis, values)
        letters = QUADRANT_LETTERS
    return basis.frame(parameter, values, letters, counts, money)


def sweep_all(source: Segmenter | SweepBasis, scenario: Scenario, positions: int = 50) -> pd.DataFrame:
    """Give :func:`sweep` for every threshold in :data:`PARAMETERS`, one frame, sorts shared."""
    basis = source if isinstance(source, SweepBasis) else SweepBasis(source, scenario)
    return pd.concat([sweep(basis, scenario, p, positions) for p in PARAMETERS], ignore_index=True)
