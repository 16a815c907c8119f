"""Memory comes back: twenty sessions in turn each upload a 20 MB file, then all close and the TTL passes.

One server is started by the test with short lifetimes (sessions and datasets kept 2 s after
their last use, swept every second). After a warm-up session, twenty browser sessions, one
after another, each upload their own 20 MB transactions file, load it and close. Once the
TTL has passed, the server's resident memory is back within 150 MB of where it was after
the warm-up, and no upload folder is left.

Part of the whole suite (about four and a half minutes here: twenty uploads through a
browser); see the README's "Serving a room" for the figures it gives.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.e2e.harness import ROOT, free_port, server_log, start_streamlit, stop_streamlit
from tests.e2e.memory import Peak, rss_mb
from tests.e2e.studio import browser_page, open_app, upload_and_load

SESSIONS = 20
MEGABYTES = 20
SLACK_MB = 150


def transactions_csv(path: Path, megabytes: float, seed: int = 7) -> None:
    """Write a transactions CSV of about ``megabytes`` (30 000 customers, two years of dates)."""
    rows = int(megabytes * 2**20 / 33)
    rng = np.random.default_rng(seed)
    days = pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 730, rows), unit="D")
    frame = pd.DataFrame(
        {
            "customer_id": np.char.add("C", rng.integers(0, 30_000, rows).astype(str)),
            "date": days.strftime("%Y-%m-%d"),
            "amount": np.round(rng.lognormal(4, 1, rows), 2),
        }
    )
    frame.to_csv(path, index=False)


def _settled_rss(pid: int, seconds: float) -> float:
    """Give the resident memory after waiting ``seconds`` (the TTL and a few sweeps)."""
    time.sleep(seconds)
    return rss_mb(pid)


@pytest.fixture
def small_ttl_server(tmp_path):
    uploads = tmp_path / "uploads"
    env = {
        "STUDIO_SESSION_TTL": "2",
        "STUDIO_DATASET_TTL": "2",
        "STUDIO_SWEEP_SECONDS": "1",
        "STUDIO_UPLOADS_DIR": str(uploads),
    }
    port = free_port()
    process = start_streamlit(ROOT / "app.py", port, env=env)
    try:
        yield f"http://127.0.0.1:{port}", process, uploads
    finally:
        log = server_log(process)
        stop_streamlit(process)
        assert "Traceback" not in log, log[-3000:]


def test_twenty_sessions_of_20_mb_uploads_give_their_memory_back_after_the_ttl(
    browser, small_ttl_server, tmp_path, capsys
):
    url, process, uploads = small_ttl_server
    base = tmp_path / "base.csv"
    transactions_csv(base, MEGABYTES)
    with browser_page(browser) as page:  # warm-up: the app's code imported, the demo drawn once
        open_app(page, f"{url}/data")
    warm = _settled_rss(process.pid, 8)
    peak = Peak(process.pid)
    for index in range(SESSIONS):
        path = tmp_path / f"sales_{index:02d}.csv"
        shutil.copyfile(base, path)
        with path.open("a") as handle:  # each file its own content: nothing shared between sessions
            handle.write(f"Z{index},2024-06-0{index % 9 + 1},{index + 1}.5\n")
        with browser_page(browser) as page:
            upload_and_load(page, url, path)
        path.unlink()
    during = peak.stop()
    end = _settled_rss(process.pid, 10)
    left = sorted(p.name for p in uploads.iterdir()) if uploads.exists() else []
    with capsys.disabled():
        print(
            f"\nmemory: {SESSIONS} sessions × {MEGABYTES} MB uploads: start {warm:.0f} MB, "
            f"peak {during:.0f} MB, after the TTL {end:.0f} MB (+{end - warm:.0f} MB)"
        )
    assert left == []
    assert end - warm < SLACK_MB
