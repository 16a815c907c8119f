"""The per-customer summary: hand-computed figures, conventions, row order, and the CDNOW files."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from segcore.errors import InputError, SettingsError
from segcore.ltv.summary import rfm_summary

CALIBRATION_END, HOLDOUT_END = "1997-09-30", "1998-06-30"


def tx(rows: list[tuple]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["customer_id", "date", "amount"])
    frame["date"] = pd.to_datetime(frame["date"])
    return frame


@pytest.fixture
def small() -> pd.DataFrame:
    return tx(
        [
            ("a", "2024-01-01", 10.0),
            ("a", "2024-01-01", 5.0),  # same day: one purchase worth 15
            ("a", "2024-01-08", 20.0),
            ("a", "2024-01-15", -5.0),  # a day with only a return is not a purchase
            ("a", "2024-01-22", 30.0),
            ("a", "2024-01-22", -10.0),  # same-day return nets off: 20
            ("a", "2024-02-05", 40.0),  # holdout
            ("b", "2024-01-10", 50.0),
            ("c", "2024-02-01", 70.0),  # first purchase after the calibration end
        ]
    )


def by_id(summary) -> pd.DataFrame:
    return summary.customers.set_index("customer_id")


def test_the_summary_counts_repeat_days_times_and_mean_repeat_value_by_hand(small):
    summary = rfm_summary(small, "2024-01-31", holdout_end="2024-02-29", time_unit="D")
    a, b = by_id(summary).loc["a"], by_id(summary).loc["b"]
    assert (a.frequency, a.recency, a["T"], a.monetary) == (2, 21, 30, 20.0)
    assert (a.frequency_holdout, a.value_holdout) == (1, 40.0)
    assert (b.frequency, b.recency, b["T"], b.monetary) == (0, 0, 21, 0.0)
    assert (b.frequency_holdout, b.value_holdout) == (0, 0.0)


def test_customers_first_seen_after_calibration_are_left_out_and_counted(small):
    summary = rfm_summary(small, "2024-01-31", time_unit="D")
    assert summary.customers["customer_id"].tolist() == ["a", "b"]
    assert summary.first_after_calibration == 1
    assert summary.return_only_days == 1


def test_weeks_are_days_divided_by_seven(small):
    days = by_id(rfm_summary(small, "2024-01-31", time_unit="D"))
    weeks = by_id(rfm_summary(small, "2024-01-31", time_unit="W"))
    assert np.allclose(weeks[["recency", "T"]], days[["recency", "T"]] / 7)
    assert (weeks["frequency"] == days["frequency"]).all()


def test_the_holdout_length_is_stated_in_the_time_unit(small):
    summary = rfm_summary(small, "2024-01-31", holdout_end="2024-02-28", time_unit="W")
    assert summary.holdout_length == 4.0


def test_the_calibration_end_defaults_to_the_last_transaction_date(small):
    summary = rfm_summary(small, time_unit="D")
    assert summary.calibration_end.isoformat() == "2024-02-05"
    assert summary.first_after_calibration == 0


def test_missing_columns_and_a_holdout_before_calibration_are_clear_errors(small):
    with pytest.raises(InputError) as error:
        rfm_summary(small.drop(columns="amount"))
    assert error.value.key == "ltv.missing_columns" and "amount" in error.value.message("en")
    with pytest.raises(SettingsError) as error:
        rfm_summary(small, "2024-01-31", holdout_end="2024-01-01")
    assert error.value.key == "ltv.holdout_order"


def test_a_calibration_end_before_every_customer_is_a_clear_error(small):
    with pytest.raises(InputError) as error:
        rfm_summary(small, "2023-12-31")
    assert error.value.key == "ltv.no_customers_in_calibration"


logs = st.lists(
    st.tuples(
        st.sampled_from(["x", "y", "z", "007"]),
        st.integers(0, 60),
        st.floats(-50, 200, allow_nan=False).map(lambda v: round(v, 2)),
    ),
    min_size=1,
    max_size=40,
)


def log_frame(rows) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["customer_id", "day", "amount"])
    frame["date"] = pd.Timestamp("2024-01-01") + pd.to_timedelta(frame.pop("day"), unit="D")
    return frame


@settings(max_examples=40, deadline=None)
@given(logs, st.randoms(use_true_random=False))
def test_the_summary_does_not_depend_on_row_order(rows, rnd):
    frame = log_frame(rows)
    if not (frame["amount"] >= 0).any():
        return
    shuffled = frame.sample(frac=1.0, random_state=rnd.randint(0, 10_000)).reset_index(drop=True)
    end = "2024-01-31"
    try:
        first = rfm_summary(frame, end, holdout_end="2024-03-01", time_unit="D").customers
    except InputError:
        with pytest.raises(InputError):
            rfm_summary(shuffled, end, holdout_end="2024-03-01", time_unit="D")
        return
    second = rfm_summary(shuffled, end, holdout_end="2024-03-01", time_unit="D").customers
    pd.testing.assert_frame_equal(first, second, check_exact=False, rtol=1e-12, atol=1e-9)


@settings(max_examples=40, deadline=None)
@given(logs)
def test_frequency_counts_distinct_purchase_days_and_recency_stays_within_t(rows):
    frame = log_frame(rows)
    purchases = frame[(frame["amount"] >= 0) & (frame["date"] <= "2024-01-31")]
    if purchases.empty:
        return
    summary = by_id(rfm_summary(frame, "2024-01-31", time_unit="D"))
    days = purchases.groupby("customer_id")["date"].nunique() - 1
    assert summary["frequency"].to_dict() == days.astype(float).to_dict()
    assert (summary["recency"] <= summary["T"]).all() and (summary["recency"] >= 0).all()
    assert (summary.loc[summary["frequency"] == 0, "monetary"] == 0).all()


def test_the_cdnow_summary_equals_the_published_files(
    cdnow_transactions, cdnow_published, cdnow_published_short
):
    summary = rfm_summary(cdnow_transactions, CALIBRATION_END, time_unit="W")
    ours = summary.customers.assign(ID=summary.customers["customer_id"].astype(int)).sort_values("ID")
    ours = ours.reset_index(drop=True)
    assert summary.first_after_calibration == 0 and len(ours) == 2357
    assert ours["ID"].tolist() == cdnow_published["ID"].tolist()
    assert (ours["frequency"] == cdnow_published["x"]).all()
    assert (ours["recency"].round(2) == cdnow_published["t_x"]).all()
    assert (ours["T"].round(2) == cdnow_published["T"]).all()
    assert (ours["recency"].round(2) == cdnow_published_short["recency"]).all()
    assert (ours["frequency"] == cdnow_published_short["frequency"]).all()
    # published zbar is rounded half up to cents; ours is exact
    assert np.abs(ours["monetary"] - cdnow_published["zbar"]).max() <= 0.005 + 1e-9


def test_a_first_purchase_on_new_year_gives_t_of_38_86_weeks(cdnow_transactions):
    summary = by_id(rfm_summary(cdnow_transactions, CALIBRATION_END, time_unit="W"))
    first_day = summary["first_purchase"] == pd.Timestamp("1997-01-01")
    assert first_day.any()
    assert np.allclose(summary.loc[first_day, "T"], 272 / 7)
    assert round(272 / 7, 2) == 38.86


def test_the_cdnow_holdout_has_1882_repeat_purchase_days(cdnow_transactions):
    summary = rfm_summary(cdnow_transactions, CALIBRATION_END, holdout_end=HOLDOUT_END, time_unit="W")
    assert summary.holdout_length == 39.0
    assert summary.customers["frequency_holdout"].sum() == 1882
