"""The scenario library in a browser, in both languages: save two scenarios, compare them side by side."""

from __future__ import annotations

import pytest

from tests.e2e.studio import (
    LOCALES,
    assert_no_exception,
    go,
    metric_value,
    move_slider,
    open_app,
    set_language,
    settle,
    slider_value,
    ui_text,
)


def _save(page, lang: str, name: str) -> None:
    library = page.get_by_test_id("stExpander").filter(has_text=ui_text("scenario_library.title", lang))
    if not library.locator(".st-key-scenlib_name").is_visible():
        library.locator("summary").click()
        settle(page)
    page.locator(".st-key-scenlib_name input").fill(name)
    page.locator(".st-key-scenlib_name input").press("Enter")  # the name reaches the server first
    settle(page)
    page.locator(".st-key-scenlib_save button").click()
    settle(page)
    page.get_by_text(name).first.wait_for(timeout=60_000)  # saved: its notice names it


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_two_saved_scenarios_side_by_side(browser, app_url, artifacts, lang):
    context = browser.new_context(viewport={"width": 1280, "height": 720}, locale=LOCALES[lang])
    try:
        page = context.new_page()
        open_app(page, f"{app_url}/scenarios?data=store_en&abc_a=0.6")
        if lang == "ru":
            set_language(page, lang)
        assert slider_value(page, "b_abc_a") == "60"  # Scenario 2 starts as a copy of Scenario 1
        _save(page, lang, "Strict A 60")
        go(page, ui_text("page.matrix", lang))
        move_slider(page, "abc_a", "ArrowRight", 20)
        go(page, ui_text("page.scenarios", lang))
        assert slider_value(page, "b_abc_a") == "80"  # still a copy: it follows Scenario 1
        _save(page, lang, "Classic 80/95")
        page.locator(".st-key-scenlib_compare button").click()
        settle(page)
        assert slider_value(page, "b_abc_a") == "80"
        assert "Strict A 60" in page.get_by_test_id("stAlert").first.inner_text()
        moved = metric_value(page, ui_text("scenb.moved", lang))
        assert moved.split()[0] != "0"
        page.screenshot(path=str(artifacts / f"scenario_library_{lang}.png"))
        assert_no_exception(page, f"scenario library ({lang})")
    finally:
        context.close()
