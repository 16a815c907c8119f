"""Plan against actual summed up: totals per period by hand, and what the plan is set for."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from segcore.dynamics.plan_totals import plan_segment_kind, plan_so_far, plan_total

NAN = float("nan")


def _result() -> pd.DataFrame:
    # Two keys over three months; March has not happened yet (no actual).
    return pd.DataFrame(
        {
            "period": [24300, 24300, 24301, 24301, 24302, 24302],
            "period_start": pd.to_datetime(["2025-01-01"] * 2 + ["2025-02-01"] * 2 + ["2025-03-01"] * 2),
            "label": ["2025-01"] * 2 + ["2025-02"] * 2 + ["2025-03"] * 2,
            "complete": [True, True, True, True, False, False],
            "level": ["segment"] * 6,
            "key": ["A", "B"] * 3,
            "plan": [100.0, 50.0, 0.0, 0.0, 80.0, 20.0],
            "actual": [120.0, 40.0, 10.0, 0.0, NAN, NAN],
        }
    )


def test_the_plan_total_sums_every_key_per_period_by_hand():
    total = plan_total(_result())
    assert total["label"].tolist() == ["2025-01", "2025-02", "2025-03"]
    assert total["plan"].tolist() == [150.0, 0.0, 100.0]
    assert total["actual"].tolist()[:2] == [160.0, 10.0]
    assert np.isnan(total["actual"].iloc[2])  # not happened: empty, not 0
    assert total["variance"].tolist()[:2] == [10.0, 10.0]
    assert total["variance_pct"].iloc[0] == pytest.approx(160 / 150 - 1)
    assert np.isnan(total["variance_pct"].iloc[1])  # a plan of 0 has no percentage


def test_the_plan_so_far_leaves_out_the_periods_still_ahead():
    assert plan_so_far(_result()) == (150.0, 170.0)


def _plan(keys: list[str]) -> pd.DataFrame:
    return pd.DataFrame({"level": ["segment"] * len(keys) + ["total"], "key": [*keys, "total"]})


@pytest.mark.parametrize(
    ("keys", "kind"),
    [
        (["A", "B", "C"], "abc"),
        (["AX", "BY"], "abc_xyz"),
        (["III", "IV"], "quadrant"),
        (["X"], "xyz"),
        ([], "abc"),
    ],
)
def test_a_plan_is_set_for_the_kind_of_its_segment_keys(keys, kind):
    assert plan_segment_kind(_plan(keys)) == kind


@given(
    st.lists(
        st.tuples(st.integers(0, 5), st.floats(0, 1e6), st.one_of(st.none(), st.floats(0, 1e6))),
        min_size=1,
        max_size=40,
    )
)
def test_the_total_keeps_the_sums_of_plan_and_actual(rows):
    frame = pd.DataFrame(
        {
            "period": [p for p, _, _ in rows],
            "period_start": pd.Timestamp("2025-01-01"),
            "label": [str(p) for p, _, _ in rows],
            "complete": True,
            "plan": [v for _, v, _ in rows],
            "actual": [NAN if a is None else a for _, _, a in rows],
        }
    )
    total = plan_total(frame)
    assert total["period"].is_monotonic_increasing and total["period"].is_unique
    assert total["plan"].sum() == pytest.approx(frame["plan"].sum())
    assert total["actual"].sum() == pytest.approx(frame["actual"].sum())
    happened = frame.groupby("period")["actual"].count().gt(0).to_numpy()
    assert (total["actual"].notna().to_numpy() == happened).all()
