"""The model check of predicted CLV, for analysts: the fit's statistics and the backtest.

:func:`statistics` shows the forward fit (the one the forecast comes from): log-likelihood,
AIC, parameters with their intervals, convergence, the comparison of the purchase models and
the data checks. :func:`backtest` shows a fit on the earlier part of the history checked
against the purchases that came after it.
"""

from __future__ import annotations

from datetime import timedelta

import pandas as pd
import streamlit as st

from segcore.charts import ltv as charts_ltv
from segcore.charts import readouts
from segcore.i18n import plural, t
from segcore.ltv import PURCHASE_MODELS, BetaGeo, GammaGamma, LtvResult, ParetoNBD
from ui.format import fmt_date, fmt_int, fmt_number, fmt_percent
from ui.sections import readout
from ui.state import session
from ui.text import tr

__all__ = ["backtest", "statistics"]


def _fit_metrics(result: LtvResult) -> None:
    lang = session.lang()
    model = result.purchase_model
    converged = model.diagnostics_ is not None and model.diagnostics_.converged
    cols = st.columns(3)
    cols[0].metric(
        tr("clv.m_model"),
        model.display_name,
        border=True,
        help=tr("clv.m_model_help"),
        delta=tr("clv.converged_short" if converged else "clv.not_converged_short"),
        delta_color="green" if converged else "red",
        delta_arrow="off",
    )
    cols[1].metric(
        tr("clv.m_loglik"),
        fmt_number(model.log_likelihood_, lang, 2),
        border=True,
        help=tr("clv.m_loglik_help"),
    )
    cols[2].metric(tr("clv.m_aic"), fmt_number(model.aic_, lang, 2), border=True, help=tr("clv.m_aic_help"))


def _errors(result: LtvResult) -> None:
    lang = session.lang()
    validation = result.validation
    assert validation is not None
    errors = validation.errors
    cols = [*st.columns(3), *st.columns(3)]  # five in one row cut labels and values short
    cols[0].metric(tr("clv.m_mae"), fmt_number(errors.mae, lang, 3), border=True, help=tr("clv.m_mae_help"))
    cols[1].metric(
        tr("clv.m_rmse"), fmt_number(errors.rmse, lang, 3), border=True, help=tr("clv.m_rmse_help")
    )
    cols[2].metric(
        tr("clv.m_total_error"),
        fmt_percent(errors.total_error_pct / 100, lang),
        border=True,
        help=tr("clv.m_total_error_help"),
    )
    cols[3].metric(
        tr("clv.m_actual_total"),
        fmt_int(errors.actual_total, lang),
        border=True,
        help=tr("clv.m_actual_total_help"),
    )
    cols[4].metric(
        tr("clv.m_predicted_total"),
        fmt_number(errors.predicted_total, lang, 1),
        border=True,
        help=tr("clv.m_predicted_total_help"),
    )


def _parameter_rows(result: LtvResult) -> pd.DataFrame:
    lang = session.lang()
    rows = []
    for model in (result.purchase_model, result.spend_model):
        for row in model.parameter_table(0.95).itertuples():
            rows.append(
                {
                    tr("clv.col.model"): model.display_name,
                    tr("clv.col.parameter"): row.parameter,
                    tr("clv.col.meaning"): tr(f"clv.param.{row.parameter}"),
                    tr("clv.col.estimate"): fmt_number(row.estimate, lang, 4),
                    tr("clv.col.std_error"): fmt_number(row.std_error, lang, 4),
                    tr(
                        "clv.col.interval"
                    ): f"{fmt_number(row.low, lang, 4)} – {fmt_number(row.high, lang, 4)}",
                }
            )
    return pd.DataFrame(rows)


def _convergence(model: BetaGeo | ParetoNBD | GammaGamma) -> None:
    lang = session.lang()
    diag = model.diagnostics_
    if diag is None:
        return
    params = {
        "model": model.display_name,
        "iterations": fmt_int(diag.iterations, lang),
        "attempts": fmt_int(diag.attempts, lang),
        "iterations_word": plural(diag.iterations, lang, tr("clv.iterations_word")),
        "starts": plural(diag.attempts, lang, tr("clv.starts_word")),
        "gradient": f"{diag.max_abs_gradient:.1e}".replace(".", "," if lang == "ru" else "."),
    }
    if diag.converged:
        st.caption(tr("clv.converged", **params))
    else:
        st.warning(tr("clv.not_converged", **params), icon=":material/warning:")


