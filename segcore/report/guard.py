"""The formula guard: the one check every CSV, XLSX and Markdown writer puts text through.

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and some programs
also one that starts with a tab or a carriage return) as a formula. Every text cell of every
export passes through :func:`safe_cell`, which puts an apostrophe in front of such text (the
OWASP advice for CSV injection). Numbers are never touched: a negative number stays a number.
In the workbook, text is also always written as a string cell, never as a formula. The price
of the guard: a customer id such as ``+79161234567`` comes out as ``'+79161234567``.
"""

from __future__ import annotations

from typing import Any

__all__ = ["FORMULA_TRIGGERS", "safe_cell"]

FORMULA_TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
# Full-width forms are guarded too, as a precaution: they are easy to mistype for the real ones.
_LEADING_TRIGGERS = frozenset("=+-@＝＋－＠")


def safe_cell(value: Any) -> Any:
    """Give ``value`` safe to put in a spreadsheet cell: formula-like text gets a leading ``'``.

    Text is formula-like when its first non-blank character is ``=``, ``+``, ``-`` or ``@``
    (or their full-width forms), or when a tab or carriage return comes before the first
    non-blank character. Anything that is not text (numbers, dates, ``None``) is returned
    unchanged, so ``-2`` stays the number -2 while the text ``"-2"`` becomes ``"'-2"``.
    """
    if not isinstance(value, str):
        return value
    rest = value.lstrip()
    head = value[: len(value) - len(rest)]
    if "\t" in head or "\r" in head or rest[:1] in _LEADING_TRIGGERS:
        return "'" + value
    return value
