"""The predicted CLV controls: model, calibration end, horizon, discount, margin, and what they mean.

The controls keep their values across pages (:mod:`ui.state.values`); the settings they give
start or find a fit (:func:`ui.clv.request_fit`).
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

__all__ = ["controls"]


def _model() -> PurchaseModelName:
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


def controls(first: date, last: date, margin: Callable[[], float]) -> LtvSettings | None:
    """Draw the model's controls; give its settings (None, with the reason shown, if invalid)."""
    with st.container(border=True):
        left, right = st.columns([1, 2], gap="large")
        with left:
            model = _model()
        with right:
            end = _calibration_end(first, last)
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
            st.caption(tr("clv.margin_note"))
        try:
            settings = clv.ltv_settings(
                model=model,
                calibration_end=end,
                last_day=last,
                months=int(months),
                discount_rate=discount / 100,
                margin=share,
            )
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
