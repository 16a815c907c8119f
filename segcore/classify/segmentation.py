"""The per-move engine: every classification of a scenario from one customer table.

:class:`Segmenter` is built once per customer table. It keeps what does not change when a
threshold moves: the customers sorted by each ABC basis (built on first use), the CVs
usable for XYZ per minimum history, the loyalty components' percentile ranks, the loyalty
score per set of weights, and the Pareto curve and Gini per basis.
:meth:`Segmenter.segment` then does only comparisons against those arrays and two
``bincount`` for both summaries, in cache-sized chunks (:mod:`segcore.classify.moves`), so a
move costs the same per customer at ten million customers as at one million; letters and
frames are built when first asked for.
The results equal those of :func:`~segcore.classify.abc.abc_classes`,
:func:`~segcore.classify.xyz.xyz_classes`, :func:`~segcore.classify.quadrants.quadrant_classes`,
:func:`~segcore.classify.matrix.abc_xyz_summary` and :mod:`segcore.classify.pareto` on the same table.

A :class:`Segmenter` caches as it is used; share one between threads only for reading.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from segcore.classify.abc import ABC_LETTERS, AbcRanking
from segcore.classify.matrix import CELL_LETTERS, summary_from_totals
from segcore.classify.moves import CHUNK_ROWS, MoveInputs, classify_rows
from segcore.classify.pareto import gini, pareto_curve
from segcore.classify.quadrants import (
    QUADRANT_LETTERS,
    LoyaltyComponents,
    quadrant_summary_from_totals,
)
from segcore.classify.ranks import id_position_or_none, quantile, quantile_of_sorted
from segcore.classify.xyz import XYZ_LETTERS, effective_cv
from segcore.errors import SettingsError
from segcore.settings import QuadrantSettings, Scenario

__all__ = ["BASIS_COLUMNS", "Segmentation", "Segmenter"]

#: The customer-table column behind each ABC / profit basis. ``clv`` (predicted CLV) is not
#: a column of :func:`~segcore.customers.customer_table`: the app adds it after a predictive
#: LTV fit (NaN for customers without a forecast, who then rank as C / low profit).
BASIS_COLUMNS = {
    "revenue": "revenue",
    "margin": "margin",
    "orders": "orders",
    "ltv": "ltv_simple",
    "clv": "clv",
}

_REQUIRED = ("customer_id", "revenue", "orders", "tenure_days", "recency_days", "cv", "history_periods")
_PARETO_POINTS = 1000
#: Loyalty scores and usable-CV arrays kept per segmenter (one array of n floats each), the latest first.
_SCORE_CACHE = 4
#: What a loyalty score is cached by: minimum history, the weights, the reversed attributes.
_ScoreKey = tuple[int, tuple[tuple[str, float], ...], tuple[str, ...]]


@dataclass(frozen=True)
class Segmentation:
    """Every classification of one scenario, aligned with the customer table's rows.

    Codes are int8: ``abc_codes`` (0 = A … 2 = C), ``xyz_codes`` (0 = X … 3 = N),
    ``quadrant_codes`` (0 = I … 3 = IV), ``cell_codes`` (``abc * 4 + xyz``). Letters:
    :attr:`abc`, :attr:`xyz`, :attr:`quadrant`, :attr:`cell`. Summaries: :attr:`matrix`
    (12 rows, :func:`~segcore.classify.matrix.abc_xyz_summary`) and :attr:`quadrant_summary`
    (4 rows). ``pareto`` / ``gini`` describe the ABC basis; ``abc_points`` are the
    (customer share, value share) points of the A and A + B boundaries on that curve.
    ``loyalty`` is the loyalty score; ``loyalty_split_value`` / ``profit_split_value`` are
    the split values in score and money. Arrays and the ``pareto`` frame are shared with
    the engine's caches and later moves: read them, do not modify them.
    """

    scenario: Scenario
    abc_codes: np.ndarray
    xyz_codes: np.ndarray
    quadrant_codes: np.ndarray
    cell_codes: np.ndarray
    nonpositive: np.ndarray
    abc_counts: np.ndarray
    abc_sums: np.ndarray
    abc_points: tuple[tuple[float, float], tuple[float, float]]
    cell_customers: np.ndarray
    cell_revenue: np.ndarray
    quadrant_customers: np.ndarray
    quadrant_revenue: np.ndarray
    loyalty: np.ndarray
    loyalty_split_value: float
    profit_split_value: float
    pareto: pd.DataFrame
    gini: float

    @cached_property
    def abc(self) -> np.ndarray:
        """Give the ABC letters."""
        return ABC_LETTERS[self.abc_codes]

    @cached_property
    def xyz(self) -> np.ndarray:
        """Give the XYZ letters."""
        return XYZ_LETTERS[self.xyz_codes]

    @cached_property
    def quadrant(self) -> np.ndarray:
        """Give the quadrant labels."""
        return QUADRANT_LETTERS[self.quadrant_codes]

    @cached_property
    def cell(self) -> np.ndarray:
        """Give the ABC × XYZ cell letters ("AX" …)."""
        return CELL_LETTERS[self.cell_codes]

    @cached_property
    def matrix(self) -> pd.DataFrame:
        """Give the 12-row ABC × XYZ summary."""
        return summary_from_totals(self.cell_customers, self.cell_revenue)

    @cached_property
    def quadrant_summary(self) -> pd.DataFrame:
        """Give the 4-row loyalty × profitability summary."""
        return quadrant_summary_from_totals(self.quadrant_customers, self.quadrant_revenue)


def _without_nan(values: np.ndarray) -> np.ndarray:
    """Give ``np.nan_to_num`` of the values: the array itself when all are finite (no copy)."""
    return values if bool(np.isfinite(values).all()) else np.nan_to_num(values)


def _periods(column: pd.Series) -> np.ndarray:
    """Give the periods of history (missing as 0); a plain integer column as it is, not as floats."""
    if isinstance(column.dtype, np.dtype) and column.dtype.kind in "iu":
        return column.to_numpy()
    return column.to_numpy(dtype=np.float64, na_value=0)


class _Score:
    """A loyalty score with the quantiles asked of it so far.

    The first quantile is an O(n) selection (a weight move asks for one); a second one
    sorts the score once, so every later split move reads its quantile in O(1).
    """

    def __init__(self, score: np.ndarray) -> None:
        self.score = score
        self.quantiles: dict[float, float] = {}
        self.ascending: np.ndarray | None = None

    def quantile(self, p: float) -> float:
        if p not in self.quantiles:
            if not self.quantiles:
                self.quantiles[p] = quantile(self.score, p)
            else:
                self.quantiles[p] = quantile_of_sorted(self._ascending(), p)
        return self.quantiles[p]

    def _ascending(self) -> np.ndarray:
        if self.ascending is None:
            ordered = np.sort(self.score)
            self.ascending = ordered[: ordered.size - int(np.count_nonzero(np.isnan(ordered)))]
        return self.ascending


class Segmenter:
    """Classifies one customer table under any scenario, fast enough for a slider.

    ``chunk_rows``: rows per chunk of a move's row pass (see :mod:`segcore.classify.moves`).
    """

    def __init__(self, customers: pd.DataFrame, *, chunk_rows: int = CHUNK_ROWS) -> None:
        missing = [c for c in _REQUIRED if c not in customers.columns]
        if missing:
            raise ValueError(f"customer table lacks columns {missing}")
        self.customers = customers
        self.n = len(customers)
        self.chunk_rows = chunk_rows
        self._id_position = id_position_or_none(customers["customer_id"])
        self.revenue = _without_nan(customers["revenue"].to_numpy(dtype=np.float64, na_value=np.nan))
        self._cv = customers["cv"].to_numpy(dtype=np.float64, na_value=np.nan)
        self._periods = _periods(customers["history_periods"])
        self.components = LoyaltyComponents(customers)
        self._rankings: dict[str, AbcRanking] = {}
        self._curves: dict[str, tuple[pd.DataFrame, float]] = {}
        self._effective: OrderedDict[int, np.ndarray] = OrderedDict()
        self._scores: OrderedDict[_ScoreKey, _Score] = OrderedDict()
        self.warm(Scenario())

    def warm(self, scenario: Scenario) -> None:
        """Build every cache the scenario needs, so its first move is as fast as the rest."""
        self.segment(scenario)

    def ranking(self, basis: str) -> AbcRanking:
        """Give the customers sorted by a basis (built once); a missing basis is an error."""
        if basis not in self._rankings:
            column = BASIS_COLUMNS[basis]
            values = None
            if column in self.customers.columns:
                values = self.customers[column].to_numpy(dtype=np.float64, na_value=np.nan)
            if values is None and basis == "clv":
                raise SettingsError("classify.clv_missing")
            if values is None or (self.n and bool(np.all(np.isnan(values)))):
                raise SettingsError("classify.basis_missing", basis=basis, column=column)
            self._rankings[basis] = AbcRanking(values, id_position=self._id_position)
        return self._rankings[basis]

    def curve(self, basis: str) -> tuple[pd.DataFrame, float]:
        """Give the Pareto curve and Gini coefficient of a basis (built once)."""
        if basis not in self._curves:
            values = self.ranking(basis).values
            self._curves[basis] = (pareto_curve(values, _PARETO_POINTS), gini(values))
        return self._curves[basis]

    def top_share(self, basis: str, x: float) -> float:
        """Give the share of the basis's positive total brought by the top ⌊x·n⌋ customers, in O(1).

        Reads the basis's pre-sorted ranking instead of sorting again; equals
        :func:`segcore.classify.pareto.top_share` on the basis column (whole customers, no
        interpolation; with no positive value the diagonal is read). ``0 < x ≤ 1``, else
        :class:`~segcore.errors.SettingsError`.
        """
        if not (math.isfinite(x) and 0 < x <= 1):
            raise SettingsError("classify.top_share_range", value=x)
        ranking = self.ranking(basis)
        if self.n == 0:
            return float(x)
        k = math.floor(x * self.n + 1e-6)
        if ranking.positive == 0:
            return k / self.n
        if k == 0:
            return 0.0
        return float(ranking.share_after[min(k, ranking.positive) - 1])

    def effective_cv(self, min_periods: int) -> np.ndarray:
        """Give the CVs usable for XYZ (+inf where N) for a minimum history (the last few kept)."""
        if min_periods in self._effective:
            self._effective.move_to_end(min_periods)
        else:
            self._effective[min_periods] = effective_cv(self._cv, self._periods, min_periods)
            while len(self._effective) > _SCORE_CACHE:
                self._effective.popitem(last=False)
        return self._effective[min_periods]

    def _loyalty(self, settings: QuadrantSettings, min_periods: int) -> _Score:
        weights = settings.weights(self.customers.columns)
        lower = tuple(sorted(set(settings.lower_is_better) & set(weights)))
        key = (min_periods, tuple(sorted(weights.items())), lower)
        if key in self._scores:
            self._scores.move_to_end(key)
        else:
            self._scores[key] = _Score(self.components.score(weights, min_periods, lower_is_better=lower))
            while len(self._scores) > _SCORE_CACHE:
                self._scores.popitem(last=False)
        return self._scores[key]

    def segment(self, scenario: Scenario) -> Segmentation:
        """Give every classification of ``scenario`` (the per-slider-move path)."""
        abc, xyz, quad = scenario.abc, scenario.xyz, scenario.quadrants
        ranking = self.ranking(abc.basis)
        k1, k2 = ranking.boundaries(abc.cuts, abc.mode, abc.rule)
        loyalty = self._loyalty(quad, xyz.min_periods)
        profit = self.ranking(quad.profit_basis)
        loyalty_value = loyalty.quantile(quad.loyalty_split)
        profit_value = (
            profit.quantile(quad.profit_split)
            if quad.profit_split_kind == "percentile"
            else float(quad.profit_split)
        )
        rows = classify_rows(
            MoveInputs(
                ranking,
                k1,
                k2,
                self.effective_cv(xyz.min_periods),
                xyz.x,
                xyz.y,
                loyalty.score,
                loyalty_value,
                profit.values,
                profit_value,
                self.revenue,
            ),
            self.chunk_rows,
        )
        customers, revenue = rows.customers, rows.revenue
        pareto, concentration = self.curve(abc.basis)
        return Segmentation(
            scenario=scenario,
            abc_codes=rows.abc,
            xyz_codes=rows.xyz,
            quadrant_codes=rows.quadrant,
            cell_codes=rows.cell,
            nonpositive=ranking.nonpositive,
            abc_counts=np.array([k1, k2 - k1, self.n - k2], dtype=np.int64),
            abc_sums=ranking.sums(k1, k2),
            abc_points=(ranking.point(k1), ranking.point(k2)),
            cell_customers=customers.sum(axis=1),
            cell_revenue=revenue.sum(axis=1),
            quadrant_customers=customers.sum(axis=0),
            quadrant_revenue=revenue.sum(axis=0),
            loyalty=loyalty.score,
            loyalty_split_value=loyalty_value,
            profit_split_value=profit_value,
            pareto=pareto,
            gini=concentration,
        )
