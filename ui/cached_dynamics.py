"""Cached results of the dynamics pages: periods, customer base, cohorts, golden share,
customer tables of time windows, plans and sensitivity sweeps.

Each result is computed once per dataset (its data key) and the settings that change it,
and shared by every session, like :mod:`ui.cached`. Segment codes passed in (``_codes``)
are not hashed: the key names what they were built from (segment kind + scenario JSON).
The queries run on the dataset's in-process DuckDB connection, one at a time
(:data:`ui.cached._QUERY_LOCK`, shared with the customer-table queries). Frames come back
from ``st.cache_data`` as copies; the sweep basis (arrays sorted once per scenario) is a
``st.cache_resource`` and is only read.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pandas as pd
import streamlit as st

from segcore.customers import customer_table
from segcore.dynamics import GoldenShare, cohort_retention, customer_base, golden_share, period_comparison
from segcore.ingest import LoadedTransactions
from segcore.dynamics.plan import load_plan, plan_vs_actual
from segcore.classify.segmentation import Segmenter
from segcore.classify.sensitivity import SweepBasis
from segcore.settings import AggregationSettings, Scenario
from ui.cached import _QUERY_LOCK, Analysis, named_file

__all__ = [
    "base",
    "cohorts",
    "comparison",
    "golden",
    "plan",
    "plan_actual",
    "sweep_basis",
    "window_analyses",
]


@st.cache_data(max_entries=24, show_spinner=False)
def comparison(key: str, grain: str, years: int, returns: str, codes_key: str,
               _data: LoadedTransactions, _codes: pd.Series | None) -> pd.DataFrame:
    """Give :func:`segcore.dynamics.period_comparison` (by ``_codes`` when given)."""
    with _QUERY_LOCK:
        return period_comparison(_data, grain, years=years, by=_codes, returns=returns)  # type: ignore[arg-type]


@st.cache_data(max_entries=24, show_spinner=False)
def base(key: str, grain: str, lost_after: int, _data: LoadedTransactions) -> pd.DataFrame:
    """Give :func:`segcore.dynamics.customer_base`."""
    with _QUERY_LOCK:
        return customer_base(_data, grain, lost_after=lost_after)  # type: ignore[arg-type]


@st.cache_data(max_entries=12, show_spinner=False)
def cohorts(key: str, grain: str, _data: LoadedTransactions) -> pd.DataFrame:
    """Give :func:`segcore.dynamics.cohort_retention`."""
    with _QUERY_LOCK:
        return cohort_retention(_data, grain)  # type: ignore[arg-type]


@st.cache_data(max_entries=24, show_spinner=False)
def golden(key: str, grain: str, campaign: date | None, periods: int | None, returns: str,
           codes_key: str, _data: LoadedTransactions, _ids: Sequence[str]) -> GoldenShare:
    """Give :func:`segcore.dynamics.golden_share` of the customers ``_ids``."""
    with _QUERY_LOCK:
        return golden_share(_data, _ids, grain, campaign_date=campaign, periods=periods,  # type: ignore[arg-type]
                            returns=returns)  # type: ignore[arg-type]


@st.cache_resource(max_entries=8, show_spinner=False)
def window_analyses(key: str, aggregation: str, spans: tuple[tuple[date, date], ...],
                    _data: LoadedTransactions) -> tuple[Analysis, ...]:
    """Give the customer table and segmenter of every time window ``(start, end)``.

    Each window's table is :func:`segcore.customers.customer_table` with the aggregation
    settings limited to the window, as :func:`segcore.dynamics.migration.classify_periods` builds
    it; classifying a window under a scenario is then a :meth:`Analysis.segment` call
    (milliseconds), so only a new dataset, aggregation or set of windows queries again.
    """
    settings = AggregationSettings.from_json(aggregation)
    analyses = []
    with _QUERY_LOCK:
        for start, end in spans:
            table = customer_table(_data, settings.replace(start=start, as_of=end))
            analyses.append(Analysis(customers=table, segmenter=Segmenter(table), transactions=0))
    return tuple(analyses)


@st.cache_data(max_entries=8, show_spinner=False)
def plan(digest: str, name: str, _content: bytes) -> pd.DataFrame:
    """Give the plan lines of a plan file (:func:`segcore.dynamics.plan.load_plan`; raises InputError)."""
    return load_plan(named_file(_content, name))


@st.cache_data(max_entries=16, show_spinner=False)
def plan_actual(key: str, plan_key: str, grain: str, returns: str, codes_key: str,
                _plan: pd.DataFrame, _data: LoadedTransactions, _codes: pd.Series | None) -> pd.DataFrame:
    """Give :func:`segcore.dynamics.plan.plan_vs_actual` (raises SettingsError / InputError)."""
    with _QUERY_LOCK:
        return plan_vs_actual(_plan, _data, grain, by=_codes, returns=returns)  # type: ignore[arg-type]


@st.cache_resource(max_entries=6, show_spinner=False)
def _basis(key: str, aggregation: str, scenario_json: str, _analysis: Analysis) -> SweepBasis:
    with _analysis.lock:
        return SweepBasis(_analysis.segmenter, Scenario.from_json(scenario_json))


def sweep_basis(key: str, analysis: Analysis, scenario: Scenario) -> SweepBasis:
    """Give the sweep basis of ``scenario`` on the analysis's segmenter (built once per scenario)."""
    return _basis(key, scenario.aggregation.to_json(), scenario.to_json(), analysis)
