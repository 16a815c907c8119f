"""Scenario 1 against scenario 2: two threshold sets on one customer table, and who moves."""

import streamlit as st

from segcore.dynamics.migration import ScenarioComparison
from ui import context
from ui.data import Analysis
from ui.format import fmt_int
from ui.sections import scenario_library, scenarios
from ui.sections.tables import count_metric, period_table
from ui.state import currency, scenario, session
from ui.text import show_flash_error, tr
from ui.widgets import scenario_b


def _headline(comparison: ScenarioComparison, total: int) -> None:
    lang = session.lang()
    movers = comparison.movers
    cols = st.columns(5)
    count_metric(cols[0], tr("scenb.moved"), len(movers), total, tr("scenb.moved_help"))
    for col, kind in zip(cols[1:4], ("abc", "xyz", "quadrant"), strict=True):
        col.metric(tr(f"scenb.moved_{kind}"), fmt_int(comparison.moved[kind], lang), border=True)
    revenue = float(movers["revenue"].sum())
    cols[4].metric(
        tr("scenb.moved_revenue"),
        currency.money(revenue, lang) if revenue else "0",
        border=True,
        help=tr("scenb.moved_revenue_help"),
    )


def _movers(comparison: ScenarioComparison) -> None:
    movers = comparison.movers.sort_values("revenue", ascending=False, kind="stable")
    st.subheader(tr("scenb.movers_title"))
    if movers.empty:  # an empty grid reads as a fault; say what it means
        st.info(tr("scenb.no_movers"), icon=":material/info:")
        return
    kinds = {
        "customer_id": "text",
        **{f"{k}_{s}": "text" for k in ("abc", "xyz", "quadrant") for s in "ab"},
        "revenue": "money",
    }
    period_table(movers.head(1000), kinds, key="scenb_movers", height=340)
    if len(movers) > 1000:
        st.caption(tr("scenb.first_rows", n=fmt_int(len(movers), session.lang())))
    scenarios.movers_downloads(movers)


@st.fragment
def live(analysis: Analysis) -> None:
    """Scenario B's sliders and everything that follows them: a move reruns only this part."""
    show_flash_error()
    with st.container(border=True):
        st.markdown(tr("scenb.b_title"))
        scenario_b.controls()
        left, right = st.columns([4, 1])
        left.caption(
            tr("scenb.a_is", summary=scenarios.summary_text(scenario.current()))
            + "  \n"
            + tr("scenario_library.b_copy_note")
        )
        right.button(
            tr("scenb.copy"), key="scenb_copy", on_click=scenario.copy_a_to_b, icon=":material/content_copy:"
        )
    comparison = analysis.compare(scenario.current(), scenario.current_b())
    _headline(comparison, analysis.size)
    scenarios.sides(comparison)
    scenarios.migration(comparison)
    _movers(comparison)


st.title(tr("page.scenarios"))
st.caption(tr("scenb.intro"))
with st.expander(tr("scenario_library.title"), icon=":material/bookmarks:", key="scenlib_open"):
    scenario_library.draw()
active = context.active_analysis()
if active is not None:
    live(active)
