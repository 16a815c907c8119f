"""A tuple of names in the settings survives a link and a file, commas and percent signs included."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from segcore.settings import LOYALTY_COMPONENTS, QuadrantSettings, Scenario


def test_a_column_name_with_a_comma_is_written_escaped_and_read_back():
    settings = QuadrantSettings(lower_is_better=("Отсрочка оплаты, дн.", "returns", "Доля, %"))
    flat = settings.to_flat_dict()
    assert flat["lower_is_better"] == "Отсрочка оплаты%2C дн.,returns,Доля%2C %25"
    assert QuadrantSettings.from_flat_dict(flat) == settings


def test_plain_names_are_written_as_before():
    flat = QuadrantSettings(lower_is_better=("payment_delay_days", "complaints")).to_flat_dict()
    assert flat["lower_is_better"] == "payment_delay_days,complaints"


names = st.text(min_size=1, max_size=12).filter(lambda n: n.strip() == n and n not in LOYALTY_COMPONENTS)


@given(st.lists(names, max_size=4, unique=True))
def test_any_names_round_trip_through_the_flat_dict_and_json(chosen):
    scenario = Scenario(quadrants=QuadrantSettings(lower_is_better=tuple(chosen)))
    assert Scenario.from_flat_dict(scenario.to_flat_dict()) == scenario
    assert Scenario.from_json(scenario.to_json()) == scenario
