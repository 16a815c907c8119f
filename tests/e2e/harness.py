"""Run the app with ``streamlit run`` and drive it in Debian's Chromium: shared by tests and bench."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Mapping, Sequence
from pathlib import Path

__all__ = [
    "CHROMIUM",
    "CHROMIUM_ARGS",
    "ROOT",
    "free_port",
    "server_log",
    "start_streamlit",
    "stop_streamlit",
    "wait_for_app",
]

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    """Give a TCP port on 127.0.0.1 that is free now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_streamlit(
    script: Path,
    port: int,
    *,
    args: Sequence[str] = (),
    env: Mapping[str, str] | None = None,
    timeout: float = 90,
) -> subprocess.Popen:
    """Start ``streamlit run`` headless on ``port`` and wait until it answers its health check.

    ``args`` go to the script after ``--`` (e.g. ``["--data", "tx.csv"]``); ``env`` is added
    to the environment. The server's stderr goes to a temporary file (``process.log_path``),
    never to a pipe that nobody reads, so a chatty server cannot block on it.
    """
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(script),
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--browser.gatherUsageStats",
        "false",
        "--server.fileWatcherType",
        "none",
    ]
    if args:
        command += ["--", *args]
    with tempfile.NamedTemporaryFile(prefix="streamlit-", suffix=".log", delete=False) as log:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=log,
            env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
        )
    process.log_path = Path(log.name)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited: {server_log(process)[-2000:]}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                if r.read().decode().strip() == "ok":
                    return process
        except OSError:
            time.sleep(0.3)
    stop_streamlit(process)
    raise RuntimeError(f"streamlit did not become healthy in {timeout:.0f} s")


def server_log(process: subprocess.Popen) -> str:
    """Give what the server has written to stderr so far."""
    path = getattr(process, "log_path", None)
    return path.read_text(errors="replace") if path and path.exists() else ""


def stop_streamlit(process: subprocess.Popen) -> None:
    """Stop a server started by :func:`start_streamlit` and remove its log."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)
    path = getattr(process, "log_path", None)
    if path is not None:
        path.unlink(missing_ok=True)


def wait_for_app(page, timeout: float = 60_000) -> None:
    """Wait until the script has finished running and nothing is marked stale."""
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", timeout=timeout)
    page.wait_for_function("() => !document.querySelector('[data-stale=\"true\"]')", timeout=timeout)
