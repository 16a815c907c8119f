"""At a projector's 1280 × 720: every analysis page starts its main chart above the fold, tiles are not cut.

For each analysis page, in both languages (the interface language chosen in the sidebar,
the browser's locale English), the test checks what a person in the back row sees first:
the top edge of the page's main element (its first chart; the first finding card on the
summary, the list on At risk, the first card on Strategy) lies inside the 720-pixel viewport
before any scrolling, and no metric tile cuts its text (every element of a tile has
``scrollWidth ≤ clientWidth``). Screenshots of the first screen go to
``tests/e2e/artifacts/projector-<page>-<lang>.png`` for people to look at.
"""

from __future__ import annotations

import json
import re

import pandas as pd
import pyarrow as pa
import pytest
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from segcore.i18n.format import NBSP
from tests.e2e.studio import (
    CHART,
    METRIC,
    assert_no_exception,
    charts_drawn,
    go,
    open_app,
    set_language,
    settle,
    ui_text,
)

PROJECTOR = {"width": 1280, "height": 720}
#: Each analysis page (its ``ui.page.*`` title key) and the selector of its main element.
PAGES = {
    "summary": ".st-key-summary_card_0",
    "at_risk": "[data-testid='stDataFrame']",
    "matrix": CHART,
    "pareto": CHART,
    "ltv": CHART,
    "strategy": "[data-testid='stMain'] h4",
    "periods": CHART,
    "customer_base": CHART,
    "migration": CHART,
    "golden": CHART,
    "plan": CHART,
    "sensitivity": CHART,
}
_CUT_TILES = f"""() => [...document.querySelectorAll("{METRIC}")].flatMap(tile =>
    [tile, ...tile.querySelectorAll("*")]
      .filter(e => e.clientWidth > 0 && e.scrollWidth > e.clientWidth)
      .map(e => tile.innerText.replace(/\\s+/g, " ").trim()))"""


@pytest.fixture(scope="module")
def frames() -> list[bytes]:
    """Give the messages the Russian page's browser receives from the server (filled as it runs)."""
    return []


@pytest.fixture(scope="module")
def projector(browser, app_url, frames):
    """Give a page per language at 1280 × 720 in an English-locale browser, the language chosen in the app."""
    contexts, pages = [], {}
    for lang in ("en", "ru"):
        context = browser.new_context(viewport=PROJECTOR, locale="en-US")
        page = context.new_page()
        if lang == "ru":
            page.on("websocket", lambda ws: ws.on("framereceived", _keep(frames)))
        open_app(page, f"{app_url}/")
        if lang == "ru":
            set_language(page, "ru")
        contexts.append(context)
        pages[lang] = page
    yield pages
    for context in contexts:
        context.close()


def _keep(frames: list[bytes]):
    """Give a websocket listener that keeps the binary messages in ``frames``."""
    return lambda payload: frames.append(payload) if isinstance(payload, bytes) else None


def _open(page, name: str, lang: str) -> None:
    """Open a page through the sidebar (a new address would start a new session in English)."""
    go(page, ui_text(f"page.{name}", lang), timeout=180_000)
    example = page.locator(".st-key-plan_example button").first
    if name == "plan" and example.count():
        example.click()
        settle(page, 180_000)
    charts_drawn(page)
    page.wait_for_timeout(500)


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("name", list(PAGES))
def test_the_main_chart_starts_above_the_fold_and_no_tile_is_cut(projector, artifacts, name, lang):
    page = projector[lang]
    _open(page, name, lang)
    assert_no_exception(page, f"{name} ({lang})")
    page.screenshot(path=str(artifacts / f"projector-{name}-{lang}.png"))
    main = page.locator(PAGES[name]).first
    main.wait_for(state="attached", timeout=60_000)
    top = main.evaluate("e => e.getBoundingClientRect().top")
    assert 0 <= top < PROJECTOR["height"], f"{name} ({lang}): the main element starts at {top:.0f} px"
    cut = page.evaluate(_CUT_TILES)
    assert not cut, f"{name} ({lang}): tiles cut: {sorted(set(cut))}"


