"""Strategy cards: what to do with each segment, as data whose words live in the catalogue.

There is one card per ABC×XYZ cell (``AX`` … ``CZ``, plus ``AN``/``BN``/``CN`` for customers
whose history is too short to judge regularity) and one per loyalty × profitability quadrant
(``I`` entry flow, ``II`` stars in reserve, ``III`` the core, ``IV`` valuable but
uncommitted). A card says what the group is, the goal, concrete actions, how to measure
progress, how often and by whom the customers are contacted, and the service level
(``priority`` 1 = first call on managers' time and budget … 4 = efficient automated service).

The user may edit cards. Edits are kept apart from the defaults as overrides (plain,
JSON-able dicts per code) in a :class:`Playbook`, which merges them into the default card of
the requested language. Edited text is the user's own words and is shown as written in both
languages; fields that were not edited stay translated.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Self

from segcore.errors import SettingsError
from segcore.i18n import has_key, t

__all__ = [
    "ABC_XYZ_CODES",
    "ALL_CODES",
    "EDITABLE_FIELDS",
    "LOWEST_PRIORITY",
    "QUADRANT_CODES",
    "Playbook",
    "StrategyCard",
    "default_card",
    "default_playbook",
    "priority_label",
]

ABC_XYZ_CODES: tuple[str, ...] = (
    "AX", "AY", "AZ", "AN",
    "BX", "BY", "BZ", "BN",
    "CX", "CY", "CZ", "CN",
)  # fmt: skip
QUADRANT_CODES: tuple[str, ...] = ("I", "II", "III", "IV")
ALL_CODES: tuple[str, ...] = ABC_XYZ_CODES + QUADRANT_CODES
LOWEST_PRIORITY = 4

_PRIORITY: dict[str, int] = {
    "AX": 1, "AY": 1, "AZ": 2, "AN": 2,
    "BX": 2, "BY": 2, "BZ": 3, "BN": 3,
    "CX": 3, "CY": 4, "CZ": 4, "CN": 4,
    "I": 4, "II": 3, "III": 1, "IV": 2,
}  # fmt: skip

_TEXT_FIELDS = ("title", "summary", "goal", "rhythm", "owner")
_LIST_FIELDS = ("actions", "kpis")
EDITABLE_FIELDS: tuple[str, ...] = (*_TEXT_FIELDS, *_LIST_FIELDS, "priority")
_BULLET = re.compile(r"^\s*(?:[-–—•*]|\d+[.)])\s+")
_FORMAT_VERSION = 1


@dataclass(frozen=True)
class StrategyCard:
    """One segment's strategy: what the group is, what to do, who does it and how often."""

    code: str
    title: str
    summary: str
    goal: str
    actions: tuple[str, ...]
    kpis: tuple[str, ...]
    rhythm: str
    owner: str
    priority: int


def _numbered(code: str, field_name: str, lang: str) -> tuple[str, ...]:
    """Give the numbered catalogue texts ``playbook.<code>.<field>.1``, ``.2`` … in order."""
    texts: list[str] = []
    while has_key(key := f"playbook.{code}.{field_name}.{len(texts) + 1}"):
        texts.append(t(key, lang))
    return tuple(texts)


def _check_code(code: str) -> None:
    if code not in ALL_CODES:
        raise SettingsError("playbook.error.unknown_code", code=code, codes=", ".join(ALL_CODES))


@cache
def default_card(code: str, lang: str = "en") -> StrategyCard:
    """Give the product's own card for a segment code in ``lang`` ("en" or "ru")."""
    _check_code(code)
    texts = {name: t(f"playbook.{code}.{name}", lang) for name in _TEXT_FIELDS}
    return StrategyCard(
        code=code,
        actions=_numbered(code, "actions", lang),
        kpis=_numbered(code, "kpis", lang),
        priority=_PRIORITY[code],
        **texts,
    )


def default_playbook(lang: str = "en") -> dict[str, StrategyCard]:
    """Give every default card keyed by code: the ABC×XYZ cells first, then the quadrants."""
    return {code: default_card(code, lang) for code in ALL_CODES}


def priority_label(priority: int, lang: str = "en") -> str:
    """Give the service level and budget priority in words, e.g. "1 — Top: …"."""
    return f"{priority} — {t(f'playbook.priority.{priority}', lang)}"


def _clean_list(code: str, name: str, value: Any) -> list[str]:
    """Give list items stripped of bullets and blanks; a text is split into lines."""
    if isinstance(value, str):
        value = value.splitlines()
    if not isinstance(value, Iterable) or isinstance(value, Mapping):
        raise SettingsError("playbook.error.bad_value", code=code, field=name, value=value)
    items: list[str] = []
    for item in value:
        if not isinstance(item, str):
            raise SettingsError("playbook.error.bad_value", code=code, field=name, value=item)
        text = _BULLET.sub("", item).strip()
        if text:
            items.append(text)
    return items


