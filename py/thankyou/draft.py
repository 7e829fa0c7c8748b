"""The email generator: every message after an interview, honest by construction, from phrase banks.

A message says only what the reader typed, framed by courtesy lines from a short, reviewed set
(``texts/draft.py``): each sentence reports its source (a field such as ``interviewers.0.topic``, or
``courtesy``). The reader's phrases are fitted to the frames (``phrasing.py``), honorifics and titles
typed in a name are used once, and the greeting follows the conventions of the language, register
and channel. A thank-you to a panel is one message per interviewer, each around its own topic, with
the reader's other points placed once each where they fit; every other kind is one message.

Everything here is deterministic: sentences are chosen by the explicit ``variant`` number and by each
interviewer's place in the panel, never at random, so the same request always gives the same text.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from itertools import combinations
from typing import Any

from thankyou import export, fields
from thankyou.phrasing import (BALINESE_BIRTH_NAMES, HONORIFICS, POST_SMALL_WORDS, Name, typed_post, company_in_english, TOOL_NAMES, TOOL_PHRASES, TOOL_WORDS, LISTED_TOOL_NAMES, as_aspiration, as_clause, as_own, capitalise_name, company_name, describes_a_thing, ends_in_aside,
                               fit_phrase, gives_its_reason, REGIONS, Phrase, own_name, parse_name, role_name, roots, shouted, as_position)
from thankyou.phrasing import RULES as PHRASE_RULES
from thankyou.review.tables import DRAFT_LANGUAGES
from thankyou.review.vocabulary import PLACE_NAMES
from thankyou.operations import Operation
from thankyou.fields import Boolean, Choice, Date, InputError, Integer, ListOf, Record, Text
from thankyou.texts import texts_for
from thankyou.texts.common import CommonTexts
from thankyou.texts.draft import DraftTexts
from thankyou.texts.draft_language import DraftLanguage, written_form
from thankyou.textstats import trigrams, word_count
from thankyou.textstats import words as words_of

KINDS = (
    "thank_you",
    "late_thank_you",
    "thank_you_and_follow_up",
    "follow_up",
    "reply_to_rejection",
    "withdrawal",
    "confirm_next_round",
    "reply_to_offer",
)
ATTEMPTS = (1, 2)
ADDRESSES = ("bapak", "ibu", "mr", "ms", "mrs", "mas", "mbak", "kak", "first_name", "none")
NAME_FORMS = ("family", "given", "full")  # an English greeting: "Ms. Wijaya", "Ms. Rina", "Ms. Rina Wijaya"
TIMES_OF_DAY = ("morning", "midday", "afternoon", "evening")  # "Selamat pagi/siang/sore/malam"
# How the reader answers an offer: thanks and time to read it, a clear yes, or a clear, graceful no
# (thanks, the decision in one sentence with no reasons given, the door left open).
OFFER_REPLIES = ("consider", "accept", "decline")
# Whom a thank-you goes to: one message per interviewer, or ONE message to the recruiter, in the
# thread of their invitation, that names every interviewer and asks the recruiter to pass the thanks
# on (the guide: "Jika tidak punya alamat email"). The recruiter is either one of the interviewers
# (``recruiter_interviewer``: their number, from 1) or someone else (``recruiter``: name, address, email).
SEND_TO = ("each", "recruiter")
RECRUITER_KINDS = ("thank_you", "late_thank_you", "thank_you_and_follow_up")  # the others answer one person
# Messages about the process itself (a follow-up, a reply to news, a withdrawal, a confirmation, a reply
# to an offer) go to whoever coordinates it: the recruiter, when the reader named one (on the panel:
# ``recruiter_interviewer``; else ``recruiter``), else the first interviewer. No ``send_to`` is needed.
PROCESS_KINDS = ("follow_up", "reply_to_rejection", "withdrawal", "confirm_next_round", "reply_to_offer")
RECRUITER_CHANNELS = ("email", "whatsapp")  # a reply in the thread, or the recruiter's chat
FORMATS = ("phone", "video", "in_person")
# What the message thanks for: an interview, or a test taken alone (no interviewer: the checker's
# assessment "with_interviewer": False), which the message names as the test it was ("tes tertulis",
# "the written test"), never as an interview. "test" is a test of a kind the reader did not say.
STEPS = ("interview", "test", "written_test", "psychological_test", "technical_test")
TESTS = STEPS[1:]
REGISTERS = ("formal", "semi_formal")
LENGTHS = ("short", "standard")
CHANNELS = ("email", "linkedin", "whatsapp", "card")
# Where each kind of message makes sense: a card is a thank-you only; news is answered where it came.
KIND_CHANNELS: dict[str, tuple[str, ...]] = {
    "thank_you": CHANNELS,
    "late_thank_you": CHANNELS,
    "thank_you_and_follow_up": ("email", "linkedin", "whatsapp"),
    "follow_up": ("email", "linkedin", "whatsapp"),
    "reply_to_rejection": ("email", "linkedin", "whatsapp"),
    "withdrawal": ("email", "linkedin", "whatsapp"),
    "confirm_next_round": ("email", "whatsapp"),
    "reply_to_offer": ("email", "whatsapp"),
}

# The longest value each field accepts, in characters: room for a long name with academic titles,
# a company's full legal name, or one sentence-sized phrase; beyond that it no longer reads as
# part of a short message. Group fields are keyed ``interviewers.FIELD``.
LIMITS: dict[str, int] = {
    "name": 80,
    "company": 100,
    "role": 100,
    "contact": 160,
    "interviewers.name": 80,
    "interviewers.title": 80,
    "interviewers.email": 254,  # the longest address SMTP can carry (RFC 5321 errata 1690)
    "interviewers.topic": 160,
    "strength": 160,
    "forgot": 200,
    "why": 160,
    "next_step": 160,
}
MAX_INTERVIEWERS = 5
MAX_VARIANT = 9999

# Words per message, counted with textstats.word_count over the whole text (greeting to signature).
WORD_RANGES: dict[tuple[str, str], tuple[int, int]] = {
    ("email", "short"): (60, 100),
    ("email", "standard"): (100, 180),
    ("linkedin", "short"): (40, 80),
    ("linkedin", "standard"): (60, 120),
    ("whatsapp", "short"): (25, 70),
    ("whatsapp", "standard"): (40, 100),
    ("card", "short"): (25, 70),
    ("card", "standard"): (40, 100),
}
# LinkedIn Help ("Send an InMail message", linkedin.com/help/linkedin/answer/437) allows 2,000
# characters in an InMail body; many guides still quote the older 1,900. A message to a connection
# may be longer, so staying under 1,900 fits every kind of LinkedIn message except the
# connection-request note (200 characters on a free account), which is not what this writes.
CHARACTER_LIMITS: dict[str, int] = {"linkedin": 1900}
# The fewest words a message should have: a little above the reviewer's own floor (review.tables.LENGTH),
# so a true but short message is completed with a courtesy rather than called too short.
MINIMUM_WORDS: dict[str, int] = {"email": 55, "linkedin": 30, "whatsapp": 20, "card": 25}
# A short message leaves out the courtesies a standard one says (those kept below ``SHORT_KEEP``, never a
# sentence that frames the reader's words, nor its only thanks). A short message about the process (a reply
# to an offer, a withdrawal), which the reviewer never calls too short, is completed only up to these fewest
# words, still above the reviewer's floor for a thank-you (review.tables.LENGTH); a thank-you keeps ``MINIMUM_WORDS``.
SHORT_MINIMUM_WORDS: dict[str, int] = {"email": 45, "linkedin": 30, "whatsapp": 20, "card": 25}
SHORT_KEEP = 5
# Subject lines longer than this are cut off in most inbox lists.
SUBJECT_LIMIT = 70
SUBJECT_OPTIONS = 3
# No two messages of one panel share more than this share of word trigrams (textstats).
PANEL_SIMILARITY_BOUND = 0.4

# Template marks a reader may have pasted from a template: sent on, they would reach the interviewer.
TEMPLATE_MARK = re.compile(r"\[[^\]]*\]|\{[^}]*\}|<[^>]*>|\bx{3,}\b|\blorem\b", re.IGNORECASE)
# Invisible characters that only cause trouble in a name or a header: zero-width space, word
# joiner, byte-order mark, soft hyphen, and the bidirectional embeddings, overrides and isolates.
# (Zero-width joiner and non-joiner are kept: some scripts and emoji need them.)
INVISIBLE = frozenset("\u200b\u2060\ufeff\u00ad\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
EMAIL_ADDRESS = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`|~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"
)
# Trailing marks removed from the reader's phrases, which the generator ends with its own full stop.
PHRASE_END = ".!?,;:…。 "
FIELD_END = ",;: "

GENDER_OF_ADDRESS = {"bapak": "male", "mr": "male", "mas": "male", "ibu": "female", "ms": "female", "mrs": "female", "mbak": "female"}


@dataclass(frozen=True)
class Interviewer:
    """One interviewer as the reader described them; every field may be empty."""

    name: str = ""
    title: str = ""
    address: str = "none"
    email: str = ""
    topic: str = ""
    name_form: str = "family"


@dataclass(frozen=True)
class DraftRequest:
    """A validated request: clean text only, every choice one of its options."""

    name: str
    company: str
    role: str
    contact: str = ""
    interview_date: date | None = None
    format: str = ""
    step: str = "interview"
    interviewers: tuple[Interviewer, ...] = ()
    strength: str = ""
    forgot: str = ""
    why: str = ""
    lang: str = "id"
    register: str = "formal"
    length: str = "standard"
    channel: str = "email"
    variant: int = 0
    kind: str = "thank_you"
    attempt: int = 1
    next_step: str = ""
    offer_reply: str = "consider"
    time_of_day: str = "midday"
    send_to: str = "each"
    recruiter: Interviewer | None = None  # the recruiter when they were not on the panel
    recruiter_interviewer: int = 0  # the recruiter is interviewer N (from 1); 0: not on the panel
    sample: bool = False  # the page's untouched form: the guide's sample, said to be one


# ---- Reading the request ----------------------------------------------------------------


def clean_text(value: str) -> str:
    """The reader's text as it goes into a message: one line, NFC, no invisible or control marks."""
    value = unicodedata.normalize("NFC", value)
    kept = []
    for char in value:
        if char in INVISIBLE:
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Zl", "Zp"):
            kept.append(" ")
        elif category == "Cf" and char not in "\u200c\u200d":
            continue
        else:
            kept.append(char)
    return " ".join("".join(kept).split())


def _refuse_template_marks(value: str, field: str) -> None:
    if TEMPLATE_MARK.search(value):
        raise InputError(field, "placeholder")


def _check_name(value: str, field: str) -> None:
    """A name is written in letters: one without any (". 0", "---") would greet nobody ("Yth. .,")."""
    _refuse_template_marks(value, field)
    if value and not any(char.isalpha() for char in value):
        raise InputError(field, "name_letters")


def _check_email(value: str, field: str) -> None:
    _refuse_template_marks(value, field)
    if value and not EMAIL_ADDRESS.match(value):
        raise InputError(field, "email")


def _clean_field(value: str) -> str:
    return clean_text(value).rstrip(FIELD_END)


def _clean_phrase(value: str) -> str:
    """A phrase the message frames: its trailing marks go too (the frame ends the sentence)."""
    return clean_text(value).rstrip(PHRASE_END)


def _clean_question(value: str) -> str:
    """A forgotten point keeps one question mark it ended with ("is the role hybrid?"): it says the point is
    a question the reader meant to ask (``phrasing.fit_phrase``), which its frame then asks."""
    cleaned = _clean_phrase(value)
    return cleaned + "?" if cleaned and "?" in clean_text(value)[len(cleaned):] else cleaned


def _text(key: str, help: str, *, phrase: bool = False, required: bool = False, check=_refuse_template_marks,
          clean=None) -> Text:
    """A reader's text (see :func:`clean_text`); template marks such as ``[Nama]`` are refused."""
    return Text(limit=LIMITS[key], required=required, clean=clean or (_clean_phrase if phrase else _clean_field),
                check=check, help=help)


# One interviewer (or the recruiter): every field may be empty.
PERSON = Record(fields={
    "name": _text("interviewers.name", "their name", check=_check_name),
    "title": _text("interviewers.title", "their title or position"),
    "address": Choice(options=ADDRESSES, default="none", help="how you address them"),
    "email": _text("interviewers.email", "their email address", check=_check_email),
    "topic": _text("interviewers.topic", "what you discussed with them", phrase=True),
    "name_form": Choice(options=NAME_FORMS, default="family", help="the name an English greeting uses"),
})

# The request, declared once: read by :func:`read_request`, and the source of the command line's
# flags and of what the README lists.
REQUEST = Record(fields={
    "kind": Choice(options=KINDS, default="thank_you", help="the message the situation calls for"),
    "channel": Choice(options=CHANNELS, default="email", help="where it is sent"),
    "interviewers": ListOf(item=PERSON, limit=MAX_INTERVIEWERS, flag=None, help="the panel",
                           # an item with every field empty (an untouched form row) is left out
                           skip=lambda person: not (person["name"] or person["title"] or person["email"] or person["topic"])),
    "send_to": Choice(options=SEND_TO, default="each", help="one message per interviewer, or one in the recruiter's thread"),
    "recruiter_interviewer": Integer(minimum=0, maximum=MAX_INTERVIEWERS, code="choice",
                                     help="the recruiter is interviewer N (from 1)"),
    "recruiter": Record(fields=PERSON.fields, flag=None, help="the recruiter, when they were not on the panel"),
    "attempt": Integer(minimum=ATTEMPTS[0], maximum=ATTEMPTS[-1], default=1, code="choice", help="which follow-up this is"),
    "next_step": _text("next_step", "the next round, as the invitation gives it", phrase=True),
    "offer_reply": Choice(options=OFFER_REPLIES, default="consider", help="how you answer an offer"),
    "time_of_day": Choice(options=TIMES_OF_DAY, default="midday", help="for a greeting by time of day"),
    "lang": replace(fields.LANGUAGE, help="the message's language"),
    "name": _text("name", "your name", required=True, check=_check_name),
    "company": _text("company", "the company", required=True),
    "role": _text("role", "the position", required=True),
    "contact": _text("contact", "a contact line for the signature"),
    "interview_date": Date(help="the date of the interview"),
    "format": Choice(options=FORMATS, default="", help="how the interview was held (not said of a test)"),
    "step": Choice(options=STEPS, default="interview", help="what the message thanks for: an interview, or a test taken alone"),
    "strength": _text("strength", "a strength or experience to reinforce", phrase=True),
    "forgot": _text("forgot", "something you forgot to mention", clean=_clean_question),
    "why": _text("why", "why you want the role", phrase=True),
    "register": Choice(options=REGISTERS, default="formal", help="how formal"),
    "length": Choice(options=LENGTHS, default="standard", help="how long"),
    "variant": Integer(minimum=0, maximum=MAX_VARIANT, help="another version: 0, 1, 2, ..."),
    # The page's untouched form asks for the sample (and says so); not a reader's choice.
    "sample": Boolean(internal=True),
})


def newest_day(now: datetime) -> date:
    """Today's date where the day starts first (UTC+14): no date after it has been anywhere yet."""
    return (now.astimezone(timezone.utc) + timedelta(hours=14)).date()


