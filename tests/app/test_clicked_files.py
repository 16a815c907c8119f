"""A file built on a download click survives other sessions' runs until its own session runs again."""

from __future__ import annotations

from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

import ui  # noqa: F401  (installs the keeping of clicked files)
from ui.clicked_files import COORDINATE_PREFIX

SESSION = "dontcare"  # the session id Streamlit's manager uses outside a script run


def _clicked(manager: MediaFileManager, data: bytes) -> str:
    """Draw a deferred download button, click it; give the stored file's id."""
    placeholder = manager.add_deferred(lambda: data, "text/csv", "1.2.3", "list.csv")
    url = manager.execute_deferred(placeholder)
    assert url.startswith("/media/") and url.endswith(".csv"), url
    return url.rsplit("/", 1)[-1].removesuffix(".csv")


def test_a_clicked_file_outlives_two_sweeps_then_goes_with_its_sessions_next_run():
    manager = MediaFileManager(MemoryMediaFileStorage("/media"))
    stored = _clicked(manager, b"customer_id\nc1\n")
    for _ in range(3):  # three other sessions finish a run before the browser asks
        manager.remove_orphaned_files()
    kept = manager.read_file(stored)
    assert kept is not None and kept.content == b"customer_id\nc1\n"

    manager.clear_session_refs(SESSION)  # the clicking session's next run (or its end)
    manager.remove_orphaned_files()
    manager.remove_orphaned_files()
    assert manager.read_file(stored) is None


def test_a_file_clicked_for_a_session_that_has_ended_is_swept_as_before():
    manager = MediaFileManager(MemoryMediaFileStorage("/media"))
    placeholder = manager.add_deferred(lambda: b"x", "text/csv", "1.2.3", "list.csv")
    manager.clear_session_refs(SESSION)
    url = manager.execute_deferred(placeholder)
    stored = url.rsplit("/", 1)[-1].removesuffix(".csv")
    assert SESSION not in manager._files_by_session_and_coord
    manager.remove_orphaned_files()
    manager.remove_orphaned_files()
    assert manager.read_file(stored) is None


def test_each_click_is_kept_under_its_own_coordinate():
    manager = MediaFileManager(MemoryMediaFileStorage("/media"))
    first, second = _clicked(manager, b"a"), _clicked(manager, b"b")
    kept = {
        coordinate: file_id
        for coordinate, file_id in manager._files_by_session_and_coord[SESSION].items()
        if coordinate.startswith(COORDINATE_PREFIX)
    }
    assert sorted(kept.values()) == sorted([first, second])
