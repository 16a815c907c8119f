"""Reading a migration matrix: the squares worth drawing and what the customers did.

Works on the frame :func:`segcore.dynamics.migration.migration_matrix` gives (one row per
``from`` × ``to`` pair of codes, ``new`` as a ``from`` for customers only in the second
period and ``lost`` as a ``to`` for customers only in the first).
"""

from __future__ import annotations

import pandas as pd

from segcore.dynamics.migration import LOST, NEW

__all__ = ["movement_counts", "occupied_codes"]


def occupied_codes(matrix: pd.DataFrame) -> pd.DataFrame:
    """Give the matrix without the codes nobody comes from or goes to.

    A row is kept when its ``from`` code has customers in some square and its ``to`` code
    has customers in some square; the twelve ABC × XYZ cells otherwise draw a mostly empty grid.
    """
    has_from = matrix.groupby("from")["customers"].transform("sum").gt(0)
    has_to = matrix.groupby("to")["customers"].transform("sum").gt(0)
    return matrix[has_from & has_to]


def movement_counts(matrix: pd.DataFrame) -> dict[str, int]:
    """Give the customers who kept their code, moved, are new and are lost.

    ``stayed`` and ``moved`` count customers present in both periods (same code or
    another); ``new`` those only in the second, ``lost`` those only in the first.
    """
    frm, to = matrix["from"].astype(str), matrix["to"].astype(str)
    known = (frm != NEW) & (to != LOST)
    return {
        "stayed": int(matrix.loc[known & (frm == to), "customers"].sum()),
        "moved": int(matrix.loc[known & (frm != to), "customers"].sum()),
        "new": int(matrix.loc[frm == NEW, "customers"].sum()),
        "lost": int(matrix.loc[to == LOST, "customers"].sum()),
    }
