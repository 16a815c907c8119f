"""Plan against actual summed up: one line per period over all plan keys, and the totals so far.

Works on the frame :func:`segcore.dynamics.plan.plan_vs_actual` gives (one row per period
and plan key). An ``actual`` of NaN means the period has not happened yet (no data), so
sums keep it apart from a real 0.
"""

from __future__ import annotations

import pandas as pd

from segcore.classify.kinds import kind_of_codes

__all__ = ["plan_segment_kind", "plan_so_far", "plan_total"]

_PERIOD_COLUMNS = ["period", "period_start", "label", "complete"]


def plan_segment_kind(plan: pd.DataFrame) -> str:
    """Give the segment kind a plan's segment lines are set for (abc, abc_xyz, quadrant or xyz).

    ``plan`` is a parsed plan (:func:`segcore.dynamics.plan.load_plan`); its segment lines
    name codes in ``key``. A plan without segment lines, or with codes of no single kind,
    reads as ABC.
    """
    keys = plan.loc[plan["level"] == "segment", "key"].astype(str)
    return kind_of_codes(set(keys))


def plan_total(result: pd.DataFrame) -> pd.DataFrame:
    """Give plan and actual per period summed over every plan key (one line per period).

    The actual of a period stays empty (NaN) while no key has one: the period has not
    happened. ``variance`` is actual − plan and ``variance_pct`` actual / plan − 1 (NaN
    where the plan is 0).
    """
    summed = result.groupby(_PERIOD_COLUMNS, as_index=False).agg(
        plan=("plan", "sum"), actual=("actual", lambda s: s.sum(min_count=1))
    )
    summed["variance"] = summed["actual"] - summed["plan"]
    summed["variance_pct"] = summed["actual"] / summed["plan"].where(summed["plan"] != 0) - 1.0
    return summed.sort_values("period").reset_index(drop=True)


def plan_so_far(result: pd.DataFrame) -> tuple[float, float]:
    """Give the plan and the actual summed over the periods that have an actual.

    Periods still ahead (actual NaN) are left out of both sums, so the two compare like
    with like.
    """
    done = result.dropna(subset=["actual"])
    return float(done["plan"].sum()), float(done["actual"].sum())
