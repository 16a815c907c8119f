"""A room of N browser sessions at once against one server: slider → chart, errors, peak memory.

For each N (default 1, 5, 10, 20) a fresh server is started and N browser contexts in one
Chromium work at the same time (:mod:`tests.e2e.room`: every other session uploads its own
small file, all move the "A closes at" slider ``--moves`` times on the Matrix page and
export a segment's CSV). Prints per N: p50 and p95 of slider key press → heatmap repainted,
the problems seen (exceptions, error boxes, wrong data), the server's peak resident memory
and its memory a few seconds after the room closed, with the p50/p95/peak as ratios
against N = 1 measured in the same run.

    python bench/bench_room.py --sizes 1 5 10 20 --moves 3
"""

from __future__ import annotations

import argparse
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


def measure(sessions: int, moves: int) -> dict[str, float]:
    """Run one room of ``sessions`` on a fresh server; give its figures."""
    port = free_port()
    process = start_streamlit(ROOT / "app.py", port)
    try:
        start = rss_mb(process.pid)
        peak = Peak(process.pid)
        with tempfile.TemporaryDirectory() as folder:
            result = run_room(f"http://127.0.0.1:{port}", sessions, Path(folder), moves=moves)
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
    base = rows[0]
    print(f"\nratios against N={base['n']:.0f}:")
    for row in rows:
        print(
            f"N={row['n']:>3.0f}: p50 ×{row['p50'] / base['p50']:.2f}  p95 ×{row['p95'] / base['p95']:.2f}  "
            f"peak RSS ×{row['peak'] / base['peak']:.2f}"
        )


if __name__ == "__main__":
    main()
