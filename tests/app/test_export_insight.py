"""The Strategy page's workbook and report open with the conclusions and the key customers at risk."""

from __future__ import annotations

import io

import openpyxl

from segcore.insight import at_risk, findings
from segcore.settings import Scenario
from tests.app.downloads import downloads
from tests.app.studio import assert_clean, customers, loaded, open_app

__all__ = ["downloads"]


def test_the_exports_of_the_strategy_page_start_with_the_conclusions(downloads):
    at = open_app("cdnow", "strategy")
    assert_clean(at)
    book = openpyxl.load_workbook(io.BytesIO(downloads["action_plan.xlsx"]()), read_only=True)
    assert book.sheetnames[:4] == ["Conclusions", "At risk", "Summary", "Action plan"]
    table = customers("cdnow")
    found = findings(table, Scenario(), transactions=loaded("cdnow"))
    titles = [row[0] for row in book["Conclusions"].iter_rows(min_row=2, values_only=True)]
    assert titles == [finding.title("en") for finding in found]
    assert "base" in {finding.kind for finding in found}  # the transactions were passed
    listed = [row[0] for row in book["At risk"].iter_rows(min_row=2, values_only=True)]
    assert listed == at_risk(table, Scenario())["customer_id"].tolist()
    report = downloads["segmentation_report.md"]().decode("utf-8")
    sections = [report.index(f"## {name}") for name in ("Conclusions", "Key customers at risk", "Headline")]
    assert sections == sorted(sections)
