"""Strategy: the picked segment's card (the cell clicked on the Matrix page), its list, the exports."""

import streamlit as st

from segcore.report import SegmentKind
from segcore.report.playbook import ABC_XYZ_CODES, QUADRANT_CODES
from ui import context
from ui.sections import action_plan, exports, page_head, strategy
from ui.sections.sidebar import dataset_name
from ui.state import keys, values
from ui.text import labels, show_flash_error, tr

KINDS = {"abc_xyz": ABC_XYZ_CODES, "quadrant": QUADRANT_CODES}
PRINT_ALL = "strategy_print_all"

page_head.head(tr("page.strategy"), tr("strategy.intro"))
show_flash_error()
analysis = context.active_analysis()
seg = context.segmentation(analysis) if analysis is not None else None
if analysis is not None and seg is not None:
    action_plan.print_layout()
    chosen = st.segmented_control(
        tr("strategy.kind"),
        list(KINDS),
        format_func=labels(KINDS, lambda k: tr(f"strategy.kind_{k}")),
        required=True,
        **values.bind(keys.STRATEGY_KIND, "abc_xyz", options=list(KINDS)),
    )
    kind: SegmentKind = "quadrant" if chosen == "quadrant" else "abc_xyz"
    codes = KINDS[kind]
    summary = (
        seg.matrix.set_index("cell") if kind == "abc_xyz" else seg.quadrant_summary.set_index("quadrant")
    )
    total = int(summary["customers"].sum())
    printing = st.toggle(tr("strat.print_all"), help=tr("strat.print_help"), **values.bind(PRINT_ALL, False))
    if printing:
        hide_empty = st.toggle(tr("strategy.hide_empty"), **values.bind("strategy_hide_empty", False))
        shown = [c for c in codes if not hide_empty or summary.loc[c, "customers"] > 0]
        strategy.all_cards(shown, summary, total)
    else:
        cards_col, edit_col = st.columns([2, 1], gap="large")
        with cards_col:
            st.subheader(tr("strategy.cards_title"))
            code = strategy.card_picker(codes, summary, quadrants=kind == "quadrant")
            strategy.all_cards([code], summary, total)
            exports.segment_downloads(analysis, seg, kind, code, key="strategy_list")
        with edit_col:
            st.subheader(tr("strategy.edit_title"))
            st.caption(tr("strategy.edit_intro"))
            strategy.editor(code)
            st.divider()
            strategy.playbook_file()
        with st.container(border=True):
            st.subheader(tr("export.title"))
            st.caption(tr("strat.export_intro"))
            exports.export_panel(analysis, seg, kind, dataset_name())
