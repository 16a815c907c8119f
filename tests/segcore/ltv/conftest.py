"""Shared data for the LTV tests: the CDNOW sample (raw log and published summaries)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[3]
CDNOW = ROOT / "sample_data" / "cdnow"
CALIBRATION_END = "1997-09-30"
HOLDOUT_END = "1998-06-30"


def _require(name: str) -> Path:
    path = CDNOW / name
    assert path.exists(), f"the CDNOW sample file {path} is part of the repository and is missing"
    return path


@pytest.fixture(scope="session")
def cdnow_transactions() -> pd.DataFrame:
    """The raw CDNOW log in canonical columns (customer_id = the sample id as text, no zeros)."""
    raw = pd.read_csv(
        _require("CDNOW_sample.txt"),
        sep=r"\s+",
        header=None,
        names=["master_id", "sample_id", "date", "cds", "amount"],
        dtype={"master_id": str, "sample_id": str, "date": str},
    )
    return pd.DataFrame(
        {
            "customer_id": raw["sample_id"].astype(int).astype(str),
            "date": pd.to_datetime(raw["date"], format="%Y%m%d"),
            "amount": raw["amount"].astype(float),
        }
    )


@pytest.fixture(scope="session")
def cdnow_published() -> pd.DataFrame:
    """The published summary with x, t_x, T and zbar (weeks, 39-week calibration)."""
    return pd.read_csv(_require("cdnow_customers_summary_with_transactions.csv"))


@pytest.fixture(scope="session")
def cdnow_published_short() -> pd.DataFrame:
    """The published summary with frequency, recency and T only."""
    return pd.read_csv(_require("cdnow_customers_summary.csv"))


@pytest.fixture(scope="session")
def cdnow_summary(cdnow_transactions):
    """Our summary of the raw log, calibration to 1997-09-30 and holdout to 1998-06-30, weeks."""
    from segcore.ltv.summary import rfm_summary

    return rfm_summary(cdnow_transactions, CALIBRATION_END, holdout_end=HOLDOUT_END, time_unit="W")
