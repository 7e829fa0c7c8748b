"""Drafts written after the reviewer, in the styles of real thank-you emails and chats, that it
once got wrong: a false typo on chat speech, a missed phonetic spelling, a passive "di-" apart
from a root verb, a fix that was itself shorthand. Each test names the rule it holds, not the draft.
"""

from __future__ import annotations

import sys

import pytest

from thankyou.api import handle

needs_lists = pytest.mark.skipif(sys.platform == "emscripten", reason="site_build and node_modules are build-time, CPython only")


@pytest.fixture(scope="module")
def real_lexicons():
    from site_build.wordlists import lexicons

    return lexicons()


def review_id(sentence: str, lexicons, *, channel: str = "email", **context) -> dict:
    body = f"Yth. Ibu Ratna,\n\nDengan hormat,\n\n{sentence}\n\nHormat saya,\nDewi Lestari"
    return handle({"op": "review", "lang": "id", "subject": "Terima kasih atas wawancara posisi Staf Admin", "body": body,
                   "context": {"lang": "id", "channel": channel, **context}}, lexicons=lexicons)


def findings(answer: dict, kind: str) -> list[tuple[str, str | None]]:
    return [(found["excerpt"], found.get("replacement")) for found in answer["findings"] if found["kind"] == kind]


def messages(answer: dict, kind: str) -> list[str]:
    return [found["message"] for found in answer["findings"] if found["kind"] == kind]


@needs_lists
@pytest.mark.parametrize(("sentence", "word", "standard"), [
    ("Saya masih nunggu kabar dari tim Ibu.", "nunggu", "menunggu"),
    ("Saya sempat nyoba aplikasi kasirnya kemarin.", "nyoba", "mencoba"),
    ("Besok saya ngirim portofolio lewat email.", "ngirim", "mengirim"),
    ("Saya suka nulis laporan keuangan bulanan.", "nulis", "menulis"),
])
def test_a_verb_without_its_me_is_chat_speech_with_its_written_form_not_a_typo(real_lexicons, sentence, word, standard):
    """"nunggu" was a must-fix typo with "nungku" as its fix; it is Jakarta speech for "menunggu"."""
    answer = review_id(sentence, real_lexicons)
    assert findings(answer, "misspelling") == []
    assert any(word in message and standard in message for message in messages(answer, "informal")), answer["findings"]


@needs_lists
def test_a_capitalised_word_is_not_taken_for_a_verb_without_its_me(real_lexicons):
    answer = review_id("Saya bertemu Nanda dan Nurul di kantor pusat kemarin.", real_lexicons)
    assert messages(answer, "informal") == []


@needs_lists
@pytest.mark.parametrize("word", ["yaa", "kakk", "dongg"])
def test_a_chat_word_with_its_last_letter_held_is_no_typo(real_lexicons, word):
    """"Ditunggu kabarnya yaa" got "yawa" as a must-fix typo."""
    answer = review_id(f"Ditunggu kabar baiknya {word}.", real_lexicons, channel="whatsapp")
    assert findings(answer, "misspelling") == []


@needs_lists
@pytest.mark.parametrize(("short", "standard"), [("kmrn", "kemarin"), ("bnyk", "banyak"), ("skrg", "sekarang")])
def test_chat_shorthand_is_informal_with_the_whole_word_as_its_fix(real_lexicons, short, standard):
    """"kmrn" was a typo of "krn" (shorthand itself); "bnyk" was not found at all."""
    answer = review_id(f"Terima kasih {short} sudah berbincang dengan saya.", real_lexicons)
    assert findings(answer, "misspelling") == []
    assert [message for message in messages(answer, "informal") if short in message and standard in message]


@needs_lists
def test_an_acronym_in_capitals_is_not_chat_shorthand(real_lexicons):
    answer = review_id("Saya terbiasa menyiapkan SPT tahunan dan laporan ORG chart.", real_lexicons)
    assert messages(answer, "informal") == []


@needs_lists
@pytest.mark.parametrize(("sentence", "typo", "fix"), [
    ("Saya senang berdiskusi tentang migrasi ke klowd.", "klowd", "cloud"),  # an English word as it sounds
    ("Tim Bapak memakai kubernetis untuk semua layanan.", "kubernetis", "kubernetes"),  # a slip of a trade word
])
def test_a_slip_of_an_english_or_trade_word_is_found_with_its_spelling(real_lexicons, sentence, typo, fix):
    assert findings(review_id(sentence, real_lexicons), "misspelling") == [(typo, fix)]


@needs_lists
@pytest.mark.parametrize(("sentence", "typo", "fix"), [
    # After its doer the verb takes no "di-" at all: "yang saya lamar" (round 31; "dilamar" made "yang saya dilamar").
    ("Terima kasih atas wawancara untuk posisi yang saya di lamar.", "di lamar", "lamar"),
    ("Berkas yang di tulis tangan akan saya kirim besok.", "di tulis", "ditulis"),
    ("Semoga lamaran saya bisa di pilih.", "di pilih", "dipilih"),
])
def test_a_passive_di_apart_from_a_root_verb_is_joined(real_lexicons, sentence, typo, fix):
    assert findings(review_id(sentence, real_lexicons), "misspelling") == [(typo, fix)]


@needs_lists
@pytest.mark.parametrize("sentence", [
    "Pengalaman saya di koperasi karyawan berjalan dua tahun.",
    "Seperti yang di atas, saya siap mengikuti tahap berikutnya.",
    "Saya pernah magang di kelas akselerasi dan yang di kota Bandung.",
    "Dokumen yang saya di kantor kemarin sudah lengkap.",
])
def test_di_before_a_place_stays_apart(real_lexicons, sentence):
    assert findings(review_id(sentence, real_lexicons), "misspelling") == []


@needs_lists
@pytest.mark.parametrize(("lang", "closing", "typo"), [
    ("en", "Sincerly,", "Sincerly"), ("id", "Hormat sya,", "sya"), ("en", "Best reagrds,", "reagrds"), ("id", "Salam hormt,", "hormt"),
])
def test_a_misspelt_closing_is_a_typo_not_a_missing_closing(real_lexicons, lang, closing, typo):
    """"Sincerly," above the name was reported as "there is no closing line", and not as a typo (a line
    of capitalised words was read as a name)."""
    if lang == "id":
        body = ("Yth. Ibu Ratna,\n\nTerima kasih atas wawancara kemarin untuk posisi Staf Admin. Penjelasan Ibu tentang "
                f"arsip digital sangat membantu.\n\n{closing}\nDewi Lestari")
    else:
        body = ("Dear Ms. Anderson,\n\nThank you for the interview yesterday for the Marketing Analyst role. I enjoyed "
                f"hearing how your team measures brand lift.\n\n{closing}\nBayu Saputra")
    answer = handle({"op": "review", "lang": "en", "subject": "Thank you", "body": body, "context": {"lang": lang}},
                    lexicons=real_lexicons)
    codes = {found["code"] for found in answer["findings"]}
    assert "closing_missing" not in codes
    assert typo in [excerpt for excerpt, _ in findings(answer, "misspelling")]


