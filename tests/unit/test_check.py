"""The checker's rules, one table per rule, in the order the guide gives them.

Dates: Thursday 26 November 2026 in Jakarta (UTC+07:00) unless a row says otherwise.
"""

import re

import pytest

from thankyou.api import handle
from thankyou.guide import SECTIONS

NOW = "2026-11-26T12:00:00+07:00"
THURSDAY_10 = "2026-11-26T10:00:00+07:00"


def check(**situation):
    return handle({"op": "check", "now": NOW, **situation})


def reason_codes(answer, topic=None):
    return [reason["code"] for reason in answer["reasons"] if topic is None or reason["topic"] == topic]


def people(*roles):
    return [{"role": role} for role in roles]


# ---- Should I send one? ------------------------------------------------------------------

# Rule: the default answer is yes. A formal interview (first, second, final, an assessment) expects
# one; a short screening call or an informal chat is optional (sending is still rarely a mistake).
@pytest.mark.parametrize(
    ("stage", "verdict", "reason"),
    [
        ("first", "send", "formal_interview"),
        ("second", "send", "formal_interview"),
        ("final", "send", "final_round"),
        ("assessment", "send", "assessment"),
        ("screening", "optional", "screening_call"),
        ("informal", "optional", "informal_chat"),
    ],
)
def test_verdict_by_stage(stage, verdict, reason):
    answer = check(stage=stage)
    assert answer["verdict"] == verdict
    assert reason_codes(answer, "verdict") == [reason]
    assert answer["message"] is None


# Rule: always send after a panel, an on-site interview, or one with the hiring manager or an
# executive: even a screening call or an informal chat then expects a thank-you.
@pytest.mark.parametrize(
    ("stage", "situation", "reason"),
    [
        ("screening", {"interviewers": people("recruiter", "colleague")}, "panel_interview"),
        ("informal", {"interviewers": people("colleague", "colleague", "colleague")}, "panel_interview"),
        ("screening", {"format": "in_person"}, "in_person"),
        ("screening", {"interviewers": people("hiring_manager")}, "senior_interviewer"),
        ("informal", {"interviewers": people("executive")}, "senior_interviewer"),
        ("informal", {"interviewers": [{"name": "Rina", "role": "hiring_manager"}], "format": "phone"}, "senior_interviewer"),
    ],
)
def test_always_send_after_a_panel_on_site_or_with_a_decision_maker(stage, situation, reason):
    answer = check(stage=stage, **situation)
    assert answer["verdict"] == "send"
    assert reason in reason_codes(answer, "verdict")


# Rule: optional only when the conversation was informal or transactional: one recruiter or future
# colleague (or nobody named), by phone or video. An informal chat in person (a coffee) stays optional.
@pytest.mark.parametrize(
    ("stage", "situation"),
    [
        ("screening", {}),
        ("screening", {"interviewers": people("recruiter"), "format": "phone"}),
        ("screening", {"interviewers": [{"name": "Budi"}], "format": "video"}),
        ("informal", {"interviewers": people("colleague")}),
        ("informal", {"format": "in_person"}),
    ],
)
def test_optional_after_informal_or_transactional_conversations(stage, situation):
    assert check(stage=stage, **situation)["verdict"] == "optional"


# Rule: a panel, a decision maker and an on-site meeting all count, but the answer explains itself
# with at most three reasons rather than repeating the same point.
def test_verdict_reasons_stop_at_three():
    answer = check(stage="final", format="in_person", interviewers=people("hiring_manager", "executive"))
    assert reason_codes(answer, "verdict") == ["final_round", "panel_interview", "senior_interviewer"]


# Rule: in many Indonesian local companies and government offices the habit is less common:
# there "expected" becomes "recommended", never "don't"; an optional call stays optional.
@pytest.mark.parametrize(
    ("setting", "stage", "verdict"),
    [
        ("multinational", "final", "send"),
        ("startup", "final", "send"),
        ("unknown", "final", "send"),
        ("local", "final", "recommended"),
        ("government", "first", "recommended"),
        ("local", "screening", "optional"),
        ("government", "informal", "optional"),
    ],
)
def test_local_companies_and_government_offices_get_recommended_not_expected(setting, stage, verdict):
    answer = check(stage=stage, setting=setting)
    assert answer["verdict"] == verdict
    assert ("local_custom" in reason_codes(answer)) == (setting in ("local", "government"))


# Rule: in a competitive role the missing signal can matter: an optional note becomes recommended.
@pytest.mark.parametrize(
    ("stage", "setting", "verdict"),
    [
        ("screening", "unknown", "recommended"),
        ("informal", "local", "recommended"),
        ("first", "unknown", "send"),
        ("final", "government", "recommended"),
    ],
)
def test_a_competitive_role_makes_a_thank_you_recommended_at_least(stage, setting, verdict):
    answer = check(stage=stage, setting=setting, competitive=True)
    assert answer["verdict"] == verdict
    assert "competitive" in reason_codes(answer, "verdict")


# Rule: news from the employer changes the message: answer the offer, withdraw politely, thank and
# confirm the next round, or (optionally) a gracious note after a rejection. Never "don't".
@pytest.mark.parametrize(
    ("status", "message", "reason"),
    [
        ("offer", "reply_to_offer", "offer_in_hand"),
        ("not_interested", "withdrawal", "withdrawal"),
        ("next_round", "confirm_next_round", "next_round"),
        ("rejected", "reply_to_rejection", "after_rejection"),
    ],
)
def test_news_from_the_employer_calls_for_another_message(status, message, reason):
    answer = check(stage="final", status=status, ended_at=THURSDAY_10, interviewers=people("hiring_manager", "recruiter"))
    assert (answer["verdict"], answer["message"]) == ("other_message", message)
    assert reason_codes(answer, "verdict") == [reason]
    assert answer["emails"] == 1 and answer["channel"] == "reply_in_thread"
    assert answer["follow_up_on"] is None and answer["calendar"] is None
    # The message advised is what the generator is prefilled with: never a thank-you, never nothing.
    assert answer["draft"]["kind"] == message and answer["draft"]["attempt"] is None


@pytest.mark.parametrize("status", ["waiting", "next_round", "offer", "rejected", "not_interested"])
@pytest.mark.parametrize("setting", ["multinational", "local", "government", "startup", "unknown"])
def test_the_verdict_is_never_dont(status, setting):
    for stage in ("screening", "informal", "first"):
        assert check(stage=stage, status=status, setting=setting)["verdict"] in {"send", "recommended", "optional", "other_message"}


# ---- When to send --------------------------------------------------------------------------

# Rule: send within 24 hours of the end of the interview.
@pytest.mark.parametrize(
    ("ended_at", "deadline"),
    [
        ("2026-11-26T10:00:00+07:00", "2026-11-27T10:00:00+07:00"),
        ("2026-11-26T23:30:00+07:00", "2026-11-27T23:30:00+07:00"),
        ("2026-11-24T09:00:00Z", "2026-11-25T09:00:00+00:00"),
        ("2026-02-26T09:00:00+01:00", "2026-02-27T09:00:00+01:00"),
    ],
)
def test_deadline_is_24_hours_after_the_end(ended_at, deadline):
    assert check(stage="first", ended_at=ended_at)["deadline"] == deadline


# Rule: 24 hours that end before the interviewer's working day starts end at its start (08:00): the
# guide's evening advice ("write it that evening and schedule it for 08:00 the next morning") is on time.
@pytest.mark.parametrize(
    ("ended_at", "now", "deadline", "send_at"),
    [
        ("2026-11-26T07:30:00+07:00", "2026-11-26T19:00:00+07:00", "2026-11-27T08:00:00+07:00", "2026-11-27T08:00:00+07:00"),
        ("2026-11-26T06:00:00+07:00", "2026-11-26T23:00:00+07:00", "2026-11-27T08:00:00+07:00", "2026-11-27T08:00:00+07:00"),
        # Read within working hours: today, as ever.
        ("2026-11-26T07:30:00+07:00", "2026-11-26T09:00:00+07:00", "2026-11-27T08:00:00+07:00", "2026-11-26T09:00:00+07:00"),
        # Their clock, not the reader's: 07:30 in Jakarta is 00:30 in London, where 08:00 is the start.
        ("2026-11-26T07:30:00+07:00", "2026-11-26T19:00:00+07:00", "2026-11-27T15:00:00+07:00", "2026-11-26T19:00:00+07:00"),
    ],
)
def test_24_hours_ending_before_their_working_day_end_as_it_starts(ended_at, now, deadline, send_at):
    zone = {"interviewer_tz": "Europe/London"} if deadline.endswith("15:00:00+07:00") else {}
    answer = check(stage="first", ended_at=ended_at, now=now, **zone)
    assert (answer["deadline"], answer["send_at"], answer["timing"]) == (deadline, send_at, "on_time")


# Rule: an interview on a Friday or before a holiday: the same day, or the next working morning
# (until 10:00), is fine. Weekends and the holidays the reader names are not working days.
@pytest.mark.parametrize(
    ("ended_at", "holidays", "deadline"),
    [
        ("2026-11-27T10:00:00+07:00", [], "2026-11-30T10:00:00+07:00"),  # Friday morning
        ("2026-11-27T16:00:00+07:00", [], "2026-11-30T10:00:00+07:00"),  # Friday afternoon
        ("2026-11-28T10:00:00+07:00", [], "2026-11-30T10:00:00+07:00"),  # a Saturday interview
        ("2026-11-26T16:00:00+07:00", ["2026-11-27"], "2026-11-30T10:00:00+07:00"),  # Friday is a holiday
        ("2026-12-23T16:00:00+07:00", ["2026-12-24", "2026-12-25"], "2026-12-28T10:00:00+07:00"),  # cuti bersama, Christmas
        ("2026-11-26T16:00:00+07:00", ["2026-11-30"], "2026-11-27T16:00:00+07:00"),  # a later holiday changes nothing
    ],
)
def test_friday_or_before_a_holiday_the_next_working_morning_is_fine(ended_at, holidays, deadline):
    answer = check(stage="first", ended_at=ended_at, holidays=holidays, now=ended_at)
    assert answer["deadline"] == deadline
    moved = deadline[:10] != "2026-11-27"
    # The day off is explained once, by the guide's section on weekends and holidays: after a plain weekend
    # by "the next working morning is still on time", after three days off or more by the long break's advice.
    days_off = [reason for reason in answer["reasons"] if reason["link"] == SECTIONS["evenings_weekends"]]
    assert len(days_off) == moved, days_off
    # (here a holiday before the weekend makes the days off three or more: a long break)
    assert ("weekend_or_holiday" in reason_codes(answer, "timing")) == (moved and not holidays)
    # A week later the moved deadline is history: the answer no longer explains it.
    later = check(stage="first", ended_at=ended_at, holidays=holidays, now="2026-12-30T11:00:00+07:00")
    assert "weekend_or_holiday" not in reason_codes(later)


# Rule (kapan-mengirim, "Jika sudah terlambat"): late by a few days, a short late thank-you; about
# a week or more after the interview with no decision, the thanks and the follow-up in one short
# email. Every late verdict leads to its message in the generator.
@pytest.mark.parametrize(
    ("now", "timing", "time_left", "kind", "reason"),
    [
        ("2026-11-26T10:30:00+07:00", "on_time", "masih 23 jam lagi", "thank_you", "within_24_hours"),
        ("2026-11-27T09:30:00+07:00", "on_time", "masih 30 menit lagi", "thank_you", "within_24_hours"),
        # At the deadline itself no minute is left to promise.
        ("2026-11-27T10:00:00+07:00", "on_time", "batas waktunya sekarang", "thank_you", "within_24_hours"),
        ("2026-11-27T09:59:00+07:00", "on_time", "masih 1 menit lagi", "thank_you", "within_24_hours"),
        ("2026-11-27T10:20:00+07:00", "late", "lewat 20 menit", "late_thank_you", "late"),  # not "lewat 1 jam"
        ("2026-11-27T11:00:00+07:00", "late", "lewat 1 jam", "late_thank_you", "late"),
        ("2026-11-29T10:00:00+07:00", "late", "lewat 2 hari", "late_thank_you", "late"),
        ("2026-12-01T10:00:00+07:00", "late", "lewat 4 hari", "late_thank_you", "late"),  # five days after
        ("2026-12-03T09:59:00+07:00", "late", "lewat 5 hari", "late_thank_you", "late"),
        ("2026-12-03T10:00:00+07:00", "very_late", "lewat 6 hari", "thank_you_and_follow_up", "late_combined"),
        ("2026-12-04T10:00:00+07:00", "very_late", "lewat 7 hari", "thank_you_and_follow_up", "late_combined"),  # eight days
        ("2026-12-08T10:00:00+07:00", "very_late", "lewat 11 hari", "thank_you_and_follow_up", "late_combined"),  # twelve
    ],
)
def test_timing_bands_and_the_message_they_lead_to(now, timing, time_left, kind, reason):
    answer = check(stage="final", ended_at=THURSDAY_10, now=now)
    assert (answer["timing"], answer["time_left"]) == (timing, time_left)
    assert reason in reason_codes(answer, "timing")
    assert answer["draft"]["kind"] == kind and answer["draft"]["length"] == ("standard" if timing == "on_time" else "short")


