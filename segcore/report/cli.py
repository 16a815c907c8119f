"""The command line: ``python -m segcore report FILE``, the monthly review without the app.

::

    python -m segcore report sales.csv --out plan.xlsx --md report.md --lang ru \\
        --scenario scenario.json --attributes customers.csv --grain M

reads the file as the app does, segments it with the scenario saved from the app (its
Settings page, "Save the scenario (JSON)"), and writes the action-plan workbook (conclusions
first, then the key customers at risk, the summary, the plan, one sheet per segment) and,
with ``--md``, the Markdown report. It prints the data in one line, the top findings and
where the files went, in the chosen language. A problem with the input (a missing or
unreadable file, a scenario file that is not one, a value out of range) prints the app's
message for it on stderr and exits with status 1; a file that cannot be written, too.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from segcore.errors import UserFacingError
from segcore.i18n import t
from segcore.i18n.format import fmt_date, fmt_int, fmt_money
from segcore.report.conclusions import conclusions
from segcore.report.review import Review, monthly_review, read_scenario, review_markdown, review_workbook
from segcore.settings import Scenario

__all__ = ["TOP_FINDINGS", "build_parser", "main", "summary_lines"]

#: How many findings the printed summary quotes (the workbook has them all).
TOP_FINDINGS = 3


class _CannotWrite(Exception):
    """A file the command cannot write: its path and the system's reason."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(path, detail)
        self.path, self.detail = path, detail


def build_parser() -> argparse.ArgumentParser:
    """Give the parser of ``python -m segcore`` with its one command, ``report``."""
    parser = argparse.ArgumentParser(prog="python -m segcore", description="Customer segmentation.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    report = commands.add_parser(
        "report",
        help="write the action-plan workbook (conclusions first) for a transaction file",
        description="Read a transaction file, segment it and write the monthly review.",
    )
    report.add_argument("file", metavar="FILE", help="transactions: CSV, TSV, XLSX or Parquet")
    report.add_argument("--out", default="action_plan.xlsx", help="workbook to write (action_plan.xlsx)")
    report.add_argument("--md", metavar="REPORT.md", help="also write the Markdown report here")
    report.add_argument("--lang", choices=("en", "ru"), default="en", help="language of everything written")
    report.add_argument("--scenario", metavar="SCENARIO.json", help="scenario saved from the app")
    report.add_argument("--attributes", metavar="FILE", help="customer attributes (one row per customer)")
    report.add_argument("--grain", metavar="W|M|Q", help="period for regularity (overrides the scenario)")
    report.add_argument(
        "--kind",
        choices=("abc_xyz", "quadrant"),
        default="abc_xyz",
        help="segments of the plan: ABC×XYZ cells or loyalty × profit quadrants",
    )
    return parser


def _scenario(args: argparse.Namespace) -> Scenario:
    scenario = read_scenario(args.scenario) if args.scenario else Scenario()
    if args.grain:
        scenario = scenario.replace(aggregation=scenario.aggregation.replace(grain=args.grain.upper()))
    return scenario


def _write(path: Path, content: bytes) -> None:
    try:
        path.write_bytes(content)
    except OSError as error:
        raise _CannotWrite(path, error.strerror or type(error).__name__) from None


def summary_lines(review: Review, lang: str, top: int = TOP_FINDINGS) -> list[str]:
    """Give the printed summary: the data in one line, then the ``top`` most severe findings."""
    data = t(
        "cli.data",
        lang,
        source=review.source,
        lines=fmt_int(int(review.data.report.rows_kept), lang),
        customers=fmt_int(len(review.customers), lang),
        start=fmt_date(review.window.start, lang),
        end=fmt_date(review.window.as_of, lang),
        revenue=fmt_money(review.revenue, lang),
    )
    if not review.findings:
        return [data, t("cli.no_findings", lang)]
    lines = [data, t("cli.findings", lang)]
    for item in conclusions(review.findings[:top], lang):
        text = t("cli.finding", lang, title=item.title, urgency=item.urgency, sentence=item.sentence)
        lines.append(f"  • {text}")
    if len(review.findings) > top:
        lines.append("  " + t("cli.more_findings", lang, n=len(review.findings) - top))
    return lines


def _report(args: argparse.Namespace, out: TextIO) -> None:
    """Run ``report``: review the file, write the workbook (and the Markdown report), print."""
    review = monthly_review(args.file, _scenario(args), attributes=args.attributes)
    workbook = Path(args.out)
    _write(workbook, review_workbook(review, args.lang, args.kind))
    written = [t("cli.wrote_xlsx", args.lang, path=workbook)]
    if args.md:
        markdown = Path(args.md)
        _write(markdown, review_markdown(review, args.lang, args.kind).encode("utf-8"))
        written.append(t("cli.wrote_md", args.lang, path=markdown))
    out.write("\n".join([*summary_lines(review, args.lang), *written]) + "\n")


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the command line; give the exit status (0 done, 1 a problem to fix, 2 a usage error)."""
    out, err = out or sys.stdout, err or sys.stderr
    args = build_parser().parse_args(argv)
    try:
        _report(args, out)
    except UserFacingError as error:
        err.write(error.message(args.lang) + "\n")
        return 1
    except _CannotWrite as error:
        err.write(t("cli.cannot_write", args.lang, path=error.path, detail=error.detail) + "\n")
        return 1
    return 0