def test_a_draft_that_ends_without_a_closing_is_still_told():
    body = "Yth. Ibu Ratna,\n\nTerima kasih atas wawancara kemarin untuk posisi Staf Admin.\n\nSampai jumpa lagi,\nsaya tunggu kabarnya."
    answer = handle({"op": "review", "lang": "id", "subject": "Terima kasih", "body": body, "context": {"lang": "id"}})
    assert "closing_missing" in {found["code"] for found in answer["findings"]}


@needs_lists
@pytest.mark.parametrize(("sentence", "shout"), [
    ("Cerita Ibu tentang platform SATUSEHAT dan data puskesmas sangat menarik.", None),
    ("Saya pernah magang di TELKOMSEL selama enam bulan.", None),
    ("Saya SANGAT berterima kasih atas waktunya.", "SANGAT"),
    ("Saya siap bekerja KAPANPUN dibutuhkan.", "KAPANPUN"),
    # Acronyms in a row are no shout ("IGD RSUD": the emergency ward of a regional hospital); words in a row are.
    ("Saya dua tahun bertugas di ruang IGD RSUD Tangerang.", None),
    ("Saya SANGAT SENANG bisa berbincang dengan Ibu.", "SANGAT SENANG"),
])
def test_a_lone_word_in_capitals_shouts_only_when_it_is_a_word(real_lexicons, sentence, shout):
    answer = review_id(sentence, real_lexicons)
    assert [excerpt for excerpt, _ in findings(answer, "all_caps")] == ([shout] if shout else [])


def review_with(body: str, lexicons=(), *, lang: str = "id", subject: str = "Terima kasih atas wawancara posisi Staf Pajak",
                **context) -> dict:
    return handle({"op": "review", "lang": lang, "subject": subject, "body": body, "context": {"lang": lang, **context}},
                  lexicons=lexicons)


@pytest.mark.parametrize(("body", "lang", "found", "replacement"), [
    ("Yth. Ibu Ratna Dewi,\n\nDengan hormat,\n\nTerima kasih atas wawancara posisi Staf Pajak di PT Djarum kemarin. "
     "Penjelasan mengenai pelaporan PPh 21 sangat membantu.\n\nHormat saya,\nYudi Prasetyo", "id", "Ratna Dewi", "Hendra Gunawan"),
    ("Dear Mr. Tanaka,\n\nThank you for speaking with me yesterday about the Staf Pajak role at PT Djarum. Your account "
     "of the tax calendar was useful.\n\nBest regards,\nMega Purnamasari", "en", "Tanaka", None),
])
def test_someone_else_greeted_by_name_is_a_must_with_the_right_name(body, lang, found, replacement):
    """A greeting copied from another letter was only "the interviewer is never named" (should-fix)."""
    answer = review_with(body, lang=lang, interviewer="Hendra Gunawan", company="PT Djarum", role="Staf Pajak")
    other = [finding for finding in answer["findings"] if finding["code"] == "interviewer_other"]
    assert [(finding["excerpt"], finding["severity"], finding.get("replacement")) for finding in other] == [(found, "must", replacement)]
    assert "Hendra Gunawan" in other[0]["message"]
    assert not answer["ready"]


@pytest.mark.parametrize(("greeting", "interviewer"), [
    ("Selamat sore, Pak Har,", "Haryanto"),  # the start of the name
    ("Yth. Ibu Tuti,", "Sri Astuti"),  # its end
    ("Dear Mr. Lim,", "Jonathan Halim"),
])
def test_a_short_form_of_the_name_is_the_interviewer_named(greeting, interviewer):
    body = f"{greeting}\n\nTerima kasih atas wawancara posisi Staf Pajak di PT Djarum kemarin.\n\nHormat saya,\nYudi"
    answer = review_with(body, interviewer=interviewer, company="PT Djarum", role="Staf Pajak")
    assert not {finding["code"] for finding in answer["findings"]} & {"interviewer_other", "interviewer_absent", "interviewer_misspelled"}


@needs_lists
def test_a_word_of_the_language_is_not_a_slip_of_a_name_away_from_a_names_place(real_lexicons):
    """"kampanye Ramadan" was a must-fix misspelling of the interviewer Gilang Ramadhan; "Pak Ramadan" still is one."""
    body = ("Yth. Bapak Gilang,\n\nTerima kasih atas wawancara posisi Staf Pajak kemarin. Rencana kampanye Ramadan yang "
            "Bapak jelaskan sangat menarik.\n\nHormat saya,\nNabila")
    answer = review_with(body, real_lexicons, interviewer="Gilang Ramadhan", role="Staf Pajak")
    assert [finding for finding in answer["findings"] if finding["kind"] == "interviewer_misspelled"] == []
    slipped = review_with(body.replace("Bapak Gilang", "Bapak Gilang Ramadan"), real_lexicons, interviewer="Gilang Ramadhan", role="Staf Pajak")
    assert [finding["excerpt"] for finding in slipped["findings"] if finding["kind"] == "interviewer_misspelled"] == ["Ramadan"]


@needs_lists
def test_a_letter_typed_twice_is_taken_out_first(real_lexicons):
    body = ("Dear Ms. Hartati,\n\nThank you for the interview this morning. I am sure my experience with month-end "
            "closing would be usefull to the team.\n\nBest regards,\nFransiska")
    answer = review_with(body, real_lexicons, lang="en", subject="Thank you")
    assert findings(answer, "misspelling") == [("usefull", "useful")]


@needs_lists
@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Your point about passive cooling changed how I think about the façade studies."),  # accents of a loan
    ("en", "I enjoyed the café visit and the résumé review."),
    ("id", "Pengalaman saya menyusun laporan pembiayaan mudharabah dan musyarakah semoga bermanfaat."),  # dh for d
    ("id", "Saya juga terbiasa menyiapkan jadwal shalat dan kegiatan Ramadhan di kantor."),
])
def test_a_loan_in_another_accepted_spelling_is_no_typo(real_lexicons, lang, sentence):
    """"façade" was a must-fix typo of "facade"; "mudharabah" (the banks' spelling) one of "mudarabah"."""
    greeting, closing = ("Yth. Ibu Ratna,", "Hormat saya,") if lang == "id" else ("Dear Ms. Setiadi,", "Kind regards,")
    answer = review_with(f"{greeting}\n\n{sentence}\n\n{closing}\nYosua", real_lexicons, lang=lang, subject="Thank you")
    assert findings(answer, "misspelling") == []


@needs_lists
def test_a_slip_of_a_word_every_letter_uses_beats_a_reading_by_affixes(real_lexicons):
    """"Terimah kasih" was read as ter- + "rimah" and let through; "berisiko" (ber- + risiko) stays a word."""
    answer = review_id("Terimah kasih atas kesempatan yang Ibu berikan. Pekerjaan lapangan memang berisiko.", real_lexicons)
    assert findings(answer, "misspelling") == [("Terimah", "Terima")]


