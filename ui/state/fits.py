"""What a session keeps about its predicted-CLV fits: its owner id in the fit pool, and what it cancelled.

The fit it asked for last and the last one that finished stay in :mod:`ui.state.session`
(:func:`~ui.state.session.requested_fit`, :func:`~ui.state.session.finished_fit`).
"""

from __future__ import annotations

import uuid

import streamlit as st

__all__ = [
    "BACKTEST",
    "CANCEL",
    "CANCEL_BACKTEST",
    "REFIT",
    "cancelled",
    "forget_cancelled",
    "owner",
    "set_cancelled",
]

#: Widget keys of the predicted-CLV page that tests find.
BACKTEST = "ltv_backtest"
CANCEL = "ltv_cancel_fit"
CANCEL_BACKTEST = "ltv_cancel_backtest"
REFIT = "ltv_refit"

_OWNER = "ltv_fit_owner"
_CANCELLED = "ltv_fit_cancelled"


def owner(slot: str) -> str:
    """Give this session's owner id for the fit pool, one per ``slot`` (the forecast, the backtest)."""
    session_id = st.session_state.setdefault(_OWNER, uuid.uuid4().hex)
    return f"{session_id}:{slot}"


def cancelled() -> dict[str, str]:
    """Give the fit identity this session cancelled, per slot (not fitted again until asked)."""
    return dict(st.session_state.get(_CANCELLED, {}))


def set_cancelled(slot: str, identity: str) -> None:
    """Remember that this session cancelled the fit ``identity`` of ``slot``."""
    st.session_state[_CANCELLED] = {**cancelled(), slot: identity}


def forget_cancelled(slot: str) -> None:
    """Let the fit of ``slot`` run again."""
    st.session_state[_CANCELLED] = {k: v for k, v in cancelled().items() if k != slot}
