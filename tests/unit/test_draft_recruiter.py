"""One message in the recruiter's thread (``send_to: "recruiter"``), and "Show your words" on the page.

With only the recruiter's address, the checker advises ONE email in the invitation thread that names
every interviewer (cara-menulis, "Jika tidak punya alamat email"); the generator writes exactly that:
the recruiter thanked (for their own part, with their own topic, when they sat on the panel), each
other interviewer named once with the topic the reader typed for them, and the request to pass the
thanks on. Every content sentence has its source, as in every other message.
"""

from __future__ import annotations

import html
import itertools
import json
import re
from urllib.parse import unquote

import pytest
from draft_rules import _without, assert_keeps_rules, assert_length

from thankyou import draft
from thankyou.api import handle
from thankyou.texts import texts_for
from thankyou.texts.draft import DraftTexts
from thankyou.web.draft import render_sources, to_request
from thankyou.web.forms import client_context

CONTEXT = {"now": "2026-11-26T05:00:00Z", "tz": "Asia/Jakarta", "offset": 420}
PANELS = {
    "id": [
        {"name": "Maya Sari", "title": "Talent Acquisition", "address": "ibu", "email": "maya@sinardata.co.id",
         "topic": "jadwal tes teknis untuk kandidat"},
        {"name": "Pak Hendra Gunawan", "title": "Head of Data", "topic": "migrasi dasbor ke BigQuery"},
        {"name": "Dr. Rina Wijaya, M.M.", "address": "ibu", "topic": "rencana ekspansi ke Surabaya"},
        {"name": "Dita", "address": "ibu"},
        {"title": "Engineering Manager"},
    ],
    "en": [
        {"name": "Maya Sari", "title": "Talent Acquisition", "address": "ms", "email": "maya@sinardata.co.id",
         "topic": "the timing of the technical test"},
        {"name": "Mr. Sean O'Brien", "title": "Engineering Manager", "topic": "how the team reviews code"},
        {"name": "Dr. Maria Lopez", "address": "ms", "topic": "the expansion into Surabaya"},
        {"name": "Chris Tan", "address": "mr"},
        {"title": "Head of Data"},
    ],
}
# How each person of the panel is named in the message (formal, semi-formal): once, no more.
NAMED = {
    "id": {"formal": ["Bapak Hendra Gunawan", "Dr. Rina Wijaya, M.M.", "Ibu Dita", "Bapak/Ibu Engineering Manager"],
           "semi_formal": ["Pak Hendra", "Bu Rina", "Bu Dita", "Bapak/Ibu Engineering Manager"]},
    "en": {"formal": ["Mr. O'Brien", "Dr. Lopez", "Mr. Tan", "the Head of Data"],
           "semi_formal": ["Mr. O'Brien", "Dr. Lopez", "Mr. Tan", "the Head of Data"]},
}
COMPANY = {"id": ("PT Sinar Data Nusantara", "Analis Data"), "en": ("Sinar Data Nusantara", "Data Analyst")}


def request_for(lang, register, channel="email", kind="thank_you", **extra):
    company, role = COMPANY[lang]
    return {"op": "draft", "lang": lang, "kind": kind, "register": register, "channel": channel,
            "name": "Andi Pratama", "company": company, "role": role, "interview_date": "2026-11-24",
            "interviewers": PANELS[lang], "send_to": "recruiter", "time_of_day": "afternoon", **extra}


def reader_text(request):
    pieces = [request["name"], request["company"], request["role"]]
    pieces += [person.get(key, "") for person in request["interviewers"] for key in ("name", "title", "topic")]
    return "\x00".join(pieces)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("register", draft.REGISTERS)
@pytest.mark.parametrize("channel", draft.RECRUITER_CHANNELS)
@pytest.mark.parametrize("kind", draft.RECRUITER_KINDS)
def test_the_recruiter_on_the_panel_gets_one_message_thanking_them_and_naming_each_other_once(lang, register, channel, kind):
    request = request_for(lang, register, channel, kind, recruiter_interviewer=1)
    answer = handle(request)
    assert answer["send_to"] == "recruiter" and len(answer["messages"]) == 1
    message = answer["messages"][0]
    body = message["body"]
    assert message["to"]["email"] == "maya@sinardata.co.id"
    assert "Maya" in message["greeting"] or "Sari" in message["greeting"]  # "Bu Maya", "Dear Ms. Sari"
    # The recruiter's own part, then every other interviewer, each named exactly once.
    for person in NAMED[lang][register]:
        assert body.count(person) == 1, (person, body)
    # Every topic in an email; a WhatsApp message keeps the recruiter's own and the first ones that fit (the
    # others' names stay, in the sentence for the others).
    for index, person in enumerate(PANELS[lang]):
        topic = person.get("topic")
        if topic and (channel == "email" or index == 0):
            assert body.count(topic) == 1, (topic, body)
            assert [s["source"] for s in message["sentences"] if topic in s["text"]] == [f"interviewers.{index}.topic"]
    assert any(s["source"] == "interviewers.name" for s in message["sentences"])  # Dita and the manager, by name
    assert_keeps_rules(message, answer, reader_text=reader_text(request))
    assert_length(message, answer, reader_words=40)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("register", draft.REGISTERS)
