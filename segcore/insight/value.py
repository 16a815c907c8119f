"""Findings about where the money is: concentration, dependency on one customer, size of the core.

- ``concentration``: the top 20 % of customers' share of revenue (whole customers, as
  :meth:`segcore.Segmenter.top_share`), how many customers make 80 % of revenue (the
  customer who crosses 80 % included) and the Gini coefficient, all on net revenue
  (customers with no positive revenue count as customers who bring nothing);
- ``dependency``: one finding per customer whose share of total positive revenue, or of
  total positive margin when the data have cost, exceeds :data:`DEPENDENCY_SHARE` (10 %,
  the consultancies' rule of thumb for a key account that is also a risk);
- ``core_size``: quadrant III holds more than :data:`CORE_SIZE_FACTOR` × the Pareto 20 %
  of customers; the finding sets it against the sources' key group (the top 20 % of
  customers, bringing :data:`KEY_GROUP_REVENUE` 60–80 % of turnover) and quotes what the
  ``pareto_core`` split (:data:`segcore.settings.QUADRANT_SPLITS`) would leave in the core.
"""

from __future__ import annotations

import numpy as np

from segcore.classify.segmentation import Segmentation
from segcore.insight.finding import Finding, Severity
from segcore.insight.inputs import InsightInputs
from segcore.settings import QUADRANT_SPLITS

__all__ = [
    "CORE_SIZE_FACTOR",
    "DEPENDENCY_SHARE",
    "KEY_GROUP_REVENUE",
    "PARETO_CUSTOMERS",
    "PARETO_REVENUE",
    "concentration_findings",
    "core_size_findings",
    "dependency_findings",
]

PARETO_CUSTOMERS = 0.2
PARETO_REVENUE = 0.8
KEY_GROUP_REVENUE = (0.6, 0.8)
DEPENDENCY_SHARE = 0.10
CORE_SIZE_FACTOR = 1.5


def _by_value(ids: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Give the row order by value, largest first, ties by customer id (NaN last)."""
    clean = np.nan_to_num(values, nan=-np.inf)
    return np.lexsort((ids, -clean))


def concentration_findings(inputs: InsightInputs) -> list[Finding]:
    """Give the concentration finding (none for a table without positive revenue)."""
    revenue = np.nan_to_num(inputs.column("revenue"))
    positive = np.clip(revenue, 0.0, None)
    total = positive.sum()
    if total <= 0:
        return []
    order = _by_value(inputs.ids, revenue)
    shares = np.cumsum(positive[order]) / total
    count = int(np.searchsorted(shares, PARETO_REVENUE - 1e-12) + 1)
    _, gini = inputs.segmenter.curve("revenue")
    figures = {
        "top_customers": PARETO_CUSTOMERS,
        "top20_share": inputs.segmenter.top_share("revenue", PARETO_CUSTOMERS),
        "revenue_target": PARETO_REVENUE,
        "customers_80": count,
        "customers_80_share": count / len(revenue),
        "gini": gini,
    }
    ids = tuple(inputs.ids[order[:count]])
    return [Finding("concentration", Severity.INFO, ids, figures)]


def _shares(values: np.ndarray) -> np.ndarray:
    positive = np.clip(np.nan_to_num(values), 0.0, None)
    total = positive.sum()
    return positive / total if total > 0 else np.zeros_like(positive)


def dependency_findings(inputs: InsightInputs) -> list[Finding]:
    """Give one finding per customer above the dependency share of revenue or margin."""
    revenue_share = _shares(inputs.column("revenue"))
    has_margin = "margin" in inputs.customers and inputs.customers["margin"].notna().any()
    margin_share = _shares(inputs.column("margin")) if has_margin else np.zeros_like(revenue_share)
    above = (revenue_share > DEPENDENCY_SHARE) | (margin_share > DEPENDENCY_SHARE)
    rows = np.flatnonzero(above)
    rows = rows[_by_value(inputs.ids[rows], np.fmax(revenue_share, margin_share)[rows])]
    found = []
    for row in rows:
        figures = {"share": revenue_share[row], "threshold": DEPENDENCY_SHARE}
        if has_margin:
            figures["margin_share"] = margin_share[row]
        variant = "margin" if has_margin else ""
        found.append(Finding("dependency", Severity.HIGH, (inputs.ids[row],), figures, variant))
    return found


def _core_revenue_share(result: Segmentation) -> float:
    total = float(result.quadrant_revenue.sum())
    return float(result.quadrant_revenue[2]) / total if total > 0 else 0.0


def core_size_findings(inputs: InsightInputs) -> list[Finding]:
    """Give the core-size finding when quadrant III is much larger than the Pareto 20 %."""
    seg = inputs.segmentation
    n = len(seg.quadrant_codes)
    loyalty_split, profit_split = QUADRANT_SPLITS["pareto_core"]
    core_count = int(seg.quadrant_customers[2])
    if n == 0 or core_count <= CORE_SIZE_FACTOR * PARETO_CUSTOMERS * n:
        return []
    quadrants = inputs.scenario.quadrants.with_splits("pareto_core")
    pareto = inputs.segmenter.segment(inputs.scenario.replace(quadrants=quadrants))
    figures = {
        "core_share": core_count / n,
        "core_customers": core_count,
        "core_revenue_share": _core_revenue_share(seg),
        "pareto": PARETO_CUSTOMERS,
        "key_low": KEY_GROUP_REVENUE[0],
        "key_high": KEY_GROUP_REVENUE[1],
        "loyalty_split": loyalty_split,
        "profit_split": profit_split,
        "new_core_share": float(pareto.quadrant_customers[2]) / n,
        "new_core_revenue_share": _core_revenue_share(pareto),
    }
    leaving = np.flatnonzero((seg.quadrant == "III") & (pareto.quadrant != "III"))
    leaving = leaving[_by_value(inputs.ids[leaving], inputs.column("revenue")[leaving])]
    return [Finding("core_size", Severity.MEDIUM, tuple(inputs.ids[leaving]), figures)]
