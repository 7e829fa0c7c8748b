"""Round 32b: the bodies, read whole as a recruiter reads them. A question the reader forgot to ask.

"There is one point I did not raise during the interview: to ask about the team's code review process." /
"… belum sempat saya sebutkan dalam wawancara: saya menanyakan proses code review tim.": a question the reader
meant to ask was framed as a point they had made, and in Indonesian as one they had asked. The phrase reader
knows a question by its words ("forgot to ask", "lupa menanyakan", "whether", "apakah") or its question mark,
and its frames ask it, in every kind, register, channel and version, and the reviewer finds nothing to fix.
"""

from __future__ import annotations

import itertools

import pytest
from test_generated_emails_pass_review import assert_no_must_or_should

from thankyou.api import handle
from thankyou.phrasing import fit_phrase


@pytest.mark.parametrize(("lang", "typed", "text", "kind"), [
    ("en", "to ask about the team's code review process", "the team's code review process", "question"),
    ("en", "I forgot to ask about salary bands", "salary bands", "question"),
    ("en", "I didn't get to ask about the probation period", "the probation period", "question"),
    ("en", "a question about the probation period", "the probation period", "question"),
    ("en", "the probation period?", "the probation period", "question"),
    ("en", "I forgot to ask whether the team works hybrid", "whether the team works hybrid", "question_clause"),
    ("en", "whether the test results will be shared", "whether the test results will be shared", "question_clause"),
    ("en", "I forgot to ask: is the role hybrid?", "is the role hybrid", "question_direct"),
    ("en", "Did the team already move to BigQuery?", "did the team already move to BigQuery", "question_direct"),
    ("en", "how does the shift rotation work?", "how does the shift rotation work", "question_direct"),
    ("id", "menanyakan proses code review tim", "proses code review tim", "question"),
    ("id", "saya lupa bertanya tentang jenjang karier", "jenjang karier", "question"),
    ("id", "lupa nanya soal sistem rotasi shift", "sistem rotasi shift", "question"),
    ("id", "apakah tim bekerja hybrid", "apakah tim bekerja hybrid", "question_clause"),
    ("id", "Saya lupa menanyakan kapan hasilnya diumumkan?", "kapan hasilnya diumumkan", "question_clause"),
    ("id", "Timnya sudah pindah ke BigQuery?", "timnya sudah pindah ke BigQuery", "question_clause"),
    # Not questions: said as before.
    ("en", "I also hold a forklift licence", "I also hold a forklift licence", "clause"),
    ("en", "how I cut picking errors by 30%", "how I cut picking errors by 30%", "noun"),
    ("en", "I asked about the budget", "I asked about the budget", "clause"),
    ("id", "saya juga punya SIO forklift", "saya juga punya SIO forklift", "clause"),
    ("id", "bagaimana saya menurunkan selisih stok", "bagaimana saya menurunkan selisih stok", "noun"),
])
def test_a_forgotten_question_is_known_by_its_words_or_its_mark(lang, typed, text, kind):
    phrase = fit_phrase(typed, lang, kind="forgot")
    assert (phrase.text, phrase.kind) == (text, kind)


# What each language's point frames say that a question must never follow.
POINT_FRAMES = {"id": ("sebutkan", "ceritakan", "menambahkan", "saya menanyakan", "saya bertanya"),
                "en": ("did not raise", "did not mention", "forgot to mention", "didn't get to mention", "didn't get to say",
                       "left out", "have not yet had the chance to mention", ": to ask", ": I forgot")}
QUESTIONS = {"id": ["lupa menanyakan proses code review tim", "apakah tim bekerja hybrid", "Timnya sudah pindah ke BigQuery?"],
             "en": ["I forgot to ask about the team's code review process", "whether the team works hybrid",
                    "Is the role hybrid?"]}


@pytest.mark.parametrize("lang", ("id", "en"))
@pytest.mark.parametrize("kind", ("thank_you", "late_thank_you"))
def test_a_forgotten_question_is_asked_in_every_frame(lang, kind):
    for typed, register, channel, variant, step in itertools.product(
            QUESTIONS[lang], ("formal", "semi_formal"), ("email", "linkedin", "whatsapp"), range(3), ("interview", "technical_test")):
        request = {"op": "draft", "lang": lang, "kind": kind, "register": register, "channel": channel, "variant": variant,
                   "step": step, "name": "Dewi Kartika", "company": "Shopee", "role": "Data Analyst", "forgot": typed,
                   "interviewers": [{"name": "Jason Lim", "address": "bapak" if lang == "id" else "mr",
                                     "topic": "A/B testing halaman checkout" if lang == "id" else "checkout A/B tests"}]}
        message = handle(request)["messages"][0]
        said = [item["text"] for item in message["sentences"] if item["source"] == "forgot"]
        if not said:
            continue  # a channel or a length that leaves the point out
        (sentence,) = said
        assert not any(frame in sentence for frame in POINT_FRAMES[lang]), sentence
        assert "anya" in sentence or "ask" in sentence or "know" in sentence or "hear" in sentence, sentence
        assert "  " not in sentence and "?." not in sentence and ".?" not in sentence, sentence


@pytest.mark.parametrize("lang", ("id", "en"))
def test_messages_with_a_forgotten_question_pass_the_reviewer(lang):
    for typed, register, variant in itertools.product(QUESTIONS[lang], ("formal", "semi_formal"), range(3)):
        assert_no_must_or_should({
            "op": "draft", "lang": lang, "register": register, "channel": "email", "variant": variant,
            "name": "Dewi Kartika", "company": "Shopee", "role": "Data Analyst", "forgot": typed,
            "interviewers": [{"name": "Jason Lim", "address": "bapak" if lang == "id" else "mr",
                              "topic": "A/B testing halaman checkout" if lang == "id" else "checkout A/B tests"}]})


def test_a_question_in_the_recruiters_thread_keeps_its_own_frames():
    request = {"op": "draft", "lang": "en", "send_to": "recruiter", "channel": "email", "name": "Rudi Hartono",
               "company": "Indomarco", "role": "Warehouse Supervisor", "forgot": "I didn't get to ask about the probation period",
               "recruiter": {"name": "Sri Wahyuni", "address": "ms"},
               "interviewers": [{"name": "Bambang Sutejo", "address": "mr", "topic": "monthly stock counts"}]}
    (message,) = handle(request)["messages"]
    (sentence,) = [item["text"] for item in message["sentences"] if item["source"] == "forgot"]
    assert "ask about the probation period" in sentence and "did not raise" not in sentence


# "Yang membuat saya tertarik pada posisi ini adalah because I love retail.": a reason typed in English went into
# an Indonesian frame; "because" is one of English's own words, so with "I" the phrase is clearly English and the
# page asks for it in the message's language, as it does for other fields.
@pytest.mark.parametrize(("field", "typed"), [("why", "because I love retail"), ("strength", "because I have run a store")])
def test_an_english_reason_with_because_is_refused_in_an_indonesian_message(field, typed):
    answer = handle({"op": "draft", "lang": "id", "name": "Rudi Hartono", "company": "Indomarco", "role": "Kepala Toko",
                     field: typed, "interviewers": [{"name": "Bambang", "address": "bapak", "topic": "stok opname"}]})
    assert answer["error"]["field"] == field and answer["error"]["code"] == "other_language"
