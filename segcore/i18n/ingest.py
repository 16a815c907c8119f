"""Messages about reading files: errors people can fix and the load report's sentences."""

from __future__ import annotations

__all__ = ["MESSAGES"]

MESSAGES: dict[str, tuple[str, str]] = {
    # Problems with a file that people can fix
    "ingest.not_found": (
        "The file “{name}” was not found. Check the path or upload the file again.",
        "Файл «{name}» не найден. Проверьте путь или загрузите файл ещё раз.",
    ),
    "ingest.empty": (
        "The file “{name}” is empty. Export the data again and upload the new file.",
        "Файл «{name}» пуст. Выгрузите данные ещё раз и загрузите новый файл.",
    ),
    "ingest.no_rows": (
        "The file “{name}” has column names but no data rows. "
        "Export the data with its rows and upload it again.",
        "В файле «{name}» есть названия колонок, но нет строк с данными. "
        "Выгрузите данные вместе со строками и загрузите файл ещё раз.",
    ),
    "ingest.password": (
        "The workbook “{name}” is protected with a password. Open it in Excel, "
        "remove the password (File → Info → Protect Workbook) and save it again.",
        "Книга «{name}» защищена паролем. Откройте её в Excel, снимите пароль "
        "(Файл → Сведения → Защита книги) и сохраните заново.",
    ),
    "ingest.old_excel": (
        "“{name}” is an old Excel file (.xls), which cannot be read here. "
        "Open it in Excel and save it as .xlsx or CSV, then upload that file.",
        "«{name}» — файл старого формата Excel (.xls), его нельзя прочитать. "
        "Откройте его в Excel, сохраните как .xlsx или CSV и загрузите этот файл.",
    ),
    "ingest.unsupported_format": (
        "“{name}” is a {kind} file, not a table this app can read. "
        "Save the data as CSV, Excel (.xlsx) or Parquet and upload that file.",
        "«{name}» — файл типа {kind}, а не таблица, которую можно прочитать. "
        "Сохраните данные как CSV, Excel (.xlsx) или Parquet и загрузите этот файл.",
    ),
    "ingest.corrupt_workbook": (
        "The workbook “{name}” cannot be opened: it is damaged or not really an "
        "Excel file. Open it in Excel and save it again as .xlsx (or CSV).",
        "Книгу «{name}» не удаётся открыть: она повреждена или это не файл Excel. "
        "Откройте её в Excel и сохраните заново как .xlsx (или CSV).",
    ),
    "ingest.corrupt_gzip": (
        "The compressed file “{name}” is damaged. Compress the data again or upload it uncompressed.",
        "Сжатый файл «{name}» повреждён. Сожмите данные заново или загрузите файл без сжатия.",
    ),
    "ingest.corrupt_parquet": (
        "The Parquet file “{name}” cannot be read: it is damaged or not Parquet. "
        "Export it again or save the data as CSV.",
        "Файл Parquet «{name}» не читается: он повреждён или это не Parquet. "
        "Выгрузите его заново или сохраните данные как CSV.",
    ),
    "ingest.binary": (
        "“{name}” does not look like a table (it holds binary data). "
        "Upload a CSV, Excel (.xlsx) or Parquet file.",
        "«{name}» не похож на таблицу (внутри двоичные данные). "
        "Загрузите файл CSV, Excel (.xlsx) или Parquet.",
    ),
    "ingest.not_a_table": (
        "No table was found in the file: the text has no columns separated by "
        "“;”, “,”, tabs, “|” or aligned spaces. Save the data as CSV or Excel and try again.",
        "В файле не найдена таблица: в тексте нет колонок, разделённых «;», «,», "
        "табуляцией, «|» или выровненных пробелами. Сохраните данные как CSV или Excel "
        "и попробуйте снова.",
    ),
    "ingest.unreadable": (
        "The file “{name}” cannot be read as a table ({detail}). Open it in Excel "
        "or a text editor, check it, save it as CSV or .xlsx and try again.",
        "Файл «{name}» не удаётся прочитать как таблицу ({detail}). Откройте его в "
        "Excel или текстовом редакторе, проверьте, сохраните как CSV или .xlsx и "
        "попробуйте снова.",
    ),
    "ingest.no_sheet": (
        "The workbook has no sheet “{sheet}”. Its sheets are: {sheets}.",
        "В книге нет листа «{sheet}». Листы книги: {sheets}.",
    ),
    "ingest.empty_workbook": (
        "No sheet of the workbook holds a table (sheets: {sheets}). Check that you saved the right workbook.",
        "Ни на одном листе книги нет таблицы (листы: {sheets}). Проверьте, что сохранена нужная книга.",
    ),
    "ingest.missing_customer_id": (
        "No column looks like the customer (an id, code or name). Columns found: "
        "{columns}. Choose it by hand in the column mapping, or name it “Customer”.",
        "Не найдена колонка с клиентом (код, номер или название). Колонки в файле: "
        "{columns}. Укажите её вручную в сопоставлении или назовите «Клиент».",
    ),
    "ingest.missing_date": (
        "No column looks like the purchase date. Columns found: {columns}. "
        "Choose it by hand in the column mapping, or name it “Date”.",
        "Не найдена колонка с датой покупки. Колонки в файле: {columns}. "
        "Укажите её вручную в сопоставлении или назовите «Дата».",
    ),
    "ingest.missing_amount": (
        "No column looks like the amount (money per line). Columns found: {columns}. "
        "Choose it by hand in the column mapping, or name it “Amount”.",
        "Не найдена колонка с суммой (деньги по строке). Колонки в файле: {columns}. "
        "Укажите её вручную в сопоставлении или назовите «Сумма».",
    ),
    "ingest.missing_columns": (
        "No columns look like these required fields: {missing}. Columns found: "
        "{columns}. Choose them by hand in the column mapping, or name them “Customer”, "
        "“Date” and “Amount”.",
        "Не найдены колонки для обязательных полей: {missing}. Колонки в файле: "
        "{columns}. Укажите их вручную в сопоставлении или назовите «Клиент», «Дата» "
        "и «Сумма».",
    ),
    "ingest.unknown_field": (
        "“{field}” is not a field that can be mapped. Fields: {fields}.",
        "«{field}» — не поле для сопоставления. Поля: {fields}.",
    ),
    "ingest.required_field": (
        "The field “{field}” is required and cannot be left out of the mapping.",
        "Поле «{field}» обязательно, его нельзя исключить из сопоставления.",
    ),
    "ingest.mapping_missing_column": (
        "The mapping names the column “{column}”, which is not in the file. Columns found: {columns}.",
        "В сопоставлении указана колонка «{column}», которой нет в файле. Колонки в файле: {columns}.",
    ),
    "ingest.all_dropped": (
        "None of the {rows} rows could be used: no customer in {missing_customer}, "
        "unreadable date in {bad_date}, unreadable amount in {bad_amount}, totals "
        "{totals_row}, blank {blank_row}, broken {malformed_row}. Dates were read as "
        "{date_format}. Check which columns hold the customer, date and amount.",
        "Ни одна из {rows} строк не подошла: без клиента {missing_customer}, "
        "с нечитаемой датой {bad_date}, с нечитаемой суммой {bad_amount}, итоговых "
        "{totals_row}, пустых {blank_row}, повреждённых {malformed_row}. Даты читались "
        "как {date_format}. Проверьте, в каких колонках клиент, дата и сумма.",
    ),
    # Sentences of the load report
    "ingest.report.read": ("Read {read} rows, kept {kept}.", "Прочитано строк: {read}, загружено: {kept}."),
    "ingest.report.source": ("Read as {format}{extras}.", "Прочитано как {format}{extras}."),
    "ingest.report.header": ("Column names taken from row {row}.", "Названия колонок взяты из строки {row}."),
    "ingest.report.no_header": (
        "The file has no header row; columns were recognised by their content.",
        "В файле нет строки заголовков; колонки распознаны по содержимому.",
    ),
    "ingest.report.mapping": ("Columns used: {pairs}.", "Использованы колонки: {pairs}."),
    "ingest.report.by_content": (
        "Found by content, not by name: {fields}. Check them in the column mapping.",
        "Найдено по содержимому, а не по названию: {fields}. Проверьте в сопоставлении.",
    ),
    "ingest.report.candidates": (
        "Several columns could be the customer id ({columns}); the first, “{chosen}”, "
        "was used. Choose another in the column mapping if needed.",
        "Кодом клиента могут быть несколько колонок ({columns}); использована первая, "
        "«{chosen}». При необходимости выберите другую в сопоставлении.",
    ),
    "ingest.report.dates": ("Dates read as {format}.", "Даты прочитаны как {format}."),
    "ingest.report.order_data": (
        "Dates read as {format}: the data shows it (some parts are above 12).",
        "Даты прочитаны как {format}: это видно по данным (есть части больше 12).",
    ),
    "ingest.report.order_default_ru": (
        "Dates read as {format}: no value tells day from month, so day first was "
        "assumed because the file looks Russian. Check a few dates.",
        "Даты прочитаны как {format}: по данным нельзя отличить день от месяца, "
        "принят порядок «день, месяц», так как файл похож на русский. Проверьте несколько дат.",
    ),
    "ingest.report.order_default_en": (
        "Dates read as {format}: no value tells day from month, so month first was "
        "assumed (US style). Check a few dates.",
        "Даты прочитаны как {format}: по данным нельзя отличить день от месяца, "
        "принят порядок «месяц, день» (как в США). Проверьте несколько дат.",
    ),
    "ingest.report.period": (
        "Dates from {first} to {last}; total amount {total}.",
        "Даты с {first} по {last}; общая сумма {total}.",
    ),
    "ingest.report.examples": (" (rows {rows})", " (строки {rows})"),
    # Rows dropped or flagged while reading
    "ingest.drop.blank_row": ("{n} blank rows skipped{examples}.", "Пропущено пустых строк: {n}{examples}."),
    "ingest.drop.totals_row": (
        "{n} totals rows (Итого / Total) skipped{examples}.",
        "Пропущено итоговых строк (Итого / Total): {n}{examples}.",
    ),
    "ingest.drop.missing_customer": (
        "{n} rows without a customer dropped{examples}.",
        "Отброшено строк без клиента: {n}{examples}.",
    ),
    "ingest.drop.bad_date": (
        "{n} rows with a date that cannot be read dropped{examples}.",
        "Отброшено строк с нечитаемой датой: {n}{examples}.",
    ),
    "ingest.drop.bad_amount": (
        "{n} rows with an amount that cannot be read dropped{examples}.",
        "Отброшено строк с нечитаемой суммой: {n}{examples}.",
    ),
    "ingest.drop.malformed_row": (
        "{n} rows with more cells than the header dropped{examples}.",
        "Отброшено строк, где ячеек больше, чем в заголовке: {n}{examples}.",
    ),
    "ingest.warn.returns": (
        "{n} rows have a negative amount (returns): kept, they reduce revenue.",
        "Строк с отрицательной суммой (возвраты): {n}; они оставлены и уменьшают выручку.",
    ),
    "ingest.warn.zero_amount": (
        "{n} rows have a zero amount: kept.",
        "Строк с нулевой суммой: {n}; они оставлены.",
    ),
    "ingest.warn.future_date": (
        "{n} rows are dated after {today}: kept; check the dates.",
        "Строк с датой позже {today}: {n}; они оставлены, проверьте даты.",
    ),
    "ingest.warn.duplicates": (
        "{n} rows repeat an earlier row exactly: kept; remove them in the source if they are double entries.",
        "Строк, точно повторяющих предыдущие: {n}; они оставлены — удалите их в "
        "источнике, если это задвоение.",
    ),
    "ingest.warn.attributes_unmatched": (
        "{n} customers in the attributes file have no transactions: left out.",
        "Клиентов из файла атрибутов без покупок: {n}; они не учитываются.",
    ),
    "ingest.warn.attributes_duplicates": (
        "{n} customers appear more than once in the attributes file: the first row of each was used.",
        "Клиентов, которые повторяются в файле атрибутов: {n}; взята первая строка.",
    ),
    # Words used inside the load report
    "ingest.word.decimal_comma": ("decimal comma", "десятичная запятая"),
    "ingest.word.decimal_point": ("decimal point", "десятичная точка"),
    "ingest.word.thousands": ("thousands separator {sep}", "разделитель разрядов {sep}"),
    "ingest.word.delimiter": ("separator {sep}", "разделитель {sep}"),
    "ingest.word.sheet": ("sheet “{sheet}”", "лист «{sheet}»"),
    "ingest.word.space": ("space", "пробел"),
    "ingest.word.tab": ("tab", "табуляция"),
    "ingest.word.aligned": ("aligned columns", "колонки по пробелам"),
}
