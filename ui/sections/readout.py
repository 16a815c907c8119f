"""The readout under a chart: the one sentence that says what the chart shows, as a short line.

The sentences come from :mod:`segcore.charts.readouts`, written from the chart's own data.
They can quote text a user brought (a plan's customer, a period label), so the line is
escaped for Markdown: it reads as written and never turns into markup, a link or a formula
for the page's math renderer.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from segcore.report.md_text import md_text

__all__ = ["ICON", "readout_markdown", "show"]

#: The mark in front of every readout, so a reader learns where the answer to a chart is.
ICON = ":material/insights:"


def readout_markdown(sentence: str) -> str:
    """Give the line a readout is drawn as: the mark, then the sentence escaped for Markdown."""
    return f"{ICON} " + md_text(sentence)


def show(sentence: str, where: Any = None) -> None:
    """Draw a readout under the chart just drawn (in ``where``, a column or container, if given)."""
    (where if where is not None else st).markdown(readout_markdown(sentence))
