"""Checks of a source against its :class:`~segcore.ingest.limits.UploadLimits`, before and while reading.

Before reading: the upload's size (while it is spilled to disk), a gzip stream's
decompressed size and inflate ratio (streamed, stopping at the limit), a workbook's parts
(sizes from the zip central directory) and its sheets' declared dimensions, a Parquet file's
row and column counts (from its footer), the columns of a text file's first line. While
reading: :class:`Deadline` (wall time; it interrupts a DuckDB connection at the deadline)
and :class:`RowBudget` (rows and cells of a workbook sheet as they stream).
"""

from __future__ import annotations

import contextlib
import gzip
import re
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from segcore.ingest.limits import RATIO_FLOOR_BYTES, UploadLimits

__all__ = [
    "Deadline",
    "RowBudget",
    "check_count",
    "check_gzip",
    "check_parquet",
    "check_text_columns",
    "check_workbook",
    "inflate_check",
]

_CHUNK = 4 * 1024 * 1024
_DIMENSION = re.compile(
    rb"<(?:\w+:)?dimension\s+ref=\"\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?\""
)
_CELL_REF = re.compile(rb"<(?:\w+:)?c\s[^>]*?\br=\"([A-Z]{1,3})(\d+)\"")
_DELIMITERS = (b";", b",", b"\t", b"|")


class Deadline:
    """The wall-time limit of one load: :meth:`check` raises past it; it can interrupt DuckDB."""

    def __init__(self, limits: UploadLimits, name: str) -> None:
        self.limits, self.name = limits, name
        self.ends = time.monotonic() + limits.seconds
        self.fired = False

    @property
    def expired(self) -> bool:
        """Tell whether the time is up (or DuckDB was interrupted for it)."""
        return self.fired or time.monotonic() > self.ends

    def check(self) -> None:
        """Raise the time limit's InputError when the time is up."""
        if self.expired:
            raise self.limits.exceeded("seconds", self.name)

    @contextlib.contextmanager
    def interrupting(self, con: Any) -> Iterator[None]:
        """Interrupt the DuckDB connection ``con`` at the deadline while the block runs."""
        if con is None:
            yield
            return

        def fire() -> None:
            self.fired = True
            con.interrupt()

        timer = threading.Timer(max(self.ends - time.monotonic(), 0.0), fire)
        timer.daemon = True
        timer.start()
        try:
            yield
        finally:
            timer.cancel()


class RowBudget:
    """Rows and cells read so far from a workbook sheet; raises past the limits or the deadline."""

    def __init__(self, deadline: Deadline) -> None:
        self.deadline = deadline
        self.rows = 0
        self.cells = 0

    def count(self, width: int) -> None:
        """Count one row of ``width`` cells."""
        limits, name = self.deadline.limits, self.deadline.name
        self.rows += 1
        self.cells += width
        if self.rows > limits.rows:
            raise limits.exceeded("rows", name)
        if self.cells > limits.workbook_cells:
            raise limits.exceeded("workbook_cells", name)
        if width > limits.columns:
            raise limits.exceeded("columns", name)
        if self.rows % 1024 == 0:
            self.deadline.check()


def inflate_check(limits: UploadLimits, name: str, packed: int, unpacked: int) -> None:
    """Raise when ``unpacked`` bytes from ``packed`` compressed ones pass the size or ratio limit."""
    if unpacked > limits.content_bytes:
        raise limits.exceeded("content_mb", name)
    if unpacked > RATIO_FLOOR_BYTES and unpacked > limits.inflate_ratio * max(packed, 1):
        raise limits.exceeded("inflate_ratio", name)


def check_gzip(path: Path, deadline: Deadline) -> None:
    """Decompress a gzip file without keeping it, stopping as soon as a limit is passed.

    The inflate ratio is taken over the compressed bytes read so far, so a bomb is stopped
    soon after the first 64 MB. Also proves the stream whole: a truncated or damaged stream
    raises the gzip reader's error (turned into a message by :mod:`segcore.ingest.failures`).
    """
    unpacked = 0
    with open(path, "rb") as raw, gzip.GzipFile(fileobj=raw, mode="rb") as stream:
        while chunk := stream.read(_CHUNK):
            unpacked += len(chunk)
            inflate_check(deadline.limits, deadline.name, raw.tell(), unpacked)
            deadline.check()


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.decode("ascii"):
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def _declared_cells(archive: zipfile.ZipFile, member: str) -> tuple[int, int] | None:
    """Give (rows, columns) a sheet declares in its ``<dimension>``, or None when it has none."""
    with archive.open(member) as sheet:
        head = sheet.read(64 * 1024)
    found = _DIMENSION.search(head)
    if found is None:
        return None
    first_col, first_row, last_col, last_row = found.groups()
    if last_col is None:
        return 1, 1
    rows = int(last_row) - int(first_row) + 1
    return max(rows, 1), max(_column_number(last_col) - _column_number(first_col) + 1, 1)


def _scanned_cells(archive: zipfile.ZipFile, member: str) -> tuple[int, int]:
    """Give (rows, columns) up to the last cell a sheet without a ``<dimension>`` uses (one streamed pass)."""
    rows = columns = 0
    rest = b""
    with archive.open(member) as sheet:
        while chunk := sheet.read(_CHUNK):
            text = rest + chunk
            for letters, number in _CELL_REF.findall(text):
                columns = max(columns, _column_number(letters))
                rows = max(rows, int(number))
            rest = text[-64:]
    return rows, columns


def check_workbook(path: Path, limits: UploadLimits, name: str) -> None:
    """Check a workbook's parts (central directory sizes) and its sheets' dimensions.

    A sheet's dimension is the one it declares, or, when it declares none, the one found by
    scanning its cell references.
    """
    with zipfile.ZipFile(path) as archive:
        members = archive.infolist()
        unpacked = sum(m.file_size for m in members)
        inflate_check(limits, name, sum(m.compress_size for m in members), unpacked)
        for member in members:
            inflate_check(limits, name, member.compress_size, member.file_size)
        for member in members:
            if member.filename.startswith("xl/worksheets/") and member.filename.endswith(".xml"):
                declared = _declared_cells(archive, member.filename)
                rows, columns = declared or _scanned_cells(archive, member.filename)
                if rows * columns > limits.workbook_cells:
                    raise limits.exceeded("workbook_cells", name)
                check_count(limits, name, rows=rows, columns=columns)


def check_parquet(path: Path, limits: UploadLimits, name: str) -> None:
    """Check a Parquet file's rows, columns and uncompressed size from its footer."""
    meta = pq.ParquetFile(path).metadata
    if meta.num_columns > limits.columns:
        raise limits.exceeded("columns", name)
    if meta.num_rows > limits.rows:
        raise limits.exceeded("rows", name)
    unpacked = sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups))
    inflate_check(limits, name, path.stat().st_size, unpacked)


def check_text_columns(head: bytes, limits: UploadLimits, name: str) -> None:
    """Raise when the first line of a text sample has more fields than the column limit allows."""
    end = head.find(b"\n")
    line = head if end < 0 else head[:end]
    if max(line.count(d) for d in _DELIMITERS) + 1 > limits.columns:
        raise limits.exceeded("columns", name)


def check_count(
    limits: UploadLimits, name: str, *, rows: int | None = None, columns: int | None = None
) -> None:
    """Raise when a table's ``rows`` or ``columns`` pass the limits."""
    if columns is not None and columns > limits.columns:
        raise limits.exceeded("columns", name)
    if rows is not None and rows > limits.rows:
        raise limits.exceeded("rows", name)
