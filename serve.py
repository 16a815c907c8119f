"""The studio behind the headers a public server needs: run ``streamlit run serve.py`` (same options).

``app.py`` stays the Streamlit script; this file wraps it in Streamlit's ASGI app with
:class:`ui.headers.FrameGuard`, so no other site can show the studio in a frame
(``X-Frame-Options: SAMEORIGIN``, ``Content-Security-Policy: frame-ancestors 'self'``).
Options after ``--`` reach the script as with ``app.py`` (``-- --data FILE``).
"""

import streamlit as st
from starlette.middleware import Middleware

from ui.headers import FrameGuard

app = st.App("app.py", middleware=[Middleware(FrameGuard)])
