"""Presenter mode: the guided story from the data to the action plan, one chart per screen."""

import streamlit as st

from ui import context
from ui.presenter import deck, route

st.set_page_config(initial_sidebar_state="collapsed")
route.write_url()
active = context.active_analysis()
if active is not None:
    deck.draw(active)
