"""The checker's decision: should this reader send a thank-you, by when, how, to whom, and when to follow up.

The advice lives in the rule tables below, one per concern (verdict, timing, channel, number
of emails, follow-up, the draft's shape); small pure functions read them. A table row is
``(conditions, outcome)``: conditions map a fact's name to the value it must have, or to a
tuple of values it may have; ``{}`` always holds. The facts come from the reader's situation
(:func:`facts_of`), so the tables never see raw input. See the README for the JSON contract.
"""

from __future__ import annotations

import hashlib
from itertools import combinations
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Any, TypeVar

from thankyou import fields, ics
from thankyou.operations import Operation
from thankyou.fields import Boolean, Choice, Date, ListOf, Moment, Record, Text, Zone, zone_or_none
from thankyou.dates import (format_date, format_datetime, format_near_datetime, format_time, format_time_left,
                            format_weekday_time)
from thankyou.guide import link_to
from thankyou.texts import texts_for
from thankyou.texts.check import CheckTexts

# ---- What a request may say ---------------------------------------------------------------

STAGES = ("screening", "first", "second", "final", "informal", "assessment")
FORMATS = ("phone", "video", "in_person")
ROLES = ("recruiter", "hiring_manager", "executive", "colleague")
CONTACTS = ("direct", "recruiter_only", "none")
SETTINGS = ("unknown", "multinational", "local", "government", "startup")
STATUSES = ("waiting", "next_round", "offer", "rejected", "not_interested")
HESITATIONS = ("desperate", "what_to_say", "unimportant", "no_email")
# What the reader has already sent: nothing yet, the thank-you, or the thank-you and one follow-up.
ALREADY_SENT = ("nothing", "thank_you", "follow_up", "follow_ups")
# Every kind of employer but a government office or a state-owned company (whose selection has its own channel).
NOT_GOVERNMENT = tuple(setting for setting in SETTINGS if setting != "government")
DEFAULTS = {"format": "video", "contact": "direct", "setting": "unknown", "status": "waiting", "already_sent": "nothing"}
MAX_INTERVIEWERS = 8
MAX_HOLIDAYS = 60
NAME_LIMIT = 80

# The request, declared once: read by :func:`read_situation`, and the source of the command line's
# flags and of the README's table (``help`` is the flag's text).
REQUEST = Record(fields={
    "stage": Choice(options=STAGES, help="the interview's stage"),
    "format": Choice(options=FORMATS, default=DEFAULTS["format"], help="how the interview was held"),
    "interviewers": ListOf(
        item=Record(fields={"name": Text(limit=NAME_LIMIT), "role": Choice(options=ROLES, default="")}),
        limit=MAX_INTERVIEWERS, flag="--interviewer",
        help="ROLE[:NAME], once per interviewer; ROLE is recruiter, hiring_manager, executive or colleague "
             "(empty: not sure)"),
    "ended_at": Moment(help="when the interview ended"),
    "now": Moment(default_now=True, help="the current time (default: the clock)"),
    "reader_tz": Zone(help="your own IANA time zone (default: the offset of --ended-at)"),
    "interviewer_tz": Zone(help="the interviewer's IANA time zone, such as Europe/London, or WIB, WITA, WIT"),
    "contact": Choice(options=CONTACTS, default=DEFAULTS["contact"], help="which address you have"),
    "setting": Choice(options=SETTINGS, default=DEFAULTS["setting"], help="the kind of employer"),
    "status": Choice(options=STATUSES, default=DEFAULTS["status"], help="the news since the interview"),
    "competitive": Boolean(help="the role is very competitive"),
    "with_interviewer": Boolean(default=True, help="for an assessment, whether someone assessed it live "
                                "(no: a written or online test taken alone)"),
    "already_sent": Choice(options=ALREADY_SENT, default=DEFAULTS["already_sent"], help="what you have sent so far"),
    "sent_on": Date(help="the day your last message went out: the thank-you, or with --already-sent follow_up "
                    "the first follow-up (dates the follow-up from it)"),
    "hesitations": ListOf(item=Choice(options=HESITATIONS), limit=len(HESITATIONS) * 2, unique=True, whole=True,
                          flag="--hesitation", help="what holds you back"),
    "decision_by": Date(help="the date they said they would decide by"),
    "holidays": ListOf(item=Date(), limit=MAX_HOLIDAYS, whole=True, flag="--holiday", help="a public holiday in the interviewer's calendar (1 Jan is counted already; 25 Dec and 26 Dec too where they are public holidays, 24 Dec where offices shut (Germany, Austria, the Nordic countries, Czechia, Slovakia, the Baltic states, Manila), with the weekday given back where a holiday on a weekend gives one, in the US its six common holidays (Memorial Day, 4 Jul, Labor Day and Thanksgiving besides) and the day after Thanksgiving, in Singapore, Kuala Lumpur and Manila their fixed-date ones, a few national days elsewhere (Australia Day, Waitangi Day, the Gulf's and Jordan's fixed-date ones, where 1 Jan is not always one), and in Indonesia 1 May, 1 Jun and 17 Aug as well, also for a time given only as +07:00, +08:00 or +09:00)"),
    "lang": fields.LANGUAGE,
})

Conditions = Mapping[str, Any]
Outcome = TypeVar("Outcome")

# ---- Rule tables: the verdict --------------------------------------------------------------

# News from the employer turns the thank-you into another message (None: still a thank-you).
MESSAGE_BY_STATUS: dict[str, str | None] = {
    "waiting": None,
    "next_round": "confirm_next_round",
    "offer": "reply_to_offer",
    "rejected": "reply_to_rejection",
    "not_interested": "withdrawal",
}
# Without news, a thank-you already sent turns the advice into the follow-up (None: still a thank-you).
# Both follow-ups sent: nothing more to send (the guide: twice is enough), at most one closing note once their date passes.
MESSAGE_BY_SENT: dict[str, str | None] = {"nothing": None, "thank_you": "follow_up", "follow_up": "follow_up",
                                          "follow_ups": "stop_following_up"}
# Which follow-up that is: the first, or the second and last.
FOLLOW_UP_ATTEMPT: dict[str, int] = {"thank_you": 1, "follow_up": 2, "follow_ups": 2}
MESSAGE_REASON: dict[str, str] = {
    "confirm_next_round": "next_round",
    "reply_to_offer": "offer_in_hand",
    "reply_to_rejection": "after_rejection",
    "withdrawal": "withdrawal",
    "follow_up": "already_thanked",
    "stop_following_up": "followed_up_twice",
}

# When a thank-you is expected ("send"): every row that holds gives its reason.
EXPECTED_WHEN: tuple[tuple[Conditions, str], ...] = (
    ({"stage": "final"}, "final_round"),
    ({"stage": ("first", "second")}, "formal_interview"),
    # A test, case study or presentation that someone assessed in person or on a call; a written
    # or online test taken alone ("attended": False) is optional, like a screening call.
    ({"stage": "assessment", "attended": True}, "assessment"),
    # A screening call two recruiters share is still the recruiter's screening call the guide calls optional,
    # not a panel interview; a team member or a manager on it makes it one.
    ({"panel": True, "recruiter_screening": False}, "panel_interview"),
    ({"senior": True}, "senior_interviewer"),
    # At their premises; an informal chat over coffee is not an on-site interview, a test taken
    # alone in their office is not one either.
    ({"format": "in_person", "attended": True, "stage": ("screening", "first", "second", "final", "assessment")}, "in_person"),
)
# Who held it when the reader gives no role, by stage: a screening call is a recruiter's.
ROLE_NOT_GIVEN: dict[str, str] = {"screening": "recruiter"}
# Enough reasons to explain the verdict without repeating it.
MAX_VERDICT_REASONS = 3
# When nothing above holds, the conversation was informal or transactional: optional.
OPTIONAL_BECAUSE: dict[str, str] = {
    "screening": "screening_call",
    "informal": "informal_chat",
    "assessment": "test_without_interviewer",
}

# A reason worded for who reads it, where the plain one would name the wrong person: at a government office
# or a state-owned company (CPNS, BUMN) a selection committee or the personnel office runs it, not a recruiter.
# ``(conditions, reason code, variant)``: the reason's text is then ``code.variant``, its code the same.
REASON_VARIANTS: tuple[tuple[Conditions, str, str], ...] = (
    ({"setting": "government"}, "test_without_interviewer", "committee"),
    # Several people, and no address of their own (only the recruiter's, or none): each deserves thanks, and one
    # note naming each of them gives it, as the guide's "no email address" section says; not "each member",
    # which would read as one email each above a "how many" of one.
    ({"contact": ("recruiter_only", "none")}, "panel_interview", "one_note"),
    # An informal chat with several people expects thanks as a panel does (the guide's "several people have
    # set aside real time for you"), but it was no panel interview.
    ({"stage": "informal"}, "panel_interview", "informal"),
    # ... and its separate emails go to people who talked with the reader, not to "panel members".
    ({"stage": "informal"}, "one_per_interviewer", "informal"),
    # No address, and the recruiter who arranged it is who held it: nobody passes the thanks on.
    ({"contact": "none", "only_recruiters": True}, "no_address", "recruiter_interviewed"),
    # A test taken alone for a government office or a BUMN: the committee that arranged it, not a recruiter.
    *(({"setting": "government", "attended": False}, code, "committee")
      for code in ("weekend_or_holiday", "late_on_a_day_off", "time_zone")),
    # After a rejection from a government office or a BUMN: the committee may remember them, not a recruiter.
    ({"setting": "government"}, "after_rejection", "committee"),
    # The 24 hours end at the start of a long break (Lebaran, Christmas): the deadline is days away, so
    # "within the first 24 hours" would not fit it; the guide's advice for a long break does.
    # ... and once the break has begun, "the same day" is past: the first morning after it is what is left.
    # The interview itself was held on a weekend or holiday: "not reading work messages on their day off" would
    # deny what the reader saw; the next working morning is still on time, said without claiming they are off.
    ({"held_on_day_off": True, "attended": True}, "weekend_or_holiday", "held_on_day_off"),
    ({"long_break": True, "break_under_way": True}, "within_24_hours", "long_break_under_way"),
    ({"long_break": True}, "within_24_hours", "long_break"),
    # Their date is already behind the reader (given as the day of the interview): "they plan to decide" would not hold.
    ({"decision_passed": True}, "within_24_hours_decision_soon", "date_passed"),
    # They decide soon, but the deadline was moved past days off: "within these 24 hours" would not hold.
    ({"day_off": True}, "within_24_hours_decision_soon", "day_off"),
    # A week on and the date they gave for a decision has passed without news: "there is no decision yet" would
    # guess; the date, passed, is what the reader knows, and it makes asking about the process timely.
    ({"decision_passed": True}, "late_combined", "date_passed"),
    # ... and a few days late, the same date passed: the plain "late" reason would carry on as if it were ahead.
    ({"decision_passed": True}, "late", "date_passed"),
    # Both follow-ups sent: a closing note at most, once the date they gave has passed (or when it does).
    ({"decision_passed": True}, "followed_up_twice", "date_passed"),
    ({"decision_date": True}, "followed_up_twice", "date_ahead"),
    # The first follow-up has gone out too: what is left is the second, not "a follow-up, twice at most".
    ({"already_sent": "follow_up"}, "already_thanked", "second"),
    # A thank-you the reader may well not send (optional, or they doubt it matters): the follow-up counted from
    # it says "if you send one", never "after your thank-you goes out" as if it were settled.
    ({"thanks_in_doubt": True}, "after_thanks", "if_sent"),
)
# Who arranged a test taken alone, by the kind of employer (else a recruiter): whose working day its moments name.
TEST_ARRANGED_BY: dict[str, str] = {"government": "committee"}

# Then, in order: when the conditions hold, the verdict moves (from → to) and the reason is given.
# Never towards "don't": where the custom is less common, "send" only becomes "recommended".
ADJUSTMENTS: tuple[tuple[Conditions, Mapping[str, str], str], ...] = (
    ({"setting": ("local", "government")}, {"send": "recommended"}, "local_custom"),
    ({"competitive": True}, {"optional": "recommended"}, "competitive"),
)

# ---- Rule tables: timing -------------------------------------------------------------------

