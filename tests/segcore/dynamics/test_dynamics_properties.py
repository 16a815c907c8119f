"""Properties of the dynamics on random logs: totals, the customer base's definitions, cohort shares."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from segcore.dynamics import cohort_retention, customer_base, period_comparison

transactions = st.lists(
    st.tuples(
        st.sampled_from(["a", "b", "c", "d", "e"]),
        st.dates(min_value=date(2021, 1, 1), max_value=date(2024, 12, 31)),
        st.integers(min_value=-50, max_value=500),
    ),
    min_size=1,
    max_size=40,
)
quick = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def frame_of(rows: list[tuple]) -> pd.DataFrame:
    frame = pd.DataFrame([(c, d, float(a)) for c, d, a in rows], columns=["customer_id", "date", "amount"])
    frame["date"] = pd.to_datetime(frame["date"]).dt.date
    frame["customer_id"] = frame["customer_id"].astype("string")
    return frame


@quick
@given(transactions, st.sampled_from(["M", "Q", "Y"]), st.integers(min_value=1, max_value=4))
def test_period_totals_equal_the_transactions_of_the_covered_periods(rows, grain, years):
    data = frame_of(rows)
    frame = period_comparison(data, grain, years=years)
    first_day = frame["period_start"].min().date()
    covered = data[data["date"] >= first_day]
    assert frame["revenue"].sum() == pytest.approx(covered["amount"].sum())
    assert frame["purchases"].sum() == pytest.approx(covered["amount"].clip(lower=0).sum())


def reference_base(data: pd.DataFrame, lost_after: int) -> pd.DataFrame:
    """The definitions of customer_base, customer by customer, in plain Python."""
    bought = data[data["amount"] > 0]
    month = pd.to_datetime(data["date"]).dt.year * 12 + pd.to_datetime(data["date"]).dt.month - 1
    active = {c: set(month[bought.index][bought["customer_id"] == c]) for c in bought["customer_id"].unique()}
    periods = range(int(month.min()), int(month.max()) + 1)
    rows = []
    for p in periods:
        new = sum(1 for s in active.values() if min(s) == p)
        lost = sum(
            1
            for s in active.values()
            if (p - lost_after) in s and not any(q in s for q in range(p - lost_after + 1, p + 1))
        )
        live = sum(1 for s in active.values() if any(p - lost_after < q <= p for q in s))
        returning = sum(1 for s in active.values() if p in s and min(s) < p and (p - 1) not in s)
        rows.append((p, sum(1 for s in active.values() if p in s), new, returning, lost, live))
    return pd.DataFrame(rows, columns=["period", "active", "new", "returning", "lost", "live"])


@quick
@given(transactions, st.integers(min_value=1, max_value=5))
def test_customer_base_matches_its_definitions_customer_by_customer(rows, lost_after):
    data = frame_of(rows)
    if not (data["amount"] > 0).any():
        return
    base = customer_base(data, "M", lost_after=lost_after)
    expected = reference_base(data, lost_after)
    columns = ["period", "active", "new", "returning", "lost", "live"]
    assert base[columns].astype(int).to_numpy().tolist() == expected[columns].to_numpy().tolist()
    assert (base["active"] == base["new"] + base["retained"] + base["returning"]).all()


@quick
@given(transactions, st.sampled_from(["M", "Q", "Y"]))
def test_cohort_shares_lie_between_zero_and_one_and_are_one_at_acquisition(rows, grain):
    cohorts = cohort_retention(frame_of(rows), grain)
    assert cohorts["share"].between(0, 1).all()
    assert (cohorts.loc[cohorts["periods_since"] == 0, "share"] == 1.0).all()
