"""The action-plan workbook (XLSX): conclusions, key customers at risk, a summary, the plan, segments.

The workbook is written in memory with formulas, URLs and numbers-from-text switched off, so
no text a user brought can become a live formula or link; every text cell is also guarded
(:mod:`segcore.report.guard`).
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any, Literal

import numpy as np
import pandas as pd
import xlsxwriter

from segcore.i18n import t
from segcore.i18n.format import money_header
from segcore.insight import Finding
from segcore.report.columns import column_kind
from segcore.report.conclusions import conclusions
from segcore.report.labels import column_label, setting_label, setting_number, setting_value
from segcore.report.playbook import Playbook, priority_label
from segcore.report.sales_list import Preset, sales_frame
from segcore.report.segments import (
    KIND_COLUMN,
    SegmentKind,
    segment_codes,
    segment_groups,
    segment_name,
    segment_sizes,
    summary_rows,
)
from segcore.report.xlsx_cells import (
    cell_styles,
    cell_text,
    column_width,
    write_column,
    write_header,
    write_value,
)
from segcore.report.xlsx_insight import write_at_risk, write_conclusions

__all__ = ["action_plan_xlsx"]

_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
_BOOK_OPTIONS = {
    "in_memory": True,
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
}


def _sheet_name(text: str, used: set[str]) -> str:
    """Give a valid unused sheet name: at most 31 characters, none of ``[]:*?/\\``."""
    base = " ".join(_SHEET_FORBIDDEN.sub(" ", text).split()).strip("'")
    base = base[:31].rstrip().rstrip("'") or "Sheet"
    name, number = base, 2
    while name.casefold() in used or name.casefold() == "history":
        suffix = f" ({number})"
        name = base[: 31 - len(suffix)].rstrip() + suffix
        number += 1
    used.add(name.casefold())
    return name


def _write_customers(
    sheet: Any, frame: pd.DataFrame, styles: dict[str, Any], lang: str, currency: str
) -> None:
    """Write one segment's customers: guarded header (money in ``currency``), formats, a filter."""
    names = [str(name) for name in frame.columns]
    kinds = [column_kind(name, frame[name]) for name in frame.columns]
    labels = [column_label(name, lang, currency) for name in names]
    widths = [column_width(lb, k, frame[c]) for lb, k, c in zip(labels, kinds, frame.columns, strict=True)]
    write_header(sheet, labels, widths, styles)
    for col, (name, kind) in enumerate(zip(frame.columns, kinds, strict=True)):
        write_column(sheet, col, frame[name], kind, styles)
    sheet.freeze_panes(1, 1)
    sheet.autofilter(0, 0, len(frame), len(names) - 1)


def _segment_frame(
    customers: pd.DataFrame, rows: np.ndarray, code: str | None, segment_kind: SegmentKind
) -> pd.DataFrame:
    """Give a segment's rows, customer_id first, the code column added, top revenue first."""
    frame = customers.iloc[rows].reset_index(drop=True)
    order = ["customer_id"] if "customer_id" in frame.columns else []
    frame = frame[order + [c for c in frame.columns if c not in order]]
    column = KIND_COLUMN[segment_kind]
    if column not in frame.columns:
        frame.insert(min(1, len(frame.columns)), column, code)
    if "revenue" in frame.columns and pd.api.types.is_numeric_dtype(frame["revenue"]):
        frame = frame.sort_values("revenue", ascending=False, kind="stable", na_position="last")
    return frame


def _write_settings(
    sheet: Any, row: int, settings_flat: Mapping[str, str], styles: dict[str, Any], lang: str
) -> int:
    """Write the settings used, label and value (numbers as numbers); give the next row."""
    sheet.write_string(row, 0, t("export.report.settings", lang), styles["bold"])
    if not settings_flat:
        sheet.write_string(row + 1, 0, t("export.report.no_settings", lang))
        return row + 3
    sheet.write_string(row + 1, 0, t("export.head.setting", lang), styles["header"])
    sheet.write_string(row + 1, 1, t("export.head.value", lang), styles["header"])
    for offset, key in enumerate(settings_flat, start=row + 2):
        raw = str(settings_flat[key])
        shown = setting_value(key, raw, lang)
        number = setting_number(raw) if shown == raw else None
        sheet.write_string(offset, 0, cell_text(setting_label(key, lang)))
        if number is None:
            sheet.write_string(offset, 1, cell_text(shown))
        else:
            sheet.write_number(offset, 1, number)
    return row + len(settings_flat) + 3


