"""Presenter mode in a browser at 1280 × 720: the whole story by keyboard, large type, Share, slides.

The story is walked with the → key from the first step to the last on the demo store (in
English and in Russian, with a screenshot of every step) and on the CDNOW sample loaded
through the uploader; every step draws a chart and shows no exception. Type sizes and
tiles are measured in the page: body text ≥ 20 px, key numbers ≥ 40 px, no tile wider
inside than out.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from segcore.i18n import t
from tests.e2e.harness import wait_for_app
from tests.e2e.studio import CHART, EXCEPTION, LOCALES, assert_no_exception, charts_drawn, load_upload, upload
from tests.samples import CDNOW_SAMPLE
from ui.presenter import route, share, slides, style

PROJECTOR = {"width": 1280, "height": 720}
DECK = f".st-key-{style.DECK}"


@pytest.fixture
def projector(browser, request):
    lang = getattr(request, "param", "en")
    context = browser.new_context(viewport=PROJECTOR, locale=LOCALES[lang], accept_downloads=True)
    yield context.new_page(), lang
    context.close()


def _title(step: int, lang: str) -> str:
    return t(route.STEP_TITLES[route.STEPS[step - 1]], lang)


def _wait_for_step(page, step: int, lang: str) -> None:
    page.wait_for_function(
        "([deck, title]) => [...document.querySelectorAll(deck + ' h1')]"
        ".some((h) => h.innerText.trim() === title)",
        arg=[DECK, _title(step, lang)],
        timeout=120_000,
    )
    page.wait_for_timeout(300)
    wait_for_app(page, timeout=120_000)
    page.wait_for_function(
        "(sel) => [...document.querySelectorAll(sel)].some((c) => c.querySelector('canvas, svg'))",
        arg=f"{DECK} {CHART}",
        timeout=120_000,
    )
    charts_drawn(page)


def _walk(page, lang: str, shots: Path | None = None, name: str = "") -> None:
    """Walk the story from step 1 to the last with the → key; check every step."""
    for step in range(1, len(route.STEPS) + 1):
        _wait_for_step(page, step, lang)
        assert_no_exception(page, f"step {step}")
        assert page.locator(f"{DECK} {CHART}").count() >= 1, f"step {step} has no chart"
        assert page.locator(f"{DECK} {CHART}").first.locator("canvas, svg").count() >= 1
        assert f"step={step}" in page.url, page.url
        if shots is not None:
            page.screenshot(path=str(shots / f"presenter_{name}_{lang}_{step}.png"))
        if step < len(route.STEPS):
            page.locator("body").press("ArrowRight")


@pytest.mark.parametrize("projector", ["en", "ru"], indirect=True)
def test_the_whole_story_by_keyboard_on_the_demo_store(projector, app_url, artifacts):
    page, lang = projector
    page.goto(f"{app_url}/present?step=1&present=1", timeout=120_000)
    _walk(page, lang, artifacts, "store")
    page.locator("body").press("ArrowLeft")
    _wait_for_step(page, len(route.STEPS) - 1, lang)
    assert page.locator("[data-testid='stSidebar'][aria-expanded='true']").count() == 0


def test_the_whole_story_by_keyboard_on_the_cdnow_sample_uploaded(projector, app_url, artifacts):
    page, lang = projector
    page.goto(f"{app_url}/data", timeout=120_000)
    page.locator("h1").first.wait_for(timeout=120_000)
    wait_for_app(page, timeout=120_000)
    upload(page, CDNOW_SAMPLE)
    load_upload(page, CDNOW_SAMPLE.name)
    assert_no_exception(page, "data page after the upload")
    page.locator(f".st-key-{route.TOGGLE} label").click()
    _wait_for_step(page, 1, lang)
    _walk(page, lang, artifacts, "cdnow")
    assert page.locator(EXCEPTION).count() == 0


def test_the_keys_work_right_after_the_toggle_and_the_navigation_leaves_presenter_mode(projector, app_url):
    page, lang = projector
    page.goto(f"{app_url}/data", timeout=120_000)
    page.locator("h1").first.wait_for(timeout=120_000)
    wait_for_app(page, timeout=120_000)
    toggle = page.locator(f".st-key-{route.TOGGLE} input")
    page.locator(f".st-key-{route.TOGGLE} label").click()
    _wait_for_step(page, 1, lang)
    page.wait_for_timeout(800)
    page.keyboard.press("ArrowRight")  # to whatever has the focus now: no click in between
    _wait_for_step(page, 2, lang)
    assert "step=2" in page.url
    page.get_by_test_id("stExpandSidebarButton").click()
    page.locator("[data-testid='stSidebarNav'] a[href$='/matrix']").click()
    page.wait_for_url("**/matrix**", timeout=120_000)
    wait_for_app(page, timeout=120_000)
    page.wait_for_function(
        "(sel) => { const box = document.querySelector(sel); return box && !box.checked; }",
        arg=f".st-key-{route.TOGGLE} input",
        timeout=60_000,
    )
    assert not toggle.is_checked()
    assert page.locator(DECK).count() == 0
    assert_no_exception(page, "the Matrix page after presenter mode")


MEASURE = """
(deck) => {
  const root = document.querySelector(deck);
  const size = (el) => parseFloat(getComputedStyle(el).fontSize);
  const texts = [...root.querySelectorAll('[data-testid="stMarkdownContainer"] p, .present-tile-label')]
    .filter((el) => el.innerText.trim());
  const values = [...root.querySelectorAll('.present-tile-value')];
  const tiles = [...root.querySelectorAll('.present-tile, .present-tile *')];
  return {
    body: Math.min(...texts.map(size)),
    numbers: Math.min(...values.map(size)),
    count: values.length,
    overflowing: tiles.filter((el) => el.scrollWidth > el.clientWidth)
      .map((el) => el.outerHTML.slice(0, 120)),
  };
}
"""


@pytest.mark.parametrize("projector", ["en", "ru"], indirect=True)
def test_presenter_type_is_large_and_tiles_never_cut_their_numbers(projector, app_url):
    page, lang = projector
    page.goto(f"{app_url}/present?step=1&present=1", timeout=120_000)
    for step in range(1, len(route.STEPS) + 1):
        _wait_for_step(page, step, lang)
        measured = page.evaluate(MEASURE, DECK)
        assert measured["count"] >= 1, (step, measured)
        assert measured["body"] >= 20, (step, measured)
        assert measured["numbers"] >= 40, (step, measured)
        assert not measured["overflowing"], (step, measured)
        if step < len(route.STEPS):
            page.locator("body").press("ArrowRight")


def test_share_shows_the_link_and_a_large_qr_code_and_slides_download(projector, app_url, artifacts):
    page, lang = projector
    page.goto(f"{app_url}/present?step=2&present=1&abc_a=0.7", timeout=120_000)
    _wait_for_step(page, 2, lang)
    page.locator(f".st-key-{share.BUTTON} button").click()
    dialog = page.locator("[role='dialog']")
    dialog.locator("img").first.wait_for(timeout=60_000)
    box = dialog.locator("img").first.bounding_box()
    assert box is not None and box["width"] >= 400 and box["height"] >= 400, box
    address = dialog.locator("code").inner_text()
    assert "/present?" in address and "abc_a=0.7" in address and "step=2" in address, address
    page.screenshot(path=str(artifacts / "presenter_share_en.png"))
    page.keyboard.press("Escape")
    dialog.wait_for(state="detached", timeout=30_000)

    with page.expect_download(timeout=120_000) as png:
        page.locator(".st-key-present_slide_png button").first.click()
    assert Path(png.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with page.expect_download(timeout=120_000) as svg:
        page.locator(".st-key-present_slide_svg button").first.click()
    text = Path(svg.value.path()).read_text(encoding="utf-8")
    assert "A up to 70" in text, text[-600:]
    with page.expect_download(timeout=300_000) as packed:
        page.locator(f".st-key-{slides.ZIP} button").first.click()
    names = zipfile.ZipFile(io.BytesIO(Path(packed.value.path()).read_bytes())).namelist()
    expected = {f"{n:02d}_{s}.{kind}" for n, s in enumerate(route.STEPS, start=1) for kind in ("png", "svg")}
    assert set(names) == expected, names
