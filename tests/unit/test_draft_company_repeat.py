"""A company named in one sentence is not named again in the next: "… posisi Backend Engineer di PT
Traveloka Indonesia. Minat saya untuk bergabung dengan PT Traveloka Indonesia tetap besar." reads as a
form filled in twice. Every kind, language, register, attempt and version is read."""

from __future__ import annotations

import itertools
import re

import pytest

from thankyou import draft
from thankyou.api import handle

COMPANY = {"id": "PT Traveloka Indonesia", "en": "Traveloka"}
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def requests(lang: str, kind: str):
    for register, attempt, offer_reply, variant in itertools.product(
            ("formal", "semi_formal"), (1, 2), ("consider", "accept", "decline"), range(6)):
        if (attempt == 2 and kind != "follow_up") or (offer_reply != "consider" and kind != "reply_to_offer"):
            continue
        yield {"op": "draft", "lang": lang, "kind": kind, "name": "Dimas Pratama", "company": COMPANY[lang],
               "role": "Backend Engineer", "register": register, "attempt": attempt, "offer_reply": offer_reply,
               "variant": variant, "interview_date": "2026-11-20",
               "interviewers": [{"name": "Kevin Tan", "address": "bapak" if lang == "id" else "mr"}]}


@pytest.mark.parametrize("lang", ("id", "en"))
@pytest.mark.parametrize("kind", draft.KINDS)
def test_no_two_neighbouring_sentences_both_name_the_company(lang, kind):
    for request in requests(lang, kind):
        for message in handle(request)["messages"]:
            for paragraph in message["body"].split("\n\n"):
                sentences = SENTENCE_END.split(paragraph)
                for first, second in itertools.pairwise(sentences):
                    assert not (COMPANY[lang] in first and COMPANY[lang] in second), (request, paragraph)