# The very-late wording stays true however long ago the interview was: "about a week" alone
# would be wrong three weeks on; the guide says "about a week or more".
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("now", ["2026-12-03T10:00:00+07:00", "2026-12-17T10:00:00+07:00", "2027-01-20T10:00:00+07:00"])
def test_the_very_late_wording_holds_weeks_after_the_interview(lang, now):
    answer = check(stage="final", ended_at=THURSDAY_10, now=now, lang=lang)
    assert answer["timing"] == "very_late"
    assert {"id": "seminggu atau lebih", "en": "a week or more"}[lang] in answer["timing_text"]
    said = " ".join(reason["text"] for reason in answer["reasons"])
    assert not re.search({"id": r"sekitar seminggu(?! atau lebih)", "en": r"about a week(?! or more)"}[lang], said)


# Rule: a decision date still to come keeps a late note a thank-you alone: asking about the
# process before their date would be early.
def test_a_decision_date_still_ahead_keeps_a_late_note_a_thank_you():
    answer = check(stage="final", ended_at=THURSDAY_10, now="2026-12-08T10:00:00+07:00", decision_by="2026-12-18")
    assert answer["timing"] == "late" and answer["draft"]["kind"] == "late_thank_you"


# Rule: never a follow-up date that has passed, nor one two days after a late thank-you: a late
# thank-you moves the first follow-up to five working days after it; the combined email is the
# first follow-up itself, with the second a week later.
@pytest.mark.parametrize(
    ("now", "first", "second", "rule"),
    [
        ("2026-11-26T12:00:00+07:00", "2026-12-03", "2026-12-10", "a_week_after"),  # on time
        # Five days after: thanked Tue 1 Dec, so not "a week after the interview" (3 Dec) but five working
        # days after the thanks, and the reason says so (it said "a week after the interview").
        ("2026-12-01T10:00:00+07:00", "2026-12-08", "2026-12-15", "after_thanks"),
        ("2026-11-27T12:00:00+07:00", "2026-12-04", "2026-12-11", "after_thanks"),  # two hours late
        ("2026-12-04T10:00:00+07:00", "2026-12-04", "2026-12-11", "combined_is_the_first"),  # eight days after
        ("2026-12-08T10:00:00+07:00", "2026-12-08", "2026-12-15", "combined_is_the_first"),  # twelve days after
    ],
)
def test_follow_up_dates_never_contradict_a_late_thank_you(now, first, second, rule):
    answer = check(stage="final", ended_at=THURSDAY_10, now=now)
    assert (answer["follow_up_on"], answer["second_follow_up_on"]) == (first, second)
    assert reason_codes(answer, "follow_up") == [rule]
    assert answer["follow_up_on"] >= now[:10]


# Rule: late or not, weekends and holidays are waited out to the interviewer's next working morning.
@pytest.mark.parametrize(
    ("now", "holidays", "send_at", "moment"),
    [
        ("2026-11-28T11:00:00+07:00", [], "2026-11-30T08:00:00+07:00", "late_next_working_morning"),  # Saturday
        ("2026-11-29T20:00:00+07:00", ["2026-11-30"], "2026-12-01T08:00:00+07:00", "late_next_working_morning"),
        ("2026-11-30T21:00:00+07:00", [], "2026-12-01T08:00:00+07:00", "late_next_working_morning"),  # Monday evening
        ("2026-11-30T11:00:00+07:00", [], "2026-11-30T11:00:00+07:00", "as_soon_as_possible"),  # Monday, working hours
        ("2026-12-05T11:00:00+07:00", [], "2026-12-07T08:00:00+07:00", "late_next_working_morning"),  # combined, Saturday
    ],
)
def test_late_messages_wait_for_the_interviewers_working_day(now, holidays, send_at, moment):
    answer = check(stage="first", ended_at=THURSDAY_10, now=now, holidays=holidays)
    assert answer["timing"] != "on_time"
    assert answer["send_at"] == send_at
    assert ("late_on_a_day_off" in reason_codes(answer, "timing")) == (moment == "late_next_working_morning")
    assert answer["send_at_text"].startswith("Kirim sekarang") == (moment == "as_soon_as_possible")


# Rule: the suggested moment. In the interviewer's working hours: today, with the hour or two the
# guide allows for writing; with less than that left of their day, today or their next working
# morning. In their evening or night: the next working morning at 08:00, if that is still before the
# deadline, else now. Late: as soon as possible.
@pytest.mark.parametrize(
    ("ended_at", "now", "send_at", "text"),
    [
        (THURSDAY_10, "2026-11-26T12:00:00+07:00", "2026-11-26T12:00:00+07:00", "Waktu terbaik: hari ini"),
        (THURSDAY_10, "2026-11-26T15:59:00+07:00", "2026-11-26T15:59:00+07:00", "Waktu terbaik: hari ini"),
        (THURSDAY_10, "2026-11-26T16:30:00+07:00", "2026-11-27T08:00:00+07:00", "Kirim sebelum jam kerja pewawancara usai, pukul 18.00,"),
        ("2026-11-27T15:00:00+07:00", "2026-11-27T17:00:00+07:00", "2026-11-30T08:00:00+07:00", "Kirim sebelum jam kerja pewawancara usai, pukul 18.00,"),
        (THURSDAY_10, "2026-11-26T20:00:00+07:00", "2026-11-27T08:00:00+07:00", "Waktu terbaik: besok pagi, Jumat, pukul 08.00"),
        (THURSDAY_10, "2026-11-27T07:00:00+07:00", "2026-11-27T08:00:00+07:00", "Waktu terbaik: hari ini pukul 08.00"),
        (THURSDAY_10, "2026-11-27T09:00:00+07:00", "2026-11-27T09:00:00+07:00", "Waktu terbaik: sekarang, karena batas 24 jam"),
        (THURSDAY_10, "2026-11-26T11:00:00+07:00", "2026-11-26T11:00:00+07:00", "Waktu terbaik: hari ini"),
        (THURSDAY_10, "2026-11-27T09:30:00+07:00", "2026-11-27T09:30:00+07:00", "Waktu terbaik: sekarang, karena batas 24 jam"),
        ("2026-11-26T06:00:00+07:00", "2026-11-26T23:00:00+07:00", "2026-11-27T08:00:00+07:00", "Waktu terbaik: besok pagi, Jumat, pukul 08.00"),
        ("2026-11-27T16:00:00+07:00", "2026-11-28T11:00:00+07:00", "2026-11-30T08:00:00+07:00", "Waktu terbaik: Senin, 30 November 2026 pukul 08.00"),
        (THURSDAY_10, "2026-11-30T11:00:00+07:00", "2026-11-30T11:00:00+07:00", "Kirim sekarang, selagi masih jam kerja"),
        (THURSDAY_10, "2026-11-26T09:00:00+07:00", THURSDAY_10, "Wawancara akan selesai hari ini pukul 10.00; kirim"),
        # Still to come, ending in their evening: written then, it arrives on their next working morning.
        ("2026-11-26T19:00:00+07:00", "2026-11-26T09:00:00+07:00", "2026-11-27T08:00:00+07:00", "Setelah wawancara selesai, tulis"),
    ],
)
def test_suggested_moment(ended_at, now, send_at, text):
    answer = check(stage="first", ended_at=ended_at, now=now)
    assert answer["send_at"] == send_at
    assert answer["send_at_text"].startswith(text)


# Rule: time zones. Working hours, weekends and the deadline are the interviewer's, with their
# daylight saving; times are shown on the reader's clock and on theirs.
@pytest.mark.parametrize(
    ("ended_at", "zone", "deadline", "their_time"),
    [
        # Friday before Europe's clocks go forward (Sunday 29 March 2026): Monday 10:00 is CEST, +02:00.
        ("2026-03-27T16:00:00+01:00", "Europe/Amsterdam", "2026-03-30T15:00:00+07:00", "(pukul 10.00 waktu Amsterdam)"),
        # Friday before New York's clocks go back (Sunday 1 November 2026): Monday 10:00 is EST, -05:00.
        ("2026-10-30T16:00:00-04:00", "America/New_York", "2026-11-02T22:00:00+07:00", "(pukul 10.00 waktu New York)"),
        # A weekday, no change: Singapore is an hour ahead of Jakarta.
        ("2026-11-26T11:00:00+08:00", "Asia/Singapore", "2026-11-27T10:00:00+07:00", "(pukul 11.00 waktu Singapura)"),
    ],
)
def test_the_interviewers_time_zone_with_daylight_saving(ended_at, zone, deadline, their_time):
    answer = check(stage="final", ended_at=ended_at, now=ended_at, interviewer_tz=zone, reader_tz="Asia/Jakarta")
    assert answer["deadline"] == deadline
    assert their_time in answer["deadline_text"]
    assert "time_zone" in reason_codes(answer, "timing")
    assert answer["interviewer_tz"] == zone


def test_the_readers_own_zone_has_daylight_saving_too():
    # London, Saturday 28 March 2026: the 24 hours end on Sunday, after the clocks went forward.
    answer = check(stage="first", ended_at="2026-03-28T10:00:00+00:00", now="2026-03-28T11:00:00+00:00",
                   reader_tz="Europe/London")
    assert answer["deadline"] == "2026-03-30T10:00:00+01:00"
    assert answer["interviewer_tz"] is None and "time_zone" not in reason_codes(answer)


@pytest.mark.parametrize(("zone", "lang", "note"), [
    ("Mars/Olympus_Mons", "id", "Zona waktu “Mars/Olympus_Mons” tidak dikenali, jadi jam dihitung menurut zona waktu Anda (UTC+07:00)."),
    ("../../etc/passwd", "en", "The time zone “../../etc/passwd” is not known here, so times are counted in your own (UTC+07:00)."),
])
def test_an_unknown_zone_falls_back_to_the_readers_offset(zone, lang, note):
    answer = check(stage="first", ended_at=THURSDAY_10, interviewer_tz=zone, lang=lang)
    assert answer["deadline"] == "2026-11-27T10:00:00+07:00"
    assert answer["notes"] == [note]
    assert answer["interviewer_tz"] is None


def test_without_an_end_time_the_deadline_is_relative():
    answer = check(stage="first")
    assert answer["deadline"] is None and answer["time_left"] is None and answer["send_at"] is None
    assert answer["deadline_text"] == "Kirim dalam 24 jam setelah wawancara selesai."
    assert answer["timing"] == "on_time"


@pytest.mark.parametrize(
    ("lang", "ended_at", "text", "left"),
    [
        ("id", THURSDAY_10, "Kirim paling lambat besok pagi, Jumat, pukul 10.00.", "masih 22 jam lagi"),
        ("en", THURSDAY_10, "Send it by tomorrow morning, Friday, at 10:00.", "22 hours left"),
        # Once passed, the deadline is named as one that was, not as an order to meet it.
        ("id", "2026-11-25T11:30:00+07:00", "Batas waktunya hari ini pukul 11.30.", "lewat 30 menit"),
        ("en", "2026-11-25T12:30:00+07:00", "Send it by today at 12:30.", "30 minutes left"),
        ("en", "2026-11-27T12:00:00+07:00", "Send it by Monday, 30 November 2026 at 10:00.", "3 days left"),
        # A count of one is singular in English ("1 hour", never "1 hours").
        ("en", "2026-11-25T10:30:00+07:00", "The deadline was today at 10:30.", "1 hour late"),
        ("en", "2026-11-25T13:30:00+07:00", "Send it by today at 13:30.", "1 hour left"),
        ("en", "2026-11-25T12:01:30+07:00", "Send it by today at 12:01.", "1 minute left"),
        ("en", "2026-11-25T12:00:30+07:00", "Send it by today at 12:00.", "the deadline is now"),
        ("en", "2026-11-25T11:59:00+07:00", "The deadline was today at 11:59.", "1 minute late"),
        ("en", "2026-11-25T14:00:00+07:00", "Send it by today at 14:00.", "2 hours left"),
        ("id", "2026-11-25T13:30:00+07:00", "Kirim paling lambat hari ini pukul 13.30.", "masih 1 jam lagi"),
    ],
)
def test_deadline_in_the_readers_language(lang, ended_at, text, left):
    answer = check(stage="final", ended_at=ended_at, lang=lang)
    assert answer["deadline_text"] == text
    assert answer["time_left"] == left


