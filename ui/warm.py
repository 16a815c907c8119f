"""The server's first work done ahead: the opening dataset read while the first page is still being built.

A freshly started server reads nothing until a browser connects and the frame runs; the
first session then pays for reading the opening dataset (the demo store, or the file named
at launch), its customer table and its findings before its first chart. This module starts,
when the frame first imports it (once per server process, never in a test run without a
server), a background thread that does that work into the shared caches: the dataset and
its customer table at once, alongside the rest of the frame's imports; the findings once
the frame has imported its modules (:func:`start`), so the two threads never import the
same modules at the same time. A session asking meanwhile waits for the entry being built
(:class:`ui.dataset_cache.DatasetCache`, ``st.cache_resource``) instead of building it again.
"""

from __future__ import annotations

import contextlib
import threading

from segcore.settings import Scenario
from ui import data, launch
from ui.sources import DEFAULT_DEMO, DataSource, demo_source, file_source

__all__ = ["opening_source", "start", "warm_findings", "warm_tables"]

_started = threading.Event()
_frame_ready = threading.Event()
_lock = threading.Lock()
_FRAME_WAIT_S = 300.0


def opening_source() -> DataSource | None:
    """Give the dataset a new session opens on: the file named at launch, else the demo store.

    None when the launch names a database (its reading is left to the session).
    """
    if launch.data_url() is not None:
        return None
    path = launch.data_file()
    return file_source(path) if path is not None else demo_source(DEFAULT_DEMO)


def warm_tables(source: DataSource) -> tuple[data.Dataset, data.Analysis]:
    """Give the dataset of ``source`` and its customer table under the default scenario (cached)."""
    return data.warm(source, Scenario().aggregation)


def warm_findings(dataset: data.Dataset, analysis: data.Analysis) -> int:
    """Give the number of findings of the default scenario on ``analysis``, computed into the cache."""
    from ui import insight

    return len(insight.warm(analysis, dataset, Scenario()))


def _run() -> None:
    with contextlib.suppress(Exception):  # a failed warm-up only means the first session does the work
        source = opening_source()
        if source is None:
            return
        dataset, analysis = warm_tables(source)
        if _frame_ready.wait(_FRAME_WAIT_S):
            warm_findings(dataset, analysis)


def _launch() -> None:
    from streamlit import runtime

    if not runtime.exists():
        return
    with _lock:
        if _started.is_set():
            return
        _started.set()
    threading.Thread(target=_run, name="studio-warm", daemon=True).start()


def start() -> None:
    """Tell the warm-up that the frame has imported its modules (the findings may be warmed now)."""
    _frame_ready.set()
    _launch()


_launch()
