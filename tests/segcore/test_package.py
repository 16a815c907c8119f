"""The core package stands on its own, and its message catalogue is complete in both languages."""

from __future__ import annotations

import string
import subprocess
import sys

import pytest

from segcore.errors import InputError, SettingsError
from segcore.i18n import LANGUAGES, catalogue, t


def test_importing_segcore_does_not_load_streamlit():
    code = "import sys, segcore, segcore.customers; print('streamlit' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(catalogue()))
def test_every_message_has_both_languages_with_the_same_placeholders(key):
    texts = catalogue()[key]
    assert set(texts) >= set(LANGUAGES)
    assert all(texts[lang].strip() for lang in LANGUAGES)
    assert placeholders(texts["en"]) == placeholders(texts["ru"])


def test_user_errors_speak_both_languages_and_are_value_errors():
    error = SettingsError("settings.window_order", start="2024-02-01", end="2024-01-01")
    assert isinstance(error, ValueError)
    assert "2024-02-01" in error.message("en") and "2024-02-01" in error.message("ru")
    assert error.message("ru") in str(error) and error.message("en") in str(error)
    assert issubclass(InputError, ValueError)


def test_an_unknown_language_falls_back_to_english():
    assert t("settings.bad_json", "de") == t("settings.bad_json", "en")
