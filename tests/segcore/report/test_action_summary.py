"""The summary as Markdown: findings with their numbers, the plan of each, user text kept inert."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from segcore.insight.finding import Finding, Severity
from segcore.insight.plan import action_plan
from segcore.report.action_summary import md_text, summary_markdown
from segcore.report.playbook import Playbook

NBSP = "\u00a0"
EVIL = "*Acme* <script>x</script> [click](http://x) | $1$ _a_ ~b~ `c` & d"


def at_risk(ids: tuple[str, ...]) -> Finding:
    figures = {"customers": len(ids), "at_stake": 150000.0, "days": 205, "gap": 15.0, "lost": 1}
    return Finding("at_risk", Severity.HIGH, ids, figures, "many")


def concentration() -> Finding:
    figures = {
        "top_customers": 0.2,
        "top20_share": 0.778,
        "revenue_target": 0.8,
        "customers_80": 4583,
        "customers_80_share": 0.22915,
        "gini": 0.75,
    }
    return Finding("concentration", Severity.INFO, ("Grand Stay Hotels Ltd",), figures)


def test_md_text_escapes_markup_and_guards_formulas():
    assert md_text("*Acme* <b>") == "\\*Acme\\* \\<b\\>"
    assert md_text("=cmd()") == "'=cmd()"
    assert md_text("# not a heading") == "\\# not a heading"
    assert md_text("12. not a list") == "12\\. not a list"
    assert md_text("a_b $5 [x](y) | z") == "a\\_b \\$5 \\[x\\](y) \\| z"
    assert md_text("two\nlines\r\n here") == "two lines here"
    assert md_text("C-003913: plain text stays plain.") == "C-003913: plain text stays plain."


@given(st.text(max_size=40))
def test_md_text_leaves_no_unescaped_markup_and_stays_on_one_line(text):
    escaped = md_text(text)
    assert "\n" not in escaped and "\r" not in escaped
    unescaped = escaped.replace("\\\\", "")
    for mark in "*_[]<>|~&$`{}":
        assert all(unescaped[i - 1] == "\\" for i, ch in enumerate(unescaped) if ch == mark and i > 0)
        assert not unescaped.startswith(mark)


def test_the_summary_lists_the_findings_then_the_plan_with_owner_customers_and_card():
    ids = ("Sunrise Property Management", "C-003913", "C-008090", "C-001781", "C-008420", "C-003721", "C-3")
    text = summary_markdown(
        action_plan([at_risk(ids), concentration()]),
        "en",
        context=["Data: Demo: online store (English)", "ABC 80 % / 95 %"],
        created=date(2026, 3, 2),
    )
    lines = text.splitlines()
    assert lines[0] == "# Summary: what the data says"
    assert "Prepared: 2026-03-02" in text
    assert lines.index("## What the data says") < lines.index("## What to do on Monday")
    assert "1. ▲ **Key customers at risk** (act now). Revenue a year at stake: **150,000**" in text
    assert (
        "2. ● **Concentration** (for information). "
        f"Revenue from the top 20{NBSP}% of customers: **77.8{NBSP}%**" in text
    )
    assert "### 1. ▲ Key customers at risk" in text
    assert "1. Call every customer on the list this week" in text
    assert "**Who:** Key-account managers; for lost customers, with the head of sales" in text
    assert (
        "**For whom:** Sunrise Property Management, C-003913, C-008090, C-001781, C-008420 and 2 more" in text
    )
    assert "**Strategy card:** III — The core: Keep them first in line" in text


def test_a_customer_id_full_of_markup_is_written_as_plain_text_everywhere():
    text = summary_markdown(action_plan([at_risk((EVIL, "=1+1"))]), "ru", names=5)
    assert EVIL not in text
    assert md_text(EVIL) in text
    assert "'=1+1" in text
    assert "<script>" not in text and "[click](" not in text


def test_an_edited_card_is_quoted_as_edited_and_escaped():
    playbook = Playbook().with_override("III", title="Ядро <VIP>", goal="Звонить *каждую* неделю")
    text = summary_markdown(action_plan([at_risk(("a",))]), "ru", playbook=playbook)
    assert "**Карточка стратегии:** III — Ядро \\<VIP\\>: Звонить \\*каждую\\* неделю" in text
    assert "## Что делать в понедельник" in text
    assert "**Кто:** Менеджеры по ключевым клиентам" in text


def test_without_findings_the_summary_says_nothing_stands_out():
    text = summary_markdown([], "en", context=["Data: x.csv"])
    assert "Nothing in these data calls for attention under this scenario." in text
    assert "What to do on Monday" not in text


def test_a_finding_without_customers_has_no_for_whom_line():
    base = Finding(
        "base",
        Severity.INFO,
        (),
        {"new": 5, "returning": 1, "lost": 2, "lost_after": 3, "live": 40, "change": 3,
         "period_year": 2025, "period_month": 12},
    )  # fmt: skip
    text = summary_markdown(action_plan([base]), "en")
    assert "For whom" not in text
    assert "**Strategy card:** I — Entry flow" in text
    assert "Change of the live base in the month: **+3**" in text
