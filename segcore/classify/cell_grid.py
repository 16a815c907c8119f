"""The cell grid: running sums of a bucket table, so any slider position's matrix is a few look-ups.

:attr:`BucketTables.cells <segcore.classify.buckets.BucketTables>` has one row per (ABC
bucket, XYZ bucket) pair with customers; on a large base that is nearly every pair of the
101 × 1002 grid. Summing it per cell at each slider position costs a pass over all those
rows. The grid holds instead, for every ABC bucket row ``i`` and XYZ bucket column ``j``,
the customers and revenue of the buckets up to both (running sums over the distinct
buckets present, empty ones merged away). A cell of the 3 × 4 matrix is then the difference
of at most four grid values (:func:`grid_corners`): what the browser looks up while a thumb
is dragged, whatever the number of customers. Its size depends on the grids only (at most
102 × 1003 values) and not on the thresholds: it is built and sent once per bucket table.

Rows: ``0`` (nothing), then one per distinct ABC bucket; :attr:`CellGrid.abc_index` gives,
for each ABC position 0–100, the row of the buckets at or below it. Columns: ``0``, then one
per distinct XYZ bucket other than "no variation" (N), then one more for everything
(N included); :attr:`CellGrid.xyz_index` gives the column for each XYZ position 0–1000.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from segcore.classify.buckets import XYZ_NONE
from segcore.classify.matrix import CELL_LETTERS

__all__ = ["CORNER_CODES", "CellGrid", "cell_grid", "grid_corners", "grid_totals"]

#: Which grid row (``i``) and column (``j``) a corner reads: 0 none, 1 at A / X, 2 at B / Y,
#: 3 every bucket (ABC) or every bucket with a variation (XYZ), 4 every bucket with N (XYZ).
CORNER_CODES = {"none": 0, "first": 1, "second": 2, "all": 3, "with_n": 4}
_ABC_RANGES = {"A": (0, 1), "B": (1, 2), "C": (2, 3)}
_XYZ_RANGES = {"X": (0, 1), "Y": (1, 2), "Z": (2, 3), "N": (3, 4)}


@dataclass(frozen=True)
class CellGrid:
    """Running sums of customers and revenue over ABC rows × XYZ columns (see the module)."""

    abc_index: np.ndarray
    xyz_index: np.ndarray
    customers: np.ndarray
    revenue: np.ndarray

    @property
    def rows(self) -> int:
        """Give the number of grid rows (distinct ABC buckets + 1)."""
        return int(self.customers.shape[0])

    @property
    def columns(self) -> int:
        """Give the number of grid columns (distinct XYZ buckets other than N + 2)."""
        return int(self.customers.shape[1])

    def frame(self) -> pd.DataFrame:
        """Give the grid as rows ``k`` (= row × columns + column), ``c`` (customers), ``r`` (revenue)."""
        return pd.DataFrame(
            {
                "k": np.arange(self.customers.size, dtype=np.int32),
                "c": self.customers.ravel().astype(np.int32),
                "r": self.revenue.ravel(),
            }
        )


def cell_grid(cells: pd.DataFrame) -> CellGrid:
    """Give the running-sum grid of a cells table (columns ``abc``, ``xyz``, ``customers``, ``revenue``)."""
    abc = cells["abc"].to_numpy(dtype=np.int64)
    xyz = cells["xyz"].to_numpy(dtype=np.int64)
    abc_levels = np.unique(abc)
    xyz_levels = np.unique(xyz[xyz != XYZ_NONE])
    row = np.searchsorted(abc_levels, abc) + 1
    column = np.where(xyz == XYZ_NONE, len(xyz_levels) + 1, np.searchsorted(xyz_levels, xyz) + 1)
    shape = (len(abc_levels) + 1, len(xyz_levels) + 2)
    sums = []
    for name in ("customers", "revenue"):
        dense = np.zeros(shape)
        np.add.at(dense, (row, column), cells[name].to_numpy(dtype=np.float64))
        sums.append(dense.cumsum(axis=0).cumsum(axis=1))
    return CellGrid(
        abc_index=np.searchsorted(abc_levels, np.arange(101), side="right"),
        xyz_index=np.searchsorted(xyz_levels, np.arange(1001), side="right"),
        customers=np.rint(sums[0]).astype(np.int64),
        revenue=sums[1],
    )


def grid_corners() -> pd.DataFrame:
    """Give the corners that make up each of the 12 cells: ``abc``, ``xyz``, ``i``, ``j``, ``sign``.

    A cell over ABC rows ``(i0, i1]`` and XYZ columns ``(j0, j1]`` is ``G[i1, j1] − G[i0, j1]
    − G[i1, j0] + G[i0, j0]``; corners on row or column 0 are zero and left out.
    """
    rows = []
    for cell in CELL_LETTERS:
        i0, i1 = _ABC_RANGES[cell[0]]
        j0, j1 = _XYZ_RANGES[cell[1]]
        for i, j, sign in ((i1, j1, 1), (i0, j1, -1), (i1, j0, -1), (i0, j0, 1)):
            if i and j:
                rows.append({"abc": cell[0], "xyz": cell[1], "i": i, "j": j, "sign": sign})
    return pd.DataFrame(rows)


def _rows_and_columns(grid: CellGrid, a: int, b: int, x: int, y: int) -> tuple[list[int], list[int]]:
    first_row, first_column = int(grid.abc_index[a]), int(grid.xyz_index[x])
    rows = [0, first_row, max(first_row, int(grid.abc_index[b])), grid.rows - 1]
    columns = [0, first_column, max(first_column, int(grid.xyz_index[y])), grid.columns - 2, grid.columns - 1]
    return rows, columns


def grid_totals(grid: CellGrid, a: int, b: int, x: int, y: int) -> tuple[np.ndarray, np.ndarray]:
    """Give customers and revenue per cell (``CELL_LETTERS`` order) from the grid's corners.

    The browser's computation: positions as in :func:`~segcore.classify.buckets.cell_totals`.
    """
    rows, columns = _rows_and_columns(grid, a, b, x, y)
    index = {cell: n for n, cell in enumerate(CELL_LETTERS)}
    customers = np.zeros(len(CELL_LETTERS), dtype=np.int64)
    revenue = np.zeros(len(CELL_LETTERS))
    for corner in grid_corners().itertuples(index=False):
        n = index[corner.abc + corner.xyz]
        i, j = rows[corner.i], columns[corner.j]
        customers[n] += corner.sign * grid.customers[i, j]
        revenue[n] += corner.sign * grid.revenue[i, j]
    return customers, revenue
