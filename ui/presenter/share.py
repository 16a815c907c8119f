"""Share the view with the room: its link, and a QR code of it large enough to scan from the back row."""

from __future__ import annotations

import io
from collections.abc import Mapping
from urllib.parse import urlencode, urlparse, urlunparse

import segno
import streamlit as st

from ui import context
from ui.presenter import route
from ui.text import tr

__all__ = ["BUTTON", "QR_WIDTH", "dialog", "link", "qr_code", "qr_png"]

BUTTON = "present_share"
#: Pixels per QR module: a short link (version 3–5, 29–37 modules) draws ~400–500 px wide.
QR_SCALE = 12
#: The QR code's width on screen: about 12 cm on a laptop, most of a projected screen's height.
QR_WIDTH = 420


def link(page_url: str | None, params: Mapping[str, str]) -> str:
    """Give the address of the presenter page with the view's parameters (scenario, data, step)."""
    parsed = urlparse(page_url or "/present")
    path = parsed.path.rstrip("/")
    if not path.endswith("/present"):
        path = path.rsplit("/", 1)[0] + "/present" if path else "/present"
    query = urlencode({**params, route.URL_PRESENT: "1"})
    return urlunparse(parsed._replace(path=path, query=query, fragment=""))


def qr_code(text: str) -> segno.QRCode:
    """Give the QR code of ``text`` (error correction M: a projector's glare still scans)."""
    return segno.make_qr(text, error="m", boost_error=False)


def qr_png(text: str, scale: int = QR_SCALE) -> bytes:
    """Give the QR code of ``text`` as PNG, black on white, with its quiet zone."""
    buffer = io.BytesIO()
    qr_code(text).save(buffer, kind="png", scale=scale, border=4, dark="#000", light="#fff")
    return buffer.getvalue()


def _view_link() -> str:
    return link(st.context.url, {key: st.query_params[key] for key in st.query_params})


def _body(address: str, uploaded: bool) -> None:
    code, words = st.columns([1.25, 1], vertical_alignment="center")
    code.image(qr_png(address), width=QR_WIDTH, caption=tr("present.qr_alt"))
    with words:
        st.caption(tr("present.share_link"))
        st.code(address, language=None, wrap_lines=True)
        st.caption(tr("present.share_note"))
        if uploaded:
            st.caption(tr("present.share_upload_note"))


def dialog() -> None:
    """Draw the Share button; a click opens the link and its QR code in a dialog."""
    if st.button(tr("present.share"), key=BUTTON, icon=":material/qr_code_2:"):
        st.dialog(tr("present.share_title"), width="large")(_body)(
            _view_link(), context.active_source().kind != "demo"
        )
