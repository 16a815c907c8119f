"""Scenario B's thresholds: the scenario comparison page's second set of sliders.

Scenario B lives in session state (:func:`ui.state.scenario.current_b`): its widgets use
the binding keys of scenario A after ``b_`` (``b_abc_a`` …), show B's value before every
draw and write back in their callback, so B survives page switches the way scenario A does.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from ui.state import scenario
from ui.text import tr

__all__ = ["controls"]


def _slider(key: str, label: str, help_text: str, *, low: float, high: float, step: float, fmt: str) -> Any:
    widget = scenario.seed_b(key, limits=(low, high))
    return st.slider(
        label,
        min_value=low,
        max_value=high,
        step=step,
        format=fmt,
        key=widget,
        help=help_text,
        on_change=scenario.apply_widget_b,
        args=(key,),
    )


def _profit_split() -> None:
    if scenario.current_b().quadrants.profit_split_kind == "percentile":
        _slider(
            "quadrants_profit_split",
            tr("quad.profit_split"),
            tr("quad.profit_split_help"),
            low=1,
            high=99,
            step=1,
            fmt="%d%%",
        )
        return
    key = "quadrants_profit_split_value"
    st.number_input(
        tr("quad.profit_value"),
        step=100.0,
        format="%.2f",
        key=scenario.seed_b(key),
        help=tr("quad.profit_value_help"),
        on_change=scenario.apply_widget_b,
        args=(key,),
    )


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
        _slider(
            "quadrants_loyalty_split",
            tr("quad.loyalty_split"),
            tr("quad.loyalty_split_help"),
            low=1,
            high=99,
            step=1,
            fmt="%d%%",
        )
        _profit_split()
