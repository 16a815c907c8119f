"""Driving the studio in the browser: pages, uploads, language, sliders, links, the numbers shown.

Expected numbers come from ``segcore`` directly (load → customer table → segmenter), as the
studio computes them, and are compared with what the browser shows.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from segcore.classify.matrix import CELL_LETTERS
from segcore.classify.segmentation import Segmenter
from segcore.customers import customer_table
from segcore.i18n import t
from segcore.ingest import load_transactions
from segcore.settings import AggregationSettings, Scenario
from tests.e2e.harness import wait_for_app
from tests.samples import SAMPLE_DATA

__all__ = [
    "CDNOW_DEMO",
    "CHART",
    "ERROR",
    "EXCEPTION",
    "LANGUAGE_NAMES",
    "LOCALES",
    "METRIC",
    "NAV",
    "SIDEBAR",
    "STORE_EN",
    "STORE_RU",
    "VIEWPORT",
    "assert_no_exception",
    "browser_page",
    "charts_drawn",
    "chosen_mapping",
    "expected_counts",
    "go",
    "h1",
    "in_group_a",
    "integer",
    "load_upload",
    "matrix_counts",
    "metric_value",
    "move_slider",
    "open_app",
    "query",
    "segmenter",
    "set_language",
    "settle",
    "show_predicted_clv",
    "slider_value",
    "ui_text",
    "upload",
    "upload_and_load",
    "wait_for_counts",
    "with_abc_a",
]

STORE_RU = SAMPLE_DATA / "store_ru.csv"  # the demo store as a Russian 1C export (cp1251, «;»)
STORE_EN = SAMPLE_DATA / "store_en.csv"  # the same store as the default demo
CDNOW_DEMO = SAMPLE_DATA / "cdnow" / "cdnow.csv"
EXCEPTION = "[data-testid='stException']"
ERROR = "[data-testid='stAlertContentError']"
CHART = "[data-testid='stVegaLiteChart']"
SIDEBAR = "[data-testid='stSidebar']"
NAV = "[data-testid='stSidebarNav']"
METRIC = "[data-testid='stMetric']"
LANGUAGE_NAMES = {"en": "English", "ru": "Русский"}
LOCALES = {"en": "en-US", "ru": "ru-RU"}
VIEWPORT = {"width": 1440, "height": 1000}


def ui_text(key: str, lang: str) -> str:
    """Give the interface text ``ui.<key>`` in ``lang`` (what the studio shows)."""
    return t(f"ui.{key}", lang)


@cache
def segmenter(path: Path) -> Segmenter:
    """Give the segmenter of a transactions file under the default (monthly) aggregation."""
    return Segmenter(customer_table(load_transactions(path), AggregationSettings()))


def expected_counts(path: Path, scenario: Scenario) -> dict[str, int]:
    """Give the customers per ABC × XYZ cell that segcore computes for ``scenario``."""
    matrix = segmenter(path).segment(scenario).matrix
    return {cell: int(n) for cell, n in zip(matrix["cell"], matrix["customers"], strict=True)}


def with_abc_a(a: float) -> Scenario:
    """Give the default scenario with ABC group A closing at ``a``."""
    scenario = Scenario()
    return scenario.replace(abc=scenario.abc.replace(a=a))


def in_group_a(counts: dict[str, int]) -> int:
    """Give the customers in ABC group A from the counts per ABC × XYZ cell."""
    return sum(n for cell, n in counts.items() if cell[0] == "A")


def integer(text: str) -> int:
    """Give the whole number shown as ``text`` in either language ("1,518", "1 518")."""
    digits = re.sub(r"[\s\u00a0\u202f,]", "", text.strip())
    assert re.fullmatch(r"-?\d+", digits), f"not a whole number: {text!r}"
    return int(digits)


@contextmanager
def browser_page(browser, lang: str = "en", **options) -> Iterator:
    """Give a page in a new browser context (its own session) with ``lang``'s locale; closed after."""
    context = browser.new_context(viewport=VIEWPORT, locale=LOCALES[lang], **options)
    try:
        yield context.new_page()
    finally:
        context.close()


def query(page) -> dict[str, list[str]]:
    """Give the page address's query parameters."""
    return parse_qs(urlparse(page.url).query)


def settle(page, timeout: float = 90_000) -> None:
    """Wait for the rerun a click or key press started, then for the app to be idle."""
    page.wait_for_timeout(300)
    wait_for_app(page, timeout=timeout)


def open_app(page, url: str, timeout: float = 120_000) -> None:
    """Open ``url`` and wait until the first run has finished."""
    page.goto(url, timeout=timeout)
    page.locator("h1").first.wait_for(timeout=timeout)
    settle(page, timeout)


def go(page, title: str, timeout: float = 120_000) -> None:
    """Open the page whose navigation link reads ``title`` (as a person does, in the sidebar)."""
    link = page.locator("[data-testid='stSidebarNavLink']", has_text=title).first
    more = page.locator("[data-testid='stSidebarNavViewButton']")
    if not link.is_visible() and more.count():
        more.click()
    link.click()
    page.wait_for_function(
        "(title) => document.querySelector('h1') && document.querySelector('h1').innerText.includes(title)",
        arg=title,
        timeout=timeout,
    )
    settle(page, timeout)


