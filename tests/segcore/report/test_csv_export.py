"""Per-segment CSV: language-specific separators and dates, a byte-order mark, guarded text."""

from __future__ import annotations

import io

import pandas as pd
import pytest
from export_cases import BOM, CELLS, is_guarded, read_csv
from hypothesis import given, settings
from hypothesis import strategies as st

from segcore.errors import InputError
from segcore.i18n import LANGUAGES
from segcore.report.csv_export import segment_csv
from segcore.report.guard import safe_cell


def test_russian_csv_uses_semicolons_decimal_commas_and_a_byte_order_mark(customers):
    table = customers.assign(cell=CELLS)
    data = segment_csv(table, "AX", "ru")
    assert data.startswith(BOM) and b"\r\n" in data
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("ID клиента;Выручка;Заказы;Первая покупка")
    assert "1200,5" in text and "05.01.2023" in text
    back = read_csv(data, ";", ",")
    assert list(back["ID клиента"]) == ["00012", "'=1+1"]
    assert list(back["Выручка"]) == [1200.5, 800.0]
    assert list(back["Заказы"]) == [12, 8]
    assert back["name"].iloc[1] == '\'=HYPERLINK("http://x","click")'


def test_english_csv_uses_commas_and_decimal_points_and_keeps_negative_numbers(customers):
    table = customers.assign(cell=CELLS)
    data = segment_csv(table, None, "en")
    assert data.startswith(BOM)
    back = read_csv(data, ",", ".")
    assert len(back) == len(customers)
    assert back["Revenue"].tolist() == customers["revenue"].tolist()
    assert back["Revenue"].dtype == float and back["Revenue"].iloc[2] == -15.25
    assert back["Customer ID"].tolist() == ["00012", "'=1+1", "'-7", "'+79161234567", "'@home",
                                            "Ольга"]  # fmt: skip
    assert back["First purchase"].iloc[0] == "2023-01-05"
    assert back["name"].tolist()[2:5] == ["'+SUM(1)", "'@cmd", "'\t=2"]


def test_csv_rows_can_be_chosen_by_mask_code_list_or_group_letter(customers):
    table = customers.assign(cell=CELLS, abc=[None if c is None else c[0] for c in CELLS])

    def ids(data: bytes) -> list[str]:
        return read_csv(data, ",", ".")["Customer ID"].tolist()

    mask = customers["revenue"] > 100
    assert ids(segment_csv(table, mask, "en")) == ["00012", "'=1+1", "'+79161234567"]
    assert ids(segment_csv(table, ["CZ", "CN"], "en")) == ["'-7", "'@home"]
    assert ids(segment_csv(table, "C", "en")) == ["'-7", "'@home"]
    assert ids(segment_csv(table, [], "en")) == []
    with pytest.raises(InputError):
        segment_csv(customers, "III", "en")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\t;,\""),
                        min_size=1, max_size=15), min_size=1, max_size=5),
       st.sampled_from(LANGUAGES))  # fmt: skip
def test_any_text_comes_back_from_csv_as_its_guarded_form(names, lang):
    frame = pd.DataFrame({"customer_id": [f"c{i}" for i in range(len(names))], "name": names})
    data = segment_csv(frame, None, lang)
    back = pd.read_csv(io.BytesIO(data), sep=";" if lang == "ru" else ",", encoding="utf-8-sig",
                       dtype=str, keep_default_na=False)  # fmt: skip
    assert back["name"].tolist() == [safe_cell(name) for name in names]
    assert all(is_guarded(text) for text in back["name"])
