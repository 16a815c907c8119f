"""Per-customer attributes are typed from their values and joined to the transactions."""

from __future__ import annotations

import openpyxl
import pandas as pd
import pytest

from segcore.errors import InputError
from segcore.ingest import load_attributes, load_transactions

ATTRIBUTES = (
    "Код клиента;Программа лояльности;Рекомендации;Платит вовремя;Регион\n"
    "00012;да;3;1;Москва\n"
    "00013;нет;1 500,5;0;Тула\n"
    "00012;нет;9;0;Омск\n"
    ";да;1;1;Нигде\n"
    "99999;Да;0;1;Казань\n"
)
TRANSACTIONS = "Клиент;Дата;Сумма\n00012;01.02.2024;10\n00013;02.02.2024;20\n00014;03.02.2024;5\n"


def test_columns_are_typed_as_bool_number_or_text_and_repeats_counted():
    attrs = load_attributes(ATTRIBUTES.encode("cp1251"))
    frame = attrs.frame
    assert attrs.customer_column == "Код клиента"
    assert attrs.kinds == {
        "Программа лояльности": "bool",
        "Рекомендации": "number",
        "Платит вовремя": "bool",
        "Регион": "text",
    }
    assert frame["customer_id"].tolist() == ["00012", "00013", "99999"]
    assert frame["Программа лояльности"].tolist() == [True, False, True]
    assert frame["Рекомендации"].tolist() == [3.0, 1500.5, 0.0]
    assert frame["Платит вовремя"].tolist() == [True, False, True]
    assert frame["Регион"].tolist() == ["Москва", "Тула", "Казань"]
    assert (attrs.duplicates, attrs.duplicate_examples, attrs.missing_ids) == (1, ("00012",), 1)


def test_attributes_join_the_transactions_and_unmatched_customers_are_counted():
    loaded = load_transactions(TRANSACTIONS.encode(), attributes=ATTRIBUTES.encode())
    assert loaded.attributes["customer_id"].tolist() == ["00012", "00013"]
    assert loaded.report.warnings["attributes_unmatched"] == 1
    assert loaded.report.warnings["attributes_duplicates"] == 1
    assert any("99999" not in line and "1" in line for line in loaded.report.lines("en"))


def test_the_customer_column_can_be_named_and_a_wrong_name_is_explained(tmp_path):
    path = tmp_path / "attrs.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Segment", "Client", "Member"])
    book.active.append(["gold", 12.0, "yes"])
    book.active.append(["silver", 13, "no"])
    book.save(path)
    attrs = load_attributes(path, customer_column="Client")
    assert attrs.frame["customer_id"].tolist() == ["12", "13"]
    assert attrs.frame["Member"].tolist() == [True, False]
    with pytest.raises(InputError) as caught:
        load_attributes(path, customer_column="Customer")
    assert "Segment, Client, Member" in caught.value.message("en")


def test_a_dataframe_of_attributes_keeps_its_values():
    frame = pd.DataFrame({"customer": ["a", "b"], "score": [1.5, 2.0], "vip": [True, False]})
    attrs = load_attributes(frame)
    assert attrs.frame["score"].tolist() == [1.5, 2.0]
    assert attrs.frame["vip"].tolist() == [True, False]
