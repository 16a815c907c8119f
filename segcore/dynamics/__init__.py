"""Dynamics: sales against earlier periods, growth of the customer base, cohorts, golden share.

Every function reads the canonical transactions (an ibis table, a loaded dataset or a pandas
frame) and does the per-transaction work as one ibis expression (executed by DuckDB
in-process, or by any backend that holds the table); the small per-period result comes
back as pandas.

Calendar periods (``grain``): ``M`` calendar months, ``Q`` calendar quarters, ``Y``
calendar years. A period is an integer index (``year * 12 + month - 1``,
``year * 4 + quarter - 1``, ``year``) so that "the previous period" is ``index - 1`` and
"the same period a year earlier" is ``index - 12``, ``- 4`` or ``- 1``. Every frame carries
``period`` (the index), ``period_start`` (its first day) and ``label`` ("2025-03",
"2025-Q1", "2025"), and ``complete``: False when the data end before the period's last
day (a part-period looks like a drop and should be read so). The first period counts as
complete even when the first transaction is not on its first day: the data start with the
business, there are no earlier sales to miss (as in :mod:`segcore.customers`).

Definitions used throughout:

- a customer is *active* in a period when they have a line with a positive amount in it
  (a period with returns only is not activity);
- ``revenue`` follows the returns policy of :class:`segcore.settings.AggregationSettings`:
  ``net`` = every amount (purchases − returns), ``gross`` = positive amounts only,
  ``exclude`` = negative lines left out (equal to ``gross`` for these sums);
- ``orders`` are distinct orders with a positive amount (order id, or the purchase day of
  the customer when the data have no order id); ``avg_check`` = purchases / orders, as in
  the customer table.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, Literal, NamedTuple

import ibis
import ibis.expr.types as ir
import numpy as np
import pandas as pd

from segcore.customers import transactions_table
from segcore.errors import SettingsError
from segcore.periods import period_of
from segcore.periods import period_start as _calendar_start
from segcore.settings import ReturnsPolicy

__all__ = [
    "NO_SEGMENT",
    "PERIODS_PER_YEAR",
    "CampaignEffect",
    "DynamicsGrain",
    "GoldenShare",
    "cohort_retention",
    "customer_base",
    "golden_share",
    "period_comparison",
    "period_complete",
    "period_first_day",
    "period_frame",
    "period_index",
    "period_label",
    "period_of_day",
    "priced_lines",
    "transactions_table",
    "with_segments",
]

DynamicsGrain = Literal["M", "Q", "Y"]

#: Periods in one year per grain: the lag of "the same period a year earlier".
PERIODS_PER_YEAR: dict[str, int] = {"M": 12, "Q": 4, "Y": 1}

#: Segment code of customers that ``by`` does not classify (e.g. only returns in the window).
NO_SEGMENT = "none"

_METRICS = ("revenue", "customers", "orders", "avg_check")
_PERIOD_COLUMNS = ("period", "period_start", "label", "complete")
_BASE_COLUMNS = (
    *_PERIOD_COLUMNS, "active", "new", "retained", "returning", "reactivated", "lost", "live",
    "retention_rate",
)  # fmt: skip
_COHORT_COLUMNS = (
    "cohort", "cohort_label", "cohort_start", "periods_since", "customers", "cohort_size", "share", "revenue",
)  # fmt: skip
_GOLDEN_COLUMNS = (*_PERIOD_COLUMNS, "revenue", "golden_revenue", "share", "golden_customers")


def _check_grain(grain: str) -> None:
    if grain not in PERIODS_PER_YEAR:
        raise SettingsError("dynamics.grain", value=grain)


def _check_returns(returns: str) -> None:
    if returns not in ("net", "gross", "exclude"):
        raise SettingsError("settings.unparseable", field="returns", value=returns)


def period_index(day: ir.Value, grain: DynamicsGrain) -> ir.IntegerValue:
    """Give the ibis expression of the period index of a date column."""
    if grain == "M":
        return day.year() * 12 + day.month() - 1
    if grain == "Q":
        return day.year() * 4 + day.quarter() - 1
    return day.year()


def period_first_day(index: int, grain: DynamicsGrain) -> date:
    """Give the first day of period ``index``."""
    return date(index, 1, 1) if grain == "Y" else _calendar_start(index, grain)


def period_label(index: int, grain: DynamicsGrain) -> str:
    """Give the period's label: "2025-03", "2025-Q1" or "2025"."""
    if grain == "M":
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if grain == "Q":
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    return f"{index:04d}"


