"""Every message key the code looks up exists in English and Russian, with the same placeholders.

The code is read, not run: ``ast`` finds every lookup in ``segcore/``, ``ui/``, ``app_pages/``
and ``app.py``: the first argument of ``t``, ``tr`` (which adds ``ui.``), the user-facing
errors and ``LtvWarning``; the column names given to ``period_table`` (titled
``ui.dyncol.<column>``); and, inside ``segcore`` (which has no ``tr``), every string written
in the shape of a full key, such as the progress stages ``ltv.stage.*``.

A key built with an f-string (``f"playbook.{code}.title"``) cannot be checked where it is
built, so each such pattern belongs to a declared family below: the pattern and the values
the code builds it from. Every member of a family must exist, and an f-string key with no
family fails the test, so a new one is declared with its values.
"""

from __future__ import annotations

import ast
import dataclasses
import re
import string
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import product
from typing import Literal, get_args, get_origin, get_type_hints

import pytest

from segcore.classify.sensitivity import PARAMETERS
from segcore.customers import CUSTOMER_COLUMNS
from segcore.i18n import LANGUAGES, catalogue
from segcore.ingest.limits import UploadLimits
from segcore.ingest.mapping import REQUIRED
from segcore.ingest.report import DROP_CODES, WARNING_CODES
from segcore.ingest.transform import CANONICAL
from segcore.insight import KINDS as FINDING_KINDS
from segcore.ltv import GammaGamma
from segcore.ltv.fit import PURCHASE_MODELS
from segcore.ltv.guardrails import IndependenceCheck
from segcore.report import SegmentKind
from segcore.report.playbook import ALL_CODES, LOWEST_PRIORITY
from segcore.settings import (
    INDUSTRY_PRESETS,
    LOYALTY_COMPONENTS,
    AbcBasis,
    AbcMode,
    AbcRule,
    AggregationSettings,
    CvMode,
    Grain,
    ProfitBasis,
    ProfitSplitKind,
    ReturnsPolicy,
    Scenario,
)
from tests.samples import ROOT

SOURCES = sorted(
    [
        ROOT / "app.py",
        *(path for folder in ("segcore", "ui", "app_pages") for path in (ROOT / folder).rglob("*.py")),
    ]
)
LOOKUPS = {
    "t": "",
    "tr": "ui.",
    "UserFacingError": "",
    "InputError": "",
    "SettingsError": "",
    "LtvWarning": "",
}
NAMESPACES = frozenset(key.split(".")[0] for key in catalogue())
KEY_SHAPE = re.compile(rf"(?:{'|'.join(sorted(NAMESPACES))})(?:\.\w+)+")


def literal(path: str, name: str) -> tuple:
    """Give the values (or, for a dict, the keys) a module assigns to ``name``, read without running it."""
    for node in ast.parse((ROOT / path).read_text(encoding="utf-8")).body:
        target = node.target if isinstance(node, ast.AnnAssign) else getattr(node, "targets", [None])[0]
        if isinstance(target, ast.Name) and target.id == name:
            if isinstance(node.value, ast.Dict):
                return tuple(ast.literal_eval(key) for key in node.value.keys)
            return tuple(ast.literal_eval(node.value))
    raise AssertionError(f"{path} assigns no {name}")


def flat_options(cls: type, prefix: str = "") -> Iterator[tuple[str, str]]:
    """Give (flat settings key, option) for every field of ``cls`` that takes named options."""
    hints = get_type_hints(cls)
    for field in dataclasses.fields(cls):
        hint = hints[field.name]
        if dataclasses.is_dataclass(hint):
            yield from flat_options(hint, f"{prefix}{field.name}_")
        elif get_origin(hint) is Literal:
            yield from ((prefix + field.name, option) for option in get_args(hint))


