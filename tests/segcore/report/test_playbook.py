"""Strategy cards: every segment has a complete card in both languages; user edits merge and keep."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from segcore.classify.matrix import CELL_LETTERS
from segcore.classify.quadrants import QUADRANT_LETTERS
from segcore.errors import SettingsError
from segcore.i18n import LANGUAGES, catalogue
from segcore.report.playbook import (
    ABC_XYZ_CODES,
    ALL_CODES,
    EDITABLE_FIELDS,
    LOWEST_PRIORITY,
    QUADRANT_CODES,
    Playbook,
    StrategyCard,
    default_card,
    default_playbook,
    priority_label,
)

CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)


def test_the_cards_cover_exactly_the_codes_the_classifications_produce():
    assert tuple(CELL_LETTERS.tolist()) == ABC_XYZ_CODES
    assert tuple(QUADRANT_LETTERS.tolist()) == QUADRANT_CODES
    assert len(ABC_XYZ_CODES) == 12 and {"AN", "BN", "CN"} <= set(ABC_XYZ_CODES)
    assert list(default_playbook("en")) == list(ALL_CODES)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("code", ALL_CODES)
def test_every_card_is_complete_in_both_languages(code, lang):
    card = default_playbook(lang)[code]
    assert card.code == code
    for text in (card.title, card.summary, card.goal, card.rhythm, card.owner):
        assert text.strip()
    assert 3 <= len(card.actions) <= 6 and all(a.strip() for a in card.actions)
    assert 2 <= len(card.kpis) <= 4 and all(k.strip() for k in card.kpis)
    assert 1 <= card.priority <= LOWEST_PRIORITY
    if lang == "ru":
        assert CYRILLIC.search(card.title) and CYRILLIC.search(card.goal)
        assert all(CYRILLIC.search(a) for a in card.actions)


def test_every_playbook_key_has_both_languages_and_the_lists_have_the_same_length():
    keys = [k for k in catalogue() if k.startswith("playbook.")]
    assert keys
    for key in keys:
        texts = catalogue()[key]
        assert all(texts.get(lang, "").strip() for lang in LANGUAGES), key
    for code in ALL_CODES:
        en, ru = default_card(code, "en"), default_card(code, "ru")
        assert len(en.actions) == len(ru.actions) and len(en.kpis) == len(ru.kpis)
        assert en.title != ru.title


@pytest.mark.parametrize("lang", LANGUAGES)
def test_titles_are_unique_so_segments_can_be_told_apart(lang):
    titles = [card.title for card in default_playbook(lang).values()]
    assert len(set(titles)) == len(titles)


def test_top_segments_get_top_priority_and_the_tail_the_efficient_level():
    cards = default_playbook("en")
    assert cards["AX"].priority == 1 and cards["III"].priority == 1
    assert cards["CZ"].priority == LOWEST_PRIORITY and cards["I"].priority == LOWEST_PRIORITY
    assert priority_label(1, "en").startswith("1 — ")
    assert priority_label(4, "ru").startswith("4 — ") and CYRILLIC.search(priority_label(4, "ru"))


def test_an_edit_replaces_only_the_fields_it_names():
    book = Playbook({"AX": {"title": "  Our anchors  ", "actions": ["Visit", "Call"]}})
    card = book.card("AX", "ru")
    default = default_card("AX", "ru")
    assert card.title == "Our anchors"
    assert card.actions == ("Visit", "Call")
    assert card.goal == default.goal and card.kpis == default.kpis
    assert card.priority == default.priority
    assert book.card("AY", "ru") == default_card("AY", "ru")


def test_a_multiline_text_becomes_list_items_without_bullets():
    book = Playbook({"CZ": {"kpis": "- Cost per contact\n• Response rate\n\n2) Churn\n-5% cost"}})
    assert book.card("CZ").kpis == ("Cost per contact", "Response rate", "Churn", "-5% cost")


def test_an_empty_edit_means_the_default_again():
    book = Playbook({"BX": {"title": "   ", "actions": []}, "BY": {}})
    assert book.overrides == {}
    assert book.card("BX", "en") == default_card("BX", "en")
    assert not book.is_edited("BX")


def test_with_override_keeps_earlier_edits_and_without_override_removes_them():
    book = Playbook().with_override("III", title="Partners").with_override("III", priority="2")
    assert book.card("III").title == "Partners" and book.card("III").priority == 2
    assert book.overrides == {"III": {"title": "Partners", "priority": 2}}
    other = book.with_override("I", owner="Call centre")
    assert other.without_override("III").overrides == {"I": {"owner": "Call centre"}}
    assert other.without_override().overrides == {}
    assert book.overrides == {"III": {"title": "Partners", "priority": 2}}


def test_the_playbook_does_not_change_when_the_callers_dict_does():
    edits = {"AX": {"title": "First"}}
    book = Playbook(edits)
    edits["AX"]["title"] = "Second"
    assert book.card("AX").title == "First"
    with pytest.raises(dataclasses.FrozenInstanceError):
        book.overrides = {}  # type: ignore[misc]
    card = book.card("AX")
    with pytest.raises(dataclasses.FrozenInstanceError):
        card.title = "x"  # type: ignore[misc]


def test_edits_round_trip_through_a_json_able_dict_and_json_text():
    book = Playbook(
        {
            "IV": {"goal": "Win them back", "kpis": ["Visits", "Spend"], "priority": 1},
            "AN": {"owner": "Менеджер по адаптации"},
        }
    )
    data = book.to_dict()
    assert data == {
        "version": 1,
        "overrides": {
            "AN": {"owner": "Менеджер по адаптации"},
            "IV": {"goal": "Win them back", "kpis": ["Visits", "Spend"], "priority": 1},
        },
    }
    assert json.loads(json.dumps(data)) == data
    assert Playbook.from_dict(data) == book
    assert Playbook.from_json(book.to_json()) == book
    assert "Менеджер по адаптации" in book.to_json()
    assert hash(Playbook.from_json(book.to_json())) == hash(book)


@pytest.mark.parametrize(
    ("edits", "key"),
    [
        ({"ZZ": {"title": "x"}}, "playbook.error.unknown_code"),
        ({"AX": {"colour": "red"}}, "playbook.error.unknown_field"),
        ({"AX": {"title": 5}}, "playbook.error.bad_value"),
        ({"AX": {"actions": [1, 2]}}, "playbook.error.bad_value"),
        ({"AX": {"priority": 0}}, "playbook.error.bad_priority"),
        ({"AX": {"priority": LOWEST_PRIORITY + 1}}, "playbook.error.bad_priority"),
        ({"AX": {"priority": "high"}}, "playbook.error.bad_priority"),
        ({"AX": {"priority": True}}, "playbook.error.bad_priority"),
        ({"AX": "text"}, "playbook.error.bad_saved"),
    ],
)
def test_bad_edits_are_refused_with_a_message(edits, key):
    with pytest.raises(SettingsError) as caught:
        Playbook(edits)
    assert caught.value.key == key
    assert caught.value.message("ru") != caught.value.message("en")


@pytest.mark.parametrize("text", ["not json", "[1, 2]", '{"version": 2, "overrides": {}}'])
def test_a_damaged_saved_playbook_is_refused(text):
    with pytest.raises(SettingsError) as caught:
        Playbook.from_json(text)
    assert caught.value.key == "playbook.error.bad_saved"


def test_an_unknown_code_has_no_card():
    with pytest.raises(SettingsError):
        default_card("Q")
    with pytest.raises(SettingsError):
        Playbook().card("AXX")


texts = st.text(min_size=1, max_size=40).filter(lambda s: s.strip() and "\n" not in s)
edits_strategy = st.dictionaries(
    st.sampled_from(ALL_CODES),
    st.fixed_dictionaries(
        {},
        optional={
            "title": texts,
            "goal": texts,
            "actions": st.lists(texts, min_size=1, max_size=6),
            "priority": st.integers(1, LOWEST_PRIORITY),
        },
    ),
    max_size=5,
)


@settings(max_examples=60, deadline=None)
@given(edits=edits_strategy, lang=st.sampled_from(LANGUAGES))
def test_any_valid_edits_round_trip_and_show_on_the_card(edits, lang):
    book = Playbook(edits)
    again = Playbook.from_json(book.to_json())
    assert again == book
    for code in ALL_CODES:
        card, default = again.card(code, lang), default_card(code, lang)
        edit = edits.get(code, {})
        assert isinstance(card, StrategyCard)
        assert card.title == (edit["title"].strip() if "title" in edit else default.title)
        assert card.priority == edit.get("priority", default.priority)
        assert card.summary == default.summary
        kept = book.overrides.get(code, {}).get("actions")
        assert card.actions == (tuple(kept) if kept else default.actions)
        assert all(action.strip() == action and action for action in card.actions)
        if "actions" in edit:
            assert len(card.actions) <= len(edit["actions"]) or not kept
    assert set(EDITABLE_FIELDS) >= {f for fields in book.overrides.values() for f in fields}