def period_complete(index: int, grain: DynamicsGrain, last_day: date | None) -> bool:
    """Tell whether data ending on ``last_day`` cover period ``index`` to its last day."""
    return last_day is not None and period_first_day(index + 1, grain) <= last_day + timedelta(days=1)


def period_frame(first: int, last: int, grain: DynamicsGrain, bounds: tuple[date, date]) -> pd.DataFrame:
    """Give one row per period ``first..last``: period, period_start, label, complete.

    ``bounds`` are the first and last transaction dates; see the module docstring for
    ``complete``.
    """
    periods = np.arange(first, last + 1, dtype=np.int64)
    return pd.DataFrame(
        {
            "period": periods,
            "period_start": pd.to_datetime(
                pd.Series([period_first_day(int(p), grain) for p in periods], dtype="object")
            ),
            "label": pd.array([period_label(int(p), grain) for p in periods], dtype="string"),
            "complete": np.array([period_complete(int(p), grain, bounds[1]) for p in periods], dtype=bool),
        }
    )


def priced_lines(table: ir.Table, grain: DynamicsGrain, returns: ReturnsPolicy) -> ir.Table:
    """Give each line with its period, revenue under the returns policy, purchase and order key.

    Columns: customer_id, period, revenue, purchase (the positive amount, else 0),
    positive (a purchase line), order_key (customer + order id, or + day without order ids).
    """
    if returns == "exclude":
        table = table.filter(table.amount >= 0)
    positive = table.amount > 0
    purchase = ibis.ifelse(positive, table.amount, 0.0)
    day_key = table.date.cast("string")
    order_key = table.order_id.cast("string").coalesce(day_key) if "order_id" in table.columns else day_key
    return table.select(
        customer_id=table.customer_id,
        period=period_index(table.date, grain),
        revenue=table.amount if returns == "net" else purchase,
        purchase=purchase,
        positive=positive,
        order_key=table.customer_id.cast("string").concat("\x1f", order_key),
    )


def _bounds(table: ir.Table) -> tuple[date, date] | None:
    row = table.aggregate(lo=table.date.min(), hi=table.date.max()).to_pandas().iloc[0]
    if pd.isna(row["lo"]):
        return None
    return pd.Timestamp(row["lo"]).date(), pd.Timestamp(row["hi"]).date()


def with_segments(lines: ir.Table, by: pd.Series) -> ir.Table:
    """Give the lines with a ``segment`` column from codes indexed by customer id (else NO_SEGMENT)."""
    codes = pd.DataFrame(
        {
            "customer_id": pd.array(by.index.astype(str), dtype="string"),
            "segment": pd.array(by.astype("string").to_numpy(), dtype="string"),
        }
    ).dropna(subset=["segment"])
    codes = ibis.memtable(codes.drop_duplicates("customer_id").rename(columns={"customer_id": "coded_id"}))
    joined = lines.left_join(codes, lines.customer_id.cast("string") == codes.coded_id)
    return joined.select(*lines.columns, segment=joined.segment.fill_null(NO_SEGMENT))


def _shifted(frame: pd.DataFrame, keys: list[str], lag: int, suffix: str) -> pd.DataFrame:
    base = frame[[*keys, *_METRICS]].copy()
    base["period"] = base["period"] + lag
    return frame.merge(base, on=keys, how="left", suffixes=("", suffix))


def _growth(current: pd.Series, base: pd.Series) -> pd.Series:
    current, base = current.astype(float), base.astype(float)
    return (current / base.where(base > 0)) - 1.0


