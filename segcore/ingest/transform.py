"""The SQL that turns a raw relation into canonical transactions, in one pass.

Every source record becomes one row of the working table with a drop code; kept rows
have none. A record is dropped, first matching reason first, when it is:

1. ``blank_row``: every cell empty;
2. ``totals_row``: a text cell says Итого / Итог / Всего / Total / Subtotal (as a word)
   and the customer or the date is missing or unreadable;
3. ``missing_customer``: no customer id;
4. ``bad_date``: a date that cannot be read, or outside 1900-01-01 … 2099-12-31;
5. ``bad_amount``: an amount that cannot be read (text, empty, NaN, infinite).

Customer ids are trimmed text (see :func:`_trimmed`); a whole number from a typed cell
is written without ``.0``. Other text columns are kept as written (empty → NULL).
Optional columns are present only when mapped; ``margin`` gives cost = amount − margin;
``price`` gives amount = price × quantity (price alone without quantity).
"""

from __future__ import annotations

from dataclasses import dataclass

from segcore.ingest.dates import DateFormat, date_sql, number_date_sql
from segcore.ingest.numbers import NumberFormat, number_sql
from segcore.ingest.raw import RawColumn, RawTable, quote_ident, sql_literal

__all__ = ["CANONICAL", "DROP_REASONS", "Plan", "create_sql", "text_expr"]

CANONICAL = ("customer_id", "date", "amount", "order_id", "product", "category", "cost", "quantity")
REQUIRED_COLUMNS = ("customer_id", "date", "amount")
DROP_REASONS = ("blank_row", "totals_row", "missing_customer", "bad_date", "bad_amount")
_TEXT_FIELDS = ("customer_id", "order_id", "product", "category")
_NUMBER_FIELDS = ("amount", "cost", "quantity", "margin", "price")
_TRIM = sql_literal(" \t\r\n\u00a0\u202f")
_TOTALS = sql_literal(r"(?i)(^|\PL)(итого|итог|всего|total|subtotal)(\PL|$)")


@dataclass(frozen=True)
class Plan:
    """What to parse: field → source column name, the number format and the date format."""

    mapping: dict[str, str]
    numbers: NumberFormat
    dates: DateFormat

    def columns(self) -> tuple[str, ...]:
        """Give the canonical columns the result will have, in canonical order."""
        have = set(self.mapping)
        extra = {"cost"} if "margin" in have else set()
        return tuple(c for c in CANONICAL if c in have | extra | {"amount"})


def text_expr(col: RawColumn, *, trim: bool = True) -> str:
    """Give the text of a column, trimmed unless ``trim`` is false (typed numbers and
    dates written as text)."""
    parts = []
    if col.text:
        parts.append(_trimmed(col.text) if trim else col.text)
    if col.num:
        parts.append(
            f"CASE WHEN {col.num} = trunc({col.num}) AND abs({col.num}) < 1e15 "
            f"THEN CAST(CAST({col.num} AS BIGINT) AS VARCHAR) "
            f"ELSE CAST({col.num} AS VARCHAR) END"
        )
    if col.day:
        parts.append(f"CAST({col.day} AS VARCHAR)")
    return _coalesce(parts)


def _trimmed(text: str) -> str:
    """Give the text trimmed of spaces, tabs, line breaks and no-break spaces ('' kept).

    The trim runs only for values starting or ending with an ASCII space (two cheap
    prefix/suffix tests instead of a trim of every value); a value edged only by a tab
    or a no-break space is left as it is.
    """
    return f"CASE WHEN {text} LIKE ' %' OR {text} LIKE '% ' THEN trim({text}, {_TRIM}) ELSE {text} END"


def _number(col: RawColumn, fmt: NumberFormat) -> str:
    """Give the number in a column (typed numbers first, else parsed text)."""
    parts = [p for p in (col.num, col.text and number_sql(col.text, fmt)) if p]
    return _coalesce(parts)


def _date(col: RawColumn, fmt: DateFormat) -> str:
    """Give the date in a column (date cells first, then text, then day numbers)."""
    parts = [
        p for p in (col.day, col.text and date_sql(col.text, fmt), col.num and number_date_sql(col.num)) if p
    ]
    return _coalesce(parts)


