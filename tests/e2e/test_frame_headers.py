"""The studio served by ``serve.py`` tells browsers that only its own origin may frame it."""

from __future__ import annotations

import urllib.request

from tests.e2e.harness import ROOT, free_port, start_streamlit, stop_streamlit


def _headers(url: str) -> dict[str, str]:
    with urllib.request.urlopen(url, timeout=30) as response:
        assert response.status == 200
        return {name.lower(): value for name, value in response.headers.items()}


def test_every_response_of_the_served_studio_forbids_framing_by_other_sites():
    port = free_port()
    process = start_streamlit(ROOT / "serve.py", port)
    try:
        for path in ("/", "/matrix", "/_stcore/health"):
            headers = _headers(f"http://127.0.0.1:{port}{path}")
            assert headers.get("x-frame-options") == "SAMEORIGIN", (path, headers)
            assert headers.get("content-security-policy") == "frame-ancestors 'self'", (path, headers)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30) as response:
            assert b"<html" in response.read().lower()  # the studio's page itself, not an error
    finally:
        stop_streamlit(process)
