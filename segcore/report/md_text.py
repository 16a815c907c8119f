"""Markdown text for people: user text escaped, every cell on one line, simple pipe tables.

Text a user brought (customer ids, file names, column names, edited strategy cards, values
from a shared link) can hold characters that Markdown reads as markup or that a renderer
would pass on as raw HTML (``<script>``, ``[link](…)``, ``![](pixel.png)``, ``*``).
:func:`md_text` is the one helper that makes such text inert, in the reports and in the app:
it puts a backslash before each markup character, and breaks the web addresses and e-mail
addresses that GitHub-flavoured renderers (Streamlit's too) turn into links on their own
with an invisible word joiner (U+2060), so the text reads exactly as written and no link,
image or HTML comes from it. The report's own texts (headings, catalogue sentences) are
written as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

__all__ = ["LINK_BREAK", "MD_SPECIAL", "md_cell", "md_table", "md_text", "one_line"]

#: The characters :func:`md_text` escapes anywhere: emphasis, code, links, images, HTML,
#: entities, tables, strike-through, braces and Streamlit's ``$`` formulas.
MD_SPECIAL = frozenset("\\`*_[]{}<>&|~!$")
#: The invisible character put into web and e-mail addresses so that they are not linked.
LINK_BREAK = "\u2060"
_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")
_BLANKS = re.compile(r"[ \t\n\r\f\v]+")
# What would start a block at the start of a line: a heading, a list item, a setext rule.
_BLOCK_START = re.compile(r"^(#|[-+=]|\d+(?=[.)]))")
# What renderers link without any markup: http(s)://…, www.…, name@host.
_AUTOLINK = re.compile(r"(?i)(https?(?=:)|www(?=\.)|@)")


def one_line(text: str) -> str:
    """Give ``text`` on one line: runs of ASCII white space (line breaks too) as one space.

    No-break and other Unicode spaces stay (numbers are written with them: ``12 %``).
    """
    return _BLANKS.sub(" ", text).strip(" ")


def _escape_block_start(match: re.Match[str]) -> str:
    """Give a line start that cannot open a block: ``\\#``, ``\\-``, ``12\\.``."""
    mark = match.group(1)
    return mark + "\\" if mark[0].isdigit() else "\\" + mark


def md_text(value: Any) -> str:
    """Give user text for Markdown that renders as written: on one line, inert.

    Every character in :data:`MD_SPECIAL` gets a backslash; so does a ``#``, ``-``, ``+`` or
    ``=`` (or the dot of ``1.``) that would start a heading or a list; web and e-mail
    addresses get :data:`LINK_BREAK` after ``http``, ``https``, ``www`` or ``@``.
    """
    text = "".join("\\" + char if char in MD_SPECIAL else char for char in one_line(str(value)))
    text = _BLOCK_START.sub(_escape_block_start, text)
    return _AUTOLINK.sub(lambda m: m.group(1) + LINK_BREAK, text)


def md_cell(value: Any) -> str:
    """Give a table cell on one line with its pipes escaped (text already escaped stays as it is).

    Every run of white space, no-break spaces too, becomes one plain space.
    """
    return _UNESCAPED_PIPE.sub(r"\\|", " ".join(str(value).split()))


def md_table(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[str]:
    """Give the lines of a pipe table: the header, the rule, one line per row."""
    lines = ["| " + " | ".join(md_cell(h) for h in header) + " |"]
    lines.append("|" + "|".join("---" for _ in header) + "|")
    lines.extend("| " + " | ".join(md_cell(c) for c in row) + " |" for row in rows)
    return lines
