"""Words of the interface: the ``ui.*`` catalogue in the session's language, names, periods, errors."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import pandas as pd
import streamlit as st

from segcore.classify.kinds import KIND_LETTERS
from segcore.errors import UserFacingError
from segcore.i18n import has_key, t
from segcore.report import column_label as export_column_label
from segcore.report.md_text import md_text
from ui.format import fmt_percent
from ui.state import session

__all__ = [
    "code_names",
    "column_label",
    "error_markdown",
    "growth_text",
    "labels",
    "period_text",
    "relabel",
    "segment_name",
    "show_error",
    "show_flash_error",
    "tr",
]


def tr(key: str, /, **params: object) -> str:
    """Give the interface text ``ui.<key>`` in the session's language."""
    return t(f"ui.{key}", session.lang(), **params)


def labels(options: Iterable[Any], name: Callable[[Any], str]) -> Callable[[Any], str]:
    """Give a widget's ``format_func`` with the option names fixed now, in this run's language."""
    names = {option: name(option) for option in options}
    return lambda option: names.get(option, str(option))


def column_label(column: str) -> str:
    """Give a customer-table column's name for people (the export label catalogue)."""
    key = f"ui.column.{column}"
    if has_key(key):
        return t(key, session.lang())
    return export_column_label(column, session.lang())


def segment_name(code: str) -> str:
    """Give a segment's name: the title of its strategy card (the user's edit, if any)."""
    return session.playbook().card(code, session.lang()).title


def code_names(kind: str) -> dict[str, str]:
    """Give display names of a kind's codes and of new / lost / not classified, in order."""
    lang = session.lang()
    letters = KIND_LETTERS.get(kind, ())
    names = {code: f"{code} · {segment_name(code)}" if kind == "quadrant" else code for code in letters}
    for code in ("new", "lost", "none"):
        names[code] = t(f"dynamics.code.{code}", lang)
    return names


def period_text(period: int, grain: str) -> str:
    """Give a period index as people read it: "2025-03" / "03.2025", "2025-Q1" / "1 кв. 2025"."""
    russian = session.lang() == "ru"
    if grain == "M":
        year, month = divmod(int(period), 12)
        return f"{month + 1:02d}.{year}" if russian else f"{year}-{month + 1:02d}"
    if grain == "Q":
        year, quarter = divmod(int(period), 4)
        return f"{quarter + 1} кв. {year}" if russian else f"{year}-Q{quarter + 1}"
    return str(int(period))


def relabel(frame: pd.DataFrame, grain: str, label: str = "label", period: str = "period") -> pd.DataFrame:
    """Give the frame with its period labels written for the session's language."""
    out = frame.copy()
    out[label] = [period_text(p, grain) for p in out[period]]
    return out


def growth_text(value: float | None) -> str | None:
    """Give a growth rate with its sign ("+12.3 %"), or None when there is no base."""
    if value is None or pd.isna(value):
        return None
    text = fmt_percent(value, session.lang())
    return text if text.startswith("-") else f"+{text}"


def error_markdown(error: UserFacingError) -> str:
    """Give an error's message in the session's language with the user's values (names, ids) inert."""
    params = {k: md_text(v) if isinstance(v, str) else v for k, v in error.params.items()}
    return t(error.key, session.lang(), **params)


def show_error(error: UserFacingError) -> None:
    """Show a user-caused problem as a friendly message that says what to do."""
    st.error(error_markdown(error), icon=":material/error:")


def show_flash_error() -> None:
    """Show (once) an error or a note kept by a widget callback."""
    error = session.pop_flash_error()
    if error is not None:
        show_error(error)
    notice = session.pop_notice()
    if notice is not None:
        st.info(notice, icon=":material/lightbulb:")
