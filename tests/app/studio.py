"""Helpers of the studio's AppTest tests: opening the app and the expected numbers.

Expected numbers are computed with segcore directly (load → customer table → segmenter),
once per dataset and aggregation setting, and compared with what the pages show.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pandas as pd
from streamlit.testing.v1 import AppTest

from segcore.classify.segmentation import Segmentation, Segmenter
from segcore.customers import customer_table
from segcore.ingest import LoadedTransactions, load_transactions
from segcore.settings import AggregationSettings, Scenario

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "app.py")
SAMPLES = ROOT / "sample_data"
DEMO_FILES = {
    "store_en": (SAMPLES / "store_en.csv", SAMPLES / "store_customers_en.csv"),
    "store_ru": (SAMPLES / "store_ru.csv", SAMPLES / "store_customers_ru.csv"),
    "cdnow": (SAMPLES / "cdnow" / "cdnow.csv", None),
}
MONTHLY = AggregationSettings()
PAGES = {
    "matrix": "app_pages/matrix.py",
    "pareto": "app_pages/pareto.py",
    "ltv": "app_pages/ltv.py",
    "strategy": "app_pages/strategy.py",
    "data": "app_pages/data.py",
    "settings": "app_pages/settings.py",
}


def open_app(demo: str = "cdnow", page: str | None = None, **params: str) -> AppTest:
    """Give the studio after its first run on ``demo`` (and ``page``), with URL ``params``."""
    at = AppTest.from_file(APP, default_timeout=90)
    if demo != "store_en":
        at.query_params["data"] = demo
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    if page is not None:
        at.switch_page(PAGES[page]).run()
    return at


@cache
def loaded(demo: str) -> LoadedTransactions:
    """Give a demo dataset read by segcore, as the studio reads it."""
    transactions, attributes = DEMO_FILES[demo]
    return load_transactions(transactions, attributes=attributes)


@cache
def customers(demo: str, aggregation: AggregationSettings = MONTHLY) -> pd.DataFrame:
    """Give the customer table of a demo dataset under an aggregation setting."""
    return customer_table(loaded(demo), aggregation)


@cache
def segmenter(demo: str, aggregation: AggregationSettings = MONTHLY) -> Segmenter:
    """Give a segmenter over the customer table of a demo dataset."""
    return Segmenter(customers(demo, aggregation))


def expected(demo: str, scenario: Scenario) -> Segmentation:
    """Give the segmentation segcore computes for ``scenario`` on a demo dataset."""
    return segmenter(demo, scenario.aggregation).segment(scenario)


def number(text: str) -> float:
    """Give the first number of a displayed value ("4 583 (22,9 %)" → 4583, both languages)."""
    match = re.search(r"-?\d[\d\s\u00a0\u202f,.]*", text)
    assert match, f"no number in {text!r}"
    raw = re.sub(r"[\s\u00a0\u202f]", "", match.group(0)).rstrip(".,")
    if "," in raw and "." not in raw and re.search(r",\d{1,2}$", raw):
        raw = raw.replace(",", ".")
    return float(raw.replace(",", ""))


def metric(at: AppTest, label: str) -> str:
    """Give the value of the metric with ``label``."""
    values = [m.value for m in at.metric if m.label == label]
    assert values, f"no metric {label!r} in {[m.label for m in at.metric]}"
    return values[0]


def assert_clean(at: AppTest) -> None:
    """Assert that the run raised nothing and showed no error."""
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
