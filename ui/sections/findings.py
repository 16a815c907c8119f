"""Findings as cards: how urgent, the title, the key number large, the sentence, the customers.

Urgency is shown three ways at once, so it reads without colour: an icon of its own shape,
its word ("act now", "worth a look", "for information") and an orange / blue / grey badge
(a palette that colour-blind people tell apart). Every text that may hold a customer's id or
name goes through :func:`segcore.report.action_summary.md_text` before it is drawn as Markdown.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from segcore.i18n import t
from segcore.insight.finding import Severity
from segcore.insight.plan import PlannedAction
from segcore.report.action_summary import md_text
from ui.format import fmt_int
from ui.state import currency, session
from ui.text import tr

__all__ = ["SEVERITY_STYLE", "badge", "card", "compact_cards", "names"]

#: Per severity: the icon and the badge colour.
SEVERITY_STYLE: dict[Severity, tuple[str, str]] = {
    Severity.HIGH: (":material/warning:", "orange"),
    Severity.MEDIUM: (":material/visibility:", "blue"),
    Severity.INFO: (":material/info:", "gray"),
}
SUMMARY_PAGE = "app_pages/summary.py"


def badge(planned: PlannedAction) -> str:
    """Give the Markdown badge of a finding's urgency: icon and word, coloured."""
    icon, colour = SEVERITY_STYLE[planned.severity]
    return f":{colour}-badge[{icon} {planned.severity_label(session.lang())}]"


def names(ids: Sequence[str], shown: int) -> str:
    """Give the first ``shown`` customers as Markdown, then "and N more"."""
    lang = session.lang()
    text = ", ".join(md_text(customer) for customer in ids[:shown])
    rest = len(ids) - shown
    return text + (f" {t('action.summary.more', lang, count=fmt_int(rest, lang))}" if rest > 0 else "")


def card(planned: PlannedAction, *, key: str) -> None:
    """Draw a finding as a card: urgency and title, the key number large, the sentence."""
    lang = session.lang()
    with st.container(border=True, key=key):
        st.markdown(f"{badge(planned)} **{planned.finding.title(lang)}**")
        sign = currency.current()
        st.metric(planned.key_label(lang, sign), planned.key_number(lang, sign))
        st.markdown(md_text(planned.finding.text(lang, sign)))


def _customers(planned: PlannedAction, key: str) -> None:
    lang = session.lang()
    ids = planned.customer_ids
    label = tr("findings.customers", count=fmt_int(len(ids), lang))
    with st.popover(label, icon=":material/group:", type="tertiary", key=key):
        st.markdown(md_text(planned.finding.text(lang, currency.current())))
        st.markdown("\n".join(f"- {md_text(customer)}" for customer in ids[:10]))
        if len(ids) > 10:
            st.caption(t("action.summary.more", lang, count=fmt_int(len(ids) - 10, lang)))
        st.page_link(SUMMARY_PAGE, label=tr("findings.to_summary"), icon=":material/checklist:")


def compact_cards(plan: Sequence[PlannedAction], *, key: str) -> None:
    """Draw up to three findings side by side: urgency and title, key number; a click lists the customers.

    To stay small the card shows the urgency by its icon (a shape of its own, coloured) and
    the order (most urgent first); its word is on the Summary page.
    """
    lang = session.lang()
    columns = st.columns(3)
    for index, (column, planned) in enumerate(zip(columns, plan[:3], strict=False)):
        icon, colour = SEVERITY_STYLE[planned.severity]
        with column.container(border=True, key=f"{key}_{index}"):
            st.markdown(
                f":{colour}[{icon}] **{planned.finding.title(lang)}**", help=planned.severity_label(lang)
            )
            sign = currency.current()
            st.metric(planned.key_label(lang, sign), planned.key_number(lang, sign))
            if planned.customer_ids:
                _customers(planned, f"{key}_customers_{index}")
