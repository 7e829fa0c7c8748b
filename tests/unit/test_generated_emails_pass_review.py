"""Every message the generator writes passes the reviewer with no must-fix and no should-fix finding.

The two tools are written by the same package: if the generator's phrasing drifts from what the
reviewer accepts (a greeting form, a length range, a word it calls pressure), these tests catch it.
The property draws draft requests over both languages, every kind of message, register, channel and
panel size; ``review_findings`` is the one place that asks the reviewer, so the property is easy to
run against a changed reviewer (``pytest tests/unit/test_generated_emails_pass_review.py``).
"""

from __future__ import annotations

import itertools

import pytest
from budget import examples
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from thankyou import draft
from thankyou.api import handle

# The reviewer's clock: the day after the interview, so "timing" never fires on a message dated before it.
NOW = "2026-11-25T10:00:00+07:00"
INTERVIEW_DATE = "2026-11-24"

PEOPLE = {
    "id": [
        {"name": "Rina Wijaya", "title": "Head of Data", "address": "ibu", "topic": "migrasi dasbor ke BigQuery"},
        {"name": "Pak Budi Santoso", "title": "Engineering Manager", "topic": "cara tim meninjau kode"},
        {"name": "Dr. Sudrajad", "title": "Direktur", "address": "bapak", "topic": "rencana ekspansi ke Surabaya"},
        {"name": "Mbak Laras", "title": "Talent Acquisition", "topic": "jadwal tes desain untuk kandidat"},
        {"name": "Ir. Hendra Gunawan, M.T.", "address": "bapak", "topic": "target akurasi stok 99 persen"},
    ],
    "en": [
        {"name": "Rina Wijaya", "title": "Head of Data", "address": "ms", "topic": "the dashboard migration to BigQuery"},
        {"name": "Mr. Sean O'Brien", "title": "Engineering Manager", "topic": "how the team reviews code"},
        {"name": "Dr. Maria Lopez", "address": "ms", "topic": "the expansion into Surabaya"},
        {"name": "Maya", "address": "first_name", "topic": "the onboarding plan for new analysts"},
        {"name": "Chris Tan", "address": "mr", "name_form": "full", "topic": "how the team runs experiments"},
    ],
}
POINTS = {
    "id": {"strength": ["pengalaman tiga tahun membangun laporan penjualan otomatis",
                        "Saya terbiasa bekerja dengan SQL dan Python."],
           "why": ["karena saya ingin bekerja dengan data logistik berskala besar", "untuk belajar dari tim yang kuat"],
           "forgot": ["saya juga memegang sertifikat Google Data Analytics", "Portofolio saya ada di GitHub."],
           "next_step": ["wawancara dengan direktur pada Kamis, 3 Desember, pukul 10.00"]},
    "en": {"strength": ["my three years of building automated sales reports", "I have worked with SQL and Python daily."],
           "why": ["Because I want to work with logistics data at scale", "to learn from a strong team"],
           "forgot": ["I also hold the Google Data Analytics certificate", "my portfolio is on GitHub"],
           "next_step": ["the interview with the director on Thursday 3 December at 10:00"]},
}
RECRUITERS = {
    "id": [{"name": "Maya Sari", "address": "ibu", "email": "maya@sinardata.co.id"}, {"name": "Bu Laras"},
           {"title": "Talent Acquisition"}],
    "en": [{"name": "Maya Sari", "address": "ms", "email": "maya@sinardata.co.id"}, {"name": "Laras", "address": "first_name"},
           {"title": "Talent Acquisition"}],
}
COMPANIES = {"id": ("PT Sinar Data Nusantara", "Analis Data"), "en": ("Sinar Data Nusantara", "Data Analyst")}


