"""Classification settings: validation, presets and the round trip through links and JSON."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from segcore.errors import SettingsError
from segcore.settings import (
    ABC_PRESETS,
    INDUSTRY_PRESETS,
    AbcThresholds,
    AggregationSettings,
    QuadrantSettings,
    Scenario,
    XyzThresholds,
    parse_extra_weights,
)


def test_scenario_flat_keys_carry_the_part_prefix():
    flat = Scenario().to_flat_dict()
    for key in (
        "aggregation_grain",
        "abc_a",
        "abc_b",
        "abc_mode",
        "abc_basis",
        "abc_rule",
        "xyz_x",
        "xyz_y",
        "xyz_min_periods",
        "quadrants_preset",
        "quadrants_w_frequency",
        "quadrants_extra_weights",
        "quadrants_loyalty_split",
        "quadrants_profit_split_kind",
    ):
        assert key in flat
    assert (flat["abc_a"], flat["abc_b"], flat["abc_rule"]) == ("0.8", "0.95", "crossing_up")


def test_a_link_with_some_keys_keeps_the_other_defaults():
    scenario = Scenario.from_flat_dict({"abc_a": "0.7", "xyz_min_periods": "4"})
    assert scenario.abc == AbcThresholds(a=0.7)
    assert scenario.xyz == XyzThresholds(min_periods=4)
    assert scenario.quadrants == QuadrantSettings()


@pytest.mark.parametrize(
    "flat",
    [
        {"abc_mode": "median"},
        {"abc_basis": "profit"},
        {"abc_a": "eighty"},
        {"abc_a": "0.96"},
        {"xyz_min_periods": "2.5"},
        {"quadrants_preset": "grocery"},
        {"quadrants_w_recency": "-1"},
        {"quadrants_profit_split": "2"},
    ],
)
def test_a_link_with_a_bad_value_is_a_settings_error(flat):
    with pytest.raises(SettingsError):
        Scenario.from_flat_dict(flat)


def test_named_abc_presets_are_valid_thresholds():
    assert set(ABC_PRESETS) == {"80/95", "70/90", "60/90", "50/80"}
    assert AbcThresholds.from_preset("70/90", rule="within").cuts == (0.70, 0.90)
    for name in ABC_PRESETS:
        AbcThresholds.from_preset(name)


def test_industry_presets_weigh_what_each_industry_looks_at():
    for weights in INDUSTRY_PRESETS.values():
        assert sum(weights.values()) == pytest.approx(1.0)

    def top_two(preset):
        weights = INDUSTRY_PRESETS[preset]
        return set(sorted(weights, key=weights.get)[-2:])

    assert top_two("retail") == {"frequency", "recency"}
    assert top_two("consumer_goods") == {"frequency", "regularity"}
    assert top_two("b2b") == {"tenure", "regularity"}
    finance = INDUSTRY_PRESETS["finance"]
    assert max(finance, key=finance.get) == "tenure"


def test_the_default_weights_are_the_retail_preset():
    assert QuadrantSettings().component_weights == INDUSTRY_PRESETS["retail"]
    assert QuadrantSettings().matches_preset
    b2b = QuadrantSettings.for_preset("b2b", loyalty_split=0.6)
    assert b2b.component_weights == INDUSTRY_PRESETS["b2b"] and b2b.loyalty_split == 0.6
    assert not b2b.replace(w_tenure=0.9).matches_preset


def test_attribute_weights_are_read_from_text():
    text = " loyalty_member : 0.2 ; referrals:0,1;"
    assert parse_extra_weights(text) == {"loyalty_member": 0.2, "referrals": 0.1}
    assert parse_extra_weights("") == {}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("loyalty_member", "classify.extra_weights_syntax"),
        ("a:1;a:2", "classify.extra_weights_syntax"),
        ("a:x", "classify.extra_weights_syntax"),
        ("frequency:1", "classify.extra_weights_syntax"),
        ("a:1:2", "classify.extra_weights_syntax"),
        ("a:-1", "classify.weight_negative"),
    ],
)
def test_unreadable_attribute_weights_are_a_settings_error(text, key):
    with pytest.raises(SettingsError) as error:
        QuadrantSettings(extra_weights=text)
    assert error.value.key == key


def test_a_preset_adds_its_attributes_only_when_the_table_has_them():
    finance = QuadrantSettings.for_preset("finance")
    assert "products_held" not in finance.weights(["orders"])
    assert finance.weights(["products_held"])["products_held"] == 0.25
    explicit = finance.replace(extra_weights="products_held:0.5;referrals:0.1")
    assert explicit.weights(["products_held"]) == {
        **INDUSTRY_PRESETS["finance"],
        "products_held": 0.5,
        "referrals": 0.1,
    }


def test_all_weights_zero_is_a_settings_error_unless_an_attribute_carries_weight():
    zero = {"w_frequency": 0, "w_tenure": 0, "w_recency": 0, "w_regularity": 0}
    with pytest.raises(SettingsError):
        QuadrantSettings(**zero)
    assert QuadrantSettings(**zero, extra_weights="referrals:1").weights() == {
        "frequency": 0,
        "tenure": 0,
        "recency": 0,
        "regularity": 0,
        "referrals": 1.0,
    }


def test_a_profit_split_in_money_may_exceed_one():
    assert QuadrantSettings(profit_split_kind="value", profit_split=2500.0).profit_split == 2500
    with pytest.raises(SettingsError):
        QuadrantSettings(profit_split=2500.0)


def test_a_scenario_part_of_the_wrong_kind_is_a_type_error():
    with pytest.raises(TypeError):
        Scenario(abc=XyzThresholds())  # type: ignore[arg-type]


# Properties ---------------------------------------------------------------------------

SHARE = st.floats(0.001, 0.999)


@st.composite
def abc_thresholds(draw):
    a = draw(st.floats(0.001, 0.998))
    b = draw(st.floats(a, 1.0).filter(lambda b: b > a))
    return AbcThresholds(
        a=a,
        b=b,
        mode=draw(st.sampled_from(["value", "rank"])),
        basis=draw(st.sampled_from(["revenue", "margin", "orders", "ltv"])),
        rule=draw(st.sampled_from(["crossing_up", "within"])),
    )


@st.composite
def xyz_thresholds(draw):
    x = draw(st.floats(1e-6, 50))
    y = draw(st.floats(x, 100).filter(lambda y: y > x))
    return XyzThresholds(x=x, y=y, min_periods=draw(st.integers(2, 60)))


NAMES = st.from_regex(r"[a-z][a-z_0-9]{0,12}", fullmatch=True).filter(
    lambda s: s not in INDUSTRY_PRESETS["retail"]
)


@st.composite
def quadrant_settings(draw):
    extras = draw(st.dictionaries(NAMES, st.floats(0, 10), max_size=3))
    kind = draw(st.sampled_from(["percentile", "value"]))
    return QuadrantSettings(
        preset=draw(st.sampled_from(["retail", "consumer_goods", "b2b", "finance", "custom"])),
        w_frequency=draw(st.floats(0.01, 10)),
        w_tenure=draw(st.floats(0, 10)),
        w_recency=draw(st.floats(0, 10)),
        w_regularity=draw(st.floats(0, 10)),
        extra_weights=";".join(f"{k}:{v!r}" for k, v in extras.items()),
        loyalty_split=draw(SHARE),
        profit_basis=draw(st.sampled_from(["revenue", "margin", "ltv"])),
        profit_split_kind=kind,
        profit_split=draw(SHARE if kind == "percentile" else st.floats(-1e9, 1e9)),
    )


@st.composite
def scenarios(draw):
    start = draw(st.one_of(st.none(), st.dates(date(2000, 1, 1), date(2030, 1, 1))))
    as_of = draw(st.one_of(st.none(), st.dates(start or date(2000, 1, 1), date(2031, 1, 1))))
    aggregation = AggregationSettings(
        grain=draw(st.sampled_from(["W", "M", "Q"])),
        start=start,
        as_of=as_of,
        returns=draw(st.sampled_from(["net", "gross", "exclude"])),
        cv_mode=draw(st.sampled_from(["active", "all"])),
    )
    return Scenario(
        aggregation=aggregation,
        abc=draw(abc_thresholds()),
        xyz=draw(xyz_thresholds()),
        quadrants=draw(quadrant_settings()),
    )


@settings(max_examples=100, deadline=None)
@given(scenarios())
def test_any_valid_scenario_survives_a_link_and_json(scenario):
    flat = scenario.to_flat_dict()
    assert all(isinstance(v, str) for v in flat.values())
    assert Scenario.from_flat_dict(flat) == scenario
    assert Scenario.from_json(scenario.to_json()) == scenario


@settings(max_examples=100, deadline=None)
@given(st.floats(allow_nan=True), st.floats(allow_nan=True))
def test_abc_cuts_outside_zero_a_b_one_are_refused(a, b):
    valid = 0 < a < b <= 1
    if valid:
        assert AbcThresholds(a=a, b=b).cuts == (a, b)
    else:
        with pytest.raises(SettingsError):
            AbcThresholds(a=a, b=b)


@settings(max_examples=100, deadline=None)
@given(st.floats(allow_nan=True), st.floats(allow_nan=True), st.integers(-3, 10))
def test_xyz_cuts_outside_zero_x_y_are_refused(x, y, minimum):
    valid = 0 < x < y < float("inf") and minimum >= 2
    if valid:
        assert XyzThresholds(x=x, y=y, min_periods=minimum).cuts == (x, y)
    else:
        with pytest.raises(SettingsError):
            XyzThresholds(x=x, y=y, min_periods=minimum)


@settings(max_examples=100, deadline=None)
@given(st.floats(allow_nan=True), st.floats(allow_nan=True))
def test_percentile_splits_outside_zero_one_are_refused(loyalty, profit):
    if 0 < loyalty < 1 and 0 < profit < 1:
        QuadrantSettings(loyalty_split=loyalty, profit_split=profit)
    else:
        with pytest.raises(SettingsError):
            QuadrantSettings(loyalty_split=loyalty, profit_split=profit)
