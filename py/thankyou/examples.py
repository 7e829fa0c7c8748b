"""Typical situations for the guide's example messages, as ``draft`` requests (names are made up).

The examples page renders these at build time with the generator itself, so the examples and the
tool never disagree; the generator shows one as a sample until the reader fills the form (for a
kind of message other than a thank-you, the situation named after that kind). Each situation exists
in both languages, named ``SITUATION-LANG``; every kind of message has at least one.
"""

from __future__ import annotations

from typing import Any

_CONTACT = "0812-0000-1234 · andi.pratama@example.com"

EXAMPLES: dict[str, dict[str, Any]] = {
    # One interviewer, an office interview, everything filled in: the standard formal email.
    "first-interview-id": {
        "lang": "id", "register": "formal", "length": "standard", "channel": "email",
        "name": "Andi Pratama", "company": "PT Sinar Data Nusantara", "role": "Analis Data", "contact": _CONTACT,
        "interview_date": "2026-11-24", "format": "in_person",
        "interviewers": [{"name": "Rina Wijaya", "title": "Head of Data", "address": "ibu",
                          "email": "rina.wijaya@example.com", "topic": "rencana memindahkan gudang data ke cloud"}],
        "strength": "pengalaman tiga tahun membangun dasbor penjualan dengan SQL",
        "why": "saya ingin bekerja dengan data yang dipakai ribuan UMKM setiap hari",
    },
    "first-interview-en": {
        "lang": "en", "register": "formal", "length": "standard", "channel": "email",
        "name": "Andi Pratama", "company": "Sinar Data Nusantara", "role": "Data Analyst", "contact": _CONTACT,
        "interview_date": "2026-11-24", "format": "in_person",
        "interviewers": [{"name": "Rina Wijaya", "title": "Head of Data", "address": "ms",
                          "email": "rina.wijaya@example.com", "topic": "the plan to move the data warehouse to the cloud"}],
        "strength": "my three years of building sales dashboards with SQL",
        "why": "I want to work with data that thousands of small businesses rely on",
    },
    # A panel of three: one email each, each around its own person and topic.
    "panel-id": {
        "lang": "id", "register": "formal", "length": "standard", "channel": "email",
        "name": "Dewi Lestari", "company": "PT Arunika Logistik", "role": "Koordinator Operasional Gudang",
        "contact": "0813-0000-5678", "interview_date": "2026-11-25", "format": "in_person",
        "interviewers": [
            {"name": "Ir. Hendra Gunawan", "title": "Kepala Operasional", "address": "bapak",
             "email": "hendra.gunawan@example.com", "topic": "target akurasi stok 99 persen"},
            {"name": "Maria Simanjuntak", "title": "HR Business Partner", "address": "ibu",
             "email": "maria.simanjuntak@example.com", "topic": "program pelatihan untuk staf gudang baru"},
            {"name": "Yusuf Hidayat", "title": "Supervisor Gudang", "address": "bapak",
             "topic": "pengaturan sif malam menjelang musim belanja akhir tahun"},
        ],
        "strength": "pengalaman memimpin tim gudang berisi 25 orang",
        "forgot": "saya sudah memegang sertifikat K3 umum",
        "why": "saya ingin ikut membenahi proses distribusi yang melayani banyak kota",
    },
    "panel-en": {
        "lang": "en", "register": "formal", "length": "standard", "channel": "email",
        "name": "Dewi Lestari", "company": "Arunika Logistics", "role": "Warehouse Operations Coordinator",
        "contact": "+62 813-0000-5678", "interview_date": "2026-11-25", "format": "in_person",
        "interviewers": [
            {"name": "Ir. Hendra Gunawan", "title": "Head of Operations", "address": "mr",
             "email": "hendra.gunawan@example.com", "topic": "the 99 percent stock accuracy target"},
            {"name": "Maria Simanjuntak", "title": "HR Business Partner", "address": "ms",
             "email": "maria.simanjuntak@example.com", "topic": "the training programme for new warehouse staff"},
            {"name": "Yusuf Hidayat", "title": "Warehouse Supervisor", "address": "mr",
             "topic": "night-shift planning ahead of the year-end shopping season"},
        ],
        "strength": "my experience leading a warehouse team of 25 people",
        "forgot": "I already hold a general occupational safety certificate",
        "why": "I want to help improve a distribution network that serves many cities",
    },
    # A start-up, a video call, first names: short and semi-formal.
    "startup-id": {
        "lang": "id", "register": "semi_formal", "length": "short", "channel": "email",
        "name": "Nadia Rahman", "company": "Kopikita", "role": "Product Designer",
        "contact": "nadia.rahman@example.com · portofolio: example.com/nadia", "format": "video",
        "interviewers": [{"name": "Bima", "title": "Head of Product", "address": "first_name",
                          "email": "bima@example.com", "topic": "riset pengguna untuk fitur langganan kopi"}],
        "strength": "portofolio desain aplikasi kasir untuk warung",
    },
    "startup-en": {
        "lang": "en", "register": "semi_formal", "length": "short", "channel": "email",
        "name": "Nadia Rahman", "company": "Kopikita", "role": "Product Designer",
        "contact": "nadia.rahman@example.com · portfolio: example.com/nadia", "format": "video",
        "interviewers": [{"name": "Bima", "title": "Head of Product", "address": "first_name",
                          "email": "bima@example.com", "topic": "user research for the coffee subscription feature"}],
        "strength": "my portfolio of point-of-sale app designs for small shops",
    },
    # The recruiter arranged everything over WhatsApp.
    "whatsapp-id": {
        "lang": "id", "register": "formal", "length": "short", "channel": "whatsapp",
        "name": "Rizky Maulana", "company": "PT Bumi Hijau Agro", "role": "Staf Administrasi Keuangan",
        "interview_date": "2026-11-23", "format": "phone",
        "interviewers": [{"name": "Siti Aminah", "title": "Perekrut", "address": "ibu",
                          "topic": "proses rekonsiliasi bank setiap akhir bulan"}],
    },
    "whatsapp-en": {
        "lang": "en", "register": "formal", "length": "short", "channel": "whatsapp",
        "name": "Rizky Maulana", "company": "Bumi Hijau Agro", "role": "Finance Administration Officer",
        "interview_date": "2026-11-23", "format": "phone",
        "interviewers": [{"name": "Siti Aminah", "title": "Recruiter", "address": "ms", "name_form": "given",
                          "topic": "the month-end bank reconciliation process"}],
    },
    # No email address: a LinkedIn message once connected.
    "linkedin-id": {
        "lang": "id", "register": "semi_formal", "length": "standard", "channel": "linkedin",
        "name": "Putri Ayu", "company": "PT Lintas Media Kreatif", "role": "Social Media Specialist",
        "format": "video",
        "interviewers": [{"name": "Kevin Tan", "title": "Marketing Manager", "address": "bapak",
                          "topic": "kampanye video pendek untuk peluncuran produk baru"}],
        "strength": "pengalaman mengelola tiga akun merek dengan total 200 ribu pengikut",
        "why": "saya ingin membangun komunitas di sekitar produk lokal",
    },
    "linkedin-en": {
        "lang": "en", "register": "semi_formal", "length": "standard", "channel": "linkedin",
        "name": "Putri Ayu", "company": "Lintas Media Kreatif", "role": "Social Media Specialist",
        "format": "video",
        "interviewers": [{"name": "Kevin Tan", "title": "Marketing Manager", "address": "mr",
                          "topic": "the short-video campaign for the new product launch"}],
        "strength": "my experience running three brand accounts with 200,000 followers in total",
        "why": "I want to build communities around local products",
    },
    # A handwritten card left at the hotel's front desk.
    "card-id": {
        "lang": "id", "register": "formal", "length": "short", "channel": "card",
        "name": "Bayu Saputra", "company": "Hotel Cendana Bali", "role": "Front Office Supervisor",
        "interview_date": "2026-11-26", "format": "in_person",
        "interviewers": [{"name": "Made Wirawan", "title": "General Manager", "address": "bapak",
                          "topic": "standar layanan tamu di hotel ini"}],
    },
    "card-en": {
        "lang": "en", "register": "formal", "length": "short", "channel": "card",
        "name": "Bayu Saputra", "company": "Hotel Cendana Bali", "role": "Front Office Supervisor",
        "interview_date": "2026-11-26", "format": "in_person",
        "interviewers": [{"name": "Made Wirawan", "title": "General Manager", "address": "mr", "name_form": "full",
                          "topic": "the hotel's guest service standards"}],
    },
    # Nobody's name was caught: the email goes to the hiring team.
    "team-id": {
        "lang": "id", "register": "formal", "length": "short", "channel": "email",
        "name": "Fajar Nugroho", "company": "PT Nusantara Energi Mandiri", "role": "Staf Pengadaan",
        "contact": "0815-0000-9012", "interview_date": "2026-11-27",
    },
    "team-en": {
        "lang": "en", "register": "formal", "length": "short", "channel": "email",
        "name": "Fajar Nugroho", "company": "Nusantara Energi Mandiri", "role": "Procurement Officer",
        "contact": "+62 815-0000-9012", "interview_date": "2026-11-27",
    },
    # A few days late: a shorter thank-you with no long apology.
    "late-thank-you-id": {
        "kind": "late_thank_you", "lang": "id", "register": "formal", "length": "short", "channel": "email",
        "name": "Sekar Ayuningtyas", "company": "PT Kirana Farma", "role": "Apoteker Pendamping",
        "interview_date": "2026-11-20", "format": "in_person",
        "interviewers": [{"name": "Lina Marlina, S.Farm.", "title": "Kepala Apotek", "address": "ibu",
                          "topic": "alur pemeriksaan resep racikan"}],
        "strength": "pengalaman dua tahun di apotek rumah sakit",
    },
    "late-thank-you-en": {
        "kind": "late_thank_you", "lang": "en", "register": "formal", "length": "short", "channel": "email",
        "name": "Sekar Ayuningtyas", "company": "Kirana Pharma", "role": "Assistant Pharmacist",
        "interview_date": "2026-11-20", "format": "in_person",
        "interviewers": [{"name": "Lina Marlina", "title": "Head Pharmacist", "address": "ms",
                          "topic": "how compounded prescriptions are checked"}],
        "strength": "two years in a hospital pharmacy",
    },
    # About a week on, no news and no date given: the thanks and the question in one email.
    "thank-you-and-follow-up-id": {
        "kind": "thank_you_and_follow_up", "lang": "id", "register": "formal", "length": "standard", "channel": "email",
        "name": "Fajar Nugroho", "company": "PT Nusantara Energi Mandiri", "role": "Staf Pengadaan",
        "contact": "0815-0000-9012", "interview_date": "2026-11-17", "format": "video",
        "interviewers": [{"name": "Bu Dita Anggraini", "title": "Manajer Pengadaan",
                          "topic": "sistem e-procurement yang baru dipakai"}],
        "strength": "saya terbiasa menyusun perbandingan harga dari lebih dari sepuluh pemasok",
    },
    "thank-you-and-follow-up-en": {
        "kind": "thank_you_and_follow_up", "lang": "en", "register": "formal", "length": "standard", "channel": "email",
        "name": "Fajar Nugroho", "company": "Nusantara Energi Mandiri", "role": "Procurement Officer",
        "contact": "+62 815-0000-9012", "interview_date": "2026-11-17", "format": "video",
        "interviewers": [{"name": "Dita Anggraini", "title": "Procurement Manager", "address": "ms", "name_form": "given",
                          "topic": "the new e-procurement system"}],
        "strength": "I regularly compare quotes from more than ten suppliers",
    },
    # The date they gave has passed: a first follow-up, then a second a week later.
    "follow-up-id": {
        "kind": "follow_up", "attempt": 1, "lang": "id", "register": "formal", "channel": "email",
        "name": "Dewi Lestari", "company": "PT Arunika Logistik", "role": "Koordinator Operasional Gudang",
        "contact": "0813-0000-5678", "interview_date": "2026-11-25", "format": "in_person",
        "interviewers": [{"name": "Maria Simanjuntak", "title": "HR Business Partner", "address": "ibu",
                          "topic": "program pelatihan untuk staf gudang baru"}],
    },
    "follow-up-en": {
        "kind": "follow_up", "attempt": 1, "lang": "en", "register": "formal", "channel": "email",
        "name": "Dewi Lestari", "company": "Arunika Logistics", "role": "Warehouse Operations Coordinator",
        "contact": "+62 813-0000-5678", "interview_date": "2026-11-25", "format": "in_person",
        "interviewers": [{"name": "Maria Simanjuntak", "title": "HR Business Partner", "address": "ms",
                          "topic": "the training programme for new warehouse staff"}],
    },
    "second-follow-up-id": {
        "kind": "follow_up", "attempt": 2, "lang": "id", "register": "formal", "channel": "email",
        "name": "Dewi Lestari", "company": "PT Arunika Logistik", "role": "Koordinator Operasional Gudang",
        "contact": "0813-0000-5678", "interview_date": "2026-11-25",
        "interviewers": [{"name": "Maria Simanjuntak", "title": "HR Business Partner", "address": "ibu"}],
    },
    "second-follow-up-en": {
        "kind": "follow_up", "attempt": 2, "lang": "en", "register": "formal", "channel": "email",
        "name": "Dewi Lestari", "company": "Arunika Logistics", "role": "Warehouse Operations Coordinator",
        "contact": "+62 813-0000-5678", "interview_date": "2026-11-25",
        "interviewers": [{"name": "Maria Simanjuntak", "title": "HR Business Partner", "address": "ms"}],
    },
    # A "no": a gracious reply keeps the door open.
    "reply-to-rejection-id": {
        "kind": "reply_to_rejection", "lang": "id", "register": "formal", "channel": "email",
        "name": "Putri Ayu", "company": "PT Lintas Media Kreatif", "role": "Social Media Specialist",
        "interviewers": [{"name": "Kevin Tan", "title": "Marketing Manager", "address": "bapak",
                          "topic": "kampanye video pendek untuk peluncuran produk baru"}],
    },
    "reply-to-rejection-en": {
        "kind": "reply_to_rejection", "lang": "en", "register": "formal", "channel": "email",
        "name": "Putri Ayu", "company": "Lintas Media Kreatif", "role": "Social Media Specialist",
        "interviewers": [{"name": "Kevin Tan", "title": "Marketing Manager", "address": "mr",
                          "topic": "the short-video campaign for the new product launch"}],
    },
    # No longer interested: say so early and briefly, over the recruiter's own WhatsApp.
    "withdrawal-id": {
        "kind": "withdrawal", "lang": "id", "register": "formal", "channel": "whatsapp", "time_of_day": "morning",
        "name": "Rizky Maulana", "company": "PT Bumi Hijau Agro", "role": "Staf Administrasi Keuangan",
        "interviewers": [{"name": "Bu Siti Aminah", "title": "Perekrut"}],
    },
    "withdrawal-en": {
        "kind": "withdrawal", "lang": "en", "register": "formal", "channel": "email",
        "name": "Rizky Maulana", "company": "Bumi Hijau Agro", "role": "Finance Administration Officer",
        "interviewers": [{"name": "Siti Aminah", "title": "Recruiter", "address": "ms", "name_form": "given"}],
    },
    # Invited to the next round: confirm, with the details from the invitation.
    "confirm-next-round-id": {
        "kind": "confirm_next_round", "lang": "id", "register": "semi_formal", "channel": "whatsapp",
        "time_of_day": "afternoon",
        "name": "Nadia Rahman", "company": "Kopikita", "role": "Product Designer",
        "interviewers": [{"name": "Mbak Laras", "title": "Talent Acquisition"}],
        "next_step": "tes desain dengan tim produk pada Kamis, 3 Desember, pukul 10.00",
    },
    "confirm-next-round-en": {
        "kind": "confirm_next_round", "lang": "en", "register": "semi_formal", "channel": "email",
        "name": "Nadia Rahman", "company": "Kopikita", "role": "Product Designer",
        "contact": "nadia.rahman@example.com",
        "interviewers": [{"name": "Laras", "title": "Talent Acquisition", "address": "first_name"}],
        "next_step": "the design exercise with the product team on Thursday 3 December at 10:00",
    },
    # An offer: thank them and ask for time to read it (the other choice accepts it).
    "reply-to-offer-id": {
        "kind": "reply_to_offer", "offer_reply": "consider", "lang": "id", "register": "formal", "channel": "email",
        "name": "Bayu Saputra", "company": "Hotel Cendana Bali", "role": "Front Office Supervisor",
        "contact": "0812-0000-3456",
        "interviewers": [{"name": "Made Wirawan", "title": "General Manager", "address": "bapak"}],
    },
    "reply-to-offer-en": {
        "kind": "reply_to_offer", "offer_reply": "accept", "lang": "en", "register": "formal", "channel": "email",
        "name": "Bayu Saputra", "company": "Hotel Cendana Bali", "role": "Front Office Supervisor",
        "contact": "+62 812-0000-3456",
        "interviewers": [{"name": "Made Wirawan", "title": "General Manager", "address": "mr", "name_form": "full"}],
    },
    # An offer turned down: the thanks, the no in one sentence with no reason given, the door left open.
    "decline-offer-id": {
        "kind": "reply_to_offer", "offer_reply": "decline", "lang": "id", "register": "semi_formal",
        "channel": "whatsapp", "time_of_day": "morning", "length": "short",
        "name": "Fajar Nugroho", "company": "PT Karya Teknik Mandiri", "role": "Drafter Mekanikal",
        "interviewers": [{"name": "Wulan Sari", "title": "Perekrut", "address": "ibu"}],
    },
    "decline-offer-en": {
        "kind": "reply_to_offer", "offer_reply": "decline", "lang": "en", "register": "semi_formal",
        "channel": "email", "length": "short",
        "name": "Fajar Nugroho", "company": "Karya Teknik Mandiri", "role": "Mechanical Drafter",
        "contact": "+62 817-0000-2468",
        "interviewers": [{"name": "Wulan Sari", "title": "Recruiter", "address": "first_name"}],
    },
}

# What the generator shows until the reader fills in the form, when the kind of message has no
# situation of its own: this situation, in the message's language (``SAMPLE-LANG``).
SAMPLE = "first-interview"
