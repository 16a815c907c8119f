"""Action-plan exports: an XLSX workbook, per-segment CSV lists and a Markdown report.

All functions are pure: data in, ``bytes`` or ``str`` out, nothing written to disk.

Formula-injection guard: a spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or
``@`` (and some programs also one that starts with a tab or a carriage return) as a formula.
Every text cell of every export passes through :func:`safe_cell`, which puts an apostrophe
in front of such text (the OWASP advice for CSV injection). Numbers are never touched: a
negative number stays a number. In the workbook, text is also always written as a string
cell, never as a formula. The price of the guard: a customer id such as ``+79161234567``
comes out as ``'+79161234567``.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, Literal

import numpy as np
import pandas as pd
import xlsxwriter

from segcore.errors import InputError
from segcore.i18n import has_key, t
from segcore.report.playbook import ABC_XYZ_CODES, QUADRANT_CODES, Playbook, priority_label

__all__ = [
    "FORMULA_TRIGGERS",
    "SegmentKind",
    "action_plan_xlsx",
    "column_label",
    "markdown_report",
    "safe_cell",
    "segment_csv",
    "segment_sizes",
    "setting_label",
    "setting_value",
]

SegmentKind = Literal["abc_xyz", "quadrant"]

FORMULA_TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
# Full-width forms are guarded too, as a precaution: they are easy to mistype for the real ones.
_LEADING_TRIGGERS = frozenset("=+-@＝＋－＠")

_KIND_COLUMN: dict[str, str] = {"abc_xyz": "cell", "quadrant": "quadrant"}
_KIND_CODES: dict[str, tuple[str, ...]] = {"abc_xyz": ABC_XYZ_CODES, "quadrant": QUADRANT_CODES}
_CODE_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("cell", ABC_XYZ_CODES),
    ("quadrant", QUADRANT_CODES),
    ("abc", ("A", "B", "C")),
    ("xyz", ("X", "Y", "Z", "N")),
)
_TEXT_COLUMNS = frozenset({"customer_id", "abc", "xyz", "cell", "quadrant", "segment"})
_MONEY_COLUMNS = frozenset(
    {"revenue", "purchases", "returns", "cost", "margin", "avg_check", "revenue_per_period",
     "ltv_simple", "clv"}
)  # fmt: skip
_SHARE_COLUMNS = frozenset({"return_rate", "peak_share", "p_alive", "cv", "revenue_share"})
_COUNT_COLUMNS = frozenset(
    {"orders", "lines", "tenure_days", "recency_days", "age_days", "active_periods",
     "history_periods", "relationship_periods", "customers"}
)  # fmt: skip
_DATE_COLUMNS = frozenset({"first_purchase", "last_purchase"})
_MAX_CELL_TEXT = 32_767


# --- the guard and the labels -------------------------------------------------------------


def safe_cell(value: Any) -> Any:
    """Give ``value`` safe to put in a spreadsheet cell: formula-like text gets a leading ``'``.

    Text is formula-like when its first non-blank character is ``=``, ``+``, ``-`` or ``@``
    (or their full-width forms), or when a tab or carriage return comes before the first
    non-blank character. Anything that is not text (numbers, dates, ``None``) is returned
    unchanged, so ``-2`` stays the number -2 while the text ``"-2"`` becomes ``"'-2"``.
    """
    if not isinstance(value, str):
        return value
    rest = value.lstrip()
    head = value[: len(value) - len(rest)]
    if "\t" in head or "\r" in head or rest[:1] in _LEADING_TRIGGERS:
        return "'" + value
    return value


def column_label(column: str, lang: str = "en") -> str:
    """Give the people's name of a customer-table column; unknown columns keep their name."""
    key = f"export.column.{column}"
    return t(key, lang) if has_key(key) else str(column)


def setting_label(key: str, lang: str = "en") -> str:
    """Give the people's name of a flat settings key (``abc_a``); unknown keys stay as they are."""
    label_key = f"export.setting.{key}"
    return t(label_key, lang) if has_key(label_key) else key


def setting_value(key: str, value: str, lang: str = "en") -> str:
    """Give a settings value in words when it is a named option (``M`` → "month").

    An empty value reads as the setting's default meaning where it has one
    ("first date in the data"), otherwise "—". Other values are returned as given.
    """
    value_key = f"export.value.{key}.{value}"
    if has_key(value_key):
        return t(value_key, lang)
    return "—" if value == "" else value