@pytest.mark.parametrize("kind", draft.RECRUITER_KINDS)
def test_a_recruiter_not_on_the_panel_is_thanked_for_arranging_it_and_says_nothing_they_did_not_do(lang, register, kind):
    """Also about a week on, when the thanks and the question go together: not "thank you for the interview"."""
    request = request_for(lang, register, kind=kind, interviewers=PANELS[lang][1:],
                          recruiter={"name": "Maya Sari", "address": "ibu" if lang == "id" else "ms"})
    answer = handle(request)
    (message,) = answer["messages"]
    words = texts_for(DraftTexts, lang)
    opening = message["sentences"][0]["text"]
    details = {"id": " pada 24 November", "en": " on 24 November"}[lang]
    values = {"you": words.pronouns["ibu"], "details": details, "role": COMPANY[lang][1], "company": COMPANY[lang][0]}
    # A late one says so in half a sentence, as a late thank-you to an interviewer does.
    bank = "recruiter_late_opening" if kind == "late_thank_you" else "recruiter_opening"
    assert opening in [draft.fill(template, values) for template in words.banks[f"{bank}/{register}"]]
    # No sentence about "our conversation" with someone who was not in it.
    lowered = message["body"].casefold()
    assert "percakapan kita" not in lowered and "our conversation" not in lowered.split("\n\n")[1]
    assert message["missing"] == []
    for person in NAMED[lang][register]:
        assert message["body"].count(person) == 1
    assert_keeps_rules(message, answer, reader_text=reader_text(request))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_without_the_recruiters_name_the_message_goes_to_the_hiring_team(lang):
    answer = handle(request_for(lang, "formal", interviewers=PANELS[lang][1:3]))
    (message,) = answer["messages"]
    assert message["greeting"].startswith(("Yth. Tim Rekrutmen", "Dear Hiring Team"))
    assert len([s for s in message["sentences"] if s["source"].endswith(".topic")]) == 2


def test_each_is_still_one_message_per_interviewer_and_other_kinds_ignore_it():
    request = request_for("id", "formal", send_to="each")
    assert len(handle(request)["messages"]) == len(PANELS["id"])
    follow_up = handle(request_for("id", "formal", kind="follow_up"))
    assert follow_up["send_to"] == "each" and len(follow_up["messages"]) == 1


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({"channel": "linkedin"}, "channel"),
        ({"channel": "card"}, "channel"),
        ({"recruiter_interviewer": 9}, "recruiter_interviewer"),
        ({"recruiter_interviewer": "dua"}, "recruiter_interviewer"),
        ({"recruiter": "Maya"}, "recruiter"),
        ({"recruiter": {"email": "not an address"}}, "recruiter.email"),
        ({"send_to": "everyone"}, "send_to"),
    ],
)
def test_bad_input_names_the_field(extra, field):
    answer = handle(request_for("id", "formal", **extra))
    assert answer["error"]["field"] == field, answer


# ---- From the checker's answer to the generator: exactly one message -----------------------

@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(
    ("contact", "roles", "messages"),
    [
        ("recruiter_only", ("hiring_manager", "colleague", "colleague"), 1),
        ("recruiter_only", ("recruiter", "hiring_manager", "executive"), 1),
        ("none", ("hiring_manager", "colleague"), 1),
        ("none", ("recruiter",), 1),
        ("direct", ("hiring_manager", "colleague"), 2),  # a direct address: one each, as before
    ],
)
def test_the_checkers_recruiter_only_answer_opens_the_generator_on_one_message(lang, contact, roles, messages):
    from thankyou.web.check import draft_link

    names = ["Maya Sari", "Hendra Gunawan", "Rina Wijaya"]
    checked = handle({"op": "check", "lang": lang, "stage": "final", "contact": contact,
                      "interviewers": [{"name": names[i], "role": role} for i, role in enumerate(roles)]})
    assert checked["emails"] == messages
    link = draft_link(checked, "../")
    values = json.loads(unquote(link.split("#prefill=", 1)[1]))
    form = {**values, "name": ["Andi Pratama"], "company": ["PT Sinar Data"], "role": ["Analis Data"]}
    drafted = handle({"op": "draft", **to_request(form, client_context(CONTEXT), lang)})
    assert len(drafted["messages"]) == messages, drafted
    if messages == 1 and "recruiter" in roles and len(roles) > 1:
        body = drafted["messages"][0]["body"]
        assert drafted["messages"][0]["greeting"].count("Maya") == 1  # the recruiter, thanked directly
        assert "Hendra" in body and "Rina" in body


