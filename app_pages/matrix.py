"""Matrix: the ABC × XYZ heatmap with drill-down, and the loyalty × profitability quadrants."""

import streamlit as st

from segcore.classify.segmentation import Segmentation
from ui import context, probe
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
    """What the data says, sliders, headline numbers and charts: a slider move reruns only this part."""
    probe.run_id(keys.RUN_ID_FRAGMENT)
    show_flash_error()
    said = st.container()
    with st.container(border=True):
        controls.cut_sliders()
        controls.quadrant_splits()
    sidebar.refresh_summary()
    seg = context.segmentation(analysis)
    if seg is None:
        return
    with said:
        plan = matrix.top_findings(analysis)
    _headline(seg)
    matrix_col, quad_col = st.columns([1.1, 1], gap="medium")
    with matrix_col:
        matrix.dependency_flags(plan)
        matrix.heatmap(seg)
    with quad_col:
        matrix.quadrants(analysis, seg)
    drill.cell_drill(analysis, seg)


st.title(tr("page.matrix"))
st.caption(tr("matrix.intro"))
probe.run_id(keys.RUN_ID_PAGE)
active = context.active_analysis()
if active is not None:
    live(active)
