"""Peak memory of the server's path for a big file given by path (``--data FILE``).

A separate process does what the app does for a file on the server: a connection of the
server's DuckDB database (:func:`ui.engine.new_backend`, with its memory limit), then
``load_transactions`` (DuckDB reads the file, streaming), ``customer_table``, the
``Segmenter`` and the first segmentation. After each step it reports its peak resident set
(``VmHWM``) and resident set now (``VmRSS``) from ``/proc/self/status``, and the memory
DuckDB's buffer manager holds (``duckdb_memory()``: the transactions table, query state), so
the step that raises the peak is named. Linux only.

    python bench/bench_scale.py --part file --rows 10000000
    python bench/bench_scale.py --part file --path transactions.parquet
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

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


def _duckdb_mb(con: Any) -> float:
    """Give the memory DuckDB's buffer manager holds now (tables, query state), in MB."""
    used = con.execute("SELECT sum(memory_usage_bytes) FROM duckdb_memory()").fetchall()[0][0]
    return (used or 0) / 2**20


def _step(name: str, started: float, con: Any = None) -> None:
    peak, now = _memory_mb()
    duck = f"   DuckDB {_duckdb_mb(con):7,.0f} MB" if con is not None else ""
    elapsed = time.perf_counter() - started
    print(f"  {name:<28} {elapsed:7.1f} s   peak {peak:7,.0f} MB   now {now:7,.0f} MB{duck}", flush=True)


def measure_file(path: Path) -> None:
    """Load ``path`` as the app does and print the time and memory after each step (run alone)."""
    sys.path.insert(0, str(_ROOT))
    started = time.perf_counter()
    from ui.heap import prepare_duckdb_allocator, tune

    prepare_duckdb_allocator()  # as the server does (ui/__init__.py), before duckdb is imported
    import segcore
    from segcore.classify.segmentation import Segmenter
    from segcore.settings import Scenario
    from ui.engine import memory_limit, new_backend

    tune()  # as the server does when it starts (ui.server.start_sweeper)
    _step("imports", started)
    loaded = segcore.load_transactions(path, backend=new_backend())
    con = loaded.backend.con
    _step(f"load ({loaded.report.rows_kept:,} rows)", started, con)
    customers = segcore.customer_table(loaded)
    _step(f"customer table ({len(customers):,})", started, con)
    segmenter = Segmenter(customers)
    _step("segmenter", started, con)
    segmenter.segment(Scenario())
    _step("first segmentation", started, con)
    frame_mb = customers.memory_usage(deep=True).sum() / 2**20
    print(f"  customer frame {frame_mb:,.0f} MB   DuckDB memory limit {memory_limit()}")


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