@needs_lists
def test_the_closest_fix_of_a_slip_is_a_word_not_a_stub(real_lexicons):
    body = ("Dear Mr. Wibowo,\n\nThank you for the interview on Tuesday. I was particulary interested in how your team "
            "tracks truck utilisation.\n\nBest regards,\nStefanus")
    found = [finding for finding in review_with(body, real_lexicons, lang="en", subject="Thank you")["findings"]
             if finding["kind"] == "misspelling"]
    assert found[0]["replacement"] == "particularly" and not [word for word in found[0]["suggestions"] if word.endswith("'")]


@pytest.mark.parametrize(("sentence", "found", "fix"), [
    ("Saya ingin mengembangkan karir di bidang keuangan.", "karir", "karier"),
    ("Penjelasan Ibu tentang standart pelayanan nasabah sangat jelas.", "standart", "standar"),
    ("Resiko kredit macet menjadi fokus tim Ibu.", "Resiko", "Risiko"),
    ("Saya siap ditempatkan di cabang manapun.", "manapun", "mana pun"),
    ("Saya ingin mempelajari karirnya lebih jauh.", "karirnya", "kariernya"),
])
def test_a_spelling_kbbi_marks_as_not_standard_is_told_with_the_standard_one(sentence, found, fix):
    """"standart pelayanan" passed as ready: the lists hold the form, KBBI marks it "tidak baku"."""
    answer = review_id(sentence, ())
    hits = [finding for finding in answer["findings"] if finding["code"] == "nonstandard"]
    assert [(finding["excerpt"], finding.get("replacement"), finding["severity"]) for finding in hits] == [(found, fix, "should")]


def test_a_nonstandard_spelling_the_reader_gave_as_a_topic_is_theirs():
    answer = review_id("Kami membahas analisa kredit macet di cabang Depok.", (), topics=["analisa kredit macet"])
    assert [finding for finding in answer["findings"] if finding["code"] == "nonstandard"] == []


LOWERCASE_LETTER = """selamat pagi bapak joko,

saya andi yang kemarin ikut wawancara posisi admin gudang. terima kasih atas waktunya.

hormat saya,
andi"""


def test_a_letter_typed_in_small_letters_gets_its_capitals_back_one_tap_each():
    """A letter with no capital letter at all was "nearly ready" with nothing said about it."""
    answer = review_with(LOWERCASE_LETTER, interviewer="Joko Susilo", role="Admin Gudang")
    capitals = [(found["code"], found["excerpt"], found.get("replacement"), found["severity"])
                for found in answer["findings"] if found["code"].startswith("capital_")]
    assert capitals == [
        ("capital_start", "selamat", "Selamat", "should"), ("capital_name", "joko", "Joko", "should"),
        ("capital_start", "saya", "Saya", "should"), ("capital_start", "terima", "Terima", "should"),
        ("capital_start", "hormat", "Hormat", "should"), ("capital_start", "andi", "Andi", "should"),
    ]


def test_small_letters_in_a_chat_are_a_tip():
    answer = review_with("selamat siang pak joko, saya andi yang wawancara tadi. terima kasih atas waktunya ya pak.",
                         interviewer="Joko Susilo", channel="whatsapp")
    assert {found["severity"] for found in answer["findings"] if found["code"] == "capital_start"} == {"tip"}


@pytest.mark.parametrize("body", [
    "Hi Maria, thank you for the chat about the data team today.\n\nBest,\nPutri",  # the greeting's sentence goes on
    "Yth. Ibu Rina,\n\nTerima kasih 🙂 atas wawancaranya.\n\nHormat saya,\nBudi",  # an emoji inside the sentence
    "Yth. Ibu Rina,\n\nSalam untuk Ir. Hendra Gunawan, M.T. atas diskusinya.\n\nHormat saya,\nBudi",  # a degree
    "Kepada Yth.\nTim HRD PT Adaro Energy Indonesia Tbk\ndi Tempat\n\nDengan hormat,\n\nTerima kasih.\n\nHormat saya,\nBudi",
    "Yth. Ibu Rina,\n\nTugas saya:\n- menyusun laporan stok\n- mengecek barang masuk\n\nHormat saya,\nBudi",  # a list
    "Yth. Ibu Rina,\n\nTerima kasih atas wawancaranya.\n\nHormat saya,\napt. Desi Ramadhani, S.Farm.",  # a title written small
    "Yth. Ibu Rina,\n\nSaya memakai eFishery dan iPhone setiap hari.\n\nHormat saya,\nBudi",
    "Yth. Ibu Rina,\n\nSaya pernah bekerja di bagian data. tiket.com adalah kantor saya sebelumnya.\n\nHormat saya,\nBudi",
])
def test_what_rightly_starts_small_is_left_alone(body):
    answer = review_with(body, subject="Terima kasih")
    assert [found["excerpt"] for found in answer["findings"] if found["code"] == "capital_start"] == []


def test_a_company_name_of_ordinary_words_may_be_written_small():
    body = "Yth. Ibu Rina,\n\nTerima kasih atas wawancara di Bank Jago. Cara bank digital menilai kredit menarik.\n\nHormat saya,\nBudi"
    answer = review_with(body, company="Bank Jago", interviewer="Rina Sari")
    assert [found for found in answer["findings"] if found["code"] == "capital_name"] == []


@needs_lists
@pytest.mark.parametrize(("sentence", "typo", "fix"), [
    ("Tim Bapak berencana memperbarui hardwer kantor tahun depan.", "hardwer", "hardware"),  # not "harder"
    ("Saya terbiasa menginstal softwer akuntansi.", "softwer", "software"),  # not "softer"
    ("Saya sering menangani trobel printer di kantor lama.", "trobel", "trouble"),  # not "trowel"
    ("Saya juga terbiasa mengatur rauter kantor.", "rauter", "ruter"),  # no "raut" + English -er; KBBI's "ruter"
])
def test_an_english_word_as_it_sounds_is_fixed_to_that_word(real_lexicons, sentence, typo, fix):
    assert findings(review_id(sentence, real_lexicons), "misspelling") == [(typo, fix)]


@needs_lists
def test_an_english_ending_on_a_trade_word_is_that_word(real_lexicons):
    """"onboards" was a must-fix typo of "onboard's"."""
    body = ("Dear Hiring Team,\n\nThank you for the interview this morning. I appreciated hearing how your team onboards "
            "new clients and refactors its standups.\n\nBest regards,\nLidya")
    assert findings(review_with(body, real_lexicons, lang="en", subject="Thank you"), "misspelling") == []


