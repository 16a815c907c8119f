"""Scenario A against scenario B: two threshold sets on one customer table, and who moves."""

import streamlit as st

from segcore import charts
from segcore.charts.flows import transition_heatmap
from segcore.dynamics.migration import ScenarioComparison, compare_scenarios
from ui import context, dynamics, scenario_b, state, views
from ui.cached import Analysis
from ui.dynamics_views import movers_csv, movers_xlsx
from ui.format import fmt_int, fmt_money
from ui.text import show_flash_error, tr

KINDS = ("abc", "xyz", "abc_xyz", "quadrant")
SIDE_KINDS = ("abc_xyz", "quadrant")


def _headline(comparison: ScenarioComparison, total: int) -> None:
    lang = state.lang()
    movers = comparison.movers
    cols = st.columns(5)
    views.count_metric(cols[0], tr("scenb.moved"), len(movers), total, tr("scenb.moved_help"))
    for col, kind in zip(cols[1:4], ("abc", "xyz", "quadrant"), strict=True):
        col.metric(tr(f"scenb.moved_{kind}"), fmt_int(comparison.moved[kind], lang), border=True)
    revenue = float(movers["revenue"].sum())
    cols[4].metric(tr("scenb.moved_revenue"), fmt_money(revenue, lang) if revenue else "0", border=True,
                   help=tr("scenb.moved_revenue_help"))


def _sides(comparison: ScenarioComparison) -> None:
    lang = state.lang()
    kind = dynamics.choice(state.KEY_SCENB_KIND, tr("scenb.side_kind"), SIDE_KINDS,
                           lambda k: tr(f"migr.kind_{k}"), "abc_xyz")
    if kind == "abc_xyz":
        titles = {"cell": tr("matrix.cell"), "customers": tr("dyncol.customers"),
                  "revenue_share": tr("matrix.metric_revenue_share")}
        cols = st.columns(2, gap="medium")
        for col, side, seg in zip(cols, ("a", "b"), (comparison.a, comparison.b), strict=True):
            with col:
                st.altair_chart(charts.abc_xyz_heatmap(
                    seg.matrix, metric="customers", title=tr(f"scenb.side_{side}"),
                    x_title=tr("matrix.x_axis"), y_title=tr("matrix.y_axis"), field_titles=titles,
                    lang=lang), width="stretch", key=f"{state.KEY_SCENB_HEATMAP}_{side}")
    table = scenario_b.side_by_side(comparison, kind)
    dynamics.table(table, {"code": "text", "customers_a": "count", "customers_b": "count",
                           "customers_change": "count", "revenue_a": "money", "revenue_b": "money"},
                   key=f"{state.KEY_SCENB_TABLE}_sides")


def _migration(comparison: ScenarioComparison) -> None:
    lang = state.lang()
    kind = dynamics.choice(f"{state.KEY_SCENB_KIND}_flow", tr("migr.kind"), KINDS,
                           lambda k: tr(f"migr.kind_{k}"), "abc")
    matrix = comparison.migration(kind)  # type: ignore[arg-type]
    if kind == "abc_xyz":
        matrix = matrix[matrix.groupby("from")["customers"].transform("sum").gt(0)
                        & matrix.groupby("to")["customers"].transform("sum").gt(0)]
    titles = {"customers": tr("dyncol.customers"), "share_of_from": tr("dyncol.share_of_from"),
              "revenue_a": tr("dyncol.revenue")}
    st.altair_chart(transition_heatmap(
        matrix, metric="customers", title=tr("scenb.heatmap_title"), from_title=tr("scenb.side_a"),
        to_title=tr("scenb.side_b"), field_titles=titles, names=dynamics.code_names(kind), lang=lang),
        width="stretch", key=state.KEY_SCENB_HEATMAP)


def _movers(comparison: ScenarioComparison) -> None:
    movers = comparison.movers.sort_values("revenue", ascending=False, kind="stable")
    st.subheader(tr("scenb.movers_title"))
    if movers.empty:  # an empty grid reads as a fault; say what it means
        st.info(tr("scenb.no_movers"), icon=":material/info:")
        return
    kinds = {"customer_id": "text", **{f"{k}_{s}": "text" for k in ("abc", "xyz", "quadrant")
                                       for s in ("a", "b")}, "revenue": "money"}
    dynamics.table(movers.head(1000), kinds, key=state.KEY_SCENB_TABLE, height=340)
    if len(movers) > 1000:
        st.caption(tr("scenb.first_rows", n=fmt_int(len(movers), state.lang())))
    cols = st.columns([1, 1, 3])
    cols[0].download_button(tr("scenb.csv"), movers_csv(movers), file_name="scenario_movers.csv",
                            mime="text/csv", key=state.KEY_SCENB_CSV, icon=":material/download:",
                            disabled=movers.empty)
    cols[1].download_button(tr("scenb.xlsx"), movers_xlsx(movers), file_name="scenario_movers.xlsx",
                            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            key=state.KEY_SCENB_XLSX, icon=":material/download:", disabled=movers.empty)


@st.fragment
def live(analysis: Analysis) -> None:
    """Scenario B's sliders and everything that follows them: a move reruns only this part."""
    show_flash_error()
    with st.container(border=True):
        st.markdown(tr("scenb.b_title"))
        scenario_b.controls()
        left, right = st.columns([4, 1])
        left.caption(tr("scenb.a_is", summary=scenario_b.summary_text(state.scenario())))
        right.button(tr("scenb.copy"), key=state.KEY_SCENB_COPY, on_click=scenario_b.copy_a,
                     icon=":material/content_copy:")
    with analysis.lock:
        comparison = compare_scenarios(analysis.segmenter, state.scenario(), state.scenario_b())
    _headline(comparison, analysis.segmenter.n)
    _sides(comparison)
    _migration(comparison)
    _movers(comparison)


st.title(tr("page.scenarios"))
st.caption(tr("scenb.intro"))
active = context.active_analysis()
if active is not None:
    live(active)
