"""The checker's answer read as a whole: its parts agree with one another and name the step taken.

Each table is a set of situations across stages, teams, addresses and times; the assertions are about
what every answer must say (or never say), not about one answer's exact wording.
"""

import re
import sys
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from thankyou.api import handle
from thankyou.check import HESITATION_SECTIONS, REASONS, follow_up_calendar
from thankyou.dates import format_date
from thankyou.guide import SECTIONS
from thankyou.texts import texts_for
from thankyou.texts.check import CheckTexts

NOW = "2026-12-01T11:00:00+07:00"  # Tuesday, in Jakarta
ENDED = "2026-12-01T10:00:00+07:00"
LANGS = ("id", "en")


def check(**situation):
    return handle({"op": "check", "now": NOW, "ended_at": ENDED, "reader_tz": "Asia/Jakarta", **situation})


def people(*roles):
    return [{"role": role} for role in roles]


def sentences(answer):
    """Every sentence the answer shows."""
    said = [answer[key] for key in ("headline", "deadline_text", "send_at_text", "emails_text", "channel_text",
                                    "follow_up_text") if answer.get(key)]
    return said + [reason["text"] for reason in answer["reasons"]]


# ---- How many: the headline counts as the rest of the answer does --------------------------

TEAMS = [
    people("hiring_manager"),
    people("hiring_manager", "colleague"),
    people("recruiter", "hiring_manager", "executive"),
    people("colleague", "colleague", "colleague", "executive", "recruiter"),
]
EACH = {"id": re.compile(r"\bsetiap (pewawancara|penilai)\b"), "en": re.compile(r"\beach (interviewer|assessor)\b")}


# "Yes, send one." above "Write two separate emails" contradicted itself: with one email per person the
# headline says so; with one email (one person, or one through the recruiter) it does not.
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("team", TEAMS)
@pytest.mark.parametrize(("stage", "setting", "contact"), [
    ("first", "multinational", "direct"),
    ("final", "government", "direct"),
    ("assessment", "local", "direct"),
    ("second", "unknown", "recruiter_only"),
    ("first", "startup", "none"),
])
def test_the_headline_counts_the_emails_as_the_answer_does(lang, team, stage, setting, contact):
    answer = check(stage=stage, setting=setting, contact=contact, interviewers=team, lang=lang)
    assert bool(EACH[lang].search(answer["headline"])) == (answer["emails"] > 1), answer["headline"]
    if stage == "assessment" and answer["emails"] > 1:
        assert "pewawancara" not in answer["headline"] and "interviewer" not in answer["headline"]


# ---- After a test or presentation: no interview, no interviewer ----------------------------

INTERVIEW = {"id": re.compile(r"wawancara|mewawancarai"), "en": re.compile(r"\binterview")}


# The recruiter-on-the-panel wordings, the no-address ones and the moments of several assessors spoke
# of "the interview" and "the other interviewers" after a test or presentation someone assessed.
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("team", [
    people("recruiter", "hiring_manager"),
    people("hiring_manager", "recruiter", "colleague"),
    people("colleague"),
    people("hiring_manager", "colleague", "colleague"),
])
@pytest.mark.parametrize("contact", ["direct", "recruiter_only", "none"])
@pytest.mark.parametrize(("ended_at", "now", "zone"), [
    (ENDED, NOW, None),
    (ENDED, "2026-12-01T16:30:00+07:00", None),  # the working day ends soon
    (ENDED, "2026-12-01T20:00:00+07:00", None),  # evening: the next working morning
    (ENDED, "2026-12-03T09:00:00+07:00", None),  # late, in working hours
    (ENDED, "2026-12-03T21:00:00+07:00", None),  # late, in the evening
    ("2026-12-04T15:00:00+07:00", "2026-12-05T10:00:00+07:00", None),  # Friday, read on Saturday
    (ENDED, "2026-12-01T12:00:00+07:00", "Europe/London"),  # another zone
    ("2026-12-04T15:00:00+07:00", "2026-12-04T16:00:00+07:00", "Asia/Tokyo"),
])
@pytest.mark.parametrize("setting", ["multinational", "government"])
def test_an_assessed_step_is_never_called_an_interview(lang, team, contact, ended_at, now, zone, setting):
    answer = check(stage="assessment", interviewers=team, contact=contact, now=now, ended_at=ended_at, lang=lang,
                   setting=setting, hesitations=["what_to_say", "no_email"] if setting != "government" else [],
                   **({"interviewer_tz": zone} if zone else {}))
    for sentence in sentences(answer) + [item["text"] for item in answer["hesitations"]]:
        assert not INTERVIEW[lang].search(sentence), sentence


# A panel without any address: the thread is asked to pass the thanks to them all (not to "the
# interviewer"), and when the recruiter sat on the panel, they are thanked directly, as with only
# their address.
@pytest.mark.parametrize(("lang", "team", "says", "never"), [
    ("en", people("hiring_manager", "colleague", "executive"), "name each interviewer", "to the interviewer."),
    ("id", people("hiring_manager", "colleague", "executive"), "sebut nama setiap pewawancara", "kepada pewawancara."),
    ("en", people("recruiter", "hiring_manager"), "so thank them directly", "to the interviewer."),
    ("id", people("recruiter", "hiring_manager"), "ucapkan terima kasih kepadanya langsung", "kepada pewawancara."),
])
def test_a_panel_without_an_address_names_them_all_through_the_thread(lang, team, says, never):
    answer = check(stage="first", interviewers=team, contact="none", lang=lang)
    assert answer["emails"] == 1
    assert says in answer["channel_text"] and never not in answer["channel_text"]
    assert answer["channel_fallback"] == "linkedin"


# ---- The calendar reminder: of the step taken, and of the follow-up it is for --------------

def _description(answer):
    text = answer["calendar"]["text"]
    folded = re.sub(r"\r\n[ \t]", "", text)  # iCalendar folds long lines
    return folded.split("DESCRIPTION:", 1)[1].split("\r\n", 1)[0].replace("\\,", ",")


@pytest.mark.parametrize(("lang", "situation", "says", "never"), [
    ("en", {"stage": "assessment", "with_interviewer": False}, "since the test?", "interview"),
    ("id", {"stage": "assessment", "with_interviewer": False}, "setelah tes?", "wawancara"),
    ("en", {"stage": "assessment"}, "since the test or presentation?", "interview"),
    ("id", {"stage": "assessment"}, "setelah tes atau presentasi?", "wawancara"),
    ("en", {"stage": "first"}, "since the interview?", None),
    ("id", {"stage": "first"}, "setelah wawancara?", None),
])
def test_the_reminder_speaks_of_the_step_taken(lang, situation, says, never):
    answer = check(lang=lang, **situation)
    description = _description(answer)
    assert says in description and (never is None or never not in description)
    # Its title too: after a test, not "your job interview".
    assert never is None or never not in re.sub(r"\r\n[ \t]", "", answer["calendar"]["text"]).casefold()


# The late email that thanks and asks at once is the first follow-up: its reminder is for the
# second and last, and says so rather than "send one more a week later".
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("stage", ["first", "assessment"])
def test_the_reminder_for_the_last_follow_up_says_it_is_the_last(lang, stage):
    answer = check(stage=stage, lang=lang, ended_at="2026-11-16T10:00:00+07:00", now="2026-11-26T10:00:00+07:00")
    assert answer["calendar"] and answer["second_follow_up_on"] in answer["calendar"]["filename"]
    description = _description(answer)
    assert ("terakhir" if lang == "id" else "last") in description
    assert ("seminggu kemudian" if lang == "id" else "a week later") not in description


