"""Numbers in tables written in the interface language, not in the browser's locale.

``st.dataframe``'s own number formats (``"localized"``, printf ``"%,d"``) follow the
browser's locale or English separators, so a Russian table in an English browser read
"1,234.5". Here each number column gets display texts from :mod:`segcore.i18n.format`
through a pandas ``Styler`` ("1 234,5", "42,0 %"), while the cells keep their numbers: a
click on a header still sorts by value. Column configs for such columns give a header but no
``format`` (a column config's format would win over the Styler's texts).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pandas as pd
import streamlit as st
from pandas.io.formats.style import Styler
from streamlit.elements.lib.column_types import ColumnConfig

from segcore.i18n.format import MISSING, fmt_int, fmt_number, fmt_percent

__all__ = ["KINDS", "column_config", "formatter", "styled"]

#: Kinds of number columns written here: money, count, share (0.42 → 42 %), number (two decimals).
KINDS = ("money", "count", "share", "number")


def formatter(kind: str, values: pd.Series, lang: str) -> Callable[[object], str]:
    """Give the function writing one cell of a column of ``kind`` in ``lang``.

    Money is written in whole units when the column holds an amount of a thousand or more,
    with two decimals otherwise (as :func:`segcore.i18n.format.fmt_money` writes one amount),
    so the figures of a column line up.
    """
    if kind == "money":
        numbers = pd.to_numeric(values, errors="coerce").abs()
        digits = 0 if len(numbers) and numbers.max() >= 1000 else 2
        return lambda v: fmt_number(v, lang, digits)  # type: ignore[arg-type]
    if kind == "count":
        return lambda v: fmt_int(v, lang)  # type: ignore[arg-type]
    if kind == "share":
        return lambda v: fmt_percent(v, lang)  # type: ignore[arg-type]
    if kind == "number":
        return lambda v: fmt_number(v, lang, 2)  # type: ignore[arg-type]
    raise ValueError(f"unknown number kind {kind!r}; expected one of {KINDS}")


def styled(frame: pd.DataFrame, kinds: Mapping[str, str], lang: str) -> Styler:
    """Give ``frame`` with display texts for the columns named in ``kinds`` (others as they are)."""
    styler = frame.style
    for column, kind in kinds.items():
        if column in frame.columns and kind in KINDS:
            styler = styler.format(formatter(kind, frame[column], lang), subset=[column], na_rep=MISSING)
    return styler


def column_config(title: str) -> ColumnConfig:
    """Give the column config of a column written by :func:`styled`: its header, no format of its own."""
    return st.column_config.NumberColumn(title)
