"""Every page in both languages on the demo store: drawn without an error, saved as a screenshot.

The screenshots go to ``tests/e2e/artifacts/`` (not committed), one per page and language,
``<nn>-<page>-<lang>.png``, each as tall as the page (Streamlit scrolls inside its own
container, so the viewport is stretched to the content before the shot). People look at
them; the test checks what a machine can: no exception, no error box, every chart drawn,
and page titles in the chosen language.
"""

from __future__ import annotations

import re

import pytest

from tests.e2e.studio import (
    assert_no_exception,
    charts_drawn,
    h1,
    open_app,
    settle,
    show_predicted_clv,
    ui_text,
)

WIDTH = 1440
MAX_HEIGHT = 9000
NAV_LINK = "[data-testid='stSidebarNavLink']"


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "page"


def _nav_titles(page) -> list[str]:
    more = page.locator("[data-testid='stSidebarNavViewButton']")
    if more.count() and "more" in more.inner_text().lower():
        more.click()
        page.wait_for_timeout(300)
    return [text.split("\n")[-1].strip() for text in page.locator(NAV_LINK).all_inner_texts()]


def _shoot(page, path) -> None:
    """Save the whole page: stretch the viewport to the content's height, then shoot."""
    height = page.evaluate(
        """() => {
             const main = document.querySelector("[data-testid='stMain']");
             const block = document.querySelector("[data-testid='stMainBlockContainer']");
             return Math.max(main ? main.scrollHeight : 0, block ? block.scrollHeight + 100 : 0);
           }"""
    )
    page.set_viewport_size({"width": WIDTH, "height": int(min(max(height, 900), MAX_HEIGHT))})
    page.wait_for_timeout(600)
    page.screenshot(path=str(path))


def _english_name(title: str, lang: str) -> str:
    """Give the slug of a page's English title (file names stay the same in both languages)."""
    if lang == "en":
        return _slug(title)
    from segcore.i18n import catalogue

    for key, texts in catalogue().items():
        if key.startswith("ui.page.") and texts.get("ru") == title:
            return _slug(texts["en"])
    return _slug(title)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_page_draws_and_is_saved(browser, app_url, artifacts, lang):
    context = browser.new_context(
        viewport={"width": WIDTH, "height": 1000}, locale="ru-RU" if lang == "ru" else "en-US"
    )
    try:
        page = context.new_page()
        open_app(page, f"{app_url}/matrix")
        assert h1(page) == ui_text("page.matrix", lang)
        titles = _nav_titles(page)
        assert ui_text("page.pareto", lang) in titles and ui_text("page.data", lang) in titles, titles
        for index, title in enumerate(titles, start=1):
            if title == ui_text("page.present", lang):
                continue  # one story step per screen, the sidebar closed: tests/e2e/test_presenter.py
            page.set_viewport_size({"width": WIDTH, "height": 1000})
            page.locator(NAV_LINK, has_text=title).first.click()
            page.wait_for_function(
                "(t) => document.querySelector('h1')?.innerText.includes(t)", arg=title, timeout=120_000
            )
            settle(page, 180_000)
            charts_drawn(page)
            assert_no_exception(page, f"{title} ({lang})")
            name = _english_name(title, lang)
            _shoot(page, artifacts / f"{index:02d}-{name}-{lang}.png")
            if title == ui_text("page.ltv", lang):
                show_predicted_clv(page, lang)
                settle(page)
                charts_drawn(page)
                assert_no_exception(page, f"predicted CLV ({lang})")
                _shoot(page, artifacts / f"{index:02d}-{name}-predicted-{lang}.png")
                page.set_viewport_size({"width": WIDTH, "height": 1000})
                page.locator(".st-key-ltv_view button", has_text=ui_text("clv.view_simple", lang)).click()
                settle(page)
    finally:
        context.close()
