"""The currency sign of money figures: kept per session, ₽ by default in Russian, none in English.

Until someone picks a sign on the Settings page, money follows the interface language
(:func:`segcore.i18n.format.default_currency`); a sign picked there stays for the session
whatever the language. The sign is short text without Markdown marks (it is written inside
tiles, tables and headers).
"""

from __future__ import annotations

from typing import Any

from segcore.i18n.format import CURRENCY_SIGNS, default_currency, fmt_money_in, money_header
from ui.state import session, values

__all__ = ["CURRENCY", "MAX_SIGN", "clean_sign", "current", "money", "money_label", "options", "widget_args"]

#: The Settings page's currency widget key (and the key its kept value lives under).
CURRENCY = "settings_currency"
#: The longest sign kept, in characters.
MAX_SIGN = 5
_MARKS = set("\\`*_[](){}#<>|~!")


def clean_sign(text: object) -> str:
    """Give a currency sign fit to write anywhere: trimmed, without Markdown marks, at most 5 characters.

    Line breaks and control characters are dropped; the dollar sign stays (the studio writes
    one sign per figure, never a pair that Markdown would read as a formula).
    """
    raw = str(text or "").strip()
    kept = "".join(ch for ch in raw if ch.isprintable() and ch not in _MARKS)
    return kept.strip()[:MAX_SIGN].strip()


def current() -> str:
    """Give the currency sign of money figures now (the empty text: no currency)."""
    chosen = values.remembered(CURRENCY, None)
    if chosen is None:
        return default_currency(session.lang())
    return clean_sign(chosen)


def money(value: float | None, lang: str) -> str:
    """Give an amount of money in full with the session's currency: ``12 345 ₽``, ``$12,345``, ``12,345``."""
    return fmt_money_in(value, lang, current())


def money_label(label: str) -> str:
    """Give a money column's header with the session's currency ("Выручка, ₽"), for tables and exports."""
    return money_header(label, current())


def options() -> list[str]:
    """Give the signs the Settings page offers, the current one included (a typed sign too)."""
    signs = list(CURRENCY_SIGNS)
    now = current()
    return signs if now in signs else [*signs, now]


def widget_args() -> dict[str, Any]:
    """Give the Settings currency widget its key and callback (see :func:`ui.state.values.bind`).

    A typed sign is kept cleaned (:func:`clean_sign`), so the widget shows what figures carry.
    """
    kept = values.remembered(CURRENCY, None)
    if kept is not None and clean_sign(kept) != kept:
        values.remember(CURRENCY, clean_sign(kept))
    return values.bind(CURRENCY, current())