# ---- "Show your words" --------------------------------------------------------------------

def test_show_your_words_marks_the_readers_sentences_and_leaves_the_copyable_body_alone():
    request = request_for("id", "formal", recruiter_interviewer=1, strength="SQL di R&D, nilai uji < 4 jam")
    answer = handle(request)
    message = answer["messages"][0]
    markup = render_sources(message, answer, texts_for(DraftTexts, "id"))
    assert markup.startswith('<details class="ty-draft-sources"><summary>Tampilkan kata-kata Anda</summary>')
    marked = [html.unescape(text) for text in re.findall(r'<mark class="ty-draft-mine"[^>]*>(.*?)</mark>', markup)]
    mine = [s["text"] for s in message["sentences"] if s["source"] != "courtesy"]
    assert marked == mine and len(mine) >= 4
    # A cue that is not colour alone: each mark is followed by its field, in words.
    assert markup.count('<span class="ty-draft-source">[') == len(mine)
    assert "[topik]" in markup and "[kekuatan]" in markup and "[nama pewawancara]" in markup
    # Escaped, and the text is the body itself once the marks are taken out.
    assert "SQL di R&amp;D, nilai uji &lt; 4 jam" in markup
    shown = re.search(r'<div class="ty-draft-body ty-draft-body--sources" lang="id">(.*)</div></details>$', markup, re.S)[1]
    plain = re.sub(r" <span class=\"ty-draft-source\">\[[^\]]*\]</span>", "", shown)
    assert html.unescape(re.sub(r"<[^>]+>", "", plain)) == message["body"]
    # No id: the copy button reads only the body above it.
    assert " id=" not in markup


def test_the_page_shows_the_toggle_and_the_recruiter_note_and_keeps_the_body_copyable():
    form = {"name": ["Andi Pratama"], "company": ["Sinar Data"], "role": ["Data Analyst"], "lang": ["en"],
            "interviewers.0.name": ["Maya Sari"], "interviewers.0.address": ["ms"],
            "interviewers.0.topic": ["the test schedule"], "interviewers.1.name": ["Chris Tan"],
            "interviewers.1.address": ["mr"], "send_to": ["recruiter"], "recruiter_interviewer": ["1"],
            "register": ["formal"], "channel": ["email"], "length": ["standard"], "variant": ["0"]}
    page = handle({"op": "view", "tool": "draft", "lang": "en", "form": form, "context": CONTEXT, "link_base": "../"})
    markup = page["html"]
    assert markup.count('class="ty-draft-message"') == 1
    assert "Show your words" in markup and "“Re: …”" in markup
    body = html.unescape(re.search(r'<textarea id="ty-draft-body-0"[^>]*>(.*?)</textarea>', markup, re.S)[1])
    assert "<mark" not in body and "Mr. Tan" in body
    # The form carries the choice, in the page's words.
    assert "One message to the recruiter, naming every interviewer" in handle(
        {"op": "widget", "tool": "draft", "lang": "en", "link_base": "../"})["html"]
    assert "Satu pesan untuk perekrut" in handle({"op": "widget", "tool": "draft", "lang": "id", "link_base": "../"})["html"]


def test_a_recruiter_field_error_is_named_as_on_the_form():
    form = {"name": ["Andi"], "company": ["Sinar"], "role": ["Analis"], "interviewers.0.name": ["Hendra"],
            "send_to": ["recruiter"], "recruiter_email": ["nope"]}
    page = handle({"op": "view", "tool": "draft", "lang": "id", "form": form, "context": CONTEXT, "link_base": "../"})
    assert list(page["errors"]) == ["recruiter_email"] and "Alamat email perekrut" in page["errors"]["recruiter_email"]


