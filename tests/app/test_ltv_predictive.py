"""The predicted CLV view of the LTV page: the fit on CDNOW, its check, and CLV as a basis."""

from __future__ import annotations

import time
from datetime import date

import pytest

from segcore.charts import readouts
from segcore.charts.clv_top import compact_value
from segcore.classify.segmentation import Segmenter
from segcore.i18n.format import fmt_money
from segcore.ltv import LtvSettings, run_ltv
from segcore.ltv.outlook import forecast_outlook, outlook_text
from tests.app.studio import assert_clean, customers, expected, loaded, metric, number, open_app
from ui.sections.readout import readout_markdown
from ui.state import fits, keys

CALIBRATION_END = date(1997, 9, 30)


def _wait(at, *labels: str):
    deadline = time.monotonic() + 240
    while not all(any(m.label == label for m in at.metric) for label in labels):
        assert time.monotonic() < deadline, "the fit did not finish in 4 minutes"
        assert_clean(at)
        time.sleep(0.5)
        at.run()
    assert_clean(at)
    return at


def _predictive(lang: str = "en", model: str = "bgnbd", months: int = 12):
    at = open_app("cdnow", "ltv")
    if lang != "en":
        at.segmented_control(key=keys.LANG).set_value(lang).run()
    at.segmented_control(key=keys.LTV_VIEW).set_value("predictive").run()
    at.segmented_control(key=keys.LTV_MODEL).set_value(model).run()
    at.slider(key=keys.LTV_MARGIN).set_value(100).run()
    at.slider(key=keys.LTV_DISCOUNT).set_value(0).run()
    at.number_input(key="ltv_months").set_value(months).run()
    if lang == "en":  # the fit of these settings, not the one of the settings before
        return _wait(at, "Log-likelihood", f"Value, next {months} mo.")
    return _wait(at, "Логарифм правдоподобия")


def _settings(**changes) -> LtvSettings:
    base = LtvSettings(
        model="bgnbd", time_unit="W", horizon=12, period="M", discount_rate_yearly=0.0, margin=1.0
    )
    return base.replace(**changes)


def _purchases():
    return loaded("cdnow").to_pandas()[["customer_id", "date", "amount"]]


@pytest.fixture(scope="module")
def forward():
    """Give segcore's own forward run on CDNOW: the whole history, the next 12 months, no discount."""
    return run_ltv(_purchases(), _settings())


@pytest.fixture(scope="module")
def reference():
    """Give segcore's own backtest on CDNOW: calibration to 1997-09-30, checked to the last day."""
    return run_ltv(_purchases(), _settings(calibration_end=CALIBRATION_END, holdout_end=date(1998, 6, 30)))


def test_the_forecast_looks_forward_and_leads_with_the_business_view(forward):
    at = _predictive()
    c = forward.customers
    assert forward.summary.calibration_end == date(1998, 6, 30)  # the whole history
    assert metric(at, "Value, next 12 mo.") == compact_value(c["clv"].sum(), "en")
    assert metric(at, "Expected purchases") == compact_value(c["expected_purchases"].sum(), "en")
    active = int((c["p_alive"] >= 0.5).sum())
    assert metric(at, "Probably still buying") == compact_value(active, "en")
    tile = next(m for m in at.metric if m.label == "Value, next 12 mo.")
    assert f"Exactly: {fmt_money(c['clv'].sum(), 'en')}." in tile.help
    assert number(metric(at, "Log-likelihood")) == pytest.approx(
        forward.purchase_model.log_likelihood_, abs=0.01
    )
    shown_text = "\n".join(m.value for m in at.markdown)
    outlook = forecast_outlook(c, 12)
    for sentence in (
        outlook_text(outlook, "en"),
        readouts.clv_histogram(c["clv"], "en", 12),
        readouts.alive_histogram(c["p_alive"], "en"),
    ):
        assert readout_markdown(sentence) in shown_text
    assert not [m for m in at.metric if m.label == "MAE per customer"]  # no backtest unless asked
    assert [e.label for e in at.expander] == ["Model check: statistics and backtest"]


