"""The email generator: one personal thank-you message per interviewer, composed from phrase banks.

Everything here is deterministic: the sentences come from the banks in ``texts/draft.py``,
chosen by the explicit ``variant`` number and by each interviewer's place in the panel, never
at random, so the same request always gives the same text (on CPython and in Pyodide alike).
The reader's own words go in as plain text; nothing is guessed from a name.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from typing import Any

from thankyou import export, fields
from thankyou.fields import InputError
from thankyou.texts import texts_for
from thankyou.texts.common import CommonTexts
from thankyou.texts.draft import DraftTexts
from thankyou.textstats import trigrams, word_count

ADDRESSES = ("bapak", "ibu", "mr", "ms", "first_name", "none")
FORMATS = ("phone", "video", "in_person")
REGISTERS = ("formal", "semi_formal")
LENGTHS = ("short", "standard")
CHANNELS = ("email", "linkedin", "whatsapp", "card")

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
# Subject lines longer than this are cut off in most inbox lists.
SUBJECT_LIMIT = 70
SUBJECT_OPTIONS = 3
# No two messages of one panel share more than this share of word trigrams (textstats).
PANEL_SIMILARITY_BOUND = 0.4

# Bapak/Ibu (and Mr./Ms.) never go before an academic title (Badan Bahasa): a name opening with
# one of these is greeted as typed ("Yth. Dr. Rina Wijaya,").
ACADEMIC_TITLE = re.compile(r"^(?:prof(?:essor)?|dr|drg|drh|ir|drs|dra)(?:\.\s*|\s+)", re.IGNORECASE)
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
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Trailing marks removed from the reader's phrases, which the generator ends with its own full stop.
PHRASE_END = ".!?,;:…。 "
FIELD_END = ",;: "

GENDER_OF_ADDRESS = {"bapak": "male", "mr": "male", "ibu": "female", "ms": "female"}


@dataclass(frozen=True)
class Interviewer:
    """One interviewer as the reader described them; every field may be empty."""

    name: str = ""
    title: str = ""
    address: str = "none"
    email: str = ""
    topic: str = ""


@dataclass(frozen=True)
class DraftRequest:
    """A validated request: clean text only, every choice one of its options."""

    name: str
    company: str
    role: str
    contact: str = ""
    interview_date: date | None = None
    format: str = ""
    interviewers: tuple[Interviewer, ...] = ()
    strength: str = ""
    forgot: str = ""
    why: str = ""
    lang: str = "id"
    register: str = "formal"
    length: str = "standard"
    channel: str = "email"
    variant: int = 0


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


def read_clean(
    mapping: Mapping[str, Any], key: str, *, field: str, limit: int, required: bool = False, phrase: bool = False
) -> str:
    """A text field, cleaned (see :func:`clean_text`); errors name ``field`` (a path such as ``interviewers.0.name``)."""
    value = mapping.get(key)
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InputError(field, "type")
    if len(value.strip()) > limit:
        raise InputError(field, "too_long", limit=limit)
    if any(0xD800 <= ord(char) <= 0xDFFF for char in value):
        raise InputError(field, "characters")  # a lone surrogate: no encoding can carry it
    value = clean_text(value).rstrip(PHRASE_END if phrase else FIELD_END)
    if TEMPLATE_MARK.search(value):
        raise InputError(field, "placeholder")
    if required and not value:
        raise InputError(field, "required")
    return value


def read_request(request: Mapping[str, Any]) -> DraftRequest:
    """Validate a ``draft`` request (the JSON of the README); raises :class:`InputError` on a field."""

    def text(key: str, **options: Any) -> str:
        return read_clean(request, key, field=key, limit=LIMITS[key], **options)

    return DraftRequest(
        lang=fields.read_lang(request),
        name=text("name", required=True),
        company=text("company", required=True),
        role=text("role", required=True),
        contact=text("contact"),
        interview_date=read_date(request, "interview_date"),
        format=fields.read_choice(request, "format", FORMATS, default=""),
        interviewers=read_interviewers(request.get("interviewers")),
        strength=text("strength", phrase=True),
        forgot=text("forgot", phrase=True),
        why=text("why", phrase=True),
        register=fields.read_choice(request, "register", REGISTERS, default="formal"),
        length=fields.read_choice(request, "length", LENGTHS, default="standard"),
        channel=fields.read_choice(request, "channel", CHANNELS, default="email"),
        variant=read_variant(request, "variant"),
    )


def read_interviewers(raw: Any) -> tuple[Interviewer, ...]:
    """The panel; an item with every field empty (an untouched form row) is left out."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise InputError("interviewers", "type")
    if len(raw) > MAX_INTERVIEWERS:
        raise InputError("interviewers", "too_many", limit=MAX_INTERVIEWERS)
    panel = []
    for index, item in enumerate(raw):
        path = f"interviewers.{index}"
        if not isinstance(item, Mapping):
            raise InputError(path, "type")

        def text(key: str, **options: Any) -> str:
            return read_clean(item, key, field=f"{path}.{key}", limit=LIMITS[f"interviewers.{key}"], **options)

        address = item.get("address")
        if address is None or address == "":
            address = "none"
        elif address not in ADDRESSES:
            raise InputError(f"{path}.address", "choice", options=", ".join(ADDRESSES))
        person = Interviewer(
            name=text("name"),
            title=text("title"),
            address=address,
            email=text("email"),
            topic=text("topic", phrase=True),
        )
        if person.email and not EMAIL_ADDRESS.match(person.email):
            raise InputError(f"{path}.email", "email")
        if person.name or person.title or person.email or person.topic:
            panel.append(person)
    return tuple(panel)