def test_the_generator_keeps_its_reminder_unchanged():
    made = follow_up_calendar(date(2026, 12, 3), "en", datetime(2026, 11, 26, 9, tzinfo=timezone.utc), "seed")
    assert "No news since the interview?" in made["text"]


# ---- Days off the checker counts without being told ----------------------------------------

# 26 December is a day off where it is a public holiday, and where a holiday on a weekend gives the next
# weekday off (the United Kingdom, Ireland, Australia, New Zealand, Ontario), that weekday is off too;
# elsewhere neither (New York keeps 26 December a working day, Amsterdam gives no weekday for a Saturday).
@pytest.mark.parametrize(("zone", "ended_at", "deadline"), [
    # 2026: Christmas on a Friday, Boxing Day on a Saturday, so Monday the 28th is off where days are given back.
    ("Europe/London", "2026-12-24T15:00:00", "2026-12-29T10:00:00"),
    ("Australia/Sydney", "2026-12-24T15:00:00", "2026-12-29T10:00:00"),
    ("Pacific/Auckland", "2026-12-24T15:00:00", "2026-12-29T10:00:00"),
    ("Europe/Amsterdam", "2026-12-24T15:00:00", "2026-12-28T10:00:00"),
    ("America/New_York", "2026-12-24T15:00:00", "2026-12-28T10:00:00"),
    # 2025: Boxing Day on a Friday.
    ("Europe/London", "2025-12-24T15:00:00", "2025-12-29T10:00:00"),
    ("Europe/Berlin", "2025-12-24T15:00:00", "2025-12-29T10:00:00"),
    ("Asia/Hong_Kong", "2025-12-24T15:00:00", "2025-12-29T10:00:00"),
    ("America/New_York", "2025-12-24T15:00:00", "2025-12-26T10:00:00"),
    ("Asia/Singapore", "2025-12-24T15:00:00", "2025-12-26T10:00:00"),
    # 2022: Christmas on a Sunday, Boxing Day on the Monday, so the Tuesday is Christmas given back.
    ("Europe/London", "2022-12-23T15:00:00", "2022-12-28T10:00:00"),
    ("Europe/Amsterdam", "2022-12-23T15:00:00", "2022-12-27T10:00:00"),
    # New Year's Day on a Saturday (2028): Monday the 3rd is off in London, not in Tokyo.
    ("Europe/London", "2027-12-31T11:00:00", "2028-01-04T10:00:00"),
    ("Asia/Tokyo", "2027-12-31T11:00:00", "2028-01-03T10:00:00"),
])
def test_boxing_day_and_days_given_back_abroad(zone, ended_at, deadline):
    from zoneinfo import ZoneInfo
    there = ZoneInfo(zone)
    ended = datetime.fromisoformat(ended_at).replace(tzinfo=there)
    answer = handle({"op": "check", "stage": "first", "reader_tz": zone, "ended_at": ended.isoformat(),
                     "now": ended.isoformat()})
    assert datetime.fromisoformat(answer["deadline"]) == datetime.fromisoformat(deadline).replace(tzinfo=there)


# A time given only with an Indonesian offset (the command line's --ended-at 2026-12-24T14:00+07:00, no
# zone named) is read in Indonesia's calendar: Christmas and 17 August are days off there.
@pytest.mark.parametrize(("ended_at", "deadline"), [
    ("2026-12-24T14:00:00+07:00", "2026-12-28T10:00:00+07:00"),
    ("2027-08-16T15:00:00+08:00", "2027-08-18T10:00:00+08:00"),
    ("2026-05-29T09:00:00+09:00", "2026-06-02T10:00:00+09:00"),  # Friday, then 1 June
    ("2026-12-24T14:00:00+05:30", "2026-12-25T14:00:00+05:30"),  # not an Indonesian offset: no guess
])
def test_an_indonesian_offset_without_a_zone_keeps_indonesias_holidays(ended_at, deadline):
    answer = handle({"op": "check", "stage": "first", "ended_at": ended_at, "now": ended_at})
    assert answer["deadline"] == deadline


# With one interviewer nothing speaks of several: no "separate email to each", no "your interviewers"
# (the committee's email at a government office said both to a reader interviewed by one person).
PLURAL = {"id": re.compile(r"email terpisah untuk setiap|para (pewawancara|penilai)|pewawancara lainnya"),
          "en": re.compile(r"separate email to each|\b(interviewers|assessors)\b")}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("stage", ["screening", "first", "final", "assessment"])
@pytest.mark.parametrize("setting", ["multinational", "local", "government"])
@pytest.mark.parametrize("contact", ["direct", "recruiter_only", "none"])
@pytest.mark.parametrize("team", [None, people("hiring_manager"), people("recruiter")])
def test_one_interviewer_is_never_spoken_of_as_several(lang, stage, setting, contact, team):
    answer = check(stage=stage, setting=setting, contact=contact, lang=lang, **({"interviewers": team} if team else {}))
    for sentence in [answer["headline"], answer["emails_text"], answer["send_at_text"] or ""]:
        assert not PLURAL[lang].search(sentence), sentence


# Late, the answer never tells the reader to send it "by" a moment already gone: it names the deadline
# that was, and the moment to send it now follows.
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("team", [people("hiring_manager"), people("hiring_manager", "colleague")])
@pytest.mark.parametrize(("now", "zone"), [
    ("2026-12-03T09:00:00+07:00", None),
    ("2026-12-03T21:00:00+07:00", None),
    ("2026-12-12T10:00:00+07:00", None),
    ("2026-12-03T09:00:00+07:00", "Europe/London"),
])
def test_a_passed_deadline_is_not_an_order(lang, team, now, zone):
    answer = check(stage="first", interviewers=team, now=now, lang=lang, **({"interviewer_tz": zone} if zone else {}))
    assert answer["timing"] != "on_time"
    assert not re.match(r"Kirim paling lambat|Send (it|them) by", answer["deadline_text"]), answer["deadline_text"]
    assert answer["deadline_text"].startswith("Batas waktunya " if lang == "id" else "The deadline was ")


# After a panel, the reasons speak of the people ("the interviewers are on London time"), in English
# where the plain wording names one person; one interviewer stays one.
SINGULAR_PERSON = re.compile(r"\bthe (interviewer|assessor)\b(?!'s)|\b(interviewer|assessor)'s\b|\byour email\b")


@pytest.mark.parametrize("stage", ["first", "assessment"])
@pytest.mark.parametrize(("ended_at", "now", "zone"), [
    (ENDED, NOW, None),
    (ENDED, "2026-12-01T16:30:00+07:00", None),  # the working day ends soon
    (ENDED, NOW, "Europe/London"),  # another zone
    ("2026-12-04T15:00:00+07:00", "2026-12-05T10:00:00+07:00", None),  # the 24 hours end on Saturday
    (ENDED, "2026-12-03T21:00:00+07:00", None),  # late, in the evening
])
@pytest.mark.parametrize("contact", ["direct", "recruiter_only"])
@pytest.mark.parametrize("decision_soon", [False, True])  # they decide the day after: within the 24 hours
def test_reasons_after_a_panel_speak_of_the_people(stage, ended_at, now, zone, contact, decision_soon):
    from datetime import timedelta
    next_day = (datetime.fromisoformat(ended_at).date() + timedelta(days=1)).isoformat()
    answer = check(stage=stage, interviewers=people("hiring_manager", "colleague"), ended_at=ended_at, now=now,
                   contact=contact, lang="en", **({"interviewer_tz": zone} if zone else {}),
                   **({"decision_by": next_day} if decision_soon else {}))
    timing = [reason["text"] for reason in answer["reasons"] if reason["topic"] == "timing"]
    for sentence in [*timing, answer["send_at_text"]]:  # the moment too, whether one email or one each
        assert not SINGULAR_PERSON.search(sentence), sentence