# A sentence of the answer says one thing after its colon: "Best moment: now: the 24 hours…" reads as
# a stutter. Every template of the answer, in both languages.
@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_sentence_of_the_answer_has_two_colons(lang):
    from thankyou.texts import texts_for
    from thankyou.texts.check import CheckTexts

    words = texts_for(CheckTexts, lang)
    slots = ("moments", "test_moments", "timing", "message_deadlines", "follow_up", "emails", "channels",
             "messages", "verdicts", "reasons", "hesitation_answers", "several")
    stutters = [(slot, key) for slot in slots for key, text in getattr(words, slot).items()
                for sentence in re.split(r"(?<=[.!?])\s+", text) if sentence.count(":") > 1]
    assert stutters == []


# ---- How, and to whom ----------------------------------------------------------------------

# Rule: a panel gets one separate, personalised email per interviewer.
@pytest.mark.parametrize(
    ("interviewers", "emails", "text"),
    [
        (None, 1, "Tulis satu email untuk pewawancara Anda."),
        (people("hiring_manager"), 1, "Tulis satu email untuk pewawancara Anda."),
        (people("hiring_manager", "colleague"), 2, "Tulis dua email terpisah, satu untuk setiap pewawancara."),
        (people("recruiter", "hiring_manager", "executive"), 3, "Tulis tiga email terpisah, satu untuk setiap pewawancara."),
    ],
)
def test_one_email_per_interviewer(interviewers, emails, text):
    answer = check(stage="final", **({"interviewers": interviewers} if interviewers else {}))
    assert (answer["emails"], answer["emails_text"]) == (emails, text)
    assert ("one_per_interviewer" in reason_codes(answer, "how")) == (emails > 1)
    assert len(answer["recipients"]) == emails


# In English the words follow the number: several emails are "them", each sent to that interviewer,
# and the working day is the interviewers'; one email stays "it" (Indonesian says neither).
@pytest.mark.parametrize(
    ("ended_at", "interviewer_tz", "several"),
    [
        (THURSDAY_10, None, True),
        (THURSDAY_10, None, False),
        ("2026-11-26T16:00:00+11:00", "Australia/Sydney", True),  # the reader's evening: their next morning
        ("2026-11-26T17:30:00+08:00", "Asia/Singapore", True),
        (None, None, True),
    ],
)
def test_several_emails_are_them_in_english(ended_at, interviewer_tz, several):
    team = people("hiring_manager", "colleague") if several else people("hiring_manager")
    answer = check(stage="second", lang="en", interviewers=team, now="2026-11-26T19:00:00+07:00",
                   reader_tz="Asia/Jakarta", **({"ended_at": ended_at} if ended_at else {}),
                   **({"interviewer_tz": interviewer_tz} if interviewer_tz else {}))
    said = " ".join(answer[key] or "" for key in ("deadline_text", "send_at_text", "channel_text"))
    assert answer["deadline_text"].startswith("Send them " if several else "Send it ")
    assert ("Send it" in said or " it now" in said or "write it" in said or "interviewer's working" in said
            or "the interviewer's email" in said) != several
    if several:
        assert answer["channel_text"] == "Send each one straight to that interviewer's own email address."


# After a test or presentation someone assessed live, the answer names the assessor throughout, as its
# reasons do; an interview keeps the interviewer.
@pytest.mark.parametrize(
    ("stage", "lang", "team", "emails_text", "channel_text"),
    [
        ("assessment", "id", people("hiring_manager"), "Tulis satu email untuk penilai Anda.",
         "Kirim langsung ke alamat email penilai."),
        ("assessment", "en", people("hiring_manager", "colleague"), "Write two separate emails, one to each assessor.",
         "Send each one straight to that assessor's own email address."),
        ("assessment", "en", people("colleague"), "Write one email to the person who assessed you.",
         "Send it straight to the assessor's email address."),
        ("final", "id", people("hiring_manager"), "Tulis satu email untuk pewawancara Anda.",
         "Kirim langsung ke alamat email pewawancara."),
        ("final", "en", people("hiring_manager", "colleague"), "Write two separate emails, one to each interviewer.",
         "Send each one straight to that interviewer's own email address."),
    ],
)
def test_an_assessment_names_the_assessor(stage, lang, team, emails_text, channel_text):
    answer = check(stage=stage, lang=lang, interviewers=team, ended_at=THURSDAY_10)
    assert (answer["emails_text"], answer["channel_text"]) == (emails_text, channel_text)
    panel = [reason["text"] for reason in answer["reasons"] if reason["code"] in ("panel_interview", "one_per_interviewer")]
    assert all(("interview" in text) == (stage != "assessment") for text in panel)


@pytest.mark.parametrize(("lang", "team", "emails_text", "says"), [
    ("en", people("hiring_manager", "colleague"),
     "Write just one email, addressed to the recruiter, that names each of your two assessors; there is no need "
     "for a separate email to each.", "invited you to the test or presentation"),
    ("id", people("hiring_manager"), "Tulis satu email, ditujukan kepada perekrut, yang menyebut nama penilai Anda.",
     "mengundang Anda ke tes atau presentasi itu"),
])
def test_an_assessment_through_the_recruiter_names_the_assessor(lang, team, emails_text, says):
    answer = check(stage="assessment", lang=lang, interviewers=team, contact="recruiter_only", ended_at=THURSDAY_10)
    assert answer["emails_text"] == emails_text
    assert says in answer["channel_text"] and "wawancara" not in answer["channel_text"]
    assert "interview" not in answer["channel_text"]


# Without an end time, a test or presentation someone assessed is still spoken of as such, not as an
# interview (the home page's compact checker has no time field).
@pytest.mark.parametrize(
    ("lang", "team", "deadline_text", "send_at_text"),
    [
        ("en", people("hiring_manager"), "Send it within 24 hours of the end of the test or presentation.",
         "Ideally on the day of the test or presentation, while it is fresh in the assessor's memory."),
        ("en", people("hiring_manager", "colleague"), "Send them within 24 hours of the end of the test or presentation.",
         "Ideally on the day of the test or presentation, while it is fresh in the assessors' memory."),
        ("id", people("hiring_manager"), "Kirim dalam 24 jam setelah tes atau presentasinya selesai.",
         "Sebaiknya pada hari yang sama dengan tes atau presentasinya, selagi masih segar dalam ingatan penilai."),
    ],
)
def test_an_assessment_without_an_end_time_is_not_an_interview(lang, team, deadline_text, send_at_text):
    answer = check(stage="assessment", lang=lang, interviewers=team)
    assert (answer["deadline_text"], answer["send_at_text"]) == (deadline_text, send_at_text)


# A withdrawal answers no message ("the message that brought the news" does not exist): it goes in the
# thread that arranged the interview. It and a follow-up are one short email the reader writes, not a reply.
@pytest.mark.parametrize(
    ("situation", "emails_text", "channel_text"),
    [
        ({"status": "not_interested", "lang": "en"}, "One short email is enough.",
         "Reply in the email thread that arranged your interview, to the recruiter or whoever has been your "
         "contact so far."),
        ({"status": "not_interested"}, "Cukup satu email singkat.",
         "Balas di utas email yang mengatur wawancara Anda, kepada perekrut atau orang yang selama ini "
         "menghubungi Anda."),
        ({"already_sent": "thank_you", "lang": "en"}, "One short email is enough.", None),
        ({"status": "rejected", "lang": "en"}, "One reply is enough.", "Reply directly to the message that brought the news."),
    ],
)
def test_a_withdrawal_goes_in_the_interview_thread(situation, emails_text, channel_text):
    answer = check(stage="second", ended_at=THURSDAY_10, **situation)
    assert answer["emails_text"] == emails_text
    assert channel_text is None or answer["channel_text"] == channel_text


# Rule (cara-menulis, "Jika tidak punya alamat email"): with only the recruiter's address, reply
# once in the invitation thread, to the recruiter, naming the interviewers (thanking the recruiter
# directly when they sat on the panel); with no address, the same thread, LinkedIn as a fallback;
# never a private contact. One email then, however large the panel.
@pytest.mark.parametrize(
    ("contact", "roles", "channel", "fallback", "reason", "emails", "text"),
    [
        ("direct", ("hiring_manager",), "direct_email", None, None, 1, "Kirim langsung"),
        ("direct", ("recruiter", "hiring_manager"), "direct_email", None, None, 2, "Kirim masing-masing langsung"),
        ("recruiter_only", ("hiring_manager",), "through_recruiter", None, "through_recruiter", 1, "Balas utas email undangan"),
        ("recruiter_only", ("hiring_manager", "colleague", "colleague"), "through_recruiter", None, "through_recruiter", 1,
         "sebut nama pewawancara"),
        ("recruiter_only", ("recruiter", "hiring_manager", "executive"), "through_recruiter", None, "through_recruiter", 1,
         "ucapkan terima kasih kepadanya langsung"),
        ("recruiter_only", ("recruiter",), "direct_email", None, None, 1, "Kirim langsung"),  # the recruiter was the interviewer
        # Two recruiters and one address: one reply to the recruiter in the thread, naming the other.
        ("recruiter_only", ("recruiter", "recruiter"), "through_recruiter", None, "through_recruiter", 1,
         "ucapkan terima kasih kepadanya langsung"),
        ("none", ("recruiter", "recruiter"), "reply_in_thread", "linkedin", "no_address", 1,
         "ucapkan terima kasih kepadanya langsung"),
        ("none", ("hiring_manager",), "reply_in_thread", "linkedin", "no_address", 1, "Balas di percakapan"),
        ("none", ("hiring_manager", "colleague"), "reply_in_thread", "linkedin", "no_address", 1, "Balas di percakapan"),
        ("none", ("recruiter",), "reply_in_thread", "linkedin", "no_address", 1, "perekrut yang mewawancarai Anda membacanya"),
    ],
)
def test_channel_by_contact(contact, roles, channel, fallback, reason, emails, text):
    answer = check(stage="first", contact=contact, interviewers=people(*roles))
    assert (answer["channel"], answer["channel_fallback"]) == (channel, fallback)
    assert [code for code in reason_codes(answer, "how") if code != "one_per_interviewer"] == ([reason] if reason else [])
    assert answer["emails"] == emails and text in answer["channel_text"]
    # With no email address at all, what is written is a message in a chat, not an email.
    assert answer["emails_text"].startswith("Tulis satu email" if contact != "none" else "Tulis satu pesan") == (emails == 1)


# Rule (cara-menulis, "Jika tidak punya alamat email"): with no email address at all, the thread that
# arranged the interview is a chat (WhatsApp) if it exists; after a walk-in interview or a job-fair chat
# there is none. How many to write says "message", never "email", and the answer never takes the thread
# for granted; a government selection keeps its official channel (an email to the committee).
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(
    ("stage", "roles", "status", "already_sent"),
    [
        ("first", ("hiring_manager",), "waiting", "nothing"),
        ("informal", ("hiring_manager",), "waiting", "nothing"),
        ("screening", ("recruiter",), "waiting", "nothing"),
        ("final", ("hiring_manager", "executive", "colleague"), "waiting", "nothing"),
        ("second", ("recruiter", "hiring_manager"), "waiting", "nothing"),
        ("assessment", ("colleague",), "waiting", "nothing"),
        ("first", ("hiring_manager",), "waiting", "thank_you"),
        ("first", ("hiring_manager",), "not_interested", "nothing"),
        ("assessment", ("hiring_manager", "colleague"), "not_interested", "nothing"),
    ],
)
def test_with_no_email_address_the_answer_speaks_of_a_message_in_a_chat(lang, stage, roles, status, already_sent):
    answer = check(stage=stage, contact="none", interviewers=people(*roles), status=status,
                   already_sent=already_sent, lang=lang)
    email = {"id": "email", "en": "email"}[lang]
    assert email not in answer["emails_text"].lower() and email not in answer["channel_text"].lower()
    assert {"id": "pesan", "en": "message"}[lang] in answer["emails_text"]
    for reason in answer["reasons"]:
        assert "scheduled the" not in reason["text"] and "utas yang mengatur jadwal" not in reason["text"]
    official = check(stage=stage, contact="none", setting="government", interviewers=people(*roles), status=status,
                     already_sent=already_sent, lang=lang)
    if status == "waiting" and already_sent == "nothing":
        assert email in official["emails_text"].lower()


