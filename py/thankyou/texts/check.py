"""Words of the checker: its form, its verdicts and the reasons behind them."""

from __future__ import annotations

from thankyou.texts import Texts


class CheckTexts(Texts):
    """Slots of the checker. Dict slots are keyed by option or reason code."""

    title: str
    labels: dict[str, str]
    stages: dict[str, str]
    verdicts: dict[str, str]
    reasons: dict[str, str]
    deadline_heading: str
    deadline_at: str
    deadline_relative: str
    reasons_heading: str
    read_more: str


class Indonesian(CheckTexts):
    lang = "id"
    title = "Perlu kirim email terima kasih?"
    labels = {
        "stage": "Tahap wawancara",
        "ended_at": "Wawancara selesai pada",
        "now": "Waktu sekarang",
    }
    stages = {
        "screening": "Panggilan penyaringan singkat (screening)",
        "first": "Wawancara pertama",
        "second": "Wawancara kedua atau lanjutan",
        "final": "Wawancara tahap akhir",
        "informal": "Obrolan informal",
        "assessment": "Tes, studi kasus, atau presentasi",
    }
    verdicts = {
        "send": "Kirim.",
        "optional": "Boleh tidak, tetapi mengirimnya jarang keliru.",
    }
    reasons = {
        "always_send": (
            "Setelah wawancara kerja yang sesungguhnya, email terima kasih sudah dianggap bagian dari "
            "sopan santun profesional. Kalau tidak ada, hal itu bisa terasa."
        ),
        "may_be_optional": (
            "Panggilan penyaringan yang singkat lebih bersifat administratif, jadi ucapan terima kasih "
            "tidak wajib. Meski begitu, pesan singkat tetap menjadi nilai tambah."
        ),
        "within_24_hours": (
            "Pesan yang tiba dalam 24 jam datang saat percakapan masih segar di ingatan pewawancara."
        ),
    }
    deadline_heading = "Batas waktu"
    deadline_at = "Kirim paling lambat {when}."
    deadline_relative = "Kirim dalam 24 jam setelah wawancara selesai."
    reasons_heading = "Alasannya"
    read_more = "Baca selengkapnya"


class English(CheckTexts):
    lang = "en"
    title = "Should you send a thank-you email?"
    labels = {
        "stage": "Interview stage",
        "ended_at": "The interview ended at",
        "now": "Current time",
    }
    stages = {
        "screening": "Short screening call",
        "first": "First interview",
        "second": "Second or later interview",
        "final": "Final-round interview",
        "informal": "Informal chat",
        "assessment": "Test, case study or presentation",
    }
    verdicts = {
        "send": "Send one.",
        "optional": "Optional, but sending one is rarely a mistake.",
    }
    reasons = {
        "always_send": (
            "After a real job interview, a thank-you email is part of ordinary professional courtesy; "
            "its absence can be noticed."
        ),
        "may_be_optional": (
            "A short screening call is closer to an administrative step, so a thank-you is not required; "
            "a brief note still counts in your favour."
        ),
        "within_24_hours": (
            "A message that arrives within 24 hours lands while the conversation is still fresh in the "
            "interviewer's mind."
        ),
    }
    deadline_heading = "Deadline"
    deadline_at = "Send it by {when}."
    deadline_relative = "Send it within 24 hours of the end of the interview."
    reasons_heading = "Why"
    read_more = "Read more"
