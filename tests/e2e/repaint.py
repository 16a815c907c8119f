"""Measure slider → chart repainted in the browser: key press to the first changed frame."""

from __future__ import annotations

__all__ = ["WATCH_JS", "slider_to_repaint_ms"]

# Installed once per page: a signature of every chart's pixels (canvas) or markup (svg),
# polled each animation frame after a key press until the watched chart differs.
WATCH_JS = """
() => {
  window.__chartSignature = (index) => {
    const charts = document.querySelectorAll("[data-testid='stVegaLiteChart']");
    const chart = charts[index];
    if (!chart) return "";
    const canvas = chart.querySelector("canvas");
    if (canvas) return canvas.toDataURL();
    const svg = chart.querySelector("svg");
    return svg ? svg.outerHTML : chart.innerHTML;
  };
  window.__armRepaint = (index) => {
    const before = window.__chartSignature(index);
    window.__repaint = new Promise((resolve) => {
      const started = { t: null };
      window.addEventListener("keydown", () => { started.t = performance.now(); },
                              { once: true, capture: true });
      const poll = () => {
        if (started.t !== null && window.__chartSignature(index) !== before) {
          resolve(performance.now() - started.t);
        } else {
          requestAnimationFrame(poll);
        }
      };
      requestAnimationFrame(poll);
    });
  };
}
"""


def slider_to_repaint_ms(page, slider_thumb, key: str, chart_index: int, timeout_ms=30_000) -> float:
    """Press ``key`` on a focused slider thumb and give the ms until chart ``chart_index`` changed."""
    page.evaluate(WATCH_JS)
    page.evaluate(f"() => window.__armRepaint({chart_index})")
    slider_thumb.focus()
    slider_thumb.press(key)
    return page.evaluate(
        f"() => Promise.race([window.__repaint, new Promise((_, no) => "
        f"setTimeout(() => no(new Error('no repaint')), {timeout_ms}))])"
    )