def read_request(request: Mapping[str, Any], *, now: datetime | None = None) -> DraftRequest:
    """Validate a ``draft`` request (the JSON of the README); raises :class:`InputError` on a field."""
    given = fields.read(REQUEST, request, now=now)
    # Every message speaks of a day that has been: a date still to come even where the day starts
    # first (UTC+14) is a slip of the year or the month, and "the interview on 1 June" would thank
    # for what has not happened.
    if now is not None and given["interview_date"] is not None and given["interview_date"] > newest_day(now):
        raise InputError("interview_date", "date_future")
    kind, channel = given["kind"], given["channel"]
    if channel not in KIND_CHANNELS[kind]:
        raise InputError("channel", "choice", options=", ".join(KIND_CHANNELS[kind]))
    interviewers = tuple(Interviewer(**person) for person in given["interviewers"])
    # Only a thank-you is ever split per interviewer: for every other kind "send_to" changes nothing.
    send_to = given["send_to"] if kind in RECRUITER_KINDS else "each"
    recruiter, recruiter_interviewer = None, 0
    if send_to == "recruiter" and channel not in RECRUITER_CHANNELS:
        raise InputError("channel", "choice", options=", ".join(RECRUITER_CHANNELS))
    if send_to == "recruiter" or kind in PROCESS_KINDS:
        recruiter_interviewer = given["recruiter_interviewer"]
        if recruiter_interviewer > len(interviewers):
            raise InputError("recruiter_interviewer", "choice",
                             options=", ".join(str(n) for n in range(1, len(interviewers) + 1)) or "-")
        if not recruiter_interviewer and request.get("recruiter") not in (None, "", {}):
            recruiter = Interviewer(**{**given["recruiter"], "topic": ""})
            # An untouched form's empty recruiter: the message goes to the first interviewer. A form of
            # address chosen for the recruiter ("Ibu", no name typed) is the reader's word that the message
            # is the recruiter's.
            if kind in PROCESS_KINDS and not (recruiter.name or recruiter.title or recruiter.email
                                              or recruiter.address != "none"):
                recruiter = None
    if given["step"] in TESTS:
        # A test taken alone: one short message to whoever arranged it (the checker's "one_to_organiser"),
        # the recruiter when the reader said who that is; no one else is named or thanked for an interview.
        if recruiter_interviewer:
            interviewers = (interviewers[recruiter_interviewer - 1],)
        elif recruiter is not None:
            interviewers = (recruiter,)
        send_to, recruiter, recruiter_interviewer = "each", None, 0
        interviewers = interviewers[:1]
    _refuse_other_language(given, interviewers)
    return fields.build(DraftRequest, given, channel=channel, interviewers=interviewers, send_to=send_to,
                        recruiter=recruiter, recruiter_interviewer=recruiter_interviewer)


# A phrase the message quotes must be in the message's language: "I believe Saya pernah menata
# ulang gudang" reads as a broken template. Told by the common words of each language: this many
# of another language's, and none of the message's own (a term borrowed from English in an
# Indonesian phrase, "menangani on-call", is no reason to refuse it).
OTHER_LANGUAGE_WORDS = 2
PHRASE_FIELDS = ("strength", "forgot", "why", "next_step")


def written_in(text: str, lang: str, *, joined: bool = True) -> str | None:
    """The other language ``text`` is clearly written in, or ``None`` when it may be ``lang``'s.
    ``joined``: one of the other language's ``unborrowed`` grammar words typed small is enough (not for
    the next round, quoted as typed and flagged when mixed: :func:`mixed_in`)."""
    tokens = words_of(text.casefold())
    scores = {code: sum(token in language.function_words for token in tokens) for code, language in DRAFT_LANGUAGES.items()}
    if scores.get(lang, 0):
        return None
    others = [code for code, score in scores.items() if code != lang and score >= OTHER_LANGUAGE_WORDS]
    if others:
        return max(others, key=scores.__getitem__)
    if joined:
        small = [word for word in words_of(text) if word[:1].islower()]
        for code, rules in PHRASE_RULES.items():
            if code != lang and any(word in rules.unborrowed for word in small):
                return code
    return _shaped_in(text, lang)


def _shaped_in(text: str, lang: str) -> str | None:
    """A short phrase with no grammar word of either language ("sistem pembayaran" in an English
    message) is the other language's when at least two of its words, and half of them, are that
    language's by their shape (``PhraseRules.word_shapes``) or are its common words, none being a word of
    ``lang``'s own; words typed with a capital are names ("Bank Rakyat"), and count for neither."""
    own = PHRASE_RULES[lang]
    words = [word for word in words_of(text) if word.isalpha()]
    plain = [word.casefold() for word in words if not word[:1].isupper()]
    for code, rules in PHRASE_RULES.items():
        if code == lang or not rules.word_shapes:
            continue
        theirs = [word for word in plain if word not in own.common and word not in DRAFT_LANGUAGES[lang].function_words
                  and (re.match(rules.word_shapes, word) or word in rules.common or word in rules.verbs)]
        # a strong shape counts twice in a phrase ("pengelolaan arsip digital"); one word alone is too little
        weight = len(theirs) + (sum(bool(re.match(rules.strong_shapes, word)) for word in theirs) if len(words) > 1 else 0)
        if weight >= OTHER_LANGUAGE_WORDS and 2 * weight >= len(words):
            return code
    return None


def mixed_in(text: str, lang: str) -> str | None:
    """The other language a phrase also speaks in, though not clearly written in it (which
    :func:`written_in` refuses): a grammar word of its own typed small ("HR interview on Monday", "interview
    dengan direktur"), a day or a month of its own ("Final interview, Friday 10am", "final round Senin"),
    and in an English message an Indonesian word for a round ("tes psikologi", "wawancara akhir"; English
    round words such as "user interview" are everyday Indonesian office words). ``None`` when none is."""
    tokens = re.findall(r"[^\W\d_][\w'’-]*", text)
    own_words = DRAFT_LANGUAGES[lang].function_words | PHRASE_RULES[lang].common | PHRASE_RULES[lang].round_words
    for code, language in DRAFT_LANGUAGES.items():
        if code == lang:
            continue
        theirs = set(language.function_words)
        if lang == "en":
            theirs |= PHRASE_RULES[code].round_words
        for token in tokens:
            folded = token.casefold()
            if folded in own_words or folded in _CALENDAR_NAMES.get(lang, ()):
                continue
            if folded in _CALENDAR_NAMES.get(code, ()) or (token[:1].islower() and folded in theirs):
                return code
    return None


def _refuse_other_language(given: Mapping[str, Any], interviewers: Sequence[Interviewer]) -> None:
    lang = given["lang"]
    phrases = [(key, given[key]) for key in PHRASE_FIELDS] + [
        (f"interviewers.{index}.topic", person.topic) for index, person in enumerate(interviewers)]
    for field, text in phrases:
        other = written_in(text, lang, joined=field != "next_step") if text else None
        if other:
            raise InputError(field, "other_language", written=other, message=lang)


# ---- Composing ----------------------------------------------------------------------------

MUST = 100  # a slot that is never dropped to shorten a message
MOST_THANKS = 2  # sentences that thank, per message: the opening's and one more, never a third at the close


@dataclass(frozen=True)
class Slot:
    """One sentence of a message: the bank it comes from, its paragraph, and how long it is kept.

    ``keep``: when a message is too long, the slot with the lowest value goes first; a ``reserve``
    courtesy is said only when the message would otherwise be shorter than its channel's fewest
    words (``MINIMUM_WORDS``). ``needs``
    names the reader's field the sentence frames (its source); without that field the slot is left
    out. ``instead_of``: a courtesy that stands in when that field is empty. ``channels``: the
    channels it appears in (all when empty). ``when``: request values it depends on.
    """

    bank: str
    paragraph: int
    keep: int
    needs: str = ""
    instead_of: str = ""
    channels: tuple[str, ...] = ()
    when: tuple[tuple[str, object], ...] = ()
    reserve: bool = False  # a courtesy said only when the message would otherwise be too short
    thanks: bool = False  # the sentence thanks (or says the reader is grateful): at most two per message


LETTERS = ("email", "linkedin", "card")
NOT_CHAT = ("email", "linkedin", "card")
LONG = ("email", "linkedin")

# What each kind of message is made of, in reading order. Sentences that frame the reader's words
# name the field (``needs``); every other sentence is a courtesy. Nothing else is said.
SHAPES: dict[str, tuple[Slot, ...]] = {
    "thank_you": (
        Slot("opening", 1, MUST, channels=NOT_CHAT, thanks=True),
        Slot("chat_opening", 1, MUST, channels=("whatsapp",), thanks=True),
        Slot("topic", 2, 90, "topic"),
        Slot("strength", 2, 7, "strength", channels=NOT_CHAT + ("whatsapp",)),
        Slot("why", 3, 5, "why", channels=("email", "linkedin", "whatsapp")),
        Slot("forgot", 3, 6, "forgot", channels=("email", "linkedin", "whatsapp")),
        Slot("thank_interest", 4, 4, instead_of="why", channels=LONG),  # the reader's reason says it better
        Slot("offer", 4, 3, channels=LONG),
        Slot("reachable", 4, 1, channels=LONG, reserve=True),
        Slot("look_forward", 4, 8, channels=("email", "linkedin", "whatsapp")),
        Slot("thanks_again", 4, 2, channels=LETTERS, thanks=True),
    ),
    "late_thank_you": (
        Slot("late_opening", 1, MUST, channels=NOT_CHAT, thanks=True),
        Slot("late_chat_opening", 1, MUST, channels=("whatsapp",), thanks=True),
        Slot("topic", 2, 90, "topic"),
        Slot("strength", 2, 5, "strength"),
        Slot("forgot", 2, 4, "forgot", channels=LONG),
        Slot("thank_interest", 3, 3, channels=LONG, reserve=True),
        Slot("offer", 3, 1, channels=LONG, reserve=True),
        Slot("look_forward", 3, 8, channels=("email", "linkedin", "whatsapp")),
        Slot("thanks_again", 3, 2, channels=LETTERS, thanks=True),
    ),
    "thank_you_and_follow_up": (
        Slot("chat_intro", 1, MUST, channels=("whatsapp",)),
        Slot("thanks_follow_opening", 1, MUST, thanks=True),
        Slot("topic", 1, 90, "topic"),
        Slot("strength", 2, 4, "strength"),
        Slot("status_question", 2, MUST),
        Slot("interest", 2, 6),
        Slot("offer", 3, 1, channels=LONG, reserve=True),
        Slot("look_forward", 3, 1, channels=LONG, reserve=True),
        Slot("close_thanks", 3, 5, thanks=True),
    ),
    "follow_up": (
        Slot("chat_intro", 1, MUST, channels=("whatsapp",)),
        Slot("follow_opening", 1, MUST, when=(("attempt", 1),)),
        Slot("recall_topic", 1, 6, "topic", when=(("attempt", 1),)),
        Slot("follow_question", 2, MUST, when=(("attempt", 1),)),
        Slot("interest", 2, 7, when=(("attempt", 1),)),
        Slot("strength", 2, 3, "strength", when=(("attempt", 1),)),
        Slot("second_opening", 1, MUST, when=(("attempt", 2),)),
        # Still interested in THIS role, said with the reminder: after "if it has been filled … other
        # openings" it would read as an afterthought.
        Slot("interest", 1, 2, when=(("attempt", 2),), reserve=True),
        Slot("second_question", 2, MUST, when=(("attempt", 2),)),
        Slot("future", 2, 6, when=(("attempt", 2),)),
        Slot("offer", 3, 1, channels=LONG, reserve=True),
        Slot("look_forward", 3, 1, channels=LONG, when=(("attempt", 1),), reserve=True),
        Slot("close_thanks", 3, 5, thanks=True),
    ),
    "reply_to_rejection": (
        Slot("chat_intro", 1, MUST, channels=("whatsapp",)),
        Slot("rejection_thanks", 1, MUST, thanks=True),
        Slot("rejection_process", 1, 8),
        Slot("rejection_topic", 1, 4, "topic"),
        Slot("future", 2, 7),
        Slot("keep_in_touch", 2, 2, reserve=True),
        Slot("wish", 2, 6),
        Slot("close_thanks", 2, 1, reserve=True, thanks=True),
    ),
    "withdrawal": (
        Slot("chat_intro", 1, MUST, channels=("whatsapp",)),
        Slot("withdrawal_notice", 1, MUST),
        Slot("withdrawal_early", 1, 4),  # "so that you can plan": the first a short message leaves out
        Slot("withdrawal_thanks", 2, 8, thanks=True),
        Slot("process_wish", 2, 2, reserve=True),
        Slot("wish", 2, 6),
        Slot("close_thanks", 2, 1, reserve=True, thanks=True),
    ),
    "confirm_next_round": (
        Slot("chat_intro", 1, MUST, channels=("whatsapp",)),
        Slot("next_thanks", 1, MUST, thanks=True),
        Slot("next_confirm", 1, MUST, "next_step"),
        Slot("next_confirm_plain", 1, MUST, instead_of="next_step"),
        Slot("next_prepare", 2, 7),
        Slot("next_look_forward", 2, 1, reserve=True),
        Slot("close_thanks", 2, 5, thanks=True),
    ),
    "reply_to_offer": (
        Slot("chat_intro", 1, MUST, channels=("whatsapp",)),
        Slot("offer_thanks", 1, MUST, thanks=True),
        Slot("offer_pleased", 1, 2, when=(("offer_reply", "consider"),), reserve=True),
        Slot("offer_accept", 1, MUST, when=(("offer_reply", "accept"),)),
        Slot("offer_consider", 1, MUST, when=(("offer_reply", "consider"),)),
        Slot("offer_accept_close", 1, 9, when=(("offer_reply", "accept"),)),
        Slot("offer_accept_next", 2, 8, when=(("offer_reply", "accept"),)),
        Slot("offer_consider_question", 2, 8, when=(("offer_reply", "consider"),)),
        Slot("offer_decline", 1, MUST, when=(("offer_reply", "decline"),)),
        # Said with the no, so the message still ends on the wish.
        Slot("offer_decline_more", 1, 1, when=(("offer_reply", "decline"),), reserve=True),
        Slot("offer_decline_thanks", 2, 8, when=(("offer_reply", "decline"),), thanks=True),
        Slot("offer_decline_door", 2, 6, when=(("offer_reply", "decline"),)),
        Slot("offer_decline_wish", 2, 4, when=(("offer_reply", "decline"),)),  # the company is named once already
        # A short reply that has thanked twice already may fall below an email's fewest words: a courtesy
        # that does not thank a third time completes it (a way to reach the reader, the answer to come).
        Slot("offer_accept_more", 2, 1, when=(("offer_reply", "accept"),), reserve=True),
        Slot("offer_consider_more", 2, 1, when=(("offer_reply", "consider"),), reserve=True),
        # "Kesempatan ini sangat saya hargai" after a no would thank twice for what was just turned down.
        Slot("offer_again", 2, 1, when=(("offer_reply", "consider"),), reserve=True, thanks=True),
        Slot("offer_again", 2, 1, when=(("offer_reply", "accept"),), reserve=True, thanks=True),
        # A no has thanked twice already (for the offer, for the time): it ends on the wish, not "Many thanks."
        Slot("close_thanks", 2, 5, when=(("offer_reply", "consider"),), thanks=True),
        Slot("close_thanks", 2, 5, when=(("offer_reply", "accept"),), thanks=True),
    ),
}
# Paragraph numbers kept free, after the opening one, for the paragraphs naming the other interviewers.
THREAD_PARAGRAPHS = MAX_INTERVIEWERS
# The openings of a message in the recruiter's thread when the recruiter was not on the panel.
THREAD_OPENINGS = {
    "opening": "recruiter_opening", "late_opening": "recruiter_late_opening",
    "chat_opening": "recruiter_chat_opening", "late_chat_opening": "recruiter_late_chat_opening",
    # About a week on, the thanks and the question together: still thanks for arranging, not for interviewing.
    "thanks_follow_opening": "recruiter_opening",
}
# The reader's points that go into one message of a panel only, each where it fits best.
PANEL_POINTS = ("strength", "why", "forgot")
# Banks whose sentences differ between the members of one panel (courtesies included, so a panel's
# messages do not read alike); every other bank is picked by the version number alone. The email that
# thanks and asks for news after about a week goes to each member of a panel too (the guide, "If you are
# late": "the short email to each interviewer does both"), so its own banks differ between them as well.
# Short courtesies with fewer sentences than a panel's five members: they still turn from one member to
# the next, so the first three members' messages differ in them too (a panel thanked and asked after a
# week shares little else: its messages read alike without them).
PANEL_TURNED = ("interest", "close_thanks")
BANK_ORDER = ("opening", "chat_opening", "late_opening", "late_chat_opening", "topic", "thank_interest", "offer",
              "look_forward", "thanks_again", "thanks_follow_opening", "status_question")


