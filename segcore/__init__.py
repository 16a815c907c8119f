"""segcore: who are the customers that matter, from a transaction log.

The analytics behind the segmentation studio, usable without the app::

    import segcore

    data = segcore.load_transactions("export.csv")         # any CSV/XLSX/Parquet export
    customers = segcore.customer_table(data)               # one row per customer
    engine = segcore.Segmenter(customers)                  # once per customer table
    result = engine.segment(segcore.Scenario())            # per slider move, milliseconds

One module per analysis: :mod:`segcore.abc`, :mod:`segcore.xyz`, :mod:`segcore.matrix`,
:mod:`segcore.pareto`, :mod:`segcore.quadrants`, :mod:`segcore.ltv`, :mod:`segcore.dynamics`,
:mod:`segcore.migration`, :mod:`segcore.sensitivity`, :mod:`segcore.plan`,
:mod:`segcore.playbook`, :mod:`segcore.export`, :mod:`segcore.charts`.
"""

from segcore.abc import AbcRanking, AbcResult, abc_classes
from segcore.customers import CUSTOMER_COLUMNS, customer_table, customer_table_expr
from segcore.errors import InputError, SettingsError
from segcore.ingest import LoadedTransactions, LoadReport, inspect_source, load_attributes, load_transactions
from segcore.matrix import abc_xyz_summary
from segcore.pareto import gini, pareto_curve, top_share
from segcore.quadrants import loyalty_score, quadrant_classes, quadrant_summary
from segcore.segmentation import Segmentation, Segmenter
from segcore.settings import (
    ABC_PRESETS,
    INDUSTRY_PRESETS,
    AbcThresholds,
    AggregationSettings,
    QuadrantSettings,
    Scenario,
    XyzThresholds,
)
from segcore.xyz import suggest_xyz_cuts, xyz_classes

__all__ = [
    "ABC_PRESETS",
    "CUSTOMER_COLUMNS",
    "INDUSTRY_PRESETS",
    "AbcRanking",
    "AbcResult",
    "AbcThresholds",
    "AggregationSettings",
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
    "customer_table",
    "customer_table_expr",
    "gini",
    "inspect_source",
    "load_attributes",
    "load_transactions",
    "loyalty_score",
    "pareto_curve",
    "quadrant_classes",
    "quadrant_summary",
    "suggest_xyz_cuts",
    "top_share",
    "xyz_classes",
]
