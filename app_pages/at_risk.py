"""At risk: the key customers who have gone quiet against their own buying rhythm, as a list for the CRM."""

import streamlit as st

from segcore.i18n import t
from segcore.insight.at_risk import LOST_GAPS, LOST_P_ALIVE, OVERDUE_GAPS, OVERDUE_GRACE_DAYS, REACH_DAYS
from segcore.report.action_summary import md_text
from segcore.report.customer_list import crm_frame
from ui import context, insight
from ui.format import fmt_int, fmt_number
from ui.sections import customer_lists, page_head
from ui.sections.tables import money_metric
from ui.state import currency, keys, session
from ui.text import show_flash_error, tr

lang = session.lang()
page_head.head(tr("page.at_risk"), tr("at_risk.intro"))
show_flash_error()
analysis = context.active_analysis()
seg = context.segmentation(analysis) if analysis is not None else None
listed = insight.at_risk(analysis) if analysis is not None and seg is not None else None
if analysis is not None and listed is not None:
    finding = next((f for f in insight.findings(analysis) if f.kind == "at_risk"), None)
    if finding is None:
        st.success(tr("at_risk.none"), icon=":material/check_circle:")
    else:
        st.warning(md_text(finding.text(lang, currency.current())), icon=":material/warning:")
        lost = int((listed["status"] == "lost").sum())
        counts = st.columns(3)
        counts[0].metric(tr("at_risk.m_customers"), fmt_int(len(listed), lang), border=True)
        counts[1].metric(tr("at_risk.m_lost"), fmt_int(lost, lang), border=True)
        money_metric(counts[2], tr("at_risk.m_stake"), listed["revenue_at_stake"].sum())
        shown = crm_frame(listed, lang)
        customer_lists.list_table(shown, key=keys.AT_RISK_TABLE, card_links=True)
        if "p_alive" in shown:
            st.caption(tr("at_risk.p_alive_used"))
        csv_col, xlsx_col, note_col = st.columns([1, 1, 3], vertical_alignment="center")
        with csv_col:
            customer_lists.csv_download(
                tr("at_risk.csv"), lambda: listed, "at_risk.csv", key=keys.AT_RISK_CSV
            )
        with xlsx_col:
            sheet = t("action.summary.at_risk_sheet", lang)
            customer_lists.xlsx_download(
                tr("at_risk.xlsx"), lambda: listed, "at_risk.xlsx", sheet, key=keys.AT_RISK_XLSX
            )
        note_col.caption(tr("at_risk.files_note"))
    st.caption(
        tr(
            "at_risk.rule",
            gaps=fmt_number(OVERDUE_GAPS, lang, 0),
            grace=fmt_int(OVERDUE_GRACE_DAYS, lang),
            reach=fmt_int(REACH_DAYS, lang),
            lost=fmt_number(LOST_GAPS, lang, 0),
            p_alive=fmt_number(LOST_P_ALIVE, lang, 1),
        )
    )
