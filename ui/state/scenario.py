"""The scenario: one per browser tab, its widgets, the address bar, and scenario B.

The studio keeps ONE :class:`~segcore.settings.Scenario` per tab (:func:`current` /
:func:`set_current`); everything a page shows is derived from it and from the dataset.

Widgets and the scenario
    A widget bound to a scenario field uses the field's flat key as its widget key
    (``abc_a``, ``xyz_x``, ``quadrants_loyalty_split``, ``aggregation_grain`` …; see
    :data:`BINDINGS`). Before drawing it, :func:`seed` writes the scenario's value into
    the key (:func:`ui.state.values.show`), and its ``on_change`` callback
    (:func:`apply_widget`) writes the new value back into the scenario. So the scenario
    survives page switches, and two widgets on different pages (the ABC slider on Settings
    and on Matrix) always agree. The customer attributes in the loyalty score
    (``quadrants_extra_weights`` and ``quadrants_lower_is_better``) have a picker of their own,
    one weight and one direction per attribute: see :mod:`ui.state.attributes`.

The address bar
    The scenario's non-default flat keys (plus ``data`` for a demo other than the one a
    new session opens: the demo store, or the file named at launch, see :mod:`ui.launch`)
    are mirrored to ``st.query_params`` (:func:`sync_url`); a new session starts from the
    address it was opened with (:func:`start`), so a copied link reproduces the view.

Scenario B
    The scenario comparison page keeps a second threshold set on scenario A's aggregation
    (:func:`current_b`), a copy of scenario A until it is changed. Its widgets use the
    binding keys after :data:`B_PREFIX` (``b_abc_a`` …) and follow the same rule
    (:func:`seed_b`, :func:`apply_widget_b`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import streamlit as st

from segcore.errors import SettingsError, UserFacingError
from segcore.settings import Scenario
from ui import launch
from ui.sources import DEFAULT_DEMO
from ui.state import card_link, session
from ui.state.keys import SCENARIO
from ui.state.values import show

__all__ = [
    "BINDINGS",
    "B_PREFIX",
    "Binding",
    "apply_widget",
    "apply_widget_b",
    "change",
    "copy_a_to_b",
    "current",
    "current_b",
    "requested_demo",
    "reset",
    "seed",
    "seed_b",
    "set_b",
    "set_current",
    "start",
    "sync_url",
    "widget_value",
]

_SCENARIO_B = "scenario_b"
#: The URL parameter naming a demo dataset, and the session value that keeps it.
_URL_DATA = "data"
#: Prefix of the widget keys bound to scenario B (``b_abc_a`` …).
B_PREFIX = "b_"

Converter = Callable[[Any], Any]


def _same(value: Any) -> Any:
    return value


def _percent_in(value: Any) -> Any:
    return round(float(value) * 100)


def _percent_out(value: Any) -> Any:
    return round(float(value) / 100, 4)


@dataclass(frozen=True)
class Binding:
    """How one widget key maps to one scenario field (``part.field``) and back."""

    part: str
    field: str
    to_widget: Converter = _same
    from_widget: Converter = _same


def _bind(part: str, field: str, percent: bool = False) -> Binding:
    if percent:
        return Binding(part, field, _percent_in, _percent_out)
    return Binding(part, field)


#: Widget key → scenario field. Widget keys equal the scenario's flat keys, except that
#: the absolute profit split has its own number widget.
BINDINGS: dict[str, Binding] = {
    "aggregation_grain": _bind("aggregation", "grain"),
    "aggregation_cv_mode": _bind("aggregation", "cv_mode"),
    "aggregation_returns": _bind("aggregation", "returns"),
    "aggregation_start": _bind("aggregation", "start"),
    "aggregation_as_of": _bind("aggregation", "as_of"),
    "abc_a": _bind("abc", "a", percent=True),
    "abc_b": _bind("abc", "b", percent=True),
    "abc_mode": _bind("abc", "mode"),
    "abc_basis": _bind("abc", "basis"),
    "abc_rule": _bind("abc", "rule"),
    "xyz_x": _bind("xyz", "x"),
    "xyz_y": _bind("xyz", "y"),
    "xyz_min_periods": _bind("xyz", "min_periods"),
    "quadrants_preset": _bind("quadrants", "preset"),
    "quadrants_w_frequency": _bind("quadrants", "w_frequency", percent=True),
    "quadrants_w_tenure": _bind("quadrants", "w_tenure", percent=True),
    "quadrants_w_recency": _bind("quadrants", "w_recency", percent=True),
    "quadrants_w_regularity": _bind("quadrants", "w_regularity", percent=True),
    "quadrants_loyalty_split": _bind("quadrants", "loyalty_split", percent=True),
    "quadrants_profit_basis": _bind("quadrants", "profit_basis"),
    "quadrants_profit_split_kind": _bind("quadrants", "profit_split_kind"),
    "quadrants_profit_split": _bind("quadrants", "profit_split", percent=True),
    "quadrants_profit_split_value": _bind("quadrants", "profit_split"),
}


# --- the scenario and the address bar -------------------------------------------------


def start() -> None:
    """Start the session's scenario once, from the address it was opened with."""
    if SCENARIO in st.session_state:
        return
    params = {k: st.query_params[k] for k in st.query_params}
    try:
        st.session_state[SCENARIO] = Scenario.from_flat_dict(params)
    except SettingsError as error:
        st.session_state[SCENARIO] = Scenario()
        session.flash_error(error)
    st.session_state[_URL_DATA] = params.get(_URL_DATA)


