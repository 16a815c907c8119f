"""The Markdown report: every segment named, a plan per non-empty one, numbers the language's way."""

from __future__ import annotations

import re

from export_cases import CELLS, SETTINGS

from segcore.report.markdown import markdown_report
from segcore.report.playbook import ALL_CODES, Playbook, default_card
from segcore.report.segments import segment_sizes


def test_the_markdown_report_names_every_segment_and_plans_the_non_empty_ones(customers):
    sizes = segment_sizes(customers, CELLS)
    edits = Playbook({"AX": {"title": "Anchors | key"}})
    text = markdown_report(sizes, SETTINGS, edits, "en", source="sales.csv", customers=6,
                           revenue=2345.25, top_share=0.853)  # fmt: skip
    for code in ALL_CODES[:12]:
        assert f"| {code} |" in text
    assert "| — | Not classified |" in text
    assert "Anchors \\| key" in text
    assert "- **Customers:** 6" in text and "- **Revenue:** 2,345.25" in text
    assert "85.3 %" in text
    assert "| ABC: group A closes at (share) | 0.8 |" in text
    assert "| Period for regularity | month |" in text
    plans = re.findall(r"^### (\w+) — ", text, flags=re.MULTILINE)
    assert plans == ["AX", "BY", "CZ", "CN"]
    assert "| CZ | Small and occasional | 1 | -15.25 |" in text
    for action in default_card("BY", "en").actions:
        assert f"- {action}" in text


def test_the_russian_report_speaks_russian_and_uses_decimal_commas(customers):
    sizes = segment_sizes(customers, CELLS)
    text = markdown_report(sizes, SETTINGS, None, "ru", revenue=2345.25)
    assert text.startswith("# План действий по сегментам ABC×XYZ")
    assert "2\u00a0345,25" in text and "| ABC: граница класса A (доля) | 0,8 |" in text
    assert f"### AX — {default_card('AX', 'ru').title} (2)" in text


def test_a_quadrant_report_comes_from_the_quadrant_codes(customers):
    sizes = segment_sizes(customers, ["I", "II", "III", "IV", "I", "I"], "quadrant")
    text = markdown_report(sizes, {}, None, "en")
    assert text.startswith("# Action plan by loyalty × profit quadrant")
    assert re.findall(r"^### (\w+) — ", text, flags=re.MULTILINE) == ["I", "II", "III", "IV"]
    assert "Default settings." in text
