"""Round 31 of English drafts written by hand after the reviewer: the slips it fixed wrongly or missed and the real
words it took for slips, each pinned here with the rule that now decides it."""

from __future__ import annotations

import pytest
from conftest import needs_lists, review


def _english(sentence: str) -> str:
    return f"Dear Ms Lee,\n\nThank you for the interview yesterday. {sentence}\n\nBest regards,\nAna Putri"


def _misspellings(answer: dict) -> list[tuple[str, str]]:
    return [(item["excerpt"], item.get("replacement")) for item in answer["findings"] if item["code"] == "misspelling"]


# The first fix of the misspellings every list of common English slips names: an everyday word that keeps every sound
# of the slip and adds the one it lost goes before a rarer word one edit off that loses one ("definatly": "definitely",
# not "defiantly"), and a letter moved two places is weighed with the words one letter off ("tounge": "tongue", not
# "lounge").
COMMON_SLIPS = [
    ("definatly", "definitely"), ("definately", "definitely"), ("definetly", "definitely"), ("tounge", "tongue"),
    ("recieve", "receive"), ("occured", "occurred"), ("seperate", "separate"), ("accomodate", "accommodate"),
    ("goverment", "government"), ("untill", "until"), ("beleive", "believe"), ("acheive", "achieve"),
    ("truely", "truly"), ("begining", "beginning"), ("calender", "calendar"), ("collegue", "colleague"),
    ("comittee", "committee"), ("enviroment", "environment"), ("existance", "existence"), ("foriegn", "foreign"),
    ("freind", "friend"), ("grammer", "grammar"), ("independant", "independent"), ("knowlege", "knowledge"),
    ("liason", "liaison"), ("neccessary", "necessary"), ("noticable", "noticeable"), ("occassion", "occasion"),
    ("persistant", "persistent"), ("posession", "possession"), ("prefered", "preferred"), ("reccommend", "recommend"),
    ("refered", "referred"), ("relevent", "relevant"), ("responsability", "responsibility"), ("succesful", "successful"),
    ("tommorow", "tomorrow"), ("wierd", "weird"), ("thier", "their"), ("adress", "address"), ("buisness", "business"),
    ("commited", "committed"), ("embarass", "embarrass"), ("experiance", "experience"), ("managment", "management"),
    ("sincerly", "sincerely"), ("apreciate", "appreciate"), ("oportunity", "opportunity"), ("excelent", "excellent"),
    ("enthusiatic", "enthusiastic"), ("proffesional", "professional"), ("schedual", "schedule"), ("suprise", "surprise"),
    ("writting", "writing"), ("accross", "across"), ("aquire", "acquire"), ("arguement", "argument"),
    ("challange", "challenge"), ("immediatly", "immediately"), ("intrested", "interested"), ("lenght", "length"),
    ("maintainance", "maintenance"), ("similiar", "similar"), ("strenght", "strength"), ("sucess", "success"),
    ("togehter", "together"), ("absense", "absence"), ("acceptible", "acceptable"),
]


@needs_lists
@pytest.mark.parametrize(("slip", "fix"), COMMON_SLIPS)
def test_a_common_misspelling_gets_its_word_as_the_first_fix(real_lexicons, slip, fix) -> None:
    answer = review("en", "Thank you for the interview", _english(f"I {slip} noted it and the {slip} part too."),
                    {"interviewer": "Grace Lee"}, lexicons=real_lexicons)
    assert {item[1].lower() for item in _misspellings(answer)} == {fix}


# Real words of the trades the English list lacks (a roastery roasts coffee, a commis is a junior cook) are no slips; and
# an English word the list lacks is never "fixed" with its Indonesian spelling ("geospatial": "geospasial").
@needs_lists
@pytest.mark.parametrize("word", ["roastery", "patissier", "sommelier", "commis", "gastropub", "sonographer", "videography",
                                  "phlebotomist", "dietician", "mixologist", "arabica", "matcha", "geospatial", "telematics",
                                  "silviculture", "agroforestry", "kombucha", "franchisor", "agroindustry",
                                  "aeroponics", "agroecology", "petrophysics", "capex", "gamification", "esports",
                                  "putaway"])
def test_a_real_word_of_the_trades_is_no_misspelling(real_lexicons, word) -> None:
    answer = review("en", "Thank you for the interview", _english(f"I enjoyed our talk about {word} work and next year's plans."),
                    {"interviewer": "Grace Lee"}, lexicons=real_lexicons)
    assert _misspellings(answer) == []


# "bersyukur atas" carried over with an adverb: "I am greatfully for" is "grateful for" (not "gratefully"), spelt right
# or wrong; the adverb opening a sentence is right.
@needs_lists
@pytest.mark.parametrize(("sentence", "found"), [
    ("I am greatfully for the chance to meet the team.", [("am greatfully", "am grateful")]),
    ("I'm so gratefully for your time.", [("I'm so gratefully", "I'm so grateful")]),
    ("We are truly thankfully for the tour.", [("are truly thankfully", "are truly thankful")]),
    ("Gratefully, I accept the offer of a second interview.", []),
    ("Thankfully, the role is hybrid.", []),
])
def test_an_adverb_of_thanks_where_the_adjective_belongs(real_lexicons, sentence, found) -> None:
    answer = review("en", "Thank you for the interview", _english(sentence), {"interviewer": "Grace Lee"}, lexicons=real_lexicons)
    slips = [(item["excerpt"], item.get("replacement")) for item in answer["findings"] if item["code"] in ("phrase_slip", "misspelling")]
    assert slips == found