# Rule (cara-menulis, "Jika tidak punya alamat email"): at a government office or a state-owned
# company (CPNS, BUMN) the selection runs through the committee's official channel; with no address,
# the checker points there and never to LinkedIn or a private contact, whoever interviewed them.
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("roles", [("hiring_manager",), ("recruiter",), ("hiring_manager", "colleague")])
def test_no_address_at_a_government_office_keeps_to_the_official_channel(lang, roles):
    answer = check(stage="first", contact="none", setting="government", interviewers=people(*roles), lang=lang)
    assert (answer["channel"], answer["channel_fallback"]) == ("reply_in_thread", None)
    assert "official_channel" in reason_codes(answer, "how")
    assert {"id": "saluran resmi", "en": "official channel"}[lang] in answer["channel_text"]
    # LinkedIn is named only to be ruled out, never offered as the way to send it.
    assert {"id": "jangan menghubungi", "en": "do not contact"}[lang] in answer["channel_text"]
    # ... and how many to write says the same: one, to the committee, not to "the recruiter".
    if roles != ("recruiter",):
        assert answer["emails"] == 1
        assert {"id": "kepada panitia seleksi", "en": "to the selection committee"}[lang] in answer["emails_text"]
    elsewhere = check(stage="first", contact="none", setting="local", interviewers=people(*roles), lang=lang)
    assert elsewhere["channel_fallback"] == "linkedin"


# Rule: common hesitations are mostly unfounded; each one ticked gets its answer and its section.
@pytest.mark.parametrize(
    ("hesitation", "section", "start"),
    [
        ("desperate", "hesitation_desperate", "Ucapan terima kasih yang singkat dan profesional adalah sopan santun biasa"),
        ("what_to_say", "hesitation_what_to_say", "Tiga hal sudah cukup"),
        ("unimportant", "hesitation_unimportant", "Ucapan terima kasih jarang menentukan hasil sendirian"),
        ("no_email", "hesitation_no_email", "Tidak punya alamat email pewawancara bukan alasan"),
    ],
)
def test_each_hesitation_gets_an_answer(hesitation, section, start):
    # Only the recruiter's address: "no email" is what the reader has told the form too.
    [answer] = check(stage="first", contact="recruiter_only", hesitations=[hesitation])["hesitations"]
    assert answer["code"] == hesitation
    assert answer["text"].startswith(start)
    assert answer["link"] == SECTIONS[section]


def test_hesitations_come_in_the_order_ticked_once_each():
    answer = check(stage="first", hesitations=["no_email", "desperate", "no_email"])
    assert [item["code"] for item in answer["hesitations"]] == ["no_email", "desperate"]


# ---- Follow-up -----------------------------------------------------------------------------

# Rule: no news by the date they gave: one polite follow-up about five working days after that
# date (about a week after the interview when they gave none), a second a week later, then move on.
@pytest.mark.parametrize(
    ("situation", "first", "second", "reason"),
    [
        ({"ended_at": THURSDAY_10}, "2026-12-03", "2026-12-10", "a_week_after"),
        ({"ended_at": THURSDAY_10, "decision_by": "2026-12-04"}, "2026-12-11", "2026-12-18", "after_their_date"),
        ({"ended_at": THURSDAY_10, "decision_by": "2026-12-04", "holidays": ["2026-12-07"]}, "2026-12-14", "2026-12-21", "after_their_date"),
        ({"decision_by": "2026-11-26"}, "2026-12-03", "2026-12-10", "after_their_date"),
        ({"ended_at": "2026-12-18T10:00:00+07:00", "holidays": ["2026-12-25"]}, "2026-12-28", "2027-01-04", "a_week_after"),
        ({"ended_at": "2026-11-21T10:00:00+07:00", "now": "2026-11-21T12:00:00+07:00"}, "2026-11-30", "2026-12-07", "a_week_after"),  # a Saturday interview
    ],
)
def test_follow_up_dates(situation, first, second, reason):
    answer = check(stage="first", **situation)
    assert (answer["follow_up_on"], answer["second_follow_up_on"]) == (first, second)
    assert reason_codes(answer, "follow_up") == [reason]


# Rule: through the recruiter, one interviewer is one person: the advice never speaks of several
# interviewers, nor of them as "mereka".
@pytest.mark.parametrize(("lang", "plural"), [("id", re.compile(r"\bmereka\b")), ("en", re.compile(r"\binterviewers\b"))])
def test_through_the_recruiter_one_interviewer_is_one(lang, plural):
    answer = check(stage="first", contact="recruiter_only", interviewers=[{"role": "hiring_manager", "name": "Andi"}], lang=lang)
    texts = [answer["emails_text"], answer["channel_text"]] + [r["text"] for r in answer["reasons"] if r["topic"] == "how"]
    assert answer["channel"] == "through_recruiter" and len(texts) == 3
    assert not [text for text in texts if plural.search(text)]


# Rule: "send it before their working day ends" names when it ends, on both clocks when the
# interviewer is elsewhere: the reader's "today" may already be their tomorrow.
@pytest.mark.parametrize(
    ("situation", "lang", "text"),
    [
        # An hour and a half of their day left (under an hour, the next working morning is the advice).
        ({"ended_at": "2026-11-27T16:00:00+00:00", "now": "2026-11-28T00:30:00+08:00", "reader_tz": "Asia/Makassar",
          "interviewer_tz": "Europe/London"}, "en",
         "Send it before the interviewer's working day ends, at 02:00 your time (Friday at 18:00, London time), "),
        ({"ended_at": "2026-11-27T15:30:00+07:00", "now": "2026-11-27T15:30:00+07:00", "reader_tz": "Asia/Jakarta",
          "interviewer_tz": "Asia/Makassar"}, "id",
         "Kirim sebelum jam kerja pewawancara usai, pukul 17.00 WIB, waktu Anda (pukul 18.00 WITA), "),
    ],
)
def test_the_end_of_their_working_day_is_named(situation, lang, text):
    answer = check(stage="first", lang=lang, **situation)
    assert answer["send_at_text"].startswith(text)


# Rule: a hesitation is answered for what the reader is about to write: a reply to news, a
# follow-up or a note after a test taken alone is not a thank-you after a conversation.
@pytest.mark.parametrize(
    ("situation", "lang", "never"),
    [
        ({"status": "rejected"}, "en", re.compile(r"interviewer's address|pressing for a decision|specific point")),
        ({"status": "offer"}, "id", re.compile(r"alamat email pewawancara|mendesak soal keputusan|hal spesifik")),
        ({"already_sent": "thank_you", "ended_at": "2026-11-16T10:00:00+07:00"}, "en", re.compile(r"thanks for their time|interviewer's address|costs almost nothing")),
        ({"already_sent": "follow_up", "ended_at": "2026-11-16T10:00:00+07:00"}, "id", re.compile(r"terima kasih atas waktunya|alamat email pewawancara|hampir tanpa biaya")),
        ({"stage": "assessment", "with_interviewer": False, "ended_at": THURSDAY_10}, "en", re.compile(r"conversation|interviewer")),
        # No address at a government office or a BUMN: the answer's "how" is the committee's official channel
        # or nothing, so "send it through the recruiter" would contradict it.
        ({"setting": "government", "contact": "none", "ended_at": THURSDAY_10}, "en", re.compile(r"through the recruiter|no reason to skip")),
        ({"setting": "government", "contact": "none", "ended_at": THURSDAY_10}, "id", re.compile(r"lewat perekrut|bukan alasan untuk tidak")),
        # The "no email" answer follows the answer's "how": never "send it through the recruiter" when that
        # "how" sends it straight to the interviewer's own address, or to the recruiter who interviewed them.
        ({"contact": "direct", "ended_at": THURSDAY_10}, "en", re.compile(r"Send it through the recruiter")),
        ({"contact": "direct", "stage": "assessment", "ended_at": THURSDAY_10}, "id", re.compile(r"Titipkan lewat perekrut")),
        ({"contact": "recruiter_only", "interviewers": [{"role": "recruiter"}], "ended_at": THURSDAY_10}, "id",
         re.compile(r"Titipkan lewat perekrut")),
        ({"contact": "none", "interviewers": [{"role": "recruiter"}], "ended_at": THURSDAY_10}, "en",
         re.compile(r"Send it through the recruiter")),
        # A withdrawal answers no news: the reader writes first.
        ({"status": "not_interested"}, "en", re.compile(r"\bnews\b|brought")),
        ({"status": "not_interested"}, "id", re.compile(r"kabarnya|kabar ini|kabar dari perusahaan|membawa kabar")),
    ],
)
def test_hesitations_are_answered_for_the_message_at_hand(situation, lang, never):
    answer = check(**{"stage": "final", **situation}, lang=lang, hesitations=["desperate", "what_to_say", "unimportant", "no_email"])
    texts = [item["text"] for item in answer["hesitations"]]
    assert len(texts) == 4 and not [text for text in texts if never.search(text)]


# Rule: when they will decide within the 24 hours, the timing reason does not say the decision is
# usually still open; it names their date.
@pytest.mark.parametrize(
    ("decision_by", "lang", "says", "never"),
    [
        ("2026-11-26", "id", "paling lambat hari ini, Kamis, 26 November 2026", "keputusan biasanya belum diambil"),
        ("2026-11-27", "en", "decide by tomorrow, Friday, 27 November 2026", "usually still open"),
    ],
)
def test_a_decision_within_the_24_hours_is_named(decision_by, lang, says, never):
    answer = check(stage="final", ended_at=THURSDAY_10, now="2026-11-26T12:00:00+07:00", decision_by=decision_by, lang=lang)
    timing = [reason["text"] for reason in answer["reasons"] if reason["topic"] == "timing"]
    assert any(says in text for text in timing) and not any(never in text for text in timing)
    later = check(stage="final", ended_at=THURSDAY_10, now="2026-11-26T12:00:00+07:00", decision_by="2026-12-04", lang=lang)
    assert any(never in reason["text"] for reason in later["reasons"])


# Rule: after a test taken alone there was no interview: the follow-up counts its week from the test.
@pytest.mark.parametrize(("lang", "says", "never"), [("id", "setelah tes", "wawancara"), ("en", "after the test", "interview")])
def test_follow_up_after_a_test_taken_alone_counts_from_the_test(lang, says, never):
    answer = check(stage="assessment", with_interviewer=False, ended_at=THURSDAY_10, lang=lang)
    follow_up = [reason["text"] for reason in answer["reasons"] if reason["topic"] == "follow_up"]
    assert answer["follow_up_on"] == "2026-12-03"
    assert follow_up and all(says in text and never not in text for text in follow_up)


# Rule: in an Indonesian interviewer's calendar the fixed-date national holidays (1 January, 1 May,
# 1 June, 17 August, 25 December) are days off even when the reader names none; abroad New Year's
# Day is, and Christmas Day where it is a public holiday (Singapore, London, New York; not Tokyo or Moscow).
@pytest.mark.parametrize(
    ("situation", "first", "second"),
    [
        ({"ended_at": "2026-12-18T10:00:00+07:00", "reader_tz": "Asia/Jakarta"}, "2026-12-28", "2027-01-04"),
        ({"ended_at": "2026-11-20T11:00:00+08:00", "reader_tz": "Asia/Makassar", "decision_by": "2026-12-18"}, "2026-12-28", "2027-01-04"),
        ({"ended_at": "2027-08-10T10:00:00+09:00", "reader_tz": "Asia/Jayapura"}, "2027-08-18", "2027-08-25"),
        ({"ended_at": "2026-12-18T10:00:00+07:00", "reader_tz": "Asia/Jakarta", "interviewer_tz": "Asia/Tokyo"}, "2026-12-25", "2027-01-04"),
        ({"ended_at": "2026-12-18T10:00:00+07:00", "reader_tz": "Asia/Jakarta", "interviewer_tz": "Europe/Moscow"}, "2026-12-25", "2027-01-04"),
        ({"ended_at": "2026-12-18T10:00:00+07:00", "reader_tz": "Asia/Jakarta", "interviewer_tz": "Asia/Singapore"}, "2026-12-28", "2027-01-04"),
        # Boxing Day 2026 is a Saturday: London's bank holiday is Monday the 28th.
        ({"ended_at": "2026-12-18T10:00:00+00:00", "reader_tz": "Asia/Jakarta", "interviewer_tz": "Europe/London"}, "2026-12-29", "2027-01-05"),
        ({"ended_at": "2026-12-18T10:00:00-05:00", "reader_tz": "Asia/Jakarta", "interviewer_tz": "America/New_York"}, "2026-12-28", "2027-01-04"),
    ],
)
def test_fixed_national_holidays_in_an_indonesian_calendar(situation, first, second):
    answer = check(stage="first", now=situation["ended_at"], **situation)
    assert (answer["follow_up_on"], answer["second_follow_up_on"]) == (first, second)