SEND_WITHIN = timedelta(hours=24)
# From about a week after the interview with no decision yet, the thank-you and the follow-up are
# one short email (the guide's "Jika sudah terlambat"); before that, a late thank-you is a short one.
COMBINE_AFTER = timedelta(days=7)
# ...and a week of the interviewer's working days: after Lebaran's collective leave or the Christmas
# break, the first morning back is not "a week on", since nothing moved while they were away.
WEEK_OF_WORKING_DAYS = 5
# How late: the first row that holds. "their_date_ahead": they said they would decide by a date
# still to come, so asking about the process would be early: a late thank-you alone.
TIMING: tuple[tuple[Conditions, str], ...] = (
    ({"past_deadline": False}, "on_time"),
    ({"their_date_ahead": True}, "late"),
    ({"about_a_week": False}, "late"),
    ({}, "very_late"),
)
# The interviewer's working week and day, in their own time zone.
WEEKEND = frozenset({5, 6})
# Where the working week runs Sunday to Thursday, Friday and Saturday are the weekend: Saudi Arabia,
# Qatar, Kuwait, Bahrain, Oman, Jordan, Iraq, Egypt and Israel (the United Arab Emirates moved to
# Saturday and Sunday in 2022).
FRIDAY_SATURDAY = frozenset({4, 5})
FRIDAY_SATURDAY_ZONES = frozenset({
    "Asia/Riyadh", "Asia/Qatar", "Asia/Kuwait", "Asia/Bahrain", "Asia/Muscat", "Asia/Amman", "Asia/Baghdad",
    "Africa/Cairo", "Egypt", "Asia/Jerusalem", "Asia/Tel_Aviv", "Israel",
})
WORKING_HOURS = (time(8, 0), time(18, 0))
MORNING = time(8, 0)  # a message sent then is on top of the inbox when the day starts
MORNING_ENDS = time(10, 0)
# A deadline moved past a run of this many days off in a row or more (a long weekend, Lebaran, the Christmas
# break) falls after a long break, which the guide treats apart. Counted in days off, not hours: a plain
# weekend is two whichever hour of Friday the interview ended at.
LONG_BREAK_DAYS = 3
# The guide's "an hour or two" to write it calmly (kapan-mengirim): with less of the working day
# left, today is offered with the next working morning as the way out, not "now" alone.
WRITING_TIME = timedelta(hours=2)
# ... and with less than the shortest of it (an hour) left, "today, if you can write it calmly by then" is
# no real offer: the next working morning is the advice, as after an evening interview.
SHORTEST_WRITING_TIME = timedelta(hours=1)

# The moment to suggest: the first row that holds. Late or not, a message lands in the
# interviewer's working hours: outside them (evenings, weekends, holidays) it waits for their
# next working morning, unless the deadline comes first.
SEND_MOMENT: tuple[tuple[Conditions, str], ...] = (
    # Still to come: it ends outside the interviewer's working hours (an evening, a weekend, a holiday), or
    # with under an hour of their day left, so what is written after it waits for their next working
    # morning, as the guide says.
    ({"not_ended_yet": True, "ends_in_working_hours": False}, "after_it_ends_next_morning"),
    ({"not_ended_yet": True}, "after_it_ends"),
    # ... but before a weekend or a holiday (a Friday) that morning is days away: the guide's "the same Friday,
    # or Monday morning" leaves today open to an email already written.
    ({"timing": "on_time", "working_hours": True, "day_nearly_over": True, "morning_before_deadline": True,
      "days_off_before_morning": True}, "now_if_ready_or_next_morning"),
    ({"timing": "on_time", "working_hours": True, "day_nearly_over": True, "morning_before_deadline": True},
     "next_working_morning"),
    ({"timing": "on_time", "working_hours": True, "day_ends_soon": True, "morning_before_deadline": True},
     "today_or_next_morning"),
    ({"timing": "on_time", "working_hours": True, "deadline_soon": True}, "now_deadline_soon"),
    # In another zone "before their working day ends" names a time on both clocks: where the 24 hours end
    # earlier that day (an interview that ended late in their afternoon), that is the time to name.
    ({"timing": "on_time", "working_hours": True, "other_zone": True, "deadline_before_day_ends": True},
     "now_by_deadline"),
    ({"timing": "on_time", "working_hours": True}, "now"),
    ({"timing": "on_time", "morning_before_deadline": True}, "next_working_morning"),
    ({"timing": "on_time"}, "now_out_of_hours"),
    ({"working_hours": True}, "as_soon_as_possible"),
    ({}, "late_next_working_morning"),
)
# The moments that offer today, or failing that the next working morning (``send_at``): either day may be the
# thank-you's own.
TODAY_OR_LATER_MOMENTS = frozenset({"today_or_next_morning", "now_if_ready_or_next_morning"})
# Timing advice: every row that holds gives its reason.
TIMING_REASONS: tuple[tuple[Conditions, str], ...] = (
    # They will decide within these 24 hours: "the decision is usually still open" would not hold.
    ({"message": False, "timing": "on_time", "attended": True, "decision_soon": True}, "within_24_hours_decision_soon"),
    ({"message": False, "timing": "on_time", "attended": True, "decision_soon": False}, "within_24_hours"),
    ({"message": False, "timing": "late"}, "late"),
    ({"message": False, "timing": "very_late"}, "late_combined"),
    # After a long break the reason for the 24 hours already says the first morning after it will do.
    ({"message": False, "timing": "on_time", "day_off": True, "long_break": False}, "weekend_or_holiday"),
    ({"message": False, "waits_for_working_day": True}, "late_on_a_day_off"),
    ({"other_zone": True}, "time_zone"),
)

# ---- Rule tables: how many emails, and by which channel ------------------------------------

# How many messages to write: one per interviewer for a thank-you, one reply to news.
EMAILS: tuple[tuple[Conditions, str], ...] = (
    # A withdrawal and a follow-up are written by the reader, not in reply to news: one short email.
    # No email address at all (outside a government selection): what the reader writes goes into the chat
    # that arranged it (WhatsApp, say) or LinkedIn, so it is a message, not an email.
    ({"status": "not_interested", "contact": "none", "setting": NOT_GOVERNMENT}, "one_short_message"),
    ({"status": "not_interested"}, "one_short"),
    # Several recruiters on a screening call: the guide's two or three lines to the recruiters, not a
    # panel's separate emails (a government selection's committee rows below still come first there).
    ({"message": False, "recruiter_screening": True, "contact": ("direct", "recruiter_only")}, "one_to_recruiters"),
    ({"message": False, "recruiter_screening": True, "contact": "none", "setting": NOT_GOVERNMENT},
     "one_message_to_recruiters"),
    # Both follow-ups sent: nothing to write, or one closing note once the date they gave passes.
    ({"following_up": True, "already_sent": "follow_ups", "decision_date": False}, "none_to_send"),
    ({"following_up": True, "already_sent": "follow_ups"}, "closing_note"),
    ({"following_up": True, "contact": "none", "setting": NOT_GOVERNMENT}, "one_short_message"),
    ({"following_up": True}, "one_short"),
    ({"message": True}, "one_reply"),
    # A test taken alone: a line to whoever arranged it, if anything.
    ({"attended": False}, "one_to_organiser"),
    # No address at a government office or a BUMN: one email through the official channel, to the committee.
    ({"contact": "none", "setting": "government", "panel": True}, "one_to_committee"),
    ({"contact": "none", "setting": "government", "only_recruiters": False}, "one_to_committee_one"),
    # No email address at all (outside a government selection): one message in the chat that arranged it,
    # as below, but a message.
    ({"contact": "none", "setting": NOT_GOVERNMENT, "recruiter_on_panel": True}, "one_message_to_recruiter_on_panel"),
    ({"contact": "none", "setting": NOT_GOVERNMENT, "only_recruiters": False, "panel": True}, "one_message_naming_all"),
    ({"contact": "none", "setting": NOT_GOVERNMENT, "only_recruiters": False}, "one_message_in_thread"),
    ({"contact": "none", "setting": NOT_GOVERNMENT}, "one_message"),
    # Only a recruiter's address: one email in the invitation thread names them all; when
    # a recruiter sat on the panel (two recruiters too: the address is one of theirs), it thanks them
    # and names the others.
    ({"contact": ("recruiter_only", "none"), "recruiter_on_panel": True}, "one_to_recruiter_on_panel"),
    ({"contact": ("recruiter_only", "none"), "only_recruiters": False, "panel": True}, "one_naming_all"),
    ({"contact": ("recruiter_only", "none"), "only_recruiters": False}, "one_in_thread"),
    ({"panel": True}, "per_interviewer"),
    ({}, "one"),
)
EMAIL_REASONS: tuple[tuple[Conditions, str], ...] = (
    ({"message": False, "panel": True, "recruiter_screening": False, "contact": "direct"}, "one_per_interviewer"),
)


@dataclass(frozen=True)
class Route:
    """How to reach the interviewers: a channel, a fallback, the sentence saying so, and its reason."""

    channel: str
    fallback: str | None
    text: str
    reason: str | None


# By the contact the reader has: the first row that holds.
CHANNELS: tuple[tuple[Conditions, Route], ...] = (
    # No longer interested: no message brought that news; the reader tells whoever ran the process.
    # With no email address (outside a government selection) that thread is a chat, WhatsApp say.
    ({"status": "not_interested", "contact": "none", "setting": NOT_GOVERNMENT},
     Route("reply_in_thread", None, "withdraw_in_chat", None)),
    # At a government office or a state-owned company the selection committee (or the personnel office)
    # runs the process, not a recruiter: the withdrawal, a follow-up and a note after a test go to it.
    ({"status": "not_interested", "setting": "government"}, Route("reply_in_thread", None, "withdraw_to_committee", None)),
    ({"status": "not_interested"}, Route("reply_in_thread", None, "withdraw_in_thread", None)),
    ({"news": True}, Route("reply_in_thread", None, "reply_to_news", None)),
    # Both follow-ups sent and no date of theirs to wait for: nothing to send, only their reply to answer.
    ({"following_up": True, "already_sent": "follow_ups", "decision_date": False}, Route("reply_in_thread", None, "nothing_more", None)),
    ({"following_up": True, "setting": "government"}, Route("reply_in_thread", None, "follow_up_to_committee", None)),
    # Who runs the process is settled by what the reader said: the recruiter who interviewed them alone, the
    # recruiter who sat on the panel, or the recruiter whose thread carried the thanks. "Whoever runs the
    # process, or if there is no such person ..." is for when it is not.
    ({"following_up": True, "only_recruiters": True}, Route("reply_in_thread", None, "follow_up_to_the_recruiter", None)),
    ({"following_up": True, "recruiter_on_panel": True},
     Route("reply_in_thread", None, "follow_up_to_recruiter_on_panel", None)),
    ({"following_up": True, "contact": "recruiter_only"},
     Route("reply_in_thread", None, "follow_up_in_recruiter_thread", None)),
    ({"following_up": True}, Route("reply_in_thread", None, "reply_to_your_thank_you", None)),
    ({"attended": False, "setting": "government"}, Route("reply_in_thread", None, "reply_to_committee_invitation", None)),
    ({"attended": False}, Route("reply_in_thread", None, "reply_to_test_invitation", None)),
    ({"recruiter_screening": True, "contact": ("direct", "recruiter_only")},
     Route("direct_email", None, "direct_email_recruiters", None)),
    ({"contact": "direct"}, Route("direct_email", None, "direct_email", None)),
    # Their only address is the recruiter's, and the recruiter alone is who interviewed them.
    ({"contact": "recruiter_only", "only_recruiters": True, "panel": False},
     Route("direct_email", None, "direct_email", None)),
    # The recruiter sat on the panel with others: one reply in the invitation thread thanks the
    # recruiter directly and asks them to pass the thanks on to the others, named.
    ({"contact": "recruiter_only", "recruiter_on_panel": True},
     Route("through_recruiter", None, "through_recruiter_on_panel", "through_recruiter")),
    ({"contact": "recruiter_only"}, Route("through_recruiter", None, "through_recruiter", "through_recruiter")),
    # No address at a government office or a state-owned company (CPNS, BUMN): the selection runs through
    # the committee's official channel, and a personal message to an interviewer (LinkedIn, a private
    # number) can read as lobbying the panel. The official channel, or nothing: no LinkedIn fallback.
    ({"contact": "none", "setting": "government"}, Route("reply_in_thread", None, "official_channel", "official_channel")),
    # No address, several interviewers: the thread that scheduled it names each of them; when the
    # recruiter sat on the panel, it thanks the recruiter directly (as with only their address).
    ({"contact": "none", "recruiter_screening": True},
     Route("reply_in_thread", "linkedin", "reply_to_the_recruiter", "no_address")),
    ({"contact": "none", "recruiter_on_panel": True},
     Route("reply_in_thread", "linkedin", "reply_in_thread_recruiter_on_panel", "no_address")),
    ({"contact": "none", "panel": True, "only_recruiters": False},
     Route("reply_in_thread", "linkedin", "reply_in_thread_panel", "no_address")),
    # No address, and the recruiter who arranged the interview is who interviewed them: the same thread reaches them.
    ({"contact": "none", "only_recruiters": True}, Route("reply_in_thread", "linkedin", "reply_to_the_recruiter", "no_address")),
    ({"contact": "none"}, Route("reply_in_thread", "linkedin", "reply_in_thread", "no_address")),
)

