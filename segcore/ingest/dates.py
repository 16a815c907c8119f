"""Date formats: which one a column uses, decided from its values, and how to read it in SQL.

Recognised: ISO ``yyyy-mm-dd`` (with or without a time), ``dd.mm.yyyy`` / ``dd.mm.yy``,
``dd/mm/yyyy`` versus ``mm/dd/yyyy`` (also with ``-``), ``yyyymmdd``, ``05-Jan-2024`` /
``Jan 5, 2024``, and Excel serial day numbers (days since 1899-12-30). Time of day is
dropped.

Day-first or month-first is decided from the data: a first part above 12 means day first,
a second part above 12 means month first. When no value tells (every part ≤ 12) the
order is a default: day first for Russian-looking files (Windows-1251, ``;`` separated or
Cyrillic headers) and for dotted dates, month first otherwise; the report says so.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

__all__ = [
    "DateFormat",
    "date_family",
    "date_sql",
    "detect_date_format",
    "number_date_sql",
    "order_scan_sql",
    "resolve_order",
]

DateKind = Literal["iso", "pattern", "yyyymmdd", "excel_serial", "none"]

_ISO = re.compile(r"^\d{4}[-/]\d{1,2}[-/]\d{1,2}([ T].*)?$")
_DMY = re.compile(r"^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})([ T].*)?$")
_COMPACT = re.compile(r"^(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$")
_NAMED = (
    (re.compile(r"^\d{1,2}-[A-Za-z]{3}-\d{4}"), "%d-%b-%Y", "dd-mon-yyyy"),
    (re.compile(r"^\d{1,2} [A-Za-z]{3} \d{4}"), "%d %b %Y", "dd mon yyyy"),
    (re.compile(r"^[A-Za-z]{3} \d{1,2}, \d{4}"), "%b %d, %Y", "mon dd, yyyy"),
)
_SERIAL = re.compile(r"^\d{5}(\.\d+)?$")
_SERIAL_RANGE = (20000.0, 80000.0)


@dataclass(frozen=True)
class DateFormat:
    """How dates are written in a column.

    ``kind``: ``iso`` (read by a plain cast), ``pattern`` (``formats`` are strptime
    patterns), ``yyyymmdd``, ``excel_serial`` or ``none`` (nothing recognised).
    ``order_source`` tells how a day/month order was chosen: ``data``, ``default_ru``,
    ``default_en`` or ``convention`` (dotted dates); None when the format has no doubt.
    """

    kind: DateKind = "iso"
    formats: tuple[str, ...] = ()
    label: str = "yyyy-mm-dd"
    day_first: bool | None = None
    order_source: str | None = None
    separator: str = ""
    short_year: bool = False


def date_family(value: str, *, allow_serial: bool = False) -> str | None:
    """Give the format family of one value (``iso``, ``dmy./``, ``compact`` …) or None."""
    text = value.strip()
    if not text:
        return None
    if _ISO.match(text):
        return "iso"
    match = _DMY.match(text)
    if match:
        return f"dmy{match.group(2)}{len(match.group(4))}"
    if _COMPACT.match(text) and _valid_compact(text):
        return "compact"
    for pattern, fmt, _ in _NAMED:
        if pattern.match(text):
            return fmt
    if allow_serial and _SERIAL.match(text):
        number = float(text)
        if _SERIAL_RANGE[0] <= number <= _SERIAL_RANGE[1]:
            return "serial"
    return None


def _valid_compact(text: str) -> bool:
    """Tell whether an eight-digit value is a real calendar date."""
    try:
        date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return False
    return True


def detect_date_format(
    values: Iterable[str], *, russian: bool = False, allow_serial: bool = False
) -> DateFormat:
    """Give the date format most of ``values`` are written in (``kind="none"`` if none)."""
    families: Counter[str] = Counter()
    dmy_parts: dict[str, list[tuple[int, int]]] = {}
    for raw in values:
        text = str(raw).strip()
        family = date_family(text, allow_serial=allow_serial)
        if family is None:
            continue
        families[family] += 1
        if family.startswith("dmy"):
            match = _DMY.match(text)
            assert match is not None
            dmy_parts.setdefault(family, []).append((int(match.group(1)), int(match.group(3))))
    if not families:
        return DateFormat(kind="none", label="yyyy-mm-dd")
    family = families.most_common(1)[0][0]
    if family.startswith("dmy"):
        parts = dmy_parts[family]
        first = max(p[0] for p in parts)
        second = max(p[1] for p in parts)
        return resolve_order(_dmy_format(family), first, second, russian=russian)
    return _simple_format(family)


def _simple_format(family: str) -> DateFormat:
    """Give the format of a family that has no day/month doubt."""
    if family == "iso":
        return DateFormat(kind="iso", label="yyyy-mm-dd")
    if family == "compact":
        return DateFormat(kind="yyyymmdd", formats=("%Y%m%d",), label="yyyymmdd")
    if family == "serial":
        return DateFormat(kind="excel_serial", label="excel serial")
    label = next(lab for _, fmt, lab in _NAMED if fmt == family)
    return DateFormat(kind="pattern", formats=(family,), label=label)


def _dmy_format(family: str) -> DateFormat:
    """Give an unresolved day/month format for a ``dmy`` family such as ``dmy/4``."""
    return DateFormat(kind="pattern", separator=family[3], short_year=family[4] == "2")


def resolve_order(fmt: DateFormat, first_max: int, second_max: int, *, russian: bool) -> DateFormat:
    """Give ``fmt`` with its day/month order chosen from the largest first and second parts."""
    if first_max > 12 >= second_max:
        day_first, source = True, "data"
    elif second_max > 12 >= first_max:
        day_first, source = False, "data"
    elif fmt.separator == ".":
        day_first, source = True, "convention"
    else:
        day_first = russian
        source = "default_ru" if russian else "default_en"
    sep, year = fmt.separator, ("%y" if fmt.short_year else "%Y")
    yy = "yy" if fmt.short_year else "yyyy"
    order = ("%d", "%m") if day_first else ("%m", "%d")
    label = ("dd", "mm") if day_first else ("mm", "dd")
    return replace(
        fmt,
        formats=(f"{order[0]}{sep}{order[1]}{sep}{year}",),
        label=f"{label[0]}{sep}{label[1]}{sep}{yy}",
        day_first=day_first,
        order_source=source,
    )


def _lit(text: str) -> str:
    """Give a SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def date_sql(expr: str, fmt: DateFormat) -> str:
    """Give a DuckDB DATE expression reading the text ``expr`` in ``fmt`` (NULL if unreadable).

    ISO dates are accepted as a fallback in every format (Excel date cells and mixed
    columns come out that way).
    """
    iso = f"TRY_CAST({expr} AS DATE)"
    if fmt.kind in ("iso", "none"):
        return iso
    if fmt.kind == "excel_serial":
        number = f"TRY_CAST({expr} AS DOUBLE)"
        return f"COALESCE({serial_sql(number)}, {iso})"
    patterns = "[" + ", ".join(_lit(f) for f in fmt.formats) + "]"
    whole = f"TRY_CAST(try_strptime({expr}, {patterns}) AS DATE)"
    retry = (
        f"list_transform([trim({expr})], lambda s: COALESCE("
        f"TRY_CAST(try_strptime(s, {patterns}) AS DATE), "
        f"TRY_CAST(try_strptime(split_part(replace(s, 'T', ' '), ' ', 1), {patterns}) AS DATE), "
        "TRY_CAST(s AS DATE)))[1]"
    )
    return f"COALESCE({whole}, {retry})"


