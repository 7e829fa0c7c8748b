"""The generator as the page shows it: its form, and every message with its own export buttons."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from thankyou import check, draft, export, fields, guide, ics
from thankyou.dates import format_date
from thankyou.draft import heading
from thankyou.examples import EXAMPLES, SAMPLE
from thankyou.fields import InputError, has_lone_surrogate
from thankyou import review as reviewer
from thankyou.operations import answer as answer_of
from thankyou.spelling import Lexicon
from thankyou.review.tables import BODY_LIMIT
from thankyou.texts import DEFAULT_LANGUAGE, LANGUAGES, texts_for
from thankyou.texts.common import CommonTexts
from thankyou.texts.draft import DraftTexts
from thankyou.texts.review import ReviewTexts
from thankyou.textstats import word_count
from thankyou.web import protocol
from thankyou.web.forms import NAME_KEYBOARD, ClientContext, Field, FormValues, Group, first, form_id, group_items, prefill_fragment
from thankyou.web.mail import mail_link
from thankyou.web.markup import Markup, tag
from thankyou.web.review import render_marked
from thankyou.web.tool import Tool

GROUP_FIELDS = ("name", "title", "address", "name_form", "email", "topic")
TEXT_FIELDS = ("name", "company", "role", "contact", "strength", "forgot", "why", "next_step")
CHOICES = ("lang", "register", "length", "channel")
# Choices that have a default of their own and are sent only when set.
OPTIONS = ("kind", "attempt", "offer_reply", "time_of_day", "send_to", "recruiter_interviewer", "step")
# The recruiter, when they were not on the panel: the form's fields and the request's ``recruiter`` keys.
RECRUITER_FIELDS = {"recruiter_name": "name", "recruiter_address": "address", "recruiter_email": "email"}
# The domain's names of those fields, as the page names them (an error on ``recruiter.name``).
FORM_NAMES = {f"recruiter.{key}": name for name, key in RECRUITER_FIELDS.items()}
# Which of the reader's points each kind of message can carry (the others are hidden on the form).
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    "thank_you": ("strength", "forgot", "why"),
    "late_thank_you": ("strength", "forgot"),
    "thank_you_and_follow_up": ("strength",),
    "follow_up": ("strength",),
    "confirm_next_round": ("next_step",),
    "reply_to_offer": ("offer_reply",),
}
# The reader's clock, for "Selamat pagi/siang/sore/malam": (hour from which, time of day). A message
# written after working hours is sent the next working morning (the checker's advice, the WhatsApp note),
# so it greets the morning it lands in; "malam" stays the reader's own choice.
TIME_OF_DAY_FROM = ((0, "morning"), (11, "midday"), (15, "afternoon"), (18, "morning"))

CONTROLS = (
    Field("kind", "select", options=draft.KINDS, default="thank_you"),
    Field("attempt", "radio", options=tuple(str(n) for n in draft.ATTEMPTS), default="1"),
    Field("offer_reply", "radio", options=draft.OFFER_REPLIES, default="consider"),
    Field("next_step", "text", limit=draft.LIMITS["next_step"]),
    Field("name", "text", limit=draft.LIMITS["name"], attrs={**NAME_KEYBOARD, "autocomplete": "name"}),
    Field("company", "text", limit=draft.LIMITS["company"], attrs=NAME_KEYBOARD),
    Field("role", "text", limit=draft.LIMITS["role"]),
    Field("contact", "text", limit=draft.LIMITS["contact"], sizes=("full",)),
    # What the reader took part in comes before its date: the date's label follows it ("Tanggal tes").
    Field("step", "select", options=draft.STEPS, default="interview"),
    Field("interview_date", "date"),
    Field("format", "select", options=("", *draft.FORMATS), default=""),
    Group(
        "interviewers",
        (
            Field("name", "text", limit=draft.LIMITS["interviewers.name"], attrs=NAME_KEYBOARD),
            Field("title", "text", limit=draft.LIMITS["interviewers.title"]),
            Field("address", "select", options=draft.ADDRESSES, default="none"),
            Field("name_form", "select", options=draft.NAME_FORMS, default="family"),
            Field("email", "email", limit=draft.LIMITS["interviewers.email"]),
            Field("topic", "text", limit=draft.LIMITS["interviewers.topic"]),
        ),
        minimum=1,
        maximum=draft.MAX_INTERVIEWERS,
        initial=1,
    ),
    Field("send_to", "radio", options=draft.SEND_TO, default="each"),
    Field("recruiter_interviewer", "select", options=("", *(str(n) for n in range(1, draft.MAX_INTERVIEWERS + 1))),
          default=""),
    Field("recruiter_name", "text", limit=draft.LIMITS["interviewers.name"], attrs=NAME_KEYBOARD),
    Field("recruiter_address", "select", options=draft.ADDRESSES, default="none"),
    Field("recruiter_email", "email", limit=draft.LIMITS["interviewers.email"]),
    Field("strength", "textarea", limit=draft.LIMITS["strength"]),
    Field("forgot", "textarea", limit=draft.LIMITS["forgot"], sizes=("full",)),
    Field("why", "textarea", limit=draft.LIMITS["why"]),
    Field("lang", "radio", options=LANGUAGES, default="id"),
    Field("register", "radio", options=draft.REGISTERS, default="formal"),
    Field("length", "radio", options=draft.LENGTHS, default="standard"),
    Field("channel", "radio", options=draft.CHANNELS, default="email"),
    Field("time_of_day", "select", options=("", *draft.TIMES_OF_DAY), default=""),
    Field("variant", "number", default="0", attrs={"min": 0, "max": draft.MAX_VARIANT, "step": 1, "inputmode": "numeric"}),
    # The day of the follow-up reminder offered with the finished message (the checker's link brings its own).
    Field("follow_up_on", "date"),
)

# Each message, edited in place: ``edit.N.text`` is the reader's text of message N (the textarea in
# the answer), ``edit.N.base`` the draft that text follows or started from. Rendered in the answer,
# bound to the form by ``form=``, so they travel with the form's values, into memory and back.
TOOL_NAME = "draft"
EDIT = "edit"
ANSWER_CONTROLS = (
    Group(
        EDIT,
        (Field("text", "textarea", limit=2 * BODY_LIMIT), Field("base", "hidden", limit=2 * BODY_LIMIT)),
        minimum=0,
        maximum=draft.MAX_INTERVIEWERS,
        initial=0,
    ),
)
# The channels whose message a phone hands to another app through its share sheet.
SHARE_CHANNELS = ("whatsapp", "linkedin")


def _labels(lang: str) -> Mapping[str, str]:
    return texts_for(DraftTexts, lang).labels


def _hints(lang: str) -> Mapping[str, str]:
    return texts_for(DraftTexts, lang).hints


def option_labels(name: str, lang: str) -> Mapping[str, str]:
    words = texts_for(DraftTexts, lang)
    return {
        "format": words.formats,
        "step": words.steps,
        "interviewers.address": words.addresses,
        "recruiter_address": words.addresses,
        "send_to": words.send_to_options,
        "recruiter_interviewer": words.recruiter_places,
        "lang": words.languages,
        "register": words.registers,
        "length": words.lengths,
        "channel": words.channels,
        "kind": words.kinds,
        "attempt": words.attempts,
        "offer_reply": words.offer_replies,
        "time_of_day": words.times_of_day,
        "interviewers.name_form": words.name_forms,
    }.get(name, {})


def language_defaults(lang: str) -> Mapping[str, str]:
    """On the English pages the message is in English unless the reader says otherwise."""
    return {"lang": lang}


def hidden_fields(form: FormValues) -> list[str]:
    """Fields that do not matter for the values chosen: the recipient's address and the contact line
    outside an email, the points a kind of message does not carry, the time of day outside a greeting
    by time of day, the form of an English name outside English."""
    channel = first(form, "channel", "email")
    kind = first(form, "kind", "thank_you")
    lang = first(form, "lang", "id")
    hidden = [] if channel == "email" else ["contact", "interviewers.email"]
    carried = KIND_FIELDS.get(kind, ())
    hidden += [key for key in ("strength", "forgot", "why", "next_step", "offer_reply") if key not in carried]
    if kind != "follow_up":
        hidden.append("attempt")
    if not check.reminds_after(kind, _attempt(form)):
        hidden.append("follow_up_on")  # no follow-up after this message: no reminder to set
    if not (lang == "id" and (channel == "whatsapp" or first(form, "register", "formal") == "semi_formal")):
        hidden.append("time_of_day")
    if lang != "en":
        hidden.append("interviewers.name_form")
    if first(form, "step", "interview") in draft.TESTS:
        # A test taken alone: no call or meeting to describe, one message to whoever arranged it.
        hidden += ["format", "send_to"]
    # One message in the recruiter's thread: a thank-you only; the recruiter's own fields only when
    # they were not one of the interviewers. A message about the process goes to the recruiter when one
    # is named, with no choice to make: the recruiter's fields, no "send to".
    test = first(form, "step", "interview") in draft.TESTS
    process = kind in draft.PROCESS_KINDS
    recruiter = process or (kind in draft.RECRUITER_KINDS and first(form, "send_to", "each") == "recruiter" and not test)
    if process or (kind not in draft.RECRUITER_KINDS and not test):
        hidden.append("send_to")
    if not recruiter:
        hidden.append("recruiter_interviewer")
    if not recruiter or first(form, "recruiter_interviewer"):
        hidden += list(RECRUITER_FIELDS)
    return hidden


def label_variants(form: FormValues) -> tuple[str, ...]:
    """A test taken alone: the labels speak of the test (``interview_date@test``: "Tanggal tes")."""
    return ("test",) if first(form, "step", "interview") in draft.TESTS else ()


def _attempt(form: FormValues) -> int:
    value = first(form, "attempt", "1")
    return int(value) if value in ("1", "2") else 1


def read_date(values: Mapping[str, Any], key: str) -> date | None:
    """A ``YYYY-MM-DD`` date of the form (``None`` when empty); an error names ``key``."""
    return fields.read_one(fields.Date(), values, key)


def time_of_day(context: ClientContext) -> str:
    """The reader's time of day now, for a greeting by time of day."""
    hour = context.now.astimezone(context.zone).hour
    return [name for start, name in TIME_OF_DAY_FROM if hour >= start][-1]


