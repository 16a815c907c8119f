"""Response headers that keep other sites from framing the studio (clickjacking).

``FrameGuard`` is a plain ASGI middleware: it adds ``X-Frame-Options: SAMEORIGIN`` and
``Content-Security-Policy: frame-ancestors 'self'`` to every HTTP response (pages, static
files, the health check); websocket traffic passes untouched. ``serve.py`` mounts it on
Streamlit's ASGI app (``st.App``), so ``streamlit run serve.py`` serves the studio with it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

__all__ = ["FRAME_HEADERS", "FrameGuard"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

#: The headers added to every HTTP response.
FRAME_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"x-frame-options", b"SAMEORIGIN"),
    (b"content-security-policy", b"frame-ancestors 'self'"),
)


class FrameGuard:
    """ASGI middleware: every HTTP response says it may be framed by the same origin only."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]]) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on; add the frame headers to an HTTP response's start."""
        if scope.get("type") != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message.get("type") == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(name, value) for name, value in FRAME_HEADERS if name not in names]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)
