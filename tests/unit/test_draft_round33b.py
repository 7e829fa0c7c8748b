"""Round 33b: the generator's bodies, read as a recruiter reads them (phrases typed in the other language,
a strength with its own subject, a topic told by the reader, times, run-ons). The corpus
``corpus/draft_situations_round33b.json`` holds the situations; these pin the rules beneath them."""

from __future__ import annotations

import pytest

from thankyou.api import handle
from thankyou.phrasing import fit_phrase

EN = {"lang": "en", "name": "Nabila Putri", "company": "Kalbe Farma", "role": "Data Analyst", "interview_date": "2026-11-30",
      "interviewers": [{"name": "Ferry Tan", "address": "mr", "topic": "the pharmacy sales dashboard"}]}
ID = {**EN, "lang": "id", "interviewers": [{"name": "Ferry Tan", "address": "bapak", "topic": "dashboard penjualan apotek"}]}


# A short phrase in the other language said one grammar word the other language never borrows ("dan",
# "karena", "and", "because"), or one Indonesian noun of an unmistakable shape: the page asks for it in the
# message's language, never "What draws me to this position is karena dekat rumah."
@pytest.mark.parametrize(("base", "field", "typed"), [
    (EN, "why", "karena dekat rumah"),
    (EN, "strength", "SQL dan Python"),
    (EN, "strength", "pengelolaan arsip digital"),
    (EN, "forgot", "sertifikat K3 untuk gudang"),
    (ID, "strength", "teamwork and leadership"),
    (ID, "why", "because the company is growing"),
    (ID, "strength", "I have 3 years in retail"),
])
def test_a_short_phrase_in_the_other_language_is_asked_for(base, field, typed):
    answer = handle({"op": "draft", **base, field: typed})
    assert answer.get("error", {}).get("code") == "other_language", answer
    assert answer["error"]["field"] == field


# Loans are how Indonesian offices speak: an English noun phrase, with its article or its "of"/"from", stays;
# so do product names in an English message, and a next round (quoted as typed, flagged when mixed).
@pytest.mark.parametrize(("base", "field", "typed"), [
    (ID, "strength", "pengalaman employer branding dan talent acquisition"),
    (ID, "topic", "the onboarding plan"),
    (ID, "topic", "proof of concept untuk chatbot"),
    (ID, "strength", "work from home"),
    (EN, "strength", "SQL and Python"),
    (EN, "topic", "Bank Rakyat Indonesia's digital onboarding"),
    (EN, "next_step", "interview dengan direktur"),
])
def test_loans_and_names_stay(base, field, typed):
    request = {**base}
    if field == "topic":
        request["interviewers"] = [{**base["interviewers"][0], "topic": typed}]
    else:
        request[field] = typed
    answer = handle({"op": "draft", **request})
    assert "error" not in answer, answer


@pytest.mark.parametrize(("lang", "typed"), [
    ("en", "Ahmed and I built the ERP"),
    ("en", "my manager and I rolled out SAP to 12 plants"),
    ("id", "Budi dan saya membangun ERP"),
    ("id", "tim saya dan saya berhasil menurunkan biaya 20%"),
])
def test_a_strength_with_a_subject_of_two_is_a_clause(lang, typed):
    assert fit_phrase(typed, lang, person=True).kind == "clause"


@pytest.mark.parametrize(("lang", "typed"), [
    ("en", "SQL and Python"),
    ("en", "teamwork and I"),
    ("id", "SQL dan Python"),
])
def test_a_list_is_no_clause(lang, typed):
    assert fit_phrase(typed, lang, person=True).kind != "clause"


@pytest.mark.parametrize(("lang", "typed", "fitted"), [
    ("id", "saya cerita pengalaman membangun dashboard", "pengalaman saya membangun dashboard"),
    ("id", "saya cerita pengalaman magang di BCA", "pengalaman magang saya di BCA"),
    ("id", "saya menceritakan tugas akhir tentang harga obat", "tugas akhir saya tentang harga obat"),
    ("id", "Saya menjelaskan cara saya mengatur stok", "cara saya mengatur stok"),
    ("id", "saya cerita pengalaman saya di Grab", "pengalaman saya di Grab"),
    ("id", "kami membahas pengalaman tim", "pengalaman tim"),
    # a project the reader explained may be the company's: no owner is invented for it
    ("id", "saya menjelaskan proyek penyaluran KUR di Klaten", "proyek penyaluran KUR di Klaten"),
    ("en", "I explained the micro-loan project", "the micro-loan project"),
    ("en", "I talked about experience building dashboards", "my experience building dashboards"),
    ("en", "I explained my thesis", "my thesis"),
])
def test_a_topic_the_reader_told_keeps_whose_it_is(lang, typed, fitted):
    assert fit_phrase(typed, lang, kind="topic").text == fitted


@pytest.mark.parametrize(("lang", "typed", "fitted"), [
    ("id", "wawancara user hari Senin pukul 7.30", "wawancara user hari Senin pukul 07.30"),
    ("id", "wawancara user hari Senin jam 9:15 WIB", "wawancara user hari Senin pukul 09.15 WIB"),
    ("id", "wawancara hari Senin jam 2.30pm", "wawancara hari Senin pukul 14.30"),
    ("en", "final interview on Monday at 7.30am", "the final interview on Monday at 7:30 a.m."),
    ("en", "final interview on Monday at 2.30 PM", "the final interview on Monday at 2:30 p.m."),
    ("en", "final interview on Monday at 2:30 pm", "the final interview on Monday at 2:30 pm"),
    ("en", "final interview on Monday at 10am", "the final interview on Monday at 10am"),  # English as typed
    # a round named as a group discussion or an assessment centre is one, with its article
    ("en", "group discussion on Thursday at 8.15am", "the group discussion on Thursday at 8:15 a.m."),
    ("en", "assessment centre on Friday", "the assessment centre on Friday"),
])
def test_a_time_is_written_in_the_message_style(lang, typed, fitted):
    assert fit_phrase(typed, lang, kind="next_step").text == fitted


@pytest.mark.parametrize(("lang", "typed", "fitted"), [
    ("en", "the pharmacy sales dashboard; also my thesis on drug pricing", "the pharmacy sales dashboard and my thesis on drug pricing"),
    ("en", "the pharmacy sales dashboard. Also my thesis", "the pharmacy sales dashboard and my thesis"),
    ("en", "the sales dashboard; also I showed my portfolio", "the sales dashboard"),
    ("id", "dashboard penjualan apotek; juga skripsi saya", "dashboard penjualan apotek dan skripsi saya"),
    ("id", "dashboard penjualan; dan juga saya menunjukkan portofolio", "dashboard penjualan"),
    ("id", "SEO; iklan berbayar", "SEO dan iklan berbayar"),
])
def test_a_run_on_topic_is_a_list_or_its_first_part(lang, typed, fitted):
    assert fit_phrase(typed, lang, kind="topic").text == fitted