def to_request(form: FormValues, context: ClientContext, lang: str) -> dict[str, Any]:
    """Form values to a ``draft`` request (the domain reads it once: ``Tool.read``).

    An untouched form (nothing typed yet) asks for the sample, in the reader's chosen language,
    register, length, channel and version.
    """
    request: dict[str, Any] = {key: first(form, key) for key in (*TEXT_FIELDS, "interview_date", "format", "variant")}
    for key in CHOICES:
        request[key] = first(form, key) or (lang if key == "lang" else "")
    for key in OPTIONS:
        if first(form, key):
            request[key] = first(form, key)
    request["time_of_day"] = request.get("time_of_day") or time_of_day(context)
    for index, parts in group_items(form, EDIT):
        for part, value in parts.items():
            if has_lone_surrogate(value):
                raise InputError(edit_name(index, part), "characters")  # no encoding can carry a lone surrogate
    read_date({"follow_up_on": first(form, "follow_up_on")}, "follow_up_on")  # an error names the field
    items = group_items(form, "interviewers")
    request["interviewers"] = [{key: fields.get(key, "") for key in GROUP_FIELDS} for _index, fields in items]
    recruiter = {key: first(form, name) for name, key in RECRUITER_FIELDS.items() if first(form, name)}
    if recruiter:
        request["recruiter"] = recruiter
    typed = any(request[key].strip() for key in (*TEXT_FIELDS, "interview_date")) or any(
        item[key].strip() for item in request["interviewers"] for key in ("name", "title", "email", "topic")
    )
    if not typed:
        kind = fields.read_choice(request, "kind", draft.KINDS, default="thank_you")
        name = f"{kind.replace('_', '-')}-{request['lang']}"
        lang_shown = request["lang"] if request["lang"] in LANGUAGES else DEFAULT_LANGUAGE
        sample = EXAMPLES.get(name) or EXAMPLES[f"{SAMPLE}-{lang_shown}"]
        chosen = {key: request[key] for key in (*CHOICES, *OPTIONS, "variant") if request.get(key)}
        if chosen.get("channel") not in draft.KIND_CHANNELS[kind]:
            chosen.pop("channel", None)
        return {**sample, **chosen, "sample": True}
    return request


