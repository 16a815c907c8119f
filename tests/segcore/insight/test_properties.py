"""Properties of the findings on generated data: determinism, one-time buyers, the LTV order."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import segcore

END = date(2025, 12, 31)
SLOW = settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])

lines = st.lists(
    st.tuples(
        st.sampled_from([f"c{i}" for i in range(12)]),
        st.dates(min_value=date(2023, 1, 1), max_value=END),
        st.floats(min_value=-300, max_value=5000, allow_nan=False).map(lambda x: round(x, 2)),
    ),
    min_size=2,
    max_size=60,
)


def frame(rows: list[tuple]) -> pd.DataFrame:
    data = pd.DataFrame(rows, columns=["customer_id", "date", "amount"])
    data["date"] = pd.to_datetime(data["date"])
    return data


def signature(found: list[segcore.Finding]) -> list[tuple]:
    """Give what a finding says; figures to 12 significant digits (a sum's last bit follows row order)."""
    return [
        (f.kind, f.severity, f.customer_ids, {k: float(f"{v:.12g}") for k, v in f.figures.items()},
         f.variant, f.text("ru"))
        for f in found
    ]  # fmt: skip


@SLOW
@given(rows=lines, seed=st.integers(0, 1000))
def test_findings_are_deterministic_and_ignore_the_order_of_the_rows(rows, seed):
    data = frame(rows)
    customers = segcore.customer_table(data)
    first = segcore.findings(customers, transactions=data)
    shuffled = data.sample(frac=1, random_state=seed).reset_index(drop=True)
    again = segcore.findings(segcore.customer_table(shuffled), transactions=shuffled)
    assert signature(first) == signature(again)
    assert [f.severity for f in first] == sorted((f.severity for f in first), reverse=True)


@st.composite
def customer_tables(draw):
    n = draw(st.integers(1, 40))
    orders = np.array(draw(st.lists(st.integers(1, 30), min_size=n, max_size=n)))
    tenure = np.array(draw(st.lists(st.integers(0, 900), min_size=n, max_size=n)))
    tenure = np.where(orders == 1, 0, tenure)
    recency = np.array(draw(st.lists(st.integers(0, 1000), min_size=n, max_size=n)))
    revenue = np.array(draw(st.lists(st.floats(0, 1e6), min_size=n, max_size=n)))
    last = pd.Timestamp(END) - pd.to_timedelta(recency, unit="D")
    return pd.DataFrame(
        {
            "customer_id": [f"k{i}" for i in range(n)],
            "revenue": revenue,
            "orders": orders,
            "tenure_days": tenure,
            "recency_days": recency,
            "last_purchase": last,
            "first_purchase": last - pd.to_timedelta(tenure, unit="D"),
            "cv": np.where(orders > 1, 1.0, np.nan),
            "history_periods": np.full(n, 12),
        }
    )


@settings(max_examples=60, deadline=None)
@given(customers=customer_tables(), p=st.floats(0, 1), stake=st.sampled_from([None, 0.0]))
def test_a_one_purchase_customer_is_never_at_risk(customers, p, stake):
    p_alive = pd.Series(p, index=customers.customer_id)
    listed = segcore.at_risk(customers, key=("A", "B", "C"), p_alive=p_alive, min_stake=stake)
    rows = customers.set_index("customer_id").loc[listed.customer_id]
    assert (rows.orders >= 2).all() and (rows.tenure_days > 0).all()
    assert set(listed.status) <= {"overdue", "lost"}
    assert (listed.days_since_last <= 365).all()


@SLOW
@given(
    years_ago=st.integers(2, 4),
    total=st.floats(100, 100_000),
    ratio=st.floats(0.8, 1.25),
    months=st.integers(1, 12),
    others=lines,
)
def test_a_one_time_buyer_long_ago_is_worth_less_than_a_steady_buyer_of_this_year(
    years_ago, total, ratio, months, others
):
    once = END - timedelta(days=365 * years_ago)
    rows = [("old", once, round(total * ratio, 2))]
    rows += [("steady", END - timedelta(days=30 * k), round(total / months, 2)) for k in range(months)]
    data = frame(rows + [row for row in others if row[1] >= once])
    ltv = segcore.customer_table(data).set_index("customer_id").ltv_simple
    assert ltv["old"] < ltv["steady"]
