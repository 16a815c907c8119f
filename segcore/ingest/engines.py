"""Reading transactions that live in a database or engine, leaving them there.

``load_from_engine("postgresql://user@host:5432/shop", table="sales")`` (or a
``duckdb://file.duckdb`` address, any other ibis address, an ibis backend or a Spark
session) gives a :class:`~segcore.ingest.load.LoadedTransactions` whose ``table`` is an
ibis expression over the engine's own table: nothing is copied out. The customer table
(:mod:`segcore.customers`) is then computed by that engine and only one row per customer
comes back. The column mapping and the load report are made as for files
(:mod:`segcore.ingest.engine_table`), their counts computed by the engine in one pass.

Every failure a person can fix (a wrong address, a missing driver, table or column,
refused credentials, an unreachable server, a timeout) is an :class:`InputError`; the
address in every message is :func:`redact_url`'d, so a password never reaches a message,
a log or a page.
"""

from __future__ import annotations

import hashlib
import re
import time
import urllib.parse
from collections import OrderedDict
from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

import ibis
from ibis.common.exceptions import TableNotFound

from segcore.errors import InputError
from segcore.ingest.engine_table import EngineRead, read_engine_table

if TYPE_CHECKING:
    from segcore.ingest.load import LoadedTransactions

__all__ = [
    "CONNECT_TIMEOUT_SECONDS",
    "RECENT_MAX",
    "RECENT_SECONDS",
    "cancel",
    "connect",
    "engine_name",
    "explain",
    "is_engine_source",
    "load_from_engine",
    "redact_url",
]

#: Seconds a server may take to accept a connection before the load gives up.
CONNECT_TIMEOUT_SECONDS = 15
#: An address: a scheme and ``://`` (``file://`` names a file, not an engine).
_URL = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*)://")
_LOCAL_SCHEMES = ("file",)
_QUERY = re.compile(r"^\s*(select|with)\b", re.IGNORECASE)
#: A load repeated within this many seconds reuses the first (the app checks a source, then
#: opens it); at most RECENT_MAX loads are kept (each holds an expression and a report).
RECENT_SECONDS = 600
RECENT_MAX = 4
_RECENT: OrderedDict[tuple[Any, ...], tuple[float, Any]] = OrderedDict()
#: PostgreSQL cannot estimate the rows of the customer table's common table expressions
#: (it assumes one) and would join them in nested loops: quadratic in customers.
_POSTGRES_SESSION = "SET enable_nestloop = off"
#: Opened connections kept for reuse, by address (bounded: at most this many).
_OPEN: OrderedDict[str, Any] = OrderedDict()
_OPEN_MAX = 4


def is_engine_source(source: Any) -> bool:
    """Tell whether ``source`` is a database address, an ibis backend or a Spark session."""
    if isinstance(source, str):
        match = _URL.match(source.strip())
        return match is not None and match.group("scheme").lower() not in _LOCAL_SCHEMES
    if isinstance(source, ibis.BaseBackend):
        return True
    return type(source).__name__ == "SparkSession"


def redact_url(url: str) -> str:
    """Give ``url`` with its password (and any password-like query value) replaced by ``***``."""
    try:
        parts = urllib.parse.urlsplit(url.strip())
    except ValueError:
        return "<address>"
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        user = userinfo.split(":", 1)[0]
        netloc = f"{user}:***@{host}" if ":" in userinfo else f"{user}@{host}"
    query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    secret = re.compile(r"pass|secret|token|key|credential", re.IGNORECASE)
    shown = "&".join(f"{k}=***" if secret.search(k) else f"{k}={v}" for k, v in query)
    return f"{parts.scheme}://{netloc}{parts.path}" + (f"?{shown}" if shown else "")


