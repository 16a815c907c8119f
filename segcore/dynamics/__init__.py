"""Dynamics: sales against earlier periods, the customer base, cohorts, golden share, migration, plan.

One module per analysis: :mod:`~segcore.dynamics.comparison` (period over period),
:mod:`~segcore.dynamics.base` (new, active, returning, lost, live customers),
:mod:`~segcore.dynamics.cohorts`, :mod:`~segcore.dynamics.golden` (the golden share over
time, and how it moved around a campaign), :mod:`~segcore.dynamics.campaign` (a campaign's
lift: a group fixed before it against the other customers, a difference in differences),
:mod:`~segcore.dynamics.migration` (who moved between segments) and
:mod:`~segcore.dynamics.plan` (plan against actual); :mod:`~segcore.dynamics.lines` holds
the priced lines they all start from, :mod:`segcore.periods` the calendar arithmetic
(``period_of_day`` and ``period_first_day`` here are its ``period_of`` and ``period_start``
under their earlier names).

Every function reads the canonical transactions (an ibis table, a loaded dataset or a pandas
frame) and does the per-transaction work as one ibis expression (executed by DuckDB
in-process, or by any backend that holds the table); the small per-period result comes
back as pandas.

Calendar periods (``grain``, see :mod:`segcore.periods`): ``M`` calendar months, ``Q``
calendar quarters, ``Y`` calendar years. A period is an integer index
(``year * 12 + month - 1``, ``year * 4 + quarter - 1``, ``year``) so that "the previous
period" is ``index - 1`` and "the same period a year earlier" is ``index - 12``, ``- 4`` or
``- 1``. Every frame carries ``period`` (the index), ``period_start`` (its first day) and
``label`` ("2025-03", "2025-Q1", "2025"), and ``complete``: False when the data end before
the period's last day (a part-period looks like a drop and should be read so). The first
period counts as complete even when the first transaction is not on its first day: the
data start with the business, there are no earlier sales to miss (as in
:mod:`segcore.customers`).

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

from segcore.customers import transactions_table
from segcore.dynamics.base import customer_base
from segcore.dynamics.campaign import (
    GROUP_RULES,
    CampaignLift,
    CampaignWindows,
    GroupRule,
    SideRevenue,
    campaign_lift,
)
from segcore.dynamics.cohorts import cohort_retention
from segcore.dynamics.comparison import period_comparison
from segcore.dynamics.golden import CampaignEffect, GoldenShare, campaign_sides, golden_share
from segcore.dynamics.lines import (
    DYNAMICS_GRAINS,
    NO_SEGMENT,
    PERIODS_PER_YEAR,
    period_frame,
    priced_lines,
    with_segments,
)
from segcore.dynamics.migration import (
    classify_periods,
    compare_scenarios,
    migration_customers,
    migration_matrix,
    stayed_counts,
)
from segcore.dynamics.plan import plan_vs_actual
from segcore.periods import period_complete, period_index, period_label
from segcore.periods import period_of as period_of_day
from segcore.periods import period_start as period_first_day

__all__ = [
    "DYNAMICS_GRAINS",
    "GROUP_RULES",
    "NO_SEGMENT",
    "PERIODS_PER_YEAR",
    "CampaignEffect",
    "CampaignLift",
    "CampaignWindows",
    "GoldenShare",
    "GroupRule",
    "SideRevenue",
    "campaign_lift",
    "campaign_sides",
    "classify_periods",
    "cohort_retention",
    "compare_scenarios",
    "customer_base",
    "golden_share",
    "migration_customers",
    "migration_matrix",
    "period_comparison",
    "period_complete",
    "period_first_day",
    "period_frame",
    "period_index",
    "period_label",
    "period_of_day",
    "plan_vs_actual",
    "priced_lines",
    "stayed_counts",
    "transactions_table",
    "with_segments",
]
