"""The currency setting: ₽ by default in Russian, none in English, any short sign chosen on Settings."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from segcore.i18n.format import NBSP
from tests.app.studio import assert_clean, metric, open_app
from ui.state.currency import CURRENCY, MAX_SIGN, clean_sign
from ui.state.keys import LANG

PERIODS = "app_pages/periods.py"


def test_a_sign_is_cleaned_of_markdown_marks_and_cut_to_five_characters():
    assert clean_sign(" $ ") == "$"
    assert clean_sign("**руб.**") == "руб."
    assert clean_sign("[x](y)") == "xy"
    assert clean_sign("CHF\n") == "CHF"
    assert clean_sign("abcdefgh") == "abcde"
    assert clean_sign(None) == ""


@given(st.text())
def test_a_cleaned_sign_is_short_printable_and_stable(text):
    sign = clean_sign(text)
    assert len(sign) <= MAX_SIGN
    assert sign.isprintable()
    assert not set(sign) & set("*_`[]<>#|")
    assert clean_sign(sign) == sign


def test_money_tiles_carry_roubles_in_russian_and_no_sign_in_english():
    at = open_app("store_en")
    at.switch_page(PERIODS).run()
    assert_clean(at)
    english = metric(at, "Revenue")
    assert english[-1] in "KMB" and english[0].isdigit(), english
    at.session_state[LANG] = "ru"
    at.run()
    assert_clean(at)
    assert metric(at, "Выручка").endswith(f"{NBSP}₽")


def test_a_sign_chosen_on_settings_is_used_by_the_tiles_and_the_table_headers():
    at = open_app("store_en", page="settings")
    at.selectbox(key=CURRENCY).set_value("$").run()
    assert_clean(at)
    at.switch_page(PERIODS).run()
    assert_clean(at)
    assert metric(at, "Revenue").startswith("$")
    assert metric(at, "Average check").startswith("$")
    headers = {
        name: column.get("label") for name, column in json.loads(at.dataframe[0].proto.columns).items()
    }
    assert headers["revenue"] == "Revenue, $"
    assert headers["customers"] == "Customers"
    at.session_state[LANG] = "ru"
    at.run()
    assert metric(at, "Выручка").endswith(f"{NBSP}$")  # a chosen sign stays whatever the language
