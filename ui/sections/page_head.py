"""The top of a page sized for a projector: less empty space above the title, the intro behind it.

At 1280 × 720 Streamlit's own top padding (6 rem) and a 2.75 rem title with an intro paragraph
under it take a third of the screen before the first chart. :func:`frame_style` (drawn once
per run by the frame) trims the padding and the title; :func:`head` puts a page's intro into
the title's help mark (ⓘ), where a reader finds it on hover, instead of a paragraph.
"""

from __future__ import annotations

import streamlit as st

__all__ = ["FRAME_CSS", "frame_style", "head"]

#: The frame's style: main block padding, title size, tile value size, tile labels that wrap
#: onto a second line instead of being cut ("Действующая база" in a sixth of the width).
FRAME_CSS = """<style>
[data-testid="stMainBlockContainer"] { padding-top: 3rem; padding-bottom: 3rem; }
[data-testid="stMainBlockContainer"] h1 { font-size: 2.1rem; padding-top: 0; padding-bottom: 0.25rem; }
[data-testid="stMetricValue"] { font-size: 2rem; }
[data-testid="stMetricLabel"], [data-testid="stMetricLabel"] * {
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important;
  overflow-wrap: break-word; height: auto !important;
}
</style>"""


def frame_style() -> None:
    """Draw the projector style of every page (takes no room on the page)."""
    st.html(FRAME_CSS)


def head(title: str, intro: str | None = None) -> None:
    """Draw a page's title with its intro behind the title's help mark."""
    st.title(title, help=intro, anchor=False)
