"""Customer lists for the CRM: rows in the order asked, words for people, CSV and a one-sheet XLSX."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from export_cases import BOM, is_guarded, load, read_csv, rows_of

from segcore.insight import AT_RISK_COLUMNS
from segcore.report import column_label
from segcore.report.customer_list import crm_frame, customer_list_csv, customer_list_xlsx, customer_rows


@pytest.fixture
def at_risk() -> pd.DataFrame:
    """An at-risk list as segcore.at_risk gives it, with ids a spreadsheet would run."""
    return pd.DataFrame(
        {
            "customer_id": ['=HYPERLINK("http://x","y")', "Sunrise Property Management", "+7916"],
            "cell": ["AX", "AY", "AZ"],
            "quadrant": ["III", "III", "IV"],
            "revenue": [36400456.8, 175490.0, 1000.5],
            "usual_gap_days": [15.0, 31.25, 20.222222],
            "days_since_last": np.array([205, 324, 70], dtype=np.int64),
            "overdue_ratio": [13.666667, 10.368, 3.46153],
            "p_alive": [np.nan, np.nan, np.nan],
            "revenue_at_stake": [14762410.123, 120572.004, 999.999],
            "status": ["lost", "lost", "overdue"],
        }
    )[list(AT_RISK_COLUMNS)]


def test_customer_rows_follow_the_order_asked_and_skip_unknown_ids(customers):
    cells = np.array(["AX", "AX", "CZ", "BY", "CN", "CN"])
    rows = customer_rows(
        customers, ["Ольга", "00012", "nobody", "-7"], ("customer_id", "revenue"), {"cell": cells}
    )
    assert rows["customer_id"].tolist() == ["Ольга", "00012", "-7"]
    assert rows.columns.tolist() == ["customer_id", "cell", "revenue"]
    assert rows["cell"].tolist() == ["CN", "AX", "CZ"]
    assert rows["revenue"].tolist() == [10.0, 1200.5, -15.25]


def test_the_list_for_people_translates_the_status_rounds_and_drops_an_empty_p_alive(at_risk):
    russian = crm_frame(at_risk, "ru")
    assert russian["status"].tolist() == ["потерян", "потерян", "просрочен"]
    assert crm_frame(at_risk, "en")["status"].tolist() == ["lost", "lost", "overdue"]
    assert "p_alive" not in russian
    assert russian["usual_gap_days"].tolist() == [15.0, 31.2, 20.2]
    assert russian["overdue_ratio"].tolist() == [13.67, 10.37, 3.46]
    assert russian["revenue_at_stake"].tolist() == [14762410.12, 120572.0, 1000.0]
    with_model = crm_frame(at_risk.assign(p_alive=[0.1, 0.2, 0.9]), "en")
    assert with_model["p_alive"].tolist() == [0.1, 0.2, 0.9]
    assert at_risk["status"].tolist() == ["lost", "lost", "overdue"]  # the input is left alone


def test_the_workbook_has_translated_headers_numbers_as_numbers_and_no_formula(at_risk):
    book = load(customer_list_xlsx(crm_frame(at_risk, "ru"), "ru", sheet="Под угрозой: ключевые"))
    assert book.sheetnames == ["Под угрозой ключевые"]
    sheet = book.active
    rows = rows_of(sheet)
    shown = [c for c in AT_RISK_COLUMNS if c != "p_alive"]
    assert rows[0] == tuple(column_label(column, "ru") for column in shown)
    assert rows[0][0] == "ID клиента" and rows[0][-1] == "Статус"
    assert [row[0] for row in rows[1:]] == [
        '\'=HYPERLINK("http://x","y")',
        "Sunrise Property Management",
        "'+7916",
    ]
    assert rows[1][3:] == (36400456.8, 15.0, 205, 13.67, 14762410.12, "потерян")
    for row in sheet.iter_rows(min_row=2):
        assert row[0].data_type == "s" and is_guarded(row[0].value)
        assert all(cell.data_type == "n" for cell in row[3:8])
        assert all(cell.data_type != "f" for cell in row)
    assert sheet["H2"].number_format == "#,##0.00"
    assert sheet["F2"].number_format == "#,##0"
    assert sheet.freeze_panes == "B2"
    assert sheet.auto_filter.ref == "A1:I4"


def test_an_english_workbook_keeps_p_alive_as_a_share_when_a_model_gave_it(at_risk):
    frame = crm_frame(at_risk.assign(p_alive=[0.05, 0.25, 0.8]), "en")
    sheet = load(customer_list_xlsx(frame, "en")).active
    assert sheet.title == "Customers"
    header = [cell.value for cell in sheet[1]]
    assert header[7] == column_label("p_alive", "en") == "Probability still active"
    assert sheet["H2"].value == 0.05 and sheet["H2"].number_format == "0.0%"
    assert sheet["J4"].value == "overdue"


def test_the_csv_lists_the_same_customers_with_the_language_s_separators(at_risk):
    data = customer_list_csv(crm_frame(at_risk, "ru"), "ru")
    assert data.startswith(BOM)
    table = read_csv(data, ";", ",")
    assert table["ID клиента"].tolist() == [
        '\'=HYPERLINK("http://x","y")',
        "Sunrise Property Management",
        "'+7916",
    ]
    assert table["Статус"].tolist() == ["потерян", "потерян", "просрочен"]
    assert table["Выручка в год под угрозой"].tolist() == [14762410.12, 120572.0, 1000.0]
    english = read_csv(customer_list_csv(crm_frame(at_risk, "en"), "en"), ",", ".")
    assert english.columns[-1] == "Status" and english["Days since last purchase"].tolist() == [205, 324, 70]


def test_an_empty_list_still_makes_a_workbook_with_its_header(at_risk):
    sheet = load(customer_list_xlsx(crm_frame(at_risk.iloc[:0], "en"), "en")).active
    assert rows_of(sheet)[0][0] == "Customer ID"
    assert len(rows_of(sheet)) == 1
