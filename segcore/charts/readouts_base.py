"""How the readouts write a number, a change or a period into a sentence.

Every readout writes its numbers through :mod:`segcore.i18n.format`: counts as
:class:`~segcore.i18n.format.Localized` whole numbers (so a template can ask for the word
form that agrees with them), money with :func:`~segcore.i18n.format.fmt_money_in` (with the
currency sign the page passes: ``12 345 ₽``, ``$12,345``; none when it passes ""), shares as
percentages with one decimal and settings (a cut-off, "the top 20 %") without decimals.
A change carries its sign: "+5.0 %", "−5.0 %" (a typographic minus), no sign when it
rounds to zero. Missing values never reach a sentence: the readouts pick another wording.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

from segcore.classify.abc import ABC_LETTERS
from segcore.classify.matrix import CELL_LETTERS
from segcore.classify.quadrants import QUADRANT_LETTERS
from segcore.classify.xyz import XYZ_LETTERS
from segcore.i18n import t
from segcore.i18n.format import Localized, fmt_money, fmt_money_in, fmt_number, fmt_percent, with_currency

__all__ = [
    "MINUS",
    "count",
    "finite",
    "is_number",
    "last_row",
    "money",
    "percent",
    "rounded_percent",
    "segment_name",
    "setting",
    "sign_of",
    "signed_money",
    "signed_number",
    "signed_percent",
    "top_value_share",
]

#: The minus sign of a change.
MINUS = "\u2212"


def is_number(value: Any) -> bool:
    """Tell whether a value is a finite number (not None, NaN, NA or infinite)."""
    try:
        return math.isfinite(float(value))
    except (TypeError, ValueError):
        return False


def finite(values: object) -> np.ndarray:
    """Give the finite numbers of an array-like as float64 (missing and infinite left out)."""
    numbers = pd.to_numeric(pd.Series(np.asarray(values).ravel()), errors="coerce")
    array = np.asarray(numbers, dtype=np.float64)
    return array[np.isfinite(array)]


def count(n: float, lang: str) -> Localized:
    """Give a count that writes itself for ``lang`` and picks the word form that agrees with it."""
    return Localized(round(float(n)), lang)


def money(value: float, lang: str, currency: str = "") -> str:
    """Give an amount of money for a sentence, with ``currency`` where ``lang`` puts it: ``12 345 ₽``."""
    return fmt_money_in(float(value), lang, currency)


def percent(share: float, lang: str) -> str:
    """Give a share (0.42) as a percentage with one decimal: ``42.0 %``."""
    return fmt_percent(float(share), lang, 1)


def rounded_percent(share: float, lang: str) -> str:
    """Give a share as a percentage, without decimals when it is a whole percent to one decimal."""
    whole = abs(float(share) * 100 - round(float(share) * 100)) < 0.05
    return fmt_percent(float(share), lang, 0 if whole else 1)


def setting(share: float, lang: str) -> str:
    """Give a share that is a setting (a cut-off, "the top 20 %") as a percentage without decimals."""
    return fmt_percent(float(share), lang, 0)


def sign_of(value: float, digits: int) -> str:
    """Give "+", the minus sign, or nothing when ``value`` rounds to zero at ``digits`` decimals."""
    rounded = round(float(value), digits)
    return "+" if rounded > 0 else MINUS if rounded < 0 else ""


def signed_percent(change: float, lang: str) -> str:
    """Give a relative change (0.05) as a signed percentage: ``+5.0 %``, ``−5.0 %``, ``0.0 %``."""
    return sign_of(float(change) * 100, 1) + fmt_percent(abs(float(change)), lang, 1)


def signed_number(value: float, lang: str, digits: int = 1) -> str:
    """Give a number with its sign: ``+1.6``, ``−1.6``."""
    return sign_of(value, digits) + fmt_number(abs(float(value)), lang, digits)


def signed_money(value: float, lang: str, currency: str = "") -> str:
    """Give an amount of money with its sign and ``currency``: ``+10,000``, ``−$250.50``, ``+10 000 ₽``."""
    digits = 0 if abs(float(value)) >= 1000 else 2
    return sign_of(value, digits) + with_currency(fmt_money(abs(float(value)), lang), lang, currency)


def last_row(frame: pd.DataFrame) -> pd.Series:
    """Give the row of the last complete period (the last period when none is complete)."""
    done = frame[frame["complete"].astype(bool)] if "complete" in frame.columns else frame
    return (done if len(done) else frame).iloc[-1]


def top_value_share(values: np.ndarray, top: float) -> float:
    """Give the share of the positive total held by the top ``top`` of values (at least one value).

    NaN when no value is positive.
    """
    positive = np.clip(np.asarray(values, dtype=np.float64), 0.0, None)
    total = float(positive.sum())
    if not total > 0:
        return float("nan")
    k = max(1, math.floor(top * positive.size + 1e-9))
    return float(np.sort(positive)[::-1][:k].sum() / total)


def segment_name(code: str, lang: str) -> str:
    """Give a segment as it reads after "of" / "у": "class A" (ABC, XYZ), "cell AX", "quadrant III".

    Russian gives the genitive ("класса A", "ячейки AX", "квадранта III"); a code of no known
    kind is a "segment".
    """
    code = str(code)
    if code in ABC_LETTERS or code in XYZ_LETTERS:
        return t("readout.of.class", lang, code=code)
    if code in CELL_LETTERS:
        return t("readout.of.cell", lang, code=code)
    if code in QUADRANT_LETTERS:
        return t("readout.of.quadrant", lang, code=code)
    return t("readout.of.segment", lang, code=code)