# --- selecting and counting segments -------------------------------------------------------


def _is_missing(value: Any) -> bool:
    """Tell whether a scalar is empty (None, NaN, NA, NaT)."""
    if value is None:
        return True
    if isinstance(value, str):
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _as_codes(values: Iterable[Any]) -> list[str | None]:
    return [None if _is_missing(v) else str(v) for v in values]


def _positional_codes(segments: Any, segment_kind: SegmentKind) -> list[str | None]:
    """Give codes from a sequence aligned with the customers; int codes index the kind's codes."""
    values = segments.to_numpy() if isinstance(segments, pd.Series) else segments
    array = np.asarray(values)
    if array.dtype.kind not in "iu":
        return _as_codes(np.asarray(values, dtype=object))
    letters = _KIND_CODES[segment_kind]
    if array.size and array.max() >= len(letters):
        raise ValueError(f"integer segment codes must be below {len(letters)}")
    return [None if i < 0 else letters[i] for i in array.tolist()]


def _segment_codes(customers: pd.DataFrame, segments: Any, segment_kind: SegmentKind) -> list[str | None]:
    """Give one segment code (or None) per customer row, in the customers' row order.

    ``segments`` may be ``None`` (the code column is already in ``customers``), a frame with
    the code column (``cell`` / ``quadrant``, or ``segment``) and optionally ``customer_id``
    to match on, or a sequence / Series aligned by position with the rows of ``customers``
    holding code letters or int codes (``abc * 4 + xyz`` for cells, 0 = I … 3 = IV for
    quadrants, negative = no code). Missing values mean "no code".
    """
    column = _KIND_COLUMN[segment_kind]
    if segments is None:
        if column not in customers.columns:
            raise InputError("export.error.missing_column", column=column)
        codes = _as_codes(customers[column])
    elif isinstance(segments, pd.DataFrame):
        name = column if column in segments.columns else "segment"
        if name not in segments.columns:
            raise ValueError(f"segments frame needs a {column!r} or 'segment' column")
        if "customer_id" in segments.columns and "customer_id" in customers.columns:
            lookup = dict(zip(segments["customer_id"].astype(str), segments[name], strict=True))
            codes = _as_codes(lookup.get(c) for c in customers["customer_id"].astype(str))
        else:
            codes = _as_codes(segments[name])
    else:
        codes = _positional_codes(segments, segment_kind)
    if len(codes) != len(customers):
        raise ValueError(f"{len(codes)} segment codes for {len(customers)} customers")
    unknown = {c for c in codes if c is not None} - set(_KIND_CODES[segment_kind])
    if unknown:
        raise ValueError(f"codes {sorted(unknown)} are not {segment_kind} codes")
    return codes


def _revenue(customers: pd.DataFrame) -> np.ndarray:
    if "revenue" not in customers.columns:
        return np.zeros(len(customers))
    return pd.to_numeric(customers["revenue"], errors="coerce").fillna(0.0).to_numpy(float)


def segment_sizes(
    customers: pd.DataFrame, segments: Any = None, segment_kind: SegmentKind = "abc_xyz"
) -> pd.DataFrame:
    """Give customers, revenue and revenue share per segment, every code of the kind in order.

    Columns: ``segment``, ``customers``, ``revenue``, ``revenue_share``. The share is the
    segment's revenue divided by the revenue of all customers (NaN when that total is not
    positive; with net returns a segment's share can fall outside 0 … 1). Customers without
    a code form a last row with ``segment`` = None.
    """
    codes = _segment_codes(customers, segments, segment_kind)
    keys = np.array(["" if c is None else c for c in codes], dtype=object)
    revenue = _revenue(customers)
    total = float(revenue.sum())
    rows = []
    order: list[str | None] = list(_KIND_CODES[segment_kind])
    if (keys == "").any():
        order.append(None)
    for code in order:
        mask = keys == ("" if code is None else code)
        seg_revenue = float(revenue[mask].sum())
        share = seg_revenue / total if total > 0 else math.nan
        rows.append((code, int(mask.sum()), seg_revenue, share))
    frame = pd.DataFrame(rows, columns=["segment", "customers", "revenue", "revenue_share"])
    frame["segment"] = pd.Series([row[0] for row in rows], dtype=object)
    return frame


