"""Options given to the studio on the command line, after ``--``.

    streamlit run app.py -- --data path/to/transactions.csv

``--data`` names a transactions file (any format the Data page reads) that every new
session opens instead of the demo store; a link naming a demo (``?data=cdnow``) still
opens that demo. A facilitator uses it to preload a workshop's own data.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

__all__ = ["data_file"]

_DATA = "--data"


def data_file(argv: Sequence[str] | None = None) -> Path | None:
    """Give the file named by ``--data FILE`` (or ``--data=FILE``), as an absolute path.

    ``argv`` defaults to the script's arguments (``sys.argv[1:]``: what follows ``--``
    in ``streamlit run app.py -- …``). Gives None when no file was named. Whether the file
    exists is checked when it is read (the page then says what is wrong).
    """
    args = list(sys.argv[1:] if argv is None else argv)
    for index, arg in enumerate(args):
        if arg == _DATA and index + 1 < len(args) and args[index + 1]:
            return Path(args[index + 1]).expanduser().absolute()
        if arg.startswith(f"{_DATA}=") and len(arg) > len(_DATA) + 1:
            return Path(arg[len(_DATA) + 1 :]).expanduser().absolute()
    return None
