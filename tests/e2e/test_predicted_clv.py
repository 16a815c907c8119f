"""Predicted CLV on the customer-value page: the fit runs and every part is drawn, in both languages."""

from __future__ import annotations

import pytest

from tests.e2e.studio import (
    CHART,
    assert_no_exception,
    browser_page,
    charts_drawn,
    h1,
    open_app,
    show_predicted_clv,
    ui_text,
)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_predicted_clv_renders(browser, app_url, lang):
    with browser_page(browser, lang) as page:
        open_app(page, f"{app_url}/ltv?data=cdnow")
        assert h1(page) == ui_text("page.ltv", lang)
        show_predicted_clv(page, lang)
        charts_drawn(page)
        assert page.locator(CHART).count() >= 4
        assert_no_exception(page, f"predicted CLV ({lang})")
