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
    already_sent_options: dict[str, str]
    time_in: dict[str, str]
    zones: dict[str, str]
    # The answer.
    verdicts: dict[str, str]
    messages: dict[str, str]
    # The headline when the advice is a follow-up, by attempt (1: the first, 2: the second and last).
    follow_up_headlines: dict[int, str]
    message_deadlines: dict[str, str]
    reasons: dict[str, str]
    hesitation_answers: dict[str, str]
    timing: dict[str, str]
    moments: dict[str, str]
    # A test taken alone (no interview, no conversation): the same moments, said of the test and of
    # the recruiter who arranged it; keyed as ``moments``.
    test_moments: dict[str, str]
    # A message in a chat (no email address): the moments that would say "schedule it", keyed as
    # ``moments``; they replace every variant of those moments.
    chat_moments: dict[str, str]
    # Whose working day a moment speaks of (``{whose}``): the interviewer's, the interviewers' (one
    # email each), the assessor's or the assessors' (a test or presentation someone assessed live).
    moment_whose: dict[str, str]
    deadline_at: str
    deadline_at_both: str
    # Once the deadline has passed, "send it by" a day gone by would read as an order missed: the
    # answer names the deadline that was, and the moment to send it now comes next.
    deadline_was: str
    deadline_was_both: str
    their_time: str
    # How ``{mine}`` above says the reader's clock: "your time", or, in Indonesia with the interviewer in another
    # of its zones, "your time" with the zone named (``{zone}``: WIB, WITA, WIT), as "17.00" alone is often read as WIB.
    your_time: str
    your_named_time: str
    your_named_time_again: str  # the second time in one answer line: shorter
    # After "five working days after …" when public holidays (Lebaran, Christmas) lie in between: why it is later.
    holidays_skipped: str
    # "today, " before the end of the interviewer's working day when it falls on the reader's today;
    # empty when it falls on the reader's next day (an interviewer to the west: it is named with its date).
    today: str
    # A date that is today or tomorrow in the reader's time says so before it: "by today, Tuesday, 1 December".
    near_dates: dict[int, str]
    # The thank-you's day when the moment offers today or the next working morning: both, in that order.
    either_day: str
    # A follow-up's day that is the reader's today or tomorrow, marked so after its date: it fits every
    # sentence a date does ("kirim pada Selasa, 1 Desember 2026 (hari ini)").
    dated_near: dict[int, str]
    deadline_relative: str
    test_deadline_relative: str
    # A test or presentation someone assessed live (no time given): of the test, not the interview.
    assessment_deadline_relative: str
    # When one email per interviewer is written: the slots above in their wording for several
    # ("Send them by"; Indonesian "Kirim paling lambat" stays), and "channels.KEY" ("Send each one
    # straight to that interviewer's own address"). The moments' own are ``moments["KEY.panel"]``.
    several: dict[str, str]
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
    # The reminder's text: for the first follow-up ("first", or in the step's wording "first.test",
    # "first.assessment"), or for the second and last ("last").
    calendar_description: dict[str, str]
    calendar_filename: str
    # The guide's rule statements (thankyou.statements), rendered into its pages at build time.
    # `rules` are filled with the checker's figures: {hours}, {start}, {end}, {morning}, {until},
    # {weekend}, {combine_days}, {gap}, {working_days}, {week_days}, {week_working_days}, {second_days}, {max},
    # {verdict_send}, {verdict_recommended}, {verdict_optional}; "late.1", "late.2"… are list items.
    rule_title: str
    rules: dict[str, str]
    rule_labels: dict[str, str]
    rule_contact_cases: dict[str, str]
    rule_setting_names: dict[str, str]
    rule_stage_heading: str
    verdict_short: dict[str, str]
    clock_pattern: str
    and_word: str
    # The one recruiter the reader met, where no name was given ({recruiter}, {recruiters}: whose), and
    # the pattern for a name's "whose" ({name}'s).
    the_recruiter: str
    the_recruiters: str
    whose_name: str
    named_recruiter: str
    # The zone list's first entry, before the reader chooses the interviewer's zone.
    zone_prompt: str
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
        "holiday_days": "Berapa hari kerja libur berturut-turut",
        "holidays": "Hari libur",
        "status": "Kabar terakhir dari perusahaan",
        "decision_by": "Tanggal keputusan yang mereka janjikan (jika ada)",
        "contact": "Alamat email yang Anda punya",
        "setting": "Jenis tempat kerja",
        "competitive": "Posisi ini sangat kompetitif (banyak pelamar yang kuat)",
        "hesitations": "Yang membuat Anda ragu (boleh lebih dari satu)",
        "with_interviewer": "Ada penilai atau pewawancara yang hadir",
        "no_interviewer": "Tes dikerjakan sendiri, tanpa pewawancara (misalnya tes tertulis atau daring)",
        "already_sent": "Yang sudah Anda kirim",
        "sent_on": "Tanggal terakhir Anda mengirim",
        "sent_on@thank_you": "Tanggal email terima kasih dikirim (jika ingat)",
        "sent_on@follow_up": "Tanggal tindak lanjut pertama dikirim (jika ingat)",
        "ended_at@assessment": "Tes, studi kasus, atau presentasi selesai pada",
        "ended_at@test": "Tes selesai pada",
        "format@assessment": "Bentuk pelaksanaannya",
        "other_zone@test": "Perekrut yang mengatur tes berada di zona waktu lain",
        "interviewer_tz@test": "Zona waktu perekrut",
        # A test a government office's selection committee arranged (``setting`` government).
        "other_zone@test_committee": "Panitia seleksi yang mengatur tes berada di zona waktu lain",
        "interviewer_tz@test_committee": "Zona waktu panitia seleksi",
        # A test or presentation someone assessed live: its assessors, as the answer names them.
        "interviewers@assessment": "Penilai",
        "interviewers.item@assessment": "Penilai {n}",
        "now": "Waktu sekarang",
        "reader_tz": "Zona waktu Anda",
    }
    hints = {
        "ended_at": "Kosongkan jika tidak ingat; jawabannya tetap berlaku, hanya tanpa hitung mundur.",
        "interviewers.name": "Dipakai untuk draf email; tidak dikirim ke mana pun.",
        "decision_by": "Isi jika mereka menyebut waktunya, misalnya “kami kabari minggu depan”.",
        "sent_on": "Tindak lanjut berikutnya dihitung dari tanggal ini. Kosongkan jika tidak ingat.",
        "holiday_days": "Misalnya 5 untuk cuti bersama Lebaran selama seminggu. Akhir pekan tidak dihitung.",
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
    already_sent_options = {
        "nothing": "Belum mengirim apa pun",
        "thank_you": "Email terima kasih",
        "follow_up": "Email terima kasih dan satu tindak lanjut",
        "follow_ups": "Email terima kasih dan dua tindak lanjut",
    }
    # Labels of options follow the step as the fields' do (``thankyou.web.forms.label_markup``).
    time_in = {"mine": "Zona waktu saya", "theirs": "Zona waktu pewawancara", "theirs@test": "Zona waktu perekrut",
               "theirs@test_committee": "Zona waktu panitia seleksi"}
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
        "Europe/Amsterdam": "Amsterdam",
        # Berlin and Vienna keep Christmas Eve off, as Amsterdam does not: a calendar of their own.
        "Europe/Berlin": "Jerman, Austria (Berlin, Wina)",
        "America/New_York": "New York",
        "America/Toronto": "Toronto",
        "America/Chicago": "Chicago",
        "America/Los_Angeles": "Los Angeles, San Francisco",
        "America/Vancouver": "Vancouver",
        "UTC": "UTC",
    }
    verdicts = {
        "send": "Ya, kirim. Dalam situasi ini email terima kasih memang diharapkan.",
        # Keyed ``verdict.channel``: with no email address the thanks go into a chat (WhatsApp).
        "send.whatsapp": "Ya, kirim. Dalam situasi ini ucapan terima kasih memang diharapkan.",
        "recommended": "Sebaiknya kirim. Di tempat kerja seperti ini belum tentu diharapkan, tetapi tetap menguntungkan Anda.",
        # Keyed ``verdict.moved_by``: an optional step made "recommended" by a competitive role says so,
        # about the kind of step, not about the employer.
        "recommended.competitive": (
            "Sebaiknya kirim. Setelah percakapan seperti ini sebenarnya tidak wajib, tetapi untuk posisi yang "
            "ketat persaingannya, ucapan terima kasih tetap menguntungkan Anda."
        ),
        "recommended.competitive.test": (
            "Sebaiknya kirim. Setelah tes yang dikerjakan sendiri sebenarnya tidak wajib, tetapi untuk posisi "
            "yang ketat persaingannya, ucapan terima kasih tetap menguntungkan Anda."
        ),
        "optional": "Tidak wajib, tetapi mengirimnya jarang keliru.",
    }
    messages = {
        "confirm_next_round": "Balas undangannya: ucapkan terima kasih sekaligus konfirmasi tahap berikutnya.",
        "reply_to_offer": "Balas tawarannya; ucapan terima kasih cukup disampaikan dalam balasan itu.",
        "reply_to_rejection": "Tidak wajib, tetapi balasan singkat yang santun menjaga pintu tetap terbuka.",
        "withdrawal": "Kirim pemberitahuan pengunduran diri yang sopan, bukan ucapan terima kasih.",
        "follow_up": "Ucapan terima kasih sudah terkirim; yang berikutnya adalah satu pesan tindak lanjut yang singkat.",
        "stop_following_up": (
            "Anda sudah dua kali menindaklanjuti, dan itu sudah cukup: jangan kirim tindak lanjut ketiga, dan "
            "alihkan perhatian ke peluang lain."
        ),
    }
    follow_up_headlines = {
        1: "Ucapan terima kasih sudah terkirim; yang berikutnya adalah satu pesan tindak lanjut yang singkat.",
        2: "Satu tindak lanjut sudah terkirim; kirim yang kedua, sekaligus yang terakhir.",
    }
    message_deadlines = {
        "confirm_next_round": "Balas dalam 24 jam setelah undangan diterima.",
        "reply_to_offer": "Balas sebelum batas waktu yang mereka berikan; jika tidak ada, dalam satu atau dua hari kerja.",
        "reply_to_rejection": "Kirim dalam satu atau dua hari setelah kabar itu datang.",
        "withdrawal": "Kirim segera setelah Anda memutuskan, agar mereka tidak menunggu.",
        "stop_following_up": "Tidak ada lagi tindak lanjut yang perlu dijadwalkan.",
        "follow_up": (
            "Kirim sekitar seminggu setelah wawancara, atau sekitar lima hari kerja setelah tanggal keputusan "
            "yang mereka sebutkan."
        ),
        "follow_up.assessment": (
            "Kirim sekitar seminggu setelah tes atau presentasi, atau sekitar lima hari kerja setelah tanggal "
            "keputusan yang mereka sebutkan."
        ),
        "follow_up.test": (
            "Kirim sekitar seminggu setelah tes, atau sekitar lima hari kerja setelah tanggal keputusan yang "
            "mereka sebutkan."
        ),
        "follow_up_on": "Kirim pada {date}, pada jam kerja. Sebelum itu, cukup menunggu.",
        "follow_up_today": "Sudah waktunya: kirim hari ini, pada jam kerja.",
        "follow_up_due": "Tanggalnya ({date}) sudah lewat: kirim hari ini, pada jam kerja.",
    }
    reasons = {
        # Several people and no address of their own: one note naming each of them (the "how many" says one).
        "panel_interview.one_note": (
            "Anda diwawancarai oleh {count} orang. Setelah wawancara panel, setiap anggotanya layak mendapat "
            "ucapan terima kasih; tanpa alamat email mereka masing-masing, satu ucapan yang menyebut nama setiap "
            "anggota sudah mencakup mereka semua."
        ),
        "panel_interview.one_note.assessment": (
            "Anda dinilai oleh {count} orang. Masing-masing layak mendapat ucapan terima kasih; tanpa alamat "
            "email mereka masing-masing, satu ucapan yang menyebut nama setiap penilai sudah mencakup mereka semua."
        ),
        "panel_interview.one_note.informal": (
            "Anda berbincang dengan {count} orang. Meski percakapannya santai, mereka semua sudah meluangkan "
            "waktu untuk Anda; tanpa alamat email mereka masing-masing, satu ucapan yang menyebut nama setiap "
            "orang sudah mencakup mereka semua."
        ),
        "within_24_hours.informal": (
            "Dalam 24 jam pertama, lawan bicara Anda masih mengingat jelas percakapan Anda berdua."
        ),
        "within_24_hours.informal.panel": (
            "Dalam 24 jam pertama, orang-orang yang berbincang dengan Anda masih mengingat jelas percakapannya."
        ),
        "through_recruiter.informal": (
            "Perekrut yang mengatur percakapan itu tahu siapa saja yang berbincang dengan Anda dan dapat "
            "meneruskan pesan Anda. Cara ini lebih sopan daripada mencari sendiri alamat mereka. Jika ingin "
            "menulis langsung, mintalah alamat email mereka kepada perekrut dengan singkat dan sopan."
        ),
        "no_address.informal": (
            "Tanpa alamat email pun ucapan terima kasih tetap bisa sampai: orang yang mengatur pertemuan itu dapat "
            "meneruskannya. Di percakapan seperti WhatsApp, cukup beberapa kalimat formal yang dikirim pada jam "
            "kerja, tanpa pesan suara, stiker, atau emoji. Jangan mencari nomor atau alamat pribadi siapa pun; "
            "jika perlu, mintalah alamat email kantornya kepada orang yang mengatur pertemuan itu dengan singkat "
            "dan sopan."
        ),
        # Counted from the day the thank-you is advised, which has not come yet: that day is named.
        "after_thanks": (
            "Tindak lanjut pertama menunggu paling cepat lima hari kerja setelah hari Anda mengirim ucapan "
            "terima kasih ({thanks_day}){skipped}: menanyakan kabar hanya beberapa hari setelah berterima kasih terasa "
            "mendesak. Jika tetap belum ada kabar, tindak lanjuti sekali lagi seminggu kemudian, lalu alihkan "
            "perhatian ke peluang lain."
        ),
        # ... and when the reader may not send one at all, it is said as a condition.
        "after_thanks.if_sent": (
            "Jika Anda mengirim ucapan terima kasih ({thanks_day}), tindak lanjut pertama menunggu paling cepat "
            "lima hari kerja setelah hari itu{skipped}: menanyakan kabar hanya beberapa hari setelah berterima kasih "
            "terasa mendesak. Jika Anda tidak mengirimnya, tanggal tindak lanjut itu tetap wajar. Jika tetap "
            "belum ada kabar, tindak lanjuti sekali lagi seminggu kemudian, lalu alihkan perhatian ke peluang lain."
        ),
        "within_24_hours.assessment": (
            "Dalam 24 jam pertama, penilai masih mengingat jelas tes atau presentasi Anda, dan keputusan "
            "biasanya belum diambil."
        ),
        "late_combined.test": (
            "Belum ada kabar, jadi ucapan terima kasih masih ada gunanya. Namun setelah selama ini, ucapan "
            "terima kasih yang disusul pesan lain untuk menanyakan kabar terasa berlebihan: cukup satu pesan yang "
            "melakukan keduanya sekaligus."
        ),
        "weekend_or_holiday.test": (
            "Batas 24 jam jatuh pada akhir pekan atau hari libur, jadi pagi hari kerja berikutnya masih tepat "
            "waktu: perekrut pun tidak mengurus pekerjaan kantor pada hari liburnya."
        ),
        "late_on_a_day_off.test": (
            "Meskipun sudah terlambat, pesan sebaiknya tiba pada jam kerja perekrut. Malam hari, akhir pekan, "
            "dan hari libur ditunggu sampai pagi hari kerja berikutnya, saat pesan itu termasuk yang pertama dibaca."
        ),
        "weekend_or_holiday.committee": (
            "Batas 24 jam jatuh pada akhir pekan atau hari libur, jadi pagi hari kerja berikutnya masih tepat "
            "waktu: panitia seleksi pun tidak mengurus pekerjaan kantor pada hari liburnya."
        ),
        "late_on_a_day_off.committee": (
            "Meskipun sudah terlambat, pesan sebaiknya tiba pada jam kerja panitia seleksi. Malam hari, akhir "
            "pekan, dan hari libur ditunggu sampai pagi hari kerja berikutnya, saat pesan itu termasuk yang pertama dibaca."
        ),
        "time_zone.committee": (
            "Panitia seleksi yang mengatur tes berada di zona {zone}. Jam kerja, akhir pekan, dan hari libur "
            "dihitung menurut waktu setempat mereka, agar pesan Anda tidak tiba tengah malam."
        ),
        "time_zone.test": (
            "Perekrut yang mengatur tes berada di zona {zone}. Jam kerja, akhir pekan, dan hari libur dihitung "
            "menurut waktu setempat mereka, agar pesan Anda tidak tiba tengah malam."
        ),
        "a_week_after.assessment": (
            "Tanpa tanggal keputusan dari mereka, patokannya sekitar seminggu setelah tes atau presentasi. "
            "Jika tetap belum ada kabar, tindak lanjuti sekali lagi seminggu kemudian, lalu alihkan perhatian "
            "ke peluang lain."
        ),
        "final_round": (
            "Pada tahap akhir keputusan sudah dekat, jadi ucapan terima kasih datang tepat ketika pilihan "
            "sedang ditimbang, dan ketiadaannya bisa terasa."
        ),
        "formal_interview": (
            "Setelah wawancara kerja formal, ucapan terima kasih termasuk sopan santun profesional yang lazim, "
            "dan pewawancara bisa memperhatikan jika ucapan itu tidak datang."
        ),
        "assessment": (
            "Tes, studi kasus, atau presentasi yang dinilai langsung oleh seseorang adalah bagian resmi dari "
            "seleksi. Penilainya sudah meluangkan waktu untuk Anda, dan ucapan terima kasih adalah balasan "
            "yang wajar."
        ),
        "panel_interview": (
            "Anda diwawancarai oleh {count} orang. Setelah wawancara panel, setiap anggotanya layak mendapat "
            "ucapan terima kasih, dan anggota panel bisa saling bertukar catatan."
        ),
        # An informal chat with several people: not a "panel interview", yet several people gave their time.
        "panel_interview.informal": (
            "Anda berbincang dengan {count} orang. Meski percakapannya santai, mereka semua sudah meluangkan "
            "waktu untuk Anda: masing-masing layak mendapat ucapan terima kasih, dan mereka bisa saling bertukar "
            "catatan."
        ),
        "panel_interview.assessment": (
            "Anda dinilai oleh {count} orang. Masing-masing layak mendapat ucapan terima kasih, dan para "
            "penilai bisa saling bertukar catatan."
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
            "Obrolan informal biasanya tidak menuntut ucapan terima kasih resmi. Jika ragu, mengirim pesan "
            "singkat lebih aman daripada tidak mengirim apa pun."
        ),
        "test_without_interviewer": (
            "Tes yang Anda kerjakan sendiri, tanpa pewawancara, tidak menuntut ucapan terima kasih. Jika "
            "ada perekrut yang mengatur tesnya, dua atau tiga kalimat untuknya tetap memberi kesan baik."
        ),
        # At a government office or a BUMN the selection committee arranges the test, not a recruiter.
        "test_without_interviewer.committee": (
            "Tes yang Anda kerjakan sendiri, tanpa pewawancara, tidak menuntut ucapan terima kasih. Jika "
            "panitia seleksi menyurati Anda secara langsung tentang tes itu, dua atau tiga kalimat untuk "
            "panitia tetap memberi kesan baik."
        ),
        "local_custom": (
            "Di banyak perusahaan lokal dan instansi pemerintah, kebiasaan ini belum seumum di perusahaan "
            "multinasional, jadi belum tentu diharapkan. Meski begitu, ucapan terima kasih yang sopan tidak akan "
            "merugikan Anda dan tetap meninggalkan kesan baik."
        ),
        "competitive": (
            "Untuk posisi yang diperebutkan banyak kandidat, selisihnya sering tipis. Ucapan terima kasih "
            "tidak akan membuat kandidat yang kurang cocok diterima, tetapi bisa ikut menentukan ketika "
            "pilihannya ketat."
        ),
        "next_round": (
            "Anda diundang ke tahap berikutnya. Ucapan terima kasih dan konfirmasi jadwal cukup "
            "disampaikan dalam satu balasan; ucapan terima kasih terpisah tidak perlu lagi."
        ),
        "offer_in_hand": (
            "Tawaran sudah di tangan, jadi ucapan terima kasih terpisah tidak diperlukan. Balas tawarannya, "
            "baik untuk menerima, meminta waktu, maupun membicarakan syaratnya, dan sampaikan terima kasih "
            "dalam balasan itu."
        ),
        "after_rejection": (
            "Setelah ditolak, balasan tidak wajib. Balasan singkat yang santun tetap menjaga hubungan baik, "
            "dan perekrut kadang mengingat kandidat seperti itu untuk lowongan berikutnya."
        ),
        "after_rejection.committee": (
            "Setelah ditolak, balasan tidak wajib. Balasan singkat yang santun kepada panitia seleksi tetap "
            "meninggalkan kesan baik di instansi itu, jika kelak Anda melamar lagi di sana."
        ),
        # The 24 hours end at the start of a long break (Lebaran, Christmas): the deadline is days away.
        "within_24_hours.long_break_under_way": (
            "Libur panjang sedang berlangsung, jadi ucapan terima kasih paling baik tiba pada pagi pertama setelah "
            "libur usai. Yang dikirim di tengah libur bisa tenggelam di antara pesan lain yang menumpuk saat mereka "
            "kembali bekerja."
        ),
        "within_24_hours.long_break": (
            "Menjelang libur panjang, ucapan terima kasih paling baik dikirim pada hari itu juga, atau pada pagi "
            "pertama setelah libur usai. Yang dikirim di tengah libur bisa tenggelam di antara pesan lain yang "
            "menumpuk saat mereka kembali bekerja."
        ),
        "withdrawal": (
            "Jika Anda tidak lagi berminat, beri tahu mereka dengan singkat dan sopan bahwa Anda "
            "mengundurkan diri dari proses seleksi. Ucapan terima kasih yang seolah-olah masih berminat "
            "hanya membuat mereka menunggu."
        ),
        # Both follow-ups sent (the guide's "after two, stop"): nothing more, one closing note at most.
        "followed_up_twice": (
            "Ucapan terima kasih dan kedua tindak lanjut Anda sudah terkirim. Pesan ketiga akan terasa "
            "mendesak, dan diamnya perusahaan setelah dua tindak lanjut sudah merupakan jawaban: energi Anda "
            "lebih berguna untuk lamaran berikutnya. Jika mereka membalas kemudian, tanggapi dengan senang hati."
        ),
        "followed_up_twice.date_ahead": (
            "Ucapan terima kasih dan kedua tindak lanjut Anda sudah terkirim; jangan kirim yang ketiga, dan "
            "curahkan energi Anda untuk lamaran berikutnya. Jika tanggal keputusan yang mereka sebutkan "
            "({decision_date}) lewat tanpa kabar, paling banyak kirim satu catatan penutup yang singkat: "
            "berterima kasih sekali lagi dan menyatakan Anda masih berminat, tanpa bertanya lagi."
        ),
        "followed_up_twice.date_passed": (
            "Ucapan terima kasih dan kedua tindak lanjut Anda sudah terkirim, dan tanggal keputusan yang mereka "
            "sebutkan ({decision_date}) sudah lewat tanpa kabar. Paling banyak, kirim satu catatan penutup yang "
            "singkat: berterima kasih sekali lagi dan menyatakan Anda masih berminat, tanpa bertanya lagi. "
            "Setelah itu, curahkan energi Anda untuk lamaran berikutnya."
        ),
        "already_thanked": (
            "Ucapan terima kasih Anda sudah terkirim, jadi tidak perlu dikirim lagi. Jika belum ada kabar, "
            "langkah berikutnya adalah tindak lanjut yang singkat di utas yang sama, paling banyak dua kali."
        ),
        # The first follow-up has gone out too.
        "already_thanked.second": (
            "Ucapan terima kasih dan tindak lanjut pertama Anda sudah terkirim, jadi keduanya tidak perlu "
            "dikirim lagi; yang tersisa adalah satu tindak lanjut singkat di utas yang sama."
        ),
        # The one person met was a recruiter (a screening call): them, by name where given.
        "within_24_hours.recruiter": (
            "Dalam 24 jam pertama, {recruiter} masih mengingat jelas percakapan dengan Anda, dan keputusan "
            "biasanya belum diambil."
        ),
        "weekend_or_holiday.recruiter": (
            "Batas 24 jam jatuh pada akhir pekan atau hari libur, jadi pagi hari kerja berikutnya masih tepat "
            "waktu: {recruiter} pun tidak mengurus pekerjaan kantor pada hari liburnya."
        ),
        "late_on_a_day_off.recruiter": (
            "Meskipun sudah terlambat, pesan Anda sebaiknya tiba pada jam kerja {recruiters}. Malam hari, akhir "
            "pekan, dan hari libur ditunggu sampai pagi hari kerja berikutnya, saat pesan itu termasuk yang pertama dibaca."
        ),
        "time_zone.recruiter": (
            "{Recruiter} berada di zona {zone}. Jam kerja, akhir pekan, dan hari libur dihitung menurut "
            "waktu setempat, agar pesan Anda tidak tiba tengah malam."
        ),
        "within_24_hours": (
            "Dalam 24 jam pertama, pewawancara masih mengingat jelas percakapan dengan Anda, dan "
            "keputusan biasanya belum diambil."
        ),
        "within_24_hours_decision_soon": (
            "Mereka berencana memutuskan paling lambat {decision_date}, jadi keputusan bisa jatuh dalam 24 jam "
            "ini. Makin cepat ucapan terima kasih Anda tiba, makin besar kemungkinan ucapan itu dibaca selagi "
            "pilihan masih ditimbang dan percakapannya masih segar."
        ),
        # ... and their date is already behind the reader (the day of the interview, say): not "they plan to decide".
        "within_24_hours_decision_soon.date_passed": (
            "Tanggal keputusan yang mereka sebutkan ({decision_date}) sudah lewat. Keputusan mungkin sudah diambil, "
            "tetapi sering pula mundur beberapa hari, jadi ucapan terima kasih dalam 24 jam ini tetap ada gunanya: "
            "jika pilihan masih ditimbang, ucapan itu tiba tepat pada waktunya."
        ),
        # ... and the deadline was moved past days off (a weekend, a long break): no "24 hours" to speak of.
        "within_24_hours_decision_soon.day_off": (
            "Mereka berencana memutuskan paling lambat {decision_date}, jadi keputusan bisa diambil sebelum "
            "batas waktu Anda tiba. Makin cepat ucapan terima kasih Anda sampai, makin besar kemungkinan ucapan "
            "itu dibaca selagi pilihan masih ditimbang."
        ),
        "within_24_hours_decision_soon.assessment": (
            "Mereka berencana memutuskan paling lambat {decision_date}, jadi keputusan bisa jatuh dalam 24 jam "
            "ini. Makin cepat ucapan terima kasih Anda tiba, makin besar kemungkinan ucapan itu dibaca selagi "
            "pilihan masih ditimbang dan tes atau presentasi Anda masih segar dalam ingatan penilai."
        ),
        "late": (
            "Ucapan terima kasih yang terlambat dampaknya berkurang, tetapi pesan singkat tetap lebih baik daripada tidak "
            "ada sama sekali. Keterlambatannya tidak perlu dijelaskan panjang lebar."
        ),
        # A few days late, and the date they gave for a decision is behind the reader too: said, not ignored.
        "late.date_passed": (
            "Tanggal keputusan yang mereka sebutkan ({decision_date}) sudah lewat tanpa kabar. Keputusan mungkin "
            "sudah diambil, tetapi sering pula mundur beberapa hari, jadi ucapan terima kasih yang singkat masih "
            "ada gunanya. Cukup berterima kasih dan tegaskan minat Anda; pertanyaan soal keputusan disimpan untuk "
            "tindak lanjut. Keterlambatannya tidak perlu dijelaskan panjang lebar."
        ),
        "late_combined.date_passed": (
            "Tanggal keputusan yang mereka sebutkan ({decision_date}) sudah lewat tanpa kabar, jadi ucapan terima "
            "kasih masih ada gunanya, dan menanyakan perkembangan kini sudah wajar. Cukup satu pesan yang "
            "melakukan keduanya; ucapan terima kasih yang disusul pesan lain untuk menanyakan kabar terasa "
            "berlebihan."
        ),
        "late_combined": (
            "Belum ada keputusan, jadi ucapan terima kasih masih ada gunanya. Namun setelah selama ini, "
            "ucapan terima kasih yang disusul pesan lain untuk menanyakan kabar terasa berlebihan: cukup satu pesan yang "
            "melakukan keduanya sekaligus."
        ),
        # After an interview held on a weekend or holiday: they worked that day, so no "they are off too".
        "weekend_or_holiday.held_on_day_off": (
            "Batas 24 jam jatuh pada akhir pekan atau hari libur, jadi pagi hari kerja berikutnya masih tepat "
            "waktu: meski wawancaranya diadakan pada hari libur, email pekerjaan umumnya dibaca pada hari kerja, "
            "dan pesan yang tiba pagi itu termasuk yang pertama dibaca."
        ),
        "weekend_or_holiday.held_on_day_off.assessment": (
            "Batas 24 jam jatuh pada akhir pekan atau hari libur, jadi pagi hari kerja berikutnya masih tepat "
            "waktu: meski tes atau presentasinya diadakan pada hari libur, email pekerjaan umumnya dibaca pada "
            "hari kerja, dan pesan yang tiba pagi itu termasuk yang pertama dibaca."
        ),
        "weekend_or_holiday.held_on_day_off.informal": (
            "Batas 24 jam jatuh pada akhir pekan atau hari libur, jadi pagi hari kerja berikutnya masih tepat "
            "waktu: meski percakapannya diadakan pada hari libur, email pekerjaan umumnya dibaca pada hari kerja, "
            "dan pesan yang tiba pagi itu termasuk yang pertama dibaca."
        ),
        "weekend_or_holiday": (
            "Batas 24 jam jatuh pada akhir pekan atau hari libur, jadi pagi hari kerja berikutnya masih tepat "
            "waktu: pewawancara pun tidak mengurus pekerjaan kantor pada hari liburnya."
        ),
        "late_on_a_day_off": (
            "Meskipun sudah terlambat, pesan Anda sebaiknya tiba pada jam kerja pewawancara. Malam hari, akhir "
            "pekan, dan hari libur ditunggu sampai pagi hari kerja berikutnya, saat pesan itu termasuk yang pertama dibaca."
        ),
        "time_zone": (
            "Pewawancara berada di zona {zone}. Jam kerja, akhir pekan, dan hari libur dihitung menurut "
            "waktu setempat mereka, agar pesan Anda tidak tiba tengah malam."
        ),
        "one_per_interviewer": (
            "Tulis email terpisah untuk setiap pewawancara, masing-masing dengan hal yang Anda bicarakan "
            "dengan orang itu. Anggota panel bisa saling membandingkan email yang mereka terima, jadi "
            "hindari isi yang sama persis."
        ),
        # An informal chat with several people: no panel, but people on one team who talk with each other.
        "one_per_interviewer.informal": (
            "Tulis email terpisah untuk setiap orang yang berbincang dengan Anda, masing-masing dengan hal yang "
            "Anda bicarakan dengan orang itu. Mereka bisa saja saling bercerita, jadi hindari isi yang sama persis."
        ),
        "one_per_interviewer.assessment": (
            "Tulis email terpisah untuk setiap penilai, masing-masing dengan hal yang ditanyakan atau "
            "dikomentari orang itu. Para penilai bisa saling membandingkan email yang mereka terima, jadi "
            "hindari isi yang sama persis."
        ),
        "through_recruiter": (
            "Perekrut yang mengatur wawancara tahu siapa saja yang mewawancarai Anda dan dapat meneruskan "
            "pesan Anda. Cara ini lebih sopan daripada mencari sendiri alamat pewawancara. Jika ingin menulis "
            "langsung kepada pewawancara, mintalah alamat emailnya kepada perekrut dengan singkat dan sopan."
        ),
        # The guide's second option, for several people: ask for their addresses.
        "through_recruiter.panel": (
            "Perekrut yang mengatur wawancara tahu siapa saja yang mewawancarai Anda dan dapat meneruskan "
            "pesan Anda. Cara ini lebih sopan daripada mencari sendiri alamat pewawancara. Jika ingin menulis "
            "langsung kepada para pewawancara, mintalah alamat email mereka kepada perekrut dengan singkat dan sopan."
        ),
        "official_channel": (
            "Di instansi pemerintah dan BUMN, seleksi berjalan lewat saluran resmi panitia. Pesan pribadi "
            "kepada pewawancara, termasuk lewat LinkedIn, bisa terbaca sebagai upaya memengaruhi penilaian."
        ),
        "no_address": (
            "Tanpa alamat email pun ucapan terima kasih tetap bisa sampai: orang yang mengatur wawancara dapat "
            "meneruskannya. Di percakapan seperti WhatsApp, cukup beberapa kalimat formal yang dikirim pada jam "
            "kerja, tanpa pesan suara, stiker, atau emoji. Jangan mencari nomor atau alamat pribadi pewawancara; "
            "jika perlu, mintalah alamat email kantornya kepada orang yang mengatur wawancara dengan singkat dan sopan."
        ),
        "through_recruiter.assessment": (
            "Perekrut yang mengatur tes atau presentasi tahu siapa saja yang menilai Anda dan dapat "
            "meneruskan pesan Anda. Cara ini lebih sopan daripada mencari sendiri alamat penilai. Jika ingin "
            "menulis langsung kepada penilai, mintalah alamat emailnya kepada perekrut dengan singkat dan sopan."
        ),
        "through_recruiter.assessment.panel": (
            "Perekrut yang mengatur tes atau presentasi tahu siapa saja yang menilai Anda dan dapat "
            "meneruskan pesan Anda. Cara ini lebih sopan daripada mencari sendiri alamat penilai. Jika ingin "
            "menulis langsung kepada para penilai, mintalah alamat email mereka kepada perekrut dengan singkat dan sopan."
        ),
        # The recruiter who arranged it held it too: the thread reaches them, nobody passes anything on.
        "no_address.recruiter_interviewed": (
            "Di percakapan seperti WhatsApp, ucapan terima kasih cukup beberapa kalimat formal yang dikirim pada "
            "jam kerja, tanpa pesan suara, stiker, atau emoji. Jangan mencari nomor atau alamat pribadinya."
        ),
        "no_address.assessment": (
            "Tanpa alamat email pun ucapan terima kasih tetap bisa sampai: orang yang mengatur tes atau "
            "presentasi dapat meneruskannya. Di percakapan seperti WhatsApp, cukup beberapa kalimat formal yang "
            "dikirim pada jam kerja, tanpa pesan suara, stiker, atau emoji. Jangan mencari nomor atau alamat "
            "pribadi penilai; jika perlu, mintalah alamat email kantornya kepada orang yang mengatur tes itu "
            "dengan singkat dan sopan."
        ),
        "late_on_a_day_off.assessment": (
            "Meskipun sudah terlambat, pesan Anda sebaiknya tiba pada jam kerja penilai. Malam hari, akhir pekan, "
            "dan hari libur ditunggu sampai pagi hari kerja berikutnya, saat pesan itu termasuk yang pertama dibaca."
        ),
        "weekend_or_holiday.assessment": (
            "Batas 24 jam jatuh pada akhir pekan atau hari libur, jadi pagi hari kerja berikutnya masih tepat "
            "waktu: penilai pun tidak mengurus pekerjaan kantor pada hari liburnya."
        ),
        "time_zone.assessment": (
            "Penilai berada di zona {zone}. Jam kerja, akhir pekan, dan hari libur dihitung menurut waktu "
            "setempat mereka, agar pesan Anda tidak tiba tengah malam."
        ),
        "official_channel.assessment": (
            "Di instansi pemerintah dan BUMN, seleksi berjalan lewat saluran resmi panitia. Pesan pribadi "
            "kepada penilai, termasuk lewat LinkedIn, bisa terbaca sebagai upaya memengaruhi penilaian."
        ),
        # After a panel: the people, not one person (where the plain wording names one).
        "within_24_hours.panel": (
            "Dalam 24 jam pertama, para pewawancara masih mengingat jelas percakapan dengan Anda, dan "
            "keputusan biasanya belum diambil."
        ),
        "within_24_hours.assessment.panel": (
            "Dalam 24 jam pertama, para penilai masih mengingat jelas tes atau presentasi Anda, dan keputusan "
            "biasanya belum diambil."
        ),
        "weekend_or_holiday.panel": (
            "Batas 24 jam jatuh pada akhir pekan atau hari libur, jadi pagi hari kerja berikutnya masih tepat "
            "waktu: para pewawancara pun tidak mengurus pekerjaan kantor pada hari libur."
        ),
        "weekend_or_holiday.assessment.panel": (
            "Batas 24 jam jatuh pada akhir pekan atau hari libur, jadi pagi hari kerja berikutnya masih tepat "
            "waktu: para penilai pun tidak mengurus pekerjaan kantor pada hari libur."
        ),
        "late_on_a_day_off.panel": (
            "Meskipun sudah terlambat, ucapan terima kasih Anda sebaiknya tiba pada jam kerja para pewawancara. Malam hari, akhir "
            "pekan, dan hari libur ditunggu sampai pagi hari kerja berikutnya, saat semuanya termasuk yang pertama mereka baca."
        ),
        "late_on_a_day_off.assessment.panel": (
            "Meskipun sudah terlambat, ucapan terima kasih Anda sebaiknya tiba pada jam kerja para penilai. Malam hari, akhir "
            "pekan, dan hari libur ditunggu sampai pagi hari kerja berikutnya, saat semuanya termasuk yang pertama mereka baca."
        ),
        "time_zone.panel": (
            "Para pewawancara berada di zona {zone}. Jam kerja, akhir pekan, dan hari libur dihitung menurut "
            "waktu setempat mereka, agar pesan Anda tidak tiba tengah malam."
        ),
        "time_zone.assessment.panel": (
            "Para penilai berada di zona {zone}. Jam kerja, akhir pekan, dan hari libur dihitung menurut waktu "
            "setempat mereka, agar pesan Anda tidak tiba tengah malam."
        ),
        # Said before it is sent: what it will do, not what it "has already" done.
        "combined_is_the_first.panel": (
            "Ucapan terima kasih itu sekaligus menegaskan minat Anda, jadi menanyakan kabar lagi kurang dari "
            "seminggu setelah mengirimnya terasa mendesak; lebih dari dua tindak lanjut jarang membantu."
        ),
        "within_24_hours_decision_soon.assessment.panel": (
            "Mereka berencana memutuskan paling lambat {decision_date}, jadi keputusan bisa jatuh dalam 24 jam "
            "ini. Makin cepat ucapan terima kasih Anda tiba, makin besar kemungkinan ucapan itu dibaca selagi "
            "pilihan masih ditimbang dan tes atau presentasi Anda masih segar dalam ingatan para penilai."
        ),
        "after_their_date": (
            "Patokannya sekitar lima hari kerja setelah tanggal yang mereka sebutkan ({decision_date}){skipped}, karena "
            "keputusan sering mundur beberapa hari. Jika tetap belum ada kabar, tindak lanjuti sekali lagi seminggu kemudian, lalu alihkan perhatian ke peluang lain."
        ),
        "a_week_after": (
            "Tanpa tanggal keputusan dari mereka, patokannya sekitar seminggu setelah wawancara. Jika tetap "
            "belum ada kabar, tindak lanjuti sekali lagi seminggu kemudian, lalu alihkan perhatian ke "
            "peluang lain."
        ),
        "a_week_after_the_test": (
            "Tanpa tanggal keputusan dari mereka, patokannya sekitar seminggu setelah tes. Jika tetap "
            "belum ada kabar, tanyakan sekali lagi seminggu kemudian, lalu alihkan perhatian ke peluang lain."
        ),
        "follow_up_rule": (
            "Satu tindak lanjut yang sopan menunjukkan minat Anda tanpa mendesak. Jika itu pun tidak "
            "berbalas, kirim satu lagi seminggu kemudian, lalu alihkan perhatian ke peluang lain: dua kali "
            "sudah cukup."
        ),
        "combined_is_the_first": (
            "Pesan itu sekaligus menegaskan minat Anda, jadi menanyakan kabar lagi kurang dari seminggu setelah "
            "mengirimnya terasa mendesak; lebih dari dua tindak lanjut jarang membantu."
        ),
    }
    hesitation_answers = {
        "desperate": (
            "Ucapan terima kasih yang singkat dan profesional adalah sopan santun biasa, bukan tanda putus "
            "asa. Yang terkesan memohon adalah mendesak soal keputusan atau meminta maaf berlebihan, dan "
            "keduanya mudah dihindari."
        ),
        "what_to_say": (
            "Tiga hal sudah cukup: terima kasih atas waktunya, satu hal spesifik dari percakapan, dan minat "
            "Anda pada posisi itu. Pembuat email di situs ini bisa menyusun drafnya untuk Anda."
        ),
        "unimportant": (
            "Ucapan terima kasih jarang menentukan hasil sendirian, tetapi tanpa ucapan itu Anda melewatkan sinyal "
            "positif yang hampir tanpa biaya. Ketika pilihannya ketat, sinyal kecil seperti ini bisa berarti."
        ),
        # The reason about a competitive role above already says a close race is where it counts.
        "unimportant.close_race_said": (
            "Ucapan terima kasih jarang menentukan hasil sendirian, tetapi tanpa ucapan itu Anda melewatkan sinyal "
            "positif yang hampir tanpa biaya."
        ),
        # The answer's "how" above already says where it goes: the answer reassures, it does not say it again.
        "no_email": (
            "Tidak punya alamat email pewawancara bukan alasan untuk tidak mengirim: cara yang dijelaskan di "
            "atas tetap menyampaikannya kepada pewawancara tanpa alamat itu."
        ),
        # A reply to news from the company.
        "desperate.news": (
            "Membalas kabar dari perusahaan adalah hal biasa, bukan tanda putus asa. Balasan yang singkat, "
            "tenang, dan langsung menanggapi kabarnya justru terkesan profesional."
        ),
        "what_to_say.news": (
            "Cukup tanggapi kabarnya: ucapkan terima kasih, lalu jawab hal yang perlu dijawab. Pembuat email "
            "di situs ini bisa menyusun drafnya untuk Anda."
        ),
        "unimportant.news": (
            "Cara Anda menanggapi kabar ini ikut diingat oleh perekrut, dan dunia kerja sering lebih sempit "
            "daripada kelihatannya."
        ),
        "no_email.informal": (
            "Tidak punya alamat email lawan bicara Anda bukan alasan untuk tidak mengirim: cara yang dijelaskan di "
            "atas tetap menyampaikan ucapan Anda tanpa alamat itu."
        ),
        "no_email.news": "Anda tidak memerlukan alamat lain: balasan Anda sampai langsung kepada orang yang mengirim kabar itu.",
        # A follow-up after the thank-you.
        "desperate.follow_up": (
            "Menanyakan perkembangan sekali atau dua kali dengan sopan adalah hal biasa, bukan tanda putus "
            "asa. Yang terkesan memohon adalah mendesak soal keputusan atau menanyakannya terlalu sering."
        ),
        "what_to_say.follow_up": (
            "Dua atau tiga kalimat sudah cukup: tanyakan perkembangan prosesnya dan tegaskan bahwa Anda masih "
            "tertarik. Pembuat email di situs ini bisa menyusun drafnya untuk Anda."
        ),
        "unimportant.follow_up": (
            "Tanpa kabar, Anda tidak tahu apakah prosesnya masih berjalan. Tindak lanjut yang singkat "
            "menanyakannya tanpa biaya dan menunjukkan bahwa Anda masih tertarik."
        ),
        "no_email.follow_up": (
            "Anda tidak memerlukan alamat lain: tindak lanjut dikirim di percakapan yang sudah ada, jadi tidak "
            "ada alamat yang perlu dicari."
        ),
        # A test taken alone: no interviewer, no conversation.
        "what_to_say.test": (
            "Cukup ucapkan terima kasih atas kesempatan mengikuti tes dan sampaikan minat Anda pada posisi "
            "itu. Pembuat email di situs ini bisa menyusun drafnya untuk Anda."
        ),
        "no_email.test": (
            "Anda tidak memerlukan alamat lain: pesan ini untuk pihak yang mengatur tesnya, dan pesan darinya "
            "sudah Anda terima."
        ),
        # A test or presentation someone assessed live: the assessor, and what they asked or remarked on.
        "what_to_say.assessment": (
            "Tiga hal sudah cukup: terima kasih atas waktunya, satu hal spesifik yang ditanyakan atau "
            "dikomentari penilai tentang tes atau presentasi Anda, dan minat Anda pada posisi itu. Pembuat email "
            "di situs ini bisa menyusun drafnya untuk Anda."
        ),
        "no_email.assessment": (
            "Tidak punya alamat email penilai bukan alasan untuk tidak mengirim: cara yang dijelaskan di atas "
            "tetap menyampaikannya kepada penilai tanpa alamat itu."
        ),
        # No address at a government office or a BUMN: the committee's official channel, or nothing.
        "no_email.official": (
            "Tanpa alamat email pewawancara pun ucapan terima kasih bisa sampai, lewat saluran resmi panitia "
            "seleksi. Jika saluran itu tidak ada, tidak mengirimnya pun tidak akan merugikan Anda."
        ),
        "no_email.official.assessment": (
            "Tanpa alamat email penilai pun ucapan terima kasih bisa sampai, lewat saluran resmi panitia "
            "seleksi. Jika saluran itu tidak ada, tidak mengirimnya pun tidak akan merugikan Anda."
        ),
        # The answer sends it straight to an address the reader gave: the interviewer's own, or the
        # recruiter's when the recruiter alone interviewed them.
        # One email each to several people: their addresses, and "them".
        "no_email.own_addresses": (
            "Anda menyebut punya alamat email setiap pewawancara, jadi jawaban ini menyarankan mengirim "
            "masing-masing langsung ke alamat itu. Jika ternyata tidak punya, ubah pilihan alamat email Anda: "
            "jawabannya akan menjelaskan cara mengirim lewat perekrut atau lewat utas yang mengatur jadwal "
            "wawancara."
        ),
        "no_email.own_address": (
            "Anda menyebut punya alamat email pewawancara sendiri, jadi jawaban ini menyarankan mengirim "
            "langsung ke alamat itu. Jika ternyata tidak punya, ubah pilihan alamat email Anda: jawabannya "
            "akan menjelaskan cara mengirim lewat perekrut atau lewat utas yang mengatur jadwal "
            "wawancara."
        ),
        "no_email.assessment.own_address": (
            "Anda menyebut punya alamat email penilai sendiri, jadi jawaban ini menyarankan mengirim langsung "
            "ke alamat itu. Jika ternyata tidak punya, ubah pilihan alamat email Anda: jawabannya "
            "akan menjelaskan cara mengirim lewat perekrut atau lewat utas yang mengatur jadwal tes atau "
            "presentasi."
        ),
        "no_email.recruiter_interviewed": (
            "Alamat yang Anda punya adalah alamat perekrut, dan perekrut itulah yang mewawancarai Anda. Jadi "
            "email Anda langsung sampai ke pewawancara: kirim saja ke alamat itu."
        ),
        "no_email.assessment.recruiter_interviewed": (
            "Alamat yang Anda punya adalah alamat perekrut, dan perekrut itulah yang menilai Anda. Jadi email "
            "Anda langsung sampai ke penilai: kirim saja ke alamat itu."
        ),
        # No address, and the recruiter alone interviewed them: the thread reaches them directly.
        "no_email.recruiter_thread": (
            "Tidak punya alamat email bukan alasan untuk tidak mengirim: orang yang mengatur jadwalnya adalah "
            "orang yang mewawancarai Anda, jadi tidak ada yang perlu meneruskannya."
        ),
        "no_email.assessment.recruiter_thread": (
            "Tidak punya alamat email bukan alasan untuk tidak mengirim: orang yang mengatur jadwalnya adalah "
            "orang yang menilai Anda, jadi tidak ada yang perlu meneruskannya."
        ),
        # A withdrawal: the reader writes first; no news to answer.
        "desperate.withdraw": (
            "Mengundurkan diri tidak akan terkesan putus asa. Pesan singkat yang sopan adalah sopan santun "
            "biasa, dan menghemat waktu mereka."
        ),
        "what_to_say.withdraw": (
            "Dua atau tiga kalimat sudah cukup: terima kasih atas waktunya, lalu sampaikan bahwa Anda "
            "mengundurkan diri dari proses seleksi, tanpa penjelasan panjang. Pembuat email di situs ini bisa "
            "menyusun drafnya untuk Anda."
        ),
        "unimportant.withdraw": (
            "Kabar dari Anda menghemat waktu mereka, dan perekrut mengingat kandidat yang mundur dengan sopan. "
            "Dunia kerja sering lebih sempit daripada kelihatannya."
        ),
        "no_email.withdraw": (
            "Anda tidak memerlukan alamat lain: yang perlu diberi tahu adalah orang yang selama ini menghubungi "
            "Anda, dan pesan mereka sudah Anda terima."
        ),
    }
    timing = {
        "on_time": "Belum terlambat.",
        "late": "Sudah lewat dari batas waktu, tetapi masih layak dikirim, lebih singkat dari biasanya.",
        "very_late": "Sudah sekitar seminggu atau lebih: ucapan terima kasih dan tindak lanjut cukup satu pesan pendek.",
        # Several interviewers: the thanks and the interest go together, whether in one email or one each.
        "very_late.panel": (
            "Sudah sekitar seminggu atau lebih: sampaikan ucapan terima kasih sekaligus penegasan minat dalam "
            "pesan pendek yang sama."
        ),
    }
    moments = {
        # In another zone, the 24 hours end before their working day does: that end is named, on both clocks.
        "now_by_deadline": (
            "Waktu terbaik: {today}sebelum batas 24 jam berakhir, {until}, selagi semuanya masih segar. Tidak "
            "perlu terburu-buru: satu atau dua jam untuk menulisnya dengan tenang tidak masalah."
        ),
        "now_by_deadline.panel": (
            "Waktu terbaik: {today}sebelum batas 24 jam berakhir, {until}, selagi semuanya masih segar. Tidak "
            "perlu terburu-buru: satu atau dua jam untuk menulis semuanya dengan tenang tidak masalah."
        ),
        "after_it_ends": "Wawancara akan selesai {on_when}; kirim tidak lama setelah itu, pada hari yang sama.",
        # In another zone "the same day" would not say whose: the end of their working day that day is named.
        "after_it_ends.other_zone": (
            "Wawancara akan selesai {on_when}; kirim tidak lama setelah itu, sebelum jam kerja {whose} usai, {until}."
        ),
        "after_it_ends.other_zone.panel": (
            "Wawancara akan selesai {on_when}; kirim semuanya tidak lama setelah itu, sebelum jam kerja {whose} "
            "usai, {until}."
        ),
        "after_it_ends.other_zone.assessment": (
            "Tes atau presentasinya akan selesai {on_when}; kirim tidak lama setelah itu, sebelum jam kerja "
            "{whose} usai, {until}."
        ),
        "after_it_ends.other_zone.assessment.panel": (
            "Tes atau presentasinya akan selesai {on_when}; kirim semuanya tidak lama setelah itu, sebelum jam "
            "kerja {whose} usai, {until}."
        ),
        # It ends outside their working hours: written while fresh, it arrives as their day begins.
        "after_it_ends_next_morning": (
            "Setelah wawancara selesai, tulis selagi masih segar lalu jadwalkan agar tiba {when}, saat hari "
            "kerja {whose} dimulai."
        ),
        "now": (
            "Waktu terbaik: hari ini, selagi masih jam kerja dan percakapannya masih segar. Tidak perlu "
            "terburu-buru: satu atau dua jam untuk menulisnya dengan tenang tidak masalah."
        ),
        # The interviewer's working day is not the reader's: its end is named on both clocks.
        "now.other_zone": (
            "Waktu terbaik: {today}sebelum jam kerja {whose} usai, {until}, selagi semuanya masih "
            "segar. Tidak perlu terburu-buru: satu atau dua jam untuk menulisnya dengan tenang tidak masalah."
        ),
        # A test or presentation someone assessed: no conversation to speak of.
        "now.assessment": (
            "Waktu terbaik: hari ini, selagi masih jam kerja dan tes atau presentasi Anda masih segar dalam "
            "ingatan {whose}. Tidak perlu terburu-buru: satu atau dua jam untuk menulisnya dengan tenang "
            "tidak masalah."
        ),
        "after_it_ends.assessment": (
            "Tes atau presentasinya akan selesai {on_when}; kirim tidak lama setelah itu, pada hari yang sama."
        ),
        "after_it_ends_next_morning.assessment": (
            "Setelah tes atau presentasinya selesai, tulis selagi masih segar lalu jadwalkan agar tiba {when}, "
            "saat hari kerja {whose} dimulai."
        ),
        "now_deadline_soon": "Waktu terbaik: sekarang, karena batas 24 jam tinggal sebentar lagi.",
        "now_out_of_hours": (
            "Waktu terbaik: sekarang, meski di luar jam kerja, karena pagi hari kerja berikutnya sudah lewat dari 24 jam."
        ),
        "today_or_next_morning": (
            "Kirim sebelum jam kerja {whose} usai, {until}, jika sempat menulisnya dengan tenang. Jika "
            "tidak, tulis tanpa terburu-buru lalu jadwalkan agar tiba {when}."
        ),
        # Under an hour left before days off (a Friday): an email already written can still go today.
        "now_if_ready_or_next_morning": (
            "Jika email Anda sudah siap, kirim sekarang, sebelum jam kerja {whose} usai, {until}. Jika belum, "
            "tidak perlu terburu-buru: tulis dengan tenang lalu jadwalkan agar tiba {when}; itu masih tepat waktu."
        ),
        "as_soon_as_possible": "Kirim sekarang, selagi masih jam kerja {whose}.",
        "late_next_working_morning": (
            "Kirim secepatnya, tetapi pada jam kerja {whose}: {when}. Anda bisa menulisnya sekarang lalu "
            "menjadwalkan pengirimannya."
        ),
        "next_working_morning": (
            "Waktu terbaik: {when}, saat hari kerja {whose} dimulai. Anda bisa menulisnya sekarang "
            "lalu menjadwalkan pengirimannya."
        ),
        # One email per interviewer: the interviewers' working day, and all the emails.
        "after_it_ends.panel": "Wawancara akan selesai {on_when}; kirim semuanya tidak lama setelah itu, pada hari yang sama.",
        "after_it_ends.assessment.panel": (
            "Tes atau presentasinya akan selesai {on_when}; kirim semuanya tidak lama setelah itu, pada hari yang "
            "sama."
        ),
        "after_it_ends_next_morning.panel": (
            "Setelah wawancara selesai, tulis semuanya selagi masih segar lalu jadwalkan agar tiba {when}, saat "
            "hari kerja {whose} dimulai."
        ),
        "after_it_ends_next_morning.assessment.panel": (
            "Setelah tes atau presentasinya selesai, tulis semuanya selagi masih segar lalu jadwalkan agar tiba "
            "{when}, saat hari kerja {whose} dimulai."
        ),
        "now.panel": (
            "Waktu terbaik: hari ini, selagi masih jam kerja dan percakapannya masih segar. Tidak perlu "
            "terburu-buru: satu atau dua jam untuk menulis semuanya dengan tenang tidak masalah."
        ),
        "now.other_zone.panel": (
            "Waktu terbaik: {today}sebelum jam kerja {whose} usai, {until}, selagi semuanya "
            "masih segar. Tidak perlu terburu-buru: satu atau dua jam untuk menulis semuanya dengan tenang "
            "tidak masalah."
        ),
        "now.assessment.panel": (
            "Waktu terbaik: hari ini, selagi masih jam kerja dan tes atau presentasi Anda masih segar dalam "
            "ingatan {whose}. Tidak perlu terburu-buru: satu atau dua jam untuk menulis semuanya dengan "
            "tenang tidak masalah."
        ),
        "today_or_next_morning.panel": (
            "Kirim sebelum jam kerja {whose} usai, {until}, jika sempat menulis semuanya dengan "
            "tenang. Jika tidak, tulis tanpa terburu-buru lalu jadwalkan agar tiba {when}."
        ),
        "now_if_ready_or_next_morning.panel": (
            "Jika email Anda sudah siap, kirim sekarang, sebelum jam kerja {whose} usai, {until}. Jika belum, "
            "tidak perlu terburu-buru: tulis semuanya dengan tenang lalu jadwalkan agar tiba {when}; itu masih "
            "tepat waktu."
        ),
        "as_soon_as_possible.panel": "Kirim sekarang, selagi masih jam kerja {whose}.",
        "late_next_working_morning.panel": (
            "Kirim secepatnya, tetapi pada jam kerja {whose}: {when}. Anda bisa menulis semuanya "
            "sekarang lalu menjadwalkan pengirimannya."
        ),
        "next_working_morning.panel": (
            "Waktu terbaik: {when}, saat hari kerja {whose} dimulai. Anda bisa menulis semuanya "
            "sekarang lalu menjadwalkan pengirimannya."
        ),
        "unknown": "Sebaiknya pada hari yang sama dengan wawancara, selagi percakapan masih segar.",
        "unknown.assessment": "Sebaiknya pada hari yang sama dengan tes atau presentasinya, selagi masih segar dalam ingatan {whose}.",
        "unknown.assessment.panel": (
            "Sebaiknya pada hari yang sama dengan tes atau presentasinya, selagi masih segar dalam ingatan "
            "{whose}."
        ),
    }
    moment_whose = {"": "pewawancara", "panel": "para pewawancara", "assessment": "penilai",
                    "assessment.panel": "para penilai", "test": "perekrut", "test.committee": "panitia seleksi",
                    "informal": "lawan bicara Anda", "informal.panel": "mereka"}
    chat_moments = {
        "now_if_ready_or_next_morning": (
            "Jika pesan Anda sudah siap, kirim sekarang, sebelum jam kerja {whose} usai, {until}. Jika belum, "
            "tidak perlu terburu-buru: tulis dengan tenang lalu kirim {on_when}; itu masih tepat waktu."
        ),
        "after_it_ends_next_morning": (
            "Setelah selesai, tulis selagi masih segar dan simpan dulu sebagai draf; kirim {on_when}, saat hari "
            "kerja {whose} dimulai."
        ),
        "today_or_next_morning": (
            "Kirim sebelum jam kerja {whose} usai, {until}, jika sempat menulisnya dengan tenang. Jika tidak, "
            "tulis tanpa terburu-buru lalu kirim {on_when}."
        ),
        "late_next_working_morning": (
            "Kirim secepatnya, tetapi pada jam kerja {whose}: {when}. Anda bisa menulisnya sekarang lalu "
            "mengirimnya pada waktu itu."
        ),
        "next_working_morning": (
            "Waktu terbaik: {when}, saat hari kerja {whose} dimulai. Anda bisa menulisnya sekarang lalu "
            "mengirimnya pada waktu itu."
        ),
    }
    test_moments = {
        "now_by_deadline": "Waktu terbaik: {today}sebelum batas 24 jam berakhir, {until}; pesan singkat sudah cukup.",
        "after_it_ends": "Tesnya akan selesai {on_when}; kirim tidak lama setelah itu, pada hari yang sama.",
        "after_it_ends.other_zone": (
            "Tesnya akan selesai {on_when}; kirim tidak lama setelah itu, sebelum jam kerja {whose} usai, {until}."
        ),
        "after_it_ends_next_morning": (
            "Setelah tesnya selesai, tulis pesan singkat lalu jadwalkan agar tiba {when}, saat hari kerja "
            "{whose} dimulai."
        ),
        "now": "Waktu terbaik: hari ini, selagi masih jam kerja; pesan singkat sudah cukup.",
        "now.other_zone": "Waktu terbaik: {today}sebelum jam kerja {whose} usai, {until}; pesan singkat sudah cukup.",
        "now_deadline_soon": "Waktu terbaik: sekarang, karena batas 24 jam tinggal sebentar lagi. Pesan singkat sudah cukup.",
        "now_out_of_hours": "Waktu terbaik: sekarang, meski di luar jam kerja; pesan singkat sudah cukup.",
        "today_or_next_morning": (
            "Kirim sebelum jam kerja {whose} usai, {until}; pesan singkat sudah cukup. Jika tidak sempat, "
            "jadwalkan agar tiba {when}."
        ),
        "now_if_ready_or_next_morning": (
            "Jika pesan singkat Anda sudah siap, kirim sekarang, sebelum jam kerja {whose} usai, {until}. Jika "
            "belum, jadwalkan agar tiba {when}; itu masih tepat waktu."
        ),
        "as_soon_as_possible": "Kirim sekarang, selagi masih jam kerja {whose}.",
        "late_next_working_morning": (
            "Kirim secepatnya, tetapi pada jam kerja {whose}: {when}. Anda bisa menulisnya sekarang lalu "
            "menjadwalkan pengirimannya."
        ),
        "next_working_morning": (
            "Waktu terbaik: {when}, saat hari kerja {whose} dimulai. Anda bisa menulisnya sekarang "
            "lalu menjadwalkan pengirimannya."
        ),
        "unknown": "Sebaiknya pada hari yang sama dengan tesnya.",
    }
    deadline_at = "Kirim paling lambat {when}."
    deadline_was = "Batas waktunya {when}."
    deadline_was_both = "Batas waktunya {when} {mine} ({their_when} {zone})."
    deadline_at_both = "Kirim paling lambat {when} {mine} ({their_when} {zone})."
    their_time = "{when} {mine} ({their_when} {zone})"
    your_time = "menurut waktu Anda"
    your_named_time = "{zone}, waktu Anda"
    your_named_time_again = "{zone}"
    holidays_skipped = ", tanpa menghitung hari libur"
    today = "hari ini, "
    near_dates = {0: "hari ini, {date}", 1: "besok, {date}"}
    either_day = "{first}, atau {second}"
    dated_near = {0: "{date} (hari ini)", 1: "{date} (besok)"}
    deadline_relative = "Kirim dalam 24 jam setelah wawancara selesai."
    test_deadline_relative = "Kirim dalam 24 jam setelah tesnya selesai."
    assessment_deadline_relative = "Kirim dalam 24 jam setelah tes atau presentasinya selesai."
    several = {
        "verdicts.send.informal": (
            "Ya, kirim satu untuk setiap orang yang berbincang dengan Anda. Dalam situasi ini email terima kasih "
            "memang diharapkan."
        ),
        "verdicts.recommended.informal": (
            "Sebaiknya kirim satu untuk setiap orang yang berbincang dengan Anda. Di tempat kerja seperti ini belum "
            "tentu diharapkan, tetapi tetap menguntungkan Anda."
        ),
        "channels.direct_email.informal": "Kirim masing-masing langsung ke alamat email orang yang bersangkutan.",
        "deadline_at": "Kirim paling lambat {when}.",
        "deadline_at_both": "Kirim paling lambat {when} {mine} ({their_when} {zone}).",
        "deadline_relative": "Kirim dalam 24 jam setelah wawancara selesai.",
        "assessment_deadline_relative": "Kirim dalam 24 jam setelah tes atau presentasinya selesai.",
        # The headline when one email per interviewer is written: it counts as "how many" does.
        "verdicts.send": "Ya, kirim satu untuk setiap pewawancara. Dalam situasi ini email terima kasih memang diharapkan.",
        "verdicts.send.assessment": (
            "Ya, kirim satu untuk setiap penilai. Dalam situasi ini email terima kasih memang diharapkan."
        ),
        "verdicts.recommended": (
            "Sebaiknya kirim satu untuk setiap pewawancara. Di tempat kerja seperti ini belum tentu diharapkan, "
            "tetapi tetap menguntungkan Anda."
        ),
        "verdicts.recommended.assessment": (
            "Sebaiknya kirim satu untuk setiap penilai. Di tempat kerja seperti ini belum tentu diharapkan, "
            "tetapi tetap menguntungkan Anda."
        ),
        "channels.direct_email": "Kirim masing-masing langsung ke alamat email pewawancara yang bersangkutan.",
        "channels.direct_email.assessment": "Kirim masing-masing langsung ke alamat email penilai yang bersangkutan.",
    }
    emails = {
        # After an informal chat: the people the reader talked with, not "interviewers".
        "one.informal": "Tulis satu email untuk orang yang berbincang dengan Anda.",
        "per_interviewer.informal": "Tulis {count} email terpisah, satu untuk setiap orang yang berbincang dengan Anda.",
        "one_in_thread.informal": "Tulis satu email, ditujukan kepada perekrut, yang menyebut nama orang yang berbincang dengan Anda.",
        "one_naming_all.informal": (
            "Tulis satu email saja, ditujukan kepada perekrut, yang menyebut nama {count} orang yang berbincang "
            "dengan Anda; tidak perlu email terpisah untuk setiap orang."
        ),
        "one_message.informal": "Tulis satu pesan untuk orang yang berbincang dengan Anda.",
        "one_message_in_thread.informal": (
            "Tulis satu pesan, ditujukan kepada perekrut, yang menyebut nama orang yang berbincang dengan Anda."
        ),
        "one_message_naming_all.informal": (
            "Tulis satu pesan saja, ditujukan kepada perekrut, yang menyebut nama {count} orang yang berbincang "
            "dengan Anda; tidak perlu pesan terpisah untuk setiap orang."
        ),
        "one_to_recruiter_on_panel.informal": (
            "Tulis satu email saja, kepada perekrut yang ikut berbincang dengan Anda, yang juga menyebut nama "
            "orang lainnya; tidak perlu email terpisah untuk setiap orang."
        ),
        "one_message_to_recruiter_on_panel.informal": (
            "Tulis satu pesan saja, kepada perekrut yang ikut berbincang dengan Anda, yang juga menyebut nama "
            "orang lainnya; tidak perlu pesan terpisah untuk setiap orang."
        ),
        "one": "Tulis satu email untuk pewawancara Anda.",
        "none_to_send": "Saat ini tidak ada pesan yang perlu ditulis.",
        "closing_note": "Jika Anda mengirim catatan penutup itu, cukup satu pesan singkat.",
        # The one person met was a recruiter: them, by name where given.
        "one.recruiter": "Tulis satu email untuk {the_recruiter} yang mewawancarai Anda.",
        "one_message.recruiter": "Tulis satu pesan untuk {the_recruiter} yang mewawancarai Anda.",
        "per_interviewer": "Tulis {count} email terpisah, satu untuk setiap pewawancara.",
        # After a test or presentation someone assessed live (as the reasons say: the assessor).
        "one.assessment": "Tulis satu email untuk penilai Anda.",
        "per_interviewer.assessment": "Tulis {count} email terpisah, satu untuk setiap penilai.",
        "one_reply": "Cukup satu balasan.",
        "one_short": "Cukup satu email singkat.",
        "one_short_message": "Cukup satu pesan singkat.",
        # No email address: a message in the chat that arranged it (WhatsApp, say), or on LinkedIn.
        "one_message": "Tulis satu pesan untuk pewawancara Anda.",
        # Several recruiters on a screening call: one short note, not a panel's separate emails.
        "one_to_recruiters": (
            "Cukup satu email singkat untuk perekrut yang mengatur panggilan itu; ucapkan terima kasih juga kepada "
            "rekannya yang ikut, dengan menyebut namanya."
        ),
        "one_message_to_recruiters": (
            "Cukup satu pesan singkat untuk perekrut yang mengatur panggilan itu; ucapkan terima kasih juga kepada "
            "rekannya yang ikut, dengan menyebut namanya."
        ),
        "one_message.assessment": "Tulis satu pesan untuk penilai Anda.",
        "one_message_in_thread": "Tulis satu pesan, ditujukan kepada perekrut, yang menyebut nama pewawancara Anda.",
        "one_message_in_thread.assessment": "Tulis satu pesan, ditujukan kepada perekrut, yang menyebut nama penilai Anda.",
        "one_message_naming_all": (
            "Tulis satu pesan saja, ditujukan kepada perekrut, yang menyebut nama {count} pewawancara Anda; "
            "tidak perlu pesan terpisah untuk setiap orang."
        ),
        "one_message_naming_all.assessment": (
            "Tulis satu pesan saja, ditujukan kepada perekrut, yang menyebut nama {count} penilai Anda; "
            "tidak perlu pesan terpisah untuk setiap orang."
        ),
        "one_message_to_recruiter_on_panel": (
            "Tulis satu pesan saja, kepada perekrut yang ikut mewawancarai Anda, yang juga menyebut nama "
            "pewawancara lainnya; tidak perlu pesan terpisah untuk setiap orang."
        ),
        "one_message_to_recruiter_on_panel.assessment": (
            "Tulis satu pesan saja, kepada perekrut yang ikut menilai Anda, yang juga menyebut nama penilai "
            "lainnya; tidak perlu pesan terpisah untuk setiap orang."
        ),
        "one_in_thread": "Tulis satu email, ditujukan kepada perekrut, yang menyebut nama pewawancara Anda.",
        "one_in_thread.assessment": "Tulis satu email, ditujukan kepada perekrut, yang menyebut nama penilai Anda.",
        "one_to_organiser": "Cukup dua atau tiga kalimat untuk pihak yang mengatur tesnya.",
        "one_to_committee": (
            "Tulis satu email saja, ditujukan kepada panitia seleksi, yang menyebut nama pewawancara Anda; "
            "tidak perlu email terpisah untuk setiap orang."
        ),
        "one_to_committee.assessment": (
            "Tulis satu email saja, ditujukan kepada panitia seleksi, yang menyebut nama penilai Anda; tidak "
            "perlu email terpisah untuk setiap orang."
        ),
        "one_to_committee_one": "Tulis satu email, ditujukan kepada panitia seleksi, yang menyebut nama pewawancara Anda.",
        "one_to_committee_one.assessment": (
            "Tulis satu email, ditujukan kepada panitia seleksi, yang menyebut nama penilai Anda."
        ),
        "one_naming_all": (
            "Tulis satu email saja, ditujukan kepada perekrut, yang menyebut nama {count} pewawancara Anda; "
            "tidak perlu email terpisah untuk setiap orang."
        ),
        "one_naming_all.assessment": (
            "Tulis satu email saja, ditujukan kepada perekrut, yang menyebut nama {count} penilai Anda; "
            "tidak perlu email terpisah untuk setiap orang."
        ),
        "one_to_recruiter_on_panel": (
            "Tulis satu email saja, kepada perekrut yang ikut mewawancarai Anda, yang juga menyebut nama "
            "pewawancara lainnya; tidak perlu email terpisah untuk setiap orang."
        ),
        "one_to_recruiter_on_panel.assessment": (
            "Tulis satu email saja, kepada perekrut yang ikut menilai Anda, yang juga menyebut nama penilai "
            "lainnya; tidak perlu email terpisah untuk setiap orang."
        ),
    }
    channels = {
        "direct_email.informal": "Kirim langsung ke alamat email orang yang berbincang dengan Anda.",
        "through_recruiter.informal": (
            "Balas utas email dari perekrut yang mengatur percakapan itu: ucapkan terima kasih, sebut nama orang "
            "yang berbincang dengan Anda, dan minta agar pesan Anda diteruskan."
        ),
        "through_recruiter.informal.names": (
            "Balas utas email dari perekrut yang mengatur percakapan itu: ucapkan terima kasih dan minta agar "
            "pesan Anda diteruskan kepada {names}."
        ),
        "through_recruiter_on_panel.informal": (
            "Balas utas email dari perekrut yang mengatur percakapan itu. Perekrut ikut berbincang dengan Anda, "
            "jadi ucapkan terima kasih kepadanya langsung, lalu sebut nama orang lainnya dan minta agar ucapan "
            "terima kasih Anda diteruskan kepada mereka."
        ),
        "reply_to_the_recruiter.informal": (
            "Balas di percakapan atau utas pesan yang mengatur pertemuan itu (misalnya WhatsApp): perekrut yang "
            "berbincang dengan Anda membacanya sendiri. Jika tidak ada yang diatur secara tertulis, kirim pesan "
            "singkat lewat LinkedIn kepadanya."
        ),
        "reply_in_thread.informal": (
            "Balas di percakapan atau utas pesan yang mengatur pertemuan itu (misalnya WhatsApp), dan minta agar "
            "ucapan terima kasih Anda diteruskan kepada orang yang berbincang dengan Anda. Jika tidak ada yang "
            "diatur secara tertulis, misalnya setelah obrolan di bursa kerja, kirim pesan singkat lewat LinkedIn."
        ),
        "reply_in_thread_panel.informal": (
            "Balas di percakapan atau utas pesan yang mengatur pertemuan itu (misalnya WhatsApp), sebut nama "
            "setiap orang yang berbincang dengan Anda, dan minta agar ucapan terima kasih Anda diteruskan kepada "
            "mereka. Jika tidak ada yang diatur secara tertulis, misalnya setelah obrolan di bursa kerja, pesan "
            "singkat lewat LinkedIn kepada masing-masing adalah pilihan terakhir."
        ),
        "reply_in_thread_recruiter_on_panel.informal": (
            "Balas di percakapan atau utas pesan yang mengatur pertemuan itu (misalnya WhatsApp). Perekrut ikut "
            "berbincang dengan Anda, jadi ucapkan terima kasih kepadanya langsung, lalu sebut nama orang lainnya "
            "dan minta agar ucapan terima kasih Anda diteruskan kepada mereka. Jika tidak ada yang diatur secara "
            "tertulis, pesan singkat lewat LinkedIn adalah pilihan terakhir."
        ),
        # A follow-up after a thank-you, where what the reader said settles who runs the process.
        "follow_up_to_the_recruiter": (
            "Kirim kepada perekrut itu sebagai balasan di utas ucapan terima kasih Anda, agar konteksnya "
            "langsung terlihat."
        ),
        "follow_up_to_the_recruiter.named": (
            "Kirim kepada {name} sebagai balasan di utas ucapan terima kasih Anda, agar konteksnya langsung terlihat."
        ),
        "follow_up_to_the_recruiter.recruiters": (
            "Kirim kepada perekrut yang mengatur panggilan itu, sebagai balasan di utas ucapan terima kasih Anda, "
            "agar konteksnya langsung terlihat."
        ),
        "follow_up_to_recruiter_on_panel": (
            "Tujukan kepada perekrut, yang mengatur proses seleksi: balas di utas ucapan terima kasih Anda "
            "kepadanya, agar konteksnya langsung terlihat."
        ),
        "follow_up_to_recruiter_on_panel.named": (
            "Tujukan kepada {name}, perekrut yang mengatur proses seleksi: balas di utas ucapan terima kasih Anda "
            "kepadanya, agar konteksnya langsung terlihat."
        ),
        "follow_up_in_recruiter_thread": (
            "Tujukan kepada perekrut, sebagai balasan di utas tempat Anda mengirim ucapan terima kasih, agar "
            "konteksnya langsung terlihat."
        ),
        "nothing_more": "Jika mereka menghubungi Anda, balas di utas yang sama dengan senang hati.",
        "direct_email": "Kirim langsung ke alamat email pewawancara.",
        "direct_email.recruiter": "Kirim langsung ke alamat email {recruiters}.",
        "direct_email_recruiters": "Kirim langsung ke alamat email perekrut itu.",
        "direct_email.assessment": "Kirim langsung ke alamat email penilai.",
        "through_recruiter": (
            "Balas utas email undangan wawancara dari perekrut: ucapkan terima kasih, sebut nama "
            "pewawancara, dan minta agar pesan Anda diteruskan."
        ),
        # The reader gave every name: the answer says them.
        "through_recruiter.names": (
            "Balas utas email undangan wawancara dari perekrut: ucapkan terima kasih dan minta agar pesan Anda "
            "diteruskan kepada {names}."
        ),
        "through_recruiter.assessment.names": (
            "Balas utas email dari perekrut yang mengundang Anda ke tes atau presentasi itu: ucapkan terima "
            "kasih dan minta agar pesan Anda diteruskan kepada {names}."
        ),
        "through_recruiter.assessment": (
            "Balas utas email dari perekrut yang mengundang Anda ke tes atau presentasi itu: ucapkan terima "
            "kasih, sebut nama penilai, dan minta agar pesan Anda diteruskan."
        ),
        "through_recruiter_on_panel": (
            "Balas utas email undangan wawancara dari perekrut. Perekrut ikut mewawancarai Anda, jadi "
            "ucapkan terima kasih kepadanya langsung, lalu sebut nama pewawancara lainnya dan minta agar "
            "ucapan terima kasih Anda diteruskan kepada mereka."
        ),
        "reply_to_test_invitation": (
            "Balas di utas yang mengirim undangan atau tautan tesnya, kepada perekrut yang mengaturnya."
        ),
        "reply_to_the_recruiter": (
            "Balas di percakapan atau utas pesan yang mengatur jadwal wawancara (misalnya WhatsApp): perekrut "
            "yang mewawancarai Anda membacanya sendiri. Jika tidak ada yang diatur secara tertulis, kirim pesan "
            "singkat lewat LinkedIn kepadanya."
        ),
        # The one recruiter who interviewed them, named: by name.
        "reply_to_the_recruiter.named": (
            "Balas di percakapan atau utas pesan yang mengatur jadwal wawancara (misalnya WhatsApp): {name}, "
            "yang mewawancarai Anda, membacanya sendiri. Jika tidak ada yang diatur secara tertulis, kirim pesan "
            "singkat lewat LinkedIn kepada {name}."
        ),
        # Two recruiters or more held the call: they read it themselves, not "the recruiter who interviewed you".
        "reply_to_the_recruiter.recruiters": (
            "Balas di percakapan atau utas pesan yang mengatur jadwal wawancara (misalnya WhatsApp): para perekrut "
            "yang mewawancarai Anda membacanya sendiri. Jika tidak ada yang diatur secara tertulis, kirim pesan "
            "singkat lewat LinkedIn kepada perekrut yang mengatur panggilan itu."
        ),
        # As the guide's follow-up section says (kapan-mengirim#tindak-lanjut): to whoever runs the process.
        "reply_to_your_thank_you": (
            "Tujukan kepada orang yang mengatur proses seleksi (perekrut atau staf HR yang menghubungi "
            "Anda), atau, jika tidak ada, kepada pewawancara yang Anda beri ucapan terima kasih, "
            "sebagai balasan di utas Anda dengan orang itu agar konteksnya langsung terlihat."
        ),
        "reply_to_your_thank_you.assessment": (
            "Tujukan kepada orang yang mengatur proses seleksi (perekrut atau staf HR yang menghubungi "
            "Anda), atau, jika tidak ada, kepada penilai yang Anda beri ucapan terima kasih, "
            "sebagai balasan di utas Anda dengan orang itu agar konteksnya langsung terlihat."
        ),
        "reply_to_your_thank_you.informal": (
            "Tujukan kepada orang yang mengatur proses seleksi (perekrut atau staf HR yang menghubungi "
            "Anda), atau, jika tidak ada, kepada lawan bicara yang Anda beri ucapan terima kasih, "
            "sebagai balasan di utas Anda dengan orang itu agar konteksnya langsung terlihat."
        ),
        "reply_to_your_thank_you.test": (
            "Tujukan kepada perekrut atau orang yang mengatur tes Anda, sebagai balasan di utas Anda "
            "dengan orang itu agar konteksnya langsung terlihat."
        ),
        "reply_in_thread": (
            "Balas di percakapan atau utas pesan yang mengatur jadwal wawancara (misalnya WhatsApp), dan minta "
            "agar ucapan terima kasih Anda diteruskan kepada pewawancara. Jika tidak ada yang diatur secara "
            "tertulis, misalnya setelah walk-in interview atau obrolan di bursa kerja, kirim pesan singkat "
            "lewat LinkedIn."
        ),
        "through_recruiter_on_panel.assessment": (
            "Balas utas email dari perekrut yang mengundang Anda ke tes atau presentasi itu. Perekrut ikut "
            "menilai Anda, jadi ucapkan terima kasih kepadanya langsung, lalu sebut nama penilai lainnya dan "
            "minta agar ucapan terima kasih Anda diteruskan kepada mereka."
        ),
        "reply_in_thread.assessment": (
            "Balas di percakapan atau utas pesan yang mengatur jadwal tes atau presentasi (misalnya WhatsApp), "
            "dan minta agar ucapan terima kasih Anda diteruskan kepada penilai. Jika tidak ada, kirim pesan "
            "singkat lewat LinkedIn."
        ),
        "reply_in_thread_panel": (
            "Balas di percakapan atau utas pesan yang mengatur jadwal wawancara (misalnya WhatsApp), sebut nama "
            "setiap pewawancara, dan minta agar ucapan terima kasih Anda diteruskan kepada mereka. Jika tidak "
            "ada yang diatur secara tertulis, misalnya setelah walk-in interview atau obrolan di bursa kerja, "
            "pesan singkat lewat LinkedIn kepada masing-masing adalah pilihan terakhir."
        ),
        "reply_in_thread_panel.assessment": (
            "Balas di percakapan atau utas pesan yang mengatur jadwal tes atau presentasi (misalnya WhatsApp), "
            "sebut nama setiap penilai, dan minta agar ucapan terima kasih Anda diteruskan kepada mereka. Jika utas seperti itu "
            "tidak ada, pesan singkat lewat LinkedIn kepada masing-masing adalah pilihan terakhir."
        ),
        "reply_in_thread_recruiter_on_panel": (
            "Balas di percakapan atau utas pesan yang mengatur jadwal wawancara (misalnya WhatsApp). Perekrut "
            "ikut mewawancarai Anda, jadi ucapkan terima kasih kepadanya langsung, lalu sebut nama pewawancara "
            "lainnya dan minta agar ucapan terima kasih Anda diteruskan kepada mereka. Jika tidak ada yang "
            "diatur secara tertulis, pesan singkat lewat LinkedIn adalah pilihan terakhir."
        ),
        "reply_in_thread_recruiter_on_panel.assessment": (
            "Balas di percakapan atau utas pesan yang mengatur jadwal tes atau presentasi (misalnya WhatsApp). "
            "Perekrut ikut "
            "menilai Anda, jadi ucapkan terima kasih kepadanya langsung, lalu sebut nama penilai lainnya dan "
            "minta agar ucapan terima kasih Anda diteruskan kepada mereka. Jika utas seperti itu tidak ada, "
            "pesan singkat lewat LinkedIn adalah pilihan terakhir."
        ),
        "reply_to_the_recruiter.assessment": (
            "Balas di percakapan atau utas pesan yang mengatur jadwal tes atau presentasi (misalnya WhatsApp): "
            "perekrut yang menilai Anda membacanya sendiri. Jika tidak ada, kirim pesan singkat lewat LinkedIn."
        ),
        "withdraw_in_thread.assessment": (
            "Balas di utas email yang mengatur tes atau presentasi Anda, kepada perekrut atau orang yang selama "
            "ini menghubungi Anda."
        ),
        "withdraw_in_thread.test": (
            "Balas di utas email yang mengirim undangan atau tautan tes Anda, kepada perekrut atau orang yang "
            "selama ini menghubungi Anda."
        ),
        "reply_to_news": "Balas langsung pesan yang membawa kabar itu.",
        # A government office or a BUMN: the selection committee or the personnel office runs the process.
        "withdraw_to_committee": (
            "Balas lewat saluran yang dipakai panitia seleksi untuk menghubungi Anda, misalnya email undangan, "
            "dan tujukan kepada panitia atau bagian kepegawaian."
        ),
        "follow_up_to_committee": (
            "Tujukan kepada panitia seleksi atau bagian kepegawaian, lewat saluran yang mereka pakai untuk "
            "menghubungi Anda (misalnya email undangan), sebagai balasan di utas itu agar konteksnya langsung "
            "terlihat."
        ),
        "reply_to_committee_invitation": (
            "Balas di utas yang mengirim undangan atau tautan tesnya, dan tujukan kepada panitia seleksi atau "
            "bagian kepegawaian yang mengaturnya."
        ),
        # No email address: the thread that arranged it is a chat.
        "withdraw_in_chat": (
            "Balas di percakapan atau utas pesan yang mengatur wawancara Anda (misalnya WhatsApp), kepada "
            "perekrut atau orang yang selama ini menghubungi Anda."
        ),
        "withdraw_in_chat.assessment": (
            "Balas di percakapan atau utas pesan yang mengatur tes atau presentasi Anda (misalnya WhatsApp), "
            "kepada perekrut atau orang yang selama ini menghubungi Anda."
        ),
        "withdraw_in_chat.test": (
            "Balas di percakapan atau utas pesan yang mengirim undangan atau tautan tes Anda (misalnya "
            "WhatsApp), kepada perekrut atau orang yang selama ini menghubungi Anda."
        ),
        # The reader named the recruiter among the people they met: the withdrawal goes to them, by name.
        "withdraw_in_thread.named": (
            "Kirim kepada {name}, perekrut Anda, sebagai balasan di utas email tempat Anda selama ini berhubungan."
        ),
        "withdraw_in_chat.named": (
            "Kirim kepada {name}, perekrut Anda, sebagai balasan di percakapan atau utas pesan tempat Anda selama "
            "ini berhubungan (misalnya WhatsApp)."
        ),
        # ... and when they met the one recruiter but gave no name, to "your recruiter", with no "or whoever".
        "withdraw_in_thread.met": (
            "Kirim kepada perekrut Anda sebagai balasan di utas email tempat Anda selama ini berhubungan."
        ),
        "withdraw_in_chat.met": (
            "Kirim kepada perekrut Anda sebagai balasan di percakapan atau utas pesan tempat Anda selama ini "
            "berhubungan (misalnya WhatsApp)."
        ),
        "withdraw_in_thread": (
            "Balas di utas email yang mengatur wawancara Anda, kepada perekrut atau orang yang selama ini "
            "menghubungi Anda."
        ),
        "official_channel": (
            "Balas lewat saluran resmi yang dipakai panitia seleksi untuk mengundang Anda, misalnya email "
            "undangan atau alamat yang tercantum di pengumuman, dan tujukan kepada panitia atau bagian "
            "kepegawaian. Jika saluran seperti itu tidak ada, tidak perlu mengirimnya: jangan menghubungi "
            "pewawancara lewat LinkedIn atau nomor pribadi."
        ),
        "official_channel.assessment": (
            "Balas lewat saluran resmi yang dipakai panitia seleksi untuk mengundang Anda, misalnya email "
            "undangan atau alamat yang tercantum di pengumuman, dan tujukan kepada panitia atau bagian "
            "kepegawaian. Jika saluran seperti itu tidak ada, tidak perlu mengirimnya: jangan menghubungi "
            "penilai lewat LinkedIn atau nomor pribadi."
        ),
    }
    follow_up = {
        "upcoming": "Jika belum ada kabar, kirim satu pesan tindak lanjut yang singkat dan sopan pada {first}.",
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
            "keputusan yang mereka sebutkan, kirim satu pesan tindak lanjut yang sopan."
        ),
        "relative.assessment": (
            "Jika belum ada kabar sekitar seminggu setelah tes atau presentasi, atau lima hari kerja setelah "
            "tanggal keputusan yang mereka sebutkan, kirim satu pesan tindak lanjut yang sopan."
        ),
        "relative.test": (
            "Jika belum ada kabar sekitar seminggu setelah tes, atau lima hari kerja setelah tanggal keputusan "
            "yang mereka sebutkan, kirim satu pesan tindak lanjut yang sopan."
        ),
        "combined.panel": (
            "Ucapan terima kasih yang sekaligus menegaskan minat ini terhitung sebagai tindak lanjut pertama. "
            "Jika tetap tidak ada jawaban, kirim satu tindak lanjut lagi pada {second}, lalu alihkan perhatian "
            "ke peluang lain."
        ),
        "combined": (
            "Pesan gabungan ini sudah menjadi tindak lanjut pertama. Jika tetap tidak ada jawaban, kirim "
            "satu tindak lanjut lagi pada {second}, lalu alihkan perhatian ke peluang lain."
        ),
        "after_first": (
            "Tindak lanjut pertama: {first}. Jika tidak dijawab, kirim satu lagi pada {second}, lalu "
            "berhenti."
        ),
        # After a thank-you already sent, the first follow-up's day with why it falls then (``FollowUp.why``).
        "after_first_their_date": (
            "Mereka berencana memutuskan paling lambat {decision_date}. Jika sampai saat itu belum ada kabar, "
            "tindak lanjut pertama sekitar lima hari kerja setelah tanggal itu{skipped}: {first}. Jika tidak dijawab, "
            "kirim satu lagi pada {second}, lalu berhenti."
        ),
        "after_first_their_date_passed": (
            "Tanggal keputusan yang mereka sebutkan ({decision_date}) sudah lewat. Keputusan sering mundur "
            "beberapa hari, jadi tindak lanjut pertama sekitar lima hari kerja setelah tanggal itu{skipped}: {first}. Jika "
            "tidak dijawab, kirim satu lagi pada {second}, lalu berhenti."
        ),
        "after_first_their_date_overdue": (
            "Tanggal keputusan yang mereka sebutkan ({decision_date}) sudah lewat lebih dari lima hari kerja tanpa "
            "kabar, jadi tindak lanjut pertama sudah waktunya: {first}. Jika tidak dijawab, kirim satu lagi pada "
            "{second}, lalu berhenti."
        ),
        "after_first_after_your_thanks": (
            "Tindak lanjut pertama jatuh pada {first}, lima hari kerja setelah ucapan terima kasih Anda "
            "({sent_on}){skipped}: menanyakan kabar lebih cepat dari itu terasa mendesak. Jika tidak dijawab, kirim satu "
            "lagi pada {second}, lalu berhenti."
        ),
        "after_first_after_your_thanks_overdue": (
            "Sudah lebih dari lima hari kerja sejak ucapan terima kasih Anda ({sent_on}) tanpa kabar, jadi tindak "
            "lanjut pertama sudah waktunya: {first}. Jika tidak dijawab, kirim satu lagi pada {second}, lalu berhenti."
        ),
        "after_first_week": (
            "Tanpa tanggal keputusan dari mereka, tindak lanjut pertama sekitar seminggu setelah wawancara: "
            "{first}. Jika tidak dijawab, kirim satu lagi pada {second}, lalu berhenti."
        ),
        "after_first_week.assessment": (
            "Tanpa tanggal keputusan dari mereka, tindak lanjut pertama sekitar seminggu setelah tes atau "
            "presentasi: {first}. Jika tidak dijawab, kirim satu lagi pada {second}, lalu berhenti."
        ),
        "after_first_week.test": (
            "Tanpa tanggal keputusan dari mereka, tindak lanjut pertama sekitar seminggu setelah tes: {first}. "
            "Jika tidak dijawab, kirim satu lagi pada {second}, lalu berhenti."
        ),
        "after_first_week.informal": (
            "Tanpa tanggal keputusan dari mereka, tindak lanjut pertama sekitar seminggu setelah percakapan itu: "
            "{first}. Jika tidak dijawab, kirim satu lagi pada {second}, lalu berhenti."
        ),
        "after_first_week_overdue": (
            "Sudah lebih dari seminggu sejak wawancara tanpa kabar, jadi tindak lanjut pertama sudah waktunya: "
            "{first}. Jika tidak dijawab, kirim satu lagi pada {second}, lalu berhenti."
        ),
        "after_first_week_overdue.assessment": (
            "Sudah lebih dari seminggu sejak tes atau presentasi tanpa kabar, jadi tindak lanjut pertama sudah "
            "waktunya: {first}. Jika tidak dijawab, kirim satu lagi pada {second}, lalu berhenti."
        ),
        "after_first_week_overdue.test": (
            "Sudah lebih dari seminggu sejak tes tanpa kabar, jadi tindak lanjut pertama sudah waktunya: {first}. "
            "Jika tidak dijawab, kirim satu lagi pada {second}, lalu berhenti."
        ),
        "after_first_week_overdue.informal": (
            "Sudah lebih dari seminggu sejak percakapan itu tanpa kabar, jadi tindak lanjut pertama sudah "
            "waktunya: {first}. Jika tidak dijawab, kirim satu lagi pada {second}, lalu berhenti."
        ),
        "relative_after_first": (
            "Jika tindak lanjut ini tidak dijawab, kirim satu lagi sekitar seminggu kemudian, lalu berhenti."
        ),
        "relative_last": (
            "Ini tindak lanjut kedua dan terakhir. Jika tetap tidak ada jawaban, jangan mengirim yang ketiga; "
            "alihkan perhatian ke peluang lain."
        ),
        "last": (
            "Ini tindak lanjut kedua sekaligus yang terakhir. Jika tetap tidak ada jawaban, jangan mengirim "
            "yang ketiga; alihkan perhatian ke peluang lain."
        ),
        "last_after_yours": (
            "Tindak lanjut pertama Anda terkirim pada {first}; yang kedua, sekaligus yang terakhir, seminggu "
            "kemudian: {second}. Jika tetap tidak ada jawaban, jangan mengirim yang ketiga; alihkan perhatian "
            "ke peluang lain."
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
    calendar_description = {
        "first": (
            "Belum ada kabar setelah wawancara? Kirim satu pesan tindak lanjut yang singkat dan sopan. Jika "
            "tetap tidak ada jawaban, kirim sekali lagi seminggu kemudian, lalu alihkan perhatian ke peluang lain."
        ),
        "first.assessment": (
            "Belum ada kabar setelah tes atau presentasi? Kirim satu pesan tindak lanjut yang singkat dan sopan. "
            "Jika tetap tidak ada jawaban, kirim sekali lagi seminggu kemudian, lalu alihkan perhatian ke peluang "
            "lain."
        ),
        "first.test": (
            "Belum ada kabar setelah tes? Kirim satu pesan tindak lanjut yang singkat dan sopan kepada perekrut. "
            "Jika tetap tidak ada jawaban, kirim sekali lagi seminggu kemudian, lalu alihkan perhatian ke peluang "
            "lain."
        ),
        "last": (
            "Masih belum ada kabar? Kirim tindak lanjut kedua, sekaligus yang terakhir, dengan singkat dan sopan. "
            "Jika tetap tidak dijawab, jangan mengirim yang ketiga; alihkan perhatian ke peluang lain."
        ),
    }
    calendar_filename = "tindak-lanjut-{date}.ics"
    rule_title = "Aturan yang dipakai pemeriksa"
    rules = {
        "always_send": "Pemeriksa menjawab “{verdict_send}” setelah:",
        "always_send_local": (
            "Di {settings}, jawaban yang sama menjadi “{verdict_recommended}”: kebiasaan ini belum seumum di sana, "
            "tetapi email yang sopan tetap menguntungkan."
        ),
        "may_be_optional": "Pemeriksa menjawab “{verdict_optional}” setelah:",
        "may_be_optional_unless": (
            "Jawaban itu berlaku selama tidak ada hal dari daftar “{verdict_send}” yang juga terjadi, misalnya "
            "panel atau calon atasan yang ikut menelepon. Untuk posisi yang sangat kompetitif, jawabannya menjadi "
            "“{verdict_recommended}”."
        ),
        "local_custom": (
            "Jawaban pemeriksa per tahap dan jenis tempat kerja, untuk satu pewawancara lewat panggilan video. "
            "Panel, calon atasan, atau wawancara tatap muka di kantor mereka menambah alasan untuk mengirim."
        ),
        "chances": (
            "Untuk posisi yang sangat kompetitif, pemeriksa mengubah “{verdict_optional}” menjadi "
            "“{verdict_recommended}”: ketika selisih antarkandidat tipis, sinyal kecil ikut berarti."
        ),
        "within_24_hours": (
            "Batas waktunya {hours} jam setelah wawancara selesai. Pada jam kerja pewawancara (pukul "
            "{start}–{end}, hari kerja), kirim saat itu juga; di luar jam itu, jadwalkan agar tiba pukul "
            "{morning} pada hari kerja berikutnya, selama masih sebelum batas waktu. Jika {hours} jam itu "
            "berakhir sebelum pukul {morning} pada hari kerja, batasnya pukul {morning} hari itu."
        ),
        "evenings_weekends": (
            "Jika {hours} jam itu berakhir pada akhir pekan ({weekend}) atau hari libur pewawancara, batasnya "
            "bergeser ke hari kerja berikutnya pukul {until}. Hal yang sama berlaku ketika sudah terlambat: "
            "email yang ditulis pada malam hari, akhir pekan, atau hari libur dijadwalkan tiba pukul {morning} "
            "pada hari kerja berikutnya."
        ),
        "late": "Pemeriksa membedakan dua keadaan:",
        "late.1": (
            "Lewat dari batas waktu, tetapi belum {combine_days} hari sejak wawancara, atau belum {week_working_days} "
            "hari kerja pewawancara (misalnya setelah libur panjang): kirim ucapan terima kasih yang lebih singkat "
            "dari biasanya. Tindak lanjut pertama lalu paling cepat {gap} hari kerja sesudahnya."
        ),
        "late.2": (
            "{combine_days} hari atau lebih sejak wawancara, {week_working_days} di antaranya hari kerja "
            "pewawancara, dan belum ada keputusan: satu email pendek yang "
            "menggabungkan ucapan terima kasih dan penegasan minat. Email itu sekaligus tindak lanjut pertama."
        ),
        "late.3": (
            "Jika tanggal keputusan yang mereka sebutkan belum tiba, cukup ucapan terima kasih yang terlambat; "
            "menanyakan perkembangan baru pantas setelah tanggal itu."
        ),
        "time_zones": (
            "Jam kerja (pukul {start}–{end}), akhir pekan, hari libur, dan batas waktu dihitung menurut zona "
            "waktu pewawancara, termasuk pergeseran waktu musim panas; jamnya ditampilkan menurut waktu Anda "
            "dan waktu mereka."
        ),
        "follow_up": "Jadwal tindak lanjut yang dipakai pemeriksa:",
        "follow_up.1": "Mereka menyebut tanggal keputusan: sekitar {working_days} hari kerja setelah tanggal itu.",
        "follow_up.2": (
            "Mereka tidak menyebut tanggal: sekitar {week_days} hari setelah wawancara, dan paling cepat "
            "{week_working_days} hari kerja sesudahnya."
        ),
        "follow_up.3": "Tidak pernah kurang dari {gap} hari kerja setelah ucapan terima kasih terkirim.",
        "follow_up.4": "Masih belum ada kabar: sekali lagi {second_days} hari setelah tindak lanjut pertama.",
        "follow_up.5": "Paling banyak {max} kali, semuanya di utas yang sama; setelah itu, berhenti.",
        "panel": (
            "Jika Anda punya alamat email setiap pewawancara, pemeriksa menyarankan satu email terpisah "
            "untuk setiap orang. Jika hanya punya alamat perekrut, cukup satu email yang menyebut nama mereka "
            "semua (lihat di bawah). Dua perekrut yang bersama-sama melakukan panggilan penyaringan bukan panel: "
            "cukup satu email singkat untuk perekrut yang mengatur panggilan itu."
        ),
        "no_email_address": "Yang disarankan pemeriksa, menurut alamat yang Anda punya:",
    }
    rule_labels = {
        "final_round": "wawancara tahap akhir;",
        "formal_interview": "wawancara pertama atau lanjutan;",
        "assessment": "tes, studi kasus, atau presentasi yang dinilai langsung oleh seseorang;",
        "panel_interview": "wawancara oleh dua orang atau lebih (panel);",
        "senior_interviewer": "wawancara dengan calon atasan, direktur, atau pimpinan;",
        "in_person": "wawancara tatap muka di tempat mereka, selain obrolan informal.",
        "screening_call": "panggilan penyaringan singkat;",
        "informal_chat": "obrolan informal;",
        "test_without_interviewer": "tes yang dikerjakan sendiri, tanpa pewawancara (tes tertulis atau daring).",
    }
    rule_contact_cases = {
        "recruiter_only": "**Hanya alamat perekrut.**",
        "recruiter_on_panel": "**Hanya alamat perekrut, dan perekrut ikut mewawancarai bersama orang lain.**",
        "recruiter_alone": "**Hanya alamat perekrut, dan perekrut satu-satunya pewawancara.**",
        "none": "**Tidak punya alamat sama sekali.**",
        "none_panel": "**Tidak punya alamat sama sekali, dan pewawancaranya lebih dari satu.**",
        "none_government": "**Tidak punya alamat sama sekali, di instansi pemerintah atau BUMN.**",
    }
    rule_setting_names = {"local": "perusahaan lokal", "government": "instansi pemerintah (termasuk BUMN)"}
    rule_stage_heading = "Tahap"
    verdict_short = {"send": "Ya, kirim", "recommended": "Sebaiknya kirim", "optional": "Tidak wajib"}
    clock_pattern = "{hour:02d}.{minute:02d}"
    and_word = " dan "
    the_recruiter = "perekrut"
    the_recruiters = "perekrut"
    whose_name = "{name}"
    named_recruiter = "{name}, perekrut"
    zone_prompt = "Pilih zona waktu pewawancara"
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
        "holiday_days": "How many working days off in a row",
        "holidays": "Public holidays",
        "status": "Latest news from the company",
        "decision_by": "Decision date they gave (if any)",
        "contact": "Which email address you have",
        "setting": "Kind of employer",
        "competitive": "The role is very competitive (many strong applicants)",
        "hesitations": "What makes you hesitate (tick any)",
        "with_interviewer": "Someone assessed it live",
        "no_interviewer": "A test taken on my own, with no interviewer (a written or online test, say)",
        "already_sent": "What you have sent so far",
        "sent_on": "The day you last sent one",
        "sent_on@thank_you": "The day you sent the thank-you (if you remember)",
        "sent_on@follow_up": "The day you sent the first follow-up (if you remember)",
        "ended_at@assessment": "The test, case study or presentation ended at",
        "ended_at@test": "The test ended at",
        "format@assessment": "How it was held",
        "other_zone@test": "The recruiter who arranged the test is in another time zone",
        "interviewer_tz@test": "The recruiter's time zone",
        # A test a government office's selection committee arranged (``setting`` government).
        "other_zone@test_committee": "The selection committee that arranged the test is in another time zone",
        "interviewer_tz@test_committee": "The selection committee's time zone",
        # A test or presentation someone assessed live: its assessors, as the answer names them.
        "interviewers@assessment": "Assessors",
        "interviewers.item@assessment": "Assessor {n}",
        "now": "Current time",
        "reader_tz": "Your time zone",
    }
    hints = {
        "ended_at": "Leave it empty if you don't remember; the answer still holds, just without a countdown.",
        "interviewers.name": "Used for the email draft; sent nowhere.",
        "decision_by": "Fill it in if they named a time, such as “we'll be in touch next week”.",
        "sent_on": "The next follow-up is counted from this day. Leave it empty if you don't remember.",
        "holiday_days": "For example 5 for a week of leave around Eid or Christmas. Weekends do not count.",
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
    already_sent_options = {
        "nothing": "Nothing yet",
        "thank_you": "A thank-you email",
        "follow_up": "A thank-you email and one follow-up",
        "follow_ups": "A thank-you email and two follow-ups",
    }
    time_in = {"mine": "My time zone", "theirs": "The interviewer's time zone",
               "theirs@test": "The recruiter's time zone",
               "theirs@test_committee": "The selection committee's time zone"}
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
        "Europe/Amsterdam": "Amsterdam",
        # Berlin and Vienna keep Christmas Eve off, as Amsterdam does not: a calendar of their own.
        "Europe/Berlin": "Germany, Austria (Berlin, Vienna)",
        "America/New_York": "New York",
        "America/Toronto": "Toronto",
        "America/Chicago": "Chicago",
        "America/Los_Angeles": "Los Angeles, San Francisco",
        "America/Vancouver": "Vancouver",
        "UTC": "UTC",
    }
    verdicts = {
        "send": "Yes, send one. In this situation a thank-you email is expected.",
        # Keyed ``verdict.channel``: with no email address the thanks go into a chat (WhatsApp).
        "send.whatsapp": "Yes, send one. In this situation a thank-you message is expected.",
        "recommended": (
            "We recommend sending one. At this kind of employer it may not be expected, but it still works in "
            "your favour."
        ),
        "recommended.competitive": (
            "We recommend sending one. It is not required after a conversation like this, but in a role with "
            "many strong candidates it works in your favour."
        ),
        "recommended.competitive.test": (
            "We recommend sending one. It is not required after a test taken alone, but in a role with many "
            "strong candidates it works in your favour."
        ),
        "optional": "Optional, but sending one is rarely a mistake.",
    }
    messages = {
        "confirm_next_round": "Reply to the invitation: thank them and confirm the next round.",
        "reply_to_offer": "Answer the offer; your thanks belong in that reply.",
        "reply_to_rejection": "Not required, but a short, gracious reply keeps the door open.",
        "withdrawal": "Send a polite withdrawal, not a thank-you.",
        "follow_up": "Your thank-you has been sent; what comes next is one short follow-up message.",
        "stop_following_up": (
            "You have followed up twice, and that is enough: send no third follow-up, and turn your attention "
            "to other opportunities."
        ),
    }
    follow_up_headlines = {
        1: "Your thank-you has been sent; what comes next is one short follow-up message.",
        2: "You have followed up once; send the second follow-up, which is also the last.",
    }
    message_deadlines = {
        "confirm_next_round": "Reply within 24 hours of receiving the invitation.",
        "reply_to_offer": "Reply by the deadline they gave; if they gave none, within one or two working days.",
        "reply_to_rejection": "Send it within a day or two of hearing the news.",
        "withdrawal": "Send it as soon as you have decided, so they are not kept waiting.",
        "stop_following_up": "No more follow-ups to schedule.",
        "follow_up": (
            "Send it about a week after the interview, or about five working days after the decision date "
            "they gave."
        ),
        "follow_up.assessment": (
            "Send it about a week after the test or presentation, or about five working days after the "
            "decision date they gave."
        ),
        "follow_up.test": (
            "Send it about a week after the test, or about five working days after the decision date they gave."
        ),
        "follow_up_on": "Send it on {date}, during working hours. Until then, there is nothing to do but wait.",
        "follow_up_today": "It is time: send it today, during working hours.",
        "follow_up_due": "Its date ({date}) has passed: send it today, during working hours.",
    }
    reasons = {
        # Several people and no address of their own: one note naming each of them (the "how many" says one).
        "panel_interview.one_note": (
            "You were interviewed by {count} people. After a panel interview each member deserves a thank-you; "
            "without their own addresses, one note that names each of them thanks them all."
        ),
        "panel_interview.one_note.assessment": (
            "You were assessed by {count} people. Each of them deserves a thank-you; without their own "
            "addresses, one note that names each of them thanks them all."
        ),
        "panel_interview.one_note.informal": (
            "You talked with {count} people. Even in an informal conversation, each of them set aside time for "
            "you; without their own addresses, one note that names each of them thanks them all."
        ),
        "within_24_hours.informal": (
            "Within the first 24 hours the person you talked with still remembers your conversation clearly."
        ),
        "within_24_hours.informal.panel": (
            "Within the first 24 hours the people you talked with still remember your conversation clearly."
        ),
        "through_recruiter.informal": (
            "The recruiter who arranged the conversation knows who you talked with and can pass your message on. "
            "That is more courteous than hunting for addresses yourself. If you would rather write directly, ask "
            "the recruiter for their addresses, briefly and politely."
        ),
        "no_address.informal": (
            "A thank-you can reach them without an email address: whoever arranged the conversation can pass it "
            "on. In a chat such as WhatsApp, keep to a few formal sentences sent during working hours, with no "
            "voice notes, stickers or emoji. Do not look for anyone's private number or address; if need be, ask "
            "whoever arranged the conversation for a work email address, briefly and politely."
        ),
        # Counted from the day the thank-you is advised, which has not come yet: that day is named.
        "after_thanks": (
            "The first follow-up waits at least five working days after the day you send your thanks "
            "({thanks_day}){skipped}: asking for news a few days after saying thank you would read as pressing. If you "
            "still hear nothing, follow up once more a week later, then turn your attention to other "
            "opportunities."
        ),
        # ... and when the reader may not send one at all, it is said as a condition.
        "after_thanks.if_sent": (
            "If you send a thank-you ({thanks_day}), the first follow-up waits at least five working days after "
            "that day{skipped}: asking for news a few days after saying thank you would read as pressing. If you send "
            "none, that follow-up date is still fine. If you still hear nothing, follow up once more a week "
            "later, then turn your attention to other opportunities."
        ),
        "within_24_hours.assessment": (
            "Within the first 24 hours the assessor still remembers your test or presentation clearly, and "
            "the decision is usually still open."
        ),
        "late_combined.test": (
            "You have heard nothing yet, so your thanks are still worth sending. But after this long, a "
            "thank-you followed by a separate message asking for news would be one message too many: one message "
            "that does both is enough."
        ),
        "weekend_or_holiday.test": (
            "The 24 hours end on a weekend or public holiday, so the next working morning is still on time: "
            "the recruiter is not reading work messages on their day off either."
        ),
        "late_on_a_day_off.test": (
            "Even when late, the message should arrive during the recruiter's working hours. Evenings, "
            "weekends and holidays wait until their next working morning, when it is among the first things they read."
        ),
        "weekend_or_holiday.committee": (
            "The 24 hours end on a weekend or public holiday, so the next working morning is still on time: "
            "the selection committee is not reading work messages on its day off either."
        ),
        "late_on_a_day_off.committee": (
            "Even when late, the message should arrive during the selection committee's working hours. "
            "Evenings, weekends and holidays wait until their next working morning, when it is among the first things they read."
        ),
        "time_zone.committee": (
            "The selection committee that arranged the test is on {zone}. Working hours, weekends and holidays "
            "are counted in their local time, so your message does not land in the middle of their night."
        ),
        "time_zone.test": (
            "The recruiter who arranged the test is on {zone}. Working hours, weekends and holidays are "
            "counted in their local time, so your message does not land in the middle of their night."
        ),
        "a_week_after.assessment": (
            "Without a decision date from them, the usual rule is about a week after the test or "
            "presentation. If you still hear nothing, follow up once more a week later, then turn your "
            "attention to other opportunities."
        ),
        "final_round": (
            "At the final round the decision is close, so a thank-you arrives just as the choice is being "
            "weighed, and a missing one can stand out."
        ),
        "formal_interview": (
            "After a formal job interview, a thank-you is part of ordinary professional courtesy, and "
            "its absence can be noticed."
        ),
        "assessment": (
            "A test, case study or presentation that someone assessed live is a formal part of the "
            "selection. They spent time on your work, and a thank-you is the natural reply."
        ),
        "panel_interview": (
            "You were interviewed by {count} people. After a panel interview each member deserves a "
            "thank-you, and panel members may compare notes."
        ),
        "panel_interview.informal": (
            "You talked with {count} people. Even in an informal conversation, each of them set aside time for "
            "you and deserves a thank-you, and they may compare notes."
        ),
        "panel_interview.assessment": (
            "You were assessed by {count} people. Each of them deserves a thank-you, and assessors may "
            "compare notes."
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
            "An informal chat does not usually call for a formal thank-you. If in doubt, a short note is "
            "safer than saying nothing."
        ),
        "test_without_interviewer": (
            "A test you took on your own, with no interviewer, does not call for a thank-you. If a "
            "recruiter arranged it, two or three lines to them still leave a good impression."
        ),
        # At a government office or a state-owned company the selection committee arranges the test.
        "test_without_interviewer.committee": (
            "A test you took on your own, with no interviewer, does not call for a thank-you. If the selection "
            "committee wrote to you about it directly, two or three lines to the committee still leave a good "
            "impression."
        ),
        "local_custom": (
            "In many local companies and government offices the habit is less common than in "
            "multinationals, so a thank-you may not be expected. A polite one will not count against "
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
            "After a rejection a reply is not required. A short, gracious one keeps the relationship good, "
            "and recruiters sometimes remember such candidates for the next opening."
        ),
        "after_rejection.committee": (
            "After a rejection a reply is not required. A short, gracious one to the selection committee "
            "still leaves a good impression at that office, should you apply there again."
        ),
        # The 24 hours end at the start of a long break (Lebaran, Christmas): the deadline is days away.
        "within_24_hours.long_break_under_way": (
            "The long break is under way, so your thanks are best timed to arrive on the first morning after it. "
            "One sent in the middle of it can sink among everything waiting for them when they return."
        ),
        "within_24_hours.long_break": (
            "Before a long break, a thank-you is best sent the same day, or on the first morning after the "
            "break. One sent in the middle of it can sink among everything waiting for them when they return."
        ),
        "withdrawal": (
            "If you are no longer interested, tell them briefly and politely that you are withdrawing from "
            "the process. A thank-you that pretends to be interested only keeps them waiting."
        ),
        # Both follow-ups sent (the guide's "after two, stop"): nothing more, one closing note at most.
        "followed_up_twice": (
            "Your thank-you and both follow-ups have gone out. A third message would read as pressing, and "
            "silence after two follow-ups is an answer in itself: your energy is better spent on your next "
            "applications. If they write back later, reply gladly."
        ),
        "followed_up_twice.date_ahead": (
            "Your thank-you and both follow-ups have gone out; send no third, and spend your energy on your next "
            "applications. If the date they gave for a decision ({decision_date}) passes with no news, one short "
            "closing note is the most to send: thank them once more and say you are still interested, asking "
            "nothing further."
        ),
        "followed_up_twice.date_passed": (
            "Your thank-you and both follow-ups have gone out, and the date they gave for a decision "
            "({decision_date}) has passed with no news. At most, send one short closing note: thank them once "
            "more and say you are still interested, asking nothing further. After that, spend your energy on "
            "your next applications."
        ),
        "already_thanked": (
            "Your thank-you has been sent, so there is no need to send it again. If you hear nothing, the next "
            "step is a short follow-up in the same thread, twice at most."
        ),
        # The first follow-up has gone out too.
        "already_thanked.second": (
            "Your thank-you and your first follow-up have been sent, so neither needs sending again; what is "
            "left is one short follow-up in the same thread."
        ),
        # The one person met was a recruiter (a screening call): them, by name where given.
        "within_24_hours.recruiter": (
            "Within the first 24 hours {recruiter} still remembers your conversation clearly, and the decision is "
            "usually still open."
        ),
        "weekend_or_holiday.recruiter": (
            "The 24 hours end on a weekend or public holiday, so the next working morning is still on time: "
            "{recruiter} is not reading work messages on a day off either."
        ),
        "late_on_a_day_off.recruiter": (
            "Even when late, your message should arrive during {recruiters} working hours. Evenings, weekends and "
            "holidays wait until the next working morning, when it is among the first things read."
        ),
        "time_zone.recruiter": (
            "{Recruiter} is on {zone}. Working hours, weekends and holidays are counted in that local time, so "
            "your message does not land in the middle of the night there."
        ),
        "within_24_hours": (
            "Within the first 24 hours the interviewer still remembers your conversation clearly, and the "
            "decision is usually still open."
        ),
        "within_24_hours_decision_soon": (
            "They plan to decide by {decision_date}, so the decision may come within these 24 hours. The "
            "sooner your thanks arrive, the more likely they are read while the choice is still open and the "
            "conversation fresh."
        ),
        # ... and their date is already behind the reader (the day of the interview, say): not "they plan to decide".
        "within_24_hours_decision_soon.date_passed": (
            "The date they gave for a decision ({decision_date}) has passed. The decision may already be made, but "
            "decisions often run a few days late, so a thank-you within these 24 hours is still worth sending: if "
            "they are still choosing, it arrives in time."
        ),
        # ... and the deadline was moved past days off (a weekend, a long break): no "24 hours" to speak of.
        "within_24_hours_decision_soon.day_off": (
            "They plan to decide by {decision_date}, so the decision may come before your deadline does. The "
            "sooner your thanks arrive, the more likely they are read while the choice is still open."
        ),
        "within_24_hours_decision_soon.assessment": (
            "They plan to decide by {decision_date}, so the decision may come within these 24 hours. The "
            "sooner your thanks arrive, the more likely they are read while the choice is still open and your "
            "test or presentation is fresh in the assessor's mind."
        ),
        "late": (
            "A late thank-you has less impact, but a short note still beats none. There is no need to explain "
            "the delay at length."
        ),
        # A few days late, and the date they gave for a decision is behind the reader too: said, not ignored.
        "late.date_passed": (
            "The date they gave for a decision ({decision_date}) has passed without news. The decision may have "
            "been made, but decisions often run a few days late, so a short thank-you is still worth sending. "
            "Thank them and confirm your interest; leave asking about the decision for the follow-up. There is "
            "no need to explain the delay at length."
        ),
        "late_combined.date_passed": (
            "The date they gave for a decision ({decision_date}) has passed without news, so your thanks are "
            "still worth sending, and asking about the process is now in order. One message that does both is "
            "enough; a thank-you followed by a separate message asking for news would be one too many."
        ),
        "late_combined": (
            "There is no decision yet, so your thanks are still worth sending. But after this long, a "
            "thank-you followed by a separate message asking for news would be one message too many: one message "
            "that does both is enough."
        ),
        # After an interview held on a weekend or holiday: they worked that day, so no "they are off too".
        "weekend_or_holiday.held_on_day_off": (
            "The 24 hours end on a weekend or public holiday, so the next working morning is still on time: "
            "even after an interview held on a day off, work email is mostly read on working days, and a message "
            "that arrives that morning is among the first things read."
        ),
        "weekend_or_holiday.held_on_day_off.assessment": (
            "The 24 hours end on a weekend or public holiday, so the next working morning is still on time: "
            "even after a test or presentation held on a day off, work email is mostly read on working days, and "
            "a message that arrives that morning is among the first things read."
        ),
        "weekend_or_holiday.held_on_day_off.informal": (
            "The 24 hours end on a weekend or public holiday, so the next working morning is still on time: "
            "even after a conversation held on a day off, work email is mostly read on working days, and a "
            "message that arrives that morning is among the first things read."
        ),
        "weekend_or_holiday": (
            "The 24 hours end on a weekend or public holiday, so the next working morning is still on time: "
            "the interviewer is not reading work messages on their day off either."
        ),
        "late_on_a_day_off": (
            "Even when late, your message should arrive during the interviewer's working hours. Evenings, "
            "weekends and holidays wait until their next working morning, when it is among the first things they read."
        ),
        "time_zone": (
            "The interviewer is on {zone}. Working hours, weekends and holidays are counted in their "
            "local time, so your message does not land in the middle of their night."
        ),
        "one_per_interviewer": (
            "Write a separate email to each interviewer, each built around what you discussed with that "
            "person. Panel members may compare the emails they receive, so avoid identical text."
        ),
        # An informal chat with several people: no panel, but people on one team who talk with each other.
        "one_per_interviewer.informal": (
            "Write a separate email to each person you talked with, each built around what you discussed with "
            "that person. They may well mention your emails to each other, so avoid identical text."
        ),
        "one_per_interviewer.assessment": (
            "Write a separate email to each assessor, each built around what that person asked or remarked "
            "on. Assessors may compare the emails they receive, so avoid identical text."
        ),
        "through_recruiter": (
            "The recruiter who arranged the interview knows who interviewed you and can pass your message on. "
            "That is more courteous than hunting for an address yourself. If you would rather write to the "
            "interviewer directly, ask the recruiter for their address, briefly and politely."
        ),
        # The guide's second option, for several people: ask for their addresses.
        "through_recruiter.panel": (
            "The recruiter who arranged the interview knows who interviewed you and can pass your message on. "
            "That is more courteous than hunting for addresses yourself. If you would rather write to each "
            "interviewer directly, ask the recruiter for their addresses, briefly and politely."
        ),
        "official_channel": (
            "At a government office or a state-owned company, the selection runs through the committee's "
            "official channel. A personal message to an interviewer, LinkedIn included, can read as an "
            "attempt to sway the assessment."
        ),
        "no_address": (
            "A thank-you can reach them without an email address: whoever arranged the interview can pass it "
            "on. In a chat such as WhatsApp, keep to a few formal sentences sent during working hours, with no "
            "voice notes, stickers or emoji. Do not look for an interviewer's private number or address; if "
            "need be, ask whoever arranged the interview for their work email address, briefly and politely."
        ),
        "through_recruiter.assessment": (
            "The recruiter who arranged the test or presentation knows who assessed you and can pass your "
            "message on. That is more courteous than hunting for an address yourself. If you would rather "
            "write to the assessor directly, ask the recruiter for their address, briefly and politely."
        ),
        "through_recruiter.assessment.panel": (
            "The recruiter who arranged the test or presentation knows who assessed you and can pass your "
            "message on. That is more courteous than hunting for addresses yourself. If you would rather "
            "write to each assessor directly, ask the recruiter for their addresses, briefly and politely."
        ),
        # The recruiter who arranged it held it too: the thread reaches them, nobody passes anything on.
        "no_address.recruiter_interviewed": (
            "In a chat such as WhatsApp, a thank-you is a few formal sentences sent during working hours, with "
            "no voice notes, stickers or emoji. Do not look for their private number or address."
        ),
        "no_address.assessment": (
            "A thank-you can reach them without an email address: whoever arranged the test or presentation can "
            "pass it on. In a chat such as WhatsApp, keep to a few formal sentences sent during working hours, "
            "with no voice notes, stickers or emoji. Do not look for an assessor's private number or address; "
            "if need be, ask whoever arranged the test for their work email address, briefly and politely."
        ),
        "late_on_a_day_off.assessment": (
            "Even when late, your message should arrive during the assessor's working hours. Evenings, weekends "
            "and holidays wait until their next working morning, when it is among the first things they read."
        ),
        "weekend_or_holiday.assessment": (
            "The 24 hours end on a weekend or public holiday, so the next working morning is still on time: "
            "the assessor is not reading work messages on their day off either."
        ),
        "time_zone.assessment": (
            "The assessor is on {zone}. Working hours, weekends and holidays are counted in their local time, "
            "so your message does not land in the middle of their night."
        ),
        "official_channel.assessment": (
            "At a government office or a state-owned company, the selection runs through the committee's "
            "official channel. A personal message to an assessor, LinkedIn included, can read as an attempt "
            "to sway the assessment."
        ),
        # After a panel: the people, not one person (where the plain wording names one).
        "within_24_hours.panel": (
            "Within the first 24 hours the interviewers still remember your conversation clearly, and the "
            "decision is usually still open."
        ),
        "within_24_hours.assessment.panel": (
            "Within the first 24 hours the assessors still remember your test or presentation clearly, and the "
            "decision is usually still open."
        ),
        "weekend_or_holiday.panel": (
            "The 24 hours end on a weekend or public holiday, so the next working morning is still on time: "
            "the interviewers are not reading work messages on their day off either."
        ),
        "weekend_or_holiday.assessment.panel": (
            "The 24 hours end on a weekend or public holiday, so the next working morning is still on time: "
            "the assessors are not reading work messages on their day off either."
        ),
        "late_on_a_day_off.panel": (
            "Even when late, your thanks should arrive during the interviewers' working hours: evenings, "
            "weekends and holidays wait until their next working morning, when your thanks are among the first things they read."
        ),
        "late_on_a_day_off.assessment.panel": (
            "Even when late, your thanks should arrive during the assessors' working hours: evenings, weekends "
            "and holidays wait until their next working morning, when your thanks are among the first things they read."
        ),
        "time_zone.panel": (
            "The interviewers are on {zone}. Working hours, weekends and holidays are counted in their local "
            "time, so nothing you send lands in the middle of their night."
        ),
        "time_zone.assessment.panel": (
            "The assessors are on {zone}. Working hours, weekends and holidays are counted in their local time, "
            "so nothing you send lands in the middle of their night."
        ),
        # Said before it is sent: what it will do, not what it "has already" done.
        "combined_is_the_first.panel": (
            "Your thanks will state your interest as well, so asking for news again less than a week after "
            "sending them would be pressing; more than two follow-ups rarely help."
        ),
        "within_24_hours_decision_soon.assessment.panel": (
            "They plan to decide by {decision_date}, so the decision may come within these 24 hours. The "
            "sooner your thanks arrive, the more likely they are read while the choice is still open and your "
            "test or presentation is fresh in the assessors' minds."
        ),
        "after_their_date": (
            "The usual rule is about five working days after the date they gave ({decision_date}){skipped}, as decisions "
            "often run a few days late. If you still hear nothing, follow up once more a week later, then turn your attention to other opportunities."
        ),
        "a_week_after": (
            "Without a decision date from them, the usual rule is about a week after the interview. If you "
            "still hear nothing, follow up once more a week later, then turn your attention to other "
            "opportunities."
        ),
        "a_week_after_the_test": (
            "Without a decision date from them, the usual rule is about a week after the test. If you still "
            "hear nothing, ask once more a week later, then turn your attention to other opportunities."
        ),
        "follow_up_rule": (
            "One polite follow-up shows your interest without pressing. If that goes unanswered too, send one "
            "more a week later, then turn your attention to other opportunities: two is enough."
        ),
        "combined_is_the_first": (
            "That message will state your interest as well, so asking for news again less than a week after "
            "sending it would be pressing; more than two follow-ups rarely help."
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
        # The reason about a competitive role above already says a close race is where it counts.
        "unimportant.close_race_said": (
            "It rarely decides the outcome on its own, but without it you give up a positive signal that "
            "costs almost nothing."
        ),
        "no_email": (
            "Not having the interviewer's address is no reason to skip it: the way given above reaches them "
            "without it."
        ),
        # A reply to news from the company.
        "desperate.news": (
            "Replying to news from the company is ordinary, not a sign of desperation. A short, calm reply "
            "that answers what they wrote comes across as professional."
        ),
        "what_to_say.news": (
            "Respond to the news itself: thank them, then answer whatever needs an answer. The email "
            "generator on this site can draft it for you."
        ),
        "unimportant.news": (
            "How you respond to this news is remembered, and the working world is often smaller than it looks."
        ),
        "no_email.informal": (
            "Not having an email address for them is no reason to skip it: the way given above reaches them "
            "without one."
        ),
        "no_email.news": "You need no other address: your reply goes straight back to whoever sent the news.",
        # A follow-up after the thank-you.
        "desperate.follow_up": (
            "Asking about progress once or twice, politely, is ordinary, not a sign of desperation. What "
            "sounds pleading is pressing for a decision or asking too often."
        ),
        "what_to_say.follow_up": (
            "Two or three sentences are enough: ask how the process is going and say you are still "
            "interested. The email generator on this site can draft it for you."
        ),
        "unimportant.follow_up": (
            "Without news you cannot tell whether the process is still moving. A short follow-up asks at no "
            "cost and shows you are still interested."
        ),
        "no_email.follow_up": (
            "You need no other address: a follow-up goes into a conversation you already have, so there is no "
            "address to look for."
        ),
        # A test taken alone: no interviewer, no conversation.
        "what_to_say.test": (
            "Thank them for the chance to take the test and say you are still interested in the role; that is "
            "all it needs. The email generator on this site can draft it for you."
        ),
        "no_email.test": (
            "You need no other address: the note is for whoever arranged the test, and you already have a "
            "message from them."
        ),
        # A test or presentation someone assessed live: the assessor, and what they asked or remarked on.
        "what_to_say.assessment": (
            "Three things are enough: thanks for their time, one specific point the assessor raised about your "
            "test or presentation, and your interest in the role. The email generator on this site can draft "
            "it for you."
        ),
        "no_email.assessment": (
            "Not having the assessor's address is no reason to skip it: the way given above reaches them "
            "without it."
        ),
        # No address at a government office or a BUMN: the committee's official channel, or nothing.
        "no_email.official": (
            "Even without the interviewer's address your thanks can reach them, through the selection "
            "committee's official channel. Where there is none, leaving it unsent will not count against you."
        ),
        "no_email.official.assessment": (
            "Even without the assessor's address your thanks can reach them, through the selection "
            "committee's official channel. Where there is none, leaving it unsent will not count against you."
        ),
        # The answer sends it straight to an address the reader gave: the interviewer's own, or the
        # recruiter's when the recruiter alone interviewed them.
        # One email each to several people: their addresses, and "them".
        "no_email.own_addresses": (
            "You said you have each interviewer's own address, so this answer sends each email straight there. "
            "If you do not have them after all, change that choice: the answer will then say how to send your "
            "thanks through the recruiter or the thread that scheduled the interview."
        ),
        "no_email.own_address": (
            "You said you have the interviewer's own address, so this answer sends it straight there. If "
            "you do not have it after all, change that choice: the answer will then say how to send "
            "it through the recruiter or the thread that scheduled the interview."
        ),
        "no_email.assessment.own_address": (
            "You said you have the assessor's own address, so this answer sends it straight there. If you "
            "do not have it after all, change that choice: the answer will then say how to send it "
            "through the recruiter or the thread that scheduled the test or presentation."
        ),
        "no_email.recruiter_interviewed": (
            "The address you have is the recruiter's, and the recruiter is who interviewed you, so your email "
            "reaches your interviewer directly: send it there."
        ),
        "no_email.assessment.recruiter_interviewed": (
            "The address you have is the recruiter's, and the recruiter is who assessed you, so your email "
            "reaches your assessor directly: send it there."
        ),
        # No address, and the recruiter alone interviewed them: the thread reaches them directly.
        "no_email.recruiter_thread": (
            "Not having an address is no reason to skip it: the person who set up the interview is the one who "
            "held it, so nobody needs to pass it on."
        ),
        "no_email.assessment.recruiter_thread": (
            "Not having an address is no reason to skip it: the person who set up the test or presentation is "
            "the one who assessed it, so nobody needs to pass it on."
        ),
        # A withdrawal: the reader writes first; no news to answer.
        "desperate.withdraw": (
            "Withdrawing cannot come across as desperate. A short, polite message is ordinary courtesy, and "
            "it saves them time."
        ),
        "what_to_say.withdraw": (
            "Two or three sentences are enough: thank them for their time and say you are withdrawing from the "
            "process, with no long explanation. The email generator on this site can draft it for you."
        ),
        "unimportant.withdraw": (
            "Telling them saves them time, and recruiters remember a candidate who withdrew politely. The "
            "working world is often smaller than it looks."
        ),
        "no_email.withdraw": (
            "You need no other address: the people to tell are the ones who have been in touch with you, and "
            "you already have their messages."
        ),
    }
    timing = {
        "on_time": "Still on time.",
        "late": "Past the deadline, but still worth sending, shorter than usual.",
        "very_late": "About a week or more has passed: your thanks and your follow-up fit in one short message.",
        # Several interviewers: the thanks and the interest go together, whether in one email or one each.
        "very_late.panel": (
            "About a week or more has passed: thank them and confirm your interest in the same short message."
        ),
    }
    moments = {
        # In another zone, the 24 hours end before their working day does: that end is named, on both clocks.
        "now_by_deadline": (
            "Best moment: {today}before the 24 hours are up, {until}, while it is all still fresh. No need to "
            "rush: an hour or two to write it calmly is fine."
        ),
        "now_by_deadline.panel": (
            "Best moment: {today}before the 24 hours are up, {until}, while it is all still fresh. No need to "
            "rush: an hour or two to write them calmly is fine."
        ),
        "after_it_ends": "The interview ends {on_when}; send it soon after, on the same day.",
        # In another zone "the same day" would not say whose: the end of their working day that day is named.
        "after_it_ends.other_zone": (
            "The interview ends {on_when}; send it soon after, before {whose} working day ends, {until}."
        ),
        "after_it_ends.other_zone.panel": (
            "The interview ends {on_when}; send them soon after, before {whose} working day ends, {until}."
        ),
        "after_it_ends.other_zone.assessment": (
            "The test or presentation ends {on_when}; send it soon after, before {whose} working day ends, {until}."
        ),
        "after_it_ends.other_zone.assessment.panel": (
            "The test or presentation ends {on_when}; send them soon after, before {whose} working day ends, "
            "{until}."
        ),
        # It ends outside their working hours: written while fresh, it arrives as their day begins.
        "after_it_ends_next_morning": (
            "Once the interview is over, write it while it is fresh and schedule it to arrive {when}, as "
            "{whose} working day begins."
        ),
        "now": (
            "Best moment: today, within working hours, while the conversation is fresh. No need to rush: "
            "an hour or two to write it calmly is fine."
        ),
        # The interviewer's working day is not the reader's: its end is named on both clocks.
        "now.other_zone": (
            "Best moment: {today}before {whose} working day ends, {until}, while it is all still "
            "fresh. No need to rush: an hour or two to write it calmly is fine."
        ),
        # A test or presentation someone assessed: no conversation to speak of.
        "now.assessment": (
            "Best moment: today, within working hours, while your test or presentation is fresh in "
            "{whose} memory. No need to rush: an hour or two to write it calmly is fine."
        ),
        "after_it_ends.assessment": "The test or presentation ends {on_when}; send it soon after, on the same day.",
        "after_it_ends_next_morning.assessment": (
            "Once the test or presentation is over, write it while it is fresh and schedule it to arrive "
            "{when}, as {whose} working day begins."
        ),
        "now_deadline_soon": "Best moment: now, as the 24 hours are nearly up.",
        "now_out_of_hours": (
            "Best moment: now, even outside working hours, because the next working morning would be past "
            "the 24 hours."
        ),
        "today_or_next_morning": (
            "Send it before {whose} working day ends, {until}, if you can write it calmly by then. "
            "If not, take your time and schedule it to arrive {when}."
        ),
        # Under an hour left before days off (a Friday): an email already written can still go today.
        "now_if_ready_or_next_morning": (
            "If your email is ready, send it now, before {whose} working day ends, {until}. If not, there is no "
            "need to rush: write it calmly and schedule it to arrive {when}; that is still on time."
        ),
        "as_soon_as_possible": "Send it now, within {whose} working hours.",
        "late_next_working_morning": (
            "Send it as soon as you can, but within {whose} working hours: {when}. You can write it "
            "now and schedule it."
        ),
        "next_working_morning": (
            "Best moment: {when}, as {whose} working day begins. You can write it now and "
            "schedule it."
        ),
        "unknown": "Ideally on the day of the interview, while the conversation is fresh.",
        "unknown.assessment": "Ideally on the day of the test or presentation, while it is fresh in {whose} memory.",
        "unknown.assessment.panel": (
            "Ideally on the day of the test or presentation, while it is fresh in {whose} memory."
        ),
        # One email per interviewer: "them", and all of them written calmly.
        "after_it_ends.panel": "The interview ends {on_when}; send them soon after, on the same day.",
        "after_it_ends.assessment.panel": (
            "The test or presentation ends {on_when}; send them soon after, on the same day."
        ),
        "after_it_ends_next_morning.panel": (
            "Once the interview is over, write them while it is fresh and schedule them to arrive {when}, as "
            "{whose} working day begins."
        ),
        "after_it_ends_next_morning.assessment.panel": (
            "Once the test or presentation is over, write them while it is fresh and schedule them to arrive "
            "{when}, as {whose} working day begins."
        ),
        "now.panel": (
            "Best moment: today, within working hours, while the conversation is fresh. No need to rush: "
            "an hour or two to write them calmly is fine."
        ),
        "now.other_zone.panel": (
            "Best moment: {today}before {whose} working day ends, {until}, while it is all still "
            "fresh. No need to rush: an hour or two to write them calmly is fine."
        ),
        "now.assessment.panel": (
            "Best moment: today, within working hours, while your test or presentation is fresh in "
            "{whose} memory. No need to rush: an hour or two to write them calmly is fine."
        ),
        "today_or_next_morning.panel": (
            "Send them before {whose} working day ends, {until}, if you can write them calmly by "
            "then. If not, take your time and schedule them to arrive {when}."
        ),
        "now_if_ready_or_next_morning.panel": (
            "If your emails are ready, send them now, before {whose} working day ends, {until}. If not, there "
            "is no need to rush: write them calmly and schedule them to arrive {when}; that is still on time."
        ),
        "as_soon_as_possible.panel": "Send them now, within {whose} working hours.",
        "late_next_working_morning.panel": (
            "Send them as soon as you can, but within {whose} working hours: {when}. You can write "
            "them now and schedule them."
        ),
        "next_working_morning.panel": (
            "Best moment: {when}, as {whose} working day begins. You can write them now and "
            "schedule them."
        ),
    }
    moment_whose = {"": "the interviewer's", "panel": "the interviewers'", "assessment": "the assessor's",
                    "assessment.panel": "the assessors'", "test": "the recruiter's",
                    "test.committee": "the selection committee's",
                    "informal": "their", "informal.panel": "their"}
    chat_moments = {
        "now_if_ready_or_next_morning": (
            "If your message is ready, send it now, before {whose} working day ends, {until}. If not, there is "
            "no need to rush: write it calmly and send it {on_when}; that is still on time."
        ),
        "after_it_ends_next_morning": (
            "Once it is over, write it while it is fresh and keep it as a draft; send it {on_when}, as {whose} "
            "working day begins."
        ),
        "today_or_next_morning": (
            "Send it before {whose} working day ends, {until}, if you can write it calmly by then. If not, "
            "take your time and send it {on_when}."
        ),
        "late_next_working_morning": (
            "Send it as soon as you can, but within {whose} working hours: {when}. You can write it now and "
            "send it then."
        ),
        "next_working_morning": (
            "Best moment: {when}, as {whose} working day begins. You can write it now and send it then."
        ),
    }
    test_moments = {
        "now_by_deadline": "Best moment: {today}before the 24 hours are up, {until}; a short note is enough.",
        "after_it_ends": "The test ends {on_when}; send it soon after, on the same day.",
        "after_it_ends.other_zone": (
            "The test ends {on_when}; send it soon after, before {whose} working day ends, {until}."
        ),
        "after_it_ends_next_morning": (
            "Once the test is over, write a short note and schedule it to arrive {when}, as {whose} "
            "working day begins."
        ),
        "now": "Best moment: today, within working hours; a short note is enough.",
        "now.other_zone": "Best moment: {today}before {whose} working day ends, {until}; a short note is enough.",
        "now_deadline_soon": "Best moment: now, as the 24 hours are nearly up. A short note is enough.",
        "now_out_of_hours": "Best moment: now, even outside working hours; a short note is enough.",
        "today_or_next_morning": (
            "Send it before {whose} working day ends, {until}; a short note is enough. If there is no "
            "time, schedule it to arrive {when}."
        ),
        "now_if_ready_or_next_morning": (
            "If your short note is ready, send it now, before {whose} working day ends, {until}. If not, "
            "schedule it to arrive {when}; that is still on time."
        ),
        "as_soon_as_possible": "Send it now, within {whose} working hours.",
        "late_next_working_morning": (
            "Send it as soon as you can, but within {whose} working hours: {when}. You can write it "
            "now and schedule it."
        ),
        "next_working_morning": (
            "Best moment: {when}, as {whose} working day begins. You can write it now and "
            "schedule it."
        ),
        "unknown": "Ideally on the day of the test.",
    }
    deadline_at = "Send it by {when}."
    deadline_was = "The deadline was {when}."
    deadline_was_both = "The deadline was {when} {mine} ({their_when}, {zone})."
    deadline_at_both = "Send it by {when} {mine} ({their_when}, {zone})."
    their_time = "{when} {mine} ({their_when}, {zone})"
    your_time = "your time"
    your_named_time = "your time, {zone}"
    your_named_time_again = "{zone}"
    holidays_skipped = ", not counting the public holidays"
    today = "today, "
    near_dates = {0: "today, {date}", 1: "tomorrow, {date}"}
    either_day = "{first}, or {second}"
    dated_near = {0: "{date} (today)", 1: "{date} (tomorrow)"}
    deadline_relative = "Send it within 24 hours of the end of the interview."
    test_deadline_relative = "Send it within 24 hours of the end of the test."
    assessment_deadline_relative = "Send it within 24 hours of the end of the test or presentation."
    several = {
        "verdicts.send.informal": (
            "Yes, send one to each person you talked with. In this situation a thank-you email is expected."
        ),
        "verdicts.recommended.informal": (
            "We recommend sending one to each person you talked with. At this kind of employer it may not be "
            "expected, but it still works in your favour."
        ),
        "channels.direct_email.informal": "Send each one straight to that person's own email address.",
        "deadline_at": "Send them by {when}.",
        "deadline_at_both": "Send them by {when} {mine} ({their_when}, {zone}).",
        "deadline_relative": "Send them within 24 hours of the end of the interview.",
        "assessment_deadline_relative": "Send them within 24 hours of the end of the test or presentation.",
        # The headline when one email per interviewer is written: "send one" alone would contradict
        # "write two separate emails" below it.
        "verdicts.send": "Yes, send one to each interviewer. In this situation a thank-you email is expected.",
        "verdicts.send.assessment": "Yes, send one to each assessor. In this situation a thank-you email is expected.",
        "verdicts.recommended": (
            "We recommend sending one to each interviewer. At this kind of employer it may not be expected, but it "
            "still works in your favour."
        ),
        "verdicts.recommended.assessment": (
            "We recommend sending one to each assessor. At this kind of employer it may not be expected, but it "
            "still works in your favour."
        ),
        "channels.direct_email": "Send each one straight to that interviewer's own email address.",
        "channels.direct_email.assessment": "Send each one straight to that assessor's own email address.",
    }
    emails = {
        # After an informal chat: the people the reader talked with, not "interviewers".
        "one.informal": "Write one email to the person you talked with.",
        "per_interviewer.informal": "Write {count} separate emails, one to each person you talked with.",
        "one_in_thread.informal": "Write one email, addressed to the recruiter, that names the person you talked with.",
        "one_naming_all.informal": (
            "Write just one email, addressed to the recruiter, that names each of the {count} people you talked "
            "with; there is no need for a separate email to each."
        ),
        "one_message.informal": "Write one message to the person you talked with.",
        "one_message_in_thread.informal": (
            "Write one message, addressed to the recruiter, that names the person you talked with."
        ),
        "one_message_naming_all.informal": (
            "Write just one message, addressed to the recruiter, that names each of the {count} people you talked "
            "with; there is no need for a separate message to each."
        ),
        "one_to_recruiter_on_panel.informal": (
            "Write just one email, to the recruiter who took part in the conversation, that names the others "
            "too; there is no need for a separate email to each."
        ),
        "one_message_to_recruiter_on_panel.informal": (
            "Write just one message, to the recruiter who took part in the conversation, that names the others "
            "too; there is no need for a separate message to each."
        ),
        "one": "Write one email to your interviewer.",
        "none_to_send": "There is no message to write now.",
        "closing_note": "If you send that closing note, one short message is enough.",
        # The one person met was a recruiter: them, by name where given.
        "one.recruiter": "Write one email to {the_recruiter} who interviewed you.",
        "one_message.recruiter": "Write one message to {the_recruiter} who interviewed you.",
        "per_interviewer": "Write {count} separate emails, one to each interviewer.",
        # After a test or presentation someone assessed live (as the reasons say: the assessor).
        "one.assessment": "Write one email to the person who assessed you.",
        "per_interviewer.assessment": "Write {count} separate emails, one to each assessor.",
        "one_reply": "One reply is enough.",
        "one_short": "One short email is enough.",
        "one_short_message": "One short message is enough.",
        # No email address: a message in the chat that arranged it (WhatsApp, say), or on LinkedIn.
        "one_message": "Write one message to your interviewer.",
        # Several recruiters on a screening call: one short note, not a panel's separate emails.
        "one_to_recruiters": (
            "One short email to the recruiter who arranged the call is enough; in it, thank whoever else was on "
            "the call by name."
        ),
        "one_message_to_recruiters": (
            "One short message to the recruiter who arranged the call is enough; in it, thank whoever else was on "
            "the call by name."
        ),
        "one_message.assessment": "Write one message to the person who assessed you.",
        "one_message_in_thread": "Write one message, addressed to the recruiter, that names your interviewer.",
        "one_message_in_thread.assessment": (
            "Write one message, addressed to the recruiter, that names the person who assessed you."
        ),
        "one_message_naming_all": (
            "Write just one message, addressed to the recruiter, that names each of your {count} interviewers; "
            "there is no need for a separate message to each."
        ),
        "one_message_naming_all.assessment": (
            "Write just one message, addressed to the recruiter, that names each of your {count} assessors; "
            "there is no need for a separate message to each."
        ),
        "one_message_to_recruiter_on_panel": (
            "Write just one message, to the recruiter who was on your panel, that names the other interviewers "
            "too; there is no need for a separate message to each."
        ),
        "one_message_to_recruiter_on_panel.assessment": (
            "Write just one message, to the recruiter who was among your assessors, that names the other "
            "assessors too; there is no need for a separate message to each."
        ),
        "one_in_thread": "Write one email, addressed to the recruiter, that names your interviewer.",
        "one_in_thread.assessment": "Write one email, addressed to the recruiter, that names the person who assessed you.",
        "one_to_organiser": "Two or three lines to whoever arranged the test are enough.",
        "one_to_committee": (
            "Write just one email, addressed to the selection committee, that names your interviewers; there is "
            "no need for a separate email to each."
        ),
        "one_to_committee.assessment": (
            "Write just one email, addressed to the selection committee, that names your assessors; there is no "
            "need for a separate email to each."
        ),
        "one_to_committee_one": "Write one email, addressed to the selection committee, that names your interviewer.",
        "one_to_committee_one.assessment": (
            "Write one email, addressed to the selection committee, that names the person who assessed you."
        ),
        "one_naming_all": (
            "Write just one email, addressed to the recruiter, that names each of your {count} interviewers; "
            "there is no need for a separate email to each."
        ),
        "one_naming_all.assessment": (
            "Write just one email, addressed to the recruiter, that names each of your {count} assessors; "
            "there is no need for a separate email to each."
        ),
        "one_to_recruiter_on_panel": (
            "Write just one email, to the recruiter who was on your panel, that names the other interviewers "
            "too; there is no need for a separate email to each."
        ),
        "one_to_recruiter_on_panel.assessment": (
            "Write just one email, to the recruiter who was among your assessors, that names the other "
            "assessors too; there is no need for a separate email to each."
        ),
    }
    channels = {
        "direct_email.informal": "Send it straight to the email address of the person you talked with.",
        "through_recruiter.informal": (
            "Reply in the recruiter's thread that arranged the conversation: thank them, name whoever you talked "
            "with, and ask for your message to be passed on."
        ),
        "through_recruiter.informal.names": (
            "Reply in the recruiter's thread that arranged the conversation: thank them and ask for your message "
            "to be passed on to {names}."
        ),
        "through_recruiter_on_panel.informal": (
            "Reply in the recruiter's thread that arranged the conversation. The recruiter took part in it, so "
            "thank them directly, then name the others and ask for your thanks to be passed on to them."
        ),
        "reply_to_the_recruiter.informal": (
            "Reply in the chat or message thread that arranged the conversation (WhatsApp, say): the recruiter you "
            "talked with reads it themselves. If nothing was arranged in writing, send them a short LinkedIn "
            "message."
        ),
        "reply_in_thread.informal": (
            "Reply in the chat or message thread that arranged the conversation (WhatsApp, say), and ask for your "
            "thanks to be passed on to the person you talked with. If nothing was arranged in writing, as after a "
            "chat at a job fair, send a short LinkedIn message."
        ),
        "reply_in_thread_panel.informal": (
            "Reply in the chat or message thread that arranged the conversation (WhatsApp, say), name each person "
            "you talked with, and ask for your thanks to be passed on to them. If nothing was arranged in writing, "
            "as after a chat at a job fair, a short LinkedIn message to each of them is the last resort."
        ),
        "reply_in_thread_recruiter_on_panel.informal": (
            "Reply in the chat or message thread that arranged the conversation (WhatsApp, say). The recruiter "
            "took part in it, so thank them directly, then name the others and ask for your thanks to be passed "
            "on to them. If nothing was arranged in writing, a short LinkedIn message is the last resort."
        ),
        # A follow-up after a thank-you, where what the reader said settles who runs the process.
        "follow_up_to_the_recruiter": (
            "Send it to the recruiter as a reply in the thread of your thank-you, so the context is right there."
        ),
        "follow_up_to_the_recruiter.named": (
            "Send it to {name} as a reply in the thread of your thank-you, so the context is right there."
        ),
        "follow_up_to_the_recruiter.recruiters": (
            "Send it to the recruiter who arranged the call, as a reply in the thread of your thank-you, so the "
            "context is right there."
        ),
        "follow_up_to_recruiter_on_panel": (
            "Address it to the recruiter, who runs the process: reply in the thread of your thank-you to them, "
            "so the context is right there."
        ),
        "follow_up_to_recruiter_on_panel.named": (
            "Address it to {name}, the recruiter, who runs the process: reply in the thread of your thank-you to "
            "them, so the context is right there."
        ),
        "follow_up_in_recruiter_thread": (
            "Address it to the recruiter, as a reply in the thread where you sent your thanks, so the context "
            "is right there."
        ),
        "nothing_more": "If they get in touch, reply gladly in the same thread.",
        "direct_email": "Send it straight to the interviewer's email address.",
        "direct_email.recruiter": "Send it straight to {recruiters} email address.",
        "direct_email_recruiters": "Send it straight to that recruiter's email address.",
        "direct_email.assessment": "Send it straight to the assessor's email address.",
        "through_recruiter": (
            "Reply in the recruiter's thread that invited you to the interview: thank them, name whoever "
            "interviewed you, and ask for your message to be passed on."
        ),
        # The reader gave every name: the answer says them.
        "through_recruiter.names": (
            "Reply in the recruiter's thread that invited you to the interview: thank them and ask for your "
            "message to be passed on to {names}."
        ),
        "through_recruiter.assessment.names": (
            "Reply in the recruiter's thread that invited you to the test or presentation: thank them and ask "
            "for your message to be passed on to {names}."
        ),
        "through_recruiter.assessment": (
            "Reply in the recruiter's thread that invited you to the test or presentation: thank them, name "
            "whoever assessed you, and ask for your message to be passed on."
        ),
        "through_recruiter_on_panel": (
            "Reply in the recruiter's thread that invited you to the interview. The recruiter was on the "
            "panel, so thank them directly, then name the other interviewers and ask for your thanks to be "
            "passed on to them."
        ),
        "reply_to_test_invitation": (
            "Reply in the thread that sent you the test or its link, to the recruiter who arranged it."
        ),
        "reply_to_the_recruiter": (
            "Reply in the chat or message thread that arranged the interview (WhatsApp, say): the recruiter who "
            "interviewed you reads it themselves. If nothing was arranged in writing, send them a short LinkedIn "
            "message."
        ),
        # The one recruiter who interviewed them, named: by name.
        "reply_to_the_recruiter.named": (
            "Reply in the chat or message thread that arranged the interview (WhatsApp, say): {name}, who "
            "interviewed you, reads it there. If nothing was arranged in writing, send {name} a short LinkedIn "
            "message."
        ),
        "reply_to_the_recruiter.recruiters": (
            "Reply in the chat or message thread that arranged the interview (WhatsApp, say): the recruiters who "
            "interviewed you read it themselves. If nothing was arranged in writing, send the recruiter who "
            "arranged the call a short LinkedIn message."
        ),
        # As the guide's follow-up section says (kapan-mengirim#tindak-lanjut): to whoever runs the process.
        "reply_to_your_thank_you": (
            "Address it to whoever runs the process (the recruiter or HR person who has been writing to you), "
            "or, if there is no such person, to the interviewer you thanked, as a reply in your thread with "
            "them so the context is right there."
        ),
        "reply_to_your_thank_you.assessment": (
            "Address it to whoever runs the process (the recruiter or HR person who has been writing to you), "
            "or, if there is no such person, to the assessor you thanked, as a reply in your thread with them "
            "so the context is right there."
        ),
        "reply_to_your_thank_you.informal": (
            "Address it to whoever runs the process (the recruiter or HR person who has been writing to you), "
            "or, if there is no such person, to the person you thanked, as a reply in your thread with them so "
            "the context is right there."
        ),
        "reply_to_your_thank_you.test": (
            "Address it to the recruiter or whoever arranged your test, as a reply in your thread with them so "
            "the context is right there."
        ),
        "reply_in_thread": (
            "Reply in the chat or message thread that arranged the interview (WhatsApp, say), and ask for your "
            "thanks to be passed on to the interviewer. If nothing was arranged in writing, as after a walk-in "
            "interview or a chat at a job fair, send a short LinkedIn message."
        ),
        "through_recruiter_on_panel.assessment": (
            "Reply in the recruiter's thread that invited you to the test or presentation. The recruiter was "
            "among your assessors, so thank them directly, then name the other assessors and ask for your "
            "thanks to be passed on to them."
        ),
        "reply_in_thread.assessment": (
            "Reply in the chat or message thread that arranged the test or presentation (WhatsApp, say), and "
            "ask for your thanks to be passed on to the assessor. If there is none, send a short LinkedIn message."
        ),
        "reply_in_thread_panel": (
            "Reply in the chat or message thread that arranged the interview (WhatsApp, say), name each "
            "interviewer, and ask for your thanks to be passed on to them. If nothing was arranged in writing, "
            "as after a walk-in interview or a chat at a job fair, a short LinkedIn message to each of them is "
            "the last resort."
        ),
        "reply_in_thread_panel.assessment": (
            "Reply in the chat or message thread that arranged the test or presentation (WhatsApp, say), name "
            "each assessor, "
            "and ask for your thanks to be passed on to them. If there is no such thread, a short LinkedIn "
            "message to each of them is the last resort."
        ),
        "reply_in_thread_recruiter_on_panel": (
            "Reply in the chat or message thread that arranged the interview (WhatsApp, say). The recruiter was "
            "on the panel, so thank them directly, then name the other interviewers and ask for your thanks to "
            "be passed on to them. If nothing was arranged in writing, a short LinkedIn message is the last "
            "resort."
        ),
        "reply_in_thread_recruiter_on_panel.assessment": (
            "Reply in the chat or message thread that arranged the test or presentation (WhatsApp, say). The "
            "recruiter was "
            "among your assessors, so thank them directly, then name the other assessors and ask for your "
            "thanks to be passed on to them. If there is no such thread, a short LinkedIn message is the last "
            "resort."
        ),
        "reply_to_the_recruiter.assessment": (
            "Reply in the chat or message thread that arranged the test or presentation (WhatsApp, say): the "
            "recruiter who assessed you reads it themselves. If there is none, send a short LinkedIn message."
        ),
        # The reader named the recruiter among the people they met: the withdrawal goes to them, by name.
        "withdraw_in_thread.named": (
            "Send it to {name}, the recruiter, as a reply in the email thread where you have been in touch."
        ),
        "withdraw_in_chat.named": (
            "Send it to {name}, the recruiter, as a reply in the chat or message thread where you have been in "
            "touch (WhatsApp, say)."
        ),
        # ... and when they met the one recruiter but gave no name, to "the recruiter", with no "or whoever".
        "withdraw_in_thread.met": (
            "Send it to the recruiter as a reply in the email thread where you have been in touch."
        ),
        "withdraw_in_chat.met": (
            "Send it to the recruiter as a reply in the chat or message thread where you have been in touch "
            "(WhatsApp, say)."
        ),
        "withdraw_in_thread.assessment": (
            "Reply in the email thread that arranged your test or presentation, to the recruiter or whoever has "
            "been your contact so far."
        ),
        "withdraw_in_thread.test": (
            "Reply in the email thread that sent you the test or its link, to the recruiter or whoever has been "
            "your contact so far."
        ),
        "reply_to_news": "Reply directly to the message that brought the news.",
        # A government office or a state-owned company: the selection committee or the personnel office runs it.
        "withdraw_to_committee": (
            "Reply through the channel the selection committee used to contact you, such as the invitation "
            "email, addressed to the committee or the personnel office."
        ),
        "follow_up_to_committee": (
            "Address it to the selection committee or the personnel office, through the channel they used to "
            "contact you (the invitation email, say), as a reply in that thread so the context is right there."
        ),
        "reply_to_committee_invitation": (
            "Reply in the thread that sent you the test or its link, addressed to the selection committee or "
            "the personnel office that arranged it."
        ),
        # No email address: the thread that arranged it is a chat.
        "withdraw_in_chat": (
            "Reply in the chat or message thread that arranged your interview (WhatsApp, say), to the recruiter "
            "or whoever has been your contact so far."
        ),
        "withdraw_in_chat.assessment": (
            "Reply in the chat or message thread that arranged your test or presentation (WhatsApp, say), to the "
            "recruiter or whoever has been your contact so far."
        ),
        "withdraw_in_chat.test": (
            "Reply in the chat or message thread that sent you the test or its link (WhatsApp, say), to the "
            "recruiter or whoever has been your contact so far."
        ),
        "withdraw_in_thread": (
            "Reply in the email thread that arranged your interview, to the recruiter or whoever has been "
            "your contact so far."
        ),
        "official_channel": (
            "Reply through the official channel the selection committee used to invite you, such as the "
            "invitation email or the address given in the announcement, addressed to the committee or the "
            "personnel office. If there is no such channel, you need not send one: do not contact an "
            "interviewer on LinkedIn or by a private number."
        ),
        "official_channel.assessment": (
            "Reply through the official channel the selection committee used to invite you, such as the "
            "invitation email or the address given in the announcement, addressed to the committee or the "
            "personnel office. If there is no such channel, you need not send one: do not contact an "
            "assessor on LinkedIn or by a private number."
        ),
    }
    follow_up = {
        "upcoming": "If you have heard nothing, send one short, polite follow-up message on {first}.",
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
            "date they gave, send one polite follow-up message."
        ),
        "relative.assessment": (
            "If you hear nothing about a week after the test or presentation, or five working days after the "
            "decision date they gave, send one polite follow-up message."
        ),
        "relative.test": (
            "If you hear nothing about a week after the test, or five working days after the decision date "
            "they gave, send one polite follow-up message."
        ),
        "combined.panel": (
            "Thanking them and confirming your interest at once counts as your first follow-up. If there is "
            "still no answer, send one more on {second}, then turn your attention to other opportunities."
        ),
        "combined": (
            "This combined message is your first follow-up. If there is still no answer, send one more on "
            "{second}, then turn your attention to other opportunities."
        ),
        "after_first": "First follow-up: {first}. If it goes unanswered, send one more on {second}, then stop.",
        # After a thank-you already sent, the first follow-up's day with why it falls then (``FollowUp.why``).
        "after_first_their_date": (
            "They said they would decide by {decision_date}. If you hear nothing by then, the first follow-up "
            "comes about five working days after that date{skipped}: {first}. If it goes unanswered, send one more on "
            "{second}, then stop."
        ),
        "after_first_their_date_passed": (
            "The date they gave for a decision ({decision_date}) has passed. Decisions often run a few days late, so the "
            "first follow-up comes about five working days after that date{skipped}: {first}. If it goes unanswered, send "
            "one more on {second}, then stop."
        ),
        "after_first_their_date_overdue": (
            "The date they gave for a decision ({decision_date}) is more than five working days behind you with no "
            "news, so the first follow-up is due now: {first}. If it goes unanswered, send one more on {second}, then stop."
        ),
        "after_first_after_your_thanks": (
            "The first follow-up falls on {first}, five working days after your thank-you ({sent_on}){skipped}: asking for "
            "news any sooner would read as pressing. If it goes unanswered, send one more on {second}, then stop."
        ),
        "after_first_after_your_thanks_overdue": (
            "More than five working days have passed since your thank-you ({sent_on}) with no news, so the first "
            "follow-up is due now: {first}. If it goes unanswered, send one more on {second}, then stop."
        ),
        "after_first_week": (
            "They gave no decision date, so the first follow-up comes about a week after the interview: {first}. "
            "If it goes unanswered, send one more on {second}, then stop."
        ),
        "after_first_week.assessment": (
            "They gave no decision date, so the first follow-up comes about a week after the test or "
            "presentation: {first}. If it goes unanswered, send one more on {second}, then stop."
        ),
        "after_first_week.test": (
            "They gave no decision date, so the first follow-up comes about a week after the test: {first}. If it "
            "goes unanswered, send one more on {second}, then stop."
        ),
        "after_first_week.informal": (
            "They gave no decision date, so the first follow-up comes about a week after the conversation: "
            "{first}. If it goes unanswered, send one more on {second}, then stop."
        ),
        "after_first_week_overdue": (
            "More than a week has passed since the interview with no news, so the first follow-up is due now: "
            "{first}. If it goes unanswered, send one more on {second}, then stop."
        ),
        "after_first_week_overdue.assessment": (
            "More than a week has passed since the test or presentation with no news, so the first follow-up is "
            "due now: {first}. If it goes unanswered, send one more on {second}, then stop."
        ),
        "after_first_week_overdue.test": (
            "More than a week has passed since the test with no news, so the first follow-up is due now: {first}. "
            "If it goes unanswered, send one more on {second}, then stop."
        ),
        "after_first_week_overdue.informal": (
            "More than a week has passed since the conversation with no news, so the first follow-up is due now: "
            "{first}. If it goes unanswered, send one more on {second}, then stop."
        ),
        "relative_after_first": "If this follow-up goes unanswered, send one more about a week later, then stop.",
        "relative_last": (
            "This is the second and last follow-up. If there is still no answer, do not send a third; turn "
            "your attention to other opportunities."
        ),
        "last": (
            "This is the second and last follow-up. If there is still no answer, do not send a third; turn "
            "your attention to other opportunities."
        ),
        "last_after_yours": (
            "Your first follow-up went out on {first}; the second and last comes a week later: {second}. If "
            "there is still no answer, do not send a third; turn your attention to other opportunities."
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
    calendar_summary = "Follow up on your job application"
    calendar_description = {
        "first": (
            "No news since the interview? Send one short, polite follow-up message. If there is still no answer, "
            "send one more a week later, then turn to other opportunities."
        ),
        "first.assessment": (
            "No news since the test or presentation? Send one short, polite follow-up message. If there is still "
            "no answer, send one more a week later, then turn to other opportunities."
        ),
        "first.test": (
            "No news since the test? Send the recruiter one short, polite follow-up message. If there is still no "
            "answer, send one more a week later, then turn to other opportunities."
        ),
        "last": (
            "Still no news? Send your second and last follow-up, short and polite. If it goes unanswered too, "
            "do not send a third; turn to other opportunities."
        ),
    }
    calendar_filename = "follow-up-{date}.ics"
    rule_title = "The rule the checker applies"
    rules = {
        "always_send": "The checker answers “{verdict_send}” after:",
        "always_send_local": (
            "In {settings}, the same answer becomes “{verdict_recommended}”: the habit is less common there, "
            "but a polite email still works in your favour."
        ),
        "may_be_optional": "The checker answers “{verdict_optional}” after:",
        "may_be_optional_unless": (
            "That holds as long as nothing from the “{verdict_send}” list applies too, such as a panel or the "
            "hiring manager joining the call. For a very competitive role the answer becomes "
            "“{verdict_recommended}”."
        ),
        "local_custom": (
            "The checker's answer for each stage and kind of employer, for one interviewer on a video call. A "
            "panel, the hiring manager, or an in-person interview at their premises adds a reason to send."
        ),
        "chances": (
            "For a very competitive role the checker turns “{verdict_optional}” into “{verdict_recommended}”: "
            "when candidates are close, small signals count."
        ),
        "within_24_hours": (
            "The deadline is {hours} hours after the interview ends. During the interviewer's working hours "
            "({start}–{end} on working days) send it then; outside them, schedule it to arrive at {morning} on "
            "their next working day, as long as that is before the deadline. If those {hours} hours end before "
            "{morning} on a working day, the deadline is {morning} that day."
        ),
        "evenings_weekends": (
            "When those {hours} hours end on a weekend ({weekend}) or on one of the interviewer's public "
            "holidays, the deadline moves to their next working day at {until}. The same holds when you are "
            "late: an email written in the evening, at the weekend or on a holiday is scheduled to arrive at "
            "{morning} on their next working day."
        ),
        "late": "The checker tells two cases apart:",
        "late.1": (
            "Past the deadline, but less than {combine_days} days after the interview, or fewer than "
            "{week_working_days} of the interviewer's working days (after a long holiday, say): send a thank-you, "
            "shorter than usual. The first follow-up then comes {gap} working days later at the earliest."
        ),
        "late.2": (
            "{combine_days} days or more after the interview, {week_working_days} of them the interviewer's working "
            "days, with no decision yet: one short email that combines "
            "your thanks with your continued interest. It is also your first follow-up."
        ),
        "late.3": (
            "If the decision date they gave is still ahead, a late thank-you alone is enough; asking how things "
            "stand only makes sense after that date."
        ),
        "time_zones": (
            "Working hours ({start}–{end}), weekends, holidays and the deadline are counted in the interviewer's "
            "time zone, daylight saving included; times are shown on your clock and on theirs."
        ),
        "follow_up": "The follow-up schedule the checker uses:",
        "follow_up.1": "They gave a decision date: about {working_days} working days after it.",
        "follow_up.2": (
            "They gave no date: about {week_days} days after the interview, and {week_working_days} working days "
            "after it at the earliest."
        ),
        "follow_up.3": "Never sooner than {gap} working days after the thank-you goes out.",
        "follow_up.4": "Still no news: once more, {second_days} days after the first follow-up.",
        "follow_up.5": "No more than {max}, all in the same thread; after that, stop.",
        "panel": (
            "When you have each interviewer's address, the checker advises a separate email to each. When you "
            "only have the recruiter's, one email naming them all is enough (see below). Two recruiters sharing "
            "a screening call are not a panel: one short email to the recruiter who arranged it is enough."
        ),
        "no_email_address": "What the checker advises, by the address you have:",
    }
    rule_labels = {
        "final_round": "a final-round interview;",
        "formal_interview": "a first or later interview;",
        "assessment": "a test, case study or presentation that someone assessed live;",
        "panel_interview": "an interview with two or more people (a panel);",
        "senior_interviewer": "an interview with your future manager, a director or another senior leader;",
        "in_person": "an in-person interview at their premises, other than an informal chat.",
        "screening_call": "a short screening call;",
        "informal_chat": "an informal chat;",
        "test_without_interviewer": "a test taken on your own, with no interviewer (a written or online test).",
    }
    rule_contact_cases = {
        "recruiter_only": "**Only the recruiter's address.**",
        "recruiter_on_panel": "**Only the recruiter's address, and the recruiter interviewed you with others.**",
        "recruiter_alone": "**Only the recruiter's address, and the recruiter was your only interviewer.**",
        "none": "**No address at all.**",
        "none_panel": "**No address at all, and more than one interviewer.**",
        "none_government": "**No address at all, at a government office or a state-owned company.**",
    }
    rule_setting_names = {"local": "local companies", "government": "government offices (state-owned companies included)"}
    rule_stage_heading = "Stage"
    verdict_short = {"send": "Yes, send one", "recommended": "We recommend sending one", "optional": "Optional"}
    clock_pattern = "{hour:02d}:{minute:02d}"
    and_word = " and "
    the_recruiter = "the recruiter"
    the_recruiters = "the recruiter's"
    whose_name = "{name}'s"
    named_recruiter = "{name}, the recruiter"
    zone_prompt = "Choose the interviewer's time zone"
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
