"""Answers as plain text for the terminal, one renderer per operation."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from thankyou.draft import heading
from thankyou.texts import texts_for
from thankyou.texts.draft import DraftTexts


def check_text(answer: Mapping[str, Any]) -> str:
    lines = [answer["headline"], answer["deadline_text"]]
    if answer.get("time_left"):
        lines[-1] += f" ({answer['time_left']})"
    lines += [f"- {reason['text']}" for reason in answer["reasons"]]
    return "\n".join(lines)


def draft_text(answer: Mapping[str, Any]) -> str:
    """Each message under its own heading: recipient, subject lines, the text, its word count."""
    words = texts_for(DraftTexts, answer["lang"])
    blocks = []
    for message in answer["messages"]:
        person = message["to"]
        title = heading(message, answer, words)
        lines = [title, "=" * len(title)]
        if person["email"]:
            lines.append(f"{words.to_label}: {person['email']}")
        if message["subject_options"]:
            lines.append(f"{words.plain_subjects}:")
            lines += [f"  {number}. {subject}" for number, subject in enumerate(message["subject_options"], 1)]
        lines += ["", message["body"], "", f"({message['words']} {words.plain_words})"]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


RENDERERS: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "check": check_text,
    "draft": draft_text,
}
