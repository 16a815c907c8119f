"""The predicted CLV controls: horizon, discount and margin for the forecast; model and backtest date.

The controls keep their values across pages (:mod:`ui.state.values`). The forecast's settings
(:func:`forecast`) start or find the forward fit, the backtest's (:func:`backtest`) the check
on a held-out period (:func:`ui.clv.request_fit`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import streamlit as st

from segcore.errors import UserFacingError
from segcore.i18n import t
from segcore.ltv import PURCHASE_MODELS, LtvSettings
from segcore.ltv.settings import PurchaseModelName
from ui import clv
from ui.format import fmt_date, fmt_int, fmt_number
from ui.state import keys, session, values
from ui.text import labels, show_error, tr

__all__ = ["backtest", "forecast", "model_choice"]


def model_choice() -> PurchaseModelName:
    """Draw the purchase model's choice; give the model."""
    models = list(PURCHASE_MODELS)
    lang = session.lang()
    chosen = st.segmented_control(
        tr("clv.model"),
        models,
        format_func=labels(models, lambda m: t(f"ltv.model.{m}", lang)),
        **values.bind(keys.LTV_MODEL, models[0], options=models),
        required=True,
        help=tr("clv.model_help"),
    )
    return chosen if chosen in models else models[0]


def forecast(model: PurchaseModelName, margin: Callable[[], float]) -> LtvSettings | None:
    """Draw horizon, discount and margin in one row; give the forecast's settings (None if invalid)."""
    months_col, discount_col, margin_col = st.columns(3, gap="large")
    with months_col:
        months = st.number_input(
            tr("clv.months"),
            min_value=1,
            max_value=120,
            step=1,
            help=tr("clv.months_help"),
            **values.bind("ltv_months", 12),
        )
    with discount_col:
        discount = st.slider(
            tr("clv.discount"),
            0,
            50,
            step=1,
            format="%d%%",
            help=tr("clv.discount_help"),
            **values.bind(keys.LTV_DISCOUNT, 10),
        )
    with margin_col:
        share = margin()
    try:
        return clv.forward_settings(
            model=model, months=int(months), discount_rate=discount / 100, margin=share
        )
    except UserFacingError as error:
        show_error(error)
        return None


def _calibration_end(first: date, last: date) -> date:
    span = (last - first).days
    low = first + timedelta(days=min(28, span // 2))
    kept = values.bind(
        keys.LTV_CALIBRATION_END,
        first + timedelta(days=span // 2),
        valid=lambda day: isinstance(day, date) and low <= day <= last,
    )
    return st.slider(
        tr("clv.calibration_end"),
        min_value=low,
        max_value=last,
        step=timedelta(days=1),
        format="DD.MM.YYYY" if session.lang() == "ru" else "YYYY-MM-DD",
        help=tr("clv.calibration_end_help"),
        **kept,
    )


def backtest(forward: LtvSettings, first: date, last: date) -> LtvSettings | None:
    """Draw the backtest's calibration end; give the backtest's settings (None if invalid)."""
    end = _calibration_end(first, last)
    try:
        settings = clv.backtest_settings(forward, end, last)
    except UserFacingError as error:
        show_error(error)
        return None
    _periods(settings, first, last)
    return settings


def _weeks(start: date, end: date) -> str:
    return fmt_number(((end - start).days + 1) / 7, session.lang(), 1)


def _periods(settings: LtvSettings, first: date, last: date) -> None:
    lang = session.lang()
    end = settings.calibration_end or last
    common = {
        "start": fmt_date(first, lang),
        "end": fmt_date(end, lang),
        "weeks": _weeks(first, end),
        "months": fmt_int(settings.horizon, lang),
    }
    if settings.holdout_end is None:
        st.caption(tr("clv.periods_no_check", **common))
        return
    check_start = end + timedelta(days=1)
    st.caption(
        tr(
            "clv.periods",
            **common,
            check_start=fmt_date(check_start, lang),
            check_end=fmt_date(settings.holdout_end, lang),
            check_weeks=_weeks(check_start, settings.holdout_end),
        )
    )