@pytest.mark.parametrize("greeting", ["Yth. Ibu Kepala Sekolah,", "Yth. Bapak Manajer HRD,", "Dear Head of Talent,"])
def test_a_greeting_to_a_position_names_nobody_else(greeting):
    """"Yth. Ibu Kepala Sekolah," was a must-fix: "another person greeted"."""
    body = f"{greeting}\n\nTerima kasih atas wawancara posisi Guru di SMP Santa Ursula kemarin.\n\nHormat saya,\nTheresia"
    answer = review_with(body, interviewer="Agnes Widjaja")
    assert [found for found in answer["findings"] if found["code"] == "interviewer_other"] == []


@needs_lists
def test_chat_slang_is_informal_not_a_typo(real_lexicons):
    """"santuy" was a must-fix typo of "santu"."""
    answer = review_id("Makasih ya kak udah ngobrol santuy, saya jadi tidak gugup.", real_lexicons, channel="whatsapp")
    assert findings(answer, "misspelling") == []
    assert [message for message in messages(answer, "informal") if "santuy" in message and "santai" in message]


@pytest.mark.parametrize(("lang", "sentence", "found"), [
    ("id", "Sesuai permintaan Ibu, terlampir portofolio terbaru saya.", "terlampir"),
    ("id", "Bersama email ini saya kirimkan sertifikat pelatihan saya.", "Bersama email ini saya kirimkan "),
    ("en", "As we discussed, I have attached my case study on route batching.", "attached"),
    ("en", "Please find my portfolio enclosed.", "Please find"),
])
def test_a_file_the_message_says_it_carries_is_a_reminder_to_attach_it(lang, sentence, found):
    """"Terlampir saya kirimkan portofolio" passed as ready with nothing said: the reviewer sees no files."""
    greeting, closing = ("Yth. Ibu Melati,", "Hormat saya,") if lang == "id" else ("Dear Mr. Pardede,", "Best regards,")
    answer = review_with(f"{greeting}\n\n{sentence}\n\n{closing}\nRahmat", lang=lang, subject="Terima kasih")
    hits = [(finding["excerpt"], finding["severity"]) for finding in answer["findings"] if finding["kind"] == "attachment"]
    assert hits == [(found, "tip")]


def test_thanks_sent_with_the_email_is_no_attachment():
    answer = review_with("Yth. Ibu Melati,\n\nBersama email ini saya sampaikan ucapan terima kasih atas wawancaranya.\n\nHormat saya,\nRahmat")
    assert [finding for finding in answer["findings"] if finding["kind"] == "attachment"] == []


@pytest.mark.parametrize("sentence", [
    "I am also grateful to Dr. Lopez for our exchange on the expansion into Surabaya.",
    "I enjoyed our conversation on the new warehouse in Cikarang.",
])
def test_an_exchange_on_a_topic_is_specific(sentence):
    """A message the generator writes to the recruiter ("our exchange on the expansion into Surabaya") was "generic"."""
    body = ("Dear Mr. O'Brien,\n\nThank you for the opportunity to interview for the Data Analyst position at Sinar Data "
            f"Nusantara.\n\n{sentence} I would be grateful if you could pass my thanks on to her.\n\nI would be glad to "
            "contribute to the team at Sinar Data Nusantara. Should there be anything else I can provide, I would be happy "
            "to prepare it. Once again, thank you for the opportunity.\n\nKind regards,\nAndi Pratama")
    answer = review_with(body, lang="en", subject="Thank you – Data Analyst interview", company="Sinar Data Nusantara",
                         role="Data Analyst")
    assert "generic" not in {finding["kind"] for finding in answer["findings"]}


@pytest.mark.parametrize(("greeting", "interviewer"), [("Hi Jay,", "Michael Tan"), ("Selamat pagi, Pak Kiki,", "Muhammad Rizky")])
def test_one_first_name_in_a_friendly_greeting_may_be_a_nickname(greeting, interviewer):
    """"Hi Mike," to Michael Tan was a must-fix, "another person greeted": it is a should-fix to check."""
    body = f"{greeting}\n\nTerima kasih atas wawancara posisi Staf Pajak di PT Djarum kemarin.\n\nHormat saya,\nYudi"
    answer = review_with(body, interviewer=interviewer, company="PT Djarum", role="Staf Pajak")
    found = [(finding["code"], finding["severity"]) for finding in answer["findings"] if finding["code"].startswith("interviewer_other")]
    assert found == [("interviewer_other_informal", "should")]


@pytest.mark.parametrize(("lang", "sentence", "found", "weekday"), [
    ("id", "Terima kasih atas wawancara pada hari Senin, 26 November 2026.", "Senin, 26 November 2026", "Kamis"),
    ("en", "Thank you for the interview on Monday, November 26.", "Monday, November 26", "Thursday"),  # the year: now's
    ("en", "Thank you for meeting me on Friday, 24 November 2026.", "Friday, 24 November 2026", "Tuesday"),
])
def test_a_weekday_and_a_date_that_disagree_are_a_must(lang, sentence, found, weekday):
    """Two dates that contradict each other passed when the reader gave no interview date."""
    greeting, closing = ("Yth. Ibu Rina,", "Hormat saya,") if lang == "id" else ("Dear Ms. Rina,", "Best regards,")
    answer = review_with(f"{greeting}\n\n{sentence}\n\n{closing}\nBudi", lang=lang, subject="Terima kasih",
                         now="2026-11-30T10:00:00+07:00")
    hits = [finding for finding in answer["findings"] if finding["code"] == "date_weekday"]
    assert [(finding["excerpt"], finding["severity"]) for finding in hits] == [(found, "must")]
    assert weekday in hits[0]["message"]


@pytest.mark.parametrize("sentence", [
    "Terima kasih atas wawancara pada hari Kamis, 26 November 2026.",
    "Thank you for the interview on Thursday, 26 November 2026, and on Friday, November 27.",
])
def test_a_weekday_and_a_date_that_agree_are_fine(sentence):
    answer = review_with(f"Dear Ms. Rina,\n\n{sentence}\n\nBest regards,\nBudi", subject="Terima kasih", now="2026-11-30T10:00:00+07:00")
    assert [finding for finding in answer["findings"] if finding["code"] == "date_weekday"] == []


@pytest.mark.parametrize(("lang", "sentence", "other"), [
    ("en", "I would love to be part of Shopee and to help your team grow the electronics category.", "Shopee"),
    ("en", "I enjoyed hearing how your team at Shopee plans the 11.11 campaign.", "Shopee"),
    ("id", "Saya ingin menjadi bagian dari tim Shopee dan membantu kampanye 11.11.", "Shopee"),
])
def test_another_company_where_the_readers_future_or_their_team_belongs_is_a_copy(lang, sentence, other):
    greeting, closing = ("Yth. Ibu Lina,", "Hormat saya,") if lang == "id" else ("Dear Ms. Kurniawan,", "Best regards,")
    answer = review_with(f"{greeting}\n\n{sentence}\n\n{closing}\nRudy", lang=lang, subject="Thank you",
                         interviewer="Lina Kurniawan", company="Tokopedia", role="Category Manager")
    assert [(finding["excerpt"], finding.get("replacement")) for finding in answer["findings"]
            if finding["code"] == "company_other"] == [(other, "Tokopedia")]


