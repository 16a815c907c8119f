"""Uploading a file: a Russian 1C export is recognised, loaded, named in the sidebar and analysed."""

from __future__ import annotations

from urllib.parse import urlparse

from segcore.settings import Scenario
from tests.e2e.studio import (
    SIDEBAR,
    STORE_RU,
    assert_no_exception,
    chosen_mapping,
    expected_counts,
    go,
    load_upload,
    matrix_counts,
    open_app,
    upload,
)


def test_an_uploaded_1c_export_is_recognised_loaded_and_classified_on_the_matrix(context, app_url):
    page = context.new_page()
    open_app(page, f"{app_url}/data")
    upload(page, STORE_RU)
    caption = page.get_by_text("Recognised:").inner_text()
    assert "cp1251" in caption and "«;»" in caption, caption
    chosen = chosen_mapping(page)
    assert chosen == {"customer_id": "Контрагент", "date": "Дата", "amount": "Сумма"}, chosen
    load_upload(page, STORE_RU.name)
    assert_no_exception(page, "data page after the upload")
    assert "store_ru.csv" in page.locator(SIDEBAR).inner_text()

    go(page, "ABC × XYZ matrix")
    assert urlparse(page.url).path == "/matrix", page.url
    assert matrix_counts(page) == expected_counts(STORE_RU, Scenario())
