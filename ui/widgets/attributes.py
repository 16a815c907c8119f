"""The picker of customer attributes in the loyalty score: which columns, their weights and directions.

The attributes come from the loaded customer table (:func:`ui.state.attributes.usable`), so
nothing is typed. Each attribute in the score gets a weight slider in percent, on the scale
of the four behaviour weights, and a direction: "higher is better" (referrals, a loyalty
card) or "lower is better" (days of payment delay, returns). Callbacks only write the
scenario (:func:`ui.state.attributes.with_attributes`), which is mirrored to the address bar.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
import streamlit as st

from segcore.errors import UserFacingError
from segcore.report.md_text import md_text
from ui.data import Analysis
from ui.state import scenario, values
from ui.state.attributes import DEFAULT_WEIGHT, Attribute, in_score, suggested_lower, usable, with_attributes
from ui.text import labels, tr

__all__ = ["PICKER", "direction_key", "leaders", "picker", "weight_key"]

#: The key of the multiselect of attributes.
PICKER = "quadrants_attributes"
_DIRECTIONS = ("higher", "lower")


def weight_key(name: str) -> str:
    """Give the key of an attribute's weight slider."""
    return f"quadrants_attribute_weight_{name}"


def direction_key(name: str) -> str:
    """Give the key of an attribute's direction control."""
    return f"quadrants_attribute_direction_{name}"


def _chosen(columns: Sequence[str]) -> dict[str, Attribute]:
    return in_score(scenario.current().quadrants, columns)


def _write(chosen: dict[str, Attribute], columns: Sequence[str]) -> None:
    scenario.change(lambda s: s.replace(quadrants=with_attributes(s.quadrants, chosen, columns)))


def _picked(columns: Sequence[str]) -> None:
    now = _chosen(columns)
    settings = scenario.current().quadrants
    names = values.current(PICKER) or []
    chosen = {n: now.get(n, (DEFAULT_WEIGHT, suggested_lower(n, settings))) for n in names}
    _write(chosen, columns)


def _weighted(name: str, columns: Sequence[str]) -> None:
    chosen = _chosen(columns)
    chosen[name] = (round(float(values.current(weight_key(name), 0)) / 100, 4), chosen[name][1])
    _write(chosen, columns)


def _turned(name: str, columns: Sequence[str]) -> None:
    chosen = _chosen(columns)
    chosen[name] = (chosen[name][0], values.current(direction_key(name)) == "lower")
    _write(chosen, columns)


def _row(name: str, attribute: Attribute, columns: tuple[str, ...]) -> None:
    weight, lower = attribute
    left, right = st.columns([0.9, 1.1], vertical_alignment="bottom")
    with left:
        values.show(weight_key(name), min(max(round(weight * 100), 0), 100))
        st.slider(
            tr("quad.attribute_weight", name=md_text(name.replace("_", " "))),
            min_value=0,
            max_value=100,
            step=5,
            format="%d%%",
            key=weight_key(name),
            help=tr("quad.attribute_weight_help"),
            on_change=_weighted,
            args=(name, columns),
        )
    with right:
        values.show(direction_key(name), "lower" if lower else "higher", relabelled=True)
        names = {"higher": tr("quad.direction_higher"), "lower": tr("quad.direction_lower")}
        st.segmented_control(
            tr("quad.direction"),
            _DIRECTIONS,
            format_func=labels(_DIRECTIONS, names.__getitem__),
            required=True,
            key=direction_key(name),
            help=tr("quad.direction_help"),
            on_change=_turned,
            args=(name, columns),
        )


def picker(customers: pd.DataFrame | None) -> None:
    """Draw the attributes of the loyalty score: a multiselect, then a weight and a direction each."""
    columns = tuple(customers.columns) if customers is not None else ()
    chosen = _chosen(columns)
    options = usable(customers) if customers is not None else []
    options += [name for name in chosen if name not in options]
    if not options:
        st.caption(tr("quad.attributes_none"))
        return
    values.show(PICKER, [name for name in options if name in chosen])
    st.multiselect(
        tr("quad.attributes"),
        options,
        key=PICKER,
        help=tr("quad.attributes_help"),
        placeholder=tr("quad.attributes_placeholder"),
        on_change=_picked,
        args=(columns,),
    )
    for name, attribute in chosen.items():
        _row(name, attribute, columns)


def leaders(analysis: Analysis, count: int = 3) -> None:
    """Draw the customers with the highest loyalty score under the scenario (a live check of the weights).

    Ties go to the first in the table (customers are sorted by id). Nothing is drawn when the
    scenario does not fit the data (the page says why).
    """
    try:
        score = np.asarray(analysis.segment(scenario.current()).loyalty, dtype=float)
    except UserFacingError:
        return
    if score.size == 0:
        return
    count = min(count, score.size)
    keys = -np.nan_to_num(score, nan=-np.inf)
    candidates = np.flatnonzero(keys <= np.partition(keys, count - 1)[count - 1])
    top = candidates[np.argsort(keys[candidates], kind="stable")[:count]]
    names = analysis.customers["customer_id"].to_numpy()[top]
    st.caption(tr("quad.leaders", names=", ".join(str(n) for n in names)))
