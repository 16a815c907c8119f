"""Cold start and reload in Chromium: the ``--mode cold`` of ``bench/bench_browser.py``.

- cold start: from ``streamlit run`` (the process started) to the first chart painted in a
  new browser context: the studio on the demo store (its Matrix page, ``/matrix``: the
  Summary page has no chart) against ``bench/floor_app.py`` (one slider, one chart), each
  on a server of its own started the same way, alternately, ``repeat`` times; medians.
- reload: on one server, a file of about a million lines is uploaded and loaded on the
  Data page and the Matrix page opened; then the page is reloaded (F5, the same address
  with its session token) ``repeat`` times, each timed to the moment the page shows that
  file's data: the sidebar names the file and its number of lines, and the chart is painted.
  The floor page's reload (F5 → its chart) is timed the same way, for the browser's and
  Streamlit's own share. The first read of the file (upload → load report) is printed too:
  a reload pays it again only when the server has let the dataset go.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from tests.e2e.harness import free_port, start_streamlit, stop_streamlit, wait_for_app

__all__ = ["cold_start_s", "floor_reload_s", "line_count", "reload_s", "run_cold"]

CHART = "[data-testid='stVegaLiteChart'] canvas, [data-testid='stVegaLiteChart'] svg"
SIDEBAR = "[data-testid='stSidebar']"
VIEWPORT = {"width": 1280, "height": 720}
# Painted: a canvas or svg of a Vega chart with a size, after the next animation frame.
PAINTED = """() => new Promise(done => {
  const drawn = [...document.querySelectorAll("[data-testid='stVegaLiteChart'] canvas,"
    + " [data-testid='stVegaLiteChart'] svg")].some(e => e.getBoundingClientRect().width > 0);
  if (!drawn) { done(false); return; }
  requestAnimationFrame(() => requestAnimationFrame(() => done(true)));
})"""


def _painted(page, timeout: float) -> None:
    """Wait until a chart is painted (polling each animation frame)."""
    page.wait_for_function(PAINTED, timeout=timeout * 1000, polling="raf")


def cold_start_s(browser, script: Path, path: str, timeout: float) -> tuple[float, float]:
    """Give the seconds from starting a server of ``script`` to the first chart painted at ``path``,
    and the part of them after the server answered its health check (the page's own part)."""
    port = free_port()
    started = time.perf_counter()
    process = start_streamlit(script, port, timeout=timeout)
    ready = time.perf_counter()
    context = browser.new_context(viewport=VIEWPORT, locale="en-US")
    try:
        page = context.new_page()
        page.goto(f"http://127.0.0.1:{port}{path}", timeout=timeout * 1000)
        _painted(page, timeout)
        done = time.perf_counter()
        return done - started, done - ready
    finally:
        context.close()
        stop_streamlit(process)


def floor_reload_s(browser, floor: Path, repeat: int, timeout: float) -> list[float]:
    """Give the seconds of ``repeat`` reloads (F5) of the floor page to its chart painted again."""
    port = free_port()
    process = start_streamlit(floor, port, timeout=timeout)
    context = browser.new_context(viewport=VIEWPORT, locale="en-US")
    try:
        page = context.new_page()
        page.goto(f"http://127.0.0.1:{port}/", timeout=timeout * 1000)
        _painted(page, timeout)
        wait_for_app(page, timeout * 1000)
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            page.reload(timeout=timeout * 1000)
            _painted(page, timeout)
            times.append(time.perf_counter() - started)
            wait_for_app(page, timeout * 1000)
        return times
    finally:
        context.close()
        stop_streamlit(process)


def _shows(page, name: str, rows: str, timeout: float) -> None:
    """Wait until the sidebar names the file ``name`` with ``rows`` lines and a chart is painted."""
    page.wait_for_function(
        "([sel, name, rows]) => { const s = document.querySelector(sel);"
        " return !!s && s.innerText.includes(name) && s.innerText.includes(rows); }",
        arg=[SIDEBAR, name, rows],
        timeout=timeout * 1000,
        polling="raf",
    )
    _painted(page, timeout)


def _upload(page, port: int, data: Path, timeout: float) -> float:
    """Upload and load ``data`` on the Data page; give the seconds from the load click to its report."""
    page.goto(f"http://127.0.0.1:{port}/data", timeout=timeout * 1000)
    wait_for_app(page, timeout * 1000)
    page.locator(".st-key-data_upload input[type=file]").set_input_files(data)
    page.locator(".st-key-data_load button").wait_for(timeout=timeout * 1000)
    wait_for_app(page, timeout * 1000)
    started = time.perf_counter()
    page.locator(".st-key-data_load button").click()
    page.get_by_role("heading", name=f"What was read: {data.name}").wait_for(timeout=timeout * 1000)
    return time.perf_counter() - started


def reload_s(
    browser, app: Path, data: Path, rows: int, repeat: int, timeout: float
) -> tuple[list[float], float]:
    """Give the seconds of ``repeat`` reloads (F5 on the Matrix page after uploading ``data``, to the
    page showing that file's data) and the seconds of the file's first read."""
    port = free_port()
    process = start_streamlit(app, port, timeout=timeout)
    context = browser.new_context(viewport=VIEWPORT, locale="en-US")
    shown = f"{rows:,}"
    try:
        page = context.new_page()
        first_read = _upload(page, port, data, timeout)
        page.locator("[data-testid='stSidebarNavLink']", has_text="ABC × XYZ matrix").first.click()
        _shows(page, data.name, shown, timeout)
        wait_for_app(page, timeout * 1000)
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            page.reload(timeout=timeout * 1000)
            _shows(page, data.name, shown, timeout)
            times.append(time.perf_counter() - started)
            if "/matrix" not in page.url or "sid=" not in page.url:
                raise RuntimeError(f"the reload left the session's page: {page.url}")
            wait_for_app(page, timeout * 1000)
        return times, first_read
    finally:
        context.close()
        stop_streamlit(process)


def _runs(values: list[float]) -> str:
    return ", ".join(f"{s:.2f}" for s in values)


def run_cold(browser, app: Path, floor: Path, big: Path, rows: int, repeat: int, timeout: float) -> None:
    """Print cold start (studio vs floor, medians of ``repeat``) and the reloads with ``big`` uploaded."""
    studio, bare = [], []
    for _ in range(repeat):  # alternately, so both see the same load on the machine
        studio.append(cold_start_s(browser, app, "/matrix", timeout))
        bare.append(cold_start_s(browser, floor, "/", timeout))
    again, first_read = reload_s(browser, app, big, rows, repeat, timeout)
    floor_again = floor_reload_s(browser, floor, repeat, timeout)
    studio_s, floor_s = statistics.median(s for s, _ in studio), statistics.median(s for s, _ in bare)
    studio_page, floor_page = statistics.median(p for _, p in studio), statistics.median(p for _, p in bare)
    print(f"\ncold start: server start → first chart painted, median of {repeat} fresh servers (s)")
    print(f"  studio (demo store, /matrix): {studio_s:6.2f}   runs {_runs([s for s, _ in studio])}")
    print(f"  floor (floor_app.py):         {floor_s:6.2f}   runs {_runs([s for s, _ in bare])}")
    print(f"  ratio studio ÷ floor:         {studio_s / floor_s:6.2f}   (target ≤ 1.30)")
    print(f"  of which after the server's health check: studio {studio_page:.2f}, floor {floor_page:.2f}")
    print(f"reload (F5) of /matrix with {big.name} ({rows:,} lines) uploaded → its data shown (s)")
    print(f"  median of {repeat}:                {statistics.median(again):6.2f}   runs {_runs(again)}")
    print(
        f"  floor page's reload → chart:  {statistics.median(floor_again):6.2f}   runs {_runs(floor_again)}"
    )
    print(f"  (first read of the file, load click → load report: {first_read:.2f} s)")


def line_count(path: Path) -> int:
    """Give the number of lines (rows) of a Parquet transactions file."""
    import duckdb

    return int(duckdb.sql(f"SELECT count(*) FROM read_parquet('{path}')").fetchall()[0][0])
