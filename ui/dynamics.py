"""Glue shared by the dynamics pages: the data, segment codes, their names, period labels, tables."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
import streamlit as st

from segcore.classify.abc import ABC_LETTERS
from segcore.errors import UserFacingError
from segcore.i18n import t
from segcore.ingest import LoadedTransactions
from segcore.classify.matrix import CELL_LETTERS
from segcore.classify.quadrants import QUADRANT_LETTERS
from segcore.classify.segmentation import Segmentation
from segcore.classify.xyz import XYZ_LETTERS
from ui import cached, context, state
from ui.cached import Analysis
from ui.format import fmt_percent
from ui.text import labels, segment_name, show_error, tr

__all__ = [
    "KIND_LETTERS",
    "choice",
    "code_names",
    "codes_key",
    "codes_of",
    "growth_text",
    "loaded",
    "period_text",
    "relabel",
    "table",
]

#: The segment kinds the dynamics pages split by, and their codes in display order.
KIND_LETTERS: dict[str, tuple[str, ...]] = {
    kind: tuple(str(code) for code in letters)
    for kind, letters in (("abc", ABC_LETTERS), ("xyz", XYZ_LETTERS), ("abc_xyz", CELL_LETTERS),
                          ("quadrant", QUADRANT_LETTERS))
}
_FIELDS = {"abc": "abc", "xyz": "xyz", "quadrant": "quadrant", "abc_xyz": "cell"}


def loaded() -> LoadedTransactions | None:
    """Give the transactions of the active dataset (cached), or show why there are none."""
    try:
        return cached.loaded(context.active_source(), tr("status.reading"))
    except UserFacingError as error:
        show_error(error)
        return None


def codes_of(analysis: Analysis, seg: Segmentation, kind: str) -> pd.Series:
    """Give each customer's segment code of ``kind`` (abc, xyz, quadrant, abc_xyz) by customer id."""
    ids = analysis.customers["customer_id"].astype(str).to_numpy()
    return pd.Series(np.asarray(getattr(seg, _FIELDS[kind])), index=ids, dtype="string")


def codes_key(kind: str) -> str:
    """Give the cache key of the codes of ``kind`` under the active scenario."""
    return f"{kind}:{state.scenario().to_json()}"


def code_names(kind: str) -> dict[str, str]:
    """Give display names of a kind's codes and of new / lost / not classified, in order."""
    lang = state.lang()
    letters = KIND_LETTERS.get(kind, ())
    names = {code: f"{code} · {segment_name(code)}" if kind == "quadrant" else code for code in letters}
    for code in ("new", "lost", "none"):
        names[code] = t(f"dynamics.code.{code}", lang)
    return names


def period_text(period: int, grain: str) -> str:
    """Give a period index as people read it: "2025-03" / "03.2025", "2025-Q1" / "1 кв. 2025"."""
    russian = state.lang() == "ru"
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
    text = fmt_percent(value, state.lang())
    return text if text.startswith("-") else f"+{text}"


def choice(key: str, label: str, options: Sequence[Any], names: Mapping[Any, str] | Any, default: Any,
           *, widget: str = "segmented", help_text: str | None = None) -> Any:
    """Draw a view choice that keeps its value across pages (``default`` the first time).

    A remembered value that is not among ``options`` (another dataset) falls back to
    ``default``.
    """
    state.put_default(key, default)
    if state.get(key) not in options:
        state.put(key, default)
    name = names.get if isinstance(names, Mapping) else names
    common = {"key": key, "help": help_text, "persist_state": "session",
              "format_func": labels(options, lambda o: str(name(o)))}
    if widget == "select":
        return st.selectbox(label, list(options), **common)
    if widget == "radio":
        return st.radio(label, list(options), horizontal=True, **common)
    return st.segmented_control(label, list(options), required=True, **common)


_FORMATS = {"money": "localized", "count": "localized", "share": "percent", "number": "%.2f"}


def table(frame: pd.DataFrame, kinds: Mapping[str, str], *, key: str, height: int | None = None) -> None:
    """Draw a table with translated headers; ``kinds`` maps each shown column to its kind.

    Kinds: ``text``, ``money``, ``count``, ``share`` (also growth), ``number``. The
    headers are ``ui.dyncol.<name>`` texts.
    """
    config: dict[str, Any] = {}
    for column, kind in kinds.items():
        title = tr(f"dyncol.{column}")
        if kind == "text":
            config[column] = st.column_config.TextColumn(title)
        else:
            config[column] = st.column_config.NumberColumn(title, format=_FORMATS[kind])
    shown = frame[list(kinds)].copy()
    for column, kind in kinds.items():
        if kind == "money":
            shown[column] = shown[column].astype(float).round(0)
    rows = height or min(38 + 35 * max(len(shown), 1), 460)
    st.dataframe(shown, hide_index=True, placeholder="—", column_config=config, key=key, height=rows)
