"""A room at once: N browser sessions against one server, shared by the room test and ``bench/bench_room.py``.

Each session has its own browser context (its own Streamlit session) in ONE Chromium, all
driven at the same time with Playwright's async API. A session opens the studio; every
other one first uploads its own small transactions file (a different number of customers
each) on the Data page and checks that the load report counts its own rows; then each
opens the Matrix page, checks that the sidebar names its own data, moves the "A closes at"
slider a few times (each move timed from the key press, once the slider took it, to the
heatmap repainted), and downloads the CSV list of a segment from the Strategy page, which
must list its own customers. Every page is checked for
Streamlit exceptions and error boxes.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import re
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.e2e.harness import CHROMIUM, CHROMIUM_ARGS

__all__ = ["RoomResult", "SessionResult", "percentile", "room_file", "run_room", "summary"]

_IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"
_NOT_STALE = "() => !document.querySelector('[data-stale=\"true\"]')"
_PROBLEMS = "[data-testid='stException'], [data-testid='stAlertContentError']"
_SIDEBAR = "[data-testid='stSidebar']"
_THUMB = ".st-key-abc_a input[type=range]"
_TIMEOUT = 300_000  # one step of one session; twenty sessions on two cores need minutes
_REPAINT_MS = 120_000
# A move is one key press of a whole page (a tenth of the slider's range): a one-point
# step can leave a small file's heatmap exactly as it was (no customer crosses the line).
_KEYS = ("PageDown", "PageUp")
# The watched chart's signature (its svg markup, or its canvas pixels), compared on every
# animation frame from the key press on until it differs or the watch is stopped.
_WATCH_JS = """
() => {
  const signature = () => {
    const chart = document.querySelector("[data-testid='stVegaLiteChart']");
    if (!chart) return "";
    const canvas = chart.querySelector("canvas");
    if (canvas) return canvas.toDataURL();
    const svg = chart.querySelector("svg");
    return svg ? svg.outerHTML : chart.innerHTML;
  };
  const before = signature();
  const watch = { stopped: false, pressed: null };
  window.__roomWatch = watch;
  window.addEventListener("keydown", () => { watch.pressed = performance.now(); },
                          { once: true, capture: true });
  watch.repaint = new Promise((resolve) => {
    const poll = () => {
      if (watch.stopped) return;
      if (watch.pressed !== null && signature() !== before) resolve(performance.now() - watch.pressed);
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
}
"""
# After a move that never repainted: is the chart bound to the slider at all? The "studio-thumb"
# event is fired on the slider's input by hand; a chart bound to it repaints within 1.5 s.
_DIAGNOSE_JS = """
async () => {
  const chart = document.querySelector("[data-testid='stVegaLiteChart']");
  const signature = () => {
    const canvas = chart && chart.querySelector("canvas");
    return canvas ? canvas.toDataURL() : (chart ? chart.innerHTML : "");
  };
  const before = signature();
  const input = document.querySelector(".st-key-abc_a input[type=range]");
  if (input) {
    document.body.value = input.value;
    document.body.dispatchEvent(new Event("studio-thumb:abc_a"));
    delete document.body.value;
  }
  await new Promise((resolve) => setTimeout(resolve, 1500));
  return `same input as before the moves: ${input ? Boolean(input.__roomTag) : "none"}, ` +
         `repaints on a fired event: ${signature() !== before}, slider at ${input && input.value}`;
}
"""
_STATE_JS = """
() => ({
  url: location.pathname,
  script: document.querySelector("[data-testid='stApp']")?.getAttribute("data-test-script-state"),
  stale: document.querySelectorAll("[data-stale='true']").length,
  title: document.querySelector("h1")?.innerText,
  connection: document.querySelector("[data-testid='stConnectionStatus']")?.innerText,
  main: document.querySelector("[data-testid='stMain']")?.innerText.slice(0, 400),
  sliders: document.querySelectorAll(".st-key-abc_a input[type=range]").length,
  thumb: JSON.stringify(document.querySelector(".st-key-abc_a input[type=range]")?.getBoundingClientRect()),
  charts: document.querySelectorAll("[data-testid='stVegaLiteChart']").length,
  query: location.search.slice(0, 200),
})
"""


@dataclass
class SessionResult:
    """What one session saw: its slider → chart times (ms) and any problem, with where it happened."""

    index: int
    uploaded: bool
    moves_ms: list[float] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    step: str = "start"
    repressed: int = 0


@dataclass
class RoomResult:
    """All sessions of one room run, and how long it took."""

    sessions: list[SessionResult]
    seconds: float

    @property
    def moves_ms(self) -> list[float]:
        """Give every slider → chart time of every session."""
        return [ms for session in self.sessions for ms in session.moves_ms]

    @property
    def problems(self) -> list[str]:
        """Give every problem of every session."""
        return [f"session {s.index}: {p}" for s in self.sessions for p in s.problems]


def percentile(values: list[float], share: float) -> float:
    """Give the ``share`` percentile of ``values`` (nearest rank; NaN when empty)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered) + 0.5) - 1))]