CARD_TEXTS = ("title", "summary", "goal", "rhythm", "owner")  # playbook.StrategyCard's texts
DYNAMICS_PAGES = ("periods", "customer_base", "migration", "golden", "plan")
GRAINS_OF_DYNAMICS = tuple(
    {grain for page in DYNAMICS_PAGES for grain in literal(f"app_pages/{page}.py", "GRAINS")}
)
SEGMENT_KINDS_OF_VALUE = ("cell", "quadrant")  # LTV by segment: the ABC×XYZ cell, the quadrant
BASE_METRICS = ("active", "new", "returning", "lost", "live")  # the customer base page's headline
DEFAULT_MEANINGS = ("aggregation_start", "aggregation_as_of", "quadrants_extra_weights", "start", "as_of")

# pattern → the values each {} takes (a tuple of strings for one {}, tuples for several)
FAMILIES: dict[str, Iterable] = {
    "dynamics.code.{}": ("new", "lost", "none"),
    "export.column.{}": (
        *CUSTOMER_COLUMNS,
        *("abc", "xyz", "cell", "quadrant", "loyalty", "clv", "p_alive", "segment"),
    ),
    "ingest.limit.{}": tuple(f.name for f in dataclasses.fields(UploadLimits)),  # one message per limit
    "export.fact.{}": ("customers", "revenue", "transactions", "period", "top_share", "gini"),
    "export.report.{}": (),  # a fact named like a report heading; every fact has its own label
    "export.head.{}": (
        *("segment", "name", "customers", "customer_share", "revenue", "revenue_share"),
        *("summary", "goal", "actions", "kpis", "rhythm", "owner", "priority", "setting", "value"),
    ),
    "export.report.title.{}": get_args(SegmentKind),
    "export.setting.{}": (*Scenario().to_flat_dict(), *AggregationSettings().to_flat_dict()),
    "export.value.{}.{}": (
        *flat_options(Scenario),
        *flat_options(AggregationSettings),
        *((key, "") for key in DEFAULT_MEANINGS),
    ),
    "ingest.drop.{}": DROP_CODES,
    "ingest.warn.{}": WARNING_CODES,
    "ingest.missing_{}": REQUIRED,
    "ingest.report.order_{}": ("data", "default_ru", "default_en"),
    "ltv.bad_summary_{}": ("lengths", "missing", "frequency", "recency", "recency_without_repeat", "weights"),
    "ltv.independence.{}": get_args(get_type_hints(IndependenceCheck)["strength"]),
    "ltv.model.{}": tuple(PURCHASE_MODELS),
    "playbook.priority.{}": tuple(str(n) for n in range(1, LOWEST_PRIORITY + 1)),
    "playbook.{}.{}": tuple(product(ALL_CODES, CARD_TEXTS)),
    "ui.base.{}_help": BASE_METRICS,
    "ui.basis.{}": (*get_args(AbcBasis), *get_args(ProfitBasis)),
    "ui.canonical.{}": CANONICAL,
    "ui.canonical.{}_help": CANONICAL,
    "ui.clv.by_{}": SEGMENT_KINDS_OF_VALUE,
    "ui.clv.col.{}": (*literal("ui/sections/clv_customers.py", "_TOP_COLUMNS"), "simple"),
    "insight.{}": (  # a finding's sentence: its kind, or kind.variant
        *("concentration", "seasonal", "returns", "core_size", "base"),
        *("dependency", "dependency.margin", "rising", "rising.existing"),
        *("at_risk.one_overdue", "at_risk.one_lost", "at_risk.many", "at_risk.many_overdue"),
    ),
    "insight.title.{}": FINDING_KINDS,
    "insight.month.{}": tuple(str(month) for month in range(1, 13)),
    "insight.month_in.{}": tuple(str(month) for month in range(1, 13)),
    "ui.clv.param.{}": (
        *(n for model in PURCHASE_MODELS.values() for n in model.param_names),
        *GammaGamma.param_names,
    ),
    "ui.clv.view_{}": literal("app_pages/ltv.py", "VIEWS"),
    "ui.column.{}": SEGMENT_KINDS_OF_VALUE,
    "ui.data.caption_{}": literal("ui/sources.py", "DEMOS"),
    "ui.data.delimiter_{}": ("tab", "spaces"),
    "ui.demo.{}": literal("ui/sources.py", "DEMOS"),
    "ui.dyn.grain_{}": GRAINS_OF_DYNAMICS,
    "ui.dyn.units_{}": GRAINS_OF_DYNAMICS,
    "ui.dyncol.{}": (
        *(m + suffix for m in literal("app_pages/periods.py", "METRICS") for suffix in ("", "_yoy", "_pop")),
        *literal("app_pages/customer_base.py", "MOVEMENTS"),
        *("label", "segment", "active", "live", "reactivated", "retention_rate"),
    ),
    "ui.golden.chart_title_{}": literal("app_pages/golden.py", "GROUPS"),
    "ui.golden.group_{}": literal("app_pages/golden.py", "GROUPS"),
    "ui.golden.size_help_{}": literal("app_pages/golden.py", "GROUPS"),
    "ui.grain.{}": get_args(Grain),
    "ui.ltv.by_{}": SEGMENT_KINDS_OF_VALUE,
    "ui.matrix.metric_{}": literal("ui/sections/matrix.py", "METRICS"),
    "ui.migr.kind_{}": (
        *literal("app_pages/migration.py", "KINDS"),
        *literal("ui/sections/scenarios.py", "SIDE_KINDS"),
    ),
    "ui.migr.m_{}": ("stayed", "moved", "new", "lost"),
    "ui.migr.m_{}_help": ("stayed", "moved", "new", "lost"),
    "ui.migr.metric_{}": literal("ui/sections/migration.py", "METRICS"),
    "ui.periods.split_{}": literal("app_pages/periods.py", "SPLITS"),
    "ui.plan.level_{}": ("segment", "customer"),
    "ui.preset.{}": (*INDUSTRY_PRESETS, "custom"),
    "ui.quad.w_{}": LOYALTY_COMPONENTS,
    "ui.quad.w_{}_help": LOYALTY_COMPONENTS,
    "ui.returns.{}": get_args(ReturnsPolicy),
    "ui.scenb.moved_{}": ("abc", "xyz", "quadrant"),
    "ui.scenb.side_{}": ("a", "b"),
    "ui.sens.axis_{}": literal("app_pages/sensitivity.py", "METRICS"),
    "ui.sens.group_{}": literal("app_pages/sensitivity.py", "GROUPS"),
    "ui.sens.param_{}": PARAMETERS,
    "ui.sens.title_{}": literal("app_pages/sensitivity.py", "METRICS"),
    "ui.strategy.kind_{}": literal("app_pages/strategy.py", "KINDS"),
    "ui.unit.periods_{}": get_args(Grain),
    "ui.{}.{}": (  # the Settings page's option names, ``_names(prefix)``
        *product(["basis"], (*get_args(AbcBasis), *get_args(ProfitBasis))),
        *product(["abc_mode"], get_args(AbcMode)),
        *product(["abc_rule"], get_args(AbcRule)),
        *product(["grain"], get_args(Grain)),
        *product(["cv_mode"], get_args(CvMode)),
        *product(["split_kind"], get_args(ProfitSplitKind)),
    ),
}
# numbered lists: pattern → the values of all but the last {}, which counts 1, 2, … with no gap
NUMBERED = {"playbook.{}.{}.{}": tuple(product(ALL_CODES, ("actions", "kpis")))}
# the lookup functions themselves: their keys are checked where they are called
WRAPPERS = {"ui.{}": "tr() in ui/text.py adds ui. to the keys checked at every tr call"}


