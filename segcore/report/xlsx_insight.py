"""The workbook's sheets of conclusions and of key customers at risk.

- :func:`write_conclusions`: one row per finding (heading, urgency, sentence, how many
  customers it concerns, the first of them), most severe first, as the findings come;
- :func:`write_at_risk`: one row per key customer at risk (:func:`segcore.at_risk`), with
  headers in the language, numbers as numbers and the status in words.

Every text cell goes through the formula guard and is written as a string cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from segcore.i18n import t
from segcore.report.conclusions import (
    AT_RISK_KINDS,
    FIRST_CUSTOMERS,
    Conclusion,
    at_risk_columns,
    customer_list,
    status_label,
)
from segcore.report.labels import column_label
from segcore.report.xlsx_cells import cell_text, column_width, write_column, write_header, write_value

__all__ = ["write_at_risk", "write_conclusions"]

_CONCLUSION_WIDTHS = (30, 18, 90, 14, 60)


def write_conclusions(sheet: Any, rows: Sequence[Conclusion], styles: dict[str, Any], lang: str) -> None:
    """Write the conclusions sheet: a header, then one wrapped row per conclusion (or a note)."""
    heads = (
        t("export.head.finding", lang),
        t("export.head.urgency", lang),
        t("export.head.sentence", lang),
        t("export.head.concerned", lang),
        t("export.head.first_customers", lang, n=FIRST_CUSTOMERS),
    )
    write_header(sheet, heads, _CONCLUSION_WIDTHS, styles)
    sheet.freeze_panes(1, 1)
    if not rows:
        sheet.write_string(1, 0, t("export.report.no_findings", lang))
        return
    for row, item in enumerate(rows, start=1):
        sheet.write_string(row, 0, cell_text(item.title), styles["wrap"])
        sheet.write_string(row, 1, cell_text(item.urgency), styles["wrap"])
        sheet.write_string(row, 2, cell_text(item.sentence), styles["wrap"])
        if item.customers:
            write_value(sheet, row, 3, item.customers, "count", styles)
            text = customer_list(item.first_ids, item.customers, lang)
            sheet.write_string(row, 4, cell_text(text), styles["wrap"])


def write_at_risk(
    sheet: Any, frame: pd.DataFrame, styles: dict[str, Any], lang: str, currency: str = ""
) -> None:
    """Write the at-risk sheet: labelled columns (money with ``currency``), statuses in words, a filter."""
    columns = at_risk_columns(frame)
    shown = frame[columns].reset_index(drop=True)
    if "status" in shown.columns:
        shown = shown.assign(status=shown["status"].map(lambda s: status_label(s, lang)))
    labels = [column_label(name, lang, currency) for name in columns]
    kinds = [AT_RISK_KINDS[name] for name in columns]
    widths = [
        column_width(label, kind, shown[name])
        for label, kind, name in zip(labels, kinds, columns, strict=True)
    ]
    write_header(sheet, labels, widths, styles)
    sheet.freeze_panes(1, 1)
    if shown.empty:
        sheet.write_string(1, 0, t("export.report.no_at_risk", lang))
        return
    for col, (name, kind) in enumerate(zip(columns, kinds, strict=True)):
        write_column(sheet, col, shown[name], kind, styles)
    sheet.autofilter(0, 0, len(shown), len(columns) - 1)
