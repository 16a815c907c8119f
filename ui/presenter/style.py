"""The large type of presenter mode: body text ≥ 20 px, key numbers ≥ 40 px, tiles that wrap, never cut.

The rules apply inside the deck's container (class ``st-key-present_deck``) and to the page's
top padding only, so the other pages keep their look.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import streamlit as st

__all__ = ["DECK", "DECK_CSS", "TILE_CLASS", "TILE_VALUE_CLASS", "apply", "tiles_html"]

#: The key of the container that holds a step (its class is ``st-key-present_deck``).
DECK = "present_deck"
TILE_CLASS = "present-tile"
TILE_VALUE_CLASS = "present-tile-value"
DECK_CSS = f"""
<style>
[data-testid="stMainBlockContainer"] {{ padding-top: 3.2rem; padding-bottom: 1rem; max-width: 100%; }}
.st-key-{DECK} p, .st-key-{DECK} li, .st-key-{DECK} label,
.st-key-{DECK} [data-testid="stMarkdownContainer"] p {{ font-size: 22px !important; line-height: 1.35; }}
.st-key-{DECK} h1 {{ font-size: 30px !important; padding: 0.2rem 0 0 0; line-height: 1.2; }}
.st-key-{DECK} [data-testid="stSliderThumbValue"],
.st-key-{DECK} [data-testid="stSliderTickBarMin"],
.st-key-{DECK} [data-testid="stSliderTickBarMax"] {{ font-size: 20px !important; }}
.st-key-{DECK} button p {{ font-size: 20px !important; }}
.st-key-{DECK} .present-step {{ font-size: 20px; color: #555; white-space: nowrap; }}
.st-key-{DECK} .present-tiles {{ display: flex; flex-direction: column; gap: 0.5rem; }}
.st-key-{DECK} .{TILE_CLASS} {{ border: 1px solid rgba(49, 51, 63, 0.2); border-radius: 0.5rem;
  padding: 0.35rem 0.75rem; min-width: 0; overflow: hidden; }}
.st-key-{DECK} .present-tile-label {{ font-size: 20px; line-height: 1.25; color: #444;
  overflow-wrap: anywhere; }}
.st-key-{DECK} .{TILE_VALUE_CLASS} {{ font-size: 44px; font-weight: 700; line-height: 1.1;
  white-space: normal; overflow-wrap: anywhere; }}
</style>
"""


def apply() -> None:
    """Give this page the presenter's large type."""
    st.html(DECK_CSS)


def tiles_html(numbers: Sequence[tuple[str, str]]) -> str:
    """Give the key numbers as tiles: the label over the number, both wrapping instead of being cut."""
    tiles = "".join(
        f'<div class="{TILE_CLASS}"><div class="present-tile-label">{html.escape(label)}</div>'
        f'<div class="{TILE_VALUE_CLASS}">{html.escape(value)}</div></div>'
        for label, value in numbers
    )
    return f'<div class="present-tiles">{tiles}</div>'
