"""The predicted CLV view of the LTV page: the fit on CDNOW, its check, and CLV as a basis."""

from __future__ import annotations

import time
from datetime import date

import pytest

from segcore.charts import readouts
from segcore.classify.segmentation import Segmenter
from segcore.ltv import LtvSettings, run_ltv
from tests.app.studio import assert_clean, customers, expected, loaded, metric, number, open_app
from ui.sections.readout import readout_markdown
from ui.state import keys

CALIBRATION_END = date(1997, 9, 30)


def _predictive(lang: str = "en", model: str = "bgnbd"):
    at = open_app("cdnow", "ltv")
    if lang != "en":
        at.segmented_control(key=keys.LANG).set_value(lang).run()
    at.segmented_control(key=keys.LTV_VIEW).set_value("predictive").run()
    at.segmented_control(key=keys.LTV_MODEL).set_value(model).run()
    at.slider(key=keys.LTV_CALIBRATION_END).set_value(CALIBRATION_END).run()
    at.slider(key=keys.LTV_MARGIN).set_value(100).run()
    at.slider(key=keys.LTV_DISCOUNT).set_value(0).run()
    deadline = time.monotonic() + 240
    label = "Log-likelihood" if lang == "en" else "Логарифм правдоподобия"
    while not any(m.label == label for m in at.metric):
        assert time.monotonic() < deadline, "the fit did not finish in 4 minutes"
        assert_clean(at)
        time.sleep(0.5)
        at.run()
    assert_clean(at)
    return at


@pytest.fixture(scope="module")
def reference():
    """Give segcore's own run on CDNOW with the page's settings (weeks, 12 months, no discount)."""
    settings = LtvSettings(
        model="bgnbd",
        time_unit="W",
        calibration_end=CALIBRATION_END,
        holdout_end=date(1998, 6, 30),
        horizon=12,
        period="M",
        discount_rate_yearly=0.0,
        margin=1.0,
    )
    return run_ltv(loaded("cdnow").to_pandas()[["customer_id", "date", "amount"]], settings)


def test_the_bg_nbd_fit_on_cdnow_shows_the_published_log_likelihood_and_its_holdout_check(reference):
    at = _predictive()
    shown = number(metric(at, "Log-likelihood"))
    assert shown == pytest.approx(-9582.43, abs=0.01)
    assert shown == pytest.approx(reference.purchase_model.log_likelihood_, abs=0.01)
    errors = reference.validation.errors
    assert number(metric(at, "MAE per customer")) == pytest.approx(errors.mae, abs=0.001)
    assert number(metric(at, "Total forecast error")) == pytest.approx(errors.total_error_pct, abs=0.1)
    shown_text = "\n".join(m.value for m in at.markdown)
    for sentence in (
        readouts.holdout_bars(reference.validation.by_frequency, "en"),
        readouts.cumulative_tracking(reference.tracking, "en"),
        readouts.clv_histogram(reference.customers["clv"], "en", 12),
        readouts.alive_histogram(reference.customers["p_alive"], "en"),
    ):
        assert readout_markdown(sentence) in shown_text


def test_the_predicted_clv_becomes_the_abc_basis_and_the_matrix_follows_it(reference):
    at = _predictive()
    at.button(key=keys.LTV_USE_ABC).click().run()
    assert_clean(at)
    assert at.session_state[keys.SCENARIO].abc.basis == "clv"
    at.switch_page("app_pages/matrix.py").run()
    assert_clean(at)
    scenario = at.session_state[keys.SCENARIO]
    forecast = reference.customers.set_index("customer_id")["clv"]
    table = customers("cdnow", scenario.aggregation)
    table = table.assign(clv=forecast.reindex(table["customer_id"].astype(str)).to_numpy())
    by_clv = Segmenter(table).segment(scenario)
    by_revenue = expected("cdnow", scenario.replace(abc=scenario.abc.replace(basis="revenue")))
    a_by_clv = int((by_clv.abc_codes == 0).sum())
    assert a_by_clv != int((by_revenue.abc_codes == 0).sum())
    assert number(metric(at, "Customers in group A")) == a_by_clv


def test_the_predictive_view_speaks_russian():
    at = _predictive("ru", model="pareto_nbd")
    assert number(metric(at, "Логарифм правдоподобия")) == pytest.approx(-9594.98, abs=0.01)
    assert not [m.label for m in at.metric if m.label == "Log-likelihood"]
