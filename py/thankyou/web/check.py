"""The checker as the page shows it: its form, and its answer as HTML (verdict first)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from thankyou import check as domain
from thankyou import ics
from thankyou.check import (
    ALREADY_SENT,
    CONTACTS,
    FORMATS,
    HESITATIONS,
    MAX_INTERVIEWERS,
    NAME_LIMIT,
    ROLES,
    SETTINGS,
    STAGES,
    STATUSES,
    fixed_holidays,
    next_working_day,
    zone_or_none,
)
from thankyou.fields import InputError
from thankyou.guide import PAGES
from thankyou.texts import texts_for
from thankyou.texts.check import CheckTexts
from thankyou.web.forms import (
    ClientContext,
    Field,
    FormValues,
    Group,
    NAME_KEYBOARD,
    every,
    first,
    group_items,
    local_datetime,
    prefill_fragment,
)
from thankyou.web.markup import Markup, tag
from thankyou.web.tool import Tool

FULL = ("full",)
# "Not sure" is a form choice only: the request then says nothing about the role.
ROLE_CHOICES = ("unknown", *ROLES)
# Zones offered in the form (the request takes any IANA name): Indonesia's three, then the
# places Indonesian candidates most often interview with. Cities that share a clock but not a
# calendar are offered apart (New York and Toronto: 4 July or 1 July, Thanksgiving in November or October).
ZONE_CHOICES = (
    "Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "Asia/Singapore", "Asia/Kuala_Lumpur", "Asia/Bangkok",
    "Asia/Ho_Chi_Minh", "Asia/Manila", "Asia/Hong_Kong", "Asia/Shanghai", "Asia/Tokyo", "Asia/Seoul",
    "Asia/Kolkata", "Asia/Dubai", "Australia/Perth", "Australia/Sydney", "Pacific/Auckland", "Europe/London",
    "Europe/Amsterdam", "Europe/Berlin", "America/New_York", "America/Toronto", "America/Chicago", "America/Los_Angeles",
    "America/Vancouver", "UTC",
)

MAX_DAYS_OFF = 10  # working days off in a row: two weeks of Lebaran leave and then some

CONTROLS = (
    Field("stage", "select", options=STAGES, default="first"),
    Field("no_interviewer", "checkbox", sizes=FULL),
    Field("format", "radio", options=FORMATS, default="video", sizes=FULL),
    Group(
        "interviewers",
        (Field("role", "select", options=ROLE_CHOICES, default="unknown"), Field("name", "text", limit=NAME_LIMIT, attrs=NAME_KEYBOARD)),
        minimum=1,
        maximum=MAX_INTERVIEWERS,
        initial=1,
        sizes=FULL,
    ),
    Field("ended_at", "datetime"),
    Field("other_zone", "checkbox", sizes=FULL),
    # No zone chosen until the reader picks theirs: a default (Jakarta) would read as chosen, and for a reader
    # in Jakarta it would be no other zone at all. The empty first option asks for it.
    Field("interviewer_tz", "select", options=("", *ZONE_CHOICES), default="", sizes=FULL),
    Field("ended_in", "radio", options=("mine", "theirs"), default="mine", sizes=FULL),
    Field("holiday_next", "checkbox", sizes=FULL),
    # Collective leave (cuti bersama, Lebaran) is a run of working days off, not one: how many, from
    # the next working day on. A number with a default of 1, shown once the box is ticked.
    Field("holiday_days", "number", default="1", sizes=FULL,
          attrs={"min": 1, "max": MAX_DAYS_OFF, "step": 1, "inputmode": "numeric"}),
    Field("status", "select", options=STATUSES, default="waiting", sizes=FULL),
    Field("already_sent", "radio", options=ALREADY_SENT, default="nothing", sizes=FULL),
    Field("sent_on", "date", sizes=FULL),
    Field("decision_by", "date", sizes=FULL),
    Field("contact", "radio", options=CONTACTS, default="direct", sizes=FULL),
    Field("setting", "select", options=SETTINGS, default="unknown", sizes=FULL),
    Field("competitive", "checkbox", sizes=FULL),
    Field("hesitations", "checkboxes", options=HESITATIONS, sizes=FULL),
)

# Detail worth showing only in some situations: (field, shown when this holds for the form).
SHOWN_WHEN: tuple[tuple[str, Any], ...] = (
    ("no_interviewer", lambda form: first(form, "stage") == "assessment"),
    # A test taken alone was not held by phone, video or in person with anyone, had no interviewers,
    # and is answered in the thread that sent it, whatever address the reader has.
    ("format", lambda form: not _test_alone(form)),
    ("interviewers", lambda form: not _test_alone(form)),
    ("already_sent", lambda form: _waiting(form)),
    # After both follow-ups nothing more is dated, so the day the last went out is not asked for.
    ("sent_on", lambda form: _waiting(form) and first(form, "already_sent", "nothing") not in ("nothing", "follow_ups")),
    ("interviewer_tz", lambda form: first(form, "other_zone") == "on"),
    ("ended_in", lambda form: first(form, "other_zone") == "on" and bool(first(form, "ended_at"))),
    ("holiday_next", lambda form: bool(first(form, "ended_at")) and _waiting(form)),
    ("holiday_days", lambda form: bool(first(form, "ended_at")) and _waiting(form) and first(form, "holiday_next") == "on"),
    ("decision_by", lambda form: _waiting(form)),
    ("contact", lambda form: _waiting(form) and not _test_alone(form)),
    ("competitive", lambda form: _waiting(form)),
)


def _waiting(form: FormValues) -> bool:
    return first(form, "status", "waiting") == "waiting"


def _test_alone(form: FormValues) -> bool:
    return first(form, "stage") == "assessment" and first(form, "no_interviewer") == "on"


def label_variants(form: FormValues) -> tuple[str, ...]:
    """Which wording the labels take: of the step taken part in (``test``: a test taken alone, and before
    it ``test_committee`` where a government office's selection committee arranged it, not a recruiter;
    ``assessment``: a test or presentation someone assessed), and of the message already sent."""
    committee = ("test_committee",) if first(form, "setting") == "government" else ()
    step = (*committee, "test") if _test_alone(form) else ("assessment",) if first(form, "stage") == "assessment" else ()
    return (*step, first(form, "already_sent", "nothing"))


def hidden_fields(form: FormValues) -> list[str]:
    """The fields not worth showing for these values (their values are then ignored too)."""
    return [name for name, shown in SHOWN_WHEN if not shown(form)]


def option_labels(name: str, lang: str) -> Mapping[str, str]:
    words = texts_for(CheckTexts, lang)
    return {
        "stage": words.stages,
        "format": words.formats,
        "interviewers.role": words.roles,
        "interviewer_tz": {"": words.zone_prompt, **words.zones},
        "ended_in": words.time_in,
        "status": words.statuses,
        "contact": words.contacts,
        "setting": words.settings,
        "hesitations": words.hesitation_options,
        "already_sent": words.already_sent_options,
    }.get(name, {})


def to_request(form: FormValues, context: ClientContext, lang: str) -> dict[str, Any]:
    """Form values to a ``check`` request; the reader's own clock and zone fill the gaps."""
    hidden = set(hidden_fields(form))

    def value(name: str) -> str:
        return "" if name in hidden else first(form, name)

    request: dict[str, Any] = {"lang": lang, "stage": first(form, "stage"), "now": context.now.isoformat()}
    reader_tz = getattr(context.zone, "key", None)
    if reader_tz:
        request["reader_tz"] = reader_tz
    for name in ("format", "status", "contact", "setting", "decision_by", "already_sent", "sent_on"):
        if value(name):
            request[name] = value(name)
    if value("no_interviewer") == "on":
        request["with_interviewer"] = False
    if value("competitive") == "on":
        request["competitive"] = True
    if every(form, "hesitations"):
        request["hesitations"] = every(form, "hesitations")
    interviewers = [] if "interviewers" in hidden else _interviewers(form)
    if interviewers:
        request["interviewers"] = interviewers

    their_name = value("interviewer_tz")
    if their_name:
        request["interviewer_tz"] = their_name
    elif "interviewer_tz" not in hidden:
        # "Another zone" ticked and none chosen: ask for it by the field, the reader's other answers kept.
        raise InputError("interviewer_tz", "required")
    ended = first(form, "ended_at")
    if ended:
        zone = context.zone
        if value("ended_in") == "theirs":
            zone = zone_or_none(their_name) or context.zone
        ended_at = local_datetime(ended, zone, field_name="ended_at")
        request["ended_at"] = ended_at.isoformat()
        if value("holiday_next") == "on":
            # The reader ticks "the next working day is a holiday" and says how many working days are
            # off in a row (1 unless they change it); the request lists those dates. A day the checker
            # already counts as a holiday (Christmas, 17 August) is not one they mean: it is skipped.
            there = zone_or_none(their_name) or context.zone
            day = ended_at.astimezone(there).date()
            counted = fixed_holidays(there, day, day + timedelta(days=2 * MAX_DAYS_OFF))
            days_off = []
            for _ in range(_days_off(value("holiday_days"))):
                day = next_working_day(day, counted)
                days_off.append(day.isoformat())
            request["holidays"] = days_off
    return request