# ---- Rule tables: follow-up ----------------------------------------------------------------

FOLLOW_UP_WORKING_DAYS = 5  # after the date they gave
FOLLOW_UP_WITHOUT_DATE = timedelta(days=7)  # after the interview, when they gave none (and WEEK_OF_WORKING_DAYS)
SECOND_FOLLOW_UP_AFTER = timedelta(days=7)  # and after that, move on
# A follow-up never comes sooner than this after a late thank-you: one does not ask for news two
# days after saying thank you.
FOLLOW_UP_AFTER_THANKS_WORKING_DAYS = 5
MAX_FOLLOW_UPS = 2
# Which rule dates the follow-up: the first row that holds (None: no follow-up to plan).
FOLLOW_UP: tuple[tuple[Conditions, str | None], ...] = (
    ({"news": True}, None),
    # Both follow-ups sent: no third is dated (the guide: twice is enough).
    ({"already_sent": "follow_ups"}, None),
    # The late email that thanks and asks at once is the first follow-up.
    ({"timing": "very_late"}, "combined_is_the_first"),
    ({"decision_date": True}, "after_their_date"),
    ({"ended": True, "attended": False}, "a_week_after_the_test"),  # no interview to count from
    ({"ended": True}, "a_week_after"),
    ({}, "follow_up_rule"),
)

# ---- Rule tables: the shape of the draft (carried over to the generator) --------------------

REGISTER: tuple[tuple[Conditions, str], ...] = (
    ({"setting": ("local", "government")}, "formal"),
    ({"setting": "startup"}, "semi_formal"),
    ({"stage": "informal"}, "semi_formal"),
    ({}, "formal"),
)
# The kind of message the generator writes: the first row that holds.
KIND: tuple[tuple[Conditions, str], ...] = (
    ({"status": "rejected"}, "reply_to_rejection"),
    ({"status": "offer"}, "reply_to_offer"),
    ({"status": "next_round"}, "confirm_next_round"),
    ({"status": "not_interested"}, "withdrawal"),
    ({"following_up": True}, "follow_up"),
    ({"timing": "very_late"}, "thank_you_and_follow_up"),
    ({"timing": "late"}, "late_thank_you"),
    ({}, "thank_you"),
)
# Where the generator's draft goes: with no email address at all (outside a government selection, whose
# committee writes by email), the chat that arranged it, WhatsApp as a rule; else an email.
DRAFT_CHANNEL: tuple[tuple[Conditions, str], ...] = (
    ({"contact": "none", "setting": NOT_GOVERNMENT}, "whatsapp"),
    ({}, "email"),
)
KINDS = ("thank_you", "late_thank_you", "thank_you_and_follow_up", "follow_up", "reply_to_rejection", "withdrawal",
         "confirm_next_round", "reply_to_offer")
LENGTH: tuple[tuple[Conditions, str], ...] = (
    ({"kind": "reply_to_offer"}, "standard"),
    ({"message": True}, "short"),
    ({"timing": ("late", "very_late")}, "short"),  # a late, short note still beats none
    ({"attended": False}, "short"),  # a test taken alone: two or three lines to whoever arranged it
    ({"stage": ("screening", "informal")}, "short"),
    ({}, "standard"),
)

# ---- Where each reason is explained: its topic in the answer and its guide section ----------

REASONS: dict[str, tuple[str, str]] = {
    "final_round": ("verdict", "always_send"),
    "formal_interview": ("verdict", "always_send"),
    "assessment": ("verdict", "always_send"),
    "panel_interview": ("verdict", "always_send"),
    "senior_interviewer": ("verdict", "always_send"),
    "in_person": ("verdict", "always_send"),
    "screening_call": ("verdict", "may_be_optional"),
    "informal_chat": ("verdict", "may_be_optional"),
    "test_without_interviewer": ("verdict", "may_be_optional"),
    "local_custom": ("verdict", "local_custom"),
    "competitive": ("verdict", "chances"),
    "next_round": ("verdict", "next_round"),
    "offer_in_hand": ("verdict", "offer_in_hand"),
    "after_rejection": ("verdict", "after_rejection"),
    "withdrawal": ("verdict", "not_interested"),
    "already_thanked": ("verdict", "follow_up"),
    "followed_up_twice": ("verdict", "follow_up"),
    "within_24_hours": ("timing", "within_24_hours"),
    "within_24_hours_decision_soon": ("timing", "within_24_hours"),
    "late": ("timing", "late"),
    "late_combined": ("timing", "late"),
    "weekend_or_holiday": ("timing", "evenings_weekends"),
    "late_on_a_day_off": ("timing", "evenings_weekends"),
    "time_zone": ("timing", "time_zones"),
    "one_per_interviewer": ("how", "panel"),
    "through_recruiter": ("how", "no_email_address"),
    "no_address": ("how", "no_email_address"),
    "official_channel": ("how", "no_email_address"),
    "after_their_date": ("follow_up", "follow_up"),
    "a_week_after": ("follow_up", "follow_up"),
    "a_week_after_the_test": ("follow_up", "follow_up"),
    "follow_up_rule": ("follow_up", "follow_up"),
    "combined_is_the_first": ("follow_up", "follow_up"),
    "after_thanks": ("follow_up", "follow_up"),
    # A reason's variant explained in a section of its own (keyed as its text is, ``code.variant``): the
    # 24 hours that end at the start of a long break are the guide's "public holidays and collective
    # leave", under evenings, weekends and holidays, not its 24-hour section.
    "within_24_hours.long_break": ("timing", "evenings_weekends"),
    "within_24_hours.long_break_under_way": ("timing", "evenings_weekends"),
}
# The follow-up's reason when the thank-you's own day moved it later than its rule would.
LATE_THANKS_REASON = "after_thanks"
# Which answer a hesitation gets: the first row that holds. The plain answers speak of a thank-you
# after a conversation; a reply to news, a follow-up and a note after a test taken alone have their own.
# The "no email" answer follows the answer's own "how" (``route``, its sentence): it never says "send it
# through the recruiter" when that "how" sends it straight to an address the reader gave, or to a thread
# the interviewer reads themselves. A context of two parts is the step first (``assessment.own_address``).
HESITATION_CONTEXT: tuple[tuple[Conditions, str], ...] = (
    # A withdrawal answers no news: the reader writes first, in the thread they have.
    ({"status": "not_interested"}, "withdraw"),
    ({"news": True}, "news"),
    ({"following_up": True}, "follow_up"),
    ({"attended": False}, "test"),
    # No address at a government office or a BUMN: the official channel (the answer's "how"), never a private one.
    ({"contact": "none", "setting": "government", "stage": "assessment"}, "official.assessment"),
    ({"contact": "none", "setting": "government"}, "official"),
    # Straight to an address the reader has: the interviewer's own, or the recruiter's when the
    # recruiter alone is who interviewed them.
    ({"route": "direct_email", "contact": "direct", "stage": "assessment"}, "assessment.own_address"),
    # One email each to several people, each to their own address: "their addresses", not "the interviewer's".
    ({"route": "direct_email", "contact": "direct", "panel": True, "recruiter_screening": False}, "own_addresses"),
    ({"route": "direct_email", "contact": "direct"}, "own_address"),
    ({"route": "direct_email", "stage": "assessment"}, "assessment.recruiter_interviewed"),
    ({"route": "direct_email"}, "recruiter_interviewed"),
    # No address, and the recruiter alone interviewed them: the thread reaches them; nobody passes it on.
    ({"route": "reply_to_the_recruiter", "stage": "assessment"}, "assessment.recruiter_thread"),
    ({"route": "reply_to_the_recruiter"}, "recruiter_thread"),
    # A test or presentation someone assessed: no conversation, an assessor.
    ({"stage": "assessment"}, "assessment"),
    # An informal chat: the people the reader talked with, not "the interviewer".
    ({"stage": "informal"}, "informal"),
    ({}, ""),
)
# Which wording a reason takes: the first row that holds. A reason that speaks of "the interview" or
# "the interviewer" has a wording of its own after a test taken alone (``late_combined.test``: no
# interview, the recruiter who arranged it) and after a test or presentation someone assessed
# (``within_24_hours.assessment``: the assessor); a reason without one reads the same everywhere.
REASON_WORDING: tuple[tuple[Conditions, str], ...] = (
    ({"attended": False}, "test"),
    ({"stage": "assessment"}, "assessment"),
    # An informal chat had no interviewers: the people the reader talked with (``per_interviewer.informal``).
    ({"stage": "informal"}, "informal"),
    # The one person the reader met was a recruiter (a screening call): "the recruiter", or their name, not
    # "the interviewer" (``within_24_hours.recruiter``, ``one.recruiter``), where the texts have a wording for it.
    ({"lone_recruiter": True}, "recruiter"),
    ({}, ""),
)
# A hesitation's plain answer whose last point a reason above already makes is said without it:
# ``(hesitation, reason code) → answer key``. "It can tip a close decision" stands above once already.
HESITATION_SAID_ABOVE: dict[tuple[str, str], str] = {("unimportant", "competitive"): "unimportant.close_race_said"}
HESITATION_SECTIONS: dict[str, str] = {
    "desperate": "hesitation_desperate",
    "what_to_say": "hesitation_what_to_say",
    "unimportant": "hesitation_unimportant",
    "no_email": "hesitation_no_email",
}
CALENDAR_PRODUCT = "-//thankyou//checker//EN"
ALARM_AT = timedelta(hours=9)  # on the follow-up day, at nine in the morning


# ---- Reading the situation -----------------------------------------------------------------


@dataclass(frozen=True)
class Interviewer:
    name: str
    role: str | None  # None: the reader did not say


@dataclass(frozen=True)
class Situation:
    """A request, read and checked: everything the rules look at."""

    lang: str
    stage: str
    format: str
    interviewers: tuple[Interviewer, ...]
    ended_at: datetime | None
    now: datetime
    reader_zone: tzinfo
    interviewer_zone: tzinfo
    interviewer_tz_unknown: str | None  # the name given when no such zone is known
    contact: str
    setting: str
    status: str
    competitive: bool
    with_interviewer: bool  # an assessment: someone assessed it live (False: a test taken alone)
    already_sent: str
    sent_on: date | None  # the day the last message already sent went out (None: not given, or nothing sent)
    hesitations: tuple[str, ...]
    decision_by: date | None
    holidays: frozenset[date]


def read_situation(request: Mapping[str, Any], *, now: datetime) -> Situation:
    """The request's situation, with defaults for everything but ``stage``; ``InputError`` on a bad field.

    ``now``: the current time, from the shell (the domain never reads the clock); a request's own
    ``now`` takes its place."""
    given = fields.read(REQUEST, request, now=now)
    ended_at, now = given["ended_at"], given["now"]
    reader_named = zone_or_none(given["reader_tz"])
    # The reader's zone: by name when known, else the offset they gave the end time (or the clock) in.
    reader_zone = reader_named or _fixed_zone(ended_at or now)
    their_name = given["interviewer_tz"]
    their_zone = zone_or_none(their_name)
    decision_by = given["decision_by"]
    if decision_by is not None and ended_at is not None:
        earliest = min(ended_at.astimezone(reader_zone).date(), ended_at.astimezone(their_zone or reader_zone).date())
        if decision_by < earliest:
            raise fields.InputError("decision_by", "date_order")
    sent_on = given["sent_on"] if given["already_sent"] != "nothing" else None
    if sent_on is not None:
        # Not before the interview (on either clock), and not a day still to come.
        if ended_at is not None and sent_on < min(
                ended_at.astimezone(reader_zone).date(), ended_at.astimezone(their_zone or reader_zone).date()):
            raise fields.InputError("sent_on", "date_order")
        if sent_on > max(now.astimezone(reader_zone).date(), now.astimezone(their_zone or reader_zone).date()):
            raise fields.InputError("sent_on", "date_future")
    interviewers = tuple(Interviewer(name=item["name"], role=item["role"] or None) for item in given["interviewers"])
    return fields.build(
        Situation, given,
        # Absent or empty: one interviewer the reader said nothing about.
        interviewers=interviewers or (Interviewer(name="", role=None),),
        reader_zone=reader_zone,
        interviewer_zone=their_zone or reader_zone,
        interviewer_tz_unknown=their_name if their_name and their_zone is None else None,
        sent_on=sent_on,
        holidays=DaysOff(frozenset(given["holidays"]) | fixed_holidays(their_zone or reader_zone, ended_at, now, decision_by),
                         weekend=weekend_of(their_zone or reader_zone)),
    )


