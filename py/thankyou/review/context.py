"""What the reader already told us about the interview, read from the request's ``context``."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from thankyou.fields import InputError, read_choice, read_datetime, read_text, utc_now
from thankyou.review.spelling import Lexicon
from thankyou.review.tables import BODY_LIMIT, CHANNELS, CONTEXT_LIMIT, PANEL_LIMIT, TOPICS_LIMIT
from thankyou.texts import LANGUAGES


@dataclass(frozen=True)
class Context:
    interviewer: str = ""
    company: str = ""
    role: str = ""
    lang: str = ""  # the draft's language; empty: recognise it
    channel: str = "email"
    interview_date: date | None = None
    now: datetime | None = None
    panel: tuple[str, ...] = ()
    name: str = ""  # the reader's own name: never a slip of the interviewer's
    topics: tuple[str, ...] = ()  # what was discussed: its words are never salary, pressure or typos
    # Not from the request: the word lists a shell loaded (see thankyou.review.spelling); none, no spelling rule.
    lexicons: tuple[Lexicon, ...] = ()

    @property
    def phrases(self) -> tuple[str, ...]:
        """Every text the reader gave about the interview: its words are theirs, not mistakes."""
        return (self.interviewer, self.company, self.role, self.name, *self.topics)


def read_context(raw: Any) -> Context:
    """The optional ``context`` object; each bad field is an error named after that field."""
    if raw is None:
        raw = {}
    if not isinstance(raw, Mapping):
        raise InputError("context", "type")
    interview_date = read_date(raw, "interview_date")
    return Context(
        interviewer=read_text(raw, "interviewer", limit=CONTEXT_LIMIT),
        company=read_text(raw, "company", limit=CONTEXT_LIMIT),
        role=read_text(raw, "role", limit=CONTEXT_LIMIT),
        lang=read_choice(raw, "lang", LANGUAGES, default=""),
        channel=read_choice(raw, "channel", CHANNELS, default="email"),
        interview_date=interview_date,
        # The clock only matters for timing words, and only when the interview date is known.
        now=read_datetime(raw, "now") or (utc_now() if interview_date else None),
        panel=read_panel(raw),
        name=read_text(raw, "name", limit=CONTEXT_LIMIT),
        topics=read_topics(raw),
    )


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def read_date(raw: Mapping[str, Any], key: str) -> date | None:
    """A calendar date, ``2026-11-26``; a full ISO 8601 time is accepted and its date kept."""
    value = raw.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str) or len(value) > 64 or not _DATE.match(value.strip()):
        raise InputError(key, "date")
    text = value.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text).date()
    except ValueError:
        raise InputError(key, "date") from None


def read_topics(raw: Mapping[str, Any]) -> tuple[str, ...]:
    """What was discussed: one text, or a list of at most ``TOPICS_LIMIT`` texts."""
    value = raw.get("topics")
    if value == "":
        return ()
    texts = _read_texts("topics", [value] if isinstance(value, str) else value, TOPICS_LIMIT, CONTEXT_LIMIT)
    return tuple(item.strip() for item in texts if item.strip())


def read_panel(raw: Mapping[str, Any]) -> tuple[str, ...]:
    """The other emails of the same panel: a list of at most ``PANEL_LIMIT`` texts."""
    return _read_texts("panel", raw.get("panel"), PANEL_LIMIT, BODY_LIMIT)


def _read_texts(key: str, value: Any, most: int, longest: int) -> tuple[str, ...]:
    """A list of at most ``most`` texts of at most ``longest`` characters each (absent: none)."""
    if value is None:
        return ()
    if not isinstance(value, list):
        raise InputError(key, "type")
    if len(value) > most:
        raise InputError(key, "too_many", limit=most)
    for index, item in enumerate(value):
        if not isinstance(item, str):
            raise InputError(f"{key}.{index}", "type")
        if len(item) > longest:
            raise InputError(f"{key}.{index}", "too_long", limit=longest)
    return tuple(value)
