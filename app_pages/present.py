"""Presenter mode: the guided story from the data to the action plan, one chart per screen."""

from ui import context
from ui.presenter import deck, route

route.write_url()
active = context.active_analysis()
if active is not None:
    deck.draw(active)
route.free_keys()
route.collapse_sidebar()
