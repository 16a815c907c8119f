"""Settings and Matrix: the named quadrant splits with the core's size, the ABC presets with their meaning."""

from __future__ import annotations

from segcore.settings import ABC_PRESETS, AbcThresholds, QuadrantSettings, Scenario
from tests.app.studio import PAGES, assert_clean, expected, metric, number, open_app
from ui.widgets.presets import SPLITS


def _core(scenario: Scenario) -> int:
    return int(expected("store_en", scenario).quadrant_summary.set_index("quadrant").loc["III", "customers"])


def _core_note(at) -> str:
    notes = [
        c.value
        for c in at.caption
        if "III" in c.value and ("key-account" in c.value or "менеджер" in c.value)
    ]
    assert len(notes) == 1, [c.value for c in at.caption]
    return notes[0]


def test_the_pareto_core_choice_gives_quadrant_iii_the_count_segcore_gives():
    at = open_app("store_en", "settings")
    median, pareto = Scenario(), Scenario(quadrants=QuadrantSettings.pareto_core())
    assert at.segmented_control(key=SPLITS).value == "median"
    assert _core_note(at) == (
        f"Quadrant III now holds {_core(median):,} customers (36.6\u00a0% of all): that many get a "
        f"key-account manager's attention. The Pareto core would be {_core(pareto):,}."
    )
    at.segmented_control(key=SPLITS).set_value("pareto_core").run()
    assert_clean(at)
    assert at.session_state["scenario"] == pareto
    assert (
        at.slider(key="quadrants_loyalty_split").value,
        at.slider(key="quadrants_profit_split").value,
    ) == (50, 80)
    assert _core_note(at).startswith(f"Quadrant III now holds {_core(pareto):,} customers (")
    assert _core_note(at).endswith(f"This is the Pareto core; the medians would give {_core(median):,}.")
    at.switch_page(PAGES["matrix"]).run()
    assert_clean(at)
    assert number(metric(at, "The core (quadrant III)")) == _core(pareto)
    assert _core_note(at).startswith(f"Quadrant III now holds {_core(pareto):,} customers (")


def test_the_core_note_follows_the_sliders_on_the_matrix_page_in_russian():
    at = open_app("store_en", "matrix")
    at.segmented_control(key="lang").set_value("ru").run()
    at.slider(key="quadrants_profit_split").set_value(90).run()
    assert_clean(at)
    moved = Scenario(quadrants=QuadrantSettings(profit_split=0.9))
    assert at.segmented_control(key=SPLITS).value is None  # neither named split
    note = _core_note(at)
    assert note.startswith(f"В квадранте III сейчас {_core(moved):,} клиент".replace(",", "\u00a0"))
    assert (
        f"В ядре Парето было бы {_core(Scenario(quadrants=QuadrantSettings.pareto_core())):,}".replace(
            ",", "\u00a0"
        )
        in note
    )


def test_the_key_group_preset_is_offered_beside_the_classic_ones_with_its_meaning():
    at = open_app("store_en", "settings")
    control = at.segmented_control(key="abc_preset")
    assert list(control.options) == ["80/95", "70/90", "60/90", "50/80"] == list(ABC_PRESETS)
    assert "80/95: the classic Pareto split" in " ".join(c.value for c in at.caption)
    control.set_value("60/90").run()
    assert_clean(at)
    assert at.session_state["scenario"] == Scenario(abc=AbcThresholds(a=0.6, b=0.9))
    assert (at.slider(key="abc_a").value, at.slider(key="abc_b").value) == (60, 90)
    captions = " ".join(c.value for c in at.caption)
    assert "60/90: the key group: the customers who bring the first 60 % of turnover" in captions
    at.slider(key="abc_a").set_value(65).run()
    assert at.segmented_control(key="abc_preset").value is None
    assert "Own cut-offs: class A closes at 65\u00a0% of the total, class B at 90\u00a0%." in [
        c.value for c in at.caption
    ]
