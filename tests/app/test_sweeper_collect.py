"""The sweeper frees ended sessions' reference cycles: a full collection when it removed something."""

from __future__ import annotations

import gc
import weakref

from ui import server


class _Cycle:
    """An object in a reference cycle (as an ended session's state is), holding a buffer."""

    def __init__(self) -> None:
        self.me = self
        self.payload = bytearray(1 << 20)


def _orphan_cycle() -> weakref.ref:
    return weakref.ref(_Cycle())


def test_a_sweep_that_removed_something_frees_reference_cycles_at_once():
    gc.disable()  # no automatic collection may free the cycle instead
    try:
        gc.collect()
        found = _orphan_cycle()
        assert found() is not None  # only a collection frees a cycle
        assert server.collect(True)
        assert found() is None
    finally:
        gc.enable()


def test_without_removals_a_collection_runs_only_every_collect_every_s():
    gc.disable()
    try:
        assert server.collect(True, now=1000.0)
        found = _orphan_cycle()
        assert not server.collect(False, now=1000.0 + server.COLLECT_EVERY_S - 1)
        assert found() is not None
        assert server.collect(False, now=1000.0 + server.COLLECT_EVERY_S + 1)
        assert found() is None
        assert not server.collect(False, now=1000.0 + server.COLLECT_EVERY_S + 2)
    finally:
        gc.enable()
