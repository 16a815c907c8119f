"""Dragging a slider's thumb with the mouse, and reading what the charts paint meanwhile."""

from __future__ import annotations

import time

from tests.e2e.studio import CHART, integer

__all__ = [
    "HEATMAP_CELLS_JS",
    "LEGEND_JS",
    "heatmap_cells",
    "legend_sizes",
    "press_thumb",
    "thumb_centre",
    "wait_for_cells",
    "wait_for_legend",
]

# The heatmap (first chart, drawn as SVG): its cell codes and the numbers under them, in order.
HEATMAP_CELLS_JS = f"""
() => {{
  const chart = document.querySelector("{CHART}");
  if (!chart) return null;
  const groups = [...chart.querySelectorAll("g.mark-text.role-mark")];
  if (groups.length < 2) return null;
  const texts = (g) => [...g.querySelectorAll("text")].map((t) => t.textContent);
  return [texts(groups[0]), texts(groups[1])];
}}
"""

# The legend texts of chart ``index`` (drawn as SVG), in order.
LEGEND_JS = f"""
(index) => {{
  const chart = document.querySelectorAll("{CHART}")[index];
  if (!chart) return [];
  return [...chart.querySelectorAll("g.role-legend-label text")].map((t) => t.textContent);
}}
"""


def thumb_centre(page, key: str) -> tuple[float, float]:
    """Give the page coordinates of the centre of slider ``key``'s thumb (scrolled into view)."""
    thumb = page.locator(f".st-key-{key} input[type=range]").locator("xpath=../..")
    thumb.scroll_into_view_if_needed()
    box = thumb.bounding_box()
    assert box is not None, key
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def press_thumb(page, key: str) -> tuple[float, float]:
    """Press the mouse on slider ``key``'s thumb (not released); give where."""
    x, y = thumb_centre(page, key)
    page.mouse.move(x, y)
    page.mouse.down()
    return x, y


def heatmap_cells(page) -> dict[str, str]:
    """Give the text the heatmap shows in each cell ("AX" → "1,234"), as painted now."""
    found = page.evaluate(HEATMAP_CELLS_JS)
    if not found:
        return {}
    codes, numbers = found
    return dict(zip(codes, numbers, strict=False))


def wait_for_cells(page, expected: dict[str, int], timeout_s: float = 10) -> dict[str, int]:
    """Give the heatmap's counts once they equal ``expected`` (or the last ones read at the timeout)."""
    deadline = time.monotonic() + timeout_s
    while True:
        shown = {cell: integer(text) for cell, text in heatmap_cells(page).items()}
        if shown == expected or time.monotonic() > deadline:
            return shown
        page.wait_for_timeout(50)


def legend_sizes(page, chart_index: int) -> dict[str, int]:
    """Give the customers each legend entry shows ("III · Core: 1,234 · 45.6 %" → "III": 1234)."""
    sizes = {}
    for text in page.evaluate(LEGEND_JS, chart_index):
        code, _, rest = text.partition(" · ")
        number = rest.partition(": ")[2].partition(" · ")[0]
        if number:
            sizes[code] = integer(number)
    return sizes


def wait_for_legend(
    page, chart_index: int, expected: dict[str, int], timeout_s: float = 10
) -> dict[str, int]:
    """Give chart ``chart_index``'s legend sizes once they equal ``expected`` (or the last read)."""
    deadline = time.monotonic() + timeout_s
    while True:
        shown = legend_sizes(page, chart_index)
        if shown == expected or time.monotonic() > deadline:
            return shown
        page.wait_for_timeout(50)
