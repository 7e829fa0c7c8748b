"""The reviewer on the other messages a job seeker writes after an interview, each judged by what its kind needs.

The product reviews any such draft: a follow-up asking for news, a reply to a rejection, a confirmation of the next
round (or a request for another date), a withdrawal, a reply to an offer. The reviewer reads the kind from the message's own words
(``DraftLanguage.purposes``, ``rules.message_kinds``): an offer reply may talk pay, a withdrawal or a request for another date may say
sorry once, a withdrawal names the job it took, a WhatsApp confirmation may be one line, a follow-up needs no detail of the conversation; a reply
to a rejection must not argue with it. ``corpus/message_kinds.json`` holds the drafts that once drew false alarms
(or slips missed) and now pin the fixes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from thankyou.api import handle
from thankyou.review import rules
from thankyou.review.draft import parse
from thankyou.texts.draft_language import English, Indonesian

needs_lists = pytest.mark.skipif(sys.platform == "emscripten", reason="site_build and node_modules are build-time, CPython only")
CORPUS = json.loads((Path(__file__).parent / "corpus" / "message_kinds.json").read_text(encoding="utf-8"))["drafts"]


def review(lang: str, body: str, subject: str = "", lexicons=None, **context) -> dict:
    request = {"op": "review", "lang": lang, "subject": subject, "body": body,
               "context": {"lang": lang, "now": "2026-11-27T09:00:00+07:00", **context}}
    return handle(request, lexicons=lexicons) if lexicons is not None else handle(request)


def codes(answer: dict, *wanted: str) -> list[str]:
    return [item["excerpt"] for item in answer["findings"] if item["code"] in wanted]


def serious(answer: dict) -> list[tuple[str, str]]:
    return [(item["code"], item["excerpt"]) for item in answer["findings"] if item["severity"] in ("must", "should")]


@pytest.fixture(scope="module")
def real_lexicons():
    from site_build.wordlists import lexicons

    return lexicons()


@needs_lists
@pytest.mark.parametrize("draft", CORPUS, ids=[draft["id"] for draft in CORPUS])
def test_the_other_kinds_of_message_are_judged_by_what_they_are_for(draft, real_lexicons):
    answer = review(draft["lang"], draft["body"], draft["subject"], real_lexicons, **draft["context"])
    found = serious(answer) + [(item["code"], item["excerpt"]) for item in answer["findings"]]
    if draft.get("clean"):
        assert serious(answer) == []
    for code, excerpt in draft.get("expect", []):
        assert (code, excerpt) in found


@pytest.mark.parametrize(("language", "subject", "body", "kinds"), [
    (Indonesian, "", "Mohon izin menanyakan apakah sudah ada kabar untuk tahap berikutnya?", {"follow_up"}),
    (Indonesian, "Menanyakan status lamaran", "Saya ingin menanyakan status lamaran saya.", {"follow_up"}),
    (Indonesian, "", "Terima kasih atas kabarnya, Bu. Semoga lain waktu bisa bekerja sama.", {"rejection_reply"}),
    (Indonesian, "", "Baik Bu, saya bersedia hadir Kamis jam 10.", {"confirmation"}),
    (Indonesian, "", "Mohon maaf, hari Kamis saya berhalangan hadir. Apakah dapat dijadwalkan ulang?", {"reschedule"}),
    (Indonesian, "", "Saya mengundurkan diri dari proses seleksi karena telah menerima tawaran di tempat lain.", {"withdrawal"}),
    (Indonesian, "Re: Penawaran Kerja", "Terima kasih atas tawaran posisi Software Engineer.", {"offer_reply"}),
    (Indonesian, "", "Terima kasih atas tawarannya. Saya memutuskan untuk tidak menerima tawaran ini.", {"offer_reply", "withdrawal"}),
    (Indonesian, "", "Terima kasih atas wawancara kemarin dan penjelasan Ibu tentang tim data.", set()),
    (Indonesian, "", "Terima kasih atas kabar dan waktu yang Ibu luangkan.", set()),  # thanks for the talk, not a reply to news
    (English, "", "Hi Tom, confirmed for Thursday 10am. Thanks!", {"confirmation"}),
    (English, "", "Thursday at 10 works well for me.", {"confirmation"}),
    (English, "", "I have an exam on Tuesday; could we reschedule to Wednesday?", {"reschedule"}),
    (English, "", "I interviewed on 10 November and wanted to ask about the status of my application.", {"follow_up"}),
    (English, "", "Thank you for letting me know. I would be glad to be considered for future roles.", {"rejection_reply"}),
    (English, "", "Thank you for offering me the position. I have decided to decline.", {"offer_reply", "withdrawal"}),
    (English, "", "Thank you for the offer. I must respectfully decline, as I have accepted another position.",
     {"offer_reply", "withdrawal"}),
    (Indonesian, "", "Terima kasih atas tawarannya. Saya memutuskan untuk tidak mengambil tawaran ini.", {"offer_reply", "withdrawal"}),
    (English, "", "I hope we can speak again another time.", set()),
    (English, "", "Thank you for the interview yesterday and for the tour of the plant.", set()),
    (English, "", "I have another offer, so I need an answer soon.", set()),  # another offer is not an offer reply
])
def test_the_kind_of_a_message_is_read_from_its_words(language, subject, body, kinds):
    assert rules.message_kinds(parse(subject, body, language.lang), language) == kinds


# An offer reply is where pay is talked about; anywhere else a question about it still is a finding.
def test_salary_in_a_reply_to_an_offer_is_no_finding_but_stays_one_elsewhere() -> None:
    offer = ("Dear Mr. Evans,\n\nThank you for the offer to join Quantica. Before I accept, I would like to discuss the base "
             "salary: would you be open to SGD 9,000 per month?\n\nKind regards,\nSalsa")
    assert codes(review("en", offer, "Re: Offer – Data Scientist", interviewer="Mark Evans"), "salary") == []
    invitation = ("Dear Mr. Becker,\n\nThank you for inviting me to the second interview. I will attend on Wednesday. Can you "
                  "also tell me the salary range for this role?\n\nRegards,\nAldi")
    assert codes(review("en", invitation, "Re: Interview invitation", interviewer="Tom Becker"), "salary") == ["salary"]
    ditanya = ("Yth. Bapak Andreas,\n\nTerima kasih atas surat penawaran untuk posisi Account Manager. Apakah tunjangan "
               "transportasi sudah termasuk dalam gaji yang tercantum?\n\nHormat saya,\nClara")
    assert codes(review("id", ditanya, "Pertanyaan mengenai tawaran kerja", interviewer="Andreas Wibisono"), "salary") == []


def test_a_withdrawal_names_the_job_it_took_and_says_sorry_once_without_a_finding() -> None:
    body = ("Yth. Ibu Kartika,\n\nSaya memutuskan untuk mengundurkan diri dari proses seleksi karena telah menerima tawaran di "
            "tempat lain. Terima kasih atas waktu Ibu.\n\nHormat saya,\nDimas")
    assert codes(review("id", body, "Pengunduran diri", interviewer="Kartika Sari"), "pressure") == []
    english = ("Dear Mr. Hughes,\n\nI have decided to withdraw my application, as I have accepted another offer. I am sorry "
               "for any inconvenience, and thank you for your time.\n\nKind regards,\nMaya")
    assert codes(review("en", english, "Withdrawing my application", interviewer="Oliver Hughes"),
                 "pressure", "apology_ritual") == []
    # The same words in a follow-up hold the other offer over them, and three apologies are still too many.
    follow_up = ("Yth. Ibu Kartika,\n\nSaya ingin menanyakan kelanjutan proses seleksi, karena saya sudah menerima tawaran "
                 "dari perusahaan lain.\n\nHormat saya,\nDimas")
    assert codes(review("id", follow_up, "Tindak lanjut", interviewer="Kartika Sari"), "pressure")
    sorry = ("Yth. Bapak Joko,\n\nMohon maaf sebesar-besarnya. Saya mohon maaf karena harus mundur dari proses seleksi. "
             "Sekali lagi mohon maaf.\n\nHormat saya,\nSurya")
    assert codes(review("id", sorry, "Mundur", interviewer="Joko Widodo"), "apology_strong", "apology_repeated")


def test_a_date_for_the_readers_own_answer_is_no_pressure_on_theirs() -> None:
    own = ("Dear Mr. Evans,\n\nThank you very much for the offer. Would it be possible to give you my answer by Friday, "
           "4 December?\n\nKind regards,\nSalsa")
    assert codes(review("en", own, "Re: Offer", interviewer="Mark Evans"), "pressure") == []
    theirs = ("Dear Mr. Evans,\n\nThank you for the interview. Please give me your answer by Friday, as I need to plan."
              "\n\nKind regards,\nSalsa")
    assert codes(review("en", theirs, "Thank you", interviewer="Mark Evans"), "pressure") == ["by Friday"]
    sendiri = ("Yth. Bapak Andreas,\n\nTerima kasih atas tawarannya. Bolehkah saya memberikan jawaban sebelum hari Senin?"
               "\n\nHormat saya,\nClara")
    assert codes(review("id", sendiri, "Re: Surat penawaran", interviewer="Andreas Wibisono"), "pressure") == []


def test_an_ultimatum_over_an_offer_is_pressure() -> None:
    english = ("Hi Mark,\n\nThanks for the offer. I have a higher one elsewhere, so you need to match it, or I will take the "
               "other one.\n\nRegards\nSalsa")
    assert codes(review("en", english, "Re: offer", interviewer="Mark Evans"), "pressure") == ["you need to match", "or I will take"]
    indonesian = ("Yth. Ibu Melati,\n\nTerima kasih atas tawarannya. Di tempat lain saya ditawari lebih tinggi. Kalau tidak "
                  "dinaikkan saya ambil yang lain saja. Tolong dijawab hari ini.\n\nHendro")
    assert codes(review("id", indonesian, "Re: Penawaran", interviewer="Melati Puspita"), "pressure") == [
        "Di tempat lain saya ditawari", "saya ambil yang lain", "Tolong dijawab hari ini"]


def test_a_reply_to_a_rejection_that_argues_with_it_is_found() -> None:
    body = ("Dear Ms. Clarke,\n\nThank you for letting me know. I think you made a mistake. Can you tell me who got the job? "
            "I would like you to reconsider.\n\nRegards,\nBimo")
    answer = review("en", body, "Re: Application outcome", interviewer="Emma Clarke")
    assert codes(answer, "reconsider") == ["you made a mistake", "who got the job", "like you to reconsider"]
    assert {item["severity"] for item in answer["findings"] if item["code"] == "reconsider"} == {"should"}
    indonesian = ("Yth. Ibu Rina,\n\nTerima kasih atas kabar mengenai hasil seleksi. Bisakah keputusan ini ditinjau ulang? "
                  "Saya mohon diberi kesempatan sekali lagi, saya siap digaji berapa pun.\n\nHormat saya,\nAndi")
    answer = review("id", indonesian, "Re: Hasil Seleksi", interviewer="Rina Wijaya")
    assert codes(answer, "reconsider") == ["ditinjau ulang", "kesempatan sekali lagi"]
    assert codes(answer, "desperate") == ["mohon diberi kesempatan sekali lagi", "siap digaji berapa pun"]
    assert "meninjau ulang" in texts_message(answer, "reconsider")


def texts_message(answer: dict, code: str) -> str:
    return next(item for item in answer["findings"] if item["code"] == code)["message"] + " " + answer["summary"]


@pytest.mark.parametrize(("lang", "subject", "body"), [
    # Asking to be kept in mind, negotiating, a new date: none argues with a decision.
    ("id", "Re: Hasil Seleksi", "Yth. Ibu Dewi,\n\nTerima kasih atas kabarnya. Saya berharap dapat dipertimbangkan kembali "
     "apabila ada posisi yang sesuai di masa mendatang.\n\nHormat saya,\nRizky"),
    ("en", "Re: Offer", "Dear Mr. Evans,\n\nThank you for the offer. Would you reconsider the base salary in light of my "
     "five years in machine learning?\n\nKind regards,\nSalsa"),
    ("en", "Re: Your application", "Dear Mr. Patel,\n\nThank you for letting me know. I hope you will reconsider me for "
     "future openings.\n\nKind regards,\nHana"),
    ("en", "Follow-up", "Dear Ms. Tan,\n\nI am following up to see if you have made a decision yet.\n\nThanks,\nAnisa"),
    # The verb said of something else, in a thank-you.
    ("en", "Thank you", "Dear Mr. Sato,\n\nHearing how your team reconsidered its packaging suppliers after the port strike "
     "was fascinating.\n\nKind regards,\nIrene"),
])
def test_a_reply_that_does_not_argue_is_no_reconsider_finding(lang, subject, body):
    assert codes(review(lang, body, subject), "reconsider") == []


@pytest.mark.parametrize(("lang", "body", "interviewer"), [
    ("id", "Baik Bu, saya bersedia hadir Kamis jam 10. Terima kasih.", "Fitri Handayani"),
    ("id", "Siap Pak, terima kasih infonya. Saya akan hadir hari Senin pukul 09.00 untuk tes praktik. Salam, Irfan", "Budi Santoso"),
    ("id", "Terima kasih atas kabarnya, Bu Sinta. Saya menghargai kesempatan wawancaranya. Semoga lain waktu bisa bekerja sama.",
     "Sinta Maharani"),
    ("en", "Hi Tom, confirmed for Thursday 10am. Thanks!", "Tom Becker"),
])
def test_a_whatsapp_reply_in_the_thread_is_short_and_greets_as_a_chat_does(lang, body, interviewer):
    answer = review(lang, body, interviewer=interviewer, company="Bengkel Jaya", role="Mekanik", channel="whatsapp")
    assert serious(answer) == []


def test_a_whatsapp_thank_you_that_only_says_bu_is_still_asked_for_a_greeting() -> None:
    # Not a reply in a thread: the rule that a chat reply's "Baik Bu," is its greeting does not reach it.
    answer = review("id", "Bu, makasih ya.", interviewer="Sinta Maharani", channel="whatsapp")
    assert codes(answer, "greeting_missing", "interviewer_absent")


def test_a_confirmation_dates_the_next_round_not_the_interview() -> None:
    body = ("Yth. Ibu Fitri,\n\nTerima kasih atas undangannya. Saya mengonfirmasi kehadiran saya pada wawancara user hari "
            "Kamis, 3 Desember 2026 pukul 10.00 WIB.\n\nHormat saya,\nWulan")
    assert codes(review("id", body, "Re: Undangan", interviewer="Fitri Handayani", interview_date="2026-11-24"), "timing") == []
    past = body.replace("Kamis, 3 Desember 2026", "Kamis, 19 November 2026").replace("Saya mengonfirmasi kehadiran saya pada",
                                                                                  "Terima kasih atas")
    assert codes(review("id", past, "Terima kasih", interviewer="Fitri Handayani", interview_date="2026-11-24"), "timing")


def test_a_follow_up_or_a_reply_on_linkedin_need_not_name_the_company() -> None:
    body = ("Hi Marcus, hope your week is going well. I'm following up on the Product Analyst interview from 12 November. "
            "Is there any update on next steps? Happy to share anything else you need. Thanks, Citra")
    answer = review("en", body, interviewer="Marcus Lee", company="Shopee", role="Product Analyst", channel="linkedin")
    assert codes(answer, "company_absent") == []
    thanks = ("Hi Marcus, thank you for the chat yesterday about the checkout redesign and the A/B tests your team runs on "
              "shipping fees. I enjoyed it a lot and hope we can talk again. Thanks, Citra")
    assert codes(review("en", thanks, interviewer="Marcus Lee", company="Shopee", channel="linkedin"), "company_absent")


def test_thanks_again_for_your_time_is_a_closing() -> None:
    body = ("Hi Priya,\n\nI wanted to check in on the Data Engineer role I interviewed for on 9 November. I am still very keen "
            "on the position.\n\nThanks again for your time,\nKevin Hartono")
    assert codes(review("en", body, "Checking in", interviewer="Priya Nair"), "closing_missing") == []


@needs_lists
def test_a_suffix_under_a_clitic_is_a_word(real_lexicons) -> None:
    body = ("Yth. Ibu Melati,\n\nSetelah meninjau rinciannya, saya ingin mendiskusikan beberapa hal.\n\nHormat saya,\nHendro")
    answer = review("id", body, "Re: Penawaran", real_lexicons, interviewer="Melati Puspita")
    assert codes(answer, "misspelling") == []
    slip = review("id", body.replace("rinciannya", "rincianya"), "Re: Penawaran", real_lexicons, interviewer="Melati Puspita")
    assert codes(slip, "misspelling") == ["rincianya"]


def test_asking_for_another_date_says_sorry_once_without_a_finding() -> None:
    body = ("Dear Ms. Lim,\n\nThank you for the invitation to the second interview. Unfortunately I have an exam on Tuesday "
            "morning; would Tuesday afternoon or Wednesday work for you instead? I am sorry for the inconvenience.\n\n"
            "Best regards,\nJessica")
    assert codes(review("en", body, "Re: Second interview", interviewer="Sarah Lim"), "apology_ritual") == []
    indonesian = ("Yth. Ibu Fitri,\n\nTerima kasih atas undangannya. Mohon maaf, pada hari Kamis saya berhalangan hadir karena "
                  "ujian skripsi. Apakah wawancara dapat dijadwalkan ulang ke hari Jumat?\n\nHormat saya,\nWulan")
    assert codes(review("id", indonesian, "Re: Undangan wawancara", interviewer="Fitri Handayani"), "apology_ritual") == []
    # A thank-you's stock apology stays one.
    thanks = ("Dear Ms. Lim,\n\nSorry to bother you. Thank you for the interview and the tour of the Orchard store.\n\n"
              "Best regards,\nJessica")
    assert codes(review("en", thanks, "Thank you", interviewer="Sarah Lim"), "apology_ritual")


def test_a_whatsapp_reply_opening_with_their_name_is_greeted() -> None:
    body = "Thanks Sarah, Wednesday 2pm works for me. See you then."
    answer = review("en", body, interviewer="Sarah Lim", channel="whatsapp")
    assert codes(answer, "greeting_missing", "interviewer_absent") == []
    # Not a reply (nothing it answers): still asked for a greeting.
    assert codes(review("en", "Thanks Sarah, it was nice.", interviewer="Sarah Lim", channel="whatsapp"), "greeting_missing")


@pytest.mark.parametrize(("lang", "body", "found"), [
    ("en", "Dear Mr. Evans,\n\nThanks for the offer. I am waiting on two other companies, so I cannot decide now."
     "\n\nRegards,\nSalsa", "waiting on two other companies"),
    ("id", "Yth. Bapak Andreas,\n\nTerima kasih atas tawarannya. Saya masih menunggu kabar dari dua perusahaan lain."
     "\n\nHormat saya,\nClara", "menunggu kabar dari dua perusahaan lain"),
])
def test_other_companies_waited_on_are_pressure(lang, body, found):
    assert codes(review(lang, body, "Re: Offer"), "pressure") == [found]


@pytest.mark.parametrize(("lang", "body", "found"), [
    ("en", "Dear Ms. Tan,\n\nI am following up on my interview. It has been three weeks and I still haven't heard anything, which "
     "is quite unprofessional.\n\nRegards,\nAnisa", "is quite unprofessional"),
    ("en", "Dear Ms. Tan,\n\nI am following up on my interview of 16 November. I feel I have been ghosted.\n\nRegards,\nAnisa",
     "ghosted"),
    ("id", "Yth. Ibu Maya,\n\nSaya ingin menanyakan kelanjutan proses seleksi. Sudah tiga minggu tidak ada yang membalas email "
     "saya.\n\nHormat saya,\nSiti", "tidak ada yang membalas"),
])
def test_a_follow_up_that_blames_them_for_the_wait_is_found(lang, body, found):
    answer = review(lang, body, "Follow-up on my application")
    assert codes(answer, "reproach") == [found]
    assert {item["severity"] for item in answer["findings"] if item["code"] == "reproach"} == {"should"}


def test_a_thank_you_may_tell_of_an_unprofessional_client() -> None:
    body = ("Dear Mr. Sato,\n\nThank you for the interview. The question about a client who was rude to my team made me think "
            "about how I handled it.\n\nKind regards,\nIrene")
    assert codes(review("en", body, "Thank you"), "reproach") == []


def test_a_follow_up_may_say_sorry_for_bothering_them_once() -> None:
    body = ("Yth. Bapak Agus,\n\nMohon maaf mengganggu waktunya. Saya menulis kembali untuk menanyakan kelanjutan proses "
            "seleksi posisi Customer Service.\n\nSalam hormat,\nRini")
    assert codes(review("id", body, "Re: Wawancara Customer Service", interviewer="Agus Salim"), "apology_ritual") == []
    # In a thank-you the same words are a ritual; in a follow-up, twice is still too many, and "sorry for any mistakes" stays one.
    thanks = body.replace("Saya menulis kembali untuk menanyakan kelanjutan proses seleksi", "Terima kasih atas wawancara untuk")
    assert codes(review("id", thanks, "Terima kasih", interviewer="Agus Salim"), "apology_ritual")
    twice = body.replace("Saya menulis kembali", "Sekali lagi maaf. Saya menulis kembali")
    assert codes(review("id", twice, "Re: Wawancara", interviewer="Agus Salim"), "apology_repeated", "apology_strong")
    words = body.replace("Mohon maaf mengganggu waktunya.", "Mohon maaf apabila ada kata yang kurang berkenan.")
    assert codes(review("id", words, "Re: Wawancara", interviewer="Agus Salim"), "apology_ritual")


def test_a_whatsapp_reply_naming_them_at_the_end_of_its_first_sentence_is_greeted() -> None:
    body = "Thanks for letting me know, Grace. I really enjoyed meeting the team, and I hope we cross paths again."
    assert codes(review("en", body, interviewer="Grace Tan", channel="whatsapp"), "greeting_missing", "interviewer_absent") == []


def test_a_latest_date_for_the_readers_own_answer_is_no_pressure() -> None:
    own = ("Selamat siang Bu Maya, terima kasih banyak atas tawarannya. Bolehkah saya memberikan jawaban paling lambat hari "
           "Senin? Terima kasih, Bu.")
    assert codes(review("id", own, interviewer="Maya Anggraeni", channel="whatsapp"), "pressure") == []
    theirs = ("Yth. Ibu Maya,\n\nTerima kasih atas wawancaranya. Mohon kabari saya paling lambat hari Jumat.\n\n"
              "Hormat saya,\nSiti")
    assert codes(review("id", theirs, "Terima kasih", interviewer="Maya Anggraeni"), "pressure") == ["paling lambat hari"]


@pytest.mark.parametrize("body", [
    "Mohon izin bertanya, apakah posisi Admin Keuangan yang saya ikuti wawancaranya pada 12 November masih dalam tahap seleksi?",
    "Saya ingin memastikan apakah lamaran saya masih diproses.",
])
def test_asking_whether_the_application_is_still_open_is_a_follow_up(body):
    assert rules.message_kinds(parse("", body, "id"), Indonesian) == {"follow_up"}
