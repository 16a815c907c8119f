"""The server's fit pool: bounded workers, one fit per owner, newest settings win, cancel, no leaks."""

from __future__ import annotations

import threading

import pytest

from ui.fit_pool import FitJob, FitPool, Progress

WAIT = 10.0


class Gate:
    """A fit that reports progress until it is let go, then gives its value."""

    def __init__(self, value: str) -> None:
        self.value = value
        self.started = threading.Event()
        self.release = threading.Event()
        self.runs = 0

    def __call__(self, progress: Progress) -> str:
        self.runs += 1
        self.started.set()
        while not self.release.wait(0.01):
            progress("ltv.stage.intervals", 0.5)
        progress("ltv.stage.done", 1.0)
        return self.value


def finished(job: FitJob[str]) -> FitJob[str]:
    assert job.finished.wait(WAIT), "the fit did not end"
    return job


def test_two_owners_with_two_settings_get_their_own_results_one_at_a_time():
    pool = FitPool(workers=1)
    first, second = Gate("fit of A"), Gate("fit of B")
    a = pool.request("session-a", "data|settings-1", first)
    b = pool.request("session-b", "data|settings-2", second)
    assert first.started.wait(WAIT)
    assert b.queued and not second.started.is_set()  # one worker: B waits its turn
    assert pool.waiting() == 1
    first.release.set()
    second.release.set()
    assert finished(a).result == "fit of A"
    assert finished(b).result == "fit of B"
    assert pool.held("session-a") is a and pool.held("session-b") is b


def test_the_same_fit_is_shared_and_not_run_twice():
    pool = FitPool(workers=1)
    gate = Gate("shared")
    gate.release.set()
    a = pool.request("session-a", "data|settings-1", gate)
    b = pool.request("session-b", "data|settings-1", gate)
    assert a is b
    assert finished(a).result == "shared"
    assert pool.request("session-c", "data|settings-1", gate) is a
    assert gate.runs == 1


def test_newest_settings_win_and_the_superseded_fit_never_publishes():
    pool = FitPool(workers=1)
    old, new = Gate("old"), Gate("new")
    superseded = pool.request("session-a", "data|settings-1", old)
    assert old.started.wait(WAIT)
    current = pool.request("session-a", "data|settings-2", new)
    old.release.set()  # the old fit would now finish: it must not publish
    assert finished(superseded).cancelled and superseded.result is None
    new.release.set()
    assert finished(current).result == "new"
    assert pool.held("session-a") is current
    again = Gate("refit")
    again.release.set()
    fresh = pool.request("session-b", "data|settings-1", again)
    assert fresh is not superseded and finished(fresh).result == "refit"


def test_a_queued_fit_superseded_before_it_starts_never_runs():
    pool = FitPool(workers=1)
    busy, queued, newest = Gate("busy"), Gate("queued"), Gate("newest")
    pool.request("session-a", "data|busy", busy)
    assert busy.started.wait(WAIT)
    dropped = pool.request("session-b", "data|one", queued)
    kept = pool.request("session-b", "data|two", newest)
    assert dropped.done and dropped.cancelled  # taken off the queue at once
    busy.release.set()
    newest.release.set()
    assert finished(kept).result == "newest"
    assert queued.runs == 0


def test_cancel_stops_a_running_fit_and_frees_the_worker():
    pool = FitPool(workers=1)
    slow, next_fit = Gate("slow"), Gate("next")
    job = pool.request("session-a", "data|settings-1", slow)
    assert slow.started.wait(WAIT)
    pool.cancel("session-a")
    assert finished(job).cancelled and job.result is None
    assert pool.held("session-a") is None
    next_fit.release.set()
    assert finished(pool.request("session-b", "data|settings-2", next_fit)).result == "next"


def test_a_fit_another_owner_waits_for_is_not_cancelled():
    pool = FitPool(workers=1)
    gate = Gate("kept")
    job = pool.request("session-a", "data|settings-1", gate)
    assert pool.request("session-b", "data|settings-1", gate) is job
    pool.cancel("session-a")
    gate.release.set()
    assert finished(job).result == "kept" and not job.cancelled


def test_errors_are_kept_for_the_page():
    from segcore.errors import InputError

    def broken(progress: Progress) -> str:
        raise InputError("ltv.not_converged", model="BG/NBD", attempts=3)

    def failing(progress: Progress) -> str:
        raise RuntimeError("bug")

    pool = FitPool(workers=1)
    assert isinstance(finished(pool.request("a", "data|1", broken)).error, InputError)
    assert isinstance(finished(pool.request("b", "data|2", failing)).failure, RuntimeError)


def test_finished_fits_are_kept_up_to_the_bound():
    pool = FitPool(workers=1, entries=2)
    jobs = []
    for n in range(4):
        gate = Gate(str(n))
        gate.release.set()
        jobs.append(finished(pool.request(f"session-{n}", f"data|{n}", gate)))
    again = Gate("again")
    again.release.set()
    assert pool.request("session-x", "data|3", again) is jobs[3]
    assert pool.request("session-y", "data|0", again) is not jobs[0]


@pytest.mark.parametrize("workers", [1, 2])
def test_never_more_fits_at_once_than_workers(workers):
    pool = FitPool(workers=workers)
    running, most, lock = [0], [0], threading.Lock()
    release = threading.Event()

    def fit(progress: Progress) -> str:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        release.wait(0.2)
        with lock:
            running[0] -= 1
        return "done"

    jobs = [pool.request(f"session-{n}", f"data|{n}", fit) for n in range(5)]
    for job in jobs:
        finished(job)
    assert most[0] == workers


def test_finished_fits_of_data_no_longer_loaded_are_forgotten_and_running_ones_stay():
    pool = FitPool(workers=1, entries=8)
    done = Gate("done")
    done.release.set()
    old = finished(pool.request("session-a", "gone|{}", done))
    kept = finished(pool.request("session-b", "loaded|{}", done))
    running = Gate("running")
    busy = pool.request("session-c", "gone|{other}", running)
    assert running.started.wait(WAIT)
    assert pool.forget(lambda identity: identity.startswith("loaded|")) == 1
    assert pool.held("session-a") is None and pool.held("session-b") is kept
    assert pool.held("session-c") is busy  # still running: a page waits for it
    again = Gate("again")
    again.release.set()
    assert pool.request("session-d", "gone|{}", again) is not old  # fitted anew
    running.release.set()
    finished(busy)
