"""View choices: how a page shows its data (grain, metric, split), kept across pages."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import streamlit as st

from ui.state import values
from ui.text import labels

__all__ = ["view_choice"]


def view_choice(
    key: str,
    label: str,
    options: Sequence[Any],
    names: Mapping[Any, str] | Callable[[Any], Any],
    default: Any,
    *,
    widget: str = "segmented",
    help_text: str | None = None,
) -> Any:
    """Draw a view choice that keeps its value across pages (``default`` the first time).

    ``widget`` is ``segmented``, ``radio`` (horizontal) or ``select``. A kept value that is
    not among ``options`` (another dataset, other periods) falls back to ``default``.
    """
    name = names.get if isinstance(names, Mapping) else names
    common = {
        **values.bind(key, default, options=options),
        "help": help_text,
        "format_func": labels(options, lambda option: str(name(option))),
    }
    if widget == "select":
        chosen = st.selectbox(label, list(options), **common)
    elif widget == "radio":
        chosen = st.radio(label, list(options), horizontal=True, **common)
    else:
        chosen = st.segmented_control(label, list(options), required=True, **common)
    return chosen if chosen in options else default
