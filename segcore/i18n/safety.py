"""Messages of input safety: unreadable text and the upload limits (sizes, rows, columns, time).

Each limit's message names the file, the limit and its value, and the setting that changes
it (an environment variable; see :mod:`segcore.ingest.limits`).
"""

from __future__ import annotations

__all__ = ["MESSAGES"]

_CHANGE_EN = " (The server's administrator can change it: {env}.)"
_CHANGE_RU = " (Администратор сервера может изменить это ограничение: {env}.)"

MESSAGES: dict[str, tuple[str, str]] = {
    "ingest.safety.bad_text": (
        "The file “{name}” holds text in an encoding that cannot be read. Save it as CSV in "
        "UTF-8 (Excel: “CSV UTF-8”) and try again.",
        "Текст файла «{name}» записан в кодировке, которую не удаётся прочитать. Сохраните "
        "его как CSV в UTF-8 (Excel: «CSV UTF-8») и попробуйте ещё раз.",
    ),
    "ingest.limit.upload_mb": (
        "The file “{name}” is larger than the upload limit of {value} MB. Upload a smaller "
        "file: fewer months, or only the columns needed." + _CHANGE_EN,
        "Файл «{name}» больше допустимого размера загрузки — {value} МБ. Загрузите файл "
        "поменьше: за меньший срок или только с нужными колонками." + _CHANGE_RU,
    ),
    "ingest.limit.content_mb": (
        "Unpacked, the file “{name}” is larger than the limit of {value} MB of content. Upload "
        "less data or split the file." + _CHANGE_EN,
        "В распакованном виде файл «{name}» больше допустимого объёма данных — {value} МБ. "
        "Загрузите меньше данных или разделите файл." + _CHANGE_RU,
    ),
    "ingest.limit.inflate_ratio": (
        "The file “{name}” unpacks to more than {value} times its size: real data do not "
        "compress that much, so it is refused as a possible compression bomb. Upload it "
        "uncompressed or as CSV." + _CHANGE_EN,
        "Файл «{name}» распаковывается более чем в {value} раз: настоящие данные так не "
        "сжимаются, поэтому файл отклонён как возможная «zip-бомба». Загрузите его без "
        "сжатия или в CSV." + _CHANGE_RU,
    ),
    "ingest.limit.rows": (
        "The file “{name}” has more rows than the limit of {value}. Upload fewer rows "
        "(a shorter period, or one region at a time)." + _CHANGE_EN,
        "В файле «{name}» больше строк, чем допустимо ({value}). Загрузите меньше строк "
        "(короче период или один регион за раз)." + _CHANGE_RU,
    ),
    "ingest.limit.columns": (
        "The file “{name}” has more columns than the limit of {value}. Keep only the columns "
        "needed (customer, date, amount and a few more)." + _CHANGE_EN,
        "В файле «{name}» больше колонок, чем допустимо ({value}). Оставьте только нужные "
        "колонки (клиент, дата, сумма и ещё несколько)." + _CHANGE_RU,
    ),
    "ingest.limit.workbook_cells": (
        "A sheet of the workbook “{name}” spans more cells than the limit of {value} (rows × "
        "columns, counting empty cells up to the last used one). Delete stray cells far from "
        "the table, or save the sheet as CSV." + _CHANGE_EN,
        "Лист книги «{name}» занимает больше ячеек, чем допустимо ({value}; строки × колонки, "
        "включая пустые до последней заполненной). Удалите лишние ячейки далеко от таблицы "
        "или сохраните лист как CSV." + _CHANGE_RU,
    ),
    "ingest.limit.seconds": (
        "Reading the file “{name}” took longer than the limit of {value} seconds and was "
        "stopped. Upload a smaller file or a CSV (the fastest to read)." + _CHANGE_EN,
        "Чтение файла «{name}» заняло больше допустимых {value} с и было остановлено. "
        "Загрузите файл поменьше или в CSV (он читается быстрее всего)." + _CHANGE_RU,
    ),
    "ingest.limit.bad_setting": (
        "The upload limit {name} must be a positive number, not “{value}”.",
        "Ограничение загрузки {name} должно быть положительным числом, а не «{value}».",
    ),
    "ingest.limit.bad_file": (
        "The file of upload limits “{path}” cannot be read: {detail}",
        "Файл ограничений загрузки «{path}» не читается: {detail}",
    ),
}
