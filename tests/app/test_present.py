"""Presenter mode in AppTest: a link opens the story on its step, Next / Back walk it, sliders drive it."""

from __future__ import annotations

import numpy as np
import zxingcpp

from segcore.i18n import t
from segcore.i18n.format import fmt_int
from segcore.settings import Scenario
from tests.app.studio import assert_clean, expected, open_app
from ui.presenter import route, share

PRESENT = route.PAGE


def _title(at) -> str:
    titles = [m.value[2:] for m in at.markdown if m.value.startswith("# ")]
    assert titles, [m.value for m in at.markdown]
    return titles[0]


def _readout(at) -> str:
    lines = [m.value for m in at.markdown if m.value.startswith(":material/insights:")]
    assert lines, [m.value for m in at.markdown]
    return lines[0]


def _step_title(step: int, lang: str = "en") -> str:
    return t(route.STEP_TITLES[route.STEPS[step - 1]], lang)


def test_a_link_with_a_step_opens_the_story_on_that_step_and_keeps_it_in_the_address():
    at = open_app("store_en", step="3")
    at.switch_page(PRESENT).run()
    assert_clean(at)
    assert _title(at) == _step_title(3)
    assert at.query_params["step"] == "3"


def test_next_and_back_walk_the_story_and_the_address_follows():
    at = open_app("store_en", step="1")
    at.switch_page(PRESENT).run()
    assert _title(at) == _step_title(1)
    assert at.button(key=route.BACK).disabled
    at.button(key=route.NEXT).click().run()
    at.button(key=route.NEXT).click().run()
    assert _title(at) == _step_title(3)
    assert at.query_params["step"] == "3"
    at.button(key=route.BACK).click().run()
    assert_clean(at)
    assert _title(at) == _step_title(2)
    assert at.query_params["step"] == "2"


def test_a_step_beyond_the_story_opens_its_last_step():
    at = open_app("store_en", step="42")
    at.switch_page(PRESENT).run()
    assert _title(at) == _step_title(len(route.STEPS))
    assert at.button(key=route.NEXT).disabled


def test_the_abc_slider_beside_the_chart_reclassifies_and_the_readout_follows():
    at = open_app("store_en", step="3")
    at.switch_page(PRESENT).run()
    at.slider(key="abc_a").set_value(60).run()
    assert_clean(at)
    scenario = Scenario().replace(abc=Scenario().abc.replace(a=0.6))
    in_a = int(expected("store_en", scenario).abc_counts[0])
    assert f"({fmt_int(in_a, 'en')})" in _readout(at)
    assert at.query_params["abc_a"] == "0.6"


def test_the_sidebar_toggle_opens_presenter_mode_and_the_close_button_leaves_it():
    at = open_app("store_en")
    at.toggle(key=route.TOGGLE).set_value(True).run()
    assert_clean(at)
    assert _title(at) == _step_title(1)
    at.button(key=route.EXIT).click().run()
    assert not at.toggle(key=route.TOGGLE).value
    assert not any(m.value.startswith("# ") and m.value[2:] == _step_title(1) for m in at.markdown)


def test_the_story_reads_in_russian_with_the_language_of_the_session():
    at = open_app("store_en", step="5")
    at.session_state["lang"] = "ru"
    at.switch_page(PRESENT).run()
    assert_clean(at)
    assert _title(at) == _step_title(5, "ru")


def test_the_share_link_opens_presenter_mode_on_the_same_view():
    address = share.link("http://10.0.0.5:8501/matrix", {"abc_a": "0.7", "data": "cdnow", "step": "4"})
    assert address == "http://10.0.0.5:8501/present?abc_a=0.7&data=cdnow&step=4&present=1"
    assert share.link(None, {"step": "1"}) == "/present?step=1&present=1"
    assert share.link("https://host/base/present", {}) == "https://host/base/present?present=1"


def test_the_qr_code_decodes_to_the_link():
    address = share.link("http://192.168.1.20:8501/present", {"abc_a": "0.65", "xyz_x": "0.8", "step": "5"})
    modules = np.array([list(row) for row in share.qr_code(address).matrix_iter(scale=4, border=4)])
    picture = ((1 - modules) * 255).astype(np.uint8)
    found = zxingcpp.read_barcodes(picture)
    assert [code.text for code in found] == [address]
    assert share.qr_png(address)[:8] == b"\x89PNG\r\n\x1a\n"
