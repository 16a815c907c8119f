"""The CLV join: a forecast matched to the customer table, and CLV against simple LTV per segment.

A forecast (``LtvResult.customers``) covers the customers of the model's calibration
period; the customer table covers the analysis window. The two are matched on
``customer_id`` compared as text, and either side may hold customers the other lacks:
a table row without a forecast gets NaN, a forecast customer outside the table gets a
placeholder (no segment, no simple LTV).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

if TYPE_CHECKING:  # the fitting (scipy) is not needed to join a result
    from segcore.ltv.fit import LtvResult

__all__ = [
    "OUTSIDE",
    "clv_by_row",
    "forecast_segments",
    "matching_rows",
    "segment_comparison",
    "take_rows",
]

#: The segment of a forecast customer who is not in the customer table.
OUTSIDE = "~"


def matching_rows(ids: Sequence[Any], within: Sequence[Any]) -> np.ndarray:
    """Give the row of each of ``ids`` in ``within`` (−1 where absent); ids compared as text.

    ``within`` must not repeat an id (a customer table and a forecast never do).
    """
    index = pd.Index(pd.Series(within, dtype=object).astype(str))
    return index.get_indexer(pd.Series(ids, dtype=object).astype(str))


def take_rows(values: Sequence[Any] | np.ndarray, rows: np.ndarray, missing: Any) -> np.ndarray:
    """Give ``values[rows]``, with ``missing`` where a row is −1."""
    values = np.asarray(values)
    if values.size == 0:
        values = np.asarray([missing])
    return np.where(rows >= 0, values[np.maximum(rows, 0)], missing)


def clv_by_row(customer_ids: Sequence[Any], forecast: pd.DataFrame) -> np.ndarray:
    """Give the predicted CLV of each customer-table row (NaN for a customer without a forecast)."""
    rows = matching_rows(customer_ids, forecast["customer_id"])
    return take_rows(forecast["clv"].to_numpy(dtype=float), rows, np.nan)


def forecast_segments(
    forecast_ids: Sequence[Any],
    customer_ids: Sequence[Any],
    cell: np.ndarray,
    quadrant: np.ndarray,
    simple: np.ndarray,
) -> pd.DataFrame:
    """Give each forecast customer's cell, quadrant and simple LTV from the customer table.

    ``cell``, ``quadrant`` and ``simple`` are aligned with ``customer_ids``; a forecast
    customer outside the table gets "—" and NaN. Columns: ``cell``, ``quadrant``, ``simple``.
    """
    rows = matching_rows(forecast_ids, customer_ids)
    return pd.DataFrame(
        {
            "cell": take_rows(cell, rows, "—"),
            "quadrant": take_rows(quadrant, rows, "—"),
            "simple": take_rows(np.asarray(simple, dtype=float), rows, np.nan),
        }
    )


def segment_comparison(
    result: LtvResult, customer_ids: Sequence[Any], codes: np.ndarray, simple: np.ndarray
) -> tuple[pd.DataFrame, int]:
    """Give simple LTV and predicted CLV totals per segment, and the forecasts outside the table.

    ``codes`` (segment letters) and ``simple`` (simple LTV, NaN read as 0) are aligned with
    ``customer_ids`` (the customer table's rows). Columns: ``segment``, ``customers`` (in
    the table), ``forecast`` (of them, with a forecast), ``simple``, ``predicted``,
    ``predicted_low``, ``predicted_high`` (the interval of the segment's total). Empty
    segments are left out. The second value counts forecast customers not in the table.
    """
    letters = np.asarray(codes).astype(str)
    rows = matching_rows(result.customers["customer_id"], customer_ids)
    totals = result.segment_totals(take_rows(letters, rows, OUTSIDE)).set_index("segment")
    simple_frame = pd.DataFrame({"segment": letters, "simple": np.nan_to_num(np.asarray(simple, float))})
    per = simple_frame.groupby("segment").agg(customers=("simple", "size"), simple=("simple", "sum"))
    names = {
        "customers": "forecast",
        "clv": "predicted",
        "clv_low": "predicted_low",
        "clv_high": "predicted_high",
    }
    frame = per.join(totals.rename(columns=names))
    frame = frame.fillna({"forecast": 0, "predicted": 0.0}).astype({"forecast": int})
    outside = int(totals.loc[OUTSIDE, "customers"]) if OUTSIDE in totals.index else 0
    return frame.reset_index(), outside
