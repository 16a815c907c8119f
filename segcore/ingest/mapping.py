"""Which source column holds which canonical field: from header names, else from content.

Header names are matched in Russian and English, tolerant of case, ``ё``, punctuation,
camelCase and Russian word endings ("Код клиента", "Дата документа", "CustomerID").
Each header goes to the field it matches best (an exact name beats a name that merely
contains the word). Two extra fields are accepted besides the canonical ones: ``margin``
(cost = amount − margin) and ``price`` (amount = price × quantity, or price alone).

Required fields not found by name are looked for by content among the columns whose
names matched nothing: the date is the column most values of which read as dates; the
amount the right-most numeric column with decimals (else the right-most numeric column
without leading zeros); the customer the first remaining column of codes, names or ids.
When several columns could be the customer the first is taken and the report says so.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from segcore.errors import InputError
from segcore.ingest.dates import date_family
from segcore.ingest.numbers import NumberFormat, parse_number

__all__ = [
    "FIELDS",
    "OPTIONAL",
    "REQUIRED",
    "MappingResult",
    "resolve_mapping",
    "suggest_by_name",
]

REQUIRED = ("customer_id", "date", "amount")
OPTIONAL = ("order_id", "product", "category", "cost", "quantity", "margin", "price")
FIELDS = REQUIRED + OPTIONAL

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "customer_id": (
        "customer",
        "customer id",
        "customer code",
        "customer number",
        "customer name",
        "client",
        "client id",
        "client code",
        "client name",
        "buyer",
        "buyer id",
        "account",
        "member id",
        "user id",
        "контрагент",
        "покупатель",
        "клиент",
        "партнер",
        "код клиента",
        "код контрагента",
        "код покупателя",
        "заказчик",
        "id клиента",
        "номер клиента",
        "наименование контрагента",
    ),
    "date": (
        "date",
        "order date",
        "invoice date",
        "purchase date",
        "transaction date",
        "sale date",
        "day",
        "timestamp",
        "datetime",
        "дата",
        "период",
        "дата документа",
        "дата продажи",
        "дата заказа",
        "дата чека",
        "дата покупки",
        "день",
    ),
    "amount": (
        "amount",
        "sum",
        "revenue",
        "sales",
        "sales amount",
        "net amount",
        "total amount",
        "line total",
        "value",
        "сумма",
        "выручка",
        "стоимость",
        "сумма продажи",
        "сумма продаж",
        "сумма реализации",
        "сумма документа",
        "оборот",
    ),
    "order_id": (
        "order",
        "order id",
        "order number",
        "order no",
        "invoice",
        "invoice id",
        "invoice no",
        "invoice number",
        "receipt",
        "receipt id",
        "transaction id",
        "номер документа",
        "документ",
        "заказ",
        "номер заказа",
        "чек",
        "номер чека",
        "номер",
        "накладная",
        "регистратор",
    ),
    "product": (
        "product",
        "product name",
        "product id",
        "sku",
        "item",
        "item name",
        "article",
        "description",
        "stock code",
        "номенклатура",
        "товар",
        "артикул",
        "наименование",
        "наименование товара",
        "услуга",
    ),
    "category": (
        "category",
        "product category",
        "product group",
        "group",
        "segment",
        "группа",
        "номенклатурная группа",
        "группа номенклатуры",
        "категория",
        "вид номенклатуры",
        "группа товаров",
        "категория товара",
    ),
    "cost": ("cost", "cogs", "cost price", "cost amount", "себестоимость", "сумма себестоимости"),
    "margin": (
        "margin",
        "gross profit",
        "profit",
        "gross margin",
        "маржа",
        "валовая прибыль",
        "прибыль",
        "наценка",
        "валовый доход",
    ),
    "quantity": ("quantity", "qty", "units", "count", "количество", "кол во", "колво", "кол"),
    "price": ("price", "unit price", "цена", "цена продажи", "цена за единицу"),
}
_NOT_AMOUNT = {"ндс", "vat", "tax", "налог", "скидка", "discount"}
_TAX_CONTEXT = {"с", "без", "incl", "including", "excl", "excluding", "with", "without"}


@dataclass(frozen=True)
class MappingResult:
    """The mapping (field → column name) and how it was found.

    ``by_content`` lists fields found from values rather than names; ``customer_candidates``
    lists the columns that could all be the customer when more than one could.
    """

    mapping: dict[str, str]
    by_content: tuple[str, ...] = ()
    customer_candidates: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()


def _tokens(text: str) -> list[str]:
    """Give a header's lower-case words (camelCase split, ``ё`` as ``е``)."""
    spaced = re.sub(r"([a-zа-я])([A-ZА-Я])", r"\1 \2", text)
    return re.sub(r"[\W_]+", " ", spaced.lower().replace("ё", "е")).split()


