"""Widget values kept across pages: the one way the studio keeps what a widget shows.

Streamlit forgets a widget's key when the widget's page is not drawn, and a choice widget
(select box, radio, segmented control) reports its option by label, so a label that
changes (another language, new counts in it) no longer names the option chosen.
``persist_state="session"`` (Streamlit 1.59+) keeps a value across pages, but not through
a relabelling, a default that depends on the dataset, or a value set from elsewhere (a
click on a chart picks a cell). So the studio keeps each value itself:

- the value lives in session state apart from the widget's key (:func:`remembered`),
  so a page can read it while the widget is not drawn;
- before the widget is drawn, :func:`bind` writes the kept value into the widget's key
  and gives the widget an ``on_change`` callback that keeps its new value;
- :func:`remember` changes the kept value from elsewhere.

The scenario's widgets follow the same rule with the scenario as the kept value
(:mod:`ui.state.scenario`); both write widget keys only through :func:`show`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

__all__ = ["bind", "current", "in_fragment_rerun", "remember", "remembered", "show"]

#: Session-state key of the kept values: widget key → (value, scope).
KEPT = "widget_values"
_UNSET = object()


def in_fragment_rerun() -> bool:
    """Tell whether this run is a fragment's own rerun (only the fragment's code runs)."""
    ctx = get_script_run_ctx()
    return bool(ctx is not None and ctx.fragment_ids_this_run)


def current(key: str, default: Any = None) -> Any:
    """Give the value the widget ``key`` holds now (in its callback: the new value)."""
    return st.session_state.get(key, default)


def show(key: str, value: Any, *, relabelled: bool = False) -> None:
    """Make the widget ``key`` show ``value`` when it is drawn in this run.

    Writing a widget's key makes the browser take that value, even an equal one. In a
    fragment rerun that would undo a move made meanwhile (three quick key presses moved
    a slider twice); there the widget is the same one as in the last run, so an equal
    value is left alone. A full run always writes: the same key on another page is another
    widget, which takes a value only when it is written. A choice widget whose labels may
    have changed (``relabelled``) is always written: its old label names no option.
    """
    if relabelled or not in_fragment_rerun() or st.session_state.get(key, _UNSET) != value:
        st.session_state[key] = value


def remembered(
    key: str,
    default: Any,
    *,
    options: Collection[Any] | None = None,
    valid: Callable[[Any], bool] | None = None,
    scope: str | None = None,
) -> Any:
    """Give the value kept for the widget ``key``, or ``default``.

    ``default`` stands in when nothing was kept yet, when the kept value is not among
    ``options`` or fails ``valid`` (another dataset, other periods), or when it was kept
    under another ``scope`` (a default that depends on the dataset: pass its key).
    """
    kept = st.session_state.get(KEPT, {}).get(key)
    if kept is None or kept[1] != scope:
        return default
    value = kept[0]
    if (options is not None and value not in options) or (valid is not None and not valid(value)):
        return default
    return value


def remember(key: str, value: Any, *, scope: str | None = None) -> None:
    """Keep ``value`` for the widget ``key`` (it shows it the next time it is drawn)."""
    kept = dict(st.session_state.get(KEPT, {}))
    kept[key] = (value, scope)
    st.session_state[KEPT] = kept


def _keep(key: str, scope: str | None) -> None:
    remember(key, st.session_state.get(key), scope=scope)


def bind(
    key: str,
    default: Any,
    *,
    options: Collection[Any] | None = None,
    valid: Callable[[Any], bool] | None = None,
    scope: str | None = None,
) -> dict[str, Any]:
    """Show the kept value (see :func:`remembered`) in the widget ``key``; give its arguments.

    The result is the widget's ``key``, ``on_change`` and ``args``: pass it on with
    ``**``. A widget with ``options`` is a choice and written on every run (see :func:`show`).
    """
    show(
        key,
        remembered(key, default, options=options, valid=valid, scope=scope),
        relabelled=options is not None,
    )
    return {"key": key, "on_change": _keep, "args": (key, scope)}
