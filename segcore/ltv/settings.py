"""Settings of a predictive LTV run: which model, which periods, which money assumptions.

- ``model``: the purchase model, ``"bgnbd"`` (BG/NBD) or ``"pareto_nbd"`` (Pareto/NBD);
  spend per purchase always comes from Gamma-Gamma;
- ``time_unit``: the unit the models are fitted and report in, days ``"D"`` or weeks ``"W"``;
- ``calibration_end``: last day (inclusive) of the data the models learn from; ``None`` =
  the last transaction date;
- ``holdout_end``: with a date, the days after ``calibration_end`` up to it (inclusive) are
  held out to check the forecast;
- ``horizon`` periods of length ``period`` (day, week, month = 365.25/12 days) after the
  calibration end make up the CLV horizon;
- ``discount_rate_yearly``: yearly rate of the discount (0.1 = 10 % a year), turned into a
  rate per period;
- ``margin``: share of revenue kept as profit (1 = revenue CLV);
- ``monetary_policy``: what the spend model does with repeat buyers whose average purchase
  value is ≤ 0 (``"exclude"`` them from the fit, or ``"clip"`` to the smallest positive value);
- ``n_draws``, ``interval_level``, ``seed``: the parametric bootstrap behind the CLV
  intervals (0 draws = no intervals);
- ``compare_models``: also fit the other purchase model and compare both by AIC.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from segcore.errors import SettingsError
from segcore.ltv.guardrails import MonetaryPolicy
from segcore.ltv.units import ClvPeriod, TimeUnit
from segcore.settings_base import FlatSettings

__all__ = ["LtvSettings", "PurchaseModelName"]

PurchaseModelName = Literal["bgnbd", "pareto_nbd"]

_CHOICES = {
    "model": ("bgnbd", "pareto_nbd"),
    "time_unit": ("D", "W"),
    "period": ("D", "W", "M"),
    "monetary_policy": ("exclude", "clip"),
}
_RANGES = {
    "horizon": (1, 600),
    "discount_rate_yearly": (0.0, 1.0),
    "margin": (0.0, 1.0),
    "n_draws": (0, 5000),
    "interval_level": (0.5, 0.99),
}


@dataclass(frozen=True)
class LtvSettings(FlatSettings):
    """What a predictive LTV run is told (see the module docstring for each field)."""

    model: PurchaseModelName = "bgnbd"
    time_unit: TimeUnit = "W"
    calibration_end: date | None = None
    holdout_end: date | None = None
    horizon: int = 12
    period: ClvPeriod = "M"
    discount_rate_yearly: float = 0.1
    margin: float = 1.0
    monetary_policy: MonetaryPolicy = "exclude"
    n_draws: int = 200
    interval_level: float = 0.9
    compare_models: bool = True
    seed: int = 0

    def __post_init__(self) -> None:
        for field, allowed in _CHOICES.items():
            if getattr(self, field) not in allowed:
                raise SettingsError("ltv.bad_choice", field=field, value=getattr(self, field))
        for field, (low, high) in _RANGES.items():
            value = getattr(self, field)
            if not low <= value <= high:
                raise SettingsError("ltv.out_of_range", field=field, low=low, high=high, value=value)
        if self.holdout_end is not None and self.calibration_end is None:
            raise SettingsError("ltv.holdout_needs_calibration_end", holdout_end=self.holdout_end)
        if (
            self.holdout_end is not None
            and self.calibration_end is not None
            and self.holdout_end <= self.calibration_end
        ):
            raise SettingsError(
                "ltv.holdout_order", calibration_end=self.calibration_end, holdout_end=self.holdout_end
            )
