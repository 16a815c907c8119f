"""Slide downloads: each chart as PNG and SVG with its caption, and the whole story as one zip.

The pictures are made when a button is clicked (deferred downloads), from the specifications
and caption captured when the step was drawn: nothing here reads the session at click time.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

import pandas as pd
import streamlit as st

from segcore.charts.slides import caption_lines, slide_png, slide_svg, slides_zip
from segcore.classify.segmentation import Segmentation
from ui.data import Analysis
from ui.state import currency
from ui.text import tr

__all__ = ["ZIP", "as_of", "caption", "chart_buttons", "zip_button"]

ZIP = "present_zip"


def as_of(analysis: Analysis, seg: Segmentation) -> date:
    """Give the date the data runs to: the scenario's "as of" day, else the last purchase."""
    chosen = seg.scenario.aggregation.as_of
    if chosen:
        return pd.Timestamp(chosen).date()
    last = analysis.customers["last_purchase"].max()
    return pd.Timestamp(last).date() if pd.notna(last) else date.today()


def caption(analysis: Analysis, seg: Segmentation, source: str, lang: str) -> list[str]:
    """Give the caption of this view's slides: the cut-offs in force, the data and its date."""
    return caption_lines(seg.scenario, source, as_of(analysis, seg), lang, currency.current())


def chart_buttons(name: str, spec: Mapping[str, Any], lines: Sequence[str], *, key: str) -> None:
    """Draw the PNG and SVG downloads of one chart side by side."""
    frozen, words = dict(spec), list(lines)
    png, svg = st.columns(2)
    png.download_button(
        tr("present.png"),
        data=lambda: slide_png(slide_svg(frozen, words)),
        file_name=f"{name}.png",
        mime="image/png",
        key=f"{key}_png",
        icon=":material/image:",
        help=tr("present.png_help"),
        on_click="ignore",
        width="stretch",
    )
    svg.download_button(
        tr("present.svg"),
        data=lambda: slide_svg(frozen, words),
        file_name=f"{name}.svg",
        mime="image/svg+xml",
        key=f"{key}_svg",
        icon=":material/draw:",
        help=tr("present.png_help"),
        on_click="ignore",
        width="stretch",
    )


def zip_button(specs: Mapping[str, Mapping[str, Any]], lines: Sequence[str]) -> None:
    """Draw "Download all for slides": every chart of the story, PNG and SVG, in one zip."""
    frozen, words = {name: dict(spec) for name, spec in specs.items()}, list(lines)
    st.download_button(
        tr("present.zip"),
        data=lambda: slides_zip({name: slide_svg(spec, words) for name, spec in frozen.items()}),
        file_name="slides.zip",
        mime="application/zip",
        key=ZIP,
        icon=":material/folder_zip:",
        help=tr("present.zip_help"),
        on_click="ignore",
        width="stretch",
        wrap=True,
    )