def period_comparison(
    transactions: Any,
    grain: DynamicsGrain = "M",
    *,
    years: int = 3,
    by: pd.Series | None = None,
    returns: ReturnsPolicy = "net",
) -> pd.DataFrame:
    """Give revenue, customers, orders and average check per period against earlier periods.

    One row per period of the last ``years`` years of the data (ending with the period of
    the last transaction, which may be incomplete: see ``complete``), and per segment when
    ``by`` (segment codes indexed by customer id) is given; customers not in ``by`` fall in
    :data:`NO_SEGMENT`. Periods without sales are rows of zeros.

    For each metric ``m`` in revenue, customers, orders, avg_check: ``m_year_ago`` (the same
    period a year earlier), ``m_previous`` (the previous period), ``m_yoy`` and ``m_pop``
    (growth = current / base − 1). The bases come from the whole data, also before the
    shown years. Growth is NaN when there is no base: the base period lies before the
    first transaction, or its value is zero or negative (growth from nothing, or from net
    returns, is not a rate).
    """
    _check_grain(grain)
    _check_returns(returns)
    if not isinstance(years, int) or years < 1:
        raise SettingsError("dynamics.years", value=years)
    table = transactions_table(transactions)
    bounds = _bounds(table)
    if bounds is None:
        return _empty_comparison(by is not None)
    lines = priced_lines(table, grain, returns)
    keys = ["period"]
    if by is not None:
        lines = with_segments(lines, by)
        keys.append("segment")
    sums = _period_sums(lines, keys)
    first, last = (period_of_day(bounds[0], grain), period_of_day(bounds[1], grain))
    frame = _complete_grid(sums, first, last, grain, bounds, by is not None)
    frame = _shifted(frame, keys, PERIODS_PER_YEAR[grain], "_year_ago")
    frame = _shifted(frame, keys, 1, "_previous")
    for metric in _METRICS:
        frame[f"{metric}_yoy"] = _growth(frame[metric], frame[f"{metric}_year_ago"])
        frame[f"{metric}_pop"] = _growth(frame[metric], frame[f"{metric}_previous"])
    shown = frame["period"] > last - years * PERIODS_PER_YEAR[grain]
    return frame[shown].reset_index(drop=True)


def _period_sums(lines: ir.Table, keys: list[str]) -> pd.DataFrame:
    """Give revenue, purchases, customers and orders per period (and segment) from DuckDB."""
    sums = lines.group_by(keys).aggregate(
        revenue=lines.revenue.sum(),
        purchases=lines.purchase.sum(),
        customers=lines.customer_id.nunique(where=lines.positive),
        orders=lines.order_key.nunique(where=lines.positive),
    )
    return sums.to_pandas()


def period_of_day(day: date, grain: DynamicsGrain) -> int:
    """Give the index of the period that contains ``day``."""
    return day.year if grain == "Y" else period_of(day, grain)


def _complete_grid(
    sums: pd.DataFrame,
    first: int,
    last: int,
    grain: DynamicsGrain,
    bounds: tuple[date, date],
    segmented: bool,
) -> pd.DataFrame:
    grid = period_frame(first, last, grain, bounds)
    if segmented:
        segments = pd.DataFrame({"segment": sorted(sums["segment"].astype(str).unique())})
        grid = grid.merge(segments, how="cross")
        sums = sums.assign(segment=sums["segment"].astype(str))
    keys = ["period", "segment"] if segmented else ["period"]
    frame = grid.merge(sums.assign(period=sums["period"].astype(np.int64)), on=keys, how="left")
    for column in ("revenue", "purchases"):
        frame[column] = frame[column].astype(float).fillna(0.0)
    for column in ("customers", "orders"):
        frame[column] = frame[column].fillna(0).astype(np.int64)
    with np.errstate(divide="ignore", invalid="ignore"):
        orders = frame["orders"].to_numpy(float)
        frame["avg_check"] = np.where(orders > 0, frame["purchases"].to_numpy(float) / orders, np.nan)
    if segmented:
        frame["segment"] = frame["segment"].astype("string")
    return frame.sort_values(keys).reset_index(drop=True)


def _empty_comparison(segmented: bool) -> pd.DataFrame:
    columns = ["period", "period_start", "label", "complete"]
    columns += ["segment"] if segmented else []
    columns += ["revenue", "purchases", "customers", "orders", "avg_check"]
    for suffix in ("_year_ago", "_previous"):
        columns += [f"{m}{suffix}" for m in _METRICS]
    for suffix in ("_yoy", "_pop"):
        columns += [f"{m}{suffix}" for m in _METRICS]
    return pd.DataFrame(columns=columns)


def _activity(table: ir.Table, grain: DynamicsGrain) -> ir.Table:
    """Give the distinct (customer, period) pairs with a purchase, with the revenue there."""
    lines = priced_lines(table, grain, "net")
    per = lines.group_by(["customer_id", "period"]).aggregate(
        revenue=lines.revenue.sum(), bought=lines.positive.any()
    )
    return per.filter(per.bought).drop("bought")