def _word_match(header_word: str, synonym_word: str) -> bool:
    """Tell whether two words match, allowing a changed Russian or plural ending."""
    if header_word == synonym_word:
        return True
    common = len(synonym_word) - 1
    return (
        common >= 3
        and header_word[:common] == synonym_word[:common]
        and len(header_word) <= len(synonym_word) + 2
    )


def _score(header: list[str], synonym: list[str]) -> float:
    """Give how well a header matches a synonym: 100+ exact, 50–90 contained, 0 none."""
    if len(header) == len(synonym) and all(map(_word_match, header, synonym)):
        return 100.0 + len(synonym)
    for start in range(len(header) - len(synonym) + 1):
        if all(map(_word_match, header[start : start + len(synonym)], synonym)):
            covered = sum(len(w) for w in synonym) / max(1, sum(len(w) for w in header))
            return 50.0 + 40.0 * covered
    return 0.0


def _field_score(field: str, header: list[str]) -> float:
    """Give the best score of a header against a field's synonyms."""
    if field == "amount" and _NOT_AMOUNT & set(header) and not _TAX_CONTEXT & set(header):
        return 0.0
    return max(_score(header, s.split()) for s in _SYNONYMS[field])


def suggest_by_name(columns: Sequence[str], taken: Mapping[str, str | None] | None = None) -> dict[str, str]:
    """Give the fields recognised from column names, each column used at most once.

    Fields and columns already in ``taken`` are left alone.
    """
    taken = taken or {}
    used = set(taken.values())
    scored = []
    for index, column in enumerate(columns):
        if column in used:
            continue
        words = _tokens(column)
        for field in FIELDS:
            if field not in taken and words and (score := _field_score(field, words)) > 0:
                scored.append((-score, index, field, column))
    result: dict[str, str] = {}
    for _, _, field, column in sorted(scored):
        if field not in result and column not in result.values():
            result[field] = column
    return result


def resolve_mapping(
    columns: Sequence[str],
    rows: Sequence[Sequence[str]],
    explicit: Mapping[str, str | None] | None = None,
    *,
    strict: bool = True,
) -> MappingResult:
    """Give the mapping: explicit entries first, then names, then content for what is left.

    An explicit value of None leaves an optional field out. Raises InputError when the
    explicit mapping names an unknown field or a missing column, and (when ``strict``)
    when a required field cannot be found; otherwise such fields are listed in ``missing``.
    """
    taken = _check_explicit(columns, explicit or {})
    mapping = {k: v for k, v in taken.items() if v is not None}
    names = suggest_by_name(columns, taken)
    mapping.update(names)
    free = [c for c in columns if c not in mapping.values() and not _named_anything(c)]
    by_content, candidates = _by_content(columns, rows, mapping, free)
    missing = [f for f in REQUIRED if f not in mapping and not (f == "amount" and "price" in mapping)]
    if missing and strict:
        if len(missing) == 1:
            raise InputError(f"ingest.missing_{missing[0]}", columns=", ".join(columns))
        raise InputError("ingest.missing_columns", missing=", ".join(missing), columns=", ".join(columns))
    return MappingResult(
        mapping={f: mapping[f] for f in FIELDS if f in mapping},
        by_content=by_content,
        customer_candidates=candidates,
        missing=tuple(missing),
    )


