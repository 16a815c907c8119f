"""What a reader's failure says about the file: engine and decoding errors as an InputError.

DuckDB, the gzip and zip readers, openpyxl, pyarrow and the text codecs fail in their own
words on a damaged or foreign file. :func:`file_error` turns such a failure into the
InputError a person can act on (damaged compression, damaged workbook, damaged Parquet file,
text in an encoding that cannot be read, or a file that is not a table), naming the file;
:func:`reader_failures` does it for a block of reading code. Errors a user causes on
purpose (:class:`~segcore.errors.UserFacingError`) pass through unchanged; programming
errors (assertions, type errors outside the readers) are not hidden.
"""

from __future__ import annotations

import contextlib
import zipfile
import zlib
from collections.abc import Iterator
from xml.etree.ElementTree import ParseError

import duckdb
import pyarrow as pa

from segcore.errors import InputError, UserFacingError

__all__ = ["READER_ERRORS", "file_error", "reader_failures"]

#: Failures of the readers that mean "this file cannot be read", whatever the format.
READER_ERRORS: tuple[type[BaseException], ...] = (
    duckdb.Error,
    UnicodeError,
    EOFError,
    zlib.error,
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    pa.ArrowException,
    ParseError,
    OSError,
)
# openpyxl reports a damaged workbook with many error types (KeyError for a missing part …).
_WORKBOOK_ERRORS: tuple[type[BaseException], ...] = (
    *READER_ERRORS,
    KeyError,
    IndexError,
    ValueError,
    TypeError,
)


def _detail(exc: BaseException) -> str:
    """Give the first line of an engine's message, short enough for a sentence."""
    lines = str(exc).strip().splitlines()
    return (lines[0] if lines else type(exc).__name__)[:200]


def file_error(name: str, kind: str, exc: BaseException, *, gzipped: bool = False) -> InputError:
    """Give the InputError for a reader's failure on the file ``name`` of ``kind``."""
    if gzipped and isinstance(exc, EOFError | zlib.error | OSError):
        return InputError("ingest.corrupt_gzip", name=name)
    if kind == "xlsx":
        return InputError("ingest.corrupt_workbook", name=name)
    if kind == "parquet":
        return InputError("ingest.corrupt_parquet", name=name)
    if isinstance(exc, UnicodeError):
        return InputError("ingest.safety.bad_text", name=name)
    return InputError("ingest.unreadable", name=name, detail=_detail(exc))


@contextlib.contextmanager
def reader_failures(name: str, kind: str, *, gzipped: bool = False) -> Iterator[None]:
    """Run a block of reading code, turning reader failures into :func:`file_error`'s InputError."""
    caught = _WORKBOOK_ERRORS if kind == "xlsx" else READER_ERRORS
    try:
        yield
    except UserFacingError:
        raise
    except caught as exc:
        raise file_error(name, kind, exc, gzipped=gzipped) from exc