def _write_sizes(
    sheet: Any, row: int, table: pd.DataFrame, playbook: Playbook, styles: dict[str, Any], lang: str
) -> None:
    """Write segment sizes: name, customers and their share, revenue (with its currency), its share, total."""
    sheet.write_string(row, 0, t("export.report.segments", lang), styles["bold"])
    heads = ("segment", "customers", "customer_share", "revenue", "revenue_share")
    for col, head in enumerate(heads):
        label = t(f"export.head.{head}", lang)
        if head == "revenue":
            label = money_header(label, styles["currency"])
        sheet.write_string(row + 1, col, cell_text(label), styles["header"])
    customers_total = float(pd.to_numeric(table["customers"]).sum())
    kinds = ("text", "count", "share", "money", "share")
    for offset, (code, n, revenue, share) in enumerate(table.itertuples(index=False), row + 2):
        name = segment_name(code, playbook, lang)
        n_share = float(n) / customers_total if customers_total else math.nan
        values = (f"{code} — {name}" if code else name, n, n_share, revenue, share)
        for col, (value, kind) in enumerate(zip(values, kinds, strict=True)):
            write_value(sheet, offset, col, value, kind, styles)
    last = row + 2 + len(table)
    sheet.write_string(last, 0, t("export.report.total", lang), styles["bold"])
    write_value(sheet, last, 1, customers_total, "count", styles)
    write_value(sheet, last, 3, float(pd.to_numeric(table["revenue"]).sum()), "money", styles)


def _write_summary(
    sheet: Any,
    table: pd.DataFrame,
    settings_flat: Mapping[str, str],
    meta: Mapping[str, Any],
    playbook: Playbook,
    styles: dict[str, Any],
    lang: str,
) -> None:
    """Write the summary sheet: title, date, source, segment sizes, settings used."""
    sheet.set_column(0, 0, 46)
    sheet.set_column(1, 4, 16)
    sheet.write_string(0, 0, cell_text(meta["title"]), styles["title"])
    sheet.write_string(1, 0, t("export.report.created", lang), styles["bold"])
    sheet.write_datetime(1, 1, meta["created"], styles["date"])
    sheet.write_string(2, 0, t("export.report.source", lang), styles["bold"])
    sheet.write_string(2, 1, cell_text(meta["source"] or "—"))
    _write_sizes(sheet, 4, table, playbook, styles, lang)
    _write_settings(sheet, 4 + len(table) + 4, settings_flat, styles, lang)


def _write_plan(
    sheet: Any, sizes: Sequence[tuple[str, int]], playbook: Playbook, styles: dict[str, Any], lang: str
) -> None:
    """Write one row per segment: name, customers, summary, goal, actions, KPIs, who, how often."""
    heads = ("segment", "customers", "summary", "goal", "actions", "kpis", "rhythm", "owner", "priority")
    widths = (28, 11, 36, 40, 60, 40, 32, 28, 32)
    write_header(sheet, [t(f"export.head.{h}", lang) for h in heads], widths, styles)
    for row, (code, n) in enumerate(sizes, start=1):
        card = playbook.card(code, lang)
        texts = (
            f"{code} — {card.title}",
            card.summary,
            card.goal,
            "\n".join(f"• {a}" for a in card.actions),
            "\n".join(f"• {k}" for k in card.kpis),
            card.rhythm,
            card.owner,
            priority_label(card.priority, lang),
        )
        sheet.write_string(row, 0, cell_text(texts[0]), styles["wrap"])
        sheet.write_number(row, 1, n, styles["count"])
        for col, text in enumerate(texts[1:], start=2):
            sheet.write_string(row, col, cell_text(text), styles["wrap"])
    sheet.freeze_panes(1, 1)


def _write_insight(
    book: Any,
    used: set[str],
    styles: dict[str, Any],
    lang: str,
    findings: Sequence[Finding] | None,
    at_risk: pd.DataFrame | None,
) -> None:
    """Add the conclusions sheet and the at-risk sheet for what is given."""
    currency = styles["currency"]
    if findings is not None:
        sheet = book.add_worksheet(_sheet_name(t("export.sheet.conclusions", lang), used))
        write_conclusions(sheet, conclusions(findings, lang, currency=currency), styles, lang)
    if at_risk is not None:
        sheet = book.add_worksheet(_sheet_name(t("export.sheet.at_risk", lang), used))
        write_at_risk(sheet, at_risk, styles, lang, currency)


