"""Round 31 (Indonesian drafts): spoken prepositions and "kasih tahu" in a formal email, a verb after its doer written
with "di-", the stock "mohon maaf mengganggu" opening a WhatsApp message, and the work named in small letters beside
a role that shares its words."""

from __future__ import annotations

import pytest
from conftest import needs_lists, review

LETTER = "Yth. Bapak Yudi,\n\nDengan hormat,\n\n{sentence}\n\nHormat saya,\nEko Saputro"
CONTEXT = {"interviewer": "Yudi Hartono", "company": "PT Indo Logistik", "role": "Staf Gudang"}


def findings(sentence: str, code: str, *, lexicons=None, **context: str) -> list[tuple[str, str]]:
    answer = review("id", "Terima kasih atas wawancara posisi Staf Gudang", LETTER.format(sentence=sentence),
                    {**CONTEXT, **context}, lexicons=lexicons)
    return [(item["excerpt"], item["message"]) for item in answer["findings"] if item["code"] == code]


@pytest.mark.parametrize(("sentence", "found", "fix"), [
    # "sama" before a person is a chat's "dengan", or "kepada" after thanks or telling; "soal" after talk is "mengenai".
    ("Saya senang bisa berdiskusi sama Bapak tentang sistem FIFO di gudang Cikarang.", "sama", "dengan"),
    ("Saya juga sudah bicara sama tim HR tentang jadwal tes kesehatan.", "sama", "dengan"),
    ("Terima kasih sama Bapak atas penjelasan tentang sistem FIFO di gudang Cikarang.", "sama", "kepada"),
    ("Penjelasan Bapak soal sistem FIFO di gudang Cikarang sangat jelas.", "soal", "mengenai"),
    ("Saya senang berdiskusi dengan Bapak soal sistem FIFO di gudang Cikarang.", "soal", "mengenai"),
    ("Saya sudah bicara sama tim HR soal jadwal tes kesehatan.", "soal", "mengenai"),
    # "kasih" is "beri" before "tahu"; "dikasih" is "diberi" anywhere.
    ("Mohon kasih tahu saya jika ada berkas yang kurang untuk proses di gudang Cikarang.", "kasih", "beri"),
    ("Jika ada jadwal tes, mohon dikasih tahu melalui email tentang gudang Cikarang.", "dikasih", "diberi"),
])
def test_a_spoken_word_in_a_formal_email_is_told_with_its_written_form(sentence, found, fix):
    told = findings(sentence, "informal_word")
    assert any(excerpt == found and f"“{fix}”" in message for excerpt, message in told), told


@pytest.mark.parametrize("sentence", [
    "Prinsip FIFO yang Bapak jelaskan sama dengan yang saya terapkan, dan kedua gudang sama-sama sibuk saat Lebaran.",
    "Ketelitian dan kecepatan sama pentingnya di gudang Cikarang, dan hasilnya sama sekali tidak mengecewakan.",
    "Pada hari yang sama Bapak juga menunjukkan gudang Cikarang, dan prosesnya persis sama dengan di tempat lama.",
    "Terima kasih atas kerja sama Bapak dan tim selama proses seleksi di gudang Cikarang.",
    "Soal studi kasus yang Bapak berikan tentang selisih stok akhir bulan cukup menantang.",
    "Saya belajar mengerjakan soal hitungan stok dari contoh yang Bapak tunjukkan, dan penjelasan tentang soal nomor 3 jelas.",
    "Saya bertanya tentang 20 soal latihan di gudang Cikarang; itu bukan soal besar.",
    "Terima kasih atas penjelasan Bapak tentang kasih sayang pemilik kepada karyawan gudang Cikarang.",
])
def test_same_question_and_love_are_no_spoken_words(sentence):
    assert findings(sentence, "informal_word") == []


@pytest.mark.parametrize(("sentence", "code", "found", "fix"), [
    # After its doer the verb takes no "di-": the fix was "dilamar", which makes "yang saya dilamar".
    ("Terima kasih atas wawancara untuk posisi Staf Gudang yang saya di lamar.", "di_after_doer", "di lamar", "lamar"),
    ("Dokumen yang Bapak di minta tentang gudang Cikarang sudah siap.", "di_after_doer", "di minta", "minta"),
    # Not after a doer: the prefix joined.
    ("Semoga saya di terima untuk bekerja di gudang Cikarang.", "di_prefix", "di terima", "diterima"),
    ("Surat itu di kirimkan oleh HRD kemarin tentang gudang Cikarang.", "di_prefix", "di kirimkan", "dikirimkan"),
])
@needs_lists
def test_a_passive_di_written_apart_is_fixed_by_who_comes_before_it(real_lexicons, sentence, code, found, fix):
    answer = review("id", "Terima kasih atas wawancara posisi Staf Gudang", LETTER.format(sentence=sentence), CONTEXT,
                    lexicons=real_lexicons)
    assert [(item["excerpt"], item.get("replacement")) for item in answer["findings"]
            if item["code"] in ("di_prefix", "di_after_doer") and item["code"] == code] == [(found, fix)]


