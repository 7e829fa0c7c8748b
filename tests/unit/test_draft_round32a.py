"""Round 32a: greetings, names, posts and headings, read as an HR officer reads them.

Each test names what was wrong; the rule it checks is general (a class of inputs), the case its first witness.
The situations themselves are in ``corpus/draft_situations_round32a.json`` (read by test_draft_situations).
"""

from __future__ import annotations

import pytest

from thankyou.api import handle
from thankyou.draft import heading, written_name
from thankyou.phrasing import as_position, parse_name, typed_post
from thankyou.texts import texts_for
from thankyou.texts.draft import DraftTexts


def make(request: dict) -> dict:
    answer = handle({"op": "draft", **request})
    assert "error" not in answer, answer
    return answer


# "Dear Sir or Madam," to hr@indomaret.co.id: no one known by name, gender or post is greeted as the
# company's hiring team, in every kind that goes to one person, in both languages.
@pytest.mark.parametrize("kind", ["withdrawal", "follow_up", "reply_to_rejection", "confirm_next_round", "reply_to_offer"])
@pytest.mark.parametrize(("lang", "greeting"), [("en", "Dear Hiring Team at Indomaret,"), ("id", "Yth. Tim Rekrutmen Indomaret,")])
def test_a_recruiter_known_by_an_address_alone_is_the_hiring_team(kind, lang, greeting):
    message = make({"lang": lang, "kind": kind, "name": "Rina Sari", "company": "Indomaret", "role": "Store Manager",
                    "next_step": "interview" if lang == "en" else "wawancara", "recruiter": {"email": "hr@indomaret.co.id"}})["messages"][0]
    assert message["greeting"] == greeting
    assert "Sir or Madam" not in message["body"] and "Yth. Bapak/Ibu," not in message["body"]
    assert message["to"]["email"] == "hr@indomaret.co.id"


# A form of address chosen without a name still says who it is ("Yth. Ibu,", "Dear Madam,"): only the neutral one
# gives way to the team.
@pytest.mark.parametrize(("lang", "address", "greeting"), [("id", "ibu", "Yth. Ibu,"), ("en", "mr", "Dear Sir,")])
def test_a_chosen_form_of_address_without_a_name_stays(lang, address, greeting):
    message = make({"lang": lang, "kind": "withdrawal", "name": "Rina Sari", "company": "Indomaret", "role": "Store Manager",
                    "recruiter": {"address": address, "email": "hr@indomaret.co.id"}})["messages"][0]
    assert message["greeting"] == greeting


@pytest.mark.parametrize(("typed", "lang", "greeting"), [
    ("Team HR Accenture", "en", "Dear HR Team at Accenture,"),
    ("Team HR Accenture", "id", "Yth. Tim HR Accenture,"),
    ("Tim HR", "en", "Dear HR Team at Accenture,"),
    ("HR Team", "id", "Yth. Tim HR Accenture,"),
    ("hr team accenture", "en", "Dear HR Team at Accenture,"),
    ("Tim Rekrutmen", "en", "Dear Recruitment Team at Accenture,"),
    ("Recruitment Team at Accenture", "id", "Yth. Tim Rekrutmen Accenture,"),
    ("Panitia Seleksi", "en", "Dear Selection Committee,"),
    ("Tim Panitia", "en", "Dear Selection Committee,"),
    ("Tim Panitia", "id", "Yth. Panitia Seleksi,"),
    ("Bagian HRD", "en", "Dear HR Department at Accenture,"),
    ("Talent Acquisition", "en", "Dear Talent Acquisition Team at Accenture,"),
    ("People and Culture", "id", "Yth. Tim People and Culture Accenture,"),
    ("Accenture", "en", "Dear Hiring Team at Accenture,"),
])
def test_a_group_typed_as_the_person_is_named_in_the_message_language(typed, lang, greeting):
    message = make({"lang": lang, "name": "Rina Sari", "company": "Accenture", "role": "Analyst",
                    "interviewers": [{"name": typed, "topic": "consulting" if lang == "en" else "konsultasi"}]})["messages"][0]
    assert message["greeting"] == greeting
    assert "address" not in message["missing"]


