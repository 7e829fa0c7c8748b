"""Words of the checker: its form, its verdicts, the reasons behind them and the answer's parts."""

from __future__ import annotations

from thankyou.texts import Texts


class CheckTexts(Texts):
    """Slots of the checker. Dict slots are keyed by option, rule outcome or reason code."""

    title: str
    # The form: labels (also name fields in error messages), hints and option labels.
    labels: dict[str, str]
    hints: dict[str, str]
    stages: dict[str, str]
    formats: dict[str, str]
    roles: dict[str, str]
    contacts: dict[str, str]
    settings: dict[str, str]
    statuses: dict[str, str]
    hesitation_options: dict[str, str]
    time_in: dict[str, str]
    zones: dict[str, str]
    # The answer.
    verdicts: dict[str, str]
    messages: dict[str, str]
    message_deadlines: dict[str, str]
    reasons: dict[str, str]
    hesitation_answers: dict[str, str]
    timing: dict[str, str]
    moments: dict[str, str]
    deadline_at: str
    deadline_at_both: str
    their_time: str
    deadline_relative: str
    emails: dict[str, str]
    channels: dict[str, str]
    follow_up: dict[str, str]
    unknown_zone: str
    # How a sentence names the interviewer's zone: by its own name when it has one, else by its city.
    zone_names: dict[str, str]
    zone_of_city: str
    # Small counts in words, as careful prose writes them ("dua orang"); index = the number.
    count_words: tuple[str, ...]
    calendar_summary: str
    calendar_description: str
    calendar_filename: str
    # The answer as the page shows it.
    headings: dict[str, str]
    read_more: str
    calendar_button: str
    draft_button: str
    draft_note: str