# ---- The messages edited in place ------------------------------------------------------------


@dataclass(frozen=True)
class Edit:
    """What one message's editable text shows, decided from the draft and what the page sent.

    ``text``: the text shown (and sent, copied, reviewed); ``base``: the draft it follows or
    started from; ``edited``: the reader's own text is kept; ``stale``: edited, and the draft has
    changed since (the form was changed): the page says so and offers the new draft;
    ``changed``: Python puts ``text`` in the field (the page sent another text).
    """

    text: str
    base: str
    edited: bool
    stale: bool
    changed: bool


def decide_edit(draft_text: str, sent: str | None, sent_base: str | None) -> Edit:
    """Follow the draft until the reader's text differs from both the draft and what it started from."""
    if sent is None or sent == draft_text or sent == sent_base:
        return Edit(draft_text, draft_text, edited=False, stale=False, changed=sent is not None and sent != draft_text)
    base = sent_base if sent_base is not None else ""
    return Edit(sent, base, edited=True, stale=base != draft_text, changed=False)


def edit_name(index: int, part: str) -> str:
    return f"{EDIT}.{index}.{part}"


def follow_answer(
    answer: Mapping[str, Any], form: FormValues, context: ClientContext, lexicons: tuple[Lexicon, ...]
) -> dict[str, Any]:
    """Each message's edit (kept or following the draft), its review, and the reminder to offer.

    The reviewer (``thankyou.review``, as on the reviewer's page) reads the text the message
    shows, with what the form knows as its context; ``lexicons`` are the spelling lists, when
    the worker has them (``word_lists_wanted`` asks for them once the reader has edited a message).
    """
    request = answer.get("request") or {}
    edits: dict[int, Edit] = {}
    reviews: dict[int, dict[str, Any]] = {}
    for message in answer["messages"]:
        index = message["index"]
        sent = form.get(edit_name(index, "text"))
        base = form.get(edit_name(index, "base"))
        edit = decide_edit(message["body"], sent[0] if sent else None, base[0] if base else None)
        edits[index] = edit
        if not edit.edited:
            # A message as generated passes the reviewer by construction (tests/unit: a property):
            # it is reviewed once the reader's own words are in it, as the field's hint says.
            continue
        reviews[index] = answer_of(reviewer.OPERATION, review_request(message, answer, edit.text, context), now=context.now,
                                   lexicons=lexicons)
    return {
        "edits": edits,
        "reviews": reviews,
        "reminder": reminder(answer, form, context),
        # The lists (about 600 KB) are fetched once the reader's own words are in a message: a draft
        # as generated is spelled from the reader's fields and the reviewed phrase banks.
        "word_lists_wanted": any(edits[index].edited and review.get("words") for index, review in reviews.items()),
    }