# Rule: the calendars known whole. In the United States a holiday on a Saturday is observed on the
# Friday before and one on a Sunday on the Monday after, and Memorial Day, Labor Day and Thanksgiving
# fall on weekdays by rule; in Singapore and Kuala Lumpur a Sunday holiday gives the Monday back;
# national days (Australia Day, Waitangi Day) count where the next weekday is given back.
@pytest.mark.parametrize(
    ("zone", "ended_at", "deadline"),
    [
        ("America/New_York", "2026-07-02T10:00:00-04:00", "2026-07-06T10:00:00-04:00"),  # 4 July a Saturday: Friday off
        ("America/Chicago", "2027-12-23T14:00:00-06:00", "2027-12-27T10:00:00-06:00"),  # Christmas a Saturday: the 24th off
        ("America/Los_Angeles", "2027-12-30T14:00:00-08:00", "2028-01-03T10:00:00-08:00"),  # New Year a Saturday: 31 Dec off
        # Thanksgiving, the fourth Thursday, and the day after it, which most employers give (not the fourth
        # Friday: in 2030 that is the 22nd, a working day, and the day after Thanksgiving the 29th).
        ("America/Chicago", "2026-11-25T15:00:00-06:00", "2026-11-30T10:00:00-06:00"),
        ("America/New_York", "2030-11-21T14:00:00-05:00", "2030-11-22T14:00:00-05:00"),
        ("America/New_York", "2030-11-27T15:00:00-05:00", "2030-12-02T10:00:00-05:00"),
        ("Pacific/Honolulu", "2026-09-04T11:00:00-10:00", "2026-09-08T10:00:00-10:00"),  # Labor Day, first Monday
        ("Asia/Singapore", "2026-08-07T15:00:00+08:00", "2026-08-11T10:00:00+08:00"),  # National Day a Sunday: Monday off
        ("Asia/Kuala_Lumpur", "2027-08-30T15:00:00+08:00", "2027-09-01T10:00:00+08:00"),  # Merdeka Day
        ("America/Toronto", "2026-07-02T10:00:00-04:00", "2026-07-03T10:00:00-04:00"),  # not a US calendar
        ("Australia/Sydney", "2027-01-25T14:00:00+11:00", "2027-01-27T10:00:00+11:00"),  # Australia Day
        ("Pacific/Auckland", "2027-02-05T14:00:00+13:00", "2027-02-09T10:00:00+13:00"),  # Waitangi Day a Saturday: Monday off
        # New Year's Day is a working day in Riyadh and Doha (a Thursday in 2026): the 24 hours hold.
        ("Asia/Riyadh", "2025-12-31T14:00:00+03:00", "2026-01-01T14:00:00+03:00"),
        ("Asia/Qatar", "2025-12-31T14:00:00+03:00", "2026-01-01T14:00:00+03:00"),
        ("Asia/Jerusalem", "2025-12-31T14:00:00+02:00", "2026-01-01T14:00:00+02:00"),
        # ... and their own national days are not: Saudi National Day, Qatar National Day, UAE National Day.
        ("Asia/Riyadh", "2026-09-22T14:00:00+03:00", "2026-09-24T10:00:00+03:00"),
        ("Asia/Qatar", "2025-12-17T14:00:00+03:00", "2025-12-21T10:00:00+03:00"),  # the 19th and 20th: their weekend
        ("Asia/Dubai", "2026-12-01T14:00:00+04:00", "2026-12-04T10:00:00+04:00"),  # 2 and 3 December
        ("Asia/Kuwait", "2025-12-31T14:00:00+03:00", "2026-01-04T10:00:00+03:00"),  # 1 Jan off, then Fri and Sat
        ("Asia/Muscat", "2027-01-10T14:00:00+04:00", "2027-01-12T10:00:00+04:00"),  # the Sultan's Accession Day
        ("Asia/Muscat", "2028-11-19T14:00:00+04:00", "2028-11-20T14:00:00+04:00"),  # National Day: not counted
        ("Asia/Amman", "2027-05-24T14:00:00+03:00", "2027-05-26T10:00:00+03:00"),  # Independence Day
    ],
)
def test_weekend_holidays_give_a_weekday_back_by_their_calendar(zone, ended_at, deadline):
    answer = check(stage="first", ended_at=ended_at, now=ended_at, reader_tz=zone)
    assert answer["deadline"] == deadline


# Rule: after the thank-you, the follow-up: the first when its date has come, the second a week
# later, then stop. The answer says which one, and the generator is prefilled with it.
@pytest.mark.parametrize(
    ("sent", "now", "starts", "reminder", "attempt", "deadline_text"),
    [
        (None, "2026-11-26T12:00:00+07:00", "Jika belum ada kabar, kirim satu pesan tindak lanjut yang singkat dan sopan pada Kamis, 3 Desember 2026.", "20261203", None, None),
        ("thank_you", "2026-11-30T09:00:00+07:00", "Tanpa tanggal keputusan dari mereka, tindak lanjut pertama sekitar seminggu setelah wawancara: Kamis, 3 Desember 2026.", "20261203", 1, "Kirim pada Kamis, 3 Desember 2026"),
        ("thank_you", "2026-12-03T20:00:00+07:00", "Tanpa tanggal keputusan dari mereka, tindak lanjut pertama sekitar seminggu setelah wawancara: Kamis, 3 Desember 2026 (hari ini).", "20261210", 1, "Sudah waktunya: kirim hari ini"),
        ("thank_you", "2026-12-09T09:00:00+07:00", "Sudah lebih dari seminggu sejak wawancara tanpa kabar, jadi tindak lanjut pertama sudah waktunya: Rabu, 9 Desember 2026 (hari ini).", "20261216", 1, "Sudah waktunya: kirim hari ini"),
        ("follow_up", "2026-12-04T09:00:00+07:00", "Ini tindak lanjut kedua sekaligus yang terakhir.", "20261210", 2, "Kirim pada Kamis, 10 Desember 2026"),
        ("follow_up", "2026-12-10T09:00:00+07:00", "Ini tindak lanjut kedua sekaligus yang terakhir", None, 2, "Sudah waktunya: kirim hari ini"),
        ("follow_up", "2026-12-11T09:00:00+07:00", "Ini tindak lanjut kedua sekaligus yang terakhir", None, 2, "Tanggalnya (Kamis, 10 Desember 2026) sudah lewat"),
    ],
)
def test_follow_up_text_and_reminder_follow_the_calendar(sent, now, starts, reminder, attempt, deadline_text):
    answer = check(stage="first", ended_at=THURSDAY_10, now=now, **({"already_sent": sent} if sent else {}))
    assert answer["follow_up_text"].startswith(starts)
    assert answer["draft"]["kind"] == ("follow_up" if sent else "thank_you")
    assert answer["draft"]["attempt"] == attempt
    if sent:
        assert (answer["verdict"], answer["message"], answer["emails"]) == ("other_message", "follow_up", 1)
        assert answer["deadline_text"].startswith(deadline_text)
        assert reason_codes(answer) == ["already_thanked"]
    if reminder is None:
        assert answer["calendar"] is None
    else:
        assert f"DTSTART;VALUE=DATE:{reminder}" in answer["calendar"]["text"]
        assert answer["calendar"]["filename"] == f"tindak-lanjut-{reminder[:4]}-{reminder[4:6]}-{reminder[6:]}.ics"


# Rule: the day the last message went out dates the next one. The second and last follow-up comes a
# week after the first (not a week after the day the checker would have advised for the first); a
# follow-up comes no sooner than five working days after the thank-you. Without the day, the dates
# are counted from the interview as before.
@pytest.mark.parametrize(
    ("sent", "sent_on", "now", "deadline_text", "first", "second", "says"),
    [
        # The first follow-up went out yesterday: not "today" for the second, but a week after it.
        ("follow_up", "2026-12-08", "2026-12-09T09:00:00+07:00", "Kirim pada Selasa, 15 Desember 2026",
         "2026-12-08", "2026-12-15", "Tindak lanjut pertama Anda terkirim pada Selasa, 8 Desember 2026"),
        # Without the day, the second is counted from the day advised for the first: two days after it here.
        ("follow_up", None, "2026-12-09T09:00:00+07:00", "Kirim pada Kamis, 10 Desember 2026", "2026-12-03", "2026-12-10",
         "Ini tindak lanjut kedua sekaligus yang terakhir"),
        # A week after a Friday is a Friday; a week after a day before a holiday moves past it.
        ("follow_up", "2026-12-18", "2026-12-21T09:00:00+07:00", "Kirim pada Senin, 28 Desember 2026",
         "2026-12-18", "2026-12-28", "yang kedua, sekaligus yang terakhir"),
        # The thank-you went out late, three days ago: the first follow-up waits five working days after it.
        ("thank_you", "2026-12-04", "2026-12-07T09:00:00+07:00", "Kirim pada Jumat, 11 Desember 2026",
         "2026-12-11", "2026-12-18",
         "Tindak lanjut pertama jatuh pada Jumat, 11 Desember 2026, lima hari kerja setelah ucapan terima kasih Anda "
         "(Jumat, 4 Desember 2026)"),
        ("thank_you", None, "2026-12-07T09:00:00+07:00", "Sudah waktunya: kirim hari ini", "2026-12-07", "2026-12-14",
         "tindak lanjut pertama sudah waktunya: Senin, 7 Desember 2026 (hari ini)"),
        # An on-time thank-you changes nothing: a week after the interview is later still.
        ("thank_you", "2026-11-26", "2026-11-27T09:00:00+07:00", "Kirim pada Kamis, 3 Desember 2026",
         "2026-12-03", "2026-12-10",
         "tindak lanjut pertama sekitar seminggu setelah wawancara: Kamis, 3 Desember 2026"),
    ],
)
def test_the_day_the_last_message_went_out_dates_the_next(sent, sent_on, now, deadline_text, first, second, says):
    answer = check(stage="first", ended_at=THURSDAY_10, now=now, already_sent=sent, holidays=["2026-12-25"],
                   **({"sent_on": sent_on} if sent_on else {}))
    assert answer["deadline_text"].startswith(deadline_text)
    assert (answer["follow_up_on"], answer["second_follow_up_on"]) == (first, second)
    assert says in answer["follow_up_text"]
    # The calendar reminder is for the next follow-up still to come.
    reminder = second if sent == "follow_up" or first <= now[:10] else first
    assert f"DTSTART;VALUE=DATE:{reminder.replace('-', '')}" in answer["calendar"]["text"]


def test_the_day_sent_dates_the_second_follow_up_without_an_interview_date():
    answer = check(stage="first", now="2026-12-09T09:00:00+07:00", already_sent="follow_up", sent_on="2026-12-08",
                   lang="en")
    assert answer["second_follow_up_on"] == "2026-12-15"
    assert answer["deadline_text"].startswith("Send it on Tuesday, 15 December 2026")


@pytest.mark.parametrize(
    ("situation", "code", "message"),
    [
        ({"sent_on": "2026-11-25", "ended_at": THURSDAY_10}, "date_order",
         "The day you last sent one: this date cannot be before the interview."),
        ({"sent_on": "2026-11-27"}, "date_future", "The day you last sent one: this date has not come yet."),
    ],
)
def test_the_day_sent_is_neither_before_the_interview_nor_to_come(situation, code, message):
    error = check(stage="first", already_sent="thank_you", lang="en", **situation)["error"]
    assert (error["field"], error["code"]) == ("sent_on", code)
    assert error["message"].startswith(message)
    # With nothing sent, the day is not asked for and not read.
    assert "error" not in check(stage="first", already_sent="nothing", **situation)


