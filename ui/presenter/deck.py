"""Draw one step of the story: title and Next / Back on top, the chart and its readout, sliders beside."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from segcore.classify.segmentation import Segmentation
from segcore.errors import UserFacingError
from segcore.i18n import t
from ui import context
from ui.data import Analysis
from ui.presenter import controls, route, share, slides, steps, steps_action, style
from ui.presenter.steps import STEP_SLIDERS, Shown
from ui.sections import charts, readout, sidebar
from ui.state import session
from ui.text import show_error, show_flash_error, tr

__all__ = ["BUILDERS", "CHART_HEIGHT", "draw", "story_specs"]

#: The tallest a chart is drawn in presenter mode (the step fits a 1280 × 720 screen); the scatter
#: has its four-line legend under it. Bars are sized per bar (``segcore.charts.story.BAR_STEP``).
CHART_HEIGHT = 380
STEP_HEIGHTS = {"quadrants": 270}
BUILDERS: dict[str, Callable[[Analysis, Segmentation, str], Shown]] = {
    "data": steps_action.data,
    "pareto": steps.pareto,
    "abc": steps.abc,
    "xyz": steps.xyz,
    "matrix": steps.matrix,
    "quadrants": steps.quadrants,
    "at_risk": steps_action.at_risk,
    "plan": steps_action.plan,
}


def _sized(spec: dict[str, Any], name: str) -> dict[str, Any]:
    height, most = spec.get("height"), STEP_HEIGHTS.get(name, CHART_HEIGHT)
    if isinstance(height, int | float) and height > most:
        return {**spec, "height": most}
    return spec


def _header(index: int) -> None:
    lang = session.lang()
    title, bar = st.columns([1, 1.45], vertical_alignment="center")
    title.markdown(f"# {t(route.STEP_TITLES[route.STEPS[index]], lang)}")
    row = bar.container(horizontal=True, horizontal_alignment="right", vertical_alignment="center")
    _buttons(row, index)


def _buttons(row: Any, index: int) -> None:
    row.html(
        f'<div class="present-step">{tr("present.step_of", step=index + 1, total=len(route.STEPS))}</div>'
    )
    row.button(
        tr("present.back"),
        key=route.BACK,
        icon=":material/arrow_back:",
        on_click=route.back,
        disabled=index == 0,
        shortcut="Left",
    )
    row.button(
        tr("present.next"),
        key=route.NEXT,
        icon=":material/arrow_forward:",
        type="primary",
        on_click=route.go_next,
        disabled=index == len(route.STEPS) - 1,
        shortcut="Right",
    )
    with row:
        share.dialog()
    row.button(
        "",
        key=route.EXIT,
        icon=":material/close:",
        help=tr("present.exit"),
        on_click=route.leave,
    )


def story_specs(analysis: Analysis, seg: Segmentation, lang: str) -> dict[str, dict[str, Any]]:
    """Give every step's chart specification, named ``01_data`` … (a step that cannot be drawn is skipped)."""
    specs: dict[str, dict[str, Any]] = {}
    for number, name in enumerate(route.STEPS, start=1):
        try:
            specs[f"{number:02d}_{name}"] = BUILDERS[name](analysis, seg, lang).spec
        except UserFacingError:
            continue
    return specs


def _step(analysis: Analysis, seg: Segmentation, index: int, chart_col: Any, side: Any) -> None:
    lang = session.lang()
    name = route.STEPS[index]
    try:
        shown = BUILDERS[name](analysis, seg, lang)
    except UserFacingError as error:
        with chart_col:
            show_error(error)
        return
    with chart_col:
        charts.draw(_sized(shown.spec, name), key=f"present_chart_{name}")
        readout.show(shown.readout)
        for note in shown.notes:
            st.markdown(readout.readout_markdown(note))
    with side:
        st.html(style.tiles_html(shown.numbers))
        lines = slides.caption(analysis, seg, sidebar.dataset_name(), lang)
        slides.chart_buttons(f"{index + 1:02d}_{name}", shown.spec, lines, key="present_slide")
        slides.zip_button(story_specs(analysis, seg, lang), lines)


def draw(analysis: Analysis) -> None:
    """Draw the step shown now: header, sliders, chart, readout, key numbers and slide downloads."""
    style.apply()
    index = route.step()
    with st.container(key=style.DECK):
        _header(index)
        show_flash_error()
        chart_col, side = st.columns([3, 1.05], gap="medium")
        with side:
            controls.draw(STEP_SLIDERS[route.STEPS[index]])
        sidebar.refresh_summary()
        seg = context.segmentation(analysis)
        if seg is not None:
            _step(analysis, seg, index, chart_col, side)
