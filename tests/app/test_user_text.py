"""User text is text: a file name, column names, customer ids, values from a link and strategy cards
holding Markdown links, a tracking pixel, HTML or bare addresses are shown as written.

Every Markdown element the studio draws (markdown, captions, headings, alerts, metric labels,
the sidebar) is parsed as Streamlit's renderer would (:func:`tests.inert_markdown.live_markup`):
none holds a link, an image or raw HTML.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from segcore.report.md_text import md_text
from segcore.report.playbook import Playbook
from tests.app.studio import PAGES, open_app
from tests.inert_markdown import HOSTILE_TEXTS, live_markup

LINK, PIXEL = "[x](http://evil)", "![](http://evil/p.png)"
FILE_NAME = "[x](www.evil.example) ![](www.evil.example).csv"
IDS = (LINK, PIXEL, "<b>bold</b>", "www.evil.example", "me@evil.example")
_TEXT_ELEMENTS = (
    "markdown",
    "caption",
    "title",
    "header",
    "subheader",
    "error",
    "info",
    "warning",
    "success",
)


def _hostile_csv() -> bytes:
    """Give a CSV: hostile customers buy big every month, then stop; others keep on buying."""
    lines = [f"customer_id;date;amount;{LINK} {PIXEL}"]
    for month in range(24):
        day = (date(2023, 1, 15) + timedelta(days=30.5 * month)).isoformat()
        for n, customer in enumerate(IDS):
            if month < 18:
                lines.append(f'"{customer}";{day};{5000 + 100 * n};{PIXEL}')
        lines += [f"c{n:03d};{day};{50 + n};x" for n in range(20)]
    return ("\n".join(lines) + "\n").encode()


def rendered(at) -> list[str]:
    """Give the source of every Markdown element drawn, in the main area and the sidebar."""
    texts = [str(e.value) for name in _TEXT_ELEMENTS for e in getattr(at, name)]
    texts += [str(e.value) for name in _TEXT_ELEMENTS for e in getattr(at.sidebar, name)]
    return texts + [str(m.label) for m in at.metric]


def assert_inert(at) -> None:
    assert not at.exception, [e.value for e in at.exception]
    live = {text: live_markup(text) for text in rendered(at)}
    assert {text: found for text, found in live.items() if found} == {}


@pytest.fixture(scope="module")
def uploaded():
    """Give the studio after loading the hostile file on the Data page."""
    at = open_app("cdnow", "data")
    at.file_uploader(key="data_upload").set_value((FILE_NAME, _hostile_csv(), "text/csv"))
    at.run()
    assert_inert(at)
    at.button(key="data_load").click().run()
    return at


def test_the_file_name_and_the_load_report_are_shown_as_written(uploaded):
    assert_inert(uploaded)
    shown = " ".join(rendered(uploaded))
    assert md_text(FILE_NAME) in shown


@pytest.mark.parametrize("page", ["summary", "at_risk", "strategy"])
def test_customer_ids_and_the_file_name_stay_text_on_every_page(uploaded, page):
    path = {"summary": "app_pages/summary.py", "at_risk": "app_pages/at_risk.py"}.get(page) or PAGES[page]
    uploaded.switch_page(path).run()
    assert_inert(uploaded)
    if page == "summary":
        assert "\\[x\\](http\u2060://evil)" in " ".join(rendered(uploaded))


def test_strategy_cards_edited_with_links_and_pixels_are_shown_as_written():
    at = open_app("cdnow", "strategy")
    fields = {"title": LINK, "summary": PIXEL, "goal": HOSTILE_TEXTS[2], "owner": "me@evil.example"}
    fields |= {"rhythm": "www.evil.example", "actions": [LINK, PIXEL], "kpis": list(HOSTILE_TEXTS)}
    at.session_state["playbook"] = Playbook({code: fields for code in ("AX", "AY", "BX", "CZ", "I", "III")})
    at.run()
    assert_inert(at)
    assert any(md_text(LINK) in text for text in rendered(at))
    at.switch_page("app_pages/summary.py").run()
    assert_inert(at)


@pytest.mark.parametrize("value", [LINK, PIXEL, "<img src=http://evil/p.png>"])
def test_a_shared_link_with_markup_in_a_value_shows_the_value_as_written(value):
    at = open_app("cdnow", abc_a=value)
    assert_inert(at)
    assert at.error, "a value outside its range is refused with a message"
    assert md_text(value) in " ".join(e.value for e in at.error)
