"""Strategy cards on screen: the picked card (or all of them to print), its editor, the playbook file.

The card shown is the one picked (:func:`card_picker`): for the ABC × XYZ cells that is the
cell clicked on the Matrix page (the same kept choice, :data:`ui.state.keys.MATRIX_CELL`),
so a click on the heatmap and a look at the strategy page show the same cell. The print
view (:func:`all_cards`) lays every card one under another for the browser's print.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import streamlit as st

from segcore.errors import UserFacingError
from segcore.report.md_text import md_text
from segcore.report.playbook import LOWEST_PRIORITY, Playbook, StrategyCard, priority_label
from ui.format import fmt_int, fmt_percent
from ui.state import keys, session, values
from ui.text import labels, tr

__all__ = ["PICKED_QUADRANT", "all_cards", "card", "card_picker", "editor", "playbook_file"]

#: Key of the quadrant card picked (the cells share the Matrix page's pick).
PICKED_QUADRANT = "strategy_quadrant"

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


def editor(code: str) -> None:
    """Draw the editor of the card ``code``: change its texts, save or restore."""
    playbook = session.playbook()
    _form(code, playbook.card(code, session.lang()))
    st.button(
        tr("strategy.restore"),
        key="strategy_restore",
        on_click=_restore,
        args=(code,),
        disabled=not playbook.is_edited(code),
        icon=":material/undo:",
    )


def card_picker(codes: tuple[str, ...], summary: pd.DataFrame, quadrants: bool) -> str:
    """Draw the choice of the card to show and give its code (cells: the Matrix page's pick)."""
    lang = session.lang()
    playbook = session.playbook()
    key, default = (PICKED_QUADRANT, "III") if quadrants else (keys.MATRIX_CELL, "AX")

    def name(code: str) -> str:
        customers = fmt_int(summary.loc[code, "customers"], lang) if code in summary.index else "0"
        return f"{code} · {playbook.card(code, lang).title} ({customers})"

    code = st.selectbox(
        tr("strat.pick"),
        codes,
        help=tr("strat.pick_help"),
        **values.bind(key, default, options=codes),
        format_func=labels(codes, name),
    )
    return code if code in codes else default


def all_cards(codes: Sequence[str], summary: pd.DataFrame, total: int) -> None:
    """Draw every card of ``codes`` one under another (the print view)."""
    playbook = session.playbook()
    for code in codes:
        card(playbook.card(code, session.lang()), summary.loc[code], total, playbook.is_edited(code))


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
