"""The customers who moved, as a list a sales team works through: where they were, where they are.

Two lists of movers exist in the studio:

- between two scenarios on one customer table (:attr:`ScenarioComparison.movers
  <segcore.dynamics.migration.ScenarioComparison.movers>`: the customers whose ABC, XYZ or
  quadrant changes when the thresholds change): :func:`scenario_mover_rows` gives one row
  per mover with the cell and quadrant in scenario B (``cell``, ``quadrant``: the card whose
  next action the list carries) and in scenario A (``cell_from``, ``quadrant_from``);
- between two periods with the same thresholds (one square of
  :func:`~segcore.dynamics.migration.migration_matrix`): :func:`period_mover_rows` gives
  one row per customer of the square with the codes of both periods (``moved_from``,
  ``moved_to``) and the customer's cell and quadrant under the current scenario.

Either list becomes the sales list of :func:`segcore.report.sales_list.sales_frame` (next
action, priority, owner, last purchase, revenue, contacts; ``sales`` or ``analyst`` preset).
Rows are ordered by revenue, largest first, then by customer id.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

__all__ = ["MOVER_CODES", "period_mover_rows", "scenario_mover_rows"]

#: The codes columns of a scenario mover row, renamed from :attr:`ScenarioComparison.movers`.
MOVER_CODES: dict[str, str] = {
    "abc_xyz_a": "cell_from",
    "abc_xyz_b": "cell",
    "quadrant_a": "quadrant_from",
    "quadrant_b": "quadrant",
}
_LEAD = ("customer_id", "cell_from", "cell", "quadrant_from", "quadrant")


def _largest_first(frame: pd.DataFrame, money: str) -> pd.DataFrame:
    ordered = frame.assign(_id=frame["customer_id"].astype(str))
    ordered = ordered.sort_values([money, "_id"], ascending=[False, True], kind="stable")
    return ordered.drop(columns="_id").reset_index(drop=True)


def scenario_mover_rows(movers: pd.DataFrame) -> pd.DataFrame:
    """Give the scenario movers as list rows: id, cells and quadrants (A → B), every code, revenue.

    ``movers``: :attr:`ScenarioComparison.movers` (``customer_id``, ``<kind>_a`` /
    ``<kind>_b`` for abc, xyz, abc_xyz and quadrant, ``revenue``). Codes are plain text.
    """
    frame = movers.rename(columns=MOVER_CODES)
    lead = [c for c in _LEAD if c in frame.columns]
    frame = frame[lead + [c for c in frame.columns if c not in lead]]
    text = {c: object for c in frame.columns if c != "revenue"}
    frame = frame.astype(text)
    frame["customer_id"] = frame["customer_id"].astype(str)
    frame["revenue"] = pd.to_numeric(frame["revenue"]).astype(float)
    return _largest_first(frame, "revenue")


def period_mover_rows(
    ids: Sequence[str],
    moved: tuple[str, str],
    customers: pd.DataFrame,
    codes: dict[str, np.ndarray],
    revenue: tuple[pd.Series, pd.Series],
) -> pd.DataFrame:
    """Give the customers of one from → to square as list rows, largest revenue in the later period first.

    ``ids``: the square's customers (:func:`~segcore.dynamics.migration.migration_customers`);
    ``moved``: the square's codes (from, to), written in ``moved_from`` / ``moved_to``;
    ``customers`` and ``codes`` (``{"cell": …, "quadrant": …}`` aligned with its rows): the
    current cell and quadrant of each customer (none for an id the table lacks);
    ``revenue``: each customer's revenue in the earlier and the later period (by id; 0 when
    the customer bought nothing there).
    """
    keys = [str(i) for i in ids]
    positions = pd.Index(customers["customer_id"].astype(str)).get_indexer(keys)
    found = positions >= 0
    frame = pd.DataFrame({"customer_id": pd.Series(keys, dtype=object)})
    frame["moved_from"], frame["moved_to"] = moved
    for name, values in codes.items():
        column = np.full(len(keys), None, dtype=object)
        column[found] = np.asarray(values, dtype=object)[positions[found]]
        frame[name] = column
    for name, money in zip(("revenue_a", "revenue_b"), revenue, strict=True):
        series = pd.Series(money)
        series.index = series.index.astype(str)
        frame[name] = series[~series.index.duplicated()].reindex(keys).fillna(0.0).to_numpy(float)
    return _largest_first(frame, "revenue_b")
