"""Numbers, money, shares and dates written the way each language reads them.

Russian: ``1 234 567,8`` (no-break spaces between thousands, decimal comma), dates
``dd.mm.yyyy``. English: ``1,234,567.8``, dates ``yyyy-mm-dd``.
"""

from __future__ import annotations

import math
from datetime import date, datetime

import pandas as pd

__all__ = [
    "NBSP",
    "fmt_date",
    "fmt_int",
    "fmt_money",
    "fmt_number",
    "fmt_percent",
]

NBSP = "\u00a0"
_NARROW = "\u202f"


def _missing(value: object) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def fmt_number(value: float | None, lang: str, digits: int = 1) -> str:
    """Give a number with thousands separated and ``digits`` decimals for the language."""
    if _missing(value) or (isinstance(value, float) and math.isinf(value)):
        return "—"
    number = float(value)
    if round(number, digits) == 0:
        number = 0.0  # no "-0"
    text = f"{number:,.{digits}f}"
    if lang == "ru":
        text = text.replace(",", NBSP).replace(".", ",")
    return text


def fmt_int(value: float | None, lang: str) -> str:
    """Give a whole number with thousands separated (``1 234`` / ``1,234``)."""
    return fmt_number(value, lang, digits=0)


def fmt_money(value: float | None, lang: str) -> str:
    """Give an amount of money: whole units when large, two decimals when small."""
    if _missing(value):
        return "—"
    digits = 0 if abs(float(value)) >= 1000 else 2
    return fmt_number(value, lang, digits=digits)


def fmt_percent(share: float | None, lang: str, digits: int = 1) -> str:
    """Give a share (0.42) as a percentage (``42.0 %`` / ``42,0 %``)."""
    if _missing(share):
        return "—"
    return f"{fmt_number(float(share) * 100, lang, digits)}{NBSP}%"


def fmt_date(value: date | datetime | pd.Timestamp | None, lang: str) -> str:
    """Give a date as ``dd.mm.yyyy`` (ru) or ``yyyy-mm-dd`` (en)."""
    if _missing(value):
        return "—"
    day = pd.Timestamp(value).date()
    return day.strftime("%d.%m.%Y") if lang == "ru" else day.isoformat()

