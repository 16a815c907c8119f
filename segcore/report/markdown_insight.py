"""The Markdown report's conclusions and its table of key customers at risk.

Customer ids are user text: they are escaped (:func:`segcore.report.md_text.md_text`)
before they go into a sentence or a cell, so an id can neither start markup nor bring HTML.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

import pandas as pd

from segcore.i18n import t
from segcore.i18n.format import fmt_int, fmt_money, fmt_number, fmt_percent, is_missing
from segcore.insight import Finding
from segcore.report.conclusions import (
    AT_RISK_KINDS,
    FIRST_CUSTOMERS,
    at_risk_columns,
    conclusions,
    customer_list,
    status_label,
)
from segcore.report.guard import safe_cell
from segcore.report.labels import column_label
from segcore.report.md_text import md_table, md_text

__all__ = ["AT_RISK_ROWS", "md_at_risk", "md_conclusions"]

#: How many at-risk customers the report lists (the workbook lists them all).
AT_RISK_ROWS = 50


def _escaped(finding: Finding) -> Finding:
    """Give the finding with its customer ids escaped for Markdown (its sentence quotes the first)."""
    ids = tuple(md_text(safe_cell(customer)) for customer in finding.customer_ids)
    return dataclasses.replace(finding, customer_ids=ids)


def md_conclusions(found: Sequence[Finding], lang: str, currency: str = "") -> list[str]:
    """Give the conclusions section: per finding a heading with its urgency, the sentence, its customers.

    Money in the sentences carries ``currency`` when given.
    """
    lines = [f"## {t('export.report.conclusions', lang)}", ""]
    if not found:
        return [*lines, t("export.report.no_findings", lang), ""]
    sign = md_text(currency)
    for item in conclusions([_escaped(finding) for finding in found], lang, FIRST_CUSTOMERS, sign):
        lines += [f"### {item.title} — {item.urgency}", "", item.sentence, ""]
        if item.customers:
            head = f"{t('export.head.concerned', lang)} ({fmt_int(item.customers, lang)})"
            lines += [f"**{head}:** {customer_list(item.first_ids, item.customers, lang)}", ""]
    return lines


def _cell(value: Any, kind: str, lang: str) -> str:
    """Give one at-risk value as the report writes it: numbers the language's way, text escaped."""
    if is_missing(value):
        return "—"
    if kind == "money":
        return fmt_money(float(value), lang)
    if kind == "count":
        return fmt_int(float(value), lang)
    if kind == "share":
        return fmt_percent(float(value), lang)
    if kind == "number":
        return fmt_number(float(value), lang, 1)
    return md_text(safe_cell(str(value)))


def md_at_risk(frame: pd.DataFrame, lang: str, limit: int = AT_RISK_ROWS, *, currency: str = "") -> list[str]:
    """Give the at-risk section: a short note, then a table of the first ``limit`` (money in ``currency``)."""
    lines = [f"## {t('export.report.at_risk', lang)}", ""]
    if frame.empty:
        return [*lines, t("export.report.no_at_risk", lang), ""]
    columns = [name for name in at_risk_columns(frame) if name != "revenue"]
    shown = frame.head(limit)
    if "status" in shown.columns:
        shown = shown.assign(status=shown["status"].map(lambda s: status_label(s, lang)))
    rows = [
        [_cell(value, AT_RISK_KINDS[name], lang) for name, value in zip(columns, record, strict=True)]
        for record in shown[columns].itertuples(index=False)
    ]
    lines += [t("export.report.at_risk_intro", lang), ""]
    lines += md_table([md_text(column_label(name, lang, currency)) for name in columns], rows)
    if len(frame) > limit:
        lines += ["", t("export.report.more_rows", lang, n=fmt_int(len(frame) - limit, lang))]
    return [*lines, ""]
