"""Round 33b of Indonesian drafts written by hand after the reviewer: "Bpk." in a letter's greeting, the long email's
finding on the body (not the signature), another selection process as pressure and the pressure advice fitting an offer
reply or a follow-up, a named greeting in the draft's own register ("Halo Kak Tiara,"), and the shared written form
that drops "banget" after "sangat"."""

from __future__ import annotations

import pytest
from conftest import coded_excerpts as _of, messages_of as _messages, needs_lists, review

CONTEXT = {"interviewer": "Hasan Basri", "company": "PT Indomarco Prismatama", "role": "Staf Gudang"}
BODY = ("Terima kasih atas waktu Bapak dalam wawancara kemarin di gudang Cikarang. Penjelasan Bapak tentang pencatatan stok "
        "dengan sistem FIFO membuat saya lebih memahami ritme kerja tim gudang di PT Indomarco Prismatama.")


def _letter(greeting: str, body: str = BODY, closing: str = "Hormat saya,\nRudi Hartanto") -> str:
    return f"{greeting}\n\nDengan hormat,\n\n{body}\n\n{closing}"


# "Bpk." is a form for an envelope or a list, not a letter's greeting: written out, "Bapak". "Sdr." is a letter's own;
# "BPK RI" and "BP" in capitals are names.
@pytest.mark.parametrize(("greeting", "found"), [
    ("Yth. Bpk. Hasan,", "Bpk."), ("Yth. Bpk Hasan,", "Bpk"), ("Yth. Ibu/Bpk,", "Bpk"), ("Yth. Bpk/Ibu HRD,", "Bpk"),
    ("Yth. Bp. Hasan Basri,", "Bp."),
])
def test_an_abbreviated_bapak_in_the_greeting_is_written_out(greeting, found) -> None:
    answer = review("id", "Terima kasih atas wawancara posisi Staf Gudang", _letter(greeting), CONTEXT)
    assert _of(answer, "greeting_abbreviated") == [("greeting_abbreviated", found, "Bapak")]
    assert [item["severity"] for item in answer["findings"] if item["code"] == "greeting_abbreviated"] == ["should"]
    assert _of(answer, "greeting_yth_name") == []  # not "Yth. Bapak/Ibu Bpk Hasan,"


@pytest.mark.parametrize("greeting", ["Yth. Sdr. Hasan Basri,", "Yth. Bapak Hasan,", "Yth. Tim Rekrutmen BPK RI,", "Yth. Tim BP Indonesia,"])
def test_a_written_out_or_capital_form_is_left(greeting) -> None:
    answer = review("id", "Terima kasih atas wawancara posisi Staf Gudang", _letter(greeting), CONTEXT)
    assert _of(answer, "greeting_abbreviated") == []


# The long email's finding pointed from the limit's word to the end: just over the limit, that was the sender's name.
def test_a_long_email_points_at_its_body_not_the_name() -> None:
    first = " ".join(["Penjelasan Bapak tentang sistem gudang sangat membantu saya memahami pekerjaan ini."] * 6)
    second = " ".join(["Pengalaman saya mengelola stok di distributor membuat saya terbiasa bekerja teliti."] * 12)
    body = _letter("Yth. Bapak Hasan,", f"{first}\n\n{second}", "Hormat saya,\nSiti Nurhaliza")
    [finding] = [item for item in review("id", "Terima kasih atas wawancara posisi Staf Gudang", body, CONTEXT)["findings"]
                 if item["code"] == "length_long"]
    assert body[finding["start"] : finding["end"]] == second
    assert "Nurhaliza" not in finding["excerpt"]


