"""The periods on each side of a campaign: by hand, and the same ones the campaign effect counts."""

from __future__ import annotations

from datetime import date

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from segcore.dynamics import campaign_sides, golden_share


def tx(rows: list[tuple]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["customer_id", "date", "amount"])
    frame["date"] = pd.to_datetime(frame["date"]).dt.date
    return frame


def _six_months() -> pd.DataFrame:
    rows = [("g", f"2024-{m:02d}-05", float(m)) for m in range(1, 7)]
    return tx([*rows, *[("o", f"2024-{m:02d}-06", 10.0 - m) for m in range(1, 7)], ("o", "2024-06-30", 0.0)])


def test_a_campaign_on_the_first_of_may_splits_the_half_year_four_and_two():
    frame = golden_share(_six_months(), ["g"], "M").periods
    before, after = campaign_sides(frame, date(2024, 5, 1), "M")
    assert before.tolist() == [True, True, True, True, False, False]
    assert after.tolist() == [False, False, False, False, True, True]


def test_at_most_the_periods_nearest_the_campaign_count():
    frame = golden_share(_six_months(), ["g"], "M").periods
    before, after = campaign_sides(frame, date(2024, 5, 1), "M", periods=1)
    assert before.tolist() == [False, False, False, True, False, False]
    assert after.tolist() == [False, False, False, False, True, False]


def test_the_month_a_campaign_starts_in_is_on_neither_side():
    frame = golden_share(_six_months(), ["g"], "M").periods
    before, after = campaign_sides(frame, date(2024, 3, 15), "M")
    assert before.tolist()[:3] == [True, True, False]
    assert after.tolist()[:4] == [False, False, False, True]


@settings(max_examples=25, deadline=None)
@given(st.dates(date(2024, 1, 2), date(2024, 6, 28)), st.one_of(st.none(), st.integers(1, 4)))
def test_the_sides_are_the_periods_the_campaign_effect_counts(campaign, periods):
    result = golden_share(_six_months(), ["g"], "M", campaign_date=campaign, periods=periods)
    before, after = campaign_sides(result.periods, campaign, "M", periods)
    assert not (before & after).any()
    assert (int(before.sum()), int(after.sum())) == (
        result.effect.periods_before,
        result.effect.periods_after,
    )
