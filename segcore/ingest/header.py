"""Where a table starts: the header row below title rows, and the column names.

Accounting and Excel reports often put one to five title lines ("Продажи за период …",
"Организация: …") above the header. Rules, applied to the first rows of a sheet or file:

- a row is *wide* when it fills at least half of the table's usual width (and two cells);
- the first data row is the first wide row holding a number or a date that is followed
  by more such rows;
- the header is the nearest wide row above it made only of text; when none exists the
  table has no header and its columns are named ``column_1``, ``column_2`` …;
- a header over two lines (a merged group label above its sub-labels, or labels merged
  down) gives each column its lowest filled label; the rows between the header and the
  first data row that hold only labels belong to the header.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from segcore.ingest.dates import date_family
from segcore.ingest.numbers import NumberFormat, parse_number

__all__ = ["HeaderGuess", "column_names", "find_header", "is_value"]

_COMMA = NumberFormat(decimal=",", thousands=" ")


@dataclass(frozen=True)
class HeaderGuess:
    """Index of the header row (None when there is none), the first data row, and the
    rows whose cells give the column names (a merged group label above, sub-labels below).
    """

    header: int | None
    data_start: int
    name_rows: tuple[int, ...] = ()


def is_value(cell: str) -> bool:
    """Tell whether a cell holds a number or a date rather than a label."""
    text = cell.strip()
    if not text:
        return False
    if date_family(text) is not None:
        return True
    return parse_number(text) is not None or parse_number(text, _COMMA) is not None


def _filled(row: Sequence[str]) -> int:
    """Give how many cells of a row are not blank."""
    return sum(1 for cell in row if cell.strip())


def _usual_width(rows: Sequence[Sequence[str]]) -> int:
    """Give the most common width (last filled cell) among rows with two or more cells."""
    widths = Counter(max(i for i, c in enumerate(row) if c.strip()) + 1 for row in rows if _filled(row) >= 2)
    return widths.most_common(1)[0][0] if widths else 0


def find_header(rows: Sequence[Sequence[str]]) -> HeaderGuess | None:
    """Give the header and first data row of ``rows``, or None when no table is found."""
    width = _usual_width(rows)
    if width < 2:
        return None
    need = max(2, math.ceil(width / 2))
    wide = [i for i, row in enumerate(rows) if _filled(row) >= need]
    valued = {i for i in wide if any(is_value(c) for c in rows[i])}
    first_data = next(
        (i for n, i in enumerate(wide) if i in valued and _followed_by_values(wide[n + 1 :], valued)),
        None,
    )
    if first_data is None:
        return HeaderGuess(header=wide[0], data_start=wide[0] + 1, name_rows=(wide[0],))
    labels = [i for i in wide if i < first_data and i not in valued]
    if not labels:
        return HeaderGuess(header=None, data_start=first_data)
    header = labels[-1]
    between = range(header + 1, first_data)
    if any(any(is_value(c) for c in rows[i]) for i in between):
        return HeaderGuess(header=header, data_start=header + 1, name_rows=(header,))
    block = [i for i in range(header, first_data) if _filled(rows[i])]
    data_start = block[-1] + 1
    if header > 0 and _filled(rows[header - 1]) >= 2 and not any(is_value(c) for c in rows[header - 1]):
        block.insert(0, header - 1)
    return HeaderGuess(header=header, data_start=data_start, name_rows=tuple(block))


def _followed_by_values(after: Sequence[int], valued: set[int]) -> bool:
    """Tell whether at least half of the next three wide rows hold values."""
    window = list(after[:3])
    return not window or sum(1 for i in window if i in valued) * 2 >= len(window)


def column_names(rows: Sequence[Sequence[str]], guess: HeaderGuess, width: int) -> tuple[str, ...]:
    """Give ``width`` unique, trimmed column names; blank names become ``column_N``.

    With several name rows, each column takes its lowest filled cell (the sub-label
    under a merged group label, or the label itself when merged down).
    """
    names = [""] * width
    for index in guess.name_rows:
        row = rows[index]
        for i in range(min(width, len(row))):
            names[i] = _clean(row[i]) or names[i]
    return _unique([name or f"column_{i + 1}" for i, name in enumerate(names)])


def _clean(text: str) -> str:
    """Give a header cell with runs of whitespace (and line breaks) made single spaces."""
    return re.sub(r"\s+", " ", text).strip()


def _unique(names: list[str]) -> tuple[str, ...]:
    """Give the names with repeats numbered: ``Сумма``, ``Сумма (2)``."""
    seen: Counter[str] = Counter()
    result = []
    for name in names:
        seen[name] += 1
        result.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return tuple(result)
