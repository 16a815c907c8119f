"""Markdown text for people: user text escaped, every cell on one line, simple pipe tables.

Text a user brought (customer ids, file names, edited strategy cards) can hold characters
that Markdown reads as markup or that a renderer would pass on as raw HTML (``<script>``,
``[link](…)``, ``*``). :func:`md_text` puts a backslash before each of them, so the text
reads as written and no HTML or link comes from it. The report's own texts (headings,
catalogue sentences) are written as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

__all__ = ["MD_SPECIAL", "md_cell", "md_table", "md_text", "one_line"]

#: The characters :func:`md_text` escapes: emphasis, code, links, HTML, entities, tables, strike.
MD_SPECIAL = frozenset("\\`*_[]<>&|~")
_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def one_line(text: str) -> str:
    """Give ``text`` on one line, runs of white space (line breaks too) as one space."""
    return " ".join(text.split())


def md_text(value: Any) -> str:
    """Give user text for Markdown: on one line, every character in :data:`MD_SPECIAL` escaped."""
    return "".join("\\" + char if char in MD_SPECIAL else char for char in one_line(str(value)))


def md_cell(value: Any) -> str:
    """Give a table cell on one line with its pipes escaped (text already escaped stays as it is)."""
    return _UNESCAPED_PIPE.sub(r"\\|", one_line(str(value)))


def md_table(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[str]:
    """Give the lines of a pipe table: the header, the rule, one line per row."""
    lines = ["| " + " | ".join(md_cell(h) for h in header) + " |"]
    lines.append("|" + "|".join("---" for _ in header) + "|")
    lines.extend("| " + " | ".join(md_cell(c) for c in row) + " |" for row in rows)
    return lines
