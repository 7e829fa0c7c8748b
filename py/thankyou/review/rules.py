"""The reviewer's rules: small pure functions, each reading a parsed draft and returning its hits.

A rule never writes a sentence for the reader: a :class:`Hit` carries a message code, a range
and the values the message needs (``found``, ``fix``, ...); ``thankyou.review`` turns it into
a finding in the reader's language. What each rule looks for lives in ``tables.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from dataclasses import field as _field
from datetime import date, timedelta
from difflib import SequenceMatcher
from functools import lru_cache

from thankyou.review.context import Context
from thankyou.review.draft import Draft, Span, ends_with_abbreviation
from thankyou.spelling import (
    CLUSTER_SLIP,
    BOUND_FORMS,
    ENGLISH_PREFIXES,
    HYPHEN_CLITICS,
    LOAN_ENDINGS,
    MIN_LENGTH,
    PLAIN_PREFIXES,
    TWO_EDITS_FROM,
    Lexicon,
    active_form,
    edits,
    far_swaps,
    indonesian_roots,
    known,
    sound_shape,
    sounded_out,
    suggestions,
)
from thankyou.review.vocabulary import BRAND_NAMES, MEN_NAMES, PLACE_NAMES, WOMEN_NAMES
from thankyou.review.tables import (
    CHANNEL_SEVERITY,
    INFORMAL_DENSE,
    MIXED_ALONE,
    MIXED_ANYWHERE,
    MIXED_LEADS,
    ACRONYMS,
    SMALL_ACRONYMS,
    SUBJECT_EVERYDAY,
    JOB_VOCABULARY,
    ADDRESS_BLANK,
    ADDRESS_STOCK,
    AFTER_YTH,
    ABBREVIATED_ADDRESS,
    DOUBLED_HONORIFIC,
    GENDERED_HONORIFIC,
    HONORIFIC_FOR,
    HONORIFIC_PAIRS,
    LOWERCASE_HONORIFIC,
    DOUBLED_MARK,
    DEGREE_NO_COMMA,
    MISSING_SPACE,
    NOT_A_SENTENCE_JOIN,
    SIGNATURE_STOCK,
    SPACE_BEFORE,
    STOCK_PLACEHOLDERS,
    YTH_NAME,
    COMPANY_NOISE,
    COMPANY_TAIL,
    COMPANY_HEAD,
    DRAFT_LANGUAGES,
    EMOJI,
    EXCLAMATIONS,
    LENGTH,
    LENGTH_AIM,
    LONG_PARAGRAPH,
    LONG_SENTENCE,
    NAME_NOISE,
    NICKNAMES,
    NEAR_MISS,
    NEEDS_CLOSING,
    NEEDS_NAMING,
    NEEDS_SIGNATURE,
    NEEDS_SUBJECT,
    NOT_NAMES,
    PANEL_SIMILAR,
    PLACEHOLDER_CASE_SENSITIVE,
    PLACEHOLDERS,
    REPEATED_EXCLAMATION,
    REPEATED_QUESTION,
    ROLE_NOISE,
    ROLE_TITLES,
    TEAM_ADDRESSEE_WORDS,
    TEAM_WORDS,
    SHOUTS,
    SUBJECT_WORDS,
    CAPITAL_WORD,
)
from thankyou.texts import texts_for
from thankyou.texts.common import CommonTexts
from thankyou.texts.draft import DraftTexts
from thankyou.texts.draft_language import CLAUSE_EDGE, Confusion, DraftLanguage, written_form
from thankyou.textstats import fold, shared_trigram_ratio, trigrams, word_count, word_spans

PAST_REACH = 30  # characters before a role's place where a word of the past makes it a former role ("pernah melamar")
ROLE_NEAR_MISS = 0.9  # a role is ordinary words: only a very close spelling is a slip


@dataclass(frozen=True)
class Hit:
    """One thing a rule found: a message code, where it is, and the values its message needs."""

    code: str
    start: int
    end: int
    field: str = "body"
    params: Mapping[str, object] = _field(default_factory=dict)


Rule = Callable[[Draft, Context, type[DraftLanguage]], Iterable[Hit]]


def _found(draft: Draft, span: Span, code: str, **params: object) -> Hit:
    return Hit(code, span.start, span.end, "body", {"found": span.text(draft.text), **params})


def _subject_hit(draft: Draft, start: int, end: int, code: str, **params: object) -> Hit:
    return Hit(code, start, end, draft.subject_field, params)


@lru_cache(maxsize=64)
def _compiled(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def _matches(patterns: Iterable[str], text: str, span: Span) -> Iterator[Span]:
    """Every match of ``patterns`` inside ``span``, overlapping matches dropped."""
    found = sorted(
        (Span(match.start(), match.end()) for pattern in patterns
         for match in _compiled(pattern).finditer(text, span.start, span.end)),
        key=lambda hit: (hit.start, -hit.end),
    )
    last_end = -1
    for hit in found:
        if hit.start >= last_end and hit.end > hit.start:
            yield hit
            last_end = hit.end


def _whole(draft: Draft) -> Span:
    return Span(0, len(draft.text))


def _sources(draft: Draft, area: Span | None = None) -> list[tuple[str, str, Span]]:
    """``(text, field, span)`` to read: the body (or ``area`` of it), then the subject line if there is one.

    A subject taken from the body's first line is read in the body as the reader gave it, so
    its findings point into the body.
    """
    sources = [(draft.text, "body", area or _whole(draft))]
    if draft.subject_span is not None:
        sources.append((draft.subject, draft.subject_field, draft.subject_span))
    return sources


# ---- Names from the context ------------------------------------------------------------------


def name_parts(name: str, noise: frozenset[str]) -> list[str]:
    """The words of a name that identify it: no honorifics, titles, initials or legal forms.

    A number is kept, however short: it tells the place apart ("SMA Negeri 3 Yogyakarta", "Cabang 2")."""
    parts = []
    for start, end in word_spans(name):
        word = name[start:end]
        if fold(word) not in noise and (len(word) > 1 or word.isdigit()):
            parts.append(word)
    return parts


def _greeting_example(context: Context, language: type[DraftLanguage], draft: Draft | None = None) -> str:
    chat = context.channel in CHAT_CHANNELS
    if not context.interviewer:
        return language.chat_greeting_example_unnamed if chat else language.greeting_example_unnamed
    example = language.chat_greeting_example if chat else language.greeting_example
    first = fold(context.interviewer.split()[0].rstrip("."))
    if first in NAME_NOISE:  # the reader wrote "Ibu Rina Wijaya": keep their form of address
        return example.replace("Bapak/Ibu ", "").format(name=context.interviewer)
    address = _address_in_body(draft) if draft is not None else ""
    if address:  # the body already says "Ibu": the greeting says it too
        return example.replace("Bapak/Ibu", address).format(name=context.interviewer)
    return example.format(name=context.interviewer)


# Channels read as a chat, where a greeting by time of day takes the place of a letter's.
CHAT_CHANNELS = frozenset({"whatsapp"})


_ADDRESS_WORD = re.compile(r"(?<![\w/])(Bapak|Ibu)(?![\w/])")


def _address_in_body(draft: Draft | None) -> str:
    """"Bapak" or "Ibu" when the body addresses the reader's interviewer with one of them only."""
    if draft is None:
        return ""
    used = {match.group() for match in _ADDRESS_WORD.finditer(draft.text, draft.content.start, draft.content.end)}
    return used.pop() if len(used) == 1 else ""


def _one_edit(word: str, target: str) -> bool:
    """Whether ``word`` is ``target`` with one letter changed, added or left out (both folded, three letters or more)."""
    if word == target or min(len(word), len(target)) < 3 or abs(len(word) - len(target)) > 1:
        return False
    if len(word) == len(target):
        return sum(a != b for a, b in zip(word, target)) == 1
    short, long = sorted((word, target), key=len)
    return any(long[:index] + long[index + 1 :] == short for index in range(len(long)))


def _near(word: str, target: str, threshold: float = NEAR_MISS) -> bool:
    """Whether ``word`` is a slip of ``target`` (both folded), but not ``target`` itself."""
    if word == target or abs(len(word) - len(target)) > 2:
        return False
    if len(word) == len(target) and sorted(word) == sorted(target):
        differ = [index for index in range(len(word)) if word[index] != target[index]]
        if len(differ) == 2 and differ[1] == differ[0] + 1:
            return True  # two neighbouring letters swapped: "Rian" for "Rina"
    matcher = SequenceMatcher(None, word, target)
    return matcher.quick_ratio() >= threshold and matcher.ratio() >= threshold


def _common_words() -> frozenset[str]:
    return frozenset().union(*(language.function_words for language in DRAFT_LANGUAGES.values()))


COMMON_WORDS = _common_words()
SHOUT_WORDS = COMMON_WORDS | SHOUTS


def _folded_words(draft: Draft, span: Span) -> list[tuple[str, Span]]:
    """The words in ``span`` as compared with names: folded, without a possessive ("Canva's")."""
    return [(_POSSESSIVE.sub("", fold(word.text(draft.text))), word) for word in draft.words_in(span)]


_POSSESSIVE = re.compile(r"['’]s$")


# ---- Rules ------------------------------------------------------------------------------------


