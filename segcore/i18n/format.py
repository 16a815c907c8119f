"""Numbers, money, shares, dates and word forms written the way each language reads them.

The one formatter of the product: pages, exports, the load report and the LTV warnings all
write numbers for people through it.

- Russian: ``1 234 567,8`` (no-break spaces between thousands, a decimal comma), dates
  ``dd.mm.yyyy``. English: ``1,234,567.8``, dates ``yyyy-mm-dd``. Any other language code
  is written the English way.
- A missing value (``None``, NaN, NA, NaT) and an infinite number are written as "—".
- A number that rounds to zero is written without a minus sign (``0.0``, never ``-0.0``).
- Compact figures for tiles (:func:`fmt_compact`, :func:`fmt_compact_money`): ``670 тыс. ₽``,
  ``1,2 млн ₽``, ``$670K``, ``1.2M``; two or three significant digits, never longer than
  :data:`COMPACT_WIDTH` characters plus the currency sign.
- Money with a currency sign (:func:`fmt_money_in`, :func:`money_header`): the sign goes after
  the number in Russian (``12 345 ₽``) and before it in English (``$12,345``), unless it is a
  word or an abbreviation (``12,345 CHF``); an empty sign writes the number alone.
- Word forms that agree with a number come from :func:`plural` (1 клиент, 2 клиента,
  5 клиентов); :class:`Localized` writes message parameters (numbers, ISO days, word forms)
  inside catalogue templates.

This module holds no messages: it is not a catalogue.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import date, datetime

import numpy as np
import pandas as pd

from segcore.i18n import plural

__all__ = [
    "COMPACT_WIDTH",
    "CURRENCY_SIGNS",
    "MISSING",
    "NBSP",
    "Localized",
    "date_pattern",
    "decimal_sign",
    "default_currency",
    "fmt_compact",
    "fmt_compact_money",
    "fmt_date",
    "fmt_figure",
    "fmt_int",
    "fmt_money",
    "fmt_money_in",
    "fmt_number",
    "fmt_percent",
    "fmt_plain",
    "is_missing",
    "localized",
    "money_header",
    "plural",
    "spreadsheet_date_format",
    "thousands_sign",
    "with_currency",
]

NBSP = "\u00a0"
MISSING = "—"
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _is_ru(lang: str) -> bool:
    return lang == "ru"


def decimal_sign(lang: str) -> str:
    """Give the decimal sign of ``lang``: ``,`` in Russian, ``.`` in English."""
    return "," if _is_ru(lang) else "."


def thousands_sign(lang: str) -> str:
    """Give the thousands separator of ``lang``: a no-break space in Russian, ``,`` in English."""
    return NBSP if _is_ru(lang) else ","


def date_pattern(lang: str) -> str:
    """Give the ``strftime`` pattern of a day in ``lang``: ``%d.%m.%Y`` (ru), ``%Y-%m-%d`` (en)."""
    return "%d.%m.%Y" if _is_ru(lang) else "%Y-%m-%d"


def spreadsheet_date_format(lang: str) -> str:
    """Give a spreadsheet's number format of a day in ``lang``: ``dd.mm.yyyy`` or ``yyyy-mm-dd``."""
    return "dd.mm.yyyy" if _is_ru(lang) else "yyyy-mm-dd"


def is_missing(value: object) -> bool:
    """Tell whether a scalar is empty (None, NaN, NA, NaT); text, even empty, is never missing."""
    if value is None:
        return True
    if isinstance(value, str):
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _localize(text: str, lang: str) -> str:
    """Give a number written the English way (``1,234.5``) with the separators of ``lang``."""
    if not _is_ru(lang):
        return text
    return text.replace(",", NBSP).replace(".", ",")


