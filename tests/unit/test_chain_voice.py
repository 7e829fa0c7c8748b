"""The checker, the generator and the reviewer speak with one voice, taken as a reader takes them.

Each situation goes through the chain of pages: the checker's answer, its "Write the draft" link
(``web.check.draft_link``) read into the generator's form as the page reads a ``#prefill=`` link
(``web.restore``), the generated messages, and each message sent to the reviewer with the context
the generator's "Review this draft" link carries (``web.draft.review_values``). Where the checker
says one thing (one message to each interviewer, the recruiter's thread, a follow-up, WhatsApp), the
generator writes that, and the reviewer raises nothing a reader must or should fix.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from thankyou import draft
from thankyou.api import handle
from thankyou.texts import texts_for
from thankyou.texts.draft import DraftTexts
from thankyou.web import restore_form
from thankyou.web import review as review_web
from thankyou.web.check import draft_link
from thankyou.web.draft import REPLY_NOTES, reminder, render_answer, review_values, to_request
from thankyou.web.forms import ClientContext, client_context

# Every round's situations (chain_situations_round30.json, …round32.json, …): a new round's file is read as it lands.
CORPORA = sorted((Path(__file__).resolve().parent / "corpus").glob("chain_situations_round*.json"))
CORPUS = [{**case, "round": path.stem.rsplit("_", 1)[-1]} for path in CORPORA
          for case in json.loads(path.read_text(encoding="utf-8"))["situations"]]
READER = {"id": ("PT Sinar Data", "Analis Data", "Andi Pratama"), "en": ("Sinar Data", "Data Analyst", "Andi Pratama")}
TOPICS = {"id": ["migrasi dasbor ke BigQuery", "cara tim meninjau kode", "rencana ekspansi ke Surabaya"],
          "en": ["the dashboard migration to BigQuery", "how the team reviews code", "the expansion into Surabaya"]}


def through_the_pages(lang: str, situation: dict) -> tuple[dict, dict, list[tuple[dict, list[dict]]]]:
    """The checker's answer, the generator's answer from its draft link, and each message with its findings."""
    now = datetime.fromisoformat(situation["now"])
    checked = handle({"op": "check", "lang": lang, **situation}, now=now)
    assert "error" not in checked, checked
    form, context = generator_form(lang, situation, checked)
    drafted = handle({"op": "draft", **to_request(form, context, lang)}, now=now)
    assert "error" not in drafted, drafted
    reviewed = []
    for message in drafted["messages"]:
        request = review_web.to_request(review_values(message, drafted), context, lang)
        answer = handle({"op": "review", **request}, now=now)
        assert "error" not in answer, answer
        reviewed.append((message, answer["findings"]))
    return checked, drafted, reviewed


def generator_form(lang: str, situation: dict, checked: dict) -> tuple[dict, ClientContext]:
    """The generator's form as the checker's "Write the draft" link fills it, with what the reader adds, and the page's clock."""
    link = draft_link(checked, "../")
    assert link, checked["verdict"]
    restored = restore_form({"tool": "draft", "lang": lang, "size": "full", "link": link.split("#prefill=", 1)[1]})
    assert restored["notice"] is None, restored["notice"]  # the link carries nothing the form cannot take
    form = dict(restored["values"])
    company, role, name = READER[lang]
    form.update({"name": [name], "company": [company], "role": [role]})
    # What the reader adds: one topic for each person the form lists (else the reviewer rightly says "generic").
    index = 0
    while f"interviewers.{index}.name" in form:
        form[f"interviewers.{index}.topic"] = [TOPICS[lang][index % 3]]
        index += 1
    return form, client_context({"now": situation["now"], "tz": situation.get("reader_tz", "Asia/Jakarta")})


# What the reader writes about the process itself (not a thank-you): with no interviewer's address it answers
# the recruiter's message or goes in the recruiter's thread.
ABOUT_THE_PROCESS = ("follow_up", "withdrawal", "reply_to_rejection", "reply_to_offer", "confirm_next_round")
CASES = [pytest.param(lang, case["request"], id=f"{case['round']}-{lang}-{case['note']}") for case in CORPUS
         for lang in ("id", "en") if case["lang"] == lang]


