"""Predicted CLV in the studio: the fit in the background, its cache, and CLV for the segmenter.

Caching design
    - :func:`_purchases` — customer_id, date and amount of a dataset as pandas, once per
      data key (``st.cache_resource``: read-only, shared).
    - :func:`_job` — one :class:`FitJob` per (data key, :class:`~segcore.ltv.LtvSettings`
      JSON). The job runs :func:`segcore.ltv.run_ltv` on a background thread, so the page
      stays usable while it runs and a rerun does not interrupt it; the page polls its
      progress (``progress`` callback, ``ltv.stage.*`` keys). The LTV settings do not
      depend on the aggregation settings, so a change of grain or window does not refit.
    - :func:`_clv_analysis` — the customer table with a ``clv`` column joined on
      customer_id (:func:`segcore.ltv.join.clv_by_row`) and its own segmenter, once per
      (data key, aggregation, LTV settings). :func:`with_clv` hands it to every page once
      this session has a finished fit on the dataset in use, so "clv" works as the ABC
      basis and as the profitability axis.
    All three are bounded (``max_entries``) and shared by all sessions: read-only.

The session remembers the fit it asked for last and the last one that finished
(:func:`ui.state.session.requested_fit` / :func:`ui.state.session.finished_fit`).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date

import pandas as pd
import streamlit as st

from segcore.errors import UserFacingError
from segcore.ltv import LtvResult, LtvSettings, run_ltv
from segcore.ltv.join import clv_by_row
from segcore.ltv.settings import PurchaseModelName
from ui import data
from ui.data import Analysis, Dataset
from ui.sources import DataSource
from ui.state import scenario, session
from ui.text import tr

__all__ = ["FitJob", "FitRecord", "fitted", "ltv_settings", "request_fit", "with_clv"]

_COLUMNS = ["customer_id", "date", "amount"]


@dataclass(frozen=True)
class FitRecord:
    """Which fit a session asked for: the dataset's key and the LTV settings as JSON."""

    data_key: str
    settings_json: str

    @property
    def settings(self) -> LtvSettings:
        """Give the LTV settings of the fit."""
        return LtvSettings.from_json(self.settings_json)


@dataclass
class FitJob:
    """One predictive LTV run on a background thread: its progress, then its result or error.

    ``stage`` is the message key of what is being computed and ``share`` how far along the
    run is (0–1); when :attr:`done`, ``result`` holds the :class:`LtvResult`, or ``error``
    a problem the user can fix, or ``failure`` anything else (a programming error).
    """

    settings: LtvSettings
    stage: str = "ltv.stage.summary"
    share: float = 0.0
    result: LtvResult | None = None
    error: UserFacingError | None = None
    failure: BaseException | None = None
    finished: threading.Event = field(default_factory=threading.Event, repr=False)

    @property
    def done(self) -> bool:
        """Tell whether the run has ended (with a result or an error)."""
        return self.finished.is_set()

    def report(self, stage: str, share: float) -> None:
        """Progress callback of :func:`segcore.ltv.run_ltv`."""
        self.stage, self.share = stage, min(max(float(share), 0.0), 1.0)

    def run(self, transactions: pd.DataFrame) -> None:
        """Fit (on the calling thread) and keep the outcome."""
        try:
            self.result = run_ltv(transactions, self.settings, self.report)
        except UserFacingError as error:
            self.error = error
        except Exception as failure:  # kept and raised again on the page's thread
            self.failure = failure
        finally:
            self.finished.set()


@st.cache_resource(max_entries=2, show_spinner=False)
def _purchases(key: str, _dataset: Dataset) -> pd.DataFrame:
    return _dataset.query(lambda transactions: transactions.table.select(*_COLUMNS).to_pandas())


@st.cache_resource(max_entries=8, show_spinner=False)
def _job(key: str, settings_json: str, _transactions: pd.DataFrame) -> FitJob:
    job = FitJob(LtvSettings.from_json(settings_json))
    threading.Thread(target=job.run, args=(_transactions,), name="ltv-fit", daemon=True).start()
    return job


def _job_of(source: DataSource, settings_json: str) -> FitJob:
    dataset = data.load(source, tr("status.preparing"))
    return _job(source.key, settings_json, _purchases(source.key, dataset))


def ltv_settings(
    *,
    model: PurchaseModelName,
    calibration_end: date,
    last_day: date,
    months: int,
    discount_rate: float,
    margin: float,
) -> LtvSettings:
    """Give the LTV settings of the page's controls: weeks, a horizon in months.

    The check period runs from the day after ``calibration_end`` to ``last_day`` (the
    data's last day); none when the calibration ends on the last day. Raises SettingsError.
    """
    holdout = last_day if calibration_end < last_day else None
    return LtvSettings(
        model=model,
        time_unit="W",
        calibration_end=calibration_end,
        holdout_end=holdout,
        horizon=int(months),
        period="M",
        discount_rate_yearly=float(discount_rate),
        margin=float(margin),
    )


def request_fit(source: DataSource, settings: LtvSettings) -> FitJob:
    """Give the (cached or started) fit of ``settings`` on ``source``; the session remembers it."""
    record = FitRecord(source.key, settings.to_json())
    session.set_requested_fit(record)
    job = _job_of(source, record.settings_json)
    if job.done and job.result is not None:
        session.set_finished_fit((record, job.result))
    return job


def fitted(source: DataSource) -> tuple[FitRecord, LtvResult] | None:
    """Give this session's latest finished fit on ``source``, if any."""
    requested = session.requested_fit()
    if isinstance(requested, FitRecord) and requested.data_key == source.key:
        job = _job_of(source, requested.settings_json)
        if job.done and job.result is not None:
            session.set_finished_fit((requested, job.result))
    done = session.finished_fit()
    if done is None or done[0].data_key != source.key:
        return None
    return done


@st.cache_resource(max_entries=4, show_spinner=False)
def _clv_analysis(
    key: str, settings_json: str, aggregation: str, _base: Analysis, _result: LtvResult
) -> Analysis:
    clv = clv_by_row(_base.customers["customer_id"], _result.customers)
    return _base.with_column(f"{_base.key}|clv:{settings_json}", "clv", clv)


def with_clv(source: DataSource, base: Analysis) -> Analysis:
    """Give ``base`` with predicted CLV (column ``clv``) once this session has a fit on ``source``."""
    found = fitted(source)
    if found is None:
        return base
    record, result = found
    aggregation = scenario.current().aggregation.to_json()
    return _clv_analysis(record.data_key, record.settings_json, aggregation, base, result)
