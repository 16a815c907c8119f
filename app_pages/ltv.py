"""Customer value: simple LTV from each customer's history, or predicted CLV from models.

The simple part (:mod:`ui.sections.simple_ltv`): LTV per customer and per segment, with
margin and horizon. The predicted part (:mod:`ui.sections.clv_model`): BG/NBD or
Pareto/NBD with Gamma-Gamma fitted in the background on the whole history, the next months'
forecast first, the model check (statistics, backtest) behind an expander. The margin is shared.
"""

import streamlit as st

from ui import context
from ui.sections import clv_model, simple_ltv
from ui.state import keys, values
from ui.text import labels, show_flash_error, tr

VIEWS = ("simple", "predictive")

st.title(tr("page.ltv"))
show_flash_error()
view = st.segmented_control(
    tr("clv.view"),
    VIEWS,
    format_func=labels(VIEWS, lambda v: tr(f"clv.view_{v}")),
    required=True,
    help=tr("clv.view_help"),
    **values.bind(keys.LTV_VIEW, VIEWS[0], options=VIEWS),
)
if view == "predictive":
    st.caption(tr("clv_studio.intro"))
    clv_model.draw(simple_ltv.margin, simple_ltv.simple_values)
else:
    st.caption(tr("clv_studio.intro_simple"))
    active = context.active_analysis()
    if active is not None:
        simple_ltv.draw(active)
