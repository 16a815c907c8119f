"""Words for people in the exports: column names, settings names and settings values."""

from __future__ import annotations

import math

from segcore.i18n import has_key, t
from segcore.i18n.format import money_header
from segcore.report.columns import MONEY_COLUMNS

__all__ = ["column_label", "setting_label", "setting_number", "setting_value"]


def column_label(column: str, lang: str = "en", currency: str = "") -> str:
    """Give the people's name of a customer-table column; unknown columns keep their name.

    A money column (:data:`segcore.report.columns.MONEY_COLUMNS`) names its ``currency``
    when there is one: "Выручка, ₽", "Revenue, $".
    """
    key = f"export.column.{column}"
    label = t(key, lang) if has_key(key) else str(column)
    return money_header(label, currency) if column in MONEY_COLUMNS else label


def setting_label(key: str, lang: str = "en") -> str:
    """Give the people's name of a flat settings key (``abc_a``); unknown keys stay as they are."""
    label_key = f"export.setting.{key}"
    return t(label_key, lang) if has_key(label_key) else key


def setting_value(key: str, value: str, lang: str = "en") -> str:
    """Give a settings value in words when it is a named option (``M`` → "month").

    An empty value reads as the setting's default meaning where it has one
    ("first date in the data"), otherwise "—". Other values are returned as given.
    """
    value_key = f"export.value.{key}.{value}"
    if has_key(value_key):
        return t(value_key, lang)
    return "—" if value == "" else value


def setting_number(text: str) -> float | None:
    """Give a settings value as a number when it is one ("0.8" → 0.8), else None."""
    try:
        number = float(text)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None
