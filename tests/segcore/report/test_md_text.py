"""The one Markdown escape for user text: the text renders as written, never as markup."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from segcore.report.md_text import LINK_BREAK, md_text, one_line
from tests.inert_markdown import HOSTILE_TEXTS, live_markup

_ESCAPED = re.compile(r"\\(.)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[x](http://evil)", "\\[x\\](http\u2060://evil)"),
        ("![](http://evil/p.png)", "\\!\\[\\](http\u2060://evil/p.png)"),
        ("<img src=x onerror=alert(1)>", "\\<img src=x onerror=alert(1)\\>"),
        ("# Heading", "\\# Heading"),
        ("- item", "\\- item"),
        ("12. item", "12\\. item"),
        ("=====", "\\====="),
        ("$x^2$ ~a~", "\\$x^2\\$ \\~a\\~"),
        ("WWW.evil.example me@evil.example", "WWW\u2060.evil.example me@\u2060evil.example"),
        ("ООО «Ромашка» 2024", "ООО «Ромашка» 2024"),
    ],
)
def test_md_text_escapes_markup_and_breaks_bare_addresses(text, expected):
    assert md_text(text) == expected


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_hostile_text_is_live_markup_before_and_inert_after(text):
    assert live_markup(text) != []
    assert live_markup(md_text(text)) == []
    assert live_markup(f"# Title\n\n- {md_text(text)}\n\n| a |\n|---|\n| {md_text(text)} |") == []


_MARKUP = st.sampled_from(["[", "]", "(", ")", "!", "<", ">", "&", "*", "_", "`", "#", "-", "=", "\\",
                           "http://", "www.", "@", "a.b", "\n", " ", "|", "x", "1.", "$", "~"])  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_MARKUP | st.text(max_size=3), max_size=14).map("".join))
def test_no_text_through_md_text_renders_as_markup_and_the_words_stay(text):
    escaped = md_text(text)
    assert live_markup(escaped) == []
    assert "\n" not in escaped
    assert _ESCAPED.sub(r"\1", escaped).replace(LINK_BREAK, "") == one_line(text.replace(LINK_BREAK, ""))
