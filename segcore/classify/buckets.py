"""Bucket tables: every slider position of a scenario's thresholds, precomputed in a few thousand rows.

The threshold sliders move on fixed grids: the ABC cut-offs and the quadrant splits in whole
percent (1–100), the XYZ cut-offs in hundredths (0.01–10.00). So every customer can be given,
once, the grid position at which it changes class:

- ``abc``: the smallest percent ``p`` at which the customer is inside the top of the ABC
  ranking (``p / 100`` as the cut-off, with the scenario's mode and rule); 101 if never.
  The customer is A for ``a`` (percent) when ``abc ≤ a``, B when ``a < abc ≤ b``, else C.
- ``xyz``: the smallest ``q`` (hundredths) with the customer X at ``x = q / 100``; 1001 if the
  variation is above the grid (always Z), 1002 if the history is too short (N).
  X when ``xyz ≤ x·100``, Y when ``≤ y·100``, else Z (N stays N).
- ``loyalty`` / ``profit``: how many grid splits (1–99 %) the customer is strictly above;
  high loyalty at split ``p`` when ``loyalty ≥ p`` (the same for profit). With the profit
  split given as an amount, ``profit`` is 1 above it and 0 otherwise (and the split is 1).

Counting customers and revenue per (abc, xyz) pair and per (loyalty, profit) pair gives two
tables whose size depends on the grids, not on the number of customers (at most 101 × 1002
and 100 × 100 rows, far fewer in practice). Any slider position's 3 × 4 matrix and quadrant
sizes are then sums over the table (:func:`cell_totals`, :func:`quadrant_totals`), equal to
:meth:`Segmenter.segment`'s. The browser, while a thumb is dragged, reads the same sums from
running sums of these tables (:mod:`segcore.classify.cell_grid` for the matrix, the 101 × 101
quadrant grid of :func:`segcore.charts.live.quadrant_grid`): a few look-ups per move.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from segcore.classify.matrix import CELL_LETTERS
from segcore.classify.quadrants import codes_from_splits
from segcore.classify.ranks import quantile_of_sorted
from segcore.classify.segmentation import Segmentation, Segmenter

__all__ = [
    "ABC_NEVER",
    "PERCENTS",
    "SPLITS",
    "XYZ_ABOVE",
    "XYZ_NONE",
    "XYZ_STEPS",
    "BucketTables",
    "bucket_tables",
    "cell_totals",
    "quadrant_totals",
]

#: The ABC grid (cut-offs in whole percent) and the bucket of customers never inside it.
PERCENTS = np.arange(1, 101)
ABC_NEVER = 101
#: The XYZ grid (hundredths, 0.01–10.00) and the buckets beyond it and without a variation.
XYZ_STEPS = np.arange(1, 1001)
XYZ_ABOVE = 1001
XYZ_NONE = 1002
#: The quadrant split grid (whole percent).
SPLITS = np.arange(1, 100)
_XYZ_EPS = 1e-9


@dataclass(frozen=True)
class BucketTables:
    """The two bucket tables of one scenario and what the charts read beside them.

    ``cells``: columns ``abc``, ``xyz`` (bucket positions), ``customers``, ``revenue``,
    ``margin`` (0 when the data has no cost). ``quadrants``: ``loyalty``, ``profit``,
    ``customers``, ``revenue``. Per customer (aligned with the table's rows):
    ``customer_abc``, ``customer_xyz``, ``customer_loyalty``, ``customer_profit``.
    ``a_points`` / ``top_shares``: per percent 1–100 the (customer share, value share) of
    the top of the ABC ranking at that cut-off, and the value share of the top ``p`` % of
    customers (the Pareto readout). ``profit_fixed``: the profit split is an amount.
    """

    cells: pd.DataFrame
    quadrants: pd.DataFrame
    customer_abc: np.ndarray
    customer_xyz: np.ndarray
    customer_loyalty: np.ndarray
    customer_profit: np.ndarray
    a_points: np.ndarray
    top_shares: np.ndarray
    loyalty_values: np.ndarray
    profit_values: np.ndarray
    profit_fixed: bool


def _abc_buckets(segmenter: Segmenter, seg: Segmentation) -> tuple[np.ndarray, np.ndarray]:
    abc = seg.scenario.abc
    ranking = segmenter.ranking(abc.basis)
    counts = np.array([ranking.boundaries((p / 100, p / 100), abc.mode, abc.rule)[0] for p in PERCENTS])
    per_rank = np.searchsorted(counts, np.arange(segmenter.n), side="right") + 1
    points = np.array([ranking.point(int(k)) for k in counts], dtype=np.float64).reshape(-1, 2)
    return per_rank[ranking.rank].astype(np.int16), points


def _xyz_buckets(segmenter: Segmenter, seg: Segmentation) -> np.ndarray:
    effective = segmenter.effective_cv(seg.scenario.xyz.min_periods)
    edges = XYZ_STEPS / 100 + _XYZ_EPS
    buckets = np.searchsorted(edges, effective, side="left") + 1
    buckets[np.isinf(effective)] = XYZ_NONE
    return buckets.astype(np.int16)


def _loyalty_buckets(seg: Segmentation) -> tuple[np.ndarray, np.ndarray]:
    score = seg.loyalty
    finite = np.sort(score[~np.isnan(score)])
    thresholds = np.array([quantile_of_sorted(finite, p / 100) for p in SPLITS], dtype=np.float64)
    zeros = np.zeros(score.shape, dtype=np.float64)
    buckets = np.zeros(score.shape, dtype=np.int16)
    for value in thresholds:
        buckets += codes_from_splits(score, zeros, float(value), 0.0)
    return buckets, thresholds


def _profit_buckets(segmenter: Segmenter, seg: Segmentation) -> tuple[np.ndarray, np.ndarray]:
    quad = seg.scenario.quadrants
    ranking = segmenter.ranking(quad.profit_basis)
    values = ranking.values
    if quad.profit_split_kind != "percentile":
        split = float(quad.profit_split)
        return (values > split).astype(np.int16), np.array([split])
    thresholds = np.array([ranking.quantile(p / 100) for p in SPLITS], dtype=np.float64)
    buckets = np.searchsorted(thresholds, values, side="left")
    buckets[np.isnan(values)] = 0
    return buckets.astype(np.int16), thresholds


def _grouped(keys: dict[str, np.ndarray], weights: dict[str, np.ndarray]) -> pd.DataFrame:
    frame = pd.DataFrame({**keys, "customers": np.ones(len(next(iter(keys.values()))), dtype=np.int64)})
    for name, values in weights.items():
        frame[name] = values
    return frame.groupby(list(keys), sort=True, as_index=False).sum()


def bucket_tables(segmenter: Segmenter, seg: Segmentation) -> BucketTables:
    """Give the bucket tables of ``seg``'s scenario (its thresholds do not matter, the rest does).

    Built in a few passes over the customers (one per quadrant split): once per customer
    table and per basis, rule, minimum history, weights and profit split kind.
    """
    abc, points = _abc_buckets(segmenter, seg)
    xyz = _xyz_buckets(segmenter, seg)
    loyalty, loyalty_values = _loyalty_buckets(seg)
    profit, profit_values = _profit_buckets(segmenter, seg)
    revenue = segmenter.revenue
    customers = segmenter.customers
    margin = (
        np.nan_to_num(customers["margin"].to_numpy(dtype=np.float64, na_value=np.nan))
        if "margin" in customers.columns
        else np.zeros(segmenter.n)
    )
    basis = seg.scenario.abc.basis
    tops = np.array([segmenter.top_share(basis, p / 100) for p in PERCENTS], dtype=np.float64)
    return BucketTables(
        cells=_grouped({"abc": abc, "xyz": xyz}, {"revenue": revenue, "margin": margin}),
        quadrants=_grouped({"loyalty": loyalty, "profit": profit}, {"revenue": revenue}),
        customer_abc=abc,
        customer_xyz=xyz,
        customer_loyalty=loyalty,
        customer_profit=profit,
        a_points=points,
        top_shares=tops,
        loyalty_values=loyalty_values,
        profit_values=profit_values,
        profit_fixed=seg.scenario.quadrants.profit_split_kind != "percentile",
    )


def _abc_letter(bucket: np.ndarray, a: int, b: int) -> np.ndarray:
    return np.where(bucket <= a, 0, np.where(bucket <= b, 1, 2))


def _xyz_letter(bucket: np.ndarray, x: int, y: int) -> np.ndarray:
    return np.where(bucket == XYZ_NONE, 3, np.where(bucket <= x, 0, np.where(bucket <= y, 1, 2)))


def cell_totals(cells: pd.DataFrame, a: int, b: int, x: int, y: int) -> tuple[np.ndarray, np.ndarray]:
    """Give customers and revenue per ABC × XYZ cell (12, in ``CELL_LETTERS`` order) from a table.

    ``a`` / ``b`` in whole percent, ``x`` / ``y`` in hundredths: the sliders' positions.
    """
    abc = _abc_letter(cells["abc"].to_numpy(), a, b)
    xyz = _xyz_letter(cells["xyz"].to_numpy(), x, y)
    index = abc * 4 + xyz
    size = len(CELL_LETTERS)
    customers = np.bincount(index, weights=cells["customers"].to_numpy(dtype=np.float64), minlength=size)
    revenue = np.bincount(index, weights=cells["revenue"].to_numpy(dtype=np.float64), minlength=size)
    return customers.astype(np.int64), revenue


def quadrant_totals(quadrants: pd.DataFrame, loyalty: int, profit: int) -> tuple[np.ndarray, np.ndarray]:
    """Give customers and revenue per quadrant (I–IV) from a table at splits in whole percent.

    Quadrant codes as :func:`~segcore.classify.quadrants.codes_from_splits`: high profit
    ×3, xor high loyalty (0 = I, 1 = II, 2 = III, 3 = IV). ``profit`` is 1 when the split
    is an amount.
    """
    high_loyalty = (quadrants["loyalty"].to_numpy() >= loyalty).astype(np.int64)
    high_profit = (quadrants["profit"].to_numpy() >= profit).astype(np.int64)
    index = (high_profit * 3) ^ high_loyalty
    customers = np.bincount(index, weights=quadrants["customers"].to_numpy(dtype=np.float64), minlength=4)
    revenue = np.bincount(index, weights=quadrants["revenue"].to_numpy(dtype=np.float64), minlength=4)
    return customers.astype(np.int64), revenue
