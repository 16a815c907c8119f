"""What every rule of the findings reads: the customer table, its segmentation, the date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any

import numpy as np
import pandas as pd

from segcore.classify.segmentation import Segmentation, Segmenter
from segcore.settings import Scenario

__all__ = ["InsightInputs", "aligned_p_alive", "prepare", "table_as_of"]


@dataclass(frozen=True)
class InsightInputs:
    """The customer table with one scenario's segmentation, the analysis date and extras."""

    customers: pd.DataFrame
    scenario: Scenario
    segmenter: Segmenter
    segmentation: Segmentation
    as_of: pd.Timestamp
    transactions: Any | None = None
    p_alive: np.ndarray | None = None

    @cached_property
    def ids(self) -> np.ndarray:
        """Give the customer ids as a unicode array, aligned with the rows."""
        return np.asarray(self.customers["customer_id"].astype(str).tolist(), dtype=str)

    def column(self, name: str, fill: float = np.nan) -> np.ndarray:
        """Give a numeric column as float64 (missing values as ``fill``)."""
        return self.customers[name].to_numpy(dtype=np.float64, na_value=fill)


def table_as_of(customers: pd.DataFrame) -> pd.Timestamp:
    """Give the date the customer table measures recency to (last purchase + recency)."""
    known = customers["last_purchase"].notna() & customers["recency_days"].notna()
    if not known.any():
        return pd.Timestamp(date.today())
    row = customers.loc[known].iloc[0]
    return pd.Timestamp(row["last_purchase"]).normalize() + pd.Timedelta(days=int(row["recency_days"]))


def aligned_p_alive(customers: pd.DataFrame, p_alive: Any) -> np.ndarray | None:
    """Give P(alive) aligned with the rows: a Series is matched on customer id, else by position."""
    if p_alive is None:
        return None
    if isinstance(p_alive, pd.Series):
        by_id = p_alive.copy()
        by_id.index = by_id.index.astype(str)
        by_id = by_id[~by_id.index.duplicated()]
        values = by_id.reindex(customers["customer_id"].astype(str))
        return values.to_numpy(dtype=np.float64, na_value=np.nan)
    values = np.asarray(p_alive, dtype=np.float64)
    if values.shape != (len(customers),):
        raise ValueError("p_alive must be a Series indexed by customer id or one value per row")
    return values


def prepare(
    customers: pd.DataFrame,
    scenario: Scenario | None = None,
    *,
    as_of: Any = None,
    transactions: Any = None,
    p_alive: Any = None,
) -> InsightInputs:
    """Give the inputs of the rules: segment once with ``scenario`` (``Scenario()`` by default)."""
    scenario = scenario or Scenario()
    segmenter = Segmenter(customers)
    return InsightInputs(
        customers=customers,
        scenario=scenario,
        segmenter=segmenter,
        segmentation=segmenter.segment(scenario),
        as_of=table_as_of(customers) if as_of is None else pd.Timestamp(as_of).normalize(),
        transactions=transactions,
        p_alive=aligned_p_alive(customers, p_alive),
    )
