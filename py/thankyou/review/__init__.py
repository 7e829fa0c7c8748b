"""The draft reviewer: a thank-you email in, located findings and a one-line verdict out.

``review(request)`` is the ``review`` operation of the façade. The request holds ``subject``,
``body`` (or the body alone, its first line the subject), the reader's ``lang`` for the messages,
and an optional ``context`` (see :mod:`thankyou.review.context`). Each finding has a ``kind``,
a ``severity`` (``must`` / ``should`` / ``tip``), a ``message`` with its fix in the reader's
language, and ``start``/``end``: code-point offsets into the body, or into the subject when
``field`` is ``subject``. ``start_utf16``/``end_utf16`` are the same range in UTF-16 code units,
which is how a browser's text field counts (an emoji is one code point but two units).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from thankyou import guide
from thankyou.dates import format_date
from thankyou.operations import Operation
from thankyou.fields import LANGUAGE, Record, Text, read
from thankyou.review import rules
from thankyou.review.context import CONTEXT, Context
from thankyou.review.draft import Draft, Utf16, parse, without_quoted_thread
from thankyou.spelling import Lexicon
from thankyou.review.tables import (
    BODY_LIMIT,
    CHANNEL_SEVERITY,
    DRAFT_LANGUAGES,
    KINDS,
    MAX_PER_CODE,
    SEVERITIES,
    SEVERITY,
    SUBJECT_LIMIT,
    kind_of,
)
from thankyou.texts import LANGUAGES, texts_for
from thankyou.texts.review import ReviewTexts
from thankyou.textstats import word_count, words

EXCERPT = 80  # characters of the draft quoted in a finding


# The request, declared once: read by :func:`review`, and the source of the command line's flags
# and of what the README lists. The draft's text is kept exactly as given: offsets point into it.
REQUEST = Record(fields={
    "subject": Text(limit=SUBJECT_LIMIT, clean=None, help="the subject line (or the first line of the body)"),
    "body": Text(limit=BODY_LIMIT, clean=None, help="the email text (usually given in the JSON on stdin)"),
    "lang": replace(LANGUAGE, help="the language of the messages"),
    "context": CONTEXT,
})


def review(request: Mapping[str, Any], *, now: datetime | None = None, lexicons: Iterable[Lexicon] = ()) -> dict[str, Any]:
    """The ``review`` operation: read the request, run every rule, answer in the reader's language.

    ``now``: the current time, from the shell (it dates "today" against the interview's date).
    ``lexicons`` are the word lists a shell loaded (``thankyou.spelling``): with the
    draft language's among them, typos are findings too.
    """
    given = read(REQUEST, request, now=now)
    context = replace(Context(**given["context"]), lexicons=tuple(lexicons))
    return review_draft(given["subject"], given["body"], context, given["lang"])


def review_draft(subject: str, body: str, context: Context, lang: str) -> dict[str, Any]:
    """The answer for one draft (plain data, ready for JSON)."""
    words_ = texts_for(ReviewTexts, lang)
    draft_lang = context.lang or detect_language(subject + "\n" + without_quoted_thread(body), default=lang)
    if not body.strip():
        return {
            "ready": False, "summary": words_.summaries["empty"], "lang": draft_lang,
            "lang_detected": not context.lang, "words": 0, "channel": context.channel,
            "subject_from_body": False, "counts": dict.fromkeys(SEVERITIES, 0), "findings": [],
        }
    draft = parse(subject, body, draft_lang)
    language = DRAFT_LANGUAGES[draft_lang]
    hits = [hit for rule in rules.RULES for hit in rule(draft, context, language)]
    findings = [_finding(hit, draft, context, lang) for hit in _capped(hits)]
    # Most severe first; within a severity, in the order the summary names "what to fix first"
    # (so the list starts with it), then in reading order.
    order = list(KINDS)
    findings.sort(key=lambda found: (
        SEVERITIES.index(found["severity"]), order.index(found["kind"]), found["field"] == "body", found["start"],
    ))
    counts = {severity: sum(found["severity"] == severity for found in findings) for severity in SEVERITIES}
    return {
        "ready": counts["must"] == 0,
        "summary": summary(findings, counts, lang),
        "lang": draft_lang,
        "lang_detected": not context.lang,
        "words": word_count(draft.text),
        "channel": context.channel,
        "subject_from_body": draft.subject_field == "body",
        "counts": counts,
        "findings": findings,
    }


def detect_language(text: str, *, default: str) -> str:
    """The draft's language by its common words; ``default`` when there is nothing to tell."""
    tokens = words(text)
    scores = {code: sum(token in language.function_words for token in tokens) for code, language in DRAFT_LANGUAGES.items()}
    # A one-letter word ("I", "a") tells a language only beside a longer one: "I:I" or "a/b" is no English.
    for code, language in DRAFT_LANGUAGES.items():
        if not any(len(token) > 1 and token in language.function_words for token in tokens):
            scores[code] = 0
    best = max(scores.values())
    leaders = [code for code, score in scores.items() if score == best]
    if best == 0 or len(leaders) > 1:
        return default if default in LANGUAGES else leaders[0]
    return leaders[0]


def severity_of(code: str, channel: str) -> str:
    return CHANNEL_SEVERITY.get(channel, {}).get(code, SEVERITY[code])


NAME_CODES = frozenset({"company_misspelled", "company_other", "interviewer_misspelled", "interviewer_other", "role_misspelled"})


def _capped(hits: list[rules.Hit]) -> list[rules.Hit]:
    """At most ``MAX_PER_CODE`` hits of one code, and each (code, range) once; a typo on a range a name's finding
    covers is that finding's ("Tokopdia": the company's name misspelt, told once)."""
    seen: set[tuple[str, str, int, int]] = set()
    per_code: dict[str, int] = {}
    named = {(hit.field, hit.start, hit.end) for hit in hits if hit.code in NAME_CODES}
    kept = []
    for hit in hits:
        key = (hit.code, hit.field, hit.start, hit.end)
        if key in seen or per_code.get(hit.code, 0) >= MAX_PER_CODE or hit.code == "misspelling" and key[1:] in named:
            continue
        seen.add(key)
        per_code[hit.code] = per_code.get(hit.code, 0) + 1
        kept.append(hit)
    return kept


def _finding(hit: rules.Hit, draft: Draft, context: Context, lang: str) -> dict[str, Any]:
    # The text the range points into, as the reader gave it: when the subject is the body's first
    # line, ``draft.subject`` is that body (``draft.text`` has the line blanked).
    text = draft.subject if hit.field == "subject" or draft.subject_field == "body" else draft.text
    utf16 = Utf16(text)
    kind = kind_of(hit.code)
    excerpt = text[hit.start : hit.end]
    if len(excerpt) > EXCERPT:
        excerpt = excerpt[: EXCERPT - 1].rstrip() + "…"
    return {
        "kind": kind,
        "code": hit.code,
        "severity": severity_of(hit.code, context.channel),
        "message": message(hit, lang),
        "field": hit.field,
        "start": hit.start,
        "end": hit.end,
        "start_utf16": utf16(hit.start),
        "end_utf16": utf16(hit.end),
        "excerpt": excerpt,
        "link": guide.SECTIONS[KINDS[kind]],
        # The closest words, for a typo: the page can offer them as fixes.
        **({"suggestions": list(hit.params["suggestions"])} if "suggestions" in hit.params else {}),
        # A mechanical fix: the text that replaces the finding's range (start..end) as it is.
        **({"replacement": fix} if (fix := replacement(hit, text)) is not None else {}),
    }


# Findings whose fix is mechanical: a typo's first suggestion, a name spelled as the context spells it,
# a word of address given its capital.
MECHANICAL_FIXES = ("misspelling", "interviewer_misspelled", "company_misspelled", "company_other", "address")
MECHANICAL_CODES = ("nonstandard", "capital_start", "capital_name", "acronym_case", "reduplication", "capital_inside", "capital_formula", "run_on",
                    "punctuation_doubled", "degree_comma", "question_repeated", "subject_title_case", "greeting_abbreviated")  # codes of other kinds whose fix is mechanical: "karir" → "karier"


def replacement(hit: rules.Hit, text: str) -> str | None:
    """The text that replaces the hit's range to fix it, when the fix needs no judgement; else ``None``.

    A typo becomes its closest word (capitalised as it was); a misspelled name becomes the name as
    the context spells it, when the range holds as many words as that name (so no word is lost).
    """
    if kind_of(hit.code) not in MECHANICAL_FIXES and hit.code not in MECHANICAL_CODES:
        return None
    found = text[hit.start : hit.end]
    if "fix" in hit.params:
        fix = str(hit.params["fix"])
    elif "expected" in hit.params:
        fix = str(hit.params["expected"])
        if len(fix.split()) != len(found.split()):
            return None
    else:
        return None
    return fix if fix and fix != found else None


def message(hit: rules.Hit, lang: str) -> str:
    """The hit's message in ``lang``: its values put in, those that are words of ours translated."""
    words_ = texts_for(ReviewTexts, lang)
    params: dict[str, object] = dict(hit.params)
    if "channel" in params:
        params["channel"] = words_.channel_names[str(params["channel"])]
    for key in ("main", "other"):
        if key in params:
            params[key] = words_.language_names[str(params[key])]
    if "when" in params:
        held = params["when"]
        days = int(params.pop("days"))  # type: ignore[call-overload]
        ago = {0: words_.when_today, 1: words_.when_yesterday}.get(days) or words_.when_days_ago.format(days=days)
        params["when"] = f"{format_date(datetime.combine(held, datetime.min.time()), lang)} ({ago})"  # type: ignore[arg-type]
    if "found" in params:
        params["found"] = " ".join(str(params["found"]).split())
        if len(str(params["found"])) > EXCERPT:
            params["found"] = str(params["found"])[: EXCERPT - 1].rstrip() + "…"
    variant = params.pop("variant", None)
    template = words_.message_variants.get(f"{hit.code}:{variant}") if variant else None
    return (template or words_.messages[hit.code]).format(**params)


def summary(findings: list[dict[str, Any]], counts: Mapping[str, int], lang: str) -> str:
    """One line: ready to send, or what to fix first."""
    words_ = texts_for(ReviewTexts, lang)
    if not findings:
        return words_.summaries["ready"]
    order = list(KINDS)
    first = min(findings, key=lambda found: (SEVERITIES.index(found["severity"]), order.index(found["kind"]), found["start"]))
    level = first["severity"]
    if level == "tip":
        key = "tips_one" if counts["tip"] == 1 else "tips_many"
        return words_.summaries[key].format(count=counts["tip"])
    count = counts["must"] if level == "must" else counts["should"]
    key = f"{level}_{'one' if count == 1 else 'many'}"
    return words_.summaries[key].format(first=words_.code_kinds.get(first["code"]) or words_.kinds[first["kind"]], count=count)


def _labels(lang: str) -> Mapping[str, str]:
    return texts_for(ReviewTexts, lang).labels


# The operation the façade serves as "review" and the page's tool runs.
OPERATION = Operation(review, _labels, REQUEST, reads_word_lists=True)