def _coalesce(parts: list[str]) -> str:
    """Give COALESCE over the parts (NULL when there are none)."""
    if not parts:
        return "NULL"
    return parts[0] if len(parts) == 1 else f"COALESCE({', '.join(parts)})"


def _fields(raw: RawTable, plan: Plan) -> dict[str, str]:
    """Give the raw SQL expression of each mapped field."""
    exprs: dict[str, str] = {}
    for field, name in plan.mapping.items():
        col = raw.column(name)
        if field in _TEXT_FIELDS:
            exprs[field] = text_expr(col, trim=field == "customer_id")
        elif field == "date":
            exprs[field] = _date(col, plan.dates)
        else:
            exprs[field] = _number(col, plan.numbers)
    return exprs


def _checked(exprs: dict[str, str]) -> dict[str, str]:
    """Give the final column expressions over the first stage's parsed fields."""

    def f(name: str) -> str:
        return quote_ident(f"_seg_f_{name}")

    out = {"customer_id": f"nullif({f('customer_id')}, '')"}
    out["date"] = (
        f"CASE WHEN {f('date')} BETWEEN DATE '1900-01-01' AND DATE '2099-12-31' THEN {f('date')} END"
    )
    finite = "CASE WHEN isfinite({x}) THEN {x} END"
    if "amount" in exprs:
        out["amount"] = finite.format(x=f("amount"))
    else:
        qty = f("quantity") if "quantity" in exprs else "1"
        out["amount"] = finite.format(x=f"({f('price')} * {qty})")
    for field in ("order_id", "product", "category"):
        if field in exprs:
            out[field] = f"nullif({f(field)}, '')"
    if "cost" in exprs:
        out["cost"] = finite.format(x=f("cost"))
    elif "margin" in exprs:
        out["cost"] = finite.format(x=f"({out['amount']} - {f('margin')})")
    if "quantity" in exprs:
        out["quantity"] = finite.format(x=f("quantity"))
    return out


def _drop_sql(raw: RawTable) -> str:
    """Give the drop-code expression; cell checks run only for rows missing a field."""
    texts = [c.text for c in raw.columns if c.text]
    blank = [f"coalesce(trim({t}, {_TRIM}), '') = ''" for t in texts] + [
        f"{x} IS NULL" for c in raw.columns for x in (c.num, c.day) if x
    ]
    joined = "concat_ws(' | ', " + ", ".join(texts) + ")" if texts else "''"
    customer, day, amount = (quote_ident(f"_seg_c_{n}") for n in REQUIRED_COLUMNS)
    return (
        f"CASE WHEN {customer} IS NOT NULL AND {day} IS NOT NULL AND {amount} IS NOT NULL "
        f"THEN NULL WHEN {' AND '.join(blank) or 'false'} THEN 1 "
        f"WHEN ({customer} IS NULL OR {day} IS NULL) AND regexp_matches({joined}, {_TOTALS}) "
        f"THEN 2 WHEN {customer} IS NULL THEN 3 WHEN {day} IS NULL THEN 4 ELSE 5 END"
    )


def create_sql(table: str, raw: RawTable, plan: Plan) -> str:
    """Give the CREATE TABLE statement of the working table.

    Columns: the canonical ones, ``_drop`` (drop code, NULL for kept rows) and
    ``_row_hash`` (64-bit hash of the canonical values, for counting duplicates).
    """
    exprs = _fields(raw, plan)
    stage1 = ", ".join(f"{e} AS {quote_ident('_seg_f_' + f)}" for f, e in exprs.items())
    final = {c: e for c, e in _checked(exprs).items() if c in plan.columns()}
    stage2 = ", ".join(f"{e} AS {quote_ident('_seg_c_' + c)}" for c, e in final.items())
    names = ", ".join(f"{quote_ident('_seg_c_' + c)} AS {quote_ident(c)}" for c in final)
    row_hash = "hash(" + ", ".join(quote_ident("_seg_c_" + c) for c in final) + ")"
    return (
        f"CREATE TABLE {quote_ident(table)} AS SELECT {names}, "
        f"CAST({_drop_sql(raw)} AS UTINYINT) AS _drop, {row_hash} AS _row_hash FROM ("
        f"SELECT *, {stage2} FROM (SELECT *, {stage1} FROM {raw.relation}))"
    )
