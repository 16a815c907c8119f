"""Shared data of the dynamics tests: small hand-made logs and the demo store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[3]
STORE = ROOT / "sample_data" / "store_en.csv"


def frame_of_rows(
    rows: list[tuple], columns: tuple[str, ...] = ("customer_id", "date", "amount")
) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(columns))
    frame["date"] = pd.to_datetime(frame["date"]).dt.date
    return frame


@pytest.fixture(scope="session")
def tx() -> Callable[..., pd.DataFrame]:
    """The transactions of ``rows`` (customer_id, date text, amount[, order_id])."""
    return frame_of_rows


@pytest.fixture
def shop() -> pd.DataFrame:
    # 2023-01: a 100 (2 orders), b 50; 2023-02: a 30; 2024-01: a 60, c 40 (and c returns 10);
    # 2024-02: nothing; 2024-03: b 20.
    return frame_of_rows(
        [
            ("a", "2023-01-03", 60.0, "o1"),
            ("a", "2023-01-20", 40.0, "o2"),
            ("b", "2023-01-09", 50.0, "o3"),
            ("a", "2023-02-14", 30.0, "o4"),
            ("a", "2024-01-05", 60.0, "o5"),
            ("c", "2024-01-06", 40.0, "o6"),
            ("c", "2024-01-07", -10.0, "o6"),
            ("b", "2024-03-31", 20.0, "o7"),
        ],
        ("customer_id", "date", "amount", "order_id"),
    )


@pytest.fixture
def base_story() -> pd.DataFrame:
    # Months Jan..Jul 2024. a: Jan, Feb, then Jun (gap of 3 months); b: only Jan;
    # c: Feb and Apr (gap of one month); d: only Jul; e: a return in Mar and nothing else.
    return frame_of_rows(
        [
            ("a", "2024-01-10", 10.0),
            ("b", "2024-01-11", 10.0),
            ("a", "2024-02-10", 10.0),
            ("c", "2024-02-12", 10.0),
            ("e", "2024-03-01", -5.0),
            ("c", "2024-04-12", 10.0),
            ("a", "2024-06-01", 10.0),
            ("d", "2024-07-31", 10.0),
        ]
    )


@pytest.fixture(scope="module")
def store() -> pd.DataFrame:
    frame = pd.read_csv(STORE, dtype={"customer_id": "string"})
    frame["date"] = pd.to_datetime(frame["date"])
    return frame