def review_request(message: Mapping[str, Any], answer: Mapping[str, Any], text: str, context: ClientContext) -> dict[str, Any]:
    """The reviewer's request for a message's text: what the generator knows is its context."""
    request = answer.get("request") or {}
    return {
        "lang": answer["lang"],
        "subject": message.get("subject") or "",
        "body": text,
        "context": {
            "interviewer": message["to"]["name"] or "",
            "company": request.get("company") or "",
            "role": request.get("role") or "",
            "name": request.get("name") or "",
            "topics": [message["topic"]] if message.get("topic") else [],
            "lang": answer["lang"],
            "channel": answer["channel"],
            "interview_date": request.get("interview_date") or "",
            "now": context.now.isoformat(),
        },
    }


def reminder(answer: Mapping[str, Any], form: FormValues, context: ClientContext) -> dict[str, Any] | None:
    """The follow-up reminder to offer with the message (``{day, seed, now}``), or ``None``.

    The reader's date (the checker's link brings its own), else the day the checker would count
    from the interview; none after a message that is not followed up, nor for a day gone by.
    """
    request = answer.get("request") or {}
    today = context.now.date()
    if answer.get("sample"):
        return None  # a made-up person's message: nothing to be reminded of
    try:
        chosen = read_date({"follow_up_on": first(form, "follow_up_on")}, "follow_up_on")
        interview = read_date(request, "interview_date")
    except InputError:
        return None
    kind, attempt = answer["kind"], answer.get("attempt")
    counted = check.reminder_day(kind, attempt, interview, today)
    if counted is None:
        return None
    day = chosen or counted
    if day <= today:
        return None
    seed = "|".join(str(part) for part in (kind, attempt, request.get("company"), request.get("interview_date"), day))
    # The reminder's words, as the checker's: news awaited after a test taken alone, and whether the
    # follow-up it reminds of is the second and last (after a first follow-up or the combined email).
    step = "test" if request.get("step") in draft.TESTS else "interview"
    last = check.REMINDER_AFTER.get((kind, attempt if kind == "follow_up" else None)) == "sent"
    return {"day": day, "seed": seed, "now": context.now, "step": step, "last": last}


