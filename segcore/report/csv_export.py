"""Per-segment customer lists as CSV that a spreadsheet opens correctly in the user's language.

Format: UTF-8 with a byte-order mark, CRLF line ends, translated headers. Where the decimal
sign is a comma (Russian) fields are separated by ``;``, otherwise by ``,``; days are written
as :func:`segcore.i18n.format.date_pattern` gives them. Every text cell is guarded
(:func:`segcore.report.guard.safe_cell`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from segcore.errors import InputError
from segcore.i18n.format import date_pattern, decimal_sign, is_missing
from segcore.report.columns import COUNT_COLUMNS, DATE_COLUMNS, MONEY_COLUMNS, SHARE_COLUMNS, TEXT_COLUMNS
from segcore.report.guard import safe_cell
from segcore.report.labels import column_label
from segcore.report.playbook import ABC_XYZ_CODES, QUADRANT_CODES

__all__ = ["segment_csv"]

_CODE_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("cell", ABC_XYZ_CODES),
    ("quadrant", QUADRANT_CODES),
    ("abc", ("A", "B", "C")),
    ("xyz", ("X", "Y", "Z", "N")),
)
_FIELD_SEPARATOR = {",": ";", ".": ","}


def _code_column(codes: Sequence[str]) -> str:
    for column, family in _CODE_COLUMNS:
        if all(code in family for code in codes):
            return column
    raise ValueError(f"segment codes {list(codes)} do not belong to one family")


def _selection_mask(customers: pd.DataFrame, selection: Any, column: str | None) -> np.ndarray:
    """Give a boolean row mask from a mask, one code, several codes or ``None`` (all rows)."""
    if selection is None:
        return np.ones(len(customers), dtype=bool)
    if isinstance(selection, str):
        selection = [selection]
    if isinstance(selection, pd.Series) and pd.api.types.is_bool_dtype(selection):
        selection = selection.fillna(False).to_numpy(dtype=bool)
    array = np.asarray(selection, dtype=object)
    if len(array) == 0:
        return np.zeros(len(customers), dtype=bool)
    if all(isinstance(v, bool | np.bool_) for v in array):
        if len(array) != len(customers):
            raise ValueError(f"mask of {len(array)} rows for {len(customers)} customers")
        return array.astype(bool)
    codes = [str(v) for v in array]
    name = column or _code_column(codes)
    if name not in customers.columns:
        raise InputError("export.error.missing_column", column=name)
    return customers[name].astype(object).isin(codes).to_numpy(dtype=bool)


def _round_for_csv(column: str, series: pd.Series) -> pd.Series:
    """Give money to 2 decimals, shares and CV to 4, whole counts without decimals."""
    whole = series.dropna()
    if column in COUNT_COLUMNS and bool((np.isfinite(whole) & (whole == whole.round())).all()):
        return series.astype("Int64")
    if column in MONEY_COLUMNS:
        return series.round(2)
    if column in SHARE_COLUMNS or column == "loyalty":
        return series.round(4)
    return series


def _csv_text(value: Any, decimal: str) -> Any:
    """Give a value of a mixed or text column as it goes into CSV (guarded, local decimal)."""
    if isinstance(value, float) and not math.isnan(value):
        return repr(value).replace(".", decimal)
    return safe_cell(value)


def _csv_column(column: str, series: pd.Series, lang: str) -> pd.Series:
    """Give one column ready for CSV: dates formatted, numbers rounded, text guarded."""
    if column in DATE_COLUMNS or pd.api.types.is_datetime64_any_dtype(series):
        return pd.to_datetime(series, errors="coerce").dt.strftime(date_pattern(lang)).astype(object)
    if column in TEXT_COLUMNS:
        return series.astype(object).map(lambda v: None if is_missing(v) else safe_cell(str(v)))
    if pd.api.types.is_bool_dtype(series):
        return series
    if pd.api.types.is_float_dtype(series):
        return _round_for_csv(column, series)
    if pd.api.types.is_numeric_dtype(series):
        return series
    decimal = decimal_sign(lang)
    return series.astype(object).map(lambda v: None if is_missing(v) else _csv_text(v, decimal))


def segment_csv(
    customers: pd.DataFrame,
    selection: Any = None,
    lang: str = "en",
    *,
    column: str | None = None,
    currency: str = "",
) -> bytes:
    """Give the selected customers as CSV bytes that Excel opens correctly in ``lang``.

    ``selection`` is a boolean mask over the rows, one segment code (``"AX"``, ``"III"``,
    ``"A"``, ``"Z"``), several codes of one family, or ``None`` for every row. Codes are
    looked up in ``column`` or, by default, in the column their family lives in (``cell``,
    ``quadrant``, ``abc`` or ``xyz``). Rows keep the input order.

    Format: UTF-8 with a byte-order mark, CRLF line ends, headers translated; ``ru`` uses
    ``;`` between fields, a decimal comma and dd.mm.yyyy dates; ``en`` uses ``,``, a decimal
    point and ISO dates. Money is rounded to 2 decimals, shares and CV to 4. Every text cell
    passes through :func:`~segcore.report.guard.safe_cell`. Money headers name ``currency``
    when given ("Revenue, ₽").
    """
    chosen = customers.loc[_selection_mask(customers, selection, column)]
    frame = pd.DataFrame({str(name): _csv_column(str(name), chosen[name], lang) for name in chosen.columns})
    frame.columns = [safe_cell(column_label(name, lang, currency)) for name in frame.columns]
    decimal = decimal_sign(lang)
    text = frame.to_csv(
        index=False,
        sep=_FIELD_SEPARATOR[decimal],
        decimal=decimal,
        lineterminator="\r\n",
    )
    return text.encode("utf-8-sig")
