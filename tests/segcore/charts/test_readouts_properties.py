"""Every readout gives a plain sentence for any input: no "nan", "None", "inf", "{…}" or "—".

Inputs are drawn at random and run through the real analyses: customer tables with zero,
negative and missing values (so segments can be empty and revenue can be zero), small
transaction logs, codes of two periods, forecasts with missing values. English sentences
must not show the formatter's mark for a missing number ("—"); Russian ones use the dash as
punctuation, so only the other marks are checked there.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from segcore.charts import readouts
from segcore.classify.matrix import CELL_LETTERS
from segcore.classify.quadrants import QUADRANT_LETTERS
from segcore.classify.segmentation import Segmenter
from segcore.classify.sensitivity import PARAMETERS, sweep
from segcore.dynamics import (
    GoldenShare,
    cohort_retention,
    customer_base,
    golden_share,
    period_comparison,
)
from segcore.dynamics.migration import compare_scenarios, migration_matrix
from segcore.dynamics.plan import plan_vs_actual
from segcore.ingest.plan import plan_from_frame
from segcore.ltv.validation import holdout_by_frequency
from segcore.settings import AbcThresholds, QuadrantSettings, Scenario, XyzThresholds

LANGS = ("en", "ru")
SLOW = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FAST = settings(max_examples=60, deadline=None)


def assert_plain(text: object, lang: str) -> None:
    assert isinstance(text, str) and text.strip(), text
    assert "nan" not in text.lower() and "inf" not in text.lower(), text
    assert "None" not in text and "{" not in text and "}" not in text, text
    if lang == "en":
        assert "—" not in text, text


money = st.one_of(st.just(0.0), st.floats(-500, 5000, allow_nan=False))  # net revenue is never missing
row = st.tuples(
    money,
    st.integers(0, 20),
    st.one_of(st.floats(0, 5, allow_nan=False), st.just(float("nan"))),
    st.integers(0, 12),
)


def table(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "customer_id": [f"c{i}" for i in range(len(rows))],
            "revenue": [r[0] for r in rows],
            "orders": [r[1] for r in rows],
            "tenure_days": [r[1] * 30 for r in rows],
            "recency_days": [r[3] * 20 for r in rows],
            "cv": [r[2] for r in rows],
            "history_periods": [r[3] for r in rows],
        }
    )


scenarios = st.builds(
    lambda a, b, x, y, loyalty, profit, value: Scenario(
        abc=AbcThresholds(a=min(a, b - 0.01), b=b),
        xyz=XyzThresholds(x=min(x, y / 2), y=y),
        quadrants=QuadrantSettings(
            loyalty_split=loyalty,
            profit_split=profit * 1000 if value else profit,
            profit_split_kind="value" if value else "percentile",
        ),
    ),
    st.floats(0.05, 0.95),
    st.floats(0.1, 1.0),
    st.floats(0.05, 2.0),
    st.floats(0.2, 4.0),
    st.floats(0.05, 0.95),
    st.floats(0.05, 0.95),
    st.booleans(),
)


def mean_by_code(codes: np.ndarray, values: np.ndarray, letters: np.ndarray) -> pd.DataFrame:
    counts = np.bincount(codes.astype(np.intp), minlength=len(letters))
    sums = np.bincount(codes.astype(np.intp), weights=np.nan_to_num(values), minlength=len(letters))
    keep = counts > 0
    return pd.DataFrame(
        {"segment": letters[keep], "customers": counts[keep], "mean": sums[keep] / counts[keep]}
    )


@SLOW
@given(st.lists(row, max_size=25), scenarios, scenarios, st.floats(0.01, 1.0))
def test_the_analysis_readouts_of_any_customer_table_are_plain(rows, one, two, top):
    engine = Segmenter(table(rows))
    seg = engine.segment(one)
    comparison = compare_scenarios(engine, one, two)
    values = table(rows)["revenue"].to_numpy(dtype=float)
    for lang in LANGS:
        assert_plain(readouts.abc_xyz_heatmap(seg, lang), lang)
        assert_plain(readouts.quadrant_scatter(seg, lang), lang)
        assert_plain(readouts.pareto_curve(seg, lang, top=top), lang)
        assert_plain(
            readouts.pareto_curve(seg, lang, top=top, top_share=engine.top_share("revenue", top)), lang
        )
        assert_plain(readouts.ltv_by_segment(mean_by_code(seg.cell_codes, values, CELL_LETTERS), lang), lang)
        frame = mean_by_code(seg.quadrant_codes, values, QUADRANT_LETTERS)
        assert_plain(readouts.ltv_by_segment(frame, lang, "quadrant"), lang)
        for kind in ("abc", "xyz", "abc_xyz", "quadrant"):
            assert_plain(readouts.scenario_heatmap(comparison.migration(kind), lang), lang)
    if len(rows):
        for parameter in PARAMETERS:
            frame = sweep(engine, one, parameter, positions=8)
            for lang in LANGS:
                for metric in ("customer_share", "revenue_share"):
                    text = readouts.sweep_chart(frame, lang, metric, one.quadrants.profit_split_kind)
                    assert_plain(text, lang)


floats = st.one_of(st.floats(-1e6, 1e7), st.sampled_from([float("nan"), float("inf"), 0.0]))


@FAST
@given(
    st.lists(floats, max_size=30), st.lists(st.one_of(st.floats(0, 1), st.just(float("nan"))), max_size=30)
)
def test_the_value_readouts_of_any_values_are_plain(values, p_alive):
    codes = np.array(["AX", "BY", "CZ", "III"])[np.arange(len(values)) % 4]
    frame = pd.DataFrame({"segment": codes, "predicted": values, "simple": values[::-1]})
    for lang in LANGS:
        assert_plain(readouts.ltv_histogram(values, lang), lang)
        assert_plain(readouts.clv_histogram(values, lang, months=6), lang)
        assert_plain(readouts.alive_histogram(p_alive, lang), lang)
        assert_plain(readouts.clv_by_segment(frame, lang), lang)


counts = st.lists(st.integers(0, 9), min_size=1, max_size=30)


@FAST
@given(counts, st.lists(st.floats(0, 12), min_size=1, max_size=30), st.lists(st.floats(0, 1e4), max_size=12))
def test_the_holdout_readouts_of_any_check_are_plain(frequency, predicted, cumulative):
    n = min(len(frequency), len(predicted))
    by_frequency = holdout_by_frequency(frequency[:n], np.array(frequency[:n]) % 3, predicted[:n])
    days = pd.date_range("2025-01-07", periods=len(cumulative), freq="7D")
    tracking = pd.DataFrame(
        {"period_end": days, "actual": np.floor(cumulative), "predicted": cumulative[::-1]}
    )
    for lang in LANGS:
        assert_plain(readouts.holdout_bars(by_frequency, lang), lang)
        assert_plain(readouts.cumulative_tracking(tracking, lang), lang)


line = st.tuples(
    st.sampled_from(["a", "b", "c", "d", "e"]),
    st.integers(0, 700),
    st.sampled_from([0.0, -30.0, 10.0, 250.0, 4000.0]),
)


def transactions(lines: list[tuple]) -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "customer_id": [c for c, _, _ in lines],
            "date": [date(2023, 1, 1) + timedelta(days=d) for _, d, _ in lines],
            "amount": [a for _, _, a in lines],
            "order_id": [f"o{i}" for i in range(len(lines))],
        }
    )
    return frame


@SLOW
@given(
    st.lists(line, min_size=1, max_size=20),
    st.sampled_from(["M", "Q", "Y"]),
    st.sampled_from(["revenue", "customers", "orders", "avg_check"]),
    st.integers(1, 4),
    st.one_of(st.none(), st.integers(0, 700)),
)
def test_the_dynamics_readouts_of_any_log_are_plain(lines, grain, metric, lost_after, campaign):
    data = transactions(lines)
    by = pd.Series({"a": "A", "b": "B", "c": "C", "d": "A"})  # e is in no segment
    day = None if campaign is None else date(2023, 1, 1) + timedelta(days=campaign)
    plan = plan_from_frame(
        pd.DataFrame(
            {
                "period": ["2023", "2024", "2025", "2024"],
                "segment": ["A", "A", "B", "C"],
                "amount": [1000, 0, 500, 200],
            }
        )
    )
    frames = {
        "comparison": period_comparison(data, grain, years=2),
        "segmented": period_comparison(data, grain, years=2, by=by),
        "base": customer_base(data, grain, lost_after=lost_after),
        "cohorts": cohort_retention(data, grain),
    }
    golden = golden_share(data, ["a", "d"], grain, campaign_date=day, periods=2)
    result = plan_vs_actual(plan, data, "Y", by=by)
    for lang in LANGS:
        for name in ("comparison", "segmented"):
            assert_plain(readouts.period_chart(frames[name], lang, metric), lang)
            assert_plain(readouts.growth_chart(frames[name], lang, metric), lang)
        assert_plain(readouts.base_flow(frames["base"], lang), lang)
        assert_plain(readouts.live_base(frames["base"], lang), lang)
        assert_plain(readouts.cohort_heatmap(frames["cohorts"], lang), lang)
        assert_plain(readouts.golden_share(golden, lang, "quadrant"), lang)
        assert_plain(readouts.plan_chart(result, lang), lang)
        for _, shown in result.groupby("key"):
            assert_plain(readouts.variance_chart(shown, lang), lang)


def test_the_dynamics_readouts_of_empty_frames_say_there_is_nothing():
    empty = pd.DataFrame(
        {
            "customer_id": pd.Series([], dtype=str),
            "date": pd.Series([], dtype="datetime64[ns]"),
            "amount": pd.Series([], dtype=float),
        }
    )
    golden = GoldenShare(pd.DataFrame(columns=["period", "label", "complete", "share"]), None)
    for lang in LANGS:
        assert_plain(readouts.period_chart(period_comparison(empty, "M"), lang), lang)
        assert_plain(readouts.growth_chart(period_comparison(empty, "M"), lang), lang)
        assert_plain(readouts.base_flow(customer_base(empty, "M"), lang), lang)
        assert_plain(readouts.live_base(customer_base(empty, "M"), lang), lang)
        assert_plain(readouts.cohort_heatmap(cohort_retention(empty, "M"), lang), lang)
        assert_plain(readouts.golden_share(golden, lang), lang)
        assert_plain(
            readouts.variance_chart(pd.DataFrame(columns=["label", "actual", "variance_pct"]), lang), lang
        )
    assert readouts.period_chart(period_comparison(empty, "M"), "en") == "There are no periods to show."


codes = st.dictionaries(
    st.sampled_from([f"c{i}" for i in range(12)]), st.sampled_from(["A", "B", "C"]), max_size=12
)


@FAST
@given(
    codes, codes, st.sampled_from(["customers", "revenue_a", "revenue_b"]), st.sampled_from([None, "A", "C"])
)
def test_the_migration_readouts_of_any_two_periods_are_plain(before, after, metric, top):
    revenue = pd.Series({key: float(len(key)) * 100 for key in {*before, *after}}, dtype=float)
    a, b = pd.Series(before, dtype="string"), pd.Series(after, dtype="string")
    matrix = migration_matrix(a, b, revenue, revenue, codes=("A", "B", "C"))
    for lang in LANGS:
        assert_plain(readouts.migration_heatmap(matrix, lang, top), lang)
        assert_plain(readouts.migration_flow(matrix, lang, metric), lang)
