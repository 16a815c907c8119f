"""The periods on each side of a campaign that the golden-share effect compares.

A period is *before* the campaign when it ends before the campaign day, *after* it when it
starts on or after that day; the period that contains a campaign starting mid-period is in
neither. Only complete periods with a share (some revenue) count, and ``periods`` keeps
the ones nearest the campaign. These are the periods behind
:class:`segcore.dynamics.CampaignEffect`'s ``before`` and ``after``.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from segcore.dynamics import DynamicsGrain, period_first_day

__all__ = ["campaign_sides"]


def campaign_sides(
    frame: pd.DataFrame, campaign: date, grain: DynamicsGrain, periods: int | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Give the masks of the periods before and after ``campaign`` (at most ``periods`` each).

    ``frame`` is the per-period frame of :func:`segcore.dynamics.golden_share` (columns
    period, period_start, complete, share). Both masks are aligned with its rows.
    """
    campaign = pd.Timestamp(campaign).date()
    usable = frame["complete"].to_numpy(bool) & frame["share"].notna().to_numpy()
    ends = np.array([period_first_day(int(p) + 1, grain) for p in frame["period"]])
    starts = frame["period_start"].dt.date.to_numpy()
    before = usable & (ends <= campaign)
    after = usable & (starts >= campaign)
    if periods is not None:
        before[np.flatnonzero(before)[:-periods]] = False
        after[np.flatnonzero(after)[periods:]] = False
    return before, after
