"""Excel workbooks (.xlsx, .xlsm) read with openpyxl in read-only mode, streamed into DuckDB.

Cells keep their types: text cells go to ``t<i>``, number cells to ``n<i>``, date cells to
``d<i>`` (time of day dropped), so a date cell is never re-parsed from text and a numeric
customer id 12.0 becomes "12". Rows are sent to DuckDB in Arrow batches, so memory stays
bounded; blank rows after the last filled row are not read.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterator, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pyarrow as pa

from segcore.errors import InputError, UserFacingError
from segcore.ingest.bounds import RowBudget
from segcore.ingest.raw import RawColumn, RawTable, unique_name

__all__ = ["cell_text", "load_sheet", "open_workbook", "pick_sheet", "sheet_sample"]

SAMPLE_ROWS = 300
_BATCH_ROWS = 50_000


@contextlib.contextmanager
def open_workbook(path: Path, name: str) -> Iterator[Any]:
    """Give an openpyxl read-only workbook; InputError when it cannot be opened."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # any failure of the parser means a damaged workbook
        raise InputError("ingest.corrupt_workbook", name=name) from exc
    try:
        yield book
    finally:
        book.close()


def cell_text(value: object) -> str:
    """Give a cell as text: dates in ISO form, whole numbers without ``.0``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float):
        if math.isfinite(value) and value == int(value) and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    return str(value).strip()


def _rows(sheet: Any, budget: RowBudget | None = None) -> Iterator[tuple[Any, ...]]:
    """Give the sheet's rows as value tuples, dimensions recomputed when missing.

    ``budget`` counts the rows and cells as they stream and stops past the limits.
    """
    if (sheet.max_column or 0) <= 1:
        sheet.reset_dimensions()
    try:
        for values in sheet.iter_rows(values_only=True):
            if budget is not None:
                budget.count(len(values))
            yield values
    except UserFacingError:
        raise
    except Exception as exc:
        raise InputError("ingest.corrupt_workbook", name=sheet.title) from exc


def sheet_sample(book: Any, sheet_name: str, budget: RowBudget | None = None) -> list[list[str]]:
    """Give the first rows of a sheet as text."""
    rows: list[list[str]] = []
    for values in _rows(book[sheet_name], budget):
        rows.append([cell_text(v) for v in values])
        if len(rows) >= SAMPLE_ROWS:
            break
    return rows


def pick_sheet(book: Any, sheet: str | int | None, budget: RowBudget | None = None) -> str:
    """Give the sheet to read: by name, by 0-based index, or the first holding a table."""
    names: list[str] = list(book.sheetnames)
    if isinstance(sheet, int) and not isinstance(sheet, bool):
        if 0 <= sheet < len(names):
            return names[sheet]
        raise InputError("ingest.no_sheet", sheet=sheet, sheets=", ".join(names))
    if sheet is not None:
        if str(sheet) in names:
            return str(sheet)
        raise InputError("ingest.no_sheet", sheet=sheet, sheets=", ".join(names))
    for name in names:
        sample = sheet_sample(book, name, budget)
        if sum(1 for row in sample if sum(1 for c in row if c) >= 2) >= 2:
            return name
    raise InputError("ingest.empty_workbook", sheets=", ".join(names))


def _split(value: object) -> tuple[str | None, float | None, date | None]:
    """Give a cell as (text, number, date) with exactly one filled (or none)."""
    if value is None or value == "":
        return None, None, None
    if isinstance(value, bool):
        return ("TRUE" if value else "FALSE"), None, None
    if isinstance(value, int | float):
        return None, float(value), None
    if isinstance(value, datetime):
        return None, None, value.date()
    if isinstance(value, date):
        return None, None, value
    return cell_text(value), None, None


def _schema(width: int) -> pa.Schema:
    """Give the Arrow schema of a sheet batch: text, number and date per column."""
    fields = []
    for i in range(width):
        fields += [(f"t{i}", pa.string()), (f"n{i}", pa.float64()), (f"d{i}", pa.date32())]
    return pa.schema(fields)


def _batch(rows: Sequence[tuple[Any, ...]], width: int) -> pa.Table:
    """Give an Arrow table of rows split into text, number and date columns."""
    columns: list[list[Any]] = [[] for _ in range(3 * width)]
    for row in rows:
        for i in range(width):
            parts = _split(row[i] if i < len(row) else None)
            for k in range(3):
                columns[3 * i + k].append(parts[k])
    return pa.Table.from_arrays(columns, schema=_schema(width))


def load_sheet(
    con: Any,
    book: Any,
    sheet_name: str,
    first_row: int,
    names: Sequence[str],
    budget: RowBudget | None = None,
) -> RawTable:
    """Give a DuckDB table holding the sheet from row ``first_row`` (1-based) on.

    ``budget`` counts rows and cells as they stream (see :class:`~segcore.ingest.bounds.RowBudget`).
    """
    table = unique_name("_seg_sheet")
    width = len(names)
    con.register("_seg_batch", _batch([], width))
    con.execute(f"CREATE TEMP TABLE {table} AS SELECT * FROM _seg_batch")
    pending: list[tuple[Any, ...]] = []
    blanks: list[tuple[Any, ...]] = []
    for number, values in enumerate(_rows(book[sheet_name], budget), start=1):
        if number < first_row:
            continue
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            blanks.append(values)
            continue
        pending.extend(blanks)
        blanks.clear()
        pending.append(values)
        if len(pending) >= _BATCH_ROWS:
            _insert(con, table, pending, width)
            pending.clear()
    _insert(con, table, pending, width)
    con.unregister("_seg_batch")
    columns = tuple(
        RawColumn(name=name, text=f"t{i}", num=f"n{i}", day=f"d{i}") for i, name in enumerate(names)
    )
    return RawTable(relation=table, columns=columns, first_row=first_row)


def _insert(con: Any, table: str, rows: Sequence[tuple[Any, ...]], width: int) -> None:
    """Append rows to the sheet table."""
    if rows:
        con.register("_seg_batch", _batch(rows, width))
        con.execute(f"INSERT INTO {table} SELECT * FROM _seg_batch")
