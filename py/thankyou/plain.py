"""Answers as plain text for the terminal, one renderer per operation."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from thankyou.dates import as_time_ago
from thankyou.draft import heading
from thankyou.texts import texts_for
from thankyou.texts.draft import DraftTexts


def with_time_left(sentence: str, left: str) -> str:
    """The time left inside the sentence, before its full stop: "… at 16:30 (21 hours left)." After a
    parenthesis of its own (the interviewer's time) it follows a comma, not a second parenthesis."""
    body, stop = (sentence[:-1], sentence[-1]) if sentence[-1:] in ".!?" else (sentence, "")
    return f"{body}, {left}{stop}" if body.endswith(")") else f"{body} ({left}){stop}"


def check_text(answer: Mapping[str, Any]) -> str:
    """The verdict, then when, why, how, the hesitations and the follow-up, one paragraph each."""
    reasons = {topic: [r for r in answer["reasons"] if r["topic"] == topic] for topic in ("verdict", "timing", "how", "follow_up")}

    def bullets(items: list[Mapping[str, Any]]) -> list[str]:
        return [f"- {item['text']} ({item['link']})" for item in items]

    deadline = answer["deadline_text"]
    if answer.get("time_left"):
        # "The deadline was Monday … (8 days ago)": a deadline that has passed is dated, not "8 days late".
        left = answer["time_left"] if answer.get("timing") == "on_time" else as_time_ago(answer["time_left"], answer["lang"])
        deadline = with_time_left(deadline, left)
    blocks = [
        [answer["headline"]],
        [deadline, *([answer["timing_text"]] if answer.get("deadline") else []),
         *([answer["send_at_text"]] if answer.get("send_at_text") else []), *bullets(reasons["timing"])],
        bullets(reasons["verdict"]),
        [answer["emails_text"], answer["channel_text"], *bullets(reasons["how"])],
        bullets(answer["hesitations"]),
        [answer["follow_up_text"], *bullets(reasons["follow_up"])] if answer.get("follow_up_text") else [],
        list(answer.get("notes") or []),
    ]
    return "\n\n".join("\n".join(block) for block in blocks if block)


def review_text(answer: Mapping[str, Any]) -> str:
    """The summary, then one line per finding: severity, where, and the message with its fix."""
    lines = [answer["summary"]]
    for finding in answer["findings"]:
        where = f"{finding['field']} {finding['start']}-{finding['end']}"
        lines.append(f"[{finding['severity']}] {where}: {finding['message']}")
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
    "review": review_text,
    "draft": draft_text,
}
