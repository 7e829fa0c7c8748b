"""Drafts written after the reviewer, by hand, in the styles job seekers send (a SAP consultant's letter with a past
employer in it, a hotel clerk's "Om Swastiastu", a Javanese "Matur nuwun sanget", a DevOps engineer's "post-mortem",
an Indonesian English with "It was great experience" and "I am very appreciate"). Of 141 such drafts (76 correct, 65
flawed; 2026-11-30), the ones the reviewer once got wrong are kept here: a false alarm on a correct letter ("PT Indofood" where the reader worked before
read as a copied email's company, "PT KAI" for PT Kereta Api Indonesia, "dsb." and "post-mortem" read as typos), or a
slip it missed or fixed wrongly ("memebantu", "a asset", "diemail" said of the person who got the email).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import needs_lists, review

from thankyou.api import handle


def must(answer: dict) -> list[tuple[str, str]]:
    return [(item["code"], item["excerpt"]) for item in answer["findings"] if item["severity"] == "must"]


# Another company named in a correct letter: where the reader worked or studied, or the company by its initials.
COMPANY_IS_RIGHT = [
    pytest.param("id", "Terima kasih atas wawancara posisi SAP Consultant",
                 "Yth. Bapak Rudi Christiana,\n\nDengan hormat,\n\nTerima kasih atas waktu yang Bapak berikan dalam wawancara "
                 "kemarin untuk posisi SAP Consultant. Penjelasan Bapak mengenai rencana migrasi dari SAP ECC ke SAP S/4HANA "
                 "pada kuartal depan sangat menarik bagi saya, terutama modul FI/CO dan integrasinya dengan Power BI.\n\n"
                 "Pengalaman saya selama tiga tahun menangani implementasi modul MM dan SD di PT Indofood semoga dapat berguna "
                 "bagi tim Bapak.\n\nHormat saya,\nAndika Pratama, S.Kom.\n",
                 {"interviewer": "Rudi Christiana", "company": "PT Wahana Data Nusantara", "role": "SAP Consultant"},
                 id="past-employer-id"),
    pytest.param("en", "Thank you – Mechanical Engineer interview",
                 "Dear Mr. Lee,\n\nThank you for showing me around the Batam shipyard on Tuesday. Seeing the hull welding "
                 "inspection in person helped me understand the quality standards your team holds to.\n\nMy internship at PT PAL "
                 "in Surabaya gave me a good base in ship structure drawings, and I would be glad to build on it with you.\n\n"
                 "Kind regards,\nRaditya Pramana\n",
                 {"interviewer": "Kevin Lee", "company": "Sembcorp Marine", "role": "Mechanical Engineer"},
                 id="internship-en"),
    pytest.param("id", "Terima kasih - Wawancara Staf Administrasi",
                 "Yth. Ibu Rahmawati,\n\nDengan hormat,\n\nMelalui surel ini, saya ingin menyampaikan terima kasih atas "
                 "kesempatan wawancara posisi Staf Administrasi di PT Kereta Api Indonesia (Persero) pada hari Senin lalu. "
                 "Penjelasan Ibu tentang alur pengarsipan dokumen dan sistem e-office sangat membantu.\n\n"
                 "Saya berharap dapat menjadi bagian dari PT KAI.\n\nHormat saya,\nAhmad Fauzi\n",
                 {"interviewer": "Rahmawati", "company": "PT Kereta Api Indonesia (Persero)", "role": "Staf Administrasi"},
                 id="initials"),
]


@pytest.mark.parametrize(("lang", "subject", "body", "context"), COMPANY_IS_RIGHT)
def test_a_past_employer_or_the_company_by_its_initials_is_no_other_company(lang, subject, body, context) -> None:
    answer = review(lang, subject, body, context)
    assert [item["excerpt"] for item in answer["findings"] if item["code"] == "company_other"] == []


def test_a_copied_company_is_still_found_beside_a_past_employer() -> None:
    body = ("Yth. Ibu Sinta,\n\nTerima kasih atas wawancara kemarin. Pengalaman saya di PT Indofood sebagai staf gudang "
            "semoga berguna, dan saya ingin bergabung dengan PT Mayora Indah.\n\nHormat saya,\nRudi\n")
    answer = review("id", "Terima kasih – Staf Gudang", body, {"interviewer": "Sinta", "company": "PT Nestle Indonesia"})
    assert [item["excerpt"] for item in answer["findings"] if item["code"] == "company_other"] == ["PT Mayora Indah"]


def test_a_sentence_in_capitals_names_no_company_by_its_capitals() -> None:
    body = ("DEAR MR. WIJAYA,\n\nTHANK YOU SO MUCH FOR THE INTERVIEW YESTERDAY. I REALLY ENJOYED LEARNING ABOUT THE "
            "ACCOUNTING TEAM AT BCA AND I HOPE TO JOIN SOON.\n\nREGARDS,\nTONI")
    answer = review("en", "THANK YOU FOR THE INTERVIEW", body, {"interviewer": "Hendra Wijaya", "company": "BCA"})
    assert [item["excerpt"] for item in answer["findings"] if item["code"] == "company_other"] == []
    assert any(item["kind"] == "all_caps" for item in answer["findings"])


# Slips found without the word lists: each with its fix, where it stands.
SLIPS = [
    ("en", "Dear Mr. Hadi,\n\nThanks for your time yesterday. It was great experience to learn about your data platform.\n\n"
           "Best regards,\nAndi", "It was great experience", "It was a great experience"),
    ("en", "Dear Ms. Kusuma,\n\nThank you for the interview. It was such wonderful experience to meet the team.\n\n"
           "Best regards,\nLina", "It was such wonderful experience", "It was such a wonderful experience"),
    ("en", "Dear Ms. Kusuma,\n\nThank you for yesterday interview for the HR Generalist position.\n\nBest regards,\nLina",
     "yesterday interview", "yesterday's interview"),
    ("en", "Dear Ms. Kusuma,\n\nI am very appreciate the time you spent explaining the company culture.\n\nBest regards,\nLina",
     "I am very appreciate", "I really appreciate"),
    ("en", "Dear Ms. Kusuma,\n\nI very appreciate your explanation of the payroll cycle.\n\nBest regards,\nLina",
     "I very appreciate", "I really appreciate"),
    ("en", "Dear Mr. Wijaya,\n\nThank you for the interview. I enjoy to learn about your finance team.\n\nBest regards,\nHendra",
     "enjoy to learn", "enjoy learning"),
    ("en", "Dear Mrs. Siti,\n\nI am sure I can be a asset to the ICU team at Siloam.\n\nRegards,\nMaria", "a asset", "an asset"),
    # "a" and "an" go by the sound: a silent "h", letters said one by one, a "u" or "eu" said "you".
    ("en", "Dear Ms. Tan,\n\nIt was a honour to meet the audit team.\n\nRegards,\nMaria", "a honour", "an honour"),
    ("en", "Dear Ms. Tan,\n\nI spent four years as a HR generalist in Surabaya.\n\nRegards,\nMaria", "a HR", "an HR"),
    ("en", "Dear Ms. Tan,\n\nI have led trade marketing at a FMCG distributor.\n\nRegards,\nMaria", "a FMCG", "an FMCG"),
    ("en", "Dear Ms. Tan,\n\nI drafted a MoU between two hospitals.\n\nRegards,\nMaria", "a MoU", "an MoU"),
    ("en", "Dear Ms. Tan,\n\nThank you for the interview. It was an useful talk.\n\nRegards,\nMaria", "an useful", "a useful"),
    ("en", "Dear Ms. Tan,\n\nI studied at an university in Malang.\n\nRegards,\nMaria", "an university", "a university"),
    ("en", "Dear Ms. Tan,\n\nI worked with an European client on its tax filing.\n\nRegards,\nMaria", "an European",
     "a European"),
    ("en", "Dear Ms. Tan,\n\nEach store had an KPI for waste.\n\nRegards,\nMaria", "an KPI", "a KPI"),
    # Prepositions taken word for word from Indonesian: "antusias dengan", "selain itu".
    ("en", "Dear Ms. Tan,\n\nI am very enthusiastic with this opportunity.\n\nRegards,\nMaria", "enthusiastic with",
     "enthusiastic about"),
    ("en", "Dear Ms. Tan,\n\nThank you for the interview. Beside that, I have finished a branding project.\n\nRegards,\nMaria",
     "Beside that", "Besides that"),
    ("en", "Dear Mr. Tan,\n\nThank you for the interview about the QA role, and i hope i can join the team.\n\nRegards,\nBudi",
     "i", "I"),
    ("en", "Dear Ms. Dewi,\n\nI am graduated from Universitas Airlangga in 2024.\n\nBest regards,\nRara",
     "I am graduated from", "I graduated from"),
    ("en", "Dear Ms. Dewi,\n\nI have worked in administration since 2 years, mostly with parcels.\n\nBest regards,\nRara",
     "since 2 years", "for 2 years"),
    ("en", "Dear Ms. Dewi,\n\nThank you for the interview. I will wait your good news.\n\nBest regards,\nRara",
     "will wait your", "will wait for your"),
    ("en", "Dear Ms. Dewi,\n\nThank you for the interview. Please inform me the result when it is ready.\n\nBest regards,\nRara",
     "inform me the", "inform me of the"),
    ("en", "Dear Mr. Gunawan,\n\nI really appreciate for your time and your explanation.\n\nBest regards,\nNaufal",
     "I really appreciate for your", "I really appreciate your"),
    ("en", "Dear Mr. Gunawan,\n\nI am very happy to discussed the case with you.\n\nBest regards,\nNaufal",
     "happy to discussed", "happy to discuss"),
    ("en", "Dear Mr. Gunawan,\n\nI got many knowledges from the discussion.\n\nBest regards,\nNaufal",
     "many knowledges", "a lot of knowledge"),
    ("en", "Dear Mr. Gunawan,\n\nThank you for your feedbacks on my case study.\n\nBest regards,\nNaufal",
     "your feedbacks", "your feedback"),
    # A verb after "my" + one thing, without its -s (Indonesian verbs do not change with the subject).
    ("en", "Dear Mr. Gunawan,\n\nI hope my portfolio meet your expectations.\n\nBest regards,\nNaufal",
     "my portfolio meet", "my portfolio meets"),
    ("en", "Dear Mr. Gunawan,\n\nI believe my audit experience match the role well.\n\nBest regards,\nNaufal",
     "my audit experience match", "my audit experience matches"),
]


@pytest.mark.parametrize(("lang", "body", "excerpt", "fix"), SLIPS, ids=[item[2] for item in SLIPS])
def test_a_slip_of_english_grammar_is_found_with_its_fix(lang, body, excerpt, fix) -> None:
    answer = review(lang, "Thank you – interview", body, {})
    hits = [item for item in answer["findings"] if item["excerpt"] == excerpt and item["severity"] == "must"]
    assert hits, [(item["code"], item["excerpt"]) for item in answer["findings"]]
    assert hits[0]["replacement"] == fix and body[hits[0]["start"] : hits[0]["end"]] == excerpt


# The same words in correct sentences: silent.
RIGHT_ENGLISH = [
    "It was valuable experience for someone starting in audit.",
    "It was a great experience to meet the team.",
    "We talked about Plan A in the migration and a one-day workshop for a European client, option a or b.",
    "It was an honour and an hour well spent: an HR lead, an MBA, an FMCG brand, an R&D team and an SAP rollout.",
    "I met a UN agency, a user group and a unit head, a NASA alumnus on a LAN project, a SQL test and an SQL course.",
    "I was happy with the offer, and the desk beside that window, beside the lab, was mine; I am excited about it.",
    "A one-off task, a useful tip, a KPI, a UI review, an Uber trip, an unusual case and an X-ray.",
    "The items (i) and (ii) of the contract were clear, i.e. the scope and the fee.",
    "I really appreciate the time you took, and I enjoyed learning about the audit.",
    "The interview yesterday was a pleasure, and today I sent the sample.",
    "I am hopeful about the next step, and I am thinking about the case study.",
    "I graduated from ITS in 2020 and have worked in logistics since 2021, leading a team for two years now.",
    "I will wait for your reply, and please inform me about the result; I have waited the whole week.",
    "Your team is appreciated for the care it takes, and I was glad to learn how you work; I learned a lot.",
    "The knowledge you shared and your feedback were useful, and I have many experiences to bring.",
    "I hope my skills and experience meet your needs, and that my background can fit the team.",
    "Please let my work speak for itself; my manager and I meet weekly, and my experience fits the role.",
    "I will make sure my team meet the deadline, as my process meets the standard.",
]


@pytest.mark.parametrize("sentence", RIGHT_ENGLISH)
def test_correct_english_with_the_same_words_is_silent(sentence: str) -> None:
    body = f"Dear Mr. Tan,\n\nThank you for the interview for the QA Engineer role at Bukalapak. {sentence}\n\nBest regards,\nBudi"
    answer = review("en", "Thank you – QA Engineer interview", body, {})
    assert must(answer) == []


@pytest.mark.parametrize(("body", "fix"), [
    ("Yth. Bapak Rudi,\n\nTerima kasih atas wawancara kemarin. Saya sudah diemail oleh tim HRD mengenai jadwal tes.\n\n"
     "Hormat saya,\nAnton", "dikirimi email"),
    ("Yth. Bapak Rudi,\n\nTerima kasih atas wawancara kemarin. Kami juga sudah diemail tentang dokumennya.\n\n"
     "Hormat saya,\nAnton", "dikirimi email"),
    ("Yth. Bapak Rudi,\n\nTerima kasih atas wawancara kemarin. Portofolio saya sudah diemail ke tim HR.\n\n"
     "Hormat saya,\nAnton", "dikirim melalui email"),
])
def test_diemail_of_a_person_is_dikirimi_email_and_of_a_file_dikirim_melalui_email(body: str, fix: str) -> None:
    answer = review("id", "Terima kasih – Staf IT", body, {})
    messages = [item["message"] for item in answer["findings"] if item["excerpt"] == "diemail"]
    assert messages and f"“{fix}”" in messages[0], messages


def test_keterima_is_chat_speech_for_diterima_not_a_typo() -> None:
    answer = review("id", "", "Halo Pak, makasih ya buat wawancaranya tadi, semoga saya bisa keterima.", {"channel": "whatsapp"})
    hits = [item for item in answer["findings"] if item["excerpt"] == "keterima"]
    assert [item["kind"] for item in hits] == ["informal"] and "“diterima”" in hits[0]["message"]


# With the word lists: correct words the lists lack, and typos the lists' word formation hid.
@needs_lists
@pytest.mark.parametrize("sentence", [
    "Saya siap apabila diperlukan dokumen tambahan, seperti ijazah, transkrip, dsb.",
    "Terima kasih kepada Ibu Ratna dkk. atas waktunya.",
    "Matur nuwun sanget atas kesempatan wawancara kemarin di workshop Klaten.",
    "Saya juga menyiapkan contoh post-mortem insiden yang kita bahas.",
])
def test_abbreviations_courtesies_and_hyphenated_words_are_no_typos(real_lexicons, sentence: str) -> None:
    body = f"Yth. Bapak Bambang,\n\nDengan hormat,\n\n{sentence}\n\nHormat saya,\nWahyu Nugroho\n"
    answer = review("id", "Terima kasih – wawancara Teknisi", body, {}, real_lexicons)
    assert [item["excerpt"] for item in answer["findings"] if item["kind"] == "misspelling"] == []


@needs_lists
def test_a_letter_added_to_an_indonesian_verb_is_a_typo_not_an_english_compound(real_lexicons) -> None:
    body = ("Yth. Ibu Linda,\n\nSaya yakin pengalaman saya dapat memebantu tim Ibu, terutama dalam hal administrasi.\n\n"
            "Hormat saya,\nMelati")
    answer = review("id", "Terima kasih – Sekretaris", body, {}, real_lexicons)
    hits = [item for item in answer["findings"] if item["excerpt"] == "memebantu"]
    assert hits and hits[0]["replacement"] == "membantu"


@needs_lists
@pytest.mark.parametrize(("sentence", "slips"), [
    ("I was glad to learn about your new Warehouse Managment System and the Surabaya hub.", [("Managment", "Management")]),
    ("Thank you for explaining the Enterprise Resouce Planning System.", [("Resouce", "Resource")]),
    ("Terima kasih atas penjelasan tentang Sistem Informasi Manajemn Rumah Sakit.", [("Manajemn", "Manajemen")]),
    # Names stay names, beside a term's head or not.
    ("Thank you for introducing me to Christiana Wijaya from the Quality Assurance Department.", []),
    ("Saya lulusan Universitas Gadjah Mada dan Institut Teknologi Sepuluh Nopember.", []),
])
def test_a_slip_inside_a_capitalised_term_is_a_typo_and_a_name_is_not(real_lexicons, sentence: str, slips) -> None:
    lang = "id" if "Saya" in sentence or "Terima" in sentence else "en"
    body = f"Dear Mr. Gunawan,\n\n{sentence}\n\nBest regards,\nDoni"
    answer = review(lang, "Thank you – interview", body, {"interviewer": "Rudi Christiana"}, real_lexicons)
    found = [(item["excerpt"], item.get("replacement")) for item in answer["findings"] if item["kind"] == "misspelling"]
    assert found == slips


@pytest.mark.parametrize(("lang", "body", "context", "found", "fix"), [
    ("en", "Dear Mrs. Budi,\n\nThank you for the interview for the Sales Executive role at Astra.\n\nBest regards,\nFitri",
     {"interviewer": "Budi Santoso"}, "Mrs. Budi", "Mr. Budi"),
    ("en", "Dear Ms. Santoso,\n\nThank you for the interview for the Sales Executive role.\n\nBest regards,\nFitri",
     {"interviewer": "Budi Santoso"}, "Ms. Santoso", "Mr. Santoso"),
    ("id", "Yth. Bapak Siti,\n\nTerima kasih atas wawancara posisi Kasir kemarin.\n\nHormat saya,\nFitri", {}, "Bapak Siti", "Ibu Siti"),
    ("id", "Selamat siang Mbak Dimas, terima kasih atas waktunya tadi.", {"channel": "whatsapp"}, "Mbak Dimas", "Mas Dimas"),
])
def test_a_form_of_address_for_the_other_sex_before_the_interviewers_name_is_found(lang, body, context, found, fix) -> None:
    answer = review(lang, "Thank you – interview", body, context)
    hits = [item for item in answer["findings"] if item["code"].startswith("honorific_") and item["excerpt"] == found]
    assert hits and hits[0]["severity"] == "should" and f"“{fix}”" in hits[0]["message"], answer["findings"]


@pytest.mark.parametrize(("lang", "body", "context"), [
    # A name that goes with either ("Dian"), someone else named in the body ("Ibu Budi": Budi's wife), the right form.
    ("id", "Yth. Ibu Dian,\n\nTerima kasih atas wawancaranya. Salam untuk Ibu Budi.\n\nHormat saya,\nFitri", {}),
    ("en", "Dear Mr. Budi,\n\nThank you. Please pass my thanks to Mrs. Siti.\n\nBest regards,\nFitri", {"interviewer": "Budi Santoso"}),
    ("en", "Dear Ms. Wijaya,\n\nThank you for the interview.\n\nBest regards,\nFitri", {"interviewer": "Siti Wijaya"}),
])
def test_a_form_of_address_that_may_be_right_is_left_alone(lang, body, context) -> None:
    answer = review(lang, "Thank you – interview", body, context)
    assert [item["excerpt"] for item in answer["findings"] if item["code"] in ("honorific_man", "honorific_woman")] == []


@pytest.mark.parametrize(("sentence", "found", "fix"), [
    ("Thanks for your time yesterday I really enjoyed our conversation about the role.", "yesterday I", "yesterday. I"),
    ("Thank you for meeting me this morning I learned a lot about the team.", "this morning I", "this morning. I"),
    # Sentences that put the time before "I" on purpose.
    ("Yesterday I really enjoyed our conversation, and this morning I learned more from the brochure.", None, None),
    ("The interview today was clear, and earlier today I found the case study you mentioned.", None, None),
    ("I met the team last week and I hope to join, so today I sent my portfolio.", None, None),
])
def test_two_sentences_run_together_after_a_time_are_found_with_the_full_stop(sentence, found, fix) -> None:
    body = f"Dear Mr. Hadi,\n\n{sentence}\n\nBest regards,\nAndi"
    answer = review("en", "Thank you – Data Engineer interview", body, {})
    hits = [item for item in answer["findings"] if item["code"] == "run_on"]
    if found is None:
        assert hits == []
    else:
        assert [(item["excerpt"], item["replacement"], item["severity"]) for item in hits] == [(found, fix, "should")]


def test_a_message_typed_in_capitals_is_one_finding_not_one_per_line() -> None:
    body = ("DEAR MR. WIJAYA,\n\nTHANK YOU SO MUCH FOR THE INTERVIEW YESTERDAY. I REALLY ENJOYED LEARNING ABOUT THE "
            "ACCOUNTING TEAM AT BCA AND I HOPE TO JOIN SOON.\n\nREGARDS,\nTONI")
    answer = review("en", "Thank you – Accountant interview", body, {"interviewer": "Hendra Wijaya", "company": "BCA"})
    shouts = [(item["code"], item["field"]) for item in answer["findings"] if item["kind"] == "all_caps"]
    assert shouts == [("all_caps_text", "body")]


def test_a_few_words_in_capitals_in_a_normal_letter_are_each_their_own_finding() -> None:
    body = ("Dear Mr. Wijaya,\n\nThank you for the interview. I REALLY ENJOYED the tour of the branch, and I am "
            "EXTREMELY EXCITED about the role.\n\nRegards,\nToni")
    answer = review("en", "Thank you – Accountant interview", body, {"interviewer": "Hendra Wijaya", "company": "BCA"})
    assert [item["code"] for item in answer["findings"] if item["kind"] == "all_caps"] == ["all_caps", "all_caps"]


@pytest.mark.parametrize(("greeting", "expected"), [
    ("Dear Ms. Hartati,", ["closing_faithfully"]),
    ("Dear Sir or Madam,", []),
    ("Dear Hiring Team,", []),
])
def test_yours_faithfully_closes_a_letter_to_sir_or_madam_not_to_a_person_named(greeting: str, expected) -> None:
    body = f"{greeting}\n\nThank you for the interview on Monday for the Analyst role.\n\nYours faithfully,\nNaufal Hakim"
    answer = review("en", "Thank you – Analyst interview", body, {"interviewer": "Sri Hartati"})
    assert [item["code"] for item in answer["findings"] if item["code"] == "closing_faithfully"] == expected


# A name is no chat word, nor a team a person: "Gede" is a Balinese name as much as Jakarta's "big", and an
# interviewer typed as "Hiring Team" does not make every "team" a name to capitalise.
GEDE = ("Yth. Pak Gede,\n\nDengan hormat,\n\nTerima kasih atas waktu yang Bapak berikan dalam wawancara kemarin untuk posisi "
        "Staf Gudang di PT Bali Logistik. Pembahasan mengenai sistem FIFO di gudang pusat sangat menarik bagi saya.\n\n"
        "Hormat saya,\nKomang Sari")


@pytest.mark.parametrize(("body", "context", "flagged"), [
    (GEDE, {"company": "PT Bali Logistik"}, False),
    (GEDE.replace("Yth. Pak Gede", "Yth. Bapak Gede Wirawan"), {"interviewer": "Gede Wirawan"}, False),
    (GEDE.replace("Gede", "I Gede").replace("Yth. Pak", "Yth. Bapak"), {}, False),
    (GEDE.replace("sangat menarik", "gede banget manfaatnya"), {}, True),  # the chat word itself stays informal
])
def test_a_name_that_is_also_a_chat_word_is_left_alone(body, context, flagged):
    answer = review("id", "Terima kasih atas wawancara posisi Staf Gudang", body, context)
    found = [item["excerpt"] for item in answer["findings"] if item["code"] in ("informal_word", "informal_drop")]
    assert ("gede" in found) is flagged and "Gede" not in found


def test_a_team_typed_as_the_interviewer_makes_no_word_a_name():
    body = ("Dear Hiring Team,\n\nThank you for the interview yesterday for the Marketing Associate role. I enjoyed "
            "learning how the team at Shopee plans its 11.11 campaigns.\n\nKind regards,\nAndi")
    answer = review("en", "Thank you - Marketing Associate interview", body, {"company": "Shopee", "interviewer": "Hiring Team"})
    assert not [item for item in answer["findings"] if item["code"] == "capital_name"]
    # A person's name still keeps its capital: "joko" for Joko Susilo.
    answer = review("en", "Thank you - Marketing Associate interview", body.replace("the team at", "joko and the team at"),
                    {"company": "Shopee", "interviewer": "Joko Susilo"})
    assert [item["excerpt"] for item in answer["findings"] if item["code"] == "capital_name"] == ["joko"]


@pytest.mark.parametrize(("sentence", "doubt"), [
    ("Walaupun saya belum berhasil kali ini, saya sangat menghargai kesempatan mengikuti proses seleksi.", False),
    ("Meskipun saya tidak terpilih, saya berterima kasih atas masukan Ibu.", False),
    ("Walaupun saya belum berpengalaman di bidang ini, saya siap belajar.", True),
    ("Meskipun saya kurang lancar menjawab, saya sangat berminat.", True),
])
def test_an_outcome_stated_is_no_self_doubt(sentence, doubt):
    # A reply to a rejection says the outcome; only doubt about oneself weakens a letter.
    body = f"Selamat siang Ibu Ratna,\n\nTerima kasih atas informasinya. {sentence}\n\nSalam hormat,\nYusuf Hidayat"
    answer = review("id", "Re: Hasil seleksi Staf Administrasi", body, {"company": "PT Sumber Alfaria Trijaya Tbk"})
    assert any(item["code"] == "self_doubt" for item in answer["findings"]) is doubt


@pytest.mark.parametrize(("lang", "body", "context", "example"), [
    ("id", "Yth. Ibu Ratna,\n\nSaya ingin menanyakan perkembangan proses seleksi posisi Analis Kredit yang saya ikuti "
     "pada 16 November lalu. Saya masih sangat berminat.\n\nTerima kasih,\nFajar", {"role": "Analis Kredit"},
     "Tindak lanjut wawancara posisi Analis Kredit"),
    ("en", "Dear Mr. Lim,\n\nThank you for the offer. After careful thought, I have decided to decline the offer, as I "
     "have accepted another position.\n\nBest regards,\nNadia", {}, "Re: your offer for the Data Analyst position"),
    ("en", "Dear Ms. Tan,\n\nThank you for the interview yesterday and for explaining the risk team's roadmap.\n\n"
     "Best regards,\nNadia", {"role": "Risk Analyst"}, "Thank you – Risk Analyst interview"),
])
def test_a_missing_subject_is_shown_as_the_generator_would_write_it_for_that_kind(lang, body, context, example):
    answer = review(lang, "", body, context)
    missing = [item for item in answer["findings"] if item["code"] == "subject_missing"]
    assert len(missing) == 1 and f"“{example}”" in missing[0]["message"]


# A third round of drafts written after the reviewer (2026-11-30, 130 drafts: 60 correct, 70 flawed). What it once got
# wrong there: a company's name read across a full stop, with a fix that swallowed the next sentence's first word;
# "Yours faithfully" to a committee; "metagenomic" and "dites" called typos; "desicion", "greatful", "commited",
# "perkerjaan" and "berkerja" missed.
def test_a_company_slip_is_never_read_across_a_full_stop() -> None:
    body = ("Yth. Ibu Dewi,\n\nTerima kasih atas kesempatan wawancara posisi Staf Keuangan di PT Mitra Karya. Saya berharap "
            "dapat bergabung dengan PT Mitra Karya Abadi.\n\nHormat saya,\nFina")
    answer = review("id", "Terima kasih – wawancara Staf Keuangan", body, {"interviewer": "Dewi", "company": "PT Mitra Karya Abadi"})
    assert [item["excerpt"] for item in answer["findings"] if item["code"] == "company_misspelled"] == []
    # A slip inside one sentence is still one.
    answer = review("id", "Terima kasih – wawancara Staf Keuangan", body.replace("PT Mitra Karya. Saya", "PT Mitra Karja Abadi. Saya"),
                    {"interviewer": "Dewi", "company": "PT Mitra Karya Abadi"})
    assert [(item["excerpt"], item["replacement"]) for item in answer["findings"] if item["code"] == "company_misspelled"] == [
        ("Mitra Karja Abadi", "Mitra Karya Abadi")]


@pytest.mark.parametrize("greeting", ["Dear Hiring Committee,", "Dear Selection Panel,", "Dear HR Team,", "Dear Search Committee,"])
def test_yours_faithfully_is_right_to_a_committee(greeting: str) -> None:
    body = f"{greeting}\n\nThank you for the panel interview on Monday for the Research Assistant post.\n\nYours faithfully,\nAnggita"
    answer = review("en", "Thank you – Research Assistant interview", body, {})
    assert [item["code"] for item in answer["findings"] if item["code"] == "closing_faithfully"] == []


@needs_lists
@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "My experience with metagenomic sequencing would complement your group's work."),
    ("en", "I also enjoyed the talk about biosorption of heavy metals."),
    ("id", "Saya siap dites lagi dan dicek ulang kapan saja."),
    ("id", "Mohon permakluman Bapak atas keterlambatan balasan saya."),
    ("id", "Saya pernah beternak ayam dan bekerja di peternakan."),
])
def test_words_of_science_and_short_passives_are_no_typos(real_lexicons, lang, sentence) -> None:
    opening, closing = ("Dear Dr. Patel,", "Kind regards,\nIntan") if lang == "en" else ("Yth. Bapak Eko,", "Hormat saya,\nDina")
    answer = review(lang, "Thank you – Research interview" if lang == "en" else "Terima kasih – wawancara Staf Gudang",
                    f"{opening}\n\n{sentence}\n\n{closing}", {}, real_lexicons)
    assert [item["excerpt"] for item in answer["findings"] if item["kind"] == "misspelling"] == []


@needs_lists
@pytest.mark.parametrize(("lang", "sentence", "slip", "fix"), [
    ("en", "I look forward to your desicion on the role.", "desicion", "decision"),
    ("en", "I am greatful for the time you gave me.", "greatful", "grateful"),
    ("en", "I am commited to learning the new system quickly.", "commited", "committed"),
    ("en", "The problem occured on the night shift.", "occured", "occurred"),
    ("id", "Saya tidak sabar memulai perkerjaan di perusahaan Bapak.", "perkerjaan", "pekerjaan"),
    ("id", "Saya siap berkerja dalam sistem tiga sif.", "berkerja", "bekerja"),
])
def test_a_letter_moved_or_a_double_letter_typed_once_is_a_typo(real_lexicons, lang, sentence, slip, fix) -> None:
    opening, closing = ("Dear Mr. Lee,", "Best regards,\nAndi") if lang == "en" else ("Yth. Bapak Eko,", "Hormat saya,\nDina")
    answer = review(lang, "Thank you – Analyst interview" if lang == "en" else "Terima kasih – wawancara Staf Gudang",
                    f"{opening}\n\n{sentence}\n\n{closing}", {}, real_lexicons)
    assert [(item["excerpt"], item.get("replacement")) for item in answer["findings"] if item["kind"] == "misspelling"] == [(slip, fix)]


# Grammar beyond the fixed frames, in the slips of Indonesian writers of English and of Indonesian itself.
@pytest.mark.parametrize(("lang", "sentence", "found", "fix"), [
    ("en", "I hope can join your team soon.", "I hope can", "I hope I can"),
    ("en", "We really hope to can meet again.", "We really hope to can", "We really hope we can"),
    ("en", "I have experience in handle customer complaints.", "experience in handle", "experience in handling"),
    ("en", "I am skilled at manage the warehouse stock.", "skilled at manage", "skilled at managing"),
    ("en", "I am very happy for have the chance to meet the team.", "happy for have", "happy to have"),
    ("en", "I have 3 years experiences in logistics.", "3 years experiences", "3 years of experience"),
    ("en", "I have experience 2 years as a teller.", "experience 2 years", "2 years of experience"),
    ("en", "With experiences three years in retail, I can help.", "experiences three years", "three years of experience"),
    ("en", "I am very interested to the position.", "interested to", "interested in"),
    ("id", "Saya sangat senang sekali dapat mengenal tim Ibu.", "sangat senang sekali", "sangat senang"),
    ("id", "Saya sangat berterima kasih sekali atas waktunya.", "sangat berterima kasih sekali", "sangat berterima kasih"),
])
def test_a_grammar_slip_beyond_the_fixed_frames_is_found_with_its_fix(lang, sentence, found, fix) -> None:
    opening, closing = ("Dear Mr. Lim,", "Best regards,\nNurul") if lang == "en" else ("Yth. Ibu Lestari,", "Hormat saya,\nDodi")
    answer = review(lang, "Thank you – Analyst interview" if lang == "en" else "Terima kasih – wawancara Staf Gudang",
                    f"{opening}\n\n{sentence}\n\n{closing}", {})
    assert [(item["excerpt"], item["replacement"]) for item in answer["findings"] if item["kind"] == "misspelling"] == [(found, fix)]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "I hope I can join your team soon."),
    ("en", "I gained experience for two years at a bank, and my experience of 5 years in sales taught me patience."),
    ("en", "I have experience in handling customer complaints and in the handle design of tools."),
    ("en", "I am grateful for the chance, and happy for the team's success."),
    ("en", "I would be interested to hear more about the role."),
    ("en", "Thanks again, and thanks to your team."),
    ("id", "Terima kasih sekali lagi, saya sangat senang."),
    ("id", "Saya senang sekali dapat mengenal tim Ibu."),
])
def test_the_same_words_in_a_correct_sentence_stay_silent(lang, sentence) -> None:
    opening, closing = ("Dear Mr. Lim,", "Best regards,\nNurul") if lang == "en" else ("Yth. Ibu Lestari,", "Hormat saya,\nDodi")
    answer = review(lang, "Thank you – Analyst interview" if lang == "en" else "Terima kasih – wawancara Staf Gudang",
                    f"{opening}\n\n{sentence}\n\n{closing}", {})
    assert [item["excerpt"] for item in answer["findings"] if item["kind"] == "misspelling"] == []


@pytest.mark.parametrize(("sentence", "confused"), [
    ("I am confidant that my skills would be a good match.", True),
    ("I feel confidant in my ability to learn quickly.", True),
    ("My mentor, a close confidant of the founder, introduced us.", False),
])
def test_confidant_for_confident_is_found_by_its_neighbours(sentence, confused) -> None:
    answer = review("en", "Thank you – Analyst interview", f"Dear Ms. Rodriguez,\n\n{sentence}\n\nBest regards,\nFarid", {})
    hits = [(item["excerpt"], item["replacement"]) for item in answer["findings"] if item["code"] == "confused_word"]
    assert hits == ([("confidant", "confident")] if confused else [])


@pytest.mark.parametrize(("lang", "sentence", "code"), [
    ("en", "I'm confident I'm the best candidate you'll find and you would be making a mistake not to hire me.", "pressure"),
    ("en", "Hire me and you won't regret it.", "pressure"),
    ("id", "Saya yakin Bapak tidak akan menyesal memilih saya.", "pressure"),
    ("id", "Maaf jika saya banyak salah saat wawancara kemarin.", "self_doubt"),
    ("id", "Saya merasa jawaban saya kurang bagus dan mungkin saya tidak cocok untuk posisi ini.", "self_doubt"),
])
def test_pressure_by_foretold_regret_and_doubt_about_the_interview_are_found(lang, sentence, code) -> None:
    opening, closing = ("Dear Mr. Scott,", "Regards,\nJoko") if lang == "en" else ("Yth. Bapak Doni,", "Hormat saya,\nTia")
    answer = review(lang, "Thank you – Sales interview" if lang == "en" else "Terima kasih – wawancara Staf Gudang",
                    f"{opening}\n\nThank you for the interview.\n\n{sentence}\n\n{closing}" if lang == "en"
                    else f"{opening}\n\nTerima kasih atas wawancara kemarin.\n\n{sentence}\n\n{closing}", {})
    assert code in [item["code"] for item in answer["findings"]]


def test_a_reschedule_asked_with_work_instead_may_say_sorry_once() -> None:
    body = ("Dear Ms. Lopez,\n\nThank you for the invitation. Unfortunately I have a medical appointment on Tuesday morning that "
            "I cannot move. Would Wednesday or Thursday afternoon work instead?\n\nApologies for the inconvenience, and thank "
            "you for your flexibility.\n\nBest regards,\nAlya Rahman")
    answer = review("en", "Re: Second interview", body, {"interviewer": "Maria Lopez"})
    assert [item["code"] for item in answer["findings"] if item["kind"] == "apology"] == []


# Chat shorthand read as what it stands for: the message's kind shows through it ("gmn hasil interview kmrn?" is a
# follow-up), so a follow-up in shorthand is not told it says nothing of the conversation nor that it is too short.
@pytest.mark.parametrize("body", [
    "Selamat siang Pak Anton, gmn hasil interview kmrn ya Pak? Terima kasih.",
    "Selamat siang Bu Yuli, sy Rina yg kmrn interview. Mau nanya hasilnya udh ada blm ya Bu? Makasih",
])
def test_chat_shorthand_does_not_hide_a_follow_up(body) -> None:
    from thankyou.review import rules
    from thankyou.review.draft import parse
    from thankyou.review.tables import DRAFT_LANGUAGES

    assert "follow_up" in rules.message_kinds(parse("", body, "id"), DRAFT_LANGUAGES["id"])
    answer = handle({"op": "review", "lang": "id", "subject": "", "body": body, "context": {"lang": "id", "channel": "whatsapp"}})
    assert not [item for item in answer["findings"] if item["code"] in ("generic", "length_short")]


@pytest.mark.parametrize(("sentence", "mixed"), [
    ("Saya sangat antusias untuk bergabung, dan saya harap bisa segera contribute untuk tim.", "contribute"),
    ("Saya sangat appreciate waktu yang Bapak berikan.", "appreciate"),
    ("Saya sudah mengirim feedback dari meeting kemarin ke tim.", None),  # the workplace's loans stay
    ("Jadwal interview saya dengan user sudah dikonfirmasi.", None),
    ("Saya ingin join dengan tim Bapak.", "join"),
    # Inside a term the word is the term's: "machine learning", "left join", "e-learning".
    ("Saya berpengalaman di bidang machine learning dan menulis query dengan left join untuk laporan.", None),
    ("Saya sudah menyelesaikan modul e-learning yang Bapak kirimkan kemarin.", None),
])
def test_one_english_verb_in_an_indonesian_sentence_is_mixing(sentence, mixed) -> None:
    body = f"Yth. Bapak Hadi,\n\nTerima kasih atas wawancara kemarin. {sentence}\n\nHormat saya,\nRiza"
    answer = review("id", "Terima kasih – wawancara Staf Gudang", body, {})
    hits = [item["excerpt"] for item in answer["findings"] if item["code"] == "mixed_phrase"]
    assert hits == ([mixed] if mixed else [])


@needs_lists
def test_two_letters_swapped_are_a_typo_before_they_are_chat_speech(real_lexicons) -> None:
    body = ("Yth. Bapak Wisnu,\n\nSaya ingin sekali menjadi bagain dari tim Bapak. Nanti saya ceritain ke teman.\n\n"
            "Hormat saya,\nLuthfi")
    answer = review("id", "Terima kasih – wawancara Staf Gudang", body, {}, real_lexicons)
    assert [(item["excerpt"], item.get("replacement")) for item in answer["findings"] if item["kind"] == "misspelling"] == [
        ("bagain", "bagian")]
    # The chat word itself stays the informal rule's.
    assert [item["excerpt"] for item in answer["findings"] if item["code"] == "informal_word"] == ["ceritain"]


def test_bpk_meaning_you_is_written_out_not_just_capitalised() -> None:
    body = ("Yth. Bapak Anton,\n\nTerima kasih atas wawancara kemarin. Semoga saya bisa diterima di perusahaan bpk, dan "
            "terima kasih pak atas waktu yang bapak berikan.\n\nHormat saya,\nDeni")
    answer = review("id", "Terima kasih – wawancara Staf Gudang", body, {})
    assert [(item["excerpt"], item["replacement"]) for item in answer["findings"] if item["code"] == "address_lowercase"] == [
        ("bpk", "Bapak"), ("pak", "Pak"), ("bapak", "Bapak")]


# A second round of drafts written after the fixes above, to see them generalise (12 correct, 16 flawed): its misses
# were more of the same kinds, "I am very agree", "I am sure can give", "please reply me", "banyak hal-hal", "td".
@pytest.mark.parametrize(("lang", "sentence", "found", "fix"), [
    ("en", "I am very agree with your view about the market.", "I am very agree", "I strongly agree"),
    ("en", "I am sure can make a good contribution to your team.", "I am sure can", "I am sure I can"),
    ("en", "Please reply me when there is news.", "reply me", "reply to me"),
    ("id", "Saya ingin belajar banyak hal-hal baru di perusahaan Bapak.", "banyak hal-hal", "banyak hal"),
    ("id", "Beberapa teman-teman saya sudah bekerja di sana.", "Beberapa teman-teman", "Beberapa teman"),
])
def test_second_round_grammar_slips_are_found(lang, sentence, found, fix) -> None:
    opening, closing = ("Dear Mr. Gomez,", "Best regards,\nRangga") if lang == "en" else ("Yth. Bapak Teguh,", "Hormat saya,\nAris")
    answer = review(lang, "Thank you – Analyst interview" if lang == "en" else "Terima kasih – wawancara Staf Gudang",
                    f"{opening}\n\n{sentence}\n\n{closing}", {})
    assert [(item["excerpt"], item["replacement"]) for item in answer["findings"] if item["kind"] == "misspelling"] == [(found, fix)]


@pytest.mark.parametrize("sentence", [
    "Saya mencatat banyak kupu-kupu dan beberapa undang-undang kesehatan, juga banyak oleh-oleh dari Bandung.",
    "Saya terbiasa mengukur TD pasien dan mengenal berbagai jenis obat.",
])
def test_nouns_only_ever_doubled_and_a_capitalised_td_stay_silent(sentence) -> None:
    answer = review("id", "Terima kasih – wawancara Perawat", f"Yth. Ibu Ratna,\n\n{sentence}\n\nHormat saya,\nSari", {})
    assert [item["excerpt"] for item in answer["findings"] if item["kind"] in ("misspelling", "informal")] == []


def test_td_in_a_chat_is_tadi() -> None:
    body = "Siang Bu Yuli, terima kasih utk interview td ya Bu."
    answer = handle({"op": "review", "lang": "id", "subject": "", "body": body, "context": {"lang": "id", "channel": "whatsapp"}})
    assert {"utk", "td"} <= {item["excerpt"] for item in answer["findings"] if item["code"] == "informal_word"}


@pytest.mark.parametrize(("sentence", "generic"), [
    ("Saya terkesan dengan penerapan 5S di area pengemasan.", False),
    ("I was impressed by the way the night shift hands over to the morning crew.", False),
    ("Saya terkesan dengan perusahaan ini.", True),
])
def test_what_impressed_the_writer_is_something_from_the_conversation(sentence, generic) -> None:
    lang = "en" if sentence.startswith("I ") else "id"
    if lang == "id":
        body = ("Yth. Bapak Suparman,\n\nDengan hormat,\n\nTerima kasih atas kesempatan wawancara dan kunjungan kemarin. "
                f"{sentence} Saya siap bekerja dalam sistem tiga sif.\n\nHormat saya,\nAhmad Rifai")
    else:
        body = (f"Dear Mr Patel,\n\nThank you for the interview and the visit on Monday. {sentence} I am ready to work "
                "in shifts whenever needed.\n\nKind regards,\nWahyu")
    answer = review(lang, "Thank you – Warehouse Supervisor interview" if lang == "en" else "Terima kasih – wawancara Staf Produksi",
                    body, {"company": "PT Garudafood"})
    assert any(item["code"] == "generic" for item in answer["findings"]) is generic


# A third round (8 correct, 8 flawed), written after both: what it still missed, "for achieve the target" and "a good
# news", is one more frame of each kind; the same words in correct sentences stay silent.
@pytest.mark.parametrize(("sentence", "found", "fix"), [
    ("I will do my best for achieve the target.", "for achieve", "to achieve"),
    ("I wish to hear a good news from you soon.", "a good news", "good news"),
    ("Thank you for an advice that I will use.", "an advice", "advice"),
    ("Thank you for give me the chance.", "Thank you for give", "Thank you for giving"),
])
def test_third_round_grammar_slips_are_found(sentence, found, fix) -> None:
    answer = review("en", "Thank you – Copywriter interview", f"Dear Mr. Ashworth,\n\n{sentence}\n\nBest wishes,\nClarissa", {})
    assert [(item["excerpt"], item["replacement"]) for item in answer["findings"] if item["kind"] == "misspelling"] == [(found, fix)]


@pytest.mark.parametrize("sentence", [
    "Thanks for the information session and a news article on it.",
    "We asked for help, and I am grateful for knowing the team.",
    "I have a feedback form ready and a knowledge base to share.",
    "I applied for Make-Up Artist last year, before the retail role.",
])
def test_third_round_correct_sentences_stay_silent(sentence) -> None:
    answer = review("en", "Thank you – Copywriter interview", f"Dear Mr. Ashworth,\n\n{sentence}\n\nBest wishes,\nClarissa", {})
    assert [item["excerpt"] for item in answer["findings"] if item["kind"] == "misspelling"] == []


def test_english_chat_shorthand_is_informal() -> None:
    body = "Hi Sam, thanks for the interview today, was gr8 chatting w/ you abt the role, see you tmrw."
    answer = handle({"op": "review", "lang": "en", "subject": "", "body": body, "context": {"lang": "en", "channel": "linkedin"}})
    assert {"gr8", "abt", "tmrw"} <= {item["excerpt"] for item in answer["findings"] if item["code"] == "informal_word"}


@pytest.mark.parametrize(("body", "dense"), [
    ("Pak gmn hasil interview kmrn? sy udh nunggu lama nih", True),
    ("Selamat siang bu, sy Rina yg kmrn interview. Mau nanya hasilnya udh ada blm ya bu? Makasih", True),
    # One chat word in a courteous chat stays a tip.
    ("Selamat sore Pak Yudi, saya Anisa, kandidat Kasir yang wawancara tadi siang di Alfamart Cibubur. Terima kasih atas "
     "waktunya, Pak. Saya sudah paham soal shift pagi dan malam yang Bapak jelaskan. Makasih banyak, Pak.", False),
])
def test_a_chat_leaning_on_shorthand_is_told_so_once(body, dense) -> None:
    answer = handle({"op": "review", "lang": "id", "subject": "", "body": body, "context": {"lang": "id", "channel": "whatsapp"}})
    found = [item for item in answer["findings"] if item["code"] == "informal_dense"]
    assert len(found) == (1 if dense else 0)
    assert all(item["severity"] == "should" and "“kmrn”" in item["message"] for item in found)
    if not dense:
        assert [item["severity"] for item in answer["findings"] if item["code"] == "informal_word"] == ["tip"]


# Round of 2026-12-01 (96 fresh drafts: 56 correct, 40 flawed): a passive "di-" on a loan noun of a process, a bound
# form of science, a hospital's "poli" and a regional dish read as typos; a "per-" verb written apart, a slip of
# "terimakasih" and an English slip of grammar missed; a word before "-nya" fixed into an Indonesian one.
@needs_lists
@pytest.mark.parametrize("sentence", [
    "Setiap alat ukur dikalibrasi sesuai jadwal, dan data hasil uji sudah didigitalisasi sehingga mudah ditelusuri.",
    "Fitur tabungan yang dipersonalisasi untuk tiap nasabah membuat saya semakin yakin ingin bergabung.",
    "Diskusi mengenai riset beton geopolimer dan bioetanol dari limbah sawit sangat relevan dengan disertasi saya.",
    "Perangkat di setiap poli akan diperbarui tahun depan.",
    "Contoh tulisan saya tentang kuliner Makassar, seperti coto dan pallubasa, bisa Ibu baca di blog saya.",
])
def test_a_passive_on_a_process_noun_and_words_of_science_are_no_typos(real_lexicons, sentence) -> None:
    body = f"Yth. Ibu Endang,\n\nTerima kasih atas wawancara kemarin. {sentence}\n\nHormat saya,\nLutfi"
    answer = review("id", "Terima kasih – wawancara Staf Quality Control", body, {}, real_lexicons)
    assert [item["excerpt"] for item in answer["findings"] if item["severity"] == "must"] == []


@needs_lists
@pytest.mark.parametrize(("sentence", "found", "fix"), [
    ("Semoga pengalaman saya sebagai admin gudang bisa di pertimbangkan.", "di pertimbangkan", "dipertimbangkan"),
    ("Saya juga sudah memepelajari jadwal penerbangan kargo.", "memepelajari", "mempelajari"),
    ("Sekali lagi, terimaksih atas perhatian Ibu.", "terimaksih", "terima kasih"),
    ("Saya trimakasih sekali atas waktunya.", "trimakasih", "terima kasih"),
    ("Terimakasi banyak atas penjelasannya.", "Terimakasi", "Terima kasih"),
    ("Saya sudah membaca feedbak-nya dengan saksama.", "feedbak-nya", "feedback-nya"),
])
def test_an_indonesian_slip_is_found_with_the_right_fix(real_lexicons, sentence, found, fix) -> None:
    body = f"Yth. Bapak Hartono,\n\nTerima kasih atas wawancara kemarin. {sentence}\n\nHormat saya,\nYusuf"
    answer = review("id", "Terima kasih – wawancara Staf Logistik", body, {}, real_lexicons)
    hits = {item["excerpt"]: item.get("replacement") for item in answer["findings"] if item["severity"] == "must"}
    assert hits == {found: fix}


@needs_lists
def test_an_english_word_before_a_hyphened_nya_is_never_fixed_into_an_indonesian_one(real_lexicons) -> None:
    body = ("Yth. Bapak Suryadi,\n\nTerima kasih atas wawancara kemarin. Saya merasa job desc-nya cocok dengan pengalaman "
            "saya di bagian akuntansi.\n\nHormat saya,\nLina")
    answer = review("id", "Terima kasih – wawancara Staf Akuntansi", body, {}, real_lexicons)
    assert [item["excerpt"] for item in answer["findings"] if item["kind"] == "misspelling"] == []


@pytest.mark.parametrize(("sentence", "found", "fix"), [
    ("I think your going to love the campaign ideas I shared.", "your", "you're"),
    ("I could of shared more details if we had more time.", "could of", "could have"),
    ("I enjoyed learning about the toll road project and it's challenges with soft soil.", "it's", "its"),
    ("I have attach my portfolio link for your reference.", "I have attach", "I have attached"),
    ("We've already include the figures you asked for.", "We've already include", "We've already included"),
])
def test_an_english_slip_of_grammar_is_found_with_its_fix(sentence, found, fix) -> None:
    body = f"Dear Mr. Tanaka,\n\nThank you for the interview on Monday. {sentence}\n\nBest regards,\nYoga"
    answer = review("en", "Thank you – Civil Engineer interview", body, {})
    assert [(item["excerpt"], item.get("replacement")) for item in answer["findings"] if item["severity"] == "must"] == [(found, fix)]


@pytest.mark.parametrize("sentence", [
    "We could of course discuss the schedule again next week.",
    "It's people like your site engineers who make a project work.",
    "I know your going-away lunch for the team lead is on Friday.",
    "I have attached the report and included the figures.",
    "The company and its challenges were clearly explained.",
    "It sounds like you're building a strong audit team in Surabaya.",
    "I am grateful for your going to the trouble of arranging the site visit.",
])
def test_the_same_words_used_rightly_stay_silent(sentence) -> None:
    body = f"Dear Mr. Tanaka,\n\nThank you for the interview on Monday. {sentence}\n\nBest regards,\nYoga"
    answer = review("en", "Thank you – Civil Engineer interview", body, {})
    assert [item["excerpt"] for item in answer["findings"] if item["severity"] == "must"] == []


@pytest.mark.parametrize(("sentence", "flagged"), [
    ("Saya berharap bisa bergabung dengan perusahaan ibu yang sangat hebat.", True),
    ("Terima kasih atas penjelasan ibu tentang sistem cuti.", True),
    ("Tim ibu sangat ramah.", True),
    ("Kantor ibu saya juga di Semarang.", False),  # the writer's mother
    ("Program ini membantu ibu hamil di Puskesmas.", False),
    ("Pertanyaan ibu hamil di posyandu sering soal gizi.", False),  # mothers-to-be, after a thing of theirs
    ("Kantor ibu kota provinsi juga saya kunjungi.", False),  # the capital
])
def test_a_word_of_address_after_a_thing_of_theirs_is_the_interviewer(sentence, flagged) -> None:
    body = f"Yth. Ibu Retno,\n\nTerima kasih atas wawancara kemarin untuk posisi Staf Personalia. {sentence}\n\nHormat saya,\nTri"
    answer = review("id", "Terima kasih – wawancara Staf Personalia", body, {"interviewer": "Retno Wulandari"})
    found = [(item["excerpt"], item.get("replacement")) for item in answer["findings"] if item["code"] == "address_lowercase"]
    assert found == ([("ibu", "Ibu")] if flagged else [])


def test_youre_after_a_preposition_is_your() -> None:
    body = ("Dear Mr. Ahmad,\n\nThank you for the interview yesterday. I learned a lot about you're forecasting process and "
            "the S&OP meetings.\n\nBest regards,\nSusi")
    answer = review("en", "Thank you – Supply Chain Analyst interview", body, {})
    assert [(item["excerpt"], item.get("replacement")) for item in answer["findings"] if item["code"] == "confused_word"] == [
        ("you're", "your")]


@pytest.mark.parametrize(("sentence", "found", "fix"), [
    ("Saya menguasai MYOB dan Accurate.. Saya berharap dapat bergabung.", "Accurate..", "Accurate."),
    ("Gaji yang ditawarkan Rp3,,5 juta sudah sesuai.", "Rp3,,", "Rp3,"),
])
def test_a_mark_typed_twice_is_one_mark_and_an_ellipsis_is_left_alone(sentence, found, fix) -> None:
    body = f"Yth. Bapak Arif,\n\nTerima kasih atas wawancara kemarin... {sentence}\n\nHormat saya,\nSari"
    answer = review("id", "Terima kasih – wawancara Staf Keuangan", body, {})
    assert [(item["excerpt"], item.get("replacement")) for item in answer["findings"] if item["code"] == "punctuation_doubled"] == [
        (found, fix)]


@needs_lists
@pytest.mark.parametrize(("sentence", "found", "fix"), [
    ("Saya sudah berpengalaman menulis siaran pers dan mengelolah akun media sosial.", "mengelolah", "mengelola"),
    ("Pengalaman saya di bagian pengelolah arsip semoga bermanfaat.", "pengelolah", "pengelola"),
    ("Semua data yang terciptah dari sistem itu sudah saya rapikan.", "terciptah", "tercipta"),
])
def test_an_h_added_after_a_final_vowel_is_a_typo(real_lexicons, sentence, found, fix) -> None:
    body = f"Yth. Ibu Kartika,\n\nTerima kasih atas wawancara kemarin. {sentence}\n\nHormat saya,\nTiara"
    answer = review("id", "Terima kasih – wawancara Staf Humas", body, {}, real_lexicons)
    assert [(item["excerpt"], item.get("replacement")) for item in answer["findings"] if item["severity"] == "must"] == [(found, fix)]


@needs_lists
@pytest.mark.parametrize("sentence", [
    "Saya senang melihat alur pasien ortodonti yang Dokter jelaskan.",
    "Saya pernah bekerja di toko yang menjual alat pancing dari buluh dan rotan berbulu halus.",
    "Sejak kecil saya bersekolah di Bandung dan kini bermukim di Bekasi.",
])
def test_a_word_in_h_built_on_a_root_in_h_or_a_word_of_the_clinic_is_no_typo(real_lexicons, sentence) -> None:
    body = f"Yth. Ibu Kartika,\n\nTerima kasih atas wawancara kemarin. {sentence}\n\nHormat saya,\nTiara"
    answer = review("id", "Terima kasih – wawancara Perawat Gigi", body, {}, real_lexicons)
    assert [item["excerpt"] for item in answer["findings"] if item["severity"] == "must"] == []


def test_a_word_of_address_before_bisa_is_the_interviewer() -> None:
    body = ("Yth. Bapak Heru,\n\nTerima kasih atas wawancara kemarin untuk posisi Staf Legal. Saya harap bapak bisa "
            "mempertimbangkan saya.\n\nHormat saya,\nSinta")
    answer = review("id", "Terima kasih – wawancara Staf Legal", body, {"interviewer": "Heru Susanto"})
    assert [(item["excerpt"], item.get("replacement")) for item in answer["findings"] if item["code"] == "address_lowercase"] == [
        ("bapak", "Bapak")]


@pytest.mark.parametrize(("lang", "body", "found", "fix"), [
    ("en", "Dear Mr. Santoso,\n\nThank you for the interview today. I can teach english and Indonesian to new staff.\n\nRegards,\nFitri",
     "english", "English"),
    ("id", "Yth. Bapak Joko,\n\nTerima kasih atas wawancara kemarin. Saya bisa mengajar bahasa inggris dan bahasa jepang.\n\nHormat saya,\nFitri",
     "inggris", "Inggris"),
])
def test_the_name_of_a_language_takes_a_capital(lang, body, found, fix) -> None:
    answer = review(lang, "Thank you – Admin interview", body, {})
    assert (found, fix) in [(item["excerpt"], item.get("replacement")) for item in answer["findings"] if item["code"] == "capital_name"]


@pytest.mark.parametrize(("sentence", "doubt"), [
    ("Sorry if my english was not so good, I am still learning.", True),
    ("I know my English isn't very fluent yet, but I am practising.", True),
    ("My English is fluent, and I used it daily with clients in Singapore.", False),
    ("My English was good enough to lead calls with the Tokyo office.", False),
])
def test_doubt_about_ones_english_is_self_doubt(sentence, doubt) -> None:
    body = f"Dear Mr. Santoso,\n\nThank you for the interview today at PT Toyota Astra. {sentence}\n\nRegards,\nFitri"
    answer = review("en", "Thank you – Admin interview", body, {})
    assert bool([item for item in answer["findings"] if item["code"] == "self_doubt"]) == doubt


@pytest.mark.parametrize(("sentence", "code"), [
    ("Saya juga bersedia lembur kapan saja dibutuhkan.", None),  # offered, not asked: "kapan saja" is anytime
    ("Saya siap lembur kapan pun diperlukan oleh tim.", None),
    ("Kapan saya bisa tahu soal uang lembur untuk posisi ini?", "salary"),
])
def test_overtime_offered_anytime_is_no_question_about_pay(sentence, code) -> None:
    body = f"Yth. Bapak Joko,\n\nTerima kasih atas wawancara kemarin untuk posisi Teknisi di PT United Tractors. {sentence}\n\nHormat saya,\nSlamet"
    answer = review("id", "Terima kasih – wawancara Teknisi", body, {})
    assert {item["code"] for item in answer["findings"]} & {"salary"} == ({code} if code else set())


def test_a_chat_pleading_need_for_the_job_is_pleading() -> None:
    body = "Selamat malam, Pak Bambang. Saya Andi yang tadi wawancara driver. Saya tunggu kabarnya ya, Pak, soalnya saya butuh bgt kerjaan ini."
    answer = handle({"op": "review", "lang": "id", "subject": "", "body": body, "context": {"lang": "id", "channel": "whatsapp"}})
    assert [item["excerpt"] for item in answer["findings"] if item["code"] == "desperate"] == ["butuh bgt kerjaan ini"]


def test_interested_about_is_interested_in() -> None:
    body = ("Dear Ms. Sari,\n\nThank you for the interview yesterday. I am very interested about the role and the priority "
            "banking team.\n\nRegards,\nHadi")
    answer = review("en", "Thank you – Relationship Manager interview", body, {})
    assert [(item["excerpt"], item.get("replacement")) for item in answer["findings"] if item["severity"] == "must"] == [
        ("interested about", "interested in")]


@needs_lists
@pytest.mark.parametrize(("sentence", "found", "fix"), [
    ("Kami masing masing diberi tugas berbeda.", "masing masing", "masing-masing"),
    ("Saya akan mempersiapkan diri sebaik baiknya.", "sebaik baiknya", "sebaik-baiknya"),
    ("Semoga kita bisa bertemu lagi secepat cepatnya.", "secepat cepatnya", "secepat-cepatnya"),
])
def test_a_doubled_word_written_apart_is_one_hyphen_not_two_typos(real_lexicons, sentence, found, fix) -> None:
    body = f"Yth. Bapak Andi,\n\nTerima kasih atas wawancara kemarin tentang audit gudang di Cikarang. {sentence}\n\nHormat saya,\nDian"
    answer = review("id", "Terima kasih – wawancara Auditor", body, {}, real_lexicons)
    assert [(item["code"], item["excerpt"], item.get("replacement")) for item in answer["findings"]
            if item["kind"] in ("misspelling", "spelling") or item["code"] == "reduplication"] == [("reduplication", found, fix)]


@pytest.mark.parametrize(("sentence", "found"), [
    ("I am very happy to can join your team.", [("to can join", "to be able to join")]),
    ("I hope to can contribute soon.", [("I hope to can", "I hope I can")]),
    ("We used a machine to can vegetables at the plant.", []),
])
def test_to_can_is_to_be_able_to(sentence, found) -> None:
    body = f"Dear Mr. Tan,\n\nThank you for the interview yesterday about the audit of the Surabaya plant. {sentence}\n\nBest regards,\nDian"
    answer = review("en", "Thank you – Auditor interview", body, {})
    assert [(item["excerpt"], item.get("replacement")) for item in answer["findings"] if item["severity"] == "must"] == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("Terima kasih atas wawancara Senin lalu.", ["Senin"]),  # the interview was on a Friday
    ("Terima kasih atas wawancara kemarin lusa.", ["kemarin lusa"]),  # three days ago, not two
    ("Terima kasih atas wawancara Jumat lalu.", []),
    ("Saya menunggu jadwal wawancara Kamis depan.", []),
    ("Saya juga sudah menerima undangan wawancara Kamis dengan user.", []),  # the next round's, maybe
])
def test_a_weekday_right_after_the_interview_and_kemarin_lusa_are_checked_against_its_date(sentence, found) -> None:
    body = f"Yth. Bapak Andi,\n\n{sentence} Penjelasan Bapak tentang audit gudang di Cikarang sangat bermanfaat.\n\nHormat saya,\nDian"
    answer = review("id", "Terima kasih – wawancara Auditor", body,
                    {"interview_date": "2026-11-27", "now": "2026-11-30T10:00:00+07:00"})
    assert [item["excerpt"] for item in answer["findings"] if item["code"] == "timing"] == found


@needs_lists
@pytest.mark.parametrize(("sentence", "code", "found", "fix"), [
    ("Saya ingin menyampikan terima kasih atas waktu Bapak.", "misspelling", "menyampikan", "menyampaikan"),
    ("Saya terbiasa kerjasama dengan tim gudang.", "nonstandard", "kerjasama", "kerja sama"),  # no longer "serbasama"
    ("Saya memahami tanggungjawab seorang auditor.", "nonstandard", "tanggungjawab", "tanggung jawab"),
    ("Saya paham tanggungjawabnya.", "nonstandard", "tanggungjawabnya", "tanggung jawabnya"),  # one finding, not two
    ("Saya pernah bekerja dengan menejer gudang di Cikarang.", "nonstandard", "menejer", "manajer"),
])
def test_words_written_joined_or_as_heard_get_the_standard_spelling(real_lexicons, sentence, code, found, fix) -> None:
    body = f"Yth. Bapak Andi,\n\nTerima kasih atas wawancara kemarin tentang audit gudang di Cikarang. {sentence}\n\nHormat saya,\nDian"
    answer = review("id", "Terima kasih – wawancara Auditor", body, {}, real_lexicons)
    assert [(item["code"], item["excerpt"], item.get("replacement")) for item in answer["findings"]
            if item["code"] in ("misspelling", "nonstandard")] == [(code, found, fix)]


@needs_lists
def test_a_term_built_on_micro_is_no_typo(real_lexicons) -> None:
    body = ("Halo Pak Arif, terima kasih atas obrolan kemarin soal posisi UX Writer di Gojek. Diskusi tentang microcopy untuk "
            "fitur GoPay Later sangat seru. Semoga kita bisa bertemu lagi di tahap berikutnya. Salam, Nadia")
    answer = handle({"op": "review", "lang": "id", "subject": "", "body": body, "context": {"lang": "id", "channel": "linkedin"}},
                    lexicons=real_lexicons)
    assert [item["excerpt"] for item in answer["findings"] if item["kind"] == "misspelling"] == []


def test_a_chat_asking_for_news_right_away_presses_in_chat_words_too() -> None:
    body = "Pak, gmn hasil interview kmrn? sy udh nunggu lama nih, tolong kabarin secepatnya ya"
    answer = handle({"op": "review", "lang": "id", "subject": "", "body": body, "context": {"lang": "id", "channel": "whatsapp"}})
    assert [item["excerpt"] for item in answer["findings"] if item["code"] == "pressure"] == ["secepatnya"]


@needs_lists
@pytest.mark.parametrize(("word", "fix"), [
    ("untill", "until"), ("regads", "regards"), ("noticable", "noticeable"),  # no "un-" + "till", "re-" + "gads"
    ("repost", None), ("rerun", None), ("upskill", None), ("manageable", None), ("traceable", None),
])
def test_a_short_prefixed_word_or_a_soft_c_before_able_may_be_a_slip(real_lexicons, word, fix) -> None:
    body = f"Dear Mr. Tan,\n\nThank you for the interview yesterday about the audit of the Surabaya plant. I wanted to mention {word} here.\n\nBest regards,\nDian"
    answer = review("en", "Thank you – Auditor interview", body, {}, real_lexicons)
    assert [(item["excerpt"], item.get("replacement")) for item in answer["findings"] if item["kind"] == "misspelling"] == (
        [(word, fix)] if fix else [])


@pytest.mark.parametrize(("greeting", "signature", "found"), [
    ("Yth. Bapak Andi Wijaya S.E.,", "Dian Pratama S.Kom.", [("Wijaya S.E.", "Wijaya, S.E."), ("Pratama S.Kom.", "Pratama, S.Kom.")]),
    ("Yth. Bapak Andi,", "Lestari Handayani A.Md.Kes.", [("Handayani A.Md.Kes.", "Handayani, A.Md.Kes.")]),
    ("Yth. Bapak Andi,", "Dian Pratama, S.Kom., M.M.", []),
    ("Yth. Bapak Andi,", "Rizal S. Nugroho", []),  # an initial, no degree
])
def test_a_degree_after_a_name_is_set_off_by_a_comma(greeting, signature, found) -> None:
    body = (f"{greeting}\n\nTerima kasih atas wawancara kemarin untuk posisi Staf Gudang. Saya lulusan S.Kom. dari UGM dan "
            f"senang mendengar penjelasan Bapak tentang sistem FIFO di gudang Cikarang.\n\nHormat saya,\n{signature}")
    answer = review("id", "Terima kasih – wawancara Staf Gudang", body, {})
    assert [(item["excerpt"], item.get("replacement")) for item in answer["findings"] if item["code"] == "degree_comma"] == found


@pytest.mark.parametrize(("sentence", "pleading"), [
    ("This job would mean the world to me.", True),
    ("I have been unemployed for eight months.", True),
    ("Please consider me, I have been looking for a job for a year.", True),
    ("I have been working as a nurse for five years.", False),
    ("This role would mean a chance to use my audit experience every day.", False),
])
def test_hardship_counted_in_months_and_a_job_meaning_the_world_are_pleading(sentence, pleading) -> None:
    body = f"Dear Mr. Tan,\n\nThank you for the interview yesterday about the audit of the Surabaya plant. {sentence}\n\nBest regards,\nDian"
    answer = review("en", "Thank you – Auditor interview", body, {})
    assert bool([item for item in answer["findings"] if item["code"] == "desperate"]) == pleading


@pytest.mark.parametrize(("sentence", "pleading"), [
    ("Saya sudah 8 bulan menganggur.", True),
    ("Saya sudah setahun mencari pekerjaan.", True),
    ("Saya sudah menganggur selama enam bulan.", True),
    ("Pekerjaan ini sangat berarti bagi saya dan keluarga.", True),
    ("Saya sudah bekerja selama enam bulan di sana.", False),
    ("Kesempatan ini sangat berarti bagi saya.", False),
])
def test_indonesian_hardship_counted_in_months_is_pleading(sentence, pleading) -> None:
    body = f"Yth. Bapak Andi,\n\nTerima kasih atas wawancara kemarin tentang audit gudang di Cikarang. {sentence}\n\nHormat saya,\nDian"
    answer = review("id", "Terima kasih – wawancara Auditor", body, {})
    assert bool([item for item in answer["findings"] if item["code"] == "desperate"]) == pleading


@needs_lists
@pytest.mark.parametrize(("subject", "found"), [
    ("Terima kasih, Pak Andri - Staf Gudang", [("Andri", "Andi")]),
    ("Terima kasih, Pak Andi - Staf Gudang", []),
    ("Terima kasih atas wawancara Staf Gudang - Dian Pratama", []),  # the reader's own name
])
def test_the_interviewers_name_is_checked_in_the_subject_line_too(real_lexicons, subject, found) -> None:
    body = ("Yth. Bapak Andi,\n\nTerima kasih atas wawancara kemarin untuk posisi Staf Gudang di PT Maju Jaya. Penjelasan Bapak "
            "tentang sistem FIFO di gudang Cikarang sangat bermanfaat bagi saya.\n\nHormat saya,\nDian Pratama")
    answer = review("id", subject, body, {"interviewer": "Andi Wijaya", "company": "PT Maju Jaya", "role": "Staf Gudang"}, real_lexicons)
    assert [(item["excerpt"], item.get("replacement")) for item in answer["findings"] if item["code"] == "interviewer_misspelled"
            and item["field"] == "subject"] == found


@pytest.mark.parametrize(("sentence", "pressed"), [
    ("Saya bisa segera mengirimkan kabar tambahan bila diperlukan.", False),  # the writer offering news
    ("Bila ada perubahan jadwal, akan segera saya kabari.", False),
    ("Saya siap segera menyampaikan hasil tes kesehatan saya.", False),
    ("Mohon segera dikabari hasilnya.", True),
    ("Saya harap Bapak bisa segera memberikan kabar.", True),
])
def test_news_the_writer_sends_soon_is_no_pressure_for_their_answer(sentence, pressed) -> None:
    body = ("Yth. Bapak Hendra,\n\nDengan hormat,\n\nTerima kasih atas wawancara kemarin untuk posisi Staf Admin. Penjelasan "
            f"Bapak tentang alur arsip digital sangat membantu saya. {sentence}\n\nHormat saya,\nRina")
    answer = review("id", "Terima kasih – wawancara Staf Admin", body, {})
    assert any(item["code"] == "pressure" for item in answer["findings"]) is pressed


# The writer's own haste, or hope, in a sentence that asks to be told something: "segera" is theirs, not a demand.
@pytest.mark.parametrize(("lang", "sentence", "pressed"), [
    ("id", "Apabila ada dokumen yang kurang, mohon kabari saya, saya akan segera mengirimkannya.", False),
    ("id", "Jika ada berkas yang kurang, mohon kabari saya, nanti segera saya kirimkan.", False),
    ("id", "Mohon kabari saya jika ada yang kurang, akan saya lengkapi secepatnya.", False),
    ("id", "Saya berharap dapat segera mendapat kabar baik dari Bapak.", False),  # "I hope to hear soon"
    ("id", "Mohon segera kabari saya keputusannya.", True),
    ("id", "Saya menunggu kabar dari Bapak secepatnya.", True),
    ("en", "If you need any other document, please let me know and I will send it right away.", False),
    ("en", "Please let me know if anything is missing; I'll be happy to send it by Friday.", False),
    ("en", "I would appreciate your decision as soon as possible.", True),
    ("en", "Please let me know your decision immediately.", True),
])
def test_the_writers_own_haste_is_no_pressure_for_their_answer(lang, sentence, pressed) -> None:
    if lang == "id":
        body = ("Yth. Bapak Hendra,\n\nDengan hormat,\n\nTerima kasih atas wawancara kemarin untuk posisi Staf Admin. Penjelasan "
                f"Bapak tentang alur arsip digital sangat membantu saya. {sentence}\n\nHormat saya,\nRina")
        subject = "Terima kasih – wawancara Staf Admin"
    else:
        body = ("Dear Mr. Hendra,\n\nThank you for the interview yesterday for the Admin Officer role. Your account of the "
                f"digital filing flow was very helpful. {sentence}\n\nBest regards,\nRina")
        subject = "Thank you – Admin Officer interview"
    answer = review(lang, subject, body, {})
    assert any(item["code"] == "pressure" for item in answer["findings"]) is pressed


@pytest.mark.parametrize("sentence", [
    "Saya menilai tiap alat dengan skala 1..10 dan memindahkan layanan dari v2..v3 tahun lalu.",
    "Indeks kolom A..Z di lembar kerja itu saya susun ulang.",
])
def test_two_dots_inside_a_range_are_no_doubled_full_stop(sentence) -> None:
    body = f"Yth. Bapak Arif,\n\nTerima kasih atas wawancara kemarin. {sentence}\n\nHormat saya,\nSari"
    answer = review("id", "Terima kasih – wawancara Staf Keuangan", body, {})
    assert [item["excerpt"] for item in answer["findings"] if item["code"] == "punctuation_doubled"] == []


@pytest.mark.parametrize(("lang", "body", "closing"), [
    ("en", "Dear Mr. Lee,\n\nThank you for taking the time to meet me on Tuesday to discuss the Data Analyst role. I enjoyed "
           "hearing how your team moved the weekly sales dashboard to Power BI.\n\nCheers mate,\nRina Putri", "Cheers mate"),
    ("en", "Dear Mr. Lee,\n\nThank you for taking the time to meet me on Tuesday to discuss the Data Analyst role. I enjoyed "
           "hearing how your team moved the weekly sales dashboard to Power BI.\n\nThanks guys,\nRina Putri", "Thanks guys"),
    ("id", "Yth. Ibu Retno,\n\nTerima kasih atas waktu Ibu dalam wawancara kemarin untuk posisi Staf Personalia. Penjelasan Ibu "
           "tentang sistem penilaian kinerja sangat membantu.\n\nMakasih kak,\nRina Putri", "Makasih kak"),
])
def test_a_closing_with_a_word_of_familiarity_after_it_is_a_casual_closing(lang, body, closing) -> None:
    answer = review(lang, "Thank you – Data Analyst interview", body, {})
    assert [item["excerpt"] for item in answer["findings"] if item["code"].startswith("closing")] == [closing]


@pytest.mark.parametrize(("sentence", "found"), [
    ("Ditunggu ya kabarnya, Pak!", [("pressure", "Ditunggu ya kabarnya"), ("informal_drop", "ya")]),
    ("Ditunggu kabar baiknya.", [("pressure", "Ditunggu kabar baiknya")]),
    ("Semoga acara peluncurannya lancar ya.", [("informal_drop", "ya")]),
    ("Ya, saya bersedia mengikuti tes lanjutan pekan depan.", []),  # "yes"
    ("Di formulir itu saya menjawab ya atau tidak untuk tiap syarat.", []),
    ("Saya menunggu kabar baik dari Bapak.", []),
])
def test_a_chats_particle_and_its_call_for_their_answer_are_found_in_a_letter(sentence, found) -> None:
    body = ("Yth. Bapak Hendra,\n\nDengan hormat,\n\nTerima kasih atas wawancara kemarin untuk posisi Staf Admin. Penjelasan "
            f"Bapak tentang alur arsip digital sangat membantu saya. {sentence}\n\nHormat saya,\nRina")
    answer = review("id", "Terima kasih – wawancara Staf Admin", body, {})
    assert [(item["code"], item["excerpt"]) for item in answer["findings"]
            if item["code"] in ("pressure", "informal_drop", "informal_word")] == found


def test_a_chats_call_for_news_in_a_chat_is_the_chats_own() -> None:
    body = "Selamat sore Pak Hendra, saya Rina yang tadi wawancara untuk posisi Staf Admin. Terima kasih atas penjelasannya. Ditunggu kabarnya ya, Pak."
    answer = review("id", "", body, {"channel": "whatsapp"})
    assert [item["code"] for item in answer["findings"] if item["code"] in ("pressure", "informal_drop")] == []


@pytest.mark.parametrize(("sentence", "flagged"), [
    ("Di Puskesmas saya memastikan ibu bisa menyusui dengan nyaman.", False),  # any mother, in a midwife's letter
    ("Saya mencatat ibu sudah mendapat imunisasi TT sebelum persalinan.", False),
    ("Setiap kunjungan saya pastikan ibu sudah saya periksa tekanan darahnya.", False),
    ("Para ibu sudah saya ajari cara menyusui yang benar.", False),
    ("Saya mengajari ibu memberikan ASI eksklusif.", False),
    ("Saya harap ibu bisa mempertimbangkan saya.", True),
    ("Terima kasih karena ibu sudah meluangkan waktu.", True),
    ("Senang sekali bisa berdiskusi bersama ibu tadi.", True),
    ("Alur rujukan yang ibu jelaskan sangat rapi.", True),
    ("Saya berharap bisa bergabung dengan perusahaan ibu yang sangat hebat.", True),
])
def test_ibu_before_a_word_any_mother_may_do_is_the_reader_only_where_the_letter_speaks_to_her(sentence, flagged) -> None:
    body = ("Yth. Ibu Retno,\n\nDengan hormat,\n\nTerima kasih atas wawancara kemarin untuk posisi Bidan. Penjelasan Ibu tentang "
            f"alur rujukan sangat membantu. {sentence}\n\nHormat saya,\nRina")
    answer = review("id", "Terima kasih – wawancara Bidan", body, {"interviewer": "Retno Wulandari"})
    assert [item["excerpt"] for item in answer["findings"] if item["code"] == "address_lowercase"] == (["ibu"] if flagged else [])


# Correct letters written after this round's fixes (a midwife's "ibu bisa menyusui", "1..10", "v2..v3", "Ya, saya
# bersedia", the writer's own "segera saya kirimkan"): no must-fix, no should-fix.
FRESH_LETTERS = json.loads((Path(__file__).resolve().parent / "corpus" / "fresh_letters_round28.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("letter", FRESH_LETTERS, ids=[f"{item['lang']}-{n}" for n, item in enumerate(FRESH_LETTERS)])
def test_a_fresh_correct_letter_gets_no_must_or_should_fix(letter) -> None:
    answer = review(letter["lang"], letter["subject"], letter["body"], letter["context"])
    assert [(item["code"], item["excerpt"]) for item in answer["findings"] if item["severity"] in ("must", "should")] == []
