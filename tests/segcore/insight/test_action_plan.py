"""The action plan: each kind of finding gets its actions, owner, key number and strategy card."""

from __future__ import annotations

import pytest

import segcore
from segcore.i18n import LANGUAGES, catalogue, t
from segcore.insight.finding import KINDS, Finding, Severity
from segcore.insight.plan import (
    ACTIONS,
    CARDS,
    FIGURE_LABELS,
    KEY_FIGURES,
    OWNERS,
    action_plan,
    planned_action,
)
from segcore.report.playbook import ALL_CODES, default_card

NBSP = "\u00a0"


@pytest.fixture(scope="module")
def demo_plan(demo):
    transactions, customers = demo
    return {p.kind: p for p in action_plan(segcore.findings(customers, transactions=transactions))}


def test_every_kind_has_two_or_three_actions_an_owner_a_figure_and_a_label():
    for table in (ACTIONS, OWNERS, KEY_FIGURES, FIGURE_LABELS):
        assert set(table) == set(KINDS)
    texts = catalogue()
    for kind in KINDS:
        assert 2 <= len(ACTIONS[kind]) <= 3
        for key in (*ACTIONS[kind], OWNERS[kind], FIGURE_LABELS[kind]):
            assert key.startswith(f"action.{kind}.")
            assert all(texts[key][lang].strip() for lang in LANGUAGES), key


def test_each_kind_points_to_the_strategy_card_of_its_segment():
    assert {kind: CARDS[kind] for kind in KINDS} == {
        "dependency": "AX",
        "at_risk": "III",
        "core_size": "II",
        "rising": "BN",
        "returns": None,
        "concentration": "AX",
        "seasonal": "CY",
        "base": "I",
    }
    assert all(code in ALL_CODES for code in CARDS.values() if code is not None)


def test_rising_customers_who_are_not_new_get_the_stars_in_reserve_card():
    figures = {"customers": 3, "level": 100.0, "months": 12, "top_last": 300.0, "top_prev": 10.0}
    existing = Finding("rising", Severity.MEDIUM, ("a", "b", "c"), figures, "existing")
    new = Finding("rising", Severity.MEDIUM, ("a", "b", "c"), {**figures, "new": 2})
    assert planned_action(existing).card == "II"
    assert planned_action(new).card == "BN"


def test_the_plan_keeps_the_order_and_the_customers_of_the_findings(demo, demo_plan):
    transactions, customers = demo
    found = segcore.findings(customers, transactions=transactions)
    plan = action_plan(found)
    assert [p.finding for p in plan] == found
    assert plan[0].kind == "at_risk" and plan[0].customer_ids[0] == "Sunrise Property Management"
    assert demo_plan["base"].customer_ids == ()


def test_the_concentration_card_quotes_the_top_fifth_share_in_each_language(demo_plan):
    concentration = demo_plan["concentration"]
    assert concentration.key_number("en") == f"77.8{NBSP}%"
    assert concentration.key_number("ru") == f"77,8{NBSP}%"
    assert concentration.key_label("en") == f"Revenue from the top 20{NBSP}% of customers"
    assert concentration.key_label("ru") == f"Выручка от 20{NBSP}% крупнейших клиентов"


def test_the_at_risk_card_shows_the_money_at_stake_and_says_act_now(demo_plan):
    at_risk = demo_plan["at_risk"]
    assert at_risk.key_number("en") == "16,574,520"
    assert at_risk.key_number("ru") == f"16{NBSP}574{NBSP}520"
    assert at_risk.key_label("ru") == "Выручка в год под угрозой"
    assert at_risk.severity_label("en") == t("insight.severity.3", "en") == "act now"
    assert at_risk.owner("ru").startswith("Менеджеры по ключевым клиентам")
    assert len(at_risk.actions("ru")) == 3
    assert default_card(at_risk.card, "en").title == "The core"


def test_every_label_and_action_reads_in_both_languages_for_the_demo_and_story_findings(
    demo_plan, story_findings
):
    story = action_plan(f for found in story_findings.values() for f in found)
    assert {p.kind for p in story} | set(demo_plan) == set(KINDS)
    for planned in [*demo_plan.values(), *story]:
        for lang in LANGUAGES:
            assert planned.key_number(lang) and planned.key_label(lang)
            assert "{" not in planned.key_label(lang)
            assert all(action.endswith(".") for action in planned.actions(lang))
