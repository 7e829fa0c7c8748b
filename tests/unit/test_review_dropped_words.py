"""Slips Indonesian writers make that each word alone hides: the article Indonesian lacks ("It was great
opportunity", "I am fresh graduate"), "your" for "you're" ("Your right", "your welcome to contact me"), and chat
words of Jakarta in an email ("kepikiran", "ngopi", "diemail"). Each is found with its fix; the correct sentences
built on the same words ("It was great fun", "your right to decide", "your welcome message", "dikirim melalui
email", a person called Diwa) stay silent.
"""

from __future__ import annotations

import sys

import pytest

from thankyou.api import handle


def review_en(sentence: str) -> dict:
    body = f"Dear Ms. Tan,\n\n{sentence}\n\nBest regards,\nArief Nugroho"
    return handle({"op": "review", "lang": "en", "subject": "Thank you for the Data Analyst interview",
                   "body": body, "context": {"lang": "en"}})


def review_id(sentence: str) -> dict:
    body = f"Yth. Ibu Ratna,\n\nDengan hormat,\n\n{sentence}\n\nHormat saya,\nDewi Lestari"
    return handle({"op": "review", "lang": "id", "subject": "Terima kasih atas wawancara posisi Staf Admin",
                   "body": body, "context": {"lang": "id"}})


def found(answer: dict, *codes: str) -> list[tuple[str, str | None]]:
    return [(item["excerpt"], item.get("replacement")) for item in answer["findings"] if item["code"] in codes]


def fixes(answer: dict, *codes: str) -> list[str]:
    return [item["message"] for item in answer["findings"] if item["code"] in codes]


ARTICLES = [
    ("It was really pleasure to meet you and the analysts.", "It was really pleasure", "It was really a pleasure"),
    ("It was great opportunity to see how your team builds its reports.", "It was great opportunity",
     "It was a great opportunity"),
    ("It was such pleasure talking about the churn dashboard.", "It was such pleasure", "It was such a pleasure"),
    ("It was honor to meet the head of the data team.", "It was honor", "It was an honor"),
    ("I am fresh graduate from Universitas Indonesia, and the case study taught me a lot.", "I am fresh graduate",
     "I am a fresh graduate"),
    ("As recent graduate, I found the SQL exercise useful.", "As recent graduate", "As a recent graduate"),
    ("I am currently final year student at ITB, and the case study was close to my thesis.",
     "I am currently final year student", "I am currently a final year student"),
    ("I'm student at Binus and enjoyed the SQL exercise.", "I'm student", "I'm a student"),
]


@pytest.mark.parametrize(("sentence", "slip", "fix"), ARTICLES, ids=[item[1] for item in ARTICLES])
def test_a_dropped_article_in_a_fixed_frame_is_found_with_it(sentence: str, slip: str, fix: str) -> None:
    answer = review_en(sentence)
    assert [item for item in found(answer, "phrase_slip") if item[0] == slip], found(answer, "phrase_slip")
    assert any(f"“{fix}”" in message for message in fixes(answer, "phrase_slip")), fixes(answer, "phrase_slip")


@pytest.mark.parametrize("sentence", [
    "It was a great opportunity and a real pleasure to see the churn dashboard.",
    "It was pure pleasure and great fun to talk about the churn dashboard.",
    "It was my pleasure to walk you through the case study.",
    "I am a fresh graduate, and the SQL exercise was new to me.",
    "As fresh graduates, my classmates and I built a churn model.",
    "Your team hires through programmes such as new graduate intakes.",
    "This is great opportunity-driven work for an analyst.",
    "I am a final-year student at ITB, and I am student-focused in my tutoring.",
    "I am an undergraduate student at ITB.",
    "The programme treated us as new graduate hires, with a mentor each.",
])
def test_the_same_words_with_their_article_or_uncountable_stay_silent(sentence: str) -> None:
    assert found(review_en(sentence), "phrase_slip") == []


YOURS = [
    ("Your right that the dashboard needs a single source of truth.", "Your", "You're"),
    ("I think your right about the weekly report.", "your", "you're"),
    ("Thank you for the call, and of course, your welcome to contact me for the test results.", "your", "you're"),
]


@pytest.mark.parametrize(("sentence", "slip", "fix"), YOURS, ids=[item[0][:20] for item in YOURS])
def test_your_for_youre_is_found_before_right_and_welcome(sentence: str, slip: str, fix: str) -> None:
    assert (slip, fix) in found(review_en(sentence), "confused_word")


@pytest.mark.parametrize("sentence", [
    "I respect your right to decide on the timeline.",
    "Your welcome message to new analysts was kind.",
    "Thank you for your welcome.",
    "It is your right, and your welcome was warm.",
    "I admire your skills and your right.",
    "Your welcome, I must say, was the kindest part of the day.",
    "Your right hand on the project, Andi, sent me the brief.",
])
def test_your_right_and_your_welcome_as_nouns_stay_silent(sentence: str) -> None:
    assert found(review_en(sentence), "confused_word") == []


CHAT = [
    ("Saya masih kepikiran soal pertanyaan Ibu tentang rekonsiliasi bank.", "kepikiran", "terpikir"),
    ("Semoga lain kali kita bisa ngopi sambil membahas laporan pajak.", "ngopi", "minum kopi"),
    ("Portofolio saya sudah diemail ke tim HR kemarin.", "diemail", "dikirim melalui email"),
    ("Sertifikat saya sudah di-WA ke Ibu kemarin.", "di-WA", "dikirim melalui WhatsApp"),
]


