"""Dates and durations in the reader's language."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from thankyou.texts import texts_for
from thankyou.texts.common import CommonTexts


def format_datetime(moment: datetime, lang: str) -> str:
    """``Kamis, 27 November 2026 pukul 14.30`` / ``Thursday, 27 November 2026 at 14:30``."""
    words = texts_for(CommonTexts, lang)
    return words.datetime_pattern.format(
        weekday=words.weekdays[moment.weekday()],
        day=moment.day,
        month=words.months[moment.month - 1],
        year=moment.year,
        hour=moment.hour,
        minute=moment.minute,
    )


def format_time(moment: datetime, lang: str) -> str:
    """``pukul 14.30`` / ``at 14:30``."""
    return texts_for(CommonTexts, lang).time_pattern.format(hour=moment.hour, minute=moment.minute)


# The small hours end at this hour: tomorrow before it is said without a part of the day (``1.early``).
SMALL_HOURS_END = 4
# The hours the parts of the day after them end before (the language names each: ``day_parts``): morning,
# the hour before noon (pagi or siang in Indonesian, still morning in English), early and late afternoon
# (siang and sore), evening.
DAY_PART_ENDS = (11, 12, 15, 18, 24)


def format_near_datetime(moment: datetime, today: date, lang: str, *, on: bool = False) -> str:
    """The moment said from ``today`` (the reader's day, in ``moment``'s zone) where it is yesterday, today or
    tomorrow (``hari ini pukul 16.30``, ``besok pagi, Rabu, pukul 08.00`` / ``today at 16:30``, ``tomorrow,
    Wednesday, at 08:00``), else in full; ``on``: after a verb ("ends on …"), which a near one says without."""
    words = texts_for(CommonTexts, lang)
    away = (moment.date() - today).days
    if (moment.hour, moment.minute) == (0, 0):  # midnight ends the day before: "tonight at midnight"
        day_before = moment - timedelta(days=1)
        pattern = words.near_datetime_patterns.get(f"{away - 1}.midnight")
        if pattern is not None:
            return pattern.format(weekday=words.weekdays[day_before.weekday()])
    early = away == 1 and moment.hour < SMALL_HOURS_END
    pattern = words.near_datetime_patterns.get("1.early" if early else away)
    if pattern is None:
        full = format_datetime(moment, lang)
        return words.on_moment.format(when=full) if on else full
    part = next((word for ends, word in zip(DAY_PART_ENDS, words.day_parts) if moment.hour < ends), "")
    return pattern.format(part=part, weekday=words.weekdays[moment.weekday()], hour=moment.hour, minute=moment.minute)


def format_weekday_time(moment: datetime, lang: str) -> str:
    """``Selasa pukul 18.00`` / ``Tuesday at 18:00``: a moment a day either side of one already dated."""
    words = texts_for(CommonTexts, lang)
    return words.weekday_time_pattern.format(weekday=words.weekdays[moment.weekday()], hour=moment.hour,
                                             minute=moment.minute)


def format_date(moment: datetime, lang: str) -> str:
    """``Kamis, 27 November 2026`` / ``Thursday, 27 November 2026``."""
    words = texts_for(CommonTexts, lang)
    return words.date_pattern.format(
        weekday=words.weekdays[moment.weekday()],
        day=moment.day,
        month=words.months[moment.month - 1],
        year=moment.year,
    )


# Beyond this, hours read badly ("masih 66 jam lagi"): count whole days instead.
DAYS_FROM = timedelta(hours=48)


def format_time_left(left: timedelta, lang: str) -> str:
    """``masih 11 jam lagi`` while time remains, ``lewat 3 jam`` once it has run out (minutes under an
    hour, either way); days past 48 hours; under a minute left, the deadline is now."""
    words = texts_for(CommonTexts, lang)

    def said(slot: str, count: int) -> str:  # "1 hour left", not "1 hours left"
        pattern = words.singular.get(slot) if count == 1 else None
        return pattern or getattr(words, slot).format(hours=count, minutes=count, days=count)

    seconds = left.total_seconds()
    if seconds < 0:
        if -left >= DAYS_FROM:
            return said("overdue_by_days", int(-seconds // 86400))
        if -seconds < 3600:
            return said("overdue_by_minutes", max(1, int(-seconds // 60)))
        return said("overdue_by", int(-seconds // 3600))
    if seconds < 60:
        return words.due_now
    if seconds < 3600:
        return said("minutes_left", max(1, int(seconds // 60)))
    if left >= DAYS_FROM:
        return said("days_left", int(seconds // 86400))
    return said("hours_left", int(seconds // 3600))


def as_time_ago(late: str, lang: str) -> str:
    """A time past the deadline as :func:`format_time_left` says it ("8 days late") said as a time ago
    ("8 days ago"), for after "The deadline was …"; any other text as it is."""
    words = texts_for(CommonTexts, lang)
    for slot in ("overdue_by", "overdue_by_minutes", "overdue_by_days"):
        if late == words.singular.get(slot):
            return words.ago.get(f"{slot}.1") or words.ago[slot].format(hours=1, minutes=1, days=1)
        pattern = re.escape(getattr(words, slot)).replace(r"\{", "{").replace(r"\}", "}")
        found = re.fullmatch(re.sub(r"\{\w+\}", r"(\\d+)", pattern), late)
        if found:
            count = int(found.group(1))
            return words.ago[slot].format(hours=count, minutes=count, days=count)
    return late
