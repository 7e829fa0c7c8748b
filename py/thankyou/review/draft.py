"""A draft taken apart: subject, greeting, content, closing and signature, sentences and paragraphs.

Every position is a code-point offset into the text the reader gave (the body, or the subject
field), so a finding's range always points at the reader's own characters. When the subject
is the first line of the body, that line is blanked with spaces in the text the rules read, which
keeps every offset of the body unchanged.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from thankyou.review.tables import ABBREVIATIONS, CLOSING_ABBREVIATIONS, DRAFT_LANGUAGES, QUOTED_THREAD
from thankyou.textstats import fold, word_spans


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def text(self, of: str) -> str:
        return of[self.start : self.end]


@dataclass(frozen=True)
class Draft:
    """The parts of one draft. ``text`` is the body the rules read (see the module docstring)."""

    text: str
    subject: str  # the subject field, or the body when the subject is its first line
    subject_field: str  # "subject" or "body"
    subject_span: Span | None  # the subject's words, in ``subject`` (None: no subject)
    greeting: Span | None
    opening: Span | None  # "Dengan hormat," after the greeting
    closing: Span | None  # the closing line
    closing_phrase: Span | None  # "Hormat saya" within it
    signature: Span | None
    content: Span  # between the greeting (or opening) and the closing
    lines: tuple[Span, ...]
    paragraphs: tuple[Span, ...]  # of the content
    sentences: tuple[Span, ...]  # of the content
    words: tuple[Span, ...]  # of the whole text
    word_starts: tuple[int, ...]  # where each word starts, to find the words of a span quickly

    @property
    def subject_text(self) -> str:
        return self.subject_span.text(self.subject) if self.subject_span else ""

    def words_in(self, span: Span) -> list[Span]:
        """The words that lie inside ``span``."""
        first = bisect_left(self.word_starts, span.start)
        last = bisect_left(self.word_starts, span.end, lo=first)
        found = list(self.words[first:last])
        while found and found[-1].end > span.end:
            found.pop()
        return found

    def outside_signature(self) -> Span:
        """The text up to the signature: where the sender's own name cannot be mistaken for another."""
        return Span(0, self.signature.start if self.signature else len(self.text))


# ---- Subject --------------------------------------------------------------------------------

_SUBJECT_LABEL = re.compile(r"(?:subject|subjek|perihal|hal|judul|subj)\s*:\s*", re.IGNORECASE)


def split_subject(subject: str, body: str) -> tuple[str, str, Span | None, str]:
    """``(subject text, its field, the subject's span in it, the body the rules read)``.

    A non-empty subject field wins. Otherwise the body's first line is its subject when it is
    labelled (``Subject: ...``), or when it is a short line followed by a blank line and a greeting.
    """
    stripped = _strip(subject, Span(0, len(subject)))
    if stripped is not None:
        return subject, "subject", stripped, body
    lines = list(_lines(body))
    if not lines:
        return subject, "subject", None, body
    first = lines[0]
    first_text = first.text(body)
    label = _SUBJECT_LABEL.match(first_text)
    if label:
        words = _strip(body, Span(first.start + label.end(), first.end))
        return body, "body", words, _blank(body, first)
    if len(lines) < 2 or _is_greeting(first_text):
        return subject, "subject", None, body
    between = body[first.end : lines[1].start]
    if between.count("\n") >= 2 and _is_greeting(lines[1].text(body)) and _looks_like_subject(first_text):
        return body, "body", first, _blank(body, first)
    return subject, "subject", None, body


def _looks_like_subject(line: str) -> bool:
    return 1 <= len(word_spans(line)) <= 15 and not line.rstrip().endswith((".", ",", ":", ";"))


def _blank(text: str, span: Span) -> str:
    return text[: span.start] + " " * (span.end - span.start) + text[span.end :]


# ---- Structure ------------------------------------------------------------------------------

def _lines(text: str) -> Iterator[Span]:
    """Non-empty lines, each without its surrounding white space."""
    start = 0
    for line in text.split("\n"):
        span = _strip(text, Span(start, start + len(line)))
        if span is not None:
            yield span
        start += len(line) + 1


