"""Calendar files (iCalendar, RFC 5545) the reader can add to their own calendar: a reminder, no account.

Only what a reminder needs: one calendar of events, each all-day (``VALUE=DATE``) or timed
(in UTC, so no ``VTIMEZONE`` is required), with an optional display alarm. Lines end in CRLF
and are folded at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1); text values
are escaped (§3.3.11).
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

CRLF = "\r\n"
LINE_OCTETS = 75
MEDIA_TYPE = "text/calendar"


@dataclass(frozen=True)
class Event:
    """One event. ``start``/``end`` are both dates (all day) or both aware datetimes."""

    uid: str
    summary: str
    start: date | datetime
    end: date | datetime
    description: str = ""
    # A display alarm this long after the start (negative: before it); None for no alarm.
    alarm_after_start: timedelta | None = None
    alarm_text: str = ""


def calendar(events: Iterable[Event], *, stamp: datetime, product: str) -> str:
    """The ``VCALENDAR`` text holding ``events``; ``stamp`` (aware) is when it was made."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{product}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{_utc(stamp)}",
            _moment("DTSTART", event.start),
            _moment("DTEND", event.end),
            f"SUMMARY:{escape_text(event.summary)}",
        ]
        if event.description:
            lines.append(f"DESCRIPTION:{escape_text(event.description)}")
        lines.append("TRANSP:TRANSPARENT")  # a reminder, not a busy slot
        if event.alarm_after_start is not None:
            lines += [
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                f"DESCRIPTION:{escape_text(event.alarm_text or event.summary)}",
                f"TRIGGER;RELATED=START:{duration(event.alarm_after_start)}",
                "END:VALARM",
            ]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)


def data_url(text: str) -> str:
    """``text`` as a ``data:`` URL a link can offer for download."""
    return f"data:{MEDIA_TYPE};charset=utf-8;base64,{base64.b64encode(text.encode('utf-8')).decode('ascii')}"


def escape_text(value: str) -> str:
    """A TEXT value: backslash, semicolon and comma escaped; any line break as ``\\n``."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """One content line as physical lines of at most 75 octets; each continuation starts with a space."""
    pieces: list[str] = []
    current, size = "", 0
    for character in line:
        octets = len(character.encode("utf-8"))
        if size + octets > LINE_OCTETS:
            pieces.append(current)
            current, size = " ", 1
        current += character
        size += octets
    pieces.append(current)
    return CRLF.join(pieces)


def duration(span: timedelta) -> str:
    """An RFC 5545 duration: ``PT9H``, ``-PT15M``, ``P1DT2H``."""
    sign = "-" if span < timedelta(0) else ""
    seconds = int(abs(span).total_seconds())
    days, seconds = divmod(seconds, 86400)
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    clock = "".join(f"{value}{unit}" for value, unit in ((hours, "H"), (minutes, "M"), (seconds, "S")) if value)
    text = (f"{days}D" if days else "") + (f"T{clock}" if clock else "")
    return f"{sign}P{text or 'T0S'}"


def _moment(name: str, value: date | datetime) -> str:
    if isinstance(value, datetime):
        return f"{name}:{_utc(value)}"
    return f"{name};VALUE=DATE:{value:%Y%m%d}"


def _utc(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("calendar times must carry an offset")
    return moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
