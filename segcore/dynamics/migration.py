"""Segment migration: who moved from which segment to which between two periods or scenarios.

Two classifications (segment codes indexed by customer id) are compared customer by
customer. A customer classified only in the first is ``lost`` in the second; one classified
only in the second comes from ``new``. The matrix is long format (one row per from → to
pair, zero pairs included) so a heatmap is complete and a stacked bar or a Sankey diagram
can be drawn from the same rows.

Over several periods, :func:`classify_periods` classifies each time window with the same
scenario (the same thresholds, shares of that window's own total), and
:func:`stayed_counts` tells how many customers kept a segment for k periods in a row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any, Literal

import numpy as np
import pandas as pd

from segcore.classify.abc import ABC_LETTERS
from segcore.classify.matrix import CELL_LETTERS
from segcore.classify.quadrants import QUADRANT_LETTERS
from segcore.classify.segmentation import Segmentation, Segmenter
from segcore.classify.xyz import XYZ_LETTERS
from segcore.customers import customer_table
from segcore.errors import InputError
from segcore.settings import Scenario

__all__ = [
    "LOST",
    "NEW",
    "ScenarioComparison",
    "SegmentKind",
    "classify_periods",
    "compare_scenarios",
    "migration_customers",
    "migration_matrix",
    "ordered_codes",
    "stayed_counts",
    "window_label",
]

NEW = "new"
LOST = "lost"

SegmentKind = Literal["abc", "xyz", "abc_xyz", "quadrant"]

_LETTERS = {"abc": ABC_LETTERS, "xyz": XYZ_LETTERS, "abc_xyz": CELL_LETTERS, "quadrant": QUADRANT_LETTERS}
_CODE_FIELDS = {"abc": "abc_codes", "xyz": "xyz_codes", "abc_xyz": "cell_codes", "quadrant": "quadrant_codes"}

_KNOWN_ORDER = {
    code: position
    for position, code in enumerate([*ABC_LETTERS, *XYZ_LETTERS, *CELL_LETTERS, *QUADRANT_LETTERS])
}


def ordered_codes(codes: Iterable[str]) -> list[str]:
    """Give distinct segment codes in display order: A B C, X Y Z N, AX … CN, I … IV, others."""
    distinct = {str(code) for code in codes} - {NEW, LOST}
    return sorted(distinct, key=lambda c: (_KNOWN_ORDER.get(c, len(_KNOWN_ORDER)), c))


def _clean(classes: pd.Series, side: str) -> pd.Series:
    """Give the codes as text indexed by text ids, unclassified customers (NA) dropped."""
    series = pd.Series(classes)
    series = series[series.notna()]
    series = pd.Series(series.astype(str).to_numpy(), index=series.index.astype(str))
    duplicated = series.index.duplicated()
    if duplicated.any():
        example = str(series.index[duplicated][0])
        raise InputError("dynamics.migration_duplicates", side=side, example=example)
    return series


def _aligned(a: pd.Series, b: pd.Series) -> tuple[pd.Index, np.ndarray, np.ndarray]:
    """Give the union of ids and both sides' codes on it (NEW / LOST where missing)."""
    if a.index.equals(b.index):
        return a.index, a.to_numpy(dtype=object), b.to_numpy(dtype=object)
    ids = a.index.union(b.index)
    return (
        ids,
        a.reindex(ids).fillna(NEW).to_numpy(dtype=object),
        b.reindex(ids).fillna(LOST).to_numpy(dtype=object),
    )


def _money(revenue: pd.Series | None, ids: pd.Index) -> np.ndarray | None:
    if revenue is None:
        return None
    series = pd.Series(revenue)
    series.index = series.index.astype(str)
    if not series.index.equals(ids):
        series = series[~series.index.duplicated()].reindex(ids)
    return np.nan_to_num(series.to_numpy(dtype=np.float64, na_value=np.nan))


