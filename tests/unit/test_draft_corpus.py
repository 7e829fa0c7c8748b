"""What readers really type, through every kind of message: no broken join, no doubled word or honorific.

The corpus (``corpus/draft_inputs/*.txt``, 200+ lines per language) holds names typed with honorifics
and titles, topics typed as fragments, clauses or reported speech ("Kami membahas ...", "we discussed
..."), reasons starting with "karena"/"Because", capitals from a phone's keyboard, trailing full stops
and typos. Each line is drafted in several shapes (kind, register, channel), chosen by its place in
the file so the whole grid is covered without drafting every line in every shape.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from draft_rules import assert_keeps_rules

from thankyou import draft
from thankyou.api import handle
from thankyou.phrasing import as_clause, fit_phrase, parse_name
from thankyou.textstats import words

CORPUS = Path(__file__).parent / "corpus" / "draft_inputs"
FIELDS = ("name", "address", "topic", "strength", "why", "forgot")
BASE = {
    "id": {"name": "Andi Pratama", "company": "PT Sinar Data Nusantara", "role": "Analis Data", "contact": "0812-0000-1234",
           "interview_date": "2026-11-24", "format": "video"},
    "en": {"name": "Andi Pratama", "company": "Sinar Data Nusantara", "role": "Data Analyst", "contact": "+62 812-0000-1234",
           "interview_date": "2026-11-24", "format": "video"},
}
# Joins that show a frame and the reader's words both said the same link word.
BROKEN_JOIN = {
    "id": re.compile(r"\b(?:karena|sebab|bahwa|tentang|mengenai|soal|untuk|agar|supaya)\s+"
                     r"(?:karena|sebab|bahwa|tentang|mengenai|soal|agar|supaya|dikarenakan)\b", re.IGNORECASE),
    "en": re.compile(r"\b(?:because(?:\s+of)?|that|about|regarding|since)\s+(?:because|that|about|regarding|since)\b"
                     r"|\bto\s+to\b|\bI\s+I\b", re.IGNORECASE),
}
SHAPES = [
    (kind, register, channel)
    for kind in draft.KINDS
    for register in draft.REGISTERS
    for channel in draft.KIND_CHANNELS[kind]
]


def corpus(lang: str) -> list[dict[str, str]]:
    lines = (CORPUS / f"{lang}.txt").read_text(encoding="utf-8").splitlines()
    rows = []
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        values = [value.strip() for value in line.split("|")]
        assert len(values) == len(FIELDS), line
        rows.append(dict(zip(FIELDS, values, strict=True)))
    return rows


def test_the_corpus_is_large_enough():
    for lang in ("id", "en"):
        assert len(corpus(lang)) >= 200


def reader_pieces(row: dict[str, str], lang: str) -> list[str]:
    """The reader's words as typed and as fitted: what the rules do not count against the generator."""
    pieces = [row["name"], *BASE[lang].values()]
    name = parse_name(row["name"])
    pieces += [name.core, name.titled(), name.first, name.last]
    for key, kind in (("topic", "topic"), ("strength", "point"), ("why", "point"), ("forgot", "forgot")):
        if row[key]:
            fitted = fit_phrase(row[key], lang, kind=kind)
            pieces += [row[key], fitted.text, as_clause(fitted, lang)]
    return [piece for piece in pieces if piece]


def request_for(row: dict[str, str], lang: str, shape: tuple[str, str, str], variant: int) -> dict:
    kind, register, channel = shape
    person = {"name": row["name"], "address": row["address"], "topic": row["topic"]}
    request = {**BASE[lang], "lang": lang, "kind": kind, "register": register, "channel": channel, "variant": variant,
               "interviewers": [person], "strength": row["strength"], "why": row["why"], "forgot": row["forgot"]}
    if kind == "follow_up":
        request["attempt"] = 1 + variant % 2
    if kind == "reply_to_offer":
        request["offer_reply"] = draft.OFFER_REPLIES[variant % 2]
    if kind == "confirm_next_round" and variant % 2:
        request["next_step"] = row["topic"]
    return request


def check(row: dict[str, str], lang: str, shape: tuple[str, str, str], variant: int) -> None:
    request = request_for(row, lang, shape, variant)
    answer = handle({"op": "draft", **request})
    assert "error" not in answer, (row, answer)
    pieces = reader_pieces(row, lang)
    for message in answer["messages"]:
        body = message["body"]
        context = f"{row} {shape}\n\n{body}"
        assert_keeps_rules(message, answer, reader_text="\x00".join(pieces))
        assert not BROKEN_JOIN[lang].search(body), (BROKEN_JOIN[lang].search(body), context)
        for sentence in message["sentences"]:
            assert sentence["text"][0].isupper(), (sentence, context)
            field = sentence["source"].rsplit(".", 1)[-1]
            if field == "courtesy":
                # A courtesy says nothing the reader typed about the conversation or themselves.
                for key in ("topic", "strength", "why", "forgot"):
                    typed = set(words(row[key])) - set(words(" ".join([*BASE[lang].values(), row["name"]])))
                    long = {word for word in typed if len(word) > 5}
                    assert not (len(long) >= 2 and long <= set(words(sentence["text"]))), (key, sentence, context)
            else:
                typed = {word for word in words(row.get(field) or request.get(field, "")) if len(word) > 3}
                assert not typed or typed & set(words(sentence["text"])), (field, sentence, context)


BLOCK = 10  # lines of the corpus per case: a sweep of cases, so inside Pyodide it runs its share (budget.py)
BLOCKS = [(lang, start) for lang in ("id", "en") for start in range(0, len(corpus(lang)), BLOCK)]


@pytest.mark.parametrize(("lang", "start"), BLOCKS)
def test_every_line_reads_without_a_broken_join_in_every_kind_of_message(lang, start):
    for index, row in enumerate(corpus(lang)[start:start + BLOCK], start):
        check(row, lang, ("thank_you", "formal", "email"), index % 3)
        check(row, lang, SHAPES[(2 * index) % len(SHAPES)], index % 4)
        check(row, lang, SHAPES[(2 * index + 1) % len(SHAPES)], (index + 1) % 4)


@pytest.mark.parametrize(("lang", "start"), BLOCKS)
def test_a_name_typed_with_an_honorific_or_a_title_is_greeted_once(lang, start):
    for row in corpus(lang)[start:start + BLOCK]:
        name = parse_name(row["name"])
        for register, channel in (("formal", "email"), ("semi_formal", "whatsapp")):
            answer = handle({"op": "draft", **BASE[lang], "lang": lang, "register": register, "channel": channel,
                             "interviewers": [{"name": row["name"], "address": row["address"], "topic": row["topic"]}]})
            greeting = answer["messages"][0]["greeting"]
            if name.core:
                assert name.first in greeting or name.last in greeting, (row, greeting)
            for honorific in ("Bapak", "Ibu", "Pak", "Bu", "Mas", "Mbak", "Kak", "Mr.", "Ms.", "Mrs."):
                assert len(re.findall(rf"(?<!\w){re.escape(honorific)}(?!\w)", greeting)) <= 1, (row, greeting)