# Without any address, a reader whose interview was arranged on WhatsApp learns that the chat is the
# thread, with the guide's WhatsApp rule (formal, working hours, no voice notes); at a government
# office the committee's official channel stays the only one.
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("stage", ["screening", "first", "assessment"])
@pytest.mark.parametrize("team", [people("hiring_manager"), people("recruiter", "colleague")])
@pytest.mark.parametrize("setting", ["local", "government"])
def test_a_whatsapp_only_reader_is_told_how(lang, stage, team, setting):
    answer = check(stage=stage, interviewers=team, contact="none", setting=setting, lang=lang)
    how = " ".join(reason["text"] for reason in answer["reasons"] if reason["topic"] == "how")
    if setting == "government":
        assert "WhatsApp" not in how
    else:
        assert "WhatsApp" in how and ("jam kerja" if lang == "id" else "working hours") in how
        assert ("pesan suara" if lang == "id" else "voice notes") in how


# With one email per interviewer, nothing says "one short email" (very late: the thanks and the interest
# go in the same message, one to each), and the combined message is not "this email".
ONE_EMAIL = {"id": re.compile(r"satu email pendek|Email gabungan ini|Cukup satu email"),
             "en": re.compile(r"one (short|brief) email|This combined email|One short email is enough")}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("stage", ["first", "final", "assessment"])
@pytest.mark.parametrize("now", ["2026-12-01T11:00:00+07:00", "2026-12-03T10:00:00+07:00", "2026-12-11T10:00:00+07:00",
                                 "2026-12-28T10:00:00+07:00"])
def test_several_emails_are_never_one(lang, stage, now):
    answer = check(stage=stage, interviewers=people("hiring_manager", "colleague", "executive"), now=now, lang=lang)
    assert answer["emails"] == 3
    for sentence in sentences(answer):
        assert not ONE_EMAIL[lang].search(sentence), sentence


# Without an end time, or with the thank-you already sent, the follow-up after a test or presentation
# is still counted from the test, not from an interview.
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("with_interviewer", [True, False])
@pytest.mark.parametrize("situation", [{}, {"already_sent": "thank_you"}, {"already_sent": "follow_up"}])
def test_a_test_without_dates_is_not_an_interview(lang, with_interviewer, situation):
    answer = handle({"op": "check", "now": NOW, "stage": "assessment", "with_interviewer": with_interviewer,
                     "lang": lang, **situation})
    for sentence in sentences(answer):
        # "a test taken with no interviewer" is what it was.
        said = re.sub(r"tanpa pewawancara|with no interviewer", "", sentence)
        assert not INTERVIEW[lang].search(said), sentence


# Every part of the answer after a test or presentation, whatever the news, what was sent, the address,
# the employer and the team: none speaks of an interview (a test taken alone: "with no interviewer" is
# what it was).
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("with_interviewer", [True, False])
@pytest.mark.parametrize("status", ["waiting", "next_round", "offer", "rejected", "not_interested"])
def test_no_part_of_the_answer_after_a_test_speaks_of_an_interview(lang, with_interviewer, status):
    from itertools import product
    teams = (people("recruiter"), people("recruiter", "recruiter"), people(""), people("executive", ""))
    for contact, setting, team, sent, now in product(
            ("direct", "recruiter_only", "none"), ("multinational", "government"), teams,
            ("nothing", "thank_you", "follow_up"), ("2026-12-01T11:00:00+07:00", "2026-12-12T21:00:00+07:00")):
        answer = check(stage="assessment", with_interviewer=with_interviewer, interviewers=team, contact=contact,
                       setting=setting, already_sent=sent, status=status, now=now, lang=lang,
                       hesitations=["desperate", "what_to_say", "unimportant", "no_email"])
        for sentence in sentences(answer) + [item["text"] for item in answer["hesitations"]]:
            said = re.sub(r"tanpa pewawancara|with no interviewer", "", sentence)
            assert not INTERVIEW[lang].search(said), (contact, setting, team, sent, sentence)


# The guide's "No email address" box states, case by case, what the checker answers: the same sentence,
# a panel without any address among the cases.
@pytest.mark.parametrize("lang", LANGS)
def test_the_guide_states_the_checkers_own_channel_for_each_address(lang):
    from thankyou.statements import statement

    items = statement("no_email_address", lang).items
    for situation in ({"contact": "recruiter_only", "interviewers": people("hiring_manager")},
                      {"contact": "recruiter_only", "interviewers": people("recruiter", "colleague")},
                      {"contact": "none", "interviewers": people("hiring_manager")},
                      {"contact": "none", "interviewers": people("hiring_manager", "colleague", "executive")},
                      {"contact": "none", "setting": "government"}):
        said = check(stage="first", lang=lang, **situation)["channel_text"]
        assert any(item.endswith(" " + said) for item in items), said


# ---- A reason says why: it does not say again what the line above it says -------------------

# The lines each topic's reasons stand under on the page.
LINES_OF_TOPIC = {"follow_up": ("follow_up_text",), "timing": ("timing_text", "send_at_text", "deadline_text"),
                  "how": ("emails_text", "channel_text"), "emails": ("emails_text",), "channel": ("channel_text",)}


def _words(text):
    return re.findall(r"\w+", text.casefold())


def repeated_sentences(reason, lines):
    """The reason's sentences of four words or more whose words are nearly all in ``lines``: sentences
    that tell the reader nothing the line above has not."""
    said = set(_words(" ".join(lines)))
    repeats = []
    for sentence in re.split(r"(?<=[.!?:;])\s+", reason):
        words = _words(sentence)
        if len(words) >= 4 and sum(word in said for word in words) >= 0.8 * len(words):
            repeats.append(sentence)
    return repeats


def test_a_sentence_that_only_repeats_its_line_is_found():
    line = "If you hear nothing about a week after the interview, send one polite follow-up message."
    assert repeated_sentences("If you hear nothing, send one polite follow-up. Two is enough.", [line]) == [
        "If you hear nothing, send one polite follow-up."]
    assert not repeated_sentences("One polite follow-up shows your interest without pressing.", [line])


@pytest.mark.parametrize("lang", LANGS)
def test_no_reason_repeats_the_line_it_explains(lang):
    situations = [
        {"stage": stage, "interviewers": team, "contact": contact, "already_sent": sent, "now": now,
         **({"decision_by": "2026-12-04"} if decided else {}), **({} if ended else {"ended_at": None})}
        for stage in ("first", "assessment") for team in (people("hiring_manager"), people("recruiter", "hiring_manager"))
        for contact in ("direct", "recruiter_only", "none") for sent in ("nothing", "thank_you")
        for now, ended in ((NOW, True), ("2026-12-10T11:00:00+07:00", True), (NOW, False)) for decided in (False, True)
    ]
    for situation in situations:
        answer = check(lang=lang, **situation)
        assert "error" not in answer, (situation, answer)
        for reason in answer["reasons"]:
            lines = [answer[key] for key in LINES_OF_TOPIC.get(reason["topic"], ()) if answer.get(key)]
            assert not repeated_sentences(reason["text"], lines), (reason["code"], lines, situation)


