"""Each kind of control changes the scenario, and the pages show segcore's numbers for it."""

from __future__ import annotations

from segcore.settings import AbcThresholds, AggregationSettings, QuadrantSettings, Scenario, XyzThresholds
from tests.app.studio import PAGES, assert_clean, expected, metric, number, open_app


def _matrix_numbers(at) -> dict[str, float]:
    at.switch_page(PAGES["matrix"]).run()
    assert_clean(at)
    return {
        "a": number(metric(at, "Customers in group A")),
        "x": number(metric(at, "Steady customers (X)")),
        "core": number(metric(at, "The core (quadrant III)")),
    }


def _segcore_numbers(scenario: Scenario) -> dict[str, float]:
    seg = expected("cdnow", scenario)
    matrix = seg.matrix
    return {
        "a": float(seg.abc_counts[0]),
        "x": float(matrix.loc[matrix["xyz"] == "X", "customers"].sum()),
        "core": float(seg.quadrant_summary.set_index("quadrant").loc["III", "customers"]),
    }


def test_moving_the_abc_slider_changes_group_a_to_what_segcore_computes():
    at = open_app("cdnow", "matrix")
    before = _matrix_numbers(at)
    at.slider(key="abc_a").set_value(60).run()
    after = _matrix_numbers(at)
    want = _segcore_numbers(Scenario(abc=AbcThresholds(a=0.6)))
    assert after == want
    assert after["a"] < before["a"]
    assert at.session_state["scenario"].abc.a == 0.6


def test_an_abc_preset_sets_both_cutoffs():
    at = open_app("cdnow", "settings")
    at.segmented_control(key="abc_preset").set_value("50/80").run()
    assert_clean(at)
    assert at.slider(key="abc_a").value == 50
    assert at.slider(key="abc_b").value == 80
    assert _matrix_numbers(at) == _segcore_numbers(Scenario(abc=AbcThresholds(a=0.5, b=0.8)))


def test_ranking_by_orders_with_the_strict_boundary_rule():
    at = open_app("cdnow", "settings")
    at.segmented_control(key="abc_basis").set_value("orders").run()
    at.radio(key="abc_rule").set_value("within").run()
    at.segmented_control(key="abc_mode").set_value("rank").run()
    assert_clean(at)
    scenario = Scenario(abc=AbcThresholds(basis="orders", rule="within", mode="rank"))
    assert at.session_state["scenario"] == scenario
    assert _matrix_numbers(at) == _segcore_numbers(scenario)


def test_xyz_cutoffs_move_customers_between_steady_and_irregular():
    at = open_app("cdnow", "matrix")
    at.slider(key="xyz_y").set_value(4.5).run()
    at.slider(key="xyz_x").set_value(3.9).run()
    scenario = Scenario(xyz=XyzThresholds(x=3.9, y=4.5))
    numbers = _matrix_numbers(at)
    assert numbers == _segcore_numbers(scenario)
    assert numbers["x"] > _segcore_numbers(Scenario())["x"]


def test_the_suggested_xyz_cutoffs_are_those_of_the_data():
    at = open_app("cdnow", "settings")
    at.button(key="xyz_suggest").click().run()
    assert_clean(at)
    chosen = at.session_state["scenario"].xyz
    assert (chosen.x, chosen.y) != (1.0, 2.0)
    assert at.info, "the suggestion explains what the cut-offs give"
    assert _matrix_numbers(at) == _segcore_numbers(Scenario(xyz=chosen))


def test_a_quarterly_grain_recomputes_the_customer_table():
    at = open_app("cdnow", "settings")
    at.segmented_control(key="aggregation_grain").set_value("Q").run()
    assert_clean(at)
    scenario = Scenario(aggregation=AggregationSettings(grain="Q"))
    numbers = _matrix_numbers(at)
    assert numbers == _segcore_numbers(scenario)
    assert numbers["x"] != _segcore_numbers(Scenario())["x"]


def test_an_industry_preset_changes_the_loyalty_weights_and_the_core():
    at = open_app("cdnow", "settings")
    at.selectbox(key="quadrants_preset").set_value("b2b").run()
    assert_clean(at)
    scenario = Scenario(quadrants=QuadrantSettings.for_preset("b2b"))
    assert at.session_state["scenario"] == scenario
    assert at.slider(key="quadrants_w_tenure").value == 35
    assert _matrix_numbers(at) == _segcore_numbers(scenario)


def test_editing_a_weight_turns_the_preset_into_own_weights():
    at = open_app("cdnow", "settings")
    at.slider(key="quadrants_w_recency").set_value(60).run()
    quadrants = at.session_state["scenario"].quadrants
    assert quadrants.preset == "custom" and quadrants.w_recency == 0.6
    assert at.selectbox(key="quadrants_preset").value == "custom"


def test_a_threshold_that_contradicts_another_shows_a_message_not_a_traceback():
    at = open_app("cdnow", "matrix")
    at.slider(key="abc_a").set_value(97).run()
    assert not at.exception
    assert at.error and "B" in at.error[0].value
    assert at.session_state["scenario"] == Scenario()
    assert at.slider(key="abc_a").value == 80


def test_the_language_switch_translates_and_formats_for_russian():
    at = open_app("cdnow", "matrix")
    at.segmented_control(key="lang").set_value("ru").run()
    assert_clean(at)
    assert at.title[0].value == "Матрица ABC × XYZ"
    value = metric(at, "Клиентов в классе A")
    count = expected("cdnow", Scenario()).abc_counts[0]
    assert value.startswith(f"{count:,}".replace(",", "\u00a0"))
    share = next(m for m in at.metric if m.label == "Клиентов в классе A").proto.delta
    assert "," in share and share.endswith("\u00a0%")  # the share under it, with a decimal comma
    at.switch_page(PAGES["settings"]).run()
    assert at.title[0].value == "Настройки"
    assert at.slider(key="abc_a").label == "Граница A"


def test_settings_survive_switching_pages():
    at = open_app("cdnow", "matrix")
    at.slider(key="abc_a").set_value(65).run()
    at.slider(key="quadrants_loyalty_split").set_value(70).run()
    for page in ("settings", "pareto", "strategy", "matrix"):
        at.switch_page(PAGES[page]).run()
        assert_clean(at)
        if page != "strategy":
            assert at.slider(key="abc_a").value == 65
    assert at.slider(key="quadrants_loyalty_split").value == 70
    assert at.session_state["scenario"].quadrants.loyalty_split == 0.7