def read_date(request: Mapping[str, Any], key: str) -> date | None:
    """A calendar date as ``YYYY-MM-DD`` (what a date input sends), or ``None`` when absent."""
    value = request.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not ISO_DATE.match(value.strip()):
        raise InputError(key, "date")
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(key, "date") from None


def read_variant(request: Mapping[str, Any], key: str) -> int:
    """The "another version" number: a whole number (or its digits as text), 0 when absent."""
    value = request.get(key)
    if value is None or value == "":
        return 0
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit() and len(value.strip()) <= 6:
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_VARIANT:
        raise InputError(key, "integer", minimum=0, maximum=MAX_VARIANT)
    return value


# ---- Composing ----------------------------------------------------------------------------

MUST = 100  # a slot that is never dropped to shorten a message


@dataclass(frozen=True)
class Slot:
    """One sentence of a message: the bank it comes from, its paragraph, and how long it is kept.

    ``keep``: when a message is too long, the slot with the lowest value goes first. ``needs``
    names the reader's field the slot is about; without it the slot is left out. ``instead_of``:
    a general sentence that takes the place of a reader's field left empty.
    """

    bank: str
    paragraph: int
    keep: int
    needs: str = ""
    instead_of: str = ""


FOCUS = "focus"  # the topic discussed with this interviewer, or a reflection when none was given

# What each channel's message is made of, in reading order.
SHAPES: dict[str, tuple[Slot, ...]] = {
    "email": (
        Slot("opening", 1, MUST),
        Slot(FOCUS, 2, MUST),
        Slot("strength", 2, 7, "strength"),
        Slot("fit", 2, 1, instead_of="strength"),
        Slot("why", 3, 5, "why"),
        Slot("interest", 3, 2, instead_of="why"),
        Slot("forgot", 3, 6, "forgot"),
        Slot("offer", 4, 3),
        Slot("look_forward", 4, 8),
        Slot("thanks_again", 4, 2),
    ),
    "linkedin": (
        Slot("opening", 1, MUST),
        Slot(FOCUS, 2, MUST),
        Slot("strength", 2, 7, "strength"),
        Slot("fit", 2, 1, instead_of="strength"),
        Slot("why", 3, 5, "why"),
        Slot("interest", 3, 1, instead_of="why"),
        Slot("forgot", 3, 4, "forgot"),
        Slot("look_forward", 4, 8),
        Slot("thanks_again", 4, 2),
    ),
    "whatsapp": (
        Slot("chat_opening", 1, MUST),
        Slot(FOCUS, 2, MUST),
        Slot("strength", 2, 5, "strength"),
        Slot("why", 2, 3, "why"),
        Slot("forgot", 2, 4, "forgot"),
        Slot("look_forward", 3, 9),
    ),
    "card": (
        Slot("opening", 1, MUST),
        Slot(FOCUS, 1, MUST),
        Slot("strength", 2, 4, "strength"),
        Slot("thanks_again", 2, 9),
    ),
}
# In a panel, these points go into one message only (a different one for each point): interviewers
# compare notes, and the same paragraph in every email is what makes a panel's emails read alike.
ONCE_PER_PANEL = {
    "forgot": lambda variant, count: variant % count,
    "why": lambda variant, count: (variant + 1) % count,
}
# Every bank's place in this order spreads the choices of a large panel over different slots.
BANK_ORDER = ("opening", "chat_opening", "topic", "strength", "fit", "why", "interest", "forgot", "offer", "look_forward", "thanks_again")


