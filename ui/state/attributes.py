"""The customer attributes in the loyalty score, as the Settings page's picker reads and writes them.

The scenario keeps them in two fields of :class:`~segcore.settings.QuadrantSettings`:
``extra_weights`` (``"referrals:0.1;payment_delay_days:0.2"``) and ``lower_is_better`` (the
columns ranked in reverse). An industry preset also adds its own attributes when the table
has them (:data:`~segcore.settings.PRESET_ATTRIBUTES`, e.g. payment delay for B2B) without
naming them in ``extra_weights``. The picker shows what is in effect, so:

- an attribute is *in the score* when ``extra_weights`` names it with a weight above zero,
  or names it with zero while no preset would add it (an attribute the user set to 0 stays
  on screen), or when the preset adds it and ``extra_weights`` does not name it;
- every edit writes every attribute in the score into ``extra_weights``, and an attribute
  the preset would add but the user took out as ``name:0`` (an explicit weight wins);
- the direction of an attribute is whether ``lower_is_better`` names it; an attribute
  newly put in the score is "lower is better" when the scenario already says so or its
  name reads like a delay, a debt or a return (:func:`suggested_lower`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pandas as pd

from segcore.classify.attribute_weights import weight_attributes
from segcore.settings import LOYALTY_COMPONENTS, PRESET_ATTRIBUTES, QuadrantSettings

__all__ = ["DEFAULT_WEIGHT", "Attribute", "in_score", "suggested_lower", "usable", "with_attributes"]

#: The weight an attribute gets when it is put in the score (the four behaviours sum to 1).
DEFAULT_WEIGHT = 0.10

#: Parts of column names that read as "less is more loyal", in English and Russian.
_LOWER_WORDS = ("delay", "overdue", "late", "debt", "return", "complaint", "отсроч", "просроч", "задерж",
                "долг", "задолж", "возврат", "жалоб")  # fmt: skip

#: An attribute in the score: its weight (a share, not normalised) and its direction.
Attribute = tuple[float, bool]


def usable(customers: pd.DataFrame) -> list[str]:
    """Give the attribute columns that can weigh in on loyalty and be written in a link.

    The numeric and yes/no columns of :func:`~segcore.classify.attribute_weights.weight_attributes`,
    except a name with ``;`` or ``:``, which ``extra_weights`` cannot hold.
    """
    return [name for name in weight_attributes(customers) if ";" not in name and ":" not in name]


def _preset_attributes(settings: QuadrantSettings, columns: Iterable[str]) -> set[str]:
    available = set(columns)
    return {name for name in PRESET_ATTRIBUTES.get(settings.preset, {}) if name in available}


def in_score(settings: QuadrantSettings, columns: Iterable[str]) -> dict[str, Attribute]:
    """Give the attributes in the loyalty score for a table with ``columns``: name → (weight, lower).

    See the module docstring for which attributes count; the order is that of ``extra_weights``,
    then the preset's.
    """
    columns = list(columns)
    implied = _preset_attributes(settings, columns)
    explicit = settings.attribute_weights
    weights = settings.weights(columns)
    lower = set(settings.lower_is_better)
    chosen = [name for name, weight in explicit.items() if weight > 0 or name not in implied]
    chosen += sorted(name for name in implied if name not in explicit)
    return {name: (weights[name], name in lower) for name in chosen}


def suggested_lower(name: str, settings: QuadrantSettings) -> bool:
    """Tell whether an attribute put in the score should start as "lower is better"."""
    lowered = name.casefold()
    return name in settings.lower_is_better or any(word in lowered for word in _LOWER_WORDS)


def _weight_text(weight: float) -> str:
    return format(round(float(weight), 4), "g")


def with_attributes(
    settings: QuadrantSettings, chosen: Mapping[str, Attribute], columns: Iterable[str]
) -> QuadrantSettings:
    """Give ``settings`` with exactly the attributes ``chosen`` in the loyalty score.

    ``chosen``: name → (weight ≥ 0, lower is better). Preset attributes left out are written
    with weight 0; the directions of other columns in ``lower_is_better`` are kept, and so is
    its order (a newly reversed column goes last), so an unchanged set leaves the link alone.
    """
    assert not set(chosen) & set(LOYALTY_COMPONENTS), "components have their own weights"
    left_out = sorted(_preset_attributes(settings, columns) - set(chosen))
    parts = [f"{name}:{_weight_text(weight)}" for name, (weight, _) in chosen.items()]
    parts += [f"{name}:0" for name in left_out]
    kept = [name for name in settings.lower_is_better if name not in chosen or chosen[name][1]]
    lower = kept + [name for name, (_, reverse) in chosen.items() if reverse and name not in kept]
    return settings.replace(extra_weights=";".join(parts), lower_is_better=tuple(lower))
