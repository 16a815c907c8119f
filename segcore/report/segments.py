"""Each customer's segment code, the customers and revenue per segment, and a segment's name.

Two kinds of segments: ``abc_xyz`` cells (``AX`` … ``CN``, in the column ``cell``) and
loyalty × profit ``quadrant`` codes (``I`` … ``IV``, in the column ``quadrant``). A customer
without a code (None, NaN) is counted apart, as "not classified".
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any, Literal

import numpy as np
import pandas as pd

from segcore.errors import InputError
from segcore.i18n import t
from segcore.i18n.format import is_missing
from segcore.report.playbook import ABC_XYZ_CODES, QUADRANT_CODES, Playbook

__all__ = [
    "KIND_CODES",
    "KIND_COLUMN",
    "SegmentKind",
    "kind_of_codes",
    "segment_codes",
    "segment_groups",
    "segment_name",
    "segment_sizes",
    "summary_rows",
]

SegmentKind = Literal["abc_xyz", "quadrant"]

KIND_COLUMN: dict[str, str] = {"abc_xyz": "cell", "quadrant": "quadrant"}
KIND_CODES: dict[str, tuple[str, ...]] = {"abc_xyz": ABC_XYZ_CODES, "quadrant": QUADRANT_CODES}


def _as_codes(values: Iterable[Any]) -> list[str | None]:
    return [None if is_missing(v) else str(v) for v in values]


def _positional_codes(segments: Any, segment_kind: SegmentKind) -> list[str | None]:
    """Give codes from a sequence aligned with the customers; int codes index the kind's codes."""
    values = segments.to_numpy() if isinstance(segments, pd.Series) else segments
    array = np.asarray(values)
    if array.dtype.kind not in "iu":
        return _as_codes(np.asarray(values, dtype=object))
    letters = KIND_CODES[segment_kind]
    if array.size and array.max() >= len(letters):
        raise ValueError(f"integer segment codes must be below {len(letters)}")
    return [None if i < 0 else letters[i] for i in array.tolist()]


def _frame_codes(customers: pd.DataFrame, segments: pd.DataFrame, column: str) -> list[str | None]:
    """Give codes from a frame's code column, matched on ``customer_id`` when both have it."""
    name = column if column in segments.columns else "segment"
    if name not in segments.columns:
        raise ValueError(f"segments frame needs a {column!r} or 'segment' column")
    if "customer_id" in segments.columns and "customer_id" in customers.columns:
        lookup = dict(zip(segments["customer_id"].astype(str), segments[name], strict=True))
        return _as_codes(lookup.get(c) for c in customers["customer_id"].astype(str))
    return _as_codes(segments[name])


def segment_codes(customers: pd.DataFrame, segments: Any, segment_kind: SegmentKind) -> list[str | None]:
    """Give one segment code (or None) per customer row, in the customers' row order.

    ``segments`` may be ``None`` (the code column is already in ``customers``), a frame with
    the code column (``cell`` / ``quadrant``, or ``segment``) and optionally ``customer_id``
    to match on, or a sequence / Series aligned by position with the rows of ``customers``
    holding code letters or int codes (``abc * 4 + xyz`` for cells, 0 = I … 3 = IV for
    quadrants, negative = no code). Missing values mean "no code".
    """
    column = KIND_COLUMN[segment_kind]
    if segments is None:
        if column not in customers.columns:
            raise InputError("export.error.missing_column", column=column)
        codes = _as_codes(customers[column])
    elif isinstance(segments, pd.DataFrame):
        codes = _frame_codes(customers, segments, column)
    else:
        codes = _positional_codes(segments, segment_kind)
    if len(codes) != len(customers):
        raise ValueError(f"{len(codes)} segment codes for {len(customers)} customers")
    unknown = {c for c in codes if c is not None} - set(KIND_CODES[segment_kind])
    if unknown:
        raise ValueError(f"codes {sorted(unknown)} are not {segment_kind} codes")
    return codes


