"""Plan files: a sales plan per period (in total, per segment or per customer), read and parsed.

A plan file is a table with one planned amount per row:

- ``period``: a month ("2025-03", "03.2025", "March 2025", "март 2025"), a quarter
  ("Q1 2025", "2025-Q1", "1 кв. 2025", "I квартал 2025"), a year ("2025") or a date
  (any date format the transactions may use; the date stands for the period containing it);
- ``amount``: the planned revenue (decimal comma, spaces and currency marks allowed);
- optional ``segment`` (a segment code such as "A" or "AX") or ``customer_id``; a row with
  neither is a plan for the whole business.

Columns are found by name in English or Russian (see :data:`COLUMN_NAMES`; a name equal
to one of them, else starting with one, such as "План, руб.") or given by a mapping. The
file is read like the other side files (:func:`segcore.ingest.detect.detect_layout` and
:func:`segcore.ingest.detect.raw_table`). Comparing the plan with the sales is
:func:`segcore.dynamics.plan.plan_vs_actual`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

import duckdb
import pandas as pd

from segcore.errors import InputError
from segcore.ingest.detect import Layout, detect_layout, raw_table
from segcore.ingest.numbers import detect_number_format, parse_number
from segcore.ingest.source import SourceFile, open_source

__all__ = [
    "COLUMN_NAMES",
    "PLAN_COLUMNS",
    "TOTAL",
    "load_plan",
    "parse_period",
    "plan_from_frame",
]

#: The key of the whole-business rows.
TOTAL = "total"

#: Columns of a parsed plan: one row per plan line.
PLAN_COLUMNS = ("period_text", "period_kind", "period_start", "level", "key", "amount")

#: Recognised column names (lower case, spaces and underscores ignored) per plan field.
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "period": ("period", "month", "quarter", "year", "date", "период", "месяц", "квартал", "год", "дата"),
    "amount": (
        "amount", "plan", "planned", "target", "revenue", "sales", "sum",
        "план", "сумма", "плансумма", "выручка", "продажи", "цель",
    ),
    "segment": ("segment", "class", "group", "abc", "сегмент", "класс", "группа"),
    "customer_id": ("customerid", "customer", "client", "clientid", "клиент", "покупатель", "контрагент"),
}  # fmt: skip

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "май": 5, "мая": 5, "июн": 6, "июл": 7,
    "авг": 8, "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
}  # fmt: skip
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_Q = r"(?:q|кв(?:артал)?\.?)"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("year_month", re.compile(r"^(\d{4})[-./](\d{1,2})$")),
    ("month_year", re.compile(r"^(\d{1,2})[-./](\d{4})$")),
    ("quarter_year", re.compile(rf"^{_Q}\s*([1-4])[\s\-./]*(\d{{4}})$")),
    (
        "number_quarter_year",
        re.compile(rf"^([1-4]|i{{1,3}}|iv)\s*[-\s]?\s*{_Q}[\s\-./]*(\d{{4}})(?:\s*г\.?)?$"),
    ),
    ("year_quarter", re.compile(rf"^(\d{{4}})[\s\-./]*{_Q}\s*([1-4])$")),
    ("year", re.compile(r"^(\d{4})(?:\s*г(?:од)?\.?)?$")),
    ("named_month", re.compile(r"^([a-zа-яё]+)\.?[\s\-]+(\d{4})(?:\s*г\.?)?$")),
)


def parse_period(value: Any) -> tuple[str, date] | None:
    """Give (kind, first day) of a plan period: kind "M", "Q", "Y", or "D" for a date.

    None when the value is not a period (see the module docstring for the forms).
    """
    if isinstance(value, pd.Timestamp | date) and not pd.isna(value):
        return "D", pd.Timestamp(value).date()
    text = str(value).strip().lower().replace("ё", "е")
    for name, pattern in _PATTERNS:
        match = pattern.match(text)
        if match:
            return _period_from(name, match.groups())
    return _as_date(text)


def _period_from(name: str, groups: tuple[str, ...]) -> tuple[str, date] | None:
    first, second = (*groups, "")[:2]
    if name == "year_month":
        return _month(int(first), int(second))
    if name == "month_year":
        return _month(int(second), int(first))
    if name == "quarter_year":
        return "Q", date(int(second), 3 * int(first) - 2, 1)
    if name == "number_quarter_year":
        quarter = int(first) if first.isdigit() else _ROMAN[first]
        return "Q", date(int(second), 3 * quarter - 2, 1)
    if name == "year_quarter":
        return "Q", date(int(first), 3 * int(second) - 2, 1)
    if name == "year":
        return "Y", date(int(first), 1, 1)
    month = _MONTHS.get(first[:3])
    return None if month is None else ("M", date(int(second), month, 1))


def _month(year: int, month: int) -> tuple[str, date] | None:
    return ("M", date(year, month, 1)) if 1 <= month <= 12 else None


def _as_date(text: str) -> tuple[str, date] | None:
    if not re.match(r"^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}", text):
        return None
    day_first = not re.match(r"^\d{4}", text)
    parsed = pd.to_datetime(text, dayfirst=day_first, errors="coerce")
    return None if pd.isna(parsed) else ("D", parsed.date())


def _normalised(name: str) -> str:
    return re.sub(r"[\s_\-.]", "", str(name).strip().lower())


def _named(columns: Any, names: tuple[str, ...], taken: set[str]) -> str | None:
    """Give the first free column named exactly like one of ``names``, else starting with one."""
    free = [c for c in columns if c not in taken]
    for exact in (True, False):
        for name in names:
            for column in free:
                text = _normalised(column)
                if text == name if exact else text.startswith(name):
                    return column
    return None


def _find_columns(frame: pd.DataFrame, mapping: Mapping[str, str] | None) -> dict[str, str]:
    """Give the plan field → column of ``frame``, from ``mapping`` or the column names."""
    found = dict(mapping or {})
    missing_mapped = [c for c in found.values() if c not in frame.columns]
    if missing_mapped:
        raise InputError("plan.column_missing", column=missing_mapped[0])
    for field, names in COLUMN_NAMES.items():
        if field not in found:
            column = _named(frame.columns, names, set(found.values()))
            if column is not None:
                found[field] = column
    for field in ("period", "amount"):
        if field not in found:
            raise InputError("plan.no_column", field=field, columns=", ".join(map(str, frame.columns)))
    return found


def plan_from_frame(
    frame: pd.DataFrame,
    mapping: Mapping[str, str] | None = None,
    *,
    first_row: int = 1,
    russian: bool = False,
) -> pd.DataFrame:
    """Give the plan lines of a table already read (columns: :data:`PLAN_COLUMNS`).

    ``level`` is "total", "segment" or "customer" and ``key`` the segment code, the
    customer id or :data:`TOTAL`. Rows whose period and amount are both empty are skipped
    (blank lines); an unreadable period or amount is an :class:`~segcore.errors.InputError`
    naming the row (``first_row`` is the row number of the frame's first row; ``russian``
    makes an ambiguous "1,234" read as 1.234).
    """
    columns = _find_columns(frame, mapping)
    rows = frame[[columns[f] for f in columns]].rename(columns={v: k for k, v in columns.items()})
    rows = rows.reset_index(drop=True)
    rows = rows[~(_blank(rows["period"]) & _blank(rows["amount"]))]
    number_format = detect_number_format((str(v) for v in rows["amount"].dropna()), russian=russian)
    records = rows.to_dict("records")
    lines = [
        _plan_line(row, number_format, first_row + int(n)) for n, row in zip(rows.index, records, strict=True)
    ]
    plan = pd.DataFrame(lines, columns=list(PLAN_COLUMNS))
    if plan.empty:
        raise InputError("plan.empty")
    plan["period_start"] = pd.to_datetime(plan["period_start"])
    plan["amount"] = plan["amount"].astype(float)
    for column in ("period_text", "period_kind", "level", "key"):
        plan[column] = plan[column].astype("string")
    return plan


def _blank(column: pd.Series) -> pd.Series:
    return column.isna() | (column.astype("string").str.strip() == "")


def _plan_line(row: dict[str, Any], number_format: Any, line: int) -> tuple[str, str, date, str, str, float]:
    period = parse_period(row["period"]) if not pd.isna(row["period"]) else None
    if period is None:
        raise InputError("plan.bad_period", row=line, value=row["period"])
    amount = parse_number(row["amount"], number_format) if not pd.isna(row["amount"]) else None
    if amount is None:
        raise InputError("plan.bad_amount", row=line, value=row["amount"])
    level, key = TOTAL, TOTAL
    for field in ("customer_id", "segment"):
        value = row.get(field)
        if value is not None and not pd.isna(value) and str(value).strip():
            level, key = ("customer" if field == "customer_id" else "segment"), str(value).strip()
            break
    kind, start = period
    return str(row["period"]).strip(), kind, start, level, key, float(amount)


def load_plan(
    source: Any, *, mapping: Mapping[str, str] | None = None, sheet: str | int | None = None
) -> pd.DataFrame:
    """Give the plan lines of a plan file (CSV/TSV in any usual dialect, XLSX, Parquet).

    ``source``: a path, bytes, an uploaded file or a DataFrame; ``sheet``: a sheet name or
    0-based index. The file is sniffed like a transaction file (encoding, delimiter, title
    lines above the header, sheet); then see :func:`plan_from_frame`. Error rows are
    numbered as the file shows them.
    """
    if isinstance(source, pd.DataFrame):
        return plan_from_frame(source, mapping)
    con = duckdb.connect()
    try:
        with open_source(source, con=con) as src:
            layout = detect_layout(src, sheet, con)
            frame = _full_table(con, src, layout)
    finally:
        con.close()
    return plan_from_frame(frame, mapping, first_row=layout.first_row, russian=layout.russian)


def _full_table(con: Any, src: SourceFile, layout: Layout) -> pd.DataFrame:
    """Give every row of the source as a frame (a cell: its date, else number, else text)."""
    if layout.complete and layout.relation is None:
        return pd.DataFrame(list(layout.rows), columns=list(layout.names), dtype=object)
    raw = raw_table(con, src, layout)
    fields = []
    for i, column in enumerate(raw.columns):
        fields += [f"{expr or 'NULL'} AS {part}{i}" for part, expr in
                   (("t", column.text), ("n", column.num), ("d", column.day))]  # fmt: skip
    read = con.execute(f"SELECT {', '.join(fields)} FROM {raw.relation}").fetch_df()
    frame = pd.DataFrame(index=read.index)
    for i, column in enumerate(raw.columns):
        cell = read[f"d{i}"].astype(object).where(read[f"d{i}"].notna(), read[f"n{i}"].astype(object))
        frame[column.name] = cell.where(cell.notna(), read[f"t{i}"].astype(object))
    return frame
