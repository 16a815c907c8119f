"""A link made on a demo dataset names the dataset: another browser, in Russian, shows the same numbers."""

from __future__ import annotations

from tests.e2e.studio import (
    CDNOW_DEMO,
    browser_page,
    expected_counts,
    go,
    h1,
    matrix_counts,
    move_slider,
    open_app,
    query,
    settle,
    slider_value,
    wait_for_counts,
    with_abc_a,
)


def test_link_to_a_demo_gives_the_same_numbers(browser, context, app_url):
    page = context.new_page()
    open_app(page, f"{app_url}/data")
    page.locator(".st-key-data_demo label", has_text="CDNOW").click()
    settle(page)
    go(page, "ABC × XYZ matrix")
    move_slider(page, "abc_a", "ArrowRight", 5)
    assert slider_value(page, "abc_a") == "85"
    expected = expected_counts(CDNOW_DEMO, with_abc_a(0.85))
    shown = wait_for_counts(page, expected)
    assert shown == expected
    assert query(page) == {"abc_a": ["0.85"], "data": ["cdnow"]}, page.url
    with browser_page(browser, "ru") as fresh:
        open_app(fresh, page.url)
        assert h1(fresh) == "Матрица ABC × XYZ"
        assert slider_value(fresh, "abc_a") == "85"
        assert matrix_counts(fresh) == expected
