"""Golden share: the golden group's share of revenue per period, before and after a campaign.

The golden group is a set of customer ids (class A, quadrant III, a campaign's target);
its share of each period's revenue shows whether the business leans on it more or less,
and the mean share on each side of a campaign date tells how that share moved.

The share is not the campaign's effect: customers who arrive after the campaign dilute it,
and a group picked with data from after the campaign carries its own picking. For the
effect, :func:`segcore.dynamics.campaign.campaign_lift` fixes the group before the campaign
and compares its revenue growth with that of the other customers (a difference in
differences).
"""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

import ibis
import numpy as np
import pandas as pd

from segcore.customers import transactions_table
from segcore.dynamics.lines import (
    PERIOD_COLUMNS,
    PERIODS_PER_YEAR,
    check_grain,
    check_returns,
    data_bounds,
    period_frame,
    priced_lines,
)
from segcore.errors import SettingsError
from segcore.periods import Grain, period_of, period_start
from segcore.settings import ReturnsPolicy

__all__ = ["CampaignEffect", "GoldenShare", "campaign_sides", "golden_share"]

_GOLDEN_COLUMNS = (*PERIOD_COLUMNS, "revenue", "golden_revenue", "share", "golden_customers")


class CampaignEffect(NamedTuple):
    """The golden share before and after a campaign, and the change (after − before).

    ``before`` / ``after``: mean of the per-period shares over the complete periods wholly
    before / from the campaign date (the period that contains a mid-period start is in
    neither; periods without revenue are left out), all of them or the ``periods`` nearest
    the campaign; ``pooled_before`` / ``pooled_after``: golden revenue / revenue over the same
    periods; ``after_year_ago``: the mean share in the same periods one year earlier
    (NaN when not covered), a check against seasonality.
    """

    campaign_date: date
    before: float
    after: float
    change: float
    pooled_before: float
    pooled_after: float
    after_year_ago: float
    periods_before: int
    periods_after: int


class GoldenShare(NamedTuple):
    """The golden group's revenue share per period, and the campaign effect when asked."""

    periods: pd.DataFrame
    effect: CampaignEffect | None


def golden_share(
    transactions: Any,
    golden_ids: Any,
    grain: Grain = "M",
    *,
    campaign_date: date | None = None,
    periods: int | None = None,
    returns: ReturnsPolicy = "net",
) -> GoldenShare:
    """Give the golden customers' share of revenue per period, and a campaign's effect on it.

    ``golden_ids``: the customer ids of the golden group (e.g. class A, or quadrant III).
    ``periods`` has revenue, golden_revenue, share (NaN where revenue ≤ 0), golden_customers
    (active golden customers) and ``complete``. With ``campaign_date`` the result also
    holds a :class:`CampaignEffect` (incomplete periods left out of both sides); ``periods``
    limits each side to that many periods next to the campaign (e.g. 4 months before
    against 4 after), so that a group's build-up over years does not pass for an effect.
    ``grain``: ``M``, ``Q`` or ``Y``.
    """
    if periods is not None and (not isinstance(periods, int) or periods < 1):
        raise SettingsError("dynamics.campaign_periods", value=periods)
    check_grain(grain)
    check_returns(returns)
    table = transactions_table(transactions)
    bounds = data_bounds(table)
    ids = pd.Series(pd.unique(pd.Series(list(golden_ids), dtype="string").dropna()), dtype="string")
    golden_table = ibis.memtable(pd.DataFrame({"customer_id": ids}))
    lines = priced_lines(table, grain, returns)
    golden = lines.customer_id.cast("string").isin(golden_table.customer_id)
    sums = lines.group_by("period").aggregate(
        revenue=lines.revenue.sum(),
        golden_revenue=lines.revenue.sum(where=golden),
        golden_customers=lines.customer_id.nunique(where=golden & lines.positive),
    )
    if bounds is None:
        return GoldenShare(pd.DataFrame(columns=list(_GOLDEN_COLUMNS)), None)
    first, last = period_of(bounds[0], grain), period_of(bounds[1], grain)
    frame = period_frame(first, last, grain, bounds).merge(
        sums.to_pandas().astype({"period": np.int64}), on="period", how="left"
    )
    for column in ("revenue", "golden_revenue"):
        frame[column] = frame[column].astype(float).fillna(0.0)
    frame["golden_customers"] = frame["golden_customers"].fillna(0).astype(np.int64)
    frame["share"] = frame["golden_revenue"] / frame["revenue"].where(frame["revenue"] > 0)
    frame = frame[list(_GOLDEN_COLUMNS)]
    effect = None if campaign_date is None else _campaign_effect(frame, campaign_date, grain, periods)
    return GoldenShare(frame, effect)


def campaign_sides(
    frame: pd.DataFrame, campaign: date, grain: Grain, periods: int | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Give the masks of the usable periods before and after the campaign (at most ``periods``).

    ``frame`` is :func:`golden_share`'s periods; a period is usable when it is complete and
    has a share. Before: periods whose last day falls before ``campaign``; after: periods
    that start on or after it; with ``periods``, only that many next to the campaign on each side.
    """
    usable = frame["complete"].to_numpy(bool) & frame["share"].notna().to_numpy()
    ends = np.array([period_start(int(p) + 1, grain) for p in frame["period"]])
    starts = frame["period_start"].dt.date.to_numpy()
    before = usable & (ends <= campaign)
    after = usable & (starts >= campaign)
    if periods is not None:
        before[np.flatnonzero(before)[:-periods]] = False
        after[np.flatnonzero(after)[periods:]] = False
    return before, after


def _campaign_effect(
    frame: pd.DataFrame, campaign: date, grain: Grain, periods: int | None = None
) -> CampaignEffect:
    campaign = pd.Timestamp(campaign).date()
    before, after = campaign_sides(frame, campaign, grain, periods)
    year_ago = frame["period"].isin(frame.loc[after, "period"] - PERIODS_PER_YEAR[grain]).to_numpy()
    share = frame["share"]

    def pooled(mask: np.ndarray) -> float:
        total = frame.loc[mask, "revenue"].sum()
        return float(frame.loc[mask, "golden_revenue"].sum() / total) if total > 0 else float("nan")

    mean_before, mean_after = float(share[before].mean()), float(share[after].mean())
    return CampaignEffect(
        campaign_date=campaign,
        before=mean_before,
        after=mean_after,
        change=mean_after - mean_before,
        pooled_before=pooled(before),
        pooled_after=pooled(after),
        after_year_ago=float(share[year_ago].mean()),
        periods_before=int(before.sum()),
        periods_after=int(after.sum()),
    )
