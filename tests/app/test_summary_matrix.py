"""The Matrix page opens with what the data say: the top three findings follow the sliders."""

from __future__ import annotations

import pytest

import segcore
from segcore.charts import readouts
from segcore.insight.plan import action_plan
from segcore.report.action_summary import md_text
from tests.app.studio import PAGES, assert_clean, customers, expected, open_app
from ui.state import keys

LOST_KEY_ACCOUNT = "Sunrise Property Management"


def with_a(a: float) -> segcore.Scenario:
    scenario = segcore.Scenario()
    return scenario.replace(abc=scenario.abc.replace(a=a))


def top_three(scenario: segcore.Scenario) -> list:
    return action_plan(segcore.findings(customers("store_en"), scenario))[:3]


def shown_findings(at) -> dict[str, str]:
    """Give the finding cards' numbers by label (the first three metrics of the page)."""
    return {m.label: m.value for m in at.metric[:3]}


def texts(at) -> str:
    return "\n".join(m.value for m in at.markdown)


@pytest.fixture(scope="module")
def matrix():
    at = open_app("store_en", "matrix")
    assert_clean(at)
    return at


def test_the_matrix_opens_with_the_three_most_urgent_findings(matrix):
    plan = top_three(segcore.Scenario())
    assert [p.kind for p in plan] == ["at_risk", "core_size", "rising"]
    assert shown_findings(matrix) == {p.key_label("en"): p.key_number("en") for p in plan}
    assert shown_findings(matrix)["Revenue a year at stake"] == "16,574,520"
    assert "**What the data says**" in texts(matrix)


def test_a_click_on_a_card_lists_its_customers(matrix):
    text = texts(matrix)
    assert f"- {LOST_KEY_ACCOUNT}\n- C-003913" in text  # the at-risk card's popover, most at stake first
    popovers = [p.proto.popover.label for p in matrix.get("popover")]
    assert popovers == ["Customers (24)", "Customers (3,532)", "Customers (336)"]


def test_moving_the_a_cut_changes_the_findings_that_read_it():
    at = open_app("store_en", "matrix")
    at.slider(key="abc_a").set_value(60).run()
    assert_clean(at)
    before, after = top_three(segcore.Scenario()), top_three(with_a(0.6))
    shown = shown_findings(at)
    assert shown == {p.key_label("en"): p.key_number("en") for p in after}
    assert (
        shown["Revenue a year at stake"] == "14,762,407" != before[0].key_number("en")
    )  # one key account left
    assert shown["Customers buying at the class-A level"] == "239" != before[2].key_number("en")
    assert shown["Share of customers in the core"] == before[1].key_number("en")  # quadrants: not ABC
    assert md_text(after[0].finding.text("en")) in texts(at)
    assert "- C-003913" not in texts(at)


def test_each_chart_has_its_readout_under_it(matrix):
    seg = expected("store_en", segcore.Scenario())
    captions = [c.value for c in matrix.caption]
    assert readouts.abc_xyz_heatmap(seg, "en") in captions
    assert readouts.quadrant_scatter(seg, "en") in captions


def test_the_readouts_speak_russian():
    at = open_app("store_en", "matrix")
    at.session_state[keys.LANG] = "ru"
    at.run()
    assert_clean(at)
    seg = expected("store_en", segcore.Scenario())
    captions = [c.value for c in at.caption]
    assert readouts.abc_xyz_heatmap(seg, "ru") in captions
    assert "**Что говорят данные**" in texts(at)


def dependent_store() -> bytes:
    """Give a small store where one customer brings 12,000 of 26,520 (45.2 %) of revenue."""
    lines = ["customer_id,date,amount"]
    for month in range(1, 13):
        lines.append(f"Big Buyer Ltd,2025-{month:02d}-10,1000")
        lines.extend(f"C-{n:02d},2025-{month:02d}-{n + 1:02d},{50 + n}" for n in range(1, 21))
    return ("\n".join(lines) + "\n").encode()


def test_a_customer_above_a_tenth_of_revenue_is_named_next_to_the_matrix():
    at = open_app("cdnow", "data")
    at.file_uploader(key=keys.DATA_UPLOAD).set_value(("dependent.csv", dependent_store(), "text/csv"))
    at.run()
    at.button(key=keys.DATA_LOAD).click().run()
    at.switch_page(PAGES["matrix"]).run()
    assert_clean(at)
    warnings = [w.value for w in at.warning]
    assert len(warnings) == 1 and warnings[0].startswith("Big Buyer Ltd alone brings 45.2\u00a0% of revenue")
    assert "more than 10\u00a0% makes a single customer a dependency risk" in warnings[0]
