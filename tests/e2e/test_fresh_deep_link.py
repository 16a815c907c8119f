"""A deep link is the first thing a freshly started server runs: it still gets the shared frame.

With a ``pages/`` folder beside ``app.py``, Streamlit served such a link in its legacy mode
until some session had run ``app.py``: the page alone, without the sidebar, the language and
the scenario from the URL. This test starts its own server, so no session has run ``app.py``
before the link is opened.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from segcore.settings import Scenario
from tests.e2e.harness import ROOT, free_port, start_streamlit, stop_streamlit
from tests.e2e.studio import (
    LANGUAGE_NAMES,
    NAV,
    SIDEBAR,
    STORE_EN,
    assert_no_exception,
    browser_page,
    expected_counts,
    h1,
    in_group_a,
    integer,
    metric_value,
    open_app,
    query,
    slider_value,
    ui_text,
    with_abc_a,
)


@pytest.fixture
def fresh_server() -> Iterator[str]:
    """Give the address of a server started for this test alone, stopped after it."""
    port = free_port()
    process = start_streamlit(ROOT / "app.py", port)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        stop_streamlit(process)


def test_a_deep_link_to_pareto_on_a_fresh_server_has_the_sidebar_and_applies_the_url(browser, fresh_server):
    with browser_page(browser) as page:
        open_app(page, f"{fresh_server}/pareto?abc_a=0.7", timeout=180_000)
        assert h1(page) == ui_text("page.pareto", "en")
        assert_no_exception(page, "Pareto from a deep link on a fresh server")

        sidebar = page.locator(SIDEBAR)
        for name in LANGUAGE_NAMES.values():
            assert sidebar.locator(".st-key-lang button", has_text=name).count() == 1, name
        shown = sidebar.inner_text()
        assert ui_text("sidebar.language", "en") in shown, shown
        assert ui_text("sidebar.dataset", "en") in shown and ui_text("demo.store_en", "en") in shown, shown
        assert ui_text("page.matrix", "en") in page.locator(NAV).inner_text()

        assert slider_value(page, "abc_a") == "70"
        in_a = in_group_a(expected_counts(STORE_EN, with_abc_a(0.70)))
        assert in_a != in_group_a(expected_counts(STORE_EN, Scenario()))
        assert integer(metric_value(page, ui_text("pareto.m_a", "en"))) == in_a
        assert re.search(r"ABC 70\s%\s/\s95\s%", shown), shown
        assert query(page) == {"abc_a": ["0.7"]}, page.url