# "Reply to the message that brought the news." above "You need no other address: reply to the message that
# brought the news." said the same thing twice: an answer to a hesitation stands right under "how", so it
# reassures and explains; it does not say again where the message goes.
@pytest.mark.parametrize("lang", LANGS)
def test_no_hesitation_answer_repeats_how_to_send_it(lang):
    situations = [
        {"stage": stage, "interviewers": team, "contact": contact, "setting": setting, "status": status,
         "already_sent": sent, "with_interviewer": alone == "", "ended_at": ended,
         "hesitations": ["desperate", "what_to_say", "unimportant", "no_email"]}
        for stage, alone in (("first", ""), ("screening", ""), ("assessment", ""), ("assessment", "alone"))
        for team in (people("hiring_manager"), people("recruiter"), people("recruiter", "hiring_manager"),
                     people("hiring_manager", "colleague"))
        for contact in ("direct", "recruiter_only", "none") for setting in ("unknown", "government")
        for status in ("waiting", "rejected", "not_interested") for sent in ("nothing", "thank_you")
        for ended in (ENDED, "2026-11-16T10:00:00+07:00")
    ]
    for situation in situations:
        answer = check(lang=lang, **situation)
        assert "error" not in answer, (situation, answer)
        lines = [answer["emails_text"], answer["channel_text"],
                 *(reason["text"] for reason in answer["reasons"] if reason["topic"] == "how")]
        for item in answer["hesitations"]:
            for line in lines:
                assert not repeated_sentences(item["text"], [line]), (item["code"], line, situation)


# An interview still to come that ends on a Saturday or in the evening was answered "send it soon after the
# interview ends, on the same day", against the guide's "write it, then schedule it for the next working
# morning"; and a time on two clocks sat in brackets inside brackets.
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("team", [people("hiring_manager"), people("hiring_manager", "colleague")])
@pytest.mark.parametrize(("stage", "alone"), [("first", False), ("assessment", False), ("assessment", True)])
@pytest.mark.parametrize(("ended_at", "morning"), [
    ("2026-12-05T10:00:00+07:00", "2026-12-07T08:00:00+07:00"),  # a Saturday
    ("2026-12-01T19:30:00+07:00", "2026-12-02T08:00:00+07:00"),  # a Tuesday evening
    ("2026-12-24T10:00:00+07:00", "2026-12-28T08:00:00+07:00"),  # collective leave, then Christmas
])
def test_an_interview_still_to_come_out_of_hours_waits_for_the_working_morning(lang, team, stage, alone, ended_at,
                                                                                morning):
    answer = check(lang=lang, stage=stage, interviewers=team, with_interviewer=not alone, ended_at=ended_at,
                   now="2026-12-01T08:00:00+07:00", holidays=["2026-12-24"])
    assert answer["send_at"] == morning
    text = answer["send_at_text"]
    assert not re.search(r"hari yang sama|same day", text), text
    assert re.search(r"jadwalkan|schedule", text), text


@pytest.mark.parametrize("lang", LANGS)
def test_an_interview_still_to_come_in_working_hours_is_sent_the_same_day_without_brackets_in_brackets(lang):
    answer = check(lang=lang, stage="first", ended_at="2026-12-01T14:00:00+07:00", now="2026-12-01T08:00:00+07:00",
                   interviewer_tz="Asia/Makassar")
    text = answer["send_at_text"]
    assert answer["send_at"] == "2026-12-01T14:00:00+07:00"
    # In another zone "the same day" would not say whose: the end of their working day is named on both clocks.
    assert not re.search(r"hari yang sama|same day", text), text
    assert re.search(r"(?:sebelum jam kerja pewawancara usai|before the interviewer's working day ends), "
                     r"(?:pukul 17\.00|at 17:00)", text), text
    assert not re.search(r"\([^)]*\(", text), text


# "After a real job interview" ("wawancara kerja yang sesungguhnya"): as if a screening call were a fake one.
# The reason names the step as the guide section it links to does: a formal job interview.
@pytest.mark.parametrize(("lang", "page", "term"), [("id", "kirim-atau-tidak.md", "wawancara kerja formal"),
                                                    ("en", "kirim-atau-tidak.en.md", "formal job interview")])
def test_the_formal_interview_reason_names_it_as_the_guide_does(lang, page, term):
    import sys
    from pathlib import Path

    if sys.platform != "emscripten":  # inside Pyodide the guide is not mounted
        guide = (Path(__file__).resolve().parents[2] / "docs" / page).read_text(encoding="utf-8")
        assert re.search(rf"\*\*(a )?{term}\*\*", guide)
    reason = next(item["text"] for item in check(lang=lang, stage="first")["reasons"]
                  if item["code"] == "formal_interview")
    assert term in reason.casefold(), reason
    assert not re.search(r"sesungguhnya|\breal\b", reason), reason


# "Its date (Tuesday, 24 November 2026) has passed: send it today." then "This is the second and last
# follow-up (Tuesday, 24 November 2026).": the second line named a stale day again, as if it were the day
# to send. The line under "when" gives the day; the follow-up line only says it is the last.
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("now", ["2026-12-01T11:00:00+07:00", "2026-11-18T11:00:00+07:00"])
def test_the_last_follow_up_names_its_day_once(lang, now):
    answer = check(lang=lang, stage="first", ended_at="2026-11-10T10:00:00+07:00", now=now, already_sent="follow_up")
    day = format_date(date.fromisoformat(answer["second_follow_up_on"]), lang)
    assert day in answer["deadline_text"] or "hari ini" in answer["deadline_text"] or "today" in answer["deadline_text"]
    assert day not in answer["follow_up_text"], answer["follow_up_text"]


# Rule: one instruction, said once. A late thank-you written in the evening: the moment says to write it
# now and schedule it, so the reason explains why (the top of the inbox) without saying it again; about a
# week late, the follow-up line says the combined email is the first follow-up, so the reason does not.
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("team", [people("hiring_manager"), people("hiring_manager", "colleague")])
@pytest.mark.parametrize("stage", ["first", "assessment"])
@pytest.mark.parametrize(("ended_at", "now", "phrase"), [
    ("2026-11-26T10:00:00+07:00", "2026-11-30T20:00:00+07:00", {"id": "jadwalkan", "en": "schedule"}),
    ("2026-11-20T10:00:00+07:00", "2026-12-01T20:00:00+07:00", {"id": "tindak lanjut pertama", "en": "first follow-up"}),
])
def test_a_late_answer_gives_each_instruction_once(lang, team, stage, ended_at, now, phrase):
    answer = check(stage=stage, interviewers=team, ended_at=ended_at, now=now, lang=lang)
    said = " ".join(sentences(answer)).lower()
    assert said.count(phrase[lang]) == 1, said


# Rule: with no address, when the recruiter who arranged it is the one who held it, nothing is passed on:
# no line of the answer says that someone will pass the thanks on (the "no email" hesitation's answer says
# nobody needs to).
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("stage", ["screening", "first", "assessment"])
def test_the_recruiter_who_held_it_is_not_asked_to_pass_it_on(lang, stage):
    answer = check(stage=stage, contact="none", interviewers=people("recruiter"), hesitations=["no_email"], lang=lang)
    said = " ".join(sentences(answer)).lower()
    assert not any(phrase in said for phrase in ("pass it on", "passed on", "meneruskan", "diteruskan")), said


