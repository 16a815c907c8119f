"""The scenario library on the comparison page: save, load, rename, delete, compare any two.

Widget keys start with ``scenlib_``; the library itself is :mod:`ui.state.scenario_library`.
Every action is a button callback that changes state only; the message it leaves is shown
on the next draw.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ui.sections.scenarios import summary_text
from ui.state import scenario, scenario_library
from ui.text import tr

__all__ = ["KEYS", "draw"]

#: Widget keys the tests find.
KEYS = {
    name: f"scenlib_{name}"
    for name in (
        "name",
        "save",
        "chosen",
        "load",
        "load_b",
        "delete",
        "new_name",
        "rename",
        "first",
        "second",
    )
}
KEYS["compare"] = "scenlib_compare"


def _save() -> None:
    name = str(st.session_state.get(KEYS["name"]) or "").strip() or _default_name()
    outcome = scenario_library.save(name, scenario.current())
    if outcome is not None:
        scenario_library.set_notice(outcome, name=name)
        st.session_state[KEYS["name"]] = ""


def _default_name() -> str:
    taken, n = scenario_library.saved(), len(scenario_library.saved()) + 1
    while tr("scenario_library.default_name", n=n) in taken:
        n += 1
    return tr("scenario_library.default_name", n=n)


def _load(which: int) -> None:
    name = st.session_state.get(KEYS["chosen"])
    if name is not None and scenario_library.load(name, which):
        scenario_library.set_notice("scenario_library.loaded", name=name, n=which)


def _rename() -> None:
    old = st.session_state.get(KEYS["chosen"])
    new = str(st.session_state.get(KEYS["new_name"]) or "")
    if old is None:
        return
    outcome = scenario_library.rename(old, new)
    scenario_library.set_notice(outcome, name=new.strip())
    if outcome == "scenario_library.renamed":
        st.session_state[KEYS["chosen"]] = new.strip()
        st.session_state[KEYS["new_name"]] = ""


def _delete() -> None:
    name = st.session_state.get(KEYS["chosen"])
    if name is not None:
        scenario_library.delete(name)
        st.session_state.pop(KEYS["chosen"], None)


def _compare() -> None:
    first, second = st.session_state.get(KEYS["first"]), st.session_state.get(KEYS["second"])
    if first is not None and second is not None and scenario_library.compare(first, second):
        scenario_library.set_notice("scenario_library.compare_note", first=first, second=second)


def _notice() -> None:
    found = scenario_library.pop_notice()
    if found is None:
        return
    key, params = found
    bad = key in ("scenario_library.name_taken", "scenario_library.name_empty")
    (st.warning if bad else st.success)(tr(key, **params), icon=":material/bookmark:")


def _saving() -> None:
    left, right = st.columns([3, 1], vertical_alignment="bottom")
    left.text_input(tr("scenario_library.name"), key=KEYS["name"], placeholder=_default_name(), max_chars=60)
    right.button(
        tr("scenario_library.save"), key=KEYS["save"], on_click=_save, icon=":material/bookmark_add:"
    )


def _one(names: list[str]) -> None:
    if st.session_state.get(KEYS["chosen"]) not in names:
        st.session_state[KEYS["chosen"]] = names[-1]
    cols = st.columns([3, 2, 2, 1.4], vertical_alignment="bottom")
    cols[0].selectbox(tr("scenario_library.chosen"), names, key=KEYS["chosen"])
    cols[1].button(tr("scenario_library.load"), key=KEYS["load"], on_click=_load, args=(1,), width="stretch")
    cols[2].button(
        tr("scenario_library.load_b"), key=KEYS["load_b"], on_click=_load, args=(2,), width="stretch"
    )
    cols[3].button(
        tr("scenario_library.delete"),
        key=KEYS["delete"],
        on_click=_delete,
        icon=":material/delete:",
        width="stretch",
    )
    left, right = st.columns([3, 1], vertical_alignment="bottom")
    left.text_input(tr("scenario_library.new_name"), key=KEYS["new_name"], max_chars=60)
    right.button(
        tr("scenario_library.rename"),
        key=KEYS["rename"],
        on_click=_rename,
        icon=":material/edit:",
        width="stretch",
    )


def _two(names: list[str]) -> None:
    st.markdown(f"**{tr('scenario_library.compare')}**")
    for key, fallback in (("first", names[0]), ("second", names[-1])):
        if st.session_state.get(KEYS[key]) not in names:
            st.session_state[KEYS[key]] = fallback
    if st.session_state[KEYS["first"]] == st.session_state[KEYS["second"]] and len(names) > 1:
        st.session_state[KEYS["second"]] = next(
            n for n in reversed(names) if n != st.session_state[KEYS["first"]]
        )
    left, middle, right = st.columns([2, 2, 1.6], vertical_alignment="bottom")
    left.selectbox(tr("scenario_library.compare_first"), names, key=KEYS["first"])
    middle.selectbox(tr("scenario_library.compare_second"), names, key=KEYS["second"])
    right.button(
        tr("scenario_library.compare_button"),
        key=KEYS["compare"],
        on_click=_compare,
        icon=":material/compare:",
    )


def _table(library: dict) -> None:
    frame = pd.DataFrame(
        {
            tr("scenario_library.col.name"): list(library),
            tr("scenario_library.col.summary"): [summary_text(value) for value in library.values()],
        }
    )
    st.dataframe(frame, hide_index=True, key="scenlib_table")


def draw() -> None:
    """Draw the library: the save row, then (once something is saved) the list, load/rename and compare."""
    st.caption(tr("scenario_library.intro"))
    _notice()
    _saving()
    library = scenario_library.saved()
    if not library:
        st.caption(tr("scenario_library.empty"))
        return
    names = list(library)
    _table(library)
    _one(names)
    _two(names)
