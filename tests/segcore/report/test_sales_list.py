"""Lists a sales team acts on: next action from the strategy cards, priority, empty owner, contacts."""

from __future__ import annotations

import io

import numpy as np
import openpyxl
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from segcore.i18n import t
from segcore.report.customer_list import crm_frame, customer_list_csv, customer_list_xlsx
from segcore.report.playbook import ABC_XYZ_CODES, Playbook
from segcore.report.sales_list import (
    SALES_COLUMNS,
    contact_columns,
    priorities,
    sales_frame,
    segment_rows,
    with_customer_columns,
)


@pytest.fixture
def rows() -> pd.DataFrame:
    """Four customers of a cell list, with a contact column and one the sales preset leaves out."""
    return pd.DataFrame(
        {
            "customer_id": ["a", "b", "c", "d"],
            "cell": ["AX", "CZ", "BY", "AX"],
            "quadrant": ["III", "I", "II", "IV"],
            "revenue": [100.0, 50.0, 70.0, 300.0],
            "orders": [1, 2, 3, 4],
            "last_purchase": pd.to_datetime(["2024-01-05", "2024-02-01", "2023-12-31", "2024-03-15"]),
            "E-mail": ["a@x.ru", None, "=cmd", "d@x.ru"],
            "region": ["Moscow", "Tver", "Moscow", "Kazan"],
        }
    )


def test_the_sales_preset_has_the_sales_columns_then_the_contacts(rows):
    frame = sales_frame(rows)
    assert frame.columns.tolist() == [
        "customer_id", "cell", "quadrant", "next_action", "priority", "owner",
        "last_purchase", "revenue", "E-mail",
    ]  # fmt: skip


def test_priority_is_the_cards_and_rows_keep_the_list_s_order(rows):
    frame = sales_frame(rows)
    # AX cards are priority 1, CZ 4, BY 2.
    assert frame["customer_id"].tolist() == ["a", "b", "c", "d"]
    assert frame["priority"].tolist() == [1, 4, 2, 1]
    assert frame["owner"].isna().all()


def test_the_next_action_is_the_first_action_of_the_cells_card_in_the_language(rows):
    frame = sales_frame(rows, lang="ru")
    assert frame["next_action"].tolist() == [
        t("playbook.AX.actions.1", "ru"),
        t("playbook.CZ.actions.1", "ru"),
        t("playbook.BY.actions.1", "ru"),
        t("playbook.AX.actions.1", "ru"),
    ]


def test_an_edited_card_gives_its_own_action_and_priority(rows):
    edited = Playbook().with_override("CZ", actions=["Send the spring catalogue"], priority=1)
    frame = sales_frame(rows, edited)
    assert frame["priority"].tolist() == [1, 1, 2, 1]  # b (CZ) is now priority 1
    assert frame.set_index("customer_id").loc["b", "next_action"] == "Send the spring catalogue"


def test_a_quadrant_list_takes_the_quadrants_card(rows):
    frame = sales_frame(rows, segment="quadrant").set_index("customer_id")
    # III = 1, IV = 2, II = 3, I = 4
    assert frame["priority"].to_dict() == {"a": 1, "d": 2, "c": 3, "b": 4}
    assert frame.loc["b", "next_action"] == t("playbook.I.actions.1", "en")


def test_a_customer_at_risk_is_priority_one_with_the_call_for_their_status():
    listed = pd.DataFrame(
        {
            "customer_id": ["x", "y", "z"],
            "cell": ["CY", "AX", "BZ"],
            "quadrant": ["I", "III", "IV"],
            "revenue": [10.0, 900.0, 40.0],
            "days_since_last": [50, 200, 70],
            "revenue_at_stake": [5.0, 800.0, 30.0],
            "status": ["overdue", "lost", "fine"],
        }
    )
    frame = sales_frame(listed).set_index("customer_id")
    assert frame["priority"].to_dict() == {"x": 1, "y": 1, "z": 3}  # z: BZ's card, 3
    assert frame.loc["x", "next_action"] == t("ui.lists.action.overdue", "en")
    assert frame.loc["y", "next_action"] == t("ui.lists.action.lost", "en")
    assert frame.loc["z", "next_action"] == t("playbook.BZ.actions.1", "en")
    assert frame.columns.tolist()[:6] == ["cell", "quadrant", "status", "days_since_last", "revenue_at_stake",
                                          "next_action"]  # fmt: skip