# Rule: the follow-up goes where the thank-you went, by email or in a chat: with no email address its
# headline and its line say "message", as the "how many" line does.
@pytest.mark.parametrize("lang", LANGS)
def test_a_follow_up_with_no_email_address_is_a_message(lang):
    answer = check(stage="first", contact="none", already_sent="thank_you", ended_at="2026-11-20T10:00:00+07:00",
                   now="2026-11-23T10:00:00+07:00", lang=lang)
    for line in (answer["headline"], answer["emails_text"], answer["follow_up_text"]):
        assert "email" not in line.lower(), line
    first = check(stage="first", contact="none", lang=lang)
    assert "email" not in first["follow_up_text"].lower()


# Rule: "change that choice and the answer will say how to send it" points to the thread that arranged it,
# which with no email address is a chat: it does not promise an email thread (as the English does not).
@pytest.mark.parametrize("stage", ["first", "assessment"])
def test_the_own_address_hesitation_does_not_promise_an_email_thread(stage):
    answer = check(stage=stage, hesitations=["no_email"], lang="id")
    assert "utas email" not in answer["hesitations"][0]["text"]


# Rule: a chat message cannot be scheduled as an email can. With no email address the message goes into
# the chat that arranged it (WhatsApp), so no moment tells the reader to schedule it: write it, send it then.
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("stage", ["first", "assessment"])
@pytest.mark.parametrize("alone", [False, True])
@pytest.mark.parametrize(("ended_at", "now"), [
    ("2026-12-01T19:00:00+07:00", "2026-12-01T09:00:00+07:00"),  # still to come, in the evening
    ("2026-12-01T10:00:00+07:00", "2026-12-01T16:30:00+07:00"),  # the working day ends soon
    ("2026-12-01T10:00:00+07:00", "2026-12-01T20:00:00+07:00"),  # the evening
    ("2026-11-26T10:00:00+07:00", "2026-11-30T20:00:00+07:00"),  # late, in the evening
])
def test_a_chat_message_is_never_scheduled(lang, stage, alone, ended_at, now):
    if alone and stage != "assessment":
        return
    answer = check(stage=stage, with_interviewer=not alone, contact="none", ended_at=ended_at, now=now, lang=lang)
    assert not re.search({"id": r"jadwal(kan|nya)? agar tiba|menjadwalkan", "en": r"schedul"}[lang],
                         answer["send_at_text"]), answer["send_at_text"]
    # ... while an email is still scheduled, and a government selection's committee writes by email.
    for email in (check(stage=stage, with_interviewer=not alone, ended_at=ended_at, now=now, lang=lang),
                  check(stage=stage, with_interviewer=not alone, contact="none", setting="government",
                        ended_at=ended_at, now=now, lang=lang)):
        if email["timing"] != "on_time" or "16:30" not in now:
            assert re.search({"id": r"jadwal|menjadwalkan", "en": r"schedul"}[lang], email["send_at_text"]), email


# ---- With no email address the thanks go into a chat: no line of the answer says "email" ----------------

CHAT_PANEL = [{"role": "recruiter", "name": "Mbak Sari"}, {"role": "hiring_manager", "name": "Pak Joko"}]


# Rule: with no email address (outside a government selection) the headline asks for a thank-you message,
# not an email; with an address, or when a government committee writes by email, it still says email.
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("team", [CHAT_PANEL, people("hiring_manager")])
def test_with_no_email_address_the_headline_does_not_expect_an_email(lang, team):
    situation = {"stage": "first", "format": "in_person", "interviewers": team, "ended_at": "2026-12-04T15:00:00+07:00",
                 "now": "2026-12-04T17:30:00+07:00", "lang": lang}
    answer = check(**situation, contact="none")
    assert answer["verdict"] == "send" and "email" not in answer["headline"].lower(), answer["headline"]
    assert "email" in check(**situation, contact="recruiter_only")["headline"].lower()
    # A government committee writes by email: its headline is the one an address gets.
    assert check(**situation, contact="none", setting="government")["headline"] == check(
        **situation, contact="recruiter_only", setting="government")["headline"]


# Rule: the timing reasons (a day off, late on a day off, another time zone) speak of a message, which a
# chat carries as well as an email does: no "email", no "inbox", whatever the step and the team.
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("stage", "alone", "team"), [
    ("first", False, CHAT_PANEL), ("first", False, people("hiring_manager")),
    ("assessment", False, people("hiring_manager", "colleague")), ("assessment", True, [])])
@pytest.mark.parametrize(("ended_at", "now", "zone", "code"), [
    ("2026-12-04T15:00:00+07:00", "2026-12-04T17:30:00+07:00", None, "weekend_or_holiday"),  # a Friday
    ("2026-11-30T10:00:00+07:00", "2026-12-05T20:00:00+07:00", None, "late_on_a_day_off"),  # late, on a Saturday
    ("2026-12-01T10:00:00+08:00", "2026-12-01T13:00:00+07:00", "Asia/Singapore", "time_zone"),
])
def test_with_no_email_address_the_timing_reasons_do_not_speak_of_email(lang, stage, alone, team, ended_at, now,
                                                                          zone, code):
    answer = check(stage=stage, with_interviewer=not alone, contact="none", ended_at=ended_at, now=now, lang=lang,
                   **({"interviewers": team} if team else {}), **({"interviewer_tz": zone} if zone else {}))
    reasons = {reason["code"]: reason["text"] for reason in answer["reasons"]}
    assert code in reasons, reasons
    assert not re.search(r"email|inbox|kotak masuk", reasons[code], re.IGNORECASE), reasons[code]


# Rule: the calendar reminder tells the reader to follow up wherever the thank-you went (email or chat).
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("step", ["interview", "assessment", "test"])
@pytest.mark.parametrize("last", [False, True])
def test_the_reminder_does_not_say_email(lang, step, last):
    text = follow_up_calendar(date(2026, 12, 10), lang, datetime(2026, 12, 1, tzinfo=timezone.utc), "seed",
                              step=step, last=last)["text"]
    assert "email" not in text.replace("\r\n ", "").lower(), text


# Rule: when a long break (three days off or more) moves the deadline days away, the answer does not
# explain it with "within the first 24 hours" next to "(8 days left)"; it gives the guide's advice for a
# long break (the same day, or the first morning after it). After a plain weekend it still says 24 hours.
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("stage", ["first", "assessment"])
def test_a_long_break_is_not_explained_by_the_first_24_hours(lang, stage):
    lebaran = ["2027-03-09", "2027-03-10", "2027-03-11", "2027-03-12", "2027-03-15", "2027-03-16"]
    answer = check(stage=stage, interviewers=people("hiring_manager"), ended_at="2027-03-08T14:00:00+07:00",
                   now="2027-03-08T16:30:00+07:00", holidays=lebaran, lang=lang)
    said = " ".join(reason["text"] for reason in answer["reasons"]).lower()
    assert not re.search(r"24 jam pertama|first 24 hours", said), said
    assert re.search(r"libur panjang|long break", said), said
    weekend = check(stage=stage, interviewers=people("hiring_manager"), ended_at="2026-12-04T15:00:00+07:00",
                    now="2026-12-04T17:30:00+07:00", lang=lang)
    assert re.search(r"24 jam pertama|first 24 hours", " ".join(r["text"] for r in weekend["reasons"]).lower())


