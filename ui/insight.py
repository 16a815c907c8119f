"""Findings and the at-risk list for the pages: the scenario-free part once per table, the rest per scenario.

Caching design
    - :func:`_insight` — one :class:`Insight` per customer table (the analysis key: data,
      aggregation, any column joined in): a :class:`~segcore.insight.basis.FindingsBasis`
      built once, reading the transactions under the dataset's lock for the customer-base
      finding (about 0.3 s on the demo store), with the lock its callers take turns on
      (kept by the dataset, :meth:`~ui.data.Dataset.derived`: read-only, shared, dropped
      with it).
    - :func:`_findings` — the findings per (table, scenario, model fit), a few milliseconds
      each (``st.cache_resource``: frozen findings, handed out as they are), so a slider
      move back to a value seen before costs nothing and a new one about 20 ms.
    - :func:`_at_risk` — the at-risk list per (table, scenario, model fit) (``st.cache_data``).
    When this session has a finished predictive LTV fit on the dataset, its P(alive) goes to
    the at-risk rule (a key customer the model thinks gone is listed as lost).
"""

from __future__ import annotations

import threading

import pandas as pd
import streamlit as st

from segcore.insight import Finding
from segcore.insight.basis import FindingsBasis
from segcore.settings import Scenario
from ui import clv, context, probe
from ui.data import Analysis, Dataset
from ui.state import scenario

__all__ = ["Insight", "at_risk", "findings", "warm"]


class Insight:
    """The findings basis of one customer table, and the lock its callers take turns on."""

    def __init__(self, basis: FindingsBasis) -> None:
        self._basis = basis
        self._lock = threading.Lock()

    def findings(self, chosen: Scenario, p_alive: pd.Series | None) -> tuple[Finding, ...]:
        """Give the findings under ``chosen``, most severe first."""
        with self._lock:
            return tuple(self._basis.findings(chosen, p_alive=p_alive))

    def at_risk(self, chosen: Scenario, p_alive: pd.Series | None) -> pd.DataFrame:
        """Give the key customers at risk under ``chosen``."""
        with self._lock:
            return self._basis.at_risk(chosen, p_alive=p_alive)


def _insight(analysis: Analysis, dataset: Dataset) -> Insight:
    """Give the insight of ``analysis``'s table (kept with the dataset, dropped with it)."""
    customers = analysis.customers
    return dataset.derived(
        ("insight", analysis.key),
        lambda: Insight(dataset.query(lambda data: FindingsBasis(customers, transactions=data))),
        lambda _: int(customers.memory_usage(index=True, deep=False).sum()),
    )


@st.cache_resource(max_entries=256, show_spinner=False)
def _findings(
    key: str, scenario_json: str, fit_key: str, _insight: Insight, _p_alive: pd.Series | None
) -> tuple[Finding, ...]:
    return _insight.findings(Scenario.from_json(scenario_json), _p_alive)


@st.cache_data(max_entries=32, show_spinner=False)
def _at_risk(
    key: str, scenario_json: str, fit_key: str, _insight: Insight, _p_alive: pd.Series | None
) -> pd.DataFrame:
    return _insight.at_risk(Scenario.from_json(scenario_json), _p_alive)


def _p_alive() -> tuple[str, pd.Series | None]:
    """Give the key of this session's finished model fit on the dataset and its P(alive), if any."""
    found = clv.fitted(context.active_source())
    if found is None:
        return "", None
    record, result = found
    frame = result.customers
    return record.identity, pd.Series(
        frame["p_alive"].to_numpy(float), index=frame["customer_id"].astype(str)
    )


def _inputs(analysis: Analysis) -> tuple[Insight, str, str, pd.Series | None] | None:
    dataset = context.active_dataset()
    if dataset is None:
        return None
    fit_key, p_alive = _p_alive()
    return _insight(analysis, dataset), scenario.current().to_json(), fit_key, p_alive


def warm(analysis: Analysis, dataset: Dataset, chosen: Scenario) -> tuple[Finding, ...]:
    """Give the findings of ``chosen`` on ``analysis`` without a model fit, filling the caches."""
    basis = _insight(analysis, dataset)
    return _findings(analysis.key, chosen.to_json(), "", basis, None)


@probe.timed("insight.findings")
def findings(analysis: Analysis) -> tuple[Finding, ...]:
    """Give the findings of the active scenario on ``analysis``, most severe first (cached)."""
    found = _inputs(analysis)
    if found is None:
        return ()
    insight, scenario_json, fit_key, p_alive = found
    return _findings(analysis.key, scenario_json, fit_key, insight, p_alive)


@probe.timed("insight.at_risk")
def at_risk(analysis: Analysis) -> pd.DataFrame | None:
    """Give the key customers at risk under the active scenario on ``analysis`` (cached)."""
    found = _inputs(analysis)
    if found is None:
        return None
    insight, scenario_json, fit_key, p_alive = found
    return _at_risk(analysis.key, scenario_json, fit_key, insight, p_alive)