@pytest.mark.parametrize("sentence", [
    "Thank you for interviewing me on Tuesday for the Category Manager position at Shopee Indonesia.",
    "Thank you for the interview for the position at Shopee.",
    "I am excited about this role with Shopee and the electronics category.",
])
def test_another_company_named_as_the_post_applied_for_is_a_copy(sentence):
    """"the ... position at Unilever Indonesia" in a letter for Tokopedia was only told that Tokopedia was not named."""
    answer = review_with(f"Dear Ms. Kurniawan,\n\n{sentence}\n\nBest regards,\nRudy", lang="en", subject="Thank you",
                         interviewer="Lina Kurniawan", company="Tokopedia")
    assert [finding["code"] for finding in answer["findings"] if finding["code"].startswith("company")] == ["company_other"]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "In my previous role at Shopee I ran the same campaign, and my job with Lazada before that was similar."),
    ("en", "The position at Jakarta headquarters suits me, and I would be glad to join Tokopedia."),
    ("en", "My team at Shopee ran the same campaign, so I know the pace."),
    ("en", "I was part of Bukalapak's growth team for three years before joining you."),
    ("id", "Saya pernah menjadi bagian dari tim Shopee selama dua tahun."),
])
def test_a_past_employer_is_no_copied_company(lang, sentence):
    answer = review_with(f"Dear Ms. Kurniawan,\n\n{sentence}\n\nBest regards,\nRudy", lang=lang, subject="Thank you",
                         interviewer="Lina Kurniawan", company="Tokopedia", role="Category Manager")
    assert [finding for finding in answer["findings"] if finding["code"] == "company_other"] == []


@pytest.mark.parametrize(("lang", "sentence", "found", "fix"), [
    ("id", "Terima kasih atas wawancara hari senin kemarin.", "senin", "Senin"),
    ("id", "Saya siap mulai bekerja pada awal januari.", "januari", "Januari"),
    ("en", "Thank you for the interview on monday.", "monday", "Monday"),
])
def test_a_day_or_month_in_small_letters_gets_its_capital(lang, sentence, found, fix):
    answer = review_with(f"Dear Ms. Rina,\n\n{sentence}\n\nBest regards,\nBudi", lang=lang, subject="Thank you")
    assert [(f["excerpt"], f.get("replacement")) for f in answer["findings"] if f["code"] == "capital_name"] == [(found, fix)]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("id", "Saya akan mengirim portofolio minggu depan."),  # "minggu": a week
    ("en", "I may follow up in a week, and I march on with the course."),
])
def test_a_day_or_month_that_is_an_everyday_word_is_left_alone(lang, sentence):
    answer = review_with(f"Dear Ms. Rina,\n\n{sentence}\n\nBest regards,\nBudi", lang=lang, subject="Thank you")
    assert [f for f in answer["findings"] if f["code"] == "capital_name"] == []


@needs_lists
def test_two_swapped_letters_are_put_back_first(real_lexicons):
    body = "Dear Ms. Lestari,\n\nI enjoyed hearing about thier plans for the new branch.\n\nBest regards,\nIntan"
    assert findings(review_with(body, real_lexicons, lang="en", subject="Thank you"), "misspelling") == [("thier", "their")]


def test_anda_for_someone_greeted_as_bapak_is_a_tip_with_bapak():
    """"waktu yang Anda berikan" to "Yth. Bapak Irfan" passed as ready with nothing said (FACTS: correct, but distant)."""
    body = ("Yth. Bapak Irfan Maulana,\n\nDengan hormat,\n\nTerima kasih atas waktu yang Anda berikan dalam wawancara kemarin. "
            "Penjelasan Anda tentang model skor kredit sangat menarik.\n\nHormat saya,\nPutra")
    answer = review_with(body, interviewer="Irfan Maulana")
    assert [(f["excerpt"], f.get("replacement"), f["severity"]) for f in answer["findings"] if f["code"] == "address_distant"] == [
        ("Anda", "Bapak", "tip"), ("Anda", "Bapak", "tip")]


@pytest.mark.parametrize("body", [
    "Yth. Tim Rekrutmen,\n\nTerima kasih atas waktu yang Anda berikan.\n\nHormat saya,\nPutra",  # no Bapak/Ibu to use
    "Yth. Ibu Citra,\n\nSaya yakin (isi dengan pengalaman Anda yang relevan) membantu.\n\nHormat saya,\nPutri",  # a template's
])
def test_anda_is_left_alone_where_no_bapak_or_ibu_replaces_it(body):
    assert [f for f in review_with(body)["findings"] if f["code"] == "address_distant"] == []


@pytest.mark.parametrize(("subject", "found"), [("terima kasih atas wawancara posisi Admin Gudang", "terima"), ("Terima kasih", None),
                                                 ("re: Jadwal wawancara", None)])
def test_a_subject_line_starts_with_a_capital(subject, found):
    answer = review_with("Yth. Ibu Rina,\n\nTerima kasih atas wawancaranya.\n\nHormat saya,\nBudi", subject=subject)
    hits = [f["excerpt"] for f in answer["findings"] if f["code"] == "capital_start" and f["field"] == "subject"]
    assert hits == ([found] if found else [])


@pytest.mark.parametrize(("sentence", "found", "fix"), [
    ("I look forward to hear from you.", "look forward to hear", "look forward to hearing"),  # the lead kept: not "I looking"
    ("Looking forward to meet the team again.", "Looking forward to meet", "Looking forward to meeting"),
    ("I look forward to contribute to the migration.", "look forward to contribute", "look forward to contributing"),
])
def test_look_forward_to_takes_the_ing_form_and_keeps_its_own_words(sentence, found, fix):
    """"I look forward to hear" was fixed to "I looking forward to hearing"; "to meet" was not found."""
    body = f"Dear Ms. Rina,\n\nThank you for the interview on the data platform.\n\n{sentence}\n\nBest regards,\nBudi"
    answer = review_with(body, lang="en", subject="Thank you")
    assert findings(answer, "misspelling") == [(found, fix)]


def test_a_reply_in_the_thread_need_not_name_the_company_or_the_role():
    """A reply under the company's own message ("Re: Hasil Seleksi") was told to name the company."""
    body = ("Yth. Ibu Shinta,\n\nTerima kasih atas kabar dan waktu yang Ibu luangkan selama proses seleksi. Saya banyak "
            "belajar dari sesi studi kasus tentang peluncuran produk di Shopee Live.\n\nHormat saya,\nKirana")
    context = {"interviewer": "Shinta Dewi", "company": "PT Mustika Ratu", "role": "Staf Marketing"}
    reply = review_with(body, subject="Re: Hasil Seleksi Posisi", **context)
    fresh = review_with(body, subject="Terima kasih atas proses seleksinya", **context)
    absent = {"company_absent", "role_absent"}
    assert not {f["code"] for f in reply["findings"]} & absent
    assert {f["code"] for f in fresh["findings"]} & absent == absent


