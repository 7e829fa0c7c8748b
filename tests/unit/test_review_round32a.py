"""Round 32a of English drafts written by hand after the reviewer: abbreviations typed in small letters (a tip to
write them in capitals, never a typo), "a"/"an" by the sound of a "u", and the verb of one thing "of" many; each
pinned here with the rule that now decides it."""

from __future__ import annotations

import pytest
from conftest import excerpts as _of, severe as _severe, needs_lists, review

from thankyou.review.tables import SEVERITY, SMALL_ACRONYMS


def _english(sentence: str) -> str:
    return f"Dear Ms Lee,\n\nThank you for the interview yesterday. {sentence}\n\nBest regards,\nAna Putri"


# ---- 1. Abbreviations in small letters: a tip, never a typo ------------------------------------------------------

SMALL = [
    ("I liked how you explained the kyc process.", "kyc", "KYC"),
    ("Your team keeps a tight sla for each ticket.", "sla", "SLA"),
    ("I track nps every month in my current role.", "nps", "NPS"),
    ("Each campaign maps to an okr for the quarter.", "okr", "OKR"),
    ("I kept the crm clean for the sales team.", "crm", "CRM"),
    ("My ui/ux background would help the app team.", "ui/ux", "UI/UX"),
    ("I know the b2b saas market well.", "b2b", "B2B"),
    ("I know the b2b saas market well.", "saas", "SaaS"),  # its written form, not "SAAS"
]


@needs_lists
@pytest.mark.parametrize(("sentence", "found", "fix"), SMALL, ids=[f"{found}" for _, found, _ in SMALL])
def test_an_abbreviation_in_small_letters_is_no_typo_but_a_capitals_tip(real_lexicons, sentence, found, fix):
    answer = review("en", "Thank you – Analyst interview", _english(sentence), {}, lexicons=real_lexicons)
    assert not [item for item in answer["findings"] if item["excerpt"] == found and item["severity"] == "must"]
    assert (found, fix) in _of(answer, "acronym_case")


def test_the_capitals_tip_is_a_tip():
    assert SEVERITY["acronym_case"] == "tip"


def test_no_listed_abbreviation_is_a_word_in_small_letters():
    # "pic", "sop", "api", "pm", "hr" are words too (a picture, soup, fire, the afternoon, an hour): never told to shout.
    assert not {"pic", "sop", "api", "pm", "hr", "am", "it", "ok", "sim", "ops"} & SMALL_ACRONYMS.keys()


@needs_lists
@pytest.mark.parametrize("word", ["hrbp", "pmp", "cpns"])
def test_a_short_word_the_lists_lack_with_no_vowel_is_no_typo(real_lexicons, word):
    answer = review("en", "Thank you – Analyst interview", _english(f"I passed the {word} exam last year."), {}, lexicons=real_lexicons)
    assert not _of(answer, "misspelling")


@needs_lists
@pytest.mark.parametrize(("slip", "fix"), [("thnk", "thank"), ("wrk", "work")])
def test_a_word_missing_its_vowel_is_still_a_typo(real_lexicons, slip, fix):
    answer = review("en", "Thank you – Analyst interview", _english(f"I {slip} hard every day."), {}, lexicons=real_lexicons)
    assert (slip, fix) in _of(answer, "misspelling")


@needs_lists
def test_an_abbreviation_opening_a_sentence_takes_all_its_capitals(real_lexicons):
    answer = review("en", "Thank you – Analyst interview", _english("kyc checks took a week at my last job."), {}, lexicons=real_lexicons)
    assert ("kyc", "KYC") in _of(answer, "capital_start")
    assert not _of(answer, "acronym_case")  # told once


@needs_lists
@pytest.mark.parametrize("sentence", [
    "You can reach me at kyc@bank.co.id as well.", "The portal at crm.example.com was new to me.",
    "I read the report.html file you shared.",
])
def test_an_address_or_a_file_name_is_left_as_typed(real_lexicons, sentence):
    answer = review("en", "Thank you – Analyst interview", _english(sentence), {}, lexicons=real_lexicons)
    assert not _of(answer, "acronym_case", "misspelling")


# ---- 2. "a" or "an" by sound --------------------------------------------------------------------------------------

A_AN_SLIPS = [
    ("I have worked as a upholsterer for six years.", "a upholsterer", "an upholsterer"),
    ("It was a unusual path into design.", "a unusual", "an unusual"),
    ("I forgot to bring a umbrella to the office.", "a umbrella", "an umbrella"),
    ("It was a urgent request from the client.", "a urgent", "an urgent"),
    ("I sent a update to the team.", "a update", "an update"),
    ("We talked for a hour about the role.", "a hour", "an hour"),
    ("I am a honest worker.", "a honest", "an honest"),
    ("It was an useful talk.", "an useful", "a useful"),
    ("It is an utility company.", "an utility", "a utility"),
]