@pytest.mark.parametrize(("lang", "situation"), CASES)
def test_the_checkers_draft_link_gives_the_message_it_advises_and_the_reviewer_passes_it(lang, situation):
    checked, drafted, reviewed = through_the_pages(lang, situation)
    advised = checked["draft"]
    # The message the checker advises: its kind, which follow-up, where it is sent.
    assert drafted["kind"] == advised["kind"]
    if advised["kind"] == "follow_up":
        assert drafted["attempt"] == advised["attempt"]
    assert drafted["channel"] == advised["channel"]
    # One message to each interviewer, or one in all: as many as the checker counts.
    assert len(drafted["messages"]) == checked["emails"], (checked["emails_text"], len(drafted["messages"]))
    # The checker's "to the recruiter / the committee" is never written to an interviewer the reader cannot reach.
    people = {person.get("name") for person in situation.get("interviewers", []) if person.get("role") != "recruiter"} - {""}
    # (A thank-you in the recruiter's thread; a follow-up, a withdrawal or a reply to news with no interviewer's
    # address, which answers the recruiter's message; a follow-up or a withdrawal to a committee.)
    to_them = advised["kind"] in draft.RECRUITER_KINDS or (advised["kind"] in ABOUT_THE_PROCESS and (
        situation.get("contact") in ("recruiter_only", "none")
        or (situation.get("setting") == "government" and advised["kind"] in ("follow_up", "withdrawal"))))
    if advised["send_to"] == "recruiter" and advised["recruiter_interviewer"] is None and to_them:
        assert all(message["to"]["name"] not in people for message, _ in reviewed), checked["channel_text"]
    # A message the checker sends as a reply in a thread is not given a fresh subject without saying so.
    if advised["kind"] in REPLY_NOTES and drafted["channel"] == "email":
        words = texts_for(DraftTexts, lang)
        assert str(render_answer(drafted, lang, "../")).count("“Re: …”") == 1, words.reply_notes
    for message, findings in reviewed:
        serious = [f"{f['severity']} {f['code']}: {message['body'][f['start']:f['end']]!r}" for f in findings
                   if f["severity"] in ("must", "should")]
        assert not serious, "\n".join(serious) + "\n\n" + message["body"]


# After sending the message the generator wrote, the next step the checker counts: the first follow-up after a
# thank-you, the second after the combined email or a first follow-up, nothing after the second or a reply to news.
NEXT_AFTER = {"thank_you": "follow_up_on", "late_thank_you": "follow_up_on", "thank_you_and_follow_up": "second_follow_up_on",
              ("follow_up", 1): "second_follow_up_on"}


@pytest.mark.parametrize(("lang", "situation"), CASES)
def test_the_generators_reminder_is_the_next_follow_up_the_checker_counts(lang, situation):
    """The generator's "Save a follow-up reminder" after the message is the checker's next follow-up day, and calls
    it the last one exactly when the checker does: a first follow-up written before its day is reminded of the
    second a week on, never of its own day as "your second and last follow-up"."""
    checked = handle({"op": "check", "lang": lang, **situation}, now=datetime.fromisoformat(situation["now"]))
    form, context = generator_form(lang, situation, checked)
    drafted = handle({"op": "draft", **to_request(form, context, lang)}, now=context.now)
    kind, attempt = drafted["kind"], drafted["attempt"]
    field = NEXT_AFTER.get((kind, attempt) if kind == "follow_up" else kind)
    expected = checked[field] if field else None
    today = context.now.date().isoformat()
    planned = reminder(drafted, form, context)
    if expected is None or expected <= today:
        assert planned is None, (kind, attempt, planned)
        return
    assert planned is not None and planned["day"].isoformat() == expected, (kind, attempt, planned, checked["follow_up_text"])
    assert planned["last"] == (expected == checked["second_follow_up_on"]), checked["follow_up_text"]


