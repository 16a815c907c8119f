"""Answers, not only charts: what a customer table says, in words and numbers.

- :func:`findings`: every conclusion the rules draw from a customer table (dependency on
  one customer, key customers at risk, a core that is too large, rising customers, high
  returns, concentration, seasonal customers, the customer base), most severe first;
- :class:`Finding`: one conclusion with its customers and numbers; ``text(lang)`` writes
  it in English or Russian;
- :func:`at_risk`: the list of key customers who have gone quiet against their own
  rhythm, with the revenue at stake.

The rules are deterministic and stated in the docstrings of :mod:`~segcore.insight.value`,
:mod:`~segcore.insight.at_risk`, :mod:`~segcore.insight.behaviour` and
:mod:`~segcore.insight.base`; the sentences live in :mod:`segcore.i18n.insight`.
"""

from segcore.insight.at_risk import AT_RISK_COLUMNS, at_risk
from segcore.insight.finding import FIGURE_KINDS, KINDS, Finding, Severity
from segcore.insight.findings import findings

__all__ = ["AT_RISK_COLUMNS", "FIGURE_KINDS", "KINDS", "Finding", "Severity", "at_risk", "findings"]