@needs_lists
@pytest.mark.parametrize(("sentence", "found", "fix"), A_AN_SLIPS, ids=[found for _, found, _ in A_AN_SLIPS])
def test_a_or_an_goes_by_the_sound_of_the_next_word(real_lexicons, sentence, found, fix):
    answer = review("en", "Thank you – Analyst interview", _english(sentence), {}, lexicons=real_lexicons)
    assert (found, fix) in _of(answer, "phrase_slip")


A_AN_RIGHT = [
    "I studied at a university in Bandung.", "I was a user of your app long before I applied.",
    "It was a unique chance to meet the team.", "I have worked with a European client.",
    "I joined a one-day workshop last month.", "We talked for an hour.", "It was an honest conversation.",
    "I hope to be a useful member of a unified team.", "It was a unanimous decision.", "I am a usual customer.",
    "The union is a uniform one.", "I worked as a ux writer and a ui designer.", "It was an unusual and an upbeat day.",
    "I studied in a small town until I was ten.",
]


@needs_lists
@pytest.mark.parametrize("sentence", A_AN_RIGHT)
def test_a_or_an_said_right_is_left_alone(real_lexicons, sentence):
    answer = review("en", "Thank you – Analyst interview", _english(sentence), {}, lexicons=real_lexicons)
    assert not [item for item in _of(answer, "phrase_slip") if item[0].lower().startswith(("a ", "an "))]


# ---- 3. One thing "of" many keeps the verb of one -----------------------------------------------------------------

AGREEMENT_SLIPS = [
    ("The list of tasks are clear to me.", "The list of tasks are", "The list of tasks is"),
    ("Each of the candidates have a fair chance.", "Each of the candidates have", "Each of the candidates has"),
    ("One of the things that stood out were your team culture.", "One of the things that stood out were",
     "One of the things that stood out was"),
    ("The quality of the questions were high.", "The quality of the questions were", "The quality of the questions was"),
    ("The head of sales have been kind to me.", "The head of sales have", "The head of sales has"),
    ("One of the tools we use are Jira.", "One of the tools we use are", "One of the tools we use is"),
    ("Each of them are strong.", "Each of them are", "Each of them is"),
    ("The list of tasks for the role are clear.", "The list of tasks for the role are", "The list of tasks for the role is"),
]


@needs_lists
@pytest.mark.parametrize(("sentence", "found", "fix"), AGREEMENT_SLIPS, ids=[found for _, found, _ in AGREEMENT_SLIPS])
def test_one_thing_of_many_keeps_the_verb_of_one(real_lexicons, sentence, found, fix):
    answer = review("en", "Thank you – Analyst interview", _english(sentence), {}, lexicons=real_lexicons)
    assert (found, fix) in _of(answer, "phrase_slip")


AGREEMENT_RIGHT = [
    "A number of candidates are strong.", "The majority of the team are remote.", "The majority of candidates are local.",
    "The rest of the candidates are strong.", "The kind of questions were fair.", "The people of the villages are kind.",
    "One of the candidates who were shortlisted was my friend.", "It is one of the things that I think are important.",
    "One of the skills I believe are needed is patience.", "Some of the tasks are new.", "Most of the candidates were local.",
    "The three of us were there.", "Both of them are kind.", "Many of the projects are new.",
    "The number of applicants is large.", "The list of tasks is long.", "The members of the panel were kind.",
]


@needs_lists
@pytest.mark.parametrize("sentence", AGREEMENT_RIGHT)
def test_many_of_many_or_a_group_counted_as_its_members_is_left_alone(real_lexicons, sentence):
    answer = review("en", "Thank you – Analyst interview", _english(sentence), {}, lexicons=real_lexicons)
    assert not _of(answer, "phrase_slip")


# ---- Found while reading this round's drafts -----------------------------------------------------------------------

MORE_SLIPS = [
    ("Until now I have not receive any information.", "I have not receive", "I have not received"),
    ("We haven't hear anything since.", "We haven't hear", "We haven't heard"),
    ("I am really enjoy the discussion.", "I am really enjoy", "I really enjoy"),
    ("I was very enjoy the discussion.", "I was very enjoy", "I really enjoyed"),
    ("I cant wait to start.", "I cant", "I can't"),
    ("I am familiar to Go and Kubernetes.", "I am familiar to", "I am familiar with"),
    ("I already send the documents last week.", "I already send", "I already sent"),
    ("I already accept the other offer.", "I already accept", "I already accepted"),
    ("Two weeks on, I still not get any news.", "I still not get", "I still have not received"),
    ("I was responsible to make the user requirements.", "was responsible to make", "was responsible for making"),
]


@needs_lists
@pytest.mark.parametrize(("sentence", "found", "fix"), MORE_SLIPS, ids=[found for _, found, _ in MORE_SLIPS])
def test_grammar_slips_found_in_this_rounds_drafts(real_lexicons, sentence, found, fix):
    answer = review("en", "Thank you – Analyst interview", _english(sentence), {}, lexicons=real_lexicons)
    assert (found, fix) in _of(answer, "phrase_slip")


