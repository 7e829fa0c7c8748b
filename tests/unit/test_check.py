"""The checker's rules, one table per rule, in the order the guide gives them.

Dates: Thursday 26 November 2026 in Jakarta (UTC+07:00) unless a row says otherwise.
"""

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
        ("rejected", "gracious_after_rejection", "after_rejection"),
    ],
)
def test_news_from_the_employer_calls_for_another_message(status, message, reason):
    answer = check(stage="final", status=status, ended_at=THURSDAY_10, interviewers=people("hiring_manager", "recruiter"))
    assert (answer["verdict"], answer["message"]) == ("other_message", message)
    assert reason_codes(answer, "verdict") == [reason]
    assert answer["emails"] == 1 and answer["channel"] == "reply_in_thread"
    assert answer["follow_up_on"] is None and answer["calendar"] is None and answer["draft"] is None


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
        ("2026-11-24T03:00:00Z", "2026-11-25T03:00:00+00:00"),
        ("2026-02-26T09:00:00+01:00", "2026-02-27T09:00:00+01:00"),
    ],
)
def test_deadline_is_24_hours_after_the_end(ended_at, deadline):
    assert check(stage="first", ended_at=ended_at)["deadline"] == deadline


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
    assert ("weekend_or_holiday" in reason_codes(answer, "timing")) == (deadline[:10] != "2026-11-27")


# Rule: sending late reduces the impact, but a late, short note still beats none. Bands by the
# time past the deadline: on time, late (up to 48 hours), very late.
@pytest.mark.parametrize(
    ("now", "timing", "time_left"),
    [
        ("2026-11-26T10:30:00+07:00", "on_time", "masih 23 jam lagi"),
        ("2026-11-27T09:30:00+07:00", "on_time", "masih 30 menit lagi"),
        ("2026-11-27T10:00:00+07:00", "on_time", "masih 1 menit lagi"),
        ("2026-11-27T11:00:00+07:00", "late", "lewat 1 jam"),
        ("2026-11-29T10:00:00+07:00", "late", "lewat 2 hari"),
        ("2026-11-29T11:00:00+07:00", "very_late", "lewat 2 hari"),
        ("2026-12-10T10:00:00+07:00", "very_late", "lewat 13 hari"),
    ],
)
def test_timing_bands_and_countdown(now, timing, time_left):
    answer = check(stage="final", ended_at=THURSDAY_10, now=now)
    assert (answer["timing"], answer["time_left"]) == (timing, time_left)
    assert ("late" in reason_codes(answer, "timing")) == (timing != "on_time")
    assert ("within_24_hours" in reason_codes(answer, "timing")) == (timing == "on_time")


# Rule: the suggested moment. In the interviewer's working hours: now. In their evening or night:
# the next working morning at 08:00, if that is still before the deadline. Late: as soon as possible.
@pytest.mark.parametrize(
    ("ended_at", "now", "send_at", "text"),
    [
        (THURSDAY_10, "2026-11-26T12:00:00+07:00", "2026-11-26T12:00:00+07:00", "Waktu terbaik: sekarang"),
        (THURSDAY_10, "2026-11-26T20:00:00+07:00", "2026-11-27T08:00:00+07:00", "Waktu terbaik: Jumat, 27 November 2026 pukul 08.00"),
        (THURSDAY_10, "2026-11-27T07:00:00+07:00", "2026-11-27T08:00:00+07:00", "Waktu terbaik: Jumat, 27 November 2026 pukul 08.00"),
        (THURSDAY_10, "2026-11-27T09:00:00+07:00", "2026-11-27T09:00:00+07:00", "Waktu terbaik: sekarang"),
        ("2026-11-26T06:00:00+07:00", "2026-11-26T23:00:00+07:00", "2026-11-26T23:00:00+07:00", "Waktu terbaik: sekarang"),
        ("2026-11-27T16:00:00+07:00", "2026-11-28T11:00:00+07:00", "2026-11-30T08:00:00+07:00", "Waktu terbaik: Senin, 30 November 2026 pukul 08.00"),
        (THURSDAY_10, "2026-11-30T11:00:00+07:00", "2026-11-30T11:00:00+07:00", "Kirim secepatnya"),
        (THURSDAY_10, "2026-11-26T09:00:00+07:00", THURSDAY_10, "Kirim tidak lama setelah wawancara selesai"),
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
        ("id", THURSDAY_10, "Kirim paling lambat Jumat, 27 November 2026 pukul 10.00.", "masih 22 jam lagi"),
        ("en", THURSDAY_10, "Send it by Friday, 27 November 2026 at 10:00.", "22 hours left"),
        ("id", "2026-11-25T11:30:00+07:00", "Kirim paling lambat Kamis, 26 November 2026 pukul 11.30.", "lewat 1 jam"),
        ("en", "2026-11-25T12:30:00+07:00", "Send it by Thursday, 26 November 2026 at 12:30.", "30 minutes left"),
        ("en", "2026-11-27T12:00:00+07:00", "Send it by Monday, 30 November 2026 at 10:00.", "3 days left"),
    ],
)
def test_deadline_in_the_readers_language(lang, ended_at, text, left):
    answer = check(stage="final", ended_at=ended_at, lang=lang)
    assert answer["deadline_text"] == text
    assert answer["time_left"] == left


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