def _tables_received(frames: list[bytes]) -> list[tuple[dict, pd.DataFrame, pd.DataFrame]]:
    """Give each table the browser received: its column configs, its cells, and the texts it draws.

    The grid draws a number cell's text from the Styler's display values when the column
    config sets no format of its own (Streamlit's rule), and keeps the number for sorting.
    """
    tables = []
    for payload in frames:
        message = ForwardMsg()
        message.ParseFromString(payload)
        if not (message.HasField("delta") and message.delta.HasField("new_element")):
            continue
        element = message.delta.new_element
        if not element.HasField("dataframe") or not element.dataframe.arrow_data.styler.display_values:
            continue
        arrow = element.dataframe.arrow_data
        cells = pa.ipc.open_stream(arrow.data).read_all().to_pandas()
        texts = pa.ipc.open_stream(arrow.styler.display_values).read_all().to_pandas()
        tables.append((json.loads(element.dataframe.columns or "{}"), cells, texts))
    return tables


def test_russian_tables_write_numbers_the_russian_way_in_an_english_browser(projector, frames):
    page = projector["ru"]
    _open(page, "periods", "ru")
    table = page.locator("[data-testid='stDataFrame']").last
    table.scroll_into_view_if_needed()
    header = table.locator("[role='columnheader']").all_inner_texts()
    assert "Выручка, ₽" in [text.strip() for text in header], header
    periods = [t for t in _tables_received(frames) if t[0].get("revenue", {}).get("label") == "Выручка, ₽"]
    assert periods, "the periods table was not received"
    config, cells, texts = periods[-1]
    assert "format" not in config["revenue"].get("type_config", {}), config["revenue"]
    assert pd.api.types.is_float_dtype(cells["revenue"])  # numbers: a click on the header sorts by value
    for number, text in zip(cells["revenue"], texts["revenue"], strict=True):
        assert text == f"{number:,.0f}".replace(",", NBSP), (number, text)  # "32 936 574"
    shares = [text for text in texts["revenue_yoy"] if text != "—"]
    assert shares and all(re.fullmatch(rf"[-+]?\d+,\d{NBSP}%", text) for text in shares), shares


# The heatmap's squares, cell codes ("AX") and values ("45.0 %"): their vertical extents on screen.
_CELL_BOXES = f"""() => {{
  const chart = document.querySelector("{CHART}");
  const extent = (e) => {{ const r = e.getBoundingClientRect(); return [r.top, r.bottom]; }};
  const squares = [...chart.querySelectorAll("g.mark-rect.role-mark path")].map(extent);
  const [codes, values] = [...chart.querySelectorAll("g.mark-text.role-mark")].slice(0, 2)
    .map(g => [...g.querySelectorAll("text")].map(t => [t.textContent, ...extent(t)]));
  return {{squares, codes, values}};
}}"""


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_each_heatmap_cell_holds_its_code_above_its_value(projector, lang):
    page = projector[lang]
    _open(page, "matrix", lang)
    boxes = page.evaluate(_CELL_BOXES)
    squares, codes, values = boxes["squares"], boxes["codes"], boxes["values"]
    assert len(squares) == len(codes) == len(values) == 12, boxes
    for (top, bottom), (code, code_top, code_bottom), (value, value_top, value_bottom) in zip(
        squares, codes, values, strict=True
    ):
        assert top <= code_top and code_bottom <= value_top and value_bottom <= bottom, (
            f"{lang}: {code} / {value} do not fit their square one above the other: "
            f"square {top:.0f}–{bottom:.0f}, code {code_top:.0f}–{code_bottom:.0f}, "
            f"value {value_top:.0f}–{value_bottom:.0f}"
        )
