"""Money in the exports names its currency: headers ("Выручка, ₽", "Revenue, $") and the sentences."""

from __future__ import annotations

import pytest
from export_cases import CELLS, SETTINGS, load, rows_of

from segcore.i18n.format import NBSP
from segcore.insight import Finding, Severity
from segcore.insight.plan import planned_action
from segcore.report import column_label
from segcore.report.action_summary import summary_markdown
from segcore.report.customer_list import customer_list_csv, customer_list_xlsx
from segcore.report.markdown import markdown_report
from segcore.report.playbook import Playbook
from segcore.report.segments import segment_sizes
from segcore.report.xlsx import action_plan_xlsx

AT_RISK = Finding(
    "at_risk",
    Severity.HIGH,
    ("Sunrise",),
    {"customers": 1, "days": 120, "gap": 30, "at_stake": 36_400.0},
    "one_lost",
)


@pytest.mark.parametrize(
    ("column", "lang", "sign", "label"),
    [
        ("revenue", "ru", "₽", "Выручка, ₽"),
        ("revenue", "en", "$", "Revenue, $"),
        ("revenue_at_stake", "en", "€", "Revenue a year at stake, €"),
        ("revenue", "en", "", "Revenue"),
        ("orders", "ru", "₽", "Заказы"),
        ("customer_id", "en", "$", "Customer ID"),
    ],
)
def test_only_money_headers_carry_the_currency(column, lang, sign, label):
    assert column_label(column, lang, sign) == label


def test_a_list_s_csv_and_workbook_name_the_currency_of_money_only(customers):
    text = customer_list_csv(customers, "ru", currency="₽").decode("utf-8-sig")
    header = text.splitlines()[0].split(";")
    assert "Выручка, ₽" in header and "Средний чек, ₽" in header and "Заказы" in header
    sheet = load(customer_list_xlsx(customers, "en", currency="CHF")).active
    header = [cell.value for cell in sheet[1]]
    assert "Revenue, CHF" in header and "Average check, CHF" in header and "Orders" in header
    assert sheet.cell(row=2, column=header.index("Revenue, CHF") + 1).value == 1200.5  # still a number


def test_the_plan_workbook_names_the_currency_on_every_money_header_and_in_its_conclusions(customers):
    book = load(
        action_plan_xlsx(customers, CELLS, None, SETTINGS, Playbook(), "ru", findings=[AT_RISK], currency="₽")
    )
    sentence = rows_of(book["Выводы"])[1][2]
    assert f"36{NBSP}400{NBSP}₽" in sentence
    assert "Выручка, ₽" in [cell.value for cell in book["AX Опорные клиенты"][1]]
    summary = [value for row in rows_of(book["Сводка"]) for value in row if isinstance(value, str)]
    assert "Выручка, ₽" in summary
    plain = load(action_plan_xlsx(customers, CELLS, None, SETTINGS, Playbook(), "en", findings=[AT_RISK]))
    assert "Revenue" in [cell.value for cell in plain["AX Backbone accounts"][1]]


def test_a_finding_writes_its_money_with_the_sign_where_the_language_puts_it():
    assert "36,400 a year" in AT_RISK.text("en")
    assert "$36,400 a year" in AT_RISK.text("en", "$")
    assert f"36{NBSP}400{NBSP}₽ выручки" in AT_RISK.text("ru", "₽")
    planned = planned_action(AT_RISK)
    assert planned.key_number("en", "€") == "€36,400"
    assert planned.key_number("ru", "₽") == f"36{NBSP}400{NBSP}₽"


def test_the_markdown_summary_and_report_carry_the_currency_escaped(customers):
    text = summary_markdown([planned_action(AT_RISK)], "en", currency="$")
    assert "**\\$36,400**" in text and "\\$36,400 a year" in text
    sizes = segment_sizes(customers.assign(cell=CELLS), None, "abc_xyz")
    report = markdown_report(sizes, SETTINGS, Playbook(), "ru", findings=[AT_RISK], currency="₽")
    assert "Выручка, ₽" in report
    assert f"36{NBSP}400{NBSP}₽" in report
