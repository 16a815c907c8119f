"""Counts for the load report, taken from the working table in a few SQL passes.

Definitions:

- ``returns``: kept rows with a negative amount; ``zero_amount``: kept rows with amount 0;
- ``future_date``: kept rows dated after ``today``;
- ``duplicates``: kept rows equal in every canonical column to an earlier kept row (the
  first of each group is not counted, the others are; all stay in the data);
- ``malformed_row``: CSV records with more fields than the header (DuckDB's rejects).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from segcore.ingest.raw import quote_ident, sql_literal
from segcore.ingest.transform import DROP_REASONS

__all__ = ["EXAMPLES_PER_REASON", "TableCounts", "count_table", "reject_lines", "source_rows"]

EXAMPLES_PER_REASON = 5


@dataclass(frozen=True)
class TableCounts:
    """Figures of one working table (rows dropped by reason, warnings, totals)."""

    rows: int
    dropped: dict[str, int]
    warnings: dict[str, int]
    examples: dict[str, list[int]]
    first_date: date | None
    last_date: date | None
    total_amount: float


def count_table(con: Any, table: str, today: date) -> TableCounts:
    """Give the counts of a working table (see the module docstring for definitions)."""
    name = quote_ident(table)
    drops = ", ".join(f"count(*) FILTER (WHERE _drop = {code})" for code in range(1, len(DROP_REASONS) + 1))
    row = con.execute(
        f"SELECT count(*), {drops}, "
        "count(*) FILTER (WHERE _drop IS NULL AND amount < 0), "
        "count(*) FILTER (WHERE _drop IS NULL AND amount = 0), "
        f"count(*) FILTER (WHERE _drop IS NULL AND date > DATE {sql_literal(today.isoformat())}), "
        "min(date) FILTER (WHERE _drop IS NULL), max(date) FILTER (WHERE _drop IS NULL), "
        f"coalesce(sum(amount) FILTER (WHERE _drop IS NULL), 0) FROM {name}"
    ).fetchall()[0]
    dropped = dict(zip(DROP_REASONS, (int(v) for v in row[1:6]), strict=True))
    kept = int(row[0]) - sum(dropped.values())
    warnings = {
        "returns": int(row[6]),
        "zero_amount": int(row[7]),
        "future_date": int(row[8]),
        "duplicates": kept - _distinct_rows(con, name) if kept else 0,
    }
    return TableCounts(
        rows=int(row[0]),
        dropped=dropped,
        warnings=warnings,
        examples=_examples(con, name) if kept < int(row[0]) else {},
        first_date=row[9],
        last_date=row[10],
        total_amount=float(row[11]),
    )


def _distinct_rows(con: Any, name: str) -> int:
    """Give the number of distinct kept rows, told apart by their 64-bit row hash.

    Two different rows share a hash with a chance of about n² / 2⁶⁵ (below 3 in a million
    for 10 million rows); grouping one integer is about twice as fast as grouping every
    canonical column.
    """
    query = f"SELECT count(*) FROM (SELECT _row_hash FROM {name} WHERE _drop IS NULL GROUP BY 1)"
    return int(con.execute(query).fetchall()[0][0])


def _examples(con: Any, name: str) -> dict[str, list[int]]:
    """Give the first few record positions (0-based) of each drop reason."""
    rows = con.execute(
        f"SELECT _drop, rowid FROM {name} WHERE _drop IS NOT NULL "
        f"QUALIFY row_number() OVER (PARTITION BY _drop ORDER BY rowid) <= {EXAMPLES_PER_REASON} "
        "ORDER BY _drop, rowid"
    ).fetchall()
    examples: dict[str, list[int]] = {}
    for code, position in rows:
        examples.setdefault(DROP_REASONS[int(code) - 1], []).append(int(position))
    return examples


def reject_lines(con: Any, rejects: str | None) -> list[int]:
    """Give the sorted line numbers of the records the CSV reader refused."""
    if rejects is None:
        return []
    exists = con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ?", [rejects]).fetchall()[
        0
    ][0]
    if not exists:
        return []
    query = f"SELECT DISTINCT line FROM {quote_ident(rejects)} ORDER BY line"
    return [int(r[0]) for r in con.execute(query).fetchall()]


def source_rows(positions: list[int], first_row: int, rejected: list[int]) -> list[int]:
    """Give source row numbers for record positions, stepping over refused lines."""
    result = []
    for position in positions:
        row = first_row + position
        for line in rejected:
            if line <= row:
                row += 1
        result.append(row)
    return result
