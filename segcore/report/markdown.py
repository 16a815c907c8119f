"""The Markdown report: conclusions, key customers at risk, headline figures, settings, plans.

Numbers, shares and dates are written by :mod:`segcore.i18n.format`; user text (customer
ids, segment names, edited cards, settings values) passes through the formula guard and
is escaped for Markdown (:mod:`segcore.report.md_text`): on one line, no markup, no HTML.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

import numpy as np
import pandas as pd

from segcore.i18n import has_key, t
from segcore.i18n.format import (
    fmt_date,
    fmt_figure,
    fmt_int,
    fmt_number,
    fmt_percent,
    fmt_plain,
    money_header,
)
from segcore.insight import Finding
from segcore.report.guard import safe_cell
from segcore.report.labels import setting_label, setting_number, setting_value
from segcore.report.markdown_insight import md_at_risk, md_conclusions
from segcore.report.md_text import md_table, md_text
from segcore.report.playbook import Playbook, priority_label
from segcore.report.segments import kind_of_codes, segment_name, summary_rows

__all__ = ["markdown_report"]


def _fact_text(name: str, value: Any, lang: str) -> str:
    """Give a headline figure: dates and numbers the language's way, shares and rates in %."""
    if isinstance(value, datetime | date):
        return fmt_date(value, lang)
    if isinstance(value, bool) or not isinstance(value, int | float | np.number):
        return md_text(value)
    if name.endswith(("share", "rate")):
        return fmt_percent(float(value), lang)
    return fmt_figure(float(value), lang)


def _fact_label(name: str, lang: str) -> str:
    for key in (f"export.fact.{name}", f"export.report.{name}"):
        if has_key(key):
            return t(key, lang)
    return name


def _md_plan(code: str, customers: int, playbook: Playbook, lang: str) -> list[str]:
    """Give one segment's plan: title and size, summary, goal, actions, KPIs, rhythm, owner."""
    card = playbook.card(code, lang)
    lines = [f"### {code} — {md_text(card.title)} ({fmt_int(customers, lang)})", ""]
    lines += [
        f"*{md_text(card.summary)}*",
        "",
        f"**{t('export.head.goal', lang)}:** {md_text(card.goal)}",
        "",
        f"**{t('export.head.actions', lang)}:**",
        "",
    ]
    lines += [f"- {md_text(action)}" for action in card.actions]
    lines += ["", f"**{t('export.head.kpis', lang)}:**", ""]
    lines += [f"- {md_text(kpi)}" for kpi in card.kpis]
    for head, text in (
        ("rhythm", card.rhythm),
        ("owner", card.owner),
        ("priority", priority_label(card.priority, lang)),
    ):
        lines += ["", f"**{t(f'export.head.{head}', lang)}:** {md_text(text)}"]
    return [*lines, ""]


def _settings_text(key: str, value: str, lang: str) -> str:
    """Give a settings value for people: named options in words, numbers in local style."""
    shown = setting_value(key, value, lang)
    number = setting_number(value) if shown == value else None
    if number is None:
        return md_text(safe_cell(shown))
    return fmt_plain(number, lang)


def _settings_rows(settings_flat: Mapping[str, str], lang: str) -> list[tuple[str, str]]:
    return [
        (md_text(safe_cell(setting_label(key, lang))), _settings_text(key, str(value), lang))
        for key, value in settings_flat.items()
    ]


def _md_head(facts: Mapping[str, Any], settings_flat: Mapping[str, str], lang: str) -> list[str]:
    """Give the headline figures and the settings table."""
    lines: list[str] = []
    if facts:
        lines += [f"## {t('export.report.headline', lang)}", ""]
        lines += [
            f"- **{_fact_label(name, lang)}:** {_fact_text(name, value, lang)}"
            for name, value in facts.items()
        ]
        lines.append("")
    lines += [f"## {t('export.report.settings', lang)}", ""]
    if not settings_flat:
        return [*lines, t("export.report.no_settings", lang), ""]
    header = (t("export.head.setting", lang), t("export.head.value", lang))
    return [*lines, *md_table(header, _settings_rows(settings_flat, lang)), ""]


def _md_segments(table: pd.DataFrame, playbook: Playbook, lang: str, currency: str) -> list[str]:
    """Give the segment table: code, name, customers, revenue (header in ``currency``), revenue share."""
    header = [
        t(f"export.head.{h}", lang) for h in ("segment", "name", "customers", "revenue", "revenue_share")
    ]
    header[3] = md_text(money_header(header[3], currency))
    rows = [
        (
            code or "—",
            md_text(safe_cell(segment_name(code, playbook, lang))),
            fmt_int(float(n), lang),
            fmt_number(float(rev), lang, 2),
            fmt_percent(share, lang),
        )
        for code, n, rev, share in table.itertuples(index=False)
    ]
    return [f"## {t('export.report.segments', lang)}", "", *md_table(header, rows), ""]


def markdown_report(
    summary: pd.DataFrame,
    settings_flat: Mapping[str, str],
    playbook: Playbook | None = None,
    lang: str = "en",
    *,
    findings: Sequence[Finding] | None = None,
    at_risk: pd.DataFrame | None = None,
    currency: str = "",
    **facts: Any,
) -> str:
    """Give a readable report: conclusions, at risk, headline figures, settings, segments, plans.

    ``summary`` has one row per segment (``segment``, ``customers``, ``revenue`` and
    optionally ``revenue_share``; see :func:`~segcore.report.segments.segment_sizes`).
    Whether the segments are ABC×XYZ cells or quadrants is read from their codes. ``facts``
    are headline figures shown in the given order (``source``, ``created``, ``customers``,
    ``revenue``, ``top_share`` … have translated labels; names ending in ``share`` or
    ``rate`` are shown as percentages of a 0 … 1 value). The plan covers only segments that
    have customers. ``findings`` (:func:`segcore.findings`) and ``at_risk``
    (:func:`segcore.at_risk`) come first, right after the title, each when given. Text a
    user brought (customer ids, edited cards, the source's name) is escaped for Markdown.
    ``currency``: the sign money carries (sentences, money headers); none when empty.
    """
    playbook = playbook or Playbook()
    table = summary_rows(summary, None)
    kind = kind_of_codes(table["segment"])
    lines = [f"# {t(f'export.report.title.{kind}', lang)}", ""]
    if findings is not None:
        lines += md_conclusions(findings, lang, currency)
    if at_risk is not None:
        lines += md_at_risk(at_risk, lang, currency=currency)
    lines += _md_head(facts, settings_flat, lang)
    lines += _md_segments(table, playbook, lang, currency)
    lines += [f"## {t('export.report.plan', lang)}", ""]
    planned = [
        (c, int(n))
        for c, n in zip(table["segment"], table["customers"], strict=True)
        if c is not None and n > 0
    ]
    for code, n in planned:
        lines += _md_plan(code, n, playbook, lang)
    if not planned:
        lines += [t("export.report.empty_plan", lang), ""]
    return "\n".join(lines).rstrip() + "\n"
