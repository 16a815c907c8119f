"""The session's scenario library: named scenarios saved, renamed, deleted, loaded as Scenario 1 or 2.

The library lives in session state (one per browser tab, like the scenario), in the order
the scenarios were saved. Names are trimmed and unique; saving under a name that exists
replaces what it holds. Loading a saved scenario as Scenario 1 makes it the active scenario
(:func:`ui.state.scenario.set_current`, mirrored to the address bar); as Scenario 2 it
becomes the comparison's second threshold set (:func:`ui.state.scenario.set_b`).
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from segcore.settings import Scenario
from ui.state import scenario

__all__ = ["compare", "delete", "load", "pop_notice", "rename", "save", "saved", "set_notice"]

_LIBRARY = "scenario_library"
_NOTICE = "scenario_library_notice"


def saved() -> dict[str, Scenario]:
    """Give the saved scenarios by name, in the order they were saved."""
    return dict(st.session_state.get(_LIBRARY, {}))


def _keep(library: dict[str, Scenario]) -> None:
    st.session_state[_LIBRARY] = library


def save(name: str, value: Scenario) -> str | None:
    """Save ``value`` under ``name`` (trimmed); give the message key of what happened (None: no name)."""
    name = name.strip()
    if not name:
        return None
    library = saved()
    replaced = name in library
    library[name] = value
    _keep(library)
    return "scenario_library.replaced" if replaced else "scenario_library.saved"


def rename(old: str, new: str) -> str:
    """Rename ``old`` to ``new`` (trimmed), keeping its place; give the message key of what happened."""
    new = new.strip()
    library = saved()
    if not new:
        return "scenario_library.name_empty"
    if new != old and new in library:
        return "scenario_library.name_taken"
    if old in library:
        _keep({(new if name == old else name): value for name, value in library.items()})
    return "scenario_library.renamed"


def delete(name: str) -> None:
    """Forget the saved scenario ``name``."""
    _keep({key: value for key, value in saved().items() if key != name})


def load(name: str, which: int = 1) -> bool:
    """Make the saved scenario ``name`` Scenario 1 or 2 (``which``); give whether it exists."""
    value = saved().get(name)
    if value is None:
        return False
    if which == 1:
        scenario.set_current(value)
    else:
        scenario.set_b(value)
    return True


def compare(first: str, second: str) -> bool:
    """Load ``first`` as Scenario 1 and ``second`` as Scenario 2; give whether both exist."""
    library = saved()
    if first not in library or second not in library:
        return False
    scenario.set_current(library[first])
    scenario.set_b(library[second])
    return True


def set_notice(key: str, **params: Any) -> None:
    """Keep a message (catalogue key under ``ui.``, its parameters) for the library's next draw."""
    st.session_state[_NOTICE] = (key, params)


def pop_notice() -> tuple[str, dict[str, Any]] | None:
    """Give the library's message once."""
    return st.session_state.pop(_NOTICE, None)
