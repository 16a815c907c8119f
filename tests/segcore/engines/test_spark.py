"""The customer table computed by Spark (ibis's PySpark backend, local session) equals DuckDB's."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date
from typing import Any

import pandas as pd
import pytest

import segcore
from segcore.settings import AggregationSettings
from tests.samples import SAMPLE_DATA

pytestmark = pytest.mark.spark

REQUIRE_VARIABLE = "SEGCORE_REQUIRE_SPARK"
TODAY = date(2026, 1, 1)


def _missing(reason: str) -> None:
    if os.environ.get(REQUIRE_VARIABLE):
        pytest.fail(f"Spark is required here ({REQUIRE_VARIABLE} is set): {reason}")
    pytest.skip(f"no Spark: {reason}")


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    """Give a local Spark session (one core, small memory), stopped at the end."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        _missing("pyspark is not installed (pip install -r requirements-dev.txt)")
    if shutil.which("java") is None:
        _missing("Java is not installed (apt-get install openjdk-17-jre-headless)")
    session = (
        SparkSession.builder.master("local[2]")
        .appName("segcore-test")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
    yield session
    session.stop()


def test_cdnow_customer_table_in_spark_equals_duckdb(spark: Any) -> None:
    path = SAMPLE_DATA / "cdnow" / "cdnow.csv"
    rows = pd.read_csv(path, dtype=str)
    spark.createDataFrame(rows).createOrReplaceTempView("cdnow")
    from_spark = segcore.load_transactions(spark, table="cdnow", today=TODAY)
    from_file = segcore.load_transactions(path, today=TODAY)
    assert from_spark.backend.name == "pyspark"
    assert from_spark.report.rows_read == from_file.report.rows_read == 6919
    assert from_spark.report.rows_kept == from_file.report.rows_kept
    for settings in (AggregationSettings(), AggregationSettings(grain="Q", cv_mode="all")):
        left = segcore.customer_table(from_spark, settings)
        right = segcore.customer_table(from_file, settings)
        pd.testing.assert_frame_equal(left, right, check_exact=False, rtol=1e-9)
