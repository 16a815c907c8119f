"""Text tables: delimiter, header line and column names, decided from a sample of the file.

Delimiters tried: ``;``, ``,``, tab and ``|`` (with ``"`` quoting). The winner is the one
giving the most rows of one common width, ties going to the wider reading. When none
gives a table, the text is read as columns aligned with runs of spaces (split on two or
more spaces when that is consistent and a single space would break names apart, else on
any whitespace).
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass

from segcore.errors import InputError
from segcore.ingest.header import column_names, find_header

__all__ = ["WHITESPACE", "TextLayout", "decode_sample", "sniff_text"]

WHITESPACE = "whitespace"
_DELIMITERS = (";", ",", "\t", "|")
_SPLITS = (r"[ \t]{2,}", r"\s+")
_PROBE_CHARS = 200_000
_PROBE_ROWS = 400


@dataclass(frozen=True)
class TextLayout:
    """How to read a text table.

    ``skip_lines`` physical lines come before the first data record (title lines and the
    header); ``header_row`` is the header's 1-based line number (None without a header);
    ``width`` is the number of fields to declare when reading; ``rows`` are sample data rows
    cut to ``len(names)``; ``complete`` says the sample holds the whole file.
    """

    delimiter: str
    split_pattern: str | None
    skip_lines: int
    header_row: int | None
    width: int
    names: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    quoted_newlines: bool
    complete: bool


def decode_sample(head: bytes, encoding: str, *, complete: bool) -> str:
    """Give the sample as text, without the last (possibly cut) line when incomplete."""
    text = head.decode(encoding, errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not complete:
        cut = max(text.rfind("\n"), text.rfind("\r"))
        text = text[: cut + 1] if cut > 0 else text
    return text


def _records(text: str, delimiter: str, limit: int | None = None) -> list[tuple[list[str], int]]:
    """Give (cells, last line number) for each record of ``text`` read with ``delimiter``."""
    result: list[tuple[list[str], int]] = []
    if delimiter == WHITESPACE:
        return result
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"')
    try:
        for row in reader:
            result.append((row, reader.line_num))
            if limit is not None and len(result) >= limit:
                break
    except csv.Error:
        return result
    return result


def _split_records(text: str, pattern: str) -> list[tuple[list[str], int]]:
    """Give the records of whitespace-aligned text split on ``pattern``."""
    lines = text.splitlines()
    return [
        ((re.split(pattern, line.strip()) if line.strip() else []), n)
        for n, line in enumerate(lines, start=1)
    ]


def _consistency(rows: list[list[str]]) -> tuple[float, int]:
    """Give the share of non-blank rows having the most common width, and that width."""
    widths = [len(r) for r in rows if any(c.strip() for c in r)]
    if not widths:
        return 0.0, 0
    width, count = Counter(widths).most_common(1)[0]
    return (count / len(widths) if width >= 2 else 0.0), width


def choose_delimiter(text: str) -> tuple[str, str | None]:
    """Give the delimiter (or WHITESPACE and its split pattern) that reads ``text`` best."""
    probe = text[:_PROBE_CHARS]
    best: tuple[float, int, str, str | None] = (0.0, 0, "", None)
    for delimiter in _DELIMITERS:
        rows = [r for r, _ in _records(probe, delimiter, _PROBE_ROWS)]
        share, width = _consistency(rows)
        best = max(best, (round(share, 1), width, delimiter, None), key=lambda b: b[:2])
    if best[0] >= 0.6:
        return best[2], None
    lines = probe.splitlines()[:_PROBE_ROWS]
    for pattern in _SPLITS:
        rows = [re.split(pattern, line.strip()) for line in lines if line.strip()]
        share, width = _consistency(rows)
        best = max(best, (round(share, 1), width, WHITESPACE, pattern), key=lambda b: b[:2])
    if best[0] < 0.6:
        raise InputError("ingest.not_a_table")
    return best[2], best[3]


def sniff_text(text: str, *, complete: bool) -> TextLayout:
    """Give the layout of a text table from a decoded sample."""
    delimiter, pattern = choose_delimiter(text)
    records = _split_records(text, pattern) if pattern is not None else _records(text, delimiter)
    if not complete and len(records) > 1:
        records = records[:-1]
    rows = [cells for cells, _ in records]
    guess = find_header(rows[:_PROBE_ROWS])
    if guess is None:
        raise InputError("ingest.not_a_table")
    data = rows[guess.data_start :]
    start = guess.header if guess.header is not None else guess.data_start
    width = max((len(r) for r in rows[start:]), default=0)
    used = _used_width(rows, guess.header, data)
    names = column_names(rows, guess, used)
    skip = records[guess.data_start - 1][1] if guess.data_start > 0 else 0
    return TextLayout(
        delimiter=delimiter,
        split_pattern=pattern,
        skip_lines=skip,
        header_row=records[guess.header][1] if guess.header is not None else None,
        width=max(width, used),
        names=names,
        rows=tuple(tuple((r + [""] * used)[:used]) for r in data if any(c.strip() for c in r)),
        quoted_newlines=any("\n" in c or "\r" in c for r in rows for c in r),
        complete=complete,
    )


def _used_width(rows: list[list[str]], header: int | None, data: list[list[str]]) -> int:
    """Give the number of columns up to the last one holding a name or any value."""
    used = 0
    for row in ([rows[header]] if header is not None else []) + data:
        filled = [i for i, c in enumerate(row) if c.strip()]
        if filled:
            used = max(used, filled[-1] + 1)
    return used
