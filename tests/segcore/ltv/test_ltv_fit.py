"""fit_ltv: from a transaction log to forecasts, intervals, checks and warnings in one call."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from segcore.i18n import has_key
from segcore.ltv import CUSTOMER_COLUMNS, BetaGeo, ParetoNBD, fit_ltv
from segcore.ltv.units import period_in_units

CALIBRATION_END, HOLDOUT_END = "1997-09-30", "1998-06-30"


@pytest.fixture(scope="module")
def result(cdnow_transactions):
    return fit_ltv(cdnow_transactions, CALIBRATION_END, holdout_end=HOLDOUT_END, n_draws=100, seed=7)


def test_the_customer_frame_has_every_forecast_column_for_every_customer(result):
    frame = result.customers
    assert list(frame.columns[: len(CUSTOMER_COLUMNS)]) == list(CUSTOMER_COLUMNS)
    assert {"frequency_holdout", "value_holdout", "predicted_holdout"} <= set(frame.columns)
    assert len(frame) == 2357 and frame["customer_id"].is_unique
    values = frame[["p_alive", "expected_purchases", "expected_spend", "clv", "clv_low", "clv_high"]]
    assert np.isfinite(values.to_numpy()).all() and (values.to_numpy() >= 0).all()
    assert ((frame["p_alive"] > 0) & (frame["p_alive"] <= 1)).all()
    assert np.mean((frame["clv_low"] <= frame["clv"]) & (frame["clv"] <= frame["clv_high"])) > 0.95


def test_the_forecast_columns_are_the_models_forecasts(result):
    frame, model = result.customers, result.purchase_model
    history = (frame["frequency"], frame["recency"], frame["T"])
    year = 12 * period_in_units("M", "W")
    assert np.allclose(frame["expected_purchases"], model.expected_purchases(year, *history))
    assert np.allclose(frame["p_alive"], model.p_alive(*history))
    spend = result.spend_model.expected_spend(frame["frequency"], frame["monetary"])
    assert np.allclose(frame["expected_spend"], spend)
    assert (
        frame["clv"] < frame["expected_purchases"] * frame["expected_spend"]
    ).all()  # 10 % a year discount


def test_cdnow_gives_no_warnings_and_compares_both_models(result):
    assert result.warnings == ()
    assert isinstance(result.purchase_model, BetaGeo)
    assert result.comparison["model"].tolist() == ["bgnbd", "pareto_nbd"]
    assert result.independence.strength == "weak"
    assert result.validation is not None
    assert result.validation.errors.predicted_total == pytest.approx(1653, abs=1)
    assert result.tracking is result.validation.tracking and len(result.tracking) == 78


def test_segment_totals_come_with_intervals(result):
    codes = np.where(result.customers["p_alive"] > 0.5, "active", "at risk")
    table = result.segment_totals(codes)
    assert table["customers"].sum() == 2357
    assert table["clv"].sum() == pytest.approx(result.customers["clv"].sum())
    assert ((table["clv_low"] < table["clv"]) & (table["clv"] < table["clv_high"])).all()


def test_days_and_weeks_give_the_same_customers_and_forecasts(cdnow_transactions, result):
    daily = fit_ltv(cdnow_transactions, CALIBRATION_END, time_unit="D", n_draws=0, compare_models=False)
    weekly, in_days = result.purchase_model.params_, daily.purchase_model.params_
    for name in ("r", "a", "b"):
        assert in_days[name] == pytest.approx(weekly[name], rel=1e-4)
    assert in_days["alpha"] == pytest.approx(7 * weekly["alpha"], rel=1e-4)
    assert np.allclose(daily.customers["clv"], result.customers["clv"], rtol=1e-3)
    assert np.allclose(daily.customers["T"], result.customers["T"] * 7)
    # a density in days is the density in weeks / 7 for each of the 2,457 repeat purchases
    repeats = result.customers["frequency"].sum()
    shift = repeats * np.log(7)
    assert daily.purchase_model.log_likelihood_ == pytest.approx(
        result.purchase_model.log_likelihood_ - shift, abs=1e-3
    )
    assert daily.customers["clv_low"].isna().all() and daily.draws is None
    assert daily.segment_totals(np.zeros(2357, dtype=int))["clv_high"].isna().all()


def test_the_pareto_nbd_option_without_holdout(cdnow_transactions):
    outcome = fit_ltv(
        cdnow_transactions, CALIBRATION_END, model="pareto_nbd", n_draws=20, compare_models=False
    )
    assert isinstance(outcome.purchase_model, ParetoNBD)
    assert outcome.validation is None and "predicted_holdout" not in outcome.customers
    assert len(outcome.tracking) == 39 and not outcome.tracking["in_holdout"].any()
    assert outcome.comparison["model"].tolist() == ["pareto_nbd"]


def test_the_same_seed_gives_the_same_intervals(cdnow_transactions, result):
    again = fit_ltv(
        cdnow_transactions,
        CALIBRATION_END,
        holdout_end=HOLDOUT_END,
        n_draws=100,
        seed=7,
        compare_models=False,
    )
    pd.testing.assert_series_equal(again.customers["clv_high"], result.customers["clv_high"])


def test_customers_seen_only_after_calibration_are_reported(cdnow_transactions):
    late = pd.DataFrame({"customer_id": ["late"], "date": pd.to_datetime(["1998-01-05"]), "amount": [12.0]})
    outcome = fit_ltv(
        pd.concat([cdnow_transactions, late], ignore_index=True),
        CALIBRATION_END,
        n_draws=0,
        compare_models=False,
    )
    note = next(w for w in outcome.warnings if w.key == "ltv.warn.first_after_calibration")
    assert note.params == {"n": 1, "calibration_end": "1997-09-30"}
    assert "late" not in set(outcome.customers["customer_id"])


def test_progress_is_reported_stage_by_stage_up_to_done(cdnow_transactions):
    seen: list[tuple[str, float]] = []
    fit_ltv(
        cdnow_transactions, CALIBRATION_END, n_draws=20, progress=lambda key, share: seen.append((key, share))
    )
    keys = list(dict.fromkeys(key for key, _ in seen))
    assert keys == [
        "ltv.stage.summary",
        "ltv.stage.purchase_model",
        "ltv.stage.comparison",
        "ltv.stage.spend_model",
        "ltv.stage.intervals",
        "ltv.stage.customers",
        "ltv.stage.validation",
        "ltv.stage.done",
    ]
    shares = [share for _, share in seen]
    assert shares == sorted(shares) and shares[0] == 0.0 and shares[-1] == 1.0
    assert all(has_key(key) for key in keys)
