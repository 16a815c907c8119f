"""The server's housekeeping: a sweeper of expired sessions, their uploads and idle datasets.

- :func:`start_sweeper` — a daemon thread that, every ``STUDIO_SWEEP_SECONDS``, removes the
  expired session records with their upload folders and the datasets nobody used for their
  TTL (:func:`ui.data.release_idle`), then hands freed memory back to the system.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import threading
import time

from ui import data
from ui.server_settings import server_settings
from ui.uploads import store

__all__ = ["start_sweeper", "sweep_now"]

_started = threading.Event()
_start_lock = threading.Lock()


def _trim() -> None:
    """Hand the C heap's free pages back to the system (glibc only; elsewhere nothing)."""
    name = ctypes.util.find_library("c")
    if name is None:
        return
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(name).malloc_trim(0)


def sweep_now() -> tuple[list[str], int]:
    """Remove expired session records (with their files) and idle datasets now; give what went."""
    tokens = store().sweep()
    datasets = data.release_idle()
    if tokens or datasets:
        _trim()
    return tokens, datasets


def _run(interval: float) -> None:
    while True:
        time.sleep(interval)
        with contextlib.suppress(Exception):  # the sweeper must outlive any one failed sweep
            sweep_now()


def start_sweeper() -> None:
    """Start the sweeper thread once per process."""
    with _start_lock:
        if _started.is_set():
            return
        _started.set()
    interval = server_settings().sweep_seconds
    threading.Thread(target=_run, args=(interval,), name="studio-sweeper", daemon=True).start()
