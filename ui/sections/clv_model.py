"""The predicted CLV section on screen: the forecast first, the model check behind an expander.

Forward-looking by default: the models are fitted on the whole history and forecast the
next months (:func:`ui.clv.forward_settings`). The page shows the business view first
(:mod:`ui.sections.clv_customers`: who is worth the most, expected purchases, P(alive), in
words); the fit's statistics and a backtest on request sit in the "Model check" expander
(:mod:`ui.sections.clv_check`). Fits run in the server's pool (:mod:`ui.clv`): the page
shows their progress with a cancel button and stays usable meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import numpy as np
import pandas as pd
import streamlit as st

from segcore.i18n import t
from segcore.ltv import LtvResult, LtvSettings
from ui import clv, context
from ui.clv import Slot
from ui.fit_pool import FitJob
from ui.format import fmt_number
from ui.sections import clv_check, clv_controls, clv_customers
from ui.state import fits, session
from ui.text import show_error, tr

__all__ = ["draw"]

_MIN_DAYS = 14


@st.fragment(run_every=0.5)
def _progress(job: FitJob[LtvResult], slot: Slot) -> None:
    """Show how far the fit is, with a cancel button; when it ends, redraw the page."""
    if job.done or fits.cancelled().get(slot) == job.identity:
        st.rerun()
    with st.status(tr("clv_studio.fitting"), expanded=True):
        text = tr("clv_studio.queued") if job.queued else t(job.stage, session.lang())
        st.progress(job.share, text=text)
        st.button(
            tr("clv_studio.cancel"),
            key=fits.CANCEL if slot == "forecast" else fits.CANCEL_BACKTEST,
            icon=":material/cancel:",
            on_click=clv.cancel_fit,
            args=(slot, job.identity),
        )


def _outcome(job: FitJob[LtvResult] | None, slot: Slot) -> LtvResult | None:
    """Give the fit's result once it is there; else show the wait, the cancel or the problem."""
    if job is None:
        st.info(tr("clv_studio.cancelled"), icon=":material/cancel:")
        st.button(tr("clv_studio.refit"), key=f"{fits.REFIT}_{slot}", on_click=clv.refit, args=(slot,))
        return None
    if not job.done:
        _progress(job, slot)
        return None
    if job.failure is not None:
        raise job.failure
    if job.error is not None:
        show_error(job.error)
        return None
    return job.result


def _fit_time(job: FitJob[LtvResult] | None) -> None:
    if job is not None and job.elapsed is not None:
        st.caption(tr("clv_studio.fit_time", seconds=fmt_number(job.elapsed, session.lang(), 1)))


def _check(forward: LtvSettings, job: FitJob[LtvResult] | None, first: date, last: date) -> None:
    """Draw the model check's content: the forward fit's statistics, then the backtest on request."""
    st.caption(tr("clv_studio.check_intro"))
    result = job.result if job is not None and job.done else None
    if result is not None:
        clv_check.statistics(result)
        _fit_time(job)
    if not st.toggle(tr("clv_studio.backtest"), key=fits.BACKTEST, help=tr("clv_studio.backtest_help")):
        return
    settings = clv_controls.backtest(forward, first, last)
    if settings is None:
        return
    found = clv.request_fit(context.active_source(), settings, "backtest")
    outcome = _outcome(found, "backtest")
    if outcome is not None:
        clv_check.backtest(outcome)


def draw(margin: Callable[[], float], simple: Callable[[pd.DataFrame], np.ndarray]) -> None:
    """Draw the predicted CLV section: settings, the forecast, then the model check.

    ``margin`` draws the margin control shared with simple LTV and gives its share;
    ``simple`` gives the simple LTV of a customer table's rows at the page's inputs.
    """
    source = context.active_source()
    dataset = context.active_dataset()
    if dataset is None:
        return
    first, last = dataset.date_range()
    if (last - first).days < _MIN_DAYS:
        st.info(tr("clv.too_short"), icon=":material/info:")
        return
    controls, business = st.container(), st.container()
    check = st.expander(tr("clv_studio.check"), icon=":material/query_stats:", key="ltv_model_check")
    with check:
        model = clv_controls.model_choice()
    with controls:
        settings = clv_controls.forecast(model, margin)
    if settings is None:
        return
    job = clv.request_fit(source, settings, "forecast")
    with business:
        result = _outcome(job, "forecast")
        if result is not None:
            analysis = context.active_analysis()
            seg = context.segmentation(analysis) if analysis is not None else None
            clv_customers.draw(result, analysis, seg, simple)
    with check:
        _check(settings, job, first, last)
