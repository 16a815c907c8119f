"""Matrix: the ABC × XYZ heatmap with drill-down, and the loyalty × profitability quadrants."""

import streamlit as st

from segcore.classify.segmentation import Segmentation
from ui import context, probe
from ui.components import thumbs
from ui.data import Analysis
from ui.format import fmt_percent
from ui.sections import drill, matrix, sidebar
from ui.sections.tables import count_metric
from ui.state import keys, session
from ui.text import show_flash_error, tr
from ui.widgets import scenario as controls


@probe.timed("matrix.headline")
def _headline(seg: Segmentation) -> None:
    summary = seg.matrix
    total, revenue = float(summary["customers"].sum()), float(summary["revenue"].sum())
    in_a, in_x = summary["abc"] == "A", summary["xyz"] == "X"
    core = seg.quadrant_summary.set_index("quadrant").loc["III"]
    cols = st.columns(4)
    count_metric(
        cols[0],
        tr("matrix.m_a_customers"),
        summary.loc[in_a, "customers"].sum(),
        total,
        tr("matrix.m_a_customers_help"),
    )
    a_share = summary.loc[in_a, "revenue"].sum() / revenue if revenue > 0 else float("nan")
    cols[1].metric(
        tr("matrix.m_a_revenue"),
        fmt_percent(a_share, session.lang()),
        border=True,
        help=tr("matrix.m_a_revenue_help"),
    )
    count_metric(
        cols[2],
        tr("matrix.m_x_customers"),
        summary.loc[in_x, "customers"].sum(),
        total,
        tr("matrix.m_x_customers_help"),
    )
    count_metric(cols[3], tr("matrix.m_core"), core["customers"], total, tr("matrix.m_core_help"))


@st.fragment
@probe.timed("matrix.fragment")
def live(analysis: Analysis) -> None:
    """Sliders, charts, headline numbers and what the data says: a slider move reruns only this part.

    The charts come right under the ABC and XYZ sliders (on a projector's 1280 × 720 the
    heatmap starts above the fold); the quadrant splits sit over the scatter they move.
    """
    probe.run_id(keys.RUN_ID_FRAGMENT)
    show_flash_error()
    with st.container(border=True):
        controls.cut_sliders(one_row=True)
    thumbs.mount()
    sidebar.refresh_summary()
    seg = context.segmentation(analysis)
    if seg is None:
        return
    matrix_col, quad_col = st.columns([1.1, 1], gap="medium")
    said, headline = st.container(), st.container()
    with said:
        plan = matrix.top_findings(analysis)
    with matrix_col:
        matrix.dependency_flags(plan)
        matrix.heatmap(seg, analysis)
    with quad_col:
        controls.quadrant_splits(inline=False)
        matrix.quadrants(analysis, seg)
    with headline:
        _headline(seg)
    drill.cell_drill(analysis, seg)


st.title(tr("page.matrix"))
st.caption(tr("matrix.intro"))
probe.run_id(keys.RUN_ID_PAGE)
active = context.active_analysis()
if active is not None:
    live(active)
