"""Per-customer attributes (loyalty membership, referrals, payment discipline …).

An attributes file has one row per customer: a customer id column and any others. Each
other column is typed from its values: yes/no, да/нет, true/false, y/n, 1/0 → bool;
numbers (locale rules as for amounts) → float; anything else → text. Rows without a
customer id are skipped; when an id repeats, its first row is used and the repeats are
counted. The customer column is the named one, else the column whose name says customer
(клиент, customer …), else the first column.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb
import pandas as pd

from segcore.errors import InputError
from segcore.ingest.detect import Layout, detect_layout, raw_table
from segcore.ingest.limits import UploadLimits
from segcore.ingest.mapping import suggest_by_name
from segcore.ingest.numbers import detect_number_format, parse_number
from segcore.ingest.raw import quote_ident
from segcore.ingest.source import open_source
from segcore.ingest.transform import text_expr

__all__ = ["CustomerAttributes", "join_attributes", "load_attributes"]

_TRUE = {"yes", "y", "да", "д", "true", "1", "истина"}
_FALSE = {"no", "n", "нет", "н", "false", "0", "ложь"}


@dataclass(frozen=True)
class CustomerAttributes:
    """Attributes per customer: ``frame`` has ``customer_id`` (text) and typed columns.

    ``kinds`` gives each column's type (``bool``, ``number`` or ``text``); ``duplicates``
    counts rows repeating an earlier customer id (left out); ``missing_ids`` counts rows
    without a customer id (left out).
    """

    frame: pd.DataFrame
    customer_column: str
    kinds: dict[str, str]
    duplicates: int
    duplicate_examples: tuple[str, ...]
    missing_ids: int


def load_attributes(
    source: Any,
    *,
    customer_column: str | None = None,
    sheet: str | int | None = None,
    limits: UploadLimits | None = None,
) -> CustomerAttributes:
    """Give the per-customer attributes in a CSV, XLSX or Parquet file (or DataFrame).

    ``limits``: the upload limits (default :func:`~segcore.ingest.limits.configured_limits`).
    """
    con = duckdb.connect()
    try:
        with open_source(source, limits, con=con) as src:
            layout = detect_layout(src, sheet, con)
            column = _customer_column(layout, customer_column)
            raw = raw_table(con, src, layout)
            texts = ", ".join(f"{text_expr(c)} AS _c{i}" for i, c in enumerate(raw.columns))
            frame = con.execute(f"SELECT {texts} FROM {raw.relation}").df()
            frame.columns = [c.name for c in raw.columns]  # by position: odd names stay as they are
    finally:
        con.close()
    return _typed(frame, column, layout.russian)


def _customer_column(layout: Layout, wanted: str | None) -> str:
    """Give the customer id column: the one named, recognised by name, or the first."""
    if wanted is not None:
        if wanted not in layout.names:
            raise InputError("ingest.mapping_missing_column", column=wanted, columns=", ".join(layout.names))
        return wanted
    return suggest_by_name(layout.names).get("customer_id") or layout.names[0]


def _typed(frame: pd.DataFrame, column: str, russian: bool) -> CustomerAttributes:
    """Give the attributes with ids checked and every other column typed."""
    ids = frame[column].astype("string").str.strip()
    frame = frame.assign(**{column: ids})
    missing = int(ids.isna().sum() + (ids == "").sum())
    frame = frame[ids.notna() & (ids != "")]
    repeated = frame[column].duplicated(keep="first")
    examples = tuple(dict.fromkeys(frame.loc[repeated, column].tolist()))[:5]
    frame = frame[~repeated]
    out = {"customer_id": frame[column].astype(str).tolist()}
    kinds: dict[str, str] = {}
    for name in frame.columns:
        if name != column:
            kinds[name], out[name] = _typed_column(frame[name].tolist(), russian)
    return CustomerAttributes(
        frame=pd.DataFrame(out).reset_index(drop=True),
        customer_column=column,
        kinds=kinds,
        duplicates=int(repeated.sum()),
        duplicate_examples=examples,
        missing_ids=missing,
    )


def _typed_column(values: list[Any], russian: bool) -> tuple[str, Any]:
    """Give a column's kind and its values as a typed pandas array."""
    texts = [None if v is None or pd.isna(v) or not str(v).strip() else str(v).strip() for v in values]
    filled = [v for v in texts if v is not None]
    lowered = {v.lower() for v in filled}
    if filled and lowered <= _TRUE | _FALSE:
        return "bool", pd.array([None if v is None else v.lower() in _TRUE for v in texts], dtype="boolean")
    fmt = detect_number_format(filled, russian=russian)
    numbers = [None if v is None else parse_number(v, fmt) for v in texts]
    if filled and all(n is not None for v, n in zip(texts, numbers, strict=True) if v):
        return "number", pd.array([float("nan") if n is None else n for n in numbers], dtype="float64")
    return "text", pd.array(texts, dtype="string")


def join_attributes(con: Any, table: str, attrs: CustomerAttributes) -> tuple[pd.DataFrame, int]:
    """Give the attributes of customers present in ``table`` and how many had none there."""
    ids = pd.DataFrame({"customer_id": attrs.frame["customer_id"].astype(str)})
    view = f"_seg_attr_ids_{id(ids)}"
    con.register(view, ids)
    try:
        present = con.execute(
            f"SELECT a.customer_id FROM {view} a WHERE EXISTS "
            f"(SELECT 1 FROM {quote_ident(table)} t WHERE t.customer_id = a.customer_id)"
        ).fetchall()
    finally:
        con.unregister(view)
    keep = {r[0] for r in present}
    matched = attrs.frame[attrs.frame["customer_id"].isin(keep)]
    matched = matched.sort_values("customer_id").reset_index(drop=True)
    return matched, len(attrs.frame) - len(matched)
