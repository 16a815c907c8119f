"""The segmentation studio: the frame shared by every page (language, sidebar, navigation).

The pages live in ``app_pages/``, not ``pages/``: a folder named ``pages`` next to this file
puts Streamlit into its legacy auto-discovery mode until some session has run this script,
so on a freshly started server a shared deep link such as ``/pareto?abc_a=0.7`` would run
the page alone, without this frame (its language, sidebar and scenario from the URL).
"""

import streamlit as st

from ui import sidebar, state
from ui.text import tr

state.init()
st.set_page_config(
    page_title=tr("app.title"),
    page_icon=":material/donut_small:",
    layout="wide",
    initial_sidebar_state="expanded",
)

pages = {
    tr("nav.analyse"): [
        st.Page("app_pages/matrix.py", title=tr("page.matrix"), icon=":material/grid_view:",
                url_path="matrix", default=True),
        st.Page("app_pages/pareto.py", title=tr("page.pareto"), icon=":material/show_chart:",
                url_path="pareto"),
        st.Page("app_pages/ltv.py", title=tr("page.ltv"), icon=":material/savings:", url_path="ltv"),
        st.Page("app_pages/strategy.py", title=tr("page.strategy"), icon=":material/flag:",
                url_path="strategy"),
    ],
    tr("nav.setup"): [
        st.Page("app_pages/data.py", title=tr("page.data"), icon=":material/upload_file:",
                url_path="data"),
        st.Page("app_pages/settings.py", title=tr("page.settings"), icon=":material/tune:",
                url_path="settings"),
    ],
}
page = st.navigation(pages)
sidebar.draw()
state.sync_url()
page.run()
