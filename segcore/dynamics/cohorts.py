"""Acquisition cohorts: per cohort and periods since acquisition, the share still buying.

The cohort of a customer is the period of their first purchase; a cohort's row of shares
reads as a retention curve, a column as the same age across cohorts.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from segcore.customers import transactions_table
from segcore.dynamics.lines import check_grain, customer_activity, data_bounds
from segcore.periods import Grain, period_label, period_of, period_start

__all__ = ["cohort_retention"]

_COHORT_COLUMNS = (
    "cohort", "cohort_label", "cohort_start", "periods_since", "customers", "cohort_size", "share", "revenue",
)  # fmt: skip


def cohort_retention(transactions: Any, grain: Grain = "M") -> pd.DataFrame:
    """Give, per acquisition cohort and periods since acquisition, the share still buying.

    The cohort of a customer is the period of their first purchase; ``periods_since`` = 0
    is that period (share 1 by definition). ``customers`` = cohort members active in the
    period, ``share`` = customers / ``cohort_size``, ``revenue`` = the cohort's net revenue
    in the periods they were active. Long format, one row per (cohort, periods_since) up to
    the last period of the data (zeros included): ready for a heatmap. ``grain``: ``M``,
    ``Q`` or ``Y``.
    """
    check_grain(grain)
    table = transactions_table(transactions)
    bounds = data_bounds(table)
    if bounds is None:
        return pd.DataFrame(columns=list(_COHORT_COLUMNS))
    activity = customer_activity(table, grain)
    activity = activity.mutate(cohort=activity.period.min().over(group_by=activity.customer_id))
    cells = (
        activity.group_by(["cohort", "period"])
        .aggregate(customers=activity.count(), revenue=activity.revenue.sum())
        .to_pandas()
    )
    cells = cells.astype({"cohort": np.int64, "period": np.int64})
    last = period_of(bounds[1], grain)
    cohorts = np.sort(cells["cohort"].unique())
    spans = last - cohorts + 1
    grid = pd.DataFrame(
        {
            "cohort": np.repeat(cohorts, spans),
            "periods_since": np.concatenate([np.arange(s) for s in spans]) if len(spans) else [],
        }
    ).astype(np.int64)
    cells["periods_since"] = cells["period"] - cells["cohort"]
    frame = grid.merge(cells.drop(columns="period"), on=["cohort", "periods_since"], how="left")
    frame["customers"] = frame["customers"].fillna(0).astype(np.int64)
    frame["revenue"] = frame["revenue"].astype(float).fillna(0.0)
    sizes = cells.loc[cells["periods_since"] == 0].set_index("cohort")["customers"]
    frame["cohort_size"] = frame["cohort"].map(sizes).astype(np.int64)
    frame["share"] = frame["customers"] / frame["cohort_size"]
    cohort = frame["cohort"]
    frame["cohort_label"] = pd.array([period_label(int(c), grain) for c in cohort], dtype="string")
    frame["cohort_start"] = pd.to_datetime(pd.Series([period_start(int(c), grain) for c in cohort]))
    return frame[list(_COHORT_COLUMNS)]
