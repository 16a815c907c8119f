"""The report package gives, under ``segcore.report``, every export name the app and tests use."""

from __future__ import annotations

import segcore.report as report
from segcore.report import csv_export, guard, labels, markdown, segments, xlsx


def test_the_package_re_exports_the_functions_of_its_modules():
    assert report.action_plan_xlsx is xlsx.action_plan_xlsx
    assert report.segment_csv is csv_export.segment_csv
    assert report.markdown_report is markdown.markdown_report
    assert report.safe_cell is guard.safe_cell and report.FORMULA_TRIGGERS is guard.FORMULA_TRIGGERS
    assert report.column_label is labels.column_label
    assert report.setting_label is labels.setting_label and report.setting_value is labels.setting_value
    assert report.segment_sizes is segments.segment_sizes
    assert all(hasattr(report, name) for name in report.__all__)