def _days_off(text: str) -> int:
    """How many working days off in a row: 1 when left empty, else a whole number up to ``MAX_DAYS_OFF``."""
    if not text.strip():
        return 1
    try:
        count = int(text.strip())
    except ValueError:
        count = 0
    if not 1 <= count <= MAX_DAYS_OFF:
        raise InputError("holiday_days", "integer", minimum=1, maximum=MAX_DAYS_OFF)
    return count


def _interviewers(form: FormValues) -> list[dict[str, str]]:
    """The group's items as the request's list, in page order (the domain's schema checks them, and
    ``Tool.read`` names an error by the page's own item)."""
    people = []
    for _index, item in group_items(form, "interviewers"):
        role = item.get("role", "unknown") or "unknown"
        person = {"name": item.get("name", "").strip()}
        if role != "unknown":
            person["role"] = role
        people.append(person)
    return people


# ---- The answer ----------------------------------------------------------------------------


def render_answer(answer: Mapping[str, Any], lang: str, link_base: str) -> Markup:
    """Verdict first; then when (the deadline as a countdown), why, how, the hesitations, the follow-up."""
    words = texts_for(CheckTexts, lang)
    by_topic: dict[str, list[Mapping[str, Any]]] = {}
    for reason in answer["reasons"]:
        by_topic.setdefault(reason["topic"], []).append(reason)

    def reasons(topic: str) -> Markup | None:
        items = by_topic.get(topic, [])
        if not items:
            return None
        return tag("ul", {"class": "ty-reasons"}, [
            tag("li", {"data-reason": item["code"]}, item["text"], " ",
                tag("a", {"href": link_base + item["link"]}, words.read_more))
            for item in items
        ])

    def part(name: str, *children: object) -> Markup:
        return tag("section", {"class": f"ty-part ty-part--{name}", "data-part": name},
                   tag("h2", {"class": "ty-heading"}, words.headings[name]), *children)

    countdown = None
    if answer.get("time_left"):
        countdown = tag(
            "p", {"class": "ty-countdown-line"},
            tag("strong", {"class": "ty-countdown", "data-timing": answer["timing"]}, answer["time_left"]),
            " ", tag("span", {"class": "ty-timing"}, answer["timing_text"]),
        )
    send_at = None
    if answer.get("send_at_text"):
        send_at = tag("p", {"class": "ty-send-at"}, answer["send_at_text"])
    hesitations = None
    if answer["hesitations"]:
        hesitations = part("hesitations", tag("ul", {"class": "ty-reasons"}, [
            tag("li", {"data-hesitation": item["code"]}, item["text"], " ",
                tag("a", {"href": link_base + item["link"]}, words.read_more))
            for item in answer["hesitations"]
        ]))
    follow_up = None
    if answer.get("follow_up_text"):
        calendar = answer.get("calendar")
        follow_up = part(
            "follow_up",
            tag("p", {"class": "ty-follow-up", "data-follow-up": answer.get("follow_up_on") or ""}, answer["follow_up_text"]),
            tag("p", {}, tag("a", {"class": "md-button ty-calendar", "download": calendar["filename"],
                                   "href": ics.data_url(calendar["text"]), "data-calendar": True},
                             words.calendar_button)) if calendar else None,
            reasons("follow_up"),
        )
    draft = draft_link(answer, link_base)
    return tag(
        "div",
        {"class": f"ty-answer ty-answer--{answer['verdict']}", "data-verdict": answer["verdict"],
         "data-message": answer.get("message") or None},
        tag("p", {"class": "ty-verdict"}, answer["headline"]),
        part(
            "when",
            tag("p", {"class": "ty-deadline", "data-deadline": answer.get("deadline") or ""}, answer["deadline_text"]),
            countdown,
            send_at,
            reasons("timing"),
        ),
        part("why", reasons("verdict")),
        part(
            "how",
            tag("p", {"class": "ty-emails", "data-emails": answer["emails"]}, answer["emails_text"]),
            tag("p", {"class": "ty-channel", "data-channel": answer["channel"]}, answer["channel_text"]),
            reasons("how"),
        ),
        hesitations,
        follow_up,
        [tag("p", {"class": "ty-note", "role": "note"}, note) for note in answer.get("notes", [])],
        tag(
            "p", {"class": "ty-check-draft"},
            tag("a", {"class": "md-button md-button--primary", "href": draft, "data-draft-link": True}, words.draft_button),
            " ", tag("span", {"class": "ty-note"}, words.draft_note),
        ) if draft else None,
    )