@dataclasses.dataclass(frozen=True)
class Use:
    """A key the code looks up, where, and the parameters given (None when not known)."""

    key: str
    where: str
    params: frozenset[str] | None = None


def _called(func: ast.expr) -> str | None:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def _leaves(node: ast.expr) -> Iterator[ast.expr]:
    """Give the expressions a key argument may be: both sides of ``a if c else b``, or itself."""
    if isinstance(node, ast.IfExp):
        yield from _leaves(node.body)
        yield from _leaves(node.orelse)
    else:
        yield node


def _pattern(node: ast.JoinedStr) -> str:
    return "".join(part.value if isinstance(part, ast.Constant) else "{}" for part in node.values)


def _params(call: ast.Call, name: str) -> frozenset[str] | None:
    """Give the names of the parameters a lookup passes, None when they cannot be read."""
    if name == "LtvWarning":
        given = call.args[1] if len(call.args) > 1 else ast.Dict(keys=[], values=[])
        keys = getattr(given, "keys", [None])
        return None if None in keys else frozenset(ast.literal_eval(key) for key in keys)
    if any(keyword.arg is None for keyword in call.keywords):
        return None
    return frozenset(keyword.arg for keyword in call.keywords)


def _table_columns(call: ast.Call) -> list[str]:
    """Give the literal column names of ``period_table(frame, {column: kind, …})``."""
    is_table = _called(call.func) == "period_table"
    if not (is_table and len(call.args) > 1 and isinstance(call.args[1], ast.Dict)):
        return []
    return [key.value for key in call.args[1].keys if isinstance(key, ast.Constant)]


