"""The answer bar: a tool's answer in one line, kept in view on a phone while the reader types.

The page shows it at the bottom of the screen while the tool's form is there and its answer is
below (a sticky element: the style sheet decides, no script measures), with a button that brings
the whole answer into view. The line is the answer's own first words: the checker's countdown
and verdict, the first lines of the generator's first message, the reviewer's findings
counted by severity. :func:`render` is called by ``thankyou.web.view`` with every answer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from thankyou.texts import texts_for
from thankyou.texts.answer_bar import AnswerBarTexts
from thankyou.web.markup import Markup, tag

# How much of a draft the bar repeats: its first lines (the greeting and one more), cut at a word.
DRAFT_CHARACTERS = 140
DRAFT_LINES = 2


def render(tool: str, answer: Mapping[str, Any], lang: str) -> Markup:
    """The bar's line for ``tool``'s ``answer``, in ``lang``: a label (if any), then the answer's first words."""
    words = texts_for(AnswerBarTexts, lang)
    label, text, tone = SUMMARIES[tool](answer, words)
    return _line(label, text, tone)


def render_error(message: str, lang: str) -> Markup:
    """The bar when a field needs fixing: the answer shown is the previous one, and why."""
    words = texts_for(AnswerBarTexts, lang)
    return _line(None, words.not_updated.format(error=message), "error")


def button(tool: str, lang: str) -> Markup:
    """The bar's button (``data-show-answer``): the page scrolls to the answer and focuses it."""
    words = texts_for(AnswerBarTexts, lang)
    return tag("button", {"type": "button", "class": "ty-button ty-bar-button", "data-show-answer": True},
               words.buttons[tool])


def _line(label: str | None, text: str, tone: str | None) -> Markup:
    return tag(
        "p", {"class": "ty-bar-line", "data-bar-tone": tone},
        tag("strong", {"class": "ty-bar-label"}, label) if label else None,
        " " if label else None,
        tag("span", {"class": "ty-bar-text"}, text),
    )


Summary = tuple[str | None, str, str | None]


def check_summary(answer: Mapping[str, Any], words: type[AnswerBarTexts]) -> Summary:
    """The countdown when there is one (first: on a narrow screen the line may be cut), then the verdict."""
    return answer.get("time_left") or None, answer["headline"], answer.get("timing")


def draft_summary(answer: Mapping[str, Any], words: type[AnswerBarTexts]) -> Summary:
    """The first lines of the first message (as the reader edited it): its greeting, then its first line of text.

    Formula lines after the greeting ("Dengan hormat,") are skipped: like the greeting they end
    with a comma, and they would fill the bar with words no input of the reader changes.
    """
    messages = answer.get("messages") or []
    label = words.draft_of.format(count=len(messages)) if len(messages) > 1 else words.labels["draft"]
    # The text the message shows: the reader's own once they have edited it (web.draft's edits).
    edit = (answer.get("edits") or {}).get(messages[0]["index"]) if messages else None
    body = edit.text if edit is not None else messages[0]["body"] if messages else ""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    shown = lines[:1] + [line for line in lines[1:] if not line.endswith(",")][: DRAFT_LINES - 1]
    return label, shorten(" ".join(shown), DRAFT_CHARACTERS), None


def review_summary(answer: Mapping[str, Any], words: type[AnswerBarTexts]) -> Summary:
    """How many findings of each severity, most severe first; or that there is nothing to fix."""
    from thankyou.review.tables import SEVERITIES  # the reviewer's own, imported with its tool

    counts = {severity: 0 for severity in SEVERITIES}
    for finding in answer.get("findings") or []:
        counts[finding["severity"]] = counts.get(finding["severity"], 0) + 1
    said = [
        (words.severities_one if count == 1 else words.severities_many)[severity].format(count=count)
        for severity, count in counts.items()
        if count
    ]
    if said:
        worst = next(severity for severity, count in counts.items() if count)
        return words.labels["review"], " · ".join(said), worst
    return words.labels["review"], words.review_clean if answer.get("words") else words.review_empty, None


def shorten(text: str, limit: int) -> str:
    """``text`` cut at the last space before ``limit`` characters, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return cut.rstrip(" ,;:.") + "…"


# Data: each tool's summary, by tool name.
SUMMARIES: dict[str, Callable[[Mapping[str, Any], type[AnswerBarTexts]], Summary]] = {
    "check": check_summary,
    "draft": draft_summary,
    "review": review_summary,
}