def migration_matrix(
    classes_a: pd.Series,
    classes_b: pd.Series,
    revenue_b: pd.Series | None = None,
    revenue_a: pd.Series | None = None,
    *,
    codes: Sequence[str] = (),
) -> pd.DataFrame:
    """Give customers and revenue for every from → to pair of segments between A and B.

    ``classes_a`` / ``classes_b``: segment codes indexed by customer id (missing codes mean
    "not classified there"). Rows: every ``from`` in ``new`` + the codes present in either
    side (plus ``codes``, to keep empty segments visible) × every ``to`` in those codes +
    ``lost``, in display order, zero pairs included (``new → lost`` is always 0).
    Columns: from, to, customers, share_of_from (customers / all customers of the
    ``from`` row), revenue_a, revenue_b (sums of the given revenue over the pair's
    customers, missing revenue as 0; NaN when not given).

    Row sums of ``customers`` are the class sizes in A (and the new customers); column sums
    the class sizes in B (and the lost customers).
    """
    a, b = _clean(classes_a, "A"), _clean(classes_b, "B")
    ids, from_codes, to_codes = _aligned(a, b)
    present = ordered_codes([*pd.unique(a.to_numpy()), *pd.unique(b.to_numpy()), *codes])
    rows, columns = [NEW, *present], [*present, LOST]
    from_index = pd.Categorical(from_codes, categories=rows).codes.astype(np.intp)
    to_index = pd.Categorical(to_codes, categories=columns).codes.astype(np.intp)
    cells = from_index * len(columns) + to_index
    size = len(rows) * len(columns)
    counts = np.bincount(cells, minlength=size)
    frame = pd.DataFrame(
        {
            "from": pd.array(np.repeat(rows, len(columns)), dtype="string"),
            "to": pd.array(np.tile(columns, len(rows)), dtype="string"),
            "customers": counts.astype(np.int64),
        }
    )
    row_totals = np.repeat(counts.reshape(len(rows), len(columns)).sum(axis=1), len(columns))
    frame["share_of_from"] = np.divide(counts, row_totals, out=np.full(size, np.nan), where=row_totals > 0)
    for name, revenue in (("revenue_a", revenue_a), ("revenue_b", revenue_b)):
        money = _money(revenue, ids)
        frame[name] = (
            np.full(size, np.nan) if money is None else np.bincount(cells, weights=money, minlength=size)
        )
    return frame


def migration_customers(classes_a: pd.Series, classes_b: pd.Series, from_: str, to: str) -> list[str]:
    """Give the ids (sorted) of the customers behind one cell of :func:`migration_matrix`."""
    a, b = _clean(classes_a, "A"), _clean(classes_b, "B")
    ids, from_codes, to_codes = _aligned(a, b)
    chosen = (from_codes == from_) & (to_codes == to)
    return sorted(ids[chosen].tolist())


def window_label(start: date, end: date) -> str:
    """Give the column label of a time window: "2024-01-01..2024-12-31"."""
    return f"{pd.Timestamp(start).date().isoformat()}..{pd.Timestamp(end).date().isoformat()}"


def stayed_counts(codes_frame: pd.DataFrame, code: str) -> pd.DataFrame:
    """Give how many customers kept ``code`` for k consecutive periods, k = 1 … periods.

    ``codes_frame``: customers × periods (columns in time order), e.g. from
    :func:`classify_periods`; missing means not classified in that period (a break).
    Columns: ``k``; ``current_exactly`` / ``current_at_least``: customers whose run of
    ``code`` ending with the last period is exactly / at least k periods long ("A for the
    last k periods"); ``ever_at_least``: customers who had a run of at least k periods at
    any time.
    """
    matches = codes_frame.astype("string").eq(code).fillna(False).to_numpy(dtype=bool)
    customers, periods = matches.shape
    run = np.zeros(customers, dtype=np.int64)
    longest = np.zeros(customers, dtype=np.int64)
    for column in range(periods):
        run = np.where(matches[:, column], run + 1, 0)
        np.maximum(longest, run, out=longest)
    k = np.arange(1, periods + 1)
    current = np.bincount(run, minlength=periods + 1)[1:]
    ever = np.bincount(longest, minlength=periods + 1)[1:]
    return pd.DataFrame(
        {
            "k": k,
            "current_exactly": current.astype(np.int64),
            "current_at_least": current[::-1].cumsum()[::-1].astype(np.int64),
            "ever_at_least": ever[::-1].cumsum()[::-1].astype(np.int64),
        }
    )


def _codes_of(segmentation: Segmentation, kind: SegmentKind) -> np.ndarray:
    letters = {
        "abc": segmentation.abc,
        "xyz": segmentation.xyz,
        "abc_xyz": segmentation.cell,
        "quadrant": segmentation.quadrant,
    }
    return letters[kind]


def classify_periods(
    transactions: Any,
    windows: Sequence[tuple[date, date]],
    scenario: Scenario,
    kind: SegmentKind = "abc",
) -> pd.DataFrame:
    """Give the segment code of every customer in every time window (customers × windows).

    Each window ``(start, end)`` (both inclusive) gets its own customer table
    (:func:`segcore.customers.customer_table` with the scenario's aggregation settings
    and that window) classified by the same scenario: the same thresholds, applied to the
    window's own customers (ABC shares are shares of that window's total). Rows: every
    customer with a line in some window (index ``customer_id``, sorted); columns: windows
    in the given order, labelled by :func:`window_label`; missing (NA) where the customer
    has no line in the window. A customer with only returns in a window is in that window's
    table (negative revenue, so C), not missing.
    """
    if not windows:
        raise InputError("dynamics.windows_empty")
    columns: dict[str, pd.Series] = {}
    for start, end in windows:
        if start > end:
            raise InputError("dynamics.window_order", start=start, end=end)
        settings = scenario.aggregation.replace(start=start, as_of=end)
        customers = customer_table(transactions, settings)
        codes: np.ndarray | list[str] = (
            _codes_of(Segmenter(customers).segment(scenario), kind) if len(customers) else []
        )
        ids = customers["customer_id"].astype(str).to_numpy()
        columns[window_label(start, end)] = pd.Series(codes, index=ids, dtype="string")
    frame = pd.DataFrame(columns).astype("string").sort_index()
    frame.index.name = "customer_id"
    return frame


