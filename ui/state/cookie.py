"""The session token in a cookie, so a new tab of the same browser opens the same session.

The address carries the token (``?sid=…``) for a reload; a new tab opened on the bare
address has none, so the browser keeps the token in a cookie too: :func:`read` gives it
from the request that opened the session (``st.context.cookies``), and :func:`sync` sets
it from the page (a script in an invisible component: a cookie set by the server's script
cannot reach the browser otherwise). The cookie holds only the random token (no user data;
without the server's record it means nothing), lives as long as the server keeps an idle
session (``STUDIO_SESSION_TTL``), is sent to this site only on same-site requests
(``SameSite=Lax``) and only over HTTPS when the page is served so (``Secure``).
"""

from __future__ import annotations

import streamlit as st

from ui.server_settings import server_settings
from ui.uploads import valid_token

__all__ = ["COOKIE", "forget", "read", "sync"]

#: The cookie's name.
COOKIE = "studio_sid"
_WRITTEN = "session_cookie_written"
_SCRIPT = """
export default function ({ data }) {
  if (!data || !data.name) return;
  const secure = window.location.protocol === "https:" ? "; Secure" : "";
  const value = encodeURIComponent(data.value || "");
  document.cookie = `${data.name}=${value}; Max-Age=${data.maxAge}; Path=/; SameSite=Lax${secure}`;
}
"""
_SETTER = st.components.v2.component("studio.session_cookie", js=_SCRIPT, isolate_styles=False)


def read() -> str | None:
    """Give the session token in the cookie of the request that opened this session, if any."""
    try:
        found = st.context.cookies.get(COOKIE)
    except Exception:  # no request (a script run without a browser): no cookie
        return None
    return found if valid_token(found) else None


def _mount(value: str, max_age: int) -> None:
    data = {"name": COOKIE, "value": value, "maxAge": max_age}
    with st.sidebar:
        _SETTER(key="studio_session_cookie", data=data, height=0)


def sync(token: str | None) -> None:
    """Keep the browser's cookie equal to this session's token (or remove it after :func:`forget`).

    The setter is mounted on every run once there is something to set (a component left out
    of a run is taken off the page); a session with neither token nor lost cookie mounts nothing.
    """
    if token is not None and valid_token(token):
        st.session_state[_WRITTEN] = token
    value = st.session_state.get(_WRITTEN)
    if value is None:
        return
    _mount(value, int(server_settings().session_ttl) if value else 0)


def forget() -> None:
    """Have the cookie removed (its token is no longer known to the server)."""
    st.session_state[_WRITTEN] = ""
