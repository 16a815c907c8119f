"""Typed tables: Parquet files (read by DuckDB) and pandas DataFrames.

Typed columns are used as they are (numbers as numbers, dates and timestamps as dates,
integers also as text so ids keep their digits); text columns are parsed like CSV.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from segcore.errors import InputError
from segcore.ingest.raw import RawColumn, RawTable, quote_ident, sql_literal, unique_name

__all__ = ["frame_relation", "parquet_relation", "sample_rows", "typed_table"]

_INTEGER = {
    "TINYINT",
    "SMALLINT",
    "INTEGER",
    "BIGINT",
    "HUGEINT",
    "UTINYINT",
    "USMALLINT",
    "UINTEGER",
    "UBIGINT",
    "UHUGEINT",
}
_REAL = {"FLOAT", "DOUBLE", "REAL"}


def parquet_relation(con: Any, path: str, name: str) -> str:
    """Give the relation reading a Parquet file; InputError when DuckDB cannot read it."""
    relation = f"read_parquet({sql_literal(path)})"
    try:
        con.execute(f"DESCRIBE SELECT * FROM {relation}").fetchall()
    except Exception as exc:  # any reader failure means a damaged or foreign file
        raise InputError("ingest.corrupt_parquet", name=name) from exc
    return relation


def frame_relation(con: Any, frame: pd.DataFrame) -> str:
    """Give a registered view over a DataFrame (object columns turned into text)."""
    view = unique_name("_seg_frame")
    prepared = frame.copy(deep=False)
    prepared.columns = [str(c) for c in prepared.columns]
    for column in prepared.columns:
        if prepared[column].dtype == object:
            prepared[column] = prepared[column].map(
                lambda v: None if v is None or (isinstance(v, float) and v != v) else str(v)
            )
    con.register(view, prepared)
    return view


def _column(name: str, kind: str) -> RawColumn:
    """Give the raw column for a DuckDB column of type ``kind``."""
    ident = quote_ident(name)
    base = kind.split("(")[0]
    if base == "VARCHAR":
        return RawColumn(name=name, text=ident)
    if base in _INTEGER:
        return RawColumn(name=name, text=f"CAST({ident} AS VARCHAR)", num=f"CAST({ident} AS DOUBLE)")
    if base in _REAL or base == "DECIMAL":
        return RawColumn(name=name, num=f"CAST({ident} AS DOUBLE)")
    if base == "DATE":
        return RawColumn(name=name, day=ident)
    if base.startswith("TIMESTAMP"):
        return RawColumn(name=name, day=f"CAST({ident} AS DATE)")
    return RawColumn(name=name, text=f"CAST({ident} AS VARCHAR)")


def typed_table(con: Any, relation: str) -> RawTable:
    """Give the raw table of a typed relation, one raw column per column."""
    described = con.execute(f"DESCRIBE SELECT * FROM {relation}").fetchall()
    columns = tuple(_column(str(row[0]), str(row[1])) for row in described)
    return RawTable(relation=relation, columns=columns, first_row=1)


def sample_rows(con: Any, relation: str, names: tuple[str, ...], limit: int) -> list[list[str]]:
    """Give the first ``limit`` rows of a relation as text."""
    if not names:
        return []
    fields = ", ".join(f"coalesce(CAST({quote_ident(n)} AS VARCHAR), '')" for n in names)
    rows = con.execute(f"SELECT {fields} FROM {relation} LIMIT {int(limit)}").fetchall()
    return [[str(v) for v in row] for row in rows]
