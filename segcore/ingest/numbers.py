"""Number formats: decimal comma or point, thousands separators and currency marks.

One format is decided per file from a sample of its number cells, then every value is
parsed in SQL by :func:`number_sql` (and in Python by :func:`parse_number` for small
tables). Rules, the same in both:

- spaces of any kind (including no-break U+00A0 and narrow no-break U+202F), apostrophes
  and currency marks (₽, руб., р., $, €, £, USD, RUB, EUR) are removed;
- ``(12.50)`` and ``12.50-`` are negative; the minus sign U+2212 counts as a minus;
- a value holding both ``.`` and ``,`` takes the last one as its decimal separator;
- otherwise the file's decimal separator is the decimal one and the other is a thousands
  separator;
- ``nan`` and infinities are not numbers.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["NumberFormat", "detect_number_format", "number_sql", "parse_number"]

_CURRENCY = r"руб\.?|р\.|₽|\$|€|£|usd|rub|eur"
_STRIP_RE = re.compile(rf"(?i)({_CURRENCY}|[\s\u00a0\u202f'’])")
_SQL_STRIP = r"(?i)(" + _CURRENCY + r"|[\s\x{00a0}\x{202f}'’])"
_SPACE_GROUP = re.compile(r"\d([ \u00a0\u202f])\d{3}(?!\d)")
_NUMBER_RE = re.compile(r"^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$")


@dataclass(frozen=True)
class NumberFormat:
    """How numbers are written in a file: decimal separator and thousands separator."""

    decimal: str = "."
    thousands: str = ""

    @property
    def label(self) -> str:
        """Give a short description such as ``1 234,56``."""
        sep = {"\u00a0": " ", "\u202f": " "}.get(self.thousands, self.thousands)
        return f"1{sep}234{self.decimal}56"


def parse_number(text: object, fmt: NumberFormat = NumberFormat()) -> float | None:
    """Give the number written in ``text`` under ``fmt``, or None when it is not a number."""
    if text is None:
        return None
    if isinstance(text, int | float) and not isinstance(text, bool):
        value = float(text)
        return value if math.isfinite(value) else None
    core = _STRIP_RE.sub("", str(text)).replace("\u2212", "-")
    negative = False
    if core.startswith("(") and core.endswith(")"):
        core, negative = core[1:-1], True
    elif core.endswith("-") and not core.startswith("-"):
        core, negative = core[:-1], True
    core = _separators(core, fmt)
    if not _NUMBER_RE.match(core):
        return None
    value = float(core)
    if not math.isfinite(value):
        return None
    return -value if negative else value


def _separators(core: str, fmt: NumberFormat) -> str:
    """Give ``core`` with thousands separators removed and a point as decimal separator."""
    if "." in core and "," in core:
        if core.rfind(".") > core.rfind(","):
            return core.replace(",", "")
        return core.replace(".", "").replace(",", ".")
    if fmt.decimal == ",":
        if fmt.thousands == ".":
            core = core.replace(".", "")
        return core.replace(",", ".")
    return core.replace(",", "")


def detect_number_format(values: Iterable[str], *, russian: bool = False) -> NumberFormat:
    """Give the number format that reads the sample ``values`` best.

    Evidence, strongest first: values with both separators (the last is decimal), a
    separator used twice (thousands), a separator followed by other than three digits
    (decimal). ``1,234`` alone is ambiguous: decimal comma in Russian-looking files
    (Windows-1251, ``;`` separated or Cyrillic headers), thousands comma otherwise.
    """
    decimal: Counter[str] = Counter()
    thousands: Counter[str] = Counter()
    for raw in values:
        _vote(str(raw), decimal, thousands)
    if decimal:
        dec = decimal.most_common(1)[0][0]
    else:
        dec = "," if russian and thousands.get(",") and not thousands.get(".") else "."
        if dec == ",":
            thousands.pop(",", None)
    thousands.pop(dec, None)
    sep = thousands.most_common(1)[0][0] if thousands else ""
    return NumberFormat(decimal=dec, thousands=sep)


def _vote(raw: str, decimal: Counter[str], thousands: Counter[str]) -> None:
    """Add the separator evidence of one value to the counters."""
    text = raw.strip()
    if not text or not any(ch.isdigit() for ch in text):
        return
    space = _SPACE_GROUP.search(text)
    if space:
        thousands[space.group(1)] += 1
    if "'" in text or "’" in text:
        thousands["'"] += 1
    core = re.sub(r"[^\d.,]", "", text)
    if "." in core and "," in core:
        last = "." if core.rfind(".") > core.rfind(",") else ","
        decimal[last] += 1
        thousands["," if last == "." else "."] += 1
        return
    for sep in ".,":
        count = core.count(sep)
        if count > 1:
            thousands[sep] += 1
        elif count == 1:
            digits_after = len(core) - core.index(sep) - 1
            if digits_after == 3 and core.index(sep) > 0:
                thousands[sep] += 1
            else:
                decimal[sep] += 1


def _lit(text: str) -> str:
    """Give a SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def number_sql(expr: str, fmt: NumberFormat) -> str:
    """Give a DuckDB expression turning the text ``expr`` into a DOUBLE (NULL if unreadable).

    A plain cast is tried first, so clean files pay nothing for the locale rules; the
    slow path runs only for values the cast refuses (COALESCE is lazy, and the cleaned
    text is bound once in a lambda so the optimiser does not compute it for every row).
    """
    if fmt.decimal == ",":
        fast = f"TRY_CAST(replace({expr}, ',', '.') AS DOUBLE)"
        if fmt.thousands == ".":
            fast = f"CASE WHEN NOT contains({expr}, '.') THEN {fast} END"
    else:
        fast = f"TRY_CAST({expr} AS DOUBLE)"
    core = f"replace(regexp_replace({expr}, {_lit(_SQL_STRIP)}, '', 'g'), chr(8722), '-')"
    signed = f"regexp_replace(regexp_replace({core}, '^\\((.*)\\)$', '-\\1'), '^([^-].*)-$', '-\\1')"
    if fmt.decimal == ",":
        single = "replace(s, ',', '.')"
        if fmt.thousands == ".":
            single = "replace(replace(s, '.', ''), ',', '.')"
    else:
        single = "replace(s, ',', '')"
    choice = (
        "CASE WHEN contains(s, '.') AND contains(s, ',') THEN "
        "CASE WHEN strpos(reverse(s), '.') < strpos(reverse(s), ',') "
        "THEN replace(s, ',', '') ELSE replace(replace(s, '.', ''), ',', '.') END "
        f"ELSE {single} END"
    )
    slow = f"list_transform([{signed}], lambda s: TRY_CAST({choice} AS DOUBLE))[1]"
    return f"COALESCE({fast}, {slow})"
