"""A room of twenty at once: every session works, sees only its own data, and slider moves stay live.

Twenty browser contexts against one server started here; half upload their own small file;
all move the "A closes at" slider and export a segment's CSV (see :mod:`tests.e2e.room`).
Marked ``room`` (about four minutes on two cores; ``-m "not room"`` leaves it out while
developing); part of the whole suite. A stuck session fails after five minutes on one step,
saying which step and what its page showed.
"""

from __future__ import annotations

import pytest

from tests.e2e.harness import ROOT, free_port, server_log, start_streamlit, stop_streamlit
from tests.e2e.room import percentile, run_room, summary

SESSIONS = 20
#: Slider moves per session: two (down a page, back up) keep the room under eight minutes here.
MOVES = 2


@pytest.mark.room
def test_twenty_sessions_at_once_work_see_their_own_data_and_redraw_on_every_slider_move(tmp_path, capsys):
    port = free_port()
    process = start_streamlit(ROOT / "app.py", port)
    try:
        result = run_room(f"http://127.0.0.1:{port}", SESSIONS, tmp_path, moves=MOVES)
        log = server_log(process)
    finally:
        stop_streamlit(process)
    with capsys.disabled():
        print(f"\nroom: {summary(result)}")
        for problem in result.problems:
            print(f"  {problem}")
    assert result.problems == []
    assert "Traceback" not in log, log[-3000:]
    assert len(result.moves_ms) == SESSIONS * MOVES
    assert percentile(result.moves_ms, 0.5) > 0