class Indonesian(CheckTexts):
    lang = "id"
    title = "Perlu kirim email terima kasih?"
    labels = {
        "stage": "Tahap wawancara",
        "format": "Bentuk wawancara",
        "interviewers": "Pewawancara",
        "interviewers.item": "Pewawancara {n}",
        "interviewers.role": "Peran",
        "interviewers.name": "Nama (tidak wajib)",
        "ended_at": "Wawancara selesai pada",
        "other_zone": "Pewawancara berada di zona waktu lain",
        "interviewer_tz": "Zona waktu pewawancara",
        "ended_in": "Jam selesai di atas ditulis menurut",
        "holiday_next": "Hari kerja berikutnya adalah hari libur (tanggal merah atau cuti bersama)",
        "holidays": "Hari libur",
        "status": "Kabar terakhir dari perusahaan",
        "decision_by": "Tanggal keputusan yang mereka janjikan (jika ada)",
        "contact": "Alamat email yang Anda punya",
        "setting": "Jenis tempat kerja",
        "competitive": "Posisi ini sangat kompetitif (banyak pelamar yang kuat)",
        "hesitations": "Yang membuat Anda ragu (boleh lebih dari satu)",
        "now": "Waktu sekarang",
        "reader_tz": "Zona waktu Anda",
    }
    hints = {
        "ended_at": "Kosongkan jika tidak ingat; jawabannya tetap berlaku, hanya tanpa hitung mundur.",
        "interviewers.name": "Dipakai untuk draf email; tidak dikirim ke mana pun.",
        "decision_by": "Isi jika mereka menyebut waktunya, misalnya “kami kabari minggu depan”.",
    }
    stages = {
        "screening": "Panggilan penyaringan singkat (screening)",
        "first": "Wawancara pertama",
        "second": "Wawancara kedua atau lanjutan",
        "final": "Wawancara tahap akhir",
        "informal": "Obrolan informal",
        "assessment": "Tes, studi kasus, atau presentasi",
    }
    formats = {"phone": "Telepon", "video": "Panggilan video", "in_person": "Tatap muka"}
    roles = {
        "unknown": "Tidak tahu",
        "recruiter": "Perekrut atau HR",
        "hiring_manager": "Calon atasan (hiring manager)",
        "executive": "Direktur atau pimpinan",
        "colleague": "Calon rekan kerja",
    }
    contacts = {
        "direct": "Alamat email pewawancara sendiri",
        "recruiter_only": "Hanya alamat email perekrut atau HR",
        "none": "Tidak punya alamat email",
    }
    settings = {
        "unknown": "Tidak tahu atau lainnya",
        "multinational": "Perusahaan multinasional",
        "local": "Perusahaan lokal",
        "government": "Instansi pemerintah atau BUMN",
        "startup": "Perusahaan rintisan (startup)",
    }
    statuses = {
        "waiting": "Belum ada kabar",
        "next_round": "Diundang ke tahap berikutnya",
        "offer": "Sudah mendapat tawaran kerja",
        "rejected": "Sudah ditolak",
        "not_interested": "Saya tidak lagi berminat",
    }
    hesitation_options = {
        "desperate": "Takut terkesan memohon",
        "what_to_say": "Tidak tahu harus menulis apa",
        "unimportant": "Merasa tidak ada pengaruhnya",
        "no_email": "Tidak punya alamat email pewawancara",
    }
    time_in = {"mine": "Zona waktu saya", "theirs": "Zona waktu pewawancara"}
    zones = {
        "Asia/Jakarta": "WIB (Jakarta, Sumatra, Jawa, Kalimantan Barat dan Tengah)",
        "Asia/Makassar": "WITA (Bali, Nusa Tenggara, Sulawesi, Kalimantan Selatan, Timur, dan Utara)",
        "Asia/Jayapura": "WIT (Maluku dan Papua)",
        "Asia/Singapore": "Singapura",
        "Asia/Kuala_Lumpur": "Kuala Lumpur",
        "Asia/Bangkok": "Bangkok",
        "Asia/Ho_Chi_Minh": "Kota Ho Chi Minh",
        "Asia/Manila": "Manila",
        "Asia/Hong_Kong": "Hong Kong",
        "Asia/Shanghai": "Tiongkok (Beijing, Shanghai)",
        "Asia/Tokyo": "Tokyo",
        "Asia/Seoul": "Seoul",
        "Asia/Kolkata": "India",
        "Asia/Dubai": "Dubai",
        "Australia/Perth": "Perth",
        "Australia/Sydney": "Sydney, Melbourne",
        "Pacific/Auckland": "Selandia Baru (Auckland)",
        "Europe/London": "London",
        "Europe/Amsterdam": "Eropa Tengah (Amsterdam, Berlin, Paris)",
        "America/New_York": "New York, Toronto",
        "America/Chicago": "Chicago",
        "America/Los_Angeles": "Los Angeles, San Francisco, Vancouver",
        "UTC": "UTC",
    }
    verdicts = {
        "send": "Ya, kirim. Dalam situasi ini email terima kasih memang diharapkan.",
        "recommended": "Sebaiknya kirim. Di sini belum tentu diharapkan, tetapi tetap menguntungkan Anda.",
        "optional": "Boleh tidak, tetapi mengirimnya jarang keliru.",
    }
    messages = {
        "confirm_next_round": "Balas undangannya: ucapkan terima kasih sekaligus konfirmasi tahap berikutnya.",
        "reply_to_offer": "Balas tawarannya; ucapan terima kasih cukup disampaikan dalam balasan itu.",
        "gracious_after_rejection": "Tidak wajib, tetapi catatan singkat yang santun menjaga pintu tetap terbuka.",
        "withdrawal": "Kirim pemberitahuan pengunduran diri yang sopan, bukan ucapan terima kasih.",
    }
    message_deadlines = {
        "confirm_next_round": "Balas dalam 24 jam setelah undangan diterima.",
        "reply_to_offer": "Balas sebelum batas waktu yang mereka berikan; jika tidak ada, dalam satu atau dua hari kerja.",
        "gracious_after_rejection": "Kirim dalam satu atau dua hari setelah kabar itu datang.",
        "withdrawal": "Kirim segera setelah Anda memutuskan, agar mereka tidak menunggu.",
    }
    reasons = {
        "final_round": (
            "Wawancara tahap akhir termasuk situasi yang selalu memerlukan ucapan terima kasih. Keputusan "
            "sudah dekat, dan email yang tidak datang bisa terasa."
        ),
        "formal_interview": (
            "Setelah wawancara kerja yang sesungguhnya, email terima kasih sudah dianggap bagian dari "
            "sopan santun profesional. Jika tidak ada, hal itu bisa terasa."
        ),
        "assessment": (
            "Tes, studi kasus, atau presentasi adalah bagian resmi dari seleksi. Penilainya sudah "
            "meluangkan waktu untuk Anda, dan ucapan terima kasih memang lazim di sini."
        ),
        "panel_interview": (
            "Anda diwawancarai oleh {count} orang. Wawancara panel termasuk situasi yang selalu memerlukan "
            "ucapan terima kasih, dan anggota panel bisa saling bertukar catatan."
        ),
        "senior_interviewer": (
            "Anda berbicara dengan calon atasan atau pimpinan perusahaan. Mereka ikut memutuskan, jadi "
            "ucapan terima kasih yang tidak datang lebih mungkin mereka perhatikan."
        ),
        "in_person": (
            "Untuk wawancara tatap muka, mereka menyediakan tempat dan waktu khusus bagi Anda; ucapan "
            "terima kasih adalah balasan yang wajar."
        ),
        "screening_call": (
            "Panggilan penyaringan yang singkat lebih bersifat administratif, jadi ucapan terima kasih "
            "tidak wajib. Meski begitu, pesan singkat tetap menjadi nilai tambah."
        ),
        "informal_chat": (
            "Obrolan informal tidak selalu menuntut ucapan terima kasih resmi. Jika ragu, mengirim pesan "
            "singkat lebih aman daripada tidak mengirim apa pun."
        ),
        "local_custom": (
            "Di banyak perusahaan lokal dan instansi pemerintah, kebiasaan ini belum seumum di perusahaan "
            "multinasional, jadi belum tentu diharapkan. Meski begitu, email yang sopan tidak akan "
            "merugikan Anda dan tetap meninggalkan kesan baik."
        ),
        "competitive": (
            "Untuk posisi yang diperebutkan banyak kandidat, selisihnya sering tipis. Email terima kasih "
            "tidak akan membuat kandidat yang kurang cocok diterima, tetapi bisa ikut menentukan ketika "
            "pilihannya ketat."
        ),
        "next_round": (
            "Anda diundang ke tahap berikutnya. Ucapan terima kasih dan konfirmasi jadwal cukup "
            "disampaikan dalam satu balasan; email terima kasih terpisah tidak perlu lagi."
        ),
        "offer_in_hand": (
            "Tawaran sudah di tangan, jadi ucapan terima kasih terpisah tidak diperlukan. Balas tawarannya, "
            "baik untuk menerima, meminta waktu, maupun membicarakan syaratnya, dan sampaikan terima kasih "
            "dalam balasan itu."
        ),
        "after_rejection": (
            "Setelah ditolak, email terima kasih tidak wajib. Catatan singkat yang santun tetap menjaga "
            "hubungan baik, dan perekrut kadang mengingat kandidat seperti itu untuk lowongan berikutnya."
        ),
        "withdrawal": (
            "Jika Anda tidak lagi berminat, beri tahu mereka dengan singkat dan sopan bahwa Anda "
            "mengundurkan diri dari proses seleksi. Ucapan terima kasih yang seolah-olah masih berminat "
            "hanya membuat mereka menunggu."
        ),
        "within_24_hours": (
            "Dalam 24 jam pertama, pewawancara masih mengingat jelas percakapan dengan Anda, dan "
            "keputusan biasanya belum diambil."
        ),
        "late": (
            "Email yang terlambat dampaknya berkurang, tetapi pesan singkat tetap lebih baik daripada tidak "
            "ada sama sekali. Keterlambatannya tidak perlu dijelaskan panjang lebar."
        ),
        "weekend_or_holiday": (
            "Batas 24 jam jatuh pada akhir pekan atau hari libur. Mengirim pada hari wawancara atau pada "
            "pagi hari kerja berikutnya sama-sama wajar."
        ),
        "time_zone": (
            "Pewawancara berada di zona {zone}. Jam kerja, akhir pekan, dan hari libur dihitung menurut "
            "waktu setempat mereka, agar email Anda tidak tiba tengah malam."
        ),
        "one_per_interviewer": (
            "Tulis email terpisah untuk setiap pewawancara, masing-masing dengan hal yang Anda bicarakan "
            "dengan orang itu. Anggota panel bisa saling membandingkan email yang mereka terima, jadi "
            "hindari isi yang sama persis."
        ),
        "through_recruiter": (
            "Perekrut biasanya bersedia meneruskan pesan kepada pewawancara; cara ini lebih sopan daripada "
            "mencari sendiri alamat pribadi mereka."
        ),
        "no_address": (
            "Tanpa alamat email pun ucapan terima kasih tetap bisa sampai, karena utas yang mengatur jadwal "
            "wawancara dibaca oleh orang yang tepat. Jangan mencari nomor atau alamat pribadi pewawancara."
        ),
        "after_their_date": (
            "Patokannya sekitar lima hari kerja setelah tanggal yang mereka sebutkan. Jika tetap belum ada "
            "kabar, tindak lanjuti sekali lagi seminggu kemudian, lalu alihkan perhatian ke peluang lain."
        ),
        "a_week_after": (
            "Tanpa tanggal keputusan dari mereka, patokannya sekitar seminggu setelah wawancara. Jika tetap "
            "belum ada kabar, tindak lanjuti sekali lagi seminggu kemudian, lalu alihkan perhatian ke "
            "peluang lain."
        ),
        "follow_up_rule": (
            "Satu tindak lanjut yang sopan sudah cukup. Yang kedua seminggu kemudian, lalu alihkan "
            "perhatian ke peluang lain."
        ),
    }
    hesitation_answers = {
        "desperate": (
            "Email terima kasih yang singkat dan profesional adalah sopan santun biasa, bukan tanda putus "
            "asa. Yang terkesan memohon adalah mendesak soal keputusan atau meminta maaf berlebihan, dan "
            "keduanya mudah dihindari."
        ),
        "what_to_say": (
            "Tiga hal sudah cukup: terima kasih atas waktunya, satu hal spesifik dari percakapan, dan minat "
            "Anda pada posisi itu. Pembuat email di situs ini bisa menyusun drafnya untuk Anda."
        ),
        "unimportant": (
            "Email ini jarang menentukan hasil sendirian, tetapi tanpa email itu Anda melewatkan sinyal "
            "positif yang hampir tanpa biaya. Ketika pilihannya ketat, sinyal kecil seperti ini bisa berarti."
        ),
        "no_email": (
            "Tidak punya alamat email pewawancara bukan alasan untuk tidak mengirim. Titipkan lewat "
            "perekrut, atau balas utas email yang mengatur jadwal wawancara."
        ),
    }
    timing = {
        "on_time": "Masih tepat waktu.",
        "late": "Sudah lewat dari batas waktu, tetapi masih layak dikirim.",
        "very_late": "Sudah jauh lewat dari batas waktu, tetapi pesan singkat tetap lebih baik daripada tidak ada.",
    }
    moments = {
        "after_it_ends": "Kirim tidak lama setelah wawancara selesai ({when}), pada hari yang sama.",
        "now": "Waktu terbaik: sekarang, selagi percakapan masih segar.",
        "as_soon_as_possible": "Kirim secepatnya, hari ini juga.",
        "next_working_morning": (
            "Waktu terbaik: {when}, saat hari kerja pewawancara dimulai. Anda bisa menulisnya sekarang "
            "lalu menjadwalkan pengirimannya."
        ),
        "unknown": "Sebaiknya pada hari yang sama dengan wawancara, selagi percakapan masih segar.",
    }
    deadline_at = "Kirim paling lambat {when}."
    deadline_at_both = "Kirim paling lambat {when} menurut waktu Anda ({their_when} {zone})."
    their_time = "{when} menurut waktu Anda ({their_when} {zone})"
    deadline_relative = "Kirim dalam 24 jam setelah wawancara selesai."
    emails = {
        "one": "Tulis satu email untuk pewawancara Anda.",
        "per_interviewer": "Tulis {count} email terpisah, satu untuk setiap pewawancara.",
        "one_reply": "Cukup satu balasan.",
    }
    channels = {
        "direct_email": "Kirim langsung ke alamat email pewawancara.",
        "through_recruiter": (
            "Kirim kepada perekrut dan minta agar diteruskan kepada pewawancara. Membalas utas email yang "
            "mengatur jadwal wawancara juga bisa."
        ),
        "reply_in_thread": (
            "Balas utas email atau pesan yang sebelumnya mengatur jadwal wawancara, dan minta agar diteruskan "
            "kepada pewawancara. Jika tidak ada, kirim pesan singkat lewat LinkedIn."
        ),
        "reply_to_news": "Balas langsung pesan yang membawa kabar itu.",
    }
    follow_up = {
        "upcoming": "Jika belum ada kabar, kirim satu email tindak lanjut yang singkat dan sopan pada {first}.",
        "first_passed": (
            "Tanggal tindak lanjut pertama ({first}) sudah lewat. Jika belum ada kabar dan Anda belum "
            "menanyakannya, kirim sekarang; jika sudah, tunggu hingga {second} untuk yang kedua dan terakhir."
        ),
        "both_passed": (
            "Kedua tanggal tindak lanjut ({first} dan {second}) sudah lewat. Jika tetap belum ada kabar, "
            "saatnya mengalihkan perhatian ke peluang lain."
        ),
        "relative": (
            "Jika belum ada kabar sekitar seminggu setelah wawancara, atau lima hari kerja setelah tanggal "
            "keputusan yang mereka sebutkan, kirim satu email tindak lanjut yang sopan."
        ),
    }
    zone_names = {
        "Asia/Jakarta": "WIB",
        "Asia/Pontianak": "WIB",
        "Asia/Makassar": "WITA",
        "Asia/Jayapura": "WIT",
        "Asia/Singapore": "waktu Singapura",
        "Asia/Ho_Chi_Minh": "waktu Kota Ho Chi Minh",
        "Asia/Kolkata": "waktu India",
        "UTC": "UTC",
    }
    zone_of_city = "waktu {city}"
    count_words = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh")
    unknown_zone = "Zona waktu “{zone}” tidak dikenali, jadi jam dihitung menurut zona waktu Anda ({fallback})."
    calendar_summary = "Tindak lanjut lamaran kerja"
    calendar_description = (
        "Belum ada kabar setelah wawancara? Kirim satu email tindak lanjut yang singkat dan sopan. Jika "
        "tetap tidak ada jawaban, sekali lagi seminggu kemudian, lalu alihkan perhatian ke peluang lain."
    )
    calendar_filename = "tindak-lanjut-{date}.ics"
    headings = {
        "when": "Kapan",
        "why": "Alasannya",
        "how": "Cara mengirim",
        "hesitations": "Tentang keraguan Anda",
        "follow_up": "Jika belum ada kabar",
    }
    read_more = "Baca selengkapnya"
    calendar_button = "Simpan pengingat ke kalender (.ics)"
    draft_button = "Tulis drafnya"
    draft_note = "Situasi Anda dibawa ke Pembuat Email; semuanya tetap di perangkat Anda."