def _clean_priority(code: str, value: Any) -> int:
    """Give the priority as an int in 1 … LOWEST_PRIORITY."""
    text = str(value).strip()
    valid = text.isascii() and text.isdigit() and 1 <= int(text) <= LOWEST_PRIORITY
    if isinstance(value, bool) or not valid:
        raise SettingsError("playbook.error.bad_priority", code=code, value=value, lowest=LOWEST_PRIORITY)
    return int(text)


def _clean_fields(code: str, fields: Any) -> dict[str, Any]:
    """Give one card's overrides validated; empty texts and lists are dropped (= default)."""
    _check_code(code)
    if not isinstance(fields, Mapping):
        raise SettingsError("playbook.error.bad_saved")
    clean: dict[str, Any] = {}
    for name, value in fields.items():
        if name not in EDITABLE_FIELDS:
            raise SettingsError("playbook.error.unknown_field", field=name, fields=", ".join(EDITABLE_FIELDS))
        if name == "priority":
            clean[name] = _clean_priority(code, value)
        elif name in _LIST_FIELDS:
            clean[name] = _clean_list(code, name, value)
        elif isinstance(value, str):
            clean[name] = value.strip()
        else:
            raise SettingsError("playbook.error.bad_value", code=code, field=name, value=value)
    return {name: value for name, value in clean.items() if value not in ("", [])}


@dataclass(frozen=True)
class Playbook:
    """The user's edits to the strategy cards, merged on request with the defaults.

    ``overrides`` maps a card code to the edited fields (any of :data:`EDITABLE_FIELDS`);
    texts are strings, ``actions`` and ``kpis`` lists of strings (a multi-line text is
    split into lines, leading bullets removed), ``priority`` an int 1 … 4. An empty text or
    list means "use the default". Bad edits raise :class:`~segcore.errors.SettingsError`.
    """

    overrides: dict[str, dict[str, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.overrides, Mapping):
            raise SettingsError("playbook.error.bad_saved")
        clean = {str(code): _clean_fields(str(code), f) for code, f in self.overrides.items()}
        ordered = {code: clean[code] for code in ALL_CODES if clean.get(code)}
        object.__setattr__(self, "overrides", ordered)

    def __hash__(self) -> int:
        return hash(self.to_json())

    def card(self, code: str, lang: str = "en") -> StrategyCard:
        """Give the card for ``code`` in ``lang``: the default with the user's edits on top."""
        base = default_card(code, lang)
        edits: dict[str, Any] = {
            name: tuple(value) if isinstance(value, list) else value
            for name, value in self.overrides.get(code, {}).items()
        }
        return dataclasses.replace(base, **edits)

    def cards(self, lang: str = "en", codes: Iterable[str] = ALL_CODES) -> dict[str, StrategyCard]:
        """Give the merged cards for ``codes`` (all by default), keyed by code."""
        return {code: self.card(code, lang) for code in codes}

    def is_edited(self, code: str) -> bool:
        """Tell whether the user changed anything on the card ``code``."""
        return code in self.overrides

    def with_override(self, code: str, **fields: Any) -> Self:
        """Give a copy with ``fields`` of card ``code`` edited (earlier edits kept)."""
        merged = {**self.overrides, code: {**self.overrides.get(code, {}), **fields}}
        return type(self)(merged)

    def without_override(self, code: str | None = None) -> Self:
        """Give a copy with card ``code`` back to its default (every card when ``None``)."""
        if code is None:
            return type(self)()
        return type(self)({c: f for c, f in self.overrides.items() if c != code})

    def to_dict(self) -> dict[str, Any]:
        """Give a JSON-able dict: ``{"version": 1, "overrides": {code: {field: value}}}``."""
        return {
            "version": _FORMAT_VERSION,
            "overrides": {code: dict(fields) for code, fields in self.overrides.items()},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a dict written by :meth:`to_dict`; bad content raises SettingsError."""
        if not isinstance(data, Mapping) or data.get("version", _FORMAT_VERSION) != 1:
            raise SettingsError("playbook.error.bad_saved")
        overrides = data.get("overrides", {})
        if not isinstance(overrides, Mapping):
            raise SettingsError("playbook.error.bad_saved")
        return cls(dict(overrides))

    def to_json(self) -> str:
        """Give the edits as JSON text (keys in card order)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, text: str) -> Self:
        """Build from JSON text written by :meth:`to_json`."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            raise SettingsError("playbook.error.bad_saved") from None
        return cls.from_dict(data)
