"""Heavy results, computed once and shared: the loaded data and the customer table.

Caching design
    - :func:`loaded` — the parsed transactions, once per data key (content digest + sheet +
      column mapping + attributes digest). ``st.cache_resource``: the result holds an ibis
      table on an in-process DuckDB connection, which cannot be pickled.
    - :func:`analysis` — the customer table and the :class:`~segcore.classify.segmentation.Segmenter`
      built on it, once per (data key, aggregation settings). ``st.cache_resource`` as
      well, NOT ``st.cache_data``: ``cache_data`` would unpickle a fresh copy of a
      million-row frame on every call, i.e. on every slider move.
    Both caches are bounded (``max_entries``) and shared by all sessions, so what they
    return is read-only by convention: pages never modify these frames. A slider move only
    calls ``Segmenter.segment(scenario)`` on the cached segmenter.

DuckDB connections are not meant for concurrent queries from several threads, so the
queries that build a customer table run one at a time (:data:`_QUERY_LOCK`).
"""

from __future__ import annotations

import hashlib
import io
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import pandas as pd
import streamlit as st

from segcore.customers import analysis_window, customer_table
from segcore.ingest import LoadedTransactions, load_transactions
from segcore.classify.segmentation import Segmentation, Segmenter
from segcore.settings import AggregationSettings, Scenario
from ui import state
from ui.state import DataSource

__all__ = [
    "DEMOS",
    "Analysis",
    "analysis",
    "content_digest",
    "date_range",
    "demo_source",
    "file_source",
    "loaded",
    "named_file",
    "upload_source",
]

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_data"

#: Demo datasets: transactions file and optional customer-attributes file.
DEMOS: dict[str, tuple[Path, Path | None]] = {
    "store_en": (SAMPLES / "store_en.csv", SAMPLES / "store_customers_en.csv"),
    "store_ru": (SAMPLES / "store_ru.csv", SAMPLES / "store_customers_ru.csv"),
    "cdnow": (SAMPLES / "cdnow" / "cdnow.csv", None),
}

_QUERY_LOCK = threading.Lock()
T = TypeVar("T")


@dataclass(frozen=True)
class Analysis:
    """The customer table of one dataset under one aggregation setting, and its segmenter."""

    customers: pd.DataFrame
    segmenter: Segmenter
    transactions: int
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def segment(self, scenario: Scenario) -> Segmentation:
        """Give the segmentation of ``scenario``, one call at a time.

        The segmenter fills caches as it works and this analysis is shared by every
        session, so calls from different sessions take turns.
        """
        with self.lock:
            return self.segmenter.segment(scenario)


def content_digest(content: bytes) -> str:
    """Give a short content digest of a file's bytes."""
    return hashlib.blake2b(content, digest_size=16).hexdigest()


def demo_source(name: str) -> DataSource:
    """Give the data source of a demo dataset (``store_en``, ``store_ru`` or ``cdnow``)."""
    path, attributes = DEMOS[name]
    stamp = f"{path.stat().st_mtime_ns}-{path.stat().st_size}" if path.exists() else "missing"
    has_attributes = attributes is not None and attributes.exists()
    return DataSource(
        key=f"demo:{name}:{stamp}",
        name=name,
        kind="demo",
        demo=name,
        path=str(path),
        attributes_name=str(attributes) if has_attributes else None,
        size_bytes=path.stat().st_size if path.exists() else 0,
    )


def file_source(path: Path) -> DataSource:
    """Give the data source of a transactions file on the server (``--data`` at launch)."""
    stamp = f"{path.stat().st_mtime_ns}-{path.stat().st_size}" if path.exists() else "missing"
    return DataSource(
        key=f"file:{path}:{stamp}",
        name=path.name,
        kind="file",
        path=str(path),
        size_bytes=path.stat().st_size if path.exists() else 0,
    )


def upload_source(
    name: str,
    content: bytes,
    *,
    digest: str,
    sheet: str | None,
    mapping: dict[str, str],
    attributes_name: str | None = None,
    attributes: bytes | None = None,
) -> DataSource:
    """Give the data source of an uploaded file (``digest`` of its bytes) read as told."""
    parts = [digest, sheet or "", repr(sorted(mapping.items()))]
    if attributes is not None:
        parts.append(content_digest(attributes))
    return DataSource(
        key="upload:" + ":".join(parts),
        name=name,
        kind="upload",
        content=content,
        sheet=sheet,
        mapping=tuple(sorted(mapping.items())),
        attributes_name=attributes_name,
        attributes=attributes,
        size_bytes=len(content),
    )


def named_file(content: bytes, name: str) -> io.BytesIO:
    """Give uploaded bytes as a file object with its name (readers use the name and suffix)."""
    handle = io.BytesIO(content)
    handle.name = name
    return handle


@st.cache_resource(max_entries=4, show_spinner=False)
def _load(key: str, _source: DataSource) -> LoadedTransactions:
    source = _source
    body: Any = named_file(source.content, source.name) if source.content is not None else source.path
    extra: Any = source.attributes_name
    if source.attributes is not None:
        extra = named_file(source.attributes, source.attributes_name or "attributes")
    with _QUERY_LOCK:
        return load_transactions(
            body,
            mapping={k: v or None for k, v in source.mapping} or None,
            sheet=source.sheet,
            attributes=extra,
        )


@st.cache_resource(max_entries=6, show_spinner=False)
def _analyse(key: str, aggregation: str, _data: LoadedTransactions) -> Analysis:
    settings = AggregationSettings.from_json(aggregation)
    with _QUERY_LOCK:
        customers = customer_table(_data, settings)
    return Analysis(
        customers=customers,
        segmenter=Segmenter(customers),
        transactions=int(_data.report.rows_kept),
    )


@st.cache_data(max_entries=16, show_spinner=False)
def _date_range(key: str, _data: LoadedTransactions) -> tuple[date, date]:
    with _QUERY_LOCK:
        window = analysis_window(_data, AggregationSettings())
    return window.start, window.as_of


def date_range(source: DataSource) -> tuple[date, date]:
    """Give the first and the last transaction date of ``source`` (cached)."""
    return _date_range(source.key, _load(source.key, source))


def _with_status(keys: tuple[str, ...], label: str, work: Callable[[], T]) -> T:
    """Run ``work``; when this session has not had ``keys`` yet, show a status box meanwhile.

    The box disappears when the work is done (a cache hit needs no box).
    """
    if all(state.has_seen(key) for key in keys):
        return work()
    slot = st.empty()
    with slot.status(label, expanded=False):
        result = work()
    slot.empty()
    for key in keys:
        state.mark_seen(key)
    return result


def loaded(source: DataSource, label: str) -> LoadedTransactions:
    """Give the parsed transactions of ``source`` (cached; raises InputError)."""
    return _with_status((f"load:{source.key}",), label, lambda: _load(source.key, source))


def analysis(source: DataSource, settings: AggregationSettings, label: str) -> Analysis:
    """Give the customer table and segmenter of ``source`` under ``settings`` (cached)."""
    aggregation = settings.to_json()
    keys = (f"load:{source.key}", f"analyse:{source.key}:{aggregation}")
    return _with_status(
        keys, label, lambda: _analyse(source.key, aggregation, _load(source.key, source))
    )
