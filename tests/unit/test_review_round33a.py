"""Round 33a of English drafts written by hand after the reviewer: the full stop of a legal form ("CV.", "PT.", "Tbk.")
that does not end a sentence, Indonesian turns carried into English ("join with Kalbe Farma", "give a contribution for",
"any information you needed"), good news presumed, a bare verb after a time gone by, and a subject in headline capitals;
each pinned here with the rule that now decides it."""

from __future__ import annotations

import pytest
from conftest import excerpts as _of, severe as _severe, needs_lists, review

from thankyou.review.draft import ends_with_abbreviation, sentences_of, Span
from thankyou.review.tables import SEVERITY


def _english(sentence: str, subject: str = "Thank you – Data Analyst interview") -> dict:
    return {"subject": subject,
            "body": ("Dear Ms Lee,\n\nThank you for the interview yesterday. I enjoyed hearing how your team builds the weekly "
                     f"seller dashboards and checks each number with the finance team. It sounds like careful work. {sentence}\n\nBest regards,\nAna Putri"),
            "context": {"interviewer": "Linda Lee", "company": "Tokopedia", "role": "Data Analyst"}}


def _run(letter: dict, lexicons) -> dict:
    return review("en", letter["subject"], letter["body"], letter["context"], lexicons=lexicons)


# ---- 1. A legal form's full stop does not cut the sentence ------------------------------------------------------

PAST_EMPLOYERS = [
    "I worked at CV. Maju Jaya for two years as a data analyst.",
    "I worked at PT. Sinar Mas for two years before my current role.",
    "My internship at PT. Sinar Mas Tbk. in Jakarta taught me SQL.",
    "Before this I spent three years at UD. Sumber Rejeki keeping the books.",
]


@needs_lists
@pytest.mark.parametrize("sentence", PAST_EMPLOYERS)
def test_a_past_employer_after_a_legal_form_with_a_full_stop_is_no_other_company(real_lexicons, sentence):
    assert _of(_run(_english(sentence), real_lexicons), "company_other") == []


@needs_lists
def test_another_company_where_the_reader_would_work_is_still_found(real_lexicons):
    answer = _run(_english("I would love to join CV. Maju Jaya and help the data team."), real_lexicons)
    assert _of(answer, "company_other") == [("Maju Jaya", None)]


def test_a_closing_abbreviation_ends_a_sentence_only_before_a_capital():
    text = "I worked at PT Astra Tbk. in Jakarta. I liked it, etc. Now I am here."
    found = [span.text(text) for span in sentences_of(text, Span(0, len(text)))]
    assert found == ["I worked at PT Astra Tbk. in Jakarta.", "I liked it, etc.", "Now I am here."]
    assert ends_with_abbreviation("at CV. Maju", 5) and not ends_with_abbreviation("Astra Tbk. Now", 9)


# ---- 2. Indonesian turns carried into English ------------------------------------------------------------------

SLIPS = [
    ("I am excited to join with Kalbe Farma next month.", "join with", "join"),
    ("I look forward to joining with PT Astra as an analyst.", "joining with", "joining"),
    ("I believe I can give a positive contribution for the team.", "give a positive contribution for",
     "make a positive contribution to"),
    ("I am sure I can give big contribution to your company.", "give big contribution to", "make a big contribution to"),
    ("I want to give an important contribution for the team.", "give an important contribution for",
     "make an important contribution to"),
    ("I hope my skills in SQL can give important contribution to the team.", "give important contribution to",
     "make an important contribution to"),
    ("If there is any information you needed please contact me.", "there is any information you needed",
     "there is any information you need"),
    ("Is there anything else you needed from me?", "Is there anything else you needed", "Is there anything else you need"),
    ("If you needed any further documents, please let me know.", "If you needed any", "If you need any"),
    ("Thank you again for the interview in yesterday.", "in yesterday", "yesterday"),
    ("I also enjoyed the call on last Friday.", "on last Friday", "last Friday"),
]


@needs_lists
@pytest.mark.parametrize(("sentence", "found", "fix"), SLIPS, ids=[found for _, found, _ in SLIPS])
def test_an_indonesian_turn_in_english_is_a_phrase_slip_with_its_fix(real_lexicons, sentence, found, fix):
    assert (found, fix) in _of(_run(_english(sentence), real_lexicons), "phrase_slip")


