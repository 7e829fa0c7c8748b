"""Answers as plain text for the terminal, one renderer per operation."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any


def check_text(answer: Mapping[str, Any]) -> str:
    lines = [answer["headline"], answer["deadline_text"]]
    if answer.get("time_left"):
        lines[-1] += f" ({answer['time_left']})"
    lines += [f"- {reason['text']}" for reason in answer["reasons"]]
    return "\n".join(lines)


def review_text(answer: Mapping[str, Any]) -> str:
    """The summary, then one line per finding: severity, where, and the message with its fix."""
    lines = [answer["summary"]]
    for finding in answer["findings"]:
        where = f"{finding['field']} {finding['start']}-{finding['end']}"
        lines.append(f"[{finding['severity']}] {where}: {finding['message']}")
    return "\n".join(lines)


RENDERERS: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "check": check_text,
    "review": review_text,
}
