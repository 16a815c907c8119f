"""The upload flow of the Data page: pick a demo or a file, map its columns, load it.

An uploaded file is inspected at once (format, encoding, separator, sheets, columns,
a preview and a suggested column mapping) and kept in the session as the *pending* upload
until the user presses "Load": the uploader widget itself forgets its file when the page
is left, the pending upload does not.
"""

from __future__ import annotations

from typing import Any

from segcore.errors import UserFacingError
from segcore.ingest import inspect_source
from ui import cached, state
from ui.text import tr

__all__ = [
    "CANONICAL",
    "REQUIRED",
    "choose_demo",
    "chosen_mapping",
    "load_pending",
    "on_sheet",
    "on_upload",
    "seed_mapping",
]

REQUIRED = ("customer_id", "date", "amount")
CANONICAL = (*REQUIRED, "order_id", "product", "category", "cost", "quantity")
NOT_MAPPED = ""


def choose_demo() -> None:
    """Callback of the demo picker: analyse the chosen demo dataset."""
    name = state.get(state.KEY_DATA_DEMO)
    if name in cached.DEMOS:
        state.set_pending_upload(None)
        state.set_data_source(cached.demo_source(name))


def _inspect(pending: dict[str, Any], sheet: str | None) -> dict[str, Any] | None:
    try:
        info = inspect_source(cached.named_file(pending["content"], pending["name"]), sheet=sheet)
    except UserFacingError as error:
        state.flash_error(error)
        return None
    return {**pending, "info": info, "sheet": sheet, "seeded": False}


def on_upload() -> None:
    """Callback of the file uploader: inspect the new file and keep it as pending."""
    upload = state.get(state.KEY_DATA_UPLOAD)
    if upload is None:
        return
    content = upload.getvalue()
    pending = {"name": upload.name, "content": content, "digest": cached.content_digest(content)}
    state.set_pending_upload(_inspect(pending, None))


def on_sheet() -> None:
    """Callback of the sheet picker: inspect the chosen sheet of the pending workbook."""
    pending = state.pending_upload()
    if pending is not None:
        state.set_pending_upload(_inspect(pending, state.get(state.KEY_DATA_SHEET)))


def seed_mapping(pending: dict[str, Any]) -> None:
    """Fill the mapping selectors from the suggested mapping, once per inspected file."""
    if pending.get("seeded"):
        return
    suggested = dict(pending["info"].mapping or {})
    columns = list(pending["info"].columns)
    for canonical in CANONICAL:
        value = suggested.get(canonical, NOT_MAPPED)
        state.set_choice(state.mapping_key(canonical), value if value in columns else NOT_MAPPED)
    pending["seeded"] = True


def chosen_mapping() -> dict[str, str]:
    """Give the mapping the selectors show (canonical column → source column, "" = none)."""
    return {
        canonical: state.get(state.mapping_key(canonical)) or NOT_MAPPED
        for canonical in CANONICAL
    }


def load_pending(pending: dict[str, Any]) -> UserFacingError | None:
    """Load the pending upload with the chosen mapping; on success make it the dataset.

    Gives the problem found in the file, if any (the page shows it).
    """
    attributes = state.get(state.KEY_DATA_ATTRIBUTES)
    source = cached.upload_source(
        pending["name"], pending["content"], digest=pending["digest"], sheet=pending.get("sheet"),
        mapping=chosen_mapping(),
        attributes_name=attributes.name if attributes is not None else None,
        attributes=attributes.getvalue() if attributes is not None else None,
    )
    try:
        cached.loaded(source, tr("status.reading"))
    except UserFacingError as error:
        return error
    state.set_data_source(source)
    state.set_pending_upload(None)
    return None
