"""The rules every generated message keeps, as one checker shared by the generator's tests."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from thankyou import draft
from thankyou.draft import CHARACTER_LIMITS, SUBJECT_LIMIT, SUBJECT_OPTIONS, WORD_RANGES
from thankyou.textstats import word_count

# Words a careful HR reader would frown at in either register (Indonesian slang; English slang).
INFORMAL = {
    "id": ("banget", "nih", "gue", "gua", "lo", "lu", "elo", "aja", "udah", "nggak", "gak", "enggak", "kok", "dong",
           "sih", "deh", "yg", "bro", "sis", "kamu", "makasih", "thx", "gan", "btw", "oke", "kayak", "gimana"),
    "en": ("gonna", "wanna", "gotta", "kinda", "thx", "btw", "lol", "hey", "yo", "awesome", "super excited"),
}
# Pleading, pressure, salary talk or apology: none of it belongs in a thank-you.
OFF_LIMITS = {
    "id": ("mohon pertimbangkan", "sangat berharap diterima", "memohon", "gaji", "tunjangan", "maaf", "mohon maaf",
           "segera", "secepatnya", "kapan saya", "butuh pekerjaan"),
    "en": ("please consider", "beg", "desperate", "salary", "pay rise", "compensation", "benefits", "sorry", "apolog",
           "as soon as possible", "asap", "need this job", "hope you choose", "i really need"),
}
TEMPLATE = re.compile(r"\[[^\]]*\]|\{[^}]*\}|<[^>]*>|\bx{3,}\b|\blorem\b", re.IGNORECASE)
# Marks of a sentence left empty or a part left out: doubled or dangling punctuation, stray spaces.
BROKEN = re.compile(r"  |\s[,.;:!?]|,,|\.\.|,\.|\.,|;\.|\(\s*\)|^[,.;:]|[ \t]$|\n\n\n", re.MULTILINE)
# The only lines that may end in a comma: the greeting, "Dengan hormat," and the sign-off.
COMMA_LINES = ("Dengan hormat,", "Hormat saya,", "Salam hangat,", "Kind regards,", "Best regards,")
SIGN_OFFS = {("id", "formal"): "Hormat saya,", ("id", "semi_formal"): "Salam hangat,",
             ("en", "formal"): "Kind regards,", ("en", "semi_formal"): "Best regards,"}
CONTRACTION = re.compile(r"\b(?:\w+n't|i'm|\w+'re|\w+'ve|\w+'ll|\w+'d|it's|that's|there's|here's|what's|let's)\b",
                         re.IGNORECASE)
ACADEMIC = re.compile(r"\b(?:Bapak|Ibu|Pak|Bu|Mr\.|Ms\.|Mrs\.)\s+(?:Prof|Dr|dr|drg|drh|Ir|Drs|Dra)\b")
# Two forms of address in a row ("Bapak Pak Hendra", "Ms. Mrs. Lopez", "Dear Mr. Mr."): a doubled honorific.
HONORIFIC = r"(?:Bapak|Ibu|Pak|Bu|Bpk\.?|Mas|Mbak|Kak|Mr\.?|Ms\.?|Mrs\.?|Miss|Sdr\.?|Sdri\.?)"
DOUBLED_HONORIFIC = re.compile(rf"\b{HONORIFIC}\s+{HONORIFIC}(?=\s|,|$)", re.IGNORECASE)
DOUBLED_WORD = re.compile(r"\b(\w+)[ \t]+\1\b", re.IGNORECASE)
# The fewest words per channel before the reviewer calls a message too short (review.tables.LENGTH).
FEWEST = {"email": 50, "linkedin": 25, "whatsapp": 15, "card": 20}
SOURCES = re.compile(r"^(?:courtesy|strength|why|forgot|next_step|interviewers\.\d\.topic|interviewers\.name)$")


def sentences(body: str) -> list[str]:
    """The body's sentences (greeting and signature lines count as their own)."""
    return [part.strip() for part in re.split(r"(?<=[.!?])\s+|\n+", body) if part.strip()]