def _scan_calls(tree: ast.AST, where: str, uses: list[Use], patterns: dict[str, list[str]]) -> set[int]:
    """Collect the lookups' keys and patterns; give the ids of the f-strings seen as lookup keys."""
    seen: set[int] = set()
    for call in (node for node in ast.walk(tree) if isinstance(node, ast.Call)):
        here = f"{where}:{call.lineno}"
        uses.extend(Use(f"ui.dyncol.{column}", here) for column in _table_columns(call))
        name = _called(call.func)
        if name not in LOOKUPS or not call.args:
            continue
        for leaf in _leaves(call.args[0]):
            if isinstance(leaf, ast.Constant) and isinstance(leaf.value, str):
                uses.append(Use(LOOKUPS[name] + leaf.value, here, _params(call, name)))
            elif isinstance(leaf, ast.JoinedStr):
                patterns[LOOKUPS[name] + _pattern(leaf)].append(here)
                seen.add(id(leaf))
    return seen


def _written_keys(tree: ast.AST, where: str) -> Iterator[Use]:
    """Give the strings written in the shape of a full key outside f-strings (e.g. progress stages)."""
    parts = {id(part) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for part in node.values}
    for node in ast.walk(tree):
        text = node.value if isinstance(node, ast.Constant) and id(node) not in parts else None
        if isinstance(text, str) and KEY_SHAPE.fullmatch(text):
            yield Use(text, f"{where}:{node.lineno}")