@st.composite
def draft_requests(draw, thread: bool = False):
    """A draft request; ``thread``: always one message in the recruiter's thread."""
    lang = draw(st.sampled_from(("id", "en")))
    kind = draw(st.sampled_from(draft.RECRUITER_KINDS if thread else draft.KINDS))
    company, role = COMPANIES[lang]
    # A thank-you with nothing from the conversation is one the reviewer rightly calls generic: the
    # generator does not invent a topic, it asks for one (``missing``). So thank-yous here have topics.
    size = draw(st.integers(1 if kind in draft.TOPIC_KINDS else 0, draft.MAX_INTERVIEWERS))
    request = {
        "op": "draft", "lang": lang, "kind": kind, "name": "Andi Pratama", "company": company, "role": role,
        "register": draw(st.sampled_from(draft.REGISTERS)),
        "length": draw(st.sampled_from(draft.LENGTHS)),
        "channel": draw(st.sampled_from(draft.RECRUITER_CHANNELS if thread else draft.KIND_CHANNELS[kind])),
        "variant": draw(st.integers(0, 20)),
        "attempt": draw(st.sampled_from(draft.ATTEMPTS)),
        "offer_reply": draw(st.sampled_from(draft.OFFER_REPLIES)),
        "time_of_day": draw(st.sampled_from(draft.TIMES_OF_DAY)),
        "interviewers": draw(st.permutations(PEOPLE[lang]))[:size],
    }
    if draw(st.booleans()):
        request.update({"interview_date": INTERVIEW_DATE, "format": draw(st.sampled_from(draft.FORMATS))})
    if draw(st.booleans()):
        request["contact"] = "0812-3456-7890"
    if draw(st.integers(0, 3)) == 0:  # a test taken alone: one message that speaks of the test
        request["step"] = draw(st.sampled_from(draft.TESTS))
    for key, options in POINTS[lang].items():
        if draw(st.booleans()):
            request[key] = draw(st.sampled_from(options))
    # One message in the recruiter's thread, naming every interviewer: the recruiter is one of them,
    # someone else the reader names, or unknown (the hiring team).
    if thread or (kind in draft.RECRUITER_KINDS and request["channel"] in draft.RECRUITER_CHANNELS
                  and draw(st.booleans())):
        request["send_to"] = "recruiter"
        place = draw(st.integers(0, size))
        if place:
            request["recruiter_interviewer"] = place
        elif draw(st.booleans()):
            request["recruiter"] = draw(st.sampled_from(RECRUITERS[lang]))
        # Interviewers the reader typed no topic for are named together ("Ibu Dita dan Bapak Ari").
        if draw(st.booleans()):
            request["interviewers"] = [
                {key: value for key, value in person.items() if key != "topic" or index == 0}
                for index, person in enumerate(request["interviewers"])
            ]
    # A message about the process goes to the recruiter when one is named: one of the panel, or not.
    if kind in draft.PROCESS_KINDS and draw(st.booleans()):
        place = draw(st.integers(0, size))
        if place:
            request["recruiter_interviewer"] = place
        else:
            request["recruiter"] = draw(st.sampled_from(RECRUITERS[lang]))
    return request


def review_findings(message: dict, request: dict, bodies: list[str]) -> list[dict]:
    """The reviewer's findings on one generated message, in the context the generator knows."""
    context = {
        "interviewer": message["to"]["name"],
        "company": request["company"],
        "role": request["role"],
        "lang": request["lang"],
        "channel": request["channel"],
        "now": NOW,
        "panel": [body for body in bodies if body != message["body"]],
        # What the reader typed as discussed, as the page passes it on (``web.draft.review_request``).
        "topics": [message["topic"]] if message.get("topic") else [],
    }
    if "interview_date" in request:
        context["interview_date"] = request["interview_date"]
    reviewed = handle({"op": "review", "lang": request["lang"], "subject": message.get("subject") or "",
                       "body": message["body"], "context": context})
    assert "error" not in reviewed, reviewed
    return reviewed["findings"]


def assert_no_must_or_should(request: dict) -> None:
    drafted = handle(request)
    assert "error" not in drafted, drafted
    bodies = [message["body"] for message in drafted["messages"]]
    for message in drafted["messages"]:
        findings = [f for f in review_findings(message, request, bodies)
                    if f["severity"] in ("must", "should")]
        described = [f"{f['severity']} {f['code']}: {f['message']} [{message['body'][f['start']:f['end']]!r}]"
                     for f in findings]
        assert not findings, "\n".join(described) + "\n\n" + message["body"]


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(draft_requests())
def test_every_generated_message_gets_no_must_and_no_should_finding(request):
    assert_no_must_or_should(request)


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(draft_requests(thread=True))
# Met inside Pyodide: thanks for a test, to the recruiter, was called generic (it recalls no conversation).
@example({"op": "draft", "lang": "id", "kind": "thank_you", "name": "Andi Pratama", "company": "PT Sinar Data Nusantara",
          "role": "Analis Data", "register": "formal", "length": "short", "channel": "email", "variant": 2,
          "attempt": 1, "offer_reply": "consider", "time_of_day": "morning",
          "interviewers": [{"name": "Rina Wijaya", "title": "Head of Data", "address": "ibu",
                            "topic": "migrasi dasbor ke BigQuery"},
                           {"name": "Pak Budi Santoso", "title": "Engineering Manager"}],
          "step": "test", "send_to": "recruiter", "recruiter_interviewer": 2})
# Met by Hypothesis: the English thanks for a test, which names it "the assessment", was called generic.
@example({"op": "draft", "lang": "en", "kind": "thank_you", "name": "Andi Pratama", "company": "Sinar Data Nusantara",
          "role": "Data Analyst", "register": "formal", "length": "standard", "variant": 2,
          "channel": "email", "attempt": 1, "offer_reply": "consider", "time_of_day": "morning",
          "interviewers": [{"name": "Sean O'Brien", "address": "mr"}], "step": "test", "send_to": "recruiter",
          "recruiter_interviewer": 1})
