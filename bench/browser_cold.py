"""Cold start and reload in Chromium: the ``--mode cold`` of ``bench/bench_browser.py``.

- cold start: a freshly started server, a new browser context, ``goto`` → the first chart
  drawn; the studio on the demo store (its Summary page) against ``bench/floor_app.py``
  (one slider, one chart), each on a server of its own, ``repeat`` times, medians.
- reload: on one server, a file of about a million lines is uploaded and loaded on the Data
  page, the Matrix page opened, then the page is reloaded (F5, same address with its
  session token) → the first chart drawn again, with the uploaded data (not the demo).
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from tests.e2e.harness import free_port, start_streamlit, stop_streamlit, wait_for_app

__all__ = ["cold_start_s", "reload_s", "run_cold"]

CHART = "[data-testid='stVegaLiteChart'] canvas, [data-testid='stVegaLiteChart'] svg"
VIEWPORT = {"width": 1280, "height": 720}


def _first_chart_s(page, url: str, timeout: float) -> float:
    started = time.perf_counter()
    page.goto(url, timeout=timeout * 1000)
    page.locator(CHART).first.wait_for(timeout=timeout * 1000)
    return time.perf_counter() - started


def cold_start_s(browser, script: Path, path: str, timeout: float) -> float:
    """Give the seconds from opening ``path`` on a just-started server of ``script`` to its first chart."""
    port = free_port()
    process = start_streamlit(script, port)
    context = browser.new_context(viewport=VIEWPORT)
    try:
        return _first_chart_s(context.new_page(), f"http://127.0.0.1:{port}{path}", timeout)
    finally:
        context.close()
        stop_streamlit(process)


def reload_s(browser, app: Path, data: Path, timeout: float) -> tuple[float, bool]:
    """Give the seconds from F5 on the Matrix page (after uploading ``data``) to the first chart, and
    whether the reloaded page names the uploaded file."""
    port = free_port()
    process = start_streamlit(app, port)
    context = browser.new_context(viewport=VIEWPORT)
    try:
        page = context.new_page()
        page.goto(f"http://127.0.0.1:{port}/data", timeout=timeout * 1000)
        wait_for_app(page, timeout * 1000)
        page.locator(".st-key-data_upload input[type=file]").set_input_files(data)
        page.locator(".st-key-data_load button").wait_for(timeout=timeout * 1000)
        wait_for_app(page, timeout * 1000)
        page.locator(".st-key-data_load button").click()
        page.get_by_role("heading", name=f"What was read: {data.name}").wait_for(timeout=timeout * 1000)
        page.locator("[data-testid='stSidebarNavLink']", has_text="ABC × XYZ matrix").first.click()
        page.locator(CHART).first.wait_for(timeout=timeout * 1000)
        wait_for_app(page, timeout * 1000)
        started = time.perf_counter()
        page.reload(timeout=timeout * 1000)
        page.locator(CHART).first.wait_for(timeout=timeout * 1000)
        elapsed = time.perf_counter() - started
        named = data.name in page.locator("[data-testid='stSidebar']").inner_text()
        return elapsed, named
    finally:
        context.close()
        stop_streamlit(process)


def run_cold(browser, app: Path, floor: Path, big: Path, repeat: int, timeout: float) -> None:
    """Print cold start (studio vs floor, medians of ``repeat``) and the reload with ``big`` uploaded."""
    studio = [cold_start_s(browser, app, "/", timeout) for _ in range(repeat)]
    bare = [cold_start_s(browser, floor, "/", timeout) for _ in range(repeat)]
    again, named = reload_s(browser, app, big, timeout)
    studio_s, floor_s = statistics.median(studio), statistics.median(bare)
    print(f"\ncold start → first chart, median of {repeat} fresh servers (s)")
    print(f"  studio (demo store, Summary): {studio_s:6.2f}   runs {', '.join(f'{s:.2f}' for s in studio)}")
    print(f"  floor (floor_app.py):         {floor_s:6.2f}   runs {', '.join(f'{s:.2f}' for s in bare)}")
    print(f"  ratio studio ÷ floor:         {studio_s / floor_s:6.2f}")
    print(f"reload (F5) of the Matrix page with {big.name} uploaded → first chart: {again:.2f} s")
    print(f"  the reloaded page shows the uploaded file: {'yes' if named else 'NO'}")
