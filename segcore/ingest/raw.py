"""The common shape every reader gives: a DuckDB relation whose columns are source columns.

A source column can hold text, numbers and dates at once (an Excel column mixes typed
cells with text cells), so each is described by up to three SQL expressions: ``text``
(VARCHAR), ``num`` (DOUBLE) and ``day`` (DATE). Parsing into canonical columns happens in
:mod:`segcore.ingest.transform`.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

__all__ = ["RawColumn", "RawTable", "quote_ident", "sql_literal", "unique_name"]

_COUNTER = itertools.count(1)


@dataclass(frozen=True)
class RawColumn:
    """One source column: its name and the SQL expressions for its text, number and date."""

    name: str
    text: str | None = None
    num: str | None = None
    day: str | None = None


@dataclass(frozen=True)
class RawTable:
    """A relation to read (``FROM`` clause), its columns and how rows are numbered.

    The n-th record read (0-based) is source row ``first_row + n``; ``rejects`` names the
    DuckDB table of records the CSV reader refused (wrong number of fields), if any.
    """

    relation: str
    columns: tuple[RawColumn, ...]
    first_row: int
    rejects: str | None = None

    def column(self, name: str) -> RawColumn:
        """Give the column called ``name``."""
        return next(c for c in self.columns if c.name == name)


def quote_ident(name: str) -> str:
    """Give a SQL identifier in double quotes."""
    return '"' + name.replace('"', '""') + '"'


def sql_literal(text: str) -> str:
    """Give a SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def unique_name(prefix: str) -> str:
    """Give a table name not used before in this process."""
    return f"{prefix}_{next(_COUNTER)}"
