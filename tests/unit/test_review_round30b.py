"""Round 30b of drafts written by hand after the reviewer (Indonesian and English; emails, WhatsApp and LinkedIn;
thank-yous, follow-ups, offer replies, rejection replies; correct and flawed): the slips it missed or fixed wrongly and
the correct sentences near them, each pinned here with the rule that now decides it."""

from __future__ import annotations

import pytest
from conftest import needs_lists, review

from thankyou.spelling import sound_shape


def _english(sentence: str) -> str:
    return f"Dear Ms Lee,\n\nThank you for the interview yesterday. {sentence}\n\nBest regards,\nAna Putri"


def _indonesian(sentence: str) -> str:
    return f"Yth. Ibu Maya,\n\nDengan hormat,\n\nTerima kasih atas wawancara kemarin. {sentence}\n\nHormat saya,\nFajar"


# A slip that keeps the word's sound is fixed with the everyday word, though two or three letters differ ("schedual":
# "schedule", "insite": "insight", whose "igh" says "i"); an adverb of an "-ic" word is "-ically" ("basicly"); a letter
# moved is no compound ("greatfully" is no "great" + "fully"), and "-s" drops no "e" ("promiss" is no "promise" + -s).
# A swap of neighbours that keeps the sound still goes first ("wierd" is "weird", not the everyday "word").
@needs_lists
@pytest.mark.parametrize(("slip", "fix"), [
    ("insite", "insight"),
    ("schedual", "schedule"),
    ("basicly", "basically"),
    ("automaticly", "automatically"),
    ("greatfully", "gratefully"),
    ("promiss", "promise"),
    ("wierd", "weird"),
    ("definately", "definitely"),
    ("recieve", "receive"),
])
def test_a_slip_that_keeps_the_sound_is_fixed_with_the_everyday_word(real_lexicons, slip, fix) -> None:
    answer = review("en", "Thank you for the interview", _english(f"I wrote {slip} in my notes after our talk."),
                    {"interviewer": "Grace Lee"}, lexicons=real_lexicons)
    assert [(item["excerpt"], item["replacement"]) for item in answer["findings"] if item["code"] == "misspelling"] == [(slip, fix)]


@pytest.mark.parametrize(("word", "shape"), [("insight", "VnsVt"), ("insite", "VnsVt"), ("night", "nVt"), ("ghost", "ghVst")])
def test_the_sound_shape_hears_igh_as_its_vowel(word, shape) -> None:
    assert sound_shape(word) == shape


# "di + word + oleh" is a passive verb with its doer, never the preposition before a place: a noun root takes the suffix
# its verb needs ("di wawancara oleh Ibu": "diwawancarai"). Without "oleh", "di wawancara" may be "at the interview".
@needs_lists
@pytest.mark.parametrize(("sentence", "found"), [
    ("Saya yang tadi siang di wawancara oleh ibu Maya merasa senang.", [("di wawancara", "diwawancarai")]),
    ("Laporan itu di tulis oleh tim.", [("di tulis", "ditulis")]),
    ("Saya di sambut oleh resepsionis yang ramah.", [("di sambut", "disambut")]),
    ("Di wawancara kemarin saya belajar banyak.", []),
    ("Saya bertemu Ibu di kantor oleh karena itu saya senang.", []),
    # a place after a passive joined right ("disambut di lobi oleh satpam": "melobi" is a verb, "lobi" here a place)
    ("Saya disambut di lobi oleh satpam yang ramah.", []),
    ("Saya dilatih di bengkel oleh mekanik senior.", []),
    ("Saya dihubungi di telepon oleh tim HR.", []),
])
def test_di_before_a_word_and_its_doer_is_a_detached_passive(real_lexicons, sentence, found) -> None:
    answer = review("id", "Terima kasih – wawancara Desainer Grafis", _indonesian(sentence), {"interviewer": "Maya"},
                    lexicons=real_lexicons)
    assert [(item["excerpt"], item["replacement"]) for item in answer["findings"] if item["code"] == "di_prefix"] == found


