"""The warm-up fills the caches the first session reads: the opening dataset, its table and findings."""

from __future__ import annotations

from segcore.classify.segmentation import Segmenter
from segcore.insight.basis import FindingsBasis
from segcore.settings import Scenario
from tests.app.studio import customers, loaded
from ui import data, warm
from ui.sources import DEFAULT_DEMO, demo_source


def test_a_server_without_a_launch_file_opens_on_the_demo_store():
    assert DEFAULT_DEMO == "store_en"
    assert warm.opening_source() == demo_source("store_en")


def test_the_warmed_tables_are_the_ones_a_session_then_gets_from_the_caches():
    source = demo_source("cdnow")
    dataset, analysis = warm.warm_tables(source)
    again_dataset, again = data.warm(source, Scenario().aggregation)
    assert again_dataset is dataset and again is analysis
    assert source.key in data.loaded_keys()
    assert analysis.size == len(customers("cdnow")) == Segmenter(customers("cdnow")).n
    assert analysis.transactions == int(loaded("cdnow").report.rows_kept)


def test_the_warmed_findings_are_the_default_scenarios_findings():
    source = demo_source("cdnow")
    dataset, analysis = warm.warm_tables(source)
    expected = FindingsBasis(customers("cdnow"), transactions=loaded("cdnow")).findings(Scenario())
    assert warm.warm_findings(dataset, analysis) == len(expected) > 0
