"""The Summary page on a projector (1280 × 720) in both languages: first at the address, readable, printable.

Saves ``summary-<lang>.png`` (what the room sees first), ``summary-<lang>-full.png`` (the whole
page) and ``summary-<lang>-print.png`` (the page as the browser prints it) to
``tests/e2e/artifacts/``; people look at them, the test checks what a machine can.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from segcore.i18n import t
from tests.e2e.studio import LOCALES, assert_no_exception, h1, open_app

WIDTH, HEIGHT = 1280, 720
FIRST_CARD = ".st-key-summary_card_0"
SIDEBAR = "[data-testid='stSidebar']"


def _full_height(page) -> int:
    return page.evaluate(
        """() => document.querySelector("[data-testid='stMainBlockContainer']").scrollHeight + 150"""
    )


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_summary_fits_a_projector_and_prints_without_the_sidebar(browser, app_url, artifacts, lang):
    context = browser.new_context(
        viewport={"width": WIDTH, "height": HEIGHT}, locale=LOCALES[lang], accept_downloads=True
    )
    try:
        page = context.new_page()
        open_app(page, f"{app_url}/")
        assert h1(page) == t("action.summary.title", lang)
        assert_no_exception(page, f"summary ({lang})")

        card = page.locator(FIRST_CARD)
        box = card.bounding_box()
        assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= HEIGHT, box
        assert t("insight.title.at_risk", lang) in card.inner_text()
        assert "Sunrise Property Management" in card.inner_text()
        page.screenshot(path=str(artifacts / f"summary-{lang}.png"))

        with page.expect_download() as download:
            page.locator(".st-key-summary_download button:visible").first.click()
        text = Path(download.value.path()).read_text(encoding="utf-8")
        assert text.startswith(f"# {t('action.summary.title', lang)}")
        assert "Sunrise Property Management" in text

        page.set_viewport_size({"width": WIDTH, "height": min(_full_height(page), 9000)})
        page.wait_for_timeout(600)
        page.screenshot(path=str(artifacts / f"summary-{lang}-full.png"))

        page.emulate_media(media="print")
        assert page.locator(SIDEBAR).is_hidden()
        assert page.locator(".st-key-summary_download").is_hidden()
        assert card.is_visible()
        page.screenshot(path=str(artifacts / f"summary-{lang}-print.png"))
    finally:
        context.close()