def _strip(text: str, span: Span) -> Span | None:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


_GREETINGS = tuple(language.greeting for language in DRAFT_LANGUAGES.values())
# A line of one to five capitalised words ending with a comma: "Rina Wijaya,".
_NAME_LINE = re.compile(r"(?:[^\W\d_][\w.'’-]*\s+){0,4}[^\W\d_][\w.'’-]*\s*,$")


def _is_greeting(line: str) -> bool:
    return any(pattern.match(line) for pattern in _GREETINGS) or bool(
        _NAME_LINE.match(line) and line[:1].isupper()
    )


def find_greeting(text: str, lines: list[Span]) -> Span | None:
    """The greeting: the first line when it greets, or its first clause when the line goes on."""
    if not lines:
        return None
    first = lines[0]
    line = first.text(text)
    if not _is_greeting(line):
        return None
    words = word_spans(line)
    if len(words) > 12:
        for stop in re.finditer(r"[,!:]|\.(?=\s)", line[:120]):
            if stop.group() != "." or not ends_with_abbreviation(line, stop.start()):
                return Span(first.start, first.start + stop.end())
        match = next((m for m in (p.match(line) for p in _GREETINGS) if m), None)
        return Span(first.start, first.start + (match.end() if match else words[0][1]))
    greeting = first
    # A letter-style address block: "Kepada Yth." then "Ibu Rina Wijaya" then "di tempat".
    if len(words) <= 2:
        for following in lines[1:4]:
            gap = text[greeting.end : following.start]
            if gap.count("\n") > 1 or len(word_spans(following.text(text))) > 6:
                break
            greeting = Span(first.start, following.end)
    return greeting


def find_closing(text: str, lines: list[Span], after: int, lang: str) -> tuple[Span, Span, Span | None] | None:
    """``(closing line, closing phrase, signature)`` among the last lines, or None."""
    candidates = [line for line in lines if line.start >= after][-6:]
    patterns = [DRAFT_LANGUAGES[lang].closing] + [
        language.closing for code, language in DRAFT_LANGUAGES.items() if code != lang
    ]
    for index in range(len(candidates) - 1, -1, -1):
        line = candidates[index]
        line_text = line.text(text)
        for pattern in patterns:
            found = _closing_line(line_text, pattern)
            if found is None:
                continue
            phrase_end, name_start = found
            phrase = Span(line.start, line.start + phrase_end)
            if name_start is not None:
                signature: Span | None = Span(line.start + name_start, candidates[-1].end)
            elif index + 1 < len(candidates):
                signature = Span(candidates[index + 1].start, candidates[-1].end)
            else:
                signature = None
            return line, phrase, signature
    return None


def _closing_line(line: str, pattern: re.Pattern[str]) -> tuple[int, int | None] | None:
    """Where the closing phrase ends, and where a name on the same line starts (if any)."""
    # The whole line first, so that a longer closing wins over its start ("Thank you for your
    # time and consideration," over "Thank you"); then a closing followed by a name.
    bare = line.rstrip(" ,.!–—-")
    if pattern.fullmatch(bare):
        return len(bare), None
    match = pattern.match(line)
    if not match:
        return None
    rest = line[match.end() :]
    punctuation = re.match(r"\s*[,.!–—-]+\s*", rest)
    if not rest.strip(" ,.!–—-"):
        return match.end(), None
    if not punctuation:
        return None
    name = rest[punctuation.end() :]
    words = name.split()
    # A name: at most five words, each capitalised (or an initial, or a degree such as S.Kom.).
    if len(words) <= 5 and all(word[:1].isupper() for word in words):
        return match.end(), match.end() + punctuation.end()
    return None


