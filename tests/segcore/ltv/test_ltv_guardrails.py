"""Guardrails: spend values, minimum data, convergence, the independence check, settings."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from segcore.errors import InputError, SettingsError
from segcore.i18n import has_key
from segcore.ltv import fit_ltv
from segcore.ltv.beta_geo import BetaGeo
from segcore.ltv.gamma_gamma import GammaGamma
from segcore.ltv.guardrails import data_warnings, independence_check, spend_fitting_rows
from segcore.ltv.pareto_nbd import ParetoNBD
from segcore.ltv.settings import LtvSettings
from segcore.ltv.simulate import simulate_transactions

CALIBRATION_END = "1997-09-30"


def test_spend_rows_exclude_or_clip_non_positive_values_and_count_them():
    x = np.array([0, 1, 2, 3, 4])
    m = np.array([0.0, 10.0, -5.0, 0.0, 4.0])
    excluded = spend_fitting_rows(x, m, "exclude")
    assert excluded.use.tolist() == [False, True, False, False, True]
    assert excluded.nonpositive == 2
    clipped = spend_fitting_rows(x, m, "clip")
    assert clipped.use.tolist() == [False, True, True, True, True]
    assert clipped.monetary.tolist() == [0.0, 10.0, 4.0, 4.0, 4.0]  # floor = smallest positive mean
    assert spend_fitting_rows(x, m, "clip", floor=1.0).monetary.tolist() == [0.0, 10.0, 1.0, 1.0, 4.0]


def test_gamma_gamma_refuses_non_positive_values_with_a_message_not_a_crash():
    with pytest.raises(InputError) as error:
        GammaGamma().fit([1, 2, 3], [10.0, -1.0, 0.0])
    assert error.value.key == "ltv.gg_nonpositive" and error.value.params["count"] == 2


def with_losing_customers(transactions: pd.DataFrame) -> pd.DataFrame:
    extra = pd.DataFrame(
        {
            "customer_id": ["neg", "neg", "neg", "zero", "zero"],
            "date": pd.to_datetime(["1997-02-01", "1997-03-01", "1997-03-01", "1997-02-02", "1997-04-02"]),
            "amount": [20.0, 5.0, -30.0, 15.0, 0.0],
        }
    )
    return pd.concat([transactions, extra], ignore_index=True)


@pytest.mark.parametrize(
    ("policy", "key", "fitted"),
    [
        ("exclude", "ltv.warn.nonpositive_spend_excluded", 946),
        ("clip", "ltv.warn.nonpositive_spend_clipped", 948),
    ],
)
def test_non_positive_spend_is_reported_and_forecast_without_crashing(
    cdnow_transactions, policy, key, fitted
):
    result = fit_ltv(
        with_losing_customers(cdnow_transactions),
        CALIBRATION_END,
        monetary_policy=policy,
        n_draws=20,
        compare_models=False,
    )
    warning = next(w for w in result.warnings if w.key.startswith("ltv.warn.nonpositive"))
    assert warning.key == key and warning.params["n"] == 2
    assert result.spend_model.n_customers_ == fitted
    losers = result.customers.set_index("customer_id").loc[["neg", "zero"]]
    assert (losers["monetary"] <= 0).all()
    assert np.isfinite(losers[["expected_spend", "clv", "clv_low", "clv_high"]].to_numpy()).all()
    assert (losers["expected_spend"] > 0).all()
    assert warning.message("ru") != warning.message("en")


def test_minimum_data_warnings_name_the_shortfall():
    warnings = data_warnings(np.array([0, 1, 2, 0]), 40, spend_fitting_rows([0, 1, 2, 0], [0, 5, 6, 0]))
    keys = {w.key: w.params for w in warnings}
    assert keys["ltv.warn.few_repeat_buyers"] == {"n": 2, "minimum": 30}
    assert keys["ltv.warn.short_history"] == {"days": 40, "minimum": 91}
    assert "2" in warnings[0].message("en") and "30" in warnings[0].message("ru")


def test_tiny_data_gives_the_minimum_data_warnings_or_a_clear_error():
    log = simulate_transactions(
        40,
        r=0.5,
        alpha=10.0,
        a=0.8,
        b=2.4,
        p=6.0,
        q=4.0,
        gamma=15.0,
        start=date(2024, 1, 1),
        end=date(2024, 2, 29),
        cohort_days=20,
        seed=1,
    )
    try:
        result = fit_ltv(log, "2024-02-15", n_draws=20, compare_models=False)
    except InputError as error:
        assert error.key == "ltv.not_converged"
        return
    keys = {w.key for w in result.warnings}
    assert {"ltv.warn.few_repeat_buyers", "ltv.warn.short_history"} <= keys
    assert np.isfinite(result.customers["clv"]).all()


def test_a_fit_that_cannot_converge_is_a_clear_error(cdnow_published):
    c = cdnow_published
    with pytest.raises(InputError) as error:
        BetaGeo().fit(c["x"], c["t_x"], c["T"], max_iterations=2)
    assert error.value.key == "ltv.not_converged"
    assert "BG/NBD" in error.value.message("en") and "BG/NBD" in error.value.message("ru")
    assert error.value.params["attempts"] == 4


def test_nobody_buying_twice_is_a_clear_error_for_both_purchase_models():
    for model in (BetaGeo(), ParetoNBD()):
        with pytest.raises(InputError) as error:
            model.fit(np.zeros(50), np.zeros(50), np.linspace(1, 30, 50))
        assert error.value.key == "ltv.no_repeat_purchases"


def test_summaries_that_are_not_repeat_buying_are_refused():
    with pytest.raises(InputError) as error:
        BetaGeo().fit([1, 2], [5.0, 50.0], [10.0, 20.0])
    assert error.value.key == "ltv.bad_summary_recency"
    with pytest.raises(InputError) as error:
        BetaGeo().fit([1.5], [1.0], [2.0])
    assert error.value.key == "ltv.bad_summary_frequency"


def test_the_independence_check_says_what_the_correlation_means(cdnow_summary):
    c = cdnow_summary.customers
    check = independence_check(c["frequency"], c["monetary"])
    assert check.n == 946 and check.strength == "weak"
    assert check.correlation == pytest.approx(0.11, abs=0.005)
    assert "0.11" in check.message("en") and "946" in check.message("ru")
    x = np.arange(1, 50, dtype=float)
    assert independence_check(x, 10 * x + 1).strength == "strong"
    assert independence_check([1, 2], [3.0, 4.0]).strength == "undefined"
    for strength in ("weak", "moderate", "strong", "undefined"):
        assert has_key(f"ltv.independence.{strength}")


def test_settings_out_of_range_or_unknown_are_settings_errors():
    with pytest.raises(SettingsError) as error:
        LtvSettings(horizon=0)
    assert error.value.key == "ltv.out_of_range"
    with pytest.raises(SettingsError) as error:
        LtvSettings(model="weibull")  # type: ignore[arg-type]
    assert error.value.key == "ltv.bad_choice"
    with pytest.raises(SettingsError) as error:
        LtvSettings(calibration_end=date(2024, 1, 31), holdout_end=date(2024, 1, 1))
    assert error.value.key == "ltv.holdout_order"
    with pytest.raises(SettingsError) as error:
        LtvSettings(holdout_end=date(2024, 1, 1))
    assert error.value.key == "ltv.holdout_needs_calibration_end"


def test_settings_round_trip_through_a_flat_dict_and_json():
    settings = LtvSettings(
        model="pareto_nbd",
        time_unit="D",
        calibration_end=date(1997, 9, 30),
        holdout_end=date(1998, 6, 30),
        horizon=24,
        discount_rate_yearly=0.08,
        margin=0.3,
        monetary_policy="clip",
        n_draws=50,
    )
    assert LtvSettings.from_flat_dict(settings.to_flat_dict()) == settings
    assert LtvSettings.from_json(settings.to_json()) == settings
