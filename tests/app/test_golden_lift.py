"""Golden share: the campaign lift with the group fixed before it, the readout, a flat tile for no change."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

import pytest
from streamlit.proto.Metric_pb2 import Metric as MetricProto

from segcore.charts import readouts
from segcore.classify.segmentation import Segmenter
from segcore.customers import customer_table
from segcore.dynamics import campaign_lift, golden_share
from segcore.settings import AggregationSettings, Scenario
from tests.app.studio import assert_clean, customers, expected, loaded, metric, number, open_app
from ui.sections.campaign_lift import group_share
from ui.sections.readout import readout_markdown

GOLDEN = "app_pages/golden.py"
CAMPAIGN = date(2025, 9, 1)  # the demo store's loyalty campaign


def _golden(lang: str = "en", kind: str = "abc"):
    at = open_app("store_en")
    if lang != "en":
        at.segmented_control(key="lang").set_value(lang).run()
    at.switch_page(GOLDEN).run()
    if kind != "abc":
        at.segmented_control(key="golden_group").set_value(kind).run()
    assert_clean(at)
    return at


@cache
def _group_before(day: date, kind: str) -> tuple[str, ...]:
    """Give the scenario's class A or quadrant III on the 12 months before ``day`` (by segcore)."""
    start = day.replace(year=day.year - 1)
    table = customer_table(
        loaded("store_en"), AggregationSettings(start=start, as_of=day - timedelta(days=1))
    )
    seg = Segmenter(table).segment(Scenario())
    picked = seg.abc == "A" if kind == "abc" else seg.quadrant == "III"
    return tuple(table["customer_id"][picked].astype(str))


def _lift(kind: str, day: date = CAMPAIGN):
    data = loaded("store_en")
    found = campaign_lift(data, day, group_ids=_group_before(day, kind), placebo=False)
    earlier = day.replace(year=day.year - 1)
    return found, campaign_lift(data, earlier, group_ids=_group_before(earlier, kind), placebo=False)


@pytest.mark.parametrize(("lang", "labels"), [
    ("en", ("Lift (group ÷ others)", "Extra revenue", "Placebo: a year earlier")),
    ("ru", ("Эффект (группа ÷ остальные)", "Дополнительная выручка", "Контроль: годом раньше")),
])  # fmt: skip
def test_the_page_shows_the_lift_segcore_computes_for_class_a_fixed_before_the_campaign(lang, labels):
    at = _golden(lang)
    found, placebo = _lift("abc")
    assert number(metric(at, labels[0])) == pytest.approx(found.lift, abs=0.005)
    assert number(metric(at, labels[1])) == pytest.approx(found.difference, abs=0.5)
    assert number(metric(at, labels[2])) == pytest.approx(placebo.lift, abs=0.005)
    # the default class A fixed on the 12 months before is segcore's own class-A rule: lift 1.44
    rule = campaign_lift(loaded("store_en"), CAMPAIGN)
    assert (found.group.customers, round(found.lift, 2), round(rule.placebo.lift, 2)) == (3152, 1.44, 0.83)
    assert found.lift == pytest.approx(rule.lift)
    sides = at.dataframe[0].value
    assert sides.iloc[:, 1].tolist() == [3152, found.rest.customers, found.newcomers.customers]
    assert sides.iloc[0, 3] == round(found.group.after)


def test_the_page_explains_why_the_share_moves_little_with_the_lifts_own_figures():
    at = _golden()
    found, _ = _lift("abc")
    before, after = group_share(found)
    assert (round(before, 3), round(after, 3)) == (0.792, 0.643)  # diluted by customers new since September
    text = "\n".join(m.value for m in at.markdown)
    assert "the group's revenue changed × 2.13, the other customers' × 1.48" in text
    assert "4,139 customers new since the campaign added 38,404,919" in text
    assert "went from 79.2\u00a0% to 64.3\u00a0%" in text


def test_the_core_fixed_before_the_campaign_gives_its_own_lift():
    at = _golden(kind="quadrant")
    found, placebo = _lift("quadrant")
    assert number(metric(at, "Lift (group ÷ others)")) == pytest.approx(found.lift, abs=0.005)
    assert number(metric(at, "Placebo: a year earlier")) == pytest.approx(placebo.lift, abs=0.005)
    assert round(found.lift, 2) == 1.39
    assert any("quadrant III under this scenario on the 12 months" in c.value for c in at.caption)


def test_the_golden_chart_has_its_readout():
    at = _golden()
    seg = expected("store_en", Scenario())
    ids = customers("store_en")["customer_id"][seg.abc == "A"].astype(str).tolist()
    result = golden_share(loaded("store_en"), ids, "M", campaign_date=CAMPAIGN, periods=4)
    frame = result.periods.assign(label=[f"{p // 12}-{p % 12 + 1:02d}" for p in result.periods["period"]])
    sentence = readouts.golden_share(result._replace(periods=frame), "en", "abc")
    assert sentence.startswith("The share of class A in revenue: 79.0\u00a0% in 2025-12")
    assert readout_markdown(sentence) in "\n".join(m.value for m in at.markdown)


def test_a_change_that_rounds_to_zero_has_no_arrow_and_no_colour():
    at = _golden()
    at.date_input(key="golden_campaign").set_value(date(2024, 5, 1)).run()
    at.slider(key="golden_periods").set_value(1).run()
    assert_clean(at)
    after = next(m for m in at.metric if m.label == "After")
    assert after.proto.delta == "0.0 pp"
    assert after.proto.direction == MetricProto.MetricDirection.NONE
    assert after.proto.color == MetricProto.MetricColor.GRAY
    # a year of data before 1 May 2024 exists, a year before that does not: no placebo
    assert metric(at, "Placebo: a year earlier") == "—"


def test_a_campaign_too_early_for_a_year_of_history_says_so():
    at = _golden()
    at.date_input(key="golden_campaign").set_value(date(2023, 6, 1)).run()
    assert_clean(at)
    assert any("2022-06-01" in i.value for i in at.info)
