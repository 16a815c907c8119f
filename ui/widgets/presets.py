"""Named presets on screen: ABC cut-off pairs, industry loyalty weights, quadrant splits.

Each picker lights up when the scenario matches one of its presets, and says in one line what
the preset means; the split picker also says how many customers quadrant III holds now and
how many the Pareto core would hold, since that is how many get personal service.
"""

from __future__ import annotations

import math
from typing import cast

import streamlit as st

from segcore.errors import UserFacingError
from segcore.i18n.format import Localized
from segcore.settings import (
    ABC_PRESETS,
    INDUSTRY_PRESETS,
    QUADRANT_SPLITS,
    AbcThresholds,
    QuadrantPreset,
    QuadrantSettings,
    Scenario,
)
from ui import context
from ui.format import fmt_percent
from ui.state import keys, scenario, session, values
from ui.text import labels, tr

__all__ = ["SPLITS", "abc_preset", "core_note", "quadrant_preset", "split_choice"]

#: The key of the quadrant split picker.
SPLITS = "quadrants_splits"
_QUADRANT_III = 2  # position of III in Segmentation.quadrant_customers


# --- ABC cut-offs ----------------------------------------------------------------------


def _matching_abc_preset(current: AbcThresholds) -> str | None:
    for name, (a, b) in ABC_PRESETS.items():
        if math.isclose(current.a, a) and math.isclose(current.b, b):
            return name
    return None


def _apply_abc_preset() -> None:
    name = values.current(keys.ABC_PRESET)
    if name in ABC_PRESETS:
        a, b = ABC_PRESETS[name]
        scenario.change(lambda s: s.replace(abc=s.abc.replace(a=a, b=b)))


def _abc_meaning(name: str | None, current: AbcThresholds) -> str:
    lang = session.lang()
    meanings = {
        "80/95": tr("abc.about_80_95"),
        "70/90": tr("abc.about_70_90"),
        "60/90": tr("abc.about_60_90"),
        "50/80": tr("abc.about_50_80"),
    }
    if name in meanings:
        return meanings[name]
    return tr("abc.about_own", a=fmt_percent(current.a, lang, 0), b=fmt_percent(current.b, lang, 0))


def abc_preset() -> None:
    """Draw the ABC preset picker (80/95, 70/90, 60/90, 50/80) and what the chosen cut-offs mean."""
    current = scenario.current().abc
    name = _matching_abc_preset(current)
    values.show(keys.ABC_PRESET, name)
    st.segmented_control(
        tr("abc.preset"),
        list(ABC_PRESETS),
        key=keys.ABC_PRESET,
        help=tr("abc.preset_help"),
        on_change=_apply_abc_preset,
    )
    st.caption(_abc_meaning(name, current))


# --- industry weights ------------------------------------------------------------------


def _with_preset(quad: QuadrantSettings, name: str) -> QuadrantSettings:
    """Give the preset's weights and directions; the attributes the user weighs keep their directions."""
    fields = ("extra_weights", "loyalty_split", "profit_basis", "profit_split_kind", "profit_split")
    preset = cast(QuadrantPreset, name)  # the caller checked it names an industry preset
    chosen = QuadrantSettings.for_preset(preset, **{f: getattr(quad, f) for f in fields})
    own_lower = [n for n in quad.attribute_weights if n in quad.lower_is_better]
    lower = [*chosen.lower_is_better, *(n for n in own_lower if n not in chosen.lower_is_better)]
    return chosen.replace(lower_is_better=tuple(lower))


def _apply_quadrant_preset(key: str) -> None:
    name = values.current(key)

    def edit(current: Scenario) -> Scenario:
        quad = current.quadrants
        quad = _with_preset(quad, name) if name in INDUSTRY_PRESETS else quad.replace(preset="custom")
        return current.replace(quadrants=quad)

    scenario.change(edit)


def _preset_meaning(name: str) -> str:
    weights = {k: fmt_percent(v, session.lang(), 0) for k, v in INDUSTRY_PRESETS.get(name, {}).items()}
    meanings = {
        "retail": lambda: tr("quad.about_retail", frequency=weights["frequency"], recency=weights["recency"]),
        "consumer_goods": lambda: tr(
            "quad.about_consumer_goods", frequency=weights["frequency"], regularity=weights["regularity"]
        ),
        "b2b": lambda: tr("quad.about_b2b", tenure=weights["tenure"], regularity=weights["regularity"]),
        "finance": lambda: tr("quad.about_finance", tenure=weights["tenure"]),
    }
    return meanings[name]() if name in meanings else tr("quad.about_custom")


def quadrant_preset() -> None:
    """Draw the industry preset of the loyalty weights and one line on what it weighs."""
    options = [*INDUSTRY_PRESETS, "custom"]
    key = scenario.seed("quadrants_preset")
    names = labels(options, lambda p: tr(f"preset.{p}"))
    st.selectbox(
        tr("quad.preset"),
        options,
        format_func=names,
        key=key,
        help=tr("quad.preset_help"),
        on_change=_apply_quadrant_preset,
        args=(key,),
    )
    st.caption(_preset_meaning(scenario.current().quadrants.preset))


# --- quadrant splits -------------------------------------------------------------------


def _matching_split(quad: QuadrantSettings) -> str | None:
    if quad.profit_split_kind != "percentile":
        return None
    for name, (loyalty, profit) in QUADRANT_SPLITS.items():
        if math.isclose(quad.loyalty_split, loyalty) and math.isclose(quad.profit_split, profit):
            return name
    return None


def _apply_split() -> None:
    name = values.current(SPLITS)
    if name in QUADRANT_SPLITS:
        scenario.change(lambda s: s.replace(quadrants=s.quadrants.with_splits(name)))


def split_choice() -> None:
    """Draw the named splits of the loyalty × profitability square; it lights up when one matches."""
    names = {"median": tr("quad.split_median"), "pareto_core": tr("quad.split_pareto_core")}
    options = list(QUADRANT_SPLITS)
    values.show(SPLITS, _matching_split(scenario.current().quadrants), relabelled=True)
    st.segmented_control(
        tr("quad.splits"),
        options,
        format_func=labels(options, names.__getitem__),
        key=SPLITS,
        help=tr("quad.splits_help"),
        on_change=_apply_split,
    )


def core_note() -> None:
    """Draw how many customers quadrant III holds now, and how many the Pareto core (or the medians) would."""
    analysis = context.active_analysis(quiet=True)
    current = scenario.current()
    if analysis is None or analysis.size == 0:
        return
    other = "median" if _matching_split(current.quadrants) == "pareto_core" else "pareto_core"
    try:
        now = int(analysis.segment(current).quadrant_customers[_QUADRANT_III])
        then = analysis.segment(current.replace(quadrants=current.quadrants.with_splits(other)))
    except UserFacingError:
        return  # the page shows why the scenario does not fit the data
    lang = session.lang()
    note = tr(
        "quad.core_now_pareto" if other == "median" else "quad.core_now",
        n=Localized(now, lang),
        share=fmt_percent(now / analysis.size, lang),
        other=Localized(int(then.quadrant_customers[_QUADRANT_III]), lang),
    )
    st.caption(note)
