"""Frozen, validated settings: what the aggregation and each classification are told.

The named presets they read (ABC pairs, quadrant splits, industry weights) live in
:mod:`segcore.presets` and are re-exported here.

Every object round-trips to a flat dict of strings (for links) and to JSON
(see :class:`segcore.settings_base.FlatSettings`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, TypeGuard

from segcore.errors import SettingsError
from segcore.periods import Grain
from segcore.presets import (
    ABC_PRESETS,
    INDUSTRY_PRESETS,
    LOWER_IS_BETTER,
    LOYALTY_COMPONENTS,
    PRESET_ATTRIBUTES,
    PRESET_LOWER_IS_BETTER,
    QUADRANT_SPLITS,
)
from segcore.settings_base import FlatSettings

__all__ = [
    "ABC_PRESETS",
    "AGGREGATION_GRAINS",
    "INDUSTRY_PRESETS",
    "LOWER_IS_BETTER",
    "LOYALTY_COMPONENTS",
    "PRESET_ATTRIBUTES",
    "PRESET_LOWER_IS_BETTER",
    "QUADRANT_SPLITS",
    "AbcBasis",
    "AbcMode",
    "AbcRule",
    "AbcThresholds",
    "AggregationSettings",
    "CvMode",
    "Grain",
    "ProfitBasis",
    "ProfitSplitKind",
    "QuadrantPreset",
    "QuadrantSettings",
    "ReturnsPolicy",
    "Scenario",
    "XyzThresholds",
    "parse_extra_weights",
]

#: The grains the customer table's regularity (CV), active periods and peak share are counted in.
AGGREGATION_GRAINS: tuple[Grain, ...] = ("W", "M", "Q")
ReturnsPolicy = Literal["net", "gross", "exclude"]
CvMode = Literal["active", "all"]


@dataclass(frozen=True)
class AggregationSettings(FlatSettings):
    """Settings that change the customer table; the table is computed once per (data, these).

    - ``grain``: the period for regularity (CV), active periods and peak share: week (ISO,
      Monday start), calendar month or calendar quarter.
    - ``start`` / ``as_of``: the analysis window, both inclusive; ``None`` means the first /
      last transaction date in the data. Recency and age are measured to ``as_of``.
    - ``returns``: ``net`` revenue = purchases − returns; ``gross`` = purchases only (returns
      still shown as return amount and rate); ``exclude`` = negative rows are left out of
      every figure.
    - ``cv_mode``: ``active`` = the CV counts the complete periods from the customer's first
      purchase period to the end of the window, periods without purchases as zero (the
      default for customers); ``all`` = every complete period of the window, zero-filled
      (the stock-keeping convention).
    """

    grain: Grain = "M"
    start: date | None = None
    as_of: date | None = None
    returns: ReturnsPolicy = "net"
    cv_mode: CvMode = "active"

    def __post_init__(self) -> None:
        if self.grain not in AGGREGATION_GRAINS:
            raise SettingsError("settings.grain", value=self.grain)
        if self.returns not in ("net", "gross", "exclude"):
            raise SettingsError("settings.unparseable", field="returns", value=self.returns)
        if self.cv_mode not in ("active", "all"):
            raise SettingsError("settings.unparseable", field="cv_mode", value=self.cv_mode)
        if self.start is not None and self.as_of is not None and self.start > self.as_of:
            raise SettingsError("settings.window_order", start=self.start, end=self.as_of)


AbcMode = Literal["value", "rank"]
AbcBasis = Literal["revenue", "margin", "orders", "ltv", "clv"]
AbcRule = Literal["crossing_up", "within"]
QuadrantPreset = Literal["retail", "consumer_goods", "b2b", "finance", "custom"]
ProfitBasis = Literal["revenue", "margin", "ltv", "clv"]
ProfitSplitKind = Literal["percentile", "value"]


def _check_choice(name: str, value: object, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise SettingsError("settings.unparseable", field=name, value=value)


def _finite(value: object) -> TypeGuard[float]:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _inside_unit(value: object) -> bool:
    return _finite(value) and 0 < value < 1


@dataclass(frozen=True)
class AbcThresholds(FlatSettings):
    """ABC cut-offs and how they are applied.

    - ``a``, ``b``: cumulative shares that close class A and class B (0 < a < b ≤ 1).
    - ``mode``: ``value`` = shares of the positive total of the basis; ``rank`` = shares of
      the number of customers (the top ``a`` of customers are A).
    - ``basis``: what customers are ranked by: ``revenue``, ``margin`` (needs cost),
      ``orders``, ``ltv`` (the simple LTV of the customer table) or ``clv`` (the predicted
      CLV, a ``clv`` column the app adds after a predictive LTV fit).
    - ``rule``: the boundary rule (see :func:`segcore.classify.abc.abc_classes`): ``crossing_up``
      keeps the customer whose inclusion crosses a cut in the upper class; ``within``
      puts a customer in the upper class only when the cumulative share including them
      is still within the cut.
    """

    a: float = 0.80
    b: float = 0.95
    mode: AbcMode = "value"
    basis: AbcBasis = "revenue"
    rule: AbcRule = "crossing_up"

    def __post_init__(self) -> None:
        _check_choice("mode", self.mode, ("value", "rank"))
        _check_choice("basis", self.basis, ("revenue", "margin", "orders", "ltv", "clv"))
        _check_choice("rule", self.rule, ("crossing_up", "within"))
        if not (_finite(self.a) and _finite(self.b) and 0 < self.a < self.b <= 1):
            raise SettingsError("classify.abc_cuts", a=self.a, b=self.b)

    @property
    def cuts(self) -> tuple[float, float]:
        """Give ``(a, b)``."""
        return (self.a, self.b)

    @classmethod
    def from_preset(cls, name: str, **changes: Any) -> AbcThresholds:
        """Give the thresholds of a named pair of :data:`ABC_PRESETS` (other fields as given)."""
        a, b = ABC_PRESETS[name]
        return cls(a=a, b=b, **changes)


@dataclass(frozen=True)
class XyzThresholds(FlatSettings):
    """XYZ cut-offs on the coefficient of variation (CV) of revenue per period.

    X: CV ≤ ``x``; Y: ``x`` < CV ≤ ``y``; Z: CV > ``y``; N: fewer than ``min_periods``
    periods of history or CV undefined (see :mod:`segcore.classify.xyz`).

    Why the defaults are 1.0 and 2.0, not the 10 % / 25 % of stock keeping: a customer's
    revenue per period is zero-filled from the first purchase, and most periods have no
    purchase. A customer buying the same amount in k of n periods has
    CV = sqrt(n/k − 1): every period → 0, 4 of 5 → 0.5, every other → 1, 4 of 12 → 1.41,
    1 of 5 → 2, once in 16 → 3.9. So CV ≤ 1 reads "buys in at least about half of the
    periods" and CV ≤ 2 "at least about one period in five"; anything rarer or more erratic
    is Z. Measured distributions (monthly grain, ``active`` CV):

    - CDNOW sample (2,349 customers with a defined CV, 16–18 months of history; 54 % bought
      in a single month): quartiles 2.44 / 3.87 / 4.00. Classic 0.10/0.25 gives 0 / 0 /
      100 % X/Y/Z; 0.5/1.0 gives 0 / 1 / 99 %; 1.0/2.0 gives 1 / 14 / 85 %. At quarterly
      grain 1.0/2.0 gives 10 / 31 / 59 %.
    - A simulated retail base (Poisson visits, gamma-distributed rates averaging one visit
      a month, log-normal baskets, 6–24 months of history): median 1.36; 0.5/1.0 gives
      1 / 23 / 66 % (of all customers), 1.0/2.0 gives 24 / 44 / 23 %.

    Even a customer who averages one purchase a month (Poisson) has no purchase in 37 % of
    months, hence a CV of 1 or more: a threshold of 0.5 leaves X nearly empty on any real
    base. 1.0/2.0 keeps the three classes meaningful and explainable; for a very sparse
    base such as CDNOW use a coarser grain or :func:`segcore.classify.xyz.suggest_xyz_cuts`
    (cuts near the terciles of the data: 2.8 / 3.9 on CDNOW monthly, giving 34 / 28 / 38 %).
    """

    x: float = 1.0
    y: float = 2.0
    min_periods: int = 6

    def __post_init__(self) -> None:
        if not (_finite(self.x) and _finite(self.y) and 0 < self.x < self.y):
            raise SettingsError("classify.xyz_cuts", x=self.x, y=self.y)
        if (
            not isinstance(self.min_periods, int)
            or isinstance(self.min_periods, bool)
            or self.min_periods < 2
        ):
            raise SettingsError("classify.min_periods", value=self.min_periods)

    @property
    def cuts(self) -> tuple[float, float]:
        """Give ``(x, y)``."""
        return (self.x, self.y)


def parse_extra_weights(text: str) -> dict[str, float]:
    """Give the attribute weights written as ``"column:weight;column:weight"``.

    Spaces around names and weights are ignored, a decimal comma is accepted
    (``loyalty_member:0,2``), each column may appear once and cannot be one of the four
    behavioural components; an empty text gives no weights.
    """
    weights: dict[str, float] = {}
    for part in text.split(";"):
        if not part.strip():
            continue
        name, colon, number = part.partition(":")
        name = name.strip()
        bad_name = not name or name in weights or name in LOYALTY_COMPONENTS
        if not colon or ":" in number or bad_name:
            raise SettingsError("classify.extra_weights_syntax", text=text)
        try:
            weight = float(number.strip().replace(",", "."))
        except ValueError:
            raise SettingsError("classify.extra_weights_syntax", text=text) from None
        if not (math.isfinite(weight) and weight >= 0):
            raise SettingsError("classify.weight_negative", name=name, value=number.strip())
        weights[name] = weight
    return weights


_RETAIL = INDUSTRY_PRESETS["retail"]


def _check_directions(names: object) -> None:
    if not isinstance(names, tuple) or not all(isinstance(n, str) for n in names):
        raise SettingsError("settings.unparseable", field="lower_is_better", value=names)
    for name in names:
        if not name.strip() or name != name.strip() or name in LOYALTY_COMPONENTS:
            raise SettingsError("classify.lower_is_better", name=name)


@dataclass(frozen=True)
class QuadrantSettings(FlatSettings):
    """Loyalty × profitability: how the loyalty score is weighted and where both axes split.

    - ``preset`` names where the weights came from (:data:`INDUSTRY_PRESETS`); the
      ``w_*`` fields are always what is used, so an edited preset is simply other weights
      (the app may then call it ``custom``). A preset also adds its
      :data:`PRESET_ATTRIBUTES` when the customer table has those columns.
    - ``w_frequency``, ``w_tenure``, ``w_recency``, ``w_regularity``: weights (≥ 0) of the
      percentile ranks of orders, tenure, recency (more recent = higher) and regularity
      (lower CV = higher); normalised to sum to 1 together with ``extra_weights``.
    - ``extra_weights``: attribute columns and weights, ``"loyalty_member:0.2;referrals:0.1"``.
      Weights are never negative; a column where less is more loyal is named instead in
      ``lower_is_better``.
    - ``lower_is_better``: attribute columns ranked in reverse (fewer days of payment
      delay = more loyal); :data:`LOWER_IS_BETTER` by default. Written ``"a,b"`` in a flat
      dict. The four components have fixed directions and cannot be named here.
    - ``loyalty_split``: percentile of the loyalty score above which loyalty is high.
    - ``profit_basis``: ``revenue``, ``margin`` (needs cost), ``ltv`` (simple LTV) or ``clv``
      (predicted CLV, needs a ``clv`` column).
    - ``profit_split_kind`` / ``profit_split``: ``percentile`` of the profit basis
      (0 < split < 1) or an absolute ``value`` in money.
    High means strictly above the split value (see :mod:`segcore.classify.quadrants`).
    :data:`QUADRANT_SPLITS` names split pairs (:meth:`with_splits`, :meth:`pareto_core`).
    """

    preset: QuadrantPreset = "retail"
    w_frequency: float = _RETAIL["frequency"]
    w_tenure: float = _RETAIL["tenure"]
    w_recency: float = _RETAIL["recency"]
    w_regularity: float = _RETAIL["regularity"]
    extra_weights: str = ""
    lower_is_better: tuple[str, ...] = LOWER_IS_BETTER
    loyalty_split: float = 0.5
    profit_basis: ProfitBasis = "revenue"
    profit_split_kind: ProfitSplitKind = "percentile"
    profit_split: float = 0.5

    def __post_init__(self) -> None:
        _check_choice("preset", self.preset, ("retail", "consumer_goods", "b2b", "finance", "custom"))
        _check_choice("profit_basis", self.profit_basis, ("revenue", "margin", "ltv", "clv"))
        _check_choice("profit_split_kind", self.profit_split_kind, ("percentile", "value"))
        for name, weight in self.component_weights.items():
            if not (_finite(weight) and weight >= 0):
                raise SettingsError("classify.weight_negative", name=name, value=weight)
        _check_directions(self.lower_is_better)
        total = sum(self.component_weights.values()) + sum(self.attribute_weights.values())
        if total <= 0:
            raise SettingsError("classify.weights_zero")
        if not _inside_unit(self.loyalty_split):
            raise SettingsError("classify.split_range", field="loyalty_split", value=self.loyalty_split)
        if self.profit_split_kind == "percentile" and not _inside_unit(self.profit_split):
            raise SettingsError("classify.split_range", field="profit_split", value=self.profit_split)
        if not _finite(self.profit_split):
            raise SettingsError("classify.split_value", value=self.profit_split)

    @classmethod
    def for_preset(cls, preset: QuadrantPreset, **changes: Any) -> QuadrantSettings:
        """Give settings with the weights and directions of an industry preset (other fields as given)."""
        weights = INDUSTRY_PRESETS[preset]
        fields: dict[str, Any] = {f"w_{name}": weights[name] for name in LOYALTY_COMPONENTS}
        fields["lower_is_better"] = PRESET_LOWER_IS_BETTER[preset]
        return cls(preset=preset, **{**fields, **changes})

    def with_splits(self, name: str) -> QuadrantSettings:
        """Give these settings with a named pair of percentile splits of :data:`QUADRANT_SPLITS`."""
        loyalty, profit = QUADRANT_SPLITS[name]
        return self.replace(loyalty_split=loyalty, profit_split=profit, profit_split_kind="percentile")

    @classmethod
    def pareto_core(cls, **changes: Any) -> QuadrantSettings:
        """Give settings whose quadrant III is the top 20 % by profit among the more loyal half."""
        loyalty, profit = QUADRANT_SPLITS["pareto_core"]
        fields: dict[str, Any] = {
            "loyalty_split": loyalty,
            "profit_split": profit,
            "profit_split_kind": "percentile",
        }
        return cls(**{**fields, **changes})

    @property
    def component_weights(self) -> dict[str, float]:
        """Give the four behavioural weights keyed by component name (not normalised)."""
        return {name: getattr(self, f"w_{name}") for name in LOYALTY_COMPONENTS}

    @property
    def attribute_weights(self) -> dict[str, float]:
        """Give the explicit attribute weights parsed from ``extra_weights``."""
        return parse_extra_weights(self.extra_weights)

    @property
    def matches_preset(self) -> bool:
        """Tell whether the four weights equal those of the named preset."""
        preset = INDUSTRY_PRESETS.get(self.preset)
        return preset is not None and all(
            math.isclose(preset[name], w) for name, w in self.component_weights.items()
        )

    def weights(self, columns: Iterable[str] = ()) -> dict[str, float]:
        """Give every weight of the loyalty score for a table with ``columns`` (not normalised).

        The four components, the preset's attributes that exist among ``columns`` and the
        explicit ``extra_weights`` (an explicit column missing from the table is reported
        by :func:`segcore.classify.quadrants.loyalty_score`).
        """
        available = set(columns)
        explicit = self.attribute_weights
        preset_extras: Mapping[str, float] = PRESET_ATTRIBUTES.get(self.preset, {})
        weights = self.component_weights
        weights.update({k: w for k, w in preset_extras.items() if k in available and k not in explicit})
        weights.update(explicit)
        return weights


@dataclass(frozen=True)
class Scenario(FlatSettings):
    """Everything a view of the segmentation depends on; one object per scenario.

    Flat keys carry the part's prefix: ``aggregation_grain``, ``abc_a``, ``xyz_x``,
    ``quadrants_loyalty_split`` …
    """

    aggregation: AggregationSettings = field(default_factory=AggregationSettings)
    abc: AbcThresholds = field(default_factory=AbcThresholds)
    xyz: XyzThresholds = field(default_factory=XyzThresholds)
    quadrants: QuadrantSettings = field(default_factory=QuadrantSettings)

    def __post_init__(self) -> None:
        parts = {
            "aggregation": AggregationSettings,
            "abc": AbcThresholds,
            "xyz": XyzThresholds,
            "quadrants": QuadrantSettings,
        }
        for name, kind in parts.items():
            if not isinstance(getattr(self, name), kind):
                raise TypeError(f"Scenario.{name} must be {kind.__name__}")