@needs_lists
@pytest.mark.parametrize(("sentence", "found"), [
    ("I would accept, but another company already offered me more.", "another company already offered"),
    ("Hope to hear from you asap.", "hear from you asap"),
])
def test_pressure_found_in_this_rounds_drafts(real_lexicons, sentence, found):
    answer = review("en", "Thank you – Analyst interview", _english(sentence), {}, lexicons=real_lexicons)
    assert found in [excerpt for excerpt, _ in _of(answer, "pressure")]


@needs_lists
def test_looking_forward_to_hearing_from_you_is_no_pressure(real_lexicons):
    answer = review("en", "Thank you – Analyst interview", _english("I look forward to hearing from you soon."), {}, lexicons=real_lexicons)
    assert not _of(answer, "pressure")


@needs_lists
@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "I have attached my CV."), ("en", "I attached my CV. Please let me know if you need more."),
    ("id", "Saya lampirkan CV."),
])
def test_a_cv_ending_a_paragraph_names_no_company(real_lexicons, lang, sentence):
    # "... my CV.\n\nBest regards": "CV" is the document, and "Best" no company after a legal form.
    body = (_english(sentence) if lang == "en" else
            f"Yth. Ibu Lee,\n\nTerima kasih atas wawancara kemarin. {sentence}\n\nHormat saya,\nAna Putri")
    answer = review(lang, "Thank you – Analyst interview", body, {"company": "Grab"}, lexicons=real_lexicons)
    assert not _of(answer, "company_other")


@needs_lists
def test_the_interview_at_another_company_is_a_copied_name(real_lexicons):
    body = "Hi Kevin,\n\nThanks for the interview at Tokopedia yesterday. I enjoyed the talk about payments at Xendit.\n\nBest,\nHendra"
    answer = review("en", "Thank you – Engineer interview", body, {"company": "Xendit", "interviewer": "Kevin Tan"}, lexicons=real_lexicons)
    assert ("Tokopedia", "Xendit") in _of(answer, "company_other")


@needs_lists
@pytest.mark.parametrize(("sentence", "found", "fix"), [
    ("The students was very active.", "The students was", "The students were"),
    ("In the interview, the questions is hard to forget.", "the questions is", "the questions are"),
    ("My tasks has changed.", "My tasks has", "My tasks have"),
])
def test_a_plural_right_before_its_verb_takes_the_verb_of_many(real_lexicons, sentence, found, fix):
    answer = review("en", "Thank you – Analyst interview", _english(sentence), {}, lexicons=real_lexicons)
    assert (found, fix) in _of(answer, "phrase_slip")


@needs_lists
@pytest.mark.parametrize("sentence", [
    "The news was welcome.", "The analysis is done.", "The last two weeks have been busy.", "The bus was late.",
    "The logistics team was great.", "The students' work was good.", "Our sales were up 20%.", "The diabetes is under control.",
])
def test_a_word_in_s_that_is_no_plural_keeps_its_verb(real_lexicons, sentence):
    answer = review("en", "Thank you – Analyst interview", _english(sentence), {}, lexicons=real_lexicons)
    assert not _of(answer, "phrase_slip")


@needs_lists
def test_why_is_it_taking_so_long_is_a_reproach(real_lexicons):
    body = ("Dear Ms Lee,\n\nI am writing to follow up on my interview two weeks ago for the Analyst role. I have not heard "
            "anything since. Why is it taking so long?\n\nBest regards,\nAna Putri")
    answer = review("en", "Follow-up – Analyst", body, {}, lexicons=real_lexicons)
    assert "Why is it taking so long" in [excerpt for excerpt, _ in _of(answer, "reproach")]


@needs_lists
@pytest.mark.parametrize("sentence", [
    "Thank you again for the interview at Grab's office.", "I enjoyed the interview at Pacific Place.",
    "I enjoyed the interview at Jalan Sudirman.", "I would love to join Grab's team.",
])
def test_the_company_with_its_possessive_or_a_venue_is_no_other_company(real_lexicons, sentence):
    answer = review("en", "Thank you – Analyst interview", _english(sentence), {"company": "Grab"}, lexicons=real_lexicons)
    assert not _of(answer, "company_other")


@needs_lists
def test_a_small_letter_abbreviation_after_a_keeps_a(real_lexicons):
    answer = review("en", "Thank you – Analyst interview", _english("My shop is a umkm in Bogor."), {}, lexicons=real_lexicons)
    assert not [item for item in _of(answer, "phrase_slip") if item[0].startswith("a ")]


@needs_lists
@pytest.mark.parametrize("sentence", ["I have complete confidence in the team.", "I have sign language skills."])
def test_have_before_an_adjective_or_a_noun_is_no_bare_verb(real_lexicons, sentence):
    answer = review("en", "Thank you – Analyst interview", _english(sentence), {}, lexicons=real_lexicons)
    assert not _of(answer, "phrase_slip")


@needs_lists
@pytest.mark.parametrize("sentence", ["The name is familiar to me.", "I was responsible to the CFO.",
                                      "I already accept that it takes time."])
def test_familiar_to_a_person_and_responsible_to_a_manager_are_right(real_lexicons, sentence):
    answer = review("en", "Thank you – Analyst interview", _english(sentence), {}, lexicons=real_lexicons)
    assert not _of(answer, "phrase_slip")
