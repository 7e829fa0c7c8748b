"""Whatever is pasted, the reviewer answers: never a crash, every range inside its text, UTF-16 ranges that agree."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from thankyou.api import handle
from thankyou.review.tables import BODY_LIMIT, KINDS, SEVERITIES

# Pieces that exercise every rule, and the characters that break naive offset arithmetic:
# emoji and other astral characters, joiners, combining marks, right-to-left marks, lone
# surrogates (a browser's text field can hold them), CRLF, NUL and other control characters.
HOSTILE = [
    "[Nama]", "{company}", "<posisi>", "XXX", "Lorem ipsum", "___", "Dear ...,", "Kepada Yth.", "yth", "Yth. Bapak Dr. ",
    "Dear Sir/Madam,", "Hormat kami,", "Hormat saya,", "Best regards,", "Rina Wijata", "Tokopedya", "Analist Sistem",
    "kemarin", "yesterday", "on Monday", "pada hari Senin", "banget", "gonna", "!!!", "?!", "SANGAT KERAS", "gaji",
    "another offer", "I really need this job", "maaf", "sorry", "gugup", "tentang rencana", "about the plan",
    "🙂", "👨‍👩‍👧", "🙏🏽", "🇮🇩", "\u200d", "\ufe0f", "e\u0301", "\u202e", "\u0000", "\ud800", "\udfff", "\r\n", "\n\n", "\t",
    "Subject: ", "Subjek: ", ".", ",", " ", "ﬁ", "İ", "ß", "ǅ", "\u00a0", "\u2028", "…", "’s", "'",
]
pieces = st.sampled_from(HOSTILE) | st.text(st.characters(exclude_categories=()), max_size=12)
texts = st.lists(pieces, max_size=60).map("".join)
contexts = st.fixed_dictionaries(
    {},
    optional={
        "interviewer": st.sampled_from(["Rina Wijaya", "Dr. Sudrajad", "", "İ ß", "🙂", "a"]) | st.text(max_size=20),
        "company": st.sampled_from(["Tokopedia", "PT Bank Central Asia Tbk", "", "Bain & Company"]) | st.text(max_size=20),
        "role": st.sampled_from(["Analis Sistem", "Data Analyst", ""]) | st.text(max_size=20),
        "lang": st.sampled_from(["", "id", "en"]),
        "channel": st.sampled_from(["email", "linkedin", "whatsapp", "card"]),
        "interview_date": st.sampled_from(["2026-11-23", "2026-11-26", "2026-12-01", "1970-01-01"]),
        "now": st.sampled_from(["2026-11-26T10:00:00+07:00", "2026-11-26T23:59:00-12:00"]),
        "panel": st.lists(texts, max_size=2),
    },
)


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def check_answer(answer: dict, subject: str, body: str) -> None:
    assert "error" not in answer, answer
    json.dumps(answer)  # plain data all the way down
    assert isinstance(answer["summary"], str) and answer["summary"]
    assert answer["ready"] == (not any(f["severity"] == "must" for f in answer["findings"])) or not body.strip()
    for finding in answer["findings"]:
        text = subject if finding["field"] == "subject" else body
        assert finding["field"] in ("subject", "body")
        assert finding["kind"] in KINDS and finding["severity"] in SEVERITIES
        assert isinstance(finding["message"], str) and finding["message"]
        assert 0 <= finding["start"] <= finding["end"] <= len(text), finding
        assert finding["start_utf16"] == utf16_length(text[: finding["start"]])
        assert finding["end_utf16"] == utf16_length(text[: finding["end"]])


@given(texts, texts, contexts, st.sampled_from(["id", "en"]))
def test_any_draft_gets_findings_inside_the_text(subject, body, context, lang):
    subject = subject[:300]
    answer = handle({"op": "review", "lang": lang, "subject": subject, "body": body, "context": context})
    check_answer(answer, subject, body)


@given(st.text(st.characters(exclude_categories=()), max_size=400))
def test_any_characters_at_all(body):
    answer = handle({"op": "review", "body": body, "context": {"interviewer": "Rina Wijaya", "company": "Tokopedia"}})
    check_answer(answer, "", body)


@settings(max_examples=8)
@given(st.lists(st.sampled_from(HOSTILE), min_size=1, max_size=8), st.sampled_from(["id", "en"]))
def test_a_draft_as_long_as_allowed_is_still_reviewed(repeated, lang):
    body = ("".join(repeated) * BODY_LIMIT)[:BODY_LIMIT]
    context = {"interviewer": "Rina Wijaya", "company": "Tokopedia", "role": "Analis Data",
               "interview_date": "2026-11-23", "now": "2026-11-26T10:00:00+07:00", "panel": [body]}
    answer = handle({"op": "review", "lang": lang, "subject": "Follow up", "body": body, "context": context})
    check_answer(answer, "Follow up", body)
    assert len(answer["findings"]) <= 10 * 45  # capped per code: a hostile text cannot flood the page


@settings(max_examples=5)
@given(st.integers(min_value=1, max_value=1000), st.sampled_from(["id", "en"]))
def test_beyond_the_limit_is_a_clear_error(extra, lang):
    answer = handle({"op": "review", "lang": lang, "body": "a" * (BODY_LIMIT + extra)})
    assert answer["error"]["field"] == "body" and answer["error"]["code"] == "too_long"
    assert str(BODY_LIMIT) in answer["error"]["message"]


form_values = st.dictionaries(
    st.sampled_from(["subject", "body", "interviewer", "company", "role", "lang", "channel", "interview_date", "x"]),
    st.lists(texts | st.sampled_from(["id", "en", "whatsapp", "2026-11-23", ""]), max_size=2),
    max_size=9,
)


@given(form_values, st.sampled_from(["id", "en"]))
def test_the_page_view_never_breaks(form, lang):
    answer = handle({"op": "view", "tool": "review", "lang": lang, "form": form,
                     "context": {"now": "2026-11-26T03:00:00Z", "tz": "Asia/Jakarta", "offset": 420}})
    assert "error" not in answer, answer
    assert answer["html"] is not None or answer["errors"]
    assert "internal" not in json.dumps(answer)
