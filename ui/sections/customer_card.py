"""The customer card: a dialog opened from a list's row.

Picking a row names the customer (:func:`open_card`, kept in the session under
:data:`OPEN_CARD`); the page then shows a card over itself: segment (cell and quadrant),
revenue, orders and average check, first and last purchase, at-risk status, next action
with its priority and who does it, the contacts of the attribute file and the latest
purchases. Closing the card (its button, Esc or a click beside it) forgets the customer.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from segcore.classify.segmentation import Segmentation
from segcore.report.action_summary import md_text
from segcore.report.customer_card import CustomerCard, customer_card, latest_purchases
from segcore.report.playbook import priority_label
from ui import context, insight
from ui.data import Analysis
from ui.format import fmt_date, fmt_int
from ui.state import card_link, currency, session
from ui.text import segment_name, tr

__all__ = ["OPEN_CARD", "close_card", "open_card", "requested_card"]

#: Session-state key of the customer whose card is open.
OPEN_CARD = card_link.OPEN_CARD
_PURCHASES = "customer_card_purchases"


def open_card(customer_id: str) -> None:
    """Name ``customer_id`` as the customer whose card the page shows (from the next run on)."""
    st.session_state[OPEN_CARD] = str(customer_id)


def close_card() -> None:
    """Forget the customer whose card was open: the card stays closed."""
    st.session_state.pop(OPEN_CARD, None)


def _status(card: CustomerCard) -> None:
    lang = session.lang()
    if card.status is None:
        st.success(tr("card.not_at_risk"), icon=":material/check_circle:")
        return
    days = fmt_int(card.days_since_last or 0, lang)
    gap = fmt_int(card.usual_gap_days or 0, lang)
    if card.status == "lost":
        text = tr("card.lost", days=days, gap=gap)
    else:
        text = tr("card.overdue", days=days, gap=gap)
    st.warning(text, icon=":material/warning:")


def _facts(card: CustomerCard) -> None:
    lang = session.lang()
    st.markdown(
        f"**{md_text(card.customer_id)}**  \n"
        + md_text(tr("card.segment", cell=card.cell, cell_name=segment_name(card.cell)))
        + "  \n"
        + md_text(tr("card.quadrant", quadrant=card.quadrant, quadrant_name=segment_name(card.quadrant)))
    )
    cols = st.columns(3)
    cols[0].metric(tr("card.revenue"), currency.money(card.revenue, lang), border=True)
    cols[1].metric(tr("card.orders"), fmt_int(card.orders, lang), border=True)
    cols[2].metric(tr("card.avg_check"), currency.money(card.avg_check, lang), border=True)
    first, last = fmt_date(card.first_purchase, lang), fmt_date(card.last_purchase, lang)
    st.caption(tr("card.first_last", first=first, last=last, days=fmt_int(card.recency_days, lang)))


def _plan(card: CustomerCard) -> None:
    lang = session.lang()
    if card.next_action:
        st.markdown(f"**{tr('card.next_action')}:** {md_text(card.next_action)}")
    if card.priority:
        st.markdown(f"**{tr('card.priority')}:** {md_text(priority_label(card.priority, lang))}")
    if card.owner:
        st.markdown(f"**{tr('card.who')}:** {md_text(card.owner)}")
    if card.contacts:
        lines = "  \n".join(f"{md_text(name)}: {md_text(value)}" for name, value in card.contacts.items())
        st.markdown(f"**{tr('card.contacts')}**  \n{lines}")


def _purchases(customer_id: str) -> None:
    dataset = context.active_dataset()
    if dataset is None:
        return
    lang = session.lang()
    bought = dataset.query(lambda data: latest_purchases(data.table, customer_id))
    if bought.empty:
        return
    shown = pd.DataFrame({tr("card.date"): [fmt_date(d, lang) for d in bought["date"]]})
    if "order_id" in bought:
        shown[tr("card.order")] = bought["order_id"].astype(str)
    shown[tr("card.lines")] = [fmt_int(n, lang) for n in bought["lines"]]
    shown[tr("card.amount")] = [currency.money(a, lang) for a in bought["amount"]]
    st.markdown(f"**{tr('card.purchases')}**")
    st.dataframe(shown, hide_index=True, key=_PURCHASES)


def _body(analysis: Analysis, seg: Segmentation, customer_id: str) -> None:
    lang = session.lang()
    codes = {"cell": seg.cell, "quadrant": seg.quadrant}
    risk = insight.at_risk(analysis)
    card = customer_card(analysis.customers, customer_id, codes, session.playbook(), lang, at_risk=risk)
    if card is None:
        st.info(md_text(tr("card.missing", customer=customer_id)), icon=":material/info:")
    else:
        _facts(card)
        _status(card)
        _plan(card)
        _purchases(card.customer_id)
    if st.button(tr("card.close"), key="customer_card_close", icon=":material/close:"):
        close_card()
        st.rerun()


def requested_card(analysis: Analysis, seg: Segmentation) -> None:
    """Open the card of the customer picked last (see :func:`open_card`), if one is."""
    customer_id = st.session_state.get(OPEN_CARD)
    if customer_id:
        dialog = st.dialog(tr("card.title"), width="large", on_dismiss=close_card)
        dialog(_body)(analysis, seg, str(customer_id))