@pytest.mark.parametrize(("sentence", "slip", "fix"), CHAT, ids=[item[1] for item in CHAT])
def test_chat_words_are_informal_with_the_written_form(sentence: str, slip: str, fix: str) -> None:
    answer = review_id(sentence)
    assert [item for item in found(answer, "informal_word") if item[0] == slip], found(answer, "informal_word")
    assert any(f"“{fix}”" in message for message in fixes(answer, "informal_word"))


@pytest.mark.parametrize("sentence", [
    "Portofolio saya sudah dikirim melalui email ke tim HR kemarin.",
    "Saya sempat terpikir soal pertanyaan Ibu tentang rekonsiliasi bank.",
    "Diwa Pratama dari tim HR sudah menghubungi saya melalui email.",
])
def test_the_written_forms_and_a_name_stay_silent(sentence: str) -> None:
    assert found(review_id(sentence), "informal_word", "informal_drop") == []


# ---- A typo in a capitalised word mid-sentence -------------------------------------------------------------

needs_lists = pytest.mark.skipif(sys.platform == "emscripten", reason="site_build and node_modules are build-time, CPython only")


@pytest.fixture(scope="module")
def real_lexicons():
    from site_build.wordlists import lexicons

    return lexicons()


def typos(lang: str, sentence: str, lexicons) -> list[tuple[str, str | None]]:
    if lang == "id":
        body = f"Yth. Ibu Ratna,\n\nDengan hormat,\n\n{sentence}\n\nHormat saya,\nDewi Lestari"
        subject = "Terima kasih atas wawancara posisi Staf Admin"
    else:
        body = f"Dear Ms. Tan,\n\n{sentence}\n\nBest regards,\nArief Nugroho"
        subject = "Thank you for the Data Analyst interview"
    answer = handle({"op": "review", "lang": lang, "subject": subject, "body": body, "context": {"lang": lang}},
                    lexicons=lexicons)
    return found(answer, "misspelling", "confused_word")


CAPITALISED = [
    ("id", "Saya Mengucapkn terima kasih atas kesempatan wawancara kemarin.", "Mengucapkn", "Mengucapkan"),
    ("id", "Terima kasih kepada Pak Hendra yang sudah Menjelaskn alur kerja tim gudang.", "Menjelaskn", "Menjelaskan"),
    ("id", "Saya Mengucapkan Terima Kasih atas Kesempatn yang Diberikan.", "Kesempatn", "Kesempatan"),
    ("en", "Thank you for the Oportunity to meet the warehouse team yesterday.", "Oportunity", "Opportunity"),
    ("en", "Thank you for the Opportunity to Discus the role yesterday.", "Discus", "Discuss"),
    ("en", "Thank You For The Chance To Meet The Team And Learn About The Compnay.", "Compnay", "Company"),
]


@needs_lists
@pytest.mark.parametrize(("lang", "sentence", "slip", "fix"), CAPITALISED, ids=[item[2] for item in CAPITALISED])
def test_a_slip_in_a_capitalised_everyday_word_is_found(real_lexicons, lang, sentence, slip, fix) -> None:
    assert (slip, fix) in typos(lang, sentence, real_lexicons)


NAMES = ("Santoso Mardiana Merlina Sharad Kurniawati Purnamasari Rahmawati Setiawati Berliana Menik Bernadette Mentari "
         "Pertiwi Permana Wijayanti Hendrawan Ayuningtyas Pangestu").split()


@needs_lists
@pytest.mark.parametrize("name", NAMES)
def test_names_one_letter_from_a_word_stay_silent_mid_sentence(real_lexicons, name) -> None:
    for lang, sentence in (("id", f"Saya sudah berbincang dengan rekan saya {name} tentang laporan gudang kemarin."),
                           ("id", f"Saya {name}, lulusan akuntansi, mengucapkan terima kasih atas wawancaranya."),
                           ("en", f"I enjoyed meeting {name} and hearing about the warehouse team."),
                           ("en", f"Thank you for the Opportunity to Meet {name} and the Team.")):
        assert typos(lang, sentence, real_lexicons) == [], (lang, sentence)


@needs_lists
def test_companies_in_a_headline_sentence_stay_silent(real_lexicons) -> None:
    sentence = "Thank You For The Opportunity To Interview At Tokopedia, Bukalapak, Traveloka, Halodoc and Ruangguru."
    assert typos("en", sentence, real_lexicons) == []
    sentence = "Saya Mengucapkan Terima Kasih Atas Kesempatan Wawancara di Telkomsel, Pertamina, Sampoerna dan Garudafood."
    assert typos("id", sentence, real_lexicons) == []


@needs_lists
@pytest.mark.parametrize("name", ["Christiana", "Gabriella", "Fransiska", "Panjaitan", "Kurniawati"])
def test_a_long_name_in_a_headline_subject_stays_silent(real_lexicons, name) -> None:
    """A name one slip from a name the lists hold ("christian", "gabriela") is no typo, even among headline capitals."""
    answer = handle({"op": "review", "lang": "en", "subject": f"Thank You For The Interview - Rudi {name}",
                     "body": "Dear Ms. Tan,\n\nThank you for the interview.\n\nBest regards,\nRudi", "context": {"lang": "en"}},
                    lexicons=real_lexicons)
    assert found(answer, "misspelling") == []
