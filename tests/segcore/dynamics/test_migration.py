"""Segment migration between periods and between scenarios, by hand, by property, on the demo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from segcore.classify.segmentation import Segmenter
from segcore.dynamics.migration import (
    LOST,
    NEW,
    classify_periods,
    compare_scenarios,
    migration_customers,
    migration_matrix,
    stayed_counts,
    window_label,
)
from segcore.errors import InputError
from segcore.settings import AbcThresholds, Scenario

ROOT = Path(__file__).resolve().parents[3]
STORE = ROOT / "sample_data" / "store_en.csv"


def cell(matrix: pd.DataFrame, from_: str, to: str) -> pd.Series:
    rows = matrix[(matrix["from"] == from_) & (matrix["to"] == to)]
    assert len(rows) == 1
    return rows.iloc[0]


@pytest.fixture
def two_periods() -> tuple[pd.Series, pd.Series, pd.Series]:
    # 1: A → A; 2: B → A; 3: C → lost; 4: A → B; 5: new → C; 6: not classified in A → B.
    a = pd.Series({"1": "A", "2": "B", "3": "C", "4": "A", "6": None})
    b = pd.Series({"1": "A", "2": "A", "4": "B", "5": "C", "6": "B"})
    revenue_b = pd.Series({"1": 100.0, "2": 40.0, "4": 10.0, "5": 1.0, "6": 5.0})
    return a, b, revenue_b


def test_migration_counts_customers_and_revenue_for_every_pair(two_periods):
    a, b, revenue_b = two_periods
    matrix = migration_matrix(a, b, revenue_b=revenue_b)
    assert matrix["from"].tolist()[::4] == [NEW, "A", "B", "C"]
    assert matrix["to"].tolist()[:4] == ["A", "B", "C", LOST]
    assert len(matrix) == 16
    assert cell(matrix, "A", "A").customers == 1 and cell(matrix, "A", "A").revenue_b == 100.0
    assert cell(matrix, "A", "B").customers == 1 and cell(matrix, "A", "B").share_of_from == 0.5
    assert cell(matrix, "B", "A").revenue_b == 40.0
    assert cell(matrix, "C", LOST).customers == 1 and cell(matrix, "C", LOST).revenue_b == 0.0
    assert cell(matrix, NEW, "C").customers == 1
    assert cell(matrix, NEW, "B").customers == 1  # unclassified before counts as new
    assert cell(matrix, NEW, LOST).customers == 0
    assert matrix["customers"].sum() == 6
    assert matrix["revenue_a"].isna().all()


def test_the_customers_behind_a_cell_are_listed(two_periods):
    a, b, _ = two_periods
    assert migration_customers(a, b, "A", "B") == ["4"]
    assert migration_customers(a, b, NEW, "B") == ["6"]
    assert migration_customers(a, b, "C", LOST) == ["3"]
    assert migration_customers(a, b, "B", "B") == []


def test_empty_segments_are_kept_when_asked_for(two_periods):
    a, b, _ = two_periods
    matrix = migration_matrix(a, b, codes=("A", "B", "C"))
    assert set(matrix["to"]) == {"A", "B", "C", LOST}
    cells = migration_matrix(a.replace({"A": "AX"}), b, codes=("CZ",))
    assert cells["from"].unique().tolist() == [NEW, "A", "B", "C", "AX", "CZ"]


def test_a_customer_named_twice_in_one_period_is_an_input_error():
    twice = pd.Series(["A", "B"], index=["7", "7"])
    with pytest.raises(InputError) as error:
        migration_matrix(twice, pd.Series({"7": "A"}))
    assert "7" in error.value.message("en")


def test_stayed_counts_follow_runs_of_a_segment():
    codes = pd.DataFrame(
        {
            "p1": ["A", "A", "B", None, "A"],
            "p2": ["A", "B", "A", "A", "A"],
            "p3": ["A", "A", "A", "A", "C"],
        }
    )
    stayed = stayed_counts(codes, "A").set_index("k")
    assert stayed["current_exactly"].tolist() == [1, 2, 1]
    assert stayed["current_at_least"].tolist() == [4, 3, 1]
    assert stayed["ever_at_least"].tolist() == [5, 4, 1]


def tx(rows: list[tuple]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["customer_id", "date", "amount"])
    frame["date"] = pd.to_datetime(frame["date"]).dt.date
    return frame


def test_each_window_is_classified_with_the_same_thresholds():
    # 2024: a 100, b 10, c 5 → A, B, C (shares before: 0, .87, .96); 2025: b 100, d 50 → A, A.
    data = tx(
        [
            ("a", "2024-02-01", 100.0),
            ("b", "2024-03-01", 10.0),
            ("c", "2024-04-01", 5.0),
            ("b", "2025-02-01", 100.0),
            ("d", "2025-03-01", 50.0),
        ]
    )
    windows = [(date(2024, 1, 1), date(2024, 12, 31)), (date(2025, 1, 1), date(2025, 12, 31))]
    codes = classify_periods(data, windows, Scenario())
    first, second = window_label(*windows[0]), window_label(*windows[1])
    assert codes.columns.tolist() == [first, second]
    assert codes[first].fillna("-").to_dict() == {"a": "A", "b": "B", "c": "C", "d": "-"}
    assert codes[first].isna().tolist() == [False, False, False, True]
    assert codes[second].fillna("-").to_dict() == {"a": "-", "b": "A", "c": "-", "d": "A"}
    matrix = migration_matrix(codes[first], codes[second])
    assert cell(matrix, "A", LOST).customers == 1
    assert cell(matrix, "B", "A").customers == 1
    assert cell(matrix, NEW, "A").customers == 1


def test_classify_periods_needs_windows_in_order():
    data = tx([("a", "2024-02-01", 1.0)])
    with pytest.raises(InputError):
        classify_periods(data, [], Scenario())
    with pytest.raises(InputError):
        classify_periods(data, [(date(2024, 3, 1), date(2024, 1, 1))], Scenario())


def customer_frame(revenue: list[float]) -> pd.DataFrame:
    n = len(revenue)
    return pd.DataFrame(
        {
            "customer_id": pd.array([f"c{i}" for i in range(1, n + 1)], dtype="string"),
            "revenue": revenue,
            "orders": np.arange(n, 0, -1),
            "tenure_days": np.full(n, 100),
            "recency_days": np.arange(n) * 10,
            "cv": np.linspace(0.5, 2.5, n),
            "history_periods": np.full(n, 12),
        }
    )


def test_scenario_comparison_lists_who_moves_and_the_migration_between_the_scenarios():
    # Shares before each customer: 0, .5, .8, .9, .96. At 80/95: A A B B C; at 50/80: A B C C C.
    segmenter = Segmenter(customer_frame([50.0, 30.0, 10.0, 6.0, 4.0]))
    comparison = compare_scenarios(segmenter, Scenario(), Scenario(abc=AbcThresholds(a=0.5, b=0.8)))
    assert comparison.moved["abc"] == 3
    assert comparison.moved["xyz"] == 0 and comparison.moved["quadrant"] == 0
    movers = comparison.movers.set_index("customer_id")
    assert movers[["abc_a", "abc_b"]].to_dict("index") == {
        "c2": {"abc_a": "A", "abc_b": "B"},
        "c3": {"abc_a": "B", "abc_b": "C"},
        "c4": {"abc_a": "B", "abc_b": "C"},
    }
    matrix = comparison.migration("abc")
    assert cell(matrix, "A", "B").customers == 1 and cell(matrix, "A", "B").revenue_b == 30.0
    assert cell(matrix, "B", "C").customers == 2 and cell(matrix, "B", "C").revenue_a == 16.0
    assert cell(matrix, "C", "C").customers == 1
    assert comparison.a.matrix["customers"].sum() == comparison.b.matrix["customers"].sum() == 5


# --- properties -------------------------------------------------------------------------

codes_a = st.dictionaries(st.integers(0, 30).map(str), st.sampled_from(["A", "B", "C"]), max_size=25)
codes_b = st.dictionaries(st.integers(0, 30).map(str), st.sampled_from(["A", "B", "C"]), max_size=25)
quick = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@quick
@given(codes_a, codes_b)
def test_rows_sum_to_the_classes_of_a_plus_new_and_columns_to_the_classes_of_b_plus_lost(a, b):
    series_a, series_b = pd.Series(a, dtype="string"), pd.Series(b, dtype="string")
    revenue_b = pd.Series({key: float(len(key)) for key in b})
    matrix = migration_matrix(series_a, series_b, revenue_b=revenue_b)
    rows = matrix.groupby("from")["customers"].sum()
    columns = matrix.groupby("to")["customers"].sum()
    for code in set(a.values()) | set(b.values()):
        assert rows[code] == list(a.values()).count(code)
        assert columns[code] == list(b.values()).count(code)
        money = sum(len(k) for k, v in b.items() if v == code)
        assert matrix.loc[matrix["to"] == code, "revenue_b"].sum() == pytest.approx(money)
    assert rows[NEW] == len(set(b) - set(a))
    assert columns[LOST] == len(set(a) - set(b))


@quick
@given(
    st.lists(st.floats(min_value=-10, max_value=1000, allow_nan=False), min_size=1, max_size=30),
    st.floats(min_value=0.05, max_value=0.85),
    st.floats(min_value=0.05, max_value=0.95),
)
def test_the_scenario_migration_equals_the_migration_of_the_two_classifications(revenue, a, split):
    segmenter = Segmenter(customer_frame(revenue))
    scenario_a = Scenario()
    scenario_b = Scenario(abc=AbcThresholds(a=a, b=min(a + 0.1, 1.0)))
    scenario_b = scenario_b.replace(quadrants=scenario_b.quadrants.replace(loyalty_split=split))
    comparison = compare_scenarios(segmenter, scenario_a, scenario_b)
    ids = segmenter.customers["customer_id"].astype(str).to_numpy()
    for kind, attribute in (("abc", "abc"), ("abc_xyz", "cell"), ("quadrant", "quadrant")):
        left = pd.Series(getattr(comparison.a, attribute), index=ids)
        right = pd.Series(getattr(comparison.b, attribute), index=ids)
        reference = migration_matrix(left, right)
        reference = reference[(reference["from"] != NEW) & (reference["to"] != LOST)]
        fast = comparison.migration(kind)
        fast = fast[fast["from"].isin(reference["from"]) & fast["to"].isin(reference["to"])]
        assert fast["customers"].tolist() == reference["customers"].tolist()
        assert comparison.moved[kind] == int((left != right).sum())


# --- the demo store ---------------------------------------------------------------------


def test_the_lost_key_account_moves_from_a_to_lost_between_2024_and_the_second_half_of_2025():
    store = pd.read_csv(STORE, dtype={"customer_id": "string"})
    store["date"] = pd.to_datetime(store["date"])
    windows = [(date(2024, 1, 1), date(2024, 12, 31)), (date(2025, 7, 1), date(2025, 12, 31))]
    codes = classify_periods(store, windows, Scenario())
    year, half = (window_label(*w) for w in windows)
    in_2024 = store[store["date"].dt.year == 2024].groupby("customer_id")["amount"].sum()
    late = store[store["date"] >= "2025-07-01"]
    gone = in_2024[~in_2024.index.isin(late["customer_id"])]
    biggest_gone = str(gone.idxmax())
    assert in_2024[biggest_gone] > 0.03 * in_2024.sum()  # a key account, not a small customer
    assert biggest_gone in migration_customers(codes[year], codes[half], "A", LOST)
    stayed = stayed_counts(codes, "A").set_index("k")
    assert stayed.loc[2, "current_exactly"] > 0