# Rule: no email address: through the recruiter, or a reply in the thread that scheduled the
# interview; LinkedIn as a fallback; never a private contact.
@pytest.mark.parametrize(
    ("contact", "roles", "channel", "fallback", "reason"),
    [
        ("direct", ("hiring_manager",), "direct_email", None, None),
        ("recruiter_only", ("hiring_manager",), "through_recruiter", "reply_in_thread", "through_recruiter"),
        ("recruiter_only", ("recruiter", "hiring_manager"), "through_recruiter", "reply_in_thread", "through_recruiter"),
        ("recruiter_only", ("recruiter",), "direct_email", None, None),  # the recruiter was the interviewer
        ("none", ("hiring_manager",), "reply_in_thread", "linkedin", "no_address"),
    ],
)
def test_channel_by_contact(contact, roles, channel, fallback, reason):
    answer = check(stage="first", contact=contact, interviewers=people(*roles))
    assert (answer["channel"], answer["channel_fallback"]) == (channel, fallback)
    assert [code for code in reason_codes(answer, "how") if code != "one_per_interviewer"] == ([reason] if reason else [])


# Rule: common hesitations are mostly unfounded; each one ticked gets its answer and its section.
@pytest.mark.parametrize(
    ("hesitation", "section", "start"),
    [
        ("desperate", "hesitation_desperate", "Email terima kasih yang singkat dan profesional adalah sopan santun biasa"),
        ("what_to_say", "hesitation_what_to_say", "Tiga hal sudah cukup"),
        ("unimportant", "hesitation_unimportant", "Email ini jarang menentukan hasil sendirian"),
        ("no_email", "hesitation_no_email", "Tidak punya alamat email pewawancara bukan alasan"),
    ],
)
def test_each_hesitation_gets_an_answer(hesitation, section, start):
    [answer] = check(stage="first", hesitations=[hesitation])["hesitations"]
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
        ({"ended_at": "2026-11-21T10:00:00+07:00"}, "2026-11-30", "2026-12-07", "a_week_after"),  # a Saturday interview
    ],
)
def test_follow_up_dates(situation, first, second, reason):
    answer = check(stage="first", **situation)
    assert (answer["follow_up_on"], answer["second_follow_up_on"]) == (first, second)
    assert reason_codes(answer, "follow_up") == [reason]


@pytest.mark.parametrize(
    ("now", "starts", "reminder"),
    [
        ("2026-11-26T12:00:00+07:00", "Jika belum ada kabar, kirim satu email tindak lanjut yang singkat dan sopan pada Kamis, 3 Desember 2026.", "20261203"),
        ("2026-12-03T20:00:00+07:00", "Jika belum ada kabar, kirim satu email tindak lanjut", "20261203"),
        ("2026-12-04T09:00:00+07:00", "Tanggal tindak lanjut pertama (Kamis, 3 Desember 2026) sudah lewat.", "20261210"),
        ("2026-12-11T09:00:00+07:00", "Kedua tanggal tindak lanjut (Kamis, 3 Desember 2026 dan Kamis, 10 Desember 2026) sudah lewat.", None),
    ],
)
def test_follow_up_text_and_reminder_follow_the_calendar(now, starts, reminder):
    answer = check(stage="first", ended_at=THURSDAY_10, now=now)
    assert answer["follow_up_text"].startswith(starts)
    if reminder is None:
        assert answer["calendar"] is None
    else:
        assert f"DTSTART;VALUE=DATE:{reminder}" in answer["calendar"]["text"]
        assert answer["calendar"]["filename"] == f"tindak-lanjut-{reminder[:4]}-{reminder[4:6]}-{reminder[6:]}.ics"


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
    assert draft == {"interview_date": "2026-11-26", "format": "in_person", "names": ["Rina Wijaya", ""],
                     "register": "formal", "length": "standard", "channel": "email", "lang": "en"}


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
