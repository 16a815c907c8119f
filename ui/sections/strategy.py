"""Strategy cards on screen: one card per segment, the editor of one card, the playbook file."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from segcore.errors import UserFacingError
from segcore.report.md_text import md_text
from segcore.report.playbook import LOWEST_PRIORITY, Playbook, StrategyCard, priority_label
from ui.format import fmt_int, fmt_percent
from ui.state import keys, session, values
from ui.text import labels, tr

__all__ = ["card", "editor", "playbook_file"]

_TEXTS = ("title", "summary", "goal", "rhythm", "owner")
_LISTS = ("actions", "kpis")
_PLAYBOOK_UPLOAD = "playbook_upload"


def card(strategy: StrategyCard, sizes: pd.Series, total_customers: int, edited: bool) -> None:
    """Draw one strategy card with the segment's size and share of revenue."""
    lang = session.lang()
    with st.container(border=True):
        mark = f" · _{tr('strategy.edited')}_" if edited else ""
        st.markdown(f"#### {strategy.code} · {md_text(strategy.title)}{mark}")
        share = sizes["customers"] / total_customers if total_customers else 0.0
        st.markdown(
            tr(
                "strategy.size",
                customers=fmt_int(sizes["customers"], lang),
                share=fmt_percent(share, lang),
                revenue=fmt_percent(sizes["revenue_share"], lang),
            )
        )
        st.caption(md_text(strategy.summary))
        st.markdown(f"**{tr('strategy.goal')}:** {md_text(strategy.goal)}")
        actions = "\n".join(f"- {md_text(action)}" for action in strategy.actions)
        st.markdown(f"**{tr('strategy.actions')}**\n" + actions)
        st.markdown(f"**{tr('strategy.kpis')}**\n" + "\n".join(f"- {md_text(k)}" for k in strategy.kpis))
        st.markdown(
            f"**{tr('strategy.rhythm')}:** {md_text(strategy.rhythm)}  \n"
            f"**{tr('strategy.owner')}:** {md_text(strategy.owner)}  \n"
            f"**{tr('strategy.priority')}:** {priority_label(strategy.priority, lang)}"
        )


def _key(field: str) -> str:
    return f"{keys.STRATEGY_FIELD}_{field}"


def _as_text(value: object) -> str:
    if isinstance(value, tuple | list):
        return "\n".join(str(v) for v in value)
    return str(value).strip()


def _save(code: str) -> None:
    fields: dict[str, object] = {f: values.current(_key(f)) for f in (*_TEXTS, *_LISTS, "priority")}
    default = Playbook().card(code, session.lang())
    changed = {
        name: value for name, value in fields.items() if _as_text(value) != _as_text(getattr(default, name))
    }
    try:
        updated = session.playbook().without_override(code).with_override(code, **changed)
    except UserFacingError as error:
        session.flash_error(error)
        return
    session.set_playbook(updated)
    session.set_notice(tr("strategy.saved", code=code))


def _restore(code: str) -> None:
    session.set_playbook(session.playbook().without_override(code))
    session.set_notice(tr("strategy.restored", code=code))


def _form(code: str, current: StrategyCard) -> None:
    lang = session.lang()
    for field in (*_TEXTS, *_LISTS):
        values.show(_key(field), _as_text(getattr(current, field)))
    values.show(_key("priority"), current.priority)
    priorities = range(1, LOWEST_PRIORITY + 1)
    with st.form("strategy_form", border=False):
        st.text_input(tr("strategy.title"), key=_key("title"))
        st.text_area(tr("strategy.summary"), key=_key("summary"), height=80)
        st.text_area(tr("strategy.goal"), key=_key("goal"), height=80)
        st.text_area(tr("strategy.actions"), key=_key("actions"), height=160, help=tr("strategy.lines_help"))
        st.text_area(tr("strategy.kpis"), key=_key("kpis"), height=110, help=tr("strategy.lines_help"))
        st.text_input(tr("strategy.rhythm"), key=_key("rhythm"))
        st.text_input(tr("strategy.owner"), key=_key("owner"))
        st.selectbox(
            tr("strategy.priority"),
            list(priorities),
            key=_key("priority"),
            format_func=labels(priorities, lambda p: priority_label(p, lang)),
        )
        st.form_submit_button(
            tr("strategy.save"), icon=":material/save:", on_click=_save, args=(code,), type="primary"
        )


def editor(codes: tuple[str, ...]) -> None:
    """Draw the editor of one card: pick a card, change its texts, save or restore."""
    lang = session.lang()
    playbook = session.playbook()
    code = st.selectbox(
        tr("strategy.edit_pick"),
        codes,
        **values.bind(keys.STRATEGY_EDIT, codes[0], options=codes),
        format_func=labels(codes, lambda c: f"{c} · {playbook.card(c, lang).title}"),
    )
    _form(code, playbook.card(code, lang))
    st.button(
        tr("strategy.restore"),
        key="strategy_restore",
        on_click=_restore,
        args=(code,),
        disabled=not playbook.is_edited(code),
        icon=":material/undo:",
    )


def _load_playbook() -> None:
    upload = values.current(_PLAYBOOK_UPLOAD)
    if upload is None:
        return
    try:
        session.set_playbook(Playbook.from_json(upload.getvalue().decode("utf-8", errors="replace")))
    except UserFacingError as error:
        session.flash_error(error)
        return
    session.set_notice(tr("strategy.file_loaded", name=md_text(upload.name)))


def playbook_file() -> None:
    """Draw the save / open buttons for the edited cards (a JSON file)."""
    st.download_button(
        tr("strategy.download"),
        data=session.playbook().to_json(),
        file_name="playbook.json",
        mime="application/json",
        key="playbook_download",
        icon=":material/download:",
        on_click="ignore",
    )
    st.file_uploader(
        tr("strategy.upload"),
        type=["json"],
        key=_PLAYBOOK_UPLOAD,
        on_change=_load_playbook,
        help=tr("strategy.upload_help"),
    )