def test_the_analyst_preset_keeps_every_column_with_the_sales_columns_first(rows):
    frame = sales_frame(rows, preset="analyst")
    assert frame.columns.tolist()[:6] == [
        "customer_id",
        "cell",
        "quadrant",
        "next_action",
        "priority",
        "owner",
    ]
    assert set(frame.columns) == set(rows.columns) | {"next_action", "priority", "owner"}


def test_an_unknown_preset_is_a_programming_error(rows):
    with pytest.raises(ValueError, match="preset"):
        sales_frame(rows, preset="boss")  # type: ignore[arg-type]


def test_contact_columns_are_found_by_their_names_in_both_languages():
    names = ["customer_id", "E-mail", "Телефон", "phone_2", "Контактное лицо", "region", "Адрес", "referrals"]
    assert contact_columns(names) == ["E-mail", "Телефон", "phone_2", "Контактное лицо", "Адрес"]


def test_segment_rows_give_the_masked_customers_with_codes_top_revenue_first(rows):
    table = rows.drop(columns=["cell", "quadrant"])
    cells = np.array(["AX", "CZ", "AX", "AX"])
    quads = np.array(["III", "I", "II", "IV"])
    picked = segment_rows(table, cells == "AX", {"cell": cells, "quadrant": quads})
    assert picked["customer_id"].tolist() == ["d", "a", "c"]  # revenue 300, 100, 70
    assert picked.columns.tolist()[:3] == ["customer_id", "cell", "quadrant"]
    assert picked["quadrant"].tolist() == ["IV", "III", "II"]


def test_customer_columns_are_added_by_id_and_unknown_ids_get_nothing(rows):
    listed = pd.DataFrame({"customer_id": ["c", "nobody", "a"], "status": ["lost", "overdue", "lost"]})
    joined = with_customer_columns(listed, rows)
    assert joined["customer_id"].tolist() == ["c", "nobody", "a"]
    assert joined["revenue"].tolist()[0] == 70.0 and np.isnan(joined["revenue"][1])
    assert joined["E-mail"][0] == "=cmd" and joined["E-mail"][2] == "a@x.ru"
    assert pd.isna(joined["E-mail"][1])


def test_the_sales_list_as_csv_and_xlsx_has_the_headers_and_a_guarded_contact(rows):
    frame = crm_frame(sales_frame(rows, lang="ru"), "ru")
    text = customer_list_csv(frame, "ru").decode("utf-8-sig").splitlines()
    assert text[0].split(";")[3:6] == ["Следующее действие", "Приоритет (1 — первый)", "Ответственный"]
    assert text[3].split(";")[0] == "c" and "'=cmd" in text[3]  # a guarded contact
    book = openpyxl.load_workbook(io.BytesIO(customer_list_xlsx(frame, "en", sheet="Cell AX")))
    sheet = book["Cell AX"]
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][4:6] == ("Priority (1 = first)", "Owner")
    assert [row[0] for row in values[1:]] == ["a", "b", "c", "d"]
    assert [row[4] for row in values[1:]] == [1, 4, 2, 1]
    assert all(row[5] is None for row in values[1:])


@given(st.lists(st.sampled_from(ABC_XYZ_CODES), min_size=1, max_size=30), st.data())
def test_priorities_are_those_of_the_cards_unless_at_risk(codes, data):
    status = pd.Series(data.draw(st.lists(st.sampled_from(["overdue", "lost", ""]), min_size=len(codes),
                                          max_size=len(codes))))  # fmt: skip
    got = priorities(codes, Playbook(), status)
    for code, state, level in zip(codes, status, got, strict=True):
        assert level == (1 if state else Playbook().card(code).priority)
    assert set(SALES_COLUMNS) >= {"customer_id", "next_action", "priority", "owner"}