def assert_keeps_rules(message: Mapping[str, Any], answer: Mapping[str, Any], *, reader_text: str = "") -> None:
    """Every rule of the issue that can be checked on one message.

    ``reader_text``: everything the reader typed, joined; punctuation marks the reader typed
    themselves are not counted against the generator.
    """
    body = message["body"]
    lang = answer["lang"]
    register = answer["register"]
    channel = answer["channel"]
    lines = body.split("\n")
    assert message["words"] == word_count(body)
    assert message["characters"] == len(body)
    assert message["channel"] == channel and message["lang"] == lang

    # Greeting and closing as a careful HR reader expects them, per language, register and channel.
    assert not DOUBLED_HONORIFIC.search(body), DOUBLED_HONORIFIC.search(body)
    assert not ACADEMIC.search(body), lines[0]
    if lang == "id":
        by_time = channel == "whatsapp" or (register == "semi_formal" and channel != "card")
        if by_time:
            assert re.match(r"Selamat (?:pagi|siang|sore|malam), \S", lines[0]) and lines[0].endswith(","), lines[0]
            assert "Yth." not in body and "Dengan hormat" not in body
        else:
            assert lines[0].startswith("Yth. ") and lines[0].endswith(","), lines[0]
            assert ("Dengan hormat," in lines) == (channel == "email")
            if channel == "email":
                assert lines[2] == "Dengan hormat,"
        assert "Kepada" not in body
    else:
        assert lines[0].startswith(("Dear ", "Hi ", "Hello ")) and lines[0].endswith(","), lines[0]
        assert not lines[0].startswith(("Hi ", "Hello ")) or register == "semi_formal", lines[0]
        # Semi-formal: "Dear" is left for a message to no one by name (the hiring team, Sir or Madam).
        assert not (register == "semi_formal" and lines[0].startswith("Dear ") and message["to"]["name"]), lines[0]
        if register == "formal":
            assert not CONTRACTION.search(_without(body, reader_text)), "no contractions in formal English"
    if channel == "whatsapp":
        assert not any(line in COMMA_LINES for line in lines), "a chat has no letter's sign-off"
    else:
        assert SIGN_OFFS[(lang, register)] in lines

    # No paragraph opens on a conjunction ("And thank you to …" after the thanks to the recruiter).
    for paragraph in body.split("\n\n")[1:]:
        assert not re.match(r"(?:And|But|So|Dan|Tapi|Namun) ", paragraph), paragraph

    # Nothing doubled: a word ("karena karena") or an honorific ("Bapak Pak"), unless the reader typed it.
    pieces = [piece for piece in reader_text.split("\x00") if piece]
    for match in DOUBLED_WORD.finditer(body):
        assert any(match.group(0).casefold() in piece.casefold() for piece in pieces), f"doubled: {match.group(0)!r}"

    # Every sentence has its source; each one is in the body.
    said = message["sentences"]
    assert said, "no sentence"
    for sentence in said:
        assert SOURCES.match(sentence["source"]), sentence
        assert sentence["text"] in body, sentence

    # Words: no slang, no pleading, no salary talk, no apology (outside what the reader typed).
    ours = _without(body, reader_text).casefold()
    for word in INFORMAL[lang]:
        assert not re.search(rf"\b{re.escape(word)}\b", ours), word
    for phrase in OFF_LIMITS[lang]:
        assert not re.search(rf"\b{re.escape(phrase)}", ours), phrase
    assert not TEMPLATE.search(ours), "a template mark"
    # A greeting ending in a post-nominal title keeps its comma after the title's full stop
    # ("Yth. Ibu Rina Wijaya, M.Sc.,"), as Indonesian letters write it; nowhere else is ".," right.
    checked = _without(re.sub(r"\A([^\n]*\.),\n", r"\1\n", body), reader_text)
    assert not BROKEN.search(checked), repr(BROKEN.search(checked))

    for line in lines[1:]:
        if line not in COMMA_LINES and line not in reader_text.split("\x00"):
            assert not line.endswith((",", ";", ":")), f"dangling: {line!r}"

    # No sentence twice, none empty.
    said = [sentence for sentence in sentences(_without(body, reader_text)) if re.sub(r"READER|\W", "", sentence)]
    assert all(re.search(r"\w", sentence) for sentence in said)
    assert len(said) == len(set(said)), "a sentence appears twice"

    # The channel's shape.
    if channel == "email":
        options = message["subject_options"]
        assert len(options) == SUBJECT_OPTIONS == len(set(options))
        assert all(0 < len(subject) <= SUBJECT_LIMIT for subject in options)
        assert message["subject"] == options[0]
        assert message["mailto"].startswith("mailto:") and message["eml"]
    else:
        assert message["subject_options"] == [] and message["subject"] is None
        assert "mailto" not in message
    if channel in CHARACTER_LIMITS:
        assert len(body) <= CHARACTER_LIMITS[channel]


def assert_length(message: Mapping[str, Any], answer: Mapping[str, Any], *, reader_words: int = 0) -> None:
    """Within the channel's range at the top (the reader's own long phrases may stretch it), and never
    so short that the reviewer calls it too short. Nothing pads a message: a thank-you without a topic
    is shorter than the range, not filled with invented sentences."""
    _low, high = WORD_RANGES[(answer["channel"], answer["length"])]
    # A short message about the process (a reply to an offer, a withdrawal) is one the reviewer never calls
    # too short: it says what it must, down to the generator's own floor for it.
    fewest = FEWEST[answer["channel"]]
    if answer["length"] == "short" and message.get("kind", answer.get("kind")) in draft.PROCESS_KINDS:
        fewest = min(fewest, draft.SHORT_MINIMUM_WORDS[answer["channel"]])
    assert fewest <= message["words"] <= high + reader_words, (message["words"], high, message["body"])


def _without(body: str, reader_text: str) -> str:
    """``body`` with every piece of the reader's own text replaced by a neutral word."""
    pieces = sorted({piece for piece in reader_text.split("\x00") if piece}, key=len, reverse=True)
    if not pieces:
        return body
    # One pass, longest first: a short piece (say "A") must not match inside a marker already put in.
    return re.sub("|".join(map(re.escape, pieces)), "READER", body)
