"""The summary as a Markdown file: what the data says, then what to do on Monday.

Every text that may come from the user or the data (customer ids and names inside the
sentences, the dataset's name, edited strategy cards, the scenario lines) goes through
:func:`md_text`, the one helper that makes text safe here: the formula guard first (the
file may be pasted into a spreadsheet), then one line, then every character Markdown or
a Markdown viewer reads as markup escaped with a backslash, so ``*Acme* <b>`` stays text.
Severity is written as a shape and a word (▲ act now, ◆ worth a look, ● for information),
never as a colour only.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from segcore.i18n import t
from segcore.i18n.format import fmt_date
from segcore.insight.finding import Severity
from segcore.insight.plan import PlannedAction
from segcore.report.guard import safe_cell
from segcore.report.md_text import md_text as escape_markdown
from segcore.report.playbook import Playbook

__all__ = ["MARKS", "md_text", "summary_markdown"]

#: The shape that marks each severity (with its word: colour-blind safe).
MARKS: dict[Severity, str] = {
    Severity.HIGH: "action.summary.mark.3",
    Severity.MEDIUM: "action.summary.mark.2",
    Severity.INFO: "action.summary.mark.1",
}


def md_text(value: Any) -> str:
    """Give ``value`` as Markdown text that renders as written: guarded, on one line, markup escaped.

    The formula guard first (a leading ``-``, ``+``, ``=`` or ``@`` gets an apostrophe), then
    the one Markdown escape for user text, :func:`segcore.report.md_text.md_text`.
    """
    return escape_markdown(safe_cell(str(value)))


def _names(ids: Sequence[str], shown: int, lang: str) -> str:
    names = ", ".join(md_text(customer) for customer in ids[:shown])
    rest = len(ids) - shown
    return names + (f" {md_text(t('action.summary.more', lang, count=rest))}" if rest > 0 else "")


def _finding_lines(number: int, planned: PlannedAction, lang: str, currency: str) -> list[str]:
    mark = t(MARKS[planned.severity], lang)
    title = md_text(planned.finding.title(lang))
    # The key number is the formatter's own text (digits, separators, sign, %) and the
    # currency sign escaped for Markdown: nothing to guard.
    sign = escape_markdown(currency)
    figure = f"{md_text(planned.key_label(lang, currency))}: **{planned.key_number(lang, sign)}**"
    return [
        f"{number}. {mark} **{title}** ({md_text(planned.severity_label(lang))}). {figure}",
        f"   {md_text(planned.finding.text(lang, currency))}",
        "",
    ]


def _plan_lines(number: int, planned: PlannedAction, lang: str, playbook: Playbook, shown: int) -> list[str]:
    mark = t(MARKS[planned.severity], lang)
    lines = [f"### {number}. {mark} {md_text(planned.finding.title(lang))}", ""]
    lines += [f"{step}. {md_text(action)}" for step, action in enumerate(planned.actions(lang), start=1)]
    lines += ["", f"**{t('action.summary.who', lang)}:** {md_text(planned.owner(lang))}  "]
    if planned.customer_ids:
        names = _names(planned.customer_ids, shown, lang)
        lines.append(f"**{t('action.summary.for_whom', lang)}:** {names}  ")
    if planned.card is not None:
        card = playbook.card(planned.card, lang)
        text = md_text(f"{planned.card} — {card.title}: {card.goal}")
        lines.append(f"**{t('action.summary.card', lang)}:** {text}")
    return [*lines, ""]


def summary_markdown(
    plan: Sequence[PlannedAction],
    lang: str = "en",
    *,
    context: Sequence[str] = (),
    playbook: Playbook | None = None,
    names: int = 5,
    created: date | None = None,
    currency: str = "",
) -> str:
    """Give the summary as Markdown: the findings with their numbers, then the plan of each.

    ``plan``: :func:`segcore.insight.plan.action_plan` of the findings, most severe first;
    ``context``: lines that say what was analysed (dataset, scenario), written under the
    title; ``playbook``: the strategy cards with the user's edits (the defaults without);
    ``names``: how many customers each plan names before "and N more"; ``created``: the
    date written under the title; ``currency``: the sign money carries (none when empty).
    """
    cards = playbook or Playbook()
    lines = [f"# {t('action.summary.title', lang)}", ""]
    lines += [f"{md_text(line)}  " for line in context]
    if created is not None:
        lines.append(f"{t('action.summary.prepared', lang)}: {md_text(fmt_date(created, lang))}")
    lines += ["", f"## {t('action.summary.findings', lang)}", ""]
    if not plan:
        return "\n".join([*lines, md_text(t("action.summary.nothing", lang)), ""])
    for number, planned in enumerate(plan, start=1):
        lines += _finding_lines(number, planned, lang, currency)
    lines += [f"## {t('action.summary.plan', lang)}", ""]
    for number, planned in enumerate(plan, start=1):
        lines += _plan_lines(number, planned, lang, cards, names)
    return "\n".join(lines)
