"""The canonical transactions of an engine's table, as an ibis expression, with its load report.

Mapping: as for files (:func:`segcore.ingest.mapping.resolve_mapping`), from the column
names and a sample of 200 rows, overridable. Parsing happens in the engine:

- ``customer_id``: the column as text, trimmed; empty or NULL → ``missing_customer``.
- ``date``: a DATE or TIMESTAMP column as it is; a text column in the one layout most
  sample values have (``2023-01-31``, ``20230131`` or ``31.01.2023``, two-digit day and
  month), other values → ``bad_date``.
- ``amount`` (and ``cost``, ``quantity``, ``price``, ``margin``): numbers as float;
  text with an optional sign, digits and a point or comma; NULL, NaN or anything else
  in the amount → ``bad_amount`` (in the other columns → NULL). ``price`` gives the amount
  (× quantity when there is one) and ``margin`` the cost (amount − margin), as for files.
- A row whose customer, date and amount are all NULL is a ``blank_row``.

The counts (rows, drops by reason, returns, zero amounts, future dates, first and last
date, total) come back from ONE aggregate query; duplicates are not counted in an engine.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import ibis
import ibis.expr.types as ir
import pandas as pd

from segcore.i18n import t
from segcore.ingest.mapping import resolve_mapping
from segcore.ingest.report import LoadReport

__all__ = ["DATE_LAYOUTS", "SAMPLE_ROWS", "EngineRead", "read_engine_table"]

SAMPLE_ROWS = 200
#: Text date layouts recognised in an engine: name → (pattern, where year, month, day start).
DATE_LAYOUTS: dict[str, tuple[str, tuple[int, int, int]]] = {
    "YYYY-MM-DD": (r"^[0-9]{4}-[0-9]{2}-[0-9]{2}", (0, 5, 8)),
    "YYYYMMDD": (r"^[0-9]{8}$", (0, 4, 6)),
    "DD.MM.YYYY": (r"^[0-9]{2}[.][0-9]{2}[.][0-9]{4}", (6, 3, 0)),
}
_NUMBER = r"^[-+]?[0-9]+([.,][0-9]+)?$"
_ENGINES = {"postgres": "PostgreSQL", "duckdb": "DuckDB", "pyspark": "Spark", "sqlite": "SQLite"}


@dataclass(frozen=True)
class EngineRead:
    """The kept rows as an ibis expression, the mapping and the engine's counts."""

    table: ir.Table
    mapping: dict[str, str]
    counts: dict[str, Any]
    date_layout: str | None
    columns: tuple[str, ...]
    by_content: tuple[str, ...]

    def report_for(self, engine: str, table: str | None, shown: str) -> LoadReport:
        """Give the load report, its source named as ``engine``, table or query."""
        what_en = t("engines.report_table", "en", table=table) if table else t("engines.report_query", "en")
        name = _ENGINES.get(engine, engine)
        c = self.counts
        dropped = {k: int(c[k]) for k in ("blank_row", "missing_customer", "bad_date", "bad_amount")}
        details: dict[str, Any] = {
            "format": f"{name}: {table}" if table else f"{name}: {what_en}",
            "source": shown,
            "engine": engine,
            "columns": list(self.columns),
            "mapping": dict(self.mapping),
            "mapped_by_content": list(self.by_content),
            "first_date": _as_date(c["first_date"]),
            "last_date": _as_date(c["last_date"]),
            "total_amount": float(c["total_amount"] or 0.0),
        }
        if self.date_layout:
            details["date_format"] = self.date_layout
        return LoadReport(
            rows_read=int(c["rows"]),
            rows_kept=int(c["rows"]) - sum(dropped.values()),
            dropped={k: v for k, v in dropped.items() if v},
            warnings={k: int(c[k]) for k in ("returns", "zero_amount", "future_date") if c[k]},
            details=details,
        )


def read_engine_table(raw: ir.Table, explicit: Mapping[str, str | None] | None, today: date) -> EngineRead:
    """Give the canonical expression over ``raw``, its mapping and its counts (one query)."""
    columns = tuple(raw.columns)
    sample = raw.limit(SAMPLE_ROWS).to_pandas()
    rows = [["" if pd.isna(v) else str(v) for v in row] for row in sample.itertuples(index=False)]
    result = resolve_mapping(columns, rows, explicit, strict=True)
    mapping = dict(result.mapping)
    date_column = raw[mapping["date"]]
    layout = _date_layout(sample[mapping["date"]]) if date_column.type().is_string() else None
    parsed = _parsed(raw, mapping, layout)
    counts = _counts(parsed, today)
    kept = parsed.filter(parsed._drop.isnull()).drop("_drop")
    return EngineRead(
        table=kept,
        mapping=mapping,
        counts=counts,
        date_layout=layout,
        columns=columns,
        by_content=tuple(result.by_content),
    )