def _summary_rows(summary: pd.DataFrame, segment_kind: SegmentKind | None) -> pd.DataFrame:
    """Give a caller's summary in the shape of :func:`segment_sizes`.

    The code is taken from a ``segment`` column, else ``code``, else the kind's code column
    (``cell`` / ``quadrant``), else the index. ``customers`` and ``revenue`` are required;
    a missing ``revenue_share`` is computed from ``revenue``.
    """
    frame = summary.copy()
    if "segment" not in frame.columns:
        names = ["code"] + ([_KIND_COLUMN[segment_kind]] if segment_kind else list(_KIND_COLUMN.values()))
        found = next((name for name in names if name in frame.columns), None)
        if found is None:
            frame = frame.rename_axis("segment").reset_index()
        else:
            frame = frame.rename(columns={found: "segment"})
    missing = {"customers", "revenue"} - set(frame.columns)
    if missing:
        raise ValueError(f"summary needs the columns {sorted(missing)}")
    if "revenue_share" not in frame.columns:
        total = float(pd.to_numeric(frame["revenue"]).sum())
        frame["revenue_share"] = frame["revenue"] / total if total > 0 else math.nan
    frame["segment"] = pd.Series(_as_codes(frame["segment"]), index=frame.index, dtype=object)
    return frame[["segment", "customers", "revenue", "revenue_share"]].reset_index(drop=True)


def _segment_name(code: str | None, playbook: Playbook, lang: str) -> str:
    if code is None:
        return t("export.report.unclassified", lang)
    return playbook.card(code, lang).title


# --- CSV -------------------------------------------------------------------------------------


def _code_column(codes: Sequence[str]) -> str:
    for column, family in _CODE_COLUMNS:
        if all(code in family for code in codes):
            return column
    raise ValueError(f"segment codes {list(codes)} do not belong to one family")


def _selection_mask(customers: pd.DataFrame, selection: Any, column: str | None) -> np.ndarray:
    """Give a boolean row mask from a mask, one code, several codes or ``None`` (all rows)."""
    if selection is None:
        return np.ones(len(customers), dtype=bool)
    if isinstance(selection, str):
        selection = [selection]
    if isinstance(selection, pd.Series) and pd.api.types.is_bool_dtype(selection):
        selection = selection.fillna(False).to_numpy(dtype=bool)
    array = np.asarray(selection, dtype=object)
    if len(array) == 0:
        return np.zeros(len(customers), dtype=bool)
    if all(isinstance(v, bool | np.bool_) for v in array):
        if len(array) != len(customers):
            raise ValueError(f"mask of {len(array)} rows for {len(customers)} customers")
        return array.astype(bool)
    codes = [str(v) for v in array]
    name = column or _code_column(codes)
    if name not in customers.columns:
        raise InputError("export.error.missing_column", column=name)
    return customers[name].astype(object).isin(codes).to_numpy(dtype=bool)


def _round_for_csv(column: str, series: pd.Series) -> pd.Series:
    """Give money to 2 decimals, shares and CV to 4, whole counts without decimals."""
    whole = series.dropna()
    if column in _COUNT_COLUMNS and bool((np.isfinite(whole) & (whole == whole.round())).all()):
        return series.astype("Int64")
    if column in _MONEY_COLUMNS:
        return series.round(2)
    if column in _SHARE_COLUMNS or column == "loyalty":
        return series.round(4)
    return series


def _csv_text(value: Any, decimal: str) -> Any:
    """Give a value of a mixed or text column as it goes into CSV (guarded, local decimal)."""
    if isinstance(value, float) and not math.isnan(value):
        return repr(value).replace(".", decimal)
    return safe_cell(value)


def _csv_column(column: str, series: pd.Series, lang: str) -> pd.Series:
    """Give one column ready for CSV: dates formatted, numbers rounded, text guarded."""
    date_format = "%d.%m.%Y" if lang == "ru" else "%Y-%m-%d"
    decimal = "," if lang == "ru" else "."
    if column in _DATE_COLUMNS or pd.api.types.is_datetime64_any_dtype(series):
        return pd.to_datetime(series, errors="coerce").dt.strftime(date_format).astype(object)
    if column in _TEXT_COLUMNS:
        return series.astype(object).map(lambda v: None if _is_missing(v) else safe_cell(str(v)))
    if pd.api.types.is_bool_dtype(series):
        return series
    if pd.api.types.is_float_dtype(series):
        return _round_for_csv(column, series)
    if pd.api.types.is_numeric_dtype(series):
        return series
    return series.astype(object).map(lambda v: None if _is_missing(v) else _csv_text(v, decimal))


