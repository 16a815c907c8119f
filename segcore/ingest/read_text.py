"""CSV, TSV, pipe-separated and whitespace-aligned text read by DuckDB's CSV reader.

Every field is read as text (``all_varchar``); parsing happens in SQL. Records with more
fields than the sample showed are not silently cut: DuckDB stores them in a rejects table
and they are counted as ``malformed_row``. Windows-1251 (and damaged UTF-8) is re-encoded
to a temporary UTF-8 file first, streaming in large chunks.
"""

from __future__ import annotations

from pathlib import Path

from segcore.ingest.encoding import duckdb_encoding, transcode_to_utf8
from segcore.ingest.raw import RawColumn, RawTable, sql_literal, unique_name
from segcore.ingest.sniff import WHITESPACE, TextLayout
from segcore.ingest.source import SourceFile

__all__ = ["readable_path", "text_table"]


def readable_path(src: SourceFile, encoding: str) -> tuple[Path, str, bool]:
    """Give a path DuckDB can read, its DuckDB encoding and whether it is gzip-compressed.

    Re-encodes to a temporary UTF-8 file when DuckDB cannot decode the content itself.
    """
    assert src.path is not None
    native = duckdb_encoding(encoding)
    if native is not None and not (src.gzipped and native != "utf-8"):
        return src.path, native, src.gzipped
    target = transcode_to_utf8(src.path, encoding, src.scratch("utf8.csv"), gzipped=src.gzipped)
    return target, "utf-8", False


def text_table(
    path: Path, encoding: str, gzipped: bool, layout: TextLayout, *, parallel: bool = True
) -> RawTable:
    """Give the relation reading ``path`` with ``layout`` (every field as text)."""
    common = (
        f"{sql_literal(str(path))}, header=false, auto_detect=false, "
        f"skip={layout.skip_lines}, encoding={sql_literal(encoding)}, "
        f"compression={sql_literal('gzip' if gzipped else 'none')}"
    )
    if layout.delimiter == WHITESPACE:
        return _aligned_table(common, layout)
    rejects = unique_name("_seg_rejects")
    columns = "{" + ", ".join(f"'c{i}': 'VARCHAR'" for i in range(layout.width)) + "}"
    relation = (
        f"read_csv({common}, delim={sql_literal(layout.delimiter)}, quote='\"', "
        f"escape='\"', columns={columns}, null_padding=true, store_rejects=true, "
        f"rejects_table={sql_literal(rejects)}, "
        f"rejects_scan={sql_literal(rejects + '_scan')}, "
        f"parallel={'true' if parallel and not layout.quoted_newlines else 'false'})"
    )
    cols = tuple(RawColumn(name=n, text=f"c{i}") for i, n in enumerate(layout.names))
    return RawTable(relation=relation, columns=cols, first_row=layout.skip_lines + 1, rejects=rejects)


def _aligned_table(common: str, layout: TextLayout) -> RawTable:
    """Give the relation splitting each line of aligned text on runs of spaces."""
    assert layout.split_pattern is not None
    lines = (
        f"read_csv({common}, delim={sql_literal(chr(31))}, quote='', escape='', "
        f"columns={{'line': 'VARCHAR'}})"
    )
    parts = f"regexp_split_to_array(trim(line, chr(32) || chr(9)), {sql_literal(layout.split_pattern)})"
    fields = ", ".join(f"parts[{i + 1}] AS c{i}" for i in range(len(layout.names)))
    relation = f"(SELECT {fields} FROM (SELECT {parts} AS parts FROM {lines}))"
    cols = tuple(RawColumn(name=n, text=f"c{i}") for i, n in enumerate(layout.names))
    return RawTable(relation=relation, columns=cols, first_row=layout.skip_lines + 1)