# Rule: a government office's or a BUMN's selection committee runs its selection, not a recruiter: the
# reason to answer a rejection does not name a recruiter.
@pytest.mark.parametrize("lang", LANGS)
def test_a_government_rejection_does_not_name_a_recruiter(lang):
    answer = check(stage="first", status="rejected", setting="government", lang=lang)
    said = " ".join(reason["text"] for reason in answer["reasons"]).lower()
    assert not re.search(r"perekrut|recruiter", said), said
    assert re.search(r"panitia seleksi|selection committee", said), said


# Rule: on the form, a test a government office arranged is in its selection committee's time zone.
@pytest.mark.parametrize("lang", LANGS)
def test_a_government_tests_time_zone_is_the_committees(lang):
    form = {"stage": ["assessment"], "no_interviewer": ["on"], "other_zone": ["on"], "ended_at": ["2026-11-26T10:00"]}
    for setting, shown, other in (("government", "test_committee", "test"), ("local", "test", "test_committee")):
        hidden = handle({"op": "view", "tool": "check", "lang": lang, "form": {**form, "setting": [setting]}})["hidden"]
        for field in ("interviewer_tz", "other_zone", "ended_in.theirs"):
            assert f"{field}@{shown}" not in hidden and {f"{field}@", f"{field}@{other}"} <= set(hidden), (field, hidden)


# ---- Round 29 ------------------------------------------------------------------------------------------

# Rule: with no email address (outside a government selection) the thanks go into a chat, so no line of
# the answer speaks of an email ("A late email has less impact", "Email terima kasih ... termasuk sopan
# santun", "one short email", "This combined email"): only of the address they lack and of the site's
# email generator. Across stages, news, what was sent, lateness, the team, and every hesitation.
NOT_AN_EMAIL = re.compile(r"alamat e-?mail|e-?mail address(es)?|pembuat email|email generator", re.IGNORECASE)
CHAT_TIMES = [("2026-12-01T10:00:00+07:00", "2026-12-01T11:00:00+07:00"),  # on time
              ("2026-12-01T10:00:00+07:00", "2026-12-04T11:00:00+07:00"),  # late
              ("2026-11-20T10:00:00+07:00", "2026-12-01T11:00:00+07:00"),  # a week and more
              ("2026-12-01T19:00:00+07:00", "2026-12-01T09:00:00+07:00")]  # still to come, in the evening


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("stage", "alone"), [("screening", False), ("first", False), ("final", False),
                                              ("assessment", False), ("assessment", True)])
def test_with_no_email_address_no_line_speaks_of_an_email(lang, stage, alone):
    situations = [
        {"status": status, "already_sent": sent, "setting": setting, "competitive": competitive,
         "interviewers": team, "ended_at": ended_at, "now": now, **({"decision_by": "2026-12-02"} if soon else {})}
        for status, sent in (("waiting", "nothing"), ("waiting", "thank_you"), ("waiting", "follow_up"),
                             ("next_round", "nothing"), ("offer", "nothing"), ("rejected", "nothing"),
                             ("not_interested", "nothing"))
        for setting, competitive, team, soon in (("unknown", False, people("hiring_manager"), False),
                                                 ("local", True, CHAT_PANEL, True))
        for ended_at, now in CHAT_TIMES
    ]
    for situation in situations:
        answer = check(stage=stage, with_interviewer=not alone, contact="none", lang=lang,
                       hesitations=["desperate", "what_to_say", "unimportant", "no_email"], **situation)
        said = sentences(answer) + [answer["timing_text"]] + [item["text"] for item in answer["hesitations"]]
        for sentence in said:
            assert not re.search(r"e-?mail|inbox|kotak masuk", NOT_AN_EMAIL.sub("", sentence), re.IGNORECASE), (
                situation, sentence)


# Rule: every link the checker gives leads to a heading that exists on that page in each language, and the
# long break's reason to the guide's part on public holidays and collective leave (under evenings, weekends
# and holidays), not to its 24-hour section.
on_disk = pytest.mark.skipif(sys.platform == "emscripten", reason="reads the guide's Markdown files")
DOCS = Path(__file__).resolve().parents[2] / "docs"