# "Dear Hrd Budi,": a post typed before a name is the person's title; the name is greeted as any name is.
@pytest.mark.parametrize(("typed", "address", "lang", "greeting", "title"), [
    ("Kepala HRD Budi", "bapak", "en", "Dear Mr. Budi,", "Kepala HRD"),
    ("Kepala HRD Budi", "bapak", "id", "Yth. Bapak Budi,", "Kepala HRD"),
    ("Kepala HRD Budi", "none", "en", "Dear Budi,", "Kepala HRD"),
    ("Kepala HRD Budi", "none", "id", "Yth. Bapak/Ibu Budi,", "Kepala HRD"),
    ("kepala hrd budi", "none", "id", "Yth. Bapak/Ibu Budi,", "Kepala HRD"),
    ("HR Manager Sari Dewi", "ms", "en", "Dear Ms. Dewi,", "HR Manager"),
    ("Recruiter Sari", "ibu", "id", "Yth. Ibu Sari,", "Recruiter"),
    ("User Pak Andi", "none", "id", "Yth. Bapak Andi,", "User"),
    ("Bapak Kepala HRD Joko", "none", "en", "Dear Mr. Joko,", "Kepala HRD"),
    ("Talent Acquisition Lead Kak Nadia", "none", "en", "Dear Nadia,", "Talent Acquisition Lead"),
    ("Kepala Bagian Umum Ibu Sri", "none", "id", "Yth. Ibu Sri,", "Kepala Bagian Umum"),
    ("Manajer HRD Budi", "bapak", "en", "Dear Mr. Budi,", "Manajer HRD"),
])
def test_a_post_typed_before_the_name_is_split_from_it(typed, address, lang, greeting, title):
    message = make({"lang": lang, "name": "Rina Sari", "company": "Indomaret", "role": "Area Manager",
                    "interviewers": [{"name": typed, "address": address, "topic": "operasional toko"}]})["messages"][0]
    assert message["greeting"] == greeting
    assert message["to"]["title"] == title
    assert "Hrd" not in message["body"]


@pytest.mark.parametrize("typed", ["Kepala Toko", "HRD PT Maju", "HR Manager Indomaret", "Kepala HRD"])
def test_a_post_with_no_name_after_it_is_not_split(typed):
    message = make({"lang": "en", "name": "Rina Sari", "company": "Indomaret", "role": "Area Manager",
                    "interviewers": [{"name": typed, "topic": "store operations"}]})["messages"][0]
    assert not message["to"]["name"], message["to"]


@pytest.mark.parametrize(("typed", "post"), [("HSE Manager", "HSE Manager"), ("Manajer QA", "Manajer QA"),
                                             ("GA Supervisor", "GA Supervisor")])
def test_a_unit_named_by_its_letters_is_part_of_a_post(typed, post):
    assert typed_post(typed) == ("", post)


@pytest.mark.parametrize("typed", ["BUDI MANAGER", "RINA WIJAYA", "HRD PT"])
def test_a_name_in_capitals_or_a_legal_form_is_no_lettered_unit(typed):
    assert typed_post(typed) is None


# "as Area Manager" / "as a VP Engineering": a post one of many takes its article, a post one of a kind none.
@pytest.mark.parametrize(("role", "said"), [
    ("Area Manager", "as an Area Manager"), ("Store Manager", "as a Store Manager"), ("Senior Manager", "as a Senior Manager"),
    ("Tech Lead", "as a Tech Lead"), ("Regional Director", "as a Regional Director"), ("Engineering Manager", "as an Engineering Manager"),
    ("UX Writer", "as a UX Writer"), ("Honours Graduate", "as an Honours Graduate"),
    ("CEO", "as CEO"), ("Head Chef", "as Head Chef"), ("VP Engineering", "as VP Engineering"), ("SVP Product", "as SVP Product"),
    ("General Manager", "as General Manager"), ("HR Manager", "as HR Manager"), ("Director of Engineering", "as Director of Engineering"),
    ("Operations Lead", "as Operations Lead"),
])
def test_a_post_after_as_takes_an_article_by_how_many_hold_it(role, said):
    assert as_position(role) == said


# The heading above a message showed "Email untuk kak dinda": the name as the greeting would write it.
@pytest.mark.parametrize(("typed", "lang", "title"), [
    ("kak dinda", "id", "Email untuk Kak Dinda"),
    ("rina wijaya", "id", "Email untuk Rina Wijaya"),
    ("RINA WIJAYA", "id", "Email untuk Rina Wijaya"),
    ("dr. andi setiawan, sp.pd", "id", "Email untuk dr. Andi Setiawan, Sp.PD"),
    ("Kepala HRD Budi", "en", "Email to Budi (Kepala HRD)"),
])
def test_the_heading_writes_the_name_as_a_letter_does(typed, lang, title):
    answer = make({"lang": lang, "name": "Rina Sari", "company": "Indomaret", "role": "Area Manager",
                   "interviewers": [{"name": typed, "topic": "operasional toko"}]})
    assert heading(answer["messages"][0], answer, texts_for(DraftTexts, lang)) == title


