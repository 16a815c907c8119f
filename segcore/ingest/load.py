"""Loading a transaction file into a DuckDB table of canonical transactions.

The heavy path never loops over rows in Python: the sample decides the dialect, then
DuckDB reads the file, parses every field and records a drop code per row in one pass
(:mod:`segcore.ingest.transform`), and a few aggregate passes count what the report needs
(:mod:`segcore.ingest.stats`). Dropped rows are then deleted and the drop column removed.
"""

from __future__ import annotations

import contextlib
import tempfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import ibis
import pandas as pd

from segcore.errors import InputError
from segcore.ingest.accounting import build_report
from segcore.ingest.attributes import CustomerAttributes, join_attributes, load_attributes
from segcore.ingest.dates import DateFormat, order_scan_sql, resolve_order
from segcore.ingest.detect import Analysis, analyse, detect_layout, raw_table
from segcore.ingest.encoding import transcode_to_utf8
from segcore.ingest.engines import is_engine_source, load_from_engine
from segcore.ingest.limits import UploadLimits, configured_limits
from segcore.ingest.raw import RawTable, quote_ident, unique_name
from segcore.ingest.read_text import readable_path, text_table
from segcore.ingest.report import LoadReport
from segcore.ingest.source import SourceFile, open_source
from segcore.ingest.transform import Plan, create_sql

__all__ = ["ENGINE_SETTINGS", "LoadedTransactions", "load_transactions"]

#: The in-process DuckDB every load gets unless given a backend. Its memory is capped, so
#: that ten million lines of a million customers stay within about 1.5 GB of process memory;
#: DuckDB spills the rest of such a large aggregation to a temporary folder (10–25 % slower
#: there, no difference for files that fit).
ENGINE_SETTINGS = {
    "memory_limit": "1300MB",
    "temp_directory": str(Path(tempfile.gettempdir()) / "segcore-duckdb"),
}


@dataclass(frozen=True)
class LoadedTransactions:
    """Canonical transactions in DuckDB, with the load report.

    ``table`` is an ibis table over an in-process DuckDB table (``backend``) holding
    ``customer_id``, ``date``, ``amount`` and the optional canonical columns that were
    mapped (columns not mapped are absent). ``attributes`` holds the per-customer
    attributes of customers present in the transactions, or None.
    """

    table: Any
    report: LoadReport
    mapping: dict[str, str]
    attributes: pd.DataFrame | None
    backend: Any

    def to_pandas(self) -> pd.DataFrame:
        """Give the transactions as a pandas frame (dates as datetime64)."""
        return self.table.to_pandas()


def load_transactions(
    source: Any,
    *,
    mapping: Mapping[str, str | None] | None = None,
    sheet: str | int | None = None,
    attributes: Any = None,
    today: date | None = None,
    backend: Any = None,
    limits: UploadLimits | None = None,
    table: str | None = None,
    query: str | None = None,
) -> LoadedTransactions:
    """Give the transactions of a CSV/TSV/text, XLSX or Parquet file (or DataFrame).

    ``source``: a path, bytes, a binary file-like object (an upload) or a DataFrame.
    ``mapping``: canonical field → source column name; overrides the automatic mapping
    (None leaves an optional field out). ``sheet``: sheet name or 0-based index.
    ``attributes``: a per-customer attributes source or :class:`CustomerAttributes`.
    ``today``: the date after which rows count as ``future_date`` (default: today).
    ``backend``: an ibis DuckDB backend to create the table in (default: a new one).
    ``limits``: the upload limits, for the file and the attributes file (default
    :func:`~segcore.ingest.limits.configured_limits`).
    Raises InputError for anything about the file a person must fix, or past a limit.

    A database address (``postgresql://…``), an ibis backend or a Spark session as
    ``source`` reads ``table`` or ``query`` (or ``sheet``: a table name or a SELECT) and
    leaves the data in that engine, see :mod:`segcore.ingest.engines`.
    """
    if is_engine_source(source):
        return load_from_engine(source, table=table, query=query, sheet=sheet, mapping=mapping, today=today)
    today = today or date.today()
    limits = limits if limits is not None else configured_limits()
    attrs = _read_attributes(attributes, limits)
    own = backend is None
    backend = backend if backend is not None else ibis.duckdb.connect(**ENGINE_SETTINGS)
    con = backend.con
    if own:  # a library prints nothing: no progress bar on standard output for slow queries
        con.execute("SET enable_progress_bar = false")
    table = unique_name("transactions")
    made: list[RawTable] = []
    failed = True
    try:
        with open_source(source, limits, con=con) as src:
            layout = detect_layout(src, sheet, con)
            made.append(RawTable(relation=layout.relation or "", columns=(), first_row=1))
            analysis = analyse(layout, mapping, strict=True)
            raw, dates = _create_with_retries(con, src, analysis, table)
            facts = {"name": src.name, "compression": "gzip" if src.gzipped else None}
        made.append(raw)
        report = build_report(con, table, raw, analysis, dates, facts, today)
        if report.rows_read > limits.rows:
            raise limits.exceeded("rows", facts["name"] or "")
        _finish(con, table, report)
        failed = False
    finally:
        for relation in made:
            _drop_raw(con, relation)
        if failed:
            _discard(backend, table, own=own)
    frame, report = _join(con, table, attrs, report)
    return LoadedTransactions(
        table=backend.table(table),
        report=report,
        mapping=dict(analysis.mapping.mapping),
        attributes=frame,
        backend=backend,
    )


