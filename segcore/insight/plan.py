"""The action plan: for each finding, what to do on Monday, who does it, for whom, and which strategy card.

Each kind of finding has, in the catalogue (:mod:`segcore.i18n.actions`):

- two or three actions (:data:`ACTIONS`) and who does them (:data:`OWNERS`);
- the number its card shows large (:data:`KEY_FIGURES`, one of the finding's figures) and
  that number's label (:data:`FIGURE_LABELS`);

and a strategy card of :mod:`segcore.report.playbook` for the segment concerned
(:data:`CARDS`): dependency and concentration → AX (backbone accounts: a named manager, an
annual plan); at_risk → III (the core: personal contact, retention); core_size → II (stars
in reserve: where the customers who leave an over-wide core are served); rising → BN
(promising newcomers: make the next purchases happen and find the future class A), or II when
none of them is new; seasonal → CY (small, with swings: seasonal campaigns); base → I (the
entry flow: welcome, second purchase); returns → no card (a service question, not a segment).
The customers concerned are the finding's own, most important first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from segcore.i18n import t
from segcore.insight.finding import Finding, Severity

__all__ = [
    "ACTIONS",
    "CARDS",
    "FIGURE_LABELS",
    "KEY_FIGURES",
    "OWNERS",
    "SEVERITY_LABELS",
    "PlannedAction",
    "action_plan",
    "planned_action",
]

#: The catalogue keys of the actions per kind of finding, in the order to do them.
ACTIONS: dict[str, tuple[str, ...]] = {
    "dependency": ("action.dependency.1", "action.dependency.2", "action.dependency.3"),
    "at_risk": ("action.at_risk.1", "action.at_risk.2", "action.at_risk.3"),
    "core_size": ("action.core_size.1", "action.core_size.2", "action.core_size.3"),
    "rising": ("action.rising.1", "action.rising.2", "action.rising.3"),
    "returns": ("action.returns.1", "action.returns.2", "action.returns.3"),
    "concentration": ("action.concentration.1", "action.concentration.2", "action.concentration.3"),
    "seasonal": ("action.seasonal.1", "action.seasonal.2", "action.seasonal.3"),
    "base": ("action.base.1", "action.base.2", "action.base.3"),
}
#: Who does the actions, per kind.
OWNERS: dict[str, str] = {
    "dependency": "action.dependency.owner",
    "at_risk": "action.at_risk.owner",
    "core_size": "action.core_size.owner",
    "rising": "action.rising.owner",
    "returns": "action.returns.owner",
    "concentration": "action.concentration.owner",
    "seasonal": "action.seasonal.owner",
    "base": "action.base.owner",
}
#: The figure a finding's card shows large, per kind.
KEY_FIGURES: dict[str, str] = {
    "dependency": "share",
    "at_risk": "at_stake",
    "core_size": "core_share",
    "rising": "customers",
    "returns": "rate",
    "concentration": "top20_share",
    "seasonal": "customers",
    "base": "change",
}
#: The label of that figure, per kind.
FIGURE_LABELS: dict[str, str] = {
    "dependency": "action.dependency.figure",
    "at_risk": "action.at_risk.figure",
    "core_size": "action.core_size.figure",
    "rising": "action.rising.figure",
    "returns": "action.returns.figure",
    "concentration": "action.concentration.figure",
    "seasonal": "action.seasonal.figure",
    "base": "action.base.figure",
}
#: The strategy card of the segment concerned, per kind (``kind.variant`` where it differs).
CARDS: dict[str, str | None] = {
    "dependency": "AX",
    "at_risk": "III",
    "core_size": "II",
    "rising": "BN",
    "rising.existing": "II",
    "returns": None,
    "concentration": "AX",
    "seasonal": "CY",
    "base": "I",
}
#: How urgent, in words.
SEVERITY_LABELS: dict[Severity, str] = {
    Severity.HIGH: "insight.severity.3",
    Severity.MEDIUM: "insight.severity.2",
    Severity.INFO: "insight.severity.1",
}


@dataclass(frozen=True)
class PlannedAction:
    """One finding with its plan: the actions, who does them, the customers and the strategy card.

    ``card`` is a strategy-card code (:data:`segcore.report.playbook.ALL_CODES`) or None;
    texts come in either language from the methods.
    """

    finding: Finding
    action_keys: tuple[str, ...]
    owner_key: str
    card: str | None

    @property
    def kind(self) -> str:
        """Give the kind of the finding."""
        return self.finding.kind

    @property
    def severity(self) -> Severity:
        """Give how urgent the finding is."""
        return self.finding.severity

    @property
    def customer_ids(self) -> tuple[str, ...]:
        """Give the customers concerned, most important first (may be empty)."""
        return self.finding.customer_ids

    def actions(self, lang: str = "en") -> tuple[str, ...]:
        """Give the actions, in the order to do them."""
        return tuple(t(key, lang) for key in self.action_keys)

    def owner(self, lang: str = "en") -> str:
        """Give who does the actions."""
        return t(self.owner_key, lang)

    def key_number(self, lang: str = "en", currency: str = "") -> str:
        """Give the finding's key figure written for the language (``77.8 %`` / ``77,8 %``, ``12 345 ₽``)."""
        return self.finding.formatted(lang, currency)[KEY_FIGURES[self.kind]]

    def key_label(self, lang: str = "en", currency: str = "") -> str:
        """Give the label of the key figure."""
        return t(FIGURE_LABELS[self.kind], lang, **self.finding.formatted(lang, currency))

    def severity_label(self, lang: str = "en") -> str:
        """Give how urgent the finding is, in words ("act now" …)."""
        return t(SEVERITY_LABELS[self.severity], lang)


def planned_action(finding: Finding) -> PlannedAction:
    """Give the plan of one finding."""
    variant = f"{finding.kind}.{finding.variant}"
    card = CARDS[variant] if variant in CARDS else CARDS[finding.kind]
    return PlannedAction(finding, ACTIONS[finding.kind], OWNERS[finding.kind], card)


def action_plan(findings: Iterable[Finding]) -> list[PlannedAction]:
    """Give the plan of every finding, in the order given (:func:`segcore.findings`: most severe first)."""
    return [planned_action(finding) for finding in findings]
