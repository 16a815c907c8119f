"""The demo store: the findings tell its planted stories, and nobody is flagged who should not be."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import segcore
from segcore.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[3]
SUNRISE = "Sunrise Property Management"
KEY_ACCOUNTS = (
    "Grand Stay Hotels Ltd",
    "Harbour Restaurant Group",
    "Maple Home Retail",
    SUNRISE,
    "Riverside Catering",
)


@pytest.fixture(scope="module")
def demo_findings(demo) -> dict[str, segcore.Finding]:
    transactions, customers = demo
    found = segcore.findings(customers, transactions=transactions)
    assert len({f.kind for f in found}) == len(found)  # one of each kind on this store
    return {f.kind: f for f in found}


def test_the_lost_key_account_heads_a_short_at_risk_list(demo):
    _, customers = demo
    listed = segcore.at_risk(customers)
    assert 10 <= len(listed) <= 25
    top = listed.iloc[0]
    assert (top.customer_id, top.cell, top.quadrant, top.status) == (SUNRISE, "AX", "III", "lost")
    assert top.days_since_last == 205
    assert top.usual_gap_days == pytest.approx(15.0)
    assert listed.revenue_at_stake.is_monotonic_decreasing
    assert set(KEY_ACCOUNTS) & set(listed.customer_id) == {SUNRISE}


def test_the_at_risk_finding_names_sunrise_first_in_both_languages(demo_findings):
    finding = demo_findings["at_risk"]
    assert finding.severity == segcore.insight.Severity.HIGH
    assert finding.customer_ids[0] == SUNRISE
    assert finding.figures["days"] == 205
    for lang in LANGUAGES:
        assert SUNRISE in finding.text(lang) and "205" in finding.text(lang)
    assert "205 дней" in finding.text("ru") and "15 дней" in finding.text("ru")


def test_no_key_account_is_a_dependency_because_none_reaches_ten_percent(demo, demo_findings):
    _, customers = demo
    shares = customers.set_index("customer_id").revenue / customers.revenue.clip(lower=0).sum()
    assert shares[list(KEY_ACCOUNTS)].between(0.058, 0.072).all()
    assert shares.max() < 0.10
    assert "dependency" not in demo_findings


def test_concentration_reads_the_readme_figure(demo_findings):
    finding = demo_findings["concentration"]
    assert round(finding.figures["top20_share"], 3) == 0.778
    assert "77.8\u00a0%" in finding.text("en")
    assert "77,8\u00a0%" in finding.text("ru")


def test_the_seasonal_finding_holds_the_black_friday_shoppers(demo, demo_findings):
    transactions, customers = demo
    finding = demo_findings["seasonal"]
    assert finding.figures["season_month"] == 11
    assert "November–December" in finding.text("en") and "ноябрь–декабрь" in finding.text("ru")
    day = transactions.date
    black_friday = (day.dt.month == 11) & day.dt.day.between(20, 30)
    sale = black_friday | ((day.dt.month == 1) & day.dt.day.between(2, 12))
    bought = transactions.amount > 0
    promotion_only = sale[bought].groupby(transactions.customer_id[bought]).all()
    seasonal = list(finding.customer_ids)
    assert promotion_only[seasonal].sum() >= 200
    assert finding.figures["customers"] == int(customers.seasonal.sum()) == len(seasonal)


def test_the_core_is_too_large_with_median_splits(demo_findings):
    figures = demo_findings["core_size"].figures
    assert round(figures["core_share"], 3) == 0.366
    assert 0.15 < figures["new_core_share"] < 0.25


def test_the_base_finding_reads_the_last_month(demo_findings):
    finding = demo_findings["base"]
    assert (finding.figures["period_year"], finding.figures["period_month"]) == (2025, 12)
    assert finding.text("en").startswith("In December 2025:")
    assert finding.text("ru").startswith("В декабре 2025 г.:")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_demo_text_quotes_its_numbers(demo_findings, lang):
    for finding in demo_findings.values():
        text = finding.text(lang)
        assert all(written in text for written in finding.formatted(lang).values()), text


def test_a_one_time_buyer_no_longer_tops_the_simple_ltv(demo):
    _, customers = demo
    top = customers.nlargest(1000, "ltv_simple")
    assert (top.orders == 1).sum() <= 10


def test_payment_delay_counts_against_loyalty(demo):
    _, customers = demo
    attributes = pd.read_csv(ROOT / "sample_data" / "store_customers_en.csv", dtype={"customer_id": str})
    table = customers.merge(attributes, on="customer_id", how="left")
    only_delay = segcore.QuadrantSettings(
        w_frequency=0, w_tenure=0, w_recency=0, w_regularity=0, extra_weights="payment_delay_days:1"
    )
    score = segcore.Segmenter(table).segment(segcore.Scenario(quadrants=only_delay)).loyalty
    by_id = pd.Series(score, index=table.customer_id)
    assert by_id[SUNRISE] == by_id.min()  # 44 days late: the least loyal payer
    assert by_id.idxmax() != SUNRISE
