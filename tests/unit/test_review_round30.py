"""Round 30 of drafts written by hand after the reviewer (Indonesian and English, thank-you emails, follow-ups, chat
messages, replies to offers and rejections, correct and flawed): the slips the reviewer missed or fixed wrongly and
the correct sentences it flagged, each pinned here with the rule that now decides it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from thankyou.api import handle
from thankyou.spelling import sound_shape

needs_lists = pytest.mark.skipif(sys.platform == "emscripten", reason="site_build and node_modules are build-time, CPython only")


@pytest.fixture(scope="module")
def real_lexicons():
    from site_build.wordlists import lexicons

    return lexicons()


def review(lang: str, subject: str, body: str, context: dict, lexicons=None) -> dict:
    request = {"op": "review", "lang": lang, "subject": subject, "body": body, "context": {"lang": lang, **context}}
    return handle(request, lexicons=lexicons) if lexicons is not None else handle(request)


def _english(sentence: str) -> str:
    return f"Dear Ms Lee,\n\nThank you for the interview yesterday. {sentence}\n\nBest regards,\nAna Putri"


# Of fixes that sound like the slip, the word a writer uses every week goes first: "carrer" is "career" (not "carer",
# though that only drops a letter), "sence" "sense" (a soft "c" is the "s" it sounds; not "seance"), "buget" "budget"
# ("dg" is a soft "g"), "develope" "develop" (a final "e" after a consonant is silent; not "developed"). Slips whose
# best fix is no everyday word keep their fix.
@needs_lists
@pytest.mark.parametrize(("slip", "fix"), [
    ("carrer", "career"),
    ("sence", "sense"),
    ("buget", "budget"),
    ("develope", "develop"),
    ("particulary", "particularly"),  # neither fix sounds like the slip: the everyday "particular" does not jump ahead
    ("persue", "pursue"),
    ("usefull", "useful"),
    ("realy", "really"),
    ("tommorow", "tomorrow"),
])
def test_a_slip_is_fixed_with_the_everyday_word_that_sounds_like_it(real_lexicons, slip, fix) -> None:
    answer = review("en", "Thank you for the interview", _english(f"I wrote {slip} in my notes after our talk."),
                    {"interviewer": "Grace Lee"}, lexicons=real_lexicons)
    assert [(item["excerpt"], item["replacement"]) for item in answer["findings"] if item["code"] == "misspelling"] == [(slip, fix)]


@pytest.mark.parametrize(("word", "shape"), [("sence", "sVns"), ("sense", "sVns"), ("budget", "bVjVt"), ("buget", "bVjVt"),
                                             ("develope", "dVvVlVp"), ("persue", "pVrsV"), ("cat", "cVt")])
def test_the_sound_shape_hears_a_soft_c_and_g_and_a_silent_final_e(word, shape) -> None:
    assert sound_shape(word) == shape


# A short word only an ending builds ("carr" + "-er") that sounds like an everyday word is that word misspelt; a
# listed word ("carer") is left alone.
@needs_lists
@pytest.mark.parametrize(("sentence", "found"), [
    ("This role is the next step in my carrer.", [("carrer", "career")]),
    ("I look after my mother as her carer at weekends.", []),
])
def test_a_short_word_built_by_an_ending_that_sounds_like_an_everyday_word_is_its_slip(real_lexicons, sentence, found) -> None:
    answer = review("en", "Thank you for the interview", _english(sentence), {"interviewer": "Grace Lee"}, lexicons=real_lexicons)
    assert [(item["excerpt"], item["replacement"]) for item in answer["findings"] if item["code"] == "misspelling"] == found


# "wether" (a castrated ram) is "whether" before a clause or after a verb of knowing, asking or deciding, "weather"
# beside its words; the farm's noun stays silent.
@needs_lists
@pytest.mark.parametrize(("sentence", "found"), [
    ("I don't know wether she has decided.", [("confused_word", "wether", "whether")]),
    ("I wonder wether they need more documents.", [("confused_word", "wether", "whether")]),
    ("Please let me know wether a second interview is planned.", [("confused_word", "wether", "whether")]),
    ("I am not sure wether to send the portfolio now.", [("confused_word", "wether", "whether")]),
    ("Wether the team grows or not, I am ready.", [("confused_word", "Wether", "Whether")]),
    ("Despite the bad wether, the drive to the farm was fine.", [("confused_word", "wether", "weather")]),
    ("I hope the wether forecast is right for your open day.", [("confused_word", "wether", "weather")]),
    ("On the farm I learned to shear a wether in four minutes.", []),
    ("The wether lambs were weighed on Monday.", []),
])
def test_wether_is_whether_or_weather_by_its_neighbours_and_the_farm_noun_is_left(real_lexicons, sentence, found) -> None:
    answer = review("en", "Thank you for the interview", _english(sentence), {"interviewer": "Grace Lee"}, lexicons=real_lexicons)
    assert [(item["code"], item["excerpt"], item["replacement"]) for item in answer["findings"]
            if item["code"] in ("confused_word", "misspelling")] == found
