"""What the reader already told us about the interview, read from the request's ``context``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from thankyou.fields import Choice, Date, ListOf, Moment, Record, Text
from thankyou.spelling import Lexicon
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
    # Not from the request: the word lists a shell loaded (see thankyou.spelling); none, no spelling rule.
    lexicons: tuple[Lexicon, ...] = ()

    @property
    def phrases(self) -> tuple[str, ...]:
        """Every text the reader gave about the interview: its words are theirs, not mistakes."""
        return (self.interviewer, self.company, self.role, self.name, *self.topics)


# The request's ``context``, declared once (read with the rest of ``review.REQUEST``): a bad field is
# an error named after that field alone, as the reviewer's form names it.
CONTEXT = Record(flat=True, flag=None, help="what you told about the interview", fields={
    "interviewer": Text(limit=CONTEXT_LIMIT, help="the interviewer's name, to check its spelling"),
    "company": Text(limit=CONTEXT_LIMIT, help="the company's name"),
    "role": Text(limit=CONTEXT_LIMIT, help="the role applied for"),
    "lang": Choice(options=LANGUAGES, default="", flag="--draft-lang",
                   help="the draft's language (default: recognised)"),
    "channel": Choice(options=CHANNELS, default="email", help="where the draft is sent"),
    "interview_date": Date(help="the date of the interview"),
    "now": Moment(default_now=True, help="the current time (default: the clock)"),
    # The other emails of the same panel, as given (not stripped).
    "panel": ListOf(item=Text(limit=BODY_LIMIT, clean=None), limit=PANEL_LIMIT, flag=None,
                    help="the other emails of the same panel"),
    "name": Text(limit=CONTEXT_LIMIT, help="your own name (never taken for a slip of the interviewer's)"),
    # What was discussed: one text, or a list; empty items are left out.
    "topics": ListOf(item=Text(limit=CONTEXT_LIMIT), limit=TOPICS_LIMIT, one_ok=True, skip=lambda topic: not topic,
                     flag="--topic", help="something you discussed (its words are never findings)"),
})
