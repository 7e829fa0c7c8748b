"""The calendar reminder: RFC 5545 text written by the package, read back by the icalendar library."""

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thankyou import ics
from thankyou.api import handle

STAMP = datetime(2026, 11, 26, 5, 0, tzinfo=timezone.utc)


def reminder(**changes):
    event = dict(uid="follow-up-1@thankyou", summary="Tindak lanjut", start=date(2026, 12, 3), end=date(2026, 12, 4))
    return ics.calendar([ics.Event(**{**event, **changes})], stamp=STAMP, product="-//thankyou//test//EN")


def unfold(text):
    return text.replace("\r\n ", "")


@pytest.mark.parametrize(
    ("value", "escaped"),
    [
        ("plain", "plain"),
        ("a, b; c", "a\\, b\\; c"),
        ("back\\slash", "back\\\\slash"),
        ("two\nlines\r\nand\rthree", "two\\nlines\\nand\\nthree"),
    ],
)
def test_text_values_are_escaped(value, escaped):
    assert ics.escape_text(value) == escaped


@pytest.mark.parametrize(
    ("span", "text"),
    [
        (timedelta(hours=9), "PT9H"),
        (timedelta(minutes=-15), "-PT15M"),
        (timedelta(days=1, hours=2), "P1DT2H"),
        (timedelta(days=7), "P7D"),
        (timedelta(0), "PT0S"),
        (timedelta(seconds=90), "PT1M30S"),
    ],
)
def test_durations(span, text):
    assert ics.duration(span) == text


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\r\n"), max_size=400))
def test_lines_fold_at_75_octets_without_splitting_a_character(value):
    folded = ics.fold("DESCRIPTION:" + value)
    physical = folded.split("\r\n")
    assert all(len(line.encode("utf-8")) <= 75 for line in physical)
    assert all(line.startswith(" ") for line in physical[1:])
    assert unfold(folded) == "DESCRIPTION:" + value


def test_every_line_ends_in_crlf():
    text = reminder(description="x" * 300, alarm_after_start=timedelta(hours=9))
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")


def test_timed_events_are_in_utc():
    text = reminder(start=datetime(2026, 12, 3, 9, tzinfo=timezone(timedelta(hours=7))),
                    end=datetime(2026, 12, 3, 9, 30, tzinfo=timezone(timedelta(hours=7))))
    assert "DTSTART:20261203T020000Z\r\n" in text and "DTEND:20261203T023000Z\r\n" in text
    with pytest.raises(ValueError):
        reminder(start=datetime(2026, 12, 3, 9), end=datetime(2026, 12, 3, 10))


def test_data_url_carries_the_calendar():
    import base64

    url = ics.data_url("BEGIN:VCALENDAR\r\n")
    prefix = "data:text/calendar;charset=utf-8;base64,"
    assert url.startswith(prefix)
    assert base64.b64decode(url[len(prefix):]) == b"BEGIN:VCALENDAR\r\n"


# ---- Read back by an independent implementation ---------------------------------------------

def parsed(text):
    """The calendar and its one event, as icalendar reads them (skipped inside Pyodide, which lacks it)."""
    icalendar = pytest.importorskip("icalendar")
    calendar = icalendar.Calendar.from_ical(text)
    for component in calendar.walk():
        assert not component.errors, component.errors
    [event] = calendar.walk("VEVENT")
    return calendar, event


def test_icalendar_reads_an_all_day_reminder_with_an_alarm():
    text = reminder(summary="Tindak lanjut, lamaran; kerja", description="Baris satu\nbaris dua, dengan koma " * 5,
                    alarm_after_start=timedelta(hours=9), alarm_text="Waktunya")
    calendar, event = parsed(text)
    assert str(calendar["VERSION"]) == "2.0" and str(calendar["PRODID"]) == "-//thankyou//test//EN"
    assert event.decoded("DTSTART") == date(2026, 12, 3) and event.decoded("DTEND") == date(2026, 12, 4)
    assert event["DTSTART"].params.get("VALUE") == "DATE"
    assert event.decoded("DTSTAMP") == STAMP
    assert str(event["UID"]) == "follow-up-1@thankyou"
    assert str(event["SUMMARY"]) == "Tindak lanjut, lamaran; kerja"
    assert str(event["DESCRIPTION"]) == "Baris satu\nbaris dua, dengan koma " * 5
    [alarm] = event.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY" and str(alarm["DESCRIPTION"]) == "Waktunya"
    assert alarm.decoded("TRIGGER") == timedelta(hours=9)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_checkers_follow_up_reminder_is_valid(lang):
    answer = handle({"op": "check", "stage": "final", "lang": lang, "ended_at": "2026-11-26T10:00:00+07:00",
                     "now": "2026-11-26T12:00:00+07:00", "decision_by": "2026-12-04"})
    text = answer["calendar"]["text"]
    _calendar, event = parsed(text)
    assert event.decoded("DTSTART") == date.fromisoformat(answer["follow_up_on"]) == date(2026, 12, 11)
    assert event.decoded("DTEND") == date(2026, 12, 12)
    assert event.decoded("DTSTAMP") == datetime(2026, 11, 26, 5, 0, tzinfo=timezone.utc)
    assert str(event["UID"]).startswith("follow-up-20261211-") and str(event["UID"]).endswith("@thankyou")
    assert str(event["SUMMARY"]) == {"id": "Tindak lanjut lamaran kerja", "en": "Follow up on your job application"}[lang]
    assert "," in str(event["DESCRIPTION"])  # escaped on the way out, intact on the way back
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_the_reminder_is_the_same_for_the_same_situation():
    request = {"op": "check", "stage": "first", "ended_at": "2026-11-26T10:00:00+07:00", "now": "2026-11-26T12:00:00+07:00"}
    assert handle(request)["calendar"] == handle(request)["calendar"]
    other = handle({**request, "stage": "final"})["calendar"]
    assert other["text"] != handle(request)["calendar"]["text"]  # its own UID
