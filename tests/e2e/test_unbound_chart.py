"""A chart that could not bind to its sliders still shows the sliders' values after a release.

The live charts' params listen on the page's body for the thumb bridge's events. Where a
chart cannot bind (Vega finds no element; or the bridge is not running yet), its params
fall back on the server's slider values, sent beside the unchanged chart. The page below
hides the body from Vega's look-up (``document.querySelector``, which Vega uses and
Playwright does not), so the heatmap is drawn unbound.
"""

from __future__ import annotations

from segcore.settings import Scenario
from tests.e2e.drag import wait_for_cells
from tests.e2e.studio import (
    STORE_EN,
    assert_no_exception,
    expected_counts,
    move_slider,
    open_app,
    settle,
    slider_value,
    with_abc_a,
)

HIDE_BODY_FROM_VEGA = """
(() => {
  const find = Document.prototype.querySelector;
  window.__studioHidden = 0;
  Document.prototype.querySelector = function (selector) {
    if (String(selector).trim() === "body") {
      window.__studioHidden += 1;
      return null;
    }
    return find.call(this, selector);
  };
})();
"""


def test_a_heatmap_not_bound_to_its_sliders_follows_the_servers_value_after_the_release(context, app_url):
    context.add_init_script(HIDE_BODY_FROM_VEGA)
    page = context.new_page()
    open_app(page, f"{app_url}/matrix")
    page.locator(".st-key-matrix_metric button").first.click()  # customers per cell
    settle(page)
    start = expected_counts(STORE_EN, Scenario())
    assert wait_for_cells(page, start) == start
    assert page.evaluate("window.__studioHidden") >= 4, "Vega did not look for the body"

    move_slider(page, "abc_a", "ArrowLeft", 10)
    assert slider_value(page, "abc_a") == "70"
    expected = expected_counts(STORE_EN, with_abc_a(0.70))
    assert expected != start
    assert wait_for_cells(page, expected, timeout_s=30) == expected
    assert_no_exception(page, "matrix")
