"""The Russian texts use the product's words: no calques, no words that mislead or collide.

Profitability is «прибыльность»; a cut-off is a «граница»; ABC and XYZ groups are classes;
the two compared scenarios are numbered (the letters A and B are classes); recency is «время
с последней покупки» or «недавность покупок» («давность» reads as "long ago"); onboarding is
«знакомство» or «первые шаги»; year over year is «г/г».
"""

from __future__ import annotations

import re

import pytest

from segcore.i18n import catalogue, t

BANNED = {
    "давность (reads as long ago)": r"(?<!не)давност",
    "доходность (say прибыльность)": r"доходност",
    "прибыль as an axis (say прибыльность)": r"×\s*прибыль\b",
    "Верхние 20 % (say 20 % крупнейших)": r"верхние\s+(20|\{)",
    "Сценарий A / B (numbered: 1 / 2)": r"сценари\w*\s+(?-i:[ABАВ])\b",
    "Стабильная середина (say Средние стабильные)": r"стабильная\s+середина",
    "Небольшие клиенты (say Мелкие)": r"небольши\w*\s+(клиент|покупател|постоянн|и\s+эпизод|с\s+колеб)",
    "адаптация (say знакомство, первые шаги)": r"адаптац",
    "автоматическое возвращение (a return of goods)": r"автоматическое\s+возвращение",
    "группа A (a class)": r"групп\w*\s+[ABCXYZN]\b",
    "порог (say граница)": r"\bпорог",
    "к году назад (say г/г)": r"к\s+году\s+назад",
    "Живая база (say действующая база)": r"живая\s+база",
}


def russian_texts() -> dict[str, str]:
    return {key: texts["ru"] for key, texts in catalogue().items()}


@pytest.mark.parametrize("rule", sorted(BANNED))
def test_no_russian_text_uses_a_banned_word(rule):
    pattern = re.compile(BANNED[rule], flags=re.IGNORECASE)
    found = {key: text for key, text in russian_texts().items() if pattern.search(text)}
    assert not found, found


def test_the_banned_patterns_catch_what_they_ban_and_let_the_right_words_through():
    banned = [re.compile(p, flags=re.IGNORECASE) for p in BANNED.values()]
    for wrong in ("Вес: давность", "Лояльность × доходность", "Верхние 20 % дают", "Сценарий B",
                  "Стабильная середина", "Небольшие клиенты", "затраты на адаптацию",
                  "клиенты группы A", "Классические пороги", "Выручка к году назад"):  # fmt: skip
        assert any(p.search(wrong) for p in banned), wrong
    for right in ("Вес: недавность покупок", "Лояльность × прибыльность", "20 % крупнейших",
                  "Сценарий 2", "Средние стабильные", "Мелкие клиенты", "небольшие суммы",
                  "клиенты класса A", "товарные группы", "Выручка, г/г"):  # fmt: skip
        assert not any(p.search(right) for p in banned), right


def test_the_scenarios_are_numbered_in_both_languages():
    assert t("ui.page.scenarios", "en") == "Scenario 1 vs 2"
    assert t("ui.page.scenarios", "ru") == "Сценарии 1 и 2"
    english = {key: texts["en"] for key, texts in catalogue().items()}
    assert not {key: text for key, text in english.items() if re.search(r"[Ss]cenarios? [AB]\b", text)}


def test_the_segment_names_read_naturally_in_russian():
    assert t("playbook.BX.title", "ru") == "Средние стабильные"
    assert t("playbook.CZ.title", "ru") == "Мелкие и эпизодические"
    assert t("playbook.CY.rhythm", "ru").endswith("автоматические напоминания")
    assert t("ui.pareto.m_top", "ru", x="20 %") == "20 % крупнейших дают"