@dataclass(frozen=True)
class Recipient:
    """How one message addresses its reader: greeting line(s), pronoun, and the ``to`` it reports."""

    greeting: str
    opening_line: str  # "Dengan hormat," on its own line, or ""
    pronoun: str
    addressee: str  # as the page names them when it asks for a topic ("Ibu Dita", "Ms. Lopez")
    name: str
    email: str
    title: str
    topic: str
    asks_address: bool = False  # the body says "Bapak/Ibu" (or "Dr. Sari") for want of the reader's choice: the page asks
    said_as: str = ""  # how the body refers to them instead of a pronoun ("Dr. Sari"), or "" for the pronoun
    group: bool = False  # the reader is a team ("Dear Hiring Team at Accenture,"), not one person


def draft(request: Mapping[str, Any] | DraftRequest, *, now: datetime | None = None) -> dict[str, Any]:
    """The ``draft`` operation: every message, with its exports, as plain JSON data.

    ``request``: as the README gives it, or already read (:func:`read_request`, as the page does).
    ``now`` is taken for the operations' common call; no part of a message depends on it."""
    parsed = request if isinstance(request, DraftRequest) else read_request(request, now=now)
    sample = parsed.sample
    messages = compose(parsed)
    low, high = WORD_RANGES[(parsed.channel, parsed.length)]
    return {
        "lang": parsed.lang,
        "kind": parsed.kind,
        "send_to": parsed.send_to,
        "attempt": parsed.attempt if parsed.kind == "follow_up" else None,
        "channel": parsed.channel,
        "register": parsed.register,
        "length": parsed.length,
        "variant": parsed.variant,
        "sample": sample,
        "word_range": [low, high],
        "character_limit": CHARACTER_LIMITS.get(parsed.channel),
        "panel_similarity": panel_similarity([message["body"] for message in messages]),
        "request": _echo(parsed),
        "messages": messages,
    }


def compose(request: DraftRequest) -> list[dict[str, Any]]:
    """One message per interviewer for a thank-you, late or with the follow-up (``PANEL_KINDS``; one to the
    hiring team when none was named);
    one message for every other kind: to the recruiter when a message about the process names one
    (``PROCESS_KINDS``), else to the first interviewer named."""
    words = texts_for(DraftTexts, request.lang)
    if request.send_to == "recruiter":
        return [compose_thread(request, words)]
    people: Sequence[Interviewer | None] = request.interviewers or (None,)
    if request.kind in PROCESS_KINDS and request.recruiter_interviewer:
        # The recruiter sat on the panel: the message is theirs, with their own topic (and its source).
        member = request.recruiter_interviewer - 1
        return [compose_one(request, people[member], member, 1, words, {})]
    if request.kind in PROCESS_KINDS and request.recruiter is not None:
        return [compose_one(request, request.recruiter, 0, 1, words, {})]
    if request.kind not in PANEL_KINDS:
        people = people[:1]
    places = place_points(request, people)
    return [compose_one(request, person, member, len(people), words, places) for member, person in enumerate(people)]


@dataclass(frozen=True)
class Thread:
    """One message in the recruiter's thread: whether the recruiter sat on the panel, and the others
    it names, each with their place in the panel (for the source of their topic)."""

    on_panel: bool
    others: tuple[tuple[int, Interviewer], ...]
    topics: int = MAX_INTERVIEWERS  # how many of the others' topics it says (the first ones)


def compose_thread(request: DraftRequest, words: type[DraftTexts]) -> dict[str, Any]:
    """ONE message to the recruiter: thanks to them (for their own part when they were on the panel),
    each other interviewer named once with their own topic, and the request to pass the thanks on."""
    panel = request.interviewers
    if request.recruiter_interviewer:
        member = request.recruiter_interviewer - 1
        person: Interviewer | None = panel[member]
    else:
        member, person = -1, request.recruiter
    others = tuple((index, other) for index, other in enumerate(panel) if index != member)
    # Every other interviewer is named, always; their topics as long as the message stays within its
    # channel's length (a WhatsApp message cannot carry five topics): the first ones are kept, and
    # those beyond are named in the sentence for the others.
    # At least one topic stays, whatever the length: without one the message could go to anyone.
    _low, high = WORD_RANGES[(request.channel, request.length)]
    fewest = 0 if person is not None and person.topic and member >= 0 else 1
    for topics in range(len(others), min(fewest, len(others)) - 1, -1):
        message = compose_one(request, person, max(member, 0), 1, words, {},
                              thread=Thread(on_panel=member >= 0, others=others, topics=topics))
        if message["words"] <= high:
            break
    return message