def room_file(folder: Path, index: int) -> tuple[Path, int]:
    """Write session ``index``'s own small transactions file; give its path and its number of lines.

    Its first five customers buy the same large amount every month (class AX, the segment
    whose list the room downloads); the others buy six times a year, amounts scattered.
    """
    customers = 40 + 7 * index
    lines = ["customer_id,date,amount"]
    for steady in range(5):
        lines += [f"S{index}-{steady:03d},2024-{month:02d}-15,{2000 + steady}" for month in range(1, 13)]
    for row in range(5 * 6, customers * 6):
        month, day = row % 12 + 1, row % 27 + 1
        lines.append(f"S{index}-{row % customers:03d},2024-{month:02d}-{day:02d},{(row * 53) % 700 + 3}")
    path = folder / f"room_{index:02d}.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, len(lines) - 1


async def _idle(page) -> None:
    await page.wait_for_timeout(300)
    await page.wait_for_selector(_IDLE, timeout=_TIMEOUT)
    await page.wait_for_function(_NOT_STALE, timeout=_TIMEOUT)


async def _check(page, result: SessionResult, where: str) -> None:
    found = await page.locator(_PROBLEMS).all_inner_texts()
    result.problems += [f"{where}: {text[:300]}" for text in found]


async def _upload(page, url: str, path: Path, rows: int, result: SessionResult) -> None:
    await page.goto(f"{url}/data", timeout=_TIMEOUT)
    await page.locator("h1").first.wait_for(timeout=_TIMEOUT)
    await _idle(page)
    await page.locator(".st-key-data_upload input[type=file]").set_input_files(path)
    await page.locator(".st-key-data_load button").wait_for(timeout=_TIMEOUT)
    await _idle(page)
    await page.locator(".st-key-data_load button").click()
    await page.get_by_role("heading", name=f"What was read: {path.name}").wait_for(timeout=_TIMEOUT)
    await _idle(page)
    kept = await page.locator("[data-testid='stMetric']", has_text="Rows kept").first.inner_text()
    if f"{rows:,}" not in kept:
        result.problems.append(f"data page shows {kept!r}, not its own {rows} rows")
    await _check(page, result, "data page")


async def _go(page, title: str) -> None:
    await page.locator("[data-testid='stSidebarNavLink']", has_text=title).first.click()
    await page.wait_for_function(
        "(t) => document.querySelector('h1') && document.querySelector('h1').innerText.includes(t)",
        arg=title,
        timeout=_TIMEOUT,
    )
    await _idle(page)


async def _landed(page, before: str | None) -> bool:
    """Give whether the slider's value moved away from ``before`` within a minute."""
    try:
        await page.wait_for_function(
            "([sel, v]) => { const e = document.querySelector(sel); return e && e.value !== v; }",
            arg=[_THUMB, before],
            timeout=60_000,
        )
    except Exception:
        return False
    return True


async def _move(page, moves: int, result: SessionResult) -> None:
    """Move the "A closes at" slider ``moves`` times; time each from its key press to the heatmap repainted.

    The key press is only timed once the slider took it (its value changed): a press that
    lands while the page is busy is pressed again (counted in ``repressed``).
    """
    thumb = page.locator(_THUMB)
    await thumb.wait_for()
    await page.locator("[data-testid='stVegaLiteChart']").first.wait_for()
    await page.evaluate(f"() => {{ document.querySelector({_THUMB!r}).__roomTag = true; }}")
    for index in range(moves):
        result.step = f"slider move {index}"
        before = await thumb.get_attribute("value")
        for _attempt in range(3):
            await page.evaluate(_WATCH_JS)
            await thumb.focus()
            await thumb.press(_KEYS[index % 2])
            if await _landed(page, before):
                break
            await page.evaluate("() => { window.__roomWatch.stopped = true; }")
            result.repressed += 1
        else:
            result.problems.append(f"slider move {index}: the slider did not take the key press")
            continue
        try:
            ms = await page.evaluate(
                "(limit) => Promise.race([window.__roomWatch.repaint, new Promise((_, no) => "
                "setTimeout(() => no(new Error('no repaint in ' + limit + ' ms')), limit))])",
                _REPAINT_MS,
            )
            result.moves_ms.append(float(ms))
        except Exception as error:
            why = await page.evaluate(_DIAGNOSE_JS)
            first_line = str(error).splitlines()[0][:200] if str(error) else type(error).__name__
            result.problems.append(f"slider move {index}: {first_line} ({why})")
        finally:
            await page.evaluate("() => { window.__roomWatch.stopped = true; }")
        await _idle(page)