# English written the Indonesian way: a possessive without its apostrophe before a plural noun, "share about", "give
# the best for", two verbs joined by "and" in different forms, "in" a company, "have" with a time gone by, "complains"
# for the noun.
@pytest.mark.parametrize(("sentence", "code", "found", "fix"), [
    ("I liked your teams sketches.", "phrase_slip", "your teams", "your team's"),
    ("The clients needs come first for me.", "phrase_slip", "The clients", "The clients'"),
    ("I would like to share about my experience.", "phrase_slip", "to share about my", "to share my"),
    ("I will give the best for the company.", "phrase_slip", "give the best for", "give my best to"),
    ("It was a pleasure to meet with you and knowing more about the team.", "phrase_slip",
     "pleasure to meet with you and knowing", "pleasure to meet with you and know"),
    ("I learned about the credit process in Bank BTN.", "phrase_slip", "in Bank", "at Bank"),
    ("I have interviewed 2 weeks ago for the role.", "phrase_slip", "I have interviewed", "I interviewed"),
    ("I handled customer complains every day.", "confused_word", "complains", "complaints"),
])
def test_english_written_the_indonesian_way_is_found_with_its_fix(sentence, code, found, fix) -> None:
    answer = review("en", "Thank you – Teacher interview", _english(sentence), {"interviewer": "Grace Lee"})
    assert [(item["code"], item["excerpt"], item["replacement"]) for item in answer["findings"]
            if item["code"] in ("phrase_slip", "confused_word")] == [(code, found, fix)]


@pytest.mark.parametrize("sentence", [
    "Our teams always support each other.",
    "Your teams work hard, and your team's sketches were lovely.",
    "My parents lives in Bandung.",  # a verb that does not agree, not a possessive
    "I enjoyed the story you shared about your own rotation.",
    "I would love to share more about my work.",
    "We aim to give the best service to clients.",
    "It was great to meet you, and learning about the team helped.",
    "I am interested in Bank BTN's mortgage work.",
    "I worked at PT Astra for three years.",
    "I have sent the form you asked for two days ago.",
    "I have worked there since two years ago.",
    "The customer complains a lot about delays.",
])
def test_right_sentences_near_those_slips_stay_silent(sentence) -> None:
    answer = review("en", "Thank you – Teacher interview", _english(sentence), {"interviewer": "Grace Lee"})
    assert [item["excerpt"] for item in answer["findings"] if item["code"] in ("phrase_slip", "confused_word")] == []


# A chat's "buat" for "untuk" ("Terima kasih buat waktunya") and an English "sharing" among Indonesian words are words a
# careful HR officer notices: a tip in a WhatsApp message, a should-fix in an email. "buat" as the verb ("akan buat") and
# "sharing session" after a verb are left.
@pytest.mark.parametrize(("channel", "body", "found"), [
    ("whatsapp", "Selamat sore Bu Sari, saya Dimas. Terima kasih buat waktunya dan sharing soal tim gudang. Terima kasih, Bu.",
     [("informal_word", "buat", "tip"), ("mixed_phrase", "sharing", "should")]),
    ("email", "Yth. Ibu Sari,\n\nDengan hormat,\n\nTerima kasih buat waktunya kemarin.\n\nHormat saya,\nDimas",
     [("informal_word", "buat", "should")]),
    ("whatsapp", "Selamat sore Bu Sari, saya Dimas. Saya akan buat laporan yang rapi. Saya ikut sharing session kemarin. "
     "Terima kasih, Bu.", []),
])
def test_a_chats_buat_and_sharing_are_noticed(channel, body, found) -> None:
    answer = review("id", "Terima kasih", body, {"interviewer": "Sari", "company": "PT Sinar Jaya", "channel": channel})
    assert sorted((item["code"], item["excerpt"], item["severity"]) for item in answer["findings"]
                  if item["code"] in ("informal_word", "mixed_phrase")) == sorted(found)