def customer_base(transactions: Any, grain: DynamicsGrain = "M", *, lost_after: int = 3) -> pd.DataFrame:
    """Give the movement of the customer base per period: new, active, returning, lost, live.

    Per period ``p`` (from the first to the last period of the data):

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
    _check_grain(grain)
    if not isinstance(lost_after, int) or isinstance(lost_after, bool) or lost_after < 1:
        raise SettingsError("dynamics.lost_after", value=lost_after)
    table = transactions_table(transactions)
    bounds = _bounds(table)
    columns = list(_BASE_COLUMNS[4:-1])
    if bounds is None:
        return pd.DataFrame(columns=list(_BASE_COLUMNS))
    events = _base_events(table, grain, lost_after)
    first, last = period_of_day(bounds[0], grain), period_of_day(bounds[1], grain)
    frame = period_frame(first, last, grain, bounds)
    frame = frame.merge(events, on="period", how="left")
    for column in columns[:-1]:
        frame[column] = frame[column].fillna(0).astype(np.int64)
    frame["live"] = (frame["new"] + frame["reactivated"] - frame["lost"]).cumsum()
    previous_active = frame["active"].shift(1).astype(float)
    frame["retention_rate"] = frame["retained"] / previous_active.where(previous_active > 0)
    return frame[list(_BASE_COLUMNS)]


def _base_events(table: ir.Table, grain: DynamicsGrain, lost_after: int) -> pd.DataFrame:
    activity = _activity(table, grain).select("customer_id", "period")
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


def cohort_retention(transactions: Any, grain: DynamicsGrain = "M") -> pd.DataFrame:
    """Give, per acquisition cohort and periods since acquisition, the share still buying.

    The cohort of a customer is the period of their first purchase; ``periods_since`` = 0
    is that period (share 1 by definition). ``customers`` = cohort members active in the
    period, ``share`` = customers / ``cohort_size``, ``revenue`` = the cohort's net revenue
    in the periods they were active. Long format, one row per (cohort, periods_since) up to
    the last period of the data (zeros included): ready for a heatmap.
    """
    _check_grain(grain)
    table = transactions_table(transactions)
    bounds = _bounds(table)
    if bounds is None:
        return pd.DataFrame(columns=list(_COHORT_COLUMNS))
    activity = _activity(table, grain)
    activity = activity.mutate(cohort=activity.period.min().over(group_by=activity.customer_id))
    cells = (
        activity.group_by(["cohort", "period"])
        .aggregate(customers=activity.count(), revenue=activity.revenue.sum())
        .to_pandas()
    )
    cells = cells.astype({"cohort": np.int64, "period": np.int64})
    last = period_of_day(bounds[1], grain)
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
    frame["cohort_start"] = pd.to_datetime(pd.Series([period_first_day(int(c), grain) for c in cohort]))
    return frame[list(_COHORT_COLUMNS)]


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
    grain: DynamicsGrain = "M",
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
    """
    if periods is not None and (not isinstance(periods, int) or periods < 1):
        raise SettingsError("dynamics.campaign_periods", value=periods)
    _check_grain(grain)
    _check_returns(returns)
    table = transactions_table(transactions)
    bounds = _bounds(table)
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
    first, last = period_of_day(bounds[0], grain), period_of_day(bounds[1], grain)
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


def _campaign_sides(
    frame: pd.DataFrame, campaign: date, grain: DynamicsGrain, periods: int | None
) -> tuple[np.ndarray, np.ndarray]:
    """Give the masks of the usable periods before and after the campaign (at most ``periods``)."""
    usable = frame["complete"].to_numpy(bool) & frame["share"].notna().to_numpy()
    ends = np.array([period_first_day(int(p) + 1, grain) for p in frame["period"]])
    starts = frame["period_start"].dt.date.to_numpy()
    before = usable & (ends <= campaign)
    after = usable & (starts >= campaign)
    if periods is not None:
        before[np.flatnonzero(before)[:-periods]] = False
        after[np.flatnonzero(after)[periods:]] = False
    return before, after


def _campaign_effect(
    frame: pd.DataFrame, campaign: date, grain: DynamicsGrain, periods: int | None
) -> CampaignEffect:
    campaign = pd.Timestamp(campaign).date()
    before, after = _campaign_sides(frame, campaign, grain, periods)
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
