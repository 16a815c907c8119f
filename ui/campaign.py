"""A campaign's lift for the studio, cached: the segcore call behind :meth:`ui.data.Dataset.campaign_lift`.

:meth:`ui.data.Dataset.campaign_lift` picks the group of each date (the scenario's class A or
quadrant III on the months before it) and hands the ids here; this module runs
:func:`segcore.dynamics.campaign_lift` for the campaign and for the placebo a year earlier,
each with its own group, while no other query of the dataset runs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any, Protocol, TypeVar

import pandas as pd
import streamlit as st

from segcore.dynamics import campaign_lift
from segcore.dynamics.campaign import CampaignLift
from segcore.errors import SettingsError

__all__ = ["LOOKBACK_MONTHS", "Queryable", "cached_lift", "raise_uncovered", "year_earlier"]

#: The months before a campaign whose customer table fixes the campaign's group (segcore's default).
LOOKBACK_MONTHS = 12

T = TypeVar("T")


class Queryable(Protocol):
    """A dataset whose queries take turns (:class:`ui.data.Dataset`)."""

    def query(self, work: Callable[[Any], T]) -> T:
        """Give ``work(transactions)``, run while no other query of the dataset runs."""
        ...


def year_earlier(day: date) -> date:
    """Give the same day a year earlier (28 February for 29 February), as the campaign placebo does."""
    return (pd.Timestamp(day) - pd.DateOffset(years=1)).date()


def raise_uncovered(data: Any, campaign: date, months: int, lookback: int) -> None:
    """Raise segcore's own SettingsError for a campaign whose windows the data do not cover."""
    campaign_lift(data, campaign, months=months, lookback_months=lookback)


@st.cache_data(max_entries=16, show_spinner=False)
def cached_lift(
    key: str,
    group_key: str,
    campaign: date,
    months: int,
    lookback: int,
    returns: str,
    _dataset: Queryable,
    _groups: tuple[tuple[str, ...], ...],
) -> CampaignLift:
    """Give the lift of the group ``_groups[0]``, with the placebo of ``_groups[1]`` a year earlier if given.

    ``key`` names the dataset and ``group_key`` how the groups were picked (they key the
    cache). A placebo whose group has no customer is left out (None).
    """

    def work(data: Any) -> CampaignLift:
        settings: dict[str, Any] = {"months": months, "lookback_months": lookback, "returns": returns}
        found = campaign_lift(data, campaign, group_ids=_groups[0], placebo=False, **settings)
        if len(_groups) < 2:
            return found
        try:
            day = year_earlier(campaign)
            earlier = campaign_lift(data, day, group_ids=_groups[1], placebo=False, **settings)
        except SettingsError:
            return found
        return replace(found, placebo=earlier)

    return _dataset.query(work)