def engine_name(source: Any) -> str:
    """Give the engine's short name: ``postgres``, ``duckdb``, ``pyspark`` …"""
    if isinstance(source, str):
        match = _URL.match(source.strip())
        scheme = match.group("scheme").lower() if match else ""
        return scheme.replace("postgresql", "postgres")
    if isinstance(source, ibis.BaseBackend):
        return str(source.name)
    return "pyspark"


def _shown(source: Any) -> str:
    """Give the source as messages show it (an address without its password)."""
    return redact_url(source) if isinstance(source, str) else engine_name(source)


def connect(source: Any, *, timeout: int = CONNECT_TIMEOUT_SECONDS) -> Any:
    """Give an ibis backend for an address, backend or Spark session (raises InputError).

    Connections by address are kept (at most four) and reused by later loads of the
    same address.
    """
    if isinstance(source, ibis.BaseBackend):
        return source
    if not isinstance(source, str):
        return ibis.pyspark.connect(source)
    url = source.strip()
    if url in _OPEN:
        _OPEN.move_to_end(url)
        return _OPEN[url]
    backend = _open(url, timeout)
    _OPEN[url] = backend
    while len(_OPEN) > _OPEN_MAX:
        _OPEN.popitem(last=False)
    return backend


def _open(url: str, timeout: int) -> Any:
    """Open a new connection, turning every failure into an InputError."""
    engine = engine_name(url)
    extra: dict[str, Any] = {}
    if engine == "postgres" and "connect_timeout" not in url:
        extra["connect_timeout"] = timeout
    try:
        backend = ibis.connect(url, **extra)
        if engine == "postgres":
            backend.raw_sql(_POSTGRES_SESSION)
        return backend
    except ModuleNotFoundError as exc:
        raise InputError("engines.no_driver", engine=engine, module=exc.name or engine) from None
    except (ValueError, AttributeError) as exc:
        if "connect" in str(exc) or isinstance(exc, AttributeError):
            raise InputError("engines.bad_url", url=redact_url(url)) from None
        raise explain(exc, url) from None
    except Exception as exc:
        raise explain(exc, url) from None


def explain(exc: BaseException, source: Any, *, timeout: int = CONNECT_TIMEOUT_SECONDS) -> InputError:
    """Give the InputError that says what went wrong in words, never with a password."""
    url = _shown(source)
    text = _clean(str(exc), source)
    lowered = text.lower()
    if "password" in lowered or "authentication" in lowered or ("role" in lowered and "not exist" in lowered):
        return InputError("engines.refused", url=url)
    if "timeout" in lowered or "timed out" in lowered:
        return InputError("engines.timeout", url=url, seconds=timeout)
    if any(
        s in lowered for s in ("connection refused", "could not translate", "name or service", "no route")
    ):
        return InputError("engines.unreachable", url=url, detail=_first_line(text))
    if "database" in lowered and "does not exist" in lowered:
        return InputError("engines.unreachable", url=url, detail=_first_line(text))
    if "cancel" in lowered or "interrupt" in lowered:
        return InputError("engines.cancelled")
    return InputError("engines.failed", url=url, detail=_first_line(text))


def _clean(text: str, source: Any) -> str:
    """Give an engine's message with any password of ``source`` blanked out."""
    if isinstance(source, str):
        password = urllib.parse.urlsplit(source.strip()).password
        if password:
            text = text.replace(password, "***").replace(urllib.parse.unquote(password), "***")
    return text


