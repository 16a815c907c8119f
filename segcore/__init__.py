"""segcore: who are the customers that matter, from a transaction log.

The analytics behind the segmentation studio, usable without the app::

    import segcore

    data = segcore.load_transactions("export.csv")         # any CSV/XLSX/Parquet export
    customers = segcore.customer_table(data)               # one row per customer
    engine = segcore.Segmenter(customers)                  # once per customer table
    result = engine.segment(segcore.Scenario())            # per slider move, milliseconds
    for finding in segcore.findings(customers, transactions=data):
        print(finding.text("en"))                          # the conclusions, in words

Packages that follow the flow of data: :mod:`segcore.ingest` (files in, every row accounted
for), :mod:`segcore.customers` (one row per customer), :mod:`segcore.classify` (ABC, XYZ,
ABC × XYZ, Pareto, quadrants, sensitivity), :mod:`segcore.ltv` (simple and predicted value),
:mod:`segcore.dynamics` (periods, customer base, migration, golden share, plan),
:mod:`segcore.insight` (findings in words and the at-risk list), :mod:`segcore.report`
(playbook and exports), :mod:`segcore.charts` and :mod:`segcore.i18n`.
"""

from segcore.classify.abc import AbcRanking, AbcResult, abc_classes
from segcore.classify.matrix import abc_xyz_summary
from segcore.classify.pareto import gini, pareto_curve, top_share
from segcore.classify.quadrants import loyalty_score, quadrant_classes, quadrant_summary
from segcore.classify.segmentation import Segmentation, Segmenter
from segcore.classify.xyz import suggest_xyz_cuts, xyz_classes
from segcore.customers import CUSTOMER_COLUMNS, customer_table, customer_table_expr
from segcore.dynamics.migration import migration_matrix
from segcore.errors import InputError, SettingsError
from segcore.ingest import LoadedTransactions, LoadReport, inspect_source, load_attributes, load_transactions
from segcore.insight import Finding, at_risk, findings
from segcore.settings import (
    ABC_PRESETS,
    INDUSTRY_PRESETS,
    AbcThresholds,
    AggregationSettings,
    QuadrantSettings,
    Scenario,
    XyzThresholds,
)

__all__ = [
    "ABC_PRESETS",
    "CUSTOMER_COLUMNS",
    "INDUSTRY_PRESETS",
    "AbcRanking",
    "AbcResult",
    "AbcThresholds",
    "AggregationSettings",
    "Finding",
    "InputError",
    "LoadReport",
    "LoadedTransactions",
    "QuadrantSettings",
    "Scenario",
    "Segmentation",
    "Segmenter",
    "SettingsError",
    "XyzThresholds",
    "abc_classes",
    "abc_xyz_summary",
    "at_risk",
    "customer_table",
    "customer_table_expr",
    "findings",
    "gini",
    "inspect_source",
    "load_attributes",
    "load_transactions",
    "loyalty_score",
    "migration_matrix",
    "pareto_curve",
    "quadrant_classes",
    "quadrant_summary",
    "suggest_xyz_cuts",
    "top_share",
    "xyz_classes",
]
