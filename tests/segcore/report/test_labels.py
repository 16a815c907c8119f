"""Column, settings and value labels: every column and setting has a name in both languages."""

from __future__ import annotations

import pytest

from segcore.customers import CUSTOMER_COLUMNS
from segcore.i18n import LANGUAGES, catalogue
from segcore.report.labels import column_label, setting_label, setting_value
from segcore.settings import Scenario


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_customer_table_column_and_segment_column_has_a_label(lang):
    extra = ("abc", "xyz", "cell", "quadrant", "loyalty", "clv", "p_alive", "segment")
    for column in (*CUSTOMER_COLUMNS, *extra):
        assert column_label(column, lang) != column
    assert column_label("revenue", "en") == "Revenue"
    assert column_label("revenue", "ru") == "Выручка"
    assert column_label("recency_days", "ru") == "Дней с последней покупки"
    assert column_label("loyalty_member", lang) == "loyalty_member"


def test_every_export_key_has_both_languages():
    keys = [k for k in catalogue() if k.startswith("export.")]
    assert all(all(catalogue()[k].get(lang, "").strip() for lang in LANGUAGES) for k in keys)


def test_every_scenario_setting_has_a_label_and_named_options_read_as_words():
    for key, value in Scenario().to_flat_dict().items():
        assert setting_label(key, "ru") != key
        assert setting_value(key, value, "en") != "" and setting_value(key, value, "ru") != ""
    assert setting_value("aggregation_grain", "Q", "ru") == "квартал"
    assert setting_value("aggregation_as_of", "", "en") == "last date in the data"
    assert setting_value("abc_a", "0.8", "ru") == "0.8"
    assert setting_label("mystery_key", "en") == "mystery_key"