@pytest.mark.parametrize(("lang", "situation"), CASES)
def test_a_message_sent_at_the_checkers_moment_still_passes_the_reviewer(lang, situation):
    """The checker may advise scheduling the message for the interviewer's next working morning: read on that
    morning, its words of time ("kemarin", "yesterday") must still be true."""
    checked, drafted, _reviewed = through_the_pages(lang, situation)
    if not checked["send_at"]:
        pytest.skip("no moment advised")
    form, _context = generator_form(lang, situation, checked)
    later = client_context({"now": checked["send_at"], "tz": situation.get("reader_tz", "Asia/Jakarta")})
    for message in drafted["messages"]:
        request = review_web.to_request(review_values(message, drafted), later, lang)
        findings = handle({"op": "review", **request}, now=later.now)["findings"]
        serious = [f"{f['severity']} {f['code']}: {message['body'][f['start']:f['end']]!r}" for f in findings
                   if f["severity"] in ("must", "should")]
        assert not serious, "\n".join(serious) + "\n\n" + message["body"]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(
    "situation",
    [
        # News with only the recruiter's address, or none: "Reply directly to the message that brought the news" is
        # the recruiter's message, so the reply is not written to an interviewer ("Yth. Bapak/Ibu Lukman Hakim").
        {"stage": "second", "contact": "recruiter_only", "status": "rejected",
         "interviewers": [{"role": "hiring_manager", "name": "Lukman Hakim"}]},
        {"stage": "final", "contact": "recruiter_only", "status": "offer",
         "interviewers": [{"role": "hiring_manager", "name": "Rina Wijaya"}, {"role": "executive", "name": "Budi Santoso"}]},
        {"stage": "first", "contact": "recruiter_only", "status": "next_round",
         "interviewers": [{"role": "hiring_manager", "name": "Yanti Susilawati"}, {"role": "colleague", "name": "Reza"}]},
        {"stage": "final", "contact": "none", "setting": "local", "status": "offer",
         "interviewers": [{"role": "hiring_manager", "name": "Darto"}]},
        # Only the recruiter's address, no recruiter met: "Address it to the recruiter, as a reply in the thread".
        {"stage": "final", "contact": "recruiter_only", "already_sent": "thank_you", "sent_on": "2026-11-20",
         "interviewers": [{"role": "hiring_manager", "name": "Rina Wijaya"}, {"role": "executive", "name": "Budi Santoso"}]},
        {"stage": "first", "contact": "recruiter_only", "already_sent": "follow_up", "sent_on": "2026-11-20",
         "interviewers": [{"role": "colleague", "name": "Dimas Prakoso"}]},
        # No interviewer's address: the follow-up and the withdrawal go where the recruiter took the thanks.
        {"stage": "first", "contact": "none", "already_sent": "thank_you", "sent_on": "2026-11-20",
         "interviewers": [{"role": "hiring_manager", "name": "Rina Wijaya"}]},
        {"stage": "first", "contact": "recruiter_only", "status": "not_interested",
         "interviewers": [{"role": "hiring_manager", "name": "Rina Wijaya"}]},
        # A government selection: "Address it to the selection committee or the personnel office".
        {"stage": "first", "setting": "government", "already_sent": "thank_you", "sent_on": "2026-11-20",
         "interviewers": [{"role": "executive", "name": "Dr. Sudrajad"}]},
        {"stage": "second", "setting": "government", "status": "not_interested",
         "interviewers": [{"role": "hiring_manager", "name": "Ir. Hendra Gunawan"}]},
    ],
)
def test_a_message_the_checker_sends_to_the_recruiter_or_committee_is_not_addressed_to_an_interviewer(lang, situation):
    situation = {**situation, "ended_at": "2026-11-19T10:00:00+07:00", "now": "2026-12-01T10:00:00+07:00",
                 "reader_tz": "Asia/Jakarta"}
    checked, drafted, reviewed = through_the_pages(lang, situation)
    (message, _findings), = reviewed
    names = [person["name"] for person in situation["interviewers"]]
    assert message["to"]["name"] == "", (checked["channel_text"], message["greeting"])
    assert "Tim Rekrutmen" in message["greeting"] or "Hiring Team" in message["greeting"], message["greeting"]
    assert not any(name.split()[-1] in message["body"] for name in names), message["body"]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("kind", sorted(REPLY_NOTES))
def test_an_email_about_the_process_is_sent_as_a_reply_keeping_the_threads_subject(lang, kind):
    company, role, name = READER[lang]
    request = {"op": "draft", "lang": lang, "kind": kind, "name": name, "company": company, "role": role,
               "interview_date": "2026-11-24", "interviewers": [{"name": "Rina Wijaya", "topic": TOPICS[lang][0]}]}
    answer = handle(request, now=datetime.fromisoformat("2026-12-01T10:00:00+07:00"))
    page = str(render_answer(answer, lang, "../"))
    assert texts_for(DraftTexts, lang).reply_notes[REPLY_NOTES[kind]] in page
    # A thank-you is a fresh email (or one in the recruiter's thread, said by its own note): no reply note.
    thanks = handle({**request, "kind": "thank_you"}, now=datetime.fromisoformat("2026-12-01T10:00:00+07:00"))
    assert "“Re: …”" not in str(render_answer(thanks, lang, "../"))


def test_every_kind_about_the_process_has_its_reply_note():
    assert set(REPLY_NOTES) == set(draft.PROCESS_KINDS)