def _create_with_retries(
    con: Any, src: SourceFile, analysis: Analysis, table: str
) -> tuple[RawTable, DateFormat]:
    """Create the working table; retry single-threaded or re-encoded when DuckDB asks."""
    parallel, transcode = True, False
    for _ in range(3):
        raw = _raw_table(con, src, analysis, parallel=parallel, transcode=transcode)
        try:
            dates = _full_date_order(con, raw, analysis)
            plan = Plan(analysis.mapping.mapping, analysis.numbers, dates)
            con.execute(create_sql(table, raw, plan))
            if transcode or not _encoding_rejects(con, raw):
                return raw, dates
            con.execute(f"DROP TABLE {quote_ident(table)}")
            _drop_raw(con, raw)
            transcode = True
        except duckdb.Error as exc:
            _drop_raw(con, raw)
            message = str(exc)
            if "null_padding" in message and parallel:
                parallel = False
            elif "unicode" in message.lower() and not transcode:
                transcode = True
            else:
                detail = message.strip().splitlines()[0][:200]
                raise InputError("ingest.unreadable", name=src.name, detail=detail) from exc
    raise InputError("ingest.unreadable", name=src.name, detail="retries exhausted")


def _encoding_rejects(con: Any, raw: RawTable) -> bool:
    """Tell whether the CSV reader refused records for invalid UTF-8."""
    if raw.rejects is None:
        return False
    query = f"SELECT count(*) FROM {quote_ident(raw.rejects)} WHERE error_type = 'INVALID ENCODING'"
    return bool(con.execute(query).fetchall()[0][0])


def _raw_table(con: Any, src: SourceFile, analysis: Analysis, *, parallel: bool, transcode: bool) -> RawTable:
    """Give the raw relation of the source (reading a workbook into DuckDB first)."""
    layout = analysis.layout
    if layout.text is not None:
        assert layout.encoding is not None and src.path is not None
        try:
            if transcode:
                path = transcode_to_utf8(
                    src.path, layout.encoding, src.scratch("fixed.csv"), gzipped=src.gzipped
                )
                return text_table(path, "utf-8", False, layout.text, parallel=parallel)
            path, encoding, gzipped = readable_path(src, layout.encoding)
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError("ingest.corrupt_gzip", name=src.name) from exc
        return text_table(path, encoding, gzipped, layout.text, parallel=parallel)
    return raw_table(con, src, layout)


def _full_date_order(con: Any, raw: RawTable, analysis: Analysis) -> DateFormat:
    """Give the date format, with a day/month order checked over the whole column.

    Only when the sample left the order undecided and the sample is not the whole file.
    """
    dates = analysis.dates
    column = raw.column(analysis.mapping.mapping["date"])
    undecided = dates.order_source in ("default_ru", "default_en")
    if not undecided or analysis.layout.complete or column.text is None:
        return dates
    first, second = con.execute(order_scan_sql(column.text, dates, raw.relation)).fetchall()[0]
    return resolve_order(dates, first or 0, second or 0, russian=analysis.layout.russian)


def _drop_raw(con: Any, raw: RawTable) -> None:
    """Remove the temporary objects a raw relation created (sheet table, frame view, rejects)."""
    if raw.relation.startswith("_seg_sheet"):
        con.execute(f"DROP TABLE IF EXISTS {raw.relation}")
    elif raw.relation.startswith("_seg_frame"):
        with contextlib.suppress(duckdb.Error):
            con.unregister(raw.relation)
    if raw.rejects:
        con.execute(f"DROP TABLE IF EXISTS {quote_ident(raw.rejects)}")
        con.execute(f"DROP TABLE IF EXISTS {quote_ident(raw.rejects + '_scan')}")


def _finish(con: Any, table: str, report: LoadReport) -> None:
    """Delete dropped rows and the working columns, leaving only canonical columns."""
    name = quote_ident(table)
    if report.rows_kept < report.rows_read - report.dropped.get("malformed_row", 0):
        con.execute(f"DELETE FROM {name} WHERE _drop IS NOT NULL")
    con.execute(f"ALTER TABLE {name} DROP COLUMN _drop")
    con.execute(f"ALTER TABLE {name} DROP COLUMN _row_hash")


def _discard(backend: Any, table: str, *, own: bool) -> None:
    """Drop a failed load's table; close the backend (and its spill files) when the load made it."""
    if own:
        with contextlib.suppress(duckdb.Error):
            backend.disconnect()
        return
    backend.con.execute(f"DROP TABLE IF EXISTS {quote_ident(table)}")


def _read_attributes(attributes: Any, limits: UploadLimits) -> CustomerAttributes | None:
    """Give the attributes to join (read first, so a bad file fails before the big load)."""
    if attributes is None or isinstance(attributes, CustomerAttributes):
        return attributes
    return load_attributes(attributes, limits=limits)


def _join(
    con: Any, table: str, attrs: CustomerAttributes | None, report: LoadReport
) -> tuple[pd.DataFrame | None, LoadReport]:
    """Give the attributes of customers in the table, and the report with their counts."""
    if attrs is None:
        return None, report
    frame, unmatched = join_attributes(con, table, attrs)
    warnings = dict(report.warnings, attributes_unmatched=unmatched, attributes_duplicates=attrs.duplicates)
    return frame, LoadReport(
        rows_read=report.rows_read,
        rows_kept=report.rows_kept,
        dropped=report.dropped,
        warnings=warnings,
        details=report.details,
        examples=report.examples,
    )
