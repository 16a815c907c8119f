"""Texts of the command line (``python -m segcore report``): the short summary it prints.

Keys ``cli.*``: the data in one line, the heading of the top findings and their lines,
where the files were written, and the one error only the command line has (a file it
cannot write). Errors about the input are the app's own (``ingest.*``, ``settings.*``).
"""

from __future__ import annotations

__all__ = ["MESSAGES"]

MESSAGES: dict[str, tuple[str, str]] = {
    "cli.data": (
        "{source}: {lines} transaction lines, {customers} customers, {start} – {end}, revenue {revenue}.",
        "{source}: строк транзакций — {lines}, клиентов — {customers}, {start} – {end}, выручка {revenue}.",
    ),
    "cli.findings": ("What the data say:", "Что показывают данные:"),
    "cli.finding": ("{title} ({urgency}): {sentence}", "{title} ({urgency}): {sentence}"),
    "cli.more_findings": ("… and {n} more in the workbook.", "… и ещё {n} в рабочей книге."),
    "cli.no_findings": (
        "The data give no conclusion to report.",
        "Данные не дают выводов, о которых стоит сообщить.",
    ),
    "cli.wrote_xlsx": ("Action plan (Excel): {path}", "План действий (Excel): {path}"),
    "cli.wrote_md": ("Report (Markdown): {path}", "Отчёт (Markdown): {path}"),
    "cli.cannot_write": (
        "The file “{path}” cannot be written ({detail}). Check that its folder exists and that "
        "the file is not open in another program.",
        "Не удаётся записать файл «{path}» ({detail}). Проверьте, что папка существует и файл "
        "не открыт в другой программе.",
    ),
}
