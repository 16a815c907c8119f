"""Exports on the Strategy page: each file made in one click, when its button is clicked.

Each button is a ``st.download_button`` whose data is a function: the file is written when
the button is clicked, from what the page showed when it was drawn (data, scenario, edited
cards, language, segment kind, the conclusions and the at-risk list), so it is never a
stale plan and there is no "prepare" step. The functions read nothing from the session,
which is not there when the file is made. The workbook and the Markdown report open with
the conclusions (:func:`segcore.findings`) and the key customers at risk
(:func:`segcore.at_risk`) of the same scenario, as the command line writes them; the lists
of one segment carry the sales columns (:mod:`ui.sections.customer_lists`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import streamlit as st

from segcore.classify.segmentation import Segmentation
from segcore.report import SegmentKind, action_plan_xlsx, markdown_report
from segcore.report.sales_list import segment_rows
from ui import insight
from ui.data import Analysis
from ui.sections import customer_lists
from ui.state import currency, keys, scenario, session, values
from ui.text import labels, segment_name, tr

__all__ = ["XLSX_MIME", "export_panel", "plan_files", "segment_downloads"]

XLSX_MIME = customer_lists.XLSX_MIME
MD_MIME = "text/markdown"


def plan_files(
    analysis: Analysis, seg: Segmentation, kind: SegmentKind, dataset: str
) -> tuple[Callable[[], bytes], Callable[[], bytes]]:
    """Give how to write the action-plan workbook and the Markdown report of what the page shows.

    The workbook's segment sheets have the columns of the kept preset ("for sales": the list a
    team acts on; "for analysts": every column). Everything is captured now; the two
    functions run later, without the session.
    """
    customers = analysis.customers
    cells, quadrants = seg.cell, seg.quadrant
    summary = seg.matrix if kind == "abc_xyz" else seg.quadrant_summary
    settings = scenario.current().to_flat_dict()
    playbook, lang, sign = session.playbook(), session.lang(), currency.current()
    preset = customer_lists.current_preset()
    found, risk = list(insight.findings(analysis)), insight.at_risk(analysis)
    gini = round(seg.gini, 3)

    def workbook() -> bytes:
        return action_plan_xlsx(
            customers.assign(cell=cells, quadrant=quadrants),
            None,
            summary,
            settings,
            playbook,
            lang,
            kind,
            source=dataset,
            created=date.today(),
            findings=found,
            at_risk=risk,
            columns=preset,
            currency=sign,
        )

    def report() -> bytes:
        text = markdown_report(
            summary,
            settings,
            playbook,
            lang,
            findings=found,
            at_risk=risk,
            currency=sign,
            source=dataset,
            customers=len(customers),
            revenue=float(summary["revenue"].sum()),
            gini=gini,
        )
        return text.encode("utf-8")

    return workbook, report


def segment_downloads(
    analysis: Analysis, seg: Segmentation, kind: SegmentKind, code: str, *, key: str, choose: bool = True
) -> None:
    """Draw the one-click CSV and Excel lists of one segment's customers, with the sales columns."""
    customers = analysis.customers
    codes = {"cell": seg.cell, "quadrant": seg.quadrant}
    column = "cell" if kind == "abc_xyz" else "quadrant"
    mask = codes[column] == code
    customer_lists.list_downloads(
        lambda: segment_rows(customers, mask, codes),
        f"customers_{code}",
        tr("strat.list", code=code),
        key=key,
        segment="cell" if kind == "abc_xyz" else "quadrant",
        choose=choose,
    )


def _segment_list(analysis: Analysis, seg: Segmentation, kind: SegmentKind) -> None:
    summary = seg.matrix if kind == "abc_xyz" else seg.quadrant_summary
    options = list(summary["cell" if kind == "abc_xyz" else "quadrant"])
    code = st.selectbox(
        tr("export.csv_segment"),
        options,
        **values.bind(f"{keys.EXPORT}_csv_code", options[0], options=options),
        format_func=labels(options, lambda c: f"{c} · {segment_name(c)}"),
    )
    segment_downloads(analysis, seg, kind, code, key=f"{keys.EXPORT}_list", choose=False)


def export_panel(analysis: Analysis, seg: Segmentation, kind: SegmentKind, dataset: str) -> None:
    """Draw the three exports, each one click: XLSX action plan, one segment's list, Markdown report."""
    customer_lists.preset_choice(f"{keys.EXPORT}_preset")
    workbook, report = plan_files(analysis, seg, kind, dataset)
    xlsx_col, list_col, md_col = st.columns([1, 2, 1])
    with xlsx_col:
        st.markdown(f"**{tr('export.xlsx_title')}**")
        st.caption(tr("export.xlsx_note"))
        st.download_button(
            tr("strat.download"),
            data=workbook,
            file_name="action_plan.xlsx",
            mime=XLSX_MIME,
            on_click="ignore",
            key=f"{keys.EXPORT}_xlsx",
            icon=":material/download:",
            type="primary",
            help=tr("strat.plan_help"),
        )
    with list_col:
        st.markdown(f"**{tr('strat.list_title')}**")
        _segment_list(analysis, seg, kind)
    with md_col:
        st.markdown(f"**{tr('export.md_title')}**")
        st.caption(tr("export.md_note"))
        st.download_button(
            tr("strat.download"),
            data=report,
            file_name="segmentation_report.md",
            mime=MD_MIME,
            on_click="ignore",
            key=f"{keys.EXPORT}_md",
            icon=":material/download:",
        )
