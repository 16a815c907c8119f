"""The monthly review without the app: a file in, its conclusions, at-risk list and action plan out.

:func:`monthly_review` reads a transaction file the way the app does
(:func:`segcore.load_transactions`, with customer attributes when given), builds the
customer table under the scenario's aggregation settings, segments it, and draws the
conclusions (:func:`segcore.findings`) and the list of key customers at risk
(:func:`segcore.at_risk`). :func:`review_workbook` and :func:`review_markdown` write them
as the action-plan workbook and the Markdown report, conclusions first. Anything a person
must fix (a missing or unreadable file, a scenario file that is not one) raises
:class:`~segcore.errors.InputError` or :class:`~segcore.errors.SettingsError` with the
app's message.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from segcore.classify.segmentation import Segmentation, Segmenter
from segcore.customers import Window, analysis_window, customer_table
from segcore.errors import InputError
from segcore.ingest import LoadedTransactions, load_transactions
from segcore.insight import Finding, at_risk, findings
from segcore.report.markdown import markdown_report
from segcore.report.playbook import Playbook
from segcore.report.segments import SegmentKind
from segcore.report.xlsx import action_plan_xlsx
from segcore.settings import Scenario

__all__ = ["Review", "monthly_review", "read_scenario", "review_markdown", "review_workbook"]


@dataclass(frozen=True)
class Review:
    """What a review found in one file: the data, the segmentation, conclusions, at-risk list."""

    source: str
    data: LoadedTransactions
    scenario: Scenario
    window: Window
    customers: pd.DataFrame
    segmentation: Segmentation
    findings: list[Finding]
    at_risk: pd.DataFrame

    @property
    def revenue(self) -> float:
        """Give the revenue of all customers (net of returns unless the scenario says otherwise)."""
        return float(pd.to_numeric(self.customers["revenue"]).sum())


def read_scenario(path: str | Path) -> Scenario:
    """Give the scenario saved in a JSON file by the app ("Save the scenario (JSON)" on Settings).

    Raises InputError when the file is missing and SettingsError when it is not a scenario
    or holds a value outside its range (the same messages the app shows).
    """
    file = Path(path)
    if not file.is_file():
        raise InputError("ingest.not_found", name=str(path))
    return Scenario.from_json(file.read_bytes().decode("utf-8", errors="replace"))


def monthly_review(
    source: Any,
    scenario: Scenario | None = None,
    *,
    attributes: Any = None,
    today: date | None = None,
) -> Review:
    """Give the review of a transaction file: customer table, segmentation, findings, at-risk list.

    ``source`` and ``attributes`` are what :func:`segcore.load_transactions` reads (a path,
    bytes, a DataFrame); ``scenario`` is the segmentation (``Scenario()`` by default);
    ``today`` is the date after which rows count as future dates (today by default).
    """
    scenario = scenario or Scenario()
    data = load_transactions(source, attributes=attributes, today=today)
    customers = customer_table(data, scenario.aggregation)
    segmentation = Segmenter(customers).segment(scenario)
    return Review(
        source=str(data.report.details.get("source") or source),
        data=data,
        scenario=scenario,
        window=analysis_window(data, scenario.aggregation),
        customers=customers,
        segmentation=segmentation,
        findings=findings(customers, scenario, transactions=data),
        at_risk=at_risk(customers, scenario),
    )


def _codes_and_summary(review: Review, kind: SegmentKind) -> tuple[Any, pd.DataFrame]:
    seg = review.segmentation
    return (seg.cell, seg.matrix) if kind == "abc_xyz" else (seg.quadrant, seg.quadrant_summary)


def review_workbook(
    review: Review,
    lang: str = "en",
    kind: SegmentKind = "abc_xyz",
    *,
    playbook: Playbook | None = None,
    created: date | None = None,
) -> bytes:
    """Give the action-plan workbook of a review: conclusions, at risk, summary, plan, segments."""
    codes, summary = _codes_and_summary(review, kind)
    return action_plan_xlsx(
        review.customers,
        codes,
        summary,
        review.scenario.to_flat_dict(),
        playbook,
        lang,
        kind,
        source=review.source,
        created=created,
        findings=review.findings,
        at_risk=review.at_risk,
    )


def review_markdown(
    review: Review, lang: str = "en", kind: SegmentKind = "abc_xyz", *, playbook: Playbook | None = None
) -> str:
    """Give the Markdown report of a review: conclusions and at-risk list first, then the plan."""
    _, summary = _codes_and_summary(review, kind)
    return markdown_report(
        summary,
        review.scenario.to_flat_dict(),
        playbook,
        lang,
        findings=review.findings,
        at_risk=review.at_risk,
        source=review.source,
        transactions=int(review.data.report.rows_kept),
        customers=len(review.customers),
        revenue=review.revenue,
        gini=round(review.segmentation.gini, 3),
    )
