"""A chart's readout on screen: the one sentence that says what the chart shows, right under it."""

from __future__ import annotations

import streamlit as st

__all__ = ["draw"]


def draw(sentence: str) -> None:
    """Draw a readout sentence (from :mod:`segcore.charts.readouts`) under a chart."""
    st.markdown(f":material/insights: {sentence}")
