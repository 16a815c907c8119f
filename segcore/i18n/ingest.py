"""Messages about reading files: errors people can fix and the load report's sentences."""

_ERRORS = {
    "ingest.not_found": {
        "en": "The file “{name}” was not found. Check the path or upload the file again.",
        "ru": "Файл «{name}» не найден. Проверьте путь или загрузите файл ещё раз.",
    },
    "ingest.empty": {
        "en": "The file “{name}” is empty. Export the data again and upload the new file.",
        "ru": "Файл «{name}» пуст. Выгрузите данные ещё раз и загрузите новый файл.",
    },
    "ingest.no_rows": {
        "en": "The file “{name}” has column names but no data rows. "
        "Export the data with its rows and upload it again.",
        "ru": "В файле «{name}» есть названия колонок, но нет строк с данными. "
        "Выгрузите данные вместе со строками и загрузите файл ещё раз.",
    },
    "ingest.password": {
        "en": "The workbook “{name}” is protected with a password. Open it in Excel, "
        "remove the password (File → Info → Protect Workbook) and save it again.",
        "ru": "Книга «{name}» защищена паролем. Откройте её в Excel, снимите пароль "
        "(Файл → Сведения → Защита книги) и сохраните заново.",
    },
    "ingest.old_excel": {
        "en": "“{name}” is an old Excel file (.xls), which cannot be read here. "
        "Open it in Excel and save it as .xlsx or CSV, then upload that file.",
        "ru": "«{name}» — файл старого формата Excel (.xls), его нельзя прочитать. "
        "Откройте его в Excel, сохраните как .xlsx или CSV и загрузите этот файл.",
    },
    "ingest.unsupported_format": {
        "en": "“{name}” is a {kind} file, not a table this app can read. "
        "Save the data as CSV, Excel (.xlsx) or Parquet and upload that file.",
        "ru": "«{name}» — файл типа {kind}, а не таблица, которую можно прочитать. "
        "Сохраните данные как CSV, Excel (.xlsx) или Parquet и загрузите этот файл.",
    },
    "ingest.corrupt_workbook": {
        "en": "The workbook “{name}” cannot be opened: it is damaged or not really an "
        "Excel file. Open it in Excel and save it again as .xlsx (or CSV).",
        "ru": "Книгу «{name}» не удаётся открыть: она повреждена или это не файл Excel. "
        "Откройте её в Excel и сохраните заново как .xlsx (или CSV).",
    },
    "ingest.corrupt_gzip": {
        "en": "The compressed file “{name}” is damaged. Compress the data again or "
        "upload it uncompressed.",
        "ru": "Сжатый файл «{name}» повреждён. Сожмите данные заново или загрузите "
        "файл без сжатия.",
    },
    "ingest.corrupt_parquet": {
        "en": "The Parquet file “{name}” cannot be read: it is damaged or not Parquet. "
        "Export it again or save the data as CSV.",
        "ru": "Файл Parquet «{name}» не читается: он повреждён или это не Parquet. "
        "Выгрузите его заново или сохраните данные как CSV.",
    },
    "ingest.binary": {
        "en": "“{name}” does not look like a table (it holds binary data). "
        "Upload a CSV, Excel (.xlsx) or Parquet file.",
        "ru": "«{name}» не похож на таблицу (внутри двоичные данные). "
        "Загрузите файл CSV, Excel (.xlsx) или Parquet.",
    },
    "ingest.not_a_table": {
        "en": "No table was found in the file: the text has no columns separated by "
        "“;”, “,”, tabs, “|” or aligned spaces. Save the data as CSV or Excel and try again.",
        "ru": "В файле не найдена таблица: в тексте нет колонок, разделённых «;», «,», "
        "табуляцией, «|» или выровненных пробелами. Сохраните данные как CSV или Excel "
        "и попробуйте снова.",
    },
    "ingest.unreadable": {
        "en": "The file “{name}” cannot be read as a table ({detail}). Open it in Excel "
        "or a text editor, check it, save it as CSV or .xlsx and try again.",
        "ru": "Файл «{name}» не удаётся прочитать как таблицу ({detail}). Откройте его в "
        "Excel или текстовом редакторе, проверьте, сохраните как CSV или .xlsx и "
        "попробуйте снова.",
    },
    "ingest.no_sheet": {
        "en": "The workbook has no sheet “{sheet}”. Its sheets are: {sheets}.",
        "ru": "В книге нет листа «{sheet}». Листы книги: {sheets}.",
    },
    "ingest.empty_workbook": {
        "en": "No sheet of the workbook holds a table (sheets: {sheets}). "
        "Check that you saved the right workbook.",
        "ru": "Ни на одном листе книги нет таблицы (листы: {sheets}). "
        "Проверьте, что сохранена нужная книга.",
    },
    "ingest.missing_customer_id": {
        "en": "No column looks like the customer (an id, code or name). Columns found: "
        "{columns}. Choose it by hand in the column mapping, or name it “Customer”.",
        "ru": "Не найдена колонка с клиентом (код, номер или название). Колонки в файле: "
        "{columns}. Укажите её вручную в сопоставлении или назовите «Клиент».",
    },
    "ingest.missing_date": {
        "en": "No column looks like the purchase date. Columns found: {columns}. "
        "Choose it by hand in the column mapping, or name it “Date”.",
        "ru": "Не найдена колонка с датой покупки. Колонки в файле: {columns}. "
        "Укажите её вручную в сопоставлении или назовите «Дата».",
    },
    "ingest.missing_amount": {
        "en": "No column looks like the amount (money per line). Columns found: {columns}. "
        "Choose it by hand in the column mapping, or name it “Amount”.",
        "ru": "Не найдена колонка с суммой (деньги по строке). Колонки в файле: {columns}. "
        "Укажите её вручную в сопоставлении или назовите «Сумма».",
    },
    "ingest.missing_columns": {
        "en": "No columns look like these required fields: {missing}. Columns found: "
        "{columns}. Choose them by hand in the column mapping, or name them “Customer”, "
        "“Date” and “Amount”.",
        "ru": "Не найдены колонки для обязательных полей: {missing}. Колонки в файле: "
        "{columns}. Укажите их вручную в сопоставлении или назовите «Клиент», «Дата» "
        "и «Сумма».",
    },
    "ingest.unknown_field": {
        "en": "“{field}” is not a field that can be mapped. Fields: {fields}.",
        "ru": "«{field}» — не поле для сопоставления. Поля: {fields}.",
    },
    "ingest.required_field": {
        "en": "The field “{field}” is required and cannot be left out of the mapping.",
        "ru": "Поле «{field}» обязательно, его нельзя исключить из сопоставления.",
    },
    "ingest.mapping_missing_column": {
        "en": "The mapping names the column “{column}”, which is not in the file. "
        "Columns found: {columns}.",
        "ru": "В сопоставлении указана колонка «{column}», которой нет в файле. "
        "Колонки в файле: {columns}.",
    },
    "ingest.all_dropped": {
        "en": "None of the {rows} rows could be used: no customer in {missing_customer}, "
        "unreadable date in {bad_date}, unreadable amount in {bad_amount}, totals "
        "{totals_row}, blank {blank_row}, broken {malformed_row}. Dates were read as "
        "{date_format}. Check which columns hold the customer, date and amount.",
        "ru": "Ни одна из {rows} строк не подошла: без клиента {missing_customer}, "
        "с нечитаемой датой {bad_date}, с нечитаемой суммой {bad_amount}, итоговых "
        "{totals_row}, пустых {blank_row}, повреждённых {malformed_row}. Даты читались "
        "как {date_format}. Проверьте, в каких колонках клиент, дата и сумма.",
    },
}