def test_without_dates_the_follow_up_rule_is_told_not_dated():
    answer = check(stage="first", lang="en")
    assert answer["follow_up_on"] is None and answer["calendar"] is None
    assert answer["follow_up_text"].startswith("If you hear nothing about a week after the interview")
    assert reason_codes(answer, "follow_up") == ["follow_up_rule"]


# ---- The draft it hands over to the generator ----------------------------------------------

@pytest.mark.parametrize(
    ("situation", "register", "length"),
    [
        ({"stage": "first"}, "formal", "standard"),
        ({"stage": "first", "setting": "startup"}, "semi_formal", "standard"),
        ({"stage": "informal", "setting": "government"}, "formal", "short"),
        ({"stage": "informal"}, "semi_formal", "short"),
        ({"stage": "screening"}, "formal", "short"),
        ({"stage": "final", "ended_at": "2026-11-20T10:00:00+07:00"}, "formal", "short"),  # late: short
    ],
)
def test_the_drafts_register_and_length(situation, register, length):
    draft = check(**situation)["draft"]
    assert (draft["register"], draft["length"]) == (register, length)


def test_the_draft_carries_the_interview_date_format_and_names():
    draft = check(stage="final", ended_at="2026-11-26T23:30:00+07:00", format="in_person", lang="en",
                  interviewers=[{"name": "Rina Wijaya", "role": "hiring_manager"}, {"role": "colleague"}])["draft"]
    assert draft == {"kind": "thank_you", "attempt": None, "interview_date": "2026-11-26", "format": "in_person",
                     "step": "interview", "names": ["Rina Wijaya", ""], "register": "formal", "length": "standard", "channel": "email",
                     "lang": "en", "send_to": "each", "recruiter_interviewer": None,
                     # the checker's own reminder: five working days after the thank-you, which ending at
                     # 23:30 goes out on the next working morning (Friday)
                     "follow_up_on": check(stage="final", ended_at="2026-11-26T23:30:00+07:00")["follow_up_on"]}
    assert draft["follow_up_on"] == "2026-12-04"


# ---- Every reason explains itself, in both languages, with a link into the guide --------------

@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_reason_has_text_and_a_guide_link(lang):
    from thankyou.check import REASONS

    for code, (_topic, section) in REASONS.items():
        assert section in SECTIONS, code
    answer = check(stage="screening", lang=lang, contact="none", interviewers=people("recruiter", "colleague"),
                   ended_at="2026-11-27T16:00:00+07:00", interviewer_tz="Asia/Tokyo", hesitations=["desperate"])
    for item in answer["reasons"] + answer["hesitations"]:
        assert item["text"].strip() and "{" not in item["text"]
        page, _, anchor = item["link"].partition("#")
        assert page.endswith(".html") and anchor


@pytest.mark.parametrize(
    ("situation", "field", "message"),
    [
        ({}, "stage", "Tahap wawancara wajib diisi."),
        ({"stage": "lunch"}, "stage", "Tahap wawancara: pilih salah satu dari"),
        ({"stage": "first", "lang": "en", "ended_at": "yesterday"}, "ended_at", "The interview ended at: not a valid"),
        ({"stage": "first", "ended_at": "2026-11-26T10:00"}, "ended_at", "Wawancara selesai pada: tanggal"),
        ({"stage": "first", "ended_at": "0001-01-01T00:00+00:00"}, "ended_at", "Wawancara selesai pada"),
        ({"stage": "first", "lang": "fr"}, "lang", "Bahasa: pilih salah satu dari id, en."),
        ({"stage": 3, "lang": "en"}, "stage", "Interview stage: choose one of"),
        ({"stage": "first", "format": "letter"}, "format", "Bentuk wawancara: pilih salah satu dari phone, video, in_person."),
        ({"stage": "first", "interviewers": "Rina"}, "interviewers", "Pewawancara tidak berformat benar."),
        ({"stage": "first", "interviewers": ["Rina"]}, "interviewers.0", "Pewawancara tidak berformat benar."),
        ({"stage": "first", "interviewers": [{}, {"role": "boss"}], "lang": "en"}, "interviewers.1.role", "Role: choose one of recruiter"),
        ({"stage": "first", "interviewers": [{"name": "x" * 81}]}, "interviewers.0.name", "Nama (tidak wajib) terlalu panjang"),
        ({"stage": "first", "interviewers": [{}] * 9, "lang": "en"}, "interviewers", "Interviewers: at most 8."),
        ({"stage": "first", "contact": "pigeon"}, "contact", "Alamat email yang Anda punya: pilih salah satu"),
        ({"stage": "first", "setting": "ngo"}, "setting", "Jenis tempat kerja: pilih salah satu"),
        ({"stage": "first", "status": "ghosted", "lang": "en"}, "status", "Latest news from the company: choose one of"),
        ({"stage": "first", "competitive": "yes"}, "competitive", "Posisi ini sangat kompetitif"),
        ({"stage": "first", "hesitations": ["shy"], "lang": "en"}, "hesitations", "What makes you hesitate (tick any): choose one of"),
        ({"stage": "first", "hesitations": "desperate"}, "hesitations", "Yang membuat Anda ragu"),
        ({"stage": "first", "decision_by": "next week", "lang": "en"}, "decision_by", "Decision date they gave (if any): not a valid date."),
        ({"stage": "first", "decision_by": "2026-02-30"}, "decision_by", "Tanggal keputusan yang mereka janjikan (jika ada): tanggal tidak valid."),
        ({"stage": "first", "ended_at": THURSDAY_10, "decision_by": "2026-11-20"}, "decision_by", "Tanggal keputusan yang mereka janjikan (jika ada): tanggal ini tidak boleh lebih awal"),
        ({"stage": "first", "holidays": ["2026-13-01"], "lang": "en"}, "holidays", "Public holidays: not a valid date."),
        ({"stage": "first", "holidays": ["2026-12-25"] * 61}, "holidays", "Hari libur: paling banyak 60."),
        ({"stage": "first", "interviewer_tz": 7}, "interviewer_tz", "Zona waktu pewawancara: zona waktu tidak dikenal."),
        ({"stage": "first", "reader_tz": "x" * 65, "lang": "en"}, "reader_tz", "Your time zone: unknown time zone."),
    ],
)
def test_invalid_input_names_the_field_in_the_readers_language(situation, field, message):
    error = check(**situation)["error"]
    assert error["field"] == field
    assert error["message"].startswith(message), error["message"]


# ---- Assessments, with and without someone assessing ----------------------------------------

# Rule (kirim-atau-tidak): a test, case study or presentation someone assessed live expects a
# thank-you; a written or online test taken alone is optional, like a screening call. The key
# says nothing for other stages.
@pytest.mark.parametrize(
    ("situation", "verdict", "reason"),
    [
        ({"stage": "assessment"}, "send", "assessment"),
        ({"stage": "assessment", "with_interviewer": True, "format": "in_person"}, "send", "assessment"),
        ({"stage": "assessment", "with_interviewer": False}, "optional", "test_without_interviewer"),
        ({"stage": "assessment", "with_interviewer": False, "format": "in_person"}, "optional", "test_without_interviewer"),
        ({"stage": "assessment", "with_interviewer": False, "interviewers": people("hiring_manager", "colleague")},
         "optional", "test_without_interviewer"),
        ({"stage": "assessment", "with_interviewer": False, "competitive": True}, "recommended", "test_without_interviewer"),
        ({"stage": "first", "with_interviewer": False}, "send", "formal_interview"),
    ],
)
def test_an_assessment_with_or_without_an_interviewer(situation, verdict, reason):
    answer = check(**situation)
    assert answer["verdict"] == verdict
    assert reason_codes(answer, "verdict")[0] == reason
    if not situation.get("with_interviewer", True) and situation["stage"] == "assessment":
        assert SECTIONS["may_be_optional"] == next(r["link"] for r in answer["reasons"] if r["code"] == reason)
        # Nobody interviewed them: no email "to your interviewer", a line to whoever arranged the test.
        assert "pewawancara" not in answer["emails_text"] + answer["channel_text"]
        assert answer["channel"] == "reply_in_thread" and answer["emails"] == 1


# A test taken alone had no interview and no conversation: when to send says "the test", and the
# generator is prefilled with its shortest length, as "two or three lines" advises.
NO_INTERVIEW = re.compile(r"wawancara|pewawancara|percakapan|interview|conversation", re.IGNORECASE)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("when", [{}, {"ended_at": THURSDAY_10, "now": "2026-11-26T12:00:00+07:00"},
                                  {"ended_at": "2026-11-27T17:00:00+07:00", "now": "2026-11-27T20:00:00+07:00"},
                                  {"ended_at": THURSDAY_10, "now": "2026-11-30T20:00:00+07:00"},
                                  {"ended_at": THURSDAY_10, "now": "2026-11-30T11:00:00+07:00"},
                                  {"ended_at": "2026-11-26T15:00:00+07:00", "now": "2026-11-26T12:00:00+07:00"}])
def test_a_test_taken_alone_is_timed_as_a_test_and_drafted_short(lang, when):
    answer = check(stage="assessment", with_interviewer=False, lang=lang, **when)
    for text in (answer["deadline_text"], answer["send_at_text"]):
        assert not NO_INTERVIEW.search(text), text
    assert answer["draft"]["length"] == "short"
    # How a test taken alone was "held" is no interview format: the draft does not say "over a video call".
    assert answer["draft"]["format"] == ""
    attended = check(stage="assessment", lang=lang, **when)
    assert attended["draft"]["format"] == "video"
    assert answer["send_at_text"] != attended["send_at_text"] or answer["deadline_text"] != attended["deadline_text"]


# ---- No reason claims more than the verdict -------------------------------------------------

# Rule: where a thank-you is only recommended or optional (a government panel, say), no reason
# says it is always needed or expected; and no follow-up text says one is enough when two are advised.
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("setting", ["multinational", "local", "government", "startup", "unknown"])
@pytest.mark.parametrize("stage", ["screening", "first", "second", "final", "informal", "assessment"])
def test_reasons_never_claim_more_than_the_verdict(lang, setting, stage):
    import re

    claims = re.compile(r"\b(selalu|always|diharapkan|expected|wajib|must)\b", re.IGNORECASE)
    for interviewers in (None, people("hiring_manager", "colleague", "recruiter")):
        answer = check(stage=stage, setting=setting, lang=lang, format="in_person", ended_at=THURSDAY_10,
                       **({"interviewers": interviewers} if interviewers else {}))
        for reason in answer["reasons"]:
            if reason["topic"] == "verdict" and answer["verdict"] != "send" and reason["code"] != "local_custom":
                assert not claims.search(reason["text"].replace("tidak wajib", "").replace("not required", "")), reason
            if reason["topic"] == "follow_up":
                enough = re.search(r"(\w+)\W+(?:\w+\W+){0,6}?(cukup|enough)", reason["text"])
                assert enough is None or enough.group(1).lower() in {"dua", "two"}, reason["text"]


# ---- The message the generator is prefilled with ---------------------------------------------

# Contract with the generator: `draft.kind` is never null when a message is advised, and a
# follow-up says which one it is.
@pytest.mark.parametrize(
    ("situation", "kind", "attempt"),
    [
        ({}, "thank_you", None),
        ({"ended_at": THURSDAY_10, "now": "2026-11-28T12:00:00+07:00"}, "late_thank_you", None),
        ({"ended_at": THURSDAY_10, "now": "2026-12-07T12:00:00+07:00"}, "thank_you_and_follow_up", None),
        ({"already_sent": "thank_you"}, "follow_up", 1),
        ({"already_sent": "follow_up", "ended_at": THURSDAY_10}, "follow_up", 2),
        ({"status": "rejected", "already_sent": "thank_you"}, "reply_to_rejection", None),
        ({"status": "offer"}, "reply_to_offer", None),
        ({"status": "next_round", "ended_at": THURSDAY_10, "now": "2026-12-07T12:00:00+07:00"}, "confirm_next_round", None),
        ({"status": "not_interested"}, "withdrawal", None),
    ],
)
def test_the_draft_names_the_message_advised(situation, kind, attempt):
    from thankyou.check import KINDS

    draft = check(stage="first", **situation)["draft"]
    assert (draft["kind"], draft["attempt"]) == (kind, attempt)
    assert draft["kind"] in KINDS


@pytest.mark.parametrize(
    ("situation", "field", "message"),
    [
        ({"stage": "assessment", "with_interviewer": "no"}, "with_interviewer", "Ada penilai atau pewawancara yang hadir"),
        ({"stage": "first", "already_sent": "flowers", "lang": "en"}, "already_sent", "What you have sent so far: choose one of"),
    ],
)
def test_the_new_keys_name_themselves_in_errors(situation, field, message):
    error = check(**situation)["error"]
    assert error["field"] == field and error["message"].startswith(message), error


