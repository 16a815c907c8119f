"""Where a dataset comes from: the demos, a file named at launch, or an upload read as told.

A :class:`DataSource` says how to read a dataset; its ``key`` names the content and the
reading options, and keys every cache built from it (:mod:`ui.data`).
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "DEFAULT_DEMO",
    "DEMOS",
    "SAMPLES",
    "DataSource",
    "content_digest",
    "demo_source",
    "file_digest",
    "file_source",
    "named_file",
    "upload_source",
]

SAMPLES = Path(__file__).resolve().parents[1] / "sample_data"

#: Demo datasets: transactions file and optional customer-attributes file.
DEMOS: dict[str, tuple[Path, Path | None]] = {
    "store_en": (SAMPLES / "store_en.csv", SAMPLES / "store_customers_en.csv"),
    "store_ru": (SAMPLES / "store_ru.csv", SAMPLES / "store_customers_ru.csv"),
    "cdnow": (SAMPLES / "cdnow" / "cdnow.csv", None),
}
#: The demo a new session opens when neither its address nor the launch names a dataset.
DEFAULT_DEMO = "store_en"


@dataclass(frozen=True)
class DataSource:
    """The dataset the studio analyses: a demo file or an upload, with how to read it.

    ``key`` identifies the content and reading options (it keys the caches); ``path`` is
    the file to read: a demo's, the launch file, or an upload spilled to its session's
    folder (:mod:`ui.uploads`; an upload's bytes are never kept in memory), and
    ``attributes_path`` an uploaded customer-attributes file.
    """

    key: str
    name: str
    kind: str  # "demo", "upload" or "file" (named at launch)
    demo: str | None = None
    path: str | None = None
    sheet: str | None = None
    mapping: tuple[tuple[str, str], ...] = ()
    attributes_name: str | None = None
    attributes_path: str | None = None
    size_bytes: int = 0


def content_digest(content: bytes) -> str:
    """Give a short content digest of a file's bytes."""
    return hashlib.blake2b(content, digest_size=16).hexdigest()


def file_digest(path: Path) -> str:
    """Give the content digest of a file (:func:`content_digest` of its bytes, read in chunks)."""
    digest = hashlib.blake2b(digest_size=16)
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def named_file(content: bytes, name: str) -> io.BytesIO:
    """Give uploaded bytes as a file object with its name (readers use the name and suffix)."""
    handle = io.BytesIO(content)
    handle.name = name
    return handle


def _stamp(path: Path) -> str:
    return f"{path.stat().st_mtime_ns}-{path.stat().st_size}" if path.exists() else "missing"


def demo_source(name: str) -> DataSource:
    """Give the data source of a demo dataset (``store_en``, ``store_ru`` or ``cdnow``)."""
    path, attributes = DEMOS[name]
    has_attributes = attributes is not None and attributes.exists()
    return DataSource(
        key=f"demo:{name}:{_stamp(path)}",
        name=name,
        kind="demo",
        demo=name,
        path=str(path),
        attributes_name=str(attributes) if has_attributes else None,
        size_bytes=path.stat().st_size if path.exists() else 0,
    )


def file_source(path: Path) -> DataSource:
    """Give the data source of a transactions file on the server (``--data`` at launch)."""
    return DataSource(
        key=f"file:{path}:{_stamp(path)}",
        name=path.name,
        kind="file",
        path=str(path),
        size_bytes=path.stat().st_size if path.exists() else 0,
    )


def upload_source(
    name: str,
    path: Path,
    *,
    digest: str,
    sheet: str | None,
    mapping: dict[str, str],
    attributes: Path | None = None,
) -> DataSource:
    """Give the data source of an uploaded file on disk (``digest`` of its bytes) read as told."""
    parts = [digest, sheet or "", repr(sorted(mapping.items()))]
    if attributes is not None:
        parts.append(file_digest(attributes))
    return DataSource(
        key="upload:" + ":".join(parts),
        name=name,
        kind="upload",
        path=str(path),
        sheet=sheet,
        mapping=tuple(sorted(mapping.items())),
        attributes_name=attributes.name if attributes is not None else None,
        attributes_path=str(attributes) if attributes is not None else None,
        size_bytes=path.stat().st_size,
    )
