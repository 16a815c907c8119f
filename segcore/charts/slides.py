"""Slide pictures of charts: SVG and PNG with a caption (the cut-offs in force, the data and its date).

A chart specification (Vega-Lite, as :func:`segcore.charts.base.vega_spec` or
``chart.to_dict()`` gives it) is drawn by ``vl-convert`` at a fixed slide width; the caption
is written under the drawn chart as SVG text, so it reads the same in the SVG and in the
PNG made from it. :func:`caption_lines` writes the caption in the app's language;
:func:`slides_zip` packs several slides (PNG and SVG each) into one zip file.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

import pandas as pd
import vl_convert

from segcore.charts.base import TEXT_COLOUR
from segcore.i18n import t
from segcore.i18n.format import fmt_date, fmt_number, fmt_percent, with_currency
from segcore.settings import Scenario

__all__ = [
    "CAPTION_FONT_SIZE",
    "SLIDE_HEIGHT",
    "SLIDE_WIDTH",
    "caption_lines",
    "slide_png",
    "slide_spec",
    "slide_svg",
    "slides_zip",
]

#: The width and height of a chart's plot on a slide, in pixels (a 16:9 slide's body at 1×).
SLIDE_WIDTH = 900
SLIDE_HEIGHT = 460
CAPTION_FONT_SIZE = 16
_LINE_HEIGHT = 24
_MARGIN = 16
_BASIS = {
    "revenue": "slides.basis.revenue",
    "margin": "slides.basis.margin",
    "orders": "slides.basis.orders",
    "ltv": "slides.basis.ltv",
    "clv": "slides.basis.clv",
}
_GRAIN = {"W": "slides.grain.W", "M": "slides.grain.M", "Q": "slides.grain.Q", "Y": "slides.grain.Y"}
_SIZE = re.compile(r'<svg\b[^>]*?\bwidth="([\d.]+)"[^>]*?\bheight="([\d.]+)"')


def caption_lines(scenario: Scenario, source: str, as_of: date, lang: str, currency: str = "") -> list[str]:
    """Give a slide's caption: the cut-offs of ``scenario`` and the data ``source`` with its date.

    A profitability split that is an amount carries ``currency`` (``1 500,00 ₽``, ``$1,500.00``).
    """
    abc, xyz, quad = scenario.abc, scenario.xyz, scenario.quadrants
    if quad.profit_split_kind == "percentile":
        profit = fmt_percent(quad.profit_split, lang, 0)
    else:
        amount = with_currency(fmt_number(quad.profit_split, lang, 2), lang, currency)
        profit = t("slides.profit_value", lang, value=amount)
    cutoffs = t(
        "slides.cutoffs",
        lang,
        a=fmt_percent(abc.a, lang, 0),
        b=fmt_percent(abc.b, lang, 0),
        basis=t(_BASIS[abc.basis], lang),
        x=fmt_number(xyz.x, lang, 2),
        y=fmt_number(xyz.y, lang, 2),
        grain=t(_GRAIN[scenario.aggregation.grain], lang),
        loyalty=fmt_percent(quad.loyalty_split, lang, 0),
        profit=profit,
    )
    return [cutoffs, t("slides.source", lang, source=source, date=fmt_date(as_of, lang))]


def slide_spec(
    spec: Mapping[str, Any], width: int = SLIDE_WIDTH, height: int = SLIDE_HEIGHT
) -> dict[str, Any]:
    """Give the specification drawn at a slide's fixed size (a chart sized "container" has no width)."""
    out = dict(spec)
    datasets = out.get("datasets")
    if isinstance(datasets, Mapping):
        out["datasets"] = {name: _records(rows) for name, rows in datasets.items()}
    out["width"] = width
    if out.get("height") in (None, "container"):
        out["height"] = height
    out["autosize"] = {"type": "fit", "contains": "padding"}
    out.setdefault("background", "white")
    return out


def _records(rows: Any) -> Any:
    """Give a dataset as JSON records (a frame's NaN as null, dates as ISO text)."""
    if isinstance(rows, pd.DataFrame):
        return json.loads(rows.to_json(orient="records", date_format="iso"))
    return rows


def _wrap(text: str, limit: int) -> list[str]:
    """Give ``text`` cut into lines of at most ``limit`` characters, at spaces."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > limit:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line] if line else lines


def slide_svg(spec: Mapping[str, Any], caption: Sequence[str], *, width: int = SLIDE_WIDTH) -> str:
    """Give the chart as SVG with ``caption`` written under it, one text line per (wrapped) line."""
    chart = vl_convert.vegalite_to_svg(slide_spec(spec, width))
    found = _SIZE.search(chart)
    if found is None:
        raise ValueError("the drawn chart has no size")
    chart_width, chart_height = float(found.group(1)), float(found.group(2))
    limit = max(int(chart_width / (CAPTION_FONT_SIZE * 0.55)), 20)
    lines = [part for text in caption for part in _wrap(text, limit)]
    total = chart_height + _MARGIN + _LINE_HEIGHT * len(lines) + _MARGIN
    top = chart_height + _MARGIN - 6
    texts = "".join(
        f'<text x="{_MARGIN}" y="{top + _LINE_HEIGHT * (i + 1):.0f}">{escape(line)}</text>'
        for i, line in enumerate(lines)
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'width="{chart_width:.0f}" height="{total:.0f}" viewBox="0 0 {chart_width:.0f} {total:.0f}">'
        f'<rect width="100%" height="100%" fill="white"/>{chart}'
        f'<g font-family="sans-serif" font-size="{CAPTION_FONT_SIZE}" fill="{TEXT_COLOUR}">{texts}</g></svg>'
    )


def slide_png(svg: str, scale: float = 2.0) -> bytes:
    """Give a slide's SVG as PNG (``scale`` 2 = sharp on a projector and a retina screen)."""
    return bytes(vl_convert.svg_to_png(svg, scale=scale))


def slides_zip(slides: Mapping[str, str], *, png: bool = True) -> bytes:
    """Give a zip of slides: ``name.svg`` (and ``name.png``) for each name → slide SVG."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, svg in slides.items():
            archive.writestr(f"{name}.svg", svg)
            if png:
                archive.writestr(f"{name}.png", slide_png(svg))
    return buffer.getvalue()