@dataclass(frozen=True)
class ScenarioComparison:
    """Two scenarios on one customer table: both summaries, who moves, and the migrations.

    ``a`` / ``b``: the two :class:`~segcore.classify.segmentation.Segmentation` objects (their
    ``matrix`` and ``quadrant_summary`` are the 3 × 3 (+ N) and 2 × 2 summaries);
    ``moved``: customers whose class changed, per kind (``abc``, ``xyz``, ``abc_xyz``,
    ``quadrant``); :meth:`migration` gives the from → to matrix of a kind and
    :attr:`movers` the customers who changed any class.
    """

    a: Segmentation
    b: Segmentation
    customer_ids: np.ndarray
    revenue: np.ndarray
    moved: dict[str, int]

    def migration(self, kind: SegmentKind = "abc_xyz") -> pd.DataFrame:
        """Give customers and revenue per from → to pair (codes of A × codes of B, all pairs).

        Same columns as :func:`migration_matrix` (no ``new`` / ``lost``: both scenarios
        classify the same customers); ``revenue_a`` = ``revenue_b`` = the customers' revenue.
        """
        letters = _LETTERS[kind]
        codes_a, codes_b = _int_codes(self.a, self.b, kind)
        size = len(letters)
        cells = codes_a.astype(np.intp) * size + codes_b
        counts = np.bincount(cells, minlength=size * size)
        money = np.bincount(cells, weights=self.revenue, minlength=size * size)
        rows = counts.reshape(size, size).sum(axis=1).repeat(size)
        return pd.DataFrame(
            {
                "from": pd.array(np.repeat(letters, size), dtype="string"),
                "to": pd.array(np.tile(letters, size), dtype="string"),
                "customers": counts.astype(np.int64),
                "share_of_from": np.divide(counts, rows, out=np.full(counts.shape, np.nan), where=rows > 0),
                "revenue_a": money,
                "revenue_b": money,
            }
        )

    @cached_property
    def movers(self) -> pd.DataFrame:
        """Give the customers whose ABC, XYZ or quadrant differs, with both codes and revenue."""
        changed = np.zeros(len(self.customer_ids), dtype=bool)
        for kind in ("abc", "xyz", "quadrant"):
            codes_a, codes_b = _int_codes(self.a, self.b, kind)
            changed |= codes_a != codes_b
        rows = np.flatnonzero(changed)
        frame = pd.DataFrame({"customer_id": pd.array(self.customer_ids[rows], dtype="string")})
        every_kind: tuple[SegmentKind, ...] = ("abc", "xyz", "abc_xyz", "quadrant")
        for kind in every_kind:
            frame[f"{kind}_a"] = pd.array(_codes_of(self.a, kind)[rows], dtype="string")
            frame[f"{kind}_b"] = pd.array(_codes_of(self.b, kind)[rows], dtype="string")
        frame["revenue"] = self.revenue[rows]
        return frame


def _int_codes(a: Segmentation, b: Segmentation, kind: SegmentKind) -> tuple[np.ndarray, np.ndarray]:
    name = _CODE_FIELDS[kind]
    return getattr(a, name), getattr(b, name)


def compare_scenarios(segmenter: Segmenter, scenario_a: Scenario, scenario_b: Scenario) -> ScenarioComparison:
    """Give scenario A against scenario B on one customer table: summaries, movers, migrations.

    Calls :meth:`~segcore.classify.segmentation.Segmenter.segment` twice; the rest is vector
    comparisons on the int8 codes (movers and matrices are built when first asked for).
    """
    a, b = segmenter.segment(scenario_a), segmenter.segment(scenario_b)
    moved = {}
    for kind in ("abc", "xyz", "abc_xyz", "quadrant"):
        codes_a, codes_b = _int_codes(a, b, kind)
        moved[kind] = int(np.count_nonzero(codes_a != codes_b))
    ids = segmenter.customers["customer_id"].to_numpy(dtype=object)
    return ScenarioComparison(a=a, b=b, customer_ids=ids, revenue=segmenter.revenue, moved=moved)