# A plural subject keeps its plural verb across a short clause or phrase; another clause's verb never passes for it.
@needs_lists
@pytest.mark.parametrize(("sentence", "found"), [
    ("The skills you described for the role is a good match for my background.",
     [("The skills you described for the role is", "The skills you described for the role are")]),
    ("My strengths in data analysis is what I can bring.", [("My strengths in data analysis is", "My strengths in data analysis are")]),
    ("The questions you asked me was challenging.", [("The questions you asked me was", "The questions you asked me were")]),
    ("The projects I led at my last company has taught me patience.",
     [("The projects I led at my last company has", "The projects I led at my last company have")]),
    ("The skills gap in the team is something I can help close.", []),
    ("The tools the team is building look impressive.", []),
    ("The notes from Monday show the role is a good fit.", []),
    ("The projects at work taught me it is worth checking twice.", []),
    ("The questions about how the team is organised were helpful.", []),
    ("The tasks you gave me were fun, and the role is exciting.", []),
])
def test_a_plural_subject_and_its_verb_across_the_words_between(real_lexicons, sentence, found) -> None:
    answer = review("en", "Thank you for the interview", _english(sentence), {"interviewer": "Grace Lee"}, lexicons=real_lexicons)
    assert [(item["excerpt"], item.get("replacement")) for item in answer["findings"] if item["code"] == "phrase_slip"] == found


# "Dear Mrs Susan," to Susan Halim: English puts a title before the family name, or greets the first name alone. Many
# Indonesian offices write "Ms. Rina": a tip, never a must-fix, and only when the context gives a family name.
@pytest.mark.parametrize(("greeting", "interviewer", "found"), [
    ("Dear Mrs Susan,", "Susan Halim", [("Mrs Susan", "tip")]),
    ("Hi Mr. John,", "John Smith", [("Mr. John", "tip")]),
    ("Dear Mrs. Halim,", "Susan Halim", []),
    ("Dear Ms Susan Halim,", "Susan Halim", []),
    ("Dear Mr. Budi,", "Budi", []),
    ("Dear Mr. Budi,", "", []),
])
def test_a_title_before_the_first_name_alone_is_a_tip(greeting, interviewer, found) -> None:
    body = f"{greeting}\n\nThank you for meeting me on Tuesday about the Analyst role.\n\nKind regards,\nRina"
    answer = review("en", "Thank you – Analyst interview", body, {"interviewer": interviewer, "role": "Analyst"})
    hits = [item for item in answer["findings"] if item["code"] == "title_given_name"]
    assert [(item["excerpt"], item["severity"]) for item in hits] == found
    if found:
        assert "Halim" in hits[0]["message"] or "Smith" in hits[0]["message"]


# Thanks and a wish in one closing line close the letter ("With thanks and kind regards,").
@pytest.mark.parametrize("closing", ["With thanks and kind regards,", "Many thanks and best wishes,", "Thank you and best regards,"])
def test_thanks_and_a_wish_in_one_line_is_a_closing(closing) -> None:
    body = f"Dear Ms Lee,\n\nThank you for the interview on Tuesday about the Analyst role.\n\n{closing}\nAna Putri"
    answer = review("en", "Thank you – Analyst interview", body, {"interviewer": "Grace Lee", "role": "Analyst"})
    assert [item["code"] for item in answer["findings"] if item["code"].startswith("closing")] == []


# A pronoun after "my" + a thing is the clause's own subject ("In my current role I prepare"), never the thing: no "-s".
@pytest.mark.parametrize(("sentence", "found"), [
    ("In my current role I prepare the monthly VAT returns.", []),
    ("In my last job they prepare reports every week.", []),
    ("My portfolio meet your expectations, I hope.", [("My portfolio meet", "My portfolio meets")]),
])
def test_a_pronoun_after_my_and_a_thing_is_its_own_subject(sentence, found) -> None:
    answer = review("en", "Thank you for the interview", _english(sentence), {"interviewer": "Grace Lee"})
    assert [(item["excerpt"], item.get("replacement")) for item in answer["findings"] if item["code"] == "phrase_slip"] == found


# A complaint about the interview itself, in a thank-you too ("you kept me waiting for 40 minutes"); a disappointment
# of one's own, or a wait one caused, is no complaint.
@pytest.mark.parametrize(("sentence", "found"), [
    ("You kept me waiting for an hour, but the talk was good.", ["You kept me waiting"]),
    ("I was disappointed by how you handled the test.", ["disappointed by how you"]),
    ("I was disappointed with my own answer on pricing, and I have thought about it since.", []),
    ("Sorry to have kept you waiting for my reply.", []),
])
def test_a_complaint_about_the_interview_is_a_finding_in_any_letter(sentence, found) -> None:
    answer = review("en", "Thank you for the interview", _english(sentence), {"interviewer": "Grace Lee"})
    assert [item["excerpt"] for item in answer["findings"] if item["code"] == "grievance"] == found


# The company's own name mistyped in the subject ("… interview at Tokopdia" to Tokopedia) is its spelling, not another
# company; and a typo a name's finding covers is told once, by that finding.
@needs_lists
def test_the_company_mistyped_is_told_once_as_its_spelling(real_lexicons) -> None:
    body = ("Dear Mr. Santoso,\n\nThank you for the interview on Friday about the Data Engineer role at Tokopdia. I enjoyed "
            "our talk about moving nightly batch jobs in Airflow to streaming.\n\nBest regards,\nKevin Halim")
    answer = review("en", "Thank you – Data Engineer interview at Tokopdia", body,
                    {"interviewer": "Budi Santoso", "company": "Tokopedia", "role": "Data Engineer"}, lexicons=real_lexicons)
    assert sorted((item["field"], item["code"], item.get("replacement")) for item in answer["findings"] if item["excerpt"] == "Tokopdia") == [
        ("body", "company_misspelled", "Tokopedia"), ("subject", "company_misspelled", "Tokopedia")]