# Indonesia's national holidays that fall on the same date every year (New Year, Labour Day,
# Pancasila Day, Independence Day, Christmas): in an Indonesian interviewer's calendar they are
# days off even when the reader does not name them. Holidays that move (Lebaran, Nyepi, Waisak,
# cuti bersama) are the reader's to name. Abroad, New Year's Day is taken for granted, and Christmas
# Day where it is a public holiday: Europe (but Russia and Turkey), the Americas, Australia and New
# Zealand, and the Asian cities below (not Bangkok, Ho Chi Minh City, Shanghai, Tokyo or Dubai).
# 26 December too where it is one (Boxing Day, St Stephen's Day, the second day of Christmas).
# A few calendars the form offers are known whole, with the rule that gives a day back for a holiday
# on a weekend (``US_CALENDAR`` and the ones after it), and a few national days (``NATIONAL_DAYS``).
INDONESIAN_ZONES = frozenset({"Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura"})
# A zone given only as an offset (``+07:00`` with no name: the reader's own, from the time they typed)
# is WIB, WITA or WIT at these offsets: this guide's readers are in Indonesia.
INDONESIAN_OFFSETS = frozenset({timedelta(hours=7), timedelta(hours=8), timedelta(hours=9)})
INDONESIAN_FIXED_HOLIDAYS = ((1, 1), (5, 1), (6, 1), (8, 17), (12, 25))
WORLD_FIXED_HOLIDAYS = ((1, 1),)  # New Year's Day is a day off nearly everywhere
CHRISTMAS = (12, 25)
BOXING_DAY = (12, 26)
CHRISTMAS_REGIONS = ("Europe/", "America/", "Australia/", "Pacific/Auckland")
CHRISTMAS_ASIA = frozenset({"Asia/Singapore", "Asia/Kuala_Lumpur", "Asia/Manila", "Asia/Hong_Kong", "Asia/Seoul",
                            "Asia/Kolkata", "Asia/Calcutta", "Asia/Taipei"})
NO_CHRISTMAS = frozenset({"Europe/Moscow", "Europe/Istanbul", "Europe/Samara", "Europe/Volgograd",
                          "Europe/Kaliningrad", "Europe/Kirov", "Europe/Astrakhan", "Europe/Saratov", "Europe/Ulyanovsk"})
# Christmas Eve where offices are shut: a public holiday by law in Czechia (Act 245/2000), Slovakia (Act
# 241/1993), Estonia, Latvia and Lithuania; no statutory holiday, yet a day off in practice in Germany and
# Austria (German public employers release their staff on 24 and 31 December under TVoeD section 6(3), most
# private offices close or work a morning at most, shops close at 14:00) and in the Nordic countries, where
# Christmas Eve is the main celebration (Sweden's and Finland's collective agreements treat it as a holiday,
# Denmark's and Norway's employers close). Not counted in the United Kingdom, Ireland, the Netherlands,
# Switzerland or France, where it is an ordinary if quiet working day. Manila has it in its own calendar.
CHRISTMAS_EVE = (12, 24)
CHRISTMAS_EVE_ZONES = frozenset({
    "Europe/Prague", "Europe/Bratislava", "Europe/Tallinn", "Europe/Riga", "Europe/Vilnius", "Europe/Berlin",
    "Europe/Busingen", "Europe/Vienna", "Europe/Copenhagen", "Europe/Stockholm", "Europe/Oslo", "Europe/Helsinki",
})
BOXING_DAY_REGIONS = ("Australia/",)
BOXING_DAY_ZONES = frozenset({
    "Europe/London", "Europe/Dublin", "Europe/Amsterdam", "Europe/Berlin", "Europe/Vienna", "Europe/Zurich",
    "Europe/Rome", "Europe/Warsaw", "Europe/Prague", "Europe/Budapest", "Europe/Copenhagen", "Europe/Stockholm",
    "Europe/Oslo", "Europe/Helsinki", "Europe/Tallinn", "Europe/Riga", "Europe/Vilnius", "Europe/Luxembourg",
    "Pacific/Auckland", "America/Toronto", "Asia/Hong_Kong",
})
# How a holiday on a weekend gives a weekday back, by calendar:
#   "next_weekday": the next weekday that is not itself a holiday (the United Kingdom, Ireland, Australia,
#                   New Zealand, Ontario): Christmas on a Saturday and Boxing Day on the Sunday are Monday
#                   and Tuesday off;
#   "nearest": Saturday's on the Friday before, Sunday's on the Monday after (the United States);
#   "sunday_monday": only Sunday's, on the Monday after (Singapore, Malaysia).
SUBSTITUTE_REGIONS = ("Australia/",)
SUBSTITUTE_ZONES = frozenset({"Europe/London", "Europe/Dublin", "Pacific/Auckland", "America/Toronto"})


@dataclass(frozen=True)
class Calendar:
    """The public holidays a calendar fixes by rule: (month, day) dates, (month, weekday, nth) ones
    (nth -1: the last such weekday of the month; a fourth number: that many days after it), and the
    way a weekend holiday gives a day back."""

    dates: tuple[tuple[int, int], ...]
    weekdays: tuple[tuple[int, ...], ...] = ()
    substitute: str | None = None


# The United States: the six holidays nearly every employer gives (federal holidays, kept by most
# private employers): New Year's Day, Memorial Day (last Monday in May), Independence Day, Labor Day
# (first Monday in September), Thanksgiving (fourth Thursday in November) and Christmas Day; and the
# day after Thanksgiving, no federal holiday but a paid day off at most employers (78 % in Bloomberg BNA's
# 2017 survey of year-end holiday practices, 71 % in SHRM's 2016 survey of paid holidays, against 92-94 %
# for the federal ones): the four days from Thanksgiving are a long break, as the guide treats one.
US_CALENDAR = Calendar(dates=((1, 1), (7, 4), (12, 25)),
                       weekdays=((5, 0, -1), (9, 0, 1), (11, 3, 4), (11, 3, 4, 1)), substitute="nearest")
US_ZONES = frozenset({
    "America/New_York", "America/Detroit", "America/Kentucky/Louisville", "America/Kentucky/Monticello",
    "America/Indiana/Indianapolis", "America/Indiana/Vincennes", "America/Indiana/Winamac",
    "America/Indiana/Marengo", "America/Indiana/Petersburg", "America/Indiana/Vevay", "America/Indiana/Tell_City",
    "America/Indiana/Knox", "America/Indianapolis", "America/Louisville", "America/Chicago", "America/Menominee",
    "America/North_Dakota/Center", "America/North_Dakota/New_Salem", "America/North_Dakota/Beulah",
    "America/Denver", "America/Boise", "America/Phoenix", "America/Los_Angeles", "America/Anchorage",
    "America/Juneau", "America/Sitka", "America/Metlakatla", "America/Yakutat", "America/Nome", "America/Adak",
    "Pacific/Honolulu", "US/Eastern", "US/Central", "US/Mountain", "US/Pacific", "US/Arizona", "US/Alaska",
    "US/Hawaii", "US/Aleutian", "US/East-Indiana", "US/Indiana-Starke", "US/Michigan",
})
# Singapore (Holidays Act) and Kuala Lumpur (federal holidays, and Federal Territory Day on 1 February):
# the fixed-date ones, a Sunday's given back on the Monday.
# In the Gulf and the Levant the calendar's fixed dates are its own, and New Year's Day is not a holiday
# everywhere. Checked (2026-12) against news of each government's announcements and the python-holidays
# tables (github.com/vacanza/holidays, which cite the laws and ministries): Saudi Arabia keeps Founding Day
# (22 February, by royal order since 2022) and National Day (23 September); Qatar its National Day
# (18 December; 1 January is a bank holiday only); the United Arab Emirates New Year's Day and National
# Day (Eid Al Etihad, 2 and 3 December; since 2025 the Cabinet may move it next to a weekend, as it did
# to 1 and 2 December in 2025); Kuwait New Year's Day, National Day and Liberation Day (25 and 26
# February); Bahrain New Year's Day, Labour Day and National Day (16 and 17 December); Jordan New Year's
# Day, Labour Day, Independence Day (25 May) and Christmas; Oman the Sultan's Accession Day (11 January,
# Royal Decree 88/2022). Left out as not safe: Oman's National Day (fixed on 20 and 21 November by Royal
# Decree 15/2025, yet given on 26 and 27 November in 2025), Qatar's National Sports Day (a Tuesday in
# February whose rule the sources give differently), and every holiday of the Hijri and Hebrew calendars
# (Israel has no fixed Gregorian one): the reader's to name, like Lebaran.
OTHER_CALENDARS: dict[str, Calendar] = {
    "Asia/Singapore": Calendar(dates=((1, 1), (5, 1), (8, 9), (12, 25)), substitute="sunday_monday"),
    "Asia/Kuala_Lumpur": Calendar(dates=((1, 1), (2, 1), (5, 1), (8, 31), (9, 16), (12, 25)),
                                  substitute="sunday_monday"),
    # The Philippines: the regular holidays fixed by law (the Administrative Code as amended by RA 9492: New
    # Year's Day, Labor Day, Independence Day on 12 June, National Heroes Day on the last Monday of August,
    # Christmas Day, Rizal Day on 30 December) and the special non-working days every yearly proclamation
    # lists (All Saints' Day, the Immaculate Conception on 8 December by RA 10966, Christmas Eve and the last
    # day of the year: Proclamation 368 for 2024, and 555 for 2019 among earlier ones). Left out: Araw ng
    # Kagitingan (9 April) and Bonifacio Day (30 November), moved to a Monday in some years (Proclamation 90
    # for 2023), Holy Week, Chinese New Year, the Eid days and any day added late: the reader names them.
    "Asia/Manila": Calendar(dates=((1, 1), (5, 1), (6, 12), (11, 1), (12, 8), (12, 24), (12, 25), (12, 30), (12, 31)),
                            weekdays=((8, 0, -1),)),
    "Asia/Riyadh": Calendar(dates=((2, 22), (9, 23))),
    "Asia/Qatar": Calendar(dates=((12, 18),)),
    "Asia/Dubai": Calendar(dates=((1, 1), (12, 2), (12, 3))),
    "Asia/Kuwait": Calendar(dates=((1, 1), (2, 25), (2, 26))),
    "Asia/Bahrain": Calendar(dates=((1, 1), (5, 1), (12, 16), (12, 17))),
    "Asia/Amman": Calendar(dates=((1, 1), (5, 1), (5, 25), (12, 25))),
    "Asia/Muscat": Calendar(dates=((1, 11),)),
    "Asia/Jerusalem": Calendar(dates=()),
    "Asia/Tel_Aviv": Calendar(dates=()),
    "Israel": Calendar(dates=()),
}


# National days on a fixed date in calendars that give the next weekday back (by zone, or by region
# for a name ending in "/"): Australia Day; Waitangi Day and Anzac Day in New Zealand (both moved to
# the Monday when they fall on a weekend); St Patrick's Day in Ireland; Canada Day in Ontario.
# Not counted, as not safe to guess: Australia's state holidays (Labour Day, the King's Birthday and the
# show and cup days differ by state in date and rule) and Anzac Day there (whether a weekend one gives a
# Monday back differs by state); Easter (Good Friday, Easter Monday) anywhere. The reader names them.
NATIONAL_DAYS: dict[str, tuple[tuple[int, int], ...]] = {
    "Australia/": ((1, 26),),
    "Pacific/Auckland": ((2, 6), (4, 25)),
    "Europe/Dublin": ((3, 17),),
    "America/Toronto": ((7, 1),),
}


def calendar_of(key: str, offset: timedelta | None) -> Calendar:
    """The calendar of the zone named ``key`` (``""``: a zone given only by its ``offset``)."""
    if key in INDONESIAN_ZONES or (not key and offset in INDONESIAN_OFFSETS):
        return Calendar(INDONESIAN_FIXED_HOLIDAYS)
    if key in US_ZONES:
        return US_CALENDAR
    if key in OTHER_CALENDARS:
        return OTHER_CALENDARS[key]
    if key in NO_CHRISTMAS or not (key.startswith(CHRISTMAS_REGIONS) or key in CHRISTMAS_ASIA):
        return Calendar(WORLD_FIXED_HOLIDAYS)
    boxing_day = key in BOXING_DAY_ZONES or key.startswith(BOXING_DAY_REGIONS)
    substitute = "next_weekday" if key in SUBSTITUTE_ZONES or key.startswith(SUBSTITUTE_REGIONS) else None
    national = tuple(day for name, days in NATIONAL_DAYS.items()
                     if key == name or (name.endswith("/") and key.startswith(name)) for day in days)
    christmas_eve = [CHRISTMAS_EVE] if key in CHRISTMAS_EVE_ZONES else []
    return Calendar((*WORLD_FIXED_HOLIDAYS, *national, *christmas_eve, CHRISTMAS, *([BOXING_DAY] if boxing_day else [])),
                    substitute=substitute)


