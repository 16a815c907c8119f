"""Typed cells, columns and header rows in an XLSX worksheet, with every text cell guarded.

Text is always written as a string cell (never a formula) after
:func:`~segcore.report.guard.safe_cell`, cut to the 32 767 characters a cell holds;
numbers, booleans and dates keep their type and get the number format of their column kind
(:mod:`segcore.report.columns`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import numpy as np
import pandas as pd
import xlsxwriter

from segcore.i18n.format import is_missing, spreadsheet_date_format
from segcore.report.guard import safe_cell

__all__ = ["cell_styles", "cell_text", "column_width", "write_column", "write_header", "write_value"]

_MAX_CELL_TEXT = 32_767


def cell_styles(book: xlsxwriter.Workbook, lang: str) -> dict[str, Any]:
    """Give the workbook's cell formats by name: title, header, text and one per column kind."""

    def fmt(**props: Any) -> Any:
        return book.add_format(props)

    return {
        "title": fmt(bold=True, font_size=14),
        "bold": fmt(bold=True),
        "header": fmt(bold=True, text_wrap=True, valign="top", bg_color="#DDEBF7", border=1),
        "text": fmt(num_format="@"),
        "wrap": fmt(text_wrap=True, valign="top"),
        "money": fmt(num_format="#,##0.00"),
        "share": fmt(num_format="0.0%"),
        "count": fmt(num_format="#,##0"),
        "number": fmt(num_format="#,##0.00"),
        "mixed": None,
        "date": fmt(num_format=spreadsheet_date_format(lang)),
    }


def cell_text(value: Any) -> str:
    """Give a value as guarded text that fits in one cell."""
    return str(safe_cell(str(value)))[:_MAX_CELL_TEXT]


def write_value(sheet: Any, row: int, col: int, value: Any, kind: str, styles: dict[str, Any]) -> None:
    """Write one cell by its kind; text is guarded and always a string cell, never a formula."""
    if is_missing(value):
        return
    if kind == "text" or isinstance(value, str):
        sheet.write_string(row, col, cell_text(value), styles["text"] if kind == "text" else None)
    elif isinstance(value, bool | np.bool_):
        sheet.write_boolean(row, col, bool(value))
    elif isinstance(value, int | float | np.number):
        if math.isfinite(float(value)):
            sheet.write_number(row, col, float(value), styles[kind] if kind != "bool" else None)
    elif isinstance(value, datetime | date):
        if isinstance(value, pd.Timestamp):
            value = value.to_pydatetime()
        if isinstance(value, datetime) and value.tzinfo is not None:
            value = value.replace(tzinfo=None)
        sheet.write_datetime(row, col, value, styles["date"])
    else:
        sheet.write_string(row, col, cell_text(value))


def write_header(sheet: Any, labels: Sequence[str], widths: Sequence[float], styles: dict[str, Any]) -> None:
    """Write a wrapped header row sized to its longest label and set the column widths."""
    lines = 1
    for col, (label, width) in enumerate(zip(labels, widths, strict=True)):
        sheet.write_string(0, col, cell_text(label), styles["header"])
        sheet.set_column(col, col, width)
        lines = max(lines, math.ceil(len(label) / max(width - 2, 1)))
    sheet.set_row(0, 15 * min(lines, 4) + 2)


def column_width(label: str, kind: str, series: pd.Series) -> float:
    """Give a column's width: text as wide as its longest value (10 … 40), numbers 12 … 24."""
    if kind in ("text", "mixed"):
        sample = series.head(500).astype(object).map(lambda v: len(str(v)))
        longest = int(sample.max()) if len(sample) else 0
        return float(min(max(longest + 2, len(label) // 2 + 2, 10), 40))
    return float(min(max(math.ceil(len(label) / 2) + 2, 12), 24))


def write_column(sheet: Any, col: int, series: pd.Series, kind: str, styles: dict[str, Any]) -> None:
    """Write one column below the header: numbers and text in bulk, anything else cell by cell."""
    present = ~series.isna().to_numpy(dtype=bool)
    rows = (np.flatnonzero(present) + 1).tolist()
    numeric = pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)
    if numeric and kind not in ("text", "date"):
        values = series.to_numpy(dtype=float, na_value=np.nan)[present]
        finite = np.isfinite(values)
        write_number, style = sheet.write_number, styles[kind]
        for row, value in zip(np.asarray(rows)[finite].tolist(), values[finite].tolist(), strict=True):
            write_number(row, col, value, style)
    elif kind == "text" or pd.api.types.is_string_dtype(series):
        style = styles["text"] if kind == "text" else None
        for row, value in zip(rows, series[present].tolist(), strict=True):
            sheet.write_string(row, col, cell_text(value), style)
    else:
        for row, value in zip(rows, series[present].tolist(), strict=True):
            write_value(sheet, row, col, value, kind, styles)
