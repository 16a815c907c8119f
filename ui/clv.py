"""Predicted CLV in the studio: fits in the server's pool, their caches, and CLV for the segmenter.

Caching design
    - :func:`_purchases` — customer_id, date and amount of a dataset as pandas, once per
      dataset (kept by the dataset, :meth:`~ui.data.Dataset.derived`: read-only, shared,
      dropped with it).
    - :data:`POOL` — the server's :class:`~ui.fit_pool.FitPool`: a bounded number of worker
      threads and a bounded table of fits by identity (:attr:`FitRecord.identity`: the data
      key and the :class:`~segcore.ltv.LtvSettings` as JSON). Each session holds one fit
      per slot (``"forecast"``: the forward fit on the whole history that every page uses;
      ``"backtest"``: the check on a held-out period, only when asked for). A settings
      change releases the slot's previous fit, which is cancelled unless another session
      waits for it: the newest settings win and a superseded fit never publishes.
    - :func:`_clv_analysis` — the customer table with a ``clv`` column joined on
      customer_id (:func:`segcore.ltv.join.clv_by_row`) and its own segmenter, once per
      (fit identity, aggregation). Its key carries the fit identity, so everything cached
      by the analysis key (segmentations, findings, dynamics by segment) follows the fit.
    The LTV settings do not depend on the aggregation settings, so a change of grain or
    window does not refit.

The session remembers the forward fit it asked for last and the last one that finished
(:func:`ui.state.session.requested_fit` / :func:`ui.state.session.finished_fit`); until a
new fit finishes, the pages keep the last finished one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Literal

import pandas as pd
import streamlit as st

from segcore.ltv.join import clv_by_row
from segcore.ltv.settings import LtvSettings, PurchaseModelName
from ui import data
from ui.data import Analysis, Dataset
from ui.fit_pool import FitJob, FitPool
from ui.sources import DataSource
from ui.state import fits, scenario, session
from ui.text import tr

if TYPE_CHECKING:  # the model fitting (scipy) is imported when a fit is asked for
    from segcore.ltv.fit import LtvResult

__all__ = [
    "POOL",
    "FitRecord",
    "Slot",
    "backtest_settings",
    "cancel_fit",
    "fitted",
    "forward_settings",
    "refit",
    "request_fit",
    "with_clv",
]

_COLUMNS = ["customer_id", "date", "amount"]
Slot = Literal["forecast", "backtest"]

#: The server's fits (one per process, shared by every session).
POOL = FitPool()


@dataclass(frozen=True)
class FitRecord:
    """Which fit a session asked for: the dataset's key and the LTV settings as JSON."""

    data_key: str
    settings_json: str

    @property
    def settings(self) -> LtvSettings:
        """Give the LTV settings of the fit."""
        return LtvSettings.from_json(self.settings_json)

    @property
    def identity(self) -> str:
        """Give the fit's identity: the data and the settings (the key of every cache that uses it)."""
        return f"{self.data_key}|{self.settings_json}"


def _purchases(dataset: Dataset) -> pd.DataFrame:
    """Give the dataset's purchases as pandas (kept with the dataset, dropped with it)."""
    return dataset.derived(
        ("purchases",),
        lambda: dataset.query(lambda transactions: transactions.table.select(*_COLUMNS).to_pandas()),
        lambda frame: int(frame.memory_usage(index=True, deep=True).sum()),
    )


def forward_settings(
    *, model: PurchaseModelName, months: int, discount_rate: float, margin: float
) -> LtvSettings:
    """Give the settings of the forecast: fit on the whole history, predict ``months`` ahead.

    Raises SettingsError.
    """
    return LtvSettings(
        model=model,
        time_unit="W",
        horizon=int(months),
        period="M",
        discount_rate_yearly=float(discount_rate),
        margin=float(margin),
    )


def backtest_settings(forward: LtvSettings, calibration_end: date, last_day: date) -> LtvSettings:
    """Give the settings of the check: fit up to ``calibration_end``, compare with what came after.

    The check period runs from the day after ``calibration_end`` to ``last_day`` (the data's
    last day); none when the calibration ends on the last day. Raises SettingsError.
    """
    holdout = last_day if calibration_end < last_day else None
    return forward.replace(calibration_end=calibration_end, holdout_end=holdout)


def _record(source: DataSource, settings: LtvSettings) -> FitRecord:
    return FitRecord(source.key, settings.to_json())


def request_fit(
    source: DataSource, settings: LtvSettings, slot: Slot = "forecast"
) -> FitJob[LtvResult] | None:
    """Give this session's fit of ``settings`` on ``source`` in ``slot`` (None if it cancelled it).

    The fit comes from the server's pool (finished, running or queued); asking for other
    settings lets go of the slot's previous fit.
    """
    record = _record(source, settings)
    if slot == "forecast":
        session.set_requested_fit(record)
    if fits.cancelled().get(slot) == record.identity:
        return None
    from segcore.ltv.fit import run_ltv

    dataset = data.load(source, tr("status.preparing"))
    transactions = _purchases(dataset)
    job: FitJob[LtvResult] = POOL.request(
        fits.owner(slot), record.identity, lambda progress: run_ltv(transactions, settings, progress)
    )
    if slot == "forecast" and job.done and job.result is not None:
        session.set_finished_fit((record, job.result))
    return job


def cancel_fit(slot: Slot, identity: str) -> None:
    """Stop this session's fit in ``slot`` and do not start it again until :func:`refit`."""
    POOL.cancel(fits.owner(slot))
    fits.set_cancelled(slot, identity)


def refit(slot: Slot) -> None:
    """Let the fit of ``slot`` run again after a cancel."""
    fits.forget_cancelled(slot)


def fitted(source: DataSource) -> tuple[FitRecord, LtvResult] | None:
    """Give this session's latest finished forward fit on ``source``, if any."""
    requested = session.requested_fit()
    if isinstance(requested, FitRecord) and requested.data_key == source.key:
        job = POOL.held(fits.owner("forecast"))
        finished = job is not None and job.identity == requested.identity and job.done
        if finished and job is not None:
            from segcore.ltv import fit as ltv_fit  # loaded already: a fit ran

            if isinstance(job.result, ltv_fit.LtvResult):
                session.set_finished_fit((requested, job.result))
    done = session.finished_fit()
    if done is None or done[0].data_key != source.key:
        return None
    return done


@st.cache_resource(max_entries=4, show_spinner=False)
def _clv_analysis(identity: str, aggregation: str, _base: Analysis, _result: LtvResult) -> Analysis:
    clv = clv_by_row(_base.customers["customer_id"], _result.customers)
    return _base.with_column(f"{_base.key}|clv:{identity}", "clv", clv)


def with_clv(source: DataSource, base: Analysis) -> Analysis:
    """Give ``base`` with predicted CLV (column ``clv``) once this session has a fit on ``source``."""
    found = fitted(source)
    if found is None:
        return base
    record, result = found
    aggregation = scenario.current().aggregation.to_json()
    return _clv_analysis(record.identity, aggregation, base, result)