def pass_on(request: DraftRequest, thread: Thread, words: type[DraftTexts], parts: Mapping[str, str],
            before: Sequence[str] = ()) -> list[Sentence]:
    """The sentences that name the other interviewers (each once) and ask the recruiter to pass the
    thanks on: a sentence per interviewer with a topic (the first ``thread.topics`` of them), two to
    a paragraph so a phone shows short blocks; one sentence naming the others; then the request.

    Each is the sentence of its bank, from the version's place on, that echoes fewest words of ours said
    ``before`` it (the recruiter's own topic sentence, the others named so far), none used twice: "I
    particularly valued our discussion of X. I valued discussing Y with Dr. Lopez as well." reads as a form letter."""
    register, lang = request.register, request.lang
    reader = roots(" ".join([request.name, request.company, request.role,
                             *(piece for _i, other in thread.others for piece in (other.name, other.title, other.topic))]),
                   lang)
    heard = [*before]
    used: set[str] = set()

    def apart(bank: Sequence[str], start: int, values: Mapping[str, str]) -> str:
        """The bank's sentence, from ``start`` on, that echoes fewest words said before (none, when one can)."""
        said_roots = set().union(*(roots(text, lang) for text in heard)) - reader
        order = [bank[(start + step) % len(bank)] for step in range(len(bank))]
        fresh = [template for template in order if template not in used] or order
        def echoes(item: str) -> tuple[int, int]:
            shared = (roots(fill(item, values), lang) - reader) & said_roots
            additive = {root for root in shared if root.startswith("+")}  # a second "also" weighs less than a word
            return len(shared - additive), len(additive)

        template = min(fresh, key=echoes)
        used.add(template)
        text = fill(template, values)
        heard.append(text)
        return text

    said: list[Sentence] = []
    plain: list[str] = []
    plain_genders: list[str] = []  # of each one named in ``plain``: "his" time, "her" time, "their" time
    plain_typed = False  # whether a name or title the reader typed is in the sentence naming the others
    nameless = 0
    named = False
    start = 1 + (min(index for index, _p in thread.others) if thread.others else 0)
    for index, person in thread.others:
        label = third_person(person, request, words)
        named = named or bool(label)
        if person.topic and len(said) < thread.topics:
            topic = fit(person.topic, lang, request.company, kind="topic", keep=named_words(request))
            bank = words.banks["pass_topic_clause" if topic.kind == "clause" else f"pass_topic/{register}"]
            # Starting one further than the recruiter's own topic sentence, so the two do not share a frame.
            who = label or words.other_interviewers["one"]
            text = apart(bank, request.variant + start + len(said), {**parts, "person": who, "topic": topic.text})
            said.append(Sentence(capitalise(text), 2 + len(said) // 2, MUST, 0, f"interviewers.{index}.topic"))
        elif label:
            plain.append(label)
            plain_genders.append(GENDER_OF_ADDRESS.get(effective_address(
                person.address, parse_name(person.name), lang, register, request.channel), "neutral"))
            plain_typed = True
        else:
            nameless += 1
    # The paragraph after the last one with topics; the request alone joins the last of those.
    closing = 2 + (len(said) + 1) // 2 if (nameless or plain) or not said else 2 + (len(said) - 1) // 2
    if nameless:
        group = "" if (named or thread.on_panel) else "all_"
        plain.append(words.other_interviewers[group + ("one" if nameless == 1 else "many")])
    if plain:
        bank = words.banks[f"pass_thanks/{register}"]
        their = (words.their.get(f"one_{plain_genders[0]}", words.their["one"])
                 if len(plain) == 1 and plain_genders else words.their["many"])
        text = capitalise(apart(bank, request.variant + len(said),
                                {**parts, "people": join_names(plain, words), "their": their}))
        said.append(Sentence(text, closing, MUST, 0, "interviewers.name" if plain_typed else "courtesy"))
    if thread.others:
        bank = words.banks[f"pass_request/{register}"]
        them = words.them["many"]
        if len(thread.others) == 1:
            (_index, other), = thread.others
            gender = GENDER_OF_ADDRESS.get(effective_address(other.address, parse_name(other.name), lang, register,
                                                             request.channel), "neutral")
            them = words.them.get(f"one_{gender}", words.them["one"])
        said.append(Sentence(apart(bank, request.variant, {**parts, "them": them}), closing, MUST, 0, "courtesy"))
    return said


def third_person(person: Interviewer, request: DraftRequest, words: type[DraftTexts]) -> str:
    """How the message to the recruiter names another interviewer ("Bapak Hendra Gunawan", "Pak
    Hendra", "Mr. Gunawan", "the Head of Data"); "" for one with neither name nor title."""
    if parse_name(person.name).core:
        recipient = recipient_for(person, request, words)
        # "my conversation with Selection Committee": a group is named with its article in a sentence.
        return fill(words.group_third, {"group": recipient.addressee}) if recipient.group else recipient.addressee
    if person.title:
        address = person.address if person.address not in ("none", "") else "none"
        return fill(words.titled_third[GENDER_OF_ADDRESS.get(address, "neutral")], {"title": person.title})
    return ""


def join_names(names: Sequence[str], words: type[DraftTexts]) -> str:
    """``A``, ``A dan B``, ``A, B, dan C`` (``A, B, and C`` in English): the pattern is in the texts."""
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return fill(words.list_pair, {"first": names[0], "last": names[1]})
    return fill(words.list_last, {"rest": ", ".join(names[:-1]), "last": names[-1]})


def capitalise(text: str) -> str:
    """A sentence that starts with a name given in lower case ("the Head of Data") gets its capital."""
    return text[:1].upper() + text[1:]


def place_points(request: DraftRequest, people: Sequence[Interviewer | None]) -> dict[str, int]:
    """Which member's message carries each of the reader's points (strength, reason, forgotten point).

    A point goes to the interviewer whose topic shares most words with it; with no such overlap, to
    the member carrying the fewest points so far, starting from a place that moves with the version.
    """
    count = len(people)
    places: dict[str, int] = {}
    load = [0] * count
    for offset, point in enumerate(PANEL_POINTS):
        text = getattr(request, point)
        if not text:
            continue
        mine = content_words(text)
        overlaps = [len(mine & content_words(person.topic)) if person else 0 for person in people]
        start = (request.variant + offset) % count
        order = [(start + step) % count for step in range(count)]
        best = max(order, key=lambda member: (overlaps[member], -load[member], -order.index(member)))
        places[point] = best
        load[best] += 1
    return places


def content_words(text: str) -> set[str]:
    """Words of four letters or more: enough to tell whether a point and a topic are about the same thing."""
    return {word for word in words_of(text) if len(word) >= 4}


def compose_one(
    request: DraftRequest,
    person: Interviewer | None,
    member: int,
    count: int,
    words: type[DraftTexts],
    places: Mapping[str, int],
    thread: Thread | None = None,
) -> dict[str, Any]:
    recipient = recipient_for(person, request, words)
    parts = fitted_parts(request, recipient, member, words)
    if thread is not None:
        parts.update(details_parts(request, words))  # the one message says when and how
    # A recruiter who was not on the panel (thanked in the thread, or answered about the process) has had
    # no conversation with the reader to continue: courtesies with a bank of their own say so.
    if (thread is not None and not thread.on_panel) or (person is not None and person is request.recruiter):
        parts["unmet"] = "yes"
    head = "\n\n".join(line for line in (recipient.greeting, recipient.opening_line) if line)
    tail = []
    if request.channel != "whatsapp":
        tail = [words.sign_offs[request.register], own_name(request.name)]
        if request.channel == "email" and request.contact:
            tail.append(request.contact)
    signature = "\n".join(tail)

    sentences = choose_sentences(request, recipient, member, count, words, parts, places, thread)
    _low, high = WORD_RANGES[(request.channel, request.length)]
    limit = CHARACTER_LIMITS.get(request.channel)
    short = request.length == "short"
    fewest = (SHORT_MINIMUM_WORDS if short and request.kind in PROCESS_KINDS else MINIMUM_WORDS)[request.channel]
    chosen = fit_length(head, signature, sentences, fewest, high, limit, short=short)
    body = render(head, chosen, signature)
    # A topic of emoji alone fits to nothing (phrasing): the page asks for one as for an empty topic.
    missing = [] if parts["topic"] or person is None or request.kind not in TOPIC_KINDS else ["topic"]
    if thread is not None and not thread.on_panel:
        missing = []  # a recruiter who was not on the panel has no topic of their own
    if recipient.asks_address and recipient.name:
        missing.append("address")  # "Bapak/Ibu Maria", or "Bapak/Ibu" in the body: the reader has not said which
    if any(item.source == "next_step" for item in chosen) and mixed_in(parts["next_step"], request.lang):
        # "… akan mengikuti final interview, Friday pukul 10.00": the round as typed, in part in the other
        # language. Quoted as the reader typed it (no fact is ours to translate); the page says so by the field.
        missing.append("next_step_language")
    message: dict[str, Any] = {
        "index": member,
        "kind": request.kind,
        "to": {"name": recipient.name, "email": recipient.email or None, "title": recipient.title or None},
        "greeting": recipient.greeting,
        "addressee": recipient.addressee,
        "topic": recipient.topic or None,
        "missing": missing,
        "channel": request.channel,
        "lang": request.lang,
        "subject_options": [],
        "subject": None,
        "body": body,
        "sentences": [{"text": item.text, "source": item.source} for item in chosen],
        "words": word_count(body),
        "characters": len(body),
    }
    if request.channel == "email":
        subjects = subject_options(words, request.kind, parts, request.variant, member)
        message["subject_options"] = subjects
        message["subject"] = subjects[0]
        message["mailto"] = export.mailto(recipient.email, subjects[0], body)
        message["eml_filename"] = export.eml_filename(words.eml_name, recipient.name or request.company, member)
        message["eml"] = export.eml(recipient.name, recipient.email, subjects[0], body).decode("ascii")
    return message


# Kinds whose message is built around what was discussed: a topic-less one is flagged as missing it.
TOPIC_KINDS = ("thank_you", "late_thank_you", "thank_you_and_follow_up")
# Kinds written to each member of a panel: the thanks, late or not, and the thanks with the follow-up after
# about a week, whose checker counts "two separate emails, one to each interviewer" as the guide does.
PANEL_KINDS = ("thank_you", "late_thank_you", "thank_you_and_follow_up")


_DROPPED = "\x00"  # where a word whose written form is none stood, until it and its space are taken out


def _after_intensifier(language: type[DraftLanguage], match: re.Match[str]) -> bool:
    """Whether the chat intensifier ``match`` ends follows a "sangat" of its own (the table's empty fix for it)."""
    rule = language.informal_fix_after.get("banget")
    before = re.split(r"[.!?\n]", match.string[: match.start(1)])[-1] + match[1] + " "
    return bool(rule and rule[1] == "" and rule[0].search(before))


def spelled_out(text: str, lang: str) -> str:
    """The reader's phrase with its chat shorthand written out, as the reviewer asks a letter to have it
    ("3 thn di KAP" → "3 tahun di KAP", "yg" → "yang", "u" → "you"): the reviewer's own table of informal
    words (``DraftLanguage.informal``), for words typed in small letters only ("Pak Gede" is a name)."""
    language = DRAFT_LANGUAGES[lang]

    def written(match: re.Match[str]) -> str:
        word = match.group(0)
        if word != word.lower():
            return word
        # A word informal only in some places is written out only there, as the reviewer judges it: "yang sama" and
        # "terima kasih" keep their words, "ngobrol sama Ibu" is "dengan", "terima kasih sama Ibu" "kepada".
        before = re.split(r"[.!?\n]", match.string[: match.start()])[-1]
        fixed = written_form(language, word, before, match.string[match.end() :])
        return word if fixed is None else fixed or _DROPPED  # an empty fix: the word goes ("sangat senang banget")

    if lang == "id" and text:
        # "suka banget": the chat's intensifier after its word is "sekali" there ("suka sekali"); "sangat", the
        # table's word, goes before it, and "suka sangat" reads broken.
        # After "sangat" it says nothing more ("sangat senang banget" is "sangat senang"): the table's empty fix drops it.
        text = re.sub(r"(?<![\w'’-])([a-z]+)\s+(?:banget|bgt)(?![\w'’-])",
                      lambda match: match[1] if _after_intensifier(language, match) else f"{match[1]} sekali", text)
    if lang == "id" and text:
        # "produk nya dipakai": the suffix typed apart is joined to its word ("produknya"); "dekat rumah aja sih",
        # "seru deh": a chat's particle after a word has no place in a letter's sentence and is left out.
        text = re.sub(r"(?<=[^\W\d_])\s+nya(?![\w'’-])", "nya", text)
        text = re.sub(r"(?<=[\w.])\s+(?:sih|deh|dong|wkwk+|haha+|hehe+)(?![\w'’-])", "", text)
    text = re.sub(r"(?<![\w'’-])[^\W\d_]+(?:['’][^\W\d_]+)?(?![\w'’-])", written, text) if text else text
    text = re.sub(rf"[ \t]*{_DROPPED}", "", text) if text else text  # a dropped word, with the space before it
    if lang == "en" and text:
        # "5 yrs experience w/ ESP": a letter says "5 years of experience with ESP".
        # "5 yrs exp in fintech": "exp" after a length of time is experience.
        text = re.sub(r"\b(years?|months?)\s+exp\b\.?", r"\1 experience", text)
        text = re.sub(r"\b(years?|months?)\s+(experience)\b", r"\1 of \2", text)
        text = re.sub(r"(?<![\w/])w/(?=\s)", "with", text)
    if lang == "id" and text:
        # A word said twice, typed with a 2 ("anak2", "SUKA ANAK2"): EYD writes it out, as the reviewer asks
        # ("anak-anak"); words of four letters or more, so a code ("mp3", "web2") is not one.
        text = re.sub(r"(?<![\w'’-])([a-z]{4,}|[A-Z]{4,})2(?![\w'’-])", lambda found: f"{found.group(1)}-{found.group(1)}", text)
    return text


def fit(text: str, lang: str, company: str = "", **options: Any) -> Phrase:
    """The reader's phrase fitted to a frame (``phrasing.fit_phrase``), its chat shorthand written out and
    the names it typed in small letters given their capitals (``proper_names``, and the ``company``'s own
    name as the message writes it: ``company_named``)."""
    phrase = fit_phrase(proper_names(spelled_out(text, lang), lang), lang, **options)
    return replace(phrase, text=company_named(proper_names(phrase.text, lang), company))


def company_named(text: str, company: str) -> str:
    """The company's own name, typed in small letters inside a phrase, written as the message writes the
    company ("produk gojek dipakai …" → "produk Gojek dipakai …" for Gojek, "watched netflix" → "watched
    Netflix"): the name without its legal form ("PT", "Tbk", "(Persero)"), whole, never a word of it alone
    ("kereta api" stays for PT Kereta Api Indonesia)."""
    written = company_name(company)
    core = " ".join(word for word in re.sub(r"\([^)]*\)", " ", written).split()
                    if word.casefold().rstrip(".,") not in LEGAL_WORDS)
    if not core or core == core.lower() or not re.search(r"[^\W\d_]", core) or core.casefold() in EVERYDAY_NAME_WORDS:
        return text
    # "netflix's", "gojek’s": a possessive is the name too.
    return re.sub(rf"(?<![\w'’@./-]){re.escape(core)}(?![\w@/-]|['’](?!s\b)|\.\w)",
                  lambda found: core if found.group(0) == found.group(0).lower() else found.group(0),
                  text, flags=re.IGNORECASE)


# Words that are names whatever a sentence does with them, typed in small letters on a phone: languages and
# the peoples and islands they are named after ("fluent in japanese", "bahasa inggris", "jawa timur").
# Days, months and places come from the reviewer's own tables, so the two tools agree on what wants a capital.
NAME_WORDS: dict[str, tuple[str, ...]] = {
    "id": tuple("Inggris Jepang Mandarin Arab Jerman Prancis Perancis Belanda Korea Tiongkok Jawa Sunda Bali Madura "
                "Batak Minang Bugis Betawi Lombok Sumbawa Flores Timor Nusa Sumatra Asia Eropa Amerika Indonesia Jabodetabek "
                "Ramadan Lebaran Idulfitri Iduladha Natal Imlek Nyepi".split()),
    "en": tuple("English Indonesian Japanese Mandarin Chinese Cantonese Korean Arabic German French Spanish Dutch "
                "Bahasa Malay Javanese Sundanese Balinese Thai Vietnamese Hindi Tagalog Portuguese Italian Russian "
                "Sumatra Bali Sulawesi Borneo Kalimantan Papua Lombok Indonesia Singapore Malaysia Asia Europe America "
                "Africa Australia Ramadan Eid "
                "Christmas".split()),
}
# Tests a selection names after their authors or by their letters ("tes kraepelin", "toefl test"): names, written
# so wherever a phrase holds them. Those that are everyday words too ("disc", "ist", "papi", "raven") only beside a
# word for a test ("tes disc", "DISC test"); "16PF" and the like keep what was typed.
NAMED_TESTS = {name.casefold(): name for name in "Kraepelin Pauli Wartegg Rorschach Wonderlic Kostick TOEFL IELTS TOEIC "
               "MMPI EPPS CFIT MBTI RIASEC".split()}
TESTS_BESIDE_A_TEST = {name.casefold(): name for name in "DISC IST PAPI Baum Holland Raven TIU TWK TKP SKD SKB CAT DAP HTP".split()}
TEST_WORDS = "tes|test|tests|psikotes"
_NAMED_TEST = re.compile(rf"(?<![\w'’@./-])({'|'.join(NAMED_TESTS)})(?![\w'’@/-])")
_TEST_BESIDE = re.compile(rf"(?<![\w'’@./-])(?:(?P<before>(?i:{TEST_WORDS})\s+)(?P<after_test>{'|'.join(TESTS_BESIDE_A_TEST)})"
                          rf"|(?P<before_test>{'|'.join(TESTS_BESIDE_A_TEST)})(?=\s+(?i:{TEST_WORDS})\b))(?![\w'’@/-])")
# "tes Kraepelin" in an English phrase: the test's name in English order ("the Kraepelin test", "the Kraepelin and
# Pauli tests"); a test word beside a name is a common word ("Tes Kraepelin" → "tes Kraepelin").
_NAMED = rf"(?:{'|'.join(map(re.escape, (*NAMED_TESTS.values(), *TESTS_BESIDE_A_TEST.values())))})"
_TES_NAMED_IN_ENGLISH = re.compile(rf"(?:\b[Tt]he\s+)?\b[Tt]es\s+(?P<names>{_NAMED}(?:(?:\s*,\s*|\s+(?:dan|and|&)\s+){_NAMED})*)\b")
_TEST_WORD_BY_NAME = re.compile(rf"(?P<name>{_NAMED}\s+)(?P<after>Tes|Test|Tests)\b|(?<=\w\s)(?P<before>Tes|Test|Tests)(?=\s+{_NAMED}\b)")


def named_tests(text: str, lang: str) -> str:
    """Tests named by an author or by letters written as names ("tes kraepelin" → "tes Kraepelin", "toefl test"
    → "TOEFL test", "tes disc" → "tes DISC"); in English, "tes Kraepelin" → "the Kraepelin test"."""
    text = _NAMED_TEST.sub(lambda found: NAMED_TESTS[found.group(1)], text)
    text = _TEST_BESIDE.sub(lambda found: (found["before"] or "") + TESTS_BESIDE_A_TEST[found["after_test"] or found["before_test"]],
                            text)
    text = re.sub(r"(?<![\w'’-])(?i:papi)(?=\s+Kostick\b)", "PAPI", text)  # "PAPI Kostick", as its authors write it
    text = _TEST_WORD_BY_NAME.sub(lambda found: (found["name"] or "") + (found["after"] or found["before"]).lower(), text)
    if lang == "en":
        def english(found: re.Match[str]) -> str:
            names = re.sub(r"\s+dan\s+", " and ", found["names"])
            many = len(re.findall(_NAMED, names)) > 1
            return f"the {names} {'tests' if many else 'test'}"
        text = _TES_NAMED_IN_ENGLISH.sub(english, text)
        # "psikotes" is the psychometric test English names ("I will attend psikotes" reads broken).
        text = re.sub(r"(?<![\w'’-])(?i:psikotest?)(?![\w'’-])", "psychometric test", text)
    if lang == "id":
        # "Psikotest", "PSIKOTES": the word as KBBI spells it, small ("psikotes").
        text = re.sub(r"(?<![\w'’-])(?i:psikotest?)(?![\w'’-])", "psikotes", text)
    return text


# Words of a compass that a place's name holds ("jawa timur", "east java"): capitalised only beside a name
# (after it in Indonesian, before it in English), since alone they are common words ("barat" is west).
_PLACE_SIDES = {"id": frozenset("barat timur utara selatan tengah tenggara daya laut".split()),
                "en": frozenset("east west north south central southeast northeast southwest northwest".split())}
_SHORT_MONTHS = {
    "id": {"jan": "Jan", "feb": "Feb", "mar": "Mar", "apr": "Apr", "jun": "Jun", "jul": "Jul", "agu": "Agu",
           "agt": "Agt", "ags": "Ags", "sep": "Sep", "okt": "Okt", "nov": "Nov", "des": "Des"},
    "en": {"jan": "Jan", "feb": "Feb", "mar": "Mar", "apr": "Apr", "jun": "Jun", "jul": "Jul", "aug": "Aug",
           "sep": "Sep", "sept": "Sept", "oct": "Oct", "nov": "Nov", "dec": "Dec", "may": "May", "march": "March"},
}


_REGION_ABBREVIATIONS = frozenset({"dki", "di", "diy", "ntb", "ntt"})


def _name_table(lang: str) -> dict[str, str]:
    calendar = texts_for(CommonTexts, lang)
    table = {name.casefold(): name for name in (*calendar.weekdays, *calendar.months)
             if name.casefold() not in CALENDAR_WORDS}
    table |= {place.casefold(): place for place in PLACE_NAMES}
    # Provinces, their short forms and the countries of the region ("kaltim", "sumut", "ntt", "thailand"); not
    # "java", which a list of skills names ("java, python") before it names the island.
    table |= {region: region.upper() if region in _REGION_ABBREVIATIONS else region.capitalize()
              for region in REGIONS if " " not in region and region != "java"}
    table |= {word.casefold(): word for word in NAME_WORDS[lang]}
    table |= {word.casefold(): word for word in (*TOOL_NAMES["both"], *TOOL_NAMES[lang])}
    return table


# Towns whose names are everyday words too ("padang" a field, "malang" unlucky, "solo" alone, "serang" attack),
# so the table of names leaves them out: typed in small letters after a word of place ("di padang", "from
# medan") and ending the phrase or a part of it, they are the town ("di RS di Padang"); "di padang rumput" stays.
_TOWNS_THAT_ARE_WORDS = "padang|medan|malang|solo|kudus|serang|palu|tegal|batu|tuban|ambon|sorong"
_TOWN_THAT_IS_A_WORD = {
    lang: re.compile(rf"(?<![\w'’-])((?i:{before})\s+)({_TOWNS_THAT_ARE_WORDS})(?=\s*(?:$|[,.;:)!?]|\s(?:{after})\b))")
    for lang, before, after in (("id", "di|ke|dari|kota|asal", "dan|atau|ke|di|selama|sejak|sebagai|pada"),
                                ("en", "in|from|to|near|based in", "and|or|for|since|as|until"))
}
CALENDAR_WORDS = frozenset({"may", "march", "minggu"})  # days and months that are everyday words too (the reviewer's)
_NAMES = {lang: _name_table(lang) for lang in NAME_WORDS}


# Every tool of more than one word in one pattern, the longest first ("Google Data Studio" before "Data Studio"):
# compiled once, as proper_names runs on every phrase of every message.
_TOOL_PHRASE = re.compile(
    rf"(?<![\w'’-])(?:{'|'.join(re.escape(phrase) for phrase in sorted(TOOL_PHRASES, key=len, reverse=True))})(?![\w'’-])",
    re.IGNORECASE)
_TOOL_PHRASE_BY_FOLD = {phrase.casefold(): phrase for phrase in TOOL_PHRASES}


def proper_names(text: str, lang: str) -> str:
    """Names typed in small letters with their capitals: days and months ("senin 7 desember" → "Senin 7
    Desember", "thursday 10 dec" → "Thursday 10 Dec"), places ("surabaya"), languages ("fluent in japanese");
    a word of a compass only beside a name ("jawa timur" → "Jawa Timur", but "bagian timur gudang" stays)."""
    text = named_tests(text, lang)
    # A tool of more than one word ("power bi", "google sheets"), before its words are taken alone.
    text = _TOOL_PHRASE.sub(lambda found: _TOOL_PHRASE_BY_FOLD[found.group(0).casefold()]
                            if found.group(0) == found.group(0).lower() else found.group(0), text)
    table = _NAMES.get(lang, {})
    words = list(re.finditer(r"(?<![\w'’@./-])[^\W\d_]+(?![\w'’@/-]|\.\w)", text))
    named: dict[int, str] = {}
    sides = _PLACE_SIDES[lang]
    for index, match in enumerate(words):
        word = match.group(0)
        folded = word.casefold()
        if word != word.lower() or folded in sides:
            continue
        if folded in table:
            named[index] = table[folded]
        elif folded in _SHORT_MONTHS[lang] and re.search(rf"\d\s*{re.escape(word)}\b|\b{re.escape(word)}\.?\s*\d",
                                                       text[max(0, match.start() - 4) : match.end() + 4]):
            named[index] = _SHORT_MONTHS[lang][folded]  # "10 dec", "dec 10": a month by the day's number
    places = [index for index in named if words[index].group(0).casefold() not in _CALENDAR_NAMES[lang]]
    step = 1 if lang == "id" else -1  # "jawa timur", "nusa tenggara barat"; "east java", "south east asia"
    for place in sorted(places, reverse=step < 0):
        index = place + step
        while 0 <= index < len(words) and words[index].group(0).casefold() in sides and words[index].group(0).islower():
            before, after = sorted((words[index], words[index - step]), key=lambda found: found.start())
            if text[before.end() : after.start()].strip():
                break  # "surabaya, timur …": a mark between, no one name
            side = words[index].group(0)
            named[index] = side[:1].upper() + side[1:]
            index += step
    for index in sorted(named, reverse=True):
        match = words[index]
        text = text[: match.start()] + named[index] + text[match.end() :]
    text = _listed_tools(text)
    text = _TOWN_THAT_IS_A_WORD[lang].sub(lambda found: found.group(1) + found.group(2).capitalize(), text)
    # A region of more than one word ("east java", "dki jakarta", "power bi"), whatever its words are
    # alone ("Java" the language of a list, "west" a direction).
    return _LONG_REGION.sub(lambda found: _REGION_WRITTEN[found.group(0).casefold()] if found.group(0)[:1].islower()
                            else found.group(0), text)


_TOOL_JOIN = r"\s*(?:,|/|&|\band\b|\bdan\b|\bor\b|\batau\b)\s*(?:(?:and|dan)\s+)?"
_TOOL_BESIDE = r"(?:[A-Z][\w.+#-]*)"


def _listed_tools(text: str) -> str:
    """A tool whose name is an everyday word too, typed in small letters beside a tool written as its maker
    writes it ("react and TypeScript" → "React and TypeScript", "excel, Power BI"); alone it stays a word."""
    def beside_a_tool(found: re.Match[str]) -> bool:
        after = re.match(_TOOL_JOIN + f"({_TOOL_BESIDE})", text[found.end():])
        before = re.search(f"({_TOOL_BESIDE})" + _TOOL_JOIN + "$", text[: found.start()])
        return any(near and (near.group(1).casefold() in TOOL_WORDS
                             or any(phrase.startswith(near.group(1)) for phrase in TOOL_PHRASES)) for near in (after, before))

    return re.sub(r"(?<![\w'’@./-])[a-z][a-z.]*(?![\w'’@/-])",
                  lambda found: LISTED_TOOL_NAMES[found.group(0)] if found.group(0) in LISTED_TOOL_NAMES
                  and beside_a_tool(found) else found.group(0), text)


_LONG_REGIONS = tuple(sorted((region for region in REGIONS if " " in region), key=len, reverse=True))
# "di yogyakarta" typed in small letters is the preposition far more often than the province's "DI" ("riset ke
# 30 UMKM di Yogyakarta"), and "di Yogyakarta" reads right either way: its "di" stays small.
_REGION_WRITTEN = {region: " ".join(word if (index, word) == (0, "di") else word.upper() if word in _REGION_ABBREVIATIONS
                                    else word.capitalize() for index, word in enumerate(region.split()))
                   for region in _LONG_REGIONS}


_LONG_REGION = re.compile(rf"(?<![\w'’-])(?:{'|'.join(map(re.escape, _LONG_REGIONS))})(?![\w'’-])", re.IGNORECASE)


_CALENDAR_NAMES = {lang: {name.casefold() for name in (*texts_for(CommonTexts, lang).weekdays, *texts_for(CommonTexts, lang).months)}
                   for lang in NAME_WORDS}


def named_words(request: DraftRequest) -> frozenset[str]:
    """The words of the names the reader typed with capitals (the company, the people), folded: a phrase
    that starts with one keeps its capital ("Pertamina adalah BUMN terbesar", not "pertamina adalah …")."""
    people = [person.name for person in request.interviewers]
    if request.recruiter is not None:
        people.append(request.recruiter.name)
    found = re.findall(r"[^\W\d_][\w'’-]*", " ".join([request.company, *people]))
    return frozenset(word.casefold() for word in found if word[0].isupper() and word.casefold() not in LEGAL_WORDS)


# Words Indonesian firms are named with that are everyday words too ("CV Maju", "PT Mandiri"): alone, in a phrase
# ("ingin maju", "bekerja mandiri"), they are the word, not the firm.
EVERYDAY_NAME_WORDS = frozenset("""maju jaya abadi makmur sentosa sejahtera mulia sinar bintang harapan karya mandiri
                                   utama indah baru lestari prima perkasa cahaya surya sukses berkah amanah""".split())
# Words of a registered name that are no name of its own ("PT", "Tbk", "Persero").
LEGAL_WORDS = frozenset({"pt", "cv", "tbk", "persero", "ud", "pd", "ltd"})


def fitted_parts(request: DraftRequest, recipient: Recipient, member: int, words: type[DraftTexts]) -> dict[str, str]:
    """The placeholders' values: the reader's phrases fitted to the frames (``phrasing``)."""
    lang = request.lang
    keep = named_words(request)
    company = request.company
    strength = fit(request.strength, lang, company, keep=keep, person=True)
    why = as_aspiration(fit(request.why, lang, company, keep=keep), lang)
    forgot = fit(request.forgot, lang, company, kind="forgot", keep=keep)
    topic = fit(recipient.topic, lang, company, kind="topic", keep=keep)
    next_step = fit(request.next_step, lang, company, kind="next_step", keep=keep)
    single = request.kind not in PANEL_KINDS
    parts = {
        "role": role_name(request.role),
        "as_role": as_position(role_name(request.role)) if lang == "en" else role_name(request.role),
        "company": company_in_english(company_name(request.company)) if lang == "en" else company_name(request.company),
        "name": own_name(request.name),
        "you": recipient.said_as or words.pronouns[recipient.pronoun],
        # In a panel, the first message says when and how the interview took place; repeating it in
        # every message would only make them read alike.
        **details_parts(request, words, said=member == 0 or single),
        "topic": topic.text,
        "topic_kind": "clause" if topic.kind == "clause" else "noun",
        "strength": (as_own(strength.text, lang) if strength.kind == "noun"
                     else strength.text if strength.kind == "list" else as_clause(strength, lang)),
        "strength_kind": strength.kind if strength.kind in ("noun", "list") else "clause",
        "why": why.text if why.kind in ("purpose", "noun", "list") else as_clause(why, lang),
        "why_kind": "noun" if why.kind == "list" else why.kind,
        # A reason that gives its own reason, or describes rather than names ("dekat dengan rumah", "close
        # to home"), is said after a colon: "… adalah dekat dengan rumah" reads broken.
        "why_reasoned": "yes" if why.kind != "purpose" and (
            gives_its_reason(why.text, lang) or (why.kind == "noun" and describes_a_thing(why.text, lang))) else "",
        "forgot": as_clause(forgot, lang),
        # A question the reader forgot to ask, by its shape ("question", "question_clause", "question_direct"),
        # which has frames of its own; else "".
        "forgot_kind": forgot.kind if forgot.kind.startswith("question") else "",
        "next_step": next_step.text,
        "next_step_kind": "moment" if next_step.kind == "moment" else "noun",
        "next_test": "yes" if set(re.findall(r"[\w-]+", next_step.text.casefold())) & set(words.test_rounds.split()) else "",
        # The test taken alone that the message thanks for ("tes tertulis"), or "" after an interview.
        "test": words.tests.get(request.step, ""),
        # The reader is a team: "I wish you and the team at Accenture every success" under "Dear Hiring Team
        # at Accenture," says the team twice; a bank of the slot's own for a team (``wish/team``) says it once.
        "group": "yes" if recipient.group else "",
    }
    # A phrase that ends in an aside ("…, including two stations") closes it with a comma when the
    # sentence goes on after it (``fill``): "I believe …, including two stations, would be a real asset."
    for key in ("topic", "strength", "why", "forgot", "next_step"):
        if ends_in_aside(parts[key], lang):
            parts[f"{key}{OPEN_ASIDE}"] = "yes"
    return parts


def recipient_for(person: Interviewer | None, request: DraftRequest, words: type[DraftTexts]) -> Recipient:
    """Greeting and pronoun from the reader's choice of address and the conventions of the language,
    register and channel (``texts/draft.py``); an honorific or title typed in the name is used once."""
    lang, register, channel = request.lang, request.register, request.channel
    group = {"email": "email", "whatsapp": "chat", "card": "card"}.get(channel, "letter")
    style = words.conventions[f"{register}_{group}"]
    time = words.times[request.time_of_day]

    def greet(addressee: str, first_name: bool = False, unnamed: bool = False) -> tuple[str, str]:
        """The greeting line, and the line under it ("Dengan hormat,") or ""."""
        named = "first_name_card" if group == "card" else "first_name"
        chosen = words.conventions[named] if first_name and register == "semi_formal" else style
        if unnamed:
            chosen = words.conventions.get(f"{style}_unnamed", chosen)
        lines = fill(words.greetings[chosen], {"time": time, "addressee": addressee}).split("\n\n")
        return lines[0], "\n\n".join(lines[1:])

    # A greeting by time of day in a semi-formal register uses the short forms ("Pak Hendra").
    short = style == "time" and register == "semi_formal"

    # A chat, or a semi-formal message, greets a team by the name people say ("Selamat siang, Tim Rekrutmen Astra
    # International,"), without its legal form ("PT", "Tbk", "(Persero)"); a letter keeps the name as typed.
    spoken = group == "chat" or (register == "semi_formal" and group != "card")
    company = without_legal_form(request.company) if spoken else request.company
    written = company_name(company)
    # A government body's selection is run by a committee, as the checker's advice for a government employer
    # says ("to the selection committee or personnel office"): no one named is its Panitia Seleksi.
    nameless = words.committee_addressee if is_government_body(request.company, request.role) else words.team_addressee
    team = fill(nameless, {"company": company_in_english(written) if lang == "en" else written})
    if person is None:
        return Recipient(*greet(team, unnamed=True), "team", team, "", "", "", "", group=True)
    parts = re.split(r"\s+[-–—|]\s+|\s*,\s+(?=[A-Z])", person.name, maxsplit=1)
    if len(parts) == 2 and not person.title:
        # "HRD - Ibu Sari", "Sari – HR Manager": a post and a name typed in one field are a title and a name.
        # A post may name its company ("Recruiter Shopee - Nadia").
        posts = [typed_post(part) or (found[:2] if (found := post_at_company(part, request.company)) else None)
                 for part in parts]
        if sum(bool(found) for found in posts) == 1:
            post, named = (posts[0], parts[1]) if posts[0] else (posts[1], parts[0])
            person = replace(person, name=named, title=post[1])
    if not typed_post(person.name) and not is_group(person.name) and (found := post_before_name(person.name, request.company)):
        # "Kepala HRD Budi", "HR Manager Sari Dewi", "User Pak Andi": a post typed before the name is their
        # title, and the name is greeted ("Yth. Bapak/Ibu Budi,", "Dear Budi,"), never "Dear Hrd Budi,".
        honorific, post_typed, named = found
        chosen = person.address if person.address not in ("none", "") else honorific or "none"
        person = replace(person, name=named, title=person.title or post_typed, address=chosen)
    post, at_company = typed_post(person.name), ""
    if not post and not person.title and (found := post_at_company(person.name, request.company)):
        post, at_company = (found[0], found[1]), found[2]
    if post and not person.title:
        # "Kepala HRD", "hrd", "Bapak Kepala Cabang" typed for the name: a post, greeted as an unnamed person's
        # title is ("Yth. Bapak/Ibu Kepala HRD,", "Dear Head of HR,"), never as a name ("Dear Mr. Hrd,").
        typed = person.address if person.address not in ("none", "") else post[0] or "none"
        person = replace(person, name="", title=post[1], address=typed)
    name = parse_name(person.name)
    address = effective_address(person.address, name, lang, register, channel)
    if address == "none" and name.core and not is_group(name.core) and group_addressee(f"Tim {name.core}", company,
                                                                                        words, lang, unit_needed=True):
        # "Talent Acquisition Tokopedia", "People and Culture": a unit alone is its team ("Dear Talent Acquisition
        # Team at Tokopedia,"), never a person called Talent.
        name = replace(name, core=f"Tim {name.core}")
    if address == "none" and name.core and is_group(name.core):
        # "Tim Rekrutmen", "Panitia Seleksi", "Hiring Team" typed as the person: a group is greeted as the
        # hiring team is ("Yth. Tim Rekrutmen Bank Indonesia,"), never "Yth. Bapak/Ibu Tim …", and no one
        # is asked whether a committee is Bapak or Ibu. It is named in the message's language, with the
        # company ("Team HR Accenture" → "Dear HR Team at Accenture,", "Yth. Tim HR Accenture,"; "Tim Panitia"
        # → "Dear Selection Committee,"), or as typed when its words are not a unit's.
        group = group_addressee(name.core, company, words, lang) or name.core
        # No one by name: the page and the reviewer are given no person's name ("Tim Kreatif" is greeted "Dear
        # Creative Team at Dentsu,"), and the heading names the group as greeted.
        return Recipient(*greet(group, unnamed=True), "team", group, "", person.email, person.title, person.topic,
                         group=True)
    gender = GENDER_OF_ADDRESS.get(address, "neutral")
    own = {word.casefold() for word in re.findall(r"[\w&'’-]+", written)} - LEGAL_WORDS
    if name.core and not name.titles and own and own == set(re.findall(r"[\w&'’-]+", name.core.casefold())) - LEGAL_WORDS:
        # The company typed for the name ("Indomaret", "PT Indomaret"): no one's name. The whole of it: "Budi" at PT
        # Budi Jaya is a person.
        name = replace(name, core="")
    if not name.core and not person.title and gender == "neutral":
        # Known by an address alone ("hr@indomaret.co.id"), or by nothing: no one to call Sir or Madam, nor
        # "Yth. Bapak/Ibu," bare; the company is known, so its hiring team is greeted ("Dear Hiring Team at
        # Indomaret,", "Yth. Tim Rekrutmen Indomaret,"), as when no one was named.
        return Recipient(*greet(team, unnamed=True), "team", team, "", person.email, "", person.topic, group=True)
    said_post = set(person.title.casefold().split())
    if not name.core and gender == "neutral" and said_post & (RECRUITER_WORDS | INTERVIEWER_WORDS):
        # "Recruiter Bukalapak", "Senior Recruiter": a recruiter no one named is the company's recruitment team
        # ("Dear Recruitment Team at Bukalapak,", "Yth. Tim Rekrutmen Bukalapak,"), not "Dear Recruiter at …";
        # "Interviewer" is its hiring team, and at a government body either is its selection committee.
        its_company = (without_legal_form(at_company) if spoken else at_company) if at_company else company
        recruiters = (group_addressee("Tim Rekrutmen", its_company, words, lang)
                      if said_post & RECRUITER_WORDS and not is_government_body(request.company, request.role) else None) or team
        return Recipient(*greet(recruiters, unnamed=True), "team", recruiters, "", person.email, "", person.topic,
                         group=True)
    if not name.core:
        if person.title:
            title = post_in(person.title, words)
            if at_company:  # "Yth. Bapak/Ibu HRD PT XL Axiata,", "Dear HR Team at PT XL Axiata,"
                title = fill(words.post_at_company, {"post": title, "company": at_company})
            addressee = fill(words.titled_unnamed[gender], {"title": title})
        else:
            addressee = words.unnamed[gender]
        # "Yth. Ibu HR Manager," for "ms": the body says "Ibu" as the greeting does.
        pronoun = pronoun_for(address, lang, register, channel)
        if pronoun == "neutral" or address in ("none", "first_name", "kak"):
            pronoun = "team"
        return Recipient(*greet(addressee, unnamed=True), pronoun, addressee, "", person.email, person.title, person.topic)
    if lang == "id":
        letter = style.startswith("letter")
        addressee = indonesian_addressee(name, address, words, formal=not short, letter=letter)
        # A greeting by time of day leaves the degrees out ("Selamat pagi, dr. Andi,"); the body keeps them.
        greeted = indonesian_addressee(name, address, words, formal=not short, letter=letter, degrees=letter)
        typed = person.address if person.address not in ("none", "") else name.honorific
        if short and typed == "kak" and address == "none":
            # "Kak" left out of an email: the neutral form stands in, as in a letter, and the page asks which.
            addressee = greeted = f"{words.unnamed['neutral']} {name.spoken}"
    else:
        addressee = english_addressee(name, address, person.name_form, words)
        if register == "semi_formal" and name.last == name.core and not name.titles and address != "none":
            # "Hello Mr. Tom," reads as a slip in English: a title goes with a family name, and a single
            # name may be a given one (so may a two-syllable one, "Wei Jie"). A semi-formal message greets
            # it as a first name ("Hi Tom,"), as
            # one typed with no title is; a formal one keeps the title (FACTS.md: "Dear Ms. Rina,").
            addressee = name.core
        greeted = addressee
    pronoun = pronoun_for(address, lang, register, channel)
    if name.regional and pronoun in ("mas", "mbak"):
        # "Bang Togar", "Ci Lenny": the body says Bapak/Ibu, never "Mas" under a greeting that says "Bang".
        pronoun = "bapak" if pronoun == "mas" else "ibu"
    asks = False
    if addressee.startswith(f"{words.unnamed['neutral']} ") or (
            lang == "id" and not short and address == "none" and name.academic):
        # "Yth. Bapak/Ibu Rina Wijaya," for want of the reader's choice: the body says "Bapak/Ibu" as the
        # greeting does, not "Anda", which reads as distant in a letter (FACTS.md, "Address and register").
        # So too after "Yth. Dr. Siti Aminah, M.M.,", which an academic title greets without Bapak/Ibu.
        pronoun, asks = "team", True
    # But a greeting that named a degree title in place of Bapak/Ibu ("Yth. Dr. Sari Wulandari,") is not
    # followed by "waktu yang Bapak/Ibu luangkan", a form's wording: the body names them as the greeting
    # did ("waktu yang Dr. Sari luangkan"), as Indonesian letters refer to a reader by title and name.
    said_as = name.by_title if asks and lang == "id" and address == "none" and not addressee.startswith(
        f"{words.unnamed['neutral']} ") else ""
    # A single name typed with no title is greeted as a first name is ("Hi Nina," in a semi-formal English
    # message), since that is what the greeting says.
    first_name = address == "first_name" or (addressee == name.first and not name.titles and (
        address == "none" or (lang == "en" and register == "semi_formal")))
    return Recipient(
        *greet(greeted, first_name), pronoun, addressee, person.name, person.email, person.title, person.topic, asks,
        said_as=said_as,
    )


# How a government body's name starts ("Kementerian Keuangan", "Pemerintah Kota Bandung", "Kemenkeu"), and
# the selections only government holds (CPNS, PPPK), named in the company or the role: the checker's
# ``setting: government`` as the draft can tell it from what the reader typed. (A state-owned company, which
# the checker counts with government, keeps its recruitment team: its name says no such thing.)
GOVERNMENT_BODY_WORDS = frozenset("kementerian kementrian badan dinas pemerintah pemkot pemkab pemprov sekretariat "
                                  "setjen direktorat lembaga komisi mahkamah kejaksaan bkn bps bpom bpk bpkp bappenas "
                                  "bappeda bkd bkpsdm basarnas ministry".split())
GOVERNMENT_SELECTIONS = frozenset({"cpns", "pppk", "asn", "pns"})


def is_government_body(company: str, role: str = "") -> bool:
    """Whether the employer is a government body, by its name or a government selection named."""
    tokens = [word.casefold().strip(".,()") for word in company.split()]
    said = {word.casefold().strip(".,()") for word in f"{company} {role}".split()}
    # "PT Badan Jaya" is a company: a legal form says so.
    body = bool(tokens) and not set(tokens) & LEGAL_WORDS and (
        tokens[0] in GOVERNMENT_BODY_WORDS
        # A ministry's short name, alone or with "RI" ("Kemenkeu", "Kemenkes RI"); "Kemenangan Motor" is a firm.
        or (tokens[0].startswith(("kemen", "kemn")) and len(tokens[0]) > 6 and all(word == "ri" for word in tokens[1:])))
    return body or bool(said & GOVERNMENT_SELECTIONS)


def without_legal_form(company: str) -> str:
    """A company's name without its legal form ("PT Astra International Tbk" → "Astra International", "PT Bank
    Rakyat Indonesia (Persero) Tbk" → "Bank Rakyat Indonesia"); the name as typed when nothing else is left."""
    core = " ".join(word for word in re.sub(r"\((?:persero|perseroan)\)", " ", company, flags=re.IGNORECASE).split()
                    if word.casefold().strip(".,") not in LEGAL_WORDS)
    return core.strip(" ,") or company


def post_at_company(typed: str, company: str) -> tuple[str, str, str] | None:
    """A post and the company it belongs to typed for the name ("HRD PT XL Axiata", "HR Manager Tokopedia"):
    ``typed_post`` of the post, and the company after it as typed; None when the rest is not the company
    (a registered name's legal form, or the company's name as the reader gave it, its legal forms aside).
    A department is no one who is Bapak or Ibu: nobody is asked which."""
    tokens = typed.split()
    own = {word.casefold() for word in re.findall(r"[\w&'’-]+", company)} - LEGAL_WORDS
    for cut in range(len(tokens) - 1, 0, -1):
        post, rest = typed_post(" ".join(tokens[:cut])), tokens[cut:]
        if not post:
            continue
        named = [word.casefold().strip(".,") for word in rest]
        if named[0] in LEGAL_WORDS or (own and all(word in own or word in LEGAL_WORDS for word in named)):
            return post[0], post[1], company_name(" ".join(rest))
    return None


# Heads of a post that name no one without their unit ("Kepala Toko", "Manajer Area" are posts, not "Kepala"
# and a person called Toko): a post typed before a name is split from it only when it says more than these.
POSTS_NEEDING_A_UNIT = frozenset("kepala manajer manager direktur director head koordinator coordinator supervisor spv "
                                 "ketua chef of and dan &".split())


def post_before_name(typed: str, company: str) -> tuple[str, str, str] | None:
    """``(honorific, post, name)`` for a post typed before a person's name ("Kepala HRD Budi" → ``("", "Kepala
    HRD", "Budi")``, "Bapak HR Manager Joko" → ``("bapak", "HR Manager", "Joko")``); None when the words after
    the post are no name (a unit, the company, another post) or the post is a head alone ("Kepala Toko")."""
    tokens = typed.split()
    own = {word.casefold() for word in re.findall(r"[\w&'’-]+", company)} - LEGAL_WORDS
    for cut in range(len(tokens) - 1, 0, -1):
        post, rest = typed_post(" ".join(tokens[:cut])), tokens[cut:]
        if not post:
            continue
        said = [word.casefold() for word in post[1].split()]
        # A head alone ("Kepala", "Chef Juna": a kitchen's form of address) may be followed by its unit; two
        # heads together are a whole post ("Head Chef Arif").
        if all(word in POSTS_NEEDING_A_UNIT for word in said) and len(set(said) - POST_SMALL_WORDS) < 2:
            break
        folded = [word.casefold().strip(".,") for word in rest]
        if (folded[0] in LEGAL_WORDS or typed_post(" ".join(rest)) or all(word in own for word in folded)
                or not re.search(r"[^\W\d_]{2,}", " ".join(rest)) or not parse_name(" ".join(rest)).core):
            break
        return post[0], post[1], " ".join(rest)
    # "Kepala Bagian Umum Ibu Sri", "Manajer Keuangan Pak Joko": whatever is typed before a form of address is
    # the person's post ("Mas" and "Kak" may start a name, and are not taken so).
    marked = next((index for index, token in enumerate(tokens[1:-1], 1)
                   if token.rstrip(".").casefold() in POST_MARKING_HONORIFICS), 0)
    if marked and not any("." in token for token in tokens[:marked]) and typed_post(" ".join(tokens[marked + 1:])) is None:
        return "", " ".join(tokens[:marked]), " ".join(tokens[marked:])
    return None


# Words that make a post a recruiter's: nameless, the recruitment team.
RECRUITER_WORDS = frozenset({"recruiter", "rekruter"})
INTERVIEWER_WORDS = frozenset({"interviewer", "pewawancara"})  # nameless: the hiring team


# Forms of address that say a name follows them, whatever was typed before ("… Ibu Sri").
POST_MARKING_HONORIFICS = frozenset("bapak bpk pak ibu bu mr ms mrs mbak mba".split())


def post_in(title: str, words: type[DraftTexts]) -> str:
    """A post as the message's language names it ("Kepala HRD" → "Head of HR" in English, "Duta Besar" →
    "Ambassador"); a post the tables do not know stays as typed."""
    folded = " ".join(title.casefold().split())
    if folded in words.posts:
        return words.posts[folded]
    if folded in words.units:  # the office alone: "Yth. Bapak/Ibu HRD,", "Dear HR Team,"
        return words.posts["{unit}"].replace("{unit}", words.units[folded])
    head, _, unit = folded.partition(" ")
    if f"{head} {{unit}}" in words.posts and unit in words.units:
        return words.posts[f"{head} {{unit}}"].replace("{unit}", words.units[unit])
    return title


# First words of a name that make it a group rather than a person (the reviewer's team words, less those a
# person's name or post may start with: "HRD PT Maju" is greeted "Bapak/Ibu HRD", as letters do).
GROUP_WORDS = frozenset("tim team panitia committee divisi departemen department bagian".split())
# Each group word's kind (``texts.group_addressees``); the last words English puts a group's noun as ("HR Team").
GROUP_KINDS = {"tim": "team", "team": "team", "panitia": "committee", "committee": "committee", "divisi": "department",
               "departemen": "department", "department": "department", "bagian": "department"}
GROUP_LAST_WORDS = frozenset({"team", "tim", "committee", "department"})
GROUP_KIND_ORDER = ("committee", "department", "team")  # "Tim Panitia" is a committee
GROUP_JOINS = frozenset({"at", "di", "of", "for", "pada", "-", "–"})


def is_group(core: str) -> bool:
    """Whether a name typed is a group's: its first word a group's ("Tim HR", "Panitia Seleksi"), or a later
    one an English group's noun ("HR Team", "Recruitment Team at Indomaret")."""
    tokens = core.casefold().split()
    return bool(tokens) and (tokens[0] in GROUP_WORDS or any(token in GROUP_LAST_WORDS for token in tokens[1:]))


def group_addressee(core: str, company: str, words: type[DraftTexts], lang: str, *, unit_needed: bool = False) -> str | None:
    """A group typed as the person, named in the message's language with the company: "Team HR Accenture" →
    "HR Team at Accenture" / "Tim HR Accenture", "Tim Panitia" → "Selection Committee" / "Panitia Seleksi …";
    None when its other words are no unit the texts know (a name of the reader's, kept as typed)."""
    tokens = core.split()
    folded = [token.casefold().strip(",.") for token in tokens]
    kinds = [GROUP_KINDS[word] for word in folded if word in GROUP_KINDS]
    if not kinds:
        return None
    kind = next(kind for kind in GROUP_KIND_ORDER if kind in kinds)
    typed_group = next(token for token, word in zip(tokens, folded) if GROUP_KINDS.get(word) == kind)
    kept = [(token.strip(",."), word) for token, word in zip(tokens, folded) if word not in GROUP_KINDS]
    own = {word.casefold() for word in re.findall(r"[\w&'’-]+", company_name(company))} - LEGAL_WORDS
    while kept and (kept[-1][1] in own or kept[-1][1] in LEGAL_WORDS or kept[-1][1] in GROUP_JOINS):
        kept.pop()
    while kept and kept[0][1] in GROUP_JOINS:
        kept.pop(0)
    unit = " ".join(word for _, word in kept)
    # A unit the texts name in the message's language ("Tim Keuangan" → "Finance Team"), as a post's unit is
    # named; another is the reader's own word, with its capitals ("Tim Ekspor" → "Ekspor Team at …", never
    # "Dear Tim Ekspor," in English). A unit alone (``unit_needed``) must be one the texts know.
    known = words.group_units.get(unit) or words.units.get(unit, "")
    if (unit and not known and unit_needed) or (unit_needed and not unit):
        return None
    if unit and not known:
        known = " ".join(token[:1].upper() + token[1:] for token, _ in kept)
    written = company_name(company)
    return " ".join(fill(words.group_addressees[kind], {
        "unit": known if unit else words.group_default_units[kind],
        "company": company_in_english(written) if lang == "en" else written,
        "group": words.group_words.get(typed_group.casefold(), typed_group),
    }).split())


PATRONYMIC_ADDRESS = {"bin": "bapak", "binti": "ibu", "bte": "ibu", "bt": "ibu"}  # a Malay name's "son/daughter of"
BALINESE_ADDRESS = {"I": "bapak", "Ni": "ibu"}  # the markers as written, capital first (phrasing.BALINESE_MARKERS)
# A Balinese noble's title says who it is as the marker does, and before it: "Gusti Ayu", "Ida Ayu", "Anak
# Agung Ayu", "Cokorda Istri" a woman (so is "I Gusti Ayu …"), "Ida Bagus", "Gusti Ngurah", "Dewa Gede" a man;
# "Desak" and "Sagung" are a woman's titles alone.
BALINESE_TITLES = frozenset("ida gusti dewa cokorda anak agung".split())
BALINESE_TITLE_WORDS = {"ayu": "ibu", "istri": "ibu", "bagus": "bapak", "ngurah": "bapak", "gede": "bapak"}
BALINESE_WOMENS_TITLES = frozenset({"desak", "sagung"})


def balinese_address(tokens: list[str]) -> str:
    """``ibu``/``bapak`` when a Balinese name says which (its title, else its marker), else ""."""
    titled = tokens[1:] if tokens and tokens[0] in BALINESE_ADDRESS else tokens
    if titled and titled[0].casefold() in BALINESE_WOMENS_TITLES and len(titled) >= 2:
        return "ibu"
    if titled and titled[0].casefold() in BALINESE_TITLES:
        for token in titled[1:3]:
            if token.casefold() in BALINESE_TITLE_WORDS and len(titled) >= 3:
                return BALINESE_TITLE_WORDS[token.casefold()]
    return BALINESE_ADDRESS.get(tokens[0], "") if len(tokens) >= 2 else ""


def effective_address(chosen: str, name: Name, lang: str, register: str, channel: str) -> str:
    """The form of address: the reader's choice, else the honorific typed in the name, else none.

    ``Mas``/``Mbak`` become Bapak/Ibu wherever the greeting does (a formal message, a chat's too, and a
    card, which opens with "Yth."), so the body says what the greeting says; ``Kak`` is kept wherever the
    greeting is by time of day ("Selamat siang, Kak Tiara,": a chat, a semi-formal email or LinkedIn message).
    """
    address = chosen if chosen not in ("none", "") else (name.honorific or name.title_address or "none")
    tokens = name.core.split()
    if address == "none" and not name.titles and balinese_address(tokens):
        # A Balinese name says who it is: "I" opens a man's name, "Ni" a woman's ("Yth. Bapak I Made
        # Sudarma,", "Yth. Ibu Ni Luh Putu Ayu,"), as a noble's title does ("Selamat siang, Ibu Gusti Ayu
        # Made Sri,"), so neither a letter nor a chat need say "Bapak/Ibu" or greet the name bare. A title
        # stands instead of either ("Selamat siang, dr. Gusti Ngurah Rai,"). English greets so too ("Dear Ms.
        # Putu Ayu,").
        address = balinese_address(tokens)
    if address == "none" and not name.titles:
        # "bin" (son of) and "binti" (daughter of) say who it is as plainly as "Bu" does: "Fatimah binti Ismail" is Ibu.
        address = next((PATRONYMIC_ADDRESS[token.casefold().rstrip(".")] for token in tokens[1:-1]
                        if token.casefold().rstrip(".") in PATRONYMIC_ADDRESS), "none")
    if address in ("mas", "mbak") and (register == "formal" or channel == "card"):
        address = "bapak" if address == "mas" else "ibu"
    # "Kak" is how a chat greets (a WhatsApp message, a semi-formal LinkedIn message); a letter's "Yth."
    # (a formal email or LinkedIn message, a card) has no place for it, and in an email, even a
    # semi-formal one, an HR officer reads it as chat (the reviewer's "informal" rule says so too).
    if address == "kak" and (channel in ("card", "email") or (register == "formal" and channel != "whatsapp")):
        address = "none"
    return address


def indonesian_addressee(name: Name, address: str, words: type[DraftTexts], *, formal: bool, letter: bool = False,
                         degrees: bool = True) -> str:
    """``Bapak Hendra Gunawan``, ``Dr. Rina Wijaya, M.M.`` (no Bapak/Ibu before an academic title), or
    in a greeting by time of day ``Pak Hendra`` (titles and degrees left out). ``letter``: after "Yth.",
    which a form of address follows ("Bapak/Ibu" when the reader has not chosen one)."""
    if address == "first_name":
        # "Yth. Citra," reads as a slip: "Yth." takes a form of address. The first name with the neutral
        # form, as for no choice (the page asks which); a greeting by time of day takes the name alone.
        return f"{words.unnamed['neutral']} {name.first}" if formal and letter else name.first
    if formal:
        # Degrees follow a name after "Yth." in a letter and in the body; a greeting by time of day (a
        # formal chat, ``degrees`` false) leaves them out: "Selamat pagi, dr. Andi, Sp.PD," reads as two greetings.
        # A letter's "Yth." writes the whole name; a greeting by time of day says it, without a Balinese
        # name's marker ("Selamat siang, Ibu Putu Ayu,", as "Yth. Ibu Ni Luh Putu Ayu,").
        if name.academic:
            return name.titled(degrees=degrees, spoken=not letter)
        # A formal letter greets with a form of address ("Yth. Bapak/Ibu [nama]", FACTS.md): without
        # the reader's choice, both; the page asks which (``missing``: "address"). A formal chat's
        # greeting by time of day is as formal: "Selamat siang, Bapak/Ibu Rina Wijaya,", never the name
        # bare, which reads to an HR officer as a slip; "Kak", typed or chosen, stays in a chat.
        honorific = words.formal_honorifics.get(address, "") or (
            words.short_honorifics.get(address, "") if not letter else "") or words.unnamed["neutral"]
        return f"{honorific} {name.titled(degrees=degrees, spoken=not letter)}".strip()
    if address in words.short_honorifics and name.calling and not name.honorific and address == name.title_address:
        # "Romo Antonius", "Ustadz Abdul Somad": the calling that says Bapak or Ibu is how a chat greets too.
        return name.called()
    if address in words.short_honorifics:
        # A regional form the reader typed ("Bang Togar", "Ko Hendra") is kept where "Mas" would be said.
        said = name.regional if name.regional and address == name.honorific else words.short_honorifics[address]
        return f"{said} {name.called_by}"  # "Pak Togar", as a chat says it, not "Pak Togar Simanjuntak"
    # "Selamat siang, dr. Irwan," (not "dr. Irwan, Sp.PD," nor "dr. Irwan Setiawan,": the name a chat says).
    return name.titled(degrees=degrees, spoken=True, called=True)


def english_addressee(name: Name, address: str, name_form: str, words: type[DraftTexts]) -> str:
    """``Ms. Wijaya`` (title and family name), ``Ms. Rina`` or ``Ms. Rina Wijaya`` as the reader chose;
    ``Dr.``/``Professor`` for a doctor's or professor's title; the first name alone when chosen."""
    if address == "first_name":
        return name.first
    # A title goes before a family name: a name written family name first ("Lee Hsien Loong") is
    # "Mr. Lee" even when the given name was chosen; "Mr. Hsien Loong" is no form English uses.
    if name_form == "given" and name.family_first:
        name_form = "family"
    tokens = name.core.split()
    if name_form == "family" and (balinese_address(tokens) or (
            len(tokens) >= 2 and tokens[0].casefold() in BALINESE_BIRTH_NAMES and not name.family_first)):
        # A Balinese name has no family name: "Ni Luh Putu Ayu" is "Ms. Putu Ayu", as Indonesian says "Ibu
        # Putu Ayu" (the name without its marker), never "Ms. Ayu"; "I Made Sudarma" is "Mr. Made Sudarma". The
        # given name, when the reader chose it, is the word after the marker ("Ms. Kadek"). A name that opens
        # with its birth order, its "I" or "Ni" left out, is one too: "Wayan Sudirta" is "Mr. Wayan Sudirta",
        # as Indonesian says "Bapak Wayan Sudirta", never "Mr. Sudirta".
        part = name.spoken
    else:
        part = {"family": name.last, "given": name.first, "full": name.written}[name_form]
    keys = {title.rstrip(".").casefold() for title in name.titles}
    # An office a person is addressed by goes first, in the message's language ("Dear Ambassador Wirajuda,").
    office = next((words.offices[key] for key in keys if key in words.offices), "")
    if office:
        return f"{office} {part}"
    if keys & {"prof", "professor"}:
        return f"Professor {part}"
    if name.doctor:
        return f"Dr. {part}"
    title = words.formal_honorifics.get(address, "")
    return f"{title} {part}" if title else name.written


def pronoun_for(address: str, lang: str, register: str, channel: str) -> str:
    if address in ("mr",):
        return "bapak"
    if address in ("ms", "mrs"):
        return "ibu"
    if address in ("bapak", "ibu", "mas", "mbak", "kak"):
        return address
    return "neutral"


def details_parts(request: DraftRequest, words: type[DraftTexts], said: bool = True) -> dict[str, str]:
    """``details`` (how and when, or nothing when ``said`` is false), and for a language that says the
    format before the noun ("our in-person interview on 19 November"), that word and the date alone (``fill``)."""
    if not said:
        return {"details": ""}
    parts = {"details": details_phrase(request, words)}
    rules = PHRASE_RULES[request.lang]
    before = dict(rules.format_before_noun).get(request.format, "") if request.step not in TESTS else ""
    if before:
        parts[f"details{BEFORE_NOUN}"] = before
        parts[f"details{DATE_ONLY}"] = details_phrase(replace(request, format=""), words)
        parts[f"details{NOUNS}"] = "|".join(map(re.escape, rules.format_nouns))
    return parts


def details_phrase(request: DraftRequest, words: type[DraftTexts]) -> str:
    """How and when the interview took place (`` melalui telepon pada 24 November``), or nothing."""
    pieces = []
    # A test taken alone was no call and no meeting: "tes tertulis melalui telepon" would say what did not happen.
    if request.format and request.step not in TESTS:
        pieces.append(words.format_phrases[request.format])
    if request.interview_date is not None:
        months = texts_for(CommonTexts, request.lang).months
        moment = request.interview_date
        pieces.append(fill(words.date_phrase, {"day": str(moment.day), "month": months[moment.month - 1]}))
    return "".join(" " + piece for piece in pieces)


@dataclass(frozen=True)
class Sentence:
    text: str
    paragraph: int
    keep: int
    order: int
    source: str  # the reader's field it frames (``interviewers.0.topic``, ``strength``), or ``courtesy``
    reserve: bool = False
    thanks: bool = False
    template: str = ""  # the bank's sentence it was filled from: our own words


def our_words(template: str) -> list[str]:
    """The words of ours a template says (its placeholders left out), of five letters or more: the ones
    a reader notices when they come back."""
    ours = re.sub(r"\{[^}]*\}", " ", template).casefold()
    return [word for word in re.findall(r"[^\W\d_]+", ours) if len(word) >= 5]


def choose_sentences(
    request: DraftRequest,
    recipient: Recipient,
    member: int,
    count: int,
    words: type[DraftTexts],
    parts: Mapping[str, str],
    places: Mapping[str, int],
    thread: Thread | None = None,
) -> list[Sentence]:
    """The message's sentences: its kind's slots that apply, each from its bank.

    In the recruiter's thread (``thread``), the opening thanks the recruiter for arranging the
    interview when they were not on the panel, and the other interviewers are named right after the
    recruiter's own topic, in a paragraph of their own (:func:`pass_on`).
    """
    values = {"attempt": request.attempt, "offer_reply": request.offer_reply}

    def carries(field: str) -> bool:
        """Whether this message says the reader's ``field`` (a panel says each point in one message)."""
        if not parts.get(field):
            return False
        return field not in PANEL_POINTS or count == 1 or places.get(field) == member

    sentences = []
    ours: Counter[str] = Counter()  # our own words said so far (frames and courtesies, not the reader's)

    def too_many(template: str) -> bool:
        """Whether ``template`` would say a word of ours a third time ("interview" in the thanks, the
        topic's frame and the forgotten point's)."""
        return any(ours[word] >= 2 for word in our_words(template) if word not in words.grammar_words)

    for order, slot in enumerate(SHAPES[request.kind]):
        said = one_sentence(request, slot, order, member, words, parts, thread, values, carries, too_many)
        if said is not None:
            ours.update(our_words(said.template))
        if said is not None:
            sentences.append(said)
        if thread is not None and slot.bank == "topic":
            sentences += [replace(item, order=order)
                          for item in pass_on(request, thread, words, parts, [item.text for item in sentences])]
    # Orders in reading order again (the sentences naming the others share the topic's slot).
    return [replace(item, order=position) for position, item in enumerate(sentences)]


def one_sentence(
    request: DraftRequest,
    slot: Slot,
    order: int,
    member: int,
    words: type[DraftTexts],
    parts: Mapping[str, str],
    thread: Thread | None,
    values: Mapping[str, object],
    carries: Any,
    too_many: Any = None,
) -> Sentence | None:
    """The slot's sentence in this message, or ``None`` when the slot does not apply; of its bank, the
    version's sentence, or when that would say a word of ours a third time (``too_many``) the next that
    would not."""
    if slot.channels and request.channel not in slot.channels:
        return None
    if any(values[key] != value for key, value in slot.when):
        return None
    if slot.needs and not carries(slot.needs):
        return None
    if slot.instead_of and carries(slot.instead_of):
        return None
    name = slot.bank
    paragraph, keep = slot.paragraph, slot.keep
    if thread is not None:
        if not thread.on_panel and name in THREAD_OPENINGS:
            name = THREAD_OPENINGS[name]
        if slot.bank == "topic":
            # The recruiter's own part, right after the thanks to them, kept like the others' topics.
            paragraph, keep = 1, MUST
        elif paragraph >= 2:
            paragraph += THREAD_PARAGRAPHS  # the paragraphs naming the others come first
    bank = bank_for(words, name, request.register, parts)
    # A question the reader forgot to ask has frames of its own, which suit every reader of the message.
    asked = name == "forgot" and parts.get("forgot_kind")
    if thread is not None and not thread.on_panel and not asked and not test_bank(words, name, request.register, parts):
        bank = words.banks.get(f"{name}/recruiter") or bank
    if parts.get("unmet") and not test_bank(words, name, request.register, parts):
        bank = words.banks.get(f"{name}/unmet/{request.register}") or bank
    if parts.get("group"):
        bank = words.banks.get(f"{name}/team/{request.register}") or words.banks.get(f"{name}/team") or bank
    template = pick(bank, request.variant, member, slot.bank)
    if too_many is not None and too_many(template):
        template = next((other for step in range(1, len(bank))
                         if not too_many(other := pick(bank, request.variant + step, member, slot.bank))), template)
    if slot.needs and repeats_the_phrase(template, parts.get(slot.needs, ""), request.lang):
        # "I would like to join Xendit to join a company that …", "Saya ingin bergabung dengan PT Maju untuk bergabung
        # dengan …": a frame that says the verb the reader's phrase opens with reads as an echo; another one of the bank.
        template = next((other for step in range(1, len(bank))
                         if not repeats_the_phrase(other := pick(bank, request.variant + step, member, slot.bank),
                                                   parts.get(slot.needs, ""), request.lang)
                         and not (too_many is not None and too_many(other))), template)
    if slot.needs:
        template = with_own_about(template, slot.needs, parts.get(slot.needs, ""), request.lang)
    source = f"interviewers.{member}.topic" if slot.needs == "topic" else slot.needs or "courtesy"
    return Sentence(fill(template, parts), paragraph, keep, order, source, slot.reserve, slot.thanks, template)


def with_own_about(template: str, field: str, phrase: str, lang: str) -> str:
    """The frame's "about" before the reader's phrase, changed for another when the phrase says it too:
    "diskusi tentang tugas akhir saya tentang fondasi" reads doubled, "diskusi mengenai … tentang …" does not
    (``PhraseRules.about_swaps``)."""
    said = set(re.findall(r"[^\W\d_]+", phrase.casefold()))
    for word, instead in PHRASE_RULES[lang].about_swaps:
        if word in said and instead not in said and re.search(rf"\b{word} \{{{field}\}}", template):
            return re.sub(rf"\b{word} (?=\{{{field}\}})", f"{instead} ", template)
    return template


def repeats_the_phrase(template: str, phrase: str, lang: str) -> bool:
    """Whether the frame's own words hold the verb the reader's phrase opens with (after a purpose's "to"/"untuk")."""
    rules = PHRASE_RULES[lang]
    opening = re.findall(r"[^\W\d_]+", phrase.casefold())[:2]
    opening = opening[1:] if opening[:1] == [rules.purpose_word] else opening[:1]
    if not opening or not (re.match(rules.aspirations, opening[0]) or opening[0] in rules.verbs):
        return False
    return opening[0] in re.findall(r"[^\W\d_]+", re.sub(r"\{[^}]*\}", " ", template).casefold())


def bank_for(words: type[DraftTexts], slot: str, register: str, parts: Mapping[str, str]) -> tuple[str, ...]:
    """The slot's bank for this register, and for the reader's phrase: a noun phrase or a clause.

    After a test taken alone (``parts["test"]`` names it), a slot whose sentences speak of the
    interview has a bank of its own that speaks of the test (``opening/test/formal``, ``forgot/test``)."""
    if slot in ("topic", "recall_topic", "rejection_topic") and parts.get("topic_kind") == "clause":
        slot = f"{slot}_clause"
    elif slot == "strength" and parts["strength_kind"] in ("clause", "list"):
        slot = f"strength_{parts['strength_kind']}"  # a list of unlike items after a colon
    elif slot == "next_look_forward" and parts.get("next_test"):
        return words.banks["next_look_forward_test"]  # a test or a check-up: no one to "meet again"
    elif slot == "next_confirm" and parts.get("next_step_kind") == "moment":
        slot = "next_confirm_moment"  # "Kamis pukul 10.00" is confirmed as the time, not as a round to attend
    elif slot == "forgot" and parts.get("forgot_kind"):
        slot = f"forgot_{parts['forgot_kind']}"  # "I also meant to ask about …", never "I did not mention: to ask …"
    elif slot == "why" and parts.get("why_reasoned"):
        slot = "why_colon"  # "… karena perusahaan ini besar": no second "karena" in front of it
    elif slot == "why" and parts["why_kind"] == "purpose":
        slot = "why_purpose"
    elif slot == "why" and parts["why_kind"] == "noun":
        slot = "why_noun"
    return test_bank(words, slot, register, parts) or words.banks.get(f"{slot}/{register}") or words.banks[slot]


def test_bank(words: type[DraftTexts], slot: str, register: str, parts: Mapping[str, str]) -> tuple[str, ...] | None:
    """The slot's bank that speaks of the test taken alone, when the message is about one and the slot has one."""
    if parts.get("test"):
        for key in (f"{slot}/test/{register}", f"{slot}/test"):
            if key in words.banks:
                return words.banks[key]
    return None


def pick(bank: Sequence[str], variant: int, member: int, slot: str) -> str:
    """The sentence of ``bank`` for this version and panel member.

    Members 0..n-1 of a panel get n different sentences of a panel bank; from member n on, each slot
    shifts by a different amount, so two members who share one sentence still differ in the others.
    """
    size = len(bank)
    if slot in PANEL_TURNED:
        return bank[(variant + member) % size]
    if slot not in BANK_ORDER:
        return bank[variant % size]
    shift = (member // size) * (BANK_ORDER.index(slot) + 1)
    return bank[(variant + member + shift) % size]


def fit_length(
    head: str,
    signature: str,
    sentences: list[Sentence],
    low: int,
    high: int,
    character_limit: int | None,
    short: bool = False,
) -> list[Sentence]:
    """Drop the least needed sentences while the message is too long; when it is shorter than ``low``,
    add its reserve courtesies. Nothing else lengthens it: a short, true message beats a padded one.
    A ``short`` one also leaves out its lesser courtesies (kept below ``SHORT_KEEP``) while it keeps ``low``."""
    reserves = [item for item in sentences if item.reserve]
    chosen = [item for item in sentences if not item.reserve]
    fixed = word_count(head) + word_count(signature)

    def total(items: list[Sentence]) -> int:
        return fixed + sum(word_count(item.text) for item in items)

    def fits(items: list[Sentence]) -> bool:
        if total(items) > high:
            return False
        return character_limit is None or len(render(head, items, signature)) <= character_limit

    for reserve in reserves:
        thanked = sum(item.thanks for item in chosen) + reserve.thanks
        # A courtesy that thanks, added to a paragraph that already thanks ("Terima kasih atas waktu dan
        # kesempatannya … Semoga sukses. Terima kasih atas perhatiannya."), is padding a reader hears.
        echoes = reserve.thanks and any(item.thanks and item.paragraph == reserve.paragraph for item in chosen)
        if total(chosen) < low and fits([*chosen, reserve]) and thanked <= MOST_THANKS and not echoes:
            chosen.append(reserve)

    while not fits(chosen):
        droppable = [item for item in chosen if item.keep < MUST]
        if not droppable:
            break
        weakest = min(droppable, key=lambda item: (item.keep, -item.order))
        chosen.remove(weakest)
    # Thanked twice already ("Thank you for the offer …", "I truly appreciate the time …"), a message
    # that closes "Many thanks." thanks a third time, which reads as filler: the least needed thanks go
    # (a reserve first), as long as the message keeps its channel's fewest words.
    while sum(item.thanks for item in chosen) > MOST_THANKS:
        spare = [item for item in chosen if item.thanks and item.keep < MUST]
        if not spare:
            break
        weakest = min(spare, key=lambda item: (not item.reserve, item.keep, -item.order))
        if total([item for item in chosen if item is not weakest]) < low:
            break
        chosen.remove(weakest)
    if short:
        # Weakest first, each one the message can spare and keep ``low``. It still thanks once: a
        # follow-up whose only thanks is its close keeps it.
        lesser = [item for item in chosen if item.source == "courtesy" and item.keep < SHORT_KEEP]
        for item in sorted(lesser, key=lambda item: (item.keep, -item.order)):
            rest = [other for other in chosen if other is not item]
            if total(rest) >= low and (not item.thanks or any(other.thanks for other in rest)):
                chosen = rest
    return sorted(chosen, key=lambda item: item.order)


def render(head: str, sentences: list[Sentence], signature: str) -> str:
    """Greeting, paragraphs (sentences joined by spaces), signature; blank lines between them."""
    paragraphs: dict[int, list[str]] = {}
    for sentence in sorted(sentences, key=lambda item: item.order):
        paragraphs.setdefault(sentence.paragraph, []).append(sentence.text)
    blocks = [head, *(" ".join(paragraphs[key]) for key in sorted(paragraphs)), signature]
    return "\n\n".join(block for block in blocks if block)


def subject_options(
    words: type[DraftTexts], kind: str, parts: Mapping[str, str], variant: int, member: int
) -> list[str]:
    """Three different subject lines that fit a phone's inbox list, in the order of this version."""
    # After a test taken alone, subjects that name the test ("Terima kasih atas kesempatan tes tertulis").
    if parts.get("test") and f"{kind}/test" in words.subjects:
        kind = f"{kind}/test"
    # The reader's name typed all in capitals, as on a form, is signed so; a subject line that says it so
    # shouts in the inbox list ("terima kasih dari ANDI PRATAMA"): there it is written as a name is.
    name, comma, degrees = parts["name"].partition(",")
    if name == name.upper() and shouted(name):
        parts = {**parts, "name": capitalise_name(name) + comma + degrees}
    fitting: list[str] = []
    for template in words.subjects[kind]:
        subject = subject_start(fill(template, parts))
        if len(subject) <= SUBJECT_LIMIT and subject not in fitting:
            fitting.append(subject)
    shift = (variant + member) % len(fitting) if fitting else 0
    options = fitting[shift:] + fitting[:shift]
    for template in words.subject_fallbacks[kind]:
        fallback = subject_start(fill(template, parts))
        if len(fallback) <= SUBJECT_LIMIT and fallback not in options:
            options.append(fallback)
    return options[:SUBJECT_OPTIONS]


def subject_start(subject: str) -> str:
    """A subject line that starts with a position typed in lower case ("warehouse supervisor interview: …")
    gets its capital; one written with a capital inside its first word ("iOS Engineer …") stays as typed."""
    first = subject.split(" ", 1)[0]
    return subject if any(char.isupper() for char in first) else capitalise(subject)


_FORMATTER = string.Formatter()
OPEN_ASIDE = ":open"  # parts[f"{key}:open"]: the value of ``key`` ends in an aside a comma must close
BEFORE_NOUN = ":before"  # parts["details:before"]: the format said before its noun ("in-person"), if the language does
DATE_ONLY = ":date"  # parts["details:date"]: the details without the format, said when the format went before the noun
NOUNS = ":nouns"  # parts["details:nouns"]: the nouns (a pattern) the format goes before
_DETERMINED_NOUN = r"\b(?:[Tt]he|[Oo]ur|[Mm]y|[Yy]our) ({nouns})$"


def fill(template: str, parts: Mapping[str, str]) -> str:
    """``template`` with its ``{placeholders}`` replaced; a value ending in a full stop (``PT Maju Tbk.``)
    absorbs the template's own full stop right after it, so no sentence ends in two; a value ending in
    an aside (``OPEN_ASIDE``) gets the comma that closes it when words follow it."""
    out: list[str] = []
    opened = False
    for literal, name, _spec, _conversion in _FORMATTER.parse(template):
        if out and out[-1].endswith(".") and literal.startswith("."):
            literal = literal[1:]
        if opened and re.match(r" \w", literal):
            literal = "," + literal
        out.append(literal)
        opened = False
        if name is not None and parts.get(f"{name}{BEFORE_NOUN}") and out and (found := re.search(
                _DETERMINED_NOUN.format(nouns=parts[f"{name}{NOUNS}"]), out[-1])):
            # "our interview in person on 19 November" -> "our in-person interview on 19 November"
            out[-1] = f"{out[-1][:found.start(1)]}{parts[f'{name}{BEFORE_NOUN}']} {found.group(1)}"
            out.append(parts[f"{name}{DATE_ONLY}"])
            opened = False
            continue
        if name is not None:
            out.append(parts[name])
            opened = bool(parts.get(f"{name}{OPEN_ASIDE}"))
    return "".join(out)


def panel_similarity(bodies: Sequence[str]) -> float | None:
    """The largest share of word trigrams any two messages of one panel have in common."""
    if len(bodies) < 2:
        return None
    # textstats.shared_trigram_ratio over each pair, with each body's trigrams counted once.
    sets = [trigrams(body) for body in bodies]
    return round(max(len(a & b) / min(len(a), len(b)) if a and b else 0.0 for a, b in combinations(sets, 2)), 4)


def heading(message: Mapping[str, Any], answer: Mapping[str, Any], words: type[DraftTexts]) -> str:
    """``Email 2 dari 3: Rina Wijaya (Head of Data)``, or ``Email untuk …`` when there is one message."""
    person = message["to"]
    name = message.get("addressee") if person["name"] else ""  # "Ibu Dita", not "Bu Dita" as typed
    if "address" in message.get("missing", ()):
        # Not "Bapak/Ibu Maria", the greeting's stand-in: the name as typed, written as a letter writes it
        # ("kak dinda" → "Kak Dinda", "dr. andi setiawan, sp.pd" → "dr. Andi Setiawan, Sp.PD").
        name = written_name(person["name"])
    if name and person["title"]:
        recipient = f"{name} ({person['title']})"
    else:
        # No one by name: the group the greeting names ("Email to the Recruitment Team at Bukalapak", "Email untuk
        # Panitia Seleksi Kementerian Keuangan"), else the hiring team.
        greeted = message.get("addressee") or ""
        group = fill(words.group_third, {"group": greeted}) if greeted and greeted not in words.unnamed.values() else ""
        recipient = name or person["title"] or group or words.recipient_team
    count = len(answer["messages"])
    if count == 1:
        return fill(words.single_heading[answer["channel"]], {"recipient": recipient})
    template = words.message_heading[answer["channel"]]
    return fill(template, {"number": str(message["index"] + 1), "count": str(count), "recipient": recipient})


def written_name(typed: str) -> str:
    """A name as typed, with its capitals: the form of address typed before it kept as typed ("Kak", "Bu"), the
    titles, the name and the degrees as ``parse_name`` writes them; the typed text when it holds no name."""
    name = parse_name(typed)
    if not name.core:
        return typed
    first = typed.split()[0]
    key = first.rstrip(".").replace(".", "").casefold()
    lead = first[:1].upper() + first[1:].lower() if name.honorific and key in HONORIFICS else ""
    return " ".join(part for part in (lead, name.titled()) if part)


def _echo(request: DraftRequest) -> dict[str, Any]:
    """The cleaned request, as the answer reports it (what the messages were built from)."""
    return {
        "name": request.name,
        "company": request.company,
        "role": request.role,
        "contact": request.contact,
        "interview_date": request.interview_date.isoformat() if request.interview_date else None,
        "format": request.format or None,
        "step": request.step,
        "interviewers": [
            {"name": p.name, "title": p.title, "address": p.address, "email": p.email, "topic": p.topic,
             "name_form": p.name_form}
            for p in request.interviewers
        ],
        "strength": request.strength,
        "forgot": request.forgot,
        "why": request.why,
        "kind": request.kind,
        "attempt": request.attempt,
        "next_step": request.next_step,
        "offer_reply": request.offer_reply,
        "time_of_day": request.time_of_day,
        "send_to": request.send_to,
        "recruiter": (
            {"name": request.recruiter.name, "title": request.recruiter.title, "address": request.recruiter.address,
             "email": request.recruiter.email, "name_form": request.recruiter.name_form}
            if request.recruiter else None
        ),
        "recruiter_interviewer": request.recruiter_interviewer or None,
    }


def _labels(lang: str) -> Mapping[str, str]:
    return texts_for(DraftTexts, lang).labels


# The operation the façade serves as "draft" and the page's tool runs.
OPERATION = Operation(draft, _labels, REQUEST, read_request)
