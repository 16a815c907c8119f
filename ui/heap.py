"""The process's C heap: big buffers handed back to the system when freed, free pages trimmed.

glibc's allocator keeps what Python frees: a buffer over its *mmap threshold* is mapped on
its own and unmapped when freed, but the threshold grows to the size of every such buffer
freed (up to 32 MB), so after the first upload of 20 MB the next big buffers are carved out
of the heap arenas (one per thread, up to 8 per core) and their pages stay there after the
session that needed them is gone. A room of sessions that each upload a file then leaves
the server hundreds of MB above where it started.

:func:`tune` caps the number of arenas and fixes the mmap threshold (a buffer above it is
mapped on its own and returned to the system when freed); :func:`trim` hands the free
pages of every arena back (the sweeper calls it on every sweep). Both do nothing outside
glibc. Measured with five and six 20 MB uploads in turn: with the cap and trim only, the
server kept +130 MB after the sessions ended; with the threshold fixed at 256 KB, +24 MB.
A threshold that low maps and unmaps every temporary array of a slider move on a million
customers (8 MB each): the move took 21 ms instead of 9.6 ms. At 8 MB (the default) those
arrays stay in the heap (9.8 ms) while an upload's buffers are still mapped on their own.

Settings (environment variables, read by :func:`tune`):
    ``STUDIO_MALLOC_ARENAS`` — glibc heap arenas at most (default 2; ``0`` leaves glibc's own).
    ``STUDIO_MMAP_THRESHOLD_KB`` — buffers from this size (KB) are mapped on their own and
    unmapped when freed (default 8192; ``0`` leaves glibc's own, growing threshold).
    ``DUCKDB_JE_MALLOC_CONF`` — DuckDB's own allocator (jemalloc on Linux); unless it is set,
    :func:`prepare_duckdb_allocator` has it return freed pages at once
    (:data:`DUCKDB_ALLOCATOR`). Left to jemalloc's 10 s decay, a 10M-row file's load kept
    about 300 MB it had freed when the customer table was computed, which raised the peak.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys
import threading
from typing import Any

__all__ = [
    "DEFAULT_ARENAS", "DEFAULT_MMAP_THRESHOLD_KB", "DUCKDB_ALLOCATOR", "prepare_duckdb_allocator",
    "trim", "tune",
]  # fmt: skip

#: glibc heap arenas at most (``STUDIO_MALLOC_ARENAS``).
DEFAULT_ARENAS = 2
#: Buffers of at least this many KB are mapped on their own (``STUDIO_MMAP_THRESHOLD_KB``; 0: glibc's).
DEFAULT_MMAP_THRESHOLD_KB = 8192

#: DuckDB's jemalloc returns freed pages to the system at once instead of after a decay.
DUCKDB_ALLOCATOR = "dirty_decay_ms:0,muzzy_decay_ms:0"

_M_MMAP_THRESHOLD = -3
_M_ARENA_MAX = -8
_lock = threading.Lock()
_tuned: list[bool] = []


def _libc() -> Any | None:
    """Give glibc (None elsewhere: musl, macOS, Windows)."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
        return libc if hasattr(libc, "malloc_trim") else None
    except (OSError, AttributeError):
        return None


def _setting(name: str, default: int) -> int:
    text = os.environ.get(name, "").strip()
    try:
        value = int(text) if text else default
    except ValueError:
        return default
    return max(value, 0)


def prepare_duckdb_allocator() -> bool:
    """Give DuckDB's allocator :data:`DUCKDB_ALLOCATOR` unless set; False once ``duckdb`` is imported."""
    if "duckdb" in sys.modules:
        return False
    os.environ.setdefault("DUCKDB_JE_MALLOC_CONF", DUCKDB_ALLOCATOR)
    return True


def tune() -> bool:
    """Set the arena cap (and a fixed mmap threshold if asked) once per process; give whether glibc did."""
    with _lock:
        if _tuned:
            return _tuned[0]
        libc = _libc()
        done = libc is not None
        if libc is not None:
            arenas = _setting("STUDIO_MALLOC_ARENAS", DEFAULT_ARENAS)
            threshold = _setting("STUDIO_MMAP_THRESHOLD_KB", DEFAULT_MMAP_THRESHOLD_KB)
            if arenas:
                done = bool(libc.mallopt(_M_ARENA_MAX, arenas)) and done
            if threshold:
                done = bool(libc.mallopt(_M_MMAP_THRESHOLD, min(threshold, 32 * 1024) * 1024)) and done
        _tuned.append(done)
        return done


def trim() -> None:
    """Hand the free pages of every heap arena back to the system (glibc only; elsewhere nothing)."""
    libc = _libc()
    if libc is not None:
        with contextlib.suppress(OSError, AttributeError):
            libc.malloc_trim(0)
