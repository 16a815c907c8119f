"""Key customers who have gone quiet against their own buying rhythm, with the money at stake.

The rule (every threshold is a module constant):

- *key*: ABC group A or quadrant III of the scenario (``key`` changes the groups);
- *rhythm*: at least two orders on different days; the usual gap is the mean time between
  orders, ``tenure_days / (orders − 1)``. A customer with fewer than two purchases has no
  rhythm to fall behind and is never listed;
- *overdue*: days since the last purchase > max(:data:`OVERDUE_GAPS` × usual gap, usual
  gap + :data:`OVERDUE_GRACE_DAYS`): three missed purchases, and at least a month late,
  so that a weekly buyer is not flagged after three quiet weeks;
- *lost*: overdue by more than :data:`LOST_GAPS` usual gaps, or P(alive) below
  :data:`LOST_P_ALIVE` when a model's P(alive) is given (an overdue customer who is not
  lost is ``overdue``);
- *still within reach*: quiet for at most :data:`REACH_DAYS` days. A customer silent for
  longer than a year is no longer "at risk": the loss is already in last year's revenue
  and belongs to a win-back list;
- *revenue at stake*: the customer's yearly run-rate while buying, revenue × 365 /
  max(tenure + usual gap, 365) days: what a year without them costs;
- *material*: revenue at stake at least ``min_stake``, by default the average yearly
  run-rate of the ABC class-A customers with a rhythm: a loss at least as large as an
  average class-A customer. This keeps the list to the customers a manager should call
  this week.

On the demo store this lists about two dozen customers, Sunrise Property Management (a
key account quiet for 205 days after buying every 15) first; without the reach and
materiality conditions it would list about two thousand.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from segcore.insight.finding import Finding, Severity
from segcore.insight.inputs import InsightInputs, prepare
from segcore.settings import Scenario

__all__ = [
    "AT_RISK_COLUMNS",
    "KEY_GROUPS",
    "LOST_GAPS",
    "LOST_P_ALIVE",
    "OVERDUE_GAPS",
    "OVERDUE_GRACE_DAYS",
    "REACH_DAYS",
    "at_risk",
    "at_risk_findings",
    "at_risk_frame",
    "default_min_stake",
    "run_rate",
    "usual_gap_days",
]

KEY_GROUPS: tuple[str, ...] = ("A", "III")
OVERDUE_GAPS = 3.0
OVERDUE_GRACE_DAYS = 30
LOST_GAPS = 6.0
LOST_P_ALIVE = 0.3
REACH_DAYS = 365
_YEAR_DAYS = 365.0

AT_RISK_COLUMNS = (
    "customer_id", "cell", "quadrant", "revenue", "usual_gap_days", "days_since_last",
    "overdue_ratio", "p_alive", "revenue_at_stake", "status",
)  # fmt: skip


def usual_gap_days(customers: pd.DataFrame) -> np.ndarray:
    """Give each customer's mean days between orders (NaN without two orders on different days)."""
    tenure = customers["tenure_days"].to_numpy(dtype=np.float64, na_value=np.nan)
    orders = customers["orders"].to_numpy(dtype=np.float64, na_value=0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        gap = tenure / (orders - 1)
    return np.where((orders >= 2) & (tenure > 0), gap, np.nan)


def run_rate(customers: pd.DataFrame, gap: np.ndarray) -> np.ndarray:
    """Give the yearly revenue while buying: revenue × 365 / max(tenure + usual gap, 365) days."""
    revenue = customers["revenue"].to_numpy(dtype=np.float64, na_value=0.0)
    tenure = customers["tenure_days"].to_numpy(dtype=np.float64, na_value=0.0)
    span = np.fmax(tenure + np.nan_to_num(gap), _YEAR_DAYS)
    return np.maximum(revenue, 0.0) * _YEAR_DAYS / span


def _key_mask(inputs: InsightInputs, key: Sequence[str]) -> np.ndarray:
    seg = inputs.segmentation
    return np.isin(seg.abc, list(key)) | np.isin(seg.quadrant, list(key))


def default_min_stake(inputs: InsightInputs, stake: np.ndarray, gap: np.ndarray) -> float:
    """Give the average yearly run-rate of the class-A customers with a rhythm (0 when none)."""
    rows = (inputs.segmentation.abc == "A") & np.isfinite(gap)
    return float(stake[rows].mean()) if rows.any() else 0.0


def at_risk_frame(
    inputs: InsightInputs, *, key: Sequence[str] = KEY_GROUPS, min_stake: float | None = None
) -> pd.DataFrame:
    """Give the at-risk list for prepared inputs (see :func:`at_risk` and the module docstring)."""
    customers = inputs.customers
    gap = usual_gap_days(customers)
    last = pd.to_datetime(customers["last_purchase"])
    days = (inputs.as_of - last).dt.days.to_numpy(dtype=np.float64, na_value=np.nan)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = days / gap
    stake = run_rate(customers, gap)
    key_rows = _key_mask(inputs, key) & np.isfinite(gap)
    if min_stake is None:
        min_stake = default_min_stake(inputs, stake, gap)
    p_alive = inputs.p_alive if inputs.p_alive is not None else np.full(len(customers), np.nan)
    doubtful = p_alive < LOST_P_ALIVE
    overdue = days > np.fmax(OVERDUE_GAPS * gap, gap + OVERDUE_GRACE_DAYS)
    listed = key_rows & (overdue | doubtful) & (days <= REACH_DAYS) & (stake >= min_stake)
    rows = np.flatnonzero(listed)
    lost = (ratio[rows] > LOST_GAPS) | doubtful[rows]
    frame = pd.DataFrame(
        {
            "customer_id": inputs.ids[rows],
            "cell": inputs.segmentation.cell[rows],
            "quadrant": inputs.segmentation.quadrant[rows],
            "revenue": customers["revenue"].to_numpy(dtype=np.float64)[rows],
            "usual_gap_days": gap[rows],
            "days_since_last": days[rows].astype(np.int64),
            "overdue_ratio": ratio[rows],
            "p_alive": p_alive[rows],
            "revenue_at_stake": stake[rows],
            "status": np.where(lost, "lost", "overdue"),
        }
    )
    frame = frame.sort_values(["revenue_at_stake", "customer_id"], ascending=[False, True], kind="stable")
    return frame.reset_index(drop=True)[list(AT_RISK_COLUMNS)]


def at_risk(
    customers: pd.DataFrame,
    scenario: Scenario | None = None,
    *,
    as_of: Any = None,
    p_alive: Any = None,
    key: Sequence[str] = KEY_GROUPS,
    min_stake: float | None = None,
) -> pd.DataFrame:
    """Give the key customers who are overdue against their own rhythm or already lost.

    ``customers`` is a customer table (:func:`segcore.customer_table`); ``scenario``
    (``Scenario()`` by default) decides who is key: ABC group A or quadrant III, or the
    groups named in ``key`` (ABC letters or quadrant labels). ``as_of`` is the date days
    are counted to (the table's analysis date by default). ``p_alive``: a model's
    probability that each customer is still active (a Series indexed by customer id, or
    one value per row); below 0.3 it marks an overdue-or-not key customer as lost.
    ``min_stake``: the smallest yearly revenue at stake listed (by default the average
    class-A customer's run-rate; 0 lists everyone who passes the other conditions).

    Columns: ``customer_id``, ``cell``, ``quadrant``, ``revenue``, ``usual_gap_days``,
    ``days_since_last``, ``overdue_ratio`` (days since last / usual gap), ``p_alive``
    (NaN when not given), ``revenue_at_stake`` (yearly run-rate), ``status`` (``overdue``
    or ``lost``); sorted by revenue at stake, largest first. The rule and its thresholds
    are in the module docstring of :mod:`segcore.insight.at_risk`.
    """
    inputs = prepare(customers, scenario, as_of=as_of, p_alive=p_alive)
    return at_risk_frame(inputs, key=key, min_stake=min_stake)


def at_risk_findings(inputs: InsightInputs) -> list[Finding]:
    """Give the at-risk finding: how many key customers, how many lost, the revenue at stake."""
    frame = at_risk_frame(inputs)
    if frame.empty:
        return []
    top = frame.iloc[0]
    lost = int((frame["status"] == "lost").sum())
    figures = {
        "customers": len(frame),
        "at_stake": float(frame["revenue_at_stake"].sum()),
        "days": int(top["days_since_last"]),
        "gap": float(top["usual_gap_days"]),
    }
    if len(frame) == 1:
        variant = f"one_{top['status']}"
    elif lost:
        variant, figures["lost"] = "many", lost
    else:
        variant = "many_overdue"
    return [Finding("at_risk", Severity.HIGH, tuple(frame["customer_id"]), figures, variant)]
