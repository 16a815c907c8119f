"""Words of the interface: the ``ui.*`` catalogue in the session's language, and errors."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import streamlit as st

from segcore.errors import UserFacingError
from segcore.report import column_label as export_column_label
from segcore.i18n import has_key, t
from ui import state

__all__ = ["column_label", "labels", "segment_name", "show_error", "show_flash_error", "tr"]


def tr(key: str, /, **params: object) -> str:
    """Give the interface text ``ui.<key>`` in the session's language."""
    return t(f"ui.{key}", state.lang(), **params)


def labels(options: Iterable[Any], name: Callable[[Any], str]) -> Callable[[Any], str]:
    """Give a widget's ``format_func`` with the option names fixed now, in this run's language."""
    names = {option: name(option) for option in options}
    return lambda option: names.get(option, str(option))


def column_label(column: str) -> str:
    """Give a customer-table column's name for people (the export label catalogue)."""
    key = f"ui.column.{column}"
    if has_key(key):
        return t(key, state.lang())
    return export_column_label(column, state.lang())


def segment_name(code: str) -> str:
    """Give a segment's name: the title of its strategy card (the user's edit, if any)."""
    return state.playbook().card(code, state.lang()).title


def show_error(error: UserFacingError) -> None:
    """Show a user-caused problem as a friendly message that says what to do."""
    st.error(error.message(state.lang()), icon=":material/error:")


def show_flash_error() -> None:
    """Show (once) an error or a note kept by a widget callback."""
    error = state.pop_flash_error()
    if error is not None:
        show_error(error)
    notice = state.pop_notice()
    if notice is not None:
        st.info(notice, icon=":material/lightbulb:")
