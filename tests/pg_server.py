"""A throw-away PostgreSQL server for tests, from the installed binaries (initdb, pg_ctl).

``scripts/test.sh`` starts one for the whole run and exports its address in
:data:`URL_VARIABLE`; without it the ``postgres_url`` fixture starts its own with
:func:`start` when the binaries are there. As root, the server runs as the ``postgres``
system user (initdb refuses root). The server asks for a password over TCP
(scram-sha-256), so refused credentials can be tested.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

__all__ = ["PASSWORD", "REQUIRE_VARIABLE", "URL_VARIABLE", "USER", "Server", "binaries", "start"]

URL_VARIABLE = "SEGCORE_TEST_POSTGRES_URL"
#: Set (to 1) in CI: a missing server is then a failure, not a skip.
REQUIRE_VARIABLE = "SEGCORE_REQUIRE_POSTGRES"
USER = "segcore"
PASSWORD = "s3cret-Pw"


@dataclass
class Server:
    """A running server: its data folder, port, address and how to stop it."""

    folder: Path
    port: int
    url: str
    runas: list[str]
    bindir: Path

    def stop(self) -> None:
        """Stop the server and remove its folder."""
        subprocess.run(
            [*self.runas, str(self.bindir / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast", "stop"],
            check=False,
            capture_output=True,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def binaries() -> Path | None:
    """Give the folder of initdb and pg_ctl (Debian's newest, or on PATH), or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _runas(folder: Path) -> list[str]:
    """Give the command prefix that runs as a non-root user (empty when not root)."""
    if os.geteuid() != 0:
        return []
    shutil.chown(folder, "postgres", "postgres")
    folder.chmod(0o700)
    return ["runuser", "-u", "postgres", "--"]


def start() -> Server:
    """Start a server on a free local port; give it (raises RuntimeError when it cannot)."""
    bindir = binaries()
    if bindir is None:
        raise RuntimeError("PostgreSQL binaries (initdb, pg_ctl) are not installed")
    folder = Path(tempfile.mkdtemp(prefix="segcore-pg-"))
    runas = _runas(folder)
    password_file = folder / "pw"
    password_file.write_text(PASSWORD)
    if runas:
        shutil.chown(password_file, "postgres", "postgres")
    data, port = folder / "data", _free_port()
    init = [str(bindir / "initdb"), "-D", str(data), "-U", USER, "--pwfile", str(password_file)]
    init += ["--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C"]
    subprocess.run([*runas, *init], check=True, capture_output=True)
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    ctl = [str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start"]
    subprocess.run([*runas, *ctl], check=True, capture_output=True)
    url = f"postgresql://{USER}:{PASSWORD}@127.0.0.1:{port}/postgres"
    return Server(folder=folder, port=port, url=url, runas=runas, bindir=bindir)
