"""The dynamics pages open on every demo dataset and show the numbers segcore computes."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

from segcore.classify.sensitivity import sweep
from segcore.dynamics.migration import classify_periods, compare_scenarios, migration_matrix, stayed_counts
from segcore.dynamics.plan import load_plan, plan_vs_actual
from segcore.i18n.format import fmt_compact
from segcore.settings import Scenario
from tests.app.studio import (
    ROOT,
    assert_clean,
    customers,
    expected,
    loaded,
    metric,
    number,
    open_app,
    segmenter,
)

DYNAMICS = {
    name: f"app_pages/{name}.py"
    for name in ("periods", "customer_base", "migration", "golden", "plan", "scenarios", "sensitivity")
}
YEARS = [(date(2024, 1, 1), date(2024, 12, 31)), (date(2025, 1, 1), date(2025, 12, 31))]


def _page(demo: str, page: str):
    at = open_app(demo)
    at.switch_page(DYNAMICS[page]).run()
    assert_clean(at)
    return at


def _charts(at) -> list[dict]:
    """Give each chart's Vega-Lite spec, its first data set (the chart's own frame) as ``frame``."""
    specs = []
    for chart in at.get("vega_lite_chart"):
        spec = json.loads(chart.proto.spec)
        data = chart.proto.datasets[0].data.data
        spec["frame"] = pa.ipc.open_stream(data).read_all().to_pandas()
        specs.append(spec)
    return specs


@pytest.mark.parametrize("demo", ["store_en", "store_ru", "cdnow"])
def test_every_dynamics_page_opens_on_each_demo_dataset(demo):
    at = open_app(demo)
    for page in DYNAMICS.values():
        at.switch_page(page).run()
        assert_clean(at)
        assert at.title[0].value
    assert len(at.get("vega_lite_chart")) == 4  # sensitivity: two thresholds × (customers, revenue)


def test_the_dynamics_pages_speak_russian():
    at = open_app("store_ru")
    at.session_state["lang"] = "ru"
    titles = []
    for page in DYNAMICS.values():
        at.switch_page(page).run()
        assert_clean(at)
        titles.append(at.title[0].value)
    assert titles == [
        "Продажи по периодам",
        "Клиентская база",
        "Миграция между сегментами",
        "Доля «золотых» клиентов",
        "План и факт",
        "Сценарии 1 и 2",
        "Чувствительность к границам",
    ]


def test_migration_shows_the_matrix_segcore_computes_for_2024_against_2025():
    at = _page("store_en", "migration")
    codes = classify_periods(loaded("store_en"), YEARS, Scenario(), "abc")
    matrix = migration_matrix(codes.iloc[:, 0].dropna(), codes.iloc[:, 1].dropna()).set_index(["from", "to"])
    known = [(f, t) for f, t in matrix.index if f != "new" and t != "lost"]
    stayed = sum(matrix.loc[(f, t), "customers"] for f, t in known if f == t)
    moved = sum(matrix.loc[(f, t), "customers"] for f, t in known if f != t)
    assert number(metric(at, "Kept their segment")) == stayed
    assert number(metric(at, "Changed segment")) == moved
    assert number(metric(at, "New in the second")) == matrix.xs("new")["customers"].sum()
    assert number(metric(at, "Lost in the second")) == matrix.xs("lost", level="to")["customers"].sum()
    heatmap = _charts(at)[0]
    shown = heatmap["frame"].set_index(["from", "to"])
    assert shown.loc[("A", "A"), "customers"] == matrix.loc[("A", "A"), "customers"]
    assert shown.loc[("new", "A"), "customers"] == matrix.loc[("new", "A"), "customers"]


def test_migration_lists_the_customers_of_a_chosen_square_and_the_runs_in_a():
    at = _page("store_en", "migration")
    at.selectbox(key="migration_cell").set_value("A→lost").run()
    assert_clean(at)
    codes = classify_periods(loaded("store_en"), YEARS, Scenario(), "abc")
    a, b = codes.iloc[:, 0].dropna(), codes.iloc[:, 1].dropna()
    lost_a = sorted(set(a.index[a == "A"]) - set(b.index))
    listed = at.dataframe[0].value
    assert sorted(listed["customer_id"]) == lost_a
    years = classify_periods(
        loaded("store_en"), [(date(2023, 1, 1), date(2023, 12, 31)), *YEARS], Scenario(), "abc"
    )
    runs = stayed_counts(years, "A")
    table = at.dataframe[1].value
    assert table["current_at_least"].tolist() == runs["current_at_least"].tolist()


def test_the_lost_key_account_leaves_a_between_the_second_and_third_quarter_of_2025():
    at = _page("store_en", "migration")
    at.segmented_control(key="migration_grain").set_value("Q").run()
    at.selectbox(key="migration_from").set_value(2025 * 4 + 1).run()
    at.selectbox(key="migration_to").set_value(2025 * 4 + 2).run()
    at.selectbox(key="migration_cell").set_value("A→lost").run()
    assert_clean(at)
    quarters = [(date(2025, 4, 1), date(2025, 6, 30)), (date(2025, 7, 1), date(2025, 9, 30))]
    codes = classify_periods(loaded("store_en"), quarters, Scenario(), "abc")
    a, b = codes.iloc[:, 0].dropna(), codes.iloc[:, 1].dropna()
    listed = at.dataframe[0].value["customer_id"].tolist()
    assert sorted(listed) == sorted(set(a.index[a == "A"]) - set(b.index))
    assert listed[0] == "Sunrise Property Management"  # the largest first


def test_scenario_b_moved_count_follows_its_slider():
    at = _page("cdnow", "scenarios")
    assert number(metric(at, "Change segment")) == 0
    at.slider(key="b_abc_a").set_value(70).run()
    assert_clean(at)
    scenario_b = Scenario().replace(abc=Scenario().abc.replace(a=0.7))
    comparison = compare_scenarios(segmenter("cdnow"), Scenario(), scenario_b)
    assert len(comparison.movers) > 0
    assert number(metric(at, "Change segment")) == len(comparison.movers)
    assert number(metric(at, "Change ABC class")) == comparison.moved["abc"]
    shown = at.dataframe[1].value
    assert len(shown) == min(len(comparison.movers), 1000)
    assert set(shown["abc_a"] + shown["abc_b"]) <= {"AB", "AA", "BB", "CC", "BC", "AC"}


def test_scenario_b_survives_a_page_switch_and_exports_its_movers():
    at = _page("cdnow", "scenarios")
    at.slider(key="b_xyz_x").set_value(0.5).run()
    at.switch_page(DYNAMICS["periods"]).run()
    at.switch_page(DYNAMICS["scenarios"]).run()
    assert_clean(at)
    assert at.slider(key="b_xyz_x").value == 0.5
    scenario_b = Scenario().replace(xyz=Scenario().xyz.replace(x=0.5))
    comparison = compare_scenarios(segmenter("cdnow"), Scenario(), scenario_b)
    assert number(metric(at, "Change segment")) == len(comparison.movers)
    csv = at.get("download_button")[0]
    assert csv.proto.label == "Movers, CSV"


def test_plan_vs_actual_of_the_example_plan():
    at = _page("store_en", "plan")
    at.button(key="plan_example").click().run()
    assert_clean(at)
    plan = load_plan(ROOT / "sample_data" / "plan_example.csv")
    seg = expected("store_en", Scenario())
    codes = pd.Series(seg.abc, index=customers("store_en")["customer_id"].astype(str).to_numpy())
    result = plan_vs_actual(plan, loaded("store_en"), "M", by=codes)
    assert metric(at, "Plan so far") == fmt_compact(result["plan"].sum(), "en")
    assert metric(at, "Actual") == fmt_compact(result["actual"].sum(), "en")
    at.selectbox(key="plan_key").set_value("segment|A").run()
    a = result[result["key"] == "A"]
    assert metric(at, "Actual") == fmt_compact(a["actual"].sum(), "en")
    july = a.set_index("label").loc["2025-07"]
    assert july["variance"] == pytest.approx(-1_080_833, abs=1)
    at.segmented_control(key="plan_grain").set_value("Q").run()
    assert_clean(at)
    assert len(at.dataframe[0].value) == 12  # 4 quarters × A, B, C


def test_a_plan_that_cannot_be_read_is_a_friendly_message():
    at = _page("store_en", "plan")
    at.file_uploader(key="plan_upload").set_value(("plan.csv", b"period,amount\n2025-13,100\n", "text/csv"))
    at.run()
    assert not at.exception
    assert "Row 2 of the plan has the period" in at.error[0].value


def test_sensitivity_charts_are_the_sweep_of_the_current_thresholds():
    at = _page("cdnow", "sensitivity")
    at.slider(key="abc_a").set_value(70).run()
    assert_clean(at)
    scenario = Scenario().replace(abc=Scenario().abc.replace(a=0.7))
    swept = sweep(segmenter("cdnow"), scenario, "abc_a")
    chart = _charts(at)[0]
    shown = chart["frame"]
    at_current = swept[swept["current"]].set_index("class")
    here = shown[shown["value"] == 0.7].set_index("class")
    assert here.loc["A", "customers"] == at_current.loc["A", "customers"]
    assert here.loc["A", "customers"] == expected("cdnow", scenario).abc_counts[0]
    rules = [layer for layer in chart["layer"] if layer["mark"]["type"] == "rule"]
    assert rules, "the current value is marked"


def test_golden_share_marks_the_demo_campaign():
    at = _page("store_en", "golden")
    assert at.toggle(key="golden_campaign_on").value is True
    assert at.date_input(key="golden_campaign").value == date(2025, 9, 1)
    assert number(metric(at, "Group size")) == expected("store_en", Scenario()).abc_counts[0]


def test_example_plan_is_offered_only_for_the_demo_store():
    at = _page("cdnow", "plan")
    assert not [b for b in at.button if b.key == "plan_example"]
    assert Path(ROOT / "sample_data" / "plan_example.csv").exists()
