"""The conclusions and at-risk sheets and sections: findings in words, ids guarded, numbers as numbers."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from export_cases import CELLS, SETTINGS, load, rows_of
from hypothesis import example, given
from hypothesis import strategies as st

from segcore.insight import AT_RISK_COLUMNS, Finding, Severity
from segcore.report.conclusions import at_risk_columns, conclusions, customer_list
from segcore.report.markdown import markdown_report
from segcore.report.md_text import LINK_BREAK, MD_SPECIAL, md_cell, md_text, one_line
from segcore.report.playbook import Playbook
from segcore.report.segments import segment_sizes
from segcore.report.xlsx import action_plan_xlsx

DEPENDENCY = Finding("dependency", Severity.HIGH, ("=HYPERLINK(1)",), {"share": 0.25, "threshold": 0.1})
SEASONAL = Finding(
    "seasonal",
    Severity.INFO,
    tuple(f"C-{n:02d}" for n in range(12)),
    {"customers": 12, "min_share": 0.8, "min_years": 2, "season_month": 11, "revenue_share": 0.02},
)
BASE = Finding(
    "base",
    Severity.INFO,
    (),
    {"new": 3, "returning": 2, "lost": 1, "lost_after": 3, "change": 4, "live": 40,
     "period_year": 2025, "period_month": 12},
)  # fmt: skip
FOUND = [DEPENDENCY, SEASONAL, BASE]


def at_risk_frame() -> pd.DataFrame:
    """Two key customers at risk, written by hand in the columns of segcore.at_risk."""
    frame = pd.DataFrame(
        {
            "customer_id": ["<b>Big</b> & Co", "-5"],
            "cell": ["AX", "AY"],
            "quadrant": ["III", "III"],
            "revenue": [120_000.5, 30_000.0],
            "usual_gap_days": [15.0, 30.5],
            "days_since_last": [205, 100],
            "overdue_ratio": [13.67, 3.28],
            "p_alive": [np.nan, np.nan],
            "revenue_at_stake": [95_000.25, 30_000.0],
            "status": ["lost", "overdue"],
        }
    )
    return frame[list(AT_RISK_COLUMNS)]


def test_a_conclusion_names_its_first_customers_and_counts_them_all():
    rows = conclusions(FOUND, "en", first=10)
    titles = ["Dependency on one customer", "Seasonal customers", "Customer base"]
    assert [row.title for row in rows] == titles
    assert [row.urgency for row in rows] == ["act now", "for information", "for information"]
    assert rows[0].sentence.startswith("=HYPERLINK(1) alone brings 25\u00a0% of revenue")
    assert rows[1].customers == 12 and rows[1].first_ids == tuple(f"C-{n:02d}" for n in range(10))
    assert customer_list(rows[1].first_ids, 12, "en").endswith("C-09 … and 2 more")
    assert customer_list(("a", "b"), 2, "ru") == "a, b"
    assert customer_list(("a",), 1_235, "ru") == "a … и ещё 1\u00a0234"
    assert rows[2].customers == 0 and rows[2].first_ids == ()


def test_the_workbook_opens_with_the_conclusions_then_the_customers_at_risk(customers):
    data = action_plan_xlsx(customers, CELLS, None, SETTINGS, Playbook(), "en",
                            findings=FOUND, at_risk=at_risk_frame())  # fmt: skip
    book = load(data)
    assert book.sheetnames[:4] == ["Conclusions", "At risk", "Summary", "Action plan"]
    rows = rows_of(book["Conclusions"])
    assert rows[0] == ("Finding", "Urgency", "What the data say", "Customers concerned",
                       "The first of them (up to 10)")  # fmt: skip
    title, urgency, sentence, count, ids = rows[1]
    assert (title, urgency, count, ids) == ("Dependency on one customer", "act now", 1, "'=HYPERLINK(1)")
    assert sentence.startswith("'=HYPERLINK(1) alone brings 25\u00a0% of revenue")
    assert rows[2][3] == 12 and rows[2][4].endswith("C-09 … and 2 more")
    assert rows[3][:2] == ("Customer base", "for information") and rows[3][3:] == (None, None)
    assert "1 lost (no purchase for 3 months)" in rows[3][2]


def test_the_at_risk_sheet_has_labels_numbers_as_numbers_and_statuses_in_words(customers):
    book = load(action_plan_xlsx(customers, CELLS, None, SETTINGS, None, "ru", at_risk=at_risk_frame()))
    assert book.sheetnames[:2] == ["Под угрозой", "Сводка"]
    sheet = book["Под угрозой"]
    header = [cell.value for cell in sheet[1]]
    assert header == ["ID клиента", "Ячейка ABC×XYZ", "Квадрант «лояльность × прибыльность»", "Статус",
                      "Дней с последней покупки", "Обычно дней между покупками",
                      "Пауза (в обычных интервалах)", "Выручка в год под угрозой", "Выручка"]  # fmt: skip
    first = dict(zip(header, sheet[2], strict=True))
    assert first["ID клиента"].value == "<b>Big</b> & Co" and first["Статус"].value == "потерян"
    assert first["Выручка в год под угрозой"].value == 95_000.25
    assert first["Выручка в год под угрозой"].data_type == "n"
    assert first["Выручка в год под угрозой"].number_format == "#,##0.00"
    assert first["Дней с последней покупки"].value == 205
    assert first["Дней с последней покупки"].number_format == "#,##0"
    assert sheet.cell(row=3, column=1).value == "'-5" and sheet.cell(row=3, column=4).value == "просрочен"
    assert sheet.freeze_panes == "B2" and sheet.auto_filter.ref == "A1:I3"
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_p_alive_is_written_only_when_a_model_gave_it():
    frame = at_risk_frame()
    assert "p_alive" not in at_risk_columns(frame)
    assert "p_alive" in at_risk_columns(frame.assign(p_alive=[0.2, np.nan]))


def test_empty_conclusions_and_an_empty_at_risk_list_say_so(customers):
    empty = at_risk_frame().iloc[0:0]
    book = load(action_plan_xlsx(customers, CELLS, None, SETTINGS, None, "en", findings=[], at_risk=empty))
    assert rows_of(book["Conclusions"])[1][0] == "The data give no conclusion to report."
    assert rows_of(book["At risk"])[1][0] == "No key customer has gone quiet against their own buying rhythm."


def test_the_markdown_report_puts_the_conclusions_first_with_user_text_escaped(customers):
    sizes = segment_sizes(customers, CELLS)
    text = markdown_report(sizes, SETTINGS, None, "en", findings=FOUND, at_risk=at_risk_frame(),
                           source="<script>x</script>.csv", customers=6)  # fmt: skip
    headings = re.findall(r"^##? (.+)$", text, flags=re.MULTILINE)
    assert headings[:5] == ["Action plan by ABC×XYZ segment", "Conclusions", "Key customers at risk",
                            "Headline figures", "Settings used"]  # fmt: skip
    assert "### Dependency on one customer — act now" in text
    assert "'=HYPERLINK(1) alone brings 25\u00a0% of revenue" in text
    assert "**Customers concerned (12):** C-00, C-01," in text and "C-09 … and 2 more" in text
    assert "| \\<b\\>Big\\</b\\> \\& Co | AX | III | lost | 205 | 15.0 | 13.7 | 95,000 |" in text
    assert "| '-5 | AY | III | overdue | 100 | 30.5 | 3.3 | 30,000 |" in text
    assert "- **Data source:** \\<script\\>x\\</script\\>.csv" in text
    assert "<b>" not in text and "<script>" not in text


def test_the_russian_markdown_sections_speak_russian(customers):
    sizes = segment_sizes(customers, CELLS)
    text = markdown_report(sizes, {}, None, "ru", findings=[SEASONAL], at_risk=at_risk_frame().iloc[:0])
    assert "## Выводы" in text and "### Сезонные клиенты — к сведению" in text
    assert "12 клиентов покупают только в свой сезон" in text
    assert "## Ключевые клиенты под угрозой\n\nВсе ключевые клиенты покупают в своём обычном ритме." in text


def test_the_report_without_findings_has_no_conclusions_section(customers):
    text = markdown_report(segment_sizes(customers, CELLS), {}, None, "en")
    assert "## Conclusions" not in text and "## Key customers at risk" not in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"),
        ("[click](http://x)", "\\[click\\](http\u2060://x)"),
        ("**bold** _it_ `code`", "\\*\\*bold\\*\\* \\_it\\_ \\`code\\`"),
        ("a | b\nc", "a \\| b c"),
        ("&amp; ~~x~~ \\", "\\&amp; \\~\\~x\\~\\~ \\\\"),
        ("ООО «Ромашка»", "ООО «Ромашка»"),
    ],
)
def test_user_text_is_escaped_for_markdown(text, expected):
    assert md_text(text) == expected


@given(st.text())
@example("0)")
@example("12. x")
def test_escaped_text_unescapes_to_the_text_on_one_line_and_has_no_bare_markup(text):
    escaped = md_text(text)
    assert "\n" not in escaped and "\r" not in escaped
    plain, index = [], 0
    while index < len(escaped):
        char = escaped[index]
        if char == "\\":
            assert escaped[index + 1] in MD_SPECIAL or index == 0 or escaped[index + 1] in ".)"
            plain.append(escaped[index + 1])
            index += 2
        else:
            assert char not in MD_SPECIAL
            plain.append(char)
            index += 1
    assert "".join(plain).replace(LINK_BREAK, "") == one_line(text.replace(LINK_BREAK, ""))
    assert md_cell(escaped) == " ".join(escaped.split())