def form_values(request: Mapping[str, Any]) -> dict[str, list[str]]:
    """A ``draft`` request as this form's values: what a ``#prefill=`` link to the generator carries."""
    values: dict[str, list[str]] = {}
    for key in (*TEXT_FIELDS, "interview_date", "format", *CHOICES, *OPTIONS, "variant"):
        if request.get(key) not in (None, ""):
            values[key] = [str(request[key])]
    for key, value in (request.get("recruiter") or {}).items():
        if value and f"recruiter_{key}" in RECRUITER_FIELDS:
            values[f"recruiter_{key}"] = [str(value)]
    for index, person in enumerate(request.get("interviewers") or []):
        for key in GROUP_FIELDS:
            if person.get(key):
                values[f"interviewers.{index}.{key}"] = [str(person[key])]
    return values


def prefill_link(page: str, values: Mapping[str, list[str]], link_base: str) -> str:
    """A link to a tool page that fills its form (the fragment never reaches a server)."""
    return f"{link_base}{guide.PAGES[page]}{prefill_fragment(values)}"


def review_values(message: Mapping[str, Any], answer: Mapping[str, Any]) -> dict[str, list[str]]:
    """The reviewer's form (field names shared between the tools) filled with one generated message."""
    request = answer["request"]
    values = {
        "subject": message.get("subject") or "",
        "body": message["body"],
        "interviewer": message["to"]["name"] or "",
        "company": request["company"],
        "role": request["role"],
        "lang": answer["lang"],
        "channel": answer["channel"],
        "interview_date": request.get("interview_date") or "",
    }
    return {key: [value] for key, value in values.items() if value}


# Messages about the process that go as a reply in a thread (the checker's "reply in thread"), and which
# thread: the thank-you's, the news', or the one that arranged the interview.
REPLY_NOTES = {"follow_up": "follow_up", "reply_to_rejection": "news", "confirm_next_round": "news",
               "reply_to_offer": "news", "withdrawal": "withdrawal"}


def render_answer(answer: Mapping[str, Any], lang: str, link_base: str) -> Markup:
    """The toolbar (another version), notes, then one block per message with its exports."""
    words = texts_for(DraftTexts, lang)
    messages = answer["messages"]
    notes = [words.channel_notes[answer["channel"]]]
    if len(messages) > 1:
        notes.append(words.panel_note)
    if answer.get("send_to") == "recruiter":
        notes.append(words.recruiter_note)
    elif answer["channel"] == "email" and answer["kind"] in REPLY_NOTES:
        # The checker sends these as replies in a thread: the subject is the thread's "Re: …", not a fresh one.
        notes.append(words.reply_notes[REPLY_NOTES[answer["kind"]]])
    return tag(
        "div",
        {"class": "ty-answer ty-draft", "data-channel": answer["channel"], "data-messages": len(messages),
         "data-sample": "true" if answer.get("sample") else None},
        tag(
            "div",
            {"class": "ty-draft-bar"},
            tag("button", {"type": "button", "class": "ty-button", "data-action": protocol.STEP,
                                 "data-event": protocol.event_attribute(protocol.STEP, control="variant")},
                words.another_version),
            " ",
            tag("span", {"class": "ty-draft-version"}, words.version.format(number=answer["variant"] + 1)),
        ),
        tag("p", {"class": "ty-note ty-draft-sample"}, words.sample_note) if answer.get("sample") else None,
        [tag("p", {"class": "ty-note"}, note) for note in notes],
        [render_message(message, answer, words, lang, link_base) for message in messages],
        render_reminder(answer.get("reminder"), words, lang),
    )


