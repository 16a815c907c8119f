"""The customer table computed by a real PostgreSQL server equals the one from the same rows in a file."""

from __future__ import annotations

import logging
from datetime import date
from urllib.parse import urlparse

import numpy as np
import pandas as pd
import pytest

import segcore
from segcore.errors import InputError
from segcore.settings import AggregationSettings
from tests.samples import CDNOW_SAMPLE, SAMPLE_DATA

TODAY = date(2026, 1, 1)
MONEY = (
    "revenue",
    "purchases",
    "returns",
    "cost",
    "margin",
    "avg_check",
    "revenue_last_12m",
    "revenue_prev_12m",
)


def _same_table(left: pd.DataFrame, right: pd.DataFrame) -> None:
    """Check two customer tables hold the same values: money to the cent, the rest exactly
    (floats to 1e-9 relative: a sum's last bit follows the order of addition)."""
    assert list(left.columns) == list(right.columns)
    assert left["customer_id"].tolist() == right["customer_id"].tolist()
    for column in left.columns:
        a, b = left[column], right[column]
        if column in MONEY:
            diff = np.abs(a.to_numpy(float) - b.to_numpy(float))
            assert np.nanmax(np.nan_to_num(diff)) < 0.005, column
            assert (a.isna() == b.isna()).all(), column
        elif pd.api.types.is_float_dtype(a):
            np.testing.assert_allclose(a.to_numpy(float), b.to_numpy(float), rtol=1e-9, err_msg=column)
        else:
            assert a.tolist() == b.tolist(), column


def test_store_from_postgres_equals_file(shop_url: str) -> None:
    from_db = segcore.load_transactions(shop_url, table="store", today=TODAY)
    from_file = segcore.load_transactions(SAMPLE_DATA / "store_en.csv", today=TODAY)
    assert from_db.backend.name == "postgres"
    assert from_db.report.rows_read == from_file.report.rows_read == 193650
    assert from_db.report.rows_kept == from_file.report.rows_kept
    assert from_db.report.warnings.get("returns") == from_file.report.warnings.get("returns")
    assert from_db.mapping == {k: k for k in from_db.mapping}
    assert set(from_db.mapping) == {
        "customer_id",
        "date",
        "order_id",
        "product",
        "category",
        "quantity",
        "amount",
        "cost",
    }
    for settings in (AggregationSettings(), AggregationSettings(returns="gross", grain="W")):
        _same_table(segcore.customer_table(from_db, settings), segcore.customer_table(from_file, settings))


def test_cdnow_text_columns_parsed_in_postgres(shop_url: str) -> None:
    from_db = segcore.load_transactions(shop_url, table="cdnow", today=TODAY)
    from_file = segcore.load_transactions(CDNOW_SAMPLE, today=TODAY)
    assert (
        from_db.mapping
        == from_file.mapping
        == {"customer_id": "column_1", "date": "column_3", "amount": "column_5"}
    )
    assert from_db.report.details["date_format"] == "YYYYMMDD"
    assert from_db.report.rows_read == from_file.report.rows_read == 6919
    assert from_db.report.details["first_date"] == date(1997, 1, 1)
    assert from_db.report.details["last_date"] == date(1998, 6, 30)
    _same_table(segcore.customer_table(from_db), segcore.customer_table(from_file))


def test_only_one_row_per_customer_comes_back(shop_url: str) -> None:
    loaded = segcore.load_transactions(shop_url, table="cdnow", today=TODAY)
    window = segcore.customers.analysis_window(loaded, AggregationSettings())
    expr = segcore.customers.customer_table_expr(loaded, AggregationSettings(), window)
    sql = str(loaded.backend.compile(expr)).lower()
    assert "group by" in sql
    assert len(segcore.customer_table(loaded)) == 2357  # hand-count: distinct ids in the sample