# Another employer's process is pressure without "di tempat lain" too; the advice fits the message it is in.
@pytest.mark.parametrize(("sentence", "found"), [
    ("Saat ini saya sedang ikut seleksi lain.", "ikut seleksi lain"),
    ("Saat ini saya sedang proses di perusahaan lain.", "proses di perusahaan lain"),
    ("Saya juga masih menjalani proses rekrutmen lain.", "menjalani proses rekrutmen lain"),
    ("Saya juga sudah interview di perusahaan lain.", "interview di perusahaan lain"),
])
def test_another_selection_is_pressure(sentence, found) -> None:
    answer = review("id", "Terima kasih atas wawancara posisi Staf Gudang", _letter("Yth. Bapak Hasan,", f"{BODY} {sentence}"), CONTEXT)
    assert ("pressure", found, None) in _of(answer, "pressure")


OFFER = ("Terima kasih atas surat penawaran posisi Staf Gudang di PT Indomarco Prismatama. Saya sangat menghargainya. "
         "Saat ini saya sedang ikut seleksi lain, jadi bolehkah saya memberikan jawaban paling lambat Jumat depan?")
FOLLOW_UP = ("Saya Rudi, kandidat posisi Staf Gudang yang mengikuti wawancara Senin lalu. Saya ingin menanyakan perkembangan "
             "proses seleksinya karena saya sedang proses di perusahaan lain.")


INDONESIAN = {**CONTEXT, "lang": "id"}  # an Indonesian draft, its messages in either language


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_pressure_advice_fits_an_offer_reply_and_a_follow_up(lang) -> None:
    offer = _messages(review(lang, "Tanggapan atas penawaran posisi Staf Gudang", _letter("Yth. Bapak Hasan,", OFFER), INDONESIAN), "pressure")
    follow = _messages(review(lang, "Tindak lanjut wawancara posisi Staf Gudang", _letter("Yth. Bapak Hasan,", FOLLOW_UP), INDONESIAN),
                       "pressure")
    assert len(offer) == 1 and len(follow) == 1
    later = "tindak lanjut jika belum ada jawaban" if lang == "id" else "a follow-up later"
    assert later not in offer[0] and later not in follow[0]
    assert ("balasan atas tawaran" if lang == "id" else "reply to an offer") in offer[0]
    assert ("pesan tindak lanjut" if lang == "id" else "In a follow-up") in follow[0]


# "Halo Kak," names nobody: the example keeps the draft's register and its own word of address.
@needs_lists
def test_a_greeting_without_the_name_is_shown_with_it_in_its_own_register(real_lexicons) -> None:
    body = ("Halo Kak,\n\nSaya Dinda, kandidat posisi Content Writer di Kopi Kenangan yang wawancara hari Senin. Saya ingin menanyakan "
            "perkembangan proses seleksinya. Terima kasih banyak!\n\nSalam,\nDinda Maharani")
    answer = review("id", "Tindak lanjut wawancara posisi Content Writer", body,
                    {"interviewer": "Tiara Putri", "company": "Kopi Kenangan", "role": "Content Writer"}, lexicons=real_lexicons)
    [message] = _messages(answer, "interviewer_absent")
    assert "“Halo Kak Tiara,”" in message and "Yth." not in message
    formal = review("id", "Terima kasih atas wawancara posisi Staf Gudang", _letter("Yth. Bapak,"), CONTEXT, lexicons=real_lexicons)
    assert all("Yth." in text for text in _messages(formal, "interviewer_absent"))


# The written form shared by the generator and the reviewer: an empty fix drops the word and its space.
@pytest.mark.parametrize(("typed", "written"), [
    ("saya sangat senang banget dengan timnya", "saya sangat senang dengan timnya"),
    ("sangat suka bgt.", "sangat suka."),
    ("senang banget, terima kasih", "senang sekali, terima kasih"),
])
def test_an_empty_written_form_drops_the_word(typed, written) -> None:
    from thankyou.draft import spelled_out

    assert spelled_out(typed, "id") == written


def test_the_reviewers_reading_drops_the_word_too() -> None:
    from thankyou.review.rules import _spelled_out
    from thankyou.review.tables import DRAFT_LANGUAGES

    assert _spelled_out("saya sangat senang banget dengan timnya", DRAFT_LANGUAGES["id"]) == "saya sangat senang dengan timnya"
