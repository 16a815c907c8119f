"""An uploaded file goes to its session's folder on disk, not into memory, and goes with the session."""

from __future__ import annotations

import io
from pathlib import Path

from tests.app.studio import open_app
from ui.state import keys
from ui.uploads import store

RUSSIAN_EXPORT = Path(__file__).resolve().parents[2] / "sample_data" / "store_ru.csv"


def _bytes_in(value: object, depth: int = 0) -> int:
    """Give the largest bytes or in-memory file inside ``value`` (dicts, sequences, plain objects)."""
    if isinstance(value, bytes | bytearray):
        return len(value)
    if isinstance(value, io.BytesIO):  # an uploaded file Streamlit still holds
        return 0 if value.closed else len(value.getbuffer())
    if depth > 4:
        return 0
    if isinstance(value, dict):
        return max((_bytes_in(v, depth + 1) for v in value.values()), default=0)
    if isinstance(value, list | tuple | set | frozenset):
        return max((_bytes_in(v, depth + 1) for v in value), default=0)
    fields = getattr(value, "__dict__", None)
    return _bytes_in(fields, depth + 1) if isinstance(fields, dict) else 0


def test_an_upload_is_spilled_to_the_session_folder_and_removed_after_the_session():
    content = RUSSIAN_EXPORT.read_bytes()
    at = open_app("store_en", "data")
    at.file_uploader(key=keys.DATA_UPLOAD).set_value(("store_ru.csv", content, "text/csv")).run()
    token = at.query_params["sid"]
    record = store().record(token)
    assert record is not None
    pending = at.session_state["pending_upload"]
    spilled = Path(pending["path"])
    assert spilled.read_bytes() == content
    assert store().root / token in spilled.parents
    state = at.session_state.to_dict()
    kept = [key for key, value in state.items() if _bytes_in(value) >= 1000]
    # Not even the uploader widget's own value: it is emptied once spilled (a closed tab's session
    # keeps its last widget values for minutes on a real server).
    assert kept == []
    assert at.session_state[keys.DATA_UPLOAD].name == "store_ru.csv"
    at.button(key=keys.DATA_LOAD).click().run()
    assert not at.exception
    assert at.session_state["data_source"].path == str(spilled)
    assert at.query_params["sid"] == token

    store().release(token)  # the session's last tab closed (a real server calls this on disconnect)
    saved_ttl, store().ttl = store().ttl, 0.0
    try:
        store().release(token)
        assert token in store().sweep()
    finally:
        store().ttl = saved_ttl
    assert not (store().root / token).exists()
