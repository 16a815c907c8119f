"""Loaded datasets shared by all sessions, bounded in number, bytes and idle time.

Not ``st.cache_resource``: its TTL only expires an entry when someone asks for it again, so
a dataset nobody opens any more would keep its DuckDB table for ever. Here an entry is
removed — and its table dropped, its connection closed (``close()``) — when it has been
unused for the TTL (:meth:`DatasetCache.sweep`, run by the server's sweeper), or, least
recently used first, when the cache holds more entries or bytes than its bounds. An entry
used in the last ``busy`` seconds is never removed for the bounds (a page may be reading
it); the cache then stays over its bound until it is not.

What is built from a dataset (its customer tables) is kept by the dataset itself in a
:class:`Derived` (bounded in entries), counted in its bytes and dropped when it is closed,
so evicting a dataset frees everything derived from it.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

__all__ = ["Closable", "DatasetCache", "Derived"]


class Closable(Protocol):
    """What the cache keeps: something with a size in bytes that can be closed."""

    @property
    def nbytes(self) -> int:
        """Give the bytes it holds (an estimate)."""
        ...

    def close(self) -> None:
        """Release what it holds."""
        ...


D = TypeVar("D", bound=Closable)
T = TypeVar("T")


@dataclass
class _Entry(Generic[D]):
    value: D
    used: float


class DatasetCache(Generic[D]):
    """Values by key, shared: at most ``entries`` and ``max_bytes``, each dropped ``ttl`` s after use."""

    def __init__(
        self,
        entries: int,
        max_bytes: int,
        ttl: float,
        *,
        busy: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.entries, self.max_bytes, self.ttl, self.busy = entries, max_bytes, ttl, busy
        self._clock = clock
        self._items: OrderedDict[str, _Entry[D]] = OrderedDict()
        self._lock = threading.Lock()
        self._building: dict[str, threading.Lock] = {}

    def get(self, key: str, build: Callable[[], D]) -> D:
        """Give the value of ``key``, built once by ``build()`` when it is not kept (other callers wait)."""
        found = self._take(key)
        if found is not None:
            return found
        with self._lock:
            building = self._building.setdefault(key, threading.Lock())
        with building:
            found = self._take(key)
            if found is None:
                found = build()
                with self._lock:
                    self._items[key] = _Entry(found, self._clock())
            with self._lock:
                self._building.pop(key, None)
        self._close_all(self._over_bounds())
        return found

    def _take(self, key: str) -> D | None:
        with self._lock:
            entry = self._items.get(key)
            if entry is None:
                return None
            entry.used = self._clock()
            self._items.move_to_end(key)
            return entry.value

    def _over_bounds(self) -> list[D]:
        """Take out the least recently used idle entries while the cache is over a bound."""
        removed: list[D] = []
        with self._lock:
            now = self._clock()
            for key in list(self._items):
                total = sum(entry.value.nbytes for entry in self._items.values())
                if len(self._items) <= self.entries and total <= self.max_bytes:
                    break
                if now - self._items[key].used >= self.busy:
                    removed.append(self._items.pop(key).value)
        return removed

    def sweep(self) -> int:
        """Remove the entries unused for the TTL (closing them); give how many."""
        with self._lock:
            now = self._clock()
            old = [key for key, entry in self._items.items() if now - entry.used > self.ttl]
            removed = [self._items.pop(key).value for key in old]
        self._close_all(removed)
        return len(removed)

    def clear(self) -> None:
        """Remove and close every entry."""
        with self._lock:
            removed = [entry.value for entry in self._items.values()]
            self._items.clear()
        self._close_all(removed)

    def keys(self) -> list[str]:
        """Give the keys kept now, least recently used first."""
        with self._lock:
            return list(self._items)

    def size(self) -> int:
        """Give the bytes the kept values hold (their estimates)."""
        with self._lock:
            return sum(entry.value.nbytes for entry in self._items.values())

    @staticmethod
    def _close_all(values: list[D]) -> None:
        for value in values:
            value.close()


class Derived:
    """Results built from one dataset, at most ``entries`` (least recently used dropped first)."""

    def __init__(self, entries: int) -> None:
        self.entries = entries
        self._items: OrderedDict[Hashable, tuple[Any, int]] = OrderedDict()
        self._lock = threading.Lock()
        self._building: dict[Hashable, threading.Lock] = {}

    def get(self, key: Hashable, build: Callable[[], T], size: Callable[[T], int]) -> T:
        """Give the result of ``key``, built once by ``build()`` (``size`` gives its bytes; others wait)."""
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key][0]
            building = self._building.setdefault(key, threading.Lock())
        with building:
            with self._lock:
                found = self._items.get(key)
            if found is None:
                value = build()
                found = (value, int(size(value)))
                with self._lock:
                    self._items[key] = found
                    while len(self._items) > self.entries:
                        self._items.popitem(last=False)
            with self._lock:
                self._building.pop(key, None)
        return found[0]

    @property
    def nbytes(self) -> int:
        """Give the bytes the kept results hold (their estimates)."""
        with self._lock:
            return sum(size for _, size in self._items.values())

    def clear(self) -> None:
        """Drop every kept result."""
        with self._lock:
            self._items.clear()
