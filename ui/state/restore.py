"""A session that survives a reload: its token in the address and a cookie, its record on the server.

A session gets a token (``?sid=…``, random, no user data; :mod:`ui.uploads`) once it has
something a reload would lose: an uploaded dataset or a language other than the browser's.
Every run writes the session's language and data source to the token's record and keeps
the browser's cookie equal to the token (:func:`keep`, :mod:`ui.state.cookie`); a new
session opened with the token — in its address (F5, a copied address) or else in the
cookie (a new tab of the same browser on the bare address) — takes them back before
anything is drawn (:func:`restore`). When the token is unknown (its record expired, or the
server restarted), the session starts as a new one, the cookie is removed and :func:`lost`
tells the frame to say what is loaded now. The scenario needs no record: it is in the
address already (a new tab on the bare address opens the default scenario).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from segcore.settings import Scenario
from ui.sources import DataSource
from ui.state import cookie
from ui.state.keys import LANG, SCENARIO
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
    """Take back the language, dataset and scenario of the token in the address or the cookie."""
    in_address = st.query_params.get(URL_TOKEN)
    asked = in_address or cookie.read()
    if asked is None:
        return
    record = store().record(asked)
    if record is None or not _readable(record.source):
        st.session_state[_LOST] = True
        cookie.forget()
        return
    st.session_state[_TOKEN] = asked
    if record.lang in ("en", "ru"):
        st.session_state[LANG] = record.lang
    if record.source is not None:
        st.session_state[_DATA_SOURCE] = record.source
    if in_address is None and not st.query_params and record.scenario:
        _restore_scenario(record.scenario)


def _restore_scenario(text: str) -> None:
    """Take back a kept scenario (a new tab on the bare address; an address's own scenario wins)."""
    try:
        st.session_state[SCENARIO] = Scenario.from_json(text)
    except (ValueError, TypeError, KeyError):  # SettingsError is a ValueError
        return


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
        cookie.sync(None)
        return
    found = ensure_token()
    store().update(found, lang=lang, source=source, scenario=_scenario_json())
    cookie.sync(found)


def url_params() -> dict[str, str]:
    """Give the address parameters of the session token (none when the session has no token).

    The address is being rewritten (a new scenario, often from a fragment, whose run does not
    reach :func:`keep`), so the token's record takes the scenario too: a new tab on the bare
    address opens it.
    """
    found = token()
    if found is None or not valid_token(found):
        return {}
    store().update(found, scenario=_scenario_json())
    return {URL_TOKEN: found}


def _scenario_json() -> str | None:
    chosen = st.session_state.get(SCENARIO)
    return chosen.to_json() if isinstance(chosen, Scenario) else None