def heading_of(link, lang):
    page, _, anchor = link.partition("#")
    source = DOCS / (page.removesuffix(".html") + {"id": ".md", "en": ".en.md"}[lang])
    lines = source.read_text(encoding="utf-8").splitlines()
    index = next((i for i, line in enumerate(lines) if line.startswith("#") and line.rstrip().endswith("{#" + anchor + "}")),
                 None)
    assert index is not None, (link, lang)
    end = next((i for i in range(index + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    return "\n".join(lines[index:end])


@on_disk
@pytest.mark.parametrize("lang", LANGS)
def test_every_link_leads_to_its_heading_and_a_long_break_to_the_holidays(lang):
    lebaran = ["2027-03-09", "2027-03-10", "2027-03-11", "2027-03-12", "2027-03-15", "2027-03-16"]
    for stage in ("first", "assessment"):
        answer = check(stage=stage, interviewers=people("hiring_manager"), ended_at="2027-03-08T14:00:00+07:00",
                       now="2027-03-08T16:30:00+07:00", holidays=lebaran, lang=lang)
        [long_break] = [reason for reason in answer["reasons"] if reason["code"] == "within_24_hours"]
        section = heading_of(long_break["link"], lang)
        assert re.search({"id": r"Lebaran", "en": r"Lebaran"}[lang], section), section[:200]
        assert long_break["link"] != SECTIONS["within_24_hours"]
        # ... and said once: the weekend's "the next working morning is still on time" does not follow it.
        assert [reason["link"] for reason in answer["reasons"]].count(long_break["link"]) == 1, answer["reasons"]
    for code, (_topic, section) in {**REASONS, **{key: ("", value) for key, value in HESITATION_SECTIONS.items()}}.items():
        heading_of(SECTIONS[section], lang)


# Rule: no sentence the checker says repeats a run of three words ("ucapan terima kasih datang tepat ketika
# ..., dan ucapan terima kasih yang tidak datang bisa terasa" read as padding).
@pytest.mark.parametrize("lang", LANGS)
def test_no_sentence_repeats_a_run_of_three_words(lang):
    words = texts_for(CheckTexts, lang)
    for table in ("reasons", "timing", "follow_up", "hesitation_answers", "emails", "channels", "moments",
                  "test_moments", "chat_moments", "message_deadlines", "verdicts", "messages"):
        for key, text in getattr(words, table).items():
            for sentence in re.split(r"(?<=[.:;])\s+", text):
                said = re.findall(r"\w+", sentence.lower())
                runs = [tuple(said[i:i + 3]) for i in range(len(said) - 2)]
                assert len(runs) == len(set(runs)), (table, key, sentence)


# Rule: after the thank-you and a first follow-up, the reason speaks of the one follow-up left, not of
# "a follow-up, twice at most" as if none had gone out; after the thank-you alone it still does.
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("contact", ["direct", "none"])
def test_after_a_first_follow_up_the_reason_speaks_of_the_one_left(lang, contact):
    situation = {"stage": "first", "contact": contact, "ended_at": "2026-11-10T10:00:00+07:00", "lang": lang}
    second = check(**situation, already_sent="follow_up")
    [reason] = second["reasons"]
    assert not re.search(r"paling banyak dua kali|twice at most", reason["text"]), reason["text"]
    assert re.search(r"tindak lanjut pertama|first follow-up", reason["text"]), reason["text"]
    first = check(**situation, already_sent="thank_you")
    assert re.search(r"paling banyak dua kali|twice at most", first["reasons"][0]["text"])


# Rule: when they decide soon but the deadline was moved past days off (a weekend, Lebaran), the reason does
# not say the decision may come "within these 24 hours": the deadline is days away.
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("stage", "team"), [("final", people("hiring_manager")),
                                             ("assessment", people("hiring_manager", "colleague"))])
@pytest.mark.parametrize(("ended_at", "decision_by", "holidays"), [
    ("2026-12-04T15:00:00+07:00", "2026-12-07", []),  # a Friday, they decide on Monday
    ("2027-03-05T10:00:00+07:00", "2027-03-10",
     ["2027-03-08", "2027-03-09", "2027-03-10", "2027-03-11", "2027-03-12"]),  # they decide during Lebaran
])
def test_a_decision_soon_after_days_off_is_not_within_24_hours(lang, stage, team, ended_at, decision_by, holidays):
    answer = check(stage=stage, interviewers=team, ended_at=ended_at, now=ended_at, decision_by=decision_by,
                   holidays=holidays, lang=lang)
    [soon] = [reason for reason in answer["reasons"] if reason["code"] == "within_24_hours_decision_soon"]
    assert not re.search(r"24 jam|24 hours", soon["text"]), soon["text"]
    # On a working day the 24 hours still hold.
    weekday = check(stage=stage, interviewers=team, ended_at="2026-12-01T10:00:00+07:00",
                    now="2026-12-01T10:00:00+07:00", decision_by="2026-12-02", lang=lang)
    [soon] = [reason for reason in weekday["reasons"] if reason["code"] == "within_24_hours_decision_soon"]
    assert re.search(r"24 jam|24 hours", soon["text"])


# Rule: a government selection's test is arranged by a committee, not a person: the Indonesian "how many"
# and the "no address" answer say "pihak yang mengatur", which fits a recruiter and a committee alike.
@pytest.mark.parametrize("setting", ["government", "local"])
def test_whoever_arranged_a_test_alone_may_be_a_committee(setting):
    answer = check(stage="assessment", with_interviewer=False, setting=setting, hesitations=["no_email"], lang="id")
    for sentence in (answer["emails_text"], answer["hesitations"][0]["text"]):
        assert "orang yang mengatur" not in sentence, sentence


# Rule: once the long break has begun, the reason no longer says "before a long break ... the same day" (a
# day already past): the first morning after it is what is left, as the moment says. Before it, it still does.
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("stage", ["first", "assessment"])
def test_inside_a_long_break_the_reason_speaks_of_the_morning_after(lang, stage):
    lebaran = ["2027-03-08", "2027-03-09", "2027-03-10", "2027-03-11", "2027-03-12"]
    before = r"Menjelang libur panjang|Before a long break"
    for now, inside in (("2027-03-09T10:00:00+07:00", True), ("2027-03-06T10:00:00+07:00", True),
                        ("2027-03-05T16:00:00+07:00", False)):
        answer = check(stage=stage, interviewers=people("hiring_manager"), ended_at="2027-03-05T15:00:00+07:00",
                       now=now, holidays=lebaran, lang=lang)
        [reason] = [reason for reason in answer["reasons"] if reason["code"] == "within_24_hours"]
        assert bool(re.search(before, reason["text"])) != inside, (now, reason["text"])
        assert reason["link"] == SECTIONS["evenings_weekends"]


# Rule: a long break is three days off in a row or more, counted in days, not hours: a Friday-morning
# interview, whose 24 hours end early on Saturday, meets a plain weekend (the weekend's reason, not "before
# a long break"); a Thursday before a Friday holiday, or a Saturday before a Monday one, meets a long break
# (a Saturday interview is inside it already).
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("ended_at", "holidays", "kind"), [
    ("2026-12-04T00:30:00+07:00", [], "weekend"),
    ("2026-12-04T09:00:00+07:00", [], "weekend"),
    ("2026-12-04T16:00:00+07:00", [], "weekend"),
    ("2026-12-05T11:00:00+07:00", [], "weekend"),
    ("2026-11-26T16:00:00+07:00", ["2026-11-27"], "before"),
    ("2026-12-05T11:00:00+07:00", ["2026-12-07"], "inside"),
])
def test_a_long_break_is_counted_in_days_off(lang, ended_at, holidays, kind):
    answer = check(stage="first", ended_at=ended_at, now=ended_at, holidays=holidays, lang=lang)
    codes = [reason["code"] for reason in answer["reasons"] if reason["topic"] == "timing"]
    said = " ".join(reason["text"] for reason in answer["reasons"])
    assert ("weekend_or_holiday" in codes) == (kind == "weekend"), codes
    assert bool(re.search(r"Menjelang libur panjang|Before a long break", said)) == (kind == "before"), said
    assert bool(re.search(r"sedang berlangsung|under way", said)) == (kind == "inside"), said


# ---- Round 29b: the headline, the panel, the recruiter's address, the time left ------------------

# A competitive role makes an optional step "recommended": the headline says why in terms of the step
# (a call, a test taken alone), never "here", which reads as this employer. Where a local or government
# employer is why, it names the kind of employer.
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("situation", "about"),
    [
        ({"stage": "screening", "competitive": True}, {"id": "percakapan seperti ini", "en": "a conversation like this"}),
        ({"stage": "informal", "competitive": True, "setting": "local"},
         {"id": "percakapan seperti ini", "en": "a conversation like this"}),
        ({"stage": "assessment", "with_interviewer": False, "competitive": True},
         {"id": "tes yang dikerjakan sendiri", "en": "a test taken alone"}),
        ({"stage": "first", "setting": "local"}, {"id": "tempat kerja seperti ini", "en": "this kind of employer"}),
        ({"stage": "final", "setting": "government", "interviewers": people("executive", "colleague")},
         {"id": "tempat kerja seperti ini", "en": "this kind of employer"}),
    ],
)
def test_a_recommendation_names_the_kind_of_step_or_employer(lang, situation, about):
    answer = check(lang=lang, **situation)
    assert answer["verdict"] == "recommended"
    assert about[lang] in answer["headline"]
    assert not re.search(r"\b(here|di sini)\b", answer["headline"], re.IGNORECASE)


# Two recruiters sharing a screening call is still the recruiter's screening call the guide calls
# optional, not a panel interview; a team member on it makes it one.
@pytest.mark.parametrize("lang", LANGS)
def test_two_recruiters_on_a_screening_call_are_not_a_panel(lang):
    answer = check(lang=lang, stage="screening", format="phone", interviewers=people("recruiter", "recruiter"))
    assert answer["verdict"] == "optional"
    assert "panel_interview" not in [reason["code"] for reason in answer["reasons"]]
    assert check(lang=lang, stage="screening", interviewers=people("recruiter", "colleague"))["verdict"] == "send"


# ... and it gets the guide's "two or three lines to the recruiter who called you", one short note that
# thanks the other by name, not a panel's separate emails, whichever address the reader has.
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("contact", ["direct", "recruiter_only", "none"])
def test_two_recruiters_on_a_screening_call_get_one_short_note(lang, contact):
    answer = check(lang=lang, stage="screening", contact=contact, interviewers=people("recruiter", "recruiter"))
    assert answer["emails"] == 1
    said = " ".join(sentences(answer))
    assert not re.search(r"panel|separate|terpisah|masing-masing langsung", said, re.IGNORECASE)
    assert re.search(r"recruiter who arranged|perekrut yang mengatur", answer["emails_text"])
    # ... and the generator opens on that one note, to the first recruiter, thanking the other by name.
    assert (answer["draft"]["send_to"], answer["draft"]["recruiter_interviewer"]) == ("recruiter", 1)


