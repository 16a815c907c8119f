"""Switching the language translates titles, labels and navigation and keeps the numbers and sliders."""

from __future__ import annotations

from tests.e2e.studio import (
    METRIC,
    NAV,
    STORE_EN,
    expected_counts,
    h1,
    matrix_counts,
    move_slider,
    open_app,
    set_language,
    slider_value,
    wait_for_counts,
    with_abc_a,
)


def test_russian_and_back_translates_the_matrix_page_and_keeps_a_moved_slider(context, app_url):
    page = context.new_page()
    open_app(page, f"{app_url}/matrix")
    move_slider(page, "abc_a", "ArrowLeft", 10)
    expected = expected_counts(STORE_EN, with_abc_a(0.70))
    assert wait_for_counts(page, expected) == expected

    set_language(page, "ru")
    assert h1(page) == "Матрица ABC × XYZ"
    assert "Граница A" in page.locator(".st-key-abc_a").inner_text()
    nav = page.locator(NAV).inner_text()
    assert "Кривая Парето" in nav and "Настройки" in nav, nav
    assert page.locator(METRIC, has_text="Клиентов в классе A").count() == 1
    assert matrix_counts(page) == expected

    set_language(page, "en")
    assert h1(page) == "ABC × XYZ matrix"
    assert "A closes at" in page.locator(".st-key-abc_a").inner_text()
    assert "Pareto curve" in page.locator(NAV).inner_text()
    assert slider_value(page, "abc_a") == "70"