def segment_csv(
    customers: pd.DataFrame,
    selection: Any = None,
    lang: str = "en",
    *,
    column: str | None = None,
) -> bytes:
    """Give the selected customers as CSV bytes that Excel opens correctly in ``lang``.

    ``selection`` is a boolean mask over the rows, one segment code (``"AX"``, ``"III"``,
    ``"A"``, ``"Z"``), several codes of one family, or ``None`` for every row. Codes are
    looked up in ``column`` or, by default, in the column their family lives in (``cell``,
    ``quadrant``, ``abc`` or ``xyz``). Rows keep the input order.

    Format: UTF-8 with a byte-order mark, CRLF line ends, headers translated; ``ru`` uses
    ``;`` between fields, a decimal comma and dd.mm.yyyy dates; ``en`` uses ``,``, a decimal
    point and ISO dates. Money is rounded to 2 decimals, shares and CV to 4. Every text cell
    passes through :func:`safe_cell`.
    """
    chosen = customers.loc[_selection_mask(customers, selection, column)]
    frame = pd.DataFrame({str(name): _csv_column(str(name), chosen[name], lang) for name in chosen.columns})
    frame.columns = [safe_cell(column_label(name, lang)) for name in frame.columns]
    text = frame.to_csv(
        index=False,
        sep=";" if lang == "ru" else ",",
        decimal="," if lang == "ru" else ".",
        lineterminator="\r\n",
    )
    return text.encode("utf-8-sig")


# --- formatting numbers for people ----------------------------------------------------------


def _number_text(value: float, lang: str, decimals: int = 0) -> str:
    text = f"{value:,.{decimals}f}"
    if lang == "ru":
        text = text.replace(",", "\u00a0").replace(".", ",")
    return text


def _share_text(value: float, lang: str) -> str:
    if _is_missing(value):
        return "—"
    return f"{_number_text(float(value) * 100, lang, 1)}\u00a0%"


def _date_text(value: date, lang: str) -> str:
    return value.strftime("%d.%m.%Y" if lang == "ru" else "%Y-%m-%d")


def _parse_number(text: str) -> float | None:
    """Give a settings value as a number when it is one ("0.8" → 0.8), else None."""
    try:
        number = float(text)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


# --- Markdown -------------------------------------------------------------------------------


def _md_cell(value: Any) -> str:
    """Give a table cell on one line with pipes escaped (guard text with safe_cell first)."""
    return " ".join(str(value).split()).replace("|", "\\|")