def nth_weekday(year: int, month: int, weekday: int, nth: int, after: int = 0) -> date:
    """The ``nth`` ``weekday`` (0: Monday) of the month; ``nth`` -1 is the last; ``after``: that many days later."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1) + after)
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7 - after)


def fixed_holidays(zone: tzinfo, *moments: datetime | date | None) -> frozenset[date]:
    """The public holidays fixed by rule in ``zone``'s calendar for the years around ``moments``
    (and the weekday given back for one on a weekend, where the calendar gives one)."""
    key = getattr(zone, "key", None) or ""
    calendar = calendar_of(key, None if key else zone.utcoffset(None))
    years = {moment.year + step for moment in moments if moment is not None for step in (-1, 0, 1)}
    days = sorted(date(year, month, day) for year in years for month, day in calendar.dates)
    holidays = set(days) | {nth_weekday(year, *rule) for year in years for rule in calendar.weekdays}
    for day in days:  # in date order: Christmas on a Sunday pushes its day off past Boxing Day
        if day.weekday() not in WEEKEND or calendar.substitute is None:
            continue
        if calendar.substitute == "nearest":
            holidays.add(day - timedelta(days=1) if day.weekday() == 5 else day + timedelta(days=1))
        elif calendar.substitute == "next_weekday" or day.weekday() == 6:
            substitute = day + timedelta(days=1)
            while substitute.weekday() in WEEKEND or substitute in holidays:
                substitute += timedelta(days=1)
            holidays.add(substitute)
    return frozenset(holidays)


def _fixed_zone(moment: datetime) -> tzinfo:
    return timezone(moment.utcoffset() or timedelta(0))


# ---- Facts and rule tables -----------------------------------------------------------------


def facts_of(situation: Situation) -> dict[str, Any]:
    """What the rule tables look at, named (timing facts are added by :func:`decide_timing`)."""
    # A role not given: on a screening call it is the recruiter's (the guide's "a short screening call from a recruiter").
    roles = {interviewer.role or ROLE_NOT_GIVEN.get(situation.stage) for interviewer in situation.interviewers}
    attended = situation.stage != "assessment" or situation.with_interviewer
    news = MESSAGE_BY_STATUS[situation.status] is not None
    following_up = not news and MESSAGE_BY_SENT[situation.already_sent] is not None
    return {
        "stage": situation.stage,
        "format": situation.format,
        "attended": attended,
        "panel": attended and len(situation.interviewers) > 1,
        "senior": attended and bool(roles & {"hiring_manager", "executive"}),
        "only_recruiters": roles == {"recruiter"},
        "recruiter_on_panel": "recruiter" in roles and len(situation.interviewers) > 1,
        # Several recruiters sharing a screening call: still one recruiter's screening call, not a panel.
        "recruiter_screening": situation.stage == "screening" and roles == {"recruiter"}
        and len(situation.interviewers) > 1,
        "contact": situation.contact,
        "setting": situation.setting,
        "status": situation.status,
        "news": news,
        "following_up": following_up,
        "already_sent": situation.already_sent,
        "message": news or following_up,
        "competitive": situation.competitive,
        "ended": situation.ended_at is not None,
        "decision_date": situation.decision_by is not None,
        "other_zone": _other_zone(situation),
    }


def holds(conditions: Conditions, facts: Mapping[str, Any]) -> bool:
    """Whether every condition holds: a fact equals the value, or is one of a tuple of values."""
    return all(
        facts[name] in wanted if isinstance(wanted, tuple) else facts[name] == wanted
        for name, wanted in conditions.items()
    )


def first_match(table: Sequence[tuple[Conditions, Outcome]], facts: Mapping[str, Any]) -> Outcome:
    """The outcome of the first row whose conditions hold (every table ends with one that always does)."""
    for conditions, outcome in table:
        if holds(conditions, facts):
            return outcome
    raise LookupError("no rule holds")


def every_match(table: Sequence[tuple[Conditions, Outcome]], facts: Mapping[str, Any]) -> list[Outcome]:
    """The outcomes of every row whose conditions hold, in table order."""
    return [outcome for conditions, outcome in table if holds(conditions, facts)]


def decide_verdict(facts: Mapping[str, Any]) -> tuple[str, str | None, list[str], str]:
    """``(verdict, message, reason codes, the reason that moved the verdict or "")`` for the situation's facts."""
    message = MESSAGE_BY_STATUS[facts["status"]] or (MESSAGE_BY_SENT[facts["already_sent"]] if facts["following_up"]
                                                     else None)
    if message is not None:
        return "other_message", message, [MESSAGE_REASON[message]], ""
    expected = every_match(EXPECTED_WHEN, facts)
    if expected:
        verdict, reasons = "send", expected[:MAX_VERDICT_REASONS]
    else:
        verdict, reasons = "optional", [OPTIONAL_BECAUSE[facts["stage"]]]
    moved_by = ""
    for conditions, moves, reason in ADJUSTMENTS:
        if holds(conditions, facts):
            moved_by = reason if verdict in moves else moved_by
            verdict = moves.get(verdict, verdict)
            reasons.append(reason)
    return verdict, None, reasons, moved_by


# ---- Working days and moments, in the interviewer's zone -----------------------------------


class DaysOff(frozenset):  # type: ignore[type-arg]
    """A calendar's public holidays (the dates in the set) and the weekdays of its weekend."""

    weekend: frozenset[int]

    def __new__(cls, days: Any = (), weekend: frozenset[int] = WEEKEND) -> "DaysOff":
        made = super().__new__(cls, days)
        made.weekend = weekend
        return made


def weekend_of(zone: tzinfo) -> frozenset[int]:
    return FRIDAY_SATURDAY if getattr(zone, "key", "") in FRIDAY_SATURDAY_ZONES else WEEKEND


def is_working_day(day: date, holidays: frozenset[date] = frozenset()) -> bool:
    return day.weekday() not in getattr(holidays, "weekend", WEEKEND) and day not in holidays


def next_working_day(day: date, holidays: frozenset[date] = frozenset()) -> date:
    """The first working day after ``day``."""
    day += timedelta(days=1)
    while not is_working_day(day, holidays):
        day += timedelta(days=1)
    return day


def working_day_from(day: date, holidays: frozenset[date] = frozenset()) -> date:
    """``day`` itself when it is a working day, else the next one."""
    return day if is_working_day(day, holidays) else next_working_day(day, holidays)


def days_off_around(day: date, holidays: frozenset[date] = frozenset()) -> int:
    """How many days off in a row ``day`` is one of (0: a working day)."""
    if is_working_day(day, holidays):
        return 0
    first = day
    while not is_working_day(first - timedelta(days=1), holidays):
        first -= timedelta(days=1)
    return (next_working_day(day, holidays) - first).days


def add_working_days(day: date, count: int, holidays: frozenset[date] = frozenset()) -> date:
    for _ in range(count):
        day = next_working_day(day, holidays)
    return day


def working_days_between(start: date, end: date, holidays: frozenset[date] = frozenset()) -> int:
    """How many working days come after ``start``, up to and including ``end``."""
    return sum(is_working_day(start + timedelta(days=offset), holidays) for offset in range(1, (end - start).days + 1))


def a_week_after(day: date, holidays: frozenset[date] = frozenset()) -> date:
    """About a week after ``day``: seven days on, and a week of working days too (a long break pushes
    it back), on a working day."""
    return max(working_day_from(day + FOLLOW_UP_WITHOUT_DATE, holidays),
               add_working_days(day, WEEK_OF_WORKING_DAYS, holidays))


def at(day: date, clock: time, zone: tzinfo) -> datetime:
    """That wall-clock time on that day in ``zone`` (daylight saving included for IANA zones)."""
    return datetime.combine(day, clock, tzinfo=zone)


def in_working_hours(moment: datetime, holidays: frozenset[date] = frozenset()) -> bool:
    start, end = WORKING_HOURS
    return is_working_day(moment.date(), holidays) and start <= moment.time() < end


def next_working_morning(moment: datetime, holidays: frozenset[date] = frozenset()) -> datetime:
    """The first working-day ``MORNING`` after ``moment``, in ``moment``'s zone."""
    zone = moment.tzinfo
    assert zone is not None
    day = moment.date()
    candidate = at(day, MORNING, zone)
    if not is_working_day(day, holidays) or candidate <= moment:
        candidate = at(next_working_day(day, holidays), MORNING, zone)
    return candidate


@dataclass(frozen=True)
class Timing:
    deadline: datetime | None
    moved: bool  # the 24 hours ended on a day off, so the deadline is the next working morning
    band: str
    moment: str | None
    send_at: datetime | None


def decide_timing(situation: Situation, facts: Mapping[str, Any]) -> Timing:
    """The deadline, how late it is now, and the moment to suggest (all in the interviewer's working week)."""
    if situation.ended_at is None or facts["message"]:
        return Timing(deadline=None, moved=False, band="on_time", moment=None, send_at=None)
    zone, holidays = situation.interviewer_zone, situation.holidays
    plain = situation.ended_at + SEND_WITHIN
    last_day = plain.astimezone(zone).date()
    if is_working_day(last_day, holidays):
        # 24 hours that end before their working day starts (a call over at 07:30) end in effect at its
        # start: the guide's evening advice, "schedule it to arrive at 08:00 the next morning", is on time.
        deadline, moved = max(plain, at(last_day, MORNING, zone)), False
    else:
        deadline, moved = at(next_working_day(last_day, holidays), MORNING_ENDS, zone), True
    now_there = situation.now.astimezone(zone)
    band = first_match(TIMING, {
        "past_deadline": situation.now > deadline,
        "their_date_ahead": situation.decision_by is not None and now_there.date() < situation.decision_by,
        "about_a_week": situation.now - situation.ended_at >= COMBINE_AFTER
        and working_days_between(situation.ended_at.astimezone(zone).date(), now_there.date(), holidays)
        >= WEEK_OF_WORKING_DAYS,
    })
    morning = next_working_morning(now_there, holidays)
    ended_there = situation.ended_at.astimezone(zone)
    moment = first_match(
        SEND_MOMENT,
        {
            "not_ended_yet": situation.now < situation.ended_at,
            # ... with time left in their day to write it (under an hour, "the same day" is no real offer).
            "ends_in_working_hours": in_working_hours(ended_there, holidays)
            and ended_there + SHORTEST_WRITING_TIME <= at(ended_there.date(), WORKING_HOURS[1], zone),
            "timing": band,
            "working_hours": in_working_hours(now_there, holidays),
            "day_ends_soon": now_there + WRITING_TIME > at(now_there.date(), WORKING_HOURS[1], zone),
            "day_nearly_over": now_there + SHORTEST_WRITING_TIME > at(now_there.date(), WORKING_HOURS[1], zone),
            "deadline_soon": situation.now + WRITING_TIME > deadline,
            "other_zone": facts["other_zone"],
            "deadline_before_day_ends": deadline < at(now_there.date(), WORKING_HOURS[1], zone),
            "morning_before_deadline": morning <= deadline,
            "days_off_before_morning": morning.date() > now_there.date() + timedelta(days=1),
        },
    )
    send_at = {
        "after_it_ends": situation.ended_at,
        "after_it_ends_next_morning": next_working_morning(ended_there, holidays),
        "next_working_morning": morning,
        "today_or_next_morning": morning,
        "now_if_ready_or_next_morning": morning,
        "late_next_working_morning": morning,
    }.get(moment, situation.now)
    return Timing(deadline=deadline, moved=moved, band=band, moment=moment, send_at=send_at)


@dataclass(frozen=True)
class FollowUp:
    rule: str
    first: date | None
    second: date | None
    attempt: int | None = None  # the follow-up advised now (already_sent), else None
    after_thanks: bool = False  # moved to five working days after the thank-you (its own reason)
    # After a thank-you already sent, what set the first follow-up's day, for the answer to say why: "their_date"
    # (five working days after the date they gave), "after_your_thanks" (five after the thank-you, later still) or
    # "week" (a week after the interview), with "_overdue" when that day is behind the reader and it is due now.
    why: str = ""


