"""Widgets keep their values across pages, languages and datasets the way the studio means them to."""

from __future__ import annotations

from datetime import date

from tests.app.studio import PAGES, assert_clean, open_app
from ui.state import keys

PERIODS = "app_pages/periods.py"
GOLDEN = "app_pages/golden.py"


def test_a_view_choice_survives_a_page_switch_and_a_language_switch():
    at = open_app("cdnow")
    at.switch_page(PERIODS).run()
    at.segmented_control(key="periods_split").set_value("abc").run()
    at.switch_page(PAGES["matrix"]).run()
    at.segmented_control(key=keys.LANG).set_value("ru").run()
    at.switch_page(PERIODS).run()
    assert_clean(at)
    assert at.segmented_control(key="periods_split").value == "abc"
    assert "Итого" in at.segmented_control(key="periods_split").options  # relabelled, still the same choice


def test_a_cell_picked_on_the_matrix_is_still_picked_after_another_page():
    at = open_app("cdnow", "matrix")
    at.selectbox(key=keys.MATRIX_CELL).set_value("BY").run()
    at.switch_page(PAGES["settings"]).run()
    at.switch_page(PAGES["matrix"]).run()
    assert_clean(at)
    assert at.selectbox(key=keys.MATRIX_CELL).value == "BY"


def test_the_campaign_default_follows_the_dataset_and_a_choice_stays_with_it():
    at = open_app("store_en")
    at.switch_page(GOLDEN).run()
    assert at.toggle(key=keys.GOLDEN_CAMPAIGN_ON).value is True
    at.toggle(key=keys.GOLDEN_CAMPAIGN_ON).set_value(False).run()
    at.switch_page(PAGES["matrix"]).run()
    at.switch_page(GOLDEN).run()
    assert at.toggle(key=keys.GOLDEN_CAMPAIGN_ON).value is False  # the choice stays while the data do
    at.switch_page(PAGES["data"]).run()
    at.radio(key=keys.DATA_DEMO).set_value("store_ru").run()
    at.switch_page(GOLDEN).run()
    assert_clean(at)
    assert at.toggle(key=keys.GOLDEN_CAMPAIGN_ON).value is True  # other data: their own default
    assert at.date_input(key=keys.GOLDEN_CAMPAIGN).value == date(2025, 9, 1)