def _named_anything(column: str) -> bool:
    """Tell whether a column name matches any field at all."""
    words = _tokens(column)
    return bool(words) and any(_field_score(f, words) > 0 for f in FIELDS)


def _check_explicit(columns: Sequence[str], explicit: Mapping[str, str | None]) -> dict[str, str | None]:
    """Give the explicit mapping after checking its fields and columns exist."""
    for field, column in explicit.items():
        if field not in FIELDS:
            raise InputError("ingest.unknown_field", field=field, fields=", ".join(FIELDS))
        if field in REQUIRED and column is None:
            raise InputError("ingest.required_field", field=field)
        if column is not None and column not in columns:
            raise InputError("ingest.mapping_missing_column", column=column, columns=", ".join(columns))
    return dict(explicit)


@dataclass(frozen=True)
class _Profile:
    """What a column's sample values look like."""

    filled: float
    dates: float
    numbers: float
    decimals: bool
    leading_zero: bool
    id_like: bool


def _profile(values: Sequence[str]) -> _Profile:
    """Give the profile of one column's sample values."""
    filled = [v.strip() for v in values if v.strip()]
    if not filled:
        return _Profile(0.0, 0.0, 0.0, False, False, False)
    numbers = [
        n for v in filled if (n := parse_number(v)) is not None or (n := parse_number(v, _COMMA)) is not None
    ]
    leading = any(re.fullmatch(r"0\d+", v) for v in filled)
    letters = sum(1 for v in filled if re.search(r"[^\W\d_]", v)) / len(filled)
    whole = [n for n in numbers if n == int(n)]
    big_ints = len(whole) == len(filled) and max(abs(n) for n in whole) >= 100
    return _Profile(
        filled=len(filled) / len(values),
        dates=sum(1 for v in filled if date_family(v)) / len(filled),
        numbers=len(numbers) / len(filled),
        decimals=any(n != int(n) for n in numbers),
        leading_zero=leading,
        id_like=leading or letters >= 0.8 or big_ints,
    )


_COMMA = NumberFormat(decimal=",", thousands=" ")


def _by_content(
    columns: Sequence[str],
    rows: Sequence[Sequence[str]],
    mapping: dict[str, str],
    free: list[str],
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Add required fields found from values to ``mapping``; give what was found that way."""
    if all(f in mapping for f in REQUIRED) or not rows:
        return (), ()
    index = {c: i for i, c in enumerate(columns)}
    profiles = {c: _profile([r[index[c]] if index[c] < len(r) else "" for r in rows]) for c in free}
    found: list[str] = []
    if "date" not in mapping:
        best = max(free, key=lambda c: profiles[c].dates, default=None)
        if best is not None and profiles[best].dates >= 0.8:
            mapping["date"], found = best, [*found, "date"]
    if "amount" not in mapping and "price" not in mapping:
        numeric = [
            c
            for c in free
            if c not in mapping.values() and profiles[c].numbers >= 0.9 and not profiles[c].leading_zero
        ]
        pick = [c for c in numeric if profiles[c].decimals] or numeric
        if pick:
            mapping["amount"], found = pick[-1], [*found, "amount"]
    candidates: tuple[str, ...] = ()
    if "customer_id" not in mapping:
        ids = tuple(
            c for c in free if c not in mapping.values() and profiles[c].filled >= 0.8 and profiles[c].id_like
        )
        if ids:
            mapping["customer_id"], found = ids[0], [*found, "customer_id"]
            candidates = ids if len(ids) > 1 else ()
    return tuple(found), candidates