def decide_follow_up(situation: Situation, facts: Mapping[str, Any], timing: Timing) -> FollowUp | None:
    """When to follow up if nothing is heard: about five working days after their date, else a week after.

    Never sooner than five working days after a late thank-you; after the late email that thanks
    and asks at once, only the second follow-up is left.
    """
    rule = first_match(FOLLOW_UP, facts)
    holidays = situation.holidays
    if rule is None:
        return None
    attempt = FOLLOW_UP_ATTEMPT.get(situation.already_sent) if facts["following_up"] else None
    today = situation.now.astimezone(situation.interviewer_zone).date()
    if rule == "combined_is_the_first":
        assert timing.send_at is not None
        first = timing.send_at.astimezone(situation.interviewer_zone).date()
    elif rule == "after_their_date":
        assert situation.decision_by is not None
        first = add_working_days(situation.decision_by, FOLLOW_UP_WORKING_DAYS, holidays)
    elif rule in ("a_week_after", "a_week_after_the_test"):
        assert situation.ended_at is not None
        ended_day = situation.ended_at.astimezone(situation.interviewer_zone).date()
        first = a_week_after(ended_day, holidays)
    else:
        first = None
    sent_on = situation.sent_on if attempt else None
    why = {"after_their_date": "their_date", "a_week_after": "week", "a_week_after_the_test": "week"}.get(rule, "")
    if attempt == 2 and sent_on is not None:
        # The first follow-up went out that day: the second and last comes a week after it, whatever
        # the first's own date was.
        return FollowUp(rule=rule, first=sent_on, second=working_day_from(sent_on + SECOND_FOLLOW_UP_AFTER, holidays),
                        attempt=attempt)
    if sent_on is not None:
        # The thank-you went out that day: no asking for news sooner than five working days after it.
        after_thanks = add_working_days(sent_on, FOLLOW_UP_AFTER_THANKS_WORKING_DAYS, holidays)
        if first is None or after_thanks > first:
            first, why = after_thanks, "after_your_thanks"
    if first is None:
        return FollowUp(rule=rule, first=None, second=None, attempt=attempt)
    after_thanks = False
    # The thank-you advised now (late, or on time but after days off): no asking for news sooner than
    # five working days after it. Sent the day of the interview, a week after it is later still.
    if timing.send_at is not None and rule != "combined_is_the_first":
        thanked = timing.send_at.astimezone(situation.interviewer_zone).date()
        soonest = add_working_days(thanked, FOLLOW_UP_AFTER_THANKS_WORKING_DAYS, holidays)
        # Later than their date or the week would give: the answer then says why it is that day.
        first, after_thanks = (soonest, True) if soonest > first else (first, False)
    if attempt == 1 and today > first:
        first = working_day_from(today, holidays)  # the first follow-up was never sent: it is due now
        why = f"{why}_overdue" if why else why
    return FollowUp(rule=rule, first=first, second=working_day_from(first + SECOND_FOLLOW_UP_AFTER, holidays),
                    attempt=attempt, after_thanks=after_thanks, why=why if attempt == 1 else "")


# ---- The answer ----------------------------------------------------------------------------


def check(request: Mapping[str, Any] | Situation, *, now: datetime) -> dict[str, Any]:
    """The advice for one situation, as plain data (see the JSON contract in the README).

    ``request``: as the README gives it, or already read (:func:`read_situation`, as the page does).
    ``now``: the current time, passed in by the shell; the request's ``now`` takes its place."""
    situation = request if isinstance(request, Situation) else read_situation(request, now=now)
    lang = situation.lang
    words = texts_for(CheckTexts, lang)
    facts = facts_of(situation)
    verdict, message, verdict_reasons, moved_by = decide_verdict(facts)
    timing = decide_timing(situation, facts)
    facts = {
        **facts,
        # Nothing sent yet, and the thank-you is optional or the reader doubts it matters: it may never go out.
        "thanks_in_doubt": situation.already_sent == "nothing"
        and (verdict == "optional" or "unimportant" in situation.hesitations),
        "timing": timing.band,
        "day_off": timing.moved,
        "lone_recruiter": _lone_recruiter(situation),
        # The interview was held on a day off on the interviewer's calendar (a Saturday, a holiday): they worked it.
        "held_on_day_off": situation.ended_at is not None and not is_working_day(
            situation.ended_at.astimezone(situation.interviewer_zone).date(), situation.holidays),
        "long_break": timing.moved and situation.ended_at is not None and days_off_around(
            (situation.ended_at + SEND_WITHIN).astimezone(situation.interviewer_zone).date(), situation.holidays)
        >= LONG_BREAK_DAYS,
        "break_under_way": timing.moved and situation.ended_at is not None and situation.ended_at <= situation.now
        and not is_working_day(situation.now.astimezone(situation.interviewer_zone).date(), situation.holidays),
        "waits_for_working_day": timing.moment == "late_next_working_morning",
        # The date they gave for a decision is behind them, on the interviewer's calendar, with no news.
        "decision_passed": situation.decision_by is not None
        and situation.decision_by < situation.now.astimezone(situation.interviewer_zone).date(),
        "decision_soon": situation.decision_by is not None and timing.deadline is not None
        and situation.decision_by <= timing.deadline.astimezone(situation.interviewer_zone).date(),
    }
    route = first_match(CHANNELS, facts)
    emails_rule = first_match(EMAILS, facts)
    emails = len(situation.interviewers) if emails_rule == "per_interviewer" else 1
    follow_up = decide_follow_up(situation, facts, timing)
    zone_label = zone_name(situation.interviewer_zone, situation.now, words)

    reason_codes = [
        *verdict_reasons,
        *every_match(TIMING_REASONS, facts),
        *every_match(EMAIL_REASONS, facts),
        *([route.reason] if route.reason else []),
        *([LATE_THANKS_REASON if follow_up.after_thanks else follow_up.rule]
          if follow_up and not facts["following_up"] else []),
    ]
    params = {"count": count_in_words(len(situation.interviewers), words), "zone": zone_label,
              "decision_date": _near_date(situation.decision_by, situation, words) if situation.decision_by else "",
              "thanks_day": _thanks_day(situation, timing, words),
              **_recruiter_words(situation, words),
              "skipped": words.holidays_skipped if follow_up and _holidays_before_sending(situation, follow_up, timing)
              else ""}
    notes = []
    if situation.interviewer_tz_unknown:
        notes.append(words.unknown_zone.format(
            zone=situation.interviewer_tz_unknown, fallback=utc_offset(situation.reader_zone, situation.now)))
    kind = first_match(KIND, facts)
    wording = first_match(REASON_WORDING, facts)
    several = emails > 1
    # One email per interviewer: the headline counts as the answer's "how many" does ("send one to
    # each interviewer", not "send one" above "write two separate emails"), in the step's wording.
    channel = first_match(DRAFT_CHANNEL, facts)
    headline = words.messages[message] if message else _verdict_text(
        verdict, wording, several=several, words=words, channel=channel, moved_by=moved_by)
    if message == "follow_up" and follow_up is not None:
        headline = words.follow_up_headlines[follow_up.attempt or 1]

    return {
        "lang": lang,
        "verdict": verdict,
        "message": message,
        "headline": headline,
        **_deadline_fields(situation, timing, message, follow_up, words, zone_label, facts["other_zone"],
                           several=several, wording=wording, panel=facts["panel"],
                           chat=channel != "email"),
        "emails": emails,
        # After a test or presentation someone assessed: the assessor, as the reasons say (``wording``).
        "emails_text": words.emails.get(f"{emails_rule}.{wording}", words.emails[emails_rule])
        .format(count=count_in_words(len(situation.interviewers), words), **_recruiter_words(situation, words)),
        "recipients": [{"name": person.name, "role": person.role} for person in situation.interviewers],
        "channel": route.channel,
        "channel_fallback": route.fallback,
        "channel_text": _channel_text(route.text, wording, several=several, words=words,
                                      recruiters=facts["only_recruiters"] and len(situation.interviewers) > 1,
                                      name=_recruiter_name(situation), met=_recruiter_met(situation),
                                      names=_all_names(situation, words), said=_recruiter_words(situation, words)),
        **_follow_up_fields(situation, follow_up, timing, words, wording=wording, panel=facts["panel"]),
        "reasons": [
            {
                "code": code,
                "topic": REASONS[code][0],
                "text": in_wording(words.reasons, key, wording, panel=facts["panel"]).format(**params),
                "link": link_to(REASONS.get(key, REASONS[code])[1]),
            }
            for code in reason_codes for key in (_reason_key(code, facts),)
        ],
        "hesitations": [
            {"code": code, "text": _hesitation_answer(code, first_match(HESITATION_CONTEXT, {**facts, "route": route.text}),
                                                      words, said_above=reason_codes),
             "link": link_to(HESITATION_SECTIONS[code])}
            for code in situation.hesitations
        ],
        "interviewer_tz": getattr(situation.interviewer_zone, "key", None) if facts["other_zone"] else None,
        "notes": notes,
        "draft": _draft(situation, {**facts, "kind": kind}, kind, follow_up),
    }


def in_wording(table: Mapping[str, str], key: str, wording: str, *, panel: bool = False) -> str:
    """``table[key]`` in the step's wording and, after a panel, in its wording for several people, where
    the table has one: ``key.wording.panel``, ``key.wording``, ``key.panel``, then ``key``. The step comes
    before the number: "the interviewers" after a presentation would be wrong, "the assessor" only loose."""
    steps = [f"{key}.{wording}"] if wording else []
    keys = [*([f"{step}.panel" for step in steps] if panel else []), *steps, *([f"{key}.panel"] if panel else []), key]
    return next(table[name] for name in keys if name in table)


def _thanks_day(situation: Situation, timing: Timing, words: type[CheckTexts]) -> str:
    """The day the thank-you advised now goes out, on the reader's clock (what the follow-up counts from); where
    the moment offers today or the next working morning, both days, so neither choice reads as the wrong one."""
    if timing.send_at is None:
        return ""
    day = timing.send_at.astimezone(situation.reader_zone).date()
    today = situation.now.astimezone(situation.reader_zone).date()
    if timing.moment in TODAY_OR_LATER_MOMENTS and today < day:
        return words.either_day.format(first=_near_date(today, situation, words),
                                       second=_near_date(day, situation, words))
    return _near_date(day, situation, words)


def _near_date(day: date, situation: Situation, words: type[CheckTexts]) -> str:
    """The date, with "today" or "tomorrow" before it where that is what it is on the reader's clock."""
    text = format_date(day, situation.lang)
    away = (day - situation.now.astimezone(situation.reader_zone).date()).days
    return words.near_dates[away].format(date=text) if away in words.near_dates else text


def _dated_near(day: date, situation: Situation, words: type[CheckTexts]) -> str:
    """The date, marked "(today)" or "(tomorrow)" after it where that is what it is on the reader's clock."""
    text = format_date(day, situation.lang)
    away = (day - situation.now.astimezone(situation.reader_zone).date()).days
    return words.dated_near[away].format(date=text) if away in words.dated_near else text


def _reason_key(code: str, facts: Mapping[str, Any]) -> str:
    """The key of a reason's text: ``code.variant`` where a row of :data:`REASON_VARIANTS` holds, else ``code``."""
    return next((f"{code}.{variant}" for conditions, reason, variant in REASON_VARIANTS
                 if reason == code and holds(conditions, facts)), code)


def _verdict_text(verdict: str, wording: str, *, several: bool, words: type[CheckTexts], channel: str = "email",
                  moved_by: str = "") -> str:
    """The verdict's headline; for several emails the language's own where it has one
    (``several["verdicts.send.assessment"]``, then ``several["verdicts.send"]``), else the one for the
    channel the message goes by where it has one (``verdicts["send.whatsapp"]``: a message, not an email),
    else the plain one. A verdict an adjustment moved says why, in its own words where the table has them
    (``verdicts["recommended.competitive"]``: not required after this kind of conversation, yet worth it)."""
    named = [f"{verdict}.{moved_by}"] if moved_by else []
    keys = [*(f"verdicts.{name}.{wording}" for name in [*named, verdict] if wording),
            *(f"verdicts.{name}" for name in [*named, verdict])]
    single = [*(f"{name}.{wording}" for name in named if wording), *named, f"{verdict}.{channel}", verdict]
    return next((words.several[key] for key in keys if several and key in words.several),
                next(words.verdicts[key] for key in single if key in words.verdicts))


def _channel_text(key: str, wording: str, *, several: bool, words: type[CheckTexts], recruiters: bool = False,
                  name: str | None = None, met: bool = False, names: str | None = None,
                  said: Mapping[str, str] | None = None) -> str:
    """How to send it: in the step's wording (``direct_email.assessment``) first, then the plain one;
    for several emails the language's own (``several["channels.direct_email"]``) where it has one. Where
    two recruiters or more held it, their own words first where there are some (``key.recruiters``).
    Where the one recruiter among the people it was with gave a name, a wording naming them (``key.named``);
    where they met that recruiter but gave no name, one for "the recruiter" they know (``key.met``).
    Where the reader named everyone they met, a wording that names them (``key.names``: not "whoever
    interviewed you")."""
    keys = [*([f"{key}.{wording}"] if wording else []), key]
    keys = [*([f"{name}.recruiters" for name in keys] if recruiters else []), *keys]
    keys = [variant for key in keys for variant in ([f"{key}.names"] if names else []) + [key]]
    known = "named" if name else "met" if met else None
    keys = [*([f"{key}.{known}" for key in keys] if known else []), *keys]
    if several:
        found = next((words.several[f"channels.{name}"] for name in keys if f"channels.{name}" in words.several), None)
        if found:
            return found
    text = next(words.channels[key] for key in keys if key in words.channels)
    for slot, value in (said or {}).items():
        text = text.replace("{" + slot + "}", value)
    text = text.replace("{names}", names) if names else text
    return text.replace("{name}", name) if name else text


