"""Golden share per period and a campaign's effect on it, by hand and on the demo store."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from segcore.dynamics import golden_share
from segcore.errors import SettingsError


def test_golden_share_per_month_and_the_campaign_effect(tx):
    rows = []
    for month in range(1, 7):
        golden = 40.0 if month < 4 else 60.0
        rows += [("g", f"2024-{month:02d}-05", golden), ("o", f"2024-{month:02d}-06", 100.0 - golden)]
    rows.append(("o", "2024-06-30", 0.0))
    result = golden_share(tx(rows), ["g"], "M", campaign_date=date(2024, 4, 1))
    assert result.periods["share"].round(6).tolist() == [0.4, 0.4, 0.4, 0.6, 0.6, 0.6]
    effect = result.effect
    assert (effect.before, effect.after) == pytest.approx((0.4, 0.6))
    assert effect.change == pytest.approx(0.2)
    assert (effect.periods_before, effect.periods_after) == (3, 3)
    assert np.isnan(effect.after_year_ago)


def test_the_campaign_comparison_can_take_the_same_number_of_periods_on_each_side(tx):
    rows = [("g", f"2024-{m:02d}-05", float(m)) for m in range(1, 7)]
    rows += [("o", f"2024-{m:02d}-06", 10.0 - m) for m in range(1, 7)] + [("o", "2024-06-30", 0.0)]
    # golden shares by month: 0.1, 0.2, 0.3, 0.4, 0.5, 0.6; campaign on 1 May.
    effect = golden_share(tx(rows), ["g"], "M", campaign_date=date(2024, 5, 1), periods=2).effect
    assert (effect.periods_before, effect.periods_after) == (2, 2)
    assert (effect.before, effect.after) == pytest.approx((0.35, 0.55))
    everything = golden_share(tx(rows), ["g"], "M", campaign_date=date(2024, 5, 1)).effect
    assert everything.before == pytest.approx(0.25)
    with pytest.raises(SettingsError):
        golden_share(tx(rows), ["g"], "M", campaign_date=date(2024, 5, 1), periods=0)


def test_a_campaign_starting_mid_month_leaves_that_month_out_of_both_sides(tx):
    rows = [("g", f"2024-{m:02d}-05", 10.0 * m) for m in range(1, 6)] + [("o", "2024-05-31", 1.0)]
    effect = golden_share(tx(rows), ["g"], "M", campaign_date=date(2024, 3, 15)).effect
    assert (effect.periods_before, effect.periods_after) == (2, 2)


def test_the_demo_store_golden_share_rises_after_the_loyalty_campaign(store):
    # The campaign's target group: the top 20 % of retail customers by revenue in the twelve
    # months before it (the wholesale key accounts, whose ids are company names rather than
    # "C-" numbers, are served by account managers and are not targeted).
    year_before = store[(store["date"] >= "2024-09-01") & (store["date"] < "2025-09-01")]
    retail = year_before[year_before["customer_id"].str.startswith("C-")]
    spend = retail.groupby("customer_id")["amount"].sum().sort_values(ascending=False)
    golden = spend.index[: round(0.2 * len(spend))]
    effect = golden_share(store, golden, "M", campaign_date=date(2025, 9, 1), periods=4).effect
    assert (effect.periods_before, effect.periods_after) == (4, 4)
    assert effect.after > effect.before
    assert effect.after > effect.after_year_ago