@dataclass(frozen=True)
class Recipient:
    """How one message addresses its reader: greeting line, pronoun, and the ``to`` it reports."""

    addressee: str
    pronoun: str
    greeting_key: str
    name: str
    email: str
    title: str
    topic: str


def draft(request: Mapping[str, Any]) -> dict[str, Any]:
    """The ``draft`` operation: every message, with its exports, as plain JSON data."""
    parsed = read_request(request)
    sample = fields.read_bool(request, "sample")
    messages = compose(parsed)
    low, high = WORD_RANGES[(parsed.channel, parsed.length)]
    return {
        "lang": parsed.lang,
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
    """One message per interviewer (one to the hiring team when none was named)."""
    words = texts_for(DraftTexts, request.lang)
    people: Sequence[Interviewer | None] = request.interviewers or (None,)
    return [compose_one(request, person, member, len(people), words) for member, person in enumerate(people)]


def compose_one(
    request: DraftRequest, person: Interviewer | None, member: int, count: int, words: type[DraftTexts]
) -> dict[str, Any]:
    recipient = recipient_for(person, request, words)
    parts = {
        "role": request.role,
        "company": request.company,
        "name": request.name,
        "you": words.pronouns[recipient.pronoun],
        # In a panel, the first message says when and how the interview took place; repeating it in
        # every message would only make them read alike.
        "details": details_phrase(request, words) if member == 0 else "",
        "topic": recipient.topic,
        "strength": request.strength,
        "why": request.why,
        "forgot": request.forgot,
        "as_title": " " + fill(words.as_title, {"title": recipient.title}) if recipient.title else "",
    }
    head = fill(words.greetings[recipient.greeting_key], {"addressee": recipient.addressee})
    tail = [words.sign_offs[request.register], request.name]
    if request.channel == "email" and request.contact:
        tail.append(request.contact)
    signature = "\n".join(tail)

    sentences, reflections = choose_sentences(request, recipient, member, count, words, parts)
    low, high = WORD_RANGES[(request.channel, request.length)]
    limit = CHARACTER_LIMITS.get(request.channel)
    chosen = fit_length(head, signature, sentences, reflections, low, high, limit)
    body = render(head, chosen, signature)
    message: dict[str, Any] = {
        "index": member,
        "to": {"name": recipient.name, "email": recipient.email or None, "title": recipient.title or None},
        "greeting": head.split("\n")[0],
        "topic": recipient.topic or None,
        "channel": request.channel,
        "lang": request.lang,
        "subject_options": [],
        "subject": None,
        "body": body,
        "words": word_count(body),
        "characters": len(body),
    }
    if request.channel == "email":
        subjects = subject_options(words, parts, request.variant, member)
        message["subject_options"] = subjects
        message["subject"] = subjects[0]
        message["mailto"] = export.mailto(recipient.email, subjects[0], body)
        message["eml_filename"] = export.eml_filename(words.eml_name, recipient.name or request.company, member)
        message["eml"] = export.eml(recipient.name, recipient.email, subjects[0], body).decode("ascii")
    return message


def recipient_for(person: Interviewer | None, request: DraftRequest, words: type[DraftTexts]) -> Recipient:
    """Greeting and pronoun from the reader's choice of address, never from the name itself."""
    if person is None:
        addressee = fill(words.team_addressee, {"company": request.company})
        return Recipient(addressee, "team", request.register, "", "", "", "")
    gender = GENDER_OF_ADDRESS.get(person.address, "neutral")
    greeting_key = request.register
    if person.name:
        pronoun = gender
        if person.address in ("first_name", "none"):
            addressee = person.name
            if person.address == "first_name" and request.register == "semi_formal":
                greeting_key = "semi_formal_first_name"
        elif ACADEMIC_TITLE.match(person.name):
            addressee = person.name  # "Yth. Dr. Rina Wijaya", never "Yth. Ibu Dr. Rina Wijaya"
        else:
            addressee = f"{words.honorifics[gender]} {person.name}"
    else:
        pronoun = gender if gender != "neutral" else "team"
        if person.title:
            addressee = fill(words.titled_unnamed[gender], {"title": person.title})
        else:
            addressee = words.unnamed[gender]
    return Recipient(addressee, pronoun, greeting_key, person.name, person.email, person.title, person.topic)


def details_phrase(request: DraftRequest, words: type[DraftTexts]) -> str:
    """How and when the interview took place (`` melalui telepon pada 24 November``), or nothing."""
    pieces = []
    if request.format:
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


def choose_sentences(
    request: DraftRequest,
    recipient: Recipient,
    member: int,
    count: int,
    words: type[DraftTexts],
    parts: Mapping[str, str],
) -> tuple[list[Sentence], list[Sentence]]:
    """The message's sentences, and the reflections that may pad it when it is too short."""
    register = request.register
    reflection_bank: tuple[str, ...] = getattr(words, f"reflection_{register}")
    reflection_order = spread(len(reflection_bank), request.variant, member, count)
    sentences = []
    used_reflection = None
    for order, slot in enumerate(SHAPES[request.channel]):
        if slot.needs and not has_point(request, slot.needs, member, count):
            continue
        if slot.instead_of and has_point(request, slot.instead_of, member, count):
            continue
        if slot.bank == FOCUS and recipient.topic:
            template = pick(getattr(words, f"topic_{register}"), request.variant, member, "topic")
        elif slot.bank == FOCUS:
            used_reflection = reflection_order[0]
            template = reflection_bank[used_reflection]
        else:
            template = pick(getattr(words, f"{slot.bank}_{register}"), request.variant, member, slot.bank)
        sentences.append(Sentence(fill(template, parts), slot.paragraph, slot.keep, order * 10))
    focus = next(order for order, slot in enumerate(SHAPES[request.channel]) if slot.bank == FOCUS)
    focus_paragraph = SHAPES[request.channel][focus].paragraph
    # Which reflections pad a message depends on its place in the panel; they read in bank order.
    pads = [
        Sentence(fill(reflection_bank[index], parts), focus_paragraph, 0, focus * 10 + 1 + index)
        for index in reflection_order
        if index != used_reflection
    ]
    return sentences, pads


def has_point(request: DraftRequest, point: str, member: int, count: int) -> bool:
    """Whether this member's message carries the reader's ``point`` (``strength``, ``why``, ``forgot``)."""
    if not getattr(request, point):
        return False
    return point not in ONCE_PER_PANEL or count == 1 or member == ONCE_PER_PANEL[point](request.variant, count)


def pick(bank: Sequence[str], variant: int, member: int, slot: str) -> str:
    """The sentence of ``bank`` for this version and panel member.

    Members 0..n-1 of a panel get n different sentences; from member n on, each slot shifts by a
    different amount, so two members who share one sentence still differ in the others.
    """
    size = len(bank)
    shift = (member // size) * (BANK_ORDER.index(slot) + 1)
    return bank[(variant + member + shift) % size]


def spread(size: int, variant: int, member: int, count: int) -> list[int]:
    """Order in which one member uses a bank of ``size`` reflections. In a small panel the members
    interleave (0, 2, 4, … and 1, 3, 5, …), so the reflections that pad two of its messages differ."""
    stride = count if 1 < count <= size // 2 else 1
    start = variant + member
    order: list[int] = []
    for step in range(size):
        index = (start + step * stride) % size
        if index not in order:
            order.append(index)
    order += [(start + step) % size for step in range(size) if (start + step) % size not in order]
    return order


def fit_length(
    head: str,
    signature: str,
    sentences: list[Sentence],
    pads: list[Sentence],
    low: int,
    high: int,
    character_limit: int | None,
) -> list[Sentence]:
    """Drop the least needed sentences while too long; add reflections while too short."""
    chosen = list(sentences)
    fixed = word_count(head) + word_count(signature)

    def total(items: list[Sentence]) -> int:
        return fixed + sum(word_count(item.text) for item in items)

    def fits(items: list[Sentence]) -> bool:
        if total(items) > high:
            return False
        return character_limit is None or len(render(head, items, signature)) <= character_limit

    while not fits(chosen):
        droppable = [item for item in chosen if item.keep < MUST]
        if not droppable:
            break
        weakest = min(droppable, key=lambda item: (item.keep, -item.order))
        chosen.remove(weakest)
    for pad in pads:
        if total(chosen) >= low:
            break
        candidate = sorted([*chosen, pad], key=lambda item: item.order)
        if fits(candidate):
            chosen = candidate
    return sorted(chosen, key=lambda item: item.order)


def render(head: str, sentences: list[Sentence], signature: str) -> str:
    """Greeting, paragraphs (sentences joined by spaces), signature; blank lines between them."""
    paragraphs: dict[int, list[str]] = {}
    for sentence in sorted(sentences, key=lambda item: item.order):
        paragraphs.setdefault(sentence.paragraph, []).append(sentence.text)
    blocks = [head, *(" ".join(paragraphs[key]) for key in sorted(paragraphs)), signature]
    return "\n\n".join(block for block in blocks if block)


def subject_options(words: type[DraftTexts], parts: Mapping[str, str], variant: int, member: int) -> list[str]:
    """Three different subject lines that fit a phone's inbox list, in the order of this version."""
    fitting: list[str] = []
    for template in words.subjects:
        subject = fill(template, parts)
        if len(subject) <= SUBJECT_LIMIT and subject not in fitting:
            fitting.append(subject)
    shift = (variant + member) % len(fitting) if fitting else 0
    options = fitting[shift:] + fitting[:shift]
    for template in words.subject_fallbacks:
        fallback = fill(template, parts)
        if len(fallback) <= SUBJECT_LIMIT and fallback not in options:
            options.append(fallback)
    return options[:SUBJECT_OPTIONS]


_FORMATTER = string.Formatter()


def fill(template: str, parts: Mapping[str, str]) -> str:
    """``template`` with its ``{placeholders}`` replaced; a value ending in a full stop (``PT Maju Tbk.``)
    absorbs the template's own full stop right after it, so no sentence ends in two."""
    out: list[str] = []
    for literal, name, _spec, _conversion in _FORMATTER.parse(template):
        if out and out[-1].endswith(".") and literal.startswith("."):
            literal = literal[1:]
        out.append(literal)
        if name is not None:
            out.append(parts[name])
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
    if person["name"] and person["title"]:
        recipient = f"{person['name']} ({person['title']})"
    else:
        recipient = person["name"] or person["title"] or words.recipient_team
    count = len(answer["messages"])
    if count == 1:
        return fill(words.single_heading[answer["channel"]], {"recipient": recipient})
    template = words.message_heading[answer["channel"]]
    return fill(template, {"number": str(message["index"] + 1), "count": str(count), "recipient": recipient})


def _echo(request: DraftRequest) -> dict[str, Any]:
    """The cleaned request, as the answer reports it (what the messages were built from)."""
    return {
        "name": request.name,
        "company": request.company,
        "role": request.role,
        "contact": request.contact,
        "interview_date": request.interview_date.isoformat() if request.interview_date else None,
        "format": request.format or None,
        "interviewers": [
            {"name": p.name, "title": p.title, "address": p.address, "email": p.email, "topic": p.topic}
            for p in request.interviewers
        ],
        "strength": request.strength,
        "forgot": request.forgot,
        "why": request.why,
    }
