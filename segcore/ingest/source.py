"""What a source is: a file on disk (spilled to a temporary file when given as bytes or an
upload), its kind decided from its first bytes, and a sample of its (decompressed) content.

Temporary files live in a private folder that :func:`open_source` removes on exit.
"""

from __future__ import annotations

import contextlib
import gzip
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypedDict

import pandas as pd

from segcore.errors import InputError
from segcore.ingest.bounds import (
    Deadline,
    check_count,
    check_gzip,
    check_parquet,
    check_text_columns,
    check_workbook,
)
from segcore.ingest.failures import reader_failures
from segcore.ingest.limits import UploadLimits, configured_limits

__all__ = ["HEAD_BYTES", "SourceFile", "SourceKind", "open_source"]

HEAD_BYTES = 256 * 1024
_SPILL_CHUNK = 8 * 1024 * 1024
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")

SourceKind = Literal["text", "xlsx", "parquet", "dataframe"]


class _Located(TypedDict):
    """Where a source is: the fields every on-disk :class:`SourceFile` shares."""

    name: str
    path: Path
    workdir: Path


@dataclass
class SourceFile:
    """A source ready to read: its kind, its path (or frame) and a sample of its bytes.

    ``head`` is the first :data:`HEAD_BYTES` of the content (decompressed for gzip);
    ``complete`` says that ``head`` holds all of it.
    """

    name: str
    kind: SourceKind
    path: Path | None = None
    frame: pd.DataFrame | None = None
    head: bytes = b""
    complete: bool = True
    gzipped: bool = False
    workdir: Path = field(default_factory=Path)
    deadline: Deadline | None = None

    def scratch(self, name: str) -> Path:
        """Give a path for a temporary file that is removed with the source."""
        return self.workdir / name


@contextlib.contextmanager
def open_source(source: Any, limits: UploadLimits | None = None, *, con: Any = None) -> Iterator[SourceFile]:
    """Give a :class:`SourceFile` for a path, bytes, a binary file-like object or a DataFrame.

    ``limits``: the upload limits to enforce (default :func:`configured_limits`): sizes are
    checked before the block runs; the wall time while it runs (``con``, a DuckDB connection,
    is interrupted at the deadline). Raises InputError for a missing, empty, unsupported or
    too large file, and for any reader failure inside the ``with`` block
    (:func:`~segcore.ingest.failures.reader_failures`).
    """
    limits = limits if limits is not None else configured_limits()
    workdir = Path(tempfile.mkdtemp(prefix="segcore-ingest-"))
    try:
        if isinstance(source, pd.DataFrame):
            check_count(limits, "DataFrame", rows=len(source), columns=len(source.columns))
            yield SourceFile(name="DataFrame", kind="dataframe", frame=source, workdir=workdir)
            return
        path, name = _local_path(source, workdir, limits)
        with reader_failures(name, "file"):
            src = _classify(path, name, workdir)
        deadline = Deadline(limits, name)
        src.deadline = deadline
        with _reading(src, deadline, con):
            _check_content(src, limits)
            yield src
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


@contextlib.contextmanager
def _reading(src: SourceFile, deadline: Deadline, con: Any) -> Iterator[None]:
    """Run the reading of ``src``: failures as InputError, the time limit when DuckDB was stopped."""
    try:
        with deadline.interrupting(con), reader_failures(src.name, src.kind, gzipped=src.gzipped):
            yield
    except InputError:
        if deadline.fired:
            raise deadline.limits.exceeded("seconds", src.name) from None
        raise
    if deadline.fired:  # interrupted between two queries: the load is over its time all the same
        raise deadline.limits.exceeded("seconds", src.name)


def _check_content(src: SourceFile, limits: UploadLimits) -> None:
    """Check what a source holds against the limits before it is read."""
    assert src.path is not None and src.deadline is not None
    if src.gzipped:
        check_gzip(src.path, src.deadline)
    if src.kind == "xlsx":
        check_workbook(src.path, limits, src.name)
    elif src.kind == "parquet":
        check_parquet(src.path, limits, src.name)
    elif src.kind == "text":
        check_text_columns(src.head, limits, src.name)


