"""Options given to the studio on the command line, after ``--``.

    streamlit run app.py -- --data path/to/transactions.csv
    streamlit run app.py -- --data "postgresql://user@host:5432/shop" --table sales

``--data`` names the dataset every new session opens instead of the demo store: a
transactions file on the server (any format the Data page reads; DuckDB reads it from its
path, streaming, never through the browser) or a database address with ``--table`` (a
table name, or a SELECT query). A link naming a demo (``?data=cdnow``) still opens that
demo. A facilitator uses it to preload a workshop's own data. A password in the address
stays on the server: the pages show the address without it.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from segcore.ingest.engines import is_engine_source
from ui.sources import DataSource, file_source

__all__ = ["data_file", "data_table", "data_url", "launch_source"]

_DATA = "--data"
_TABLE = "--table"


def _option(name: str, argv: Sequence[str] | None) -> str | None:
    """Give the value of ``name VALUE`` or ``name=VALUE`` among the script's arguments."""
    args = list(sys.argv[1:] if argv is None else argv)
    for index, arg in enumerate(args):
        if arg == name and index + 1 < len(args) and args[index + 1]:
            return args[index + 1]
        if arg.startswith(f"{name}=") and len(arg) > len(name) + 1:
            return arg[len(name) + 1 :]
    return None


def data_file(argv: Sequence[str] | None = None) -> Path | None:
    """Give the file named by ``--data FILE`` (or ``--data=FILE``), as an absolute path.

    ``argv`` defaults to the script's arguments (``sys.argv[1:]``: what follows ``--``
    in ``streamlit run app.py -- …``). Gives None when no file was named (or ``--data``
    names a database). Whether the file exists is checked when it is read (the page then
    says what is wrong).
    """
    value = _option(_DATA, argv)
    if value is None or is_engine_source(value):
        return None
    return Path(value).expanduser().absolute()


def data_url(argv: Sequence[str] | None = None) -> str | None:
    """Give the database address named by ``--data URL``, or None."""
    value = _option(_DATA, argv)
    return value if value is not None and is_engine_source(value) else None


def data_table(argv: Sequence[str] | None = None) -> str | None:
    """Give the table (or SELECT query) named by ``--table``, or None."""
    return _option(_TABLE, argv)


def launch_source(argv: Sequence[str] | None = None) -> DataSource | None:
    """Give the data source named at launch (a file or a database table), or None."""
    from ui.sections.database_source import database_source

    url = data_url(argv)
    if url is not None:
        return database_source(url, data_table(argv) or "")
    path = data_file(argv)
    return file_source(path) if path is not None else None