def _date_layout(values: pd.Series) -> str:
    """Give the text date layout most sample values have (ISO when none does)."""
    texts = [str(v).strip() for v in values.dropna()]
    scores = {name: sum(bool(re.match(p, s)) for s in texts) for name, (p, _) in DATE_LAYOUTS.items()}
    return max(scores, key=lambda name: scores[name]) if any(scores.values()) else "YYYY-MM-DD"


def _text_date(column: ir.StringValue, layout: str) -> ir.DateValue:
    """Give a text column's dates in ``layout`` (NULL where a value does not match or is no day).

    Fixed positions, not regex groups (an engine compiles a constant pattern once); the
    day is checked against its month (leap years included) before the engine casts it.
    """
    pattern, (y, m, d) = DATE_LAYOUTS[layout]
    text = column.strip()
    matches = text.re_search(pattern)
    year, month, day = (
        ibis.ifelse(matches, text.substr(at, n), "0").cast("int32") for at, n in ((y, 4), (m, 2), (d, 2))
    )
    leap = ((year % 4 == 0) & (year % 100 != 0)) | (year % 400 == 0)
    days = ibis.cases((month.isin([4, 6, 9, 11]), 30), (month == 2, ibis.ifelse(leap, 29, 28)), else_=31)
    valid = matches & month.between(1, 12) & day.between(1, days)
    iso = text.substr(y, 4) + "-" + text.substr(m, 2) + "-" + text.substr(d, 2)
    return ibis.ifelse(valid, iso, None).cast("date")


def _date(column: ir.Value, layout: str | None) -> ir.DateValue:
    """Give a column as dates (timestamps cut to the day)."""
    if column.type().is_date():
        return column
    if column.type().is_timestamp():
        return column.date()
    if layout is None:
        return column.cast("date")
    return _text_date(column.cast("string"), layout)


def _number(column: ir.Value) -> ir.FloatingValue:
    """Give a column as float: numbers as they are, text parsed, NULL where it is not a number."""
    kind = column.type()
    if kind.is_numeric():
        value = column.cast("float64")
        return ibis.ifelse(value.isnan(), None, value) if kind.is_floating() else value
    text = column.cast("string").strip().replace(" ", "").replace(",", ".")
    return ibis.ifelse(text.re_search(_NUMBER), text, None).cast("float64")


def _parsed(raw: ir.Table, mapping: dict[str, str], layout: str | None) -> ir.Table:
    """Give the canonical columns and a ``_drop`` reason (NULL for a kept row)."""
    customer = raw[mapping["customer_id"]].cast("string").strip()
    day = _date(raw[mapping["date"]], layout)
    numbers = {f: _number(raw[c]) for f, c in mapping.items() if f in ("cost", "quantity", "price", "margin")}
    amount = _number(raw[mapping["amount"]]) if "amount" in mapping else numbers["price"]
    if "amount" not in mapping and "quantity" in numbers:
        amount = amount * numbers["quantity"]
    columns: dict[str, ir.Value] = {"customer_id": customer, "date": day, "amount": amount}
    for field in ("order_id", "product", "category"):
        if field in mapping:
            columns[field] = raw[mapping[field]].cast("string")
    if "cost" in numbers:
        columns["cost"] = numbers["cost"]
    elif "margin" in numbers:
        columns["cost"] = amount - numbers["margin"]
    if "quantity" in numbers:
        columns["quantity"] = numbers["quantity"]
    blank = raw[mapping["customer_id"]].isnull() & raw[mapping["date"]].isnull()
    source_amount = raw[mapping.get("amount") or mapping["price"]]
    drop = ibis.cases(
        (blank & source_amount.isnull(), "blank_row"),
        ((customer.isnull() | (customer == "")).fill_null(True), "missing_customer"),
        (day.isnull(), "bad_date"),
        (amount.isnull(), "bad_amount"),
        else_=ibis.literal(None, type="string"),
    )
    return raw.select(**columns, _drop=drop)


def _counts(parsed: ir.Table, today: date) -> dict[str, Any]:
    """Give the rows, drops by reason and warnings of the parsed table, from one query."""
    kept = parsed._drop.isnull()

    def count(condition: ir.BooleanValue) -> ir.IntegerValue:
        return ibis.ifelse(condition.fill_null(False), 1, 0).sum().fill_null(0)

    reasons = {
        r: count(parsed._drop == r) for r in ("blank_row", "missing_customer", "bad_date", "bad_amount")
    }
    frame = parsed.aggregate(
        rows=parsed.count(),
        **reasons,
        returns=count(kept & (parsed.amount < 0)),
        zero_amount=count(kept & (parsed.amount == 0)),
        future_date=count(kept & (parsed.date > today)),
        first_date=parsed.date.min(where=kept),
        last_date=parsed.date.max(where=kept),
        total_amount=parsed.amount.sum(where=kept),
    ).to_pandas()
    return {k: (None if pd.isna(v) else v) for k, v in frame.iloc[0].to_dict().items()}


def _as_date(value: Any) -> date | None:
    """Give an engine's date value as a date (None for none)."""
    return None if value is None else pd.Timestamp(value).date()
