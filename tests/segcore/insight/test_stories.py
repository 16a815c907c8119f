"""The story store: every finding names exactly the planted customers, with figures from pandas."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from stories import (
    BIG,
    DECEMBER,
    END,
    GONE_LONG_AGO,
    ONE_BIG_ORDER,
    RETURNER,
    RISER,
    STOPPED,
)

import segcore
from segcore.classify.quadrants import loyalty_score, quadrant_classes
from segcore.i18n import LANGUAGES, catalogue
from segcore.insight.numbers import format_figure

AS_OF = pd.Timestamp(END)


def one(story_findings, kind: str) -> segcore.Finding:
    found = story_findings.get(kind, [])
    assert len(found) == 1, f"expected one {kind} finding, got {found}"
    return found[0]


def per_customer(tx: pd.DataFrame) -> pd.DataFrame:
    """Give revenue, purchases, returns, orders, first and last purchase per customer, by pandas."""
    bought = tx[tx.amount > 0]
    frame = pd.DataFrame(
        {
            "revenue": tx.groupby("customer_id").amount.sum(),
            "margin": (tx.amount - tx.cost).groupby(tx.customer_id).sum(),
            "purchases": bought.groupby("customer_id").amount.sum(),
            "returns": -tx[tx.amount < 0].groupby("customer_id").amount.sum(),
            "orders": bought.groupby("customer_id").order_id.nunique(),
            "first": bought.groupby("customer_id").date.min(),
            "last": bought.groupby("customer_id").date.max(),
        }
    )
    return frame.fillna({"returns": 0.0})


def test_the_planted_stories_are_the_only_ones_told(story_findings):
    assert [f.customer_ids for f in story_findings["dependency"]] == [(BIG,)]
    assert set(one(story_findings, "at_risk").customer_ids) == set(STOPPED)
    assert set(one(story_findings, "seasonal").customer_ids) == set(DECEMBER)
    assert one(story_findings, "rising").customer_ids == (RISER,)
    assert one(story_findings, "returns").customer_ids == (RETURNER,)


def test_findings_come_most_severe_first(story_customers, story_tx):
    found = segcore.findings(story_customers, transactions=story_tx)
    severities = [f.severity for f in found]
    assert severities == sorted(severities, reverse=True)
    assert [f.kind for f in found][:2] == ["dependency", "at_risk"]


def test_dependency_share_is_the_customers_share_of_revenue_and_margin(story_findings, story_tx):
    sums = per_customer(story_tx)
    figures = one(story_findings, "dependency").figures
    assert figures["share"] == pytest.approx(sums.revenue[BIG] / sums.revenue.clip(lower=0).sum())
    assert figures["margin_share"] == pytest.approx(sums.margin[BIG] / sums.margin.clip(lower=0).sum())
    assert figures["threshold"] == 0.10
    assert 0.14 < figures["share"] < 0.18
    assert (sums.revenue.drop(BIG) / sums.revenue.sum()).max() < 0.10


def test_at_risk_figures_follow_each_customers_own_rhythm(story_findings, story_tx):
    sums = per_customer(story_tx).loc[list(STOPPED)]
    tenure = (sums["last"] - sums["first"]).dt.days
    gap = tenure / (sums.orders - 1)
    stake = sums.revenue * 365 / np.maximum(tenure + gap, 365)
    days = (AS_OF - sums["last"]).dt.days
    finding = one(story_findings, "at_risk")
    first = finding.customer_ids[0]
    assert first == stake.idxmax()
    assert finding.figures["at_stake"] == pytest.approx(stake.sum())
    assert finding.figures["days"] == days[first]
    assert finding.figures["gap"] == pytest.approx(gap[first])
    assert finding.figures["customers"] == finding.figures["lost"] == 2
    assert finding.variant == "many"


def test_at_risk_leaves_out_the_long_gone_and_the_one_off(story_customers):
    listed = segcore.at_risk(story_customers, min_stake=0)
    assert GONE_LONG_AGO not in set(listed.customer_id)  # silent since 2023: past the reach
    assert ONE_BIG_ORDER not in set(listed.customer_id)  # one order: no rhythm
    assert BIG not in set(listed.customer_id)  # still buying
    segments = segcore.Segmenter(story_customers).segment(segcore.Scenario())
    keyed = dict(zip(story_customers.customer_id, segments.abc, strict=True))
    assert keyed[GONE_LONG_AGO] == keyed[ONE_BIG_ORDER] == "A"


def test_concentration_figures_equal_a_pandas_computation(story_findings, story_tx):
    revenue = per_customer(story_tx).revenue.clip(lower=0).sort_values(ascending=False)
    n, total = len(revenue), revenue.sum()
    figures = one(story_findings, "concentration").figures
    assert figures["top20_share"] == pytest.approx(revenue.iloc[: int(0.2 * n)].sum() / total)
    reach = int((revenue.cumsum() / total < 0.8).sum()) + 1
    assert figures["customers_80"] == reach
    assert figures["customers_80_share"] == pytest.approx(reach / n)
    values = revenue.to_numpy()
    mean_difference = np.abs(values[:, None] - values[None, :]).sum() / (2 * n * n * values.mean())
    assert figures["gini"] == pytest.approx(mean_difference)


def test_seasonal_figures_equal_a_pandas_computation(story_findings, story_tx):
    sums = per_customer(story_tx)
    figures = one(story_findings, "seasonal").figures
    assert figures["customers"] == len(DECEMBER)
    assert figures["revenue_share"] == pytest.approx(sums.revenue[list(DECEMBER)].sum() / sums.revenue.sum())
    assert figures["season_month"] == 12  # December, and the January after it
    assert (figures["min_share"], figures["min_years"]) == (0.8, 2)


def test_rising_figures_equal_a_pandas_computation(story_findings, story_tx):
    year_ago, two_years_ago = AS_OF - pd.DateOffset(years=1), AS_OF - pd.DateOffset(years=2)
    last = story_tx[story_tx.date > year_ago].groupby("customer_id").amount.sum()
    prev = story_tx[(story_tx.date > two_years_ago) & (story_tx.date <= year_ago)]
    prev = prev.groupby("customer_id").amount.sum()
    ranked = last.clip(lower=0).sort_values(ascending=False)
    level = ranked.iloc[int((ranked.cumsum() / ranked.sum() < 0.8 - 1e-12).sum())]
    figures = one(story_findings, "rising").figures
    assert figures["level"] == pytest.approx(level)
    assert figures["top_last"] == pytest.approx(last[RISER])
    assert figures["top_prev"] == pytest.approx(prev[RISER])
    assert (figures["customers"], figures["new"], figures["months"]) == (1, 0, 12)


def test_returns_figures_equal_a_pandas_computation(story_findings, story_tx):
    sums = per_customer(story_tx)
    figures = one(story_findings, "returns").figures
    assert figures["rate"] == pytest.approx(sums.returns[RETURNER] / sums.purchases[RETURNER])
    assert figures["base_rate"] == pytest.approx(sums.returns.sum() / sums.purchases.sum())
    assert figures["top_returns"] == pytest.approx(sums.returns[RETURNER])


def test_core_size_figures_equal_the_quadrants_computed_apart(story_findings, story_customers):
    settings = segcore.QuadrantSettings()
    weights = settings.weights(story_customers.columns)
    score = loyalty_score(story_customers, weights, min_periods=6)
    revenue = story_customers.revenue.to_numpy()
    now = quadrant_classes(score, revenue)
    pareto = quadrant_classes(score, revenue, loyalty_split=0.5, profit_split=0.8)
    figures = one(story_findings, "core_size").figures
    assert figures["core_share"] == pytest.approx((now == "III").mean())
    assert figures["core_customers"] == (now == "III").sum()
    assert figures["core_revenue_share"] == pytest.approx(revenue[now == "III"].sum() / revenue.sum())
    assert figures["new_core_share"] == pytest.approx((pareto == "III").mean())
    assert figures["new_core_revenue_share"] == pytest.approx(revenue[pareto == "III"].sum() / revenue.sum())
    assert figures["core_share"] > 0.3 > figures["new_core_share"]


def test_base_figures_equal_a_pandas_computation(story_findings, story_tx):
    bought = story_tx[story_tx.amount > 0]
    months = bought.date.dt.year * 12 + bought.date.dt.month - 1
    active = months.groupby(bought.customer_id).apply(lambda m: set(m))
    december, november = 2025 * 12 + 11, 2025 * 12 + 10
    figures = one(story_findings, "base").figures
    assert figures["new"] == sum(min(m) == december for m in active)
    back = [december in m and november not in m and min(m) < december for m in active]
    assert figures["returning"] == sum(back)
    assert figures["lost"] == sum(max(m) == december - 3 for m in active)

    def live(period: int) -> int:  # bought in one of the three months up to the period
        return sum(any(period - 3 < month <= period for month in m) for m in active)

    assert (figures["live"], figures["change"]) == (live(december), live(december) - live(november))
    assert (figures["period_year"], figures["period_month"]) == (2025, 12)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_text_quotes_its_numbers_as_the_language_writes_them(story_findings, lang):
    for found in story_findings.values():
        for finding in found:
            text = finding.text(lang)
            for name, written in finding.formatted(lang).items():
                assert written in text, (finding.kind, name, written, text)
            if "{customer}" in catalogue()[finding.key][lang]:
                assert finding.customer_ids[0] in text


def test_russian_texts_use_a_decimal_comma_and_no_break_spaces(story_findings):
    dependency = one(story_findings, "dependency")
    share = format_figure(dependency.figures["share"], "share", "ru")
    assert "," in share and share.endswith("\u00a0%")
    assert share in dependency.text("ru")
    at_stake = format_figure(one(story_findings, "at_risk").figures["at_stake"], "money", "ru")
    assert "\u00a0" in at_stake and "," not in at_stake
    assert at_stake in one(story_findings, "at_risk").text("ru")