def render_reminder(planned: Mapping[str, Any] | None, words: type[DraftTexts], lang: str) -> Markup | None:
    """The follow-up reminder as the checker offers it: an all-day calendar event (.ics), in the reader's language."""
    if not planned:
        return None
    made = check.follow_up_calendar(planned["day"], lang, planned["now"], planned["seed"], step=planned["step"],
                                    last=planned["last"])
    return tag(
        "p", {"class": "ty-draft-reminder"},
        tag("a", {"class": "ty-button", "download": made["filename"], "href": ics.data_url(made["text"]),
                  "data-export": "ics", "data-calendar": True},
            words.reminder.format(date=format_date(planned["day"], lang))),
    )


def copy_button(source_id: str, label: str, copied: str) -> Markup:
    """A button that copies the element ``source_id``'s text. It holds both its labels: for a moment
    after a copy the page marks it ``data-copied`` and the style sheet shows ``copied`` instead."""
    return tag("button", {"type": "button", "class": "ty-button", "data-action": protocol.COPY,
                          "data-copy-from": f"#{source_id}"},
               tag("span", {"class": "ty-copy-label"}, label), tag("span", {"class": "ty-copied-label"}, copied))


def render_message(
    message: Mapping[str, Any], answer: Mapping[str, Any], words: type[DraftTexts], lang: str, link_base: str
) -> Markup:
    """One message: its heading, recipient and subjects, the editable text with its review, then the ways to send it."""
    index = message["index"]
    body_id = f"ty-draft-body-{index}"
    subject_id = f"ty-draft-subject-{index}"
    title = heading(message, answer, words)
    copied = texts_for(CommonTexts, lang).copied
    edit = (answer.get("edits") or {}).get(index) or decide_edit(message["body"], None, None)
    text = edit.text
    actions: list[Markup] = [
        copy_button(body_id, words.copy_body, copied),
    ]
    count = words.word_count.format(count=word_count(text))
    if answer.get("character_limit"):
        count += " · " + words.character_count.format(count=len(text), limit=answer["character_limit"])
    subjects = None
    to_line = None
    if answer["channel"] == "email":
        email = message["to"]["email"]
        subject = message["subject_options"][0]
        to_line = tag("p", {"class": "ty-draft-to"}, f"{words.to_label}: ", email or tag("em", {}, words.to_unknown))
        subjects = [
            tag("h4", {"class": "ty-heading"}, words.subjects_heading),
            tag(
                "ol",
                {"class": "ty-draft-subjects", "lang": answer["lang"]},
                [
                    tag("li", {"id": subject_id if position == 0 else None, "data-subject": position}, option)
                    for position, option in enumerate(message["subject_options"])
                ],
            ),
        ]
        # The mail app and the .eml file carry the text as the reader left it (the domain's own
        # when it is the generated text: an .eml is the answer's dearest part to build).
        edited = text != message["body"]
        eml = export.eml(message["to"]["name"], email or "", subject, text) if edited else message["eml"].encode("ascii")
        actions += [
            copy_button(subject_id, words.copy_subject, copied),
            mail_link(export.mailto(email, subject, text) if edited else message["mailto"], words.open_in_mail, lang),
            tag("a", {"class": "ty-button", "download": message["eml_filename"], "data-export": "eml",
                      "href": export.data_url(eml, "message/rfc822")}, words.download_eml),
        ]
    share = None
    if answer["channel"] in SHARE_CHANNELS:
        # Hidden until the page finds the phone's share sheet (navigator.share); nothing leaves before a tap.
        share = tag("button", {"type": "button", "class": "ty-button", "data-action": protocol.SHARE,
                               "data-share-from": f"#{body_id}", "hidden": True, "aria-describedby": f"{body_id}-share"},
                    words.share)
        actions.append(share)
    actions.append(
        tag("a", {"class": "ty-button ty-button--quiet", "data-export": "review",
                  "href": prefill_link("reviewer", review_values({**message, "body": text}, answer), link_base)},
            words.review_this)
    )
    return tag(
        "article",
        {"class": "ty-draft-message", "data-message": index, "data-edited": "true" if edit.edited else "false"},
        tag("h3", {"class": "ty-heading"}, title),
        to_line,
        subjects,
        tag("p", {"class": "ty-note ty-draft-ask", "data-ask": "topic"},
            ask_topic(message, answer, words),
            " ", words.ask_none) if "topic" in message.get("missing", ()) else None,
        tag("p", {"class": "ty-note ty-draft-ask", "data-ask": "address"},
            words.ask_address.format(name=message["to"]["name"], field=words.labels["interviewers.address"],
                                     both=texts_for(DraftTexts, "id").unnamed["neutral"]))
        if "address" in message.get("missing", ()) else None,
        tag("p", {"class": "ty-note ty-draft-ask", "data-ask": "next_step_language"},
            words.ask_next_step_language.format(
                field=words.labels["next_step"], **{
                    role: texts_for(CommonTexts, lang).language_names[code]
                    for role, code in (("message", answer["lang"]),
                                       ("written", next(code for code in LANGUAGES if code != answer["lang"])))}))
        if "next_step_language" in message.get("missing", ()) else None,
        render_editor(message, answer, edit, words, body_id),
        render_review(index, text, (answer.get("reviews") or {}).get(index), words, lang),
        None if edit.edited else render_sources(message, answer, words),
        tag("p", {"class": "ty-draft-count", "data-words": word_count(text)}, count),
        tag("h4", {"class": "ty-heading"}, words.send_heading),
        tag("div", {"class": "ty-draft-actions"}, actions),
        tag("p", {"class": "ty-hint", "id": f"{body_id}-share"}, words.share_hint) if share else None,
    )


