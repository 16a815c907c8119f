"""A room of N browser sessions at once against one server: slider → chart, errors, peak memory.

For each N (default 1, 5, 10, 20) a fresh server is started and N browser contexts in one
Chromium work at the same time (:mod:`tests.e2e.room`: every other session uploads its own
small file, all move the "A closes at" slider ``--moves`` times on the Matrix page and
export a segment's CSV). Prints per N: p50 and p95 of slider key press → heatmap repainted,
the problems seen (exceptions, error boxes, wrong data), the server's peak resident memory
and its memory a few seconds after the room closed, with the p50/p95/peak as ratios
against N = 1 measured in the same run. It also prints where the machine's CPU went during
the room: the server's CPU seconds against those of the whole machine (the rest is mostly
the N browser pages, which share the same cores here; in a real room each has its own).

    python bench/bench_room.py --sizes 1 5 10 20 --moves 3
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.harness import free_port, start_streamlit, stop_streamlit  # noqa: E402
from tests.e2e.memory import Peak, rss_mb  # noqa: E402
from tests.e2e.room import percentile, run_room  # noqa: E402


def cpu_seconds(pid: int | None = None) -> float:
    """Give the CPU seconds used so far by process ``pid``, or by the whole machine (not idle)."""
    ticks = os.sysconf("SC_CLK_TCK")
    if pid is not None:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    busy = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(v) for v in busy[:8])
    return (user + nice + system + irq + softirq + steal) / ticks


def measure(sessions: int, moves: int) -> dict[str, float]:
    """Run one room of ``sessions`` on a fresh server; give its figures."""
    port = free_port()
    process = start_streamlit(ROOT / "app.py", port)
    try:
        start = rss_mb(process.pid)
        peak = Peak(process.pid)
        server_cpu, machine_cpu = cpu_seconds(process.pid), cpu_seconds()
        with tempfile.TemporaryDirectory() as folder:
            result = run_room(f"http://127.0.0.1:{port}", sessions, Path(folder), moves=moves)
        server_cpu, machine_cpu = cpu_seconds(process.pid) - server_cpu, cpu_seconds() - machine_cpu
        top = peak.stop()
        time.sleep(5)
        after = rss_mb(process.pid)
    finally:
        stop_streamlit(process)
    for problem in result.problems[:5]:
        print(f"    {problem}")
    ms = result.moves_ms
    return {
        "n": sessions,
        "p50": statistics.median(ms) if ms else float("nan"),
        "p95": percentile(ms, 0.95),
        "errors": len(result.problems),
        "start": start,
        "peak": top,
        "after": after,
        "seconds": result.seconds,
        "server_cpu": server_cpu,
        "machine_cpu": machine_cpu,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 5, 10, 20])
    parser.add_argument("--moves", type=int, default=3)
    args = parser.parse_args()
    rows = []
    for sessions in args.sizes:
        row = measure(sessions, args.moves)
        rows.append(row)
        print(
            f"N={sessions:>3}: p50 {row['p50']:6.0f} ms p95 {row['p95']:6.0f} ms errors {row['errors']:.0f} "
            f"RSS start {row['start']:.0f} MB  peak {row['peak']:.0f} MB  after {row['after']:.0f} MB  "
            f"({row['seconds']:.0f} s)",
            flush=True,
        )
        print(
            f"        CPU: server {row['server_cpu']:.0f} s of the machine's {row['machine_cpu']:.0f} s "
            f"({row['server_cpu'] / max(row['machine_cpu'], 1e-9):.0%}); the rest: the browser pages",
            flush=True,
        )
    base = rows[0]
    print(f"\nratios against N={base['n']:.0f}:")
    for row in rows:
        print(
            f"N={row['n']:>3.0f}: p50 ×{row['p50'] / base['p50']:.2f}  p95 ×{row['p95'] / base['p95']:.2f}  "
            f"peak RSS ×{row['peak'] / base['peak']:.2f}"
        )


if __name__ == "__main__":
    main()
