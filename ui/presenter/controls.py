"""The one or two sliders docked beside a step's chart: the scenario's own widgets, by name."""

from __future__ import annotations

from collections.abc import Callable

from ui.state import keys, values
from ui.widgets import scenario as controls

__all__ = ["SLIDERS", "draw", "top_share"]


def top_share() -> float:
    """Give the share of customers the Pareto step reads the curve at (the Pareto page's slider)."""
    return float(values.remembered(keys.PARETO_TOP, controls.PARETO_TOP_DEFAULT)) / 100


#: Slider name → the function that draws it (bound to the scenario or kept across pages).
SLIDERS: dict[str, Callable[[], object]] = {
    "pareto_top": controls.pareto_top,
    "abc_a": controls.abc_a,
    "abc_b": controls.abc_b,
    "xyz_x": controls.xyz_x,
    "xyz_y": controls.xyz_y,
    "loyalty_split": controls.loyalty_split,
    "profit_split": controls.profit_split,
}


def draw(names: tuple[str, ...]) -> None:
    """Draw the named sliders, one under the other."""
    for name in names:
        SLIDERS[name]()
