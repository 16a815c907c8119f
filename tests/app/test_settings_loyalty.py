"""Settings: the customer attributes in the loyalty score are picked, weighted, turned and kept in links."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from segcore.settings import QuadrantSettings, Scenario
from tests.app.studio import PAGES, assert_clean, customers, expected, open_app
from ui.state.attributes import in_score, suggested_lower, usable, with_attributes
from ui.widgets.attributes import PICKER, direction_key, weight_key

SUNRISE = "Sunrise Property Management"
KEY_ACCOUNTS = (
    "Grand Stay Hotels Ltd",
    "Harbour Restaurant Group",
    "Maple Home Retail",
    "Riverside Catering",
)
COMPONENTS = ("frequency", "tenure", "recency", "regularity")


def _leaders(at) -> list[str]:
    prefix = "Highest loyalty score now: "
    texts = [c.value for c in at.caption if c.value.startswith(prefix)]
    assert texts, [c.value for c in at.caption]
    return texts[0].removeprefix(prefix).rstrip(".").split(", ")


def _most_loyal(demo: str, scenario: Scenario, count: int = 3) -> list[str]:
    score = np.asarray(expected(demo, scenario).loyalty, dtype=float)
    order = np.argsort(-score, kind="stable")[:count]
    return customers(demo)["customer_id"].iloc[order].astype(str).tolist()


# The picker's reading and writing of the scenario ------------------------------------------


def test_the_usable_attributes_are_the_numeric_and_yes_no_columns_of_the_attributes_file():
    assert usable(customers("store_en")) == ["loyalty_member", "referrals", "payment_delay_days"]
    assert usable(customers("store_ru")) == [
        "Участник программы лояльности",
        "Рекомендации",
        "Отсрочка оплаты, дн.",
    ]
    assert usable(customers("cdnow")) == []
    odd = pd.DataFrame({"customer_id": ["a"], "score:v2": [1.0], "a;b": [2.0], "visits": [3]})
    assert usable(odd) == ["visits"]


def test_a_preset_attribute_shows_in_the_score_until_it_is_taken_out():
    columns = list(customers("store_en").columns)
    b2b = QuadrantSettings.for_preset("b2b")
    assert in_score(b2b, columns) == {"payment_delay_days": (0.15, True)}
    assert in_score(b2b, ["customer_id"]) == {}
    out = with_attributes(b2b, {}, columns)
    assert out.extra_weights == "payment_delay_days:0"
    assert in_score(out, columns) == {}
    assert out.weights(columns)["payment_delay_days"] == 0


def test_writing_keeps_other_directions_and_their_order():
    settings = QuadrantSettings()  # payment_delay_days, return_rate, returns reversed
    same = with_attributes(settings, {"payment_delay_days": (0.2, True)}, ["payment_delay_days"])
    assert same.lower_is_better == settings.lower_is_better
    assert same.extra_weights == "payment_delay_days:0.2"
    turned = with_attributes(settings, {"payment_delay_days": (0.2, False), "referrals": (0.05, False)}, [])
    assert turned.lower_is_better == ("return_rate", "returns")
    assert turned.extra_weights == "payment_delay_days:0.2;referrals:0.05"
    assert in_score(turned, ["referrals"]) == {"payment_delay_days": (0.2, False), "referrals": (0.05, False)}


def test_a_new_attribute_starts_as_lower_is_better_when_its_name_reads_like_a_delay_or_a_return():
    settings = QuadrantSettings()
    assert suggested_lower("payment_delay_days", settings)
    assert suggested_lower("Отсрочка оплаты, дн.", settings)
    assert suggested_lower("Возвраты, шт.", settings)
    assert not suggested_lower("referrals", settings)
    assert not suggested_lower("Рекомендации", settings)
    assert suggested_lower("referrals", settings.replace(lower_is_better=("referrals",)))


names = st.text(min_size=1, max_size=10).filter(
    lambda n: n.strip() == n and not set(n) & set(";:") and n not in COMPONENTS
)
attribute = st.tuples(st.integers(0, 100).map(lambda p: p / 100), st.booleans())


@given(st.dictionaries(names, attribute, max_size=4))
def test_what_the_picker_writes_it_reads_back_through_the_link(chosen):
    settings = with_attributes(QuadrantSettings(), chosen, list(chosen))
    again = Scenario.from_flat_dict(Scenario(quadrants=settings).to_flat_dict()).quadrants
    assert again == settings
    assert in_score(again, list(chosen)) == chosen


# On the page -----------------------------------------------------------------------------


def test_payment_delay_as_lower_is_better_takes_the_latest_payer_off_the_top():
    at = open_app("store_en", "settings")
    assert at.multiselect(key=PICKER).options == ["loyalty_member", "referrals", "payment_delay_days"]
    at.multiselect(key=PICKER).set_value(["payment_delay_days"]).run()
    for component in COMPONENTS:
        at.slider(key=f"quadrants_w_{component}").set_value(0).run()
    at.slider(key=weight_key("payment_delay_days")).set_value(100).run()
    assert at.segmented_control(key=direction_key("payment_delay_days")).value == "lower"
    at.segmented_control(key=direction_key("payment_delay_days")).set_value("higher").run()
    assert_clean(at)
    wrong = at.session_state["scenario"]
    assert wrong.quadrants.extra_weights == "payment_delay_days:1"
    assert "payment_delay_days" not in wrong.quadrants.lower_is_better
    assert _leaders(at)[0] == SUNRISE == _most_loyal("store_en", wrong)[0]

    at.segmented_control(key=direction_key("payment_delay_days")).set_value("lower").run()
    assert_clean(at)
    right = at.session_state["scenario"]
    assert "payment_delay_days" in right.quadrants.lower_is_better
    assert _leaders(at) == _most_loyal("store_en", right)
    assert SUNRISE not in _leaders(at)


def test_the_b2b_preset_shows_its_payment_delay_and_ranks_the_late_payer_below_the_other_key_accounts():
    at = open_app("store_en", "settings")
    at.selectbox(key="quadrants_preset").set_value("b2b").run()
    assert_clean(at)
    assert at.multiselect(key=PICKER).value == ["payment_delay_days"]
    assert at.slider(key=weight_key("payment_delay_days")).value == 15
    assert at.segmented_control(key=direction_key("payment_delay_days")).value == "lower"
    assert "B2B and services: the length of the relationship (35" in " ".join(c.value for c in at.caption)
    scenario = at.session_state["scenario"]
    loyalty = pd.Series(
        np.asarray(expected("store_en", scenario).loyalty), index=customers("store_en")["customer_id"]
    )
    assert loyalty[SUNRISE] < loyalty[list(KEY_ACCOUNTS)].min()


def test_the_attribute_picker_round_trips_through_the_link():
    at = open_app("store_en", "settings")
    at.multiselect(key=PICKER).set_value(["referrals", "payment_delay_days"]).run()
    at.slider(key=weight_key("referrals")).set_value(25).run()
    assert_clean(at)
    params = dict(at.query_params)
    assert params["quadrants_extra_weights"] == "referrals:0.25;payment_delay_days:0.1"
    assert "quadrants_lower_is_better" not in params  # payment delay is reversed by default

    again = open_app("store_en", "settings", **params)
    assert_clean(again)
    assert again.session_state["scenario"] == at.session_state["scenario"]
    assert again.multiselect(key=PICKER).value == ["referrals", "payment_delay_days"]
    assert again.slider(key=weight_key("referrals")).value == 25
    assert again.segmented_control(key=direction_key("referrals")).value == "higher"
    assert again.segmented_control(key=direction_key("payment_delay_days")).value == "lower"


def test_a_russian_column_with_a_comma_keeps_its_weight_and_direction_in_the_link():
    column = "Отсрочка оплаты, дн."
    at = open_app("store_ru", "settings")
    at.multiselect(key=PICKER).set_value([column]).run()
    assert_clean(at)
    assert at.segmented_control(key=direction_key(column)).value == "lower"
    params = dict(at.query_params)
    assert params["quadrants_lower_is_better"].endswith("Отсрочка оплаты%2C дн.")
    again = open_app("store_ru", "settings", **params)
    assert_clean(again)
    assert again.session_state["scenario"] == at.session_state["scenario"]
    assert again.segmented_control(key=direction_key(column)).value == "lower"


def test_taking_an_attribute_out_leaves_the_score_as_before():
    at = open_app("store_en", "settings")
    at.multiselect(key=PICKER).set_value(["referrals"]).run()
    at.multiselect(key=PICKER).set_value([]).run()
    assert_clean(at)
    assert at.session_state["scenario"] == Scenario()
    assert not list(at.query_params)


def test_without_an_attributes_file_the_page_says_how_to_add_one():
    at = open_app("cdnow", "settings")
    assert_clean(at)
    assert not at.multiselect
    assert any("no customer attributes" in c.value for c in at.caption)
    at.switch_page(PAGES["matrix"]).run()
    assert_clean(at)
