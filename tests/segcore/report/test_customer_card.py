"""The customer card: facts of one customer, at-risk status, next action, contacts, latest purchases."""

from __future__ import annotations

import ibis
import numpy as np
import pandas as pd

from segcore.i18n import t
from segcore.report.customer_card import customer_card, latest_purchases
from segcore.report.playbook import Playbook


def _table() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "customer_id": ["00012", "Acme"],
            "revenue": [1200.5, 90.0],
            "orders": [12, 1],
            "avg_check": [100.04, 90.0],
            "first_purchase": pd.to_datetime(["2023-01-05", "2024-05-01"]),
            "last_purchase": pd.to_datetime(["2024-06-01", "2024-05-01"]),
            "recency_days": [30, 61],
            "Телефон": ["+7 900 000-00-00", None],
        }
    )


CODES = {"cell": np.array(["AY", "CZ"]), "quadrant": np.array(["III", "I"])}


def test_a_customer_not_at_risk_gets_the_cells_first_action_priority_and_owner():
    card = customer_card(_table(), "00012", CODES, lang="ru")
    assert card is not None
    assert (card.cell, card.quadrant, card.orders, card.recency_days) == ("AY", "III", 12, 30)
    assert card.revenue == 1200.5
    assert card.status is None
    assert card.next_action == t("playbook.AY.actions.1", "ru")
    assert card.priority == 1
    assert card.owner == t("playbook.AY.owner", "ru")
    assert card.contacts == {"Телефон": "+7 900 000-00-00"}


def test_a_customer_at_risk_is_priority_one_with_the_win_back_call():
    risk = pd.DataFrame(
        {"customer_id": ["Acme"], "status": ["lost"], "days_since_last": [61], "usual_gap_days": [12.5]}
    )
    edited = Playbook().with_override("CZ", owner="Anna")
    card = customer_card(_table(), "Acme", CODES, edited, at_risk=risk)
    assert card is not None
    assert (card.status, card.days_since_last, card.usual_gap_days) == ("lost", 61.0, 12.5)
    assert card.priority == 1  # CZ's card says 4; at risk comes first
    assert card.next_action == t("ui.lists.action.lost", "en")
    assert card.owner == "Anna"
    assert card.contacts == {}


def test_an_unknown_customer_has_no_card():
    assert customer_card(_table(), "nobody", CODES) is None


def test_latest_purchases_are_orders_newest_first_with_their_lines_and_amounts():
    lines = pd.DataFrame(
        {
            "customer_id": ["a", "a", "a", "b", "a"],
            "date": pd.to_datetime(["2024-01-01", "2024-03-01", "2024-03-01", "2024-04-01", "2024-02-01"]),
            "order_id": ["o1", "o3", "o3", "o4", "o2"],
            "amount": [10.0, 5.0, 7.5, 100.0, -2.0],
        }
    )
    bought = latest_purchases(ibis.memtable(lines), "a", limit=2)
    assert bought["order_id"].tolist() == ["o3", "o2"]
    assert bought["lines"].tolist() == [2, 1]
    assert bought["amount"].tolist() == [12.5, -2.0]
