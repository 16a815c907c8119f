"""Checks a marketer can read: enough data, usable spend values, the spend model's assumption.

Everything here returns codes and numbers (:class:`LtvWarning` = message key + parameters);
the words live in the message catalogue (``segcore/i18n/ltv.py``).

- **Too few repeat buyers** (fewer than ``MIN_REPEAT_BUYERS`` = 30): the models learn the
  purchase and drop-out rates from repeat buyers; with fewer, estimates are unstable.
- **Too short a history** (calibration shorter than ``MIN_HISTORY_DAYS`` = 91 days, from the
  earliest first purchase to the calibration end): drop-out cannot be told apart from a pause.
- **Non-positive spend** (repeat buyers whose mean repeat purchase value is ≤ 0): the
  Gamma-Gamma model needs positive values. Policy ``"exclude"`` (default) leaves them out of
  the spend fit; ``"clip"`` raises their value to a floor (by default the smallest positive
  mean value observed). Either way they are counted, and in the forecast their value counts
  as zero (the expected spend shrinks toward the population's).
- **Independence of spend and frequency**: Gamma-Gamma assumes the value of a customer's
  purchases does not depend on how often they buy. The check is the Pearson correlation of
  frequency and monetary among repeat buyers: |ρ| < 0.3 weak (assumption reasonable),
  < 0.5 moderate (use the spend forecast with care), otherwise strong (do not rely on it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import numpy.typing as npt

from segcore.i18n import t
from segcore.i18n.format import Localized, fmt_number, localized

__all__ = [
    "MIN_HISTORY_DAYS",
    "MIN_REPEAT_BUYERS",
    "IndependenceCheck",
    "LtvWarning",
    "MonetaryPolicy",
    "SpendRows",
    "data_warnings",
    "independence_check",
    "spend_fitting_rows",
]

MIN_REPEAT_BUYERS = 30
MIN_HISTORY_DAYS = 91
MonetaryPolicy = Literal["exclude", "clip"]
Strength = Literal["weak", "moderate", "strong", "undefined"]


@dataclass(frozen=True)
class LtvWarning:
    """A warning for the user: a message key (``ltv.warn.*``) and its parameters."""

    key: str
    params: dict[str, object] = field(default_factory=dict)

    def message(self, lang: str = "en") -> str:
        """Give the warning's text in ``lang``, numbers and dates written the language's way."""
        return t(self.key, lang, **localized(self.params, lang))


@dataclass(frozen=True)
class IndependenceCheck:
    """Correlation of frequency and monetary among repeat buyers, with what it means.

    ``strength`` is "weak", "moderate", "strong" or "undefined" (fewer than 3 repeat buyers
    or no variation); ``key`` is the message key of its meaning.
    """

    correlation: float
    p_value: float
    n: int
    strength: Strength

    @property
    def key(self) -> str:
        """Give the message key explaining the result."""
        return f"ltv.independence.{self.strength}"

    def message(self, lang: str = "en") -> str:
        """Give the explanation of the result in ``lang``."""
        correlation = fmt_number(self.correlation, lang, 2)
        return t(self.key, lang, correlation=correlation, n=Localized(self.n, lang))


def independence_check(frequency: npt.ArrayLike, monetary: npt.ArrayLike) -> IndependenceCheck:
    """Give the Gamma-Gamma independence check on the repeat buyers (frequency > 0, monetary > 0)."""
    x = np.asarray(frequency, dtype=float)
    m = np.asarray(monetary, dtype=float)
    keep = (x > 0) & (m > 0)
    n = int(keep.sum())
    if n < 3 or np.ptp(x[keep]) == 0 or np.ptp(m[keep]) == 0:
        return IndependenceCheck(float("nan"), float("nan"), n, "undefined")
    from scipy.stats import pearsonr  # scipy.stats is slow to import: only when needed

    rho, p_value = pearsonr(x[keep], m[keep])
    size = abs(float(rho))
    strength: Strength = "weak" if size < 0.3 else "moderate" if size < 0.5 else "strong"
    return IndependenceCheck(float(rho), float(p_value), n, strength)


@dataclass(frozen=True)
class SpendRows:
    """Which repeat buyers the spend model is fitted on, with which values, and why."""

    use: np.ndarray
    monetary: np.ndarray
    nonpositive: int
    policy: MonetaryPolicy
    floor: float


def spend_fitting_rows(
    frequency: npt.ArrayLike,
    monetary: npt.ArrayLike,
    policy: MonetaryPolicy = "exclude",
    floor: float | None = None,
) -> SpendRows:
    """Give the rows and values for the Gamma-Gamma fit under the non-positive-value policy."""
    x = np.asarray(frequency, dtype=float)
    m = np.asarray(monetary, dtype=float)
    repeat = x > 0
    bad = repeat & ~(m > 0)
    positive = m[repeat & (m > 0)]
    if floor is None:
        floor = float(positive.min()) if positive.size else 1.0
    if policy == "clip":
        return SpendRows(repeat, np.where(bad, floor, m), int(bad.sum()), policy, floor)
    return SpendRows(repeat & ~bad, m, int(bad.sum()), policy, floor)


def data_warnings(
    frequency: npt.ArrayLike, first_purchase_days_before_end: float, spend: SpendRows
) -> list[LtvWarning]:
    """Give the minimum-data and spend-value warnings for a calibration summary.

    ``first_purchase_days_before_end`` is the calibration's length in days (from the
    earliest first purchase to the calibration end).
    """
    warnings: list[LtvWarning] = []
    repeat_buyers = int(np.sum(np.asarray(frequency) > 0))
    if repeat_buyers < MIN_REPEAT_BUYERS:
        warnings.append(
            LtvWarning("ltv.warn.few_repeat_buyers", {"n": repeat_buyers, "minimum": MIN_REPEAT_BUYERS})
        )
    if first_purchase_days_before_end < MIN_HISTORY_DAYS:
        warnings.append(
            LtvWarning(
                "ltv.warn.short_history",
                {"days": int(first_purchase_days_before_end), "minimum": MIN_HISTORY_DAYS},
            )
        )
    if spend.nonpositive:
        if spend.policy == "clip":
            params: dict[str, object] = {"n": spend.nonpositive, "floor": round(spend.floor, 2)}
            warnings.append(LtvWarning("ltv.warn.nonpositive_spend_clipped", params))
        else:
            warnings.append(LtvWarning("ltv.warn.nonpositive_spend_excluded", {"n": spend.nonpositive}))
    return warnings
