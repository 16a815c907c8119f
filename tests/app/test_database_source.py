"""The Data page's Database source (a DuckDB file: no server needed) and the launch options."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from segcore.report.md_text import md_text
from tests.app.studio import APP, PAGES
from tests.samples import SAMPLE_DATA
from ui import launch
from ui.sections.database_source import database_source, with_password


@pytest.fixture(scope="module")
def shop_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("db") / "shop.duckdb"
    with duckdb.connect(str(path)) as con:
        csv = str(SAMPLE_DATA / "cdnow" / "cdnow.csv")
        con.execute(f"CREATE TABLE sales AS SELECT * FROM read_csv('{csv}', all_varchar = true)")
    return path


def test_database_source_opens_a_table(shop_file: Path) -> None:
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["data"] = "cdnow"
    at.run()
    at.switch_page(PAGES["data"]).run()
    at.text_input(key="db_url").input(f"duckdb://{shop_file}")
    at.text_input(key="db_table").input("sales")
    at.button[[b.label for b in at.button].index("Open")].click().run()
    assert not at.exception
    assert [m.value for m in at.metric][:2] == ["6,919", "6,919"]
    shown = " ".join(m.value for m in at.markdown)
    assert "Read as DuckDB: sales" in shown and "Dataset**  \nsales" in shown
    assert any("Opened sales from duckdb://" in str(n.value) for n in [*at.info, *at.success, *at.toast])


def test_password_never_reaches_the_page() -> None:
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["data"] = "cdnow"
    at.run()
    at.switch_page(PAGES["data"]).run()
    at.text_input(key="db_url").input("postgresql://ann@127.0.0.1:1/shop")
    at.text_input(key="db_password").input("Top-Secret-9")
    at.text_input(key="db_table").input("sales")
    at.button[[b.label for b in at.button].index("Open")].click().run()
    assert not at.exception
    assert at.text_input(key="db_url").value == "postgresql://ann:***@127.0.0.1:1/shop"
    assert at.text_input(key="db_password").value == ""
    shown = " ".join(str(e.value) for e in [*at.error, *at.markdown, *at.text_input, *at.caption])
    assert "Top-Secret-9" not in shown
    address = md_text("postgresql://ann:***@127.0.0.1:1/shop")  # the address is the user's text: inert
    assert f"Cannot reach the database at {address}" in shown


def test_with_password_and_source_key() -> None:
    assert (
        with_password("postgresql://ann@h:5432/shop", "p@ss word")
        == "postgresql://ann:p%40ss%20word@h:5432/shop"
    )
    assert with_password("postgresql://ann:x@h/shop", "y") == "postgresql://ann:x@h/shop"
    one = database_source("postgresql://ann:one@h/shop", "sales")
    two = database_source("postgresql://ann:two@h/shop", "sales")
    assert (
        one.key != two.key
        and "one" not in one.key
        and one.key.startswith("database:postgresql://ann:***@h/shop:")
    )
    assert one.kind == "database" and one.sheet == "sales" and one.name == "sales"


def test_launch_options() -> None:
    args = ["--data", "postgresql://ann:pw@h:5432/shop", "--table=sales"]
    assert launch.data_url(args) == "postgresql://ann:pw@h:5432/shop"
    assert launch.data_table(args) == "sales"
    assert launch.data_file(args) is None
    source = launch.launch_source(args)
    assert source is not None and source.kind == "database" and source.sheet == "sales"
    assert launch.data_file(["--data=shop.csv"]) == Path("shop.csv").absolute()
    assert launch.data_url(["--data=shop.csv"]) is None
    assert launch.launch_source([]) is None
