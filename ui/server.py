"""The server's housekeeping: a sweeper of expired sessions, their uploads and idle datasets.

- :func:`start_sweeper` — tunes the C heap (:func:`ui.heap.tune`) and starts a daemon thread
  that, every ``STUDIO_SWEEP_SECONDS``, removes the expired session records with their
  upload folders, the datasets nobody used for their TTL (:func:`ui.data.release_idle`) and
  the finished model fits of datasets no longer loaded, then hands the heap's free pages
  back to the system (:func:`ui.heap.trim`).
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time

from ui import data, heap
from ui.server_settings import server_settings
from ui.uploads import store

__all__ = ["start_sweeper", "sweep_now"]

_started = threading.Event()
_start_lock = threading.Lock()


def _forget_fits(loaded: list[str]) -> None:
    """Drop the finished model fits of datasets no longer loaded (none when no page asked for one)."""
    clv = sys.modules.get("ui.clv")  # not imported: no fit was ever asked for
    if clv is not None:
        prefixes = tuple(f"{key}|" for key in loaded)
        clv.POOL.forget(lambda identity: identity.startswith(prefixes))


def sweep_now() -> tuple[list[str], int]:
    """Remove expired session records (with their files) and idle datasets now; give what went."""
    tokens = store().sweep()
    datasets = data.release_idle()
    _forget_fits(data.loaded_keys())
    heap.trim()  # also after frees no sweep saw (a closed browser tab's session state)
    return tokens, datasets


def _run(interval: float) -> None:
    while True:
        time.sleep(interval)
        with contextlib.suppress(Exception):  # the sweeper must outlive any one failed sweep
            sweep_now()


def start_sweeper() -> None:
    """Tune the C heap and start the sweeper thread, once per process."""
    with _start_lock:
        if _started.is_set():
            return
        _started.set()
    heap.tune()
    interval = server_settings().sweep_seconds
    threading.Thread(target=_run, args=(interval,), name="studio-sweeper", daemon=True).start()
