"""Campaign lift: a group fixed before a campaign against the other customers, before and after it.

A campaign aimed at a group of customers (class A, the top fifth by revenue, a list from a
CRM) shows in the group's revenue, not in its share of all revenue: the share is diluted by
the customers who arrive later, and a group picked with data after the campaign mixes the
campaign's effect with the picking. So the readout here is a difference in differences:

1. The *population* is fixed before the campaign: the customers with a line (a purchase or
   a return) in the look-back window, the ``lookback_months`` calendar months up to the
   day before the campaign date.
2. The *group* is picked from the population on the look-back revenue alone:
   ``rule="class_a"`` takes ABC class A (the customers who bring the first ``cut`` of the
   revenue, 0.80 by default, the customer who crosses the cut kept in A);
   ``rule="top_share"`` takes the first ⌈``cut`` × customers⌉ by revenue (0.20 = the top
   fifth; ties by id). ``group_ids`` replace the rule with the caller's list. The *rest*
   is the rest of the population.
3. Each side's revenue in the ``months`` calendar months before the campaign date is
   compared with its revenue in the ``months`` months from it: ratio = after ÷ before.
4. **lift** = group ratio ÷ rest ratio: 1 means the group moved as the other customers did
   (season, prices, the market), 2 that it grew twice as fast. The **difference in
   differences** in money is what the group brought after the campaign beyond what it
   would have brought at the rest's rate: group after − group before × rest ratio.

Customers outside the population (new since the campaign, or back after a gap longer than
the look-back) are in neither side and are reported apart (``newcomers``), as are the
``exclude_ids`` (e.g. key accounts that account managers serve). The same comparison one
year earlier (``placebo``) shows the lift of the same choice without a campaign: a group
picked at its best months tends to fall back, so a placebo below 1 is common; the rule picks
its group again a year earlier (given ids stay the same ids).

Revenue follows the returns policy: ``net`` = every amount, ``gross`` = positive amounts
only, ``exclude`` = negative lines left out of everything, the population included.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Literal

import ibis
import ibis.expr.types as ir
import numpy as np
import pandas as pd

from segcore.classify.abc import abc_classes
from segcore.customers import transactions_table
from segcore.dynamics.lines import check_returns, data_bounds
from segcore.errors import SettingsError
from segcore.settings import ReturnsPolicy

__all__ = ["GROUP_RULES", "CampaignLift", "CampaignWindows", "GroupRule", "SideRevenue", "campaign_lift"]

GroupRule = Literal["class_a", "top_share"]
#: How the group is picked from the look-back revenue, and the default ``cut`` of each rule.
GROUP_RULES: dict[str, float] = {"class_a": 0.80, "top_share": 0.20}


@dataclass(frozen=True)
class CampaignWindows:
    """The days a campaign comparison reads, each range inclusive.

    Look-back (picks the population and the group): ``lookback_start`` to the day before
    ``campaign_date``; before: ``before_start`` to the day before ``campaign_date``; after:
    ``campaign_date`` to ``after_last``.
    """

    campaign_date: date
    lookback_start: date
    before_start: date
    after_last: date

    @classmethod
    def around(cls, campaign_date: date, months: int, lookback_months: int) -> CampaignWindows:
        """Give the windows of ``months`` months before and from the date, and the look-back."""
        day = pd.Timestamp(campaign_date)
        return cls(
            campaign_date=day.date(),
            lookback_start=(day - pd.DateOffset(months=lookback_months)).date(),
            before_start=(day - pd.DateOffset(months=months)).date(),
            after_last=(day + pd.DateOffset(months=months) - pd.Timedelta(days=1)).date(),
        )

    def covered_by(self, bounds: tuple[date, date] | None) -> bool:
        """Tell whether data from ``bounds[0]`` to ``bounds[1]`` cover every window."""
        return bounds is not None and bounds[0] <= self.lookback_start and self.after_last <= bounds[1]


@dataclass(frozen=True)
class SideRevenue:
    """One side's customers and revenue in the months before the campaign and from it.

    ``customers``: customers of the side with a line in the look-back or the months from the
    campaign; ``buyers_before`` / ``buyers_after``: those with a purchase in the months before /
    from the campaign; ``before`` / ``after``: their revenue there; ``ratio`` = after ÷ before
    (NaN unless before > 0); ``change`` = after − before.
    """

    customers: int
    buyers_before: int
    buyers_after: int
    before: float
    after: float
    ratio: float
    change: float


@dataclass(frozen=True)
class CampaignLift:
    """A campaign's difference in differences: the group against the rest, before and after.

    ``rule``: ``class_a``, ``top_share`` or ``ids`` (the caller's list; ``cut`` is then NaN).
    ``group`` / ``rest``: the two sides (see the module docstring); ``newcomers``: customers
    without a line in the look-back who buy from the campaign on (``before`` is 0), of whom
    ``new_customers`` buy for the first time ever; ``excluded``: the ids left out.
    ``lift`` = group ratio ÷ rest ratio (NaN when a ratio is undefined or the rest's is not
    positive); ``expected_after`` = group before × rest ratio; ``difference`` = group after −
    expected_after. ``placebo``: the same comparison a year earlier, None when the data do
    not cover it or it was not asked for.
    """

    windows: CampaignWindows
    months: int
    lookback_months: int
    rule: Literal["class_a", "top_share", "ids"]
    cut: float
    group: SideRevenue
    rest: SideRevenue
    newcomers: SideRevenue
    excluded: SideRevenue
    new_customers: int
    lift: float
    expected_after: float
    difference: float
    placebo: CampaignLift | None


def campaign_lift(
    transactions: Any,
    campaign_date: date,
    *,
    months: int = 4,
    lookback_months: int = 12,
    rule: GroupRule = "class_a",
    cut: float | None = None,
    group_ids: Iterable[str] | None = None,
    exclude_ids: Iterable[str] = (),
    returns: ReturnsPolicy = "net",
    placebo: bool = True,
) -> CampaignLift:
    """Give a campaign's lift: the group's revenue growth over the rest's, the group fixed before it.

    ``months``: the calendar months compared on each side of ``campaign_date`` (4: May–Aug
    against Sep–Dec for a campaign on 1 September); ``lookback_months`` (at least
    ``months``): the months before the campaign that fix the population and pick the group.
    ``rule`` and ``cut`` (default 0.80 for ``class_a``, 0.20 for ``top_share``) pick the
    group, unless ``group_ids`` give it; ``exclude_ids`` are left out of both sides (and win
    over ``group_ids``). Definitions: see the module docstring.

    Raises :class:`SettingsError` for a bad setting, data that do not cover the look-back
    and both windows, or a group without a customer.
    """
    cut = _checked_settings(months, lookback_months, rule, cut, returns)
    table = transactions_table(transactions)
    if returns == "exclude":
        table = table.filter(table.amount >= 0)
    bounds = data_bounds(table)
    windows = CampaignWindows.around(campaign_date, months, lookback_months)
    _check_covered(windows, bounds, months, lookback_months)
    ids = None if group_ids is None else _id_set(group_ids)
    excluded = _id_set(exclude_ids)
    result = _lift(table, windows, (months, lookback_months), (rule, cut), ids, excluded, returns)
    if result.group.customers == 0:
        raise SettingsError("dynamics.campaign_group_empty", start=windows.lookback_start.isoformat())
    if not placebo:
        return result
    year_ago = CampaignWindows.around(
        (pd.Timestamp(windows.campaign_date) - pd.DateOffset(years=1)).date(), months, lookback_months
    )
    if not year_ago.covered_by(bounds):
        return result
    earlier = _lift(table, year_ago, (months, lookback_months), (rule, cut), ids, excluded, returns)
    return replace(result, placebo=earlier)


def _checked_settings(months: int, lookback_months: int, rule: str, cut: float | None, returns: str) -> float:
    """Give the cut to use (the rule's default when None) after checking every setting."""
    if not _whole(months) or months < 1:
        raise SettingsError("dynamics.campaign_months", value=months)
    if not _whole(lookback_months) or lookback_months < months:
        raise SettingsError("dynamics.campaign_lookback", value=lookback_months, months=months)
    if rule not in GROUP_RULES:
        raise SettingsError("dynamics.campaign_rule", value=rule)
    cut = GROUP_RULES[rule] if cut is None else cut
    if isinstance(cut, bool) or not isinstance(cut, int | float) or not (0 < cut < 1):
        raise SettingsError("dynamics.campaign_cut", value=cut)
    check_returns(returns)
    return float(cut)


def _whole(value: object) -> bool:
    return isinstance(value, int | np.integer) and not isinstance(value, bool)


def _id_set(ids: Iterable[str]) -> frozenset[str]:
    return frozenset(str(i) for i in ids if not (i is None or (isinstance(i, float) and math.isnan(i))))


def _check_covered(
    windows: CampaignWindows, bounds: tuple[date, date] | None, months: int, lookback_months: int
) -> None:
    if bounds is None:
        raise SettingsError("dynamics.campaign_no_data")
    if not windows.covered_by(bounds):
        raise SettingsError(
            "dynamics.campaign_window",
            campaign=windows.campaign_date.isoformat(),
            start=windows.lookback_start.isoformat(),
            end=windows.after_last.isoformat(),
            lookback=lookback_months,
            months=months,
            first=bounds[0].isoformat(),
            last=bounds[1].isoformat(),
        )


def _lift(
    table: ir.Table,
    windows: CampaignWindows,
    spans: tuple[int, int],
    picking: tuple[GroupRule, float],
    group_ids: frozenset[str] | None,
    exclude_ids: frozenset[str],
    returns: ReturnsPolicy,
) -> CampaignLift:
    """Give the readout of one campaign date (without a placebo)."""
    per = _customer_sums(table, windows, returns)
    excluded = per["customer_id"].isin(exclude_ids).to_numpy()
    population = per["in_lookback"].to_numpy() & ~excluded
    if group_ids is None:
        group = population & _picked(per, population, *picking)
    else:
        group = per["customer_id"].isin(group_ids).to_numpy() & ~excluded
    newcomers = ~per["in_lookback"].to_numpy() & ~group & ~excluded
    sides = {
        "group": _side(per, group),
        "rest": _side(per, population & ~group),
        "newcomers": _side(per, newcomers),
        "excluded": _side(per, excluded),
    }
    first_time = newcomers & (per["first_purchase"] >= pd.Timestamp(windows.campaign_date)).to_numpy()
    group_ratio, rest_ratio = sides["group"].ratio, sides["rest"].ratio
    lift = group_ratio / rest_ratio if rest_ratio > 0 else math.nan
    expected = sides["group"].before * rest_ratio
    return CampaignLift(
        windows=windows,
        months=spans[0],
        lookback_months=spans[1],
        rule="ids" if group_ids is not None else picking[0],
        cut=math.nan if group_ids is not None else picking[1],
        **sides,
        new_customers=int(first_time.sum()),
        lift=lift,
        expected_after=expected,
        difference=sides["group"].after - expected,
        placebo=None,
    )


def _customer_sums(table: ir.Table, windows: CampaignWindows, returns: ReturnsPolicy) -> pd.DataFrame:
    """Give per customer seen in the look-back or from the campaign: revenue per window, activity.

    Columns: customer_id (text), lookback, before, after (revenue, 0 without lines),
    in_lookback (a line in the look-back), bought_before / bought_after (a purchase in the
    window), first_purchase (the first purchase day in all the data, NaT without one).
    """
    day = table.date.cast("date")
    positive = table.amount > 0
    revenue = table.amount if returns == "net" else ibis.ifelse(positive, table.amount, 0.0)
    in_lookback = (day >= windows.lookback_start) & (day < windows.campaign_date)
    in_before = (day >= windows.before_start) & (day < windows.campaign_date)
    in_after = (day >= windows.campaign_date) & (day <= windows.after_last)
    sums = table.group_by(customer_id=table.customer_id.cast("string")).aggregate(
        lookback=revenue.sum(where=in_lookback),
        before=revenue.sum(where=in_before),
        after=revenue.sum(where=in_after),
        in_lookback=in_lookback.any(),
        seen=(in_lookback | in_after).any(),
        bought_before=(in_before & positive).any(),
        bought_after=(in_after & positive).any(),
        first_purchase=day.min(where=positive),
    )
    frame = sums.filter(sums.seen).drop("seen").to_pandas()
    frame = frame.sort_values("customer_id", kind="stable").reset_index(drop=True)
    for column in ("lookback", "before", "after"):
        frame[column] = frame[column].astype(float).fillna(0.0)
    for column in ("in_lookback", "bought_before", "bought_after"):
        frame[column] = frame[column].astype(bool)
    frame["customer_id"] = frame["customer_id"].astype(str)
    frame["first_purchase"] = pd.to_datetime(frame["first_purchase"])
    return frame


def _picked(per: pd.DataFrame, population: np.ndarray, rule: str, cut: float) -> np.ndarray:
    """Give the mask of the population's customers the rule picks on their look-back revenue."""
    picked = np.zeros(len(per), dtype=bool)
    rows = np.flatnonzero(population)
    classes = abc_classes(
        per["lookback"].to_numpy()[rows],
        (cut, 1.0),
        mode="value" if rule == "class_a" else "rank",
        ids=per["customer_id"].to_numpy()[rows],
    )
    picked[rows[classes.codes == 0]] = True
    return picked


def _side(per: pd.DataFrame, mask: np.ndarray) -> SideRevenue:
    rows = per[mask]
    before, after = float(rows["before"].sum()), float(rows["after"].sum())
    return SideRevenue(
        customers=len(rows),
        buyers_before=int(rows["bought_before"].sum()),
        buyers_after=int(rows["bought_after"].sum()),
        before=before,
        after=after,
        ratio=after / before if before > 0 else math.nan,
        change=after - before,
    )