_REPORT = {
    "ingest.report.read": {
        "en": "Read {read} rows, kept {kept}.",
        "ru": "Прочитано строк: {read}, загружено: {kept}.",
    },
    "ingest.report.source": {
        "en": "Read as {format}{extras}.",
        "ru": "Прочитано как {format}{extras}.",
    },
    "ingest.report.header": {
        "en": "Column names taken from row {row}.",
        "ru": "Названия колонок взяты из строки {row}.",
    },
    "ingest.report.no_header": {
        "en": "The file has no header row; columns were recognised by their content.",
        "ru": "В файле нет строки заголовков; колонки распознаны по содержимому.",
    },
    "ingest.report.mapping": {
        "en": "Columns used: {pairs}.",
        "ru": "Использованы колонки: {pairs}.",
    },
    "ingest.report.by_content": {
        "en": "Found by content, not by name: {fields}. Check them in the column mapping.",
        "ru": "Найдено по содержимому, а не по названию: {fields}. Проверьте в сопоставлении.",
    },
    "ingest.report.candidates": {
        "en": "Several columns could be the customer id ({columns}); the first, “{chosen}”, "
        "was used. Choose another in the column mapping if needed.",
        "ru": "Кодом клиента могут быть несколько колонок ({columns}); использована первая, "
        "«{chosen}». При необходимости выберите другую в сопоставлении.",
    },
    "ingest.report.dates": {
        "en": "Dates read as {format}.",
        "ru": "Даты прочитаны как {format}.",
    },
    "ingest.report.order_data": {
        "en": "Dates read as {format}: the data shows it (some parts are above 12).",
        "ru": "Даты прочитаны как {format}: это видно по данным (есть части больше 12).",
    },
    "ingest.report.order_default_ru": {
        "en": "Dates read as {format}: no value tells day from month, so day first was "
        "assumed because the file looks Russian. Check a few dates.",
        "ru": "Даты прочитаны как {format}: по данным нельзя отличить день от месяца, "
        "принят порядок «день, месяц», так как файл похож на русский. Проверьте несколько дат.",
    },
    "ingest.report.order_default_en": {
        "en": "Dates read as {format}: no value tells day from month, so month first was "
        "assumed (US style). Check a few dates.",
        "ru": "Даты прочитаны как {format}: по данным нельзя отличить день от месяца, "
        "принят порядок «месяц, день» (как в США). Проверьте несколько дат.",
    },
    "ingest.report.period": {
        "en": "Dates from {first} to {last}; total amount {total}.",
        "ru": "Даты с {first} по {last}; общая сумма {total}.",
    },
    "ingest.report.examples": {
        "en": " (rows {rows})",
        "ru": " (строки {rows})",
    },
}

