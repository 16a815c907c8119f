"""Slider move → chart repainted in Chromium: the Matrix page on large bases against the floor.

The floor is Streamlit itself: ``bench/floor_app.py`` (one slider, one three-bar chart),
measured in the same run. Then, for each size, a transactions file with that many
customers (3.5 lines each on average, long-tailed amounts, some returns) is generated once
with DuckDB under ``bench/output/`` and the studio is started on it::

    streamlit run app.py -- --data bench/output/customers_<n>.parquet

After the first aggregation, the ABC "A closes at" slider is moved with the keyboard
(alternately right and left, 3 warm-up moves, then ``--moves``), and each move is timed
from the key press to the first animation frame in which the ABC × XYZ heatmap differs
(``tests/e2e/repaint.py``). The server runs with ``STUDIO_TIMING=1``, so its log tells how
long the fragment took in Python per move and where (``ui/probe.py``); the browser counts
the bytes the server sent per move.

Prints per size: median and p90 (ms), the ratio to the floor's median, the server's
fragment time and its parts (medians), and the kilobytes sent per move.

Drag mode (``--drag-rounds``, 3 by default; 0 skips it): the mouse is pressed on the "A
closes at" thumb and moved 12 times by 12 px (six left, six back) before it is released;
each move is timed from the mouse event to the first animation frame in which the heatmap
differs (``bench/drag_watch.py``). The charts follow the thumb in the browser, so no
server round trip is in that time. A move without a repaint within a second is a miss.
Prints per size the drag median, its ratio to the floor's (keyboard, server round trip)
median, and the misses.

    python bench/bench_browser.py --sizes 20000 100000 1000000 --moves 20
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.drag_watch import drag_times, summary  # noqa: E402
from tests.e2e.harness import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    free_port,
    server_log,
    start_streamlit,
    stop_streamlit,
    wait_for_app,
)
from tests.e2e.repaint import slider_to_repaint_ms  # noqa: E402

OUT = ROOT / "bench" / "output"
FLOOR_APP = ROOT / "bench" / "floor_app.py"
TIMING = re.compile(r"^studio\.timing (\S+) ([\d.]+) ms$")
PARTS = (
    "matrix.fragment",
    "segment",
    "matrix.headline",
    "matrix.heatmap",
    "matrix.quadrants",
    "matrix.drill",
)

# Customers get a size (log-normal spend level) and a first day; their lines
# (1 + ⌊Exp(3)⌋: 3.5 on average) fall between that day and 2026-10-31; 2 % are returns.
GENERATE = """
COPY (
    WITH customers AS (
        SELECT
            i,
            exp(1.1 * sqrt(-2 * ln(random())) * cos(2 * pi() * random())) AS level,
            CAST(floor(random() * 1000) AS INTEGER) AS start_day,
            1 + CAST(floor(-ln(random()) * 3) AS INTEGER) AS lines
        FROM range({n}) t(i)
    )
    SELECT
        'C' || lpad(CAST(i AS VARCHAR), 8, '0') AS customer_id,
        DATE '2023-01-01' + start_day
            + CAST(floor(random() * (30 + random() * (1370 - start_day))) AS INTEGER) AS date,
        'O' || CAST(i AS VARCHAR) || '-' || CAST(j AS VARCHAR) AS order_id,
        round((CASE WHEN random() < 0.02 THEN -1 ELSE 1 END) * level
              * exp(3.6 + 0.6 * sqrt(-2 * ln(random())) * cos(2 * pi() * random())), 2) AS amount
    FROM customers, range(lines) r(j)
) TO '{path}' (FORMAT parquet)
"""


def dataset(n: int) -> Path:
    """Give the transactions file of ``n`` customers, generating it once."""
    path = OUT / f"customers_{n}.parquet"
    if not path.exists():
        import duckdb

        OUT.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        con = duckdb.connect()
        con.execute("SELECT setseed(0.42)")
        con.execute(GENERATE.format(n=n, path=partial))
        partial.rename(path)
    return path


def measure(page, slider_key: str, moves: int, warmup: int) -> list[float]:
    """Give the slider → heatmap repaint times (ms) of ``moves`` moves after ``warmup``."""
    thumb = page.locator(f".st-key-{slider_key} input[type=range]")
    times = []
    for index in range(warmup + moves):
        key = "ArrowRight" if index % 2 == 0 else "ArrowLeft"
        elapsed = slider_to_repaint_ms(page, thumb, key, chart_index=0)
        wait_for_app(page)
        page.wait_for_timeout(250)
        if index >= warmup:
            times.append(elapsed)
    return times


def server_parts(log: str, moves: int) -> dict[str, float]:
    """Give the median of each timed part over the last ``moves`` fragment runs in the log."""
    runs: dict[str, list[float]] = defaultdict(list)
    for line in log.splitlines():
        match = TIMING.match(line.strip())
        if match:
            runs[match.group(1)].append(float(match.group(2)))
    return {part: statistics.median(values[-moves:]) for part, values in runs.items() if values}


def measure_drags(page, slider_key: str, rounds: int) -> list[float | None]:
    """Give the move → heatmap repaint times (ms, None for a miss) of ``rounds`` drags of 12 moves."""
    times: list[float | None] = []
    for _ in range(rounds):
        times += drag_times(page, slider_key, moves=12, step_px=12)
        wait_for_app(page)
        page.wait_for_timeout(500)
    return times


def run_server(
    browser,
    script: Path,
    slider_key: str,
    args: list[str],
    moves: int,
    warmup: int,
    timeout_s: float,
    drag_rounds: int = 0,
    path: str = "/",
) -> dict:
    """Start a server, open it, time the slider moves; give times, server parts and bytes."""
    port = free_port()
    process = start_streamlit(script, port, args=args, env={"STUDIO_TIMING": "1"})
    try:
        context = browser.new_context(viewport={"width": 1440, "height": 1000}, locale="en-US")
        page = context.new_page()
        received: list[int] = []
        page.on(
            "websocket",
            lambda ws: ws.on("framereceived", lambda frame: received.append(len(frame) if frame else 0)),
        )
        started = time.perf_counter()
        page.goto(f"http://127.0.0.1:{port}{path}", timeout=timeout_s * 1000)
        page.locator(f".st-key-{slider_key} input[type=range]").wait_for(timeout=timeout_s * 1000)
        page.locator("[data-testid='stVegaLiteChart']").first.wait_for(timeout=timeout_s * 1000)
        wait_for_app(page, timeout=timeout_s * 1000)
        first = time.perf_counter() - started
        page.wait_for_timeout(500)
        before = sum(received)
        times = measure(page, slider_key, moves, warmup)
        sent = sum(received) - before
        drags = measure_drags(page, slider_key, drag_rounds) if drag_rounds else []
        context.close()
        return {
            "times": times,
            "drag": drags,
            "first_s": first,
            "kb_per_move": sent / 1024 / (moves + warmup),
            "parts": server_parts(server_log(process), moves),
        }
    finally:
        stop_streamlit(process)


def row(label: str, result: dict, floor_ms: float) -> str:
    times = result["times"]
    median = statistics.median(times)
    p90 = float(np.percentile(times, 90))
    parts = result["parts"]
    fragment = parts.get("matrix.fragment")
    server = f"{fragment:8.1f}" if fragment is not None else f"{'—':>8}"
    return (
        f"{label:>22} {result['first_s']:8.1f} {median:8.1f} {p90:8.1f} {median / floor_ms:7.2f}"
        f" {server} {result['kb_per_move']:9.1f}"
    )


def print_drags(results: dict, floor_ms: float) -> None:
    """Print per size the drag and keyboard medians against the floor, and the drag misses."""
    print("\ndrag: mouse move → heatmap repainted in Chromium, thumb held down (ms)")
    print(f"{'':>22} {'drag':>8} {'÷ floor':>7} {'keys':>8} {'÷ floor':>7} {'misses':>9}")
    for n, result in results.items():
        median, misses = summary(result["drag"])
        keys = statistics.median(result["times"])
        print(
            f"{n:>12,} customers {median:8.1f} {median / floor_ms:7.2f} {keys:8.1f}"
            f" {keys / floor_ms:7.2f} {misses:>4}/{len(result['drag'])}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 100_000, 1_000_000])
    parser.add_argument("--moves", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=900, help="seconds for the first load")
    parser.add_argument(
        "--mode", choices=["slider", "cold"], default="slider", help="cold: bench/browser_cold.py"
    )
    parser.add_argument("--repeat", type=int, default=3, help="cold mode: fresh servers per page")
    parser.add_argument("--drag-rounds", type=int, default=3, help="drags of 12 moves per size (0: none)")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    if args.mode == "cold":
        from bench.browser_cold import line_count, run_cold

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            big = dataset(300_000)
            run_cold(browser, ROOT / "app.py", FLOOR_APP, big, line_count(big), args.repeat, args.timeout)
            browser.close()
        return

    files = {n: dataset(n) for n in args.sizes}
    results = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        floor = run_server(browser, FLOOR_APP, "floor_slider", [], args.moves, args.warmup, args.timeout)
        for n, path in files.items():
            results[n] = run_server(
                browser,
                ROOT / "app.py",
                "abc_a",
                ["--data", str(path)],
                args.moves,
                args.warmup,
                args.timeout,
                args.drag_rounds,
                "/matrix",
            )
        browser.close()
    floor_ms = statistics.median(floor["times"])
    print(f"\nslider → heatmap repainted in Chromium, {args.moves} moves after {args.warmup} warm-ups (ms)")
    print(f"{'':>22} {'first s':>8} {'median':>8} {'p90':>8} {'÷ floor':>7} {'server':>8} {'KB/move':>9}")
    print(row("floor (floor_app.py)", floor, floor_ms))
    for n, result in results.items():
        print(row(f"{n:,} customers", result, floor_ms))
    print("\nserver-side parts of the Matrix fragment per move (median ms)")
    print(f"{'':>22} " + " ".join(f"{part.removeprefix('matrix.'):>10}" for part in PARTS))
    for n, result in results.items():
        cells = (result["parts"].get(part) for part in PARTS)
        print(f"{n:>22,} " + " ".join(f"{c:10.1f}" if c is not None else f"{'—':>10}" for c in cells))

    if args.drag_rounds:
        print_drags(results, floor_ms)


if __name__ == "__main__":
    main()