# ---- The reminder after sending (the generator offers it, counted as the checker counts) ------

@pytest.mark.parametrize(
    ("kind", "attempt", "interview", "today", "expected"),
    [
        ("thank_you", None, "2026-11-26", "2026-11-26", "2026-12-03"),  # a week after the interview (Thursday)
        ("thank_you", None, "2026-11-28", "2026-11-28", "2026-12-07"),  # a Saturday interview: the Monday after
        ("late_thank_you", None, "2026-11-20", "2026-11-25", "2026-12-02"),  # five working days after the late thanks
        ("thank_you", None, None, "2026-11-26", "2026-12-03"),  # no interview date: five working days after sending
        ("thank_you_and_follow_up", None, "2026-11-10", "2026-11-26", "2026-12-03"),  # the next one a week later
        ("follow_up", 1, "2026-11-10", "2026-11-26", "2026-12-03"),
        ("follow_up", 2, "2026-11-10", "2026-11-26", None),  # two at most, then move on
        ("reply_to_offer", None, "2026-11-10", "2026-11-26", None),
        ("withdrawal", None, "2026-11-10", "2026-11-26", None),
    ],
)
def test_the_reminder_after_sending(kind, attempt, interview, today, expected):
    from datetime import date

    from thankyou.check import reminder_day

    day = reminder_day(kind, attempt, date.fromisoformat(interview) if interview else None, date.fromisoformat(today))
    assert (day.isoformat() if day else None) == expected


def test_the_follow_up_calendar_is_an_all_day_reminder_in_the_readers_language():
    from datetime import date, datetime, timezone

    from thankyou.check import follow_up_calendar

    made = follow_up_calendar(date(2026, 12, 3), "id", datetime(2026, 11, 26, 9, 41, tzinfo=timezone.utc), "seed")
    assert made["filename"] == "tindak-lanjut-2026-12-03.ics"
    assert "DTSTART;VALUE=DATE:20261203\r\n" in made["text"]
    assert "SUMMARY:Tindak lanjut lamaran kerja" in made["text"]
    assert "DTSTAMP:20261126T090000Z" in made["text"]


# Rule: a test taken alone was no interview; the checker's draft says so to the generator, whose
# message then speaks of the test (an interview stays an interview, an assessed test included).
@pytest.mark.parametrize(("situation", "step"), [
    ({"stage": "assessment", "with_interviewer": False}, "test"),
    ({"stage": "assessment"}, "interview"),
    ({"stage": "first"}, "interview"),
])
def test_the_draft_says_whether_it_thanks_for_a_test_taken_alone(situation, step):
    answer = check(**situation, interviewers=[{"name": "Sari", "role": "recruiter"}])
    assert answer["draft"]["step"] == step
    prefill = {key: value for key, value in answer["draft"].items()
               if key in ("kind", "step", "lang", "register", "length", "channel", "send_to", "recruiter_interviewer")
               and value is not None}
    drafted = handle({"op": "draft", **prefill, "name": "Dewi Lestari", "company": "PT Sinar Abadi", "role": "Staf Akuntansi",
                      "interviewers": [{"name": "Sari", "address": "ibu"}]})
    body = drafted["messages"][0]["body"]
    assert ("wawancara" in body) == (step == "interview"), body
    assert ("tes seleksi" in body) == (step == "test"), body


# Rule: a reason speaks of what the reader took part in. After a test taken alone there was no
# interview and no interviewer (the recruiter who arranged it reads the message); after a test or
# presentation someone assessed, the assessor remembers the work, not "the conversation".
TEST_ALONE = {"stage": "assessment", "with_interviewer": False}
@pytest.mark.parametrize(
    ("situation", "lang", "code", "says"),
    [
        ({**TEST_ALONE, "ended_at": "2026-11-16T10:00:00+07:00"}, "id", "late_combined", "Belum ada kabar"),
        ({**TEST_ALONE, "ended_at": "2026-11-16T10:00:00+07:00"}, "en", "late_combined", "You have heard nothing yet"),
        ({**TEST_ALONE, "ended_at": "2026-11-20T17:00:00+07:00", "now": "2026-11-21T09:00:00+07:00"}, "id",
         "weekend_or_holiday", "perekrut pun tidak mengurus"),
        ({**TEST_ALONE, "ended_at": "2026-11-23T10:00:00+07:00", "now": "2026-11-28T09:00:00+07:00"}, "en",
         "late_on_a_day_off", "the recruiter's working hours"),
        ({**TEST_ALONE, "ended_at": THURSDAY_10, "interviewer_tz": "Asia/Singapore"}, "id", "time_zone",
         "Perekrut yang mengatur tes berada di zona waktu Singapura"),
        ({"stage": "assessment", "ended_at": THURSDAY_10}, "id", "within_24_hours", "penilai masih mengingat"),
        ({"stage": "assessment", "ended_at": THURSDAY_10, "decision_by": "2026-11-26"}, "en",
         "within_24_hours_decision_soon", "fresh in the assessor's mind"),
        ({"stage": "assessment", "ended_at": THURSDAY_10}, "en", "a_week_after", "a week after the test or presentation"),
        ({"stage": "assessment", "ended_at": "2026-11-16T10:00:00+07:00"}, "en", "late_combined",
         "There is no decision yet"),
        # An interview keeps the interview's words.
        ({"stage": "first", "ended_at": "2026-11-16T10:00:00+07:00"}, "id", "late_combined", "Belum ada keputusan"),
        ({"stage": "first", "ended_at": THURSDAY_10}, "en", "within_24_hours", "the interviewer still remembers"),
    ],
)
def test_reasons_speak_of_the_step_taken_part_in(situation, lang, code, says):
    answer = check(lang=lang, **situation)
    texts = {reason["code"]: reason["text"] for reason in answer["reasons"]}
    assert says in texts[code]
    if situation["stage"] == "assessment":
        assert not re.search(r"wawancara|interview", " ".join(texts.values()).replace("tanpa pewawancara", "")
                             .replace("no interviewer", ""))


# Rule: a time on the reader's clock that falls on another day than theirs today names the day. An
# interviewer in London whose working day ends at 18:00 ends it at 01:00 the next day in Jakarta.
@pytest.mark.parametrize(
    ("zone", "ended_at", "now", "lang", "says"),
    [
        ("Europe/London", "2026-11-30T21:30:00+07:00", "2026-11-30T23:40:00+07:00", "en",
         "before the interviewer's working day ends, tomorrow, Tuesday, at 01:00 your time "
         "(Monday at 18:00, London time)"),
        ("Europe/London", "2026-11-30T21:30:00+07:00", "2026-11-30T23:40:00+07:00", "id",
         "sebelum jam kerja pewawancara usai, besok dini hari, Selasa, pukul 01.00 menurut waktu Anda"),
        # Singapore's working day ends at 17:00 in Jakarta, the reader's today: the time alone is clear.
        ("Asia/Singapore", "2026-11-30T14:00:00+07:00", "2026-11-30T15:30:00+07:00", "en",
         "before the interviewer's working day ends, at 17:00 your time (at 18:00, Singapore time)"),
    ],
)
def test_the_end_of_their_working_day_names_the_readers_day_when_it_is_not_today(zone, ended_at, now, lang, says):
    answer = check(stage="first", ended_at=ended_at, now=now, reader_tz="Asia/Jakarta", interviewer_tz=zone, lang=lang)
    assert says in answer["send_at_text"]


# Rule: with only the recruiter's address, one email names every interviewer; when the recruiter sat
# on the panel, it goes to them and names the others ("all two of your interviewers" never).
@pytest.mark.parametrize(
    ("roles", "lang", "says"),
    [
        (("recruiter", "hiring_manager"), "en", "to the recruiter who was on your panel, that names the other interviewers"),
        (("recruiter", "hiring_manager", "colleague"), "id", "kepada perekrut yang ikut mewawancarai Anda"),
        (("hiring_manager", "colleague"), "en", "names each of your two interviewers"),
        (("hiring_manager", "colleague", "colleague"), "id", "menyebut nama tiga pewawancara Anda"),
    ],
)
def test_one_email_through_the_recruiter_names_the_panel(roles, lang, says):
    answer = check(stage="second", contact="recruiter_only", interviewers=people(*roles), lang=lang)
    assert answer["emails"] == 1
    assert says in answer["emails_text"]
    assert "all two" not in answer["emails_text"]


# Rule: "today, within working hours" means the interviewer's; in another zone their day's end is
# named on both clocks (Auckland's 18:00 is noon in Jakarta).
@pytest.mark.parametrize(
    ("situation", "lang", "says"),
    [
        ({"stage": "final", "interviewer_tz": "Pacific/Auckland"}, "en",
         "today, before the interviewer's working day ends, at 12:00 your time (at 18:00, Auckland time)"),
        ({"stage": "first", "interviewer_tz": "Asia/Tokyo"}, "id",
         "hari ini, sebelum jam kerja pewawancara usai, pukul 16.00 menurut waktu Anda (pukul 18.00 waktu Tokyo)"),
        ({**TEST_ALONE, "interviewer_tz": "Asia/Tokyo"}, "en",
         "today, before the recruiter's working day ends, at 16:00 your time (at 18:00, Tokyo time)"),
        # The same zone: the reader's working day is theirs.
        ({"stage": "first"}, "en", "Best moment: today, within working hours, while the conversation is fresh."),
        # A presentation someone assessed: no conversation to speak of.
        ({"stage": "assessment"}, "id", "selagi masih jam kerja dan tes atau presentasi Anda masih segar"),
        ({"stage": "assessment", "interviewer_tz": "Asia/Tokyo"}, "en", "at 16:00 your time (at 18:00, Tokyo time), while it is all still fresh"),
    ],
)
def test_today_in_their_working_hours_names_the_end_of_their_day(situation, lang, says):
    answer = check(ended_at="2026-11-30T08:00:00+07:00", now="2026-11-30T09:00:00+07:00", reader_tz="Asia/Jakarta",
                   lang=lang, **situation)
    assert says in answer["send_at_text"]


# Rule: when the interviewer's working day ends on the reader's next day (New York seen from
# Jakarta late in the evening), that end is named with its date and is not called "today".
@pytest.mark.parametrize(
    ("lang", "says", "never"),
    [
        ("en", "Best moment: before the interviewer's working day ends, tomorrow morning, Wednesday, at 06:00 your time", "today"),
        ("id", "Waktu terbaik: sebelum jam kerja pewawancara usai, besok pagi, Rabu, pukul 06.00 menurut waktu Anda", "hari ini"),
    ],
)
def test_the_end_of_their_day_on_the_readers_next_day_is_not_today(lang, says, never):
    answer = check(stage="first", ended_at="2026-12-01T22:00:00+07:00", now="2026-12-01T23:00:00+07:00",
                   reader_tz="Asia/Jakarta", interviewer_tz="America/New_York", lang=lang)
    assert answer["send_at_text"].startswith(says)
    assert never not in answer["send_at_text"]


# Rule: the first follow-up never comes sooner than five working days after the thank-you goes out,
# on time or late. After Lebaran the thanks wait for Monday 15 March, and a follow-up "a week after
# the interview" would have been that same Monday; an evening interview thanked the next morning
# is followed up a working week after the thanks, as the generator's reminder counts it.
@pytest.mark.parametrize(
    ("situation", "send_at", "first", "reason"),
    [
        ({"ended_at": "2027-03-08T14:00:00+07:00", "now": "2027-03-08T19:00:00+07:00",
          "holidays": ["2027-03-09", "2027-03-10", "2027-03-11", "2027-03-12"]}, "2027-03-15", "2027-03-22", "after_thanks"),
        ({"ended_at": "2026-11-30T16:00:00+07:00", "now": "2026-11-30T23:30:00+07:00"}, "2026-12-01", "2026-12-08",
         "after_thanks"),
        # Thanked on the day: a week after the interview, as before.
        ({"ended_at": "2026-11-30T10:00:00+07:00", "now": "2026-11-30T12:00:00+07:00"}, "2026-11-30", "2026-12-07",
         "a_week_after"),
    ],
)
def test_the_first_follow_up_is_a_working_week_after_the_thanks(situation, send_at, first, reason):
    answer = check(stage="first", interviewer_tz="Asia/Jakarta", reader_tz="Asia/Jakarta", **situation)
    assert answer["send_at"][:10] == send_at and answer["timing"] == "on_time"
    assert answer["follow_up_on"] == first
    assert reason_codes(answer, "follow_up") == [reason]
    # The generator's reminder after sending that thank-you that day is the same day.
    from datetime import date

    from thankyou.check import reminder_day
    assert reminder_day("thank_you", None, date.fromisoformat(situation["ended_at"][:10]),
                        date.fromisoformat(send_at)).isoformat() == first or situation.get("holidays")


