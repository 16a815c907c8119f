"""Predicted CLV at the projector's 1280 × 720: the forecast first, the model check on request.

The forward fit runs in the background; the business view (the customers worth the most next
year) comes first with its chart above the fold; the model check opens on request and its
backtest draws the holdout charts.
"""

from __future__ import annotations

import pytest

from tests.e2e.studio import (
    CHART,
    LOCALES,
    assert_no_exception,
    charts_drawn,
    h1,
    open_app,
    set_language,
    settle,
    ui_text,
)

PROJECTOR = {"width": 1280, "height": 720}
FIT_TIMEOUT = 300_000


def _show_forecast(page, lang: str) -> None:
    page.locator(".st-key-ltv_view button", has_text=ui_text("clv.view_predictive", lang)).click()
    page.locator("h2, h3", has_text=ui_text("clv.segments_title", lang)).first.wait_for(timeout=FIT_TIMEOUT)
    settle(page)
    charts_drawn(page)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_predicted_clv_leads_with_the_forecast_above_the_fold(browser, app_url, artifacts, lang):
    context = browser.new_context(viewport=PROJECTOR, locale=LOCALES[lang])
    try:
        page = context.new_page()
        open_app(page, f"{app_url}/ltv?data=cdnow")
        if lang == "ru":
            set_language(page, lang)
        assert h1(page) == ui_text("page.ltv", lang)
        _show_forecast(page, lang)
        main = page.locator(CHART).first  # the customers worth the most
        box = main.bounding_box()
        assert box is not None and box["y"] < PROJECTOR["height"], box
        page.screenshot(path=str(artifacts / f"clv_forecast_{lang}.png"))
        assert page.locator(CHART).count() >= 5  # top customers, CLV and P(alive) spread, two by segment
        check = page.get_by_test_id("stExpander").filter(has_text=ui_text("clv_studio.check", lang))
        check.locator("summary").click()
        backtest = check.locator(".st-key-ltv_backtest")
        backtest.locator("label").click()
        settle(page)
        if not backtest.locator("input").is_checked():  # a click landing during a rerun is lost
            backtest.locator("label").click()
            settle(page)
        page.locator("h2, h3", has_text=ui_text("clv.check_title", lang)).first.wait_for(timeout=FIT_TIMEOUT)
        settle(page)
        charts_drawn(page)
        assert page.locator(CHART).count() >= 7  # and the backtest's holdout bars and tracking
        check.screenshot(path=str(artifacts / f"clv_model_check_{lang}.png"))
        assert_no_exception(page, f"predicted CLV ({lang})")
    finally:
        context.close()