@needs_lists
@pytest.mark.parametrize("word", ["canva", "ovo", "tokped", "wfh", "bupot", "coretax", "efaktur"])
def test_a_tool_or_brand_written_small_is_no_typo(real_lexicons, word):
    """"canva" was a typo of "canda", "bupot" of "bupet": words of the trade the lists lack."""
    assert findings(review_id(f"Saya terbiasa memakai {word} untuk pekerjaan sehari-hari.", real_lexicons), "misspelling") == []


@needs_lists
@pytest.mark.parametrize("word", ["embeddings", "superset", "saml"])
def test_a_plural_of_an_english_word_or_a_tool_written_small_is_no_typo(real_lexicons, word):
    """"embeddings" was a typo of "embedding's"; "superset" (Apache Superset) of "superjet"."""
    body = f"Dear Ms. Rina,\n\nI have worked with {word} on the data platform.\n\nBest regards,\nBudi"
    assert findings(review_with(body, real_lexicons, lang="en", subject="Thank you"), "misspelling") == []


@needs_lists
@pytest.mark.parametrize(("sentence", "typo", "fix"), [
    ("Saya mengelola akun Instgram sebuah brand fesyen lokal.", "Instgram", "Instagram"),
    ("Rencana memakai Dokcer di server cabang sangat menarik.", "Dokcer", "Docker"),
])
def test_a_slip_of_a_tool_or_brand_is_found_even_with_its_capital(real_lexicons, sentence, typo, fix):
    assert findings(review_id(sentence, real_lexicons), "misspelling") == [(typo, fix)]


@needs_lists
@pytest.mark.parametrize("sentence", [
    "Saya bertemu Helmi dan Jenkin di kantor Sentra Grafika.",  # names beside "helm", "jenkins", "sentry"
    "Terima kasih juga untuk Pak Hadoopi dan Bu Figmawati.",
])
def test_a_name_near_a_tool_is_left_alone(real_lexicons, sentence):
    assert findings(review_id(sentence, real_lexicons), "misspelling") == []


@pytest.mark.parametrize(("sentence", "found", "fix"), [
    ("I hope I can join with your company next month.", "join with your company", "join your company"),
    ("I think my skill is suitable with your needs.", "suitable with", "suitable for"),
    ("We discussed about the new campaign for Ramadan.", "discussed about", "discussed"),
    ("I am waiting for your kindly response.", "your kindly", "your kind"),
    ("I am very interested with the analyst track.", "interested with", "interested in"),
    ("I am agree that the reports should be daily.", "I am agree", "I agree"),
    ("Thank you for explaining me the new ledger.", "explaining me", "explaining to me"),
    ("I look forward for the next step.", "look forward for", "look forward to"),
])
def test_an_indonesian_construction_carried_into_english_is_fixed(sentence, found, fix):
    """"join with your company" ("bergabung dengan"), "suitable with" ("cocok dengan"), "discussed about"."""
    body = f"Dear Mr. Budi,\n\nThank you for the interview on the data platform.\n\n{sentence}\n\nBest regards,\nSiska"
    assert findings(review_with(body, lang="en", subject="Thank you"), "misspelling") == [(found, fix)]


@needs_lists
@pytest.mark.parametrize("tool", ["autocad", "sketchup", "coreldraw", "myob", "powerpoint", "solidworks"])
def test_office_and_design_software_written_small_is_no_typo(real_lexicons, tool):
    answer = review_id(f"Saya terbiasa memakai {tool} untuk pekerjaan sehari-hari di kantor.", real_lexicons)
    assert findings(answer, "misspelling") == []


@needs_lists
@pytest.mark.parametrize(("sentence", "typo", "fix"), [
    ("Saya membuat laporan stok harian di Exel setiap pagi.", "Exel", "Excel"),
    ("Saya terbiasa mengolah data survei di Gogle Sheets.", "Gogle", "Google"),
    ("Saya merancang tampilan aplikasi kasir di Figmaa.", "Figmaa", "Figma"),
    ("Saya menulis skrip otomasi dengan Phyton untuk tim gudang.", "Phyton", "Python"),
    ("Kami memantau tugas mingguan lewat Trelo.", "Trelo", "Trello"),
    ("Saya mengelola akun Instagran sebuah toko batik.", "Instagran", "Instagram"),  # a long name, a letter off at its end
    ("Saya mengelola toko batik di Tokopedio sejak 2023.", "Tokopedio", "Tokopedia"),
])
def test_a_short_slip_of_a_tool_or_brand_is_found_with_its_makers_spelling(real_lexicons, sentence, typo, fix):
    """"Exel", "Gogle" and "Figmaa" were too short for the brand rule (six letters): a capitalised word looked like a name."""
    assert findings(review_id(sentence, real_lexicons), "misspelling") == [(typo, fix)]


@needs_lists
@pytest.mark.parametrize("sentence", [
    "Saya juga berbincang dengan Ibu Fima, dan Fima menjelaskan alur kerja tim.",  # "Figma" with a letter out, but a person
    "Saya bertemu Katlin dan Gojak di ruang rapat.",  # one letter for another: how names differ ("Kotlin", "Gojek")
    "Saya memakai Canvas LMS dan Loker di kantor cabang.",  # words the lists know
])
def test_a_name_or_a_word_near_a_brand_is_not_taken_for_its_slip(real_lexicons, sentence):
    assert findings(review_id(sentence, real_lexicons), "misspelling") == []


@needs_lists
def test_a_brand_like_name_the_reader_gave_is_left_alone(real_lexicons):
    assert findings(review_id("Terima kasih juga untuk tim Exel atas sambutannya.", real_lexicons, company="Exel Logistik"), "misspelling") == []


@pytest.mark.parametrize("body", ["I:I", "a/b", "10:30", "S1 D3"])
def test_a_few_letters_or_numbers_are_read_in_the_readers_language(body):
    """"I:I" was taken for English (the word "I"), so an Indonesian reader was told to open with "Dear Hiring Team,"."""
    answer = handle({"op": "review", "lang": "id", "body": body})
    assert answer["lang"] == "id"
    assert "Dear" not in " ".join(found["message"] for found in answer["findings"])


def test_one_english_word_beside_a_longer_one_still_tells_english():
    answer = handle({"op": "review", "lang": "id", "body": "I am grateful for the chat about the audit plan."})
    assert answer["lang"] == "en"


@pytest.mark.parametrize(("body", "count"), [("Terima kasih, wawancara pukul 10:30 WIB.", 6), ("IPK 3,65 dari S1 Akuntansi.", 5)])
def test_a_time_or_a_grade_is_one_word_in_the_count(body, count):
    assert handle({"op": "review", "lang": "id", "body": body})["words"] == count


