"""The load report of a working table: every record read is kept or dropped for a reason.

Rows read = records the reader produced (blank lines of a text file are not records)
plus records it refused (``malformed_row``). Source row numbers in the examples are the
rows a spreadsheet or text editor shows (header and title rows included); in text files
they assume one line per record, so a quoted line break or a skipped blank line before a
row shifts its number by one.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from segcore.errors import InputError
from segcore.ingest.dates import DateFormat
from segcore.ingest.detect import Analysis
from segcore.ingest.raw import RawTable
from segcore.ingest.report import LoadReport
from segcore.ingest.stats import TableCounts, count_table, reject_lines, source_rows

__all__ = ["build_report"]


def build_report(
    con: Any,
    table: str,
    raw: RawTable,
    analysis: Analysis,
    dates: DateFormat,
    source: dict[str, Any],
    today: date,
) -> LoadReport:
    """Give the load report of the working table; InputError when no row can be used.

    ``source`` holds the source's ``name`` and ``compression``.
    """
    counts = count_table(con, table, today)
    rejected = reject_lines(con, raw.rejects)
    dropped = dict(counts.dropped, malformed_row=len(rejected))
    examples = {
        reason: tuple(source_rows(rows, raw.first_row, rejected)) for reason, rows in counts.examples.items()
    }
    if rejected:
        examples["malformed_row"] = tuple(rejected[:5])
    rows_read = counts.rows + len(rejected)
    kept = rows_read - sum(dropped.values())
    if rows_read == 0:
        raise InputError("ingest.no_rows", name=source["name"])
    if kept == 0:
        raise InputError("ingest.all_dropped", rows=rows_read, date_format=dates.label, **dropped)
    return LoadReport(
        rows_read=rows_read,
        rows_kept=kept,
        dropped=dropped,
        warnings=dict(counts.warnings, attributes_unmatched=0, attributes_duplicates=0),
        details=_details(analysis, dates, counts, source, today),
        examples=examples,
    )


def _details(
    analysis: Analysis,
    dates: DateFormat,
    counts: TableCounts,
    source: dict[str, Any],
    today: date,
) -> dict[str, Any]:
    """Give the report's details: what was detected, and the period and total kept."""
    layout = analysis.layout
    order = None if dates.day_first is None else ("day_first" if dates.day_first else "month_first")
    return {
        "source": source["name"],
        "format": layout.format,
        "encoding": layout.encoding,
        "compression": source["compression"],
        "delimiter": layout.text.delimiter if layout.text else None,
        "decimal": analysis.numbers.decimal,
        "thousands": analysis.numbers.thousands,
        "date_format": dates.label,
        "date_order": order,
        "date_order_source": dates.order_source,
        "header_row": layout.header_row,
        "sheet": layout.sheet,
        "columns": layout.names,
        "mapping": dict(analysis.mapping.mapping),
        "mapped_by_content": analysis.mapping.by_content,
        "customer_candidates": analysis.mapping.customer_candidates,
        "first_date": counts.first_date,
        "last_date": counts.last_date,
        "total_amount": counts.total_amount,
        "today": today,
    }