def _free_patterns(tree: ast.AST, where: str, seen: set[int]) -> Iterator[tuple[str, str]]:
    """Give the f-strings outside lookups that start like a key (``f"playbook.{code}…"``)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr) and id(node) not in seen:
            pattern = _pattern(node)
            if "." in pattern and pattern.split(".")[0] in NAMESPACES:
                yield pattern, f"{where}:{node.lineno}"


@cache
def scanned() -> tuple[tuple[Use, ...], dict[str, list[str]]]:
    """Give every key the code uses and every f-string key pattern with where it is built."""
    uses: list[Use] = []
    patterns: dict[str, list[str]] = defaultdict(list)
    for path in SOURCES:
        where = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        seen = _scan_calls(tree, where, uses, patterns)
        for pattern, here in _free_patterns(tree, where, seen):
            patterns[pattern].append(here)
        if where.startswith("segcore/") and not where.startswith("segcore/i18n/"):
            uses.extend(_written_keys(tree, where))
    return tuple(uses), dict(patterns)


def members(pattern: str, values: Iterable) -> list[str]:
    """Give the keys of a family: the pattern filled with each value (or tuple of values)."""
    return [pattern.format(*(value if isinstance(value, tuple) else (value,))) for value in values]


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def missing_or_empty(keys: Iterable[str]) -> list[str]:
    texts = catalogue()
    return sorted(
        {key for key in keys if not all(texts.get(key, {}).get(lang, "").strip() for lang in LANGUAGES)}
    )


# The scan itself ---------------------------------------------------------------------------


def test_the_scan_finds_the_lookups_of_every_kind():
    uses, patterns = scanned()
    keys = {use.key for use in uses}
    assert len(keys) > 500, len(keys)
    assert {
        "ui.page.matrix",
        "settings.window_order",
        "ltv.stage.summary",
        "ui.dyncol.golden_revenue",
    } <= keys
    assert {"playbook.{}.{}", "ui.dyn.grain_{}", "ingest.drop.{}"} <= set(patterns)
    assert any(use.key == "ltv.warn.few_repeat_buyers" and use.params == {"n", "minimum"} for use in uses)


# Literal keys -----------------------------------------------------------------------------


def test_every_key_the_code_looks_up_exists_in_both_languages():
    uses, _ = scanned()
    missing = missing_or_empty(use.key for use in uses)
    assert not missing, [f"{use.key} ({use.where})" for use in uses if use.key in missing]


def test_every_placeholder_of_a_message_is_given_where_it_is_looked_up():
    uses, _ = scanned()
    texts = catalogue()
    unfilled = [
        f"{use.key} ({use.where}): {sorted(placeholders(texts[use.key]['en']) - use.params)}"
        for use in uses
        if use.params is not None
        and use.key in texts
        and not placeholders(texts[use.key]["en"]) <= use.params
    ]
    assert not unfilled, unfilled


# Keys built with f-strings ----------------------------------------------------------------


def test_every_f_string_key_in_the_code_belongs_to_a_declared_family():
    _, patterns = scanned()
    declared = set(FAMILIES) | set(NUMBERED) | set(WRAPPERS)
    unknown = {pattern: where for pattern, where in patterns.items() if pattern not in declared}
    assert not unknown, f"declare these key families with the values they are built from: {unknown}"


def test_every_declared_family_is_still_built_somewhere():
    _, patterns = scanned()
    stale = (set(FAMILIES) | set(NUMBERED) | set(WRAPPERS)) - set(patterns)
    assert not stale, f"no code builds these key families any more: {sorted(stale)}"


@pytest.mark.parametrize("pattern", sorted(FAMILIES))
def test_every_member_of_a_family_exists_in_both_languages(pattern):
    keys = members(pattern, FAMILIES[pattern])
    assert not missing_or_empty(keys)


@pytest.mark.parametrize("pattern", sorted(NUMBERED))
def test_numbered_lists_start_at_one_and_have_no_gap(pattern):
    texts = catalogue()
    for head in members(pattern.rsplit(".", 1)[0], NUMBERED[pattern]):
        numbers = sorted(int(key.rsplit(".", 1)[1]) for key in texts if key.rsplit(".", 1)[0] == head)
        assert numbers and numbers == list(range(1, len(numbers) + 1)), (head, numbers)
        assert not missing_or_empty(f"{head}.{n}" for n in numbers)


# The catalogue itself ---------------------------------------------------------------------


def test_every_message_has_the_same_placeholders_in_english_and_russian():
    different = {
        key: (placeholders(texts["en"]), placeholders(texts["ru"]))
        for key, texts in catalogue().items()
        if placeholders(texts["en"]) != placeholders(texts["ru"])
    }
    assert not different, different


def test_placeholders_are_named():
    positional = [
        key for key, texts in catalogue().items() for lang in LANGUAGES if "" in placeholders(texts[lang])
    ]
    assert not positional, positional
