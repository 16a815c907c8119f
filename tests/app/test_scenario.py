"""One scenario per session, mirrored to the address bar and to a JSON file."""

from __future__ import annotations

from segcore.i18n import t
from segcore.settings import (
    AbcThresholds,
    AggregationSettings,
    QuadrantSettings,
    Scenario,
    XyzThresholds,
)
from tests.app.studio import PAGES, assert_clean, expected, metric, number, open_app

SHARED = Scenario(
    aggregation=AggregationSettings(grain="Q"),
    abc=AbcThresholds(a=0.7, b=0.9, basis="orders"),
    xyz=XyzThresholds(x=0.9, y=1.6, min_periods=3),
    quadrants=QuadrantSettings.for_preset("b2b", loyalty_split=0.6),
)


def _non_default(scenario: Scenario) -> dict[str, str]:
    default = Scenario().to_flat_dict()
    return {k: v for k, v in scenario.to_flat_dict().items() if default[k] != v}


def test_a_link_reproduces_the_scenario_and_the_numbers():
    at = open_app("cdnow", "matrix", **_non_default(SHARED))
    assert_clean(at)
    assert at.session_state["scenario"] == SHARED
    seg = expected("cdnow", SHARED)
    assert number(metric(at, "Customers in group A")) == seg.abc_counts[0]
    core = seg.quadrant_summary.set_index("quadrant").loc["III", "customers"]
    assert number(metric(at, "The core (quadrant III)")) == core
    assert at.slider(key="abc_a").value == 70
    assert at.slider(key="xyz_x").value == 0.9


def test_the_address_holds_only_what_differs_from_the_defaults():
    at = open_app("cdnow", "matrix")
    assert at.query_params == {"data": "cdnow"}
    at.slider(key="abc_a").set_value(72).run()
    at.slider(key="xyz_y").set_value(2.5).run()
    assert at.query_params == {"data": "cdnow", "abc_a": "0.72", "xyz_y": "2.5"}
    at.switch_page(PAGES["settings"]).run()
    assert at.query_params == {"data": "cdnow", "abc_a": "0.72", "xyz_y": "2.5"}
    at.button(key="settings_reset").click().run()
    assert at.query_params == {"data": "cdnow"}
    assert at.session_state["scenario"] == Scenario()


def test_the_address_after_a_change_opens_the_same_view_in_a_new_session():
    first = open_app("cdnow", "matrix")
    first.slider(key="abc_b").set_value(90).run()
    first.switch_page(PAGES["settings"]).run()
    first.segmented_control(key="aggregation_grain").set_value("W").run()
    link = dict(first.query_params)
    second = open_app("store_en", "matrix", **link)
    assert second.session_state["scenario"] == first.session_state["scenario"]
    first.switch_page(PAGES["matrix"]).run()
    assert [m.value for m in second.metric] == [m.value for m in first.metric]


def test_an_unreadable_address_falls_back_to_the_defaults_with_a_message():
    at = open_app("cdnow", abc_a="lots")
    assert not at.exception
    assert at.session_state["scenario"] == Scenario()
    assert [e.value for e in at.error] == [t("settings.unparseable", "en", field="a", value="lots")]


def test_a_saved_scenario_file_opens_the_same_scenario():
    at = open_app("cdnow", "settings")
    saved = SHARED.to_json().encode("utf-8")
    at.file_uploader(key="scenario_upload").set_value(("scenario.json", saved, "application/json"))
    at.run()
    assert at.session_state["scenario"] == SHARED
    assert at.slider(key="abc_b").value == 90
    download = at.download_button(key="scenario_download")
    assert download.label == "Save the scenario (JSON)"


def test_a_file_that_is_not_a_scenario_is_refused_politely():
    at = open_app("cdnow", "settings")
    at.file_uploader(key="scenario_upload").set_value(("notes.json", b"[1, 2]", "application/json"))
    at.run()
    assert not at.exception
    assert at.error and "scenario" in at.error[0].value.lower()
    assert at.session_state["scenario"] == Scenario()
