"""A finding: one conclusion from the data, its customers, its numbers and its sentence.

A :class:`Finding` holds codes and numbers only; :meth:`Finding.text` writes the sentence
in English or Russian from the catalogue (:mod:`segcore.i18n.insight`), with every number
formatted for the language (:func:`segcore.insight.numbers.format_figure`) and the words
next to numbers in the right plural form.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from types import MappingProxyType

from segcore.i18n import plural, t
from segcore.insight.numbers import FigureKind, format_figure

__all__ = ["FIGURE_KINDS", "KINDS", "Finding", "Severity"]


class Severity(IntEnum):
    """How urgent a finding is: the larger, the more urgent (findings sort by it)."""

    INFO = 1
    MEDIUM = 2
    HIGH = 3


#: Every kind of finding, in the order findings of equal severity are listed.
KINDS: tuple[str, ...] = (
    "dependency", "at_risk", "core_size", "rising", "returns", "concentration", "seasonal", "base",
)  # fmt: skip

#: How each figure is written (and which figures exist). ``month`` figures are written as
#: month names (``season_month`` → ``{season}``, ``period_month`` → ``{month_in}``).
FIGURE_KINDS: dict[str, FigureKind] = {
    **dict.fromkeys(
        ("customers", "customers_80", "core_customers", "new", "returning", "lost", "live",
         "lost_after", "min_years", "months"),
        "count",
    ),
    **dict.fromkeys(("days", "gap"), "days"),
    **dict.fromkeys(
        ("share", "margin_share", "threshold", "top_customers", "top20_share", "revenue_target",
         "customers_80_share", "min_share", "revenue_share", "rate", "base_rate", "core_share",
         "core_revenue_share", "pareto", "key_low", "key_high", "loyalty_split", "profit_split",
         "new_core_share", "new_core_revenue_share"),
        "share",
    ),
    **dict.fromkeys(("at_stake", "level", "top_last", "top_prev", "top_returns"), "money"),
    "gini": "gini",
    "change": "signed",
    "period_year": "year",
    "season_month": "month",
    "period_month": "month",
}  # fmt: skip


class _Figure:
    """A figure as a template parameter: ``{name}`` is the number, ``{name:one|many}`` a word."""

    def __init__(self, text: str, count: int, lang: str) -> None:
        self.text, self.count, self.lang = text, count, lang

    def __format__(self, spec: str) -> str:
        return plural(self.count, self.lang, spec) if spec else self.text


def _plain(value: float | int) -> float | int:
    number = value.item() if hasattr(value, "item") else value
    if isinstance(number, bool) or not isinstance(number, int | float):
        raise TypeError(f"a figure must be a number, got {value!r}")
    return number


@dataclass(frozen=True)
class Finding:
    """One conclusion: kind, severity, the customers concerned and the numbers it quotes.

    - ``kind``: one of :data:`KINDS`; ``variant`` picks the sentence within the kind
      (e.g. ``one_lost`` / ``many`` for ``at_risk``); the catalogue key is :attr:`key`.
    - ``severity``: :class:`Severity` (3 high … 1 info).
    - ``customer_ids``: the customers concerned, most important first (may be empty).
    - ``figures``: name → number, every number the sentence quotes (shares as fractions,
      money in the data's units, days, counts); names and formats in :data:`FIGURE_KINDS`.
    """

    kind: str
    severity: Severity
    customer_ids: tuple[str, ...]
    figures: Mapping[str, float] = field(hash=False)
    variant: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown kind of finding {self.kind!r}")
        unknown = sorted(set(self.figures) - set(FIGURE_KINDS))
        if unknown:
            raise ValueError(f"unknown figures {unknown}")
        object.__setattr__(self, "severity", Severity(self.severity))
        object.__setattr__(self, "customer_ids", tuple(str(c) for c in self.customer_ids))
        plain = {name: _plain(value) for name, value in self.figures.items()}
        object.__setattr__(self, "figures", MappingProxyType(plain))

    @property
    def key(self) -> str:
        """Give the catalogue key of the sentence (``insight.<kind>[.<variant>]``)."""
        return f"insight.{self.kind}" + (f".{self.variant}" if self.variant else "")

    def title(self, lang: str = "en") -> str:
        """Give the short heading of the finding's kind."""
        return t(f"insight.title.{self.kind}", lang)

    def formatted(self, lang: str = "en", currency: str = "") -> dict[str, str]:
        """Give every number figure as the sentence writes it (no months), money with ``currency``."""
        return {
            name: format_figure(value, FIGURE_KINDS[name], lang, currency)
            for name, value in self.figures.items()
            if FIGURE_KINDS[name] != "month"
        }

    def text(self, lang: str = "en", currency: str = "") -> str:
        """Give the finding as one or two sentences in ``lang`` ("en" or "ru"), money with ``currency``."""
        params: dict[str, object] = {
            name: _Figure(text, round(self.figures[name]), lang)
            for name, text in self.formatted(lang, currency).items()
        }
        if self.customer_ids:
            params["customer"] = self.customer_ids[0]
        if "season_month" in self.figures:
            first = int(self.figures["season_month"])
            months = (t(f"insight.month.{first}", lang), t(f"insight.month.{first % 12 + 1}", lang))
            params["season"] = "–".join(months)
        if "period_month" in self.figures:
            params["month_in"] = t(f"insight.month_in.{int(self.figures['period_month'])}", lang)
            params["year"] = params.pop("period_year")
        return t(self.key, lang, **params)
