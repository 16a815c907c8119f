"""Numbers written the way each language reads them, for the sentences of the findings.

English ``1,234,567`` and ``12.3 %``; Russian ``1 234 567`` and ``12,3 %`` (no-break
spaces between thousands and before the percent sign, decimal comma).
"""

from __future__ import annotations

import math
from typing import Literal

from segcore.i18n.format import with_currency

__all__ = ["FigureKind", "format_figure"]

FigureKind = Literal["count", "days", "share", "money", "gini", "signed", "year", "month"]

_NBSP = "\u00a0"
_MINUS = "\u2212"


def _grouped(value: float, lang: str, digits: int) -> str:
    text = f"{value:,.{digits}f}"
    return text.replace(",", _NBSP).replace(".", ",") if lang == "ru" else text


def _share(value: float, lang: str) -> str:
    percent = round(value * 100, 1)
    digits = 0 if math.isclose(percent, round(percent), abs_tol=1e-9) else 1
    return f"{_grouped(percent, lang, digits)}{_NBSP}%"


def _signed(value: float, lang: str) -> str:
    number = round(value)
    sign = "+" if number > 0 else _MINUS if number < 0 else ""
    return sign + _grouped(abs(number), lang, 0)


def format_figure(value: float, kind: FigureKind, lang: str = "en", currency: str = "") -> str:
    """Give a figure as text: counts and days whole, shares as percentages, money whole when large.

    ``share`` shows one decimal unless the percentage is whole (``20 %``, ``77.8 %``);
    ``money`` has no decimals from 1,000 up or for whole amounts, else two; ``gini`` two
    decimals;
    ``signed`` a whole number with its sign (``+356``, ``−12``); ``year`` and ``month``
    the plain number. ``currency`` is the sign money carries (``12 345 ₽``, ``$12,345``;
    none when empty).
    """
    number = float(value)
    if not math.isfinite(number):
        return "—"
    if kind in ("count", "days"):
        return _grouped(round(number), lang, 0)
    if kind == "share":
        return _share(number, lang)
    if kind == "money":
        whole = abs(number) >= 1000 or math.isclose(number, round(number), abs_tol=1e-9)
        return with_currency(_grouped(number, lang, 0 if whole else 2), lang, currency)
    if kind == "gini":
        return _grouped(number, lang, 2)
    if kind == "signed":
        return _signed(number, lang)
    return str(round(number))
