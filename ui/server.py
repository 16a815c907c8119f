"""The server's housekeeping: a sweeper of expired sessions, their uploads and idle datasets.

- :func:`start_sweeper` — tunes the C heap (:func:`ui.heap.tune`) and starts a daemon thread
  that, every ``STUDIO_SWEEP_SECONDS``, removes the expired session records with their
  upload folders, the datasets nobody used for their TTL (:func:`ui.data.release_idle`) and
  the finished model fits of datasets no longer loaded, then collects the garbage of ended
  sessions (:func:`collect`) and hands the heap's free pages back to the system
  (:func:`ui.heap.trim`).

A browser session that ended is not freed when its tab closes: Streamlit keeps it for
``server.disconnectedSessionTTL`` (120 s), then drops it, and what is left are reference
cycles (its state, its widget values) that only a full garbage collection frees. An idle
server allocates too little to start one, so the memory of a room of sessions stayed until
the next visitor; the sweeper runs one when it removed something, and every
:data:`COLLECT_EVERY_S` seconds otherwise.
"""

from __future__ import annotations

import contextlib
import gc
import sys
import threading
import time

from ui import data, heap
from ui.server_settings import server_settings
from ui.uploads import store

__all__ = ["COLLECT_EVERY_S", "collect", "start_sweeper", "sweep_now"]

#: A full garbage collection at least this often (seconds), even when a sweep removed nothing.
COLLECT_EVERY_S = 600.0

_started = threading.Event()
_start_lock = threading.Lock()
_collected = [time.monotonic()]


def _forget_fits(loaded: list[str]) -> None:
    """Drop the finished model fits of datasets no longer loaded (none when no page asked for one)."""
    clv = sys.modules.get("ui.clv")  # not imported: no fit was ever asked for
    if clv is not None:
        prefixes = tuple(f"{key}|" for key in loaded)
        clv.POOL.forget(lambda identity: identity.startswith(prefixes))


def collect(removed: bool, now: float | None = None) -> bool:
    """Give whether a full garbage collection ran: if ``removed`` or none ran for :data:`COLLECT_EVERY_S`."""
    now = time.monotonic() if now is None else now
    if not removed and now - _collected[0] < COLLECT_EVERY_S:
        return False
    _collected[0] = now
    gc.collect()
    return True


def sweep_now() -> tuple[list[str], int]:
    """Remove expired session records (with their files) and idle datasets now; give what went."""
    tokens = store().sweep()
    datasets = data.release_idle()
    _forget_fits(data.loaded_keys())
    collect(bool(tokens or datasets))  # ended sessions are cycles: freed only by a full collection
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
