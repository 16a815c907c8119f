"""Numbers, money, shares and dates for the pages, written the way each language reads them.

The formatter itself is :mod:`segcore.i18n.format` (the exports and reports use it too);
this module gives the pages its functions under their usual import path.
"""

from __future__ import annotations

from segcore.i18n.format import NBSP, fmt_date, fmt_int, fmt_money, fmt_number, fmt_percent

__all__ = [
    "NBSP",
    "fmt_date",
    "fmt_int",
    "fmt_money",
    "fmt_number",
    "fmt_percent",
]
