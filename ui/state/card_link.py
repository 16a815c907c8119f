"""Which customer's card is open, and the address that opens it: ``?customer=<id>``.

A list's row opens a customer's card (:mod:`ui.sections.customer_card`); the open card's
customer is kept in the session under :data:`OPEN_CARD` and written to the address as
:data:`URL_PARAM`, so a link (the drill-down's card column, a copied address) opens the same
card. An address that brings a customer the session has not seen there yet opens that card;
closing the card takes the parameter off the address, and the same address does not open
the card again in this session.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlencode

import streamlit as st

__all__ = ["CARD_PAGE", "OPEN_CARD", "URL_PARAM", "card_url", "open_customer", "url_param"]

#: Session-state key of the customer whose card is open.
OPEN_CARD = "customer_card_open"
#: The address parameter that names the customer whose card is open.
URL_PARAM = "customer"
#: The page whose lists open the cards (its ``url_path``).
CARD_PAGE = "matrix"
_SEEN = "customer_card_url_seen"
_LONGEST_ID = 200


def open_customer() -> str | None:
    """Give the customer whose card is open, if any."""
    value = st.session_state.get(OPEN_CARD)
    return str(value) if value else None


def url_param() -> dict[str, str]:
    """Give the address parameter of the open card, after opening the card an address names.

    Called once per run before the address is written (:func:`ui.state.scenario.sync_url`):
    a ``customer`` in the address that differs from the one seen there last opens that card.
    """
    asked = st.query_params.get(URL_PARAM)
    if asked and asked != st.session_state.get(_SEEN) and len(asked) <= _LONGEST_ID:
        st.session_state[OPEN_CARD] = asked
    shown = open_customer()
    st.session_state[_SEEN] = shown
    return {URL_PARAM: shown} if shown else {}


def card_url(customer_id: str, params: Mapping[str, str], page: str = CARD_PAGE) -> str:
    """Give the relative address of ``page`` with ``params`` and the card of ``customer_id`` open."""
    query = {key: value for key, value in params.items() if key != URL_PARAM}
    return f"{page}?{urlencode({**query, URL_PARAM: str(customer_id)})}"
