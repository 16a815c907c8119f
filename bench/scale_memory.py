"""Peak memory of the server's path for a big file given by path (``--data FILE``).

A separate process does what the app does for a file on the server: a connection of the
server's DuckDB database (:func:`ui.engine.new_backend`, with its memory limit), then
``load_transactions`` (DuckDB reads the file, streaming), ``customer_table``, the
``Segmenter`` and the first segmentation. After each step it reports its peak resident set
(``VmHWM``) and resident set now (``VmRSS``) from ``/proc/self/status``, so the step that
raises the peak is named. Linux only.

    python bench/bench_scale.py --part file --rows 10000000
    python bench/bench_scale.py --part file --path transactions.parquet
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

__all__ = ["file_part", "measure_file"]

_ROOT = Path(__file__).resolve().parents[1]


def _memory_mb() -> tuple[float, float]:
    """Give (peak, current) resident set of this process in MB."""
    found = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmHWM", "VmRSS"):
            found[name] = int(value.split()[0]) / 1024
    return found["VmHWM"], found["VmRSS"]


def _step(name: str, started: float) -> None:
    peak, now = _memory_mb()
    print(f"  {name:<28} {time.perf_counter() - started:7.1f} s   peak {peak:7,.0f} MB   now {now:7,.0f} MB")


def measure_file(path: Path) -> None:
    """Load ``path`` as the app does and print the time and memory after each step (run alone)."""
    sys.path.insert(0, str(_ROOT))
    started = time.perf_counter()
    import segcore
    from segcore.classify.segmentation import Segmenter
    from segcore.settings import Scenario
    from ui.engine import memory_limit, new_backend

    _step("imports", started)
    loaded = segcore.load_transactions(path, backend=new_backend())
    _step(f"load ({loaded.report.rows_kept:,} rows)", started)
    customers = segcore.customer_table(loaded)
    _step(f"customer table ({len(customers):,})", started)
    segmenter = Segmenter(customers)
    _step("segmenter", started)
    segmenter.segment(Scenario())
    _step("first segmentation", started)
    print(f"  DuckDB memory limit {memory_limit()}")


def file_part(rows: int, path: Path | None) -> None:
    """Measure the file path in a child process (generating ``rows`` rows as Parquet if no path)."""
    from bench.bench_scale import generate_parquet

    made = None
    if path is None:
        made = Path(tempfile.mkdtemp(prefix="segcore-bench-")) / "sales.parquet"
        generate_parquet(made, rows)
        path = made
    print(f"{path.name}: {path.stat().st_size / 1e6:,.0f} MB")
    try:
        subprocess.run([sys.executable, str(Path(__file__).resolve()), str(path)], check=True, cwd=_ROOT)
    finally:
        if made is not None:
            made.unlink(missing_ok=True)


if __name__ == "__main__":
    measure_file(Path(sys.argv[1]))
