"""The scenario library: save, rename, load, compare any two; Scenario 2 starts as a copy of Scenario 1."""

from __future__ import annotations

from tests.app.studio import assert_clean, metric, number, open_app
from ui.sections.scenario_library import KEYS
from ui.state import keys

LIBRARY = "scenario_library"


def _scenarios(lang: str = "en"):
    at = open_app("store_en", "matrix")
    if lang != "en":
        at.segmented_control(key=keys.LANG).set_value(lang).run()
    at.switch_page("app_pages/scenarios.py").run()
    assert_clean(at)
    return at


def _save(at, name: str):
    at.text_input(key=KEYS["name"]).set_value(name).run()
    at.button(key=KEYS["save"]).click().run()
    assert_clean(at)
    return at


def _set_a(at, a: int):
    at.session_state[keys.SCENARIO] = at.session_state[keys.SCENARIO].replace(
        abc=at.session_state[keys.SCENARIO].abc.replace(a=a / 100)
    )
    at.run()
    assert_clean(at)


def test_scenario_2_starts_as_a_copy_of_scenario_1_and_follows_it_until_changed():
    at = open_app("store_en", "matrix")
    at.switch_page("app_pages/scenarios.py").run()
    assert at.slider(key="b_abc_a").value == 80
    at.switch_page("app_pages/matrix.py").run()
    _set_a(at, 70)  # scenario 1 changes elsewhere: scenario 2 is still its copy
    at.switch_page("app_pages/scenarios.py").run()
    assert_clean(at)
    assert at.slider(key="b_abc_a").value == 70
    assert number(metric(at, "Change segment")) == 0
    at.slider(key="b_abc_a").set_value(60).run()  # changed: scenario 2 keeps its own cut-offs now
    _set_a(at, 75)
    assert at.slider(key="b_abc_a").value == 60
    assert number(metric(at, "Change segment")) > 0
    at.button(key="scenb_copy").click().run()
    assert at.slider(key="b_abc_a").value == 75
    assert number(metric(at, "Change segment")) == 0


def test_save_load_rename_and_delete():
    at = _scenarios()
    _save(at, "  Default  ")
    _set_a(at, 60)
    _save(at, "")  # no name: a numbered default
    library = at.session_state[LIBRARY]
    assert list(library) == ["Default", "Scenario 2"]
    assert library["Scenario 2"].abc.a == 0.6 and library["Default"].abc.a == 0.8
    assert any("Saved as “Scenario 2”" in s.value for s in at.success)
    at.selectbox(key=KEYS["chosen"]).set_value("Default").run()
    at.button(key=KEYS["load"]).click().run()
    assert_clean(at)
    assert at.session_state[keys.SCENARIO].abc.a == 0.8
    assert at.query_params.get("abc_a") in (None, [])  # back to the default: nothing in the address
    at.text_input(key=KEYS["new_name"]).set_value("Scenario 2").run()
    at.button(key=KEYS["rename"]).click().run()
    assert any("already called" in w.value for w in at.warning)
    assert list(at.session_state[LIBRARY]) == ["Default", "Scenario 2"]
    at.text_input(key=KEYS["new_name"]).set_value("Classic 80/95").run()
    at.button(key=KEYS["rename"]).click().run()
    assert_clean(at)
    assert list(at.session_state[LIBRARY]) == ["Classic 80/95", "Scenario 2"]
    assert at.selectbox(key=KEYS["chosen"]).value == "Classic 80/95"
    at.button(key=KEYS["delete"]).click().run()
    assert_clean(at)
    assert list(at.session_state[LIBRARY]) == ["Scenario 2"]


def test_compare_any_two_saved_scenarios_side_by_side():
    at = _scenarios()
    _save(at, "Strict")  # A 80 %
    _set_a(at, 50)
    _save(at, "Loose")
    _set_a(at, 65)
    at.selectbox(key=KEYS["first"]).set_value("Strict").run()
    at.selectbox(key=KEYS["second"]).set_value("Loose").run()
    at.button(key=KEYS["compare"]).click().run()
    assert_clean(at)
    assert at.session_state[keys.SCENARIO].abc.a == 0.8
    assert at.session_state["scenario_b"].abc.a == 0.5
    assert at.slider(key="b_abc_a").value == 50
    moved = number(metric(at, "Change segment"))
    assert moved > 0
    at.selectbox(key=KEYS["chosen"]).set_value("Loose").run()
    at.button(key=KEYS["load_b"]).click().run()  # the same B again: the same movers
    assert number(metric(at, "Change segment")) == moved


def test_the_library_speaks_russian():
    at = _scenarios("ru")
    _save(at, "")
    assert list(at.session_state[LIBRARY]) == ["Сценарий 1"]
    assert any("Сохранено как «Сценарий 1»" in s.value for s in at.success)
    assert any(e.label == "Библиотека сценариев" for e in at.expander)
