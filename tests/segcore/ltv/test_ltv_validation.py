"""Holdout checks, cumulative tracking and model comparison: by hand, then on CDNOW."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from segcore.ltv.beta_geo import BetaGeo
from segcore.ltv.pareto_nbd import ParetoNBD
from segcore.ltv.summary import rfm_summary
from segcore.ltv.validation import (
    compare_models,
    cumulative_tracking,
    holdout_by_frequency,
    holdout_errors,
    validate_holdout,
)


def test_holdout_errors_by_hand():
    errors = holdout_errors([0, 1, 3], [0.5, 1.0, 2.0])
    assert errors.mae == pytest.approx(0.5)
    assert errors.rmse == pytest.approx(math.sqrt(1.25 / 3))
    assert (errors.actual_total, errors.predicted_total) == (4.0, 3.5)
    assert errors.total_error_pct == pytest.approx(-12.5)


def test_customers_are_binned_by_calibration_frequency_with_seven_and_more_together():
    table = holdout_by_frequency([0, 0, 1, 9, 7], [0, 1, 2, 5, 3], [0.5, 0.5, 1.0, 4.0, 2.0])
    assert table["frequency"].tolist() == ["0", "1", "2", "3", "4", "5", "6", "7+"]
    assert table["customers"].tolist() == [2, 1, 0, 0, 0, 0, 0, 2]
    first = table.iloc[0]
    assert (first.actual_mean, first.predicted_mean) == (0.5, 0.5)
    last = table.iloc[-1]
    assert (last.actual_mean, last.predicted_mean, last.actual_total) == (4.0, 3.0, 8.0)
    assert np.isnan(table.iloc[2]["actual_mean"])


def test_cumulative_tracking_by_hand():
    log = pd.DataFrame(
        {
            "customer_id": ["a", "a", "a", "b"],
            "date": pd.to_datetime(["2024-01-01", "2024-01-04", "2024-01-11", "2024-01-03"]),
            "amount": [10.0, 10.0, 10.0, 10.0],
        }
    )
    summary = rfm_summary(log, "2024-01-14", time_unit="W")
    model = BetaGeo()
    model.params_ = {"r": 0.5, "alpha": 2.0, "a": 0.8, "b": 2.5}
    table = cumulative_tracking(model, summary)
    assert table["period_end"].dt.strftime("%Y-%m-%d").tolist() == ["2024-01-07", "2024-01-14"]
    assert table["actual"].tolist() == [1.0, 2.0]
    new = model.expected_purchases_new
    week_one = new(6 / 7)[0] + new(4 / 7)[0]
    week_two = new(13 / 7)[0] + new(11 / 7)[0]
    assert table["predicted"].tolist() == pytest.approx([week_one, week_two], rel=1e-12)
    assert not table["in_holdout"].any()


@pytest.fixture(scope="module")
def fitted(cdnow_summary):
    c = cdnow_summary.customers
    history = (c["frequency"], c["recency"], c["T"])
    return BetaGeo().fit(*history), ParetoNBD().fit(*history)


def test_the_cdnow_holdout_is_forecast_as_in_the_literature(cdnow_summary, fitted):
    bgnbd, _ = fitted
    check = validate_holdout(bgnbd, cdnow_summary)
    assert check.errors.actual_total == 1882
    assert check.errors.predicted_total == pytest.approx(1653, abs=1)
    assert check.errors.mae == pytest.approx(0.785, abs=1e-3)
    assert check.errors.rmse == pytest.approx(1.608, abs=1e-3)
    assert check.errors.total_error_pct == pytest.approx(-12.15, abs=0.01)
    assert check.by_frequency["customers"].sum() == 2357
    assert check.by_frequency["actual_total"].sum() == 1882


def test_cdnow_tracking_runs_78_weeks_and_ends_on_the_actual_total(cdnow_summary, fitted):
    bgnbd, _ = fitted
    table = cumulative_tracking(bgnbd, cdnow_summary)
    assert len(table) == 78
    assert table["period_end"].iloc[38] == pd.Timestamp("1997-09-30")
    assert table["in_holdout"].sum() == 39
    assert table["actual"].iloc[38] == 2457 and table["actual"].iloc[-1] == 2457 + 1882
    assert table["predicted"].is_monotonic_increasing
    assert table["predicted"].iloc[-1] == pytest.approx(table["actual"].iloc[-1], rel=0.06)


def test_models_are_compared_by_aic_on_cdnow(fitted):
    table = compare_models(list(reversed(fitted)))
    assert table["model"].tolist() == ["bgnbd", "pareto_nbd"]
    assert table["aic"].tolist() == pytest.approx([8 + 2 * 9582.43, 8 + 2 * 9594.98], abs=0.02)