def _comparison(result: LtvResult) -> None:
    lang = session.lang()
    table = result.comparison
    best = float(table["aic"].min())
    chosen = result.purchase_model.name
    names = {m: t(f"ltv.model.{m}", lang) for m in PURCHASE_MODELS}
    mark = f" {tr('clv.chosen')}"
    frame = pd.DataFrame(
        {
            tr("clv.col.model"): [names[m] + (mark if m == chosen else "") for m in table["model"]],
            tr("clv.col.loglik"): [fmt_number(v, lang, 2) for v in table["log_likelihood"]],
            tr("clv.col.parameters"): [fmt_int(v, lang) for v in table["parameters"]],
            tr("clv.col.aic"): [fmt_number(v, lang, 2) for v in table["aic"]],
            tr("clv.col.delta_aic"): [fmt_number(v - best, lang, 2) for v in table["aic"]],
        }
    )
    st.markdown(f"**{tr('clv.comparison_title')}**")
    st.dataframe(frame, hide_index=True, placeholder="—", key="ltv_comparison")
    if len(table) > 1:
        st.caption(
            tr(
                "clv.comparison_better",
                best=names[table["model"].iloc[0]],
                delta=fmt_number(float(table["aic"].iloc[1]) - best, lang, 2),
            )
        )


def _checks(result: LtvResult) -> None:
    lang = session.lang()
    st.markdown(f"**{tr('clv.warnings_title')}**")
    for warning in result.warnings:
        st.warning(warning.message(lang), icon=":material/warning:")
    if not result.warnings:
        st.caption(tr("clv.no_warnings"))
    check = result.independence
    meaning = tr(
        "clv.independence_meaning",
        rho=fmt_number(check.correlation, lang, 2),
        p=fmt_number(check.p_value, lang, 3),
    )
    text = f"**{tr('clv.independence_title')}.** {check.message(lang)}  \n{meaning}"
    if check.strength in ("moderate", "strong"):
        st.warning(text, icon=":material/balance:")
    else:
        st.info(text, icon=":material/balance:")


def statistics(result: LtvResult) -> None:
    """Draw the forward fit's statistics: log-likelihood, AIC, parameters, comparison, checks."""
    st.subheader(tr("clv.fit_title"))
    _fit_metrics(result)
    left, right = st.columns([3, 2], gap="large")
    with left:
        st.markdown(f"**{tr('clv.params_title')}**")
        st.dataframe(_parameter_rows(result), hide_index=True, placeholder="—", key="ltv_parameters")
        st.caption(tr("clv.params_note"))
        _convergence(result.purchase_model)
        _convergence(result.spend_model)
    with right:
        _comparison(result)
        _checks(result)


def backtest(result: LtvResult) -> None:
    """Draw the backtest: its errors on the held-out period and the actual-vs-predicted charts."""
    lang = session.lang()
    st.subheader(tr("clv.check_title"))
    validation, summary = result.validation, result.summary
    if validation is None:
        st.info(tr("clv.no_check"), icon=":material/info:")
        return
    check_start = summary.calibration_end + timedelta(days=1)
    st.caption(
        tr(
            "clv.check_intro",
            start=fmt_date(summary.first_date, lang),
            end=fmt_date(summary.calibration_end, lang),
            check_start=fmt_date(check_start, lang),
            check_end=fmt_date(summary.holdout_end, lang),
        )
    )
    _errors(result)
    _check_charts(result)


def _check_charts(result: LtvResult) -> None:
    series = {
        "actual": tr("clv.series_actual"),
        "predicted": tr("clv.series_predicted", model=result.purchase_model.display_name),
    }
    left, right = st.columns(2, gap="large")
    with left:
        _holdout_chart(result, series)
    with right:
        _tracking_chart(result, series)


def _holdout_chart(result: LtvResult, series: dict[str, str]) -> None:
    lang = session.lang()
    validation = result.validation
    assert validation is not None
    st.altair_chart(
        charts_ltv.holdout_bars(
            validation.by_frequency,
            title=tr("clv.bars_title"),
            subtitle=tr("clv.bars_subtitle"),
            x_title=tr("clv.bars_x"),
            y_title=tr("clv.bars_y"),
            series=series,
            customers_title=tr("clv.customers_axis"),
            lang=lang,
        ),
        width="stretch",
        key="ltv_holdout_chart",
    )
    readout.show(readouts.holdout_bars(validation.by_frequency, lang))


def _tracking_chart(result: LtvResult, series: dict[str, str]) -> None:
    lang = session.lang()
    st.altair_chart(
        charts_ltv.cumulative_tracking_chart(
            result.tracking,
            calibration_end=result.summary.calibration_end,
            title=tr("clv.tracking_title"),
            subtitle=tr("clv.tracking_subtitle"),
            x_title=tr("clv.tracking_x"),
            y_title=tr("clv.tracking_y"),
            series=series,
            split_label=tr("clv.split_label"),
            lang=lang,
        ),
        width="stretch",
        key="ltv_tracking_chart",
    )
    readout.show(readouts.cumulative_tracking(result.tracking, lang))