def _first_line(text: str) -> str:
    """Give the first meaningful line of an engine's message, shortened."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return (lines[0] if lines else "unknown error")[:200]


def cancel(backend: Any) -> bool:
    """Ask the backend's connection to stop the query it is running; tell whether it could.

    DuckDB's ``interrupt()`` and psycopg's ``cancel_safe()`` (a cancel request on a side
    connection) are used; other engines cannot be cancelled from here.
    """
    con = getattr(backend, "con", None)
    for method in ("interrupt", "cancel_safe", "cancel"):
        call = getattr(con, method, None)
        if callable(call):
            try:
                call()
            except Exception:
                continue
            return True
    return False


def load_from_engine(
    source: Any,
    *,
    table: str | None = None,
    query: str | None = None,
    sheet: str | int | None = None,
    mapping: Mapping[str, str | None] | None = None,
    today: date | None = None,
    connected: Callable[[Any], None] | None = None,
) -> LoadedTransactions:
    """Give the :class:`LoadedTransactions` of an engine's table or query, left in the engine.

    ``source``: an address (``postgresql://…``, ``duckdb://…``, any ibis address), an ibis
    backend or a Spark session. ``table`` names a table (``schema.table`` allowed) or
    ``query`` gives a SELECT; ``sheet`` (as :func:`load_transactions` passes it) is either,
    a SELECT or WITH query when it reads as one. ``mapping`` overrides the detected mapping
    as for files. ``connected`` is called with the backend once connected (so that a caller
    can :func:`cancel` the long part). A load of the same arguments within
    :data:`RECENT_SECONDS` gives the same result (at most :data:`RECENT_MAX` kept).
    Raises InputError for anything a person must fix.
    """
    from segcore.ingest.load import LoadedTransactions

    if isinstance(sheet, str) and sheet.strip() and not (table or query):
        if _QUERY.match(sheet):
            query = sheet
        else:
            table = sheet
    shown = _shown(source)
    if not (table or query):
        raise InputError("engines.no_source", url=shown)
    day = today or date.today()
    key = (source if isinstance(source, str) else id(source), table, query, repr(mapping), day)
    recent = _RECENT.get(key)
    if recent is not None and time.monotonic() - recent[0] < RECENT_SECONDS:
        return recent[1]
    backend = connect(source)
    if connected is not None:
        connected(backend)
    raw = _relation(backend, shown, table, query)
    try:
        read: EngineRead = read_engine_table(raw, mapping, day)
    except InputError:
        raise
    except Exception as exc:
        raise explain(exc, source) from None
    report = read.report_for(engine_name(source), table, shown)
    loaded = LoadedTransactions(
        table=read.table, report=report, mapping=read.mapping, attributes=None, backend=backend
    )
    _RECENT[key] = (time.monotonic(), loaded)
    while len(_RECENT) > RECENT_MAX:
        _RECENT.popitem(last=False)
    return loaded


def _relation(backend: Any, shown: str, table: str | None, query: str | None) -> Any:
    """Give the raw ibis table of a named table or a query (raises InputError)."""
    try:
        if query:
            return _query_relation(backend, query)
        assert table is not None
        database, _, name = table.strip().rpartition(".")
        return backend.table(name, database=database or None)
    except Exception as exc:
        if query:
            raise InputError("engines.bad_query", detail=_first_line(_clean(str(exc), shown))) from None
        lowered = str(exc).lower()
        if (
            isinstance(exc, TableNotFound)
            or "not found" in lowered
            or "does not exist" in lowered
            or "no such" in lowered
        ):
            raise InputError("engines.no_table", url=shown, table=table, tables=_tables(backend)) from None
        raise explain(exc, shown) from None


def _query_relation(backend: Any, query: str) -> Any:
    """Give a query's rows as an ibis table (through a temporary view on PostgreSQL,
    where ibis 12's ``sql()`` cannot read a query's schema)."""
    if backend.name != "postgres":
        return backend.sql(query)
    name = "segcore_query_" + hashlib.blake2b(query.encode(), digest_size=8).hexdigest()
    backend.raw_sql(f'CREATE OR REPLACE TEMPORARY VIEW "{name}" AS {query.strip().rstrip(";")}').close()
    return backend.table(name)


def _tables(backend: Any) -> str:
    """Give the first tables of the backend, for a message (or a dash)."""
    try:
        names = list(backend.list_tables())
    except Exception:
        return "—"
    shown = ", ".join(names[:12]) + (" …" if len(names) > 12 else "")
    return shown or "—"
