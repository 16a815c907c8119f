"""The findings of one customer table under many scenarios: what does not depend on the scenario, once.

Of the rules of :func:`segcore.findings`, three read the scenario: ``at_risk`` (who is key:
class A or quadrant III, and the class-A stake), ``core_size`` (quadrant III) and
``rising`` (the class-A cut-off). The others read revenue, margin, returns, seasons and the
transactions only (:data:`FIXED_KINDS`). A :class:`FindingsBasis` runs those once, keeps
the table's segmenter, and per scenario runs the three others: a slider move costs a
segmentation and three rules (milliseconds), not the customer-base count over all
transactions. What it gives equals :func:`segcore.findings` and :func:`segcore.at_risk`
on the same inputs.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

import pandas as pd

from segcore.insight.at_risk import at_risk_frame
from segcore.insight.finding import KINDS, Finding
from segcore.insight.findings import RULES
from segcore.insight.inputs import InsightInputs, aligned_p_alive, prepare
from segcore.settings import Scenario

__all__ = ["FIXED_KINDS", "SCENARIO_KINDS", "FindingsBasis", "ordered"]

#: The kinds of finding whose rules read the scenario (or P(alive)).
SCENARIO_KINDS: tuple[str, ...] = ("at_risk", "core_size", "rising")
#: The kinds whose rules do not: computed once per customer table.
FIXED_KINDS: tuple[str, ...] = tuple(kind for kind in KINDS if kind not in SCENARIO_KINDS)


def ordered(found: Iterable[Finding]) -> list[Finding]:
    """Give findings as :func:`segcore.findings` orders them: most severe first, then by kind."""
    rank = {kind: position for position, kind in enumerate(KINDS)}
    return sorted(found, key=lambda finding: (-finding.severity, rank[finding.kind]))


def _run(inputs: InsightInputs, kinds: Iterable[str]) -> list[Finding]:
    return [finding for kind in kinds for finding in RULES[kind](inputs)]


class FindingsBasis:
    """One customer table ready for findings: the scenario-free findings, the segmenter, the date.

    ``customers``, ``as_of`` and ``transactions`` as for :func:`segcore.findings`; the
    transactions are read once, here (for the customer-base finding), and not kept. Not
    thread-safe: the segmenter fills caches as it works, so callers take turns.
    """

    def __init__(self, customers: pd.DataFrame, *, as_of: Any = None, transactions: Any = None) -> None:
        inputs = prepare(customers, as_of=as_of, transactions=transactions)
        self.fixed: tuple[Finding, ...] = tuple(_run(inputs, FIXED_KINDS))
        self._inputs = dataclasses.replace(inputs, transactions=None)

    def inputs(self, scenario: Scenario | None = None, *, p_alive: Any = None) -> InsightInputs:
        """Give the rules' inputs for ``scenario`` (``Scenario()`` by default) and ``p_alive``."""
        base = self._inputs
        scenario = scenario or Scenario()
        inputs = dataclasses.replace(
            base,
            scenario=scenario,
            segmentation=base.segmenter.segment(scenario),
            p_alive=aligned_p_alive(base.customers, p_alive),
        )
        # The ids are a cached property of the same rows: hand them over rather than rebuild them.
        vars(inputs)["ids"] = base.ids
        return inputs

    def findings(self, scenario: Scenario | None = None, *, p_alive: Any = None) -> list[Finding]:
        """Give :func:`segcore.findings` of the table under ``scenario``, most severe first."""
        inputs = self.inputs(scenario, p_alive=p_alive)
        return ordered([*self.fixed, *_run(inputs, SCENARIO_KINDS)])

    def at_risk(self, scenario: Scenario | None = None, *, p_alive: Any = None) -> pd.DataFrame:
        """Give :func:`segcore.at_risk` of the table under ``scenario`` (default key groups and stake)."""
        return at_risk_frame(self.inputs(scenario, p_alive=p_alive))
