"""Fixtures: a real PostgreSQL server holding the demo store and the CDNOW sample.

The server is the one ``scripts/test.sh`` started (its address in
``SEGCORE_TEST_POSTGRES_URL``), else one started here from the installed binaries. Without
either the tests skip, except when ``SEGCORE_REQUIRE_POSTGRES`` is set (CI), where they fail.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import pg_server
from tests.samples import CDNOW_SAMPLE, SAMPLE_DATA

__all__ = ["STORE_COLUMNS", "postgres_url", "shop_url"]

STORE_COLUMNS = (
    "customer_id text, date date, order_id text, product text, category text, "
    "quantity integer, amount numeric(12, 2), cost numeric(12, 2)"
)
CDNOW_COLUMNS = ", ".join(f"column_{i} text" for i in range(1, 6))


def _missing(reason: str) -> None:
    if os.environ.get(pg_server.REQUIRE_VARIABLE):
        pytest.fail(f"PostgreSQL is required here ({pg_server.REQUIRE_VARIABLE} is set): {reason}")
    pytest.skip(f"no PostgreSQL server: {reason}")


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """Give the address (with password) of a running PostgreSQL server."""
    url = os.environ.get(pg_server.URL_VARIABLE)
    if url:
        yield url
        return
    try:
        server = pg_server.start()
    except (RuntimeError, OSError) as exc:
        _missing(str(exc))
    except Exception as exc:  # initdb or pg_ctl failed: say how
        _missing(f"could not start one from the binaries: {exc}")
    try:
        yield server.url
    finally:
        server.stop()


def _copy_cdnow(cursor: object, path: Path) -> None:
    """Copy the whitespace-aligned CDNOW sample in as five text columns."""
    with cursor.copy("COPY cdnow FROM STDIN") as copy:  # type: ignore[attr-defined]
        for line in path.read_text().splitlines():
            if line.strip():
                copy.write_row(re.split(r"\s+", line.strip()))


@pytest.fixture(scope="session")
def shop_url(postgres_url: str) -> str:
    """Give the server's address after loading ``store`` (typed) and ``cdnow`` (text) into it."""
    import psycopg

    with psycopg.connect(postgres_url, autocommit=True) as con, con.cursor() as cursor:
        cursor.execute("DROP TABLE IF EXISTS store; DROP TABLE IF EXISTS cdnow")
        cursor.execute(f"CREATE TABLE store ({STORE_COLUMNS})")
        with (
            (SAMPLE_DATA / "store_en.csv").open("rb") as handle,
            cursor.copy("COPY store FROM STDIN WITH (FORMAT csv, HEADER true)") as copy,
        ):
            while chunk := handle.read(1 << 20):
                copy.write(chunk)
        cursor.execute(f"CREATE TABLE cdnow ({CDNOW_COLUMNS})")
        _copy_cdnow(cursor, CDNOW_SAMPLE)
    return postgres_url
