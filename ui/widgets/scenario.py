"""Widgets bound to the scenario: each one shows the scenario's value and writes back on change.

Every control takes the widget key (a key of :data:`ui.state.scenario.BINDINGS`), a label
and a one-line help text. Callbacks here only update the scenario (through
:func:`ui.state.scenario.change`); drawing happens in the pages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd
import streamlit as st

from segcore.classify.xyz import suggest_xyz_cuts
from segcore.settings import Scenario
from ui.state import keys, scenario, session, values
from ui.text import labels, tr
from ui.widgets.presets import core_note, split_choice

__all__ = [
    "PARETO_TOP_DEFAULT",
    "abc_a",
    "abc_b",
    "choice",
    "cut_sliders",
    "date",
    "loyalty_split",
    "number",
    "pareto_top",
    "percent_slider",
    "profit_split",
    "quadrant_splits",
    "slider",
    "suggest_xyz",
    "text",
    "weight_slider",
    "xyz_x",
    "xyz_y",
]


def slider(
    key: str,
    label: str,
    help_text: str,
    *,
    low: float,
    high: float,
    step: float,
    fmt: str | None = None,
    on_change: Callable[[str], None] = scenario.apply_widget,
) -> Any:
    """Draw a slider bound to a scenario field (a value outside the range shows at the end)."""
    scenario.seed(key, limits=(low, high))
    return st.slider(
        label,
        min_value=low,
        max_value=high,
        step=step,
        format=fmt,
        key=key,
        help=help_text,
        on_change=on_change,
        args=(key,),
    )


def percent_slider(key: str, label: str, help_text: str, *, low: int = 1, high: int = 99) -> Any:
    """Draw a slider in whole percent bound to a share (0–1) in the scenario."""
    return slider(key, label, help_text, low=low, high=high, step=1, fmt="%d%%")


def abc_a() -> Any:
    """Draw the slider of the share of the basis that closes group A."""
    return percent_slider("abc_a", tr("abc.a"), tr("abc.a_help"), low=5, high=99)


def abc_b() -> Any:
    """Draw the slider of the share of the basis that closes group B."""
    return percent_slider("abc_b", tr("abc.b"), tr("abc.b_help"), low=6, high=100)


def xyz_x() -> Any:
    """Draw the slider of the largest variation of a steady (X) customer."""
    return slider("xyz_x", tr("xyz.x"), tr("xyz.x_help"), low=0.01, high=10.0, step=0.01, fmt="%.2f")


def xyz_y() -> Any:
    """Draw the slider of the largest variation of an irregular (Y) customer."""
    return slider("xyz_y", tr("xyz.y"), tr("xyz.y_help"), low=0.01, high=10.0, step=0.01, fmt="%.2f")


#: The share of customers (%) the Pareto readout starts at.
PARETO_TOP_DEFAULT = 20


def pareto_top() -> int:
    """Draw the "top x % of customers" readout slider (kept across pages) and give its value."""
    return int(
        st.slider(
            tr("pareto.top"),
            min_value=1,
            max_value=99,
            step=1,
            format="%d%%",
            help=tr("pareto.top_help"),
            **values.bind(keys.PARETO_TOP, PARETO_TOP_DEFAULT),
        )
    )


def choice(
    key: str,
    label: str,
    help_text: str,
    options: Sequence[str],
    names: Callable[[str], str],
    *,
    widget: str = "segmented",
    captions: Sequence[str] | None = None,
) -> Any:
    """Draw a choice bound to a scenario field: segmented control, radio or select box."""
    scenario.seed(key)
    names = labels(options, names)
    common: dict[str, Any] = {
        "key": key,
        "help": help_text,
        "on_change": scenario.apply_widget,
        "args": (key,),
    }
    if widget == "radio":
        return st.radio(label, options, format_func=names, captions=captions, **common)
    if widget == "select":
        return st.selectbox(label, options, format_func=names, **common)
    return st.segmented_control(label, options, format_func=names, required=True, **common)


def number(
    key: str,
    label: str,
    help_text: str,
    *,
    low: float | None = None,
    step: float | None = None,
    fmt: str | None = None,
) -> Any:
    """Draw a number input bound to a scenario field."""
    scenario.seed(key)
    return st.number_input(
        label,
        min_value=low,
        step=step,
        format=fmt,
        key=key,
        help=help_text,
        on_change=scenario.apply_widget,
        args=(key,),
    )


def date(key: str, label: str, help_text: str, *, low: dt.date, high: dt.date, fmt: str) -> Any:
    """Draw an optional date bound to a scenario field (empty = the data's own first/last day)."""
    scenario.seed(key, limits=(low, high))
    return st.date_input(
        label,
        value=None,
        min_value=low,
        max_value=high,
        format=fmt,
        key=key,
        help=help_text,
        on_change=scenario.apply_widget,
        args=(key,),
    )


def text(key: str, label: str, help_text: str, placeholder: str = "") -> Any:
    """Draw a one-line text input bound to a scenario field."""
    scenario.seed(key)
    return st.text_input(
        label, key=key, help=help_text, placeholder=placeholder, on_change=scenario.apply_widget, args=(key,)
    )


def cut_sliders(*, one_row: bool = False) -> None:
    """Draw the key thresholds side by side: ABC A and B, XYZ X and Y (``one_row``: all four in a row)."""
    if one_row:
        for column, draw in zip(st.columns(4), (abc_a, abc_b, xyz_x, xyz_y), strict=True):
            with column:
                draw()
        return
    left, right = st.columns(2)
    with left:
        abc_a()
        abc_b()
    with right:
        xyz_x()
        xyz_y()


def loyalty_split() -> None:
    """Draw the loyalty axis split (a percentile)."""
    percent_slider("quadrants_loyalty_split", tr("quad.loyalty_split"), tr("quad.loyalty_split_help"))


def quadrant_splits(*, inline: bool = True) -> None:
    """Draw the split of the loyalty × profitability square: both sliders, a named split, the core's size.

    The note beside the named splits says how many customers quadrant III holds now (that
    many get personal service) and how many the Pareto core would hold; it follows every
    move. ``inline`` puts the named splits and the note on one row (a wide page); otherwise
    they stack (a narrow column).
    """
    left, right = st.columns(2, vertical_alignment="bottom")
    with left:
        loyalty_split()
    with right:
        profit_split()
    if not inline:
        split_choice()
        core_note()
        return
    choice, note = st.columns([1.25, 2], vertical_alignment="bottom")
    with choice:
        split_choice()
    with note:
        core_note()


def profit_split() -> None:
    """Draw the profitability axis split: a percentile slider, or an amount when split by value."""
    if scenario.current().quadrants.profit_split_kind == "percentile":
        percent_slider("quadrants_profit_split", tr("quad.profit_split"), tr("quad.profit_split_help"))
    else:
        number(
            "quadrants_profit_split_value",
            tr("quad.profit_value"),
            tr("quad.profit_value_help"),
            step=100.0,
            fmt="%.2f",
        )


def _apply_weight(key: str) -> None:
    scenario.apply_widget(key)
    quad = scenario.current().quadrants
    if quad.preset != "custom" and not quad.matches_preset:
        scenario.change(lambda s: s.replace(quadrants=s.quadrants.replace(preset="custom")))


def weight_slider(component: str) -> Any:
    """Draw the weight slider of one loyalty component in percent (an edit makes the preset "custom").

    Percent reads the same in both languages; a slider cannot write "0,35" with a comma.
    """
    key = f"quadrants_w_{component}"
    return slider(
        key,
        tr(f"quad.w_{component}"),
        tr(f"quad.w_{component}_help"),
        low=0,
        high=100,
        step=5,
        fmt="%d%%",
        on_change=_apply_weight,
    )


# --- suggest XYZ cuts from the data ----------------------------------------------------


def _suggest(cv: pd.Series, history: pd.Series) -> None:
    min_periods = scenario.current().xyz.min_periods

    def edit(current: Scenario) -> Scenario:
        found = suggest_xyz_cuts(cv.to_numpy(float), history.to_numpy(), min_periods)
        session.set_notice(
            tr(
                "xyz.suggested",
                x=found.x,
                y=found.y,
                sx=round(found.share_x * 100),
                sy=round(found.share_y * 100),
                sz=round(found.share_z * 100),
                sn=round(found.share_n * 100),
            )
        )
        return current.replace(xyz=found.thresholds(min_periods))

    scenario.change(edit)


def suggest_xyz(customers: pd.DataFrame) -> None:
    """Draw the "suggest from the data" button for the XYZ cuts (terciles of the CVs)."""
    st.button(
        tr("xyz.suggest"),
        key=keys.XYZ_SUGGEST,
        icon=":material/auto_fix_high:",
        help=tr("xyz.suggest_help"),
        on_click=_suggest,
        args=(customers["cv"], customers["history_periods"]),
    )
