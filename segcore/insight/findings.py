"""All findings of a customer table, most severe first."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd

from segcore.insight.at_risk import at_risk_findings
from segcore.insight.base import base_findings
from segcore.insight.behaviour import returns_findings, rising_findings, seasonal_findings
from segcore.insight.finding import KINDS, Finding
from segcore.insight.inputs import InsightInputs, prepare
from segcore.insight.value import concentration_findings, core_size_findings, dependency_findings
from segcore.settings import Scenario

__all__ = ["RULES", "findings"]

#: The rule behind each kind of finding.
RULES: dict[str, Callable[[InsightInputs], list[Finding]]] = {
    "dependency": dependency_findings,
    "at_risk": at_risk_findings,
    "core_size": core_size_findings,
    "rising": rising_findings,
    "returns": returns_findings,
    "concentration": concentration_findings,
    "seasonal": seasonal_findings,
    "base": base_findings,
}


def findings(
    customers: pd.DataFrame,
    scenario: Scenario | None = None,
    *,
    as_of: Any = None,
    transactions: Any = None,
    p_alive: Any = None,
) -> list[Finding]:
    """Give what the data say, as findings sorted by severity (most severe first).

    ``customers``: a customer table (:func:`segcore.customer_table`); ``scenario``: the
    segmentation to read (``Scenario()`` by default); ``as_of``: the date days are
    counted to (the table's analysis date by default); ``transactions``: the transactions
    the table came from, for the customer-base finding (left out without them);
    ``p_alive``: a model's P(alive) per customer for the at-risk rule (a Series indexed
    by customer id, or one value per row).

    Kinds and their rules: ``dependency``, ``core_size``, ``concentration``
    (:mod:`segcore.insight.value`), ``at_risk`` (:mod:`segcore.insight.at_risk`),
    ``rising``, ``returns``, ``seasonal`` (:mod:`segcore.insight.behaviour`), ``base``
    (:mod:`segcore.insight.base`). A kind with nothing to say gives no finding. Equal
    severities keep the order of :data:`segcore.insight.finding.KINDS`. The result
    depends only on the inputs: the same table gives the same findings.
    """
    inputs = prepare(customers, scenario, as_of=as_of, transactions=transactions, p_alive=p_alive)
    found = [finding for kind in KINDS for finding in RULES[kind](inputs)]
    return sorted(found, key=lambda f: -f.severity)