class English(CheckTexts):
    lang = "en"
    title = "Should you send a thank-you email?"
    labels = {
        "stage": "Interview stage",
        "format": "Format",
        "interviewers": "Interviewers",
        "interviewers.item": "Interviewer {n}",
        "interviewers.role": "Role",
        "interviewers.name": "Name (optional)",
        "ended_at": "The interview ended at",
        "other_zone": "The interviewer is in another time zone",
        "interviewer_tz": "The interviewer's time zone",
        "ended_in": "The end time above is in",
        "holiday_next": "The next working day is a public holiday",
        "holidays": "Public holidays",
        "status": "Latest news from the company",
        "decision_by": "Decision date they gave (if any)",
        "contact": "Which email address you have",
        "setting": "Kind of employer",
        "competitive": "The role is very competitive (many strong applicants)",
        "hesitations": "What makes you hesitate (tick any)",
        "now": "Current time",
        "reader_tz": "Your time zone",
    }
    hints = {
        "ended_at": "Leave it empty if you don't remember; the answer still holds, just without a countdown.",
        "interviewers.name": "Used for the email draft; sent nowhere.",
        "decision_by": "Fill it in if they named a time, such as “we'll be in touch next week”.",
    }
    stages = {
        "screening": "Short screening call",
        "first": "First interview",
        "second": "Second or later interview",
        "final": "Final-round interview",
        "informal": "Informal chat",
        "assessment": "Test, case study or presentation",
    }
    formats = {"phone": "Phone", "video": "Video call", "in_person": "In person"}
    roles = {
        "unknown": "Not sure",
        "recruiter": "Recruiter or HR",
        "hiring_manager": "Hiring manager (your future boss)",
        "executive": "Executive or director",
        "colleague": "Future colleague",
    }
    contacts = {
        "direct": "The interviewer's own address",
        "recruiter_only": "Only the recruiter's or HR's address",
        "none": "No email address",
    }
    settings = {
        "unknown": "Not sure, or other",
        "multinational": "Multinational company",
        "local": "Local company",
        "government": "Government office or state-owned company",
        "startup": "Startup",
    }
    statuses = {
        "waiting": "No news yet",
        "next_round": "Invited to the next round",
        "offer": "I have an offer",
        "rejected": "I was turned down",
        "not_interested": "I am no longer interested",
    }
    hesitation_options = {
        "desperate": "Afraid of sounding desperate",
        "what_to_say": "Not sure what to say",
        "unimportant": "It seems to make no difference",
        "no_email": "No email address for the interviewer",
    }
    time_in = {"mine": "My time zone", "theirs": "The interviewer's time zone"}
    zones = {
        "Asia/Jakarta": "WIB, Western Indonesia (Jakarta, Sumatra, Java, West and Central Kalimantan)",
        "Asia/Makassar": "WITA, Central Indonesia (Bali, Nusa Tenggara, Sulawesi, South, East and North Kalimantan)",
        "Asia/Jayapura": "WIT, Eastern Indonesia (Maluku, Papua)",
        "Asia/Singapore": "Singapore",
        "Asia/Kuala_Lumpur": "Kuala Lumpur",
        "Asia/Bangkok": "Bangkok",
        "Asia/Ho_Chi_Minh": "Ho Chi Minh City",
        "Asia/Manila": "Manila",
        "Asia/Hong_Kong": "Hong Kong",
        "Asia/Shanghai": "China (Beijing, Shanghai)",
        "Asia/Tokyo": "Tokyo",
        "Asia/Seoul": "Seoul",
        "Asia/Kolkata": "India",
        "Asia/Dubai": "Dubai",
        "Australia/Perth": "Perth",
        "Australia/Sydney": "Sydney, Melbourne",
        "Pacific/Auckland": "New Zealand (Auckland)",
        "Europe/London": "London",
        "Europe/Amsterdam": "Central Europe (Amsterdam, Berlin, Paris)",
        "America/New_York": "New York, Toronto",
        "America/Chicago": "Chicago",
        "America/Los_Angeles": "Los Angeles, San Francisco, Vancouver",
        "UTC": "UTC",
    }
    verdicts = {
        "send": "Yes, send one. In this situation a thank-you email is expected.",
        "recommended": "Send one: recommended. It may not be expected here, but it still works in your favour.",
        "optional": "Optional, but sending one is rarely a mistake.",
    }
    messages = {
        "confirm_next_round": "Reply to the invitation: thank them and confirm the next round.",
        "reply_to_offer": "Answer the offer; your thanks belong in that reply.",
        "gracious_after_rejection": "Not required, but a short, gracious note keeps the door open.",
        "withdrawal": "Send a polite withdrawal, not a thank-you.",
    }
    message_deadlines = {
        "confirm_next_round": "Reply within 24 hours of receiving the invitation.",
        "reply_to_offer": "Reply by the deadline they gave; if they gave none, within one or two working days.",
        "gracious_after_rejection": "Send it within a day or two of hearing the news.",
        "withdrawal": "Send it as soon as you have decided, so they are not kept waiting.",
    }
    reasons = {
        "final_round": (
            "A final-round interview is one of the situations that always calls for a thank-you. The "
            "decision is close, and a missing note can stand out."
        ),
        "formal_interview": (
            "After a real job interview, a thank-you email is part of ordinary professional courtesy; "
            "its absence can be noticed."
        ),
        "assessment": (
            "A test, case study or presentation is a formal part of the selection. Someone spent time "
            "assessing your work, and a thank-you is the usual reply."
        ),
        "panel_interview": (
            "You were interviewed by {count} people. A panel interview is one of the situations that always calls "
            "for a thank-you, and panel members may compare notes."
        ),
        "senior_interviewer": (
            "You spoke with your future manager or a senior leader. They take part in the decision, so a "
            "missing thank-you is more likely to be noticed."
        ),
        "in_person": (
            "For an in-person interview they set aside a room and time for you; a thank-you is the natural "
            "reply."
        ),
        "screening_call": (
            "A short screening call is closer to an administrative step, so a thank-you is not required; "
            "a brief note still counts in your favour."
        ),
        "informal_chat": (
            "An informal chat does not always call for a formal thank-you. If in doubt, a short note is "
            "safer than saying nothing."
        ),
        "local_custom": (
            "In many local companies and government offices the habit is less common than in "
            "multinationals, so a thank-you may not be expected. A polite email will not count against "
            "you, and it still leaves a good impression."
        ),
        "competitive": (
            "In a role with many strong candidates the gap is often small. A thank-you will not get an "
            "unsuitable candidate hired, but it can help tip a close decision."
        ),
        "next_round": (
            "You have been invited to the next round. Your thanks and the confirmation of the schedule fit "
            "in one reply; a separate thank-you is no longer needed."
        ),
        "offer_in_hand": (
            "With an offer in hand, a separate thank-you is unnecessary. Answer the offer, whether to accept "
            "it, ask for time or discuss the terms, and include your thanks in that reply."
        ),
        "after_rejection": (
            "After a rejection a thank-you is not required. A short, gracious note keeps the relationship "
            "good, and recruiters sometimes remember such candidates for the next opening."
        ),
        "withdrawal": (
            "If you are no longer interested, tell them briefly and politely that you are withdrawing from "
            "the process. A thank-you that pretends to be interested only keeps them waiting."
        ),
        "within_24_hours": (
            "Within the first 24 hours the interviewer still remembers your conversation clearly, and the "
            "decision is usually still open."
        ),
        "late": (
            "A late email has less impact, but a short note still beats none. There is no need to explain "
            "the delay at length."
        ),
        "weekend_or_holiday": (
            "The 24 hours end on a weekend or public holiday. Sending on the day of the interview or on "
            "the next working morning is equally fine."
        ),
        "time_zone": (
            "The interviewer is on {zone}. Working hours, weekends and holidays are counted in their "
            "local time, so your email does not land in the middle of their night."
        ),
        "one_per_interviewer": (
            "Write a separate email to each interviewer, each built around what you discussed with that "
            "person. Panel members may compare the emails they receive, so avoid identical text."
        ),
        "through_recruiter": (
            "Recruiters are usually glad to pass a note on to the interviewers; that is more courteous than "
            "hunting for their private addresses."
        ),
        "no_address": (
            "A thank-you can reach them without an email address, because the thread that scheduled the "
            "interview is read by the right people. Do not look for the interviewer's private number or "
            "address."
        ),
        "after_their_date": (
            "The usual rule is about five working days after the date they gave. If you still hear nothing, "
            "follow up once more a week later, then turn your attention to other opportunities."
        ),
        "a_week_after": (
            "Without a decision date from them, the usual rule is about a week after the interview. If you "
            "still hear nothing, follow up once more a week later, then turn your attention to other "
            "opportunities."
        ),
        "follow_up_rule": (
            "One polite follow-up is enough. A second one a week later, then turn your attention to other "
            "opportunities."
        ),
    }
    hesitation_answers = {
        "desperate": (
            "A short, professional thank-you is ordinary courtesy, not a sign of desperation. What sounds "
            "pleading is pressing for a decision or apologising too much, and both are easy to avoid."
        ),
        "what_to_say": (
            "Three things are enough: thanks for their time, one specific point from the conversation, and "
            "your interest in the role. The email generator on this site can draft it for you."
        ),
        "unimportant": (
            "It rarely decides the outcome on its own, but without it you give up a positive signal that "
            "costs almost nothing. When the choice is close, small signals like this can count."
        ),
        "no_email": (
            "Not having the interviewer's address is no reason to skip it. Send it through the recruiter, "
            "or reply in the thread that scheduled the interview."
        ),
    }
    timing = {
        "on_time": "Still on time.",
        "late": "Past the deadline, but still worth sending.",
        "very_late": "Well past the deadline, but a short note still beats none.",
    }
    moments = {
        "after_it_ends": "Send it soon after the interview ends ({when}), on the same day.",
        "now": "Best moment: now, while the conversation is fresh.",
        "as_soon_as_possible": "Send it as soon as you can, today.",
        "next_working_morning": (
            "Best moment: {when}, as the interviewer's working day begins. You can write it now and "
            "schedule it."
        ),
        "unknown": "Ideally on the day of the interview, while the conversation is fresh.",
    }
    deadline_at = "Send it by {when}."
    deadline_at_both = "Send it by {when} your time ({their_when}, {zone})."
    their_time = "{when} your time ({their_when}, {zone})"
    deadline_relative = "Send it within 24 hours of the end of the interview."
    emails = {
        "one": "Write one email, to your interviewer.",
        "per_interviewer": "Write {count} separate emails, one to each interviewer.",
        "one_reply": "One reply is enough.",
    }
    channels = {
        "direct_email": "Send it straight to the interviewer's email address.",
        "through_recruiter": (
            "Send it to the recruiter and ask them to pass it on to the interviewer. Replying in the thread "
            "that scheduled the interview works too."
        ),
        "reply_in_thread": (
            "Reply in the email or message thread that scheduled the interview, and ask for it to be passed "
            "on to the interviewer. If there is none, send a short LinkedIn message."
        ),
        "reply_to_news": "Reply directly to the message that brought the news.",
    }
    follow_up = {
        "upcoming": "If you have heard nothing, send one short, polite follow-up email on {first}.",
        "first_passed": (
            "The date for a first follow-up ({first}) has passed. If you have heard nothing and have not "
            "asked yet, send one now; if you have, wait until {second} for the second and last."
        ),
        "both_passed": (
            "Both follow-up dates ({first} and {second}) have passed. If there is still no news, it is time "
            "to turn your attention to other opportunities."
        ),
        "relative": (
            "If you hear nothing about a week after the interview, or five working days after the decision "
            "date they gave, send one polite follow-up email."
        ),
    }
    zone_names = {
        "Asia/Jakarta": "Western Indonesia Time",
        "Asia/Pontianak": "Western Indonesia Time",
        "Asia/Makassar": "Central Indonesia Time",
        "Asia/Jayapura": "Eastern Indonesia Time",
        "Asia/Singapore": "Singapore time",
        "Asia/Ho_Chi_Minh": "Ho Chi Minh City time",
        "Asia/Kolkata": "India time",
        "UTC": "UTC",
    }
    zone_of_city = "{city} time"
    count_words = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
    unknown_zone = "The time zone “{zone}” is not known here, so times are counted in your own ({fallback})."
    calendar_summary = "Follow up on your job interview"
    calendar_description = (
        "No news since the interview? Send one short, polite follow-up email. If there is still no answer, "
        "once more a week later, then turn to other opportunities."
    )
    calendar_filename = "follow-up-{date}.ics"
    headings = {
        "when": "When",
        "why": "Why",
        "how": "How to send it",
        "hesitations": "About your hesitations",
        "follow_up": "If you hear nothing",
    }
    read_more = "More in the guide"
    calendar_button = "Add a reminder to your calendar (.ics)"
    draft_button = "Write the draft"
    draft_note = "Your situation is carried over to the email generator; everything stays on your device."
