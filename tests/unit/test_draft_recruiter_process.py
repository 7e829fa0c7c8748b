"""A message about the process to a recruiter who did not sit on the panel never speaks of an interview
they took part in ("our interview", "thanks for taking the time to interview me", "wawancara kita")."""

import re

import pytest

from thankyou.draft import KIND_CHANNELS, PROCESS_KINDS, draft

SHARED = {"en": re.compile(r"\bour (?:interview|conversation|talk|discussion|meeting|chat)\b|\binterview(?:ing)? me\b"
                           r"|\byou interviewed\b|\bwe (?:discussed|talked|spoke)\b|\bworking with you\b", re.IGNORECASE),
          "id": re.compile(r"\b(?:wawancara|percakapan|pembahasan|obrolan) kita\b|luangkan dalam wawancara|meluangkan waktu untuk wawancara", re.IGNORECASE)}
RECRUITER = {"en": {"name": "Sarah Tan", "address": "ms"}, "id": {"name": "Sarah Tan", "address": "ibu"}}
PANEL = {"en": [{"name": "Reza Pahlevi", "address": "mr", "topic": "the payments ledger"}],
         "id": [{"name": "Reza Pahlevi", "address": "bapak", "topic": "arsitektur sistem pembayaran"}]}


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("register", ["formal", "semi_formal"])
@pytest.mark.parametrize("kind", PROCESS_KINDS)
def test_a_process_message_to_a_recruiter_off_the_panel_claims_no_shared_interview(lang, register, kind):
    for channel in KIND_CHANNELS[kind]:
        for variant in range(6):
            for extra in ({"attempt": 1}, {"attempt": 2}, {"offer_reply": "decline"}, {"offer_reply": "accept"}):
                answer = draft({"name": "Kevin Halim", "company": "PT Tokoku", "role": "Backend Engineer",
                                "lang": lang, "register": register, "channel": channel, "kind": kind,
                                "variant": variant, "recruiter": RECRUITER[lang], "interviewers": PANEL[lang],
                                **extra})
                body = answer["messages"][0]["body"]
                assert not SHARED[lang].search(body), body


@pytest.mark.parametrize("register", ["formal", "semi_formal"])
def test_the_thanks_passed_on_in_the_recruiters_thread_opens_no_paragraph_on_a_conjunction(register):
    # The recruiter was not on the panel: the paragraph naming the others comes right after the thanks to them.
    for variant in range(10):
        answer = draft({"name": "Galih Prakoso", "company": "Nusantara Fintech", "role": "QA Engineer", "lang": "en",
                        "register": register, "send_to": "recruiter", "variant": variant,
                        "recruiter": {"name": "Vina", "address": "first_name"},
                        "interviewers": [{"name": "Arif Rahman", "address": "mr", "topic": "test automation"},
                                         {"name": "Lina", "topic": "the release process"}]})
        for paragraph in answer["messages"][0]["body"].split("\n\n")[1:]:
            assert not re.match(r"(?:And|But|So) ", paragraph), paragraph
