"""The customer base finding: new, returning and lost customers in the last complete month.

Counted by :func:`segcore.dynamics.customer_base` at monthly grain: a customer is lost
after :data:`LOST_AFTER` whole months without a purchase; ``change`` is the change of the
live base (customers acquired and not lost) over the month. Needs the transactions.
"""

from __future__ import annotations

from segcore.dynamics import customer_base
from segcore.insight.finding import Finding, Severity
from segcore.insight.inputs import InsightInputs

__all__ = ["LOST_AFTER", "base_findings"]

LOST_AFTER = 3


def base_findings(inputs: InsightInputs) -> list[Finding]:
    """Give the customer-base finding for the last complete month (none without transactions)."""
    if inputs.transactions is None:
        return []
    base = customer_base(inputs.transactions, "M", lost_after=LOST_AFTER)
    complete = base[base["complete"].astype(bool)]
    if complete.empty:
        return []
    position = base.index.get_loc(complete.index[-1])
    row = base.iloc[position]
    before = int(base["live"].iloc[position - 1]) if position > 0 else 0
    start = row["period_start"]
    figures = {
        "new": int(row["new"]),
        "returning": int(row["returning"]),
        "lost": int(row["lost"]),
        "lost_after": LOST_AFTER,
        "live": int(row["live"]),
        "change": int(row["live"]) - before,
        "period_year": int(start.year),
        "period_month": int(start.month),
    }
    return [Finding("base", Severity.INFO, (), figures)]
