"""Exports on the Strategy page: prepared on a click, kept until the scenario changes.

A file is built only when its "prepare" button is pressed (an XLSX of a large base takes a
while), with a status box; the bytes stay in the session next to a fingerprint of what
they were built from (data, scenario, edited cards, language, segment kind) and are dropped
when that changes, so a download never hands out a stale plan. The workbook and the
Markdown report open with the conclusions (:func:`segcore.findings`) and the key customers
at risk (:func:`segcore.at_risk`) of the same scenario, as the command line writes them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date

import pandas as pd
import streamlit as st

from segcore.classify.segmentation import Segmentation
from segcore.errors import UserFacingError
from segcore.insight import Finding, at_risk, findings
from segcore.report import SegmentKind, action_plan_xlsx, markdown_report, segment_csv
from ui import context
from ui.data import Analysis
from ui.state import keys, scenario, session
from ui.text import show_error, tr

__all__ = ["export_panel"]

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _fingerprint(source_key: str, kind: str) -> str:
    parts = [source_key, scenario.current().to_json(), session.playbook().to_json(), session.lang(), kind]
    return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=12).hexdigest()


def _with_codes(analysis: Analysis, seg: Segmentation) -> pd.DataFrame:
    return analysis.customers.assign(abc=seg.abc, xyz=seg.xyz, cell=seg.cell, quadrant=seg.quadrant)


def _build(name: str, fingerprint: str, make: Callable[[], bytes]) -> None:
    try:
        with st.status(tr("export.preparing"), expanded=False) as status:
            data = make()
            status.update(label=tr("export.ready"), state="complete")
    except UserFacingError as error:
        show_error(error)
        return
    session.keep_export(name, fingerprint, data)


def _offer(name: str, label: str, file_name: str, mime: str, fingerprint: str) -> None:
    data = session.export_bytes(name, fingerprint)
    if data is not None:
        st.download_button(
            label,
            data=data,
            file_name=file_name,
            mime=mime,
            on_click="ignore",
            key=f"{keys.EXPORT}_{name}",
            icon=":material/download:",
            type="primary",
        )


def _prepare(name: str, fingerprint: str, make: Callable[[], bytes]) -> None:
    if st.button(tr("export.prepare"), key=f"{keys.EXPORT}_prepare_{name}"):
        _build(name, fingerprint, make)


def _insight(analysis: Analysis) -> tuple[list[Finding], pd.DataFrame]:
    """Give the conclusions and the at-risk list of the current scenario on the analysis' table."""
    current = scenario.current()
    dataset = context.active_dataset()
    if dataset is None:
        found = findings(analysis.customers, current)
    else:
        found = dataset.query(lambda data: findings(analysis.customers, current, transactions=data))
    return found, at_risk(analysis.customers, current)


def _action_plan(analysis: Analysis, seg: Segmentation, kind: SegmentKind, dataset: str) -> bytes:
    codes = seg.cell if kind == "abc_xyz" else seg.quadrant
    summary = seg.matrix if kind == "abc_xyz" else seg.quadrant_summary
    settings = scenario.current().to_flat_dict()
    found, risk = _insight(analysis)
    return action_plan_xlsx(
        analysis.customers,
        codes,
        summary,
        settings,
        session.playbook(),
        session.lang(),
        kind,
        source=dataset,
        created=date.today(),
        findings=found,
        at_risk=risk,
    )


def _report(analysis: Analysis, seg: Segmentation, kind: str, dataset: str) -> bytes:
    summary = seg.matrix if kind == "abc_xyz" else seg.quadrant_summary
    settings = scenario.current().to_flat_dict()
    found, risk = _insight(analysis)
    text = markdown_report(
        summary,
        settings,
        session.playbook(),
        session.lang(),
        findings=found,
        at_risk=risk,
        source=dataset,
        customers=len(analysis.customers),
        revenue=float(summary["revenue"].sum()),
        gini=round(seg.gini, 3),
    )
    return text.encode("utf-8")


def _segment_list(analysis: Analysis, seg: Segmentation, kind: str, fingerprint: str) -> None:
    summary = seg.matrix if kind == "abc_xyz" else seg.quadrant_summary
    options = list(summary["cell" if kind == "abc_xyz" else "quadrant"])
    code = st.selectbox(tr("export.csv_segment"), options, key=f"{keys.EXPORT}_csv_code")
    name = f"csv_{code}"
    if st.button(tr("export.prepare"), key=f"{keys.EXPORT}_prepare_csv"):
        _build(name, fingerprint, lambda: segment_csv(_with_codes(analysis, seg), code, session.lang()))
    _offer(name, tr("export.download_csv", code=code), f"customers_{code}.csv", "text/csv", fingerprint)


def export_panel(
    analysis: Analysis, seg: Segmentation, kind: SegmentKind, dataset: str, source_key: str
) -> None:
    """Draw the three exports: XLSX action plan, CSV of one segment, Markdown report."""
    fingerprint = _fingerprint(source_key, kind)
    xlsx_col, csv_col, md_col = st.columns(3)
    with xlsx_col:
        st.markdown(f"**{tr('export.xlsx_title')}**")
        st.caption(tr("export.xlsx_note"))
        _prepare("xlsx", fingerprint, lambda: _action_plan(analysis, seg, kind, dataset))
        _offer("xlsx", tr("export.download_xlsx"), "action_plan.xlsx", XLSX_MIME, fingerprint)
    with csv_col:
        st.markdown(f"**{tr('export.csv_title')}**")
        _segment_list(analysis, seg, kind, fingerprint)
    with md_col:
        st.markdown(f"**{tr('export.md_title')}**")
        st.caption(tr("export.md_note"))
        _prepare("md", fingerprint, lambda: _report(analysis, seg, kind, dataset))
        _offer("md", tr("export.download_md"), "segmentation_report.md", "text/markdown", fingerprint)
