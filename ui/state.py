"""Session state: the one place that knows its keys.

The studio keeps ONE :class:`~segcore.settings.Scenario` per browser tab
(:func:`scenario` / :func:`set_scenario`). Everything else a page shows is derived from it
and from the loaded dataset.

Widgets and the scenario
    A widget bound to a scenario field uses the field's flat key as its widget key
    (``abc_a``, ``xyz_x``, ``quadrants_loyalty_split``, ``aggregation_grain`` …; see
    :data:`BINDINGS`). Streamlit forgets a widget's key when its page is not rendered, so
    before drawing a bound widget :func:`seed` copies the scenario's value into the key,
    and the widget's ``on_change`` callback (:func:`apply_widget`) writes the new value back
    into the scenario. The scenario therefore survives page switches, and two widgets on
    different pages (the ABC slider on Settings and on Matrix) always agree.

The address bar
    The scenario's non-default flat keys (plus ``data`` for a demo other than the one a new
    session opens: the demo store, or the file named at launch, see :mod:`ui.launch`) are
    mirrored to ``st.query_params`` after every change (:func:`sync_url`); a new session
    starts from the address it was opened with (:func:`init`), so a copied link reproduces
    the view.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from segcore.errors import SettingsError, UserFacingError
from segcore.report.playbook import Playbook
from segcore.settings import Scenario
from ui import launch

__all__ = [
    "BINDINGS",
    "DEFAULT_DEMO",
    "Binding",
    "DataSource",
    "apply_widget",
    "apply_widget_b",
    "data_source",
    "export_bytes",
    "flash_error",
    "get",
    "has_seen",
    "init",
    "keep_choice",
    "keep_export",
    "lang",
    "mapping_key",
    "mark_seen",
    "pending_upload",
    "plan_file",
    "playbook",
    "pop_flash_error",
    "pop_notice",
    "put",
    "put_default",
    "reset_scenario",
    "scenario",
    "scenario_b",
    "seed",
    "seed_b",
    "seed_choice",
    "seed_for",
    "set_choice",
    "set_data_source",
    "set_lang",
    "set_notice",
    "set_pending_upload",
    "set_plan_file",
    "set_playbook",
    "set_scenario",
    "set_scenario_b",
    "set_summary_slot",
    "summary_slot",
    "sync_url",
    "widget_value",
]

# Session-state keys (the only literals of their kind in the studio).
SCENARIO = "scenario"
LANG = "lang"
DATA_SOURCE = "data_source"
PENDING_UPLOAD = "pending_upload"
PLAYBOOK = "playbook"
FLASH_ERROR = "flash_error"
SEEN = "seen_results"
URL_PARAM_DATA = "data"
DEFAULT_DEMO = "store_en"

# Widget keys of the frame and the pages (the browser tests find widgets by these).
KEY_RESET = "scenario_reset"
KEY_ABC_PRESET = "abc_preset"
KEY_XYZ_SUGGEST = "xyz_suggest"
KEY_SETTINGS_RESET = "settings_reset"
KEY_SCENARIO_DOWNLOAD = "scenario_download"
KEY_SCENARIO_UPLOAD = "scenario_upload"
KEY_MATRIX_METRIC = "matrix_metric"
KEY_MATRIX_CHART = "matrix_heatmap"
KEY_MATRIX_CELL = "matrix_cell"
KEY_MATRIX_TABLE = "matrix_customers"
KEY_MATRIX_NUMBERS = "matrix_numbers"
KEY_QUADRANT_CHART = "matrix_quadrants"
KEY_PARETO_TOP = "pareto_top"
KEY_PARETO_CHART = "pareto_chart"
KEY_LTV_MARGIN = "ltv_margin"
KEY_LTV_OWN_HORIZON = "ltv_own_horizon"
KEY_LTV_HORIZON = "ltv_horizon"
KEY_LTV_HISTOGRAM = "ltv_histogram"
KEY_LTV_CHART = "ltv_by"
KEY_LTV_TABLE = "ltv_top_customers"
KEY_LTV_VIEW = "ltv_view"
KEY_LTV_MODEL = "ltv_model"
KEY_LTV_CALIBRATION_END = "ltv_calibration_end"
KEY_LTV_MONTHS = "ltv_months"
KEY_LTV_DISCOUNT = "ltv_discount"
KEY_LTV_PARAMETERS = "ltv_parameters"
KEY_LTV_COMPARISON = "ltv_comparison"
KEY_LTV_HOLDOUT_CHART = "ltv_holdout_chart"
KEY_LTV_TRACKING_CHART = "ltv_tracking_chart"
KEY_LTV_CLV_HISTOGRAM = "ltv_clv_histogram"
KEY_LTV_ALIVE_HISTOGRAM = "ltv_alive_histogram"
KEY_LTV_CLV_TABLE = "ltv_clv_customers"
KEY_LTV_SEGMENT_CHART = "ltv_clv_by"
KEY_LTV_SEGMENT_TABLE = "ltv_clv_segments"
KEY_LTV_USE_ABC = "ltv_use_clv_abc"
KEY_LTV_USE_PROFIT = "ltv_use_clv_profit"
# The predictive LTV fit this session asked for last, and the last one that finished (ui/ltv.py).
LTV_FIT_REQUESTED = "ltv_fit_requested"
LTV_FIT_DONE = "ltv_fit_done"
KEY_STRATEGY_KIND = "strategy_kind"
KEY_STRATEGY_EDIT = "strategy_edit"
KEY_STRATEGY_FORM = "strategy_form"
KEY_STRATEGY_FIELD = "strategy_field"
KEY_STRATEGY_RESTORE = "strategy_restore"
KEY_PLAYBOOK_DOWNLOAD = "playbook_download"
KEY_PLAYBOOK_UPLOAD = "playbook_upload"
KEY_EXPORT = "export"
KEY_STRATEGY_HIDE_EMPTY = "strategy_hide_empty"
KEY_DATA_DEMO = "data_demo"
KEY_DATA_UPLOAD = "data_upload"
KEY_DATA_SHEET = "data_sheet"
KEY_DATA_ATTRIBUTES = "data_attributes"
KEY_DATA_LOAD = "data_load"
KEY_DATA_PREVIEW = "data_preview"
# Hidden run ids outside and inside the Matrix page's fragment (see ui.probe).
KEY_RUN_ID_PAGE = "run_id_page"
KEY_RUN_ID_FRAGMENT = "run_id_fragment"
# Widget keys of the dynamics pages.
KEY_PERIODS_GRAIN = "periods_grain"
KEY_PERIODS_YEARS = "periods_years"
KEY_PERIODS_SPLIT = "periods_split"
KEY_PERIODS_METRIC = "periods_metric"
KEY_PERIODS_TABLE = "periods_table"
KEY_PERIODS_CHART = "periods_chart"
KEY_PERIODS_GROWTH = "periods_growth"
KEY_BASE_GRAIN = "base_grain"
KEY_BASE_LOST_AFTER = "base_lost_after"
KEY_BASE_CHART = "base_chart"
KEY_BASE_LIVE = "base_live"
KEY_BASE_COHORTS = "base_cohorts"
KEY_BASE_TABLE = "base_table"
KEY_GOLDEN_GROUP = "golden_group"
KEY_GOLDEN_GRAIN = "golden_grain"
KEY_GOLDEN_CAMPAIGN_ON = "golden_campaign_on"
KEY_GOLDEN_CAMPAIGN = "golden_campaign"
KEY_GOLDEN_PERIODS = "golden_periods"
KEY_GOLDEN_CHART = "golden_chart"
KEY_GOLDEN_TABLE = "golden_table"
KEY_MIGRATION_KIND = "migration_kind"
KEY_MIGRATION_GRAIN = "migration_grain"
KEY_MIGRATION_FROM = "migration_from"
KEY_MIGRATION_TO = "migration_to"
KEY_MIGRATION_METRIC = "migration_metric"
KEY_MIGRATION_HEATMAP = "migration_heatmap"
KEY_MIGRATION_FLOW = "migration_flow"
KEY_MIGRATION_STAYED = "migration_stayed"
KEY_MIGRATION_CODE = "migration_code"
KEY_MIGRATION_CELL = "migration_cell"
KEY_MIGRATION_TABLE = "migration_customers"
KEY_SCENB_KIND = "scenb_kind"
KEY_SCENB_COPY = "scenb_copy"
KEY_SCENB_HEATMAP = "scenb_heatmap"
KEY_SCENB_TABLE = "scenb_movers"
KEY_SCENB_CSV = "scenb_csv"
KEY_SCENB_XLSX = "scenb_xlsx"
KEY_PLAN_UPLOAD = "plan_upload"
KEY_PLAN_EXAMPLE = "plan_example"
KEY_PLAN_CLEAR = "plan_clear"
KEY_PLAN_GRAIN = "plan_grain"
KEY_PLAN_KEY = "plan_key"
KEY_PLAN_CHART = "plan_chart"
KEY_PLAN_VARIANCE = "plan_variance"
KEY_PLAN_TABLE = "plan_table"
KEY_SENS_GROUP = "sens_group"
KEY_SENS_CHART = "sens_chart"
# The second threshold set of the scenario comparison page, and the plan file in use.
SCENARIO_B = "scenario_b"
PLAN_FILE = "plan_file"
#: Prefix of the widget keys bound to scenario B (``b_abc_a`` … ; see :func:`seed_b`).
B_PREFIX = "b_"
NOTICE = "notice"
EXPORTS = "exports"
SUMMARY_SLOT = "sidebar_summary_slot"
_CHOICE = "__choice"
_UNSET = object()

Converter = Callable[[Any], Any]


def _same(value: Any) -> Any:
    return value


def _percent_in(value: Any) -> Any:
    return round(float(value) * 100)


def _percent_out(value: Any) -> Any:
    return round(float(value) / 100, 4)


@dataclass(frozen=True)
class Binding:
    """How one widget key maps to one scenario field (``part.field``) and back."""

    part: str
    field: str
    to_widget: Converter = _same
    from_widget: Converter = _same


def _bind(part: str, field: str, percent: bool = False) -> Binding:
    if percent:
        return Binding(part, field, _percent_in, _percent_out)
    return Binding(part, field)


#: Widget key → scenario field. Widget keys equal the scenario's flat keys, except that
#: the absolute profit split has its own number widget.
BINDINGS: dict[str, Binding] = {
    "aggregation_grain": _bind("aggregation", "grain"),
    "aggregation_cv_mode": _bind("aggregation", "cv_mode"),
    "aggregation_returns": _bind("aggregation", "returns"),
    "aggregation_start": _bind("aggregation", "start"),
    "aggregation_as_of": _bind("aggregation", "as_of"),
    "abc_a": _bind("abc", "a", percent=True),
    "abc_b": _bind("abc", "b", percent=True),
    "abc_mode": _bind("abc", "mode"),
    "abc_basis": _bind("abc", "basis"),
    "abc_rule": _bind("abc", "rule"),
    "xyz_x": _bind("xyz", "x"),
    "xyz_y": _bind("xyz", "y"),
    "xyz_min_periods": _bind("xyz", "min_periods"),
    "quadrants_preset": _bind("quadrants", "preset"),
    "quadrants_w_frequency": _bind("quadrants", "w_frequency", percent=True),
    "quadrants_w_tenure": _bind("quadrants", "w_tenure", percent=True),
    "quadrants_w_recency": _bind("quadrants", "w_recency", percent=True),
    "quadrants_w_regularity": _bind("quadrants", "w_regularity", percent=True),
    "quadrants_extra_weights": _bind("quadrants", "extra_weights"),
    "quadrants_loyalty_split": _bind("quadrants", "loyalty_split", percent=True),
    "quadrants_profit_basis": _bind("quadrants", "profit_basis"),
    "quadrants_profit_split_kind": _bind("quadrants", "profit_split_kind"),
    "quadrants_profit_split": _bind("quadrants", "profit_split", percent=True),
    "quadrants_profit_split_value": _bind("quadrants", "profit_split"),
}


@dataclass(frozen=True)
class DataSource:
    """The dataset the studio analyses: a demo file or an upload, with how to read it.

    ``key`` identifies the content and reading options (it keys the caches); ``content``
    holds an upload's bytes (``None`` for a demo, which is read from ``path``).
    """

    key: str
    name: str
    kind: str  # "demo", "upload" or "file" (named at launch)
    demo: str | None = None
    path: str | None = None
    content: bytes | None = dataclasses.field(default=None, repr=False)
    sheet: str | None = None
    mapping: tuple[tuple[str, str], ...] = ()
    attributes_name: str | None = None
    attributes: bytes | None = dataclasses.field(default=None, repr=False)
    size_bytes: int = 0


# --- language -------------------------------------------------------------------------


def _browser_lang() -> str:
    locale = st.context.locale or ""
    return "ru" if locale.lower().startswith("ru") else "en"


def lang() -> str:
    """Give the language of the interface, ``"en"`` or ``"ru"``."""
    value = st.session_state.get(LANG)
    return value if value in ("en", "ru") else _browser_lang()


def set_lang(value: str) -> None:
    """Set the language of the interface (the sidebar selector's key holds it)."""
    st.session_state[LANG] = value


# --- plain widget values (keys from the constants above) ------------------------------


def get(key: str, default: Any = None) -> Any:
    """Give the value under a widget key (``default`` when the widget has none yet)."""
    return st.session_state.get(key, default)


def put(key: str, value: Any) -> None:
    """Set the value of a widget key before the widget is drawn (or from a callback)."""
    st.session_state[key] = value


def put_default(key: str, value: Any) -> None:
    """Give a widget key its first value, once per session."""
    st.session_state.setdefault(key, value)


# --- the scenario ---------------------------------------------------------------------


def init() -> None:
    """Start the session once: language from the browser, scenario and dataset from the URL."""
    if LANG not in st.session_state:
        st.session_state[LANG] = _browser_lang()
    if SCENARIO in st.session_state:
        return
    params = {k: st.query_params[k] for k in st.query_params}
    try:
        st.session_state[SCENARIO] = Scenario.from_flat_dict(params)
    except SettingsError as error:
        st.session_state[SCENARIO] = Scenario()
        flash_error(error)
    st.session_state[URL_PARAM_DATA] = params.get(URL_PARAM_DATA)


def scenario() -> Scenario:
    """Give the active scenario."""
    return st.session_state.get(SCENARIO) or Scenario()


def set_scenario(value: Scenario) -> None:
    """Make ``value`` the active scenario and mirror it to the address bar."""
    st.session_state[SCENARIO] = value
    sync_url()


def reset_scenario() -> None:
    """Go back to the default scenario (the dataset stays)."""
    set_scenario(Scenario())


def requested_demo() -> str | None:
    """Give the demo dataset named in the URL the session was opened with (``data``), if any."""
    return st.session_state.get(URL_PARAM_DATA)


def sync_url() -> None:
    """Write the scenario's non-default keys (and a non-default demo) to the address bar."""
    current = scenario().to_flat_dict()
    default = Scenario().to_flat_dict()
    wanted = {k: v for k, v in current.items() if default.get(k) != v}
    source = data_source()
    opens_store = launch.data_file() is None
    if source is not None and source.kind == "demo" and (source.demo != DEFAULT_DEMO or not opens_store):
        wanted[URL_PARAM_DATA] = source.demo or DEFAULT_DEMO
    if {k: st.query_params[k] for k in st.query_params} != wanted:
        st.query_params.from_dict(wanted)


# --- widgets bound to the scenario ----------------------------------------------------


def _field_value(binding: Binding) -> Any:
    return getattr(getattr(scenario(), binding.part), binding.field)


def seed(key: str) -> str:
    """Copy the scenario's value into the widget key before the widget is drawn; give the key."""
    binding = BINDINGS[key]
    value = binding.to_widget(_field_value(binding))
    # Writing a widget's key makes the browser take that value, even an equal one. In a
    # fragment rerun (the Matrix sliders) that would undo a move the user made meanwhile:
    # three quick key presses moved the slider twice. There the widget is the same one as
    # in the last run, so an equal value is left alone. A full run must write: the same key
    # on another page is another widget, which takes a value only when it is written.
    if not (_in_fragment_rerun() and st.session_state.get(key, _UNSET) == value):
        st.session_state[key] = value
    return key


def _in_fragment_rerun() -> bool:
    ctx = get_script_run_ctx()
    return bool(ctx is not None and ctx.fragment_ids_this_run)


def widget_value(key: str) -> Any:
    """Give the scenario value a bound widget shows (in the widget's units)."""
    binding = BINDINGS[key]
    return binding.to_widget(_field_value(binding))


def _with_field(current: Scenario, binding: Binding, value: Any) -> Scenario:
    part = getattr(current, binding.part).replace(**{binding.field: value})
    return current.replace(**{binding.part: part})


def apply_widget(key: str) -> None:
    """Widget callback: write the widget's new value into the scenario (or report why not)."""
    binding = BINDINGS[key]
    raw = st.session_state[key]
    value = None if raw is None else binding.from_widget(raw)
    change_scenario(lambda current: _with_field(current, binding, value))


def change_scenario(change: Callable[[Scenario], Scenario]) -> bool:
    """Apply ``change`` to the scenario; a SettingsError is kept for the page to show."""
    try:
        updated = change(scenario())
    except UserFacingError as error:
        flash_error(error)
        return False
    set_scenario(updated)
    return True


# --- messages kept for the next draw ---------------------------------------------------


def flash_error(error: UserFacingError) -> None:
    """Keep an error raised in a callback so the page can show it once."""
    st.session_state[FLASH_ERROR] = error


def pop_flash_error() -> UserFacingError | None:
    """Give (and forget) the error a callback kept, if any."""
    return st.session_state.pop(FLASH_ERROR, None)


def set_notice(text: str) -> None:
    """Keep a note from a callback (e.g. what the suggested cuts give) for the next draw."""
    st.session_state[NOTICE] = text


def pop_notice() -> str | None:
    """Give (and forget) the note a callback kept, if any."""
    return st.session_state.pop(NOTICE, None)


# --- the dataset ----------------------------------------------------------------------


def data_source() -> DataSource | None:
    """Give the dataset in use, if one is loaded."""
    return st.session_state.get(DATA_SOURCE)


def set_data_source(source: DataSource) -> None:
    """Make ``source`` the dataset in use."""
    st.session_state[DATA_SOURCE] = source
    sync_url()


def mapping_key(canonical: str) -> str:
    """Give the widget key of the mapping selector of one canonical column."""
    return f"data_map_{canonical}"


def pending_upload() -> dict[str, Any] | None:
    """Give the uploaded file being mapped (name, bytes, key, inspection), if any."""
    return st.session_state.get(PENDING_UPLOAD)


def set_pending_upload(value: dict[str, Any] | None) -> None:
    """Remember (or forget, with ``None``) the uploaded file being mapped."""
    st.session_state[PENDING_UPLOAD] = value


# --- the playbook ---------------------------------------------------------------------


def playbook() -> Playbook:
    """Give the strategy cards with the user's edits (kept with the scenario)."""
    return st.session_state.get(PLAYBOOK) or Playbook()


def set_playbook(value: Playbook) -> None:
    """Keep the user's edits of the strategy cards with the scenario."""
    st.session_state[PLAYBOOK] = value


# --- long operations already shown to this session ------------------------------------


def has_seen(key: str) -> bool:
    """Tell whether this session already waited for the cached result ``key``."""
    return key in st.session_state.get(SEEN, ())


def mark_seen(key: str) -> None:
    """Remember that this session has the cached result ``key``."""
    seen = set(st.session_state.get(SEEN, ()))
    seen.add(key)
    st.session_state[SEEN] = frozenset(seen)


# --- prepared export files --------------------------------------------------------------


def keep_export(name: str, fingerprint: str, data: bytes) -> None:
    """Keep a prepared export file; files built from another state are dropped."""
    kept = st.session_state.get(EXPORTS)
    files = dict(kept["files"]) if kept and kept["fingerprint"] == fingerprint else {}
    files[name] = data
    st.session_state[EXPORTS] = {"fingerprint": fingerprint, "files": files}


def export_bytes(name: str, fingerprint: str) -> bytes | None:
    """Give a prepared export file if it was built from the current state."""
    kept = st.session_state.get(EXPORTS)
    if not kept or kept["fingerprint"] != fingerprint:
        return None
    return kept["files"].get(name)


# --- the sidebar's scenario summary -----------------------------------------------------


def set_summary_slot(slot: Any) -> None:
    """Remember the sidebar placeholder of the scenario summary (fragments rewrite it)."""
    st.session_state[SUMMARY_SLOT] = slot


def summary_slot() -> Any:
    """Give the sidebar placeholder of the scenario summary, if the frame drew one."""
    return st.session_state.get(SUMMARY_SLOT)


# --- view choices that must survive relabelling ----------------------------------------


def seed_choice(key: str, options: Sequence[Any], default: Any) -> None:
    """Seed a choice widget (select box, segmented control) from its remembered choice.

    These widgets report a choice by its label; when the labels change (another language,
    new counts in them) the old label would no longer match an option. Keeping the choice
    under a separate key and seeding the widget from it before every draw avoids that, and
    also keeps the choice when the widget's page is left.
    """
    choice = st.session_state.get(f"{key}{_CHOICE}", default)
    st.session_state[key] = choice if choice in options else default


def keep_choice(key: str) -> None:
    """Widget callback: remember a choice widget's new value (see :func:`seed_choice`)."""
    set_choice(key, st.session_state[key])


def set_choice(key: str, value: Any) -> None:
    """Remember ``value`` as the choice of the widget ``key`` (e.g. from a chart click)."""
    st.session_state[f"{key}{_CHOICE}"] = value


# --- per-dataset defaults of view widgets ------------------------------------------------


def seed_for(key: str, source_key: str, value: Any) -> None:
    """Give a widget key ``value`` whenever the dataset (``source_key``) differs from last time.

    For defaults that depend on the data (a demo's campaign date): the user's choice is
    kept while the dataset stays, and replaced by the new data's default when it changes.
    """
    marker = f"{key}__for"
    if st.session_state.get(marker) != source_key:
        st.session_state[marker] = source_key
        st.session_state[key] = value


# --- scenario B (the comparison page's second threshold set) ----------------------------


def scenario_b() -> Scenario:
    """Give scenario B: its own thresholds on scenario A's aggregation (one customer table).

    A session starts with B equal to A; B then keeps its own thresholds across pages.
    """
    current = scenario()
    kept = st.session_state.get(SCENARIO_B)
    if kept is None:
        st.session_state[SCENARIO_B] = current
        return current
    return kept.replace(aggregation=current.aggregation)


def set_scenario_b(value: Scenario) -> None:
    """Keep ``value`` as scenario B."""
    st.session_state[SCENARIO_B] = value


def seed_b(key: str) -> str:
    """Copy scenario B's value into the B widget of a binding key; give the widget key."""
    binding = BINDINGS[key]
    part = getattr(scenario_b(), binding.part)
    widget = B_PREFIX + key
    value = binding.to_widget(getattr(part, binding.field))
    if not (_in_fragment_rerun() and st.session_state.get(widget, _UNSET) == value):  # see seed()
        st.session_state[widget] = value
    return widget


def apply_widget_b(key: str) -> None:
    """Widget callback: write a B widget's new value into scenario B (or report why not)."""
    binding = BINDINGS[key]
    raw = st.session_state[B_PREFIX + key]
    value = None if raw is None else binding.from_widget(raw)
    try:
        set_scenario_b(_with_field(scenario_b(), binding, value))
    except UserFacingError as error:
        flash_error(error)


def plan_file() -> tuple[str, bytes] | None:
    """Give the plan file in use (name, bytes), if one was chosen."""
    return st.session_state.get(PLAN_FILE)


def set_plan_file(value: tuple[str, bytes] | None) -> None:
    """Use (or forget, with ``None``) a plan file."""
    st.session_state[PLAN_FILE] = value
