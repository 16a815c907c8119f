"""Scenario B in the browser: a threshold moved with the keyboard changes the "moved" count;
and every dynamics page drawn in English and Russian (screenshots in tests/e2e/artifacts/)."""

from __future__ import annotations

import re
from functools import cache

import pytest

from segcore.customers import customer_table
from segcore.ingest import load_transactions
from segcore.dynamics.migration import compare_scenarios
from segcore.classify.segmentation import Segmenter
from segcore.settings import AggregationSettings, Scenario
from tests.e2e.harness import ROOT, wait_for_app

STORE = ROOT / "sample_data" / "store_en.csv"
EXCEPTION = "[data-testid='stException']"
ERROR = "[data-testid='stAlertContentError']"
CHART = "[data-testid='stVegaLiteChart']"
PAGES = ("periods", "customer-base", "migration", "golden", "plan", "scenarios", "sensitivity")


@cache
def store_segmenter() -> Segmenter:
    return Segmenter(customer_table(load_transactions(STORE), AggregationSettings()))


def settle(page, timeout: float = 120_000) -> None:
    page.wait_for_timeout(300)
    wait_for_app(page, timeout=timeout)


def metric_value(page, label: str) -> str:
    metric = page.locator("[data-testid='stMetric']", has_text=label).first
    return metric.locator("[data-testid='stMetricValue']").inner_text()


def whole(text: str) -> int:
    head = re.split(r"\(", text)[0]
    return int(re.sub(r"[^\d]", "", head))


def test_moving_a_scenario_b_threshold_changes_the_moved_count(context, app_url):
    page = context.new_page()
    page.goto(f"{app_url}/scenarios", timeout=120_000)
    page.locator("h1", has_text="Scenario A vs B").wait_for(timeout=120_000)
    settle(page)
    assert whole(metric_value(page, "Change segment")) == 0  # B starts as a copy of A
    thumb = page.locator(".st-key-b_abc_a input[type=range]")
    thumb.focus()
    for _ in range(5):
        thumb.press("ArrowLeft")
    settle(page)
    assert thumb.input_value() == "75"
    scenario_b = Scenario().replace(abc=Scenario().abc.replace(a=0.75))
    expected = compare_scenarios(store_segmenter(), Scenario(), scenario_b)
    assert len(expected.movers) > 0
    assert whole(metric_value(page, "Change segment")) == len(expected.movers)
    assert whole(metric_value(page, "Change ABC class")) == expected.moved["abc"]
    assert page.locator(EXCEPTION).count() == 0


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_dynamics_page_draws_in_both_languages(browser, app_url, artifacts, lang):
    context = browser.new_context(viewport={"width": 1440, "height": 1000},
                                  locale="ru-RU" if lang == "ru" else "en-US")
    demo = "store_ru" if lang == "ru" else "store_en"
    try:
        page = context.new_page()
        for name in PAGES:
            page.goto(f"{app_url}/{name}?data={demo}", timeout=120_000)
            page.locator("h1").first.wait_for(timeout=120_000)
            settle(page)
            if name == "plan":
                page.locator(".st-key-plan_example button").first.click()
                settle(page)
            if name == "scenarios":
                thumb = page.locator(".st-key-b_abc_a input[type=range]")
                thumb.focus()
                for _ in range(10):
                    thumb.press("ArrowLeft")
                settle(page)
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
    finally:
        context.close()
