"""A shared link holds the scenario, not the uploaded file: another browser opens the same
thresholds on the demo store, which is the same store as the uploaded Russian export.

After an upload the address also carries the session's token (``sid``), which brings the
upload back on a reload; a link for someone else leaves it out (as the Share button does).
"""

from __future__ import annotations

from urllib.parse import urlencode, urlparse

from tests.e2e.studio import (
    STORE_EN,
    STORE_RU,
    assert_no_exception,
    browser_page,
    expected_counts,
    go,
    matrix_counts,
    move_slider,
    open_app,
    query,
    slider_value,
    upload_and_load,
    wait_for_counts,
    with_abc_a,
)
from ui.state.restore import URL_TOKEN


def test_a_link_copied_after_an_upload_opens_the_same_thresholds_and_numbers_elsewhere(
    browser, context, app_url
):
    page = context.new_page()
    upload_and_load(page, app_url, STORE_RU)
    go(page, "ABC × XYZ matrix")
    move_slider(page, "abc_a", "ArrowLeft", 10)
    expected = expected_counts(STORE_RU, with_abc_a(0.70))
    assert wait_for_counts(page, expected) == expected
    address = query(page)
    assert address.pop(URL_TOKEN) and address == {"abc_a": ["0.7"]}, page.url
    link = urlparse(page.url)._replace(query=urlencode(address, doseq=True)).geturl()

    assert expected_counts(STORE_EN, with_abc_a(0.70)) == expected
    with browser_page(browser) as fresh:
        open_app(fresh, link)
        assert slider_value(fresh, "abc_a") == "70"
        assert matrix_counts(fresh) == expected
        assert_no_exception(fresh, "matrix from the copied link")
