"""Shared data for the findings tests: the story store, the demo store and CDNOW, built once."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from stories import story_transactions

import segcore

ROOT = Path(__file__).resolve().parents[3]
MONTHLY = segcore.AggregationSettings(grain="M")


@pytest.fixture(scope="session")
def story_tx() -> pd.DataFrame:
    """The story store's transactions."""
    return story_transactions()


@pytest.fixture(scope="session")
def story_customers(story_tx) -> pd.DataFrame:
    """The story store's customer table (monthly grain)."""
    return segcore.customer_table(story_tx, MONTHLY)


@pytest.fixture(scope="session")
def story_findings(story_customers, story_tx) -> dict[str, list[segcore.Finding]]:
    """The story store's findings by kind."""
    by_kind: dict[str, list[segcore.Finding]] = {}
    for finding in segcore.findings(story_customers, transactions=story_tx):
        by_kind.setdefault(finding.kind, []).append(finding)
    return by_kind


@pytest.fixture(scope="session")
def demo() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The demo store (15 MB, read once): its transactions and customer table."""
    data = segcore.load_transactions(ROOT / "sample_data" / "store_en.csv")
    return data.table.to_pandas(), segcore.customer_table(data, MONTHLY)


@pytest.fixture(scope="session")
def cdnow() -> tuple[pd.DataFrame, pd.DataFrame]:
    """CDNOW: its transactions and customer table."""
    data = segcore.load_transactions(ROOT / "sample_data" / "cdnow" / "cdnow.csv")
    return data.table.to_pandas(), segcore.customer_table(data, MONTHLY)
