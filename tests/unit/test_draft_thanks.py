"""A message thanks at most twice: a third "Many thanks." at the close, after "Thank you for the offer …"
and "I truly appreciate the time …", reads as filler to a recruiter (in either language)."""

import re

import pytest

from thankyou.draft import draft

# "I would be grateful for details of the next steps" asks for something; it does not thank.
THANKS = {"en": re.compile(r"\b(?:thank|thanks|appreciate)\b|(?<!would be )\bgrateful\b", re.IGNORECASE),
          "id": re.compile(r"\b(?:terima kasih|berterima kasih|hargai|menghargai)\b", re.IGNORECASE)}
PEOPLE = {"en": [{"name": "Nina Hartono", "address": "ms", "topic": "the onboarding plan"}],
          "id": [{"name": "Nina Hartono", "address": "ibu", "topic": "rencana orientasi karyawan baru"}]}


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("register", ["formal", "semi_formal"])
@pytest.mark.parametrize("channel", ["email", "whatsapp"])
@pytest.mark.parametrize("length", ["short", "standard"])
@pytest.mark.parametrize("reply", ["decline", "accept", "consider"])
def test_a_reply_to_an_offer_thanks_at_most_twice(lang, register, channel, length, reply):
    # A short reply is not padded with "I am grateful for this opportunity." before "Many thanks."
    for variant in range(6):
        answer = draft({"name": "Dimas Aryo", "company": "PT Laju Logistik", "role": "Supervisor Gudang",
                        "lang": lang, "register": register, "channel": channel, "length": length,
                        "kind": "reply_to_offer", "offer_reply": reply, "variant": variant,
                        "interviewers": PEOPLE[lang]})
        said = [item["text"] for item in answer["messages"][0]["sentences"]]
        thanking = [text for text in said if THANKS[lang].search(text)]
        assert len(thanking) <= 2, said
