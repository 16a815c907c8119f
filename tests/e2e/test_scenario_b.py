"""Scenario B in the browser: a threshold moved with the keyboard changes the "moved" count;
and every dynamics page drawn in English and Russian (screenshots in tests/e2e/artifacts/)."""

from __future__ import annotations

import pytest

from segcore.dynamics.migration import compare_scenarios
from segcore.settings import Scenario
from tests.e2e.studio import (
    CHART,
    ERROR,
    EXCEPTION,
    STORE_EN,
    browser_page,
    integer,
    metric_value,
    segmenter,
    settle,
)

PAGES = ("periods", "customer-base", "migration", "golden", "plan", "scenarios", "sensitivity")


def whole(text: str) -> int:
    """Give the count a metric shows before its share in brackets ("12 (3.4 %)")."""
    return integer(text.split("(")[0])


def test_moving_a_scenario_b_threshold_changes_the_moved_count(context, app_url):
    page = context.new_page()
    page.goto(f"{app_url}/scenarios", timeout=120_000)
    page.locator("h1", has_text="Scenario 1 vs 2").wait_for(timeout=120_000)
    settle(page, 120_000)
    assert whole(metric_value(page, "Change segment")) == 0  # B starts as a copy of A
    thumb = page.locator(".st-key-b_abc_a input[type=range]")
    thumb.focus()
    for _ in range(5):
        thumb.press("ArrowLeft")
        settle(page, 120_000)  # one value at a time: the count must follow each move the server saw
    assert thumb.input_value() == "75"
    scenario_b = Scenario().replace(abc=Scenario().abc.replace(a=0.75))
    expected = compare_scenarios(segmenter(STORE_EN), Scenario(), scenario_b)
    assert len(expected.movers) > 0
    assert whole(metric_value(page, "Change segment")) == len(expected.movers)
    assert whole(metric_value(page, "Change ABC class")) == expected.moved["abc"]
    assert page.locator(EXCEPTION).count() == 0


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_dynamics_page_draws_in_both_languages(browser, app_url, artifacts, lang):
    demo = "store_ru" if lang == "ru" else "store_en"
    with browser_page(browser, lang) as page:
        for name in PAGES:
            page.goto(f"{app_url}/{name}?data={demo}", timeout=120_000)
            page.locator("h1").first.wait_for(timeout=120_000)
            settle(page, 120_000)
            if name == "plan":
                page.locator(".st-key-plan_example button").first.click()
                settle(page, 120_000)
            if name == "scenarios":
                thumb = page.locator(".st-key-b_abc_a input[type=range]")
                thumb.focus()
                for _ in range(10):
                    thumb.press("ArrowLeft")
                settle(page, 120_000)
            charts = page.locator(CHART)
            charts.first.wait_for(timeout=60_000)
            height = page.evaluate("() => document.querySelector(\"[data-testid='stMain']\").scrollHeight")
            page.set_viewport_size({"width": 1440, "height": min(int(height) + 40, 9000)})
            page.wait_for_timeout(1500)  # let Vega finish drawing at the new size
            assert page.locator(EXCEPTION).count() == 0, name
            assert page.locator(ERROR).count() == 0, name
            assert charts.count() >= 1
            page.screenshot(path=str(artifacts / f"dynamics_{name}_{lang}.png"))
            page.set_viewport_size({"width": 1440, "height": 1000})