def test_a_verb_after_its_doer_with_di_apart_is_fixed_without_word_lists():
    """The phrase rule ("di" + a "-kan" verb), read without the word lists, inside Pyodide too."""
    answer = review("id", "Terima kasih", LETTER.format(sentence="Portofolio yang Bapak minta akan saya di kirimkan besok pagi."), CONTEXT)
    assert [(item["code"], item["excerpt"], item.get("replacement")) for item in answer["findings"] if item["kind"] == "misspelling"] \
        == [("di_after_doer", "di kirimkan", "kirimkan")]


def test_sorry_to_bother_opening_a_whatsapp_thank_you_is_its_courtesy():
    """"Mohon maaf mengganggu waktunya" opening a chat to a recruiter was a should-fix ritual apology."""
    body = ("Selamat siang, Bu Dita. Mohon maaf mengganggu waktunya. Saya Rizky yang tadi pagi wawancara untuk posisi Staf Pajak. "
            "Terima kasih atas penjelasan Ibu tentang pelaporan PPN bulanan. Terima kasih, Bu.")
    context = {"interviewer": "Dita Maharani", "company": "PT Mitra Adiperkasa Tbk", "role": "Staf Pajak"}
    chat = review("id", "", body, {**context, "channel": "whatsapp"})
    assert [item for item in chat["findings"] if item["kind"] == "apology"] == []
    email = review("id", "Terima kasih atas wawancara posisi Staf Pajak", body, context)  # in a thank-you email it is still one
    assert [item["code"] for item in email["findings"] if item["kind"] == "apology"] == ["apology_ritual"]


def test_one_spoken_word_said_thrice_in_a_chat_is_no_shorthand():
    body = "Sore, Bu Ratna. Terima kasih sama Ibu. Senang berdiskusi sama Ibu tentang pajak dan berkenalan sama tim Ibu."
    answer = review("id", "", body, {"interviewer": "Ratna", "channel": "whatsapp"})
    assert [item["code"] for item in answer["findings"] if item["kind"] == "informal"] == ["informal_word"] * 3


@pytest.mark.parametrize(("sentence", "slip"), [
    ("Penjelasan Bapak tentang praktik audit internal di gudang Cikarang sangat berguna.", False),  # the work, not the role
    ("Terima kasih atas wawancara untuk posisi Auditr Internal di gudang Cikarang.", True),
])
def test_the_work_in_small_letters_is_no_slip_of_the_role_it_names(sentence, slip):
    assert bool(findings(sentence, "role_misspelled", role="Auditor Internal")) is slip


def test_the_reader_after_a_spoken_with_is_capitalised_too():
    """"bisa ngobrol sama ibu soal ..." to Ibu Ratna: "ibu" is the reader, as after "dengan"; "sama ibu saya" is not."""
    body = ("Yth. Ibu Ratna,\n\nDengan hormat,\n\nSaya senang bisa berdiskusi sama ibu soal laporan pajak di PT Sumber Makmur. "
            "Saya juga sudah bercerita sama ibu saya tentang wawancara kemarin.\n\nHormat saya,\nAndi")
    answer = review("id", "Terima kasih atas wawancara posisi Staf Pajak", body, {"interviewer": "Ratna"})
    assert [(item["excerpt"], item["start"]) for item in answer["findings"] if item["code"] == "address_lowercase"] \
        == [("ibu", body.index("sama ibu soal") + 5)]


@pytest.mark.parametrize(("typed", "written"), [
    # The generator writes the reader's words out by the reviewer's table, where the reviewer would: "sama" was made
    # "dengan" everywhere ("yang dengan"), "kasih" "beri" ("terima beri").
    ("ngobrol sama Ibu soal stok", "berbincang dengan Ibu mengenai stok"),
    ("terima kasih sama tim", "terima kasih kepada tim"),
    ("kasih tau jadwalnya", "beri tahu jadwalnya"),
    ("prosesnya sama seperti di gudang lama", "prosesnya sama seperti di gudang lama"),
    ("terima kasih atas soal latihan FIFO", "terima kasih atas soal latihan FIFO"),
    ("saya buat laporan stok", "saya buat laporan stok"),
])
def test_the_generator_spells_out_a_spoken_word_only_where_the_reviewer_would(typed, written):
    from thankyou.draft import spelled_out

    assert spelled_out(typed, "id") == written


@pytest.mark.parametrize(("greeting", "told"), [
    ("Yth. Bapak Yoga,\n\nDengan hormat,", True),
    ("Selamat malam Pak Yoga,", False),  # a semi-formal email keeps it (round 28's barista letter)
    ("Yth. Bapak Yoga,", False),  # a card or a short letter may open so in the semi-formal register (as the generator's)
])
def test_a_spoken_about_is_informal_in_a_formal_letter_only(greeting, told):
    body = (f"{greeting}\n\nTerima kasih sudah mewawancarai saya hari ini. Masukan Bapak soal rasio air dan kopi untuk V60 "
            "akan saya praktikkan.\n\nSalam,\nFajar")
    answer = review("id", "Terima kasih – wawancara Barista", body, {"interviewer": "Yoga Pratama"})
    assert [item["excerpt"] for item in answer["findings"] if item["code"] == "informal_word"] == (["soal"] if told else [])
