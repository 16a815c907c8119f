"""The at-risk rule on hand-made customers, P(alive), and the size of the list on CDNOW."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pandas as pd
import pytest

import segcore
from segcore.insight.at_risk import AT_RISK_COLUMNS

END = date(2025, 12, 31)
EVERYONE = ("A", "B", "C")


def every(customer: str, days: int, last_days_ago: int, count: int, amount: float = 100.0) -> list[tuple]:
    last = END - timedelta(days=last_days_ago)
    return [(customer, last - timedelta(days=days * k), f"{customer}-{k}", amount) for k in range(count)]


@pytest.fixture(scope="module")
def customers() -> pd.DataFrame:
    rows = [
        *every("weekly", 7, 60, 20),  # gap 7, quiet 60 > max(21, 37): overdue; 60 / 7 > 6: lost
        *every("monthly_late", 30, 100, 10),  # quiet 100 > max(90, 60): overdue, 3.3 gaps
        *every("monthly_ok", 30, 50, 10),  # quiet 50 ≤ 90: on rhythm
        *every("weekly_recent", 7, 25, 20),  # quiet 25 > 21 but ≤ 7 + 30: not yet
        *every("gone", 10, 400, 20),  # quiet 400 > 365 days: past the reach
        ("one_timer", END - timedelta(days=300), "one", 50_000.0),
        ("same_day", END - timedelta(days=200), "sd-1", 3000.0),
        ("same_day", END - timedelta(days=200), "sd-2", 3000.0),
        ("anchor", END, "anchor", 1.0),
    ]
    frame = pd.DataFrame(rows, columns=["customer_id", "date", "order_id", "amount"])
    frame["date"] = pd.to_datetime(frame["date"])
    return segcore.customer_table(frame, segcore.AggregationSettings(grain="M"))


def test_overdue_and_lost_follow_each_customers_own_rhythm(customers):
    listed = segcore.at_risk(customers, key=EVERYONE, min_stake=0).set_index("customer_id")
    assert list(listed.columns) == list(AT_RISK_COLUMNS[1:])
    assert set(listed.index) == {"weekly", "monthly_late"}
    assert listed.loc["weekly", "status"] == "lost"
    assert listed.loc["monthly_late", "status"] == "overdue"
    assert listed.loc["weekly", "usual_gap_days"] == pytest.approx(7.0)
    assert listed.loc["monthly_late", "days_since_last"] == 100
    assert listed.loc["monthly_late", "overdue_ratio"] == pytest.approx(100 / 30)
    # Revenue at stake: 1,000 over 270 days of tenure + a 30-day gap, less than a year → 1,000.
    assert listed.loc["monthly_late", "revenue_at_stake"] == pytest.approx(1000.0)
    assert listed.p_alive.isna().all()


def test_a_customer_without_two_purchase_days_is_never_listed(customers):
    p_alive = pd.Series({"one_timer": 0.01, "same_day": 0.01})
    listed = segcore.at_risk(customers, key=EVERYONE, min_stake=0, p_alive=p_alive)
    assert not {"one_timer", "same_day"} & set(listed.customer_id)


def test_a_low_p_alive_marks_a_customer_lost_by_id_or_by_row(customers):
    by_id = pd.Series({"monthly_ok": 0.2, "weekly": 0.9})
    listed = segcore.at_risk(customers, key=EVERYONE, min_stake=0, p_alive=by_id).set_index("customer_id")
    assert listed.loc["monthly_ok", "status"] == "lost"
    assert listed.loc["monthly_ok", "p_alive"] == 0.2
    assert listed.loc["weekly", "status"] == "lost"  # six gaps past: lost whatever the model says
    by_row = by_id.reindex(customers.customer_id).to_numpy()
    same = segcore.at_risk(customers, key=EVERYONE, min_stake=0, p_alive=by_row).set_index("customer_id")
    pd.testing.assert_frame_equal(listed, same)


def test_the_default_stake_keeps_only_losses_as_large_as_an_average_class_a_customer(customers):
    everyone = segcore.at_risk(customers, key=EVERYONE, min_stake=0)
    default = segcore.at_risk(customers, key=EVERYONE)
    assert set(default.customer_id) <= set(everyone.customer_id)
    assert default.revenue_at_stake.min() >= everyone.revenue_at_stake.min()


def test_key_means_class_a_or_quadrant_iii_by_default(customers):
    segments = segcore.Segmenter(customers).segment(segcore.Scenario())
    key = set(customers.customer_id[(segments.abc == "A") | (segments.quadrant == "III")])
    listed = segcore.at_risk(customers, min_stake=0)
    assert set(listed.customer_id) <= key


def test_as_of_moves_the_clock(customers):
    earlier = segcore.at_risk(customers, key=EVERYONE, min_stake=0, as_of=date(2025, 11, 1))
    assert "monthly_late" not in set(earlier.customer_id)  # 39 days quiet on 1 November


def test_cdnow_lists_few_of_its_customers_with_the_largest_loss_first(cdnow):
    _, customers = cdnow
    listed = segcore.at_risk(customers)
    assert 0 < len(listed) <= 0.03 * len(customers)
    assert listed.revenue_at_stake.is_monotonic_decreasing
    assert (customers.set_index("customer_id").loc[listed.customer_id, "orders"] >= 2).all()
    assert np.isfinite(listed.usual_gap_days).all()
