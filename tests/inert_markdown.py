"""What a Markdown text would turn into live markup: links, images, raw HTML, bare web addresses.

The text is parsed with markdown-it (CommonMark with tables and strike-through, as GitHub and
Streamlit read it); then the text nodes are searched with the two patterns Streamlit's renderer
(remark-gfm) uses to turn bare web and e-mail addresses into links (copied from its bundle;
the e-mail pattern without its look-behind, so it finds a little more, never less).
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

__all__ = ["HOSTILE_TEXTS", "live_markup"]

#: User text that must come out as written: a link, a tracking pixel, raw HTML, bare addresses.
HOSTILE_TEXTS = (
    "[x](http://evil)",
    "![](http://evil/p.png)",
    "<img src=http://evil/p.png>",
    "www.evil.example",
    "me@evil.example",
)
_PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])
_BARE_URL = re.compile(r"(?i)(?<![\w])(https?://|www(?=\.))([-.\w]+)")
_BARE_EMAIL = re.compile(r"([-.\w+]+)@([-\w]+(?:\.[-\w]+)+)")


def _inline_findings(children: list) -> list[str]:
    found: list[str] = []
    for child in children:
        if child.type in ("link_open", "image", "html_inline"):
            found.append(f"{child.type}: {child.attrs or child.content}")
        elif child.type == "text":
            found += [f"bare url: {m.group(0)}" for m in _BARE_URL.finditer(child.content)]
            found += [f"bare e-mail: {m.group(0)}" for m in _BARE_EMAIL.finditer(child.content)]
    return found


def live_markup(markdown: str) -> list[str]:
    """Give every link, image, piece of raw HTML and bare address the Markdown would render."""
    found: list[str] = []
    for token in _PARSER.parse(markdown):
        if token.type == "html_block":
            found.append(f"html_block: {token.content.strip()}")
        elif token.type == "inline":
            found += _inline_findings(token.children or [])
    return found