def _lone_recruiter(situation: Situation) -> bool:
    """Whether the one person the reader met at an interview was a recruiter (a screening call, say)."""
    return (len(situation.interviewers) == 1 and situation.stage not in ("informal", "assessment")
            and (situation.interviewers[0].role or ROLE_NOT_GIVEN.get(situation.stage)) == "recruiter")


def _recruiter_words(situation: Situation, words: type[CheckTexts]) -> dict[str, str]:
    """How the texts name the one recruiter the reader met: by their name where it was given, else
    "the recruiter" (``{recruiter}``, ``{Recruiter}`` at a sentence's start, ``{recruiters}``: whose;
    ``{the_recruiter}``: "Putri, the recruiter", where the role is news to the sentence)."""
    name = situation.interviewers[0].name if _lone_recruiter(situation) else ""
    plain = name or words.the_recruiter
    return {"recruiter": plain, "Recruiter": plain[:1].upper() + plain[1:],
            "the_recruiter": words.named_recruiter.format(name=name) if name else words.the_recruiter,
            "recruiters": words.whose_name.format(name=name) if name else words.the_recruiters}


def _all_names(situation: Situation, words: type[CheckTexts]) -> str | None:
    """Everyone the reader met, by the names they gave ("Dewi dan Fajar"), where they gave every one."""
    names = [person.name for person in situation.interviewers]
    if not all(names):
        return None
    if len(names) <= 2:
        return words.and_word.join(names)
    return ", ".join(names[:-1]) + "," + words.and_word + names[-1]


def _recruiter_met(situation: Situation) -> bool:
    """Whether the reader met exactly one recruiter, named or not."""
    return sum((person.role or ROLE_NOT_GIVEN.get(situation.stage)) == "recruiter"
               for person in situation.interviewers) == 1


def _recruiter_name(situation: Situation) -> str | None:
    """The name of the one recruiter among the people the reader met, where there is one and it was given."""
    recruiters = [person for person in situation.interviewers
                  if (person.role or ROLE_NOT_GIVEN.get(situation.stage)) == "recruiter"]
    return recruiters[0].name or None if len(recruiters) == 1 else None


def _hesitation_answer(code: str, context: str, words: type[CheckTexts], said_above: Sequence[str] = ()) -> str:
    """The answer to one hesitation in its context (``code.context``), else in each part of a context of
    two, the last first (``official.assessment``: ``code.assessment``, ``code.official``), else its plain answer;
    the plain answer without the point a reason above already makes (:data:`HESITATION_SAID_ABOVE`)."""
    parts = context.split(".") if context else []
    keys = [*([f"{code}.{context}"] if len(parts) > 1 else []), *(f"{code}.{part}" for part in reversed(parts)), code]
    key = next(key for key in keys if key in words.hesitation_answers)
    if key == code:
        key = next((shorter for (hesitation, reason), shorter in HESITATION_SAID_ABOVE.items()
                    if hesitation == code and reason in said_above), key)
    return words.hesitation_answers[key]


def _deadline_fields(
    situation: Situation, timing: Timing, message: str | None, follow_up: FollowUp | None,
    words: type[CheckTexts], zone_label: str, other_zone: bool, *, several: bool = False, wording: str = "",
    panel: bool = False, chat: bool = False,
) -> dict[str, Any]:
    """``several``: one email per interviewer is written ("Send them by", in a language that says so);
    ``chat``: the message goes into a chat (WhatsApp), which cannot schedule it."""
    lang = situation.lang

    def worded(slot: str) -> str:
        return (several and words.several.get(slot)) or getattr(words, slot)

    mine = situation.reader_zone
    # A test taken alone had no interview: its moments speak of the test and of the recruiter.
    alone = situation.stage == "assessment" and not situation.with_interviewer
    moments = words.test_moments if alone else words.moments
    if chat:
        # A chat message cannot be scheduled as an email can: the moments that say "schedule it" say
        # "write it now, send it then" instead, in every variant of theirs.
        moments = {**{key: text for key, text in moments.items() if key.split(".")[0] not in words.chat_moments},
                   **words.chat_moments}
    assessed = situation.stage == "assessment" and not alone  # someone assessed it live
    # Whose working day or memory a moment speaks of: the people (a panel), whether one email or one each.
    # ... and the one recruiter the reader met, by name where given: "Putri's working day", not "the interviewer's".
    whose = _recruiter_words(situation, words)["recruiters"] if _lone_recruiter(situation) else words.moment_whose[
        ".".join(["test", *([TEST_ARRANGED_BY[situation.setting]] if situation.setting in TEST_ARRANGED_BY else [])]
                 if alone else [*(["assessment"] if assessed else ["informal"] if situation.stage == "informal" else []),
                                *(["panel"] if panel else [])])]
    if timing.deadline is None:
        relative = in_wording(words.message_deadlines, message, wording) if message else (
            words.test_deadline_relative if alone else worded("assessment_deadline_relative") if assessed
            else worded("deadline_relative"))
        if message == "follow_up" and follow_up is not None and follow_up.attempt and follow_up.first:
            due = follow_up.first if follow_up.attempt == 1 else follow_up.second
            assert due is not None
            today = situation.now.astimezone(situation.interviewer_zone).date()
            state = "follow_up_on" if today < due else "follow_up_today" if today == due else "follow_up_due"
            relative = words.message_deadlines[state].format(date=_dated_near(due, situation, words))
        return {
            "deadline": None, "deadline_text": relative, "time_left": None,
            "timing": timing.band, "timing_text": in_wording(words.timing, timing.band, wording, panel=panel),
            "send_at": None, "send_at_text": None if message else _moment_text(
                moments, "unknown", other_zone=False, assessed=assessed, several=several).format(whose=whose),
        }
    deadline = timing.deadline.astimezone(mine)
    # Yesterday, today and tomorrow are said so, by the reader's own day: "besok pagi, Rabu, pukul 08.00".
    today_mine = situation.now.astimezone(mine).date()
    when = format_near_datetime(deadline, today_mine, lang)
    passed = timing.band != "on_time"
    mine_said = _your_time(situation, words)
    if other_zone:
        their = _their_moment(timing.deadline, mine, situation.interviewer_zone, lang, today=today_mine)
        deadline_text = worded("deadline_was_both" if passed else "deadline_at_both").format(
            when=when, mine=mine_said, their_when=their, zone=zone_label)
    else:
        deadline_text = worded("deadline_was" if passed else "deadline_at").format(when=when)
    assert timing.send_at is not None and timing.moment is not None
    send_at = timing.send_at.astimezone(mine)
    send_when = format_near_datetime(send_at, today_mine, lang)
    on_send_when = format_near_datetime(send_at, today_mine, lang, on=True)
    if other_zone:
        their_send = _their_moment(timing.send_at, mine, situation.interviewer_zone, lang, today=today_mine)
        send_when, on_send_when = (words.their_time.format(when=said, mine=mine_said, their_when=their_send,
                                                           zone=zone_label)
                                   for said in (send_when, on_send_when))
    # The end of the interviewer's working day, for "send it before it ends": on both clocks when they differ.
    now_there = situation.now.astimezone(situation.interviewer_zone)
    # Still to come, it is the working day the interview ends on: in another zone, "the same day" would not say
    # whose day, so that day's end is named on both clocks instead.
    their_day = (situation.ended_at.astimezone(situation.interviewer_zone) if timing.moment == "after_it_ends"
                 and situation.ended_at is not None else now_there).date()
    day_ends = at(their_day, WORKING_HOURS[1], situation.interviewer_zone)
    if timing.moment == "now_by_deadline":  # the 24 hours end before their working day does
        day_ends = timing.deadline
    # Their working day may end after the reader's midnight (an interviewer to the west): then the day is named too.
    ends_here = day_ends.astimezone(mine)
    same_day = ends_here.date() == situation.now.astimezone(mine).date()
    until = format_time(ends_here, lang) if same_day else format_near_datetime(ends_here, today_mine, lang)
    if other_zone:
        until = words.their_time.format(
            when=until, mine=mine_said, their_when=_their_moment(day_ends, mine, situation.interviewer_zone, lang, today=today_mine),
            zone=zone_label)
    return {
        "deadline": deadline.isoformat(),
        "deadline_text": deadline_text,
        "time_left": format_time_left(timing.deadline - situation.now, lang),
        "timing": timing.band,
        "timing_text": in_wording(words.timing, timing.band, wording, panel=panel),
        "send_at": send_at.isoformat(),
        # The reader's zone is named once a sentence pair: "pukul 19.00 WITA, waktu Anda …; … pukul 09.00 WITA".
        "send_at_text": _named_once(_moment_text(moments, timing.moment, other_zone=other_zone,
                                                 assessed=assessed, several=several)
                                    .format(when=send_when, on_when=on_send_when, until=until, whose=whose,
                                            today=words.today if same_day else ""),
                                    mine_said, situation, words),
    }


def _named_once(text: str, mine_said: str, situation: Situation, words: type[CheckTexts]) -> str:
    """``text`` with the reader's named zone ("WITA, waktu Anda") said in full the first time only, then short."""
    if mine_said == words.your_time:
        return text
    head, found, rest = text.partition(mine_said)
    if not found:
        return text
    zone = _reader_zone_key(situation)
    return head + found + rest.replace(mine_said, words.your_named_time_again.format(zone=words.zone_names[zone]))


def _moment_text(moments: Mapping[str, str], moment: str, *, other_zone: bool, assessed: bool,
                 several: bool = False) -> str:
    """The moment's wording: in another zone one naming the end of their working day (else "within
    working hours" reads as the reader's own); after a test or presentation someone assessed, one
    without "the conversation"; for several emails (``.panel``) one saying "them"; else the plain one.
    A wording for more of these (``now.other_zone.panel``) comes before one for fewer. Whose working
    day it is (``{whose}``) is filled by the caller."""
    wanted = [*(["other_zone"] if other_zone else []), *(["assessment"] if assessed else []),
              *(["panel"] if several else [])]
    keys = [".".join(group) for size in (3, 2) for group in combinations(wanted, size)] + wanted
    return next((moments[f"{moment}.{which}"] for which in keys if f"{moment}.{which}" in moments), moments[moment])


def _follow_up_fields(
    situation: Situation, follow_up: FollowUp | None, timing: Timing, words: type[CheckTexts], *,
    wording: str = "", panel: bool = False,
) -> dict[str, Any]:
    empty = {"follow_up_on": None, "second_follow_up_on": None, "follow_up_text": None, "calendar": None}
    if follow_up is None:
        return empty
    if follow_up.first is None or follow_up.second is None:
        state = {None: "relative", 1: "relative_after_first", 2: "relative_last"}[follow_up.attempt]
        return {**empty, "follow_up_text": in_wording(words.follow_up, state, wording, panel=panel)}
    first, second = follow_up.first, follow_up.second
    state, reminder = _follow_up_state(situation, follow_up)
    if state not in words.follow_up:
        state = "after_first"
    text = in_wording(words.follow_up, state, wording, panel=panel).format(
        first=_dated_near(first, situation, words), second=_dated_near(second, situation, words),
        decision_date=format_date(situation.decision_by, situation.lang) if situation.decision_by else "",
        sent_on=format_date(situation.sent_on, situation.lang) if situation.sent_on else "",
        skipped=words.holidays_skipped if _holidays_between(situation, follow_up) else "")
    return {
        "follow_up_on": first.isoformat(),
        "second_follow_up_on": second.isoformat(),
        "follow_up_text": text,
        "calendar": _calendar(situation, reminder, follow_up) if reminder else None,
    }


def _holidays_between(situation: Situation, follow_up: FollowUp) -> bool:
    """Do public holidays lie between the day the first follow-up is counted from and the day itself?"""
    start = {"their_date": situation.decision_by, "after_your_thanks": situation.sent_on}.get(follow_up.why)
    if start is None or follow_up.first is None:
        return False
    days_off = situation.holidays
    between = (start + timedelta(days=step) for step in range(1, (follow_up.first - start).days))
    return any(day in days_off and day.weekday() not in days_off.weekend for day in between)