def test_the_backtest_in_the_model_check_shows_the_holdout_errors(reference):
    assert reference.purchase_model.log_likelihood_ == pytest.approx(-9582.43, abs=0.01)  # the published fit
    at = _predictive()
    at.toggle(key=fits.BACKTEST).set_value(True).run()
    at.slider(key=keys.LTV_CALIBRATION_END).set_value(CALIBRATION_END).run()
    _wait(at, "MAE per customer")
    errors = reference.validation.errors
    assert number(metric(at, "MAE per customer")) == pytest.approx(errors.mae, abs=0.001)
    assert number(metric(at, "Total forecast error")) == pytest.approx(errors.total_error_pct, abs=0.1)
    shown_text = "\n".join(m.value for m in at.markdown)
    for sentence in (
        readouts.holdout_bars(reference.validation.by_frequency, "en"),
        readouts.cumulative_tracking(reference.tracking, "en"),
    ):
        assert readout_markdown(sentence) in shown_text


def test_two_sessions_with_two_settings_see_their_own_fitted_figures(forward):
    six = run_ltv(_purchases(), _settings(horizon=6))
    first, second = _predictive(), _predictive(months=6)
    first.run()
    twelve_months, six_months = forward.customers["clv"].sum(), six.customers["clv"].sum()
    assert metric(first, "Value, next 12 mo.") == compact_value(twelve_months, "en")
    assert metric(second, "Value, next 6 mo.") == compact_value(six_months, "en")
    assert compact_value(twelve_months, "en") != compact_value(six_months, "en")
    assert first.session_state["ltv_fit_done"][0].identity != second.session_state["ltv_fit_done"][0].identity


def test_cancel_stops_the_fit_and_fit_again_restarts_it():
    at = open_app("store_en", "ltv")
    at.segmented_control(key=keys.LTV_VIEW).set_value("predictive").run()
    assert_clean(at)
    at.button(key=fits.CANCEL).click().run()
    assert_clean(at)
    assert any("cancelled" in i.value for i in at.info)
    assert not [m for m in at.metric if m.label == "Expected purchases"]
    at.button(key=f"{fits.REFIT}_forecast").click().run()
    assert_clean(at)
    assert at.button(key=fits.CANCEL) is not None


def test_the_predicted_clv_becomes_the_abc_basis_and_the_matrix_follows_it(forward):
    at = _predictive()
    at.button(key=keys.LTV_USE_ABC).click().run()
    assert_clean(at)
    assert at.session_state[keys.SCENARIO].abc.basis == "clv"
    at.switch_page("app_pages/matrix.py").run()
    assert_clean(at)
    scenario = at.session_state[keys.SCENARIO]
    forecast = forward.customers.set_index("customer_id")["clv"]
    table = customers("cdnow", scenario.aggregation)
    table = table.assign(clv=forecast.reindex(table["customer_id"].astype(str)).to_numpy())
    by_clv = Segmenter(table).segment(scenario)
    by_revenue = expected("cdnow", scenario.replace(abc=scenario.abc.replace(basis="revenue")))
    a_by_clv = int((by_clv.abc_codes == 0).sum())
    assert a_by_clv != int((by_revenue.abc_codes == 0).sum())
    assert number(metric(at, "Customers in group A")) == a_by_clv


def test_the_predictive_view_speaks_russian():
    at = _predictive("ru", model="pareto_nbd")
    pareto = run_ltv(_purchases(), _settings(model="pareto_nbd"))
    shown = number(metric(at, "Логарифм правдоподобия"))
    assert shown == pytest.approx(pareto.purchase_model.log_likelihood_, abs=0.01)
    assert any(e.label == "Проверка модели: статистика и проверка на прошлом" for e in at.expander)
    assert not [m.label for m in at.metric if m.label == "Log-likelihood"]
