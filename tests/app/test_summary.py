"""The Summary page: the studio's conclusion and action plan, first page of the studio, in both languages."""

from __future__ import annotations

import io
from functools import cache

import pandas as pd
import pytest

import segcore
from segcore.i18n import t
from segcore.insight.plan import action_plan
from segcore.report.action_summary import md_text
from tests.app.downloads import downloads
from tests.app.studio import assert_clean, customers, loaded, open_app
from ui.state import keys

__all__ = ["downloads"]

SUMMARY = "app_pages/summary.py"
NBSP = "\u00a0"
LOST_KEY_ACCOUNT = "Sunrise Property Management"


@cache
def demo_findings(demo: str = "store_en") -> tuple[segcore.Finding, ...]:
    """Give segcore's findings of a demo dataset under the default scenario, with the customer base."""
    return tuple(segcore.findings(customers(demo), transactions=loaded(demo)))


def markdown(at) -> str:
    return "\n".join(m.value for m in at.markdown)


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def read_csv(data: bytes, lang: str) -> pd.DataFrame:
    sep, decimal = (";", ",") if lang == "ru" else (",", ".")
    return pd.read_csv(io.BytesIO(data), sep=sep, decimal=decimal, encoding="utf-8-sig", dtype=str)


@pytest.fixture(scope="module")
def english():
    return open_app("store_en")


def test_the_studio_opens_on_the_summary_with_every_finding_as_a_card(english):
    at = english
    assert_clean(at)
    assert at.title[0].value == "Summary: what the data says"
    found = demo_findings()
    assert [f.kind for f in found] == [
        "at_risk", "core_size", "rising", "returns", "concentration", "seasonal", "base",
    ]  # fmt: skip
    shown = metrics(at)
    for planned in action_plan(found):
        assert shown[planned.key_label("en")] == planned.key_number("en")
        assert md_text(planned.finding.text("en")) in markdown(at)
    assert shown[f"Revenue from the top 20{NBSP}% of customers"] == f"77.8{NBSP}%"


def test_the_lost_key_account_is_named_first(english):
    text = markdown(english)
    assert f"First is {LOST_KEY_ACCOUNT}: no purchase for 205 days" in text
    assert f"**For whom:** {LOST_KEY_ACCOUNT}, C-003913, C-008090, C-001781, C-008420 and 19 more" in text


def test_each_finding_has_its_actions_owner_and_strategy_card(english):
    text = markdown(english)
    for planned in action_plan(demo_findings()):
        for action in planned.actions("en"):
            assert md_text(action) in text
        assert f"**Who:** {md_text(planned.owner('en'))}" in text
        if planned.card is not None:
            assert f"**Strategy card:** {planned.card} — " in text
    assert "**Strategy card:** III — The core: " in text


def test_the_summary_speaks_russian_with_russian_numbers():
    at = open_app("store_en")
    at.session_state[keys.LANG] = "ru"
    at.run()
    assert_clean(at)
    assert at.title[0].value == "Итоги: что говорят данные"
    assert metrics(at)[f"Выручка от 20{NBSP}% крупнейших клиентов"] == f"77,8{NBSP}%"
    text = markdown(at)
    assert f"Первый в списке — {LOST_KEY_ACCOUNT}" in text
    assert t("action.summary.plan", "ru") in [h.value for h in at.header]
    assert "**Кто:** Менеджеры по ключевым клиентам" in text
    listed = at.dataframe[0].value  # the at-risk finding's full list, in its expander
    assert listed.columns[:2].tolist() == ["customer_id", "status"]
    assert listed["customer_id"].iloc[0] == LOST_KEY_ACCOUNT and listed["status"].iloc[0] == "потерян"


def test_the_downloads_are_segcore_s_lists_and_summary(downloads):
    at = open_app("store_en")
    assert_clean(at)
    found = {f.kind: f for f in demo_findings()}
    listed = read_csv(downloads["at_risk_customers.csv"](), "en")
    expected = segcore.at_risk(customers("store_en"))
    assert listed["Customer ID"].tolist() == expected["customer_id"].tolist()
    assert listed["Customer ID"].iloc[0] == LOST_KEY_ACCOUNT
    assert listed["Status"].tolist() == expected["status"].tolist()
    concentration = read_csv(downloads["concentration_customers.csv"](), "en")
    assert tuple(concentration["Customer ID"]) == found["concentration"].customer_ids
    assert len(concentration) == 4583
    summary = downloads["summary.md"]()
    assert summary.startswith("# Summary: what the data says")
    for finding in found.values():
        assert md_text(finding.text("en")) in summary
    assert f"**For whom:** {LOST_KEY_ACCOUNT}, C-003913" in summary
    assert at.download_button(key=keys.SUMMARY_DOWNLOAD).label == "Download the summary"


def test_a_russian_list_is_a_russian_csv(downloads):
    at = open_app("store_en")
    at.session_state[keys.LANG] = "ru"
    at.run()
    listed = read_csv(downloads["at_risk_customers.csv"](), "ru")
    assert listed["ID клиента"].iloc[0] == LOST_KEY_ACCOUNT
    assert set(listed["Статус"]) == {"потерян", "просрочен"}
    assert downloads["summary.md"]().startswith("# Итоги: что говорят данные")


def test_the_summary_follows_the_scenario():
    at = open_app("store_en", abc_a="0.6")
    assert_clean(at)
    scenario = segcore.Scenario()
    scenario = scenario.replace(abc=scenario.abc.replace(a=0.6))
    found = segcore.findings(customers("store_en"), scenario)
    at_risk = next(f for f in found if f.kind == "at_risk")
    assert at_risk.customer_ids == (LOST_KEY_ACCOUNT,)
    assert md_text(at_risk.text("en")) in markdown(at)
    assert "Key customer Sunrise Property Management has not bought for 205 days" in markdown(at)


def test_the_summary_opens_on_cdnow_too():
    at = open_app("cdnow")
    assert_clean(at)
    assert at.title[0].value == "Summary: what the data says"
    assert len(at.metric) == len(demo_findings("cdnow"))