def _holidays_before_sending(situation: Situation, follow_up: FollowUp, timing: Timing) -> bool:
    """Before the thank-you is sent: do public holidays lie between the day the first follow-up is counted
    from (the thanks advised now, or the date they gave) and the day itself? The reason then says they are
    not counted, as the answer after sending does (:func:`_holidays_between`)."""
    if follow_up.first is None:
        return False
    if follow_up.after_thanks and timing.send_at is not None:
        start = timing.send_at.astimezone(situation.interviewer_zone).date()
    elif follow_up.rule == "after_their_date" and situation.decision_by is not None:
        start = situation.decision_by
    else:
        return False
    days_off = situation.holidays
    between = (start + timedelta(days=step) for step in range(1, (follow_up.first - start).days))
    return any(day in days_off and day.weekday() not in days_off.weekend for day in between)


def _follow_up_state(situation: Situation, follow_up: FollowUp) -> tuple[str, date | None]:
    """Which follow-up text applies, and the day a calendar reminder is for (the next one still ahead)."""
    today = situation.now.astimezone(situation.interviewer_zone).date()
    first, second = follow_up.first, follow_up.second
    assert first is not None and second is not None
    if follow_up.attempt == 2:
        # With the day the first went out, the answer names it: the second is counted from it.
        state = "last_after_yours" if situation.sent_on is not None else "last"
        return state, (second if today < second else None)
    if follow_up.attempt == 1:
        # Said with why it falls that day; the date they gave, still ahead, is not said to have passed.
        why = follow_up.why
        if why == "their_date" and situation.decision_by is not None and situation.decision_by < today:
            why = "their_date_passed"
        return (f"after_first_{why}" if why else "after_first"), (first if today < first else second)
    if follow_up.rule == "combined_is_the_first":
        return "combined", second
    state = "upcoming" if today <= first else "first_passed" if today <= second else "both_passed"
    return state, {"upcoming": first, "first_passed": second}.get(state)


def _calendar(situation: Situation, day: date, follow_up: FollowUp) -> dict[str, str]:
    """A reminder on the follow-up day, as an iCalendar file the page offers for download."""
    seed = "|".join(str(part) for part in (situation.stage, situation.ended_at, situation.decision_by, day))
    alone = situation.stage == "assessment" and not situation.with_interviewer
    step = "test" if alone else "assessment" if situation.stage == "assessment" else "interview"
    return follow_up_calendar(day, situation.lang, situation.now, seed, step=step, last=day == follow_up.second)


# After sending a message of this kind (and attempt), the next follow-up is: a week after the
# interview ("interview"), or a week after this message ("sent"); none after the second follow-up
# or a message that answers news.
REMINDER_AFTER: dict[tuple[str, int | None], str] = {
    ("thank_you", None): "interview",
    ("late_thank_you", None): "interview",
    ("thank_you_and_follow_up", None): "sent",
    ("follow_up", 1): "sent",
}


def reminds_after(kind: str, attempt: int | None) -> bool:
    """Is a follow-up still to come after a ``kind`` message (so a reminder is worth offering)?"""
    return (kind, attempt if kind == "follow_up" else None) in REMINDER_AFTER


def reminder_day(kind: str, attempt: int | None, interview_date: date | None, today: date) -> date | None:
    """The follow-up day to be reminded of after sending a ``kind`` message today, as the checker counts it.

    A thank-you: a week after the interview, never sooner than five working days after the thanks
    (a late one); the combined email or a first follow-up: the next one a week later; else ``None``.
    """
    after = REMINDER_AFTER.get((kind, attempt if kind == "follow_up" else None))
    if after is None:
        return None
    soonest = add_working_days(today, FOLLOW_UP_AFTER_THANKS_WORKING_DAYS)
    if after == "sent":
        return working_day_from(today + SECOND_FOLLOW_UP_AFTER)
    if interview_date is None:
        return soonest
    return max(a_week_after(interview_date), soonest)


def follow_up_calendar(day: date, lang: str, now: datetime, seed: str, *, step: str = "interview",
                       last: bool = False) -> dict[str, str]:
    """``{filename, text}``: an all-day iCalendar reminder to follow up on ``day``, in ``lang``.

    ``seed`` makes the event's UID (the same situation, the same event); ``now`` stamps it, to the hour.
    ``step``: what the news is awaited from (``interview``, ``assessment``, or ``test`` taken alone);
    ``last``: the reminder is for the second and last follow-up.
    """
    words = texts_for(CheckTexts, lang)
    descriptions = words.calendar_description
    description = descriptions["last"] if last else descriptions.get(f"first.{step}", descriptions["first"])
    uid = f"follow-up-{day:%Y%m%d}-{hashlib.sha256(seed.encode()).hexdigest()[:16]}@thankyou"
    event = ics.Event(
        uid=uid,
        summary=words.calendar_summary,
        description=description,
        start=day,
        end=day + timedelta(days=1),
        alarm_after_start=ALARM_AT,
        alarm_text=words.calendar_summary,
    )
    # Stamped to the hour: the answer (and its link) stays the same between the page's refreshes.
    stamp = now.astimezone(timezone.utc).replace(minute=0, second=0, microsecond=0)
    text = ics.calendar([event], stamp=stamp, product=CALENDAR_PRODUCT)
    return {"filename": words.calendar_filename.format(date=day.isoformat()), "text": text}


def _draft(situation: Situation, facts: Mapping[str, Any], kind: str, follow_up: FollowUp | None) -> dict[str, Any]:
    """The message advised here, and its shape: what the generator is prefilled with."""
    ended = situation.ended_at.astimezone(situation.reader_zone).date().isoformat() if situation.ended_at else None
    return {
        "kind": kind,
        # Both follow-ups sent: the one note left (a closing one, once their date passes) is written as the last.
        "attempt": (follow_up.attempt if follow_up else FOLLOW_UP_ATTEMPT.get(situation.already_sent)
                    if situation.already_sent == "follow_ups" else None) if kind == "follow_up" else None,
        "interview_date": ended,
        # A test taken alone was no interview: the draft says nothing of a call or a meeting.
        "format": situation.format if facts["attended"] else "",
        # ... and it thanks for the test, of a kind the checker does not ask (the reader may name it).
        "step": "interview" if facts["attended"] else "test",
        "names": [] if _to_the_team(situation, facts) else [person.name for person in situation.interviewers],
        "register": first_match(REGISTER, facts),
        "length": first_match(LENGTH, facts),
        "channel": first_match(DRAFT_CHANNEL, facts),
        "lang": situation.lang,
        # The day the checker's own reminder is for: the generator offers the same one after sending.
        "follow_up_on": _reminder_of(situation, follow_up),
        # Only the recruiter's address: one message in their thread, naming every interviewer.
        **_send_to(situation, facts),
    }


# Routes whose message goes to the recruiter's thread or the selection committee, never to an interviewer
# ("Address it to the recruiter, ..."). With no recruiter among the people met, the generator is given no
# interviewer to address, so it greets the hiring team ("Yth. Tim Rekrutmen ...") instead of writing
# "Dear Rina Wijaya, ... we discussed" to an interviewer whose address the reader does not have.
# So too a follow-up or a withdrawal when the reader has no interviewer's address: it goes in the thread
# (or the chat) where the recruiter arranged the interview and took the thanks. And a reply to news (an
# offer, a rejection, an invitation to the next round): "Reply directly to the message that brought the
# news" is, with no interviewer's address, a reply to the recruiter's message, never "Yth. Bapak/Ibu Rina
# Wijaya" to an interviewer the reader cannot write to.
TO_THE_TEAM = ("follow_up_in_recruiter_thread", "follow_up_to_committee", "withdraw_to_committee")
IN_THE_RECRUITERS_THREAD = ("follow_up", "withdrawal", "reply_to_rejection", "reply_to_offer", "confirm_next_round")


def _to_the_team(situation: Situation, facts: Mapping[str, Any]) -> bool:
    if "recruiter" in [person.role for person in situation.interviewers]:
        return False  # the recruiter the reader met is the one addressed (``recruiter_interviewer``)
    no_address = facts["contact"] != "direct" and facts["kind"] in IN_THE_RECRUITERS_THREAD
    return no_address or first_match(CHANNELS, facts).text in TO_THE_TEAM


def _reminder_of(situation: Situation, follow_up: FollowUp | None) -> str | None:
    """The day to be reminded of once the drafted message is sent (the generator offers it after sending).

    After the first follow-up that is the second one, even while the first is still days ahead: the
    checker's own reminder is then for the first ("send it on Monday"), but the generator's follows the
    message it wrote, and naming that Monday there would call it "your second and last follow-up".
    """
    if follow_up is None or follow_up.first is None or follow_up.second is None:
        return None
    if follow_up.attempt == 1:
        today = situation.now.astimezone(situation.interviewer_zone).date()
        return follow_up.second.isoformat() if today < follow_up.second else None
    day = _follow_up_state(situation, follow_up)[1]
    return day.isoformat() if day else None


def _send_to(situation: Situation, facts: Mapping[str, Any]) -> dict[str, Any]:
    """``send_to`` for the generator, and which interviewer (from 1) is the recruiter, if one is."""
    if first_match(EMAILS, facts) in ("one_to_recruiters", "one_message_to_recruiters"):
        # Several recruiters on a screening call: one note to the first, thanking the others by name.
        return {"send_to": "recruiter", "recruiter_interviewer": 1}
    if first_match(CHANNELS, facts).channel not in ("through_recruiter", "reply_in_thread"):
        return {"send_to": "each", "recruiter_interviewer": None}
    roles = [person.role for person in situation.interviewers]
    return {"send_to": "recruiter", "recruiter_interviewer": roles.index("recruiter") + 1 if "recruiter" in roles else None}


def count_in_words(number: int, words: type[CheckTexts]) -> str:
    """``2`` → ``dua``/``two``: small counts are written out in prose; larger ones stay digits."""
    return words.count_words[number] if 0 <= number < len(words.count_words) else str(number)


def _other_zone(situation: Situation) -> bool:
    mine, theirs = situation.reader_zone, situation.interviewer_zone
    if mine is theirs or (getattr(mine, "key", 1) == getattr(theirs, "key", 2)):
        return False
    moment = situation.ended_at or situation.now
    return moment.astimezone(mine).utcoffset() != moment.astimezone(theirs).utcoffset()


def _your_time(situation: Situation, words: type[CheckTexts]) -> str:
    """How the reader's clock is said beside the interviewer's: "your time", with its name as well (WITA) when both
    are Indonesian zones, where a bare "17.00" is easily read as WIB, the one the country's clocks are quoted in."""
    key = _reader_zone_key(situation)
    if key in INDONESIAN_ZONES and getattr(situation.interviewer_zone, "key", None) in INDONESIAN_ZONES:
        return words.your_named_time.format(zone=words.zone_names[key])
    return words.your_time


def _reader_zone_key(situation: Situation) -> str | None:
    """The reader's zone by name; a zone given only as an offset (+08:00, from the time the reader typed) is read as
    Indonesia's at that offset."""
    mine = situation.reader_zone
    return getattr(mine, "key", None) or ZONE_AT_OFFSET.get(situation.now.astimezone(mine).utcoffset())


ZONE_AT_OFFSET = {timedelta(hours=7): "Asia/Jakarta", timedelta(hours=8): "Asia/Makassar",
                  timedelta(hours=9): "Asia/Jayapura"}


def zone_name(zone: tzinfo, moment: datetime, words: type[CheckTexts]) -> str:
    """How a sentence names a zone: ``WITA``, ``waktu Amsterdam`` / ``Amsterdam time``, else ``UTC+07:00``."""
    key = getattr(zone, "key", None)
    if not key:
        return utc_offset(zone, moment)
    if key in words.zone_names:
        return words.zone_names[key]
    return words.zone_of_city.format(city=key.rsplit("/", 1)[-1].replace("_", " "))


def utc_offset(zone: tzinfo, moment: datetime) -> str:
    """``UTC+07:00``: the zone's offset at ``moment``."""
    offset = moment.astimezone(zone).utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _their_moment(moment: datetime, mine: tzinfo, theirs: tzinfo, lang: str, *, today: date | None = None) -> str:
    """``moment`` on the interviewer's clock: the time alone when it is the same day as on the reader's; its
    weekday and time when the reader's side says it as yesterday, today or tomorrow (``today``: the reader's)."""
    there, here = moment.astimezone(theirs), moment.astimezone(mine)
    # Midnight on the reader's clock is said as the end of the day before ("tonight at midnight"): that is the day
    # the interviewer's time is read against.
    said_day = here.date() - timedelta(days=1) if (here.hour, here.minute) == (0, 0) else here.date()
    if there.date() == said_day:
        return format_time(there, lang)
    if today is not None and abs((moment.astimezone(mine).date() - today).days) <= 1:
        return format_weekday_time(there, lang)
    return format_datetime(there, lang)


def _labels(lang: str) -> Mapping[str, str]:
    return texts_for(CheckTexts, lang).labels


# The operation the façade serves as "check" and the page's tool runs.
OPERATION = Operation(check, _labels, REQUEST, read_situation)