def action_plan_xlsx(
    customers: pd.DataFrame,
    segments: Any,
    summary: pd.DataFrame | None,
    settings_flat: Mapping[str, str],
    playbook: Playbook | None = None,
    lang: str = "en",
    segment_kind: SegmentKind = "abc_xyz",
    *,
    source: str = "",
    created: date | None = None,
    findings: Sequence[Finding] | None = None,
    at_risk: pd.DataFrame | None = None,
    columns: Preset | None = None,
    currency: str = "",
) -> bytes:
    """Give the action-plan workbook (XLSX bytes): conclusions, at risk, summary, plan, segments.

    - ``customers``: the customer table; extra attribute columns are exported too.
    - ``segments``: each customer's code: ``None`` when the code column (``cell`` or
      ``quadrant``) is already in ``customers``; a frame with that column (or ``segment``)
      and ``customer_id`` to match on; or a sequence aligned by position with the rows, of
      letters ("AX", "III") or int codes (``abc * 4 + xyz``; 0 = I … 3 = IV). Missing
      means no code.
    - ``summary``: one row per segment with ``customers`` and ``revenue`` (``revenue_share``
      optional), the code in ``segment`` / ``code`` / ``cell`` / ``quadrant`` or the index,
      as from :func:`~segcore.report.segments.segment_sizes`, ``abc_xyz_summary`` or
      ``quadrant_summary``; ``None`` computes it from ``customers``.
    - ``settings_flat``: the settings used (``Scenario.to_flat_dict()``), shown with
      readable labels; numbers are written as numbers.
    - ``source``: the data source's name; ``created``: the report date (default today).
    - ``findings``: the conclusions (:func:`segcore.findings`), written first on a sheet of
      their own, one row per finding in the order given, with the first customers of each;
      ``at_risk``: the key customers at risk (:func:`segcore.at_risk`), on the next sheet.
      Each sheet is left out when its argument is ``None`` (an empty list still gets it).
    - ``columns``: the columns of the segment sheets: ``None`` every column of ``customers``;
      ``"sales"`` / ``"analyst"`` the lists a team acts on, with next action, priority and an
      empty owner column (:func:`segcore.report.sales_list.sales_frame`; far fewer cells to
      write in ``"sales"``, so a large base is written several times faster).
    - ``currency``: the sign money carries, in the money headers ("Revenue, ₽") and in the
      conclusions' sentences; none when empty.

    Sheets: conclusions and at risk (when given), summary, action plan (one row per segment
    that has customers), then one sheet per non-empty segment named "<code> <card title>"
    (at most 31 characters, unique, without ``[]:*?/\\``), highest revenue first; customers
    without a code get a sheet of their own. Headers are frozen and filterable; every text
    cell is guarded.
    """
    playbook = playbook or Playbook()
    codes = segment_codes(customers, segments, segment_kind)
    table = (
        segment_sizes(customers, codes, segment_kind)
        if summary is None
        else summary_rows(summary, segment_kind)
    )
    meta = {
        "title": t(f"export.report.title.{segment_kind}", lang),
        "source": source,
        "created": created or date.today(),
    }
    groups = segment_groups(codes, segment_kind)
    buffer = io.BytesIO()
    with xlsxwriter.Workbook(buffer, dict(_BOOK_OPTIONS)) as book:
        styles = {**cell_styles(book, lang), "currency": currency}
        used: set[str] = set()
        _write_insight(book, used, styles, lang, findings, at_risk)
        summary_sheet = book.add_worksheet(_sheet_name(t("export.sheet.summary", lang), used))
        plan_sheet = book.add_worksheet(_sheet_name(t("export.sheet.playbook", lang), used))
        _write_summary(summary_sheet, table, settings_flat, meta, playbook, styles, lang)
        sizes = [(code, len(rows)) for code, rows in groups if code is not None]
        _write_plan(plan_sheet, sizes, playbook, styles, lang)
        for code, rows in groups:
            title = segment_name(code, playbook, lang)
            sheet = book.add_worksheet(_sheet_name(f"{code or ''} {title}", used))
            frame = _segment_frame(customers, rows, code, segment_kind)
            if columns is not None:
                segment: Literal["cell", "quadrant"] = "cell" if segment_kind == "abc_xyz" else "quadrant"
                frame = sales_frame(frame, playbook, lang, segment=segment, preset=columns)
            _write_customers(sheet, frame, styles, lang, currency)
    return buffer.getvalue()