# The guide's second option without the interviewer's address (cara-menulis#tanpa-alamat-email): ask
# the recruiter for it. Offered wherever the thanks go through whoever arranged it, never at a
# government office (official channel only) nor when the recruiter alone held it.
ASK_FOR_ADDRESS = {"id": re.compile(r"minta\w* alamat email"), "en": re.compile(r"ask (the recruiter|whoever arranged)")}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("situation", "offered"),
    [
        ({"contact": "recruiter_only", "interviewers": people("hiring_manager")}, True),
        ({"contact": "recruiter_only", "interviewers": people("hiring_manager", "colleague")}, True),
        ({"contact": "recruiter_only", "interviewers": people("recruiter", "hiring_manager")}, True),
        ({"contact": "recruiter_only", "stage": "assessment", "interviewers": people("colleague")}, True),
        ({"contact": "none", "interviewers": people("hiring_manager")}, True),
        ({"contact": "none", "stage": "assessment", "interviewers": people("colleague", "colleague")}, True),
        ({"contact": "none", "setting": "government", "interviewers": people("hiring_manager")}, False),
        ({"contact": "recruiter_only", "interviewers": people("recruiter")}, False),
        ({"contact": "direct", "interviewers": people("hiring_manager")}, False),
    ],
)
def test_without_their_address_the_guide_offers_asking_the_recruiter(lang, situation, offered):
    answer = check(lang=lang, **{"stage": "first", **situation})
    said = " ".join(sentences(answer))
    assert bool(ASK_FOR_ADDRESS[lang].search(said)) == offered


# The time left sits inside the deadline's sentence, before its full stop ("… 16.30 (masih 21 jam lagi)."),
# and after the interviewer's own time in parentheses it follows a comma, not a second parenthesis.
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("zone", [None, "Europe/London", "Australia/Sydney", "Asia/Dubai"])
@pytest.mark.parametrize("now", [NOW, "2026-12-03T11:00:00+07:00", "2026-12-02T09:59:30+07:00"])
def test_the_time_left_is_inside_the_deadline_sentence(lang, zone, now):
    from thankyou.dates import as_time_ago
    from thankyou.plain import check_text

    answer = check(lang=lang, stage="first", now=now, **({"interviewer_tz": zone} if zone else {}))
    line = check_text(answer).splitlines()[2]
    # a deadline that has passed is dated ("8 days ago"), not "8 days late"
    left = answer["time_left"] if answer["timing"] == "on_time" else as_time_ago(answer["time_left"], lang)
    assert answer["time_left"] and left in line
    assert not re.search(r"[.!?] \(", line) and line.endswith(".") and ") (" not in line


# A screening call whose caller's role is not given is the recruiter's (the guide's "a short screening
# call from a recruiter"): the thanks go to them, not "passed on to the interviewer" by the recruiter.
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("contact", ["recruiter_only", "none"])
@pytest.mark.parametrize("interviewers", [[], [{"name": "Sari"}]])
def test_a_screening_call_with_no_role_given_is_the_recruiters(lang, contact, interviewers):
    answer = check(lang=lang, stage="screening", contact=contact, interviewers=interviewers)
    said = " ".join(sentences(answer))
    assert not re.search(r"passed on|diteruskan|meneruskan", said)
    # A first interview with no role given still goes through the recruiter, as before.
    first = " ".join(sentences(check(lang=lang, stage="first", contact=contact, interviewers=interviewers)))
    assert re.search(r"passed on|diteruskan|meneruskan", first)


# "It can tip a close decision" is said once: after the reason about a competitive role, the answer to
# "it seems to make no difference" keeps its own point and drops the close race.
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("stage", ["first", "screening", "informal"])
def test_the_close_race_is_said_once(lang, stage):
    close = {"id": r"\bketat\b", "en": r"\bclose\b"}[lang]
    answer = check(lang=lang, stage=stage, competitive=True, hesitations=["unimportant"])
    assert sum(bool(re.search(close, text)) for text in sentences(answer) + [h["text"] for h in answer["hesitations"]]
               if text != answer["headline"]) == 1
    plain = check(lang=lang, stage=stage, hesitations=["unimportant"])
    assert re.search(close, plain["hesitations"][0]["text"])


# A deadline that has passed is dated in the plain answer: "The deadline was Monday … (8 days ago)",
# not "(8 days late)" (the deadline is not late; the badge on its own still says "late").
@pytest.mark.parametrize(
    ("lang", "now", "said", "badge"),
    [
        ("en", "2026-12-10T11:00:00+07:00", "(8 days ago).", "8 days late"),
        ("en", "2026-12-02T11:00:00+07:00", "(1 hour ago).", "1 hour late"),
        ("en", "2026-12-02T10:20:00+07:00", "(20 minutes ago).", "20 minutes late"),
        ("id", "2026-12-10T11:00:00+07:00", "(8 hari yang lalu).", "lewat 8 hari"),
        ("id", "2026-12-02T13:00:00+07:00", "(3 jam yang lalu).", "lewat 3 jam"),
    ],
)
def test_a_passed_deadline_is_dated_as_time_ago(lang, now, said, badge):
    from thankyou.plain import check_text
    answer = check(stage="first", now=now, lang=lang)
    assert answer["time_left"] == badge
    deadline_line = check_text(answer).split("\n\n")[1].splitlines()[0]
    assert deadline_line.endswith(said), deadline_line


# Indonesian: the time left ("masih 22 jam lagi") and the band beside it do not both say "masih".
def test_time_left_and_the_band_do_not_repeat_masih():
    from thankyou.plain import check_text
    answer = check(stage="first", lang="id")
    block = check_text(answer).split("\n\n")[1].splitlines()
    assert "masih" in block[0]
    assert "masih" not in block[1].lower(), block[1]


# A decision date that is today or tomorrow on the reader's clock says so ("by today, Tuesday, 1 December").
@pytest.mark.parametrize(
    ("lang", "now", "decision_by", "said"),
    [
        ("en", "2026-12-01T11:00:00+07:00", "2026-12-01", "by today, Tuesday, 1 December 2026"),
        ("en", "2026-12-01T11:00:00+07:00", "2026-12-02", "by tomorrow, Wednesday, 2 December 2026"),
        ("id", "2026-12-01T11:00:00+07:00", "2026-12-01", "paling lambat hari ini, Selasa, 1 Desember 2026"),
        ("id", "2026-12-01T11:00:00+07:00", "2026-12-02", "paling lambat besok, Rabu, 2 Desember 2026"),
    ],
)
def test_a_decision_date_today_or_tomorrow_says_so(lang, now, decision_by, said):
    answer = check(stage="first", now=now, decision_by=decision_by, lang=lang)
    assert any(said in text for text in sentences(answer)), sentences(answer)


# Two recruiters held the call and there is no address: the route names them in the plural.
@pytest.mark.parametrize(("lang", "plural", "singular"), [
    ("en", "the recruiters who interviewed you read it", "the recruiter who interviewed you"),
    ("id", "para perekrut yang mewawancarai Anda", "perekrut yang mewawancarai Anda membacanya"),
])
def test_two_recruiters_without_an_address_are_named_in_the_plural(lang, plural, singular):
    answer = check(stage="screening", interviewers=people("recruiter", "recruiter"), contact="none", lang=lang)
    assert plural in answer["channel_text"]
    one = check(stage="screening", interviewers=people("recruiter"), contact="none", lang=lang)
    assert singular in one["channel_text"] and plural not in one["channel_text"]