def current() -> Scenario:
    """Give the active scenario."""
    return st.session_state.get(SCENARIO) or Scenario()


def set_current(value: Scenario) -> None:
    """Make ``value`` the active scenario and mirror it to the address bar."""
    st.session_state[SCENARIO] = value
    sync_url()


def reset() -> None:
    """Go back to the default scenario (the dataset stays)."""
    set_current(Scenario())


def change(edit: Callable[[Scenario], Scenario]) -> bool:
    """Apply ``edit`` to the scenario; a user-facing error is kept for the page to show."""
    try:
        updated = edit(current())
    except UserFacingError as error:
        session.flash_error(error)
        return False
    set_current(updated)
    return True


def requested_demo() -> str | None:
    """Give the demo dataset named in the address the session was opened with, if any."""
    return st.session_state.get(_URL_DATA)


def sync_url() -> None:
    """Write the scenario's non-default keys (and a non-default demo) to the address bar.

    The open customer card goes there too (``?customer=<id>``, :mod:`ui.state.card_link`);
    a card the address names is opened first.
    """
    flat = current().to_flat_dict()
    default = Scenario().to_flat_dict()
    wanted = {k: v for k, v in flat.items() if default.get(k) != v}
    source = session.data_source()
    opens_store = launch.data_file() is None
    if source is not None and source.kind == "demo" and (source.demo != DEFAULT_DEMO or not opens_store):
        wanted[_URL_DATA] = source.demo or DEFAULT_DEMO
    wanted.update(session.url_params())
    wanted.update(card_link.url_param())
    if {k: st.query_params[k] for k in st.query_params} != wanted:
        st.query_params.from_dict(wanted)


# --- widgets bound to the scenario ----------------------------------------------------


def _field(scenario: Scenario, binding: Binding) -> Any:
    return getattr(getattr(scenario, binding.part), binding.field)


def _with_field(scenario: Scenario, binding: Binding, value: Any) -> Scenario:
    part = getattr(scenario, binding.part).replace(**{binding.field: value})
    return scenario.replace(**{binding.part: part})


def _limited(value: Any, limits: tuple[Any, Any] | None) -> Any:
    if limits is None or value is None:
        return value
    return min(max(value, limits[0]), limits[1])


def widget_value(key: str) -> Any:
    """Give the scenario value a bound widget shows (in the widget's units)."""
    binding = BINDINGS[key]
    return binding.to_widget(_field(current(), binding))


def seed(key: str, limits: tuple[Any, Any] | None = None) -> str:
    """Show the scenario's value in the widget ``key`` (within ``limits``); give the key."""
    show(key, _limited(widget_value(key), limits))
    return key


def apply_widget(key: str) -> None:
    """Widget callback: write the widget's new value into the scenario (or keep why not)."""
    binding = BINDINGS[key]
    raw = st.session_state[key]
    value = None if raw is None else binding.from_widget(raw)
    change(lambda scenario: _with_field(scenario, binding, value))


# --- scenario B -------------------------------------------------------------------------


def current_b() -> Scenario:
    """Give scenario B: its own thresholds on scenario A's aggregation (one customer table).

    Scenario B starts as a copy of scenario A and follows it until B is changed (a B
    widget, a scenario loaded as B); from then on B keeps its own thresholds across pages.
    """
    kept = st.session_state.get(_SCENARIO_B)
    if kept is None:
        return current()
    return kept.replace(aggregation=current().aggregation)


def copy_a_to_b() -> None:
    """Make scenario B a copy of scenario A again, following A until B is changed (a button's callback)."""
    st.session_state[_SCENARIO_B] = None


def set_b(value: Scenario) -> None:
    """Make ``value`` scenario B (it keeps scenario A's aggregation, see :func:`current_b`)."""
    st.session_state[_SCENARIO_B] = value


def seed_b(key: str, limits: tuple[Any, Any] | None = None) -> str:
    """Show scenario B's value of a binding key in its B widget (within ``limits``); give that key."""
    binding = BINDINGS[key]
    widget = B_PREFIX + key
    show(widget, _limited(binding.to_widget(_field(current_b(), binding)), limits))
    return widget


def apply_widget_b(key: str) -> None:
    """Widget callback: write a B widget's new value into scenario B (or keep why not)."""
    binding = BINDINGS[key]
    raw = st.session_state[B_PREFIX + key]
    value = None if raw is None else binding.from_widget(raw)
    try:
        st.session_state[_SCENARIO_B] = _with_field(current_b(), binding, value)
    except UserFacingError as error:
        session.flash_error(error)