def set_language(page, lang: str) -> None:
    """Choose the interface language in the sidebar."""
    page.locator(".st-key-lang button", has_text=LANGUAGE_NAMES[lang]).click()
    settle(page)


def move_slider(page, key: str, presses: str, count: int) -> None:
    """Focus the slider with widget ``key`` and press ``presses`` (e.g. "ArrowLeft") ``count`` times."""
    thumb = page.locator(f".st-key-{key} input[type=range]")
    thumb.focus()
    for _ in range(count):
        thumb.press(presses)
    settle(page)


def upload(page, path: Path) -> None:
    """Choose ``path`` in the Data page's uploader and wait until the column mapping is offered."""
    page.locator(".st-key-data_upload input[type=file]").set_input_files(path)
    page.locator(".st-key-data_load button").wait_for(timeout=60_000)
    settle(page)


def chosen_mapping(page) -> dict[str, str]:
    """Give the column the Data page proposes for each required field."""
    return {
        field: page.locator(f".st-key-data_map_{field} input[role=combobox]").input_value()
        for field in ("customer_id", "date", "amount")
    }


def load_upload(page, name: str) -> None:
    """Load the uploaded file with the mapping shown and wait for its load report."""
    page.locator(".st-key-data_load button").click()
    page.get_by_role("heading", name=f"What was read: {name}").wait_for(timeout=120_000)
    settle(page)


def upload_and_load(page, url: str, path: Path) -> None:
    """Open the Data page at ``url``, upload ``path`` and load it with the suggested mapping."""
    open_app(page, f"{url}/data")
    upload(page, path)
    load_upload(page, path.name)


def slider_value(page, key: str) -> str:
    """Give the value the slider with widget ``key`` holds."""
    return page.locator(f".st-key-{key} input[type=range]").input_value()


def matrix_counts(page) -> dict[str, int]:
    """Give the customers per cell from the Matrix page's table (opened if folded; customers shown)."""
    customers = page.locator(".st-key-matrix_metric button").first
    if not (customers.get_attribute("data-testid") or "").endswith("Active"):
        customers.click()
        settle(page)
    expander = page.locator(".st-key-matrix_numbers")
    if expander.locator("details[open]").count() == 0:
        expander.locator("summary").click()
    table = expander.locator("table")
    table.wait_for()
    xyz = [text.strip() for text in table.locator("thead th").all_inner_texts()][1:]
    counts: dict[str, int] = {}
    for row in table.locator("tbody tr").all():
        abc = row.locator("th").inner_text().strip()
        for letter, cell in zip(xyz, row.locator("td").all_inner_texts(), strict=True):
            counts[abc + letter] = integer(cell)
    assert sorted(counts) == sorted(CELL_LETTERS), counts
    return counts


def wait_for_counts(page, expected: dict[str, int], timeout_s: float = 60) -> dict[str, int]:
    """Give the matrix counts once they equal ``expected`` (or the last ones read at the timeout)."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            shown = matrix_counts(page)
        except AssertionError:
            shown = {}
        if shown == expected or time.monotonic() > deadline:
            return shown
        page.wait_for_timeout(300)


def metric_value(page, label: str) -> str:
    """Give the value shown by the (first) metric whose label reads ``label``."""
    metric = page.locator(METRIC, has_text=label).first
    return metric.locator("[data-testid='stMetricValue']").inner_text()


def assert_no_exception(page, where: str) -> None:
    """Assert that the page shows no Streamlit exception and no error box."""
    exceptions = page.locator(EXCEPTION)
    assert exceptions.count() == 0, f"{where}: {exceptions.all_inner_texts()}"
    errors = page.locator(ERROR)
    assert errors.count() == 0, f"{where}: {errors.all_inner_texts()}"


def h1(page) -> str:
    """Give the page's title."""
    return page.locator("h1").first.inner_text().strip()


def show_predicted_clv(page, lang: str, timeout: float = 300_000) -> None:
    """Switch the LTV page to predicted CLV and wait until the fit and all its parts are drawn."""
    page.locator(".st-key-ltv_view button", has_text=ui_text("clv.view_predictive", lang)).click()
    last = ui_text("clv.segments_title", lang)
    page.locator("h2, h3", has_text=last).first.wait_for(timeout=timeout)
    settle(page)
    headings = page.locator("h2, h3").all_inner_texts()
    for key in ("clv.customers_title", "clv.segments_title"):
        assert any(ui_text(key, lang) in text for text in headings), (key, headings)


def charts_drawn(page, timeout: float = 90_000) -> None:
    """Wait until every chart on the page has drawn its canvas or svg."""
    page.wait_for_function(
        f"""() => [...document.querySelectorAll("{CHART}")].every(c => c.querySelector("canvas, svg"))""",
        timeout=timeout,
    )
