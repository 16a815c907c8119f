"""A session that survives a reload: its token in the address, its record on the server.

A session gets a token (``?sid=…``, random, no user data; :mod:`ui.uploads`) once it has
something a reload would lose: an uploaded dataset or a language other than the browser's.
Every run writes the session's language and data source to the token's record
(:func:`keep`); a new session opened with the token (F5, a new tab with the same address)
takes them back before anything is drawn (:func:`restore`). When the token is unknown (its
record expired, or the server restarted), the session starts as a new one and
:func:`lost` tells the frame to say what is loaded now. The scenario needs no record: it is
in the address already.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from ui.sources import DataSource
from ui.state.keys import LANG
from ui.uploads import store, valid_token

__all__ = ["URL_TOKEN", "ensure_token", "keep", "lost", "restore", "token", "url_params"]

#: The address parameter that carries the session token.
URL_TOKEN = "sid"
_TOKEN = "session_token"
_LOST = "session_token_lost"
_DATA_SOURCE = "data_source"


def token() -> str | None:
    """Give this session's token, if it has one."""
    return st.session_state.get(_TOKEN)


def _readable(source: DataSource | None) -> bool:
    """Tell whether a kept data source can still be read (an upload's file still on disk)."""
    if source is None or source.kind != "upload":
        return True
    paths = [source.path, source.attributes_path]
    return all(path is None or Path(path).is_file() for path in paths)


def restore() -> None:
    """Take back the language and dataset of the token in the address (once, when the session starts)."""
    asked = st.query_params.get(URL_TOKEN)
    if asked is None:
        return
    record = store().record(asked)
    if record is None or not _readable(record.source):
        st.session_state[_LOST] = True
        return
    st.session_state[_TOKEN] = asked
    if record.lang in ("en", "ru"):
        st.session_state[LANG] = record.lang
    if record.source is not None:
        st.session_state[_DATA_SOURCE] = record.source


def lost() -> bool:
    """Tell (once) whether the session was opened with a token the server no longer knows."""
    return bool(st.session_state.pop(_LOST, False))


def ensure_token() -> str:
    """Give this session's token, making one (and its record) if it has none yet."""
    found = token()
    if found is None or store().record(found) is None:
        found = store().open()
        st.session_state[_TOKEN] = found
    _lease(found)
    return found


@dataclass(frozen=True)
class _Lease:
    token: str


def _release(lease: _Lease) -> None:
    store().release(lease.token)


@st.cache_resource(scope="session", on_release=_release, show_spinner=False, max_entries=4)
def _lease(token: str) -> _Lease:
    """Hold the token's record while this browser tab is connected (released when it goes)."""
    store().hold(token)
    return _Lease(token)


def keep(lang: str, browser_lang: str, source: DataSource | None) -> None:
    """Write the session's language and dataset to its token's record (making a token when worth it)."""
    worth = (source is not None and source.kind == "upload") or lang != browser_lang
    if token() is None and not worth:
        return
    found = ensure_token()
    store().update(found, lang=lang, source=source)


def url_params() -> dict[str, str]:
    """Give the address parameters of the session token (none when the session has no token)."""
    found = token()
    return {URL_TOKEN: found} if found is not None and valid_token(found) else {}
