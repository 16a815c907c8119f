"""Message catalogue: one key space, Russian and English side by side.

Each area of the product keeps its strings in its own module (``classify``, ``ingest``,
``settings``, ``playbook``, ``ui`` …) in one shape: ``MESSAGES: dict[str, tuple[str, str]]``,
the full message key to its (English, Russian) pair, so a key is found by searching for it
and both languages always have the same keys. This package merges them into
``{key: {"en": ..., "ru": ...}}``; :func:`t` looks a key up and formats it.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from typing import Literal

__all__ = ["LANGUAGES", "Lang", "catalogue", "has_key", "plural", "plural_ru", "t"]

Lang = Literal["en", "ru"]
LANGUAGES: tuple[Lang, ...] = ("en", "ru")


@cache
def catalogue() -> dict[str, dict[str, str]]:
    """Give every message of every area, keyed by message key."""
    merged: dict[str, dict[str, str]] = {}
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        for key, pair in getattr(module, "MESSAGES", {}).items():
            if key in merged:
                raise ValueError(f"message key {key!r} is defined twice")
            if not (isinstance(pair, tuple) and len(pair) == 2 and all(isinstance(s, str) for s in pair)):
                raise TypeError(f"{module.__name__}: {key!r} must be an (English, Russian) pair of texts")
            merged[key] = dict(zip(LANGUAGES, pair, strict=True))
    return merged


def has_key(key: str) -> bool:
    """Tell whether the catalogue knows a key."""
    return key in catalogue()


def t(key: str, lang: str = "en", /, **params: object) -> str:
    """Give the message for ``key`` in ``lang`` with ``params`` filled in.

    Unknown languages fall back to English; an unknown key is a programming error.
    """
    texts = catalogue()[key]
    text = texts.get(lang) or texts["en"]
    return text.format(**params) if params else text


def plural_ru(n: int, one: str, few: str, many: str) -> str:
    """Give the Russian word form for ``n``: 1 клиент, 2 клиента, 5 клиентов, 21 клиент."""
    n = abs(int(n))
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def plural(n: int, lang: str, forms: str) -> str:
    """Give the word form for ``n`` from ``forms``, separated by "|".

    English: "customer|customers"; Russian: "клиент|клиента|клиентов" (see :func:`plural_ru`).
    """
    words = forms.split("|")
    if lang == "ru" and len(words) == 3:
        return plural_ru(n, *words)
    return words[0] if abs(int(n)) == 1 else words[-1]
