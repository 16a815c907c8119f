"""Messages of the server's housekeeping: sessions kept over a reload, datasets released."""

from __future__ import annotations

__all__ = ["MESSAGES"]

MESSAGES: dict[str, tuple[str, str]] = {
    "ui.server.lost": (
        "The data this address was showing is no longer kept on the server (a session's files "
        "are kept for a while after its last tab closes). Now loaded: {name}.",
        "Данные, которые показывал этот адрес, на сервере больше не хранятся (файлы сессии "
        "хранятся некоторое время после закрытия последней вкладки). Сейчас загружено: {name}.",
    ),
    "ui.server.released": (
        "This dataset was unloaded after a long time unused. Reload the page to read it again.",
        "Эти данные выгружены из памяти после долгого простоя. Обновите страницу, чтобы прочитать их снова.",
    ),
}