def _md_table(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[str]:
    lines = ["| " + " | ".join(_md_cell(h) for h in header) + " |"]
    lines.append("|" + "|".join("---" for _ in header) + "|")
    lines.extend("| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows)
    return lines


def _fact_text(name: str, value: Any, lang: str) -> str:
    if isinstance(value, datetime | date):
        return _date_text(value, lang)
    if isinstance(value, bool) or not isinstance(value, int | float | np.number):
        return " ".join(str(value).split())
    if name.endswith(("share", "rate")):
        return _share_text(float(value), lang)
    decimals = 0 if float(value).is_integer() else 2
    return _number_text(float(value), lang, decimals)


def _md_plan(code: str, customers: int, playbook: Playbook, lang: str) -> list[str]:
    card = playbook.card(code, lang)

    def line(text: str) -> str:
        return " ".join(text.split())

    lines = [f"### {code} — {line(card.title)} ({_number_text(customers, lang)})", ""]
    lines += [
        f"*{line(card.summary)}*",
        "",
        f"**{t('export.head.goal', lang)}:** {line(card.goal)}",
        "",
        f"**{t('export.head.actions', lang)}:**",
        "",
    ]
    lines += [f"- {line(action)}" for action in card.actions]
    lines += ["", f"**{t('export.head.kpis', lang)}:**", ""]
    lines += [f"- {line(kpi)}" for kpi in card.kpis]
    for head, text in (
        ("rhythm", card.rhythm),
        ("owner", card.owner),
        ("priority", priority_label(card.priority, lang)),
    ):
        lines += ["", f"**{t(f'export.head.{head}', lang)}:** {line(text)}"]
    return [*lines, ""]


def _kind_of(codes: Iterable[str | None]) -> SegmentKind:
    present = {c for c in codes if c is not None}
    return "quadrant" if present and present <= set(QUADRANT_CODES) else "abc_xyz"


def _settings_text(key: str, value: str, lang: str) -> str:
    """Give a settings value for people: named options in words, numbers in local style."""
    shown = setting_value(key, value, lang)
    number = _parse_number(value) if shown == value else None
    if number is None:
        return str(safe_cell(shown))
    return format(number, "g").replace(".", "," if lang == "ru" else ".")


def _settings_rows(settings_flat: Mapping[str, str], lang: str) -> list[tuple[str, str]]:
    return [
        (str(safe_cell(setting_label(key, lang))), _settings_text(key, str(value), lang))
        for key, value in settings_flat.items()
    ]


def _fact_label(name: str, lang: str) -> str:
    for key in (f"export.fact.{name}", f"export.report.{name}"):
        if has_key(key):
            return t(key, lang)
    return name


def _md_head(
    facts: Mapping[str, Any], settings_flat: Mapping[str, str], kind: SegmentKind, lang: str
) -> list[str]:
    """Give the title, the headline figures and the settings table."""
    lines = [f"# {t(f'export.report.title.{kind}', lang)}", ""]
    if facts:
        lines += [f"## {t('export.report.headline', lang)}", ""]
        lines += [
            f"- **{_fact_label(name, lang)}:** {_fact_text(name, value, lang)}"
            for name, value in facts.items()
        ]
        lines.append("")
    lines += [f"## {t('export.report.settings', lang)}", ""]
    if not settings_flat:
        return [*lines, t("export.report.no_settings", lang), ""]
    header = (t("export.head.setting", lang), t("export.head.value", lang))
    return [*lines, *_md_table(header, _settings_rows(settings_flat, lang)), ""]


def _md_segments(table: pd.DataFrame, playbook: Playbook, lang: str) -> list[str]:
    """Give the segment table: code, name, customers, revenue, revenue share."""
    header = [
        t(f"export.head.{h}", lang) for h in ("segment", "name", "customers", "revenue", "revenue_share")
    ]
    rows = [
        (
            code or "—",
            safe_cell(_segment_name(code, playbook, lang)),
            _number_text(float(n), lang),
            _number_text(float(rev), lang, 2),
            _share_text(share, lang),
        )
        for code, n, rev, share in table.itertuples(index=False)
    ]
    return [f"## {t('export.report.segments', lang)}", "", *_md_table(header, rows), ""]


def markdown_report(
    summary: pd.DataFrame,
    settings_flat: Mapping[str, str],
    playbook: Playbook | None = None,
    lang: str = "en",
    **facts: Any,
) -> str:
    """Give a readable report: headline figures, settings, a segment table, a plan per segment.

    ``summary`` has one row per segment (``segment``, ``customers``, ``revenue`` and
    optionally ``revenue_share``; see :func:`segment_sizes`). Whether the segments are
    ABC×XYZ cells or quadrants is read from their codes. ``facts`` are headline figures
    shown in the given order (``source``, ``created``, ``customers``, ``revenue``,
    ``top_share`` … have translated labels; names ending in ``share`` or ``rate`` are shown
    as percentages of a 0 … 1 value). The plan covers only segments that have customers.
    """
    playbook = playbook or Playbook()
    table = _summary_rows(summary, None)
    lines = _md_head(facts, settings_flat, _kind_of(table["segment"]), lang)
    lines += _md_segments(table, playbook, lang)
    lines += [f"## {t('export.report.plan', lang)}", ""]
    planned = [
        (c, int(n))
        for c, n in zip(table["segment"], table["customers"], strict=True)
        if c is not None and n > 0
    ]
    for code, n in planned:
        lines += _md_plan(code, n, playbook, lang)
    if not planned:
        lines += [t("export.report.empty_plan", lang), ""]
    return "\n".join(lines).rstrip() + "\n"


# --- XLSX -----------------------------------------------------------------------------------

_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\\x00-\x1f]")


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


def _styles(book: xlsxwriter.Workbook, lang: str) -> dict[str, Any]:
    def fmt(**props: Any) -> Any:
        return book.add_format(props)

    return {
        "title": fmt(bold=True, font_size=14),
        "bold": fmt(bold=True),
        "header": fmt(bold=True, text_wrap=True, valign="top", bg_color="#DDEBF7", border=1),
        "text": fmt(num_format="@"),
        "wrap": fmt(text_wrap=True, valign="top"),
        "money": fmt(num_format="#,##0.00"),
        "share": fmt(num_format="0.0%"),
        "count": fmt(num_format="#,##0"),
        "number": fmt(num_format="#,##0.00"),
        "mixed": None,
        "date": fmt(num_format="dd.mm.yyyy" if lang == "ru" else "yyyy-mm-dd"),
    }


def _column_kind(name: str, series: pd.Series) -> str:
    """Give how a column is written: text, money, share, count, number, date, bool or mixed."""
    for kind, names in (
        ("text", _TEXT_COLUMNS),
        ("money", _MONEY_COLUMNS),
        ("share", _SHARE_COLUMNS),
        ("count", _COUNT_COLUMNS),
        ("date", _DATE_COLUMNS),
    ):
        if name in names:
            return kind
    if pd.api.types.is_datetime64_any_dtype(series):
        return "date"
    if pd.api.types.is_bool_dtype(series):
        return "bool"
    if pd.api.types.is_integer_dtype(series):
        return "count"
    return "number" if pd.api.types.is_numeric_dtype(series) else "mixed"


def _text(value: Any) -> str:
    return str(safe_cell(str(value)))[:_MAX_CELL_TEXT]


def _write_value(sheet: Any, row: int, col: int, value: Any, kind: str, styles: dict) -> None:
    """Write one cell by its kind; text is guarded and always a string cell, never a formula."""
    if _is_missing(value):
        return
    if kind == "text" or isinstance(value, str):
        sheet.write_string(row, col, _text(value), styles["text"] if kind == "text" else None)
    elif isinstance(value, bool | np.bool_):
        sheet.write_boolean(row, col, bool(value))
    elif isinstance(value, int | float | np.number):
        if math.isfinite(float(value)):
            sheet.write_number(row, col, float(value), styles[kind] if kind != "bool" else None)
    elif isinstance(value, datetime | date):
        if isinstance(value, pd.Timestamp):
            value = value.to_pydatetime()
        if isinstance(value, datetime) and value.tzinfo is not None:
            value = value.replace(tzinfo=None)
        sheet.write_datetime(row, col, value, styles["date"])
    else:
        sheet.write_string(row, col, _text(value))


def _header(sheet: Any, labels: Sequence[str], widths: Sequence[float], styles: dict) -> None:
    """Write a wrapped header row sized to its longest label and set the column widths."""
    lines = 1
    for col, (label, width) in enumerate(zip(labels, widths, strict=True)):
        sheet.write_string(0, col, _text(label), styles["header"])
        sheet.set_column(col, col, width)
        lines = max(lines, math.ceil(len(label) / max(width - 2, 1)))
    sheet.set_row(0, 15 * min(lines, 4) + 2)


def _column_width(label: str, kind: str, series: pd.Series) -> float:
    if kind in ("text", "mixed"):
        sample = series.head(500).astype(object).map(lambda v: len(str(v)))
        longest = int(sample.max()) if len(sample) else 0
        return float(min(max(longest + 2, len(label) // 2 + 2, 10), 40))
    return float(min(max(math.ceil(len(label) / 2) + 2, 12), 24))


def _write_column(sheet: Any, col: int, series: pd.Series, kind: str, styles: dict) -> None:
    """Write one column below the header: numbers and text in bulk, anything else cell by cell."""
    present = ~series.isna().to_numpy(dtype=bool)
    rows = (np.flatnonzero(present) + 1).tolist()
    numeric = pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)
    if numeric and kind not in ("text", "date"):
        values = series.to_numpy(dtype=float, na_value=np.nan)[present]
        finite = np.isfinite(values)
        write_number, style = sheet.write_number, styles[kind]
        for row, value in zip(np.asarray(rows)[finite].tolist(), values[finite].tolist(), strict=True):
            write_number(row, col, value, style)
    elif kind == "text" or pd.api.types.is_string_dtype(series):
        style = styles["text"] if kind == "text" else None
        for row, value in zip(rows, series[present].tolist(), strict=True):
            sheet.write_string(row, col, _text(value), style)
    else:
        for row, value in zip(rows, series[present].tolist(), strict=True):
            _write_value(sheet, row, col, value, kind, styles)


def _write_customers(sheet: Any, frame: pd.DataFrame, styles: dict, lang: str) -> None:
    """Write one segment's customers: guarded header, formats, frozen header and autofilter."""
    names = [str(name) for name in frame.columns]
    kinds = [_column_kind(name, frame[name]) for name in frame.columns]
    labels = [column_label(name, lang) for name in names]
    widths = [_column_width(lb, k, frame[c]) for lb, k, c in zip(labels, kinds, frame.columns, strict=True)]
    _header(sheet, labels, widths, styles)
    for col, (name, kind) in enumerate(zip(frame.columns, kinds, strict=True)):
        _write_column(sheet, col, frame[name], kind, styles)
    sheet.freeze_panes(1, 1)
    sheet.autofilter(0, 0, len(frame), len(names) - 1)


def _segment_frame(
    customers: pd.DataFrame, rows: np.ndarray, code: str | None, segment_kind: SegmentKind
) -> pd.DataFrame:
    """Give a segment's rows, customer_id first, the code column added, top revenue first."""
    frame = customers.iloc[rows].reset_index(drop=True)
    order = ["customer_id"] if "customer_id" in frame.columns else []
    frame = frame[order + [c for c in frame.columns if c not in order]]
    column = _KIND_COLUMN[segment_kind]
    if column not in frame.columns:
        frame.insert(min(1, len(frame.columns)), column, code)
    if "revenue" in frame.columns and pd.api.types.is_numeric_dtype(frame["revenue"]):
        frame = frame.sort_values("revenue", ascending=False, kind="stable", na_position="last")
    return frame


def _groups(codes: list[str | None], segment_kind: SegmentKind) -> list[tuple[str | None, Any]]:
    """Give (code, row positions) for every non-empty segment in order; no code comes last."""
    keys = np.array(["" if c is None else c for c in codes], dtype=object)
    groups: list[tuple[str | None, Any]] = []
    for code in [*_KIND_CODES[segment_kind], None]:
        rows = np.flatnonzero(keys == ("" if code is None else code))
        if len(rows):
            groups.append((code, rows))
    return groups


def _write_settings(sheet: Any, row: int, settings_flat: Mapping[str, str], styles: dict, lang: str) -> int:
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
        number = _parse_number(raw) if shown == raw else None
        sheet.write_string(offset, 0, _text(setting_label(key, lang)))
        if number is None:
            sheet.write_string(offset, 1, _text(shown))
        else:
            sheet.write_number(offset, 1, number)
    return row + len(settings_flat) + 3


def _write_sizes(
    sheet: Any, row: int, table: pd.DataFrame, playbook: Playbook, styles: dict, lang: str
) -> None:
    """Write segment sizes: name, customers and their share, revenue and its share, total."""
    sheet.write_string(row, 0, t("export.report.segments", lang), styles["bold"])
    heads = ("segment", "customers", "customer_share", "revenue", "revenue_share")
    for col, head in enumerate(heads):
        sheet.write_string(row + 1, col, t(f"export.head.{head}", lang), styles["header"])
    customers_total = float(pd.to_numeric(table["customers"]).sum())
    kinds = ("text", "count", "share", "money", "share")
    for offset, (code, n, revenue, share) in enumerate(table.itertuples(index=False), row + 2):
        name = _segment_name(code, playbook, lang)
        n_share = float(n) / customers_total if customers_total else math.nan
        values = (f"{code} — {name}" if code else name, n, n_share, revenue, share)
        for col, (value, kind) in enumerate(zip(values, kinds, strict=True)):
            _write_value(sheet, offset, col, value, kind, styles)
    last = row + 2 + len(table)
    sheet.write_string(last, 0, t("export.report.total", lang), styles["bold"])
    _write_value(sheet, last, 1, customers_total, "count", styles)
    _write_value(sheet, last, 3, float(pd.to_numeric(table["revenue"]).sum()), "money", styles)


def _write_summary(
    sheet: Any,
    table: pd.DataFrame,
    settings_flat: Mapping[str, str],
    meta: Mapping[str, Any],
    playbook: Playbook,
    styles: dict,
    lang: str,
) -> None:
    """Write the summary sheet: title, date, source, segment sizes, settings used."""
    sheet.set_column(0, 0, 46)
    sheet.set_column(1, 4, 16)
    sheet.write_string(0, 0, _text(meta["title"]), styles["title"])
    sheet.write_string(1, 0, t("export.report.created", lang), styles["bold"])
    sheet.write_datetime(1, 1, meta["created"], styles["date"])
    sheet.write_string(2, 0, t("export.report.source", lang), styles["bold"])
    sheet.write_string(2, 1, _text(meta["source"] or "—"))
    _write_sizes(sheet, 4, table, playbook, styles, lang)
    _write_settings(sheet, 4 + len(table) + 4, settings_flat, styles, lang)


def _write_plan(
    sheet: Any, sizes: Sequence[tuple[str, int]], playbook: Playbook, styles: dict, lang: str
) -> None:
    """Write one row per segment: name, customers, summary, goal, actions, KPIs, who, how often."""
    heads = ("segment", "customers", "summary", "goal", "actions", "kpis", "rhythm", "owner", "priority")
    widths = (28, 11, 36, 40, 60, 40, 32, 28, 32)
    _header(sheet, [t(f"export.head.{h}", lang) for h in heads], widths, styles)
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
        sheet.write_string(row, 0, _text(texts[0]), styles["wrap"])
        sheet.write_number(row, 1, n, styles["count"])
        for col, text in enumerate(texts[1:], start=2):
            sheet.write_string(row, col, _text(text), styles["wrap"])
    sheet.freeze_panes(1, 1)


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
) -> bytes:
    """Give the action-plan workbook (XLSX bytes): summary, plan, one sheet per segment.

    - ``customers``: the customer table; extra attribute columns are exported too.
    - ``segments``: each customer's code: ``None`` when the code column (``cell`` or
      ``quadrant``) is already in ``customers``; a frame with that column (or ``segment``)
      and ``customer_id`` to match on; or a sequence aligned by position with the rows, of
      letters ("AX", "III") or int codes (``abc * 4 + xyz``; 0 = I … 3 = IV). Missing
      means no code.
    - ``summary``: one row per segment with ``customers`` and ``revenue`` (``revenue_share``
      optional), the code in ``segment`` / ``code`` / ``cell`` / ``quadrant`` or the index,
      as from :func:`segment_sizes`, ``abc_xyz_summary`` or ``quadrant_summary``;
      ``None`` computes it from ``customers``.
    - ``settings_flat``: the settings used (``Scenario.to_flat_dict()``), shown with
      readable labels; numbers are written as numbers.
    - ``source``: the data source's name; ``created``: the report date (default today).

    Sheets: summary, action plan (one row per segment that has customers), then one sheet
    per non-empty segment named "<code> <card title>" (at most 31 characters, unique,
    without ``[]:*?/\\``), highest revenue first; customers without a code get a sheet of
    their own. Headers are frozen and filterable; every text cell is guarded.
    """
    playbook = playbook or Playbook()
    codes = _segment_codes(customers, segments, segment_kind)
    table = (
        segment_sizes(customers, codes, segment_kind)
        if summary is None
        else _summary_rows(summary, segment_kind)
    )
    meta = {
        "title": t(f"export.report.title.{segment_kind}", lang),
        "source": source,
        "created": created or date.today(),
    }
    groups = _groups(codes, segment_kind)
    buffer = io.BytesIO()
    options = {
        "in_memory": True,
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
    }
    with xlsxwriter.Workbook(buffer, options) as book:
        styles = _styles(book, lang)
        used: set[str] = set()
        summary_sheet = book.add_worksheet(_sheet_name(t("export.sheet.summary", lang), used))
        plan_sheet = book.add_worksheet(_sheet_name(t("export.sheet.playbook", lang), used))
        _write_summary(summary_sheet, table, settings_flat, meta, playbook, styles, lang)
        sizes = [(code, len(rows)) for code, rows in groups if code is not None]
        _write_plan(plan_sheet, sizes, playbook, styles, lang)
        for code, rows in groups:
            title = _segment_name(code, playbook, lang)
            sheet = book.add_worksheet(_sheet_name(f"{code or ''} {title}", used))
            frame = _segment_frame(customers, rows, code, segment_kind)
            _write_customers(sheet, frame, styles, lang)
    return buffer.getvalue()