def fmt_number(value: float | np.integer | np.floating | None, lang: str, digits: int = 1) -> str:
    """Give a number with thousands separated and ``digits`` decimals for the language.

    Whole numbers (``int``, numpy integers) with ``digits=0`` are written exactly, however large.
    """
    if value is None or is_missing(value):
        return MISSING
    if digits == 0 and isinstance(value, int | np.integer):
        return _localize(f"{int(value):,}", lang)
    number = float(value)
    if math.isinf(number):
        return MISSING
    if round(number, digits) == 0:
        number = 0.0
    return _localize(f"{number:,.{digits}f}", lang)


def fmt_int(value: float | None, lang: str) -> str:
    """Give a whole number with thousands separated (``1 234`` / ``1,234``)."""
    return fmt_number(value, lang, digits=0)


def fmt_money(value: float | None, lang: str) -> str:
    """Give an amount of money: whole units from 1 000 on, two decimals below."""
    if value is None or is_missing(value):
        return MISSING
    digits = 0 if abs(float(value)) >= 1000 else 2
    return fmt_number(value, lang, digits=digits)


#: Units of a compact figure, smallest first: (power of ten, English suffix, Russian word).
_COMPACT_UNITS = ((3, "K", "тыс."), (6, "M", "млн"), (9, "B", "млрд"), (12, "T", "трлн"))
#: The longest compact figure without its currency sign, for |value| < 10**15 ("-999 тыс.").
COMPACT_WIDTH = 9
#: Currency signs offered by the settings (the empty sign: no currency); any other text works too.
CURRENCY_SIGNS: tuple[str, ...] = ("", "₽", "$", "€")


def default_currency(lang: str) -> str:
    """Give the currency sign money has when nobody chose one: ``₽`` in Russian, none in English."""
    return "₽" if _is_ru(lang) else ""


def _mantissa(number: float) -> tuple[float, int, int]:
    """Give ``number`` rounded for a compact figure: (mantissa, power of ten, decimals)."""
    power = 0
    for unit_power, _en, _ru in _COMPACT_UNITS:
        if abs(number) >= 10**unit_power:
            power = unit_power
    while True:
        scaled = number / 10**power
        digits = 1 if abs(scaled) < 10 and (power > 0 or not float(number).is_integer()) else 0
        rounded = round(scaled, digits)
        if abs(rounded) >= 1000 and power < _COMPACT_UNITS[-1][0]:
            power += 3
            continue
        return rounded, power, digits


def fmt_compact(value: float | np.integer | np.floating | None, lang: str) -> str:
    """Give a number in a tile's short form: ``670 тыс.``, ``1,2 млн`` / ``670K``, ``1.2M``.

    Below a thousand a whole number is written exactly (``670``) and any other with one
    decimal under ten (``5,5``, ``46``). From a thousand on: thousands, millions, billions,
    trillions with one decimal under ten (``1,2 млн``, a trailing ``,0`` dropped) and none
    from ten (``12 млн``); a figure that rounds up to a thousand of its unit moves to the next
    unit (``999 960`` → ``1 млн``).
    """
    if value is None or is_missing(value) or math.isinf(float(value)):
        return MISSING
    rounded, power, digits = _mantissa(float(value))
    if rounded == 0:
        rounded = 0.0
    text = fmt_number(rounded, lang, digits)
    if digits and text.endswith(f"{decimal_sign(lang)}0"):
        text = text[:-2]
    if power == 0:
        return text
    _power, english, russian = next(unit for unit in _COMPACT_UNITS if unit[0] == power)
    return f"{text}{NBSP}{russian}" if _is_ru(lang) else f"{text}{english}"


def with_currency(text: str, lang: str, currency: str) -> str:
    """Give a written amount with the currency sign where ``lang`` puts it (``12 345 ₽``, ``$12,345``)."""
    sign = currency.strip()
    if not sign or text == MISSING:
        return text
    if _is_ru(lang) or (len(sign) > 1 and any(ch.isalpha() for ch in sign)):
        return f"{text}{NBSP}{sign}"
    if text.startswith("-"):
        return f"-{sign}{text[1:]}"
    return f"{sign}{text}"


