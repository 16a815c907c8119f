"""Model fits in the background: a bounded pool of workers for the server, one fit per session.

A predicted-CLV fit takes seconds (1–2 s on the CDNOW sample, 10–20 s on the demo store),
so it runs on a worker thread while the page stays usable and shows its progress.

- The server has ONE :class:`FitPool` with a fixed number of workers (:data:`WORKERS`): twenty
  sessions asking for fits at once queue for them instead of starting twenty threads that
  slow every slider in the room.
- A fit is named by its identity (the dataset's key and the settings as JSON). Jobs are kept
  per identity in a bounded least-recently-used table, so a second session asking for the
  same fit on the same data shares the finished job, and a fit on other data or settings is
  another job.
- A session holds one fit at a time (:meth:`FitPool.request` with the session's owner id).
  When the session asks for other settings, its previous fit is released: if no other
  session waits for it and it has not finished, it is cancelled (taken off the queue, or
  stopped at its next progress report) and dropped from the table, so a superseded fit never
  publishes a result. The newest settings win.
- :meth:`FitPool.cancel` is the page's cancel button: the session lets go of its fit.

This module does not import Streamlit; :mod:`ui.clv` keeps the server's pool.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from segcore.errors import UserFacingError

__all__ = ["WORKERS", "FitCancelled", "FitJob", "FitPool", "Progress"]

#: Workers of the server's pool: one fit at a time leaves the other core to the sliders.
WORKERS = 1

#: Sessions remembered with the fit they hold (the oldest are forgotten; their fits run on).
_OWNERS = 1024

R = TypeVar("R")
Progress = Callable[[str, float], None]


class FitCancelled(Exception):
    """Raised inside a fit at its next progress report once the fit has been cancelled."""


@dataclass(eq=False)
class FitJob(Generic[R]):
    """One fit: where it is (``stage`` message key, ``share`` 0–1), then its outcome.

    When :attr:`done`, ``result`` holds the result, or ``error`` a problem the user can fix,
    or ``failure`` anything else (a programming error), or :attr:`cancelled` is true.
    ``queued`` is true until a worker takes the job.
    """

    identity: str
    stage: str = "ltv.stage.summary"
    share: float = 0.0
    queued: bool = True
    result: R | None = None
    error: UserFacingError | None = None
    failure: BaseException | None = None
    started: float | None = None
    elapsed: float | None = None
    owners: set[str] = field(default_factory=set, repr=False)
    finished: threading.Event = field(default_factory=threading.Event, repr=False)
    _stop: threading.Event = field(default_factory=threading.Event, repr=False)
    _future: Future[None] | None = field(default=None, repr=False)

    @property
    def done(self) -> bool:
        """Tell whether the fit has ended (with a result, an error, or cancelled)."""
        return self.finished.is_set()

    @property
    def cancelled(self) -> bool:
        """Tell whether the fit was asked to stop."""
        return self._stop.is_set()

    def report(self, stage: str, share: float) -> None:
        """Progress callback of the fit: keep where it is; raise FitCancelled once cancelled."""
        if self._stop.is_set():
            raise FitCancelled(self.identity)
        self.stage, self.share = stage, min(max(float(share), 0.0), 1.0)

    def cancel(self) -> None:
        """Stop the fit: off the queue if no worker has it, else at its next progress report."""
        self._stop.set()
        if self._future is not None and self._future.cancel():
            self.finished.set()

    def run(self, work: Callable[[Progress], R], clock: Callable[[], float]) -> None:
        """Run ``work`` on the calling thread and keep its outcome (nothing once cancelled)."""
        self.queued = False
        self.started = clock()
        try:
            if not self._stop.is_set():
                outcome = work(self.report)
                if not self._stop.is_set():
                    self.result = outcome
        except FitCancelled:
            pass
        except UserFacingError as error:
            self.error = error
        except Exception as failure:  # kept and raised again on the page's thread
            self.failure = failure
        finally:
            self.elapsed = clock() - self.started
            self.finished.set()


class FitPool:
    """The server's fits: a bounded pool of workers and a bounded table of jobs by identity."""

    def __init__(
        self, workers: int = WORKERS, entries: int = 8, clock: Callable[[], float] = time.perf_counter
    ) -> None:
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ltv-fit")
        self._entries = entries
        self._jobs: OrderedDict[str, FitJob[object]] = OrderedDict()
        self._held: OrderedDict[str, str] = OrderedDict()
        self._lock = threading.Lock()
        self._clock = clock

    def request(self, owner: str, identity: str, work: Callable[[Progress], R]) -> FitJob[R]:
        """Give ``owner``'s fit of ``identity`` (finished, running or queued); release its previous one.

        ``work(progress)`` computes the result; it runs only if no job of ``identity`` is
        kept. The owner holds this job from now on.
        """
        with self._lock:
            previous = self._held.get(owner)
            if previous is not None and previous != identity:
                self._release(owner, previous)
            job = self._jobs.get(identity)
            if job is None:
                job = FitJob(identity)
                job._future = self._executor.submit(job.run, work, self._clock)
                self._jobs[identity] = job
                self._evict()
            self._jobs.move_to_end(identity)
            job.owners.add(owner)
            self._held[owner] = identity
            self._held.move_to_end(owner)
            while len(self._held) > _OWNERS:  # sessions that ended without letting go
                self._held.popitem(last=False)
            return job  # type: ignore[return-value]

    def cancel(self, owner: str) -> None:
        """Let ``owner`` go of its fit (cancelled unless another owner waits for it)."""
        with self._lock:
            identity = self._held.pop(owner, None)
            if identity is not None:
                self._release(owner, identity)

    def held(self, owner: str) -> FitJob[object] | None:
        """Give the job ``owner`` holds, if any."""
        with self._lock:
            identity = self._held.get(owner)
            return None if identity is None else self._jobs.get(identity)

    def forget(self, keep: Callable[[str], bool]) -> int:
        """Drop the finished jobs whose identity ``keep`` refuses (their data is gone); give how many."""
        with self._lock:
            gone = [key for key, job in self._jobs.items() if job.done and not keep(key)]
            for key in gone:
                del self._jobs[key]
            return len(gone)

    def waiting(self) -> int:
        """Give the number of jobs queued for a worker."""
        with self._lock:
            return sum(1 for job in self._jobs.values() if job.queued and not job.done)

    def _release(self, owner: str, identity: str) -> None:
        job = self._jobs.get(identity)
        if job is None:
            return
        job.owners.discard(owner)
        if not job.owners and not job.done:
            job.cancel()
            del self._jobs[identity]

    def _evict(self) -> None:
        finished = [key for key, job in self._jobs.items() if job.done]
        while len(self._jobs) > self._entries and finished:
            del self._jobs[finished.pop(0)]