def ask_topic(message: Mapping[str, Any], answer: Mapping[str, Any], words: type[DraftTexts]) -> str:
    """What the page asks of a message without a topic: what was discussed, or after a test taken alone,
    a part of the test worth naming (nothing was discussed there)."""
    step = (answer.get("request") or {}).get("step") or "interview"
    field = words.labels["interviewers.topic"]
    if step in draft.TESTS:
        return words.ask_topic_test.format(test=words.tests[step], field=words.labels["interviewers.topic@test"])
    return words.ask_topic.format(addressee=message["to"]["name"] if "address" in message["missing"] else message["addressee"],
                                  field=field)


def render_editor(message: Mapping[str, Any], answer: Mapping[str, Any], edit: Edit, words: type[DraftTexts],
                  body_id: str) -> Markup:
    """The message's text in a field of the form (``form=``): the page keeps it across answers (``data-keep``).

    ``data-keep-set`` when Python changes its text (the draft it follows changed); the page puts
    the new text in only if the reader has not typed since. Edited, and the form changed since: a
    note and one button that puts the new draft in place (``data-action="replace"``).
    """
    index = message["index"]
    owner = form_id(TOOL_NAME)
    hint_id = f"{body_id}-hint"
    note = None
    if edit.stale:
        note = tag(
            "p", {"class": "ty-note ty-draft-edited", "data-edited-note": True, "role": "status"},
            words.edited_note, " ",
            tag("button", {"type": "button", "class": "ty-button", "data-action": protocol.REPLACE,
                           "data-replace-field": edit_name(index, "text"),
                           "data-replace-range": f"0 {utf16_length(edit.text)}",
                           "data-replace-from": edit.text, "data-replace-with": message["body"]},
                words.take_new_draft),
        )
    rows = max(6, min(24, edit.text.count("\n") + 2))
    return tag(
        "div", {"class": "ty-draft-editor"},
        tag("label", {"for": body_id}, words.edit_label),
        tag("p", {"class": "ty-hint", "id": hint_id}, words.edit_hint),
        note,
        tag("textarea", {"id": body_id, "class": "ty-draft-body ty-draft-text", "name": edit_name(index, "text"),
                         "form": owner, "lang": answer["lang"], "rows": rows, "spellcheck": "false",
                         "maxlength": 2 * BODY_LIMIT, "aria-describedby": hint_id,
                         "data-keep": edit_name(index, "text"), "data-keep-set": edit.changed},
            edit.text),
        tag("input", {"type": "hidden", "name": edit_name(index, "base"), "form": owner, "value": edit.base}),
        tag("p", {"class": "ty-error", "data-error-for": edit_name(index, "text"), "aria-live": "polite"}),
    )


