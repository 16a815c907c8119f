"""Scenario B's controls and the side-by-side summaries of the scenario comparison page.

Scenario B lives in session state (:func:`ui.state.scenario_b`): its widgets use the
binding keys of scenario A prefixed with ``b_`` (``b_abc_a`` …), are seeded from B
before every draw and write back in their callback, so B survives page switches the same
way scenario A does.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from segcore.dynamics.migration import ScenarioComparison
from segcore.settings import Scenario
from ui import state
from ui.format import fmt_money, fmt_number, fmt_percent
from ui.text import segment_name, tr

__all__ = ["controls", "copy_a", "side_by_side", "summary_text"]


def _slider(key: str, label: str, help_text: str, *, low: float, high: float, step: float,
            fmt: str) -> Any:
    widget = state.seed_b(key)
    shown = min(max(state.get(widget), low), high)
    if shown != state.get(widget):  # an equal write would undo a move made meanwhile (state.seed)
        state.put(widget, shown)
    return st.slider(label, min_value=low, max_value=high, step=step, format=fmt, key=widget,
                     help=help_text, on_change=state.apply_widget_b, args=(key,))


def copy_a() -> None:
    """Button callback: make scenario B a copy of scenario A."""
    state.set_scenario_b(state.scenario())


def controls() -> None:
    """Draw scenario B's thresholds: ABC a/b, XYZ x/y, loyalty and profit splits."""
    cols = st.columns(3)
    with cols[0]:
        _slider("abc_a", tr("abc.a"), tr("abc.a_help"), low=5, high=99, step=1, fmt="%d%%")
        _slider("abc_b", tr("abc.b"), tr("abc.b_help"), low=6, high=100, step=1, fmt="%d%%")
    with cols[1]:
        _slider("xyz_x", tr("xyz.x"), tr("xyz.x_help"), low=0.01, high=10.0, step=0.01, fmt="%.2f")
        _slider("xyz_y", tr("xyz.y"), tr("xyz.y_help"), low=0.01, high=10.0, step=0.01, fmt="%.2f")
    with cols[2]:
        _slider("quadrants_loyalty_split", tr("quad.loyalty_split"), tr("quad.loyalty_split_help"),
                low=1, high=99, step=1, fmt="%d%%")
        if state.scenario_b().quadrants.profit_split_kind == "percentile":
            _slider("quadrants_profit_split", tr("quad.profit_split"), tr("quad.profit_split_help"),
                    low=1, high=99, step=1, fmt="%d%%")
        else:
            widget = state.seed_b("quadrants_profit_split_value")
            st.number_input(tr("quad.profit_value"), step=100.0, format="%.2f", key=widget,
                            help=tr("quad.profit_value_help"), on_change=state.apply_widget_b,
                            args=("quadrants_profit_split_value",))


def summary_text(scenario: Scenario) -> str:
    """Give a scenario's thresholds in one line ("A 80 % · B 95 % · X 1.00 · Y 2.00 · …")."""
    lang = state.lang()
    quad = scenario.quadrants
    profit = (fmt_percent(quad.profit_split, lang, 0) if quad.profit_split_kind == "percentile"
              else fmt_money(quad.profit_split, lang))
    return tr("scenb.summary", a=fmt_percent(scenario.abc.a, lang, 0), b=fmt_percent(scenario.abc.b, lang, 0),
              x=fmt_number(scenario.xyz.x, lang, 2), y=fmt_number(scenario.xyz.y, lang, 2),
              loyalty=fmt_percent(quad.loyalty_split, lang, 0), profit=profit)


def side_by_side(comparison: ScenarioComparison, kind: str) -> pd.DataFrame:
    """Give customers and revenue per cell (or quadrant) in A and in B, with the change."""
    if kind == "quadrant":
        a = comparison.a.quadrant_summary.set_index("quadrant")
        b = comparison.b.quadrant_summary.set_index("quadrant")
    else:
        a, b = comparison.a.matrix.set_index("cell"), comparison.b.matrix.set_index("cell")
    frame = pd.DataFrame({
        "code": [f"{c} · {segment_name(c)}" for c in a.index],
        "customers_a": a["customers"].to_numpy(), "customers_b": b["customers"].reindex(a.index).to_numpy(),
        "revenue_a": a["revenue"].to_numpy(float), "revenue_b": b["revenue"].reindex(a.index).to_numpy(float),
    })
    frame["customers_change"] = frame["customers_b"] - frame["customers_a"]
    return frame
