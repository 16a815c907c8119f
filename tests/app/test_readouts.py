"""Every chart of the analysis and dynamics pages has its readout sentence under it."""

from __future__ import annotations

import pytest

from segcore.charts import readouts
from segcore.settings import Scenario
from tests.app.studio import assert_clean, expected, open_app, segmenter
from ui.sections.readout import ICON, readout_markdown

# page → readouts it draws on the demo data (sensitivity: two thresholds × two charts)
READOUTS = {
    "pareto": 1,
    "periods": 2,
    "customer_base": 3,
    "migration": 2,
    "scenarios": 3,
    "sensitivity": 4,
}


def _readouts(at) -> list[str]:
    return [m.value for m in at.markdown if m.value.startswith(ICON)]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_each_chart_of_the_pages_has_its_readout(lang):
    at = open_app("cdnow")
    at.session_state["lang"] = lang
    for page, count in READOUTS.items():
        at.switch_page(f"app_pages/{page}.py").run()
        assert_clean(at)
        lines = _readouts(at)
        assert len(lines) == count, (page, lines)
        assert all(len(line) > len(ICON) + 20 for line in lines), (page, lines)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_pareto_readout_is_the_sentence_segcore_writes_for_the_curve(lang):
    at = open_app("cdnow", "pareto")
    at.session_state["lang"] = lang
    at.run()
    seg = expected("cdnow", Scenario())
    top = segmenter("cdnow").top_share("revenue", 0.2)
    assert _readouts(at) == [readout_markdown(readouts.pareto_curve(seg, lang, top=0.2, top_share=top))]


def test_the_plan_page_reads_out_the_plan_and_the_variance():
    at = open_app("store_en")
    at.switch_page("app_pages/plan.py").run()
    at.button(key="plan_example").click().run()
    assert_clean(at)
    lines = _readouts(at)
    assert len(lines) == 2
    assert lines[0].startswith(f"{ICON} Actual revenue is 287,630,348 against a plan of 219,330,000")
    assert "class A" in lines[0]
    assert "fell short of plan in 1 of 12 periods" in lines[1]


def test_a_readout_quoting_user_text_shows_it_as_written():
    line = readout_markdown("The furthest behind plan is customer *[x](http://y)* $5: −3 %.")
    assert line == f"{ICON} The furthest behind plan is customer \\*\\[x\\](http\u2060://y)\\* \\$5: −3 %."