_REASONS = {
    "ingest.drop.blank_row": {
        "en": "{n} blank rows skipped{examples}.",
        "ru": "Пропущено пустых строк: {n}{examples}.",
    },
    "ingest.drop.totals_row": {
        "en": "{n} totals rows (Итого / Total) skipped{examples}.",
        "ru": "Пропущено итоговых строк (Итого / Total): {n}{examples}.",
    },
    "ingest.drop.missing_customer": {
        "en": "{n} rows without a customer dropped{examples}.",
        "ru": "Отброшено строк без клиента: {n}{examples}.",
    },
    "ingest.drop.bad_date": {
        "en": "{n} rows with a date that cannot be read dropped{examples}.",
        "ru": "Отброшено строк с нечитаемой датой: {n}{examples}.",
    },
    "ingest.drop.bad_amount": {
        "en": "{n} rows with an amount that cannot be read dropped{examples}.",
        "ru": "Отброшено строк с нечитаемой суммой: {n}{examples}.",
    },
    "ingest.drop.malformed_row": {
        "en": "{n} rows with more cells than the header dropped{examples}.",
        "ru": "Отброшено строк, где ячеек больше, чем в заголовке: {n}{examples}.",
    },
    "ingest.warn.returns": {
        "en": "{n} rows have a negative amount (returns): kept, they reduce revenue.",
        "ru": "Строк с отрицательной суммой (возвраты): {n}; они оставлены и уменьшают выручку.",
    },
    "ingest.warn.zero_amount": {
        "en": "{n} rows have a zero amount: kept.",
        "ru": "Строк с нулевой суммой: {n}; они оставлены.",
    },
    "ingest.warn.future_date": {
        "en": "{n} rows are dated after {today}: kept; check the dates.",
        "ru": "Строк с датой позже {today}: {n}; они оставлены, проверьте даты.",
    },
    "ingest.warn.duplicates": {
        "en": "{n} rows repeat an earlier row exactly: kept; remove them in the source "
        "if they are double entries.",
        "ru": "Строк, точно повторяющих предыдущие: {n}; они оставлены — удалите их в "
        "источнике, если это задвоение.",
    },
    "ingest.warn.attributes_unmatched": {
        "en": "{n} customers in the attributes file have no transactions: left out.",
        "ru": "Клиентов из файла атрибутов без покупок: {n}; они не учитываются.",
    },
    "ingest.warn.attributes_duplicates": {
        "en": "{n} customers appear more than once in the attributes file: the first row "
        "of each was used.",
        "ru": "Клиентов, которые повторяются в файле атрибутов: {n}; взята первая строка.",
    },
}

_WORDS = {
    "ingest.word.decimal_comma": {"en": "decimal comma", "ru": "десятичная запятая"},
    "ingest.word.decimal_point": {"en": "decimal point", "ru": "десятичная точка"},
    "ingest.word.thousands": {"en": "thousands separator {sep}", "ru": "разделитель разрядов {sep}"},
    "ingest.word.delimiter": {"en": "separator {sep}", "ru": "разделитель {sep}"},
    "ingest.word.sheet": {"en": "sheet “{sheet}”", "ru": "лист «{sheet}»"},
    "ingest.word.space": {"en": "space", "ru": "пробел"},
    "ingest.word.tab": {"en": "tab", "ru": "табуляция"},
    "ingest.word.aligned": {"en": "aligned columns", "ru": "колонки по пробелам"},
}

MESSAGES = {**_ERRORS, **_REPORT, **_REASONS, **_WORDS}
