"""The Data page's "Database" source: an address and a table (or an SQL query).

The load runs in a worker thread while the page shows a status box with the seconds
spent and a Cancel button; pressing Cancel reruns the page, and the rerun stops the
engine's query (DuckDB ``interrupt``, PostgreSQL cancel request,
:func:`segcore.ingest.engines.cancel`). A finished load is kept by
:mod:`segcore.ingest.engines` for a few minutes, so the page's own load of the new source
(:mod:`ui.data`) gets it at once.

A password never reaches the page: the address field is given back without it once
submitted, and the full address lives only in the server's session state and in the
source (which no page shows).
"""

from __future__ import annotations

import hashlib
import time
import urllib.parse
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import streamlit as st

from segcore.errors import UserFacingError
from segcore.ingest.engines import cancel, explain, load_from_engine, redact_url
from ui.sources import DataSource
from ui.state import session, values
from ui.text import show_error, tr

__all__ = ["database_picker", "database_source", "with_password"]

_URL, _PASSWORD, _KIND, _TABLE, _QUERY = "db_url", "db_password", "db_kind", "db_table", "db_query"
_FULL, _PENDING = "_db_full_url", "_db_pending"
_POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="segcore-db")


def with_password(url: str, password: str) -> str:
    """Give ``url`` with ``password`` put in when the address has a user and no password."""
    parts = urllib.parse.urlsplit(url.strip())
    if not password or parts.password is not None or not parts.username:
        return url.strip()
    host = parts.netloc.rsplit("@", 1)[1]
    netloc = f"{parts.username}:{urllib.parse.quote(password, safe='')}@{host}"
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def database_source(url: str, what: str) -> DataSource:
    """Give the data source of a database table or SELECT query (``what``) at ``url``.

    Its key names the address without password plus a digest of the full address, so
    two passwords never share a cache entry and no cache key holds a password.
    """
    digest = hashlib.blake2b(f"{url}\n{what}".encode(), digest_size=12).hexdigest()
    is_query = what.strip().lower().startswith(("select", "with"))
    name = tr("database.query") if is_query else what.strip()
    return DataSource(
        key=f"database:{redact_url(url)}:{digest}",
        name=name,
        kind="database",
        path=url,
        sheet=what.strip(),
    )


def _on_submit() -> None:
    """Keep the full address on the server, and give the field back without its password."""
    typed = str(st.session_state.get(_URL) or "")
    known = st.session_state.get(_FULL)
    full = known if known and redact_url(known) == typed.strip() else typed
    full = with_password(full, str(st.session_state.get(_PASSWORD) or ""))
    query = st.session_state.get(_KIND) == "query"
    what = str(st.session_state.get(_QUERY if query else _TABLE) or "")
    st.session_state[_FULL] = full
    st.session_state[_URL] = redact_url(full)
    st.session_state[_PASSWORD] = ""
    st.session_state[_PENDING] = (full, what)
    values.remember(_URL, redact_url(full))
    values.remember(_QUERY if query else _TABLE, what)


def _wait(future: Future[Any], url: str, holder: dict[str, Any]) -> Any:
    """Wait for the load, counting seconds; a rerun (Cancel) meanwhile stops the query."""
    started = time.monotonic()
    try:
        with st.status(tr("database.reading", url=url, seconds=0)) as box:
            st.button(tr("database.cancel"), key="db_cancel")
            while not future.done():
                box.update(label=tr("database.reading", url=url, seconds=int(time.monotonic() - started)))
                time.sleep(0.3)
            box.update(state="complete")
        return future.result()
    finally:
        if not future.done() and holder.get("backend") is not None:
            cancel(holder["backend"])


def _open(full: str, what: str) -> None:
    """Load ``what`` from ``full`` with progress; on success make it the dataset in use."""
    source = database_source(full, what)
    holder: dict[str, Any] = {}

    def work() -> Any:
        return load_from_engine(full, sheet=what, connected=lambda b: holder.__setitem__("backend", b))

    try:
        _wait(_POOL.submit(work), redact_url(full), holder)
    except UserFacingError as error:
        show_error(error)
        return
    except Exception as exc:  # an engine's own error: said in words, without the password
        show_error(explain(exc, full))
        return
    session.set_pending_upload(None)
    session.set_data_source(source)
    session.set_notice(tr("database.opened", what=source.name, url=redact_url(full)))
    st.rerun()


def _show_kept(active: DataSource) -> None:
    """Put the kept address, table and query in their fields (a page change or another
    language would empty them); the source named at launch is the default."""
    launched = active.kind == "database"
    table = active.sheet if launched and active.name == active.sheet else ""
    defaults = {_URL: redact_url(active.path or "") if launched else "", _TABLE: table or "", _QUERY: ""}
    for key, default in defaults.items():
        values.show(key, values.remembered(key, default))


def database_picker(active: DataSource) -> None:
    """Draw the "Database" source: address, password, table or query, and Open."""
    with st.expander(tr("database.title"), expanded=active.kind == "database"):
        st.caption(tr("database.intro"))
        kinds = {"table": tr("database.kind_table"), "query": tr("database.kind_query")}
        kind = st.radio(
            tr("database.kind"),
            list(kinds),
            horizontal=True,
            format_func=kinds.get,
            **values.bind(_KIND, "table", options=list(kinds)),
        )
        _show_kept(active)
        with st.form("db_form", border=False):
            st.text_input(tr("database.url"), key=_URL, help=tr("database.url_help"))
            st.text_input(tr("database.password"), key=_PASSWORD, type="password")
            if kind == "query":
                st.text_area(tr("database.query"), key=_QUERY, height=100)
            else:
                st.text_input(tr("database.table"), key=_TABLE)
            st.form_submit_button(tr("database.open"), on_click=_on_submit)
        pending = st.session_state.pop(_PENDING, None)
        if pending is not None:
            _open(*pending)
