"""Where the guide explains each piece of advice: stable page paths and anchors, as data.

Paths are relative to a language's root (``/`` for Indonesian, ``/en/`` for English). Both
languages use the same file names and the same explicit heading ids (``## ... {#selalu-kirim}``),
so one table serves both. ``tests/e2e/test_links.py`` fails when a target is missing from the
built site, in either language. Codes are what answers cite (a reason's ``link``).
"""

from __future__ import annotations

SHOULD = "kirim-atau-tidak.html"
WHEN = "kapan-mengirim.html"
HOW = "cara-menulis.html"

# code -> "page.html#anchor"
SECTIONS: dict[str, str] = {
    # Should I send one?
    "short_answer": f"{SHOULD}#jawaban-singkat",
    "why_it_matters": f"{SHOULD}#mengapa-penting",
    "always_send": f"{SHOULD}#selalu-kirim",
    "every_round": f"{SHOULD}#setiap-tahap",
    "may_be_optional": f"{SHOULD}#mungkin-opsional",
    "chances": f"{SHOULD}#peluang",
    "expectations": f"{SHOULD}#harapan-perekrut",
    "local_custom": f"{SHOULD}#kebiasaan-di-indonesia",
    "timing_matters": f"{SHOULD}#waktu-penting",
    "hesitations": f"{SHOULD}#keraguan",
    "hesitation_desperate": f"{SHOULD}#takut-terkesan-memohon",
    "hesitation_what_to_say": f"{SHOULD}#bingung-menulis-apa",
    "hesitation_unimportant": f"{SHOULD}#dianggap-tidak-penting",
    "hesitation_no_email": f"{SHOULD}#tidak-punya-email",
    "if_you_dont": f"{SHOULD}#jika-tidak-mengirim",
    "after_rejection": f"{SHOULD}#sudah-ditolak",
    "offer_in_hand": f"{SHOULD}#sudah-ditawari",
    "not_interested": f"{SHOULD}#tidak-berminat",
    "next_round": f"{SHOULD}#diundang-tahap-berikutnya",
    "no_news_yet": f"{SHOULD}#belum-ada-kabar",
    "verdict": f"{SHOULD}#kesimpulan",
    # When to send
    "within_24_hours": f"{WHEN}#dalam-24-jam",
    "evenings_weekends": f"{WHEN}#malam-akhir-pekan-libur",
    "time_zones": f"{WHEN}#zona-waktu",
    "late": f"{WHEN}#terlambat",
    "follow_up": f"{WHEN}#tindak-lanjut",
    # How to write and send it
    "subject_line": f"{HOW}#subjek",
    "greeting": f"{HOW}#salam-pembuka",
    "names_without_family_name": f"{HOW}#nama-tanpa-nama-keluarga",
    "specific_detail": f"{HOW}#detail-spesifik",
    "fit": f"{HOW}#kecocokan",
    "closing": f"{HOW}#penutup",
    "signature": f"{HOW}#tanda-tangan",
    "panel": f"{HOW}#panel",
    "recruiter_and_coordinator": f"{HOW}#perekrut-koordinator",
    "no_email_address": f"{HOW}#tanpa-alamat-email",
    "when_they_reply": f"{HOW}#jika-dibalas",
    "channels": f"{HOW}#saluran",
    "checklist": f"{HOW}#daftar-periksa",
    "common_mistakes": f"{HOW}#kesalahan-umum",
}

PAGES: dict[str, str] = {
    "home": "index.html",
    "should": SHOULD,
    "when": WHEN,
    "how": HOW,
    "examples": "contoh.html",
    "checker": "alat/pemeriksa.html",
    "generator": "alat/pembuat-email.html",
    "reviewer": "alat/peninjau-draf.html",
    "sources": "sumber.html",
    "privacy": "privasi.html",
}


def link_to(code: str, base: str = "") -> str:
    """The link to the section that explains ``code``, from a page ``base`` away from the root."""
    return base + SECTIONS[code]
