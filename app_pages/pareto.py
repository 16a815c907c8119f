"""Pareto: the Lorenz curve of revenue, ABC bands, Gini and "top x % bring y %"."""

import streamlit as st

from segcore import charts
from segcore.charts import live, readouts
from segcore.classify.segmentation import Segmentation
from segcore.errors import UserFacingError
from ui import context
from ui.components import thumbs
from ui.data import Analysis
from ui.format import fmt_number, fmt_percent
from ui.sections import charts as chart_rows
from ui.sections import readout, sidebar
from ui.sections.tables import count_metric
from ui.state import session
from ui.text import show_error, show_flash_error, tr
from ui.widgets import scenario as controls


def _top(analysis: Analysis, seg: Segmentation, share: float) -> float | None:
    try:
        return analysis.top_share(seg.scenario.abc.basis, share)
    except UserFacingError as error:
        show_error(error)
        return None


def _metrics(seg: Segmentation, x: float, y: float) -> None:
    lang = session.lang()
    total = float(seg.abc_counts.sum())
    cols = st.columns(4)
    cols[0].metric(
        tr("pareto.m_top", x=fmt_percent(x, lang, 0)),
        fmt_percent(y, lang),
        border=True,
        help=tr("pareto.m_top_help"),
    )
    cols[1].metric(
        tr("pareto.m_gini"), fmt_number(seg.gini, lang, 2), border=True, help=tr("pareto.m_gini_help")
    )
    count_metric(
        cols[2],
        tr("pareto.m_a"),
        seg.abc_counts[0],
        total,
        tr("pareto.m_a_help", a=fmt_percent(seg.scenario.abc.a, lang, 0)),
    )
    count_metric(
        cols[3], tr("pareto.m_nothing"), int(seg.nonpositive.sum()), total, tr("pareto.m_nothing_help")
    )


def _chart(analysis: Analysis, seg: Segmentation, top: int, y: float) -> None:
    """Draw the curve whose bands and readout follow the sliders in the browser while dragged.

    The chart sent is the same after every release (the browser keeps the one it drew); the
    sliders' values the server holds go beside it, for a chart not bound to its sliders.
    """
    lang = session.lang()
    x = top / 100
    (a_x, _), (b_x, _) = seg.abc_points
    basis = tr(f"basis.{seg.scenario.abc.basis}")
    chart = charts.pareto_curve(
        seg.pareto,
        band_edges={"A": a_x, "B": b_x, "C": 1.0},
        highlight=(x, y),
        highlight_label=tr("pareto.readout", x=fmt_percent(x, lang, 0), y=fmt_percent(y, lang)),
        title=tr("pareto.chart_title", basis=basis.lower()),
        subtitle=tr("pareto.chart_subtitle", gini=fmt_number(seg.gini, lang, 2)),
        x_title=tr("pareto.x_axis"),
        y_title=tr("pareto.y_axis", basis=basis.lower()),
        lang=lang,
    )
    tables = chart_rows.buckets(analysis, seg)
    spec = live.live_pareto(
        charts.vega_spec(chart),
        a=round(seg.scenario.abc.a * 100),
        b=round(seg.scenario.abc.b * 100),
        top=top,
        a_shares=tables.a_points[:, 0].tolist(),
        top_shares=tables.top_shares.tolist(),
        label=tr("pareto.readout", x="{x}", y="{y}"),
    )
    chart_rows.draw(spec, key="pareto_chart")


@st.fragment
def live_part(analysis: Analysis) -> None:
    """The readout slider, ABC cut-offs and the curve: a move reruns only this part."""
    lang = session.lang()
    show_flash_error()
    with st.container(border=True):
        cols = st.columns(3)
        with cols[0]:
            top = controls.pareto_top()
        with cols[1]:
            controls.abc_a()
        with cols[2]:
            controls.abc_b()
    thumbs.mount()
    sidebar.refresh_summary()
    seg = context.segmentation(analysis)
    if seg is None:
        return
    x = top / 100
    y = _top(analysis, seg, x)
    if y is None:
        return
    _chart(analysis, seg, top, y)
    _metrics(seg, x, y)
    readout.show(readouts.pareto_curve(seg, lang, top=x, top_share=y))
    st.caption(tr("pareto.how_to_read"))


st.title(tr("page.pareto"))
st.caption(tr("pareto.intro"))
active = context.active_analysis()
if active is not None:
    live_part(active)
