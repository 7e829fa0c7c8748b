"""Round 33a: greetings, names, posts, headings and addressees, read as an HR officer reads them."""

from __future__ import annotations

import pytest

from thankyou.api import handle
from thankyou.draft import heading, is_government_body, without_legal_form
from thankyou.texts import texts_for
from thankyou.texts.draft import DraftTexts


def first(request: dict) -> tuple[dict, str]:
    answer = handle({"op": "draft", "name": "Rina Sari", "role": "Analyst", **request})
    assert "error" not in answer, answer
    message = answer["messages"][0]
    return message, heading(message, answer, texts_for(DraftTexts, request["lang"]))


# "Email to Recruiter" over "Dear Recruiter at Bukalapak,": a recruiter no one named is the recruitment team, and
# the heading names whom the greeting names; so for any group greeted.
@pytest.mark.parametrize(("lang", "company", "typed", "greeting", "title"), [
    ("en", "Bukalapak", "Recruiter Bukalapak", "Dear Recruitment Team at Bukalapak,", "Email to the Recruitment Team at Bukalapak"),
    ("id", "Bukalapak", "Recruiter Bukalapak", "Yth. Tim Rekrutmen Bukalapak,", "Email untuk Tim Rekrutmen Bukalapak"),
    ("en", "Gojek", "Senior Recruiter", "Dear Recruitment Team at Gojek,", "Email to the Recruitment Team at Gojek"),
    ("en", "Dentsu", "Tim Kreatif", "Dear Creative Team at Dentsu,", "Email to the Creative Team at Dentsu"),
    ("en", "Shopee", "Interviewer", "Dear Hiring Team at Shopee,", "Email to the Hiring Team at Shopee"),
    ("id", "Shopee", "pewawancara", "Yth. Tim Rekrutmen Shopee,", "Email untuk Tim Rekrutmen Shopee"),
    ("id", "Kementerian Keuangan", "Recruiter", "Yth. Panitia Seleksi Kementerian Keuangan,",
     "Email untuk Panitia Seleksi Kementerian Keuangan"),
    ("id", "Kementerian Keuangan", "", "Yth. Panitia Seleksi Kementerian Keuangan,", "Email untuk Panitia Seleksi Kementerian Keuangan"),
    ("en", "Pemerintah Kota Surabaya", "", "Dear Selection Committee at Pemerintah Kota Surabaya,",
     "Email to the Selection Committee at Pemerintah Kota Surabaya"),
])
def test_a_group_is_greeted_and_headed_as_a_group(lang, company, typed, greeting, title):
    message, said = first({"lang": lang, "company": company, "interviewers": [{"name": typed}] if typed else []})
    assert message["greeting"] == greeting
    assert said == title
    assert message["to"]["name"] == ""  # no person's name for the page to ask about or the reviewer to look for


@pytest.mark.parametrize(("typed", "title", "named"), [
    ("Executive Chef Bara", "Executive Chef", "Bara"),
    ("Head Chef Arif", "Head Chef", "Arif"),
    ("Sous Chef Made Wirawan", "Sous Chef", "Made Wirawan"),
    ("Senior Recruiter Anita", "Senior Recruiter", "Anita"),
    ("Lead Engineer Yoga Pratama", "Lead Engineer", "Yoga Pratama"),
    ("Store Manager Dewi", "Store Manager", "Dewi"),
    ("VP Engineering Fajar Nugroho", "VP Engineering", "Fajar Nugroho"),
    ("Founder Dimas", "Founder", "Dimas"),
])
def test_a_run_of_post_words_before_a_name_is_the_title(typed, title, named):
    for lang, greeting in (("en", f"Dear {named},"), ("id", f"Yth. Bapak/Ibu {named},")):
        message, said = first({"lang": lang, "company": "Hotel Mulia", "interviewers": [{"name": typed}]})
        assert message["greeting"] == greeting
        assert message["to"]["title"] == title
        assert said.endswith(f"{named} ({title})")


@pytest.mark.parametrize("typed", ["Chef Juna", "Kepala Toko", "Manajer Area Budi"])
def test_a_head_alone_is_not_split_from_what_follows(typed):
    message, _ = first({"lang": "id", "company": "Ayana", "interviewers": [{"name": typed}]})
    assert message["to"]["title"] != typed.split()[0]


@pytest.mark.parametrize(("typed", "bare"), [
    ("PT Astra International Tbk", "Astra International"),
    ("PT Bank Rakyat Indonesia (Persero) Tbk", "Bank Rakyat Indonesia"),
    ("PT. Maju Jaya", "Maju Jaya"),
    ("Tokopedia", "Tokopedia"),
    ("PT", "PT"),
])
def test_a_company_without_its_legal_form(typed, bare):
    assert without_legal_form(typed) == bare


@pytest.mark.parametrize(("company", "role", "government"), [
    ("Kementerian Keuangan", "Analis", True), ("Kemenkes", "Dokter", True), ("BKN", "Analis SDM", True),
    ("Dinas Pendidikan Kota Bandung", "Guru", True), ("Pemprov DKI Jakarta", "Staf", True),
    ("Sekretariat Jenderal DPR RI", "Perancang", True), ("Pemerintah Kabupaten Sleman", "Staf", True),
    ("Rumah Sakit Umum Daerah", "CPNS Perawat", True), ("Puskesmas Sleman", "PPPK Bidan", True),
    ("PT Badan Jaya Abadi", "Admin", False), ("Bank Mandiri", "ODP", False), ("Kemenangan Motor", "Sales", False), ("Kemnaker RI", "Pengantar Kerja", True),
])
def test_a_government_body_is_told_by_its_name_or_selection(company, role, government):
    assert is_government_body(company, role) is government


@pytest.mark.parametrize(("lang", "channel", "register", "greeting"), [
    ("id", "whatsapp", "formal", "Selamat siang, Tim Rekrutmen Astra International,"),
    ("en", "whatsapp", "formal", "Dear Hiring Team at Astra International,"),
    ("id", "email", "semi_formal", "Selamat siang, Tim Rekrutmen Astra International,"),
    ("id", "email", "formal", "Yth. Tim Rekrutmen PT Astra International Tbk,"),
    ("en", "email", "formal", "Dear Hiring Team at PT Astra International Tbk,"),
])
def test_a_chat_greets_a_team_without_the_legal_form(lang, channel, register, greeting):
    message, _ = first({"lang": lang, "channel": channel, "register": register, "company": "PT Astra International Tbk",
                        "interviewers": []})
    assert message["greeting"] == greeting
