"""A server process's resident memory (Linux ``/proc``): now, and the peak over a stretch of time."""

from __future__ import annotations

import threading
from pathlib import Path

__all__ = ["Peak", "rss_mb"]


def rss_mb(pid: int) -> float:
    """Give a process's resident memory in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError(f"no VmRSS for process {pid}")


class Peak:
    """The highest resident memory of a process, sampled twice a second in a thread until :meth:`stop`."""

    def __init__(self, pid: int) -> None:
        self.pid, self.value = pid, rss_mb(pid)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            self.value = max(self.value, rss_mb(self.pid))

    def stop(self) -> float:
        """Stop sampling; give the peak in MB."""
        self._stop.set()
        self._thread.join(5)
        return self.value
