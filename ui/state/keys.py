"""The keys the tests find widgets and session values by, in one place.

AppTest tests and browser tests (``.st-key-<key>``) locate widgets by their keys and read a
few session values; those keys are named here so a test can import them. The widgets bound
to the scenario use its flat keys (``abc_a`` …, see :data:`ui.state.scenario.BINDINGS`),
scenario B's widgets the same keys after :data:`ui.state.scenario.B_PREFIX`. Every other
widget key is a literal next to its widget.
"""

from __future__ import annotations

__all__ = [
    "ABC_PRESET",
    "AT_RISK_CSV",
    "AT_RISK_TABLE",
    "AT_RISK_XLSX",
    "DATA_DEMO",
    "DATA_LOAD",
    "DATA_SHEET",
    "DATA_UPLOAD",
    "EXPORT",
    "EXPORTS",
    "GOLDEN_CAMPAIGN",
    "GOLDEN_CAMPAIGN_ON",
    "LANG",
    "LTV_CALIBRATION_END",
    "LTV_DISCOUNT",
    "LTV_HORIZON",
    "LTV_MARGIN",
    "LTV_MODEL",
    "LTV_OWN_HORIZON",
    "LTV_USE_ABC",
    "LTV_VIEW",
    "MATRIX_CELL",
    "MATRIX_FINDINGS",
    "MATRIX_METRIC",
    "MATRIX_NUMBERS",
    "MIGRATION_CELL",
    "MIGRATION_FROM",
    "MIGRATION_GRAIN",
    "MIGRATION_TO",
    "PARETO_TOP",
    "PLAN_EXAMPLE",
    "PLAN_GRAIN",
    "PLAN_KEY",
    "PLAN_UPLOAD",
    "PLAYBOOK",
    "RUN_ID_FRAGMENT",
    "RUN_ID_PAGE",
    "SCENARIO",
    "SCENARIO_DOWNLOAD",
    "SCENARIO_UPLOAD",
    "SETTINGS_RESET",
    "STRATEGY_EDIT",
    "STRATEGY_FIELD",
    "STRATEGY_KIND",
    "SUMMARY_CARD",
    "SUMMARY_CSV",
    "SUMMARY_DOWNLOAD",
    "SUMMARY_LIST",
    "SUMMARY_PLAN",
    "XYZ_SUGGEST",
    "mapping_key",
]

# Session values the tests read.
SCENARIO = "scenario"
PLAYBOOK = "playbook"
EXPORTS = "exports"
#: The language: the sidebar selector's key and the session value.
LANG = "lang"

# Settings and the Matrix, Pareto and Strategy pages.
ABC_PRESET = "abc_preset"
XYZ_SUGGEST = "xyz_suggest"
SETTINGS_RESET = "settings_reset"
SCENARIO_DOWNLOAD = "scenario_download"
SCENARIO_UPLOAD = "scenario_upload"
MATRIX_METRIC = "matrix_metric"
MATRIX_CELL = "matrix_cell"
MATRIX_NUMBERS = "matrix_numbers"
#: Hidden run ids outside and inside the Matrix page's fragment (see :mod:`ui.probe`).
RUN_ID_PAGE = "run_id_page"
RUN_ID_FRAGMENT = "run_id_fragment"
PARETO_TOP = "pareto_top"
STRATEGY_KIND = "strategy_kind"
STRATEGY_EDIT = "strategy_edit"
#: Prefix of the card editor's fields (``strategy_field_goal`` …).
STRATEGY_FIELD = "strategy_field"
#: Prefix of the export buttons (``export_prepare_xlsx``, ``export_xlsx`` …).
EXPORT = "export"

# The Summary and At-risk pages, and the findings on the Matrix page.
#: Prefixes of the finding cards, the plan blocks and their customer lists and downloads
#: (``summary_card_0``, ``summary_plan_0``, ``summary_list_0``, ``summary_csv_0`` …).
SUMMARY_CARD = "summary_card"
SUMMARY_PLAN = "summary_plan"
SUMMARY_LIST = "summary_list"
SUMMARY_CSV = "summary_csv"
SUMMARY_DOWNLOAD = "summary_download"
#: Prefix of the Matrix page's finding cards (``matrix_findings_0`` …).
MATRIX_FINDINGS = "matrix_findings"
AT_RISK_TABLE = "at_risk_table"
AT_RISK_CSV = "at_risk_csv"
AT_RISK_XLSX = "at_risk_xlsx"

# The Data page.
DATA_DEMO = "data_demo"
DATA_UPLOAD = "data_upload"
DATA_SHEET = "data_sheet"
DATA_LOAD = "data_load"

# Customer value.
LTV_VIEW = "ltv_view"
LTV_MARGIN = "ltv_margin"
LTV_OWN_HORIZON = "ltv_own_horizon"
LTV_HORIZON = "ltv_horizon"
LTV_MODEL = "ltv_model"
LTV_CALIBRATION_END = "ltv_calibration_end"
LTV_DISCOUNT = "ltv_discount"
LTV_USE_ABC = "ltv_use_clv_abc"

# The dynamics pages.
MIGRATION_GRAIN = "migration_grain"
MIGRATION_FROM = "migration_from"
MIGRATION_TO = "migration_to"
MIGRATION_CELL = "migration_cell"
GOLDEN_CAMPAIGN_ON = "golden_campaign_on"
GOLDEN_CAMPAIGN = "golden_campaign"
PLAN_UPLOAD = "plan_upload"
PLAN_EXAMPLE = "plan_example"
PLAN_GRAIN = "plan_grain"
PLAN_KEY = "plan_key"


def mapping_key(canonical: str) -> str:
    """Give the key of the Data page's column selector of one canonical column (``data_map_amount``)."""
    return f"data_map_{canonical}"