def draft_link(answer: Mapping[str, Any], link_base: str) -> str | None:
    """The generator's page with this situation in its ``#prefill=`` fragment (field names of the generator)."""
    draft = answer.get("draft")
    if not draft:
        return None
    values: dict[str, list[str]] = {
        # Choice fields are always given: a prefill unticks the radios it does not mention.
        "kind": [draft["kind"]],
        "lang": [draft["lang"]],
        "format": [draft["format"]],
        "step": [draft["step"]],
        "register": [draft["register"]],
        "length": [draft["length"]],
        "channel": [draft["channel"]],
    }
    if draft.get("attempt"):
        values["attempt"] = [str(draft["attempt"])]
    if draft.get("send_to") == "recruiter":  # one message in the recruiter's thread
        values["send_to"] = ["recruiter"]
        values["recruiter_interviewer"] = [str(draft.get("recruiter_interviewer") or "")]
    if draft.get("interview_date"):
        values["interview_date"] = [draft["interview_date"]]
    if draft.get("follow_up_on"):  # the reminder the generator offers after sending: the checker's own day
        values["follow_up_on"] = [draft["follow_up_on"]]
    for index, name in enumerate(draft["names"]):
        values[f"interviewers.{index}.name"] = [name]  # an unnamed interviewer still gets an item
    return link_base + PAGES["generator"] + prefill_fragment(values)


def _labels(lang: str) -> Mapping[str, str]:
    return texts_for(CheckTexts, lang).labels


def _hints(lang: str) -> Mapping[str, str]:
    return texts_for(CheckTexts, lang).hints


TOOL = Tool(
    name="check",
    operation=domain.OPERATION,
    controls=CONTROLS,
    labels=_labels,
    option_labels=option_labels,
    to_request=to_request,
    render_answer=render_answer,
    hints=_hints,
    hidden_fields=hidden_fields,
    label_variants=label_variants,
    refresh=60,  # the countdown ("masih 11 jam lagi") moves on by itself
)