async def _download(page, button) -> str:
    """Give the text of the file ``button`` downloads (clicked again once if the browser dropped it)."""
    for attempt in range(2):
        try:
            async with page.expect_download(timeout=_TIMEOUT) as info:
                await button.click()
            download = await info.value
            return (await download.path()).read_text(encoding="utf-8-sig", errors="replace")
        except Exception:
            if attempt:
                raise
            await _idle(page)
    return ""


async def _export(page, result: SessionResult, own: str | None) -> None:
    """Download a segment's one-click CSV list from the Strategy page; it must hold this session's ids."""
    await _go(page, "Strategy and export")
    button = page.locator(".st-key-export_list_csv [data-testid='stDownloadButton'] button").first
    await button.wait_for(timeout=_TIMEOUT)
    text = await _download(page, button)
    if len(text.splitlines()) < 2:
        result.problems.append("the CSV export has no customer")
    elif own is not None and own not in text:
        result.problems.append(f"the CSV export does not list this session's customers ({own}…)")
    elif own is None and re.search(r"\bS\d+-\d{3}\b", text):
        result.problems.append("the demo session's CSV export lists an uploaded file's customers")
    await _check(page, result, "strategy page")


async def _state(page) -> str:
    try:
        return str(await page.evaluate(_STATE_JS))
    except Exception as error:
        return f"unreadable ({type(error).__name__})"


async def _session(
    browser, url: str, index: int, upload: tuple[Path, int] | None, moves: int
) -> SessionResult:
    result = SessionResult(index, upload is not None)
    context = await browser.new_context(viewport={"width": 1280, "height": 720}, accept_downloads=True)
    context.set_default_timeout(_TIMEOUT)  # twenty sessions on two cores: a run can take minutes
    page = await context.new_page()
    page.on("pageerror", lambda error: result.problems.append(f"page error: {error}"))
    try:
        if upload is not None:
            result.step = "upload"
            await _upload(page, url, upload[0], upload[1], result)
            result.step = "to the matrix page"
            await _go(page, "ABC × XYZ matrix")
        else:
            result.step = "open the matrix page"
            await page.goto(f"{url}/matrix", timeout=_TIMEOUT)
            await page.locator("h1").first.wait_for(timeout=_TIMEOUT)
            await _idle(page)
        sidebar = await page.locator(_SIDEBAR).inner_text()
        own = upload[0].name if upload is not None else "Demo: online store"
        if own not in sidebar or (upload is None and "room_" in sidebar):
            result.problems.append(f"the sidebar does not name its own data: {sidebar[:200]!r}")
        await _check(page, result, "matrix page")
        await _move(page, moves, result)
        await _check(page, result, "matrix page after the moves")
        result.step = "export"
        await _export(page, result, f"S{index}-" if upload is not None else None)
        result.step = "done"
    except Exception as error:
        state = await _state(page)
        result.problems.append(f"{result.step}: {type(error).__name__}: {str(error)[:300]} (page: {state})")
    finally:
        await context.close()
    return result


async def _room(url: str, uploads: dict[int, tuple[Path, int]], sessions: int, moves: int) -> RoomResult:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        started = time.monotonic()
        results = await asyncio.gather(
            *(_session(browser, url, i, uploads.get(i), moves) for i in range(sessions))
        )
        seconds = time.monotonic() - started
        await browser.close()
    return RoomResult(list(results), seconds)


def run_room(url: str, sessions: int, folder: Path, *, moves: int = 3) -> RoomResult:
    """Run ``sessions`` browser sessions at once against the studio at ``url`` (every odd one uploads)."""
    uploads = {i: room_file(folder, i) for i in range(sessions) if i % 2 == 1}
    # A thread of its own: in the whole suite the other browser tests' (synchronous)
    # Playwright keeps an event loop running in this one, where asyncio.run would refuse.
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, _room(url, uploads, sessions, moves)).result()


def summary(result: RoomResult) -> str:
    """Give one line: sessions, moves, p50/p95 slider → chart, problems, wall time."""
    moves = result.moves_ms
    p50 = statistics.median(moves) if moves else float("nan")
    return (
        f"{len(result.sessions)} sessions, {len(moves)} moves: slider → chart p50 "
        f"{p50:.0f} ms, p95 {percentile(moves, 0.95):.0f} ms, "
        f"{len(result.problems)} problems, {result.seconds:.0f} s"
    )
