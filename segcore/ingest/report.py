"""The load report: every source row accounted for, and what was detected, in plain words.

Invariant: ``rows_read == rows_kept + sum(dropped.values())``. Drop reasons are
``blank_row``, ``totals_row``, ``missing_customer``, ``bad_date``, ``bad_amount`` and
``malformed_row`` (a CSV record with more cells than the header). Warnings count rows
that are kept: ``returns`` (negative amount), ``zero_amount``, ``future_date`` (after the
load's ``today``), ``duplicates`` (a repeat of an earlier row), and for attribute files
``attributes_unmatched`` and ``attributes_duplicates``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from segcore.i18n import t
from segcore.i18n.format import fmt_date, fmt_int, fmt_number

__all__ = ["DROP_CODES", "WARNING_CODES", "LoadReport"]

DROP_CODES = (
    "blank_row",
    "totals_row",
    "missing_customer",
    "bad_date",
    "bad_amount",
    "malformed_row",
)
WARNING_CODES = (
    "returns",
    "zero_amount",
    "future_date",
    "duplicates",
    "attributes_unmatched",
    "attributes_duplicates",
)
_LABELS = {
    "customer_id": ("customer", "клиент"),
    "date": ("date", "дата"),
    "amount": ("amount", "сумма"),
    "order_id": ("order", "документ"),
    "product": ("product", "товар"),
    "category": ("category", "категория"),
    "cost": ("cost", "себестоимость"),
    "quantity": ("quantity", "количество"),
    "margin": ("margin", "маржа"),
    "price": ("price", "цена"),
}


@dataclass(frozen=True)
class LoadReport:
    """What happened to every source row, and what was detected about the source.

    ``examples`` gives up to five source row numbers (as a spreadsheet shows them) per
    drop reason. ``details`` holds the detection: format, encoding, delimiter, decimal,
    thousands, date_format, date_order, date_order_source, header_row, sheet, columns, mapping,
    mapped_by_content, customer_candidates, first_date, last_date, total_amount.
    """

    rows_read: int
    rows_kept: int
    dropped: dict[str, int]
    warnings: dict[str, int]
    details: dict[str, Any] = field(default_factory=dict)
    examples: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.rows_read != self.rows_kept + sum(self.dropped.values()):
            raise ValueError("rows_read must equal rows_kept plus the dropped rows")

    def lines(self, lang: str = "en") -> list[str]:
        """Give the report as sentences in ``lang`` ("en" or "ru")."""
        out = [
            t(
                "ingest.report.read",
                lang,
                read=fmt_int(self.rows_read, lang),
                kept=fmt_int(self.rows_kept, lang),
            )
        ]
        out += _detection_lines(self.details, lang)
        for reason in DROP_CODES:
            if self.dropped.get(reason):
                rows = self.examples.get(reason, ())
                examples = (
                    t("ingest.report.examples", lang, rows=", ".join(fmt_int(r, lang) for r in rows))
                    if rows
                    else ""
                )
                out.append(
                    t(f"ingest.drop.{reason}", lang, n=fmt_int(self.dropped[reason], lang), examples=examples)
                )
        today = self.details.get("today", "")
        for code in WARNING_CODES:
            if self.warnings.get(code):
                out.append(t(f"ingest.warn.{code}", lang, n=fmt_int(self.warnings[code], lang), today=today))
        first, last = self.details.get("first_date"), self.details.get("last_date")
        if isinstance(first, date) and isinstance(last, date):
            total = fmt_number(float(self.details.get("total_amount", 0.0)), lang, 2)
            out.append(
                t(
                    "ingest.report.period",
                    lang,
                    first=fmt_date(first, lang),
                    last=fmt_date(last, lang),
                    total=total,
                )
            )
        return out


def _detection_lines(details: dict[str, Any], lang: str) -> list[str]:
    """Give the sentences about format, header, mapping and dates."""
    out = [t("ingest.report.source", lang, format=_format_name(details), extras=_extras(details, lang))]
    if details.get("header_row"):
        out.append(t("ingest.report.header", lang, row=details["header_row"]))
    elif details.get("format") in ("csv", "text", "xlsx"):
        out.append(t("ingest.report.no_header", lang))
    idx = 1 if lang == "ru" else 0
    mapping = details.get("mapping") or {}
    if mapping:
        pairs = ", ".join(f"{_LABELS.get(k, (k, k))[idx]} ← {_quoted(v, lang)}" for k, v in mapping.items())
        out.append(t("ingest.report.mapping", lang, pairs=pairs))
    if details.get("mapped_by_content"):
        fields = ", ".join(_LABELS[f][idx] for f in details["mapped_by_content"])
        out.append(t("ingest.report.by_content", lang, fields=fields))
    candidates = details.get("customer_candidates") or ()
    if candidates:
        out.append(
            t(
                "ingest.report.candidates",
                lang,
                chosen=candidates[0],
                columns=", ".join(_quoted(c, lang) for c in candidates),
            )
        )
    if details.get("date_format"):
        source = details.get("date_order_source")
        key = (
            f"ingest.report.order_{source}"
            if source in ("data", "default_ru", "default_en")
            else "ingest.report.dates"
        )
        out.append(t(key, lang, format=details["date_format"]))
    return out


def _quoted(text: str, lang: str) -> str:
    """Give text in the quotation marks of ``lang``."""
    return f"«{text}»" if lang == "ru" else f"“{text}”"


def _format_name(details: dict[str, Any]) -> str:
    """Give the source format with its encoding, e.g. ``CSV (Windows-1251, gzip)``."""
    names = {"csv": "CSV", "text": "text", "xlsx": "Excel", "parquet": "Parquet", "dataframe": "DataFrame"}
    name = names.get(str(details.get("format")), str(details.get("format")))
    extra = [e for e in (_encoding_name(details.get("encoding")), details.get("compression")) if e]
    return f"{name} ({', '.join(extra)})" if extra else name


def _encoding_name(encoding: object) -> str | None:
    """Give the usual name of a codec."""
    return (
        {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 BOM", "utf-16": "UTF-16", "cp1251": "Windows-1251"}.get(
            str(encoding)
        )
        if encoding
        else None
    )


def _extras(details: dict[str, Any], lang: str) -> str:
    """Give ", separator “;”, decimal comma, thousands separator space" and the sheet."""
    parts = []
    delimiter = details.get("delimiter")
    if delimiter == "whitespace":
        parts.append(t("ingest.word.aligned", lang))
    elif delimiter:
        shown = t("ingest.word.tab", lang) if delimiter == "\t" else _quoted(delimiter, lang)
        parts.append(t("ingest.word.delimiter", lang, sep=shown))
    if details.get("sheet"):
        parts.append(t("ingest.word.sheet", lang, sheet=details["sheet"]))
    if details.get("decimal") == ",":
        parts.append(t("ingest.word.decimal_comma", lang))
    thousands = details.get("thousands")
    if thousands:
        shown = t("ingest.word.space", lang) if thousands.isspace() else _quoted(thousands, lang)
        parts.append(t("ingest.word.thousands", lang, sep=shown))
    return "".join(", " + p for p in parts)
