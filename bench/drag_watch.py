"""Time a mouse drag on a slider's thumb: from each move to the first frame the chart differs."""

from __future__ import annotations

import statistics

__all__ = ["DRAG_JS", "drag_times", "summary"]

# Installed once per page. window.__armMove(index) records the chart's signature and, on
# the next mouse move, starts a clock; window.__moved resolves with the ms until the chart
# differs (null after ``limit`` ms: a move without a repaint, a miss).
DRAG_JS = """
() => {
  const signature = (index) => {
    const chart = document.querySelectorAll("[data-testid='stVegaLiteChart']")[index];
    if (!chart) return "";
    const canvas = chart.querySelector("canvas");
    if (canvas) return canvas.toDataURL();
    const svg = chart.querySelector("svg");
    return svg ? svg.outerHTML : chart.innerHTML;
  };
  window.__armMove = (index, limit) => {
    const before = signature(index);
    window.__moved = new Promise((resolve) => {
      let started = null;
      const armed = performance.now();
      window.addEventListener("pointermove", () => { started = performance.now(); },
                              { once: true, capture: true });
      const poll = () => {
        if (started !== null && signature(index) !== before) {
          resolve(performance.now() - started);
        } else if (performance.now() - (started ?? armed) > limit) {
          resolve(null);
        } else {
          requestAnimationFrame(poll);
        }
      };
      requestAnimationFrame(poll);
    });
  };
}
"""


def drag_times(
    page,
    slider_key: str,
    *,
    moves: int = 12,
    step_px: float = 12,
    chart_index: int = 0,
    limit_ms: float = 1000,
) -> list[float | None]:
    """Press slider ``slider_key``'s thumb, move it ``moves`` times by ``step_px`` (half left, half back).

    Gives the ms from each move to chart ``chart_index``'s repaint (None: no repaint within
    ``limit_ms``). The mouse is released at the end.
    """
    thumb = page.locator(f".st-key-{slider_key} input[type=range]").locator("xpath=../..")
    box = thumb.bounding_box()
    assert box is not None, slider_key
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.evaluate(DRAG_JS)
    page.mouse.move(x, y)
    page.mouse.down()
    times: list[float | None] = []
    try:
        for index in range(moves):
            x += -step_px if index < moves // 2 else step_px
            page.evaluate(f"() => window.__armMove({chart_index}, {limit_ms})")
            page.mouse.move(x, y)
            times.append(page.evaluate("() => window.__moved"))
    finally:
        page.mouse.up()
    return times


def summary(times: list[float | None]) -> tuple[float, int]:
    """Give the median of the repainted moves (ms; NaN if none) and the number of misses."""
    done = [t for t in times if t is not None]
    return (statistics.median(done) if done else float("nan")), len(times) - len(done)
