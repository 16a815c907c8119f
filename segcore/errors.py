"""Errors a user can cause, with messages for people in Russian and English."""

from __future__ import annotations

from segcore.i18n import t

__all__ = ["InputError", "SettingsError", "UserFacingError"]


class UserFacingError(ValueError):
    """A problem the user can fix; carries a message key and its parameters.

    ``str(error)`` gives the English and the Russian message; ``error.message(lang)``
    gives one language.
    """

    def __init__(self, key: str, /, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(f"{self.message('en')}\n{self.message('ru')}")

    def message(self, lang: str = "en") -> str:
        """Give the message in ``lang`` ("en" or "ru")."""
        return t(self.key, lang, **self.params)


class InputError(UserFacingError):
    """A file or table that cannot be used as it is: says what is wrong and what to do."""


class SettingsError(UserFacingError):
    """A threshold or setting outside its allowed range: says which and why."""
