"""The findings basis gives exactly what segcore.findings and segcore.at_risk give, scenario by scenario."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import segcore
from segcore.insight.basis import FIXED_KINDS, SCENARIO_KINDS, FindingsBasis, ordered
from segcore.insight.finding import KINDS, Finding, Severity

SLOW = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def scenario(a: float = 0.8, b: float = 0.95, loyalty: float = 0.5, profit: float = 0.5) -> segcore.Scenario:
    base = segcore.Scenario()
    return base.replace(
        abc=base.abc.replace(a=a, b=b),
        quadrants=base.quadrants.replace(loyalty_split=loyalty, profit_split=profit),
    )


@pytest.fixture(scope="module")
def story_basis(story_customers, story_tx) -> FindingsBasis:
    return FindingsBasis(story_customers, transactions=story_tx)


def test_the_kinds_split_into_fixed_and_scenario_ones():
    assert set(FIXED_KINDS) | set(SCENARIO_KINDS) == set(KINDS)
    assert not set(FIXED_KINDS) & set(SCENARIO_KINDS)
    assert SCENARIO_KINDS == ("at_risk", "core_size", "rising")


def test_the_basis_gives_the_findings_of_the_default_scenario(story_basis, story_customers, story_tx):
    expected = segcore.findings(story_customers, transactions=story_tx)
    assert story_basis.findings() == expected
    assert any(f.kind == "base" for f in story_basis.fixed)  # read from the transactions once


@SLOW
@given(
    a=st.floats(0.5, 0.9),
    gap=st.floats(0.02, 0.09),
    loyalty=st.floats(0.2, 0.8),
    profit=st.floats(0.2, 0.8),
)
def test_the_basis_equals_findings_under_any_scenario(
    story_basis, story_customers, story_tx, a, gap, loyalty, profit
):
    chosen = scenario(round(a, 2), round(a + gap, 2), round(loyalty, 2), round(profit, 2))
    assert story_basis.findings(chosen) == segcore.findings(story_customers, chosen, transactions=story_tx)
    assert story_basis.at_risk(chosen).equals(segcore.at_risk(story_customers, chosen))


def test_the_fixed_findings_do_not_move_with_the_scenario(story_basis):
    for chosen in (scenario(0.6, 0.9), scenario(0.85, 0.97, 0.3, 0.7)):
        fixed = [f for f in story_basis.findings(chosen) if f.kind in FIXED_KINDS]
        assert fixed == ordered(story_basis.fixed)


def test_p_alive_reaches_the_at_risk_rule(story_basis, story_customers):
    ids = story_customers["customer_id"].astype(str)
    doubtful = pd.Series(np.where(ids == "Atlas Wholesale", 0.05, 0.9), index=ids)
    listed = story_basis.at_risk(p_alive=doubtful)
    assert listed.equals(segcore.at_risk(story_customers, p_alive=doubtful))
    assert "Atlas Wholesale" in set(listed["customer_id"])  # a key customer the model thinks gone
    assert "Atlas Wholesale" not in set(story_basis.at_risk()["customer_id"])


def test_on_the_demo_store_the_basis_agrees_and_a_tight_class_a_leaves_one_lost_account(demo):
    transactions, customers = demo
    basis = FindingsBasis(customers, transactions=transactions)
    for a in (0.6, 0.7, 0.8):
        chosen = scenario(a, 0.95)
        assert basis.findings(chosen) == segcore.findings(customers, chosen, transactions=transactions)
    first = basis.findings(scenario(0.6, 0.95))
    assert [f.kind for f in first if f.kind == "at_risk"] == ["at_risk"]
    assert first[0].customer_ids == ("Sunrise Property Management",)


def finding(kind: str, severity: Severity) -> Finding:
    return Finding(kind, severity, (), {})


def test_ordered_puts_the_most_severe_first_then_follows_the_kinds():
    found = [
        finding("base", Severity.INFO),
        finding("rising", Severity.MEDIUM),
        finding("concentration", Severity.INFO),
        finding("at_risk", Severity.HIGH),
        finding("core_size", Severity.MEDIUM),
    ]
    assert [f.kind for f in ordered(found)] == ["at_risk", "core_size", "rising", "concentration", "base"]
