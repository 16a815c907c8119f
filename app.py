"""The segmentation studio: the frame shared by every page (language, sidebar, navigation).

The pages live in ``app_pages/``, not ``pages/``: a folder named ``pages`` next to this file
puts Streamlit into its legacy auto-discovery mode until some session has run this script,
so on a freshly started server a shared deep link such as ``/pareto?abc_a=0.7`` would run
the page alone, without this frame (its language, sidebar and scenario from the URL).
"""

import streamlit as st

from ui import server, warm
from ui.presenter import route
from ui.sections import page_head, sidebar
from ui.state import restore, scenario, session
from ui.text import tr

warm.start()
server.start_sweeper()
session.start()
scenario.start()
st.set_page_config(
    page_title=tr("app.title"),
    page_icon=":material/donut_small:",
    layout="wide",
    initial_sidebar_state=sidebar.initial_state(),
)
page_head.frame_style()

pages = {
    tr("nav.analyse"): [
        st.Page(
            "app_pages/summary.py",
            title=tr("page.summary"),
            icon=":material/checklist:",
            url_path="summary",
            default=True,
        ),
        st.Page(
            "app_pages/at_risk.py",
            title=tr("page.at_risk"),
            icon=":material/notification_important:",
            url_path="at-risk",
        ),
        st.Page(
            "app_pages/matrix.py", title=tr("page.matrix"), icon=":material/grid_view:", url_path="matrix"
        ),
        st.Page(
            "app_pages/pareto.py", title=tr("page.pareto"), icon=":material/show_chart:", url_path="pareto"
        ),
        st.Page("app_pages/ltv.py", title=tr("page.ltv"), icon=":material/savings:", url_path="ltv"),
        st.Page(
            "app_pages/strategy.py", title=tr("page.strategy"), icon=":material/flag:", url_path="strategy"
        ),
        st.Page(
            "app_pages/present.py", title=tr("page.present"), icon=":material/co_present:", url_path="present"
        ),
    ],
    tr("nav.setup"): [
        st.Page("app_pages/data.py", title=tr("page.data"), icon=":material/upload_file:", url_path="data"),
        st.Page(
            "app_pages/settings.py", title=tr("page.settings"), icon=":material/tune:", url_path="settings"
        ),
    ],
    tr("nav.dynamics"): [
        st.Page(
            "app_pages/periods.py",
            title=tr("page.periods"),
            icon=":material/calendar_month:",
            url_path="periods",
        ),
        st.Page(
            "app_pages/customer_base.py",
            title=tr("page.customer_base"),
            icon=":material/groups:",
            url_path="customer-base",
        ),
        st.Page(
            "app_pages/migration.py",
            title=tr("page.migration"),
            icon=":material/swap_horiz:",
            url_path="migration",
        ),
        st.Page(
            "app_pages/golden.py",
            title=tr("page.golden"),
            icon=":material/workspace_premium:",
            url_path="golden",
        ),
        st.Page("app_pages/plan.py", title=tr("page.plan"), icon=":material/flag_circle:", url_path="plan"),
        st.Page(
            "app_pages/scenarios.py",
            title=tr("page.scenarios"),
            icon=":material/compare_arrows:",
            url_path="scenarios",
        ),
        st.Page(
            "app_pages/sensitivity.py",
            title=tr("page.sensitivity"),
            icon=":material/tune:",
            url_path="sensitivity",
        ),
    ],
}
page = st.navigation(pages, expanded=True)
route.follow_page(page.url_path)
sidebar.draw()
session.keep_token()
scenario.sync_url()
if restore.lost():
    st.info(tr("server.lost", name=sidebar.dataset_name()), icon=":material/info:")
page.run()
