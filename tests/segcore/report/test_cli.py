"""``python -m segcore report``: the monthly review from the command line, in both languages.

The demo stores run as a person would run them (a subprocess); the other cases call
:func:`segcore.report.cli.main` on the small CDNOW sample.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from segcore.errors import InputError, SettingsError
from segcore.i18n import t
from segcore.report import setting_label
from segcore.report.cli import main
from segcore.settings import AbcThresholds, Scenario
from tests.samples import ROOT, SAMPLE_DATA

CDNOW = SAMPLE_DATA / "cdnow" / "cdnow.csv"
GARBAGE = ROOT / "tests" / "segcore" / "ingest" / "corpus" / "garbage.bin"


def run_report(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run ``python -m segcore report ARGS`` in ``cwd`` with the repository importable."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "segcore", "report", *args]
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def formula_cells(path: Path) -> list[str]:
    """Give the worksheets of a workbook that hold a formula (an ``<f>`` element)."""
    with zipfile.ZipFile(path) as book:
        sheets = [name for name in book.namelist() if name.startswith("xl/worksheets/")]
        return [name for name in sheets if b"<f>" in book.read(name) or b"<f " in book.read(name)]


def first_column(sheet) -> list[object]:
    return [row[0] for row in sheet.iter_rows(values_only=True)]


@pytest.fixture(scope="module")
def english(tmp_path_factory) -> tuple[subprocess.CompletedProcess, Path]:
    folder = tmp_path_factory.mktemp("english")
    return run_report(str(SAMPLE_DATA / "store_en.csv"), "--md", "report.md", cwd=folder), folder


@pytest.fixture(scope="module")
def russian(tmp_path_factory) -> tuple[subprocess.CompletedProcess, Path]:
    folder = tmp_path_factory.mktemp("russian")
    store = str(SAMPLE_DATA / "store_ru.csv")
    return run_report(store, "--lang", "ru", "--out", "план.xlsx", "--md", "отчёт.md", cwd=folder), folder


def test_the_english_store_gives_a_workbook_with_the_conclusions_first(english):
    result, folder = english
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "store_en.csv: 193,650 transaction lines, 20,000 customers, 2023-01-01 – 2025-12-31, "
        "revenue 612,580,480."
    )
    assert lines[1] == "What the data say:"
    assert lines[2].startswith("  • Key customers at risk (act now): 24 key customers have gone quiet")
    assert f"Action plan (Excel): {Path('action_plan.xlsx')}" in lines
    assert f"Report (Markdown): {Path('report.md')}" in lines
    book = openpyxl.load_workbook(folder / "action_plan.xlsx", read_only=True)
    assert book.sheetnames[:4] == ["Conclusions", "At risk", "Summary", "Action plan"]
    conclusions = first_column(book["Conclusions"])
    assert conclusions[:2] == ["Finding", "Key customers at risk"]
    at_risk = first_column(book["At risk"])
    assert at_risk[:2] == ["Customer ID", "Sunrise Property Management"] and len(at_risk) == 25
    assert formula_cells(folder / "action_plan.xlsx") == []
    report = (folder / "report.md").read_text(encoding="utf-8")
    assert report.index("## Conclusions") < report.index("## Key customers at risk")
    assert report.index("## Key customers at risk") < report.index("## Headline figures")
    assert "| Sunrise Property Management | AX | III | lost | 205 | 15.0 |" in report


def test_the_russian_store_gives_the_review_in_russian(russian):
    result, folder = russian
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "store_ru.csv: строк транзакций — 193\u00a0650, клиентов — 20\u00a0000, 01.01.2023 – 31.12.2025, "
        "выручка 612\u00a0580\u00a0480."
    )
    assert lines[1] == "Что показывают данные:"
    assert "Ключевые клиенты под угрозой" in lines[2] and "ООО «УК Рассвет»" in lines[2]
    book = openpyxl.load_workbook(folder / "план.xlsx", read_only=True)
    assert book.sheetnames[:4] == ["Выводы", "Под угрозой", "Сводка", "План действий"]
    assert first_column(book["Выводы"])[:2] == ["Вывод", "Ключевые клиенты под угрозой"]
    at_risk = list(book["Под угрозой"].iter_rows(min_row=1, max_row=2, values_only=True))
    assert at_risk[0][:4] == (
        "ID клиента",
        "Ячейка ABC×XYZ",
        "Квадрант «лояльность × прибыльность»",
        "Статус",
    )
    assert at_risk[1][:4] == ("ООО «УК Рассвет»", "AX", "III", "потерян")
    assert isinstance(at_risk[1][4], int | float) and at_risk[1][4] == 205
    assert formula_cells(folder / "план.xlsx") == []
    report = (folder / "отчёт.md").read_text(encoding="utf-8")
    assert report.startswith("# План действий по сегментам ABC×XYZ\n\n## Выводы\n")


@pytest.mark.parametrize(
    ("args", "error"),
    [
        ((str(GARBAGE),), InputError("ingest.binary", name="garbage.bin")),
        (("no_such_file.csv", "--lang", "ru"), InputError("ingest.not_found", name="no_such_file.csv")),
    ],
)
def test_a_file_that_cannot_be_read_gives_the_apps_message_and_no_traceback(args, error, tmp_path):
    result = run_report(*args, cwd=tmp_path)
    lang = "ru" if "ru" in args else "en"
    assert result.returncode == 1
    assert result.stderr.strip() == error.message(lang)
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert list(tmp_path.iterdir()) == []


def test_a_scenario_saved_by_the_app_sets_the_segmentation(tmp_path):
    scenario = tmp_path / "scenario.json"
    scenario.write_text(Scenario(abc=AbcThresholds(a=0.7)).to_json(), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    args = [str(CDNOW), "--scenario", str(scenario), "--grain", "q", "--out", str(tmp_path / "plan.xlsx")]
    assert main(["report", *args], out, err) == 0, err.getvalue()
    book = openpyxl.load_workbook(tmp_path / "plan.xlsx", read_only=True)
    settings = {row[0]: row[1] for row in book["Summary"].iter_rows(values_only=True) if row[0]}
    assert settings[setting_label("abc_a", "en")] == pytest.approx(0.7)
    assert settings[setting_label("aggregation_grain", "en")] == "quarter"
    assert out.getvalue().startswith("cdnow.csv: 6,919 transaction lines, 2,357 customers")


@pytest.mark.parametrize(
    ("content", "error"),
    [
        ("not a scenario", SettingsError("settings.bad_json")),
        ('{"abc_a": "lots"}', SettingsError("settings.unparseable", field="a", value="lots")),
    ],
)
def test_a_bad_scenario_file_gives_the_apps_message(content, error, tmp_path):
    scenario = tmp_path / "scenario.json"
    scenario.write_text(content, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    args = [str(CDNOW), "--scenario", str(scenario), "--lang", "ru", "--out", str(tmp_path / "x.xlsx")]
    assert main(["report", *args], out, err) == 1
    assert err.getvalue().strip() == error.message("ru")
    assert not (tmp_path / "x.xlsx").exists()


def test_a_workbook_that_cannot_be_written_is_a_clear_error(tmp_path):
    out, err = io.StringIO(), io.StringIO()
    target = tmp_path / "missing folder" / "plan.xlsx"
    assert main(["report", str(CDNOW), "--out", str(target)], out, err) == 1
    assert err.getvalue().startswith(f"The file “{target}” cannot be written (")
    assert "Check that its folder exists" in err.getvalue()
    assert t("cli.cannot_write", "en", path="p", detail="d").startswith("The file “p” cannot be written (d)")
