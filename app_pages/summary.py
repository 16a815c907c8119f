"""Summary: what the data says under the current scenario, and what to do about each finding on Monday."""

import streamlit as st

from segcore.i18n import t
from segcore.insight.plan import action_plan
from segcore.report.md_text import md_text
from ui import context, insight
from ui.format import fmt_int
from ui.sections import action_plan as plan_blocks
from ui.sections import findings as cards
from ui.sections.sidebar import dataset_name, scenario_summary
from ui.state import keys, scenario, session
from ui.text import show_flash_error, tr

lang = session.lang()
st.title(t("action.summary.title", lang))
plan_blocks.print_layout()
show_flash_error()
analysis = context.active_analysis()
seg = context.segmentation(analysis) if analysis is not None else None
if analysis is not None and seg is not None:
    plan = action_plan(insight.findings(analysis))
    lines = [
        tr("summary.data_line", dataset=md_text(dataset_name()), customers=fmt_int(analysis.size, lang)),
        tr("summary.scenario_line", scenario=" · ".join(scenario_summary(scenario.current()))),
    ]
    about, download = st.columns([2, 1], vertical_alignment="center")
    about.caption("  \n".join(lines))
    with download:
        plan_blocks.summary_download(plan, lines)
    if not plan:
        st.info(t("action.summary.nothing", lang), icon=":material/check_circle:")
    for start in range(0, len(plan), 2):
        for column, index in zip(st.columns(2), range(start, min(start + 2, len(plan))), strict=False):
            with column:
                cards.card(plan[index], key=f"{keys.SUMMARY_CARD}_{index}")
    if plan:
        st.header(t("action.summary.plan", lang), divider="gray")
        at_risk = insight.at_risk(analysis)
        for index, planned in enumerate(plan):
            plan_blocks.plan_block(planned, index, analysis, seg, at_risk)
    st.caption(tr("summary.print_hint"))