def ends_with_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation (``Yth.``, ``Dr.``, ``CV.``) or an initial, not the
    sentence: one that may close a sentence (``Tbk.``, ``etc.``) does not before a capital letter."""
    before = re.search(r"(\S+)$", text[max(0, dot - 40) : dot])
    if not before:
        return False
    token = fold(before.group(1)).lstrip("([\"'“‘")
    if token in CLOSING_ABBREVIATIONS:
        after = re.match(r"\s*(\S)", text[dot + 1 : dot + 40])
        return bool(after) and not after.group(1).isupper()
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha())


# A sentence ends at . ! ? … (and closing quotes), or at an emoji standing in for the full stop.
_TERMINATOR = re.compile(
    r"(?:[.!?…]+[\"'”’)\]]*|[\U0001F000-\U0001FAFF\u2600-\u27BF][\uFE0F\U0001F3FB-\U0001F3FF]*)(?=\s|$)"
)


def sentences_of(text: str, span: Span) -> list[Span]:
    """The sentences inside ``span``: each line is split at full stops, question and exclamation marks."""
    found = []
    for line in _lines(text[: span.end]):
        if line.end <= span.start:
            continue
        line = Span(max(line.start, span.start), line.end)
        start = line.start
        for match in _TERMINATOR.finditer(text, line.start, line.end):
            if match.group().startswith(".") and len(match.group()) == 1 and ends_with_abbreviation(text, match.start()):
                continue
            piece = _strip(text, Span(start, match.end()))
            if piece is not None:
                found.append(piece)
            start = match.end()
        piece = _strip(text, Span(start, line.end))
        if piece is not None:
            found.append(piece)
    return found


def paragraphs_of(text: str, span: Span) -> list[Span]:
    """Runs of non-empty lines inside ``span``, separated by blank lines."""
    found: list[Span] = []
    current: Span | None = None
    for line in _lines(text[: span.end]):
        if line.end <= span.start:
            continue
        line = Span(max(line.start, span.start), line.end)
        if current is not None and text[current.end : line.start].count("\n") <= 1:
            current = Span(current.start, line.end)
        else:
            if current is not None:
                found.append(current)
            current = line
    if current is not None:
        found.append(current)
    return found


_OPENING = tuple(language.opening_formula for language in DRAFT_LANGUAGES.values())


def without_quoted_thread(text: str) -> str:
    """``text`` with a reply's quoted thread ("On Mon, ... wrote:" and below) blanked out, offsets kept: the
    reviewer reads the reader's own words, not the message they answer."""
    match = next((match for match in QUOTED_THREAD.finditer(text) if text[: match.start()].strip()), None)
    if match is None:
        return text
    return text[: match.start()] + re.sub(r"[^\n]", " ", text[match.start() :])


def parse(subject: str, body: str, lang: str) -> Draft:
    """Take a draft apart. ``lang`` is the draft's language (it decides which closings come first)."""
    subject, subject_field, subject_span, text = split_subject(subject, body)
    text = without_quoted_thread(text)
    lines = list(_lines(text))
    greeting = find_greeting(text, lines)
    after = greeting.end if greeting else 0
    opening = None
    rest = [line for line in lines if line.start >= after]
    if greeting and rest and any(p.fullmatch(rest[0].text(text)) for p in _OPENING):
        opening = rest[0]
        after = opening.end
    closing = find_closing(text, lines, after, lang)
    content_end = closing[0].start if closing else (lines[-1].end if lines else 0)
    content = _strip(text, Span(after, max(after, content_end))) or Span(after, after)
    spans = word_spans(text)
    return Draft(
        text=text,
        subject=subject,
        subject_field=subject_field,
        subject_span=subject_span,
        greeting=greeting,
        opening=opening,
        closing=closing[0] if closing else None,
        closing_phrase=closing[1] if closing else None,
        signature=closing[2] if closing else None,
        content=content,
        lines=tuple(lines),
        paragraphs=tuple(paragraphs_of(text, content)),
        sentences=tuple(sentences_of(text, content)),
        words=tuple(Span(start, end) for start, end in spans),
        word_starts=tuple(start for start, _ in spans),
    )


# ---- UTF-16 ---------------------------------------------------------------------------------

class Utf16:
    """Code-point offsets of one text as UTF-16 code units (how a browser's text field counts)."""

    def __init__(self, text: str) -> None:
        self._astral = [index for index, char in enumerate(text) if ord(char) > 0xFFFF]

    def __call__(self, offset: int) -> int:
        return offset + bisect_left(self._astral, offset)
