"""Messages about reading transactions from a database or engine (PostgreSQL, DuckDB, Spark …)."""

from __future__ import annotations

__all__ = ["MESSAGES"]

MESSAGES: dict[str, tuple[str, str]] = {
    # Problems a person can fix (the address is always shown without its password)
    "engines.bad_url": (
        "“{url}” is not a database address this studio can open. Write it as "
        "postgresql://user@host:5432/database (or duckdb://file.duckdb, another ibis engine's "
        "address, or a Spark session).",
        "«{url}» — не адрес базы данных, который студия умеет открыть. Запишите его как "
        "postgresql://пользователь@сервер:5432/база (или duckdb://файл.duckdb, адрес другого "
        "движка ibis, или сессия Spark).",
    ),
    "engines.no_driver": (
        "The driver for “{engine}” is not installed on the server ({module}). Install it, "
        "for example: pip install 'ibis-framework[{engine}]', then try again.",
        "На сервере не установлен драйвер для «{engine}» ({module}). Установите его, "
        "например: pip install 'ibis-framework[{engine}]', и попробуйте ещё раз.",
    ),
    "engines.refused": (
        "The database at {url} refused the user name or password. Check them with the "
        "database's administrator.",
        "База данных {url} не приняла имя пользователя или пароль. Уточните их у администратора базы.",
    ),
    "engines.unreachable": (
        "Cannot reach the database at {url}: {detail}. Check the host, the port and that "
        "the server is running.",
        "Не удаётся подключиться к базе {url}: {detail}. Проверьте сервер, порт и что база запущена.",
    ),
    "engines.timeout": (
        "The database at {url} did not answer within {seconds} s. Try again later, or ask "
        "for a smaller table or query.",
        "База данных {url} не ответила за {seconds} с. Попробуйте позже или выберите таблицу "
        "или запрос поменьше.",
    ),
    "engines.no_table": (
        "There is no table “{table}” in {url}. Tables there: {tables}.",
        "В базе {url} нет таблицы «{table}». Таблицы в ней: {tables}.",
    ),
    "engines.no_source": (
        "Name a table or write a query to read from {url}.",
        "Укажите таблицу или напишите запрос, чтобы читать из {url}.",
    ),
    "engines.bad_query": (
        "The database could not run the query: {detail}.",
        "База данных не смогла выполнить запрос: {detail}.",
    ),
    "engines.failed": (
        "Reading from {url} failed: {detail}.",
        "Не удалось прочитать данные из {url}: {detail}.",
    ),
    "engines.cancelled": (
        "Reading from the database was cancelled.",
        "Чтение из базы данных отменено.",
    ),
    "engines.report_source": (
        "{engine}, {what}",
        "{engine}, {what}",
    ),
    "engines.report_table": (
        "table “{table}”",
        "таблица «{table}»",
    ),
    "engines.report_query": (
        "SQL query",
        "SQL-запрос",
    ),
    # The Data page's database source
    "ui.database.title": ("Database", "База данных"),
    "ui.database.intro": (
        "Read the transactions where they live: the customer table is computed by the "
        "database, and only one row per customer comes back.",
        "Читать транзакции там, где они хранятся: таблица клиентов считается в самой базе, "
        "сюда приходит по одной строке на клиента.",
    ),
    "ui.database.url": ("Database address", "Адрес базы данных"),
    "ui.database.url_help": (
        "For example postgresql://user:password@host:5432/shop or duckdb://path/to/file.duckdb. "
        "The password is kept on the server only and never shown again.",
        "Например postgresql://пользователь:пароль@сервер:5432/shop или duckdb://путь/к/файлу.duckdb. "
        "Пароль хранится только на сервере и больше не показывается.",
    ),
    "ui.database.password": ("Password (if not in the address)", "Пароль (если его нет в адресе)"),
    "ui.database.kind": ("Read", "Читать"),
    "ui.database.kind_table": ("a table", "таблицу"),
    "ui.database.kind_query": ("an SQL query", "SQL-запрос"),
    "ui.database.table": ("Table", "Таблица"),
    "ui.database.query": ("SQL query", "SQL-запрос"),
    "ui.database.open": ("Open", "Открыть"),
    "ui.database.cancel": ("Cancel", "Отменить"),
    "ui.database.reading": (
        "Reading from {url} … {seconds} s",
        "Чтение из {url} … {seconds} с",
    ),
    "ui.database.opened": (
        "Opened {what} from {url}.",
        "Открыто: {what} из {url}.",
    ),
}