def fmt_compact_money(value: float | np.integer | np.floating | None, lang: str, currency: str) -> str:
    """Give an amount of money in a tile's short form: ``670 тыс. ₽``, ``$670K``, ``1.2M``."""
    return with_currency(fmt_compact(value, lang), lang, currency)


def fmt_money_in(value: float | None, lang: str, currency: str) -> str:
    """Give an amount of money in full with the currency sign: ``12 345 ₽``, ``$12,345``."""
    return with_currency(fmt_money(value, lang), lang, currency)


def money_header(label: str, currency: str) -> str:
    """Give a money column's header with its currency: ``Выручка, ₽``; the label alone without one."""
    sign = currency.strip()
    return f"{label}, {sign}" if sign else label


def fmt_figure(value: float | np.integer | np.floating | None, lang: str) -> str:
    """Give a figure for a sentence: a whole number without decimals, any other with two."""
    if value is None or is_missing(value):
        return MISSING
    whole = isinstance(value, int | np.integer) or float(value).is_integer()
    return fmt_number(value, lang, digits=0 if whole else 2)


def fmt_percent(share: float | None, lang: str, digits: int = 1) -> str:
    """Give a share (0.42) as a percentage (``42.0 %`` / ``42,0 %``, a no-break space before %)."""
    if share is None or is_missing(share):
        return MISSING
    number = fmt_number(float(share) * 100, lang, digits)
    return MISSING if number == MISSING else f"{number}{NBSP}%"


def fmt_plain(value: float | None, lang: str) -> str:
    """Give a number in its short general form with the decimal sign of ``lang``: ``0,8``, ``1``.

    No thousands separators; six significant digits, as Python's ``format(value, "g")``
    (``2.5e-07``, ``1e+06``). Suits settings such as thresholds and shares.
    """
    if value is None or is_missing(value):
        return MISSING
    number = float(value)
    if math.isinf(number):
        return MISSING
    return format(number + 0.0, "g").replace(".", decimal_sign(lang))


def fmt_date(value: date | datetime | pd.Timestamp | None, lang: str) -> str:
    """Give a date as ``dd.mm.yyyy`` (ru) or ``yyyy-mm-dd`` (en); a time of day is dropped."""
    if is_missing(value):
        return MISSING
    if isinstance(value, datetime):
        day = value.date()
    elif isinstance(value, date):
        day = value
    else:
        day = pd.Timestamp(value).date()
    return day.strftime("%d.%m.%Y") if _is_ru(lang) else day.isoformat()


class Localized:
    """A message parameter that writes itself for a language inside a ``str.format`` template.

    In a template, ``{n}`` gives the number as :func:`fmt_figure` writes it ("12 025" in
    Russian, "12,025" in English); ``{n:клиент|клиента|клиентов}`` gives the word form that
    agrees with a whole ``n`` (see :func:`plural`); an ISO day given as text ("2024-07-01")
    reads "01.07.2024" in Russian. Any other value is written as ``str(value)``.
    """

    __slots__ = ("lang", "value")

    def __init__(self, value: object, lang: str) -> None:
        self.value = value
        self.lang = lang

    def __format__(self, spec: str) -> str:
        value = self.value
        if "|" in spec and isinstance(value, int | np.integer):
            return plural(int(value), self.lang, spec)
        if isinstance(value, bool) or not isinstance(value, int | float | np.integer | np.floating | str):
            return format(str(value), spec)
        if isinstance(value, str):
            if _is_ru(self.lang) and _ISO_DAY.fullmatch(value):
                year, month, day = value.split("-")
                return f"{day}.{month}.{year}"
            return format(value, spec)
        return fmt_figure(value, self.lang)


def localized(params: Mapping[str, object], lang: str) -> dict[str, Localized]:
    """Give message parameters wrapped in :class:`Localized` for ``lang``."""
    return {name: Localized(value, lang) for name, value in params.items()}
