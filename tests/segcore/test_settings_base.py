"""Settings round-trip through a flat dict of strings (links) and JSON (files)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from segcore.errors import SettingsError
from segcore.settings import AggregationSettings


def test_aggregation_settings_flatten_to_strings_and_back():
    settings = AggregationSettings(grain="Q", start=date(2024, 1, 1), returns="gross")
    flat = settings.to_flat_dict()
    assert flat == {
        "grain": "Q",
        "start": "2024-01-01",
        "as_of": "",
        "returns": "gross",
        "cv_mode": "active",
    }
    assert AggregationSettings.from_flat_dict(flat) == settings
    assert AggregationSettings.from_json(settings.to_json()) == settings


def test_missing_keys_keep_defaults_and_unknown_keys_are_ignored():
    assert AggregationSettings.from_flat_dict({"grain": "W", "junk": "1"}) == AggregationSettings(grain="W")


@pytest.mark.parametrize(
    "flat",
    [{"grain": "Y"}, {"start": "2024-13-01"}, {"returns": "all"}, {"cv_mode": ""}],
)
def test_values_that_do_not_parse_are_settings_errors(flat):
    with pytest.raises(SettingsError):
        AggregationSettings.from_flat_dict(flat)


def test_a_window_that_ends_before_it_starts_is_refused():
    with pytest.raises(SettingsError, match="2024-02-01"):
        AggregationSettings(start=date(2024, 2, 1), as_of=date(2024, 1, 1))


@pytest.mark.parametrize("text", ["not json", "[1, 2]"])
def test_text_that_is_not_a_saved_scenario_is_refused(text):
    with pytest.raises(SettingsError):
        AggregationSettings.from_json(text)


@given(
    grain=st.sampled_from(["W", "M", "Q"]),
    returns=st.sampled_from(["net", "gross", "exclude"]),
    cv_mode=st.sampled_from(["active", "all"]),
    start=st.none() | st.dates(max_value=date(2030, 1, 1)),
    length=st.integers(0, 4000),
)
def test_any_valid_settings_round_trip(grain, returns, cv_mode, start, length):
    as_of = None if start is None else date.fromordinal(start.toordinal() + length)
    settings = AggregationSettings(grain=grain, start=start, as_of=as_of, returns=returns, cv_mode=cv_mode)
    assert AggregationSettings.from_flat_dict(settings.to_flat_dict()) == settings
    assert AggregationSettings.from_json(settings.to_json()) == settings