# One voice (kapan-mengirim, "Tindak lanjut"): a follow-up goes to whoever runs the process, the
# recruiter or HR person, else to the person thanked; the checker says what the guide says. After
# a test taken alone there is no interviewer to name.
@pytest.mark.parametrize(
    ("lang", "situation", "says", "never"),
    [
        ("en", {"stage": "first"}, "whoever runs the process (the recruiter or HR person who has been writing to you)", "last wrote"),
        ("id", {"stage": "first"}, "orang yang mengatur proses seleksi (perekrut atau staf HR yang menghubungi Anda)", "terakhir menghubungi"),
        ("en", {"stage": "assessment"}, "to the assessor you thanked", "interview"),
        ("id", {"stage": "assessment", "with_interviewer": False}, "perekrut atau orang yang mengatur tes Anda", "wawancara"),
    ],
)
def test_the_follow_up_goes_to_whoever_runs_the_process_as_the_guide_says(lang, situation, says, never):
    import sys
    from pathlib import Path

    answer = check(ended_at="2026-11-10T10:00:00+07:00", already_sent="thank_you", hesitations=["no_email"], lang=lang,
                   **situation)
    assert says in answer["channel_text"] and never not in answer["channel_text"]
    # "No address?" is answered the same way: not "your own thank-you's thread" alone.
    assert not re.search(r"own thank-you|terima kasih Anda sendiri", answer["hesitations"][0]["text"])
    if situation == {"stage": "first"} and sys.platform != "emscripten":  # inside Pyodide the guide is not mounted
        page = Path(__file__).resolve().parents[2] / "docs" / {"id": "kapan-mengirim.md", "en": "kapan-mengirim.en.md"}[lang]
        assert says in " ".join(page.read_text(encoding="utf-8").split())


# Rule: "about a week" is a week of the interviewer's working days too. An interview on the Friday before
# a week of Lebaran leave, checked an hour past the deadline on the first morning back, was told "about
# a week or more has passed: thanks and follow-up in one email"; nothing moved while they were away.
LEBARAN_2027 = ["2027-03-08", "2027-03-09", "2027-03-10", "2027-03-11", "2027-03-12", "2027-03-15"]


@pytest.mark.parametrize(("now", "band"), [
    ("2027-03-16T11:00:00+07:00", "late"),  # the first morning back: a late thank-you
    ("2027-03-19T11:00:00+07:00", "late"),  # four working days on
    ("2027-03-22T11:00:00+07:00", "very_late"),  # a week of working days on: thanks and interest in one
])
def test_a_long_break_is_not_a_week_of_waiting(now, band):
    answer = check(stage="first", ended_at="2027-03-05T14:00:00+07:00", now=now, holidays=LEBARAN_2027)
    assert answer["timing"] == band


def test_the_follow_up_a_week_on_counts_a_week_of_working_days():
    answer = check(stage="first", ended_at="2027-03-05T14:00:00+07:00", now="2027-03-16T09:00:00+07:00",
                   holidays=LEBARAN_2027, already_sent="thank_you")
    assert answer["follow_up_on"] == "2027-03-22"  # not the first morning back, 16 March
    # Without a break, a week is still a week: Tuesday to Tuesday.
    plain = check(stage="first", ended_at="2026-11-24T14:00:00+07:00", now="2026-11-26T09:00:00+07:00",
                  already_sent="thank_you")
    assert plain["follow_up_on"] == "2026-12-01"


# Rule: an Indonesian reader names the zones WIB, WITA and WIT. "--interviewer-tz WIB" was "not known
# here", and the times fell back to the reader's own clock.
@pytest.mark.parametrize(("name", "zone"), [("WIB", "Asia/Jakarta"), ("wita", "Asia/Makassar"), ("WIT", "Asia/Jayapura")])
def test_wib_wita_and_wit_are_indonesias_zones(name, zone):
    answer = check(stage="first", ended_at="2026-12-01T17:30:00+08:00", now="2026-12-01T18:00:00+08:00",
                   reader_tz="Asia/Makassar" if zone != "Asia/Makassar" else "Asia/Jakarta", interviewer_tz=name)
    assert answer["notes"] == []
    assert answer["interviewer_tz"] == zone


# Rule: the weekend is the interviewer's. In Riyadh or Doha the working week runs Sunday to Thursday:
# a Thursday interview's 24 hours end on their Friday, a day off, and Sunday is a working day.
@pytest.mark.parametrize(("zone", "ended_at", "now", "deadline", "send_at"), [
    ("Asia/Riyadh", "2026-12-03T15:00:00+03:00", "2026-12-03T15:30:00+03:00", "2026-12-06T10:00:00+03:00", "2026-12-03T15:30:00+03:00"),
    ("Asia/Qatar", "2026-12-06T11:00:00+03:00", "2026-12-06T12:00:00+03:00", "2026-12-07T11:00:00+03:00", "2026-12-06T12:00:00+03:00"),
    ("Asia/Kuwait", "2026-12-03T19:00:00+03:00", "2026-12-03T20:00:00+03:00", "2026-12-06T10:00:00+03:00", "2026-12-06T08:00:00+03:00"),
    # The Emirates keep Saturday and Sunday.
    ("Asia/Dubai", "2026-11-26T15:00:00+04:00", "2026-11-26T15:30:00+04:00", "2026-11-27T15:00:00+04:00", "2026-11-26T15:30:00+04:00"),
])
def test_the_weekend_is_the_interviewers_own(zone, ended_at, now, deadline, send_at):
    answer = check(stage="first", ended_at=ended_at, now=now, reader_tz=zone, interviewer_tz=zone)
    assert answer["deadline"] == deadline
    assert answer["send_at"] == send_at


# Rule (cara-menulis, "Jika tidak punya alamat email"): at a government office or a state-owned company
# (CPNS, BUMN) the selection committee or the personnel office runs the selection, not a recruiter: a
# withdrawal, a follow-up and a note after a test taken alone go to it, whatever address the reader has.
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("contact", ["direct", "recruiter_only", "none"])
@pytest.mark.parametrize(
    "situation",
    [
        {"stage": "first", "status": "not_interested"},
        {"stage": "assessment", "status": "not_interested", "with_interviewer": False},
        {"stage": "final", "already_sent": "thank_you"},
        {"stage": "assessment", "with_interviewer": False},
    ],
)
def test_a_government_selection_is_run_by_its_committee(lang, contact, situation):
    answer = check(setting="government", contact=contact, lang=lang, **situation)
    said = " ".join([answer["channel_text"], *(reason["text"] for reason in answer["reasons"])])
    assert {"id": "panitia seleksi", "en": "selection committee"}[lang] in said
    assert {"id": "perekrut", "en": "recruiter"}[lang] not in said
    elsewhere = check(setting="local", contact=contact, lang=lang, **situation)
    assert {"id": "panitia", "en": "committee"}[lang] not in elsewhere["channel_text"]


# ... and the moment to send a note after a test taken alone names the committee's working day, in
# every timing: on time, out of hours, late, across a weekend and a time zone.
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(("ended_at", "now"), [
    ("2026-12-01T09:00:00+07:00", "2026-12-01T10:00:00+07:00"),
    ("2026-12-01T09:00:00+07:00", "2026-12-01T20:00:00+07:00"),
    ("2026-12-01T09:00:00+07:00", "2026-12-03T20:00:00+07:00"),
    ("2026-12-01T09:00:00+07:00", "2026-12-10T10:00:00+07:00"),
    ("2026-12-04T15:00:00+07:00", "2026-12-04T19:00:00+07:00"),
])
def test_after_a_government_test_taken_alone_the_committee_is_named_not_a_recruiter(lang, ended_at, now):
    answer = check(stage="assessment", with_interviewer=False, setting="government", interviewer_tz="Asia/Makassar",
                   ended_at=ended_at, now=now, lang=lang)
    said = " ".join([answer["send_at_text"], *(reason["text"] for reason in answer["reasons"])])
    assert {"id": "perekrut", "en": "recruiter"}[lang] not in said.lower(), said
    elsewhere = check(stage="assessment", with_interviewer=False, interviewer_tz="Asia/Makassar", ended_at=ended_at,
                      now=now, lang=lang)
    assert {"id": "panitia", "en": "committee"}[lang] not in elsewhere["send_at_text"]


# Rule: the draft goes where the answer sends it. With no email address at all (outside a government
# selection) the answer speaks of a message in the chat that arranged it, so the generator is prefilled
# with WhatsApp, and it writes that draft for every kind of message the checker can lead to.
@pytest.mark.parametrize("situation", [
    {"stage": "first"},
    {"stage": "final", "interviewers": people("hiring_manager", "colleague")},
    {"stage": "screening", "interviewers": people("recruiter")},
    {"stage": "second", "interviewers": people("recruiter", "hiring_manager")},
    {"stage": "assessment", "with_interviewer": False},
    {"stage": "first", "ended_at": "2026-11-10T10:00:00+07:00"},
    {"stage": "first", "already_sent": "thank_you", "ended_at": "2026-11-10T10:00:00+07:00"},
    {"stage": "first", "status": "not_interested"},
    {"stage": "first", "status": "offer"},
    {"stage": "first", "status": "rejected"},
    {"stage": "first", "status": "next_round"},
])
def test_with_no_email_address_the_draft_is_a_chat_message(situation):
    answer = check(contact="none", **situation)
    assert answer["draft"]["channel"] == "whatsapp"
    prefill = {key: value for key, value in answer["draft"].items()
               if key in ("kind", "attempt", "step", "lang", "register", "length", "channel", "send_to",
                          "recruiter_interviewer") and value is not None}
    count = len(situation.get("interviewers", [None]))
    drafted = handle({"op": "draft", **prefill, "name": "Dewi Lestari", "company": "PT Sinar Abadi",
                      "role": "Staf Akuntansi", "recruiter": {"name": "Rani", "address": "ibu"},
                      "interviewers": [{"name": f"Orang {n}", "address": "bapak"} for n in range(count)]})
    assert "error" not in drafted, drafted
    assert check(contact="none", setting="government", **situation)["draft"]["channel"] == "email"
    assert check(contact="recruiter_only", **situation)["draft"]["channel"] == "email"


# Rule (kapan-mengirim, "an hour or two" to write it calmly): with less than an hour of the interviewer's
# working day left, "send it before it ends, if you can write it calmly by then" is no real offer; the
# next working morning is the advice. With an hour or more left, today stays offered with the morning as
# the way out.
@pytest.mark.parametrize(
    ("now", "moment"),
    [
        ("2026-12-01T17:45:00+07:00", "next_working_morning"),
        ("2026-12-01T17:01:00+07:00", "next_working_morning"),
        ("2026-12-01T17:00:00+07:00", "today_or_next_morning"),
        ("2026-12-01T16:30:00+07:00", "today_or_next_morning"),
    ],
)
def test_too_little_of_the_working_day_left_to_write_calmly(now, moment):
    answer = check(stage="first", ended_at="2026-12-01T16:00:00+07:00", now=now, lang="en")
    said = answer["send_at_text"]
    if moment == "next_working_morning":
        assert "if you can write it calmly by then" not in said and "08:00" in said
    else:
        assert "if you can write it calmly by then" in said


# Rule (kirim-atau-tidak#selalu-kirim): an informal chat with several people expects thanks ("several
# people have set aside real time for you"), so the verdict stays "send"; but it was no panel interview,
# and the reason does not call it one.
@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_informal_chat_with_several_people_is_not_called_a_panel_interview(lang):
    answer = check(stage="informal", interviewers=people("colleague", "colleague"), lang=lang)
    assert answer["verdict"] == "send"
    text = next(reason["text"] for reason in answer["reasons"] if reason["code"] == "panel_interview")
    assert not re.search(r"panel interview|wawancara panel", text), text
    formal = check(stage="first", interviewers=people("colleague", "colleague"), lang=lang)
    assert re.search(r"panel interview|wawancara panel",
                     next(reason["text"] for reason in formal["reasons"] if reason["code"] == "panel_interview"))
