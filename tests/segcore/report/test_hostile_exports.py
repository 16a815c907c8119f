"""Hostile text in every export: opened back, no cell is a formula or a link, no Markdown is live.

Customer ids, an attribute column's name and values, edited strategy cards and the source's
name carry formulas (``=1+1``, ``\\r=HYPERLINK(…)``, ``\\u200b=cmd``, ``@SUM(A1)``), web
addresses and Markdown links, images and HTML. The data goes the real way: a CSV file read
by ``load_transactions``, the customer table, the segmentation, findings and the at-risk list.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import date, timedelta

import openpyxl
import pandas as pd
import pytest

from segcore.report.csv_export import segment_csv
from segcore.report.customer_list import crm_frame, customer_list_csv, customer_list_xlsx, customer_rows
from segcore.report.guard import is_formula_like
from segcore.report.markdown import markdown_report
from segcore.report.playbook import Playbook
from segcore.report.review import Review, monthly_review, review_markdown, review_workbook
from tests.inert_markdown import HOSTILE_TEXTS, live_markup

FORMULAS = ("=1+1", '\r=HYPERLINK("http://x")', "\u200b=cmd", "@SUM(A1)", "-2+3", "\t=1", "\n=1")
HOSTILE = (*FORMULAS, "http://evil", *HOSTILE_TEXTS)
TODAY = date(2024, 12, 31)


def _transactions() -> str:
    """Give a CSV: hostile customers buy big every month, then stop in July; others keep on."""
    lines = ["customer_id,date,amount"]
    start = date(2023, 1, 15)
    for month in range(24):
        day = (start + timedelta(days=30.5 * month)).isoformat()
        for n, customer in enumerate(HOSTILE):
            if month < 18:
                lines.append(f'"{customer.replace(chr(34), chr(34) * 2)}",{day},{5000 + 100 * n}')
        for n in range(20):
            lines.append(f"c{n:03d},{day},{50 + n}")
    return "\n".join(lines) + "\n"


def _attributes() -> str:
    rows = ['customer_id,"=1+1 [x](http://evil)"']
    rows += [f'"{c.replace(chr(34), chr(34) * 2)}","{HOSTILE[-1 - i]}"' for i, c in enumerate(HOSTILE)]
    return "\n".join(rows) + "\n"


@pytest.fixture(scope="module")
def review(tmp_path_factory) -> Review:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "sales.csv").write_text(_transactions(), encoding="utf-8")
    (folder / "people.csv").write_text(_attributes(), encoding="utf-8")
    return monthly_review(folder / "sales.csv", attributes=folder / "people.csv", today=TODAY)


def _playbook() -> Playbook:
    texts = {"title": HOSTILE[0] + " " + HOSTILE_TEXTS[0], "summary": HOSTILE_TEXTS[1], "goal": HOSTILE[1]}
    return Playbook({code: {**texts, "actions": list(HOSTILE[:6]), "kpis": list(HOSTILE_TEXTS)}
                     for code in ("AX", "AY", "BX", "I", "II")})  # fmt: skip


def test_the_hostile_customers_reach_the_findings_and_the_at_risk_list(review):
    assert set(HOSTILE) <= set(review.customers["customer_id"])
    assert set(HOSTILE) & set(review.at_risk["customer_id"])
    assert any(set(HOSTILE) & set(f.customer_ids) for f in review.findings)
    assert "=1+1 [x](http://evil)" in review.customers.columns


def _assert_inert_workbook(data: bytes) -> int:
    """Check every cell of a workbook opened back; give how many text cells were seen."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name).decode("utf-8")
                assert "<f>" not in xml and "<f " not in xml, name
                assert "hyperlink" not in xml.lower(), name
    book = openpyxl.load_workbook(io.BytesIO(data))
    texts = 0
    for sheet in book.worksheets:
        assert not sheet._hyperlinks  # openpyxl keeps the links it read only there
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                assert cell.hyperlink is None, (sheet.title, cell.coordinate)
                if isinstance(cell.value, str):
                    texts += 1
                    assert not is_formula_like(cell.value), (sheet.title, cell.coordinate, cell.value)
    return texts


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("kind", ["abc_xyz", "quadrant"])
def test_the_action_plan_workbook_has_no_formula_and_no_link(review, lang, kind):
    data = review_workbook(review, lang, kind, playbook=_playbook())
    assert _assert_inert_workbook(data) > 100
    values = {
        c.value for s in openpyxl.load_workbook(io.BytesIO(data)).worksheets for r in s.iter_rows() for c in r
    }
    assert "'=1+1" in values and "'\u200b=cmd" in values and "http://evil" in values


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_customer_lists_as_workbooks_have_no_formula_and_no_link(review, lang):
    listed = crm_frame(customer_rows(review.customers, list(HOSTILE)), lang)
    assert len(listed) == len(HOSTILE)
    assert _assert_inert_workbook(customer_list_xlsx(listed, lang, sheet="=1+1")) >= len(HOSTILE)
    at_risk = crm_frame(review.at_risk, lang)
    assert _assert_inert_workbook(customer_list_xlsx(at_risk, lang)) >= len(at_risk)


def _csv_cells(data: bytes, lang: str) -> list[str]:
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";" if lang == "ru" else ","))
    return [cell for row in rows for cell in row]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_csv_cell_read_back_is_inert(review, lang):
    files = {
        "segments": segment_csv(review.customers, None, lang),
        "list": customer_list_csv(crm_frame(customer_rows(review.customers, list(HOSTILE)), lang), lang),
        "at_risk": customer_list_csv(crm_frame(review.at_risk, lang), lang),
    }
    for name, data in files.items():
        cells = _csv_cells(data, lang)
        assert all(not is_formula_like(cell) for cell in cells), name
    for name in ("segments", "list"):
        cells = _csv_cells(files[name], lang)
        assert '\'\r=HYPERLINK("http://x")' in cells and "'@SUM(A1)" in cells, name
    header = _csv_cells(files["segments"], lang)
    assert "'=1+1 [x](http://evil)" in header


def test_the_csv_read_by_pandas_keeps_the_guarded_ids(review):
    back = pd.read_csv(io.BytesIO(segment_csv(review.customers, None, "en")), dtype=str, encoding="utf-8-sig")
    assert {"'=1+1", "'\n=1", "'\t=1", "http://evil", "[x](http://evil)"} <= set(back["Customer ID"])


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("kind", ["abc_xyz", "quadrant"])
def test_the_markdown_report_has_no_link_image_or_html(review, lang, kind):
    text = review_markdown(review, lang, kind, playbook=_playbook())
    assert live_markup(text) == []
    assert "<" not in re.sub(r"\\<", "", text)
    assert "\\[x\\](http\u2060://evil)" in text  # the ids and the card texts are there, escaped


def test_the_source_name_and_settings_in_the_report_are_inert(review):
    seg = review.segmentation
    hostile_name = " ".join(HOSTILE_TEXTS) + " =1+1"
    settings = {**review.scenario.to_flat_dict(), "[x](http://evil)": "![](http://evil/p.png)"}
    text = markdown_report(seg.matrix, settings, _playbook(), "en", source=hostile_name, customers=3,
                           at_risk=review.at_risk, findings=review.findings)  # fmt: skip
    assert live_markup(text) == []
    assert "\\!\\[\\](http\u2060://evil/p.png)" in text
