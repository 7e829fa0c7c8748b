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


# An offer could only be accepted or considered: a reader who turns one down had no message. Declining
# says thanks first, the no in one clear sentence, no reason (none is owed; one invites a counter-offer),
# and leaves the door open; never "I am delighted to accept" nor a question about the next steps.
DECLINED = {"id": r"tidak (?:menerima|mengambil|dapat menerima)", "en": r"(?:not to accept|decline)"}
DOOR = {"id": r"terhubung|bertemu kembali|hubungan baik", "en": r"paths cross|stay in touch|keep in touch"}
ACCEPTED_OR_PENDING = {"id": r"menerima tawaran ini dengan|dengan senang hati saya menerima|mempelajari|langkah berikutnya",
                       "en": r"delighted to accept|pleased to accept|happy to accept|reviewing the details|next steps"}
REASONS = {"id": r"\bkarena\b|\bsebab\b|\boleh karena\b", "en": r"\bbecause\b|\bsince\b|\bas I have\b"}


@pytest.mark.parametrize("lang", ("id", "en"))
def test_declining_an_offer_is_clear_grateful_and_leaves_the_door_open(lang):
    import re
    for register, channel, variant in itertools.product(draft.REGISTERS, draft.KIND_CHANNELS["reply_to_offer"], range(6)):
        request = {"op": "draft", "lang": lang, "kind": "reply_to_offer", "offer_reply": "decline", "register": register,
                   "channel": channel, "variant": variant, "name": "Michelle Halim", "company": "PT Bank CIMB Niaga Tbk",
                   "role": "Risk Analyst",
                   "interviewers": [{"name": "Arief Budiman", "address": "bapak" if lang == "id" else "mr"}]}
        message = make(request)["messages"][0]
        body = message["body"]
        assert len(re.findall(DECLINED[lang], body, re.IGNORECASE)) == 1, body
        assert re.search(DOOR[lang], body, re.IGNORECASE), body
        assert not re.search(ACCEPTED_OR_PENDING[lang], body, re.IGNORECASE), body
        assert not re.search(REASONS[lang], body, re.IGNORECASE), body
        first = [item["text"] for item in message["sentences"]]
        thanks = 1 if channel == "whatsapp" else 0  # a chat opens with who is writing
        assert re.search(r"terima kasih|thank|grateful", first[thanks], re.IGNORECASE), first
        assert_no_must_or_should(request)


def test_the_form_and_the_command_line_offer_the_decline():
    from thankyou.texts import texts_for
    from thankyou.texts.draft import DraftTexts
    assert "decline" in draft.OFFER_REPLIES
    for lang in ("id", "en"):
        assert texts_for(DraftTexts, lang).offer_replies["decline"]
    assert "decline" in draft.REQUEST.fields["offer_reply"].options