def placeholders(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """Template marks left in: ``[Nama]``, ``{company}``, ``<posisi>``, ``XXX``, ``Lorem``."""
    for text, where, area in _sources(draft):
        spans = []
        for match in PLACEHOLDERS.finditer(text, area.start, area.end):
            if fold(match.group()) in PLACEHOLDER_CASE_SENSITIVE and not match.group().isupper():
                continue
            spans.append(match.span())
        spans += [match.span("blank") for match in ADDRESS_BLANK.finditer(text, area.start, area.end)]
        spans += [match.span("blank") for match in ADDRESS_STOCK.finditer(text, area.start, area.end)]
        spans += [match.span() for match in STOCK_PLACEHOLDERS.finditer(text, area.start, area.end)]
        if where == "body" and draft.signature is not None:
            for line in draft.lines:
                if draft.signature.start <= line.start < draft.signature.end and fold(line.text(text).strip(" .,")) in SIGNATURE_STOCK:
                    spans.append((line.start, line.end))
        for start, end in _outermost(spans):
            yield Hit("placeholder", start, end, where, {"found": text[start:end]})


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans that no other span contains ("Last Name" inside "[Last Name]" is one placeholder)."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda span: (span[0], -span[1])):
        if kept and start >= kept[-1][0] and end <= kept[-1][1]:
            continue
        kept.append((start, end))
    return kept


def greeting(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """A missing greeting, and the forms that are wrong: ``Kepada Yth.``, ``yth``, ``Bapak Dr.``, ``Dear Sir/Madam``."""
    if draft.greeting is None:
        # A chat may name the person inside its first sentence instead: "Terima kasih, Pak Irwan, atas ...",
        # "Thank you, Ms. Tan, for ...": they are greeted.
        first = draft.sentences[0].text(draft.text) if draft.sentences else ""
        if context.channel in ("linkedin", "whatsapp") and _VOCATIVE.search(first):
            return
        if chat_reply_addressed(draft, context, language):
            return
        if draft.words:
            start = draft.content.start
            yield Hit("greeting_missing", start, start, "body", {"example": _greeting_example(context, language, draft)})
        return
    text = draft.text
    head = Span(draft.greeting.start, draft.opening.end if draft.opening else draft.greeting.end)
    greeting_text = draft.greeting.text(text)
    for match in _compiled(r"\bkepada\s+yth\b\.?").finditer(text, head.start, head.end):
        yield _found(draft, Span(*match.span()), "greeting_kepada")
    for match in re.finditer(r"(?<![\w.])([Yy][Tt][Hh])(?![\w])(\.?)", text[: head.end]):
        if match.start() >= head.start and (match.group(1) != "Yth" or not match.group(2)):
            yield _found(draft, Span(*match.span()), "greeting_yth")
    for match in _TITLE_AFTER_HONORIFIC.finditer(text):
        yield _found(draft, Span(*match.span()), "greeting_title", fix=(match["title"] + match["name"]).strip())
    for match in LOWERCASE_HONORIFIC.finditer(text, head.start, head.end):
        word = match["word"]
        yield _found(draft, Span(match.start("word"), match.end("word")), "greeting_lowercase", fix=word[:1].upper() + word[1:])
    for match in ABBREVIATED_ADDRESS.finditer(text, draft.greeting.start, draft.greeting.end):
        yield _found(draft, Span(*match.span()), "greeting_abbreviated", fix="Bapak")
    for match in YTH_NAME.finditer(text, head.start, head.end):
        if fold(match["name"].split()[0].rstrip(".")) in AFTER_YTH:
            continue
        address = _address_in_body(draft) or "Bapak/Ibu"
        yield _found(draft, Span(*match.span()), "greeting_yth_name",
                     fix=f"Yth. {address} {match['name']},", casual=f"Halo {match['name']},")
    casual = language.casual_greeting.match(greeting_text)
    if casual and not formal_register(draft) and context.channel in ("email", "card"):
        # "Halo Kak Sasha,": casual by its "Kak" alone, which the informal rule leaves to the workplace ("Hai Kak" is
        # casual by its "Hai" still).
        plain = re.sub(r"(?i)\b(?:" + "|".join(language.workplace_address or ("(?!)",)) + r")\b", "", greeting_text)
        if not language.casual_greeting.match(" ".join(plain.split())):
            casual = None
    if casual:
        example = _greeting_as_named(greeting_text, context, language) or _greeting_example(context, language, draft)
        yield _found(draft, Span(draft.greeting.start, draft.greeting.start + casual.end()), "greeting_casual", example=example)
    elif context.interviewer and greets_nobody(draft, context) and not names_a_team(context):
        yield _found(draft, draft.greeting, "greeting_generic", example=_greeting_example(context, language, draft))


def names_a_team(context: Context) -> bool:
    """Whether the "interviewer" the reader gave is a team ("Tim Panitia", "HR Team"): greeting it as one ("Dear
    Selection Committee,") is no generic greeting to someone known by name."""
    parts = [fold(part) for part in name_parts(context.interviewer, NAME_NOISE)]
    return bool(parts) and all(part in TEAM_ADDRESSEE_WORDS for part in parts)


_TITLED_NAME = re.compile(r"\b(?P<title>(?i:mr|ms|mrs|dr|prof|bapak|ibu|pak|bu))\.?\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
_FULL_ADDRESS = {"pak": "Bapak", "bu": "Ibu", "bapak": "Bapak", "ibu": "Ibu"}
# The forms of address a chat keeps (the workplace's: "Kak Dira", "Mas Bayu", "Mbak Sekar").
_CHAT_TITLED_NAME = re.compile(r"\b(?P<title>(?i:kak|mas|mbak))\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


def _greeting_as_named(line: str, context: Context, language: type[DraftLanguage]) -> str:
    """The formal greeting for the person a casual one names, in the reader's own form ("Hey Mr. Tan," → "Dear Mr. Tan,",
    "Hai Bu Ratna," → "Yth. Ibu Ratna,"); empty when it names nobody, or someone the context does not."""
    match = _TITLED_NAME.search(line)
    wanted = {fold(part) for part in name_parts(context.interviewer, NAME_NOISE)}
    chat_form = _CHAT_TITLED_NAME.search(line) if context.channel in CHAT_CHANNELS and language.workplace_address else None
    if match is None and chat_form is not None and (not wanted or {fold(word) for word in chat_form["name"].split()} <= wanted):
        # "Siang Kak Dira" in a chat: the chat's own form of address kept ("Selamat siang, Kak Dira,").
        title = chat_form["title"][:1].upper() + chat_form["title"][1:].lower()
        return language.chat_greeting_example.replace("Bapak/Ibu ", "").format(name=f"{title} {chat_form['name']}")
    if match is None:
        return ""
    if wanted and not {fold(word) for word in match["name"].split()} <= wanted:
        return ""
    title = match["title"]
    template = language.chat_greeting_example if context.channel in CHAT_CHANNELS else language.greeting_example
    if fold(title) in _FULL_ADDRESS:
        named = f"{_FULL_ADDRESS[fold(title)]} {match['name']}"
        return template.replace("Bapak/Ibu ", "").format(name=named) if language.lang == "id" else \
            template.format(name=f"{title} {match['name']}")
    return template.format(name=f"{title[:1].upper()}{title[1:].lower()}. {match['name']}")


# A person addressed by name within a sentence, set off by commas: ", Pak Irwan,", ", Ms. Tan,".
_VOCATIVE = re.compile(
    r",\s*(?i:bapak|ibu|pak|bu|mas|mbak|kak|mr|mrs|ms|dr|prof)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s*[,.!]"
)


_TITLE_AFTER_HONORIFIC = re.compile(
    r"\b(?i:bapak|ibu|bpk\.?|pak|bu)\s+"
    r"(?P<title>(?:Prof|Dr|dr|Ir|Drs|Dra|Kol|Letkol|Mayjen|Brigjen|Kapten|AKBP|Kombes)\b\.?)"
    r"(?P<name>(?:\s+[^\s,\n]+){0,4}?)(?=\s*(?:,|\n|$))"
)


# A chat reply's opening words of address: "Baik Bu,", "Siap, Pak.", "Terima kasih infonya, Bu,", "Pak,".
_CHAT_ADDRESS = re.compile(r"\A\W*(?:[\w-]+\s*,?\s+){0,3}(?i:bapak|ibu|pak|bu|kak|mas|mbak)\s*[,.!]")


def chat_reply_addressed(draft: Draft, context: Context, language: type[DraftLanguage]) -> bool:
    """A WhatsApp reply in a thread (a confirmation, an answer to news, a follow-up) that opens by addressing
    the person ("Baik Bu, saya bersedia hadir ..."): in a chat already under way that is its greeting, and the
    name is the chat's own."""
    if context.channel not in CHAT_CHANNELS or not message_kinds(draft, language):
        return False
    if _CHAT_ADDRESS.match(draft.text):
        return True
    # "Thanks Sarah, Wednesday works for me.", "Thanks for letting me know, Grace.": their name in the first sentence.
    opening = re.split(r"[.!?\n]", draft.text.lstrip(), maxsplit=1)[0]
    names = {fold(part) for part in name_parts(context.interviewer, NAME_NOISE)}
    return any(fold(word.strip(",;:")) in names for word in opening.split())


def greets_nobody(draft: Draft, context: Context) -> bool:
    """Whether the greeting addresses a role ("Dear Sir/Madam") rather than the person we know."""
    if draft.greeting is None:
        return False
    greeting_text = draft.greeting.text(draft.text)
    if not any(lang.generic_greeting.search(greeting_text) for lang in DRAFT_LANGUAGES.values()):
        return False
    parts = [fold(part) for part in name_parts(context.interviewer, NAME_NOISE)]
    words = [fold(draft.text[start:end]) for start, end in word_spans(greeting_text)]
    return not any(word == part or _near(word, part) for word in words for part in parts)


def closing(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """A missing closing line or signature, ``Hormat kami`` from one person, a closing that is too casual."""
    if draft.closing is None or draft.closing_phrase is None:
        if context.channel in NEEDS_CLOSING and draft.words and not _unknown_closing(draft) and not (
                context.channel == "card" and _DASH_SIGNATURE.search(draft.text)):
            end = draft.content.end
            yield Hit("closing_missing", end, end, "body", {"example": language.closing_example})
        return
    phrase = draft.closing_phrase.text(draft.text)
    if fold(" ".join(phrase.split())) == "hormat kami":
        yield _found(draft, draft.closing_phrase, "closing_kami")
    elif language.casual_closing.fullmatch(phrase):
        yield _found(draft, draft.closing_phrase, "closing_casual", example=language.closing_example)
    elif (fold(" ".join(phrase.split())).rstrip(",") == "yours faithfully" and draft.greeting is not None
          and not any(lang.generic_greeting.search(draft.greeting.text(draft.text)) for lang in DRAFT_LANGUAGES.values())):
        # British usage: "Yours faithfully" closes a letter to "Dear Sir or Madam"; to a person named, "Yours sincerely".
        yield _found(draft, draft.closing_phrase, "closing_faithfully")
    if draft.signature is None and context.channel in NEEDS_SIGNATURE:
        yield _found(draft, draft.closing_phrase, "signature_missing")


# A card signed with a dash and the sender's name at its end ("... bekerja sama. – Tono", "– Tom Becker"): how a
# handwritten card is signed, a closing of its own.
_DASH_SIGNATURE = re.compile(r"(?:^|\s)[–—-]\s*[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}\s*\Z")


def _unknown_closing(draft: Draft) -> bool:
    """Whether the draft ends with what a closing looks like, in words the tables do not know: a short line
    ending in a comma above the sender's name ("Sincerly,", "Hormat sya,"; a slip is the spelling rule's)."""
    after = draft.greeting.end if draft.greeting is not None else draft.content.start
    lines = [line for line in draft.lines if line.start >= after and line.text(draft.text).strip()]
    for index in range(max(0, len(lines) - 4), len(lines) - 1):
        line = lines[index].text(draft.text).strip()
        name = lines[index + 1].text(draft.text).split()
        if (line.endswith(",") and 1 <= len(line.split()) <= 3 and line[:1].isupper() and not re.search(r"[.!?]", line)
                and len(lines) - index - 1 <= 3 and 1 <= len(name) <= 5 and all(word[:1].isupper() for word in name)):
            return True
    return False


def mixed_formulas(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """A greeting or closing in the other language (``Best regards`` under an Indonesian email)."""
    others = [lang for code, lang in DRAFT_LANGUAGES.items() if code != language.lang]
    if draft.greeting is not None:
        text = draft.greeting.text(draft.text)
        if not language.formulas.match(text) and any(other.formulas.match(text) for other in others):
            yield _found(draft, draft.greeting, "mixed_formula", main=language.lang,
                         fix=_greeting_example(context, language, draft))
    if draft.closing_phrase is not None:
        text = draft.closing_phrase.text(draft.text)
        if not language.formulas.fullmatch(text) and any(o.formulas.fullmatch(text) for o in others):
            yield _found(draft, draft.closing_phrase, "mixed_formula", main=language.lang, fix=language.closing_example)


def interviewer(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """The interviewer's name: absent, or present with a near-miss spelling ("Wijata" for "Wijaya")."""
    parts = name_parts(context.interviewer, NAME_NOISE)
    if not parts:
        return
    slips = list(_misspelled_names(draft, context, parts, language.lang))
    yield from slips
    folded = {fold(part) for part in parts}
    present = any(word in folded for word, _ in _folded_words(draft, _whole(draft)))
    # "Pak Har" for Haryanto, "Bu Tuti" for Astuti, "Mr. Lim" for Halim: the short form people use.
    named = _greeted_names(draft)
    present = present or any(_short_form(fold(draft.text[span.start : span.end]), part) for span in named for part in folded)
    present = present or any(NICKNAMES.get(fold(draft.text[span.start : span.end]), frozenset()) & folded for span in named)
    # A misspelling, or a greeting to nobody in particular, is the finding that says it better.
    if present or slips or greets_nobody(draft, context) or chat_reply_addressed(draft, context, language):
        return
    known = context_words(context) | own_name_words(draft, context)
    marks = [hit for hit in placeholders(draft, context, language) if hit.field == "body"]  # "Dear Mr. Last Name": the placeholder's
    # "Yth. Ibu Kepala Sekolah,", "Dear Head of Talent,": a position, not a person (nor someone else).
    position = any(fold(draft.text[span.start : span.end]) in ROLE_TITLES for span in named)
    others = [span for span in named if fold(draft.text[span.start : span.end]) not in known and not position
              and not any(hit.start <= span.start < hit.end for hit in marks)]
    if others:
        # A short name one letter off a part of the interviewer's ("Dear Mr. Lin," to Jason Lim): too short for the
        # slip rule's ratio, yet a slip all the same, with the name as its fix.
        slipped = [next((part for part in parts if _one_edit(fold(draft.text[span.start : span.end]), fold(part))), None)
                   for span in others]
        if len(others) == 1 and slipped[0] is not None:
            yield _found(draft, others[0], "interviewer_misspelled", expected=slipped[0])
            return
        # Someone else greeted by name: a letter copied from another application (or to another person).
        # A formal greeting ("Yth. Ibu Ratna Dewi,", "Dear Mr. Tanaka,") names the person a letter was written to;
        # one first name in a friendly greeting ("Hi Mike,", "Pak Kiki") may be what the interviewer goes by.
        span = Span(others[0].start, others[-1].end)
        formal = len(others) > 1 or _FORMAL_GREETING.match(draft.greeting.text(draft.text)) is not None
        yield _found(draft, span, "interviewer_other" if formal else "interviewer_other_informal", expected=context.interviewer)
        return
    span = draft.greeting or Span(draft.content.start, draft.content.start)
    example = _greeting_given_name(draft, context) or _greeting_example(context, language, draft)
    yield Hit("interviewer_absent", span.start, span.end, "body", {"expected": context.interviewer, "example": example})


# A greeting that addresses someone but names nobody: "Halo Kak,", "Selamat pagi Bu,", "Hi Ms.,".
_ADDRESS_WITHOUT_NAME = re.compile(r"(?P<head>.*\b(?i:bapak|ibu|pak|bu|kak|kakak|mas|mbak|mba))\s*(?P<end>[,.!]?)\s*$")


def _greeting_given_name(draft: Draft, context: Context) -> str:
    """The draft's own greeting with the interviewer's first name after its word of address ("Halo Kak," → "Halo Kak
    Tiara,"), in a letter that is not formal: the example keeps the draft's register. Empty where that does not fit."""
    if draft.greeting is None or formal_register(draft):
        return ""
    match = _ADDRESS_WITHOUT_NAME.match(draft.greeting.text(draft.text).strip())
    parts = name_parts(context.interviewer, NAME_NOISE)
    if match is None or not parts:
        return ""
    return f"{match['head']} {parts[0]}{match['end'] or ','}"


# The words before a person's name in a greeting: a word of address or title, or the greeting itself.
_GREETED = re.compile(
    r"(?:\b(?i:bapak|ibu|pak|bu|bpk|mr|mrs|ms|miss|mx|dr|prof|kak|mas|mbak|sdr|sdri)\.?|^(?i:dear|hi|hello|halo|hai))"
    r"\s+(?P<name>(?:[A-Z][\w'’-]+\.?\s+){0,3}[A-Z][\w'’-]+)"
)


_FORMAL_GREETING = re.compile(r"(?i)\s*(?:kepada\s+)?(?:yth\b|dear\s+(?:mr|mrs|ms|miss|mx|dr|prof)\b)")


def _greeted_names(draft: Draft) -> list[Span]:
    """The words of the name the greeting addresses ("Ratna", "Dewi" in "Yth. Ibu Ratna Dewi,"), titles left out."""
    if draft.greeting is None:
        return []
    text = draft.text
    line = draft.greeting.text(text)
    spans = []
    for match in _GREETED.finditer(line):
        for start, end in word_spans(match["name"]):
            word = fold(match["name"][start:end])
            if word not in NAME_NOISE and word not in COMMON_WORDS and word not in NOT_NAMES and len(word) > 1:
                offset = draft.greeting.start + match.start("name")
                spans.append(Span(offset + start, offset + end))
    return spans


def _short_form(word: str, part: str) -> bool:
    """Whether ``word`` is a short form of the name ``part``: its start or its end, three letters or more, and
    two letters shorter at least ("Ratn" for Ratna is a slip, "Har" for Haryanto, "Tuti" for Astuti a short form)."""
    return len(word) >= 3 and len(part) - len(word) >= 2 and (part.startswith(word) or part.endswith(word))


def own_name_words(draft: Draft, context: Context) -> set[str]:
    """The words of the reader's own name: the context's ``name``, the signature, "Saya Dimas Aditya"."""
    found = {fold(word) for word in name_parts(context.name, NAME_NOISE)}
    if draft.signature is not None:
        first_line = draft.signature.text(draft.text).strip().split("\n")[0]
        found |= {fold(first_line[start:end]) for start, end in word_spans(first_line)}
    for match in _SELF_INTRODUCTION.finditer(draft.text):
        for word in match["name"].split():
            if (fold(word) in COMMON_WORDS or fold(word) in _NO_NAME_AFTER_SAYA
                    or any(_one_slip(fold(word), verb) for verb in _NO_NAME_AFTER_SAYA)):
                break  # "Saya Mengucapkan Terima Kasih ...", "Saya Mengucapkn ...": a sentence in capitals, not a name
            found.add(fold(word))
    return found


# Verbs that follow "Saya" in a letter's first sentence, never a name: "Saya Mengucapkan ..." in capitals starts none.
_NO_NAME_AFTER_SAYA = frozenset(
    "mengucapkan menyampaikan berterima merasa ingin mohon memohon bermaksud hendak bersyukur berharap".split())


_SELF_INTRODUCTION = re.compile(
    r"\b(?i:perkenalkan,?\s+)?(?i:saya|nama\s+saya|i\s+am|i'm|my\s+name\s+is|this\s+is|it's)\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
)


def _misspelled_names(draft: Draft, context: Context, parts: list[str], lang: str) -> Iterator[Hit]:
    targets = {fold(part): part for part in parts}
    others = {fold(word) for word in name_parts(context.company, COMPANY_NOISE) + name_parts(context.role, ROLE_NOISE)}
    others |= own_name_words(draft, context) - set(targets)
    own = [lexicon for lexicon in context.lexicons if lexicon.lang == lang]
    words = _folded_words(draft, draft.outside_signature())
    for index, (word, span) in enumerate(words):
        original = span.text(draft.text)
        if word in targets or word in others or word in COMMON_WORDS or word in NAME_NOISE or word in NOT_NAMES or len(word) < 3:
            continue
        if not original[:1].isupper():
            continue
        # A word of the language away from a name's place is that word: "kampanye Ramadan" beside Gilang Ramadhan.
        after_address = index > 0 and words[index - 1][0] in NAME_NOISE or bool(draft.greeting and draft.greeting.start <= span.start < draft.greeting.end)
        if own and not after_address and any(lexicon.knows(word) for lexicon in own):
            continue
        for target, spelled in targets.items():
            if _near(word, target) and not _short_form(word, target):
                yield _found(draft, span, "interviewer_misspelled", expected=spelled)
                break
    # The subject line too ("Terima kasih, Pak Andri"), read alike; a subject taken from the body is read there.
    if draft.subject_span is None or draft.subject_field == "body":
        return
    text, area = draft.subject, draft.subject_span
    spans = [(start + area.start, end + area.start) for start, end in word_spans(text[area.start : area.end])]
    for index, (start, end) in enumerate(spans):
        original = text[start:end]
        word = _POSSESSIVE.sub("", fold(original))
        if word in targets or word in others or word in COMMON_WORDS or word in NAME_NOISE or word in NOT_NAMES or len(word) < 3:
            continue
        if not original[:1].isupper():
            continue
        after_address = index > 0 and fold(text[spans[index - 1][0] : spans[index - 1][1]]) in NAME_NOISE
        if own and not after_address and any(lexicon.knows(word) for lexicon in own):
            continue
        spelled = next((spelled for target, spelled in targets.items() if _near(word, target) and not _short_form(word, target)), None)
        if spelled is not None:
            yield _subject_hit(draft, start, end, "interviewer_misspelled", found=original, expected=spelled)


def company(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """The company's name: absent, or written with a slip."""
    parts = name_parts(context.company, COMPANY_NOISE) or name_parts(context.company, frozenset())
    if not parts:
        return
    target = [fold(part) for part in parts]
    words = _folded_words(draft, draft.outside_signature())
    slips = list(_window_slips(draft, words, target, NEAR_MISS, capitalised=True))
    for span in slips:
        yield _found(draft, span, "company_misspelled", expected=" ".join(parts))
    # "Save the Children" is named by "Save the Children": legal forms and articles do not count either side.
    tokens = [word for word, _ in words if word not in COMPANY_NOISE] + [""] + [
        word for word in _subject_words(draft) if word not in COMPANY_NOISE]
    core = target
    while len(core) > 1 and core[-1] in COMPANY_TAIL:
        core = core[:-1]
    while len(core) > 1 and core[0] in COMPANY_HEAD:
        core = core[1:]
    named = (_contains(tokens, target) or _has_acronym(draft, parts) or (len(target) >= 3 and _contains(tokens, target[:2]))
             or (core != target and core[0] not in COMPANY_TAIL and _contains(tokens, core))
             or _names_by_its_first_word(draft, parts, core) or _names_by_syllables(tokens, core))
    if slips:
        return
    # The company's own distinctive words: "PT Nestle Indonesia" shares only a country with "Unilever Indonesia".
    own = {word for word in target if word not in COMPANY_TAIL and word not in COMPANY_HEAD} | set(core)
    if named:
        # Named, and another company where the reader would work: a copy edited in one place only ("... di PT
        # Indomarco Prismatama. Saya ingin bergabung dengan tim Alfamart"). A company named elsewhere may be a
        # past employer: only the places that say where the reader would work are read.
        other = next(_other_companies(draft, context, language, own, language.joining_places), None)
        if other is not None:
            yield _found(draft, other, "company_other", expected=context.company)
        return
    other = next(_other_companies(draft, context, language, own), None)
    if other is not None:
        yield _found(draft, other, "company_other", expected=context.company)
    elif context.channel in NEEDS_NAMING and not _REPLY.match(draft.subject_text) and not does_another_job(draft, language):
        # (A reply in the thread, "Re: ...", is read under the company's own message: it goes without saying; so is
        # an answer to their news, a follow-up or a withdrawal, which name the role they are about.)
        start = draft.content.start
        yield Hit("company_absent", start, start, "body", {"expected": context.company})


def company_in_subject(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """Another company named in the subject line than the one the letter is for (the context's company, else the one
    the body names where the reader would work): a subject left from a copied email ("Terima kasih – wawancara di PT
    Maju Jaya" over a letter to PT Sinar Logistik)."""
    if draft.subject_span is None:
        return
    expected = context.company
    if not name_parts(expected, COMPANY_NOISE):
        expected = _company_the_body_names(draft, language)
    parts = name_parts(expected, COMPANY_NOISE)
    if not parts:
        return
    target = [fold(part) for part in parts]
    core = target
    while len(core) > 1 and core[-1] in COMPANY_TAIL:
        core = core[:-1]
    while len(core) > 1 and core[0] in COMPANY_HEAD:
        core = core[1:]
    own = {word for word in target if word not in COMPANY_TAIL and word not in COMPANY_HEAD} | set(core)
    name_words = {fold(word) for start, end in word_spans(expected)
                  if (word := expected[start:end]) and fold(word) not in COMPANY_NOISE} or {""}
    acronyms = _acronyms(expected)
    role_words = {fold(word) for word in context.role.split()}
    people = ({fold(part) for part in name_parts(context.interviewer, NAME_NOISE)} | own_name_words(draft, context)
              | _addressed_names(draft))
    text, area = draft.subject, draft.subject_span
    calendar = {fold(name) for lang in DRAFT_LANGUAGES for name in (*texts_for(CommonTexts, lang).weekdays, *texts_for(CommonTexts, lang).months)}
    seen: list[tuple[int, int]] = []
    for pattern in language.subject_company_places:
        for match in _compiled(pattern, 0).finditer(text, area.start, area.end):
            if any(start < match.end("org") and match.start("org") < end for start, end in seen):
                continue
            words = [word.strip(".,") for word in (fold(word) for word in match["org"].split())]
            if set(words) - COMPANY_NOISE <= acronyms or set(words) <= name_words or set(words) & own:
                continue  # the company itself, by its initials or by a word of its own name ("Bank" of Bank Mandiri)
            if (words[0] in _NOT_AN_ORGANISATION or set(words) & _SITE_WORDS or words[0] in _WHEN_OR_HOW or words[0] in calendar
                    or words[0] in NAME_NOISE or words[0] in TEAM_WORDS or words[0] in ROLE_TITLES
                    or words[0] in role_words or words[0] in _PLACES or STOCK_PLACEHOLDERS.search(match["org"])
                    or {_POSSESSIVE.sub("", word) for word in words} & people):
                continue  # a person, a team, a role, a city, a placeholder: no other company
            seen.append((match.start("org"), match.end("org")))
            if _near(" ".join(words), " ".join(core)) or _near(" ".join(words), " ".join(target)):
                # The company itself, mistyped ("wawancara di Tokopdia"): its spelling, not another company.
                yield _subject_hit(draft, match.start("org"), match.end("org"), "company_misspelled", found=match["org"],
                                   expected=" ".join(parts))
                continue
            yield _subject_hit(draft, match.start("org"), match.end("org"), "company_other", found=match["org"], expected=expected)


# Where or when an interview was held ("di Cabang Cikarang", "at Head Office", "di Hari Senin", "di Zoom", "at Google
# Meet"): a place of theirs, a day, a video call's tool; no other company.
_SITE_WORDS = frozenset("cabang kantor gedung menara tower plaza mall lantai ruang ruangan kampus pabrik branch office head "
                        "headquarters hq building floor campus room site plant wisma graha jalan jl street road avenue square place "
                        "centre center city park hotel cafe café coffee kopi restaurant".split())  # anywhere in the name: "Menara BCA"
_WHEN_OR_HOW = frozenset("hari tanggal minggu bulan pagi siang sore malam day week morning afternoon evening zoom google "
                         "microsoft teams skype webex whatsapp video online daring".split())  # its first word: "Google Meet"


def _company_the_body_names(draft: Draft, language: type[DraftLanguage]) -> str:
    """The company the body says the reader would join ("bergabung dengan PT Sinar Logistik", "the role at Grab"), or
    the first "PT …" outside a sentence about the reader's past; "" when it names none."""
    area = draft.outside_signature()
    for pattern in (*language.joining_places, *language.company_places):
        for match in _compiled(pattern.replace("{role}", r"(?!)"), 0).finditer(draft.text, area.start, area.end):
            sentence = draft.text[_sentence_start(draft.text, match.start("org")) : match.end("org")]
            words = [fold(word) for word in match["org"].split()]
            if pattern not in language.joining_places and language.past_cues.search(sentence):
                continue
            if words[0] in _NOT_AN_ORGANISATION or words[0] in NAME_NOISE or words[0] in TEAM_WORDS or words[0] in _PLACES:
                continue
            if not any(letter.islower() for letter in sentence):
                continue
            return match["org"]
    return ""


# First words that are no company's: a word of address, a pronoun, a team ("bergabung dengan tim Ibu").
_PLACES = frozenset(fold(place) for place in PLACE_NAMES)
_NOT_AN_ORGANISATION = frozenset("bapak ibu anda pak bu kakak mas mbak you your our the tim team".split())


def _other_companies(draft: Draft, context: Context, language: type[DraftLanguage], own: set[str],
                     places: tuple[str, ...] | None = None) -> Iterator[Span]:
    """Names in the places a letter names its company that share no word with the company written to."""
    area = draft.outside_signature()
    role = re.escape(" ".join(context.role.split())).replace(r"\ ", r"\s+") if context.role else r"(?!)"
    role_words = {fold(word) for word in context.role.split()}
    people = {fold(part) for part in name_parts(context.interviewer, NAME_NOISE)} | own_name_words(draft, context) | _addressed_names(draft)
    acronyms = _acronyms(context.company)
    # Every word of the company's own name, its kind included ("bank", "rsud"), but its legal forms.
    name_words = {fold(word) for start, end in word_spans(context.company)
                  if (word := context.company[start:end]) and fold(word) not in COMPANY_NOISE} or {""}
    for pattern in language.company_places if places is None else places:
        for match in _compiled(pattern.replace("{role}", role), 0).finditer(draft.text, area.start, area.end):
            words = [_POSSESSIVE.sub("", fold(word)) for word in match["org"].split()]  # "at Grab's office": Grab
            if {word.strip(".,") for word in words} - COMPANY_NOISE <= acronyms:
                continue  # "PT KAI" for PT Kereta Api Indonesia (Persero): the company by its initials
            sentence = draft.text[_sentence_start(draft.text, match.start("org")) : match.end("org")]
            if not any(letter.islower() for letter in sentence):
                continue  # "I HOPE TO JOIN SOON": a sentence in capitals names no company by its capitals
            if pattern not in language.joining_places and language.past_cues.search(sentence):
                continue  # "Pengalaman saya ... di PT Indofood", "My internship at PT PAL": a past employer
            if words[0] in _NOT_AN_ORGANISATION or words[0] in NAME_NOISE or STOCK_PLACEHOLDERS.search(match["org"]):
                continue  # "PT Company Name" is the placeholder rule's
            if words[0] in TEAM_WORDS or words[0] in ROLE_TITLES or words[0] in role_words:
                continue  # "bergabung dengan tim Marketing", "join the Data Science team": a team, not a company
            if words[0] in _PLACES or {word.strip(".,") for word in words} & _SITE_WORDS:
                continue  # "the role at Jakarta", "the interview at Menara BCA": a city or a building, not a company
            if re.search(_SITE_BEFORE + re.escape(match["org"].split()[0]) + r"\b", draft.text):
                continue  # "di outlet Kemang ... bergabung dengan tim Kemang": a branch of theirs, named as a place
            rest = draft.text[match.end("org") : _sentence_break(draft.text + "\n", match.end("org")).start()]
            if {fold(word) for word in re.findall(r"[\w&'-]+", rest)} & own:
                continue  # "bergabung dengan tim QC di PT Mayora Indah": a team of the company written to
            if _POSSESSIVE.sub("", words[0]) in people:
                continue  # "join Sarah's team": a person, the interviewer or someone the letter addresses
            if {word.strip(".,") for word in words} <= name_words:
                continue  # "Bank" in "Bank of America", "RSUD" in "RSUD dr Soetomo": the company's own words, no other's
            if not {word.strip(".,") for word in words} & own:
                yield Span(match.start("org"), match.end("org"))


# A site of the company's named by its place ("di outlet Kemang", "cabang Darmo"): the name after it is a place.
_SITE_BEFORE = r"\b(?i:cabang|outlet|gerai|branch|area|wilayah|regional)\s+"


def _acronyms(company: str) -> set[str]:
    """The initials a company goes by ("kai" for PT Kereta Api Indonesia (Persero)): its words' first letters,
    with and without the words its registered name adds at either end (two letters at least)."""
    target = [fold(part) for part in name_parts(company, COMPANY_NOISE)]
    cores = {tuple(target)}
    core = target
    while len(core) > 2 and core[-1] in COMPANY_TAIL:
        core = core[:-1]
        cores.add(tuple(core))
    while len(core) > 2 and core[0] in COMPANY_HEAD:
        core = core[1:]
        cores.add(tuple(core))
    return {"".join(word[0] for word in words) for words in cores if len(words) >= 2}


def _sentence_start(text: str, offset: int) -> int:
    """Where the sentence holding ``offset`` starts (after the last full stop, question mark or line break); not
    after the full stop of an abbreviation ("I worked at CV. Maju Jaya": one sentence)."""
    while True:
        start = max(text.rfind(mark, 0, offset) for mark in (". ", "! ", "? ", "\n"))
        if start < 0 or text[start] != "." or not ends_with_abbreviation(text, start):
            return start + 1
        offset = start


def _sentence_break(text: str, start: int, end: int | None = None) -> re.Match[str] | None:
    """The first end of a sentence from ``start`` (before ``end``), not an abbreviation's full stop ("CV. Maju")."""
    end = len(text) if end is None else end
    for match in _SENTENCE_BREAK.finditer(text, start, end):
        if not (match.group().startswith(".") and ends_with_abbreviation(text, match.start())):
            return match
    return None


def _names_by_syllables(tokens: list[str], core: list[str]) -> bool:
    """A name made of the first letters of the company's words, as Indonesian shortens them: "Wika" for Wijaya
    Karya, "Wika Beton" for PT Wijaya Karya Beton Tbk (two to four letters of each of two words or more, in order)."""
    def built(word: str, words: list[str]) -> bool:
        if not word:
            return True
        return bool(words) and any(word.startswith(words[0][:size]) and built(word[size:], words[1:])
                                   for size in range(SYLLABLE_LETTERS[0], min(SYLLABLE_LETTERS[1], len(words[0])) + 1))

    # Letters from two words at least: "wija" is only the start of "wijaya", not a shortened name.
    return len(core) >= 2 and any(
        len(token) >= 4 and token not in core and not core[start].startswith(token) and built(token, core[start:])
        for token in set(tokens) for start in range(len(core) - 1))


SYLLABLE_LETTERS = (2, 4)


def _names_by_its_first_word(draft: Draft, parts: list[str], core: list[str]) -> bool:
    """"Santika" for Hotel Santika Bandung: the name's own first word, written with its capital."""
    if len(core) < 2 or len(core[0]) < 4 or core[0] in COMPANY_TAIL:
        return False
    word = next((part for part in parts if fold(part) == core[0]), "")
    if not word[:1].isupper():
        return False
    area = draft.outside_signature()
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", draft.text[area.start : area.end]) is not None


def _subject_words(draft: Draft) -> list[str]:
    return [_POSSESSIVE.sub("", fold(draft.subject_text[start:end])) for start, end in word_spans(draft.subject_text)]


def role(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """The role: absent (a tip), or written with a slip."""
    parts = name_parts(context.role, ROLE_NOISE) or name_parts(context.role, frozenset())
    if not parts:
        return
    target = [fold(part) for part in parts]
    words = _folded_words(draft, draft.outside_signature())
    slips = list(_window_slips(draft, words, target, ROLE_NEAR_MISS, capitalised=False))
    for span in slips:
        yield _found(draft, span, "role_misspelled", expected=" ".join(parts))
    tokens = [word for word, _ in words] + [""] + _subject_words(draft)
    # The role's small words are left out of its parts: "Head of Risk" is named by "head of risk" too.
    # Nor are its single letters (``name_parts``): "FP&A Analyst" is named by "FP&A Analyst", whose "A" the target has not.
    named = _contains(tokens, target) or _contains([token for token in tokens if token not in ROLE_NOISE], target) or \
        _contains([token for token in tokens if token not in ROLE_NOISE and (len(token) > 1 or not token)], target)
    if not slips:
        # Not named: another role where this one belongs. Named too: another role where the letter says what the
        # writer applies for ("cocok untuk posisi Copywriter" in a letter for Senior Designer): a copy edited in one
        # place only. A team, a former job, "posisi ini" are no such place.
        other = _other_role(draft, context, language, target, language.applied_role_places if named
                            else language.role_places, named=named)
        if other is not None:
            text, where, span = other
            yield Hit("role_other", span.start, span.end, where, {"found": span.text(text), "expected": context.role})
            return
    if not slips and context.channel in NEEDS_NAMING and not _REPLY.match(draft.subject_text) and not named:
        start = draft.content.start
        yield Hit("role_absent", start, start, "body", {"expected": context.role})


def _other_role(draft: Draft, context: Context, language: type[DraftLanguage], target: list[str],
                places: tuple[str, ...], *, named: bool = False) -> tuple[str, str, Span] | None:
    """Another role named where the one applied for belongs ("the Data Analyst role" for Credit Risk Analyst): a
    word of it that is no word of the role, nor close to one ("Analis" is "Analyst"), nor the company's; with its
    text and field. Where the letter names the role too (``named``), a longer name of it ("posisi Senior UI
    Designer" for UI Designer) and a sentence about the writer's past or naming the role itself are left."""
    company = {fold(word) for word in name_parts(context.company, frozenset())}
    body = Span(draft.content.start, draft.outside_signature().end)
    sources = [(draft.text, "body", body)] + [(text, where, area) for text, where, area in _sources(draft)[1:]]
    for text, where, area in sources:
        for pattern in places:
            for match in _compiled(pattern, 0).finditer(text, area.start, area.end):
                # Its words as the role's own are taken ("UI/UX" is "ui", "ux"; "FP&A" is "fp").
                words = [fold(word) for word in name_parts(match["role"], ROLE_NOISE) if fold(word) not in company]
                strange = [word for word in words if word not in target
                           and not any(SequenceMatcher(None, word, part).ratio() >= 0.7 for part in target)]
                if not words or not strange:
                    continue
                if named:
                    start = _sentence_start(text, match.start())
                    stop = _sentence_break(text, match.end("role"))
                    sentence = text[start : stop.start() if stop else area.end]
                    # The past right before it ("yang pernah saya lamar posisi ..."), not the sentence's ("pengalaman
                    # saya ... cocok untuk posisi ...": the writer's past fitting the role meant).
                    before = text[max(start, match.start() - PAST_REACH) : match.start()]
                    if set(target) <= set(words) or language.past_cues.search(before) \
                            or language.role_not_applied.search(text, start, match.start()) \
                            or _contains([fold(word) for word in re.findall(r"[\w&/+-]+", sentence)], target):
                        continue
                return text, where, Span(match.start("role"), match.end("role"))
    return None


def _contains(tokens: list[str], target: list[str]) -> bool:
    size = len(target)
    return any(tokens[index : index + size] == target for index in range(len(tokens) - size + 1))


def _has_acronym(draft: Draft, parts: list[str]) -> bool:
    if len(parts) < 2:
        return False
    acronym = "".join(part[0] for part in parts).upper()
    return re.search(rf"\b{re.escape(acronym)}\b", draft.text) is not None


# An initial's full stop ("RSUP H. Adam Malik") ends no sentence.
_SENTENCE_BREAK = re.compile(r"(?:[!?;:]|(?<!\b[A-Za-z])\.)\s|\n")


def _window_slips(draft: Draft, words: list[tuple[str, Span]], target: list[str], threshold: float,
                  *, capitalised: bool) -> Iterator[Span]:
    size = len(target)
    joined = " ".join(target)
    # Initials are no part of the name compared (``name_parts`` leaves them out of the target too).
    words = [(word, span) for word, span in words if len(word) > 1 or word.isdigit()]
    # Where the name is written right, no window that overlaps it is a slip of it.
    exact = {index + offset for index in range(len(words) - size + 1)
             if [word for word, _ in words[index : index + size]] == target for offset in range(size)}
    # The name as the context writes it, with its small words ("Save the Children Indonesia" for the parts
    # save/children/indonesia): the words between count as the name's too.
    kept = [index for index, (word, _) in enumerate(words) if word not in COMPANY_NOISE]
    for start in range(len(kept) - size + 1):
        if [words[index][0] for index in kept[start : start + size]] == target:
            exact |= set(range(kept[start], kept[start + size - 1] + 1))
    index = 0
    while index + size <= len(words):
        window = words[index : index + size]
        if exact & set(range(index, index + size)):
            index += 1
            continue
        # A name stays inside its sentence: "PT Mitra Karya. Saya" is no slip of "PT Mitra Karya Abadi", and its
        # fix would swallow the full stop and the next sentence's first word.
        if _sentence_break(draft.text, window[0][1].end, window[-1][1].start):
            index += 1
            continue
        first = window[0][1].text(draft.text)
        candidate = " ".join(word for word, _ in window)
        # An inflection ("consultants" for "consultant") is the same word, not a slip; the same words
        # with a prefix or suffix ("rekam medis" beside "Perekam Medis") are related words. A name has
        # no inflections: "PT United Tractor" is a slip of "PT United Tractors".
        inflected = not capitalised and (candidate.startswith(joined) or joined.startswith(candidate)
                                         or candidate.endswith(joined) or joined.endswith(candidate))
        # A window of the name's own words (and legal forms) is the name, cut differently: "PT Asuransi Sinar".
        inflected = inflected or all(word in target or word in COMPANY_NOISE for word, _ in window)
        # The kind of institution in its short form, the rest of the name as written: "RS Adam Malik" for RSUP
        # H. Adam Malik, "Univ. Gadjah Mada" for Universitas Gadjah Mada.
        inflected = inflected or _kind_shortened([word for word, _ in window], target)
        # In small letters, a word of the role with an ending more or less is the work, not the role misspelled:
        # "praktik audit internal" beside "Auditor Internal", "analisis data" beside "Analis Data".
        inflected = inflected or not capitalised and first[:1].islower() and _derived_words([word for word, _ in window], target)
        if (not capitalised or first[:1].isupper()) and not inflected and _near_phrase(candidate, joined, threshold):
            yield Span(window[0][1].start, window[-1][1].end)
            index += size
            continue
        index += 1


DERIVED_ROOT = 4  # letters a word and its derived form share at least ("audit" in "auditor")


def _derived_words(window: list[str], target: list[str]) -> bool:
    """Whether ``window`` is ``target`` with words that begin one another ("audit" for "auditor"), the rest the same."""
    differ = [(word, part) for word, part in zip(window, target) if word != part]
    return len(window) == len(target) and bool(differ) and all(
        min(len(word), len(part)) >= DERIVED_ROOT and (word.startswith(part) or part.startswith(word)) for word, part in differ)


def _kind_shortened(window: list[str], target: list[str]) -> bool:
    """Whether ``window`` is ``target`` with its words of institution (COMPANY_HEAD) written short ("rs" for "rsup")."""
    differ = [(word, part) for word, part in zip(window, target) if word != part]
    return len(window) == len(target) and bool(differ) and all(
        part in COMPANY_HEAD and len(word) >= 2 and part.startswith(word) for word, part in differ)


def _near_phrase(candidate: str, target: str, threshold: float) -> bool:
    if " " not in target:
        return _near(candidate, target, threshold)
    if abs(len(candidate) - len(target)) > 3:
        return False
    matcher = SequenceMatcher(None, candidate, target)
    return matcher.quick_ratio() >= threshold and matcher.ratio() >= threshold


def message_kinds(draft: Draft, language: type[DraftLanguage]) -> frozenset[str]:
    """What else than a thank-you for the conversation the message does, read from its own words (subject
    and body): ``follow_up``, ``rejection_reply``, ``confirmation``, ``reschedule`` (asking for another date), ``withdrawal`` (declining an offer too),
    ``offer_reply``; empty for a thank-you. A reply may do two at once ("thank you for the offer; I decline")."""
    # The whole message but its signature: a one-line chat ("Hi Tom, confirmed for Thursday.") is all greeting line.
    # Chat shorthand is read as the words it stands for ("gmn hasilnya, udh ada blm?": "bagaimana", "sudah", "belum").
    text = _spelled_out(draft.subject_text + "\n" + draft.outside_signature().text(draft.text), language)
    return frozenset(kind for kind, pattern in language.purposes.items() if pattern.search(text))


_TOKEN = re.compile(r"[^\W\d_]+")


def _spelled_out(text: str, language: type[DraftLanguage]) -> str:
    """``text`` with each informal word the language's table has a written form for replaced by it."""
    def written(match: re.Match[str]) -> str:
        word = match.group()
        before = re.split(r"[.!?\n]", match.string[: match.start()])[-1]
        fixed = written_form(language, word.lower(), before, match.string[match.end() :])
        return word if fixed is None else fixed or "\x00"  # an empty fix drops the word ("sangat senang banget")
    return re.sub(r"[ \t]*\x00", "", _TOKEN.sub(written, text))


def does_another_job(draft: Draft, language: type[DraftLanguage]) -> bool:
    """A follow-up, a reply to news, a withdrawal, a confirmation, or thanks for a test taken alone (no
    interview named): not a thank-you for a conversation."""
    if message_kinds(draft, language):
        return True
    text = draft.subject_text + "\n" + draft.content.text(draft.text)
    return bool(language.test_taken.search(text)) and not _compiled(language.interview_words).search(text)


def generic(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """Nothing from the conversation itself: only phrases that would fit any interview."""
    content_words = draft.words_in(draft.content)
    if len(content_words) < 15:
        return
    if does_another_job(draft, language):
        return  # a follow-up, a reply to news, a withdrawal, thanks for a test: no conversation to recall
    known = {fold(word) for word in name_parts(context.company, COMPANY_NOISE) + name_parts(context.role, frozenset())}
    # A term of the company's or the role's own ("AT&T", "R&D Engineer") is the job's, not the conversation's.
    known |= {fold(term) for term in _AMPERSAND_TERM.findall(f"{context.company} {context.role}")}
    # What the reader told us they discussed, said in a sentence, is from the conversation by their own word,
    # however plain it reads alone ("the team culture"): its words but the small ones and the job's own. A topic
    # of only the words every letter uses and those of the hiring itself ("the role", "proses seleksi") names
    # nothing that was said.
    topics = [words for words in ({fold(topic[start:end]) for start, end in word_spans(topic)}
                                  - language.stop_words - known - {""} for topic in context.topics)
              if words - language.boilerplate - language.hiring_words]
    for sentence in draft.sentences:
        text = sentence.text(draft.text)
        if is_specific(text, language, known):
            return
        said = {fold(text[start:end]) for start, end in word_spans(text)}
        if any(words <= said for words in topics):
            return
    # The first sentence with a word in it: marks alone ("today!!" split as "today!" and "!") are no sentence to show.
    worded = [sentence for sentence in draft.sentences if word_spans(sentence.text(draft.text))]
    first = worded[0] if worded else draft.content
    yield Hit("generic", first.start, first.end, "body", {})


def is_specific(sentence: str, language: type[DraftLanguage], known: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether a sentence carries something said in the conversation (not the job, the company, the time)."""
    if re.search(r"[\"“][^\"”]{3,}[\"”]", sentence):
        return True
    # Content, whatever the phrasing: enough words no thank-you template would hold ("the tea supply
    # chain from smallholder estates"), beyond the job's own name. Numbers are not content; a term with a digit
    # in it is ("5S", "K3", "V60").
    # Capitalised words are names (of the company, the role, a place): what was said is in the others.
    content = {token for token in (fold(sentence[start:end]) for start, end in word_spans(sentence)
                                   if start == 0 or not sentence[start].isupper())
               if (len(token) > 2 or _TERM_WITH_DIGIT.fullmatch(token)) and not _NUMBER.fullmatch(token)
               and token not in language.boilerplate and token not in language.stop_words and token not in language.generic_heads
               and token not in known and token not in COMMON_WORDS}
    # A term joined by "&" is a field's own ("S&OP", "P&L", "M&A"): no template holds one.
    if any(fold(term) not in known and fold(term) not in _VAGUE_TERMS for term in _AMPERSAND_TERM.findall(sentence)):
        return True
    tokens = {fold(sentence[start:end]) for start, end in word_spans(sentence)}
    if len(content) >= SPECIFIC_WORDS and tokens & _THEIR_SIDE or len(content) >= SPECIFIC_WORDS_ALONE:
        return True  # about them or the conversation with words of its own, or a full scene of its own
    for cue in language.topic_cues:
        for match in _compiled(cue).finditer(sentence):
            if _object_is_specific(sentence[match.end() : match.end() + _OBJECT_CHARS], language, known, clause=False):
                return True
    for cue in language.clause_cues:
        for match in _compiled(cue).finditer(sentence):
            if _object_is_specific(sentence[match.end() : match.end() + _OBJECT_CHARS], language, known, clause=True):
                return True
    # What the interviewer said, named before the cue: "kampanye Ramadan yang Ibu ceritakan", "the churn model you described".
    for cue in language.told_cues:
        for match in _compiled(cue, 0).finditer(sentence):
            before = re.split(r"[,.;:!?()]", sentence[: match.start()])[-1]
            said = [fold(before[start:end]) for start, end in word_spans(before)[-_TOLD_WORDS:]]
            if any(len(token) > 2 and token not in language.boilerplate and token not in language.stop_words
                   and token not in language.generic_heads and token not in known and token not in COMMON_WORDS
                   and token not in _TOLD_VAGUE and not any(char.isdigit() for char in token) for token in said):
                return True
    return False


_AMPERSAND_TERM = re.compile(r"(?<![\w&])[A-Z][A-Za-z]{0,3}&[A-Z][A-Za-z]{0,3}(?![\w&])")  # "S&OP", "P&L", "R&D"
_VAGUE_TERMS = frozenset({"q&a"})  # "the Q&A session": any interview has one


_NUMBER = re.compile(r"\d[\d.,:/-]*(?:st|nd|rd|th|an|nya|-an)?|(?:ke|rp)\d[\d.,]*")  # "2026", "10.00", "3rd", "1990-an", "ke-2"
_TERM_WITH_DIGIT = re.compile(r"(?=.*\d)(?=.*[^\W\d_])\w{2,}")  # "5s", "k3"


_TOLD_WORDS = 4  # the words before a "told" cue that name what was said ("kampanye Ramadan di TikTok")
# What anyone was told: "the information you shared", "informasi yang Ibu sampaikan" name nothing in particular.
_TOLD_VAGUE = frozenset("informasi detail detailnya masukan hal semuanya information details detail things point points everything".split())


# Words that turn a sentence to the interviewer: "you", "Bapak", and the thanks itself ("Terima kasih sudah …").
_THEIR_SIDE = frozenset("you your yours we our us bapak ibu anda kita pak bu kak kakak mas mbak thank thanks terima".split())
SPECIFIC_WORDS_ALONE = 6  # the same without "you" or "Bapak": "Resep rendang yang dimasak perlahan selama enam jam"
SPECIFIC_WORDS = 4  # words outside every template's vocabulary that make a sentence about something
_OBJECT_CHARS = 160  # the words after a cue that can still be its object (8 words, generously)
_CONJUNCTIONS = frozenset({"and", "or", "as", "dan", "serta", "atau", "juga"})
_SUBJECTS = frozenset({"i", "we", "they", "he", "she", "saya", "kami", "aku"})


def _object_is_specific(rest: str, language: type[DraftLanguage], known: set[str] | frozenset[str], *, clause: bool) -> bool:
    """Whether the words after a cue name something particular (not "the role", "posisi ini").

    After a clause cue ("how", "bahwa") any real word counts. After a topic cue the words form
    noun phrases, split at "and"/"dan": a phrase built on a head noun that names the job itself
    ("the Data Analyst position", "posisi Analis Data di ...") is generic; any other is specific.
    English puts the head last, Indonesian first.
    """
    # The object ends where its clause does: at a comma or full stop, or where a new subject starts
    # ("about the company and the role, and I believe ...").
    rest = re.split(r"[,.;:!?()]", rest, maxsplit=1)[0]
    spans = word_spans(rest)[:8]
    tokens = [fold(rest[start:end]) for start, end in spans]
    # Indonesian names a part of the work after a generic head that does not name the job itself, in small
    # letters: two words of its own there make the phrase particular ("proses closing bulanan", "proses
    # onboarding karyawan baru"), one does not ("budaya kerja"); a job's name in capitals is no such word.
    small = {fold(rest[start:end]) for start, end in spans if rest[start].islower()}
    own_words = 0  # after the current generic head
    for index, token in enumerate(tokens):
        # In Indonesian a pronoun after a noun is its owner ("pengalaman saya"): only "dan saya" starts a clause.
        if token in _SUBJECTS and (not language.heads_first or (index and tokens[index - 1] in _CONJUNCTIONS)):
            tokens = tokens[:index]
            break
    pending = False  # English: real words seen in this phrase, its head not yet
    head = ""  # the generic head this phrase met
    done = False  # this phrase has met its head: the rest of it only describes the job
    for token in tokens:
        if language.heads_first and token.endswith("nya") and len(token) > 5:
            token = token[:-3]
        possessive = token.endswith(("'s", "’s"))
        token = re.sub(r"['’]s$", "", token)
        if token in _CONJUNCTIONS:
            if pending and not done:
                return True
            pending = done = False
            continue
        if token in language.stop_words or token in known or token in COMMON_WORDS:
            continue
        if done:
            if language.heads_first and head not in language.job_heads and token in small \
                    and token not in language.boilerplate and token not in language.generic_heads:
                own_words += 1
                if own_words >= 2:
                    return True
            continue
        if token in language.generic_heads:
            if not clause and not possessive and not done:
                done, pending, head, own_words = True, False, token, 0
            continue
        if possessive:
            continue  # "the team's plan": the thing is what follows
        if clause or language.heads_first:
            return True
        pending = True
    return pending and not done


def length(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """Too short or too long for the channel (word counts as ``textstats.word_count`` counts them)."""
    count = word_count(draft.text)
    if not count:
        return
    fewest, most = LENGTH[context.channel]
    low, high = LENGTH_AIM[context.channel]
    params = {"words": count, "channel": context.channel, "low": low, "high": high}
    # A message that does another job (a confirmation, a follow-up, a withdrawal) says it in as few words as it takes.
    if count < fewest and not does_another_job(draft, language):
        whole = Span(draft.words[0].start, draft.words[-1].end)
        yield Hit("length_short", whole.start, whole.end, "body", params)
    elif count > most:
        # It points at the body's longest paragraph, where cutting starts: never at the closing or the signature.
        longest = max(draft.paragraphs, key=lambda part: len(draft.words_in(part)), default=draft.content)
        yield Hit("length_long", longest.start, longest.end, "body", params)


def long_parts(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """Sentences and paragraphs too long to read at a glance."""
    for sentence in draft.sentences:
        count = len(draft.words_in(sentence))
        if count > LONG_SENTENCE:
            yield Hit("long_sentence", sentence.start, sentence.end, "body", {"words": count, "limit": LONG_SENTENCE})
    limit = LONG_PARAGRAPH[context.channel]
    for paragraph in draft.paragraphs:
        count = len(draft.words_in(paragraph))
        if count > limit:
            yield Hit("long_paragraph", paragraph.start, paragraph.end, "body", {"words": count, "limit": limit})


def _phrase_rule(code: str, patterns_of: Callable[[type[DraftLanguage]], tuple[str, ...]]) -> Rule:
    def rule(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
        for span in _matches(patterns_of(language), draft.text, draft.outside_signature()):
            yield _found(draft, span, code)

    rule.__name__ = code
    rule.__doc__ = f"Phrases of the kind {code!r}, from the draft language's table."
    return rule


desperate = _phrase_rule("desperate", lambda language: language.desperate)
self_doubt = _phrase_rule("self_doubt", lambda language: language.self_doubt)
def context_words(context: Context) -> set[str]:
    """The folded words of everything the reader told us: company, role, topics, names."""
    return {fold(text[start:end]) for text in context.phrases for start, end in word_spans(text)}


def _from_context(draft: Draft, span: Span, known: set[str]) -> bool:
    """Whether every word of ``span`` is a word the reader gave as company, role or topic."""
    words = [fold(word.text(draft.text)) for word in draft.words_in(span)]
    return bool(words) and all(word in known for word in words)


def _sentence_of(draft: Draft, span: Span) -> Span:
    for sentence in draft.sentences:
        if sentence.start <= span.start < sentence.end:
            return sentence
    return span


def salary(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """Pay and benefits raised by the reader: a salary word in a sentence that asks or bargains.

    A reply to an offer is where pay is talked about (asking what the offer includes, negotiating it): no finding there.
    """
    if "offer_reply" in message_kinds(draft, language):
        return
    known = context_words(context)
    for span in _matches(language.salary, draft.text, draft.outside_signature()):
        if _from_context(draft, span, known):
            continue
        sentence = _sentence_of(draft, span).text(draft.text)
        if any(_compiled(cue).search(sentence) for cue in language.salary_asks):
            yield _found(draft, span, "salary")


def pressure(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """A demand for a quick answer, or other offers held over them; "right away" alone is not one.

    A withdrawal presses on no decision: the offer the reader took elsewhere is its reason. A date for the
    reader's own answer ("may I give you my answer by Friday?") is no demand for theirs, nor is their own haste
    ("please let me know if anything is missing; I will send it right away").
    """
    kinds = message_kinds(draft, language)
    if "withdrawal" in kinds:
        return
    known = context_words(context)
    area = draft.outside_signature()
    answer = _compiled(language.answer_words)
    hits = [span for span in _matches(language.pressure, draft.text, area)]
    if context.channel in NEEDS_CLOSING:  # a letter (email, card), not a chat
        hits += _matches(language.pressure_in_letter, draft.text, area)
    own_haste = [match.span() for match in language.own_haste.finditer(draft.text)]
    hits += [span for span in _matches(language.urgency, draft.text, area)
             if not any(start <= span.start < end for start, end in own_haste)
             and answer.search(language.own_answer.sub(_blank, _sentence_of(draft, span).text(draft.text)))]
    # In a reply to an offer the decision is theirs already: the other process is the reader's, and asking for time
    # to the day is the courteous way (the follow-up advice fits no reply to an offer).
    # In a follow-up, the follow-up is already the place to ask: "ask later in a follow-up" would be advice to itself.
    variant = {"variant": "offer"} if "offer_reply" in kinds else {"variant": "follow_up"} if "follow_up" in kinds else {}
    for span in _non_overlapping(hits):
        if not _from_context(draft, span, known):
            yield _found(draft, span, "pressure", **variant)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def reconsider(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """A decision argued with: "Apakah bisa dipertimbangkan ulang?", "you made a mistake", "who got the job?".

    Not in a reply to an offer ("would you reconsider the base salary?" negotiates) nor in a confirmation
    ("wawancara ulang" is a new date).
    """
    if message_kinds(draft, language) & {"offer_reply", "confirmation"}:
        return
    for span in _matches(language.reconsider, draft.text, draft.outside_signature()):
        yield _found(draft, span, "reconsider")


def reproach(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """The wait or the decision blamed on them, in a follow-up or a reply to news: "which is quite unprofessional"."""
    if message_kinds(draft, language) & {"follow_up", "rejection_reply"}:
        for span in _matches(language.reproach, draft.text, draft.outside_signature()):
            yield _found(draft, span, "reproach")
    # A grievance about the interview itself, in any letter: "you kept me waiting for 40 minutes".
    for span in _matches(language.grievance, draft.text, draft.outside_signature()):
        yield _found(draft, span, "grievance")


def _non_overlapping(spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    for span in sorted(spans, key=lambda span: (span.start, -span.end)):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


def apology(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """An apology that is too strong, or more than one."""
    area = draft.outside_signature()
    strong = list(_matches(language.apology_strong, draft.text, area))
    for span in strong:
        yield _found(draft, span, "apology_strong")
    apologies = list(_matches([language.apology], draft.text, area))
    if len(apologies) >= 2:
        yield _found(draft, apologies[1], "apology_repeated", count=len(apologies))
    elif not strong and not (kinds := message_kinds(draft, language)) & {"withdrawal", "reschedule"}:
        # A withdrawal or a new date changes their plans: one "sorry for the inconvenience" is its due, no ritual.
        for span in _matches(language.apology_ritual, draft.text, area):
            if ("follow_up" in kinds or context.channel in CHAT_CHANNELS) and language.apology_bother.search(draft.text, span.start, span.end):
                # A follow-up writes unasked, and a chat lands on a personal phone: one "mohon maaf mengganggu" is
                # their courtesy, the common way to open a WhatsApp message to a recruiter.
                continue
            yield _found(draft, Span(span.start, len(draft.text[: span.end].rstrip(" ,;"))), "apology_ritual")


def attachment(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """A file the message says comes with it ("Terlampir ...", "I have attached ..."): once, as a reminder
    to attach it (the reviewer sees the text, never the files)."""
    for span in _matches(language.attachment, draft.text, draft.outside_signature()):
        yield _found(draft, span, "attachment")
        return


def informal(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """Chat words in a message to an interviewer: ``banget``, ``gue``, ``gonna``, ``wanna``; and a chat written
    mostly in them, which its words one by one (tips in a chat) understate."""
    hits = list(_informal_words(draft, context, language))
    yield from hits
    count, per_words = INFORMAL_DENSE
    # A word standard in other places ("sama": same, "soal": a question, "buat": to make) is no shorthand, whatever it
    # means there: "berdiskusi sama Ibu" said thrice is a spoken habit, not a message of shorthand.
    shorthand = [hit for hit in hits if fold(str(hit.params["found"])) not in language.informal_exempt]
    if CHANNEL_SEVERITY.get(context.channel, {}).get("informal_word", "should") != "should" and len(shorthand) >= count \
            and len(shorthand) * per_words >= len(draft.words_in(draft.outside_signature())):
        hits = shorthand
        first = hits[0]
        words_ = ", ".join(dict.fromkeys(f"“{hit.params['found']}”" for hit in hits))
        yield Hit("informal_dense", first.start, first.end, first.field, {"found": first.params["found"], "words": words_})


def formal_register(draft: Draft) -> bool:
    """Whether the draft writes in the formal register: "Dengan hormat," or a greeting with "Yth."/"Kepada"."""
    return draft.opening is not None or (draft.greeting is not None and bool(_FORMAL_GREETING.match(draft.greeting.text(draft.text))))


def _informal_words(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    # A casual closing ("Thx,") is the closing rule's finding, not this one's.
    closing_phrase = draft.closing_phrase or Span(0, 0)
    named = {fold(part) for text in (context.interviewer, context.name, context.company, *context.panel)
             for part in name_parts(text, NAME_NOISE)}
    formal = draft.opening is not None  # "Dengan hormat,": the letter's own mark of the formal register
    told_workplace = False
    for text, where, area in _sources(draft, draft.outside_signature()):
        for start, end in word_spans(text[area.start : area.end]):
            start, end = start + area.start, end + area.start
            if where == "body" and closing_phrase.start <= start < closing_phrase.end:
                continue
            original = text[start:end]
            word = fold(original)
            if word not in language.informal and _ELONGATED.search(word) and not original.isupper() and _checkable(text, start, end, True):
                # A letter held as in speech ("sooo excited", "pleaseee", "bangettt"): the word itself, or its chat word.
                held = next((short for short in (_HELD.sub(r"\1\1", word), _HELD.sub(r"\1", word))
                             if short in language.informal or short in COMMON_WORDS
                             or any(lexicon.knows(short) for lexicon in context.lexicons)), None)
                if held is not None and held not in language.informal:
                    fix = held if original[:1].islower() else held.capitalize()
                    yield Hit("informal_word", start, end, where, {"found": original, "fix": fix})
                    continue
                word = held or word
            if word not in language.informal:
                standard = _standard_form(original, language, context)
                if standard:
                    yield Hit("informal_word", start, end, where, {"found": original, "fix": standard})
                continue
            # (a shorthand spelled out, "Sy", "Yg"; not a particle left out, "Ya, saya bersedia": "yes")
            opens = original[1:].islower() and bool(language.informal[word]) and not text[_sentence_start(text, start) : start].strip()
            if len(word) <= 2 and original != word and not opens or original.isupper() and (len(word) <= 3 or not _VOWEL.search(word)):
                continue  # "UR", "Ga", "SPT", "TGL": more likely an abbreviation than chat; not "Sy seneng" opening a sentence
            if word in language.formal_only and not formal:
                continue  # "masukan soal rasio air" to "Pak Yoga" at "Selamat malam": a semi-formal message's word
            if word in language.workplace_address and context.channel not in ("email", "card"):
                continue  # "Kak" is how recruiters and candidates address each other in chats
            if word in language.workplace_address and not formal_register(draft):
                # "Halo Kak Sasha," in an email without "Yth." or "Dengan hormat": a start-up's own way, maybe; the
                # writer knows the workplace, the reviewer does not (FACTS: offer it, never guess it).
                if not told_workplace:
                    yield Hit("address_workplace", start, end, where, {"found": original})  # told once
                told_workplace = True
                continue
            exempt = language.informal_exempt.get(word)
            if exempt and (word in language.chat_particles and context.channel not in ("email", "card") or exempt[0].search(text[_sentence_start(text, start) : start]) or exempt[1].match(text[end:])):
                continue  # "Ya, saya bersedia": "yes"; a chat's particle is the chat's own ("Makasih ya kak"); "saya buat": a verb
            if original[:1].isupper() and (word in named or _after_address(text, start)):
                continue  # a name: "Bapak Gede Wirawan" (Balinese), "Pak Gede"; not Jakarta's "gede" (big)
            fix = language.informal[word]
            if word in language.informal_person and language.person_subject.search(text[_sentence_start(text, start) : start]):
                fix = language.informal_person[word]  # "Saya sudah diemail oleh HRD": the person got an email
            elif word in language.informal_fix_after and language.informal_fix_after[word][0].search(text[_sentence_start(text, start) : start]):
                fix = language.informal_fix_after[word][1]  # "Terima kasih sama Ibu": "kepada"
            joined = _JOINED_PUN.match(text, end)
            if fix and joined and language.nonstandard.get(f"{fold(fix)} pun"):
                # "Gimana pun hasilnya": the written word is the joined conjunction ("Bagaimanapun"), not "Bagaimana pun".
                end, original, fix = joined.end(), text[start : joined.end()], language.nonstandard[f"{fold(fix)} pun"]
            if fix and opens and original[:1].isupper():
                fix = fix[:1].upper() + fix[1:]  # "Sy seneng ...": "Saya"
            code = "informal_familiar" if word in language.familiar else "informal_word" if fix else "informal_drop"
            params: dict[str, object] = {"found": original}
            if fix:
                params["fix"] = fix
            yield Hit(code, start, end, where, params)


_JOINED_PUN = re.compile(r"[ \t]+(?i:pun)(?![\w-])")  # "pun" after a word, written apart


# A form of address, or the Balinese "I"/"Ni" that begins a name ("I Gede", "Ni Luh").
_ADDRESS_BEFORE = re.compile(r"(?<![\w/])(?:(?i:bapak|ibu|pak|bu|mr|mrs|ms|miss|mas|mbak|mba|kak|sdr|sdri|bli|dr)\.?|I|Ni)\s+$")


def _after_address(text: str, start: int) -> bool:
    """Whether a form of address comes straight before ``start``: the word there is a name ("Pak Gede")."""
    return bool(_ADDRESS_BEFORE.search(text[max(0, start - 12) : start]))


def nonstandard(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """Spellings the dictionary marks as not standard ("karir", "resiko", "apapun"), with the standard one."""
    if not language.nonstandard:
        return
    told = context_words(context)
    for text, where, area in _sources(draft, draft.outside_signature()):
        for start, end in word_spans(text[area.start : area.end]):
            start, end = start + area.start, end + area.start
            original = text[start:end]
            word = fold(original)
            if word in told:
                continue
            stem, clitic = word, ""
            if stem not in language.nonstandard and stem.endswith("nya") and stem[:-3] in language.nonstandard:
                stem, clitic = stem[:-3], "nya"
            if stem not in language.nonstandard:
                continue
            fix = language.nonstandard[stem] + clitic
            fix = fix[:1].upper() + fix[1:] if original[:1].isupper() else fix
            yield Hit("nonstandard", start, end, where, {"found": original, "fix": fix})
        # Words written apart that the standard joins ("Walau pun", "bagaimana pun": "Walaupun", "bagaimanapun").
        for match in _apart_spellings(language).finditer(text, area.start, area.end):
            found = match.group()
            fix = language.nonstandard[" ".join(fold(word) for word in found.split())]
            fix = fix[:1].upper() + fix[1:] if found[:1].isupper() else fix
            yield Hit("nonstandard", match.start(), match.end(), where, {"found": found, "fix": fix})


@lru_cache(maxsize=8)
def _apart_spellings(language: type[DraftLanguage]) -> re.Pattern[str]:
    """The two-word keys of ``language.nonstandard`` as one pattern, any space between their words (none: "(?!)")."""
    apart = [key.split() for key in language.nonstandard if " " in key]
    return re.compile("|".join(r"(?<![\w-])" + r"[ \t]+".join(map(re.escape, words)) + r"(?![\w-])" for words in apart)
                      or "(?!)", re.IGNORECASE)


def emoji(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """Emoji and emoticons."""
    for text, where, area in _sources(draft):
        for match in EMOJI.finditer(text, area.start, area.end):
            yield Hit("emoji", match.start(), match.end(), where, {"found": match.group()})


def exclamations(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """``!!``, ``?!``, ``??``, and more exclamation marks than one message needs."""
    total = 0
    extra: tuple[str, int, int] | None = None
    for text, where, area in _sources(draft):
        repeated = list(REPEATED_EXCLAMATION.finditer(text, area.start, area.end))
        for match in repeated:
            yield Hit("exclamation_repeated", match.start(), match.end(), where, {"found": match.group()})
        for match in REPEATED_QUESTION.finditer(text, area.start, area.end):
            if not any(seen.start() <= match.start() < seen.end() for seen in repeated):
                yield Hit("question_repeated", match.start(), match.end(), where, {"found": match.group(), "fix": "?"})
        inside = {index for match in repeated for index in range(match.start(), match.end())}
        for index in range(area.start, area.end):
            if text[index] == "!" and index not in inside:
                total += 1
                if total == EXCLAMATIONS + 1:
                    extra = (where, index, index + 1)
    if extra is not None:
        where, start, end = extra
        yield Hit("exclamation_many", start, end, where, {"count": total})


def all_caps(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """Words in capitals that are not acronyms: they read as shouting."""
    named = {fold(word) for name in (context.company, context.interviewer, context.role) for word in name.split()}
    for text, where, area in _sources(draft, draft.outside_signature()):
        hits = list(_shouted_runs(text, where, area, context, named))
        letters = [char for char in text[area.start : area.end] if char.isalpha()]
        if where == "body" and len(hits) >= 2 and sum(char.isupper() for char in letters) >= CAPITALS_SHARE * len(letters):
            # A whole message typed in capitals: one finding for it, not one per line ("DEAR MR", "AND", "REGARDS").
            yield Hit("all_caps_text", hits[0].start, hits[-1].end, where, {})
        else:
            yield from hits


CAPITALS_SHARE = 0.8  # of the letters of a body in capitals: the whole message is typed in capitals


def _shouted_runs(text: str, where: str, area: Span, context: Context, named: set[str]) -> Iterator[Hit]:
    """Each run of words in capitals that shouts, in ``text`` within ``area``."""
    run: list[tuple[int, int]] = []
    loud = False
    for match in CAPITAL_WORD.finditer(text, area.start, area.end):
        word = match.group()
        if not word.isupper() or word in ACRONYMS or fold(word) in named:
            continue
        gap = text[run[-1][1] : match.start()] if run else "\n"
        if run and gap.strip(" ,.!?-–") == "" and "\n" not in gap:
            run.append(match.span())
        else:
            if run and loud:
                yield Hit("all_caps", run[0][0], run[-1][1], where, {"found": text[run[0][0] : run[-1][1]]})
            run = [match.span()]
            loud = False
        # A lone short word in capitals is likelier an acronym (UTBK, CPNS) than a shout.
        # A long one shouts when it is a word; one no dictionary knows is a name ("SATUSEHAT", "KEMENKES"). Without
        # the word lists nothing tells the two apart ("NEBOSH", "IMPORTANT"): only the shouts everyone uses count.
        long_word = len(word) >= 6 and bool(context.lexicons) and known(word.lower(), context.lexicons)
        # Words in a row shout; with the word lists, only when one of them is a word: "IGD RSUD", "QA QC" are acronyms.
        in_a_row = len(run) >= 2 and len(word) >= 4 and (not context.lexicons or known(word.lower(), context.lexicons))
        loud = loud or long_word or fold(word) in SHOUT_WORDS or in_a_row
    if run and loud:
        yield Hit("all_caps", run[0][0], run[-1][1], where, {"found": text[run[0][0] : run[-1][1]]})


def subject(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """The subject line of an email: missing, vague ("Follow up"), or too long."""
    if context.channel not in NEEDS_SUBJECT:
        return
    example = _subject_example(draft, context, language)
    if draft.subject_span is None:
        yield Hit("subject_missing", 0, 0, "subject", {"example": example})
        return
    span = draft.subject_span
    text = span.text(draft.subject)
    words = [fold(text[start:end]) for start, end in word_spans(text)]
    vague = frozenset().union(*(lang.vague_subject for lang in DRAFT_LANGUAGES.values()))
    if _REPLY.match(text):
        return  # a reply in the thread keeps the thread's subject, as the guide advises (cara-menulis)
    if all(word in vague for word in words):
        yield _subject_hit(draft, span.start, span.end, "subject_vague", found=text, example=example)
    elif len(words) > SUBJECT_WORDS:
        yield _subject_hit(draft, span.start, span.end, "subject_long", words=len(words), limit=SUBJECT_WORDS)
    yield from _subject_title_case(draft, context, language, span, text)


def _subject_title_case(draft: Draft, context: Context, language: type[DraftLanguage], span: Span, text: str) -> Iterator[Hit]:
    """An English subject with every word capitalised, as a headline ("Thank You For The Interview For The Data Analyst
    Position"): a tip for sentence case, as the guide's own subjects are. Only where everyday words, a small one among
    them ("For", "The"), carry a capital: names, roles and abbreviations keep theirs ("Thank you – Data Analyst
    interview at Bank BCA" is left)."""
    if language.lang != "en":
        return
    everyday = language.function_words | language.boilerplate | SUBJECT_EVERYDAY
    known = context_words(context) | own_name_words(draft, context)
    spans = word_spans(text)
    capitalised = []
    for index, (start, end) in enumerate(spans):
        original = text[start:end]
        before = text[spans[index - 1][1] : start] if index else ""
        if index == 0 or re.search(r"[:–—|]|\s-\s", before):
            continue  # the subject's first word, and the first after a colon or a dash, keep their capital
        folded = fold(original)
        if not (original[:1].isupper() and original[1:].islower() and folded in everyday and folded not in known):
            continue
        previous = text[spans[index - 1][0] : spans[index - 1][1]] if index else ""
        if (folded not in language.function_words and previous[:1].isupper() and fold(previous) not in everyday
                and fold(previous) not in known):
            continue  # "Customer Experience" in a name the context does not give: it may all be the name
        capitalised.append((start, end, folded))
    if sum(word in language.function_words for _, _, word in capitalised) < TITLE_CASE_SMALL_WORDS:
        return
    fixed = text
    for start, end, _ in reversed(capitalised):
        fixed = fixed[:start] + fixed[start:end].lower() + fixed[end:]
    yield _subject_hit(draft, span.start, span.end, "subject_title_case", found=text, fix=fixed)


_REPLY = re.compile(r"(?i)re\s*:")


# A message that does another job gets the generator's own subject line for that kind (one voice): a
# follow-up is no "Terima kasih atas wawancara". The first kind found wins (declining an offer is an offer reply).
KIND_SUBJECTS = (("offer_reply", "reply_to_offer"), ("withdrawal", "withdrawal"), ("rejection_reply", "reply_to_rejection"),
                 ("confirmation", "confirm_next_round"), ("follow_up", "follow_up"))


def _subject_example(draft: Draft, context: Context, language: type[DraftLanguage]) -> str:
    examples = language.subject_examples
    sender = draft.signature.text(draft.text).split("\n")[0].strip() if draft.signature else ""
    kinds = message_kinds(draft, language)
    for found, kind in KIND_SUBJECTS:
        if found in kinds:
            known = {"role": context.role or language.sample_role, "company": context.company,
                     "name": sender if sender and len(sender.split()) <= 5 else ""}
            subjects = texts_for(DraftTexts, language.lang).subjects[kind]
            return next(fill for template in subjects
                        if (fill := _filled(template, known)) is not None)
    if context.role:
        return examples["role"].format(role=context.role)
    if context.company:
        return examples["company"].format(company=context.company)
    if sender and len(sender.split()) <= 5:
        return examples["sender"].format(sender=sender)
    return examples["none"]


def _filled(template: str, known: Mapping[str, str]) -> str | None:
    """``template`` with its placeholders filled, or ``None`` when one of them is not known."""
    names = re.findall(r"\{(\w+)\}", template)
    return template.format(**known) if all(known.get(name) for name in names) else None


def mixed_sentences(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """Whole sentences in the other language (a loanword here and there is not a finding)."""
    for sentence in draft.sentences:
        tokens = [fold(word.text(draft.text)) for word in draft.words_in(sentence)]
        if len(tokens) < 4:
            continue
        main = sum(token in language.function_words for token in tokens)
        for code, other in DRAFT_LANGUAGES.items():
            if code == language.lang:
                continue
            theirs = sum(token in other.function_words and token not in language.function_words for token in tokens)
            if theirs >= 3 and main * 4 <= theirs:
                yield Hit("mixed_sentence", sentence.start, sentence.end, "body", {"main": language.lang, "other": code})
                break


def timing(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """Timing words that contradict the interview date ("yesterday" for an interview three days ago)."""
    if context.interview_date is None or context.now is None:
        return
    today = context.now.date()
    held = context.interview_date
    days = (today - held).days
    if days < 0:
        return
    future = _compiled(language.future_words)
    for sentence in draft.sentences:
        text = sentence.text(draft.text)
        if future.search(text):
            continue
        for pattern, when in language.timing:
            for match in _compiled(pattern).finditer(text):
                if not _fits(when, days, held, today):
                    span = Span(sentence.start + match.start(), sentence.start + match.end())
                    yield _found(draft, span, "timing", when=held, days=days, fix=_timing_fix(language, held, days))
        if not _compiled(language.interview_words).search(text):
            continue
        weekdays = texts_for(CommonTexts, language.lang).weekdays  # Monday first, as in Python's weekday()
        months = texts_for(CommonTexts, language.lang).months
        for match in re.finditer(rf"\b(?i:{language.weekday_before})(?P<day>{'|'.join(weekdays)})\b", text):
            written = _written_date(text[match.end() :], months, today.year)
            if written == (held.month, held.day):
                continue  # "pada Senin, 16 November 2026": the date says which Monday (weekday_dates checks the two agree)
            if written is not None and _day_to_come(written, held, today):
                continue  # "wawancara user hari Kamis, 3 Desember": a day to come, the next round's, not the interview's
            if weekdays.index(match["day"]) != held.weekday() or days > 7:
                span = Span(sentence.start + match.start(), sentence.start + match.end())
                yield _found(draft, span, "timing", when=held, days=days, fix=_timing_fix(language, held, days))


def _day_to_come(written: tuple[int, int], held: date, today: date) -> bool:
    """Whether a (month, day) is after today, in the interview's year or, half a year before it, the next (December, then January)."""
    try:
        day = date(held.year, *written)
        if (held - day).days > 180:  # "5 Januari" after an interview in December
            day = date(held.year + 1, *written)
    except ValueError:
        return False
    return day > today


def _written_date(after: str, months: tuple[str, ...] | list[str], year: int) -> tuple[int, int] | None:
    """The (month, day) the words after a weekday give ("…, 16 November", "…, November 16"), if any."""
    names = "|".join(months)
    match = re.match(rf",?\s+(?:(?P<day>\d{{1,2}})\s+(?P<month>{names})|(?P<month2>{names})\s+(?P<day2>\d{{1,2}}))\b", after)
    if match is None:
        return None
    month = [name.casefold() for name in months].index((match["month"] or match["month2"]).casefold()) + 1
    return (month, int(match["day"] or match["day2"]))


def weekday_dates(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """A weekday and a date that disagree ("Senin, 26 November 2026" is a Thursday): one of them is wrong,
    in any language the draft is written in. The year is the one written, else the current one."""
    for code in DRAFT_LANGUAGES:
        words = texts_for(CommonTexts, code)
        months = {month.casefold(): number for number, month in enumerate(words.months, start=1)}
        days = "|".join(words.weekdays)
        names = "|".join(words.months)
        pattern = _compiled(
            rf"\b(?P<weekday>{days}),?\s+(?:(?P<day>\d{{1,2}})\s+(?P<month>{names})|(?P<month2>{names})\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)"
            rf"(?:,?\s+(?P<year>\d{{4}}))?\b"
        )
        for text, where, area in _sources(draft):
            for match in pattern.finditer(text, area.start, area.end):
                year = int(match["year"]) if match["year"] else context.now.year if context.now else None
                month = months[(match["month"] or match["month2"]).casefold()]
                try:
                    written = date(year, month, int(match["day"] or match["day2"])) if year else None
                except ValueError:
                    written = None
                weekday = [day.casefold() for day in words.weekdays].index(match["weekday"].casefold())
                if written is not None and written.weekday() != weekday:
                    yield Hit("date_weekday", match.start(), match.end(), where,
                              {"found": match.group(), "weekday": words.weekdays[written.weekday()]})


def _fits(when: str, days: int, held: date, today: date) -> bool:
    if when.isdigit():
        return days == int(when)
    week = today.isocalendar()[:2]
    if when == "this_week":
        return held.isocalendar()[:2] == week
    previous = (today - timedelta(days=7)).isocalendar()[:2]
    return held.isocalendar()[:2] == previous


def _timing_fix(language: type[DraftLanguage], held: date, days: int) -> str:
    fixes = language.timing_fix
    if days == 0:
        return fixes["today"]
    if days == 1:
        return fixes["yesterday"]
    words = texts_for(CommonTexts, language.lang)
    if days < 7:
        return fixes["weekday"].format(weekday=words.weekdays[held.weekday()])
    return fixes["date"].format(day=held.day, month=words.months[held.month - 1])


def panel(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """Two emails of one panel that read alike: the longest shared run of words is the range."""
    if not context.panel:
        return
    spans = draft.words
    tokens = [fold(span.text(draft.text)) for span in spans]
    for number, other in enumerate(context.panel, start=1):
        ratio = shared_trigram_ratio(draft.text, other)
        if ratio < PANEL_SIMILAR:
            continue
        shared = trigrams(other)
        best = (0, -1)
        run_start = None
        for index in range(len(tokens) - 2):
            if tuple(tokens[index : index + 3]) in shared:
                run_start = index if run_start is None else run_start
                if index - run_start > best[1] - best[0]:
                    best = (run_start, index)
            else:
                run_start = None
        if best[1] < 0:
            continue
        yield Hit("panel_similar", spans[best[0]].start, spans[best[1] + 2].end, "body",
                  {"percent": round(ratio * 100), "number": number})


def honorifics(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """Two forms of address for one person: "Bapak Pak Hendra", "Mr. Pak Harun"."""
    for text, where, area in _sources(draft, draft.outside_signature()):
        for match in DOUBLED_HONORIFIC.finditer(text, area.start, area.end):
            pair = frozenset({fold(match["first"].rstrip(".")), fold(match["second"].rstrip("."))})
            if pair in HONORIFIC_PAIRS:
                continue
            name = re.match(r"\s+([^\s,.:;!?]+)", text[match.end() : match.end() + 60])
            fix = match["first"] + (" " + name.group(1) if name else "")
            yield Hit("honorific_doubled", match.start(), match.end(), where, {"found": match.group(), "fix": fix})



def honorific_gender(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """A form of address for a woman before a name nearly always a man's ("Dear Mrs. Budi,", "Dear Ms. Santoso," to
    Budi Santoso), or the other way round ("Yth. Bapak Siti,"). Only for the person written to: the greeting's name, or
    a part of the interviewer's (whose first name tells); "Ibu Budi" for Budi's wife elsewhere is left alone."""
    parts = [fold(part) for part in name_parts(context.interviewer, NAME_NOISE)]
    for text, where, area in _sources(draft, draft.outside_signature()):
        for match in GENDERED_HONORIFIC.finditer(text, area.start, area.end):
            name = fold(match["name"])
            in_greeting = where == "body" and draft.greeting is not None and draft.greeting.start <= match.start() < draft.greeting.end
            if name in parts:
                given = parts[0]
            elif in_greeting and not parts:
                given = name
            else:
                continue
            said_to = HONORIFIC_FOR[fold(match["title"].rstrip("."))]
            bearer = "man" if given in MEN_NAMES else "woman" if given in WOMEN_NAMES else None
            if bearer is None or bearer == said_to:
                continue
            title = match["title"].rstrip(".")
            swapped = _GENDER_SWAP[fold(title)]
            fix = (swapped.capitalize() if title[:1].isupper() else swapped) + ("." if swapped in ("mr", "ms") and match["title"].endswith(".") else "")
            yield Hit(f"honorific_{bearer}", match.start(), match.end(), where,
                      {"found": match.group(), "name": given.capitalize(), "title": match["title"], "fix": f"{fix} {match['name']}"})


_ENGLISH_TITLE = re.compile(r"(?<![\w/])(?P<title>(?i:mr|mrs|ms|miss)\.?)\s+(?P<name>[A-Z][\w'’-]+)(?![\w'’-])(?!\s+[A-Z])")


def title_given_name(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """An English title before the interviewer's first name alone ("Dear Mrs Susan," to Susan Halim): English puts a
    title before the family name ("Mrs Halim") or greets the first name alone ("Hi Susan,"). Many Indonesian offices
    do write "Ms. Rina" (FACTS: "Address and register"): a tip, and only where the context gives a family name."""
    if language.lang != "en" or draft.greeting is None:
        return
    parts = name_parts(context.interviewer, NAME_NOISE)
    if len(parts) < 2:
        return  # one name, or none given: the title goes before the only name there is ("Mr. Budi")
    text = draft.text
    head = Span(draft.greeting.start, draft.greeting.end)
    for match in _ENGLISH_TITLE.finditer(text, head.start, head.end):
        if fold(match["name"]) != fold(parts[0]):
            continue
        yield Hit("title_given_name", match.start(), match.end(), "body",
                  {"found": match.group(), "fix": f"{match['title']} {parts[-1]}", "given": parts[0]})


_GENDER_SWAP = {"mrs": "mr", "ms": "mr", "miss": "mr", "ibu": "bapak", "bu": "pak", "mbak": "mas", "mba": "mas",
                "mr": "ms", "bapak": "ibu", "pak": "bu", "mas": "mbak"}


def address_lowercase(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """The person written to, named by a word of address in small letters: "waktu yang bapak berikan".

    Only the form the greeting (or else the body, capitalised) uses for them, so "ibu kota" in a letter
    to Pak Andre is left alone; and only where the word is them (DraftLanguage.address_before, or after a
    thing of theirs, DraftLanguage.address_owned: "perusahaan ibu yang"), not "bapak saya" or "kepada ibu hamil"."""
    addressed = _addressed_form(draft, language)
    if not addressed:
        return
    words = "|".join(language.address_words[addressed])
    text = draft.text
    area = Span(draft.greeting.end if draft.greeting else draft.content.start, draft.outside_signature().end)
    for match in re.finditer(rf"(?<![\w/-])({words})(?![\w/-])(?:\s+(?P<after>[^\W\d_]+))?", text):
        owner = re.search(r"([^\W\d_]+)\s+$", text[max(0, match.start() - 30) : match.start()])
        if area.start <= match.start() < area.end and (
                _means_the_addressee(match[1], match["after"] or "", language, text[_sentence_start(text, match.start()) : match.start()],
                                     text[match.end(1) : match.end(1) + 80])
                or owner is not None and fold(owner[1]) in language.address_owned
                and fold(match["after"] or "") not in language.not_address_before):
            word = match[1]
            # An abbreviation used as "you" ("perusahaan bpk") is written out: "Bapak", not "Bpk".
            fix = addressed.capitalize() if fold(word) in language.address_abbreviations else word[:1].upper() + word[1:]
            yield Hit("address_lowercase", match.start(1), match.end(1), "body", {"found": word, "fix": fix})


def address_mismatch(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """The other word of address for the person written to ("Yth. Bapak Hendra, ... waktu yang Ibu berikan"): a
    letter copied from one to another. Only where the word is them (a verb of theirs, "tim Ibu."), never before a
    name ("Ibu Sari" is someone else) nor beside the greeting's own word ("Bapak dan Ibu" greets a panel)."""
    addressed = _addressed_form(draft, language)
    if not addressed or draft.greeting is None or not _compiled(rf"\b(?:{'|'.join(language.address_words[addressed])})\b").search(
            draft.greeting.text(draft.text)):
        return
    others = [form for form in language.address_words if form != addressed]
    area = Span(draft.greeting.end, draft.outside_signature().end)
    both = _compiled(rf"(?:{'|'.join(w for forms in language.address_words.values() for w in forms)})\s*(?:dan|atau|&|/)\s*$")
    for other in others:
        words = "|".join(language.address_words[other])
        for match in _compiled(rf"(?<![\w/-])({words})(?![\w/-])(?:[ \t]+(?P<after>[^\W\d_]+))?", 0 | re.IGNORECASE).finditer(
                draft.text, area.start, area.end):
            word, after = match[1], match["after"] or ""
            if after[:1].isupper() or both.search(draft.text[max(0, match.start() - 12) : match.start()]):
                continue
            if re.match(r"\s*(?:dan|atau|&|/)\s*(?i:bapak|ibu|pak|bu)\b", draft.text[match.end(1) :]):
                continue
            if not word[:1].isupper() or not _means_the_addressee(word.lower(), after, language):
                continue
            short = word.lower() in language.address_short
            fix = next((form for form in language.address_words[addressed] if (form in language.address_short) == short), addressed)
            yield Hit("address_mismatch", match.start(1), match.end(1), "body",
                      {"found": word, "fix": fix.capitalize(), "expected": addressed.capitalize()})


def address_distant(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """"Anda" for someone the greeting calls "Bapak"/"Ibu": correct, but distant in a letter to them (a tip,
    with their word of address as the fix)."""
    addressed = _addressed_form(draft, language)
    if not addressed or not language.distant_address:
        return
    word = addressed.capitalize()
    area = Span(draft.greeting.end if draft.greeting else draft.content.start, draft.outside_signature().end)
    pattern = _compiled(rf"(?<![\w-])(?:{'|'.join(language.distant_address)})(?![\w-])")
    marks = [hit for hit in placeholders(draft, context, language) if hit.field == "body"]  # a template's "Anda" is the template's
    for match in pattern.finditer(draft.text, area.start, area.end):
        if not any(mark.start <= match.start() < mark.end for mark in marks):
            yield Hit("address_distant", match.start(), match.end(), "body", {"found": match.group(), "fix": word})


def _means_the_addressee(word: str, after: str, language: type[DraftLanguage], before_text: str | None = None,
                         after_text: str = "") -> bool:
    """Whether "ibu"/"bapak" in small letters is the reader: a short form or a name after it, a verb in the object
    form ("yang bapak berikan"); a word after it that any mother or father might do ("ibu bisa", "bapak sudah") only
    with a sign that the sentence speaks to the reader (DraftLanguage.address_said_to). Without the sentence
    (``before_text`` None: a capitalised "Ibu", already a sign), the word after it is enough."""
    folded = after.casefold()
    if folded in language.not_address_before:
        return False
    if language.address_with_team.match(after_text):
        return True
    if word in language.address_short or not after or after[:1].isupper():
        return True
    if language.address_verb.fullmatch(folded):
        return True
    if folded not in language.address_before:
        return False
    if before_text is None:
        return True
    if language.address_not_said_to.search(before_text):
        return False
    clause_after = re.split(r"[,;:]", after_text, maxsplit=1)[0]
    return bool(language.address_said_to.search(before_text) or language.address_said_of_letter.match(clause_after))


def _addressed_form(draft: Draft, language: type[DraftLanguage]) -> str:
    """The form of address ("bapak", "ibu") the greeting uses for the reader's interviewer, else the body's
    only capitalised one; "" when neither tells (or the language capitalises none)."""
    if not language.address_words:
        return ""
    places = [draft.greeting.text(draft.text)] if draft.greeting else []
    places.append(_address_in_body(draft))
    for place in places:
        used = {form for form, words in language.address_words.items()
                if re.search(rf"(?<![\w/])(?:{'|'.join(words)})\b", place, re.IGNORECASE)}
        if len(used) == 1:
            return used.pop()
    return ""


def punctuation(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """No space after a full stop or comma ("hari ini.Percakapan"), a space before one ("help ?"), one typed twice ("Accurate..")."""
    text = draft.text
    area = draft.outside_signature()
    for match in MISSING_SPACE.finditer(text, area.start, area.end):
        start, end = _token_around(text, match.start())
        token = text[start:end]
        if NOT_A_SENTENCE_JOIN.search(token):
            continue
        mark = match.start() - start + 1
        yield Hit("punctuation_after", start, end, "body", {"found": token, "fix": token[:mark] + " " + token[mark:]})
    for match in DOUBLED_MARK.finditer(text, area.start, area.end):
        word_start = match.start()
        while word_start > 0 and not text[word_start - 1].isspace():
            word_start -= 1
        found = text[word_start : match.end()]
        yield Hit("punctuation_doubled", word_start, match.end(), "body", {"found": found, "fix": found[:-1]})
    for match in DEGREE_NO_COMMA.finditer(text):  # the greeting and the signature too: where degrees are written
        found = match.group()
        yield Hit("degree_comma", match.start(), match.end(), "body", {"found": found, "fix": f"{match['name']}, {match['degree']}"})
    for match in SPACE_BEFORE.finditer(text, area.start, area.end):
        word_start = match.start()
        while word_start > 0 and not text[word_start - 1].isspace():
            word_start -= 1
        found = text[word_start : match.end()]
        yield Hit("punctuation_before", word_start, match.end(), "body",
                  {"found": found, "fix": text[word_start : match.start()] + match["mark"]})


def capitals(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """A sentence, greeting, closing or signature that starts in small letters ("saya andi yang kemarin ...",
    "hormat saya,"), and a name the reader gave with capitals written without ("bapak joko")."""
    text = draft.text
    starts = [sentence.start for sentence in draft.sentences]
    if draft.greeting is not None:
        starts.append(draft.greeting.start)
    if draft.closing_phrase is not None and not language.casual_closing.fullmatch(draft.closing_phrase.text(text)):
        starts.append(draft.closing_phrase.start)  # "xoxo" is the casual closing's finding
    if draft.signature is not None:
        first = draft.signature.text(text).strip().split("\n")[0]
        if 1 <= len(first.split()) <= 4:
            starts.append(draft.signature.start + draft.signature.text(text).index(first))
    seen: set[int] = set()
    marks = [hit for hit in placeholders(draft, context, language) if hit.field == "body"]
    # A chat word that opens a sentence ("thx for ...", "lol I was ...") is replaced or left out by the informal rule:
    # its capital is the replacement's ("Thank you"), and a word left out needs none.
    chat = {(hit.field, hit.start): hit for hit in _informal_words(draft, context, language)}

    def capitalised(field: str, start: int, word: str) -> str | None:
        text_ = draft.subject if field == "subject" else text
        if any((match := _compiled(pattern).match(text_, start)) and match.expand(fix)[:1].isupper()
               for pattern, fix in language.misspelled_phrases):
            return None  # the phrase rule's fix gives the capital already: "i enjoyed" → "I enjoyed"
        hit = chat.get((field, start))
        if hit is None:
            if word in SMALL_ACRONYMS:
                return SMALL_ACRONYMS[word]  # "kyc checks took a week": "KYC", not "Kyc"
            # A spelling that is not standard takes its capital on the standard form: "terimakasih" → "Terima kasih".
            standard = language.nonstandard.get(word.lower(), word)
            return standard[:1].upper() + standard[1:]
        fix = str(hit.params.get("fix", "")).split("/")[0]
        return fix[:1].upper() + fix[1:] if fix else None

    for start in sorted(set(starts)):
        match = _FIRST_WORD.match(text, start)
        if match is None or not match["word"][:1].islower() or match.start("word") in seen:
            continue
        word = match["word"]
        line_start = text.rfind("\n", 0, match.start("word")) + 1
        token = text[match.start("word") :].split(None, 1)[0] if text[match.start("word") :].strip() else word
        if any(char.isupper() for char in word) or _LIST_ITEM.match(text, line_start) or re.search(r"@|/|\w\.\w", token):
            continue  # "eFishery", "iPhone", "tiket.com", an address; a list's items may start small
        before = text[: match.start("word")].rstrip(" \t\"“‘'([")
        if before and not before.endswith(("\n", ".", "!", "?", "…")) or _ABBREVIATED.search(before):
            continue  # "Hi Maria, thank you ...", "Terima kasih 🙂 atas ...", "Ir. Hendra, M.T. atas ...": it goes on
        if text[match.end("word") : match.end("word") + 1] == "." and len(word) <= 4:
            continue  # a title written small: "dr. Andi", "apt. Desi"
        if fold(word) == "yth" or any(mark.start <= match.start("word") < mark.end for mark in marks):
            continue  # the greeting rule's "yth"; a placeholder's words
        if fold(word) in language.small_line_starts and match.start("word") == line_start:
            continue  # "di Tempat" under the addressee of a formal letter
        seen.add(match.start("word"))
        fix = capitalised("body", match.start("word"), word)
        if fix is not None:
            yield Hit("capital_start", match.start("word"), match.end("word"), "body", {"found": word, "fix": fix})
    # The subject line starts with a capital too ("terima kasih wawancara" in the inbox).
    if draft.subject_span is not None:
        match = _FIRST_WORD.match(draft.subject, draft.subject_span.start)
        word = match["word"] if match else ""
        fix = capitalised(draft.subject_field, match.start("word"), word) if match else None
        if word[:1].islower() and not any(char.isupper() for char in word) and fold(word) != "re" and fix is not None:
            yield Hit("capital_start", match.start("word"), match.end("word"), draft.subject_field, {"found": word, "fix": fix})
    # The interviewer's name as the reader spells it: "joko" for Joko Susilo. (A company's name is often
    # ordinary words, "bank", "dapur": those are left alone.)
    # A team typed as the interviewer ("Hiring Team", "Tim Rekrutmen") names no person: "the team at Shopee" stays small.
    given = {fold(part): part for part in name_parts(context.interviewer, NAME_NOISE)
             if part[:1].isupper() and len(part) > 2 and fold(part) not in TEAM_ADDRESSEE_WORDS}
    # Days and months are names too ("hari Senin", "on Monday"); not those that are everyday words ("may", "minggu").
    calendar = texts_for(CommonTexts, language.lang)
    given |= {fold(name): name for name in (*calendar.weekdays, *calendar.months) if fold(name) not in COMMON_WORDS | _CALENDAR_WORDS}
    given |= {fold(name): name for name in language.language_names}  # "bahasa inggris", "my english"
    # Places too ("di cikarang", "in jakarta"), those whose name is no everyday word.
    given |= {fold(name): name for name in PLACE_NAMES if fold(name) not in COMMON_WORDS}
    for word, span in _folded_words(draft, _whole(draft)):
        original = span.text(text)
        if word in given and original.islower() and word not in COMMON_WORDS and span.start not in seen and not _in_address(text, span):
            yield Hit("capital_name", span.start, span.end, "body", {"found": original, "fix": given[word]})


# A word in small letters, or several joined by slashes ("ui/ux"), standing alone: not in an address, a link, a file's
# name or a hyphenated word ("kyc@bank.co.id", "crm.example.com", "report.html", "b2b-saas").
_SMALL_WORDS = re.compile(r"(?<![\w@./&'’-])(?-i:[a-z][a-z0-9]*(?:/[a-z][a-z0-9]*)*)(?![\w@&'’/-]|\.\w)")


def acronym_case(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """An abbreviation of the workplace typed in small letters ("the kyc process", "our sla", "ui/ux"): no typo, a tip
    to write it in capitals, as readers know it ("KYC", "UI/UX"). Only those that are no word in small letters."""
    opening = {hit.start for hit in capitals(draft, context, language) if hit.code == "capital_start" and hit.field == "body"}
    for text, where, area in _sources(draft, draft.outside_signature()):
        for match in _SMALL_WORDS.finditer(text, area.start, area.end):
            found = match.group()
            if all(part in SMALL_ACRONYMS for part in found.split("/")) and not (where == "body" and match.start() in opening):
                yield Hit("acronym_case", match.start(), match.end(), where, {"found": found, "fix": "/".join(SMALL_ACRONYMS[part] for part in found.split("/"))})


_ABBREVIATED = re.compile(r"(?:^|\s)(?:[A-Za-z]{1,4}\.){2,}$|(?:^|\s)[A-Z][a-z]{0,3}\.$")  # "M.T.", "S.Kom.", "Dr."
_CALENDAR_WORDS = frozenset({"may", "march", "minggu"})  # days and months that are also everyday words ("minggu": week)
_FIRST_WORD = re.compile(r"[\s\"“‘'(\[]*(?P<word>[^\W\d_][\w'’-]*)")
_LIST_ITEM = re.compile(r"\s*(?:[-–•*·]|\d+[.)]|[a-z][.)])\s")


def _in_address(text: str, span: Span) -> bool:
    """Whether a word is part of an email or web address ("sarah.johnson@xendit.co"): written as the address is."""
    start, end = _token_around(text, span.start)
    return re.search(r"@|/|\w\.\w", text[start:end]) is not None


def _token_around(text: str, index: int) -> tuple[int, int]:
    start, end = index, index + 1
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, len(text[:end].rstrip(",;:!?)\"”’"))


def mixed_phrases(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """Words of the other language inside a sentence ("Thank you untuk opportunity interview")."""
    known = context_words(context)
    for code, other in DRAFT_LANGUAGES.items():
        if code == language.lang:
            continue
        for sentence in draft.sentences:
            words = draft.words_in(sentence)
            tokens = [fold(word.text(draft.text)) for word in words]
            if len(tokens) < 4:
                continue
            own = sum(token in language.function_words and token not in other.markers for token in tokens)
            theirs = sum(token in other.function_words and token not in language.function_words for token in tokens)
            if theirs >= 3 and own * 4 <= theirs:
                continue  # the whole sentence is in the other language: mixed_sentence says so
            foreign = [
                word for word, token in zip(words, tokens)
                if token in other.markers and token not in known and token not in language.function_words
                and (word.start == words[0].start or not draft.text[word.start].isupper() or token == "i")
            ]
            # One word alone is mixing where a word of the sentence's own grammar leads to it ("sangat appreciate",
            # "untuk join", "bisa segera contribute"), not inside a term ("machine learning", "left join").
            alone = [word for index, (word, token) in enumerate(zip(words, tokens))
                     if token in MIXED_ALONE.get(code, ()) and token not in known and index > 0
                     and not draft.text[word.start].isupper()
                     and (tokens[index - 1] in language.function_words or tokens[index - 1] in MIXED_LEADS.get(language.lang, ()))
                     or token in MIXED_ANYWHERE.get(code, ()) and token not in known and token not in language.function_words
                     and (index == 0 or not draft.text[word.start].isupper())]
            # An English "I" with its verb written small after it ("I believe saya bisa ..."): a clause in the other
            # language where it opens a clause, not the Balinese "I" of a name ("I Gede", "I Made") nor a roman numeral
            # ("Bab I", "tahap I selesai"), and not before a word of the draft's own language.
            subject = [index for index, (word, token) in enumerate(zip(words, tokens))
                       if code == "en" and draft.text[word.start : word.end] == "I" and index + 1 < len(words)
                       and draft.text[words[index + 1].start].islower() and tokens[index + 1] not in language.function_words
                       and draft.text[word.end : words[index + 1].start] == " "
                       and (index == 0 or tokens[index - 1] in language.function_words
                            or draft.text[words[index - 1].end : word.start].strip() in (",", ";", ":", "—", "–", "-"))
                       and not any(lexicon.lang == language.lang and lexicon.knows(tokens[index + 1]) for lexicon in context.lexicons)]
            if subject:
                # "I" and its verb are the other language's, and so is a verb or feeling alone: "I believe saya bisa contribute".
                chosen = {word.start for word in (*foreign, words[subject[0]], words[subject[0] + 1], *alone)}
                foreign = [word for word in words if word.start in chosen]
            if len(foreign) >= 2 and own >= 2:
                # The excerpt is the first run of the other language's words, not the sentence's own words between.
                index = words.index(foreign[0])
                run = [foreign[0]]
                for word in words[index + 1 :]:
                    if word not in foreign:
                        break
                    run.append(word)
                yield _found(draft, Span(run[0].start, run[-1].end), "mixed_phrase", main=language.lang, other=code)
                continue
            if alone and own >= MIXED_ALONE_AMONG:
                yield _found(draft, alone[0], "mixed_phrase", main=language.lang, other=code)


VERB_SUFFIXES = ("i", "kan")  # what makes a verb of a noun root ("wawancara": "mewawancarai")
MIXED_ALONE_AMONG = 3  # function words of the draft's language in a sentence where one word of the other is a finding


# Letters from which a word one slip from the other language's word is reported too: shorter
# words of one language are too often a word of the other one letter apart.
LOANWORD_SLIP = 6


def misspellings(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """Typos: words no dictionary knows that are a slip of one it does ("inteview", "dikarena")."""
    covered: list[tuple[str, int, int]] = []  # a phrase slip's words are not judged again one by one
    for text, where, area in _sources(draft, draft.outside_signature()):
        for pattern, fix in language.misspelled_phrases:
            for match in _compiled(pattern).finditer(text, area.start, area.end):
                covered.append((where, match.start(), match.end()))
                found = match.group()
                fixed = match.expand(fix)  # a fix may keep a word of the match ("tim nya": "timnya")
                fixed = fixed[:1].upper() + fixed[1:] if found[:1].isupper() else fixed
                # Several words, each right alone ("discuss about"): a slip of grammar, told as such; one word
                # ("terimakasih") is a typo.
                code = "phrase_slip" if len(found.split()) > 1 else "misspelling"
                if "di" in match.re.groupindex and match["di"]:
                    code = "di_prefix"  # "di berikan": the prefix of a verb, written apart (EYD)
                    if language.doer_before.search(text, max(0, match.start() - 40), match.start()):
                        fixed, code = match["verb"], "di_after_doer"  # "akan saya di kirimkan": "akan saya kirimkan"
                if "runon" in match.re.groupindex:
                    code = "run_on"  # "yesterday I really enjoyed": two sentences with no full stop between
                yield Hit(code, match.start(), match.end(), where, {"found": found, "fix": fixed, "suggestions": (fixed,)})
    names = context_words(context) | own_name_words(draft, context)
    for text, where, area in _sources(draft, draft.outside_signature()):
        for start, end, fix in confused_words(text, area, language.confusions):
            if fold(text[start:end]) in names or any(source == where and first <= start < last for source, first, last in covered):
                continue
            covered.append((where, start, end))
            yield Hit("confused_word", start, end, where, {"found": text[start:end], "fix": fix, "suggestions": (fix,)})
    own = next((lexicon for lexicon in context.lexicons if lexicon.lang == language.lang), None)
    if own is None:
        return
    for text, where, area in _sources(draft, draft.outside_signature()):
        for match in language.detached_passive.finditer(text, area.start, area.end):
            verb = match["verb"]
            active = active_form(verb)
            if verb.startswith("per") and not own.knows(active):
                active = "mem" + verb  # "per-" keeps its "p" after "mem-": "di pertimbangkan", "mempertimbangkan"
            suffix = ""
            before = re.search(r"(\w+)\W*$", text[max(0, match.start("di") - 40) : match.start("di")])
            passive_before = before is not None and before[1].lower().startswith("di") and len(before[1]) > 4 \
                and own.knows(active_form(before[1].lower()[2:]))
            if passive_before and language.passive_doer.match(text, match.end()):
                continue  # "disambut di lobi oleh satpam": the doer is the passive's before it; "di" marks a place
            if language.passive_doer.match(text, match.end()) and not own.knows(active):
                # Before its doer, a noun root is the verb its suffix makes ("di wawancara oleh Ibu": "diwawancarai").
                suffix = next((ending for ending in VERB_SUFFIXES if own.knows(active + ending)), "")
                active += suffix
            if verb in language.places or not own.knows(verb) or not own.knows(active):
                continue  # "yang di atas", "sudah di kantor": the preposition before a place
            if active[: len(active) - len(suffix)][-len(verb) :] != verb and own.knows(verb[1:]):
                continue  # "mengoperasi" is "operasi"'s, not "koperasi"'s: "di koperasi" is a place
            if any(source == where and first <= match.start("di") < last for source, first, last in covered):
                continue
            found = text[match.start("di") : match.end("verb")]
            fixed, code = match["di"] + verb + suffix, "di_prefix"
            if not suffix and language.doer_before.search(text, max(0, match.start("di") - 40), match.start("di")):
                fixed, code = verb, "di_after_doer"  # "yang saya di lamar": "yang saya lamar"
            covered.append((where, match.start("di"), match.end("verb")))
            yield Hit(code, match.start("di"), match.end("verb"), where, {"found": found, "fix": fixed, "suggestions": (fixed,)})
    accepted = _accepted_words(draft, context)
    common_words = {word for word in COMMON_WORDS | language.boilerplate if len(word) >= MIN_LENGTH + 2}
    starts = {sentence.start for sentence in draft.sentences} | {line.start for line in draft.lines}
    if draft.subject_span is not None:
        starts.add(draft.subject_span.start)
    names = _name_lines(draft)
    # A doubled word written apart ("masing masing") is the reduplication rule's, whose fix is the hyphen: its halves
    # are no typos ("masing" alone is no word, and no slip of "masin").
    for text, where, area in _sources(draft, draft.outside_signature()):
        for match in _DOUBLED.finditer(text, area.start, area.end):
            if own.knows(f"{match['word']}-{match['word']}".lower()):
                covered.append((where, match.start(), match.end()))
    # The words of any letter: a capitalised word opening a sentence is their slip ("Terimah", "Smoga"), or a name.
    everyday = COMMON_WORDS | {word for other in DRAFT_LANGUAGES.values() for word in other.boilerplate | other.function_words}
    for text, where, area in _sources(draft, draft.outside_signature()):
        for start, end in word_spans(text[area.start : area.end]):
            start, end = start + area.start, end + area.start
            original = text[start:end]
            if where == "body" and any(line.start <= start < line.end for line in names):
                continue
            if any(source == where and first <= start < last for source, first, last in covered):
                continue
            if _ELONGATED.search(original) or _colloquial(original, language, context) or _drawn_out(original.lower(), language):
                continue  # "sooo", "ceritain", "nunggu", "yaa": the informal rule's concern, not a typo
            if not _checkable(text, start, end, where == "body" and start in starts or where != "body" and start == area.start):
                # A name mid-sentence is not judged; a slip of a tool or brand of the trade is ("Instgram", "Dokcer").
                brand = _misspelt_brand(original, accepted, context) or _slip_of_a_brand(text, start, end, accepted, context, draft)
                if brand:
                    yield Hit("misspelling", start, end, where, {"found": original, "fix": brand, "suggestions": (brand,)})
                    continue
                slips = _capitalised_slip(text, start, end, own, accepted, context, draft, language, everyday)
                if slips:
                    yield Hit("misspelling", start, end, where, {"found": original, "fix": slips[0].capitalize(), "suggestions": tuple(slips)})
                continue
            word = original.lower().replace("’", "'")
            if fold(word) in accepted or _inflected(fold(word), accepted):
                continue
            if word in SMALL_ACRONYMS or _abbreviation_shaped(word, language):
                continue  # "kyc", "hrbp": an abbreviation typed small (acronym_case's tip), no slip of a word
            if word.endswith("nya") and word[:-3] in language.nonstandard:
                continue  # "tanggungjawabnya": the not-standard spelling's rule tells it, with its fix
            cognate = _indonesian_spelling_of_english(word, own, context, language, text[max(0, start - 40) : start],
                                                      text[end : end + 40])
            if cognate:
                fix = cognate.capitalize() if original[:1].isupper() else cognate
                yield Hit("misspelling", start, end, where, {"found": original, "fix": fix, "suggestions": (cognate,)})
                continue
            if known(word, context.lexicons):
                # Built by word formation but not listed, one slip from a word every letter uses: the slip is
                # likelier ("terimah" is "terima", not ter- + "rimah").
                if any(lexicon.knows(word) for lexicon in context.lexicons):
                    continue
                if len(word) < CLUSTER_SLIP:
                    # A short word only an ending builds ("carr" + "-er") that sounds like a word any writer uses
                    # ("career") is that word misspelt, not a rare noun's agent.
                    sounded = _everyday_sound_alike(word, own, language)
                    if sounded:
                        fix = sounded.capitalize() if original[:1].isupper() else sounded
                        yield Hit("misspelling", start, end, where, {"found": original, "fix": fix, "suggestions": (sounded,)})
                    continue
                slipped = (edits(word, language.lang) & common_words) - {word}
                if not slipped and own is not None:
                    # Or a listed word with a letter the formation lost or gained where writers slip: a consonant
                    # not doubled ("commited": commit + -ed, "committed"), the "r" of "ber-"/"per-" that a root
                    # drops ("berkerja": "bekerja", "perkerjaan": "pekerjaan").
                    slipped = {form for form in formation_slips(word, language.lang, own.words) if own.knows(form)}
                if not slipped:
                    continue
                fix = min(slipped)
                if language.lang == "en" and word[:-1] in slipped and word.endswith("s") and _before_a_noun(text, end, language):
                    # "the companys plans": a possessive without its apostrophe, not a plural ("company's", not "company").
                    fix = word[:-1] + "'s"
                    slipped = {fix, *slipped}
                elif language.lang == "en" and word.endswith("ys") and word[-3:-2] not in "aeiou" and own.knows(word[:-2] + "ies"):
                    fix = word[:-2] + "ies"  # "two companys": the plural of a noun in "-y" after a consonant
                    slipped = {fix, *slipped}
                fix = fix.capitalize() if original[:1].isupper() else fix
                yield Hit("misspelling", start, end, where, {"found": original, "fix": fix, "suggestions": tuple(sorted(slipped))})
                continue
            # A hyphenated word is judged part by part ("pre-filling", "well-knwon"); a prefix is a part.
            parts = word.split("-")
            wrong = [index for index, part in enumerate(parts)
                     if len(part) >= MIN_LENGTH and fold(part) not in accepted and part not in BOUND_PARTS
                     and not known(part, context.lexicons)]
            if len(parts) > 1 and (not wrong or known("".join(parts), context.lexicons)):
                continue  # "post-mortem", "e-mail": the lists write it joined ("postmortem")
            target = parts[wrong[0]] if len(parts) > 1 else word
            # A clitic after a hyphen marks the word before it as another language's (EYD: "job desc-nya",
            # "feedback-nya"): its fix, if any, is a word of that language, never one of the draft's ("desa-nya").
            foreign = language.lang != "en" and len(parts) == 2 and wrong[:1] == [0] and f"-{parts[1]}" in HYPHEN_CLITICS
            fixes = [] if foreign else _real_fixes(suggestions(target, own, likely=language.everyday_words), language)
            if not fixes and language.lang != "en":
                # An English word written as it sounds ("klowd" for "cloud", "softwer" for "software"): in an
                # Indonesian draft, likelier than an English word one letter off ("softer").
                fixes = next((found for lexicon in context.lexicons if lexicon.lang == "en"
                              for found in [sounded_out(target, lexicon)] if found), [])
            if not fixes and len(target) >= LOANWORD_SLIP:
                # A slip of a word borrowed from the other language ("inteview" in an Indonesian draft), or of
                # a word of the trade the lists lack ("kubernetis").
                # An English word the English list lacks is no slip of an Indonesian word: its Indonesian spelling
                # ("geospatial": "geospasial", "telematics": "telematik") says the English word is real.
                fixes = next((found for lexicon in (*context.lexicons, TRADE_LEXICON) if lexicon is not own
                              and (language.lang != "en" or lexicon.lang == "en")
                              for found in [_real_fixes(suggestions(target, lexicon), language)] if found), [])
            if len(parts) == 1 and len(word) >= LOANWORD_SLIP and not set(fixes) & (near := edits(word, language.lang)):
                # A slip of a spelling the lists hold as not standard ("terimaksih", "trimakasih", "terimakasi" for
                # "terimakasih"): the standard form is the fix ("terima kasih"), as for the spelling itself; it beats
                # a listed word two slips away ("terimakan").
                standard = [language.nonstandard[slip] for slip in sorted((near | far_swaps(word)) & language.nonstandard.keys())
                            if len(slip) >= LOANWORD_SLIP]
                fixes = standard or fixes
            if not fixes:
                continue  # nothing close: a name, a brand or a term, not a slip
            if original[:1].isupper() and len(target) < NAME_LIKE and not set(fixes) & everyday:
                continue  # "Rizka, perawat senior, ...": a short name opening a sentence, not a slip of "rizki"
            if len(parts) > 1:
                fixes = ["-".join(fix if index == wrong[0] else part for index, part in enumerate(parts)) for fix in fixes]
            fix = fixes[0].capitalize() if original[:1].isupper() else fixes[0]
            yield Hit("misspelling", start, end, where, {"found": original, "fix": fix, "suggestions": tuple(fixes)})


NO_VOWEL_ABBREVIATION = 5  # letters: a word the lists lack with no vowel, this long at most, is an abbreviation ("hrbp")


def _abbreviation_shaped(word: str, language: type[DraftLanguage]) -> bool:
    """Whether an unknown word can only be an abbreviation: short, with no vowel ("nps", "hrbp", "pmp"). Unless a
    vowel put back makes it a word every letter uses: "thnk" is "thank", "wrk" is "work", not an abbreviation."""
    if len(word) > NO_VOWEL_ABBREVIATION or _VOWEL.search(word) or not word.isalpha():
        return False
    everyday = language.everyday_words
    return not any(word[:index] + vowel + word[index:] in everyday for index in range(1, len(word) + 1) for vowel in "aeiou")


COGNATE_SLIP = 7  # letters: a shorter Indonesian word is as likely a word of its own in a mixed sentence ("tim")


def _indonesian_spelling_of_english(word: str, own: Lexicon, context: Context, language: type[DraftLanguage],
                                    before: str = "", after: str = "") -> str:
    """In an English sentence, an English word spelt as its Indonesian loan is ("a profesional team", "finansial
    reports"): the Indonesian list knows it, the English one does not, a neighbour is English only, and the English
    word is one letter off and sounds the same. In an Indonesian sentence the loan is right ("tim yang profesional")."""
    if language.lang != "en" or len(word) < COGNATE_SLIP or own.knows(word):
        return ""
    if not word.endswith(tuple(ending for ending, _ in LOAN_ENDINGS)):
        return ""  # a loan made from English ends as one ("-al", "-if", "-si"); "rendang" is a dish of its own
    indonesian = [lexicon for lexicon in context.lexicons if lexicon.lang == "id"]
    if not any(lexicon.knows(word) for lexicon in indonesian):
        return ""
    neighbours = re.findall(r"[^\W\d_]+", before)[-1:] + re.findall(r"[^\W\d_]+", after)[:1]
    if not any(own.knows(neighbour) and not any(lexicon.knows(neighbour) for lexicon in indonesian) for neighbour in neighbours):
        return ""
    shape, one_slip = sound_shape(word), edits(word, "en")
    return next((fix for fix in suggestions(word, own, likely=language.everyday_words)
                 if sound_shape(fix) == shape and fix in one_slip), "")


def _everyday_sound_alike(word: str, own: Lexicon, language: type[DraftLanguage]) -> str:
    """An English word any writer uses, one slip from ``word`` and sounding as it is spelt ("carrer": "career")."""
    if language.lang != "en":
        return ""
    shape = sound_shape(word)
    return next((fix for fix in suggestions(word, own, likely=language.everyday_words)
                 if fix in language.everyday_words and sound_shape(fix) == shape), "")


def _before_a_noun(text: str, end: int, language: type[DraftLanguage]) -> bool:
    """Whether the word ending at ``end`` is followed, in its sentence, by a word in small letters that is no
    function word: the noun a possessive goes with ("the companys plans")."""
    following = re.match(r"[ \t]+([a-z][a-z'-]*)", text[end:])
    return bool(following) and following[1] not in language.function_words


def formation_slips(word: str, lang: str, words: frozenset[str] = frozenset()) -> Iterator[str]:
    """The listed words a word built by regular formation may be a slip of: a letter doubled that the
    writer typed once ("commited" → "committed") or typed twice before "-ing" ("comming" → "coming"), and in Indonesian the "r" of "ber-"/"per-" that a root whose
    first syllable ends in "er" drops ("berkerja" → "bekerja", "perkerjaan" → "pekerjaan", "berternak" → "beternak";
    not "permakluman", which is a word)."""
    for index in range(1, len(word) - 1):
        if word[index] not in "aeiouy" and word[index] != word[index - 1] and word[index] != word[index + 1]:
            yield word[:index] + word[index] + word[index:]
    if lang == "en" and word.endswith("ing") and len(word) > 6 and word[-4] == word[-5] and word[-4] not in "aeiouyls":
        # And the other way: a consonant doubled before "-ing" that the verb does not double ("comming" → "coming",
        # as "comm" + "-ing" it would pass); "l" and "s" double in listed words of their own ("travelling", "bussing").
        yield word[:-4] + "ing"
    if lang == "id" and word[:3] in ("ber", "per") and _ER_SYLLABLE.match(word[3:]):
        yield word[:2] + word[3:]  # the rule: "be-"/"pe-" before a root whose first syllable ends in "er"
    if lang == "id" and word.endswith("h") and word[-2:-1] in "aeiou" and not any(
            root.endswith("h") and root in words for root in (*indonesian_roots(word), *_after_a_prefix(word))):
        # An "h" added after a final vowel, as heard: "mengelolah" is "mengelola", not "meng" + "elo" + -lah; unless a
        # root in "h" makes the word ("berbuluh": ber- + "buluh").
        yield word[:-1]


def _after_a_prefix(word: str) -> Iterator[str]:
    return (word[len(prefix) :] for prefix in PLAIN_PREFIXES if word.startswith(prefix))


_ER_SYLLABLE = re.compile(r"[^aeiou]er[^aeiou]")


def confused_words(text: str, area: Span, confusions: Iterable[Confusion]) -> Iterator[tuple[int, int, str]]:
    """``(start, end, fix)`` of each real word written for another that its neighbours give away."""
    by_word: dict[str, list[Confusion]] = {}
    for confusion in confusions:
        by_word.setdefault(confusion.written, []).append(confusion)
    spans = [(start + area.start, end + area.start) for start, end in word_spans(text[area.start : area.end])]
    tokens = [fold(text[start:end]).replace("’", "'") for start, end in spans]
    for index, token in enumerate(tokens):
        following = text[spans[index][1] : spans[index][1] + 2]
        if following[:1] == "(" or following[:1] == "." and following[1:].isalnum():
            continue  # a name in code, "advise()", "advise.statusHints": not prose
        for confusion in by_word.get(token, ()):
            before = any(_beside(phrase, text, spans, tokens, index, -1) for phrase in confusion.before)
            after = any(_beside(phrase, text, spans, tokens, index, 1) for phrase in confusion.after)
            if (before and after) if confusion.both else (before or after):
                start, end = spans[index]
                meant = confusion.meant.replace("'", "’") if "’" in text else confusion.meant  # the writer's apostrophe
                yield start, end, _cased(meant, text[start:end])
                break


def _beside(phrase: str, text: str, spans: list[tuple[int, int]], tokens: list[str], index: int, side: int) -> bool:
    """Whether ``phrase`` stands right before (``side`` -1) or after (1) word ``index``, with only spaces between."""
    start, end = spans[index]
    if phrase == CLAUSE_EDGE:
        # A clause's edge: a mark or a line's end next to the word, or the text's own edge.
        near = text[:start].rstrip(" \t")[-1:] if side < 0 else text[end:].lstrip(" \t")[:1]
        return near in ("", "\n") or near in ".,;:!?()\"“”"
    words = phrase.split()
    if side > 0 and len(words) > 1 and words[-1] == CLAUSE_EDGE:
        # "busy .": the words, then the clause's edge ("if your busy, ..." but not "your busy season").
        if not _beside(" ".join(words[:-1]), text, spans, tokens, index, side):
            return False
        return _beside(CLAUSE_EDGE, text, spans, tokens, index + len(words) - 1, side)
    chosen = range(index - len(words), index) if side < 0 else range(index + 1, index + 1 + len(words))
    if chosen.start < 0 or chosen.stop > len(tokens):
        return False
    if any(not (tokens[at] == word or word == "#" and tokens[at][:1].isdigit()) for at, word in zip(chosen, words)):
        return False
    joined = sorted({*chosen, index})
    gaps = [text[spans[left][1] : spans[right][0]] for left, right in zip(joined, joined[1:])]
    if any(gap.strip() or gap.count("\n") > 1 for gap in gaps):
        return False  # a mark or a blank line between: not neighbours
    # The phrase is whole words: "its A/B test" holds no "its a".
    return side < 0 or text[spans[chosen.stop - 1][1] : spans[chosen.stop - 1][1] + 1] != "/"


def _cased(word: str, like: str) -> str:
    """``word`` in the capitals of ``like``: "Hear" for "Here", "HEAR" for "HERE"."""
    if len(like) > 1 and like.isupper():
        return word.upper()
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


_ELONGATED = re.compile(r"(.)\1\1")
_HELD = re.compile(r"([^\W\d_])\1{2,}")
TRADE_LEXICON = Lexicon("en", JOB_VOCABULARY)  # the trade's words as fixes: "kubernetis" is "kubernetes"
_DRAWN_OUT = re.compile(r"([^\W\d_])\1+$")
_VOWEL = re.compile(r"[aeiouy]")


NAME_LIKE = 8  # letters: below this, a capitalised word opening a sentence may be a name ("Rizka", "Wulan")
BRAND_SLIP = 6  # letters, in the word and its fix: a shorter capitalised word is likelier a name ("Helmi", not "helm")


BRANDS = {name.lower(): name for name in BRAND_NAMES}
BRAND_SHORTEST = 4  # letters of a word read as a brand's slip ("Exel"); shorter ones are initials or names
# Words before a name: a word after one of them is a person ("Ibu Asna"), whatever brand it is near.
BEFORE_NAMES = frozenset("bapak ibu pak bu bpk mr mrs ms miss dr sdr sdri saudara saudari kak mas mbak dear hi halo hai hello yth".split())


def _slip_of_a_brand(text: str, start: int, end: int, accepted: set[str], context: Context, draft: Draft) -> str:
    """The tool or brand a capitalised word is one slip from, as its maker writes it ("Exel": "Excel", "Gogle":
    "Google", "Figmaa": "Figma", "Phyton": "Python"), or "". A slip is a letter left out, doubled, added, or
    moved, never one letter for another (which is how one name differs from another: "Sinta", "Santa"), and
    the word keeps the brand's first and last letters; a word the lists know, a word of the context, and a
    name after a form of address anywhere in the draft ("Ibu Asna") are left alone."""
    original = text[start:end]
    word = original.lower()
    if (len(word) < BRAND_SHORTEST or not original[:1].isupper() or not original[1:].islower() or not word.isalpha()
            or fold(word) in accepted or not context.lexicons or known(word, context.lexicons)):
        return ""
    brand = next((name for lower, name in BRANDS.items()
                  if lower[0] == word[0] and lower.isalpha() and (lower[-1] == word[-1] and _one_slip(word, lower) or _long_slip(word, lower))), "")
    if not brand or fold(word) in _addressed_names(draft):
        return ""
    return brand


CAPITAL_SLIP = 6  # letters: a shorter capitalised word mid-sentence is likelier a name than a slip
AFFIXED_SLIP = 8  # letters of an Indonesian affixed word whose slip is judged capitalised ("Mengucapkn")
VERB_PREFIXES = ("meng", "meny", "mem", "men", "ber", "ter", "per", "peng", "peny", "pem", "pen", "di")
VERB_SUFFIXES = ("kan", "an", "i", "nya")
HEADLINE_WORDS = 2  # other everyday words capitalised in the clause: a headline's habit, so a capital names no one
_CLAUSE_MARKS = re.compile(r"[.!?;:\n]")


def _capitalised_slip(text: str, start: int, end: int, own: Lexicon, accepted: set[str], context: Context, draft: Draft,
                      language: type[DraftLanguage], everyday: frozenset[str] | set[str]) -> list[str]:
    """The fixes of a capitalised word mid-sentence that is a slip, not a name: "Saya Mengucapkn terima kasih",
    "Thank you for the Oportunity". A capital mid-sentence usually marks a name, so only a slip that no name makes
    is reported: a letter left out, added, doubled or moved (never one letter for another, as "Sharad" is from
    "shared"), the first letter kept, and a fix that is a word every letter uses ("opportunity"), or (Indonesian) a
    long affixed verb or noun ("mengucapkan"), which no name is; the lists' own names are no fix ("Mardiana" is no
    "Mariana"). A word the lists know, a word of the context, a name after a form of address, a place, and a word
    beside another capitalised word that is no everyday word ("Budi Santosa") are left alone, unless the clause is
    written in headline capitals (several everyday words capitalised), where a capital marks no name. A slip of a
    word outside those ("the Warehouse Managment System") is left: names in a headline subject ("Thank You For The
    Interview - Christiana", "Gabriella") are one slip from the lists' own names ("christian", "gabriela")."""
    original = text[start:end]
    word = original.lower()
    if (len(word) < CAPITAL_SLIP or not word.isalpha() or not original[:1].isupper() or not original[1:].islower()
            or not _checkable(text, start, end, True) or fold(word) in accepted or known(word, context.lexicons)
            or fold(word) in _addressed_names(draft) or fold(word) in _PLACES):
        return []
    clause_start = max((match.end() for match in _CLAUSE_MARKS.finditer(text, 0, start)), default=0)
    following = _CLAUSE_MARKS.search(text, end)
    clause_end = following.start() if following else len(text)
    spans = [(clause_start + first, clause_start + last) for first, last in word_spans(text[clause_start:clause_end])]
    index = next(at for at, (first, _) in enumerate(spans) if first == start)
    tokens = [text[first:last] for first, last in spans]
    capitalised = [at for at, token in enumerate(tokens) if at > 0 and token[:1].isupper() and token[1:].islower()]
    headline = sum(at != index and fold(tokens[at]) in everyday for at in capitalised) >= HEADLINE_WORDS
    if len(word) >= TERM_SLIP and _in_term(text, spans, index, context):
        # "the Warehouse Managment System": a system's or a department's name capitalised, whose other words are
        # words of the lists and one of them a term's head; a person's name ("Rudi Christiana") has no such head.
        return [fix for fix in _real_fixes(suggestions(word, own, likely=language.everyday_words), language)
                if fix[0] == word[0] and len(fix) >= TERM_SLIP and _one_slip(word, fix)]
    if not headline:
        for at in (index - 1, index + 1):
            if 0 < at < len(tokens) and tokens[at][:1].isupper() and fold(tokens[at]) not in everyday:
                return []  # "Budi Santosa", "Ibu Asna Wijaya": a name of several words
        if index > 0 and fold(tokens[index - 1]) in BEFORE_NAMES:
            return []
    fixes = [fix for fix in _real_fixes(suggestions(word, own, likely=language.everyday_words), language)
             if fix[0] == word[0] and len(fix) >= CAPITAL_SLIP and _one_slip(word, fix)]
    return [fix for fix in fixes
            if fix in everyday
            or language.lang == "id" and len(fix) >= AFFIXED_SLIP and fix.startswith(VERB_PREFIXES) and fix.endswith(VERB_SUFFIXES)]


TERM_SLIP = 7  # letters of a word inside a capitalised term judged a slip ("Managment"; "Gadjah" in Universitas Gadjah Mada is not)
# The heads of a capitalised term that names a system, a process or a department ("Warehouse Management System",
# "Sistem Informasi Manajemen", "Quality Assurance Department"): words no name is made of.
TERM_HEADS = frozenset(
    """
    system systems sistem management manajemen service services layanan center centre planning platform process
    proses development pengembangan engineering analysis analytics reporting department departemen division divisi
    operations operasional framework application aplikasi solution solutions integration integrasi information
    informasi technology teknologi control quality assurance maintenance
    """.split()
)


def _in_term(text: str, spans: list[tuple[int, int]], index: int, context: Context) -> bool:
    """Whether word ``index`` of a clause stands in a run of capitalised words (two others at least, spaces only between)
    that are all words of the lists, one of them a term's head (``TERM_HEADS``), after no form of address."""
    def capital(at: int) -> bool:
        token = text[spans[at][0] : spans[at][1]]
        return token[:1].isupper() and token[1:].islower()

    first = last = index
    while first > 0 and capital(first - 1) and text[spans[first - 1][1] : spans[first][0]].strip(" ") == "":
        first -= 1
    while last + 1 < len(spans) and capital(last + 1) and text[spans[last][1] : spans[last + 1][0]].strip(" ") == "":
        last += 1
    others = [fold(text[spans[at][0] : spans[at][1]]) for at in range(first, last + 1) if at != index]
    if len(others) < 2 or first > 0 and fold(text[spans[first - 1][0] : spans[first - 1][1]]) in BEFORE_NAMES:
        return False
    return any(word in TERM_HEADS for word in others) and all(
        word in TERM_HEADS or any(lexicon.knows(word) for lexicon in context.lexicons) for word in others)


LONG_BRAND = 8  # letters: no name is one letter from "Instagram" or "Tokopedia" ("Instagran" is a slip)


def _long_slip(word: str, target: str) -> bool:
    """Whether ``word`` is a long name ``target`` with one letter typed for another, anywhere but the first."""
    return (len(target) >= LONG_BRAND and len(word) == len(target)
            and sum(left != right for left, right in zip(word, target)) == 1)


def _one_slip(word: str, target: str) -> bool:
    """Whether ``word`` is ``target`` with one letter left out, added, or moved (two neighbours swapped too)."""
    if abs(len(word) - len(target)) == 1:
        longer, shorter = (word, target) if len(word) > len(target) else (target, word)
        return any(longer[:index] + longer[index + 1 :] == shorter for index in range(len(longer)))
    if len(word) != len(target) or word == target or sorted(word) != sorted(target):
        return False
    return any(word[:index] + word[index + 1 :] == target[:other] + target[other + 1 :] and word[index] == target[other]
               for index in range(len(word)) for other in range(len(target)))


def _addressed_names(draft: Draft) -> set[str]:
    """Words that follow a form of address in the draft: people's names ("Ibu Asna", "Dear Exel")."""
    tokens = [fold(draft.text[start:end]) for start, end in word_spans(draft.text)]
    return {word for before, word in zip(tokens, tokens[1:]) if before in BEFORE_NAMES}


def _misspelt_brand(original: str, accepted: set[str], context: Context) -> str:
    """The trade word a capitalised word mid-sentence is one slip from ("Instgram": "Instagram"), or ""."""
    word = original.lower()
    if (len(word) < BRAND_SLIP or not original[:1].isupper() or not original[1:].islower() or not word.isalpha()
            or fold(word) in accepted or not context.lexicons or known(word, context.lexicons)):
        return ""
    # A slip inside the word: a name differs at an end ("Jenkin" beside "jenkins", "Helmi" beside "helm").
    # One letter for another is how names differ ("Katlin", "Kotlin"): below nine letters, only a letter left out,
    # added or moved is a slip.
    fixes = [fix for fix in suggestions(word, TRADE_LEXICON) if len(fix) >= BRAND_SLIP and fix[0] == word[0] and fix[-1] == word[-1]
             and (len(word) >= TWO_EDITS_FROM or _one_slip(word, fix))]
    return fixes[0].capitalize() if fixes else ""


def _inflected(word: str, accepted: set[str]) -> bool:
    """An English -s or -es on an accepted word the lists lack: "onboards", "standups", "refactors"."""
    return any(word.endswith(ending) and len(word) - len(ending) >= MIN_LENGTH + 1 and word[: -len(ending)] in accepted
               for ending in ("s", "es"))


def _drawn_out(word: str, language: type[DraftLanguage]) -> bool:
    """A short chat word with its last letter held ("yaa", "kakk", "dongg"): informal, not a slip."""
    short = _DRAWN_OUT.sub(r"\1", word)
    return short != word and (len(short) < 4 or short in language.informal)


def _real_fixes(fixes: list[str], language: type[DraftLanguage]) -> list[str]:
    """Fixes that are written words: no chat shorthand ("krn" for "kmrn"), nothing without a vowel; a word
    every thank-you uses first ("terimah" is "terima", not the rarer "terkimah"), and so its possessive ("the
    companys plans": "company's" stays ahead of "company", one keystroke from the slip as it is)."""
    common = COMMON_WORDS | language.boilerplate
    kept = [fix for fix in fixes if fix not in language.informal and _VOWEL.search(fix) and not fix.endswith("'")]
    return sorted(kept, key=lambda fix: fix.removesuffix("'s") not in common)
BOUND_PARTS = frozenset(BOUND_FORMS) | frozenset(ENGLISH_PREFIXES)  # "pre-", "non-", "antar-" before a hyphen


def _colloquial(original: str, language: type[DraftLanguage], context: Context) -> bool:
    """Jakarta speech: "ceritain" for "ceritakan", "dikerjain" for "dikerjakan", "nunggu" for "menunggu"."""
    return bool(_standard_form(original, language, context))


def _standard_form(original: str, language: type[DraftLanguage], context: Context) -> str:
    """The standard word behind a colloquial ending ("menjelasin" → "menjelaskan") or a start without its
    "me-" ("nunggu" → "menunggu", in small letters only: "Nanda" is a name), if the lists know it."""
    word = fold(original)
    if len(word) < 5 or not context.lexicons or any(lexicon.knows(word) for lexicon in context.lexicons):
        return ""

    def listed(candidate: str) -> bool:
        return any(lexicon.lang == language.lang and lexicon.knows(candidate) for lexicon in context.lexicons)

    # Two letters swapped is a typo before it is speech: "bagain" is "bagian", not "bagai" + "-in".
    if any(listed(word[:index] + word[index + 1] + word[index] + word[index + 2 :]) for index in range(1, len(word) - 1)):
        return ""

    spoken = next((ending for ending in language.colloquial_endings if word.endswith(ending)), None)
    if spoken is not None and len(word) >= 6:
        stem = word[: -len(spoken)]
        for ending in language.colloquial_endings[spoken]:
            if listed(stem + ending):
                return stem + ending
    if original[:1].islower():
        spoken = next((start for start in sorted(language.colloquial_starts, key=len, reverse=True) if word.startswith(start)), None)
        if spoken is not None:
            for start in language.colloquial_starts[spoken]:
                if listed(start + word[len(spoken) :]):
                    return start + word[len(spoken) :]
    return ""


def _name_lines(draft: Draft) -> list[Span]:
    """Lines of one to four capitalised words (a name under a chat message, "Anisa Putri"): never checked."""
    found = []
    for line in draft.lines:
        words = line.text(draft.text).split()
        # A closing the tables do not know ("Sincerly,") ends with a comma; a name does not.
        if 1 <= len(words) <= 4 and all(word[:1].isupper() for word in words) and not line.text(draft.text).rstrip().endswith((".", "!", "?", ",")):
            found.append(line)
    return found


def _checkable(text: str, start: int, end: int, sentence_start: bool) -> bool:
    """Whether a word is one a dictionary can judge: no digits, no inner capitals, no address around it."""
    word = text[start:end]
    if len(word) < MIN_LENGTH or any(char.isdigit() or char == "_" for char in word):
        return False
    if any(char.isupper() for char in word[1:]):
        return False  # an acronym, "TikTok", "McKinsey"
    if word[:1].isupper() and not sentence_start:
        return False  # a name in the middle of a sentence
    token_start, token_end = start, end
    while token_start > 0 and not text[token_start - 1].isspace():
        token_start -= 1
    while token_end < len(text) and not text[token_end].isspace():
        token_end += 1
    token = text[token_start:token_end]
    return not re.search(r"@|/|://|\w\.\w|#", token)


def _accepted_words(draft: Draft, context: Context) -> set[str]:
    accepted = context_words(context) | own_name_words(draft, context) | set(JOB_VOCABULARY) | NAME_NOISE
    accepted |= {fold(word) for word in ACRONYMS} | NOT_NAMES
    for language in DRAFT_LANGUAGES.values():
        accepted |= set(language.informal) | set(language.nonstandard)  # their own rules' findings
    return accepted


# The same word typed twice with only spaces between ("the the", "untuk untuk"). English says a few rightly
# twice ("what it is is", "he had had"); Indonesian doubles a word on purpose with a hyphen ("anak-anak").
_DOUBLED = re.compile(r"(?<![\w'’-])(?P<word>[^\W\d_]+)(?P<gap>[ \t]+)(?P=word)(?![\w'’-])", re.IGNORECASE)
# "se-" + a word + the word again + "-nya", the most of it: EYD hyphens it ("sebaik-baiknya", "secepat-cepatnya").
_SUPERLATIVE_APART = re.compile(r"(?<![\w'’-])(?P<se>[Ss]e)(?P<root>[a-z]{3,})[ \t]+(?P=root)nya(?![\w'’-])")
_DOUBLED_BY_DIGIT = re.compile(r"(?<![\w'’-])(?P<word>[A-Za-z][a-z]{2,})2(?![\w'’-])")
_RIGHTLY_TWICE = frozenset({"had", "that", "is", "bye", "very", "so", "no", "yes"})


def doubled_words(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """A word typed twice ("the the", "untuk untuk"), and an Indonesian doubled word without its hyphen ("hati hati")."""
    own = next((lexicon for lexicon in context.lexicons if lexicon.lang == "id"), None)
    for text, where, area in _sources(draft, draft.outside_signature()):
        for match in _DOUBLED.finditer(text, area.start, area.end):
            first, second = match["word"], text[match.end("gap") : match.end()]
            if fold(first) in _RIGHTLY_TWICE or second[:1].isupper() and len(second) > 1:
                continue  # "Bora Bora", "Baden Baden": a name that says a word twice keeps its capital both times
            hyphened = f"{first}-{second}"
            if language.lang == "id" and own is not None and own.knows(hyphened.lower()):
                yield Hit("reduplication", match.start(), match.end(), where, {"found": match.group(), "fix": hyphened, "suggestions": (hyphened,)})
            else:
                yield Hit("doubled_word", match.start(), match.end(), where, {"found": match.group(), "fix": first, "suggestions": (first,)})
        if language.lang != "id":
            continue
        for match in _SUPERLATIVE_APART.finditer(text, area.start, area.end):
            hyphened = f"{match['se']}{match['root']}-{match['root']}nya"
            if own is None or own.knows(match["root"]):
                yield Hit("reduplication", match.start(), match.end(), where, {"found": match.group(), "fix": hyphened, "suggestions": (hyphened,)})
        # The doubled word written with a 2, as typed on a phone ("banyak2", "kata2"): EYD writes it out, with a hyphen.
        for match in _DOUBLED_BY_DIGIT.finditer(text, area.start, area.end):
            word = match["word"]
            if own is not None and not own.knows(word):
                continue  # "mp2", "web2": not a word said twice
            hyphened = f"{word}-{word.lower()}"
            yield Hit("reduplication", match.start(), match.end(), where, {"found": match.group(), "fix": hyphened, "suggestions": (hyphened,)})


# Words of address and of a team's name keep their capitals inside a sentence ("Bapak", "Anda", "Tim Rekrutmen").
_CAPITALISED_INSIDE = frozenset({"bapak", "ibu", "anda", "tim", "bagian", "pak", "bu", "saudara", "saudari"})
_FORMULA_WORDS = frozenset({"hormat", "saya", "kami", "hangat", "sukses", "takzim"})
TITLE_CASE_SMALL_WORDS = 2  # small words capitalised in an English subject ("For The") that show a headline's capitals
TITLE_CASE_MIN = 3  # capitalised everyday words in one sentence that show the habit, not a name


def title_case(draft: Draft, context: Context, language: type[DraftLanguage]) -> Iterator[Hit]:
    """Everyday words capitalised inside an Indonesian sentence, as in a headline ("Saya Mengucapkan Terima Kasih
    atas Kesempatan Wawancara"): EYD writes them small. Only where a sentence has several, which names rarely do."""
    if language.lang != "id":
        return  # English capitalises the names of teams and programmes ("the Customer Experience Team")
    # The formulas too: "Dengan Hormat," "Hormat Saya," "Salam Hormat," take a capital on their first word only.
    for formula in (draft.opening, draft.closing_phrase):
        if formula is None:
            continue
        for word in draft.words_in(formula)[1:]:
            original = word.text(draft.text)
            if fold(original) in _FORMULA_WORDS and original[:1].isupper() and original[1:].islower():
                yield Hit("capital_formula", word.start, word.end, "body", {"found": original, "fix": original.lower()})
    everyday = language.boilerplate | language.function_words
    known = context_words(context) | own_name_words(draft, context)
    area = draft.outside_signature()
    for sentence in draft.sentences:
        if draft.greeting is not None and sentence.start < draft.greeting.end or sentence.start >= area.end:
            continue
        words = draft.words_in(sentence)[1:]
        found = []
        for index, word in enumerate(words):
            original = word.text(draft.text)
            folded = fold(original)
            after_form = index > 0 and fold(words[index - 1].text(draft.text)) in {"pt", "cv", "tbk", "ud"}
            if (original[:1].isupper() and original[1:].islower() and folded in everyday and folded not in known
                    and folded not in _CAPITALISED_INSIDE and not after_form):
                found.append((word, original))
        if len(found) >= TITLE_CASE_MIN:
            for word, original in found:
                yield Hit("capital_inside", word.start, word.end, "body", {"found": original, "fix": original.lower()})


RULES: tuple[Rule, ...] = (
    placeholders,
    misspellings,
    doubled_words,
    title_case,
    greeting,
    closing,
    mixed_formulas,
    interviewer,
    company,
    company_in_subject,
    role,
    generic,
    length,
    long_parts,
    desperate,
    self_doubt,
    salary,
    pressure,
    reconsider,
    reproach,
    apology,
    informal,
    nonstandard,
    attachment,
    emoji,
    exclamations,
    all_caps,
    subject,
    mixed_sentences,
    mixed_phrases,
    honorifics,
    honorific_gender,
    title_given_name,
    address_lowercase,
    address_mismatch,
    address_distant,
    punctuation,
    capitals,
    acronym_case,
    timing,
    weekday_dates,
    panel,
)
