"""Uploaded files on disk and the sessions they belong to, kept for a bounded time.

A session that has something worth keeping over a reload (an uploaded dataset, a language
other than the browser's) gets a random token (``?sid=…`` in its address; no user data).
The token names a :class:`SessionRecord` held by the server: the folder of the session's
uploaded files in the temporary folder, its language and its data source. While a browser
tab of the session is open the record holds a lease and stays; when the last tab closes,
the record and its folder are kept for the session TTL (a reload, a dropped Wi-Fi, a new
tab) and then removed by :meth:`UploadStore.sweep`. An uploaded file's bytes are written
to its session folder as they arrive and are never kept in session state.
"""

from __future__ import annotations

import re
import secrets
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any

from ui.server_settings import server_settings

__all__ = ["SessionRecord", "UploadStore", "safe_name", "store", "valid_token"]

_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
_UNSAFE = re.compile(r"[^\w.\- ()\[\]]+")
_CHUNK = 1 << 20


def valid_token(token: Any) -> bool:
    """Tell whether ``token`` looks like a token this store gives (letters, digits, ``-``, ``_``)."""
    return isinstance(token, str) and bool(_TOKEN.match(token))


def safe_name(name: str) -> str:
    """Give a file name safe to write in a folder: no path, no control or odd characters."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = _UNSAFE.sub("_", base).strip(" .")
    return cleaned[:120] or "upload"


@dataclass(frozen=True)
class SessionRecord:
    """What a session token stands for: its folder, language, data source (any object) and scenario (JSON)."""

    token: str
    folder: Path
    lang: str | None = None
    source: Any = None
    scenario: str | None = None
    leases: int = 0
    last_seen: float = field(default_factory=time.monotonic)


class UploadStore:
    """Session records and their upload folders under ``root``, removed ``ttl`` seconds after last use."""

    def __init__(self, root: Path, ttl: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.root = root
        self.ttl = ttl
        self._clock = clock
        self._records: dict[str, SessionRecord] = {}
        self._lock = threading.Lock()

    def open(self) -> str:
        """Give a new token with an empty record (its folder is made on the first file)."""
        token = secrets.token_urlsafe(18)
        with self._lock:
            self._records[token] = SessionRecord(token, self.root / token, last_seen=self._clock())
        return token

    def record(self, token: str) -> SessionRecord | None:
        """Give the record of ``token``, or None when it is unknown or expired."""
        with self._lock:
            return self._records.get(token) if valid_token(token) else None

    def update(self, token: str, **changes: Any) -> None:
        """Change the record's ``lang``, ``source`` and/or ``scenario`` (and mark it used now)."""
        with self._lock:
            found = self._records.get(token)
            if found is not None:
                self._records[token] = replace(found, **changes, last_seen=self._clock())

    def save(self, token: str, name: str, data: IO[bytes]) -> Path:
        """Write ``data`` (read in chunks) as ``name`` in the token's folder; give the file's path.

        Each file gets a folder of its own, so a second upload with the same name does not
        overwrite a file a loaded dataset still reads.
        """
        folder = self.root / token / secrets.token_hex(4)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / safe_name(name)
        with path.open("wb") as out:
            shutil.copyfileobj(data, out, _CHUNK)
        self.update(token)
        return path

    def hold(self, token: str) -> None:
        """Count one more open browser tab of the session (its record is not removed meanwhile)."""
        with self._lock:
            found = self._records.get(token)
            if found is not None:
                self._records[token] = replace(found, leases=found.leases + 1, last_seen=self._clock())

    def release(self, token: str) -> None:
        """Count one browser tab of the session fewer; the TTL starts when none is left."""
        with self._lock:
            found = self._records.get(token)
            if found is not None:
                leases = max(found.leases - 1, 0)
                self._records[token] = replace(found, leases=leases, last_seen=self._clock())

    def sweep(self) -> list[str]:
        """Remove the records (and folders) with no open tab unused for the TTL; give their tokens."""
        now = self._clock()
        with self._lock:
            gone = [
                token
                for token, found in self._records.items()
                if found.leases == 0 and now - found.last_seen > self.ttl
            ]
            for token in gone:
                del self._records[token]
        for token in gone:
            shutil.rmtree(self.root / token, ignore_errors=True)
        self._remove_orphans()
        return gone

    def _remove_orphans(self) -> None:
        """Remove folders no record names (left by an earlier server) once they are older than the TTL."""
        if not self.root.is_dir():
            return
        with self._lock:
            known = set(self._records)
        wall = time.time()
        for folder in self.root.iterdir():
            if folder.name in known:
                continue
            try:
                old = wall - folder.stat().st_mtime > self.ttl
            except OSError:
                continue
            if old:
                shutil.rmtree(folder, ignore_errors=True)

    def tokens(self) -> list[str]:
        """Give the tokens of the records kept now."""
        with self._lock:
            return list(self._records)


_STORE: UploadStore | None = None
_STORE_LOCK = threading.Lock()


def store() -> UploadStore:
    """Give the process's one upload store (root folder and TTL from :mod:`ui.server_settings`)."""
    global _STORE
    with _STORE_LOCK:
        if _STORE is None:
            settings = server_settings()
            _STORE = UploadStore(settings.uploads_dir, settings.session_ttl)
        return _STORE
