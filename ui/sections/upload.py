"""The Data page's choice of data: a demo or an upload, its column mapping, and the load.

An uploaded file is written to the session's folder on disk (:func:`ui.receive.spill`; its
bytes are not kept in memory), inspected at once (format, encoding, separator, sheets,
columns, a preview and a suggested column mapping) and kept in the session as the *pending*
upload (its path) until the user presses "Load": the uploader widget itself forgets its
file when the page is left, the pending upload does not.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from segcore.errors import UserFacingError
from segcore.ingest import inspect_source
from segcore.report.md_text import md_text
from ui import data
from ui.receive import spill
from ui.sources import DEMOS, DataSource, demo_source, file_digest, upload_source
from ui.state import keys, session, values
from ui.text import labels, show_error, tr

__all__ = ["UPLOAD_TYPES", "mapping_editor", "source_picker"]

UPLOAD_TYPES = ["csv", "txt", "tsv", "xlsx", "xlsm", "xls", "parquet", "gz", "zip"]
REQUIRED = ("customer_id", "date", "amount")
CANONICAL = (*REQUIRED, "order_id", "product", "category", "cost", "quantity")
NOT_MAPPED = ""
_ATTRIBUTES = "data_attributes"


def _choose_demo() -> None:
    name = values.current(keys.DATA_DEMO)
    if name in DEMOS:
        session.set_pending_upload(None)
        session.set_data_source(demo_source(name))


def _inspect(pending: dict[str, Any], sheet: str | None) -> dict[str, Any] | None:
    try:
        info = inspect_source(Path(pending["path"]), sheet=sheet)
    except UserFacingError as error:
        session.flash_error(error)
        return None
    return {**pending, "info": info, "sheet": sheet, "seeded": False}


def _on_upload() -> None:
    upload = values.current(keys.DATA_UPLOAD)
    if upload is None or not hasattr(upload, "read"):  # none, or the copy Streamlit let go of (spilled)
        return
    path = spill(upload)
    pending = {"name": upload.name, "path": str(path), "digest": file_digest(path)}
    session.set_pending_upload(_inspect(pending, None))


def _on_sheet() -> None:
    pending = session.pending_upload()
    if pending is not None:
        session.set_pending_upload(_inspect(pending, values.current(keys.DATA_SHEET)))


def source_picker(source: DataSource) -> None:
    """Draw the demo picker and the file uploader side by side."""
    demo_col, upload_col = st.columns(2, gap="large")
    with demo_col:
        values.show(keys.DATA_DEMO, source.demo if source.kind == "demo" else None)
        st.radio(
            tr("data.demo"),
            list(DEMOS),
            key=keys.DATA_DEMO,
            on_change=_choose_demo,
            format_func=labels(DEMOS, lambda d: tr(f"demo.{d}")),
            captions=[tr(f"data.caption_{d}") for d in DEMOS],
        )
    with upload_col:
        st.file_uploader(
            tr("data.upload"),
            type=UPLOAD_TYPES,
            key=keys.DATA_UPLOAD,
            on_change=_on_upload,
            help=tr("data.upload_help"),
        )


def _seed_mapping(pending: dict[str, Any]) -> None:
    """Fill the mapping selectors from the suggested mapping, once per inspected file."""
    if pending.get("seeded"):
        return
    suggested = dict(pending["info"].mapping or {})
    columns = list(pending["info"].columns)
    for canonical in CANONICAL:
        value = suggested.get(canonical, NOT_MAPPED)
        values.remember(keys.mapping_key(canonical), value if value in columns else NOT_MAPPED)
    pending["seeded"] = True


def _chosen_mapping() -> dict[str, str]:
    return {canonical: values.current(keys.mapping_key(canonical)) or NOT_MAPPED for canonical in CANONICAL}


def _load(pending: dict[str, Any]) -> UserFacingError | None:
    attributes = values.current(_ATTRIBUTES)
    source = upload_source(
        pending["name"],
        Path(pending["path"]),
        digest=pending["digest"],
        sheet=pending.get("sheet"),
        mapping=_chosen_mapping(),
        attributes=spill(attributes) if hasattr(attributes, "read") else None,
    )
    try:
        data.load(source, tr("status.reading"))
    except UserFacingError as error:
        return error
    session.set_data_source(source)
    session.set_pending_upload(None)
    return None


def _delimiter_name(delimiter: str | None) -> str:
    if delimiter in (None, ""):
        return "—"
    if delimiter in ("\t", "whitespace"):
        return tr(f"data.delimiter_{'tab' if delimiter == chr(9) else 'spaces'}")
    return f"«{delimiter}»"


def _selectors(pending: dict[str, Any]) -> None:
    _seed_mapping(pending)
    options = [NOT_MAPPED, *pending["info"].columns]
    cols = st.columns(4)
    for index, canonical in enumerate(CANONICAL):
        label = tr(f"canonical.{canonical}") + (" *" if canonical in REQUIRED else "")
        cols[index % 4].selectbox(
            label,
            options,
            **values.bind(keys.mapping_key(canonical), NOT_MAPPED, options=options),
            help=tr(f"canonical.{canonical}_help"),
            format_func=labels(options, lambda c: c or tr("data.not_mapped")),
        )
    st.caption(tr("data.required_note"))


def mapping_editor(pending: dict[str, Any]) -> None:
    """Draw the pending upload's sheet, column selectors, preview, attributes file and Load button."""
    info = pending["info"]
    st.subheader(tr("data.mapping_title", name=md_text(pending["name"])))
    st.caption(
        tr(
            "data.detected",
            format=info.format,
            encoding=info.encoding or "—",
            delimiter=_delimiter_name(info.delimiter),
        )
    )
    sheets = list(info.sheets)
    if len(sheets) > 1:
        values.show(keys.DATA_SHEET, pending.get("sheet") or sheets[0])
        st.selectbox(
            tr("data.sheet"), sheets, key=keys.DATA_SHEET, on_change=_on_sheet, help=tr("data.sheet_help")
        )
    _selectors(pending)
    if info.rows:
        preview = pd.DataFrame(
            [row[: len(info.columns)] for row in info.rows], columns=list(info.columns)[: len(info.rows[0])]
        )
        st.dataframe(preview, hide_index=True, placeholder="", height=260, key="data_preview_source")
    st.file_uploader(
        tr("data.attributes"), type=UPLOAD_TYPES, key=_ATTRIBUTES, help=tr("data.attributes_help")
    )
    if st.button(tr("data.load"), key=keys.DATA_LOAD, type="primary", icon=":material/check_circle:"):
        error = _load(pending)
        if error is None:
            st.rerun()
        show_error(error)
