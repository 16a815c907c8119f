"""The customer base per period: new, active, retained, returning, reactivated, lost and live.

A customer is active in a period with a purchase in it; lost after ``lost_after`` whole
periods without one; the live base is every customer acquired and not (yet) lost.
"""

from __future__ import annotations

from typing import Any

import ibis
import ibis.expr.types as ir
import numpy as np
import pandas as pd

from segcore.customers import transactions_table
from segcore.dynamics.lines import PERIOD_COLUMNS, check_grain, customer_activity, data_bounds, period_frame
from segcore.errors import SettingsError
from segcore.periods import Grain, period_of

__all__ = ["customer_base"]

_BASE_COLUMNS = (
    *PERIOD_COLUMNS, "active", "new", "retained", "returning", "reactivated", "lost", "live",
    "retention_rate",
)  # fmt: skip


def customer_base(transactions: Any, grain: Grain = "M", *, lost_after: int = 3) -> pd.DataFrame:
    """Give the movement of the customer base per period: new, active, returning, lost, live.

    Per period ``p`` (from the first to the last period of the data; ``grain`` ``M``,
    ``Q`` or ``Y``):

    - ``active``: customers with a purchase in ``p``;
    - ``new``: active customers whose first purchase ever is in ``p``;
    - ``retained``: active, not new, and active in ``p − 1`` too;
    - ``returning``: active, not new, and *not* active in ``p − 1``: they come back after a
      gap of at least one whole period without purchase (active = new + retained +
      returning);
    - ``reactivated``: the returning customers whose gap was ``lost_after`` periods or more,
      i.e. who had been counted lost;
    - ``lost``: customers whose last purchase was exactly ``lost_after`` periods before
      ``p`` and who bought nothing since (``lost_after`` whole periods without purchase).
      Counted once, in the period they become lost; a customer who comes back and goes
      quiet again is lost again. Near the end of the data the customers still inside their
      grace period are not yet lost (nobody is lost "in the future");
    - ``live``: the live base at the end of ``p``: customers acquired by ``p`` and not lost
      as of ``p`` (last purchase fewer than ``lost_after`` periods before the end of ``p``).
      ``live[p] = live[p − 1] + new + reactivated − lost``;
    - ``retention_rate`` = retained / active in ``p − 1`` (NaN when nobody was active).
    """
    check_grain(grain)
    if not isinstance(lost_after, int) or isinstance(lost_after, bool) or lost_after < 1:
        raise SettingsError("dynamics.lost_after", value=lost_after)
    table = transactions_table(transactions)
    bounds = data_bounds(table)
    columns = list(_BASE_COLUMNS[4:-1])
    if bounds is None:
        return pd.DataFrame(columns=list(_BASE_COLUMNS))
    events = _base_events(table, grain, lost_after)
    first, last = period_of(bounds[0], grain), period_of(bounds[1], grain)
    frame = period_frame(first, last, grain, bounds)
    frame = frame.merge(events, on="period", how="left")
    for column in columns[:-1]:
        frame[column] = frame[column].fillna(0).astype(np.int64)
    frame["live"] = (frame["new"] + frame["reactivated"] - frame["lost"]).cumsum()
    previous_active = frame["active"].shift(1).astype(float)
    frame["retention_rate"] = frame["retained"] / previous_active.where(previous_active > 0)
    return frame[list(_BASE_COLUMNS)]


def _base_events(table: ir.Table, grain: Grain, lost_after: int) -> pd.DataFrame:
    activity = customer_activity(table, grain).select("customer_id", "period")
    window = ibis.window(group_by=activity.customer_id, order_by=activity.period)
    marked = activity.mutate(
        gap=activity.period - activity.period.lag().over(window),
        ahead=activity.period.lead().over(window) - activity.period,
    )
    flows = marked.group_by("period").aggregate(
        active=marked.count(),
        new=marked.gap.isnull().sum(),
        retained=(marked.gap == 1).fill_null(False).sum(),
        returning=(marked.gap > 1).fill_null(False).sum(),
        reactivated=(marked.gap > lost_after).fill_null(False).sum(),
    )
    leaving = marked.filter(marked.ahead.isnull() | (marked.ahead > lost_after))
    lost = leaving.group_by(period=leaving.period + lost_after).aggregate(lost=leaving.count())
    flows_frame = flows.to_pandas().astype({"period": np.int64})
    lost_frame = lost.to_pandas().astype({"period": np.int64})
    return flows_frame.merge(lost_frame, on="period", how="outer")