QUOTED_REPLY = """Hi Sarah,

Thank you so much for the interview this morning and for walking me through the onboarding flow for new merchants.
Your point about cutting the verification steps from seven to four is exactly the kind of problem I like working on.

Best,
Kevin Wijaya

{header}
> Hi Kevin,
> Confirming your interview today at 10:30 WIB via Google Meet. PLEASE BRING YOUR KTP.
> Regards,
> sarah"""


@pytest.mark.parametrize("header", [
    "On Mon, Nov 30, 2026 at 9:02 AM Sarah Johnson <sarah.johnson@xendit.co> wrote:",
    "Pada tanggal Sen, 30 Nov 2026 pukul 09.02 Sarah Johnson <sarah.johnson@xendit.co>\nmenulis:",
    "-----Original Message-----\nFrom: Sarah Johnson\nSent: Monday, November 30, 2026 9:02 AM",
    "________________________________\nFrom: Sarah Johnson <sarah.johnson@xendit.co>\nSent: Monday, 30 November 2026 09:02",
])
def test_the_quoted_thread_under_a_reply_is_not_reviewed(header):
    """A reply with the thread under it got "no closing line" (the closing was not last), "AM" as shouting and
    the interviewer's name in an address to capitalise."""
    answer = handle({"op": "review", "lang": "en", "subject": "Re: Interview confirmation - Product Designer",
                     "body": QUOTED_REPLY.format(header=header),
                     "context": {"lang": "en", "interviewer": "Sarah Johnson", "company": "Xendit", "role": "Product Designer"}})
    assert answer["findings"] == []
    assert answer["words"] < 60  # the reader's own words only


@pytest.mark.parametrize("sentence", ["We spoke at 9:30 AM and again at 2 PM.", "The call was at 10.00 WIB."])
def test_am_pm_and_time_zones_are_no_shouting(sentence):
    body = f"Dear Ms. Tan,\n\n{sentence}\n\nBest regards,\nRizky"
    assert findings(review_with(body, lang="en", subject="Thank you"), "all_caps") == []


def test_a_name_inside_an_email_address_keeps_the_address_as_written():
    body = ("Dear Ms. Johnson,\n\nThank you for the interview. I have copied sarah.johnson@xendit.co as you asked.\n\n"
            "Best regards,\nKevin")
    assert findings(review_with(body, lang="en", subject="Thank you", interviewer="Sarah Johnson"), "punctuation") == []


def test_a_role_with_a_small_word_inside_is_named():
    """"the Head of Risk position" got "The role, Head of Risk, is not mentioned": "of" was taken out of the role only."""
    body = ("Dear Dr. Wibowo,\n\nThank you for the conversation about the Head of Risk position and the monthly "
            "credit-risk stress tests.\n\nKind regards,\nAndreas Halim")
    assert findings(review_with(body, lang="en", subject="Thank you", role="Head of Risk"), "role_absent") == []


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Saya ingin bergabung dengan tim Marketing dan membantu kampanye Ramadan yang Ibu ceritakan.", "id"),
    ("Saya siap menjadi bagian dari tim Data Science dan merapikan laporan churn bulanan.", "id"),
    ("I would love to join the Data Science team and help with the churn model you described.", "en"),
    ("I would love to join Sarah's team and help with the churn model you described.", "en"),
])
def test_a_team_named_by_its_function_or_a_persons_team_is_no_other_company(sentence, lang):
    """"bergabung dengan tim Marketing" was a must-fix: "Marketing" taken for another company's name."""
    body = (f"Yth. Ibu Maya,\n\n{sentence}\n\nHormat saya,\nFajar" if lang == "id"
            else f"Dear Sarah,\n\n{sentence}\n\nBest regards,\nFajar")
    answer = review_with(body, lang=lang, subject="Thank you", company="PT Kreasi Digital", role="Staf Pemasaran",
                         interviewer="Sarah Putri" if lang == "en" else "Maya Sari")
    assert findings(answer, "company_other") == []


@pytest.mark.parametrize(("body", "lang", "other"), [
    ("Yth. Bapak Arief,\n\nTerima kasih atas wawancara posisi Staf Gudang di PT Indomarco Prismatama. Saya sangat ingin "
     "bergabung dengan tim Alfamart dan merapikan stok opname mingguan.\n\nHormat saya,\nDedi", "id", "Alfamart"),
    ("Dear Mr. Arief,\n\nThank you for the interview for the Warehouse Staff role at PT Indomarco Prismatama. I would be "
     "glad to join Alfamart and tidy the weekly stock count.\n\nBest regards,\nDedi", "en", "Alfamart"),
])
def test_another_company_where_the_reader_would_work_is_found_even_beside_this_ones_name(body, lang, other):
    """A copy edited in one place only named the right company once and another where the reader would work: it passed."""
    answer = review_with(body, lang=lang, subject="Thank you", company="PT Indomarco Prismatama", role="Staf Gudang")
    assert [excerpt for excerpt, _ in findings(answer, "company_other")] == [other]


def test_a_past_employer_beside_this_companys_name_is_no_copy():
    body = ("Yth. Bapak Arief,\n\nTerima kasih atas wawancara posisi Staf Gudang di PT Indomarco Prismatama. Pengalaman saya "
            "tiga tahun di PT Sumber Alfaria Trijaya membuat saya terbiasa dengan stok opname mingguan.\n\nHormat saya,\nDedi")
    answer = review_with(body, subject="Thank you", company="PT Indomarco Prismatama", role="Staf Gudang")
    assert findings(answer, "company_other") == []


@pytest.mark.parametrize(("greeting", "interviewer"), [("Hi Mike,", "Michael Tan"), ("Hi Bill,", "William Santoso"),
                                                       ("Dear Liz,", "Elizabeth Wongso")])
def test_an_english_nickname_greets_its_bearer(greeting, interviewer):
    """"Hi Mike," to Michael Santoso was "check the name in the greeting": Mike is what Michaels are called."""
    body = f"{greeting}\n\nThank you for the chat about the referral tests in Medan.\n\nBest regards,\nCitra"
    answer = review_with(body, lang="en", subject="Thank you", interviewer=interviewer)
    assert [finding["code"] for finding in answer["findings"] if finding["code"].startswith("interviewer")] == []


@needs_lists
@pytest.mark.parametrize("sentence", [
    "Saya juga bertemu drg. Wulan dan apt. Desi di ruang sterilisasi.",  # a dentist's and a pharmacist's titles
    "Rizka, perawat senior yang mendampingi saya, menjelaskan jadwal shift.",  # a name opening a sentence
    "Wulan dan Ibu sempat menunjukkan ruang sterilisasi.",
])
def test_a_title_or_a_name_opening_a_sentence_is_no_typo(real_lexicons, sentence):
    """"Drg." (a dentist) was a typo of "Dag", "Rizka" of "Rizki": both must-fix on a good letter."""
    assert findings(review_id(sentence, real_lexicons), "misspelling") == []