def _local_path(source: Any, workdir: Path, limits: UploadLimits) -> tuple[Path, str]:
    """Give a readable path for the source, spilling bytes and uploads to ``workdir``.

    Raises the upload limit's InputError for a larger file (a spill stops at the limit).
    """
    if isinstance(source, str | Path):
        path = Path(source)
        if not path.is_file():
            raise InputError("ingest.not_found", name=str(source))
        if path.stat().st_size > limits.upload_bytes:
            raise limits.exceeded("upload_mb", path.name)
        return path, path.name
    if isinstance(source, bytes | bytearray | memoryview):
        if len(source) > limits.upload_bytes:
            raise limits.exceeded("upload_mb", "upload")
        target = workdir / "upload"
        target.write_bytes(bytes(source))
        return target, "upload"
    if hasattr(source, "read"):
        name = Path(str(getattr(source, "name", "upload") or "upload")).name
        target = workdir / ("upload" + "".join(Path(name).suffixes[-2:]))
        with contextlib.suppress(AttributeError, OSError, ValueError):
            source.seek(0)
        _spill(source, target, limits, name)
        return target, name
    raise TypeError(f"cannot read transactions from {type(source).__name__}")


def _spill(source: Any, target: Path, limits: UploadLimits, name: str) -> None:
    """Copy a file-like object to ``target`` in chunks, stopping past the upload limit."""
    written = 0
    with open(target, "wb") as out:
        while chunk := source.read(_SPILL_CHUNK):
            written += len(chunk)
            if written > limits.upload_bytes:
                raise limits.exceeded("upload_mb", name)
            out.write(chunk)


def _classify(path: Path, name: str, workdir: Path) -> SourceFile:
    """Give the source's kind from its first bytes (and its name for old Excel)."""
    with open(path, "rb") as fh:
        head = fh.read(HEAD_BYTES + 1)
    if not head.strip():
        raise InputError("ingest.empty", name=name)
    base: _Located = {"name": name, "path": path, "workdir": workdir}
    if head.startswith(b"PK\x03\x04"):
        _check_workbook_zip(path, name)
        return SourceFile(kind="xlsx", name=name, path=_with_workbook_suffix(path, workdir), workdir=workdir)
    if head.startswith(_OLE2):
        if _ENCRYPTED in head or _file_contains(path, _ENCRYPTED):
            raise InputError("ingest.password", name=name)
        raise InputError("ingest.old_excel", name=name)
    if head.startswith(b"PAR1"):
        return SourceFile(kind="parquet", **base)
    if head.startswith(b"\x1f\x8b"):
        sample = _gzip_head(path, name)
        if not sample.strip():
            raise InputError("ingest.empty", name=name)
        return SourceFile(
            kind="text",
            head=sample[:HEAD_BYTES],
            complete=len(sample) <= HEAD_BYTES,
            gzipped=True,
            **base,
        )
    _reject_documents(head, name)
    return SourceFile(kind="text", head=head[:HEAD_BYTES], complete=len(head) <= HEAD_BYTES, **base)


def _with_workbook_suffix(path: Path, workdir: Path) -> Path:
    """Give a path ending in ``.xlsx`` for the workbook (the Excel reader goes by the suffix).

    Bytes, uploads without a name and files saved without an extension get a link (or a
    copy) named ``workbook.xlsx`` in ``workdir``.
    """
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return path
    target = workdir / "workbook.xlsx"
    try:
        target.symlink_to(path.resolve())
    except OSError:
        shutil.copyfile(path, target)
    return target


def _check_workbook_zip(path: Path, name: str) -> None:
    """Raise InputError unless the zip archive is an Excel workbook."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError("ingest.corrupt_workbook", name=name) from exc
    if "xl/workbook.xml" in names:
        return
    if "content.xml" in names:
        raise InputError("ingest.unsupported_format", name=name, kind="OpenDocument (.ods)")
    raise InputError("ingest.unsupported_format", name=name, kind="ZIP")


def _file_contains(path: Path, needle: bytes) -> bool:
    """Tell whether the file contains ``needle`` (read in chunks)."""
    tail = b""
    with open(path, "rb") as fh:
        while chunk := fh.read(_SPILL_CHUNK):
            if needle in tail + chunk:
                return True
            tail = chunk[-len(needle) :]
    return False


def _gzip_head(path: Path, name: str) -> bytes:
    """Give the first decompressed bytes of a gzip file; InputError when it is damaged."""
    try:
        with gzip.open(path, "rb") as fh:
            return fh.read(HEAD_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError("ingest.corrupt_gzip", name=name) from exc


def _reject_documents(head: bytes, name: str) -> None:
    """Raise InputError for well-known non-table documents (PDF, HTML, XML, images)."""
    start = head.lstrip()[:512].lower()
    if start.startswith(b"%pdf"):
        raise InputError("ingest.unsupported_format", name=name, kind="PDF")
    if start.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml")):
        raise InputError("ingest.unsupported_format", name=name, kind="HTML/XML")
    if start.startswith((b"\x89png", b"\xff\xd8\xff", b"gif8")):
        raise InputError("ingest.unsupported_format", name=name, kind="image")
