"""Matrix: the ABC × XYZ heatmap with drill-down, and the loyalty × profitability quadrants."""

import pandas as pd
import streamlit as st

from segcore.classify.abc import ABC_LETTERS
from segcore.classify.matrix import CELL_LETTERS
from segcore.classify.segmentation import Segmentation
from segcore.classify.xyz import XYZ_LETTERS
from ui import chart_view, context, controls, probe, sidebar, state, views
from ui.cached import Analysis
from ui.format import fmt_int, fmt_money, fmt_percent
from ui.text import labels, segment_name, show_flash_error, tr

METRICS = ("customers", "revenue_share", "avg_revenue")
METRIC_FORMATS = {"customers": ",.0f", "revenue_share": ".1%", "avg_revenue": ",.0f"}
METRIC_TEXT = {"customers": fmt_int, "revenue_share": fmt_percent, "avg_revenue": fmt_money}


def _pick_cell() -> None:
    picked = state.get(state.KEY_MATRIX_CHART).selection.get("cell_pick") or []
    if picked and picked[0].get("cell") in CELL_LETTERS:
        state.set_choice(state.KEY_MATRIX_CELL, picked[0]["cell"])


@probe.timed("matrix.headline")
def _headline(seg: Segmentation) -> None:
    lang = state.lang()
    matrix = seg.matrix
    total = float(matrix["customers"].sum())
    revenue = float(matrix["revenue"].sum())
    in_a = matrix["abc"] == "A"
    in_x = matrix["xyz"] == "X"
    core = seg.quadrant_summary.set_index("quadrant").loc["III"]
    cols = st.columns(4)
    views.count_metric(cols[0], tr("matrix.m_a_customers"), matrix.loc[in_a, "customers"].sum(), total,
                       tr("matrix.m_a_customers_help"))
    a_share = matrix.loc[in_a, "revenue"].sum() / revenue if revenue > 0 else float("nan")
    cols[1].metric(tr("matrix.m_a_revenue"), fmt_percent(a_share, lang), border=True,
                   help=tr("matrix.m_a_revenue_help"))
    views.count_metric(cols[2], tr("matrix.m_x_customers"), matrix.loc[in_x, "customers"].sum(), total,
                       tr("matrix.m_x_customers_help"))
    views.count_metric(cols[3], tr("matrix.m_core"), core["customers"], total, tr("matrix.m_core_help"))


def _numbers(seg: Segmentation, metric: str, title: str) -> None:
    """Draw the heatmap's numbers as a table (ABC rows, XYZ columns), folded away."""
    lang = state.lang()
    values = seg.matrix.set_index("cell")[metric]
    grid = pd.DataFrame(
        [[float(values[a + x]) for x in XYZ_LETTERS] for a in ABC_LETTERS],
        index=pd.Index(ABC_LETTERS, name="ABC \\ XYZ"), columns=list(XYZ_LETTERS),
    )
    # Numbers (shown in the language's format) so the table right-aligns them.
    shown = grid.style.format(lambda value: METRIC_TEXT[metric](value, lang))
    with st.expander(tr("matrix.numbers", metric=title.lower()), key=state.KEY_MATRIX_NUMBERS):
        st.table(shown, alt=title)


@probe.timed("matrix.heatmap")
def _heatmap(analysis: Analysis, seg: Segmentation) -> None:
    lang = state.lang()
    state.seed_choice(state.KEY_MATRIX_METRIC, METRICS, "customers")
    metric = st.segmented_control(
        tr("matrix.metric"), METRICS, format_func=labels(METRICS, lambda m: tr(f"matrix.metric_{m}")),
        key=state.KEY_MATRIX_METRIC, required=True, on_change=state.keep_choice,
        args=(state.KEY_MATRIX_METRIC,),
    )
    metric = metric if metric in METRICS else "customers"
    titles = {"cell": tr("matrix.cell")} | {m: tr(f"matrix.metric_{m}") for m in METRICS}
    spec = chart_view.heatmap_spec(
        seg.matrix, metric=metric, title=tr("matrix.heatmap_title", metric=titles[metric].lower()),
        x_title=tr("matrix.x_axis"), y_title=tr("matrix.y_axis"), field_titles=titles, lang=lang,
        value_format=METRIC_FORMATS[metric], select="cell_pick",
    )
    chart_view.draw(spec, key=state.KEY_MATRIX_CHART, on_select=_pick_cell, selection_mode="cell_pick")
    st.caption(tr("matrix.heatmap_hint"))
    _numbers(seg, metric, titles[metric])


@probe.timed("matrix.drill")
def _drill(analysis: Analysis, seg: Segmentation) -> None:
    lang = state.lang()
    counts = dict(zip(seg.matrix["cell"], seg.matrix["customers"], strict=True))
    cells = list(CELL_LETTERS)
    state.seed_choice(state.KEY_MATRIX_CELL, cells, "AX")
    cell = st.selectbox(
        tr("matrix.drill"), cells, key=state.KEY_MATRIX_CELL, help=tr("matrix.drill_help"),
        format_func=labels(cells, lambda c: f"{c} · {segment_name(c)} ({fmt_int(counts[c], lang)})"),
        on_change=state.keep_choice, args=(state.KEY_MATRIX_CELL,),
    )
    views.customer_table_view(analysis, seg, seg.cell == cell, key=state.KEY_MATRIX_TABLE)


@probe.timed("matrix.quadrants")
def _quadrants(analysis: Analysis, seg: Segmentation) -> None:
    lang = state.lang()
    quad = seg.scenario.quadrants
    basis = tr(f"basis.{quad.profit_basis}")
    n = analysis.segmenter.n
    subtitle = tr("matrix.quad_subtitle", shown=fmt_int(min(n, 3000), lang), total=fmt_int(n, lang))
    spec = chart_view.quadrant_spec(
        chart_view.quadrant_points(analysis, seg),
        loyalty_split=seg.loyalty_split_value, profit_split=seg.profit_split_value,
        names=views.quadrant_legend(seg),
        title=tr("matrix.quad_title"), subtitle=subtitle,
        x_title=tr("matrix.quad_x"), y_title=basis,
        tooltip_titles={"customer_id": tr("matrix.customer"), "loyalty": tr("matrix.quad_x"),
                        "profit": basis},
        lang=lang, log_profit=True,
    )
    chart_view.draw(spec, key=state.KEY_QUADRANT_CHART)


@st.fragment
@probe.timed("matrix.fragment")
def live(analysis: Analysis) -> None:
    """Sliders, headline numbers and charts: a slider move reruns only this part."""
    probe.run_id(state.KEY_RUN_ID_FRAGMENT)
    show_flash_error()
    with st.container(border=True):
        controls.cut_sliders()
        left, right = st.columns(2)
        with left:
            controls.loyalty_split()
        with right:
            controls.profit_split()
    sidebar.refresh_summary()
    seg = context.segmentation(analysis)
    if seg is None:
        return
    _headline(seg)
    matrix_col, quad_col = st.columns([1.1, 1], gap="medium")
    with matrix_col:
        _heatmap(analysis, seg)
    with quad_col:
        _quadrants(analysis, seg)
    _drill(analysis, seg)


st.title(tr("page.matrix"))
st.caption(tr("matrix.intro"))
probe.run_id(state.KEY_RUN_ID_PAGE)
active = context.active_analysis()
if active is not None:
    live(active)
