"""Columns are mapped from Russian and English names, from content, or by hand."""

from __future__ import annotations

import pytest

from segcore.errors import InputError
from segcore.ingest.mapping import resolve_mapping, suggest_by_name


@pytest.mark.parametrize(
    ("columns", "expected"),
    [
        (
            [
                "Контрагент",
                "Дата документа",
                "Номер документа",
                "Номенклатура",
                "Номенклатурная группа",
                "Количество",
                "Сумма продажи",
                "Себестоимость",
            ],
            {
                "customer_id": "Контрагент",
                "date": "Дата документа",
                "order_id": "Номер документа",
                "product": "Номенклатура",
                "category": "Номенклатурная группа",
                "quantity": "Количество",
                "amount": "Сумма продажи",
                "cost": "Себестоимость",
            },
        ),
        (
            ["CustomerID", "InvoiceDate", "InvoiceNo", "SKU", "Category", "Qty", "Revenue"],
            {
                "customer_id": "CustomerID",
                "date": "InvoiceDate",
                "order_id": "InvoiceNo",
                "product": "SKU",
                "category": "Category",
                "quantity": "Qty",
                "amount": "Revenue",
            },
        ),
        (
            ["Код клиента", "Период", "Выручка", "Валовая прибыль", "Кол-во", "Чек"],
            {
                "customer_id": "Код клиента",
                "date": "Период",
                "amount": "Выручка",
                "margin": "Валовая прибыль",
                "quantity": "Кол-во",
                "order_id": "Чек",
            },
        ),
        (
            ["Партнёр", "Дата", "Сумма НДС", "Сумма с НДС"],
            {"customer_id": "Партнёр", "date": "Дата", "amount": "Сумма с НДС"},
        ),
        (
            ["покупателя", "даты", "суммы", "заказчика"],
            {"customer_id": "покупателя", "date": "даты", "amount": "суммы"},
        ),
    ],
)
def test_columns_are_recognised_by_their_names(columns, expected):
    assert suggest_by_name(columns) == expected


def test_a_header_that_names_nothing_is_mapped_from_its_content():
    columns = ["A", "B", "C", "D"]
    rows = [["00012", "Москва", "05.01.2024", "1 234,50"], ["00013", "Тула", "06.01.2024", "10,00"]]
    result = resolve_mapping(columns, rows)
    assert result.mapping == {"customer_id": "A", "date": "C", "amount": "D"}
    assert set(result.by_content) == {"customer_id", "date", "amount"}
    assert result.customer_candidates == ("A", "B")


def test_an_explicit_mapping_overrides_the_names_and_can_leave_a_field_out():
    columns = ["Client", "Buyer", "Date", "Amount", "Qty"]
    result = resolve_mapping(columns, [], {"customer_id": "Buyer", "quantity": None})
    assert result.mapping == {"customer_id": "Buyer", "date": "Date", "amount": "Amount"}


def test_a_mapping_to_a_missing_column_names_it_and_lists_the_columns():
    with pytest.raises(InputError) as caught:
        resolve_mapping(["Client", "Date", "Amount"], [], {"customer_id": "Customer"})
    message = caught.value.message("en")
    assert "Customer" in message and "Client, Date, Amount" in message
    assert "Customer" in caught.value.message("ru")


def test_a_mapping_of_an_unknown_field_or_without_a_required_one_is_refused():
    with pytest.raises(InputError, match="revenue_net"):
        resolve_mapping(["Client"], [], {"revenue_net": "Client"})
    with pytest.raises(InputError) as caught:
        resolve_mapping(["Client"], [], {"date": None})
    assert caught.value.key == "ingest.required_field"


def test_missing_required_columns_are_named_or_listed_without_strict():
    with pytest.raises(InputError) as caught:
        resolve_mapping(["Клиент", "Комментарий"], [["a", "b"]])
    assert caught.value.key == "ingest.missing_columns"
    assert "date, amount" in caught.value.message("en")
    relaxed = resolve_mapping(["Клиент", "Комментарий"], [["a", "b"]], strict=False)
    assert relaxed.missing == ("date", "amount")
    assert relaxed.mapping == {"customer_id": "Клиент"}
