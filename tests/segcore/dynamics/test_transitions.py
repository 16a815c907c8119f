"""Reading a migration matrix: who stayed, moved, came and went; the squares worth drawing."""

from __future__ import annotations

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from segcore.dynamics.migration import migration_matrix
from segcore.dynamics.transitions import movement_counts, occupied_codes


def _periods() -> tuple[pd.Series, pd.Series]:
    first = pd.Series({"a": "A", "b": "A", "c": "B", "d": "C"})
    second = pd.Series({"a": "A", "b": "B", "c": "B", "e": "A"})
    return first, second


def test_the_movements_by_hand():
    matrix = migration_matrix(*_periods())
    assert movement_counts(matrix) == {"stayed": 2, "moved": 1, "new": 1, "lost": 1}


def test_codes_nobody_comes_from_or_goes_to_are_left_out():
    first = pd.Series({"a": "AX", "b": "BY"})
    second = pd.Series({"a": "AX", "b": "AX"})
    matrix = occupied_codes(migration_matrix(first, second, codes=("AX", "AY", "BX", "BY")))
    assert set(matrix["from"].astype(str)) == {"AX", "BY"}
    assert set(matrix["to"].astype(str)) == {"AX"}
    assert matrix["customers"].sum() == 2


codes = st.sampled_from(["A", "B", "C"])


@given(
    st.dictionaries(st.integers(0, 30), codes, max_size=20),
    st.dictionaries(st.integers(0, 30), codes, max_size=20),
)
def test_every_customer_is_counted_once(first, second):
    a = pd.Series({str(k): v for k, v in first.items()}, dtype="string")
    b = pd.Series({str(k): v for k, v in second.items()}, dtype="string")
    counts = movement_counts(migration_matrix(a, b))
    assert counts["stayed"] + counts["moved"] == len(set(a.index) & set(b.index))
    assert counts["new"] == len(set(b.index) - set(a.index))
    assert counts["lost"] == len(set(a.index) - set(b.index))
