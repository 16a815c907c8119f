"""The per-move row pass: every customer's codes and the 12 × 4 totals in cache-sized chunks.

A slider move reclassifies every customer from arrays prepared once per customer table
(ranks in the ABC order, usable CVs, the loyalty score, the profit basis, revenue). Done
on whole arrays, each step of a move writes and reads a temporary as long as the table
(the joint code widened to 8 bytes for ``bincount`` alone is 80 MB at ten million
customers), so beyond the processor's cache a move costs more per customer than at one
million. :func:`classify_rows` makes the same comparisons chunk by chunk (``CHUNK_ROWS``
rows, about 1 MB of float64), so every temporary stays in cache and only the four code
arrays (one byte per customer each) and the inputs cross memory: the cost per customer
does not grow with the table.

Codes are exactly those of the whole-array functions (:meth:`AbcRanking.codes`,
:func:`codes_from_effective`, :func:`codes_from_splits`, :func:`cell_codes`); counts are
exact; revenue totals are summed per chunk and then added, so they may differ from one
whole-array sum in the last bits.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from segcore.classify.abc import AbcRanking
from segcore.classify.matrix import CELL_LETTERS, cell_codes
from segcore.classify.quadrants import QUADRANT_LETTERS, codes_from_splits
from segcore.classify.xyz import codes_from_effective

__all__ = ["CHUNK_ROWS", "MoveInputs", "RowCodes", "classify_rows"]

#: Rows per chunk: 128 Ki rows is 1 MB of float64, a core's L2 cache on the reference machine.
CHUNK_ROWS = 1 << 17

_CELLS = len(CELL_LETTERS)
_QUADRANTS = len(QUADRANT_LETTERS)


@dataclass(frozen=True)
class MoveInputs:
    """What one move classifies, all aligned with the customer table's rows.

    ``ranking`` orders the ABC basis and ``k1`` / ``k2`` are its boundaries;
    ``effective`` the usable CVs (+inf where N) with the cuts ``x`` / ``y``; ``loyalty``
    the loyalty score and ``profit`` the profit basis with their split values; ``revenue``
    the money summed per cell and quadrant (missing as 0).
    """

    ranking: AbcRanking
    k1: int
    k2: int
    effective: np.ndarray
    x: float
    y: float
    loyalty: np.ndarray
    loyalty_value: float
    profit: np.ndarray
    profit_value: float
    revenue: np.ndarray


@dataclass(frozen=True)
class RowCodes:
    """Each customer's int8 codes and the customers and revenue per (cell, quadrant), 12 × 4."""

    abc: np.ndarray
    xyz: np.ndarray
    quadrant: np.ndarray
    cell: np.ndarray
    customers: np.ndarray
    revenue: np.ndarray


def classify_rows(inputs: MoveInputs, chunk_rows: int = CHUNK_ROWS) -> RowCodes:
    """Give every customer's codes and the 12 × 4 totals, working ``chunk_rows`` rows at a time."""
    if chunk_rows < 1:
        raise ValueError("chunk_rows must be at least 1")
    n = inputs.ranking.n
    abc, xyz, quadrant, cell = (np.empty(n, dtype=np.int8) for _ in range(4))
    customers = np.zeros(_CELLS * _QUADRANTS, dtype=np.int64)
    revenue = np.zeros(_CELLS * _QUADRANTS, dtype=np.float64)
    for start in range(0, n, chunk_rows):
        rows = slice(start, min(start + chunk_rows, n))
        abc[rows] = inputs.ranking.codes(inputs.k1, inputs.k2, rows)
        xyz[rows] = codes_from_effective(inputs.effective[rows], inputs.x, inputs.y)
        quadrant[rows] = codes_from_splits(
            inputs.loyalty[rows], inputs.profit[rows], inputs.loyalty_value, inputs.profit_value
        )
        cells = cell_codes(abc[rows], xyz[rows])
        cell[rows] = cells
        joint = cells * np.int8(_QUADRANTS)
        joint += quadrant[rows]
        customers += np.bincount(joint, minlength=customers.size)
        revenue += np.bincount(joint, weights=inputs.revenue[rows], minlength=revenue.size)
    shape = (_CELLS, _QUADRANTS)
    return RowCodes(abc, xyz, quadrant, cell, customers.reshape(shape), revenue.reshape(shape))