RIGHT = [
    "I would love to join the team at Tokopedia and make a real contribution to the data work.",
    "I would be glad to join Tokopedia and contribute to the new reporting work.",
    "If you need anything else from me, please let me know.",
    "The dashboard you needed last quarter sounded like a big project.",
    "Your team gave me a clear picture of the contribution each analyst makes.",
    "At last, Friday's call gave me the answers I wanted.",
    "I was happy to hear the good news about your Series B round.",
]


@needs_lists
@pytest.mark.parametrize("sentence", RIGHT)
def test_the_right_forms_stay_clean(real_lexicons, sentence):
    assert _severe(_run(_english(sentence), real_lexicons)) == []


# ---- 3. Good news presumed ------------------------------------------------------------------------------------

PRESUMED = [
    ("I hope I can hear the good news from you soon.", "hope I can hear the good news"),
    ("I am waiting for the good news from you.", "waiting for the good news"),
    ("I look forward to hearing the good news.", "look forward to hearing the good news"),
    ("Hoping to receive positive news from you.", "Hoping to receive positive news"),
]


@needs_lists
@pytest.mark.parametrize(("sentence", "found"), PRESUMED)
def test_their_answer_presumed_to_be_yes_is_a_pleading_tone(real_lexicons, sentence, found):
    assert (found, None) in _of(_run(_english(sentence), real_lexicons), "desperate")


# ---- 4. A bare verb after a time gone by ------------------------------------------------------------------------

TENSES = [
    ("I already interview on 3 November with your HR team.", "I already interview", "I already interviewed"),
    ("Yesterday I learn a lot about your data stack.", "Yesterday I learn", "Yesterday I learned"),
    ("Last week we meet your HR team in Jakarta.", "Last week we meet", "Last week we met"),
    ("Two days ago I receive the test from Ms. Tan.", "Two days ago I receive", "Two days ago I received"),
    ("Yesterday, I also have a call with the HR team.", "Yesterday, I also have", "Yesterday, I also had"),
]


@needs_lists
@pytest.mark.parametrize(("sentence", "found", "fix"), TENSES, ids=[found for _, found, _ in TENSES])
def test_a_bare_verb_after_a_time_gone_by_takes_the_past(real_lexicons, sentence, found, fix):
    assert (found, fix) in _of(_run(_english(sentence), real_lexicons), "phrase_slip")


STILL_PRESENT = [
    "I already know SQL and Python well.",
    "I already have a portfolio of dashboards.",
    "Since last week I have been reading about your pricing work.",
    "Yesterday I learned a lot about your data stack.",
    "Since yesterday I have a much clearer picture of the role.",
]


@needs_lists
@pytest.mark.parametrize("sentence", STILL_PRESENT)
def test_a_present_that_is_meant_is_left(real_lexicons, sentence):
    assert _severe(_run(_english(sentence), real_lexicons)) == []


# ---- 5. A subject in headline capitals --------------------------------------------------------------------------

def test_a_title_case_subject_is_a_tip_with_its_sentence_case():
    assert SEVERITY["subject_title_case"] == "tip"


TITLE_CASED = [
    ("Thank You For The Interview For The Data Analyst Position", "Thank you for the interview for the Data Analyst position"),
    ("Thank You For Your Time, Ms. Lee", "Thank you for your time, Ms. Lee"),
    ("Follow Up On The Interview Result", "Follow up on the interview result"),
]


@needs_lists
@pytest.mark.parametrize(("subject", "fix"), TITLE_CASED)
def test_a_subject_in_headline_capitals_gets_its_sentence_case(real_lexicons, subject, fix):
    assert _of(_run(_english("I enjoyed the SQL case study.", subject), real_lexicons), "subject_title_case") == [(subject, fix)]


SENTENCE_CASED = [
    "Thank you – Data Analyst interview",
    "Thank you – Data Analyst interview at Bank BCA",
    "Thank You – Head of Customer Experience Interview",  # one small word capitalised: it may all be a name
    "Thank you for the interview, Ms. Lee",
    "Data Analyst Interview – Ana Putri",
]


@needs_lists
@pytest.mark.parametrize("subject", SENTENCE_CASED)
def test_a_subject_with_only_names_capitalised_gets_no_tip(real_lexicons, subject):
    assert _of(_run(_english("I enjoyed the SQL case study.", subject), real_lexicons), "subject_title_case") == []