def serial_sql(number: str) -> str:
    """Give a DuckDB DATE expression for an Excel serial day number (1900 date system)."""
    return (
        f"CASE WHEN {number} BETWEEN 1 AND 2958465 "
        f"THEN DATE '1899-12-30' + CAST(floor({number}) AS INTEGER) END"
    )


def number_date_sql(number: str) -> str:
    """Give a DuckDB DATE expression for a numeric cell: ``yyyymmdd`` or an Excel serial."""
    compact = f"TRY_CAST(try_strptime(CAST(CAST({number} AS BIGINT) AS VARCHAR), '%Y%m%d') AS DATE)"
    return (
        f"CASE WHEN {number} BETWEEN 19000101 AND 21001231 AND {number} = floor({number}) "
        f"THEN {compact} ELSE {serial_sql(number)} END"
    )


def order_scan_sql(expr: str, fmt: DateFormat, source: str) -> str:
    """Give a query for the largest first and second parts of dotted/slashed dates in a column."""
    sep = re.escape(fmt.separator)
    pattern = _lit(rf"^\s*(\d{{1,2}}){sep}(\d{{1,2}}){sep}\d")
    return (
        f"SELECT max(TRY_CAST(regexp_extract({expr}, {pattern}, 1) AS INTEGER)), "
        f"max(TRY_CAST(regexp_extract({expr}, {pattern}, 2) AS INTEGER)) FROM {source}"
    )