def render_review(index: int, text: str, review: Mapping[str, Any] | None, words: type[DraftTexts],
                  lang: str) -> Markup | None:
    """The reviewer's verdict on the text, and its findings marked in a copy of it (as on the reviewer's page)."""
    if review is None:
        return None
    if "error" in review:
        return tag("p", {"class": "ty-note ty-draft-review", "data-review": "error", "role": "status"},
                   words.review_error.format(message=review["error"]["message"]))
    review_words = texts_for(ReviewTexts, lang)
    findings = review["findings"]
    state = "ready" if review["ready"] else "not-ready"
    return tag(
        "div", {"class": f"ty-draft-review ty-review--{state}", "data-review": state, "data-findings": len(findings)},
        tag("p", {"class": "ty-verdict"}, review["summary"]),
        render_marked(text, findings, "body", review_words, control=edit_name(index, "text"),
                      ids=f"ty-draft-mark-{index}", heading="h4") if findings else None,
    )


def utf16_length(text: str) -> int:
    """The length a browser's text field counts (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def render_sources(message: Mapping[str, Any], answer: Mapping[str, Any], words: type[DraftTexts]) -> Markup | None:
    """"Show your words": the body again, each of the reader's sentences in a ``<mark>`` followed by the
    field it came from in square brackets (a cue that is not colour alone), courtesy lines plain.

    A native ``<details>`` (no script): closed, it shows only its summary; the copyable body above is
    untouched, and this copy carries no ``id`` a copy button could read.
    """
    said = message.get("sentences") or []
    if not any(sentence["source"] != "courtesy" for sentence in said):
        return None
    body = message["body"]
    pieces: list[Markup | str] = []
    position = 0
    for sentence in said:
        start = body.find(sentence["text"], position)
        if start < 0:
            continue
        pieces.append(body[position:start])
        end = start + len(sentence["text"])
        if sentence["source"] == "courtesy":
            pieces.append(body[start:end])
        else:
            field = sentence["source"].rsplit(".", 1)[-1]
            name = words.source_names.get(field, field)
            pieces += [tag("mark", {"class": "ty-draft-mine", "data-source": sentence["source"]}, body[start:end]),
                       " ", tag("span", {"class": "ty-draft-source"}, f"[{name}]")]
        position = end
    pieces.append(body[position:])
    return tag(
        "details",
        {"class": "ty-draft-sources"},
        tag("summary", {}, words.show_words),
        tag("p", {"class": "ty-note"}, words.show_words_note),
        tag("div", {"class": "ty-draft-body ty-draft-body--sources", "lang": answer["lang"]}, pieces),
    )


TOOL = Tool(
    name=TOOL_NAME,
    operation=draft.OPERATION,
    controls=CONTROLS,
    labels=_labels,
    option_labels=option_labels,
    to_request=to_request,
    render_answer=render_answer,
    hints=_hints,
    hidden_fields=hidden_fields,
    label_variants=label_variants,
    language_defaults=language_defaults,
    answer_controls=ANSWER_CONTROLS,
    follow_answer=follow_answer,
    form_names=FORM_NAMES,
)
