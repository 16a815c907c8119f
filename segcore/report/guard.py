"""The formula guard: the one check every CSV, XLSX and Markdown writer puts text through.

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and some programs
also one that starts with a tab, a carriage return or a line feed) as a formula. Spreadsheet
programs also skip spaces and invisible format characters (zero-width space, byte-order mark,
word joiner …) before such a character. Every text cell of every export passes through
:func:`safe_cell`, which puts an apostrophe in front of such text (the OWASP advice for CSV
injection). Numbers are never touched: a negative number stays a number. In the workbook,
text is also always written as a string cell, never as a formula or a link
(:data:`BOOK_OPTIONS`). The price of the guard: a customer id such as ``+79161234567``
comes out as ``'+79161234567``.
"""

from __future__ import annotations

import unicodedata
from typing import Any

__all__ = ["BOOK_OPTIONS", "FORMULA_TRIGGERS", "is_formula_like", "safe_cell"]

#: Characters that make a cell a formula when the text starts with them.
FORMULA_TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r", "\n")
#: XlsxWriter workbook options: text stays text (no formulas, links or numbers made from it).
BOOK_OPTIONS: dict[str, bool] = {
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
}
# Full-width forms are guarded too, as a precaution: they are easy to mistype for the real ones.
_LEADING_TRIGGERS = frozenset("=+-@＝＋－＠")
_CONTROL_TRIGGERS = frozenset("\t\r\n")
_SKIPPED_CATEGORIES = frozenset({"Cf", "Zs", "Zl", "Zp"})


def _skipped(char: str) -> bool:
    """Tell whether a spreadsheet may skip ``char`` before a formula (space or format character)."""
    return char.isspace() or unicodedata.category(char) in _SKIPPED_CATEGORIES


def is_formula_like(text: str) -> bool:
    """Tell whether a spreadsheet could read ``text`` as a formula.

    True when the first character that is not white space nor an invisible format character
    (Unicode categories Cf, Zs) is ``=``, ``+``, ``-`` or ``@`` (or their full-width forms),
    or when a tab, carriage return or line feed comes before it.
    """
    for char in text:
        if char in _CONTROL_TRIGGERS:
            return True
        if not _skipped(char):
            return char in _LEADING_TRIGGERS
    return False


def safe_cell(value: Any) -> Any:
    """Give ``value`` safe to put in a spreadsheet cell: formula-like text gets a leading ``'``.

    See :func:`is_formula_like` for which text is guarded. Anything that is not text (numbers,
    dates, ``None``) is returned unchanged, so ``-2`` stays the number -2 while the text
    ``"-2"`` becomes ``"'-2"``.
    """
    if isinstance(value, str) and is_formula_like(value):
        return "'" + value
    return value
