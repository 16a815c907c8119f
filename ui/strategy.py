"""Strategy cards on screen: one card per segment, and the editor of one card at a time."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from segcore.errors import UserFacingError
from segcore.report.playbook import LOWEST_PRIORITY, Playbook, StrategyCard, priority_label
from ui import state
from ui.format import fmt_int, fmt_percent
from ui.text import labels, tr

__all__ = ["card", "editor", "playbook_file"]

_TEXTS = ("title", "summary", "goal", "rhythm", "owner")
_LISTS = ("actions", "kpis")


def card(strategy: StrategyCard, sizes: pd.Series, total_customers: int, edited: bool) -> None:
    """Draw one strategy card with the segment's size and share of revenue."""
    lang = state.lang()
    with st.container(border=True):
        mark = f" · _{tr('strategy.edited')}_" if edited else ""
        st.markdown(f"#### {strategy.code} · {strategy.title}{mark}")
        share = sizes["customers"] / total_customers if total_customers else 0.0
        st.markdown(tr("strategy.size", customers=fmt_int(sizes["customers"], lang),
                       share=fmt_percent(share, lang),
                       revenue=fmt_percent(sizes["revenue_share"], lang)))
        st.caption(strategy.summary)
        st.markdown(f"**{tr('strategy.goal')}:** {strategy.goal}")
        st.markdown(f"**{tr('strategy.actions')}**\n" + "\n".join(f"- {a}" for a in strategy.actions))
        st.markdown(f"**{tr('strategy.kpis')}**\n" + "\n".join(f"- {k}" for k in strategy.kpis))
        st.markdown(f"**{tr('strategy.rhythm')}:** {strategy.rhythm}  \n"
                    f"**{tr('strategy.owner')}:** {strategy.owner}  \n"
                    f"**{tr('strategy.priority')}:** {priority_label(strategy.priority, lang)}")


def _key(field: str) -> str:
    return f"{state.KEY_STRATEGY_FIELD}_{field}"


def _save(code: str) -> None:
    fields: dict[str, object] = {f: state.get(_key(f)) for f in (*_TEXTS, *_LISTS)}
    fields["priority"] = state.get(_key("priority"))
    default = Playbook().card(code, state.lang())
    changed = {
        name: value for name, value in fields.items()
        if _as_text(value) != _as_text(getattr(default, name))
    }
    try:
        updated = state.playbook().without_override(code).with_override(code, **changed)
    except UserFacingError as error:
        state.flash_error(error)
        return
    state.set_playbook(updated)
    state.set_notice(tr("strategy.saved", code=code))


def _restore(code: str) -> None:
    state.set_playbook(state.playbook().without_override(code))
    state.set_notice(tr("strategy.restored", code=code))


def _as_text(value: object) -> str:
    if isinstance(value, tuple | list):
        return "\n".join(str(v) for v in value)
    return str(value).strip()


def editor(codes: tuple[str, ...]) -> None:
    """Draw the editor of one card: pick a card, change its texts, save or restore."""
    lang = state.lang()
    playbook = state.playbook()
    state.seed_choice(state.KEY_STRATEGY_EDIT, codes, codes[0])
    code = st.selectbox(tr("strategy.edit_pick"), codes, key=state.KEY_STRATEGY_EDIT,
                        format_func=labels(codes, lambda c: f"{c} · {playbook.card(c, lang).title}"),
                        on_change=state.keep_choice, args=(state.KEY_STRATEGY_EDIT,))
    current = playbook.card(code, lang)
    for field in (*_TEXTS, *_LISTS):
        state.put(_key(field), _as_text(getattr(current, field)))
    state.put(_key("priority"), current.priority)
    with st.form(state.KEY_STRATEGY_FORM, border=False):
        st.text_input(tr("strategy.title"), key=_key("title"))
        st.text_area(tr("strategy.summary"), key=_key("summary"), height=80)
        st.text_area(tr("strategy.goal"), key=_key("goal"), height=80)
        st.text_area(tr("strategy.actions"), key=_key("actions"), height=160,
                     help=tr("strategy.lines_help"))
        st.text_area(tr("strategy.kpis"), key=_key("kpis"), height=110, help=tr("strategy.lines_help"))
        st.text_input(tr("strategy.rhythm"), key=_key("rhythm"))
        st.text_input(tr("strategy.owner"), key=_key("owner"))
        st.selectbox(tr("strategy.priority"), list(range(1, LOWEST_PRIORITY + 1)), key=_key("priority"),
                     format_func=labels(range(1, LOWEST_PRIORITY + 1),
                                        lambda p: priority_label(p, lang)))
        st.form_submit_button(tr("strategy.save"), icon=":material/save:", on_click=_save,
                              args=(code,), type="primary")
    st.button(tr("strategy.restore"), key=state.KEY_STRATEGY_RESTORE, on_click=_restore,
              args=(code,), disabled=not playbook.is_edited(code), icon=":material/undo:")


def _load_playbook() -> None:
    upload = state.get(state.KEY_PLAYBOOK_UPLOAD)
    if upload is None:
        return
    try:
        state.set_playbook(Playbook.from_json(upload.getvalue().decode("utf-8", errors="replace")))
    except UserFacingError as error:
        state.flash_error(error)
        return
    state.set_notice(tr("strategy.file_loaded", name=upload.name))


def playbook_file() -> None:
    """Draw the save / open buttons for the edited cards (a JSON file)."""
    st.download_button(tr("strategy.download"), data=state.playbook().to_json(),
                       file_name="playbook.json", mime="application/json",
                       key=state.KEY_PLAYBOOK_DOWNLOAD, icon=":material/download:", on_click="ignore")
    st.file_uploader(tr("strategy.upload"), type=["json"], key=state.KEY_PLAYBOOK_UPLOAD,
                     on_change=_load_playbook, help=tr("strategy.upload_help"))