def _revenue(customers: pd.DataFrame) -> np.ndarray:
    if "revenue" not in customers.columns:
        return np.zeros(len(customers))
    return pd.to_numeric(customers["revenue"], errors="coerce").fillna(0.0).to_numpy(float)


def segment_sizes(
    customers: pd.DataFrame, segments: Any = None, segment_kind: SegmentKind = "abc_xyz"
) -> pd.DataFrame:
    """Give customers, revenue and revenue share per segment, every code of the kind in order.

    Columns: ``segment``, ``customers``, ``revenue``, ``revenue_share``. The share is the
    segment's revenue divided by the revenue of all customers (NaN when that total is not
    positive; with net returns a segment's share can fall outside 0 … 1). Customers without
    a code form a last row with ``segment`` = None.
    """
    codes = segment_codes(customers, segments, segment_kind)
    keys = np.array(["" if c is None else c for c in codes], dtype=object)
    revenue = _revenue(customers)
    total = float(revenue.sum())
    rows = []
    order: list[str | None] = list(KIND_CODES[segment_kind])
    if (keys == "").any():
        order.append(None)
    for code in order:
        mask = keys == ("" if code is None else code)
        seg_revenue = float(revenue[mask].sum())
        share = seg_revenue / total if total > 0 else math.nan
        rows.append((code, int(mask.sum()), seg_revenue, share))
    frame = pd.DataFrame(rows, columns=["segment", "customers", "revenue", "revenue_share"])
    frame["segment"] = pd.Series([row[0] for row in rows], dtype=object)
    return frame


def summary_rows(summary: pd.DataFrame, segment_kind: SegmentKind | None) -> pd.DataFrame:
    """Give a caller's summary in the shape of :func:`segment_sizes`.

    The code is taken from a ``segment`` column, else ``code``, else the kind's code column
    (``cell`` / ``quadrant``; either when the kind is None), else the index. ``customers``
    and ``revenue`` are required; a missing ``revenue_share`` is computed from ``revenue``.
    """
    frame = summary.copy()
    if "segment" not in frame.columns:
        names = ["code"] + ([KIND_COLUMN[segment_kind]] if segment_kind else list(KIND_COLUMN.values()))
        found = next((name for name in names if name in frame.columns), None)
        if found is None:
            frame = frame.rename_axis("segment").reset_index()
        else:
            frame = frame.rename(columns={found: "segment"})
    missing = {"customers", "revenue"} - set(frame.columns)
    if missing:
        raise ValueError(f"summary needs the columns {sorted(missing)}")
    if "revenue_share" not in frame.columns:
        total = float(pd.to_numeric(frame["revenue"]).sum())
        frame["revenue_share"] = frame["revenue"] / total if total > 0 else math.nan
    frame["segment"] = pd.Series(_as_codes(frame["segment"]), index=frame.index, dtype=object)
    return frame[["segment", "customers", "revenue", "revenue_share"]].reset_index(drop=True)


def segment_name(code: str | None, playbook: Playbook, lang: str) -> str:
    """Give a segment's name: its card's title, or "not classified" for no code."""
    if code is None:
        return t("export.report.unclassified", lang)
    return playbook.card(code, lang).title


def segment_groups(codes: list[str | None], segment_kind: SegmentKind) -> list[tuple[str | None, np.ndarray]]:
    """Give (code, row positions) for every non-empty segment in order; no code comes last."""
    keys = np.array(["" if c is None else c for c in codes], dtype=object)
    groups: list[tuple[str | None, np.ndarray]] = []
    for code in [*KIND_CODES[segment_kind], None]:
        rows = np.flatnonzero(keys == ("" if code is None else code))
        if len(rows):
            groups.append((code, rows))
    return groups


def kind_of_codes(codes: Iterable[str | None]) -> SegmentKind:
    """Give the kind the codes belong to: ``quadrant`` when all are quadrant codes, else ``abc_xyz``."""
    present = {c for c in codes if c is not None}
    return "quadrant" if present and present <= set(QUADRANT_CODES) else "abc_xyz"