@example({"op": "draft", "lang": "en", "kind": "thank_you", "name": "Andi Pratama", "company": "Sinar Data Nusantara",
          "role": "Data Analyst", "register": "formal", "length": "standard", "variant": 3,
          "channel": "email", "attempt": 1, "offer_reply": "consider", "time_of_day": "morning",
          "interviewers": [{"name": "Sean O'Brien", "address": "mr"}], "step": "test", "send_to": "recruiter",
          "recruiter_interviewer": 1})
def test_the_one_message_in_the_recruiters_thread_gets_no_must_and_no_should_finding(request):
    drafted = handle(request)
    assert len(drafted["messages"]) == 1
    assert_no_must_or_should(request)


# Long job titles as vacancies write them: with a company name, the usual subjects run past the inbox
# limit and the generator falls back to shorter ones.
LONG_ROLES = {
    "id": ("Senior Supply Chain Manager", "Staf Administrasi Keuangan dan Perpajakan",
           "Management Trainee Operasional Cabang"),
    "en": ("Senior Supply Chain Manager", "Regional Sales Operations Analyst", "Customer Experience Team Lead"),
}


@pytest.mark.parametrize("lang", ("id", "en"))
@pytest.mark.parametrize("kind", draft.KINDS)
def test_no_subject_the_generator_offers_is_one_the_reviewer_calls_vague(lang, kind):
    """"Terima kasih atas wawancara" alone was offered beside a long role; the reviewer rightly calls it vague."""
    for role, variant in itertools.product(LONG_ROLES[lang], range(3)):
        drafted = handle({"op": "draft", "lang": lang, "kind": kind, "name": "Hendro Wibisono", "role": role,
                          "company": "PT Unilever Indonesia Tbk", "variant": variant,
                          "interviewers": [{"name": "Dewi Kartika", "address": "ibu" if lang == "id" else "ms",
                                            "topic": PEOPLE[lang][0]["topic"]}]})
        for option in drafted["messages"][0]["subject_options"]:
            reviewed = handle({"op": "review", "lang": lang, "subject": option, "body": drafted["messages"][0]["body"],
                               "context": {"role": role, "company": "PT Unilever Indonesia Tbk", "now": NOW}})
            assert "subject_vague" not in {finding["code"] for finding in reviewed["findings"]}, option


@pytest.mark.parametrize("lang", ("id", "en"))
@pytest.mark.parametrize("kind", sorted(set(draft.KINDS) - set(draft.TOPIC_KINDS)))
def test_a_message_that_is_not_a_thank_you_is_not_called_generic(lang, kind):
    """A follow-up, a reply to news, a withdrawal or a confirmation need not recall the conversation.

    The reviewer is not told the kind: it reads the message's own purpose (``purposes``).
    """
    for register, channel, variant in itertools.product(draft.REGISTERS, draft.KIND_CHANNELS[kind], range(6)):
        request = {"op": "draft", "lang": lang, "kind": kind, "name": "Andi Pratama", "company": COMPANIES[lang][0],
                   "role": COMPANIES[lang][1], "register": register, "channel": channel, "variant": variant,
                   "interviewers": [{"name": "Rina Wijaya", "address": "ibu" if lang == "id" else "ms"}],
                   "next_step": POINTS[lang]["next_step"][0]}
        message = handle(request)["messages"][0]
        codes = {finding["code"] for finding in review_findings(message, request, [message["body"]])}
        assert "generic" not in codes, message["body"]


# A panel thanked and asked for news after about a week, with nothing typed about each member: its short
# messages share little but courtesies, so those turn from member to member (draft.PANEL_TURNED). Met by
# Hypothesis: two such LinkedIn messages were 54% alike, and the reviewer called them one message sent twice.
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("register", ["formal", "semi_formal"])
@pytest.mark.parametrize("channel", ["email", "linkedin"])
@pytest.mark.parametrize("variant", range(4))
def test_a_panel_thanked_and_asked_after_a_week_gets_messages_that_differ(lang, register, channel, variant):
    names = [{"name": "Budi Santoso"}, {"name": "Laras Wulandari"}, {"name": "Dimas Putra"}]
    for size in (2, 3):
        request = {"op": "draft", "kind": "thank_you_and_follow_up", "lang": lang, "register": register, "channel": channel,
                   "length": "short", "variant": variant, "name": "Rina Sari", "company": "Tokopedia", "role": "Data Analyst",
                   "interviewers": names[:size]}
        messages = handle(request)["messages"]
        bodies = [message["body"] for message in messages]
        # (With no topic, "generic" is the page's own question for one, by design: only the likeness is asked here.)
        for message in messages:
            assert not [f for f in review_findings(message, request, bodies) if f["code"] == "panel_similar"], message["body"]
