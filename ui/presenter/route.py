"""Where the story is: the step in the session and in the address bar, and how presenter mode is entered.

The step travels as ``?step=N`` (1 = the first step) so a link opens on a step; presenter
mode is the page ``/present``, also reached with ``?present=1`` on any page or the sidebar
toggle. The frame rewrites the address bar to the scenario's keys before a page runs
(:func:`ui.state.scenario.sync_url`), so the step is read earlier, while the sidebar is
drawn (:func:`capture_url`), and written back by the presenter page (:func:`write_url`).
"""

from __future__ import annotations

from urllib.parse import urlparse

import streamlit as st

__all__ = [
    "BACK",
    "EXIT",
    "NEXT",
    "PAGE",
    "PRESENT_PATH",
    "STEPS",
    "STEP_TITLES",
    "SUMMARY_PAGE",
    "TOGGLE",
    "URL_PRESENT",
    "URL_STEP",
    "back",
    "capture_url",
    "collapse_sidebar",
    "follow_page",
    "follow_toggle",
    "free_keys",
    "go_next",
    "leave",
    "presenting",
    "set_step",
    "step",
    "toggled",
    "write_url",
]

PAGE = "app_pages/present.py"
SUMMARY_PAGE = "app_pages/summary.py"
#: The story, in order.
STEPS: tuple[str, ...] = ("data", "pareto", "abc", "xyz", "matrix", "quadrants", "at_risk", "plan")
#: Each step's title (message keys).
STEP_TITLES: dict[str, str] = {
    "data": "ui.present.step.data",
    "pareto": "ui.present.step.pareto",
    "abc": "ui.present.step.abc",
    "xyz": "ui.present.step.xyz",
    "matrix": "ui.present.step.matrix",
    "quadrants": "ui.present.step.quadrants",
    "at_risk": "ui.present.step.at_risk",
    "plan": "ui.present.step.plan",
}
URL_STEP = "step"
URL_PRESENT = "present"
#: Widget keys: the sidebar toggle and the story's buttons.
TOGGLE = "present_toggle"
NEXT = "present_next"
BACK = "present_back"
EXIT = "present_exit"
_STEP = "present_step"
_WRITTEN = "present_step_written"
_ENTERED = "present_url_entered"
_SWITCH = "present_switch"
_COLLAPSE = "present_collapse"
_ENTRIES = "present_entries"
#: The presenter page's ``url_path``.
PRESENT_PATH = "present"
#: Gives the keys back to the story: takes the focus off the sidebar (the toggle keeps it after
#: a click, and a focused toggle swallows → and ←). A new number per entry runs it again.
_FREE_KEYS = """
<script>
(function (entry) {{
  const free = () => {{
    const focused = window.parent.document.activeElement || document.activeElement;
    if (focused && focused.closest && focused.closest('[data-testid="stSidebar"]')) focused.blur();
  }};
  [30, 200, 600].forEach((wait) => setTimeout(free, wait));
}})({entry});
</script>
"""


def step() -> int:
    """Give the step shown now (0 = the first)."""
    value = st.session_state.get(_STEP, 0)
    return min(max(int(value), 0), len(STEPS) - 1)


def set_step(index: int) -> None:
    """Show the step ``index`` (kept within the story)."""
    st.session_state[_STEP] = min(max(int(index), 0), len(STEPS) - 1)


def go_next() -> None:
    """Button callback: show the next step."""
    set_step(step() + 1)


def back() -> None:
    """Button callback: show the step before."""
    set_step(step() - 1)


def _url_step() -> int | None:
    raw = st.query_params.get(URL_STEP)
    try:
        return int(raw) - 1 if raw is not None else None
    except ValueError:
        return None


def _on_presenter_page() -> bool:
    url = st.context.url
    return url is not None and urlparse(url).path.rstrip("/").endswith("/present")


def presenting() -> bool:
    """Tell whether this run shows presenter mode (the toggle, ``?present=1`` or ``/present`` opened)."""
    if st.session_state.get(TOGGLE):
        return True
    if st.session_state.get(_ENTERED):
        return False
    return st.query_params.get(URL_PRESENT) == "1" or _on_presenter_page()


def capture_url() -> bool:
    """Read the step a link asks for (before the frame rewrites the address); tell whether to present.

    A step in the address that differs from the one this session wrote there came from a
    link or a typed address, so the story goes there. At a session's start, ``?present=1``
    or the address ``/present`` turns presenter mode on.
    """
    asked = _url_step()
    if asked is not None and asked != st.session_state.get(_WRITTEN):
        set_step(asked)
        st.session_state[_WRITTEN] = step()
    first = not st.session_state.get(_ENTERED)
    wants = first and (st.query_params.get(URL_PRESENT) == "1" or _on_presenter_page())
    if first:
        st.session_state[_ENTERED] = True
    if wants:
        st.session_state[TOGGLE] = True
    return wants and not _on_presenter_page()


def write_url() -> None:
    """Write the step shown into the address bar (the presenter page calls this last)."""
    st.session_state[_WRITTEN] = step()
    if st.query_params.get(URL_STEP) != str(step() + 1):
        st.query_params[URL_STEP] = str(step() + 1)


def toggled() -> None:
    """Toggle callback: remember to enter or leave presenter mode in this run."""
    on = bool(st.session_state.get(TOGGLE))
    st.session_state[_SWITCH] = PAGE if on else SUMMARY_PAGE
    st.session_state[_COLLAPSE] = on
    if on:
        st.session_state[_ENTRIES] = int(st.session_state.get(_ENTRIES, 0) or 0) + 1


def free_keys() -> None:
    """Take the focus off the sidebar once presenter mode is entered, so → and ← drive the story."""
    entry = int(st.session_state.get(_ENTRIES, 0) or 0)
    st.html(_FREE_KEYS.format(entry=entry), unsafe_allow_javascript=True)


def follow_page(url_path: str) -> None:
    """Turn presenter mode off when the navigation opened another page (the toggle follows the page).

    Called by the frame before the sidebar is drawn, with the ``url_path`` of the page this run
    shows; a switch the toggle or ``?present=1`` asked for in this run is left to happen.
    """
    if url_path == PRESENT_PATH or _SWITCH in st.session_state:
        return
    if st.session_state.get(TOGGLE) and st.session_state.get(_ENTERED):
        st.session_state[TOGGLE] = False
        st.session_state[_COLLAPSE] = False


def collapse_sidebar() -> None:
    """Run once more after the toggle entered presenter mode, so the browser collapses the sidebar.

    The run in which the toggle switched pages is cut short, and the browser drops the page
    configuration it sent (the collapsed sidebar); the next run sends it again.
    """
    if st.session_state.pop(_COLLAPSE, False):
        st.rerun()


def leave() -> None:
    """Button callback: leave presenter mode for the Summary page."""
    st.session_state[TOGGLE] = False
    st.session_state[_SWITCH] = SUMMARY_PAGE


def follow_toggle(wants_present: bool) -> None:
    """Switch to presenter mode or out of it when the toggle (or ``?present=1``) asked for it."""
    target = st.session_state.pop(_SWITCH, None)
    if wants_present:
        st.session_state[_ENTERED] = True
        target = PAGE
    if target is not None:
        st.switch_page(target)
