"""The Summary page's blocks: the plan of each finding, the summary file, and the print layout.

A plan block says what to do (numbered actions), who does it, for whom (the first names,
and the full list in an expander with a one-click CSV), and which strategy card applies.
The summary file (Markdown) and the lists are built when their button is clicked, from data
captured when the page was drawn.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

import pandas as pd
import streamlit as st

from segcore.classify.segmentation import Segmentation
from segcore.i18n import t
from segcore.insight.plan import PlannedAction
from segcore.report.action_summary import md_text, summary_markdown
from segcore.report.customer_list import crm_frame, customer_rows
from ui.data import Analysis
from ui.format import fmt_int
from ui.sections import customer_lists
from ui.sections.findings import SEVERITY_STYLE, names
from ui.state import currency, keys, session
from ui.text import tr

__all__ = ["PRINT_CSS", "plan_block", "print_layout", "summary_download"]

#: What the browser's print leaves out: the sidebar, the app's header and toolbar, buttons.
PRINT_CSS = """
<style>
@media print {
  [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
  [data-testid="stToolbar"], [data-testid="stDecoration"], [data-testid="stDownloadButton"],
  [data-testid="stPageLink"], [data-testid="stExpander"] { display: none !important; }
  [data-testid="stMain"] { margin-left: 0 !important; }
  [data-testid="stMainBlockContainer"] { max-width: 100% !important; padding: 0 1rem !important; }
  [data-testid="stVerticalBlockBorderWrapper"] { break-inside: avoid; }
}
</style>
"""
STRATEGY_PAGE = "app_pages/strategy.py"
SHOWN_NAMES = 5
SHOWN_ROWS = 200


def print_layout() -> None:
    """Make the browser's print leave out the sidebar, the toolbar and the buttons."""
    st.html(PRINT_CSS)


def _rows(
    planned: PlannedAction, analysis: Analysis, seg: Segmentation, at_risk: pd.DataFrame | None
) -> Callable[[], pd.DataFrame]:
    """Give how to build the list of a finding's customers (the at-risk list for the at-risk finding)."""
    if planned.kind == "at_risk" and at_risk is not None:
        frame = at_risk.copy()
        return lambda: frame
    customers, ids = analysis.customers, planned.customer_ids
    codes = {"cell": seg.cell, "quadrant": seg.quadrant}
    return lambda: customer_rows(customers, ids, codes=codes)


def _for_whom(planned: PlannedAction, rows: Callable[[], pd.DataFrame], index: int) -> None:
    lang = session.lang()
    ids = planned.customer_ids
    st.markdown(f"**{t('action.summary.for_whom', lang)}:** {names(ids, SHOWN_NAMES)}")
    with st.expander(tr("summary.all_customers", count=fmt_int(len(ids), lang)), icon=":material/group:"):
        shown = crm_frame(rows(), lang)
        customer_lists.list_table(
            shown, key=f"{keys.SUMMARY_LIST}_{index}", limit=SHOWN_ROWS, card_links=True
        )
        customer_lists.csv_download(
            tr("summary.csv"), rows, f"{planned.kind}_customers.csv", key=f"{keys.SUMMARY_CSV}_{index}"
        )


def plan_block(
    planned: PlannedAction, index: int, analysis: Analysis, seg: Segmentation, at_risk: pd.DataFrame | None
) -> None:
    """Draw the plan of one finding: actions, who, for whom (with the full list), the strategy card."""
    lang = session.lang()
    icon = SEVERITY_STYLE[planned.severity][0]
    with st.container(border=True, key=f"{keys.SUMMARY_PLAN}_{index}"):
        st.markdown(f"#### {icon} {index + 1}. {planned.finding.title(lang)}")
        st.markdown("\n".join(f"{n}. {md_text(a)}" for n, a in enumerate(planned.actions(lang), start=1)))
        st.markdown(f"**{t('action.summary.who', lang)}:** {md_text(planned.owner(lang))}")
        if planned.customer_ids:
            _for_whom(planned, _rows(planned, analysis, seg, at_risk), index)
        if planned.card is not None:
            card = session.playbook().card(planned.card, lang)
            text = md_text(f"{planned.card} — {card.title}: {card.goal}")
            st.markdown(f"**{t('action.summary.card', lang)}:** {text}")
            st.page_link(STRATEGY_PAGE, label=tr("summary.to_strategy"), icon=":material/flag:")


def summary_download(plan: Sequence[PlannedAction], context: Sequence[str]) -> None:
    """Draw the button that downloads the summary as Markdown, written on the click."""
    lang, playbook, chosen = session.lang(), session.playbook(), list(plan)
    lines, sign = list(context), currency.current()
    st.download_button(
        tr("summary.download"),
        data=lambda: summary_markdown(
            chosen, lang, context=lines, playbook=playbook, created=date.today(), currency=sign
        ),
        file_name="summary.md",
        mime="text/markdown",
        on_click="ignore",
        key=keys.SUMMARY_DOWNLOAD,
        icon=":material/download:",
        help=tr("summary.download_help"),
    )
