"""The presenter toggle follows the page: on in presenter mode, off once the navigation opens another page."""

from __future__ import annotations

from tests.app.studio import PAGES, assert_clean, open_app
from ui.presenter import route


def _scripts(at) -> list[str]:
    return [e.proto.body for e in at.get("html") if "stSidebar" in e.proto.body]


def _deck_title(at) -> str | None:
    return next((m.value[2:] for m in at.markdown if m.value.startswith("# ")), None)


def test_each_entry_by_the_toggle_takes_the_focus_off_the_sidebar_once_more():
    at = open_app("store_en")
    at.toggle(key=route.TOGGLE).set_value(True).run()
    assert_clean(at)
    first = _scripts(at)
    assert len(first) == 1 and "blur()" in first[0] and "})(1);" in first[0]
    at.switch_page(PAGES["matrix"]).run()
    assert not _scripts(at)  # only presenter mode moves the focus
    at.toggle(key=route.TOGGLE).set_value(False).run()
    at.toggle(key=route.TOGGLE).set_value(True).run()
    assert_clean(at)
    assert "})(2);" in _scripts(at)[0]


def test_opening_another_page_from_the_navigation_turns_presenter_mode_off():
    at = open_app("store_en", present="1")
    assert_clean(at)
    assert at.toggle(key=route.TOGGLE).value
    at.button(key=route.NEXT).click().run()  # the story's own reruns keep it on
    assert_clean(at)
    assert at.toggle(key=route.TOGGLE).value
    at.switch_page(PAGES["matrix"]).run()
    assert_clean(at)
    assert not at.toggle(key=route.TOGGLE).value
    assert _deck_title(at) is None
    at.run()  # and it stays off: the Matrix page does not turn back into the story
    assert not at.toggle(key=route.TOGGLE).value
