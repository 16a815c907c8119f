"""Strategy: one editable card per segment, and the exports for the CRM and the team."""

import streamlit as st

from segcore.report.playbook import ABC_XYZ_CODES, QUADRANT_CODES
from ui import context
from ui.sections import exports, page_head, strategy
from ui.sections.sidebar import dataset_name
from ui.state import keys, session, values
from ui.text import labels, show_flash_error, tr

KINDS = {"abc_xyz": ABC_XYZ_CODES, "quadrant": QUADRANT_CODES}

page_head.head(tr("page.strategy"), tr("strategy.intro"))
show_flash_error()
analysis = context.active_analysis()
seg = context.segmentation(analysis) if analysis is not None else None
if analysis is not None and seg is not None:
    kind = st.segmented_control(
        tr("strategy.kind"),
        list(KINDS),
        format_func=labels(KINDS, lambda k: tr(f"strategy.kind_{k}")),
        required=True,
        **values.bind(keys.STRATEGY_KIND, "abc_xyz", options=list(KINDS)),
    )
    kind = kind if kind in KINDS else "abc_xyz"
    codes = KINDS[kind]
    summary = (
        seg.matrix.set_index("cell") if kind == "abc_xyz" else seg.quadrant_summary.set_index("quadrant")
    )
    total = int(summary["customers"].sum())
    playbook = session.playbook()
    cards_col, edit_col = st.columns([2, 1], gap="large")
    with cards_col:
        st.subheader(tr("strategy.cards_title"))
        hide_empty = st.toggle(tr("strategy.hide_empty"), **values.bind("strategy_hide_empty", False))
        shown = [c for c in codes if not hide_empty or summary.loc[c, "customers"] > 0]
        grid = st.columns(2)
        for index, code in enumerate(shown):
            with grid[index % 2]:
                strategy.card(
                    playbook.card(code, session.lang()), summary.loc[code], total, playbook.is_edited(code)
                )
    with edit_col:
        st.subheader(tr("strategy.edit_title"))
        st.caption(tr("strategy.edit_intro"))
        strategy.editor(codes)
        st.divider()
        strategy.playbook_file()
    with st.container(border=True):
        st.subheader(tr("export.title"))
        st.caption(tr("export.intro"))
        exports.export_panel(analysis, seg, kind, dataset_name(), context.active_source().key)
