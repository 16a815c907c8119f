"""Detection shared by :func:`inspect_source` and :func:`load_transactions`.

Looks only at a sample: the first 256 KB of a text file, the first 300 rows of a sheet,
the first rows of a Parquet file or DataFrame. Gives the layout (format, encoding,
delimiter, header row, column names, sample rows), the mapping and the number and date
formats of the mapped columns.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from segcore.errors import InputError
from segcore.ingest.bounds import RowBudget, check_count
from segcore.ingest.dates import DateFormat, detect_date_format
from segcore.ingest.encoding import detect_encoding, looks_binary
from segcore.ingest.header import column_names, find_header
from segcore.ingest.mapping import MappingResult, resolve_mapping
from segcore.ingest.numbers import NumberFormat, detect_number_format
from segcore.ingest.raw import RawTable
from segcore.ingest.read_columnar import frame_relation, parquet_relation, sample_rows, typed_table
from segcore.ingest.read_excel import SAMPLE_ROWS, load_sheet, open_workbook, pick_sheet, sheet_sample
from segcore.ingest.read_text import readable_path, text_table
from segcore.ingest.sniff import TextLayout, decode_sample, sniff_text
from segcore.ingest.source import SourceFile

__all__ = ["Analysis", "Layout", "analyse", "detect_layout", "raw_table"]

_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_NUMBER_FIELDS = ("amount", "cost", "margin", "quantity", "price")


@dataclass(frozen=True)
class Layout:
    """Where the table is in a source: format, names, sample rows and reading details.

    ``first_row`` is the source row number of the first data record (1-based, as a
    spreadsheet or text editor shows it); ``relation`` is set for Parquet and DataFrames.
    """

    format: str
    names: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    complete: bool
    header_row: int | None
    first_row: int
    russian: bool
    encoding: str | None = None
    text: TextLayout | None = None
    sheet: str | None = None
    sheets: tuple[str, ...] = ()
    relation: str | None = None


@dataclass(frozen=True)
class Analysis:
    """A layout with its column mapping and the formats of the mapped columns."""

    layout: Layout
    mapping: MappingResult
    numbers: NumberFormat
    dates: DateFormat


def detect_layout(src: SourceFile, sheet: str | int | None, con: Any) -> Layout:
    """Give the layout of a source (``con``: a DuckDB connection for typed sources)."""
    if src.kind == "text":
        return _text_layout(src)
    if src.kind == "xlsx":
        return _sheet_layout(src, sheet)
    if src.kind == "parquet":
        assert src.path is not None
        relation = parquet_relation(con, str(src.path), src.name)
    else:
        assert src.frame is not None
        relation = frame_relation(con, src.frame)
    return _typed_layout(src, con, relation)


def _budget(src: SourceFile) -> RowBudget | None:
    """Give a fresh row budget for reading a sheet of ``src`` (None without limits)."""
    return RowBudget(src.deadline) if src.deadline is not None else None


def _text_layout(src: SourceFile) -> Layout:
    """Give the layout of a CSV/TSV/aligned text file."""
    encoding = detect_encoding(src.head, complete=src.complete)
    if looks_binary(src.head, encoding):
        raise InputError("ingest.binary", name=src.name)
    text = decode_sample(src.head, encoding, complete=src.complete)
    layout = sniff_text(text, complete=src.complete)
    if src.deadline is not None:
        check_count(src.deadline.limits, src.name, columns=len(layout.names))
    russian = encoding == "cp1251" or layout.delimiter == ";" or _cyrillic(layout.names)
    return Layout(
        format="text" if layout.split_pattern else "csv",
        names=layout.names,
        rows=layout.rows,
        complete=src.complete,
        header_row=layout.header_row,
        first_row=layout.skip_lines + 1,
        russian=russian,
        encoding=encoding,
        text=layout,
    )


def _sheet_layout(src: SourceFile, sheet: str | int | None) -> Layout:
    """Give the layout of a workbook sheet."""
    assert src.path is not None
    with open_workbook(src.path, src.name) as book:
        name = pick_sheet(book, sheet, _budget(src))
        rows = sheet_sample(book, name, _budget(src))
        sheets = tuple(book.sheetnames)
    guess = find_header(rows)
    if guess is None:
        raise InputError("ingest.not_a_table")
    data = rows[guess.data_start :]
    start = guess.header if guess.header is not None else guess.data_start
    used = max((max((i for i, c in enumerate(r) if c), default=-1) + 1 for r in rows[start:]), default=0)
    names = column_names(rows, guess, used)
    return Layout(
        format="xlsx",
        names=names,
        rows=tuple(tuple((r + [""] * used)[:used]) for r in data if any(r)),
        complete=len(rows) < SAMPLE_ROWS,
        header_row=guess.header + 1 if guess.header is not None else None,
        first_row=guess.data_start + 1,
        russian=_cyrillic(names),
        sheet=name,
        sheets=sheets,
    )


def _typed_layout(src: SourceFile, con: Any, relation: str) -> Layout:
    """Give the layout of a Parquet file or DataFrame."""
    names = tuple(str(r[0]) for r in con.execute(f"DESCRIBE SELECT * FROM {relation}").fetchall())
    rows = sample_rows(con, relation, names, SAMPLE_ROWS)
    return Layout(
        format=src.kind,
        names=names,
        rows=tuple(tuple(r) for r in rows),
        complete=len(rows) < SAMPLE_ROWS,
        header_row=None,
        first_row=1,
        russian=_cyrillic(names),
        relation=relation,
    )


def _cyrillic(names: Sequence[str]) -> bool:
    """Tell whether any column name is written in Cyrillic."""
    return any(_CYRILLIC.search(n) for n in names)


def analyse(layout: Layout, explicit: Mapping[str, str | None] | None, *, strict: bool) -> Analysis:
    """Give the mapping and formats of a layout.

    With ``strict`` a missing required column raises InputError; without, the fields that
    could not be found are listed in ``mapping.missing``.
    """
    result = resolve_mapping(layout.names, layout.rows, explicit, strict=strict)
    return Analysis(
        layout=layout,
        mapping=result,
        numbers=_number_format(layout, result.mapping),
        dates=_date_format(layout, result),
    )


def _values(layout: Layout, column: str) -> list[str]:
    """Give the sample values of one column."""
    index = layout.names.index(column)
    return [r[index] for r in layout.rows if index < len(r) and r[index].strip()]


def _number_format(layout: Layout, mapping: Mapping[str, str]) -> NumberFormat:
    """Give the number format of the mapped number columns."""
    values = [v for f in _NUMBER_FIELDS if f in mapping for v in _values(layout, mapping[f])]
    return detect_number_format(values, russian=layout.russian)


def _date_format(layout: Layout, result: MappingResult) -> DateFormat:
    """Give the date format of the mapped date column."""
    column = result.mapping.get("date")
    if column is None:
        return DateFormat(kind="none", label="")
    return detect_date_format(
        _values(layout, column),
        russian=layout.russian,
        allow_serial="date" not in result.by_content,
    )


def raw_table(con: Any, src: SourceFile, layout: Layout) -> RawTable:
    """Give every row of a detected source as a raw relation (text read in one sequential pass).

    For side files (customer attributes, plans); transactions have their own reader with
    re-encoding and parallel reads (:mod:`segcore.ingest.load`).
    """
    if layout.text is not None:
        assert layout.encoding is not None
        path, encoding, gzipped = readable_path(src, layout.encoding)
        return text_table(path, encoding, gzipped, layout.text, parallel=False)
    if layout.format == "xlsx":
        assert src.path is not None and layout.sheet is not None
        with open_workbook(src.path, src.name) as book:
            return load_sheet(con, book, layout.sheet, layout.first_row, layout.names, _budget(src))
    assert layout.relation is not None
    return typed_table(con, layout.relation)
