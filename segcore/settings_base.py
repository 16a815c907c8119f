"""Frozen settings objects that round-trip to a flat dict of strings and to JSON.

A flat dict of strings is what a URL query string holds, so every settings object can be
written into a link and read back. Nested settings objects flatten with a prefix
(``abc.a`` → ``abc_a``). Values parse by the field's type; a value that does not parse is a
:class:`~segcore.errors.SettingsError` naming the field. A tuple is written comma-separated,
a comma inside an item as ``%2C`` (and ``%`` as ``%25``), so a column name such as
"Отсрочка оплаты, дн." survives a link.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, get_args, get_origin, get_type_hints

from segcore.errors import SettingsError

__all__ = ["FlatSettings"]


def _format(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(round(value, 12)).removesuffix(".0") if value.is_integer() else repr(value)
    if isinstance(value, tuple):
        return ",".join(_format(v).replace("%", "%25").replace(",", "%2C") for v in value)
    return str(value)


def _parse(text: str, hint: Any, field: str) -> Any:
    origin = get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in get_args(hint) if a is not type(None)]
        if text == "" and len(options) < len(get_args(hint)):
            return None
        return _parse(text, options[0], field)
    try:
        if origin is Literal:
            allowed = get_args(hint)
            for option in allowed:
                if text == str(option):
                    return option
            raise ValueError(text)
        if origin is tuple:
            item_hint = get_args(hint)[0]
            parts = (part.replace("%2C", ",").replace("%25", "%") for part in text.split(",") if part != "")
            return tuple(_parse(part, item_hint, field) for part in parts)
        if hint is bool:
            if text.lower() in ("1", "true", "yes"):
                return True
            if text.lower() in ("0", "false", "no", ""):
                return False
            raise ValueError(text)
        if hint is int:
            return int(text)
        if hint is float:
            return float(text)
        if hint is date:
            return date.fromisoformat(text)
        if hint is str:
            return text
    except ValueError:
        raise SettingsError("settings.unparseable", field=field, value=text) from None
    raise TypeError(f"unsupported settings field type {hint!r} for {field}")


class FlatSettings:
    """Mixin for frozen dataclasses: flat dict of strings and JSON, both ways."""

    if TYPE_CHECKING:  # what ``@dataclass`` gives every subclass
        __dataclass_fields__: ClassVar[dict[str, dataclasses.Field[Any]]]

    def to_flat_dict(self) -> dict[str, str]:
        """Give every field as a string, nested settings flattened with their prefix."""
        flat: dict[str, str] = {}
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if isinstance(value, FlatSettings):
                flat.update({f"{field.name}_{k}": v for k, v in value.to_flat_dict().items()})
            else:
                flat[field.name] = _format(value)
        return flat

    @classmethod
    def from_flat_dict(cls, flat: typing.Mapping[str, str]) -> Self:
        """Build from a flat dict of strings; missing keys keep defaults, unknown are ignored."""
        hints = get_type_hints(cls)
        kwargs: dict[str, Any] = {}
        for field in dataclasses.fields(cls):
            hint = hints[field.name]
            if isinstance(hint, type) and issubclass(hint, FlatSettings):
                prefix = f"{field.name}_"
                sub = {k[len(prefix) :]: v for k, v in flat.items() if k.startswith(prefix)}
                kwargs[field.name] = hint.from_flat_dict(sub)
            elif field.name in flat:
                kwargs[field.name] = _parse(str(flat[field.name]), hint, field.name)
        return cls(**kwargs)

    def to_json(self) -> str:
        """Give the settings as JSON text (the flat dict, keys sorted)."""
        return json.dumps(self.to_flat_dict(), ensure_ascii=False, sort_keys=True, indent=2)

    @classmethod
    def from_json(cls, text: str) -> Self:
        """Build from JSON text written by :meth:`to_json`."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            raise SettingsError("settings.bad_json") from None
        if not isinstance(data, dict):
            raise SettingsError("settings.bad_json")
        return cls.from_flat_dict({str(k): "" if v is None else str(v) for k, v in data.items()})

    def replace(self, **changes: Any) -> Self:
        """Give a copy with some fields changed (validated again)."""
        return dataclasses.replace(self, **changes)
