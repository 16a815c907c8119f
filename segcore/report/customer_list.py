"""A list of customers for the CRM: the at-risk list or the customers of a finding, as CSV or XLSX.

- :func:`customer_rows`: the customer-table rows of some customers, in the order given
  (a finding's customers are listed most important first);
- :func:`crm_frame`: a list ready for people: the status in words, days and ratios
  rounded, columns with nothing in them (P(alive) without a model) left out;
- :func:`customer_list_csv`: the list as CSV the way :func:`segcore.report.segment_csv`
  writes it (UTF-8 with BOM; ``;`` and a decimal comma in Russian);
- :func:`customer_list_xlsx`: the list as a one-sheet workbook: translated headers, money,
  counts and shares with their number formats, frozen header, autofilter.

Every text cell passes through the formula guard (:func:`segcore.report.guard.safe_cell`);
the workbook writes text as string cells and numbers as numbers, never a formula.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
import xlsxwriter

from segcore.i18n import t
from segcore.report.columns import ColumnKind, column_kind
from segcore.report.csv_export import segment_csv
from segcore.report.labels import column_label
from segcore.report.xlsx_cells import cell_styles, column_width, write_column, write_header

__all__ = ["LIST_COLUMNS", "crm_frame", "customer_list_csv", "customer_list_xlsx", "customer_rows"]

#: The customer-table columns a finding's customer list shows (those the table has).
LIST_COLUMNS: tuple[str, ...] = (
    "customer_id",
    "revenue",
    "orders",
    "first_purchase",
    "last_purchase",
    "recency_days",
    "return_rate",
)
#: How the at-risk list's own columns are written (the customer table's are known by name).
_KINDS: dict[str, ColumnKind] = {
    "status": "text",
    "days_since_last": "count",
    "usual_gap_days": "number",
    "overdue_ratio": "number",
    "revenue_at_stake": "money",
    "next_action": "text",
    "priority": "count",
    "owner": "text",
    **dict.fromkeys(("moved_from", "moved_to", "cell_from", "quadrant_from"), "text"),
    **dict.fromkeys(("abc_a", "abc_b", "xyz_a", "xyz_b", "abc_xyz_a", "abc_xyz_b"), "text"),
    "revenue_a": "money",
    "revenue_b": "money",
}
_ROUNDING = {"usual_gap_days": 1, "overdue_ratio": 2, "revenue_at_stake": 2, "revenue_a": 2, "revenue_b": 2}
_STATUS = {"overdue": "insight.status.overdue", "lost": "insight.status.lost"}
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
_BOOK_OPTIONS = {
    "in_memory": True,
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
}


def customer_rows(
    customers: pd.DataFrame,
    ids: Sequence[str],
    columns: Sequence[str] = LIST_COLUMNS,
    codes: Mapping[str, Any] | None = None,
) -> pd.DataFrame:
    """Give the rows of the customers ``ids``, in that order, with the ``columns`` the table has.

    ``codes`` adds columns aligned with the table's rows (e.g. ``{"cell": seg.cell}``), placed
    right after the customer id. Ids the table does not have are left out.
    """
    positions = pd.Index(customers["customer_id"].astype(str)).get_indexer([str(i) for i in ids])
    positions = positions[positions >= 0]
    shown = [column for column in columns if column in customers.columns]
    frame = customers.iloc[positions][shown].reset_index(drop=True)
    for place, (name, values) in enumerate((codes or {}).items(), start=1):
        frame.insert(min(place, len(frame.columns)), name, np.asarray(values)[positions])
    return frame


def crm_frame(frame: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """Give a customer list ready for people: status in words, rounded days and ratios, empty columns out."""
    out = frame.copy()
    if "status" in out:
        out["status"] = [t(_STATUS[s], lang) if s in _STATUS else s for s in out["status"].astype(str)]
    for column, digits in _ROUNDING.items():
        if column in out:
            out[column] = out[column].astype(float).round(digits)
    if "p_alive" in out and out["p_alive"].isna().all():
        out = out.drop(columns="p_alive")
    return out


def customer_list_csv(frame: pd.DataFrame, lang: str = "en", *, currency: str = "") -> bytes:
    """Give the list as CSV bytes (see :func:`segcore.report.segment_csv`), money headers in ``currency``."""
    return segment_csv(frame, None, lang, currency=currency)


def _kind(name: str, series: pd.Series) -> ColumnKind:
    return _KINDS.get(name) or column_kind(name, series)


def _sheet_name(text: str) -> str:
    """Give a valid sheet name: at most 31 characters, none of ``[]:*?/\\``."""
    name = " ".join(_SHEET_FORBIDDEN.sub(" ", text).split()).strip("'")
    return name[:31].rstrip().rstrip("'") or "Sheet"


def customer_list_xlsx(
    frame: pd.DataFrame, lang: str = "en", *, sheet: str = "Customers", currency: str = ""
) -> bytes:
    """Give the list as an XLSX workbook of one sheet named ``sheet``; headers in ``lang``.

    Text cells (customer ids, codes, the status) are guarded and written as strings; money,
    counts, days and shares as numbers with their formats; dates as dates. The header row
    is frozen and has an autofilter. Money headers name ``currency`` when given ("Revenue, ₽").
    """
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, _BOOK_OPTIONS)
    styles = cell_styles(book, lang)
    worksheet = book.add_worksheet(_sheet_name(sheet))
    names = [str(name) for name in frame.columns]
    kinds = [_kind(name, frame[name]) for name in names]
    labels = [column_label(name, lang, currency) for name in names]
    widths = [
        column_width(label, kind, frame[name]) for label, kind, name in zip(labels, kinds, names, strict=True)
    ]
    write_header(worksheet, labels, widths, styles)
    for col, (name, kind) in enumerate(zip(names, kinds, strict=True)):
        write_column(worksheet, col, frame[name], kind, styles)
    worksheet.freeze_panes(1, 1)
    worksheet.autofilter(0, 0, max(len(frame), 1), max(len(names) - 1, 0))
    book.close()
    return buffer.getvalue()
