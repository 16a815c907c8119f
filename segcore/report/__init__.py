"""The strategy playbook and the action-plan exports: an XLSX workbook, CSV lists, a Markdown report.

All exports are pure: data in, ``bytes`` or ``str`` out, nothing written to disk.

- :mod:`~segcore.report.playbook`: one strategy card per segment, user edits kept apart;
- :mod:`~segcore.report.guard`: the formula guard every writer puts text through;
- :mod:`~segcore.report.labels`: column, settings and value labels for people;
- :mod:`~segcore.report.columns`: how each customer-table column is written (money, share …);
- :mod:`~segcore.report.segments`: each customer's segment code and the sizes per segment;
- :mod:`~segcore.report.conclusions`: the findings and the at-risk list as the exports write
  them (sheets in :mod:`~segcore.report.xlsx_insight`, sections in
  :mod:`~segcore.report.markdown_insight`; Markdown escaping in :mod:`~segcore.report.md_text`);
- :mod:`~segcore.report.xlsx` (cells in :mod:`~segcore.report.xlsx_cells`),
  :mod:`~segcore.report.csv_export`, :mod:`~segcore.report.markdown`: the three formats;
- :mod:`~segcore.report.review` and :mod:`~segcore.report.cli`: the monthly review without
  the app, ``python -m segcore report FILE``.

Numbers, shares and dates for people are written by :mod:`segcore.i18n.format`.
"""

from __future__ import annotations

from segcore.report.csv_export import segment_csv
from segcore.report.guard import FORMULA_TRIGGERS, safe_cell
from segcore.report.labels import column_label, setting_label, setting_value
from segcore.report.markdown import markdown_report
from segcore.report.review import Review, monthly_review, review_markdown, review_workbook
from segcore.report.segments import SegmentKind, segment_sizes
from segcore.report.xlsx import action_plan_xlsx

__all__ = [
    "FORMULA_TRIGGERS",
    "Review",
    "SegmentKind",
    "action_plan_xlsx",
    "column_label",
    "markdown_report",
    "monthly_review",
    "review_markdown",
    "review_workbook",
    "safe_cell",
    "segment_csv",
    "segment_sizes",
    "setting_label",
    "setting_value",
]