@needs_lists
@pytest.mark.parametrize(("sentence", "typo"), [("Terimah kasih atas waktunya.", "Terimah"), ("Smoga kita bisa berdiskusi lagi.", "Smoga")])
def test_a_slip_of_an_everyday_word_opening_a_sentence_is_still_found(real_lexicons, sentence, typo):
    assert [found for found, _ in findings(review_id(sentence, real_lexicons), "misspelling")] == [typo]


def test_a_weekday_with_the_interviews_own_date_is_no_timing_slip():
    """"pada Senin, 16 November 2026", two weeks later, was a must-fix ("pada Senin" for an interview 14 days ago)."""
    body = ("Yth. Bapak Surya,\n\nTerima kasih atas wawancara posisi Staf Pajak pada Senin, 16 November 2026. Penjelasan "
            "Bapak tentang pelaporan PPh 23 untuk vendor jasa sangat membantu.\n\nHormat saya,\nLina")
    answer = review_with(body, interviewer="Surya Atmaja", interview_date="2026-11-16", now="2026-11-30T10:00:00+07:00")
    assert findings(answer, "timing") == []
    wrong = body.replace("Senin, 16 November", "Senin, 9 November")  # another Monday: still wrong
    assert findings(review_with(wrong, interviewer="Surya Atmaja", interview_date="2026-11-16", now="2026-11-30T10:00:00+07:00"), "timing")


@pytest.mark.parametrize(("body", "subject", "lang"), [
    ("Selamat sore Ibu Rani,\n\nTerima kasih atas undangan wawancara lanjutan. Saya konfirmasi kehadiran pada Rabu, "
     "2 Desember 2026 pukul 13.00 WIB di kantor Ibu.\n\nHormat saya,\nGalih Permana", "Re: Undangan Wawancara Lanjutan", "id"),
    ("Dear Ms. Tan,\n\nI am following up on my interview for the Data Analyst role on 20 November. Is there any update "
     "on the next step?\n\nBest regards,\nRizky", "Following up - Data Analyst interview", "en"),
])
def test_a_message_that_does_another_job_is_not_held_to_a_thank_you_length(body, subject, lang):
    """A 36-word confirmation of attendance was "too short for an email: aim for 60–180 words"."""
    answer = review_with(body, lang=lang, subject=subject)
    assert [found for found in answer["findings"] if found["code"] == "length_short"] == []
    thanks = body.replace("Saya konfirmasi kehadiran", "Saya hadir").replace("I am following up on", "Thank you for")
    thanks = thanks.replace("Is there any update on the next step?", "I enjoyed it.")
    assert [found for found in review_with(thanks, lang=lang, subject="Terima kasih")["findings"] if found["code"] == "length_short"]


@pytest.mark.parametrize(("sentence", "company"), [
    ("Walking the precast yard at Wika Beton with you was the highlight of my week.", "PT Wijaya Karya Beton Tbk"),
    ("Visiting the Wika site office showed me how the curing schedule is planned.", "PT Wijaya Karya (Persero) Tbk"),
])
def test_a_company_named_by_the_first_letters_of_its_words_is_named(sentence, company):
    """"Wika Beton" for PT Wijaya Karya Beton Tbk got "the company is not mentioned"."""
    body = f"Dear Mr. Gunawan,\n\nThank you for the interview yesterday. {sentence}\n\nBest regards,\nTeddy"
    assert findings(review_with(body, lang="en", subject="Thank you - Project Engineer", company=company), "company_absent") == []


def test_a_word_that_only_starts_like_the_company_does_not_name_it():
    body = "Dear Mr. Gunawan,\n\nThank you for the interview yesterday about the precast yard.\n\nBest regards,\nTeddy Wijaya"
    assert findings(review_with(body, lang="en", subject="Thank you - Project Engineer", company="PT Sinar Data"), "company_absent")


def test_a_word_of_address_in_small_letters_is_a_tip_in_a_chat_and_should_be_fixed_in_an_email():
    """"makasih pak atas waktunya" in a WhatsApp typed in small letters was a should-fix, beside tips for its small sentences."""
    body = "assalamualaikum pak, saya anton yang kemarin wawancara untuk posisi driver. makasih pak atas waktunya, semoga bisa bergabung."
    severities = {channel: [found["severity"] for found in review_with(body, channel=channel)["findings"]
                            if found["code"] == "address_lowercase"] for channel in ("whatsapp", "email")}
    assert severities == {"whatsapp": ["tip"], "email": ["should"]}


@pytest.mark.parametrize(("sentence", "desperate"), [
    ("I really hope I can be accepted because this is my dream company.", True),
    ("I hope that I will be selected for the next stage.", True),
    ("Hoping I get this job, as it would change a lot for me.", True),
    ("I hope I can bring the same care to your stock counts.", False),
    ("I hope the audit went well and the new ledger is live.", False),
])
def test_hoping_to_be_taken_pleads_in_english_as_in_indonesian(sentence, desperate):
    """"I really hope I can be accepted" passed in English while "besar harapan saya untuk diterima" was a finding."""
    body = f"Dear Mrs. Susanti,\n\nThank you for the interview yesterday. {sentence}\n\nSincerely,\nPutri"
    assert bool(findings(review_with(body, lang="en", subject="Thank you"), "desperate")) is desperate


@needs_lists
@pytest.mark.parametrize(("sentence", "found", "fix"), [
    ("Saya ingin lebih mengenal tim Ibu dimasa mendatang.", "dimasa", "di masa"),
    ("Saya berharap bisa berkontribusi kedepannya.", "kedepannya", "ke depannya"),
    ("Saya pernah bekerja dikantor akuntan publik.", "dikantor", "di kantor"),
])
def test_di_or_ke_joined_to_a_place_or_a_time_is_written_apart(real_lexicons, sentence, found, fix):
    """"dimasa" was a must-fix typo of "dimasak" (cooked); "kedepannya" passed."""
    answer = review_id(sentence, real_lexicons)
    assert findings(answer, "misspelling") == []
    assert [(found_["excerpt"], found_.get("replacement")) for found_ in answer["findings"] if found_["code"] == "nonstandard"] == [(found, fix)]


@needs_lists
def test_keluar_is_a_word_of_its_own():
    answer = review_id("Saya biasa keluar kantor pukul lima sore.", ())
    assert [found for found in answer["findings"] if found["code"] == "nonstandard"] == []


@pytest.mark.parametrize("sentence", [
    "I am interested in the analyst track, and I agree that the reports should be daily.",
    "You explained to me how the ledger works; it explained me-first thinking well.",
    "I look forward to the next step and to working with you.",
])
def test_the_english_of_those_constructions_is_left_alone(sentence):
    body = f"Dear Ms. Tan,\n\n{sentence}\n\nBest regards,\nRizky"
    assert findings(review_with(body, lang="en", subject="Thank you"), "misspelling") == []
