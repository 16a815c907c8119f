"""Findings as values: validation, numbers written per language, word forms, every sentence."""

from __future__ import annotations

import pytest

from segcore.i18n import LANGUAGES, catalogue
from segcore.insight import FIGURE_KINDS, KINDS, Finding, Severity
from segcore.insight.numbers import format_figure

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("value", "kind", "en", "ru"),
    [
        (1234567, "count", "1,234,567", f"1{NBSP}234{NBSP}567"),
        (0.7779, "share", f"77.8{NBSP}%", f"77,8{NBSP}%"),
        (0.2, "share", f"20{NBSP}%", f"20{NBSP}%"),
        (14762413.4, "money", "14,762,413", f"14{NBSP}762{NBSP}413"),
        (590.5, "money", "590.50", "590,50"),
        (0.0, "money", "0", "0"),
        (0.7515, "gini", "0.75", "0,75"),
        (-52, "signed", "\u221252", "\u221252"),
        (1804, "signed", "+1,804", f"+1{NBSP}804"),
        (2025, "year", "2025", "2025"),
        (15.4, "days", "15", "15"),
    ],
)
def test_figures_are_written_the_way_each_language_reads_them(value, kind, en, ru):
    assert format_figure(value, kind, "en") == en
    assert format_figure(value, kind, "ru") == ru


@pytest.mark.parametrize(("days", "word"), [(1, "день"), (2, "дня"), (5, "дней"), (11, "дней"), (21, "день")])
def test_russian_day_counts_take_the_agreeing_word_form(days, word):
    finding = Finding(
        "at_risk",
        Severity.HIGH,
        ("X",),
        {"customers": 1, "at_stake": 1000.0, "days": days, "gap": days},
        "one_overdue",
    )
    assert f"уже {days} {word}, хотя обычно покупает раз в {days} {word}" in finding.text("ru")
    assert f"for {days} {'day' if days == 1 else 'days'}" in finding.text("en")


def test_a_finding_is_a_frozen_value_with_plain_numbers():
    finding = Finding("base", 1, [], {"new": 3, "returning": 0, "lost": 1, "lost_after": 3, "live": 9,
                                      "change": 2, "period_year": 2025, "period_month": 1})  # fmt: skip
    assert finding.severity is Severity.INFO and finding.customer_ids == ()
    assert finding == Finding("base", Severity.INFO, (), dict(finding.figures))
    with pytest.raises(TypeError):
        finding.figures["new"] = 4  # type: ignore[index]
    assert finding.text("en").startswith("In January 2025: 3 new customers")
    assert finding.text("ru").startswith("В январе 2025 г.: новых клиентов — 3")
    assert isinstance(hash(finding), int)


def test_unknown_kinds_and_figures_are_refused():
    with pytest.raises(ValueError):
        Finding("mood", Severity.INFO, (), {})
    with pytest.raises(ValueError):
        Finding("base", Severity.INFO, (), {"happiness": 1.0})
    with pytest.raises(TypeError):
        Finding("base", Severity.INFO, (), {"new": "three"})


def sample_figures(key: str) -> dict[str, float]:
    """Give a value for every figure the sentence of ``key`` names."""
    values = {"count": 21, "days": 22, "share": 0.123, "money": 12345.6, "gini": 0.61, "signed": -5,
              "year": 2024, "month": 12}  # fmt: skip
    text = catalogue()[key]["en"]
    figures = {name: values[kind] for name, kind in FIGURE_KINDS.items() if "{" + name in text}
    if "{season" in text:
        figures["season_month"] = 12
    if "{month_in" in text:
        figures.update(period_month=3, period_year=2024)
    return figures


SENTENCES = sorted(k for k in catalogue() if k.startswith("insight.") and k.split(".")[1] in KINDS)


def test_every_kind_has_a_sentence_and_a_title():
    assert {key.split(".")[1] for key in SENTENCES} == set(KINDS)
    assert all(f"insight.title.{kind}" in catalogue() for kind in KINDS)


@pytest.mark.parametrize("key", SENTENCES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_sentence_renders_with_every_number_in_place(key, lang):
    kind, _, variant = key.removeprefix("insight.").partition(".")
    finding = Finding(kind, Severity.MEDIUM, ("C-1",), sample_figures(key), variant)
    text = finding.text(lang)
    assert "{" not in text and "}" not in text
    for written in finding.formatted(lang).values():
        assert written in text
    assert finding.title(lang)