def test_drops_counted_by_reason_in_the_engine(postgres_url: str) -> None:
    import psycopg

    rows = [
        ("A", "2024-01-05", "10.50"),
        ("A", "2024-02-05", "-2,50"),
        ("B", "20240301", "7"),  # another layout than most: a bad date
        ("", "2024-03-01", "7"),
        (None, "2024-03-01", "7"),
        ("C", "2024-13-45x", "1"),
        ("C", "2023-02-29", "1"),
        ("C", "2024-03-02", "n/a"),
        ("C", "2024-03-03", None),
        ("D", "2024-03-04", "0"),
        ("E", "2030-01-01", "3"),
        (None, None, None),
    ]
    with psycopg.connect(postgres_url, autocommit=True) as con:
        con.execute("DROP TABLE IF EXISTS messy")
        con.execute("CREATE TABLE messy (client text, sale_date text, amount text)")
        with con.cursor() as cursor:
            cursor.executemany("INSERT INTO messy VALUES (%s, %s, %s)", rows)
    loaded = segcore.load_transactions(postgres_url, table="messy", today=TODAY)
    report = loaded.report
    assert report.rows_read == 12
    assert report.dropped == {"blank_row": 1, "missing_customer": 2, "bad_date": 3, "bad_amount": 2}
    assert report.rows_kept == 4
    assert report.warnings == {"returns": 1, "zero_amount": 1, "future_date": 1}
    assert report.details["total_amount"] == pytest.approx(10.5 - 2.5 + 0 + 3)
    frame = loaded.to_pandas().sort_values(["customer_id", "date"])
    assert frame["customer_id"].tolist() == ["A", "A", "D", "E"]
    assert frame["amount"].tolist() == [10.5, -2.5, 0.0, 3.0]


def test_query_and_mapping_override(shop_url: str) -> None:
    query = "SELECT customer_id AS who, date AS d, amount * 2 AS doubled, cost FROM store WHERE quantity > 1"
    loaded = segcore.load_transactions(
        shop_url, query=query, mapping={"customer_id": "who", "date": "d", "amount": "doubled"}
    )
    assert loaded.mapping["amount"] == "doubled"
    frame = loaded.to_pandas()
    store = pd.read_csv(SAMPLE_DATA / "store_en.csv")
    assert len(frame) == int((store["quantity"] > 1).sum())
    assert frame["amount"].sum() == pytest.approx(2 * store.loc[store["quantity"] > 1, "amount"].sum())


def _password(url: str) -> str:
    """Give the password in a server address (the test server's own, or the one CI started)."""
    password = urlparse(url).password
    assert password, url
    return password


def test_missing_table_names_the_tables_there(shop_url: str) -> None:
    with pytest.raises(InputError) as error:
        segcore.load_transactions(shop_url, table="no_such_table")
    assert error.value.key == "engines.no_table"
    assert "store" in error.value.message("en") and "cdnow" in error.value.message("ru")
    assert _password(shop_url) not in str(error.value)


def test_wrong_column_in_mapping(shop_url: str) -> None:
    with pytest.raises(InputError) as error:
        segcore.load_transactions(shop_url, table="store", mapping={"amount": "turnover"})
    assert "turnover" in error.value.message("en")


def test_refused_password_never_shown(shop_url: str, caplog: pytest.LogCaptureFixture) -> None:
    address = urlparse(shop_url)
    wrong = address._replace(
        netloc=address.netloc.replace(f":{_password(shop_url)}@", ":Wr0ng-Secret@")
    ).geturl()
    assert wrong != shop_url
    caplog.set_level(logging.DEBUG)
    with pytest.raises(InputError) as error:
        segcore.load_transactions(wrong, table="store")
    assert error.value.key == "engines.refused"
    text = str(error.value) + caplog.text
    assert "Wr0ng-Secret" not in text and "segcore:***@127.0.0.1" in text
    assert error.value.__cause__ is None and error.value.__suppress_context__


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("postgresql://segcore:pw@127.0.0.1:1/postgres", "engines.unreachable"),
        ("nosuchengine://host/db", "engines.bad_url"),
        ("postgresql://segcore@no-such-host.invalid:5432/db", "engines.unreachable"),
    ],
)
def test_bad_addresses(url: str, key: str) -> None:
    with pytest.raises(InputError) as error:
        segcore.load_transactions(url, table="sales")
    assert error.value.key == key
    assert ":pw@" not in str(error.value)


def test_a_password_in_an_address_is_redacted() -> None:
    from segcore.ingest.engines import redact_url

    assert redact_url("postgresql://ann:p%40ss@h:5432/shop?sslmode=require&password=x") == (
        "postgresql://ann:***@h:5432/shop?sslmode=require&password=***"
    )
    assert redact_url("postgresql://ann@h/shop") == "postgresql://ann@h/shop"
    assert redact_url("duckdb://file.duckdb") == "duckdb://file.duckdb"