@pytest.mark.parametrize(("typed", "written"), [("kak dinda", "Kak Dinda"), ("bu sari", "Bu Sari"), ("pak budi santoso", "Pak Budi Santoso"),
                                                ("ir. bambang, m.t.", "Ir. Bambang, M.T."), ("Bapak/Ibu", "Bapak/Ibu")])
def test_a_typed_name_is_written_with_its_capitals(typed, written):
    assert written_name(typed) == written


@pytest.mark.parametrize(("typed", "degrees"), [("andi, s.kom", "S.Kom"), ("rina, s.e., m.m.", "S.E., M.M."), ("sari, sp.an", "Sp.An"),
                                                ("hendra, sp.tht-kl", "Sp.THT-KL"), ("budi, mba", "MBA"), ("togar, sp.og", "Sp.OG")])
def test_degrees_typed_in_small_letters_are_degrees(typed, degrees):
    assert parse_name(typed).degrees == degrees


@pytest.mark.parametrize(("lang", "typed", "said"), [
    ("id", "tes kraepelin", "tes Kraepelin"),
    ("id", "Tes Kraepelin dan Pauli", "tes Kraepelin dan Pauli"),
    ("id", "tes disc dan papi kostick", "tes DISC dan PAPI Kostick"),
    ("id", "PSIKOTES", "psikotes"),
    ("id", "tes toefl", "tes TOEFL"),
    ("en", "kraepelin test", "the Kraepelin test"),
    ("en", "tes kraepelin dan pauli", "the Kraepelin and Pauli tests"),
    ("en", "the disc test on Monday", "the DISC test on Monday"),
    ("en", "psikotes", "the psychometric test"),
])
def test_a_named_test_is_written_as_a_name(lang, typed, said):
    from thankyou.draft import fit
    assert fit(typed, lang, "Astra", kind="next_step").text == said


# "disc", "ist", "raven" are words too: alone they stay as typed.
@pytest.mark.parametrize(("lang", "typed"), [("en", "a herniated disc"), ("en", "the raven logo")])
def test_a_test_name_that_is_a_word_stays_a_word_alone(lang, typed):
    from thankyou.draft import proper_names
    assert proper_names(typed, lang) == typed


# "Dear Mr. Yusof," for "Ahmad bin Yusof": a Malay name has no family name; "bin"/"binti" says whose child, and
# whether the person is Bapak or Ibu.
@pytest.mark.parametrize(("typed", "lang", "register", "channel", "greeting"), [
    ("Ahmad bin Yusof", "en", "formal", "email", "Dear Mr. Ahmad,"),
    ("Fatimah Zahra binti Ismail", "en", "formal", "email", "Dear Ms. Fatimah Zahra,"),
    ("Fatimah Zahra binti Ismail", "id", "formal", "email", "Yth. Ibu Fatimah Zahra binti Ismail,"),
    ("Ahmad bin Yusof", "id", "semi_formal", "whatsapp", "Selamat siang, Pak Ahmad,"),
    ("Siti Aisyah bte Rahman", "id", "semi_formal", "whatsapp", "Selamat siang, Bu Siti Aisyah,"),
])
def test_a_name_with_bin_or_binti_is_called_by_its_own_part(typed, lang, register, channel, greeting):
    message = make({"lang": lang, "register": register, "channel": channel, "name": "Nadia", "company": "Petronas",
                    "role": "Engineer", "interviewers": [{"name": typed, "topic": "x"}]})["messages"][0]
    assert message["greeting"] == greeting
    assert "address" not in message["missing"]


# "Dear Professor Dea,": a degree in capitals after the comma is a degree, whichever it is; a post's word is not.
@pytest.mark.parametrize(("typed", "degrees"), [("Prof. Dr. Ir. H. Muhammad Nuh, DEA", "DEA"), ("Rina Wijaya, MPA", "MPA")])
def test_a_degree_in_capitals_after_the_comma_is_a_degree(typed, degrees):
    assert parse_name(typed).degrees == degrees


def test_a_person_named_like_a_word_of_the_company_is_still_a_person():
    message = make({"lang": "id", "name": "Rina", "company": "PT Budi Jaya", "role": "Staf",
                    "interviewers": [{"name": "Budi", "address": "bapak", "topic": "x"}]})["messages"][0]
    assert message["greeting"] == "Yth. Bapak Budi,"
