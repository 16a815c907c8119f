"""A threshold moved with the keyboard reclassifies the customers and goes into the page's address."""

from __future__ import annotations

from segcore.settings import Scenario
from tests.e2e.studio import (
    STORE_EN,
    assert_no_exception,
    expected_counts,
    in_group_a,
    integer,
    matrix_counts,
    metric_value,
    move_slider,
    open_app,
    query,
    slider_value,
    wait_for_counts,
    with_abc_a,
)


def test_lowering_a_to_70_percent_by_keyboard_moves_customers_out_of_a_and_into_the_link(context, app_url):
    page = context.new_page()
    open_app(page, f"{app_url}/matrix")
    assert matrix_counts(page) == expected_counts(STORE_EN, Scenario())

    move_slider(page, "abc_a", "ArrowLeft", 10)
    assert slider_value(page, "abc_a") == "70"
    expected = expected_counts(STORE_EN, with_abc_a(0.70))
    assert expected != expected_counts(STORE_EN, Scenario())
    assert wait_for_counts(page, expected) == expected
    value = metric_value(page, "Customers in group A")
    assert integer(value.split("(")[0]) == in_group_a(expected), value
    assert query(page) == {"abc_a": ["0.7"]}, page.url
    assert_no_exception(page, "matrix")
