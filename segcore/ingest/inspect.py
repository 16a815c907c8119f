"""A first look at a source, for pre-filling the column-mapping editor.

Reads only a sample (no full load) and gives everything the detection found; the same
detection is what :func:`segcore.ingest.load_transactions` uses.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb

from segcore.ingest.detect import analyse, detect_layout
from segcore.ingest.limits import UploadLimits
from segcore.ingest.source import open_source

__all__ = ["PREVIEW_ROWS", "SourceInfo", "inspect_source"]

PREVIEW_ROWS = 20


@dataclass(frozen=True)
class SourceInfo:
    """What a source looks like.

    - ``format``: ``csv``, ``text`` (aligned with spaces), ``xlsx``, ``parquet`` or
      ``dataframe``; ``encoding``: Python codec name (text files); ``compression``: ``gzip``
      or None; ``delimiter``: ``,`` ``;`` tab ``|`` or ``whitespace``;
    - ``decimal`` / ``thousands``: number format of the mapped number columns;
    - ``date_format``: e.g. ``dd.mm.yyyy``, ``mm/dd/yyyy``, ``yyyy-mm-dd``, ``yyyymmdd``,
      ``excel serial`` (empty when no date column was found); ``date_order_source``:
      ``data``, ``default_ru``, ``default_en``, ``convention`` or None;
    - ``header_row``: 1-based row (line) number of the header, None when there is none;
    - ``sheet`` / ``sheets``: the sheet read and all sheet names (workbooks);
    - ``columns``: column names; ``rows``: the first data rows as text;
    - ``mapping``: suggested field → column; ``missing``: required fields not found;
      ``mapped_by_content`` and ``customer_candidates`` as in the load report.
    """

    name: str
    format: str
    encoding: str | None
    compression: str | None
    delimiter: str | None
    decimal: str
    thousands: str
    date_format: str
    date_order_source: str | None
    header_row: int | None
    sheet: str | None
    sheets: tuple[str, ...]
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    mapping: dict[str, str]
    missing: tuple[str, ...]
    mapped_by_content: tuple[str, ...]
    customer_candidates: tuple[str, ...]
    russian: bool


def inspect_source(
    source: Any, *, sheet: str | int | None = None, limits: UploadLimits | None = None
) -> SourceInfo:
    """Give what a source looks like and the suggested column mapping, from a sample.

    Raises InputError for files that cannot be read at all (empty, binary, old Excel …);
    a missing customer, date or amount column is reported in ``missing`` instead.
    ``limits``: the upload limits (default :func:`~segcore.ingest.limits.configured_limits`).
    """
    con = duckdb.connect()
    try:
        with open_source(source, limits, con=con) as src:
            layout = detect_layout(src, sheet, con)
            analysis = analyse(layout, None, strict=False)
            compression = "gzip" if src.gzipped else None
    finally:
        con.close()
    result = analysis.mapping
    return SourceInfo(
        name=src.name,
        format=layout.format,
        encoding=layout.encoding,
        compression=compression,
        delimiter=layout.text.delimiter if layout.text else None,
        decimal=analysis.numbers.decimal,
        thousands=analysis.numbers.thousands,
        date_format=analysis.dates.label,
        date_order_source=analysis.dates.order_source,
        header_row=layout.header_row,
        sheet=layout.sheet,
        sheets=layout.sheets,
        columns=layout.names,
        rows=layout.rows[:PREVIEW_ROWS],
        mapping=dict(result.mapping),
        missing=result.missing,
        mapped_by_content=result.by_content,
        customer_candidates=result.customer_candidates,
        russian=layout.russian,
    )
