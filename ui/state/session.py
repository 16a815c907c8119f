"""What a session keeps besides the scenario: language, dataset, playbook, plan, exports, messages.

Each value has a getter and a setter here; no other module reads these session keys.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import streamlit as st

from segcore.errors import UserFacingError
from segcore.report.playbook import Playbook
from ui.sources import DataSource
from ui.state import restore
from ui.state.keys import EXPORTS, LANG, PLAYBOOK

if TYPE_CHECKING:
    from segcore.ltv import LtvResult
    from ui.clv import FitRecord

__all__ = [
    "data_source",
    "export_bytes",
    "finished_fit",
    "flash_error",
    "has_seen",
    "keep_export",
    "keep_token",
    "lang",
    "mark_seen",
    "pending_upload",
    "plan_file",
    "playbook",
    "pop_flash_error",
    "pop_notice",
    "requested_fit",
    "set_data_source",
    "set_finished_fit",
    "set_notice",
    "set_pending_upload",
    "set_plan_file",
    "set_playbook",
    "set_requested_fit",
    "set_summary_slot",
    "start",
    "summary_slot",
    "url_params",
]

_DATA_SOURCE = "data_source"
_PENDING_UPLOAD = "pending_upload"
_FLASH_ERROR = "flash_error"
_NOTICE = "notice"
_SEEN = "seen_results"
_SUMMARY_SLOT = "sidebar_summary_slot"
_PLAN_FILE = "plan_file"
_FIT_REQUESTED = "ltv_fit_requested"
_FIT_DONE = "ltv_fit_done"


# --- language -------------------------------------------------------------------------


def _browser_lang() -> str:
    locale = st.context.locale or ""
    return "ru" if locale.lower().startswith("ru") else "en"


def start() -> None:
    """Start the session once: its token's language and dataset, else the browser's language."""
    if LANG not in st.session_state:
        st.session_state[LANG] = _browser_lang()
        restore.restore()


def keep_token() -> None:
    """Write the language and dataset to the session's token record, so a reload gets them back."""
    restore.keep(lang(), _browser_lang(), data_source())


def url_params() -> dict[str, str]:
    """Give the address parameters the session keeps besides the scenario (its token, if any)."""
    return restore.url_params()


def lang() -> str:
    """Give the language of the interface, ``"en"`` or ``"ru"`` (the sidebar selector's value)."""
    value = st.session_state.get(LANG)
    return value if value in ("en", "ru") else _browser_lang()


# --- messages kept for the next draw ---------------------------------------------------


def flash_error(error: UserFacingError) -> None:
    """Keep an error raised in a callback so the page can show it once."""
    st.session_state[_FLASH_ERROR] = error


def pop_flash_error() -> UserFacingError | None:
    """Give (and forget) the error a callback kept, if any."""
    return st.session_state.pop(_FLASH_ERROR, None)


def set_notice(text: str) -> None:
    """Keep a note from a callback (e.g. what the suggested cuts give) for the next draw."""
    st.session_state[_NOTICE] = text


def pop_notice() -> str | None:
    """Give (and forget) the note a callback kept, if any."""
    return st.session_state.pop(_NOTICE, None)


# --- the dataset ----------------------------------------------------------------------


def data_source() -> DataSource | None:
    """Give the dataset in use, if one was chosen."""
    return st.session_state.get(_DATA_SOURCE)


def set_data_source(source: DataSource) -> None:
    """Make ``source`` the dataset in use (the frame mirrors it to the address bar)."""
    st.session_state[_DATA_SOURCE] = source


def pending_upload() -> dict[str, Any] | None:
    """Give the uploaded file being mapped (name, bytes, digest, inspection), if any."""
    return st.session_state.get(_PENDING_UPLOAD)


def set_pending_upload(value: dict[str, Any] | None) -> None:
    """Remember (or forget, with ``None``) the uploaded file being mapped."""
    st.session_state[_PENDING_UPLOAD] = value


def has_seen(key: str) -> bool:
    """Tell whether this session already waited for the cached result ``key``."""
    return key in st.session_state.get(_SEEN, ())


def mark_seen(key: str) -> None:
    """Remember that this session has the cached result ``key``."""
    st.session_state[_SEEN] = frozenset({*st.session_state.get(_SEEN, ()), key})


# --- the playbook, the plan file, the predictive LTV fit --------------------------------


def playbook() -> Playbook:
    """Give the strategy cards with the user's edits (kept with the scenario)."""
    return st.session_state.get(PLAYBOOK) or Playbook()


def set_playbook(value: Playbook) -> None:
    """Keep the user's edits of the strategy cards."""
    st.session_state[PLAYBOOK] = value


def plan_file() -> tuple[str, bytes] | None:
    """Give the plan file in use (name, bytes), if one was chosen."""
    return st.session_state.get(_PLAN_FILE)


def set_plan_file(value: tuple[str, bytes] | None) -> None:
    """Use (or forget, with ``None``) a plan file."""
    st.session_state[_PLAN_FILE] = value


def requested_fit() -> FitRecord | None:
    """Give the predictive LTV fit this session asked for last (see :mod:`ui.clv`), if any."""
    return st.session_state.get(_FIT_REQUESTED)


def set_requested_fit(record: FitRecord) -> None:
    """Remember the predictive LTV fit this session asked for."""
    st.session_state[_FIT_REQUESTED] = record


def finished_fit() -> tuple[FitRecord, LtvResult] | None:
    """Give the last predictive LTV fit of this session that finished (record, result), if any."""
    return st.session_state.get(_FIT_DONE)


def set_finished_fit(value: tuple[FitRecord, LtvResult]) -> None:
    """Remember the last finished predictive LTV fit (record, result)."""
    st.session_state[_FIT_DONE] = value


# --- prepared export files --------------------------------------------------------------


def keep_export(name: str, fingerprint: str, data: bytes) -> None:
    """Keep a prepared export file; files built from another state are dropped."""
    kept = st.session_state.get(EXPORTS)
    files = dict(kept["files"]) if kept and kept["fingerprint"] == fingerprint else {}
    files[name] = data
    st.session_state[EXPORTS] = {"fingerprint": fingerprint, "files": files}


def export_bytes(name: str, fingerprint: str) -> bytes | None:
    """Give a prepared export file if it was built from the current state."""
    kept = st.session_state.get(EXPORTS)
    if not kept or kept["fingerprint"] != fingerprint:
        return None
    return kept["files"].get(name)


# --- the sidebar's scenario summary -----------------------------------------------------


def set_summary_slot(slot: Any) -> None:
    """Remember the sidebar placeholder of the scenario summary (fragments rewrite it)."""
    st.session_state[_SUMMARY_SLOT] = slot


def summary_slot() -> Any:
    """Give the sidebar placeholder of the scenario summary, if the frame drew one."""
    return st.session_state.get(_SUMMARY_SLOT)
