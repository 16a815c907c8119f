"""The thumb bridge: charts bound to sliders repaint while a thumb is dragged, not only on release.

Mount it once on a page whose charts carry Vega-Lite params bound to sliders
(:mod:`segcore.charts.live`); it draws nothing. Its script watches the page's range inputs
and fires :func:`segcore.charts.live.thumb_event` of the slider whose value changed on the
page's body, with the value in ``body.value`` for the time of the dispatch.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

__all__ = ["mount"]

_SCRIPT = (Path(__file__).with_name("thumb_bridge.js")).read_text(encoding="utf-8")
_BRIDGE = st.components.v2.component("studio.thumb_bridge", js=_SCRIPT, isolate_styles=False)


def mount() -> None:
    """Mount the bridge (invisible; once per page run)."""
    _BRIDGE(key="studio_thumb_bridge", height=0)