@pytest.mark.parametrize(
    ("lang", "people", "named", "them"),
    [
        ("id", [{"name": "Dita", "address": "ibu"}, {"name": "Ari", "address": "bapak"}, {"name": "Sinta", "address": "ibu"}],
         "Ibu Dita, Bapak Ari, dan Ibu Sinta", "mereka"),
        ("id", [{"name": "Dita", "address": "ibu"}, {"name": "Ari", "address": "bapak"}], "Ibu Dita dan Bapak Ari", "mereka"),
        ("en", [{"name": "Dita Lestari", "address": "ms"}, {"name": "Ari Tan", "address": "mr"},
                {"email": "panel@example.com"}, {"title": "CFO"}],
         "Ms. Lestari, Mr. Tan, the CFO, and the other interviewer", "them"),
        ("en", [{"name": "Ari Tan", "address": "mr"}], "Mr. Tan", "him"),
        ("en", [{"name": "Dita Lestari", "address": "ms"}], "Ms. Lestari", "her"),
    ],
)
def test_the_interviewers_without_a_topic_are_named_together_in_one_list(lang, people, named, them):
    panel = [{"name": "Maya Sari", "address": "ibu" if lang == "id" else "ms", "topic": "jadwal tes" if lang == "id"
              else "the test schedule"}, *people]
    answer = handle(request_for(lang, "formal", interviewers=panel, recruiter_interviewer=1))
    body = answer["messages"][0]["body"]
    assert named in body, body
    assert re.search(rf"\b{them}\b[.?]", body), body


@pytest.mark.parametrize("lang", ["id", "en"])
def test_about_a_week_late_with_only_the_recruiters_address_the_thanks_and_the_question_go_in_one_message(lang):
    from thankyou.web.check import draft_link

    checked = handle({"op": "check", "lang": lang, "stage": "final", "contact": "recruiter_only",
                      "ended_at": "2026-11-10T10:00+07:00", "now": "2026-11-19T10:00+07:00",
                      "interviewers": [{"name": "Maya Sari", "role": "recruiter"},
                                       {"name": "Hendra Gunawan", "role": "hiring_manager"}]})
    assert checked["draft"]["kind"] == "thank_you_and_follow_up"
    values = json.loads(unquote(draft_link(checked, "../").split("#prefill=", 1)[1]))
    form = {**values, "name": ["Andi Pratama"], "company": ["PT Sinar Data"], "role": ["Analis Data"],
            "interviewers.1.topic": ["migrasi dasbor"]}
    drafted = handle({"op": "draft", **to_request(form, client_context(CONTEXT), lang)})
    (message,) = drafted["messages"]
    assert "Maya" in message["greeting"] and "Hendra" in message["body"] and "migrasi dasbor" in message["body"]
    assert any(s["source"] == "interviewers.1.topic" for s in message["sentences"])


def every_thread_message(lang: str, kind: str):
    """(request, message) for each register, channel and version of the one message in the recruiter's
    thread: the recruiter on the panel as its first, second or third member, or not on it."""
    for register, channel, variant, recruiter in itertools.product(draft.REGISTERS, draft.RECRUITER_CHANNELS, range(10),
                                                                   (0, 1, 2)):
        if recruiter:
            request = request_for(lang, register, channel, kind, variant=variant, recruiter_interviewer=recruiter)
        else:
            request = request_for(lang, register, channel, kind, variant=variant, interviewers=PANELS[lang][1:],
                                  recruiter={"name": "Maya Sari", "address": "ibu" if lang == "id" else "ms"})
        (message,) = handle(request)["messages"]
        yield request, message


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("kind", draft.RECRUITER_KINDS)
def test_the_others_topics_are_not_framed_with_the_words_of_the_recruiters_own(lang, kind):
    """"I particularly valued our discussion of X. I valued discussing Y with Dr. Lopez as well.": each topic
    sentence of the one message has words of its own (the reader's words aside)."""
    from test_draft import _roots

    for request, message in every_thread_message(lang, kind):
        ours = [_without(sentence["text"], reader_text(request)) for sentence in message["sentences"]
                if sentence["source"].endswith(".topic")]
        for first, second in itertools.combinations(ours, 2):
            assert not _roots(first, lang) & _roots(second, lang), (first, second)


ADDITIVE = {"id": re.compile(r"\b(?:juga|pula|pun)\b", re.IGNORECASE),
            "en": re.compile(r"\b(?:also|as well|too)\b", re.IGNORECASE)}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("kind", draft.RECRUITER_KINDS)
def test_a_list_of_thanks_does_not_say_also_three_times(lang, kind):
    """"I am also grateful to … I would also like to thank … I would also like to ask …": the thanks to
    each other interviewer vary the word that adds them."""
    for _request, message in every_thread_message(lang, kind):
        said = [word.casefold() for word in ADDITIVE[lang].findall(message["body"])]
        assert all(said.count(word) <= 2 for word in said), (said, message["body"])
