"""The conclusions and the at-risk list as the exports write them: rows and columns for people.

Both writers (the workbook, :mod:`segcore.report.xlsx_insight`, and the Markdown report,
:mod:`segcore.report.markdown_insight`) take their rows from here, so a finding reads the
same in both: its heading, its urgency, its sentence, how many customers it concerns and
the first of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

import pandas as pd

from segcore.i18n import t
from segcore.i18n.format import fmt_int
from segcore.insight import Finding, Severity
from segcore.report.columns import ColumnKind

__all__ = [
    "AT_RISK_KINDS",
    "FIRST_CUSTOMERS",
    "Conclusion",
    "at_risk_columns",
    "conclusions",
    "customer_list",
    "status_label",
    "urgency_label",
]

#: How many customer ids a conclusion names (the count says how many there are in all).
FIRST_CUSTOMERS = 10

#: How each column of :func:`segcore.at_risk` is written, in the order it is written.
AT_RISK_KINDS: dict[str, ColumnKind] = {
    "customer_id": "text",
    "cell": "text",
    "quadrant": "text",
    "status": "text",
    "days_since_last": "count",
    "usual_gap_days": "number",
    "overdue_ratio": "number",
    "revenue_at_stake": "money",
    "revenue": "money",
    "p_alive": "share",
}

_URGENCY = {
    Severity.INFO: "insight.severity.1",
    Severity.MEDIUM: "insight.severity.2",
    Severity.HIGH: "insight.severity.3",
}
_STATUS = {"overdue": "insight.status.overdue", "lost": "insight.status.lost"}


class Conclusion(NamedTuple):
    """One finding as the exports write it: texts in one language, the customers it names."""

    title: str
    urgency: str
    sentence: str
    customers: int
    first_ids: tuple[str, ...]


def urgency_label(severity: Severity, lang: str = "en") -> str:
    """Give how urgent a finding is, in words ("act now", "worth a look", "for information")."""
    return t(_URGENCY[Severity(severity)], lang)


def status_label(status: str, lang: str = "en") -> str:
    """Give an at-risk customer's status in words; an unknown status is returned as it is."""
    key = _STATUS.get(str(status))
    return t(key, lang) if key else str(status)


def conclusions(
    found: Iterable[Finding], lang: str = "en", first: int = FIRST_CUSTOMERS, currency: str = ""
) -> list[Conclusion]:
    """Give each finding, in the order given, as a :class:`Conclusion` naming its first customers.

    Money in the sentences carries ``currency`` when given.
    """
    return [
        Conclusion(
            finding.title(lang),
            urgency_label(finding.severity, lang),
            finding.text(lang, currency),
            len(finding.customer_ids),
            finding.customer_ids[:first],
        )
        for finding in found
    ]


def customer_list(ids: Sequence[str], total: int, lang: str = "en") -> str:
    """Give the ids joined by commas, then "… and N more" when ``total`` is larger (ids as given)."""
    text = ", ".join(ids)
    if total > len(ids):
        text += " " + t("export.report.more_customers", lang, n=fmt_int(total - len(ids), lang))
    return text


def at_risk_columns(frame: pd.DataFrame) -> list[str]:
    """Give the at-risk columns worth writing, in order: P(alive) only when some customer has it."""
    columns = [name for name in AT_RISK_KINDS if name in frame.columns]
    if "p_alive" in columns and not frame["p_alive"].notna().any():
        columns.remove("p_alive")
    return columns
