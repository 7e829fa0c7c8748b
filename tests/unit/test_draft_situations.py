"""Situations of our own, read as an HR officer reads them: each pins a defect found by reading the output.

Each test names the sentence that was wrong; the rule it checks is general (a class of inputs), the
situation only its first witness.
"""

from __future__ import annotations

import itertools

import pytest
from test_generated_emails_pass_review import assert_no_must_or_should

from thankyou import draft
from thankyou.api import handle
from thankyou.phrasing import fit_phrase


def make(request: dict) -> dict:
    answer = handle({"op": "draft", **request})
    assert "error" not in answer, answer
    return answer


# "In that interview, we discussed referral programme." / "our discussion of retail case": an English
# topic typed without its article, whose head is a singular countable noun, gets "the".
@pytest.mark.parametrize(("typed", "fitted"), [
    ("referral programme", "the referral programme"),
    ("retail case", "the retail case"),
    ("permit-to-work system", "the permit-to-work system"),
    ("BSD township drainage plan", "the BSD township drainage plan"),
    ("product roadmap for 2027", "the product roadmap for 2027"),
    # Already determined, plural, mass or possessive: left as typed.
    ("the school feeding programme in NTT", "the school feeding programme in NTT"),
    ("our onboarding plan", "our onboarding plan"),
    ("on-call rotations", "on-call rotations"),
    ("client handling", "client handling"),
    ("monitoring and evaluation frameworks", "monitoring and evaluation frameworks"),
    ("Xendit's roadmap", "Xendit's roadmap"),
    ("idempotency in payment APIs", "idempotency in payment APIs"),
    ("3 new stores", "3 new stores"),
    ("how the team reviews code", "how the team reviews code"),
])
def test_an_english_topic_without_its_article_gets_one(typed, fitted):
    assert fit_phrase(typed, "en", kind="topic").text == fitted


def test_the_article_reaches_the_message_and_indonesian_has_none():
    request = {"lang": "en", "kind": "follow_up", "name": "Bryan Kusuma", "company": "Bukalapak", "role": "Growth Marketer",
               "interviewers": [{"name": "Stephanie Wong", "address": "first_name", "topic": "referral programme"}]}
    assert "the referral programme" in make(request)["messages"][0]["body"]
    request = {"lang": "id", "name": "Bryan Kusuma", "company": "Bukalapak", "role": "Growth Marketer",
               "interviewers": [{"name": "Stephanie", "address": "ibu", "topic": "program referral"}]}
    assert "pembahasan mengenai program referral" in make(request)["messages"][0]["body"]


# "Bapak Joko" arranged a written test: the message said no conversation, yet the page asked "What did you
# discuss with Bapak Joko?" (missing: topic). After a test taken alone no topic is asked for.
@pytest.mark.parametrize("step", draft.TESTS)
@pytest.mark.parametrize("kind", ("thank_you", "late_thank_you", "thank_you_and_follow_up"))
def test_no_topic_is_asked_for_after_a_test_taken_alone(step, kind):
    answer = make({"lang": "id", "kind": kind, "step": step, "name": "Anisa Rahma", "company": "Kementerian Keuangan",
                   "role": "Analis Kebijakan", "interviewers": [{"name": "Joko", "address": "bapak", "title": "Panitia Seleksi"}]})
    assert "topic" not in answer["messages"][0]["missing"]


# "Selamat siang, Kak Nadia," opened a semi-formal email; the reviewer (rightly) calls "Kak" in an email
# informal. Whichever way the reader gave it (chosen or typed in the name), every message to a "Kak"
# passes the reviewer, and a chat keeps it.
@pytest.mark.parametrize(("register", "channel"), [
    (register, channel) for register, channel in itertools.product(draft.REGISTERS, draft.CHANNELS)])
@pytest.mark.parametrize("person", [{"name": "Kak Nadia", "topic": "riset pengguna"},
                                    {"name": "Nadia", "address": "kak", "topic": "riset pengguna"}])
def test_a_message_to_a_kak_passes_the_reviewer_in_every_channel(register, channel, person):
    request = {"op": "draft", "lang": "id", "register": register, "channel": channel, "name": "Dinda Permata",
               "company": "Gojek", "role": "UX Researcher", "interviewers": [person]}
    assert_no_must_or_should(request)
    greeting = make(request)["messages"][0]["greeting"]
    assert ("Kak" in greeting) == (channel == "whatsapp" or (channel == "linkedin" and register == "semi_formal"))
