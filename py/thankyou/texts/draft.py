"""Words of the email generator: its form, its page, the conventions of address and the phrase banks.

A phrase bank is a tuple of interchangeable sentences, keyed ``slot/register`` (``opening/formal``) or
``slot`` when one bank serves both registers. The generator picks one sentence per slot by the
"another version" number and by the interviewer's place in the panel. Every bank sentence is either a
courtesy (thanks, availability, looking forward, wishes) or a frame around the reader's own words:
no bank sentence states anything about the conversation, the interviewer, the company or the
candidate that the reader did not type. Placeholders:

``{role}`` ``{company}`` the position and the company, as the reader typed them;
``{you}`` how the body refers to the reader of the message (``Bapak``, ``Ibu``, ``Anda``; ``you``);
``{details}`` how and when the interview took place, with its leading space, or nothing;
``{topic}`` ``{strength}`` ``{why}`` ``{forgot}`` ``{next_step}`` the reader's own phrases, fitted
(``phrasing.fit_phrase``); ``{name}`` the reader's own name (chat openings only).

``tests/unit/test_draft.py`` checks every bank: enough sentences, only known placeholders.
"""

from __future__ import annotations

from thankyou.texts import Texts


class DraftTexts(Texts):
    """Slots of the generator. Dict slots are keyed by option or by a fixed code."""

    title: str
    labels: dict[str, str]
    hints: dict[str, str]
    formats: dict[str, str]
    steps: dict[str, str]  # what the message thanks for: the form's options
    addresses: dict[str, str]
    languages: dict[str, str]
    registers: dict[str, str]
    lengths: dict[str, str]
    channels: dict[str, str]
    kinds: dict[str, str]
    attempts: dict[str, str]
    name_forms: dict[str, str]
    times_of_day: dict[str, str]
    offer_replies: dict[str, str]
    # The answer as the page shows it.
    another_version: str
    version: str
    sample_note: str
    panel_note: str
    channel_notes: dict[str, str]
    message_heading: dict[str, str]
    single_heading: dict[str, str]
    recipient_team: str
    to_label: str
    to_unknown: str
    subjects_heading: str
    word_count: str
    character_count: str
    copy_body: str
    copy_subject: str
    open_in_mail: str
    download_eml: str
    review_this: str
    open_example: str
    eml_name: str
    ask_topic: str  # {addressee}, {field}: the page asks for what a topic-less message lacks
    ask_topic_test: str  # {test}, {field}: the same after a test taken alone, where nothing was discussed
    ask_address: str  # {name}, {field}, {both}: a formal greeting that says "Bapak/Ibu" for want of a choice
    # {field}, {written}, {message}: a next round typed in part in the other language, quoted as typed
    ask_next_step_language: str
    ask_none: str
    sources_heading: str
    source_names: dict[str, str]
    # One message in the recruiter's thread instead of one per interviewer.
    send_to_options: dict[str, str]
    recruiter_places: dict[str, str]  # "" (not on the panel) and "1".."5": "the recruiter is interviewer N"
    recruiter_note: str
    reply_notes: dict[str, str]  # by kind: an email about the process is a reply in a thread (the checker's words)
    other_interviewers: dict[str, str]  # "one", "many"; "all_one", "all_many" when none is named: nameless interviewers
    titled_third: dict[str, str]  # a nameless interviewer by title, in a sentence ("Bapak/Ibu {title}", "the {title}")
    them: dict[str, str]  # "one" (and "one_male", "one_female"), "many": how the request refers back to them
    list_pair: str  # two names: "{first} dan {last}"
    list_last: str  # three or more: "{rest} dan {last}" ("A, B dan C"), "{rest}, and {last}" ("A, B, and C")
    show_words: str  # the toggle that shows which sentences are the reader's words
    show_words_note: str
    # The message edited in place, reviewed as the reader types, and the ways to send it.
    edit_label: str  # the editable body's label
    edit_hint: str
    edited_note: str  # the reader's edit is kept; the form changed since
    take_new_draft: str
    review_error: str  # {message}: the reviewer could not read the edited text
    send_heading: str
    share: str  # the phone's share sheet (WhatsApp, LinkedIn)
    share_hint: str
    reminder: str  # the follow-up reminder (.ics), {date}
    # The command line's plain text.
    plain_subjects: str
    plain_words: str
    # Conventions of address: how a message greets, refers to and takes leave of its reader.
    format_phrases: dict[str, str]
    tests: dict[str, str]  # a test taken alone, as a sentence names it ({test}): "tes tertulis", "the written test"
    # Words that make the next round a test or a check-up, where no one is met again ("psikotes online",
    # "medical check-up"): its confirmation looks forward to the stage, not to "meeting the team again".
    test_rounds: str  # the words, spaced
    date_phrase: str
    pronouns: dict[str, str]  # by form of address: how the body refers to the reader
    formal_honorifics: dict[str, str]  # before a name in a formal greeting ("Bapak", "Mr.")
    short_honorifics: dict[str, str]  # before a name in a greeting by time of day ("Pak", "Bu")
    unnamed: dict[str, str]
    post_at_company: str  # {post}, {company}: a post typed with its company for the name
    titled_unnamed: dict[str, str]
    # An office or calling typed before a name that a greeting names the person by ("Duta Besar" → "Dear
    # Ambassador Wirajuda,", "Capt." → "Dear Captain Hartono,"); keys as the title is typed, folded, no full stop.
    offices: dict[str, str]
    # A post typed where a name goes, or as the title of an unnamed person ("Kepala HRD" → "Head of HR"):
    # posts by their folded words ("{unit}": the rest, a unit of ``units``), units by their folded word.
    posts: dict[str, str]
    units: dict[str, str]
    team_addressee: str
    committee_addressee: str
    # A group typed as the person ("Team HR Accenture", "Tim HR", "Panitia Seleksi"), by its kind (``team``,
    # ``committee``, ``department``): {unit} (the unit's words, in the message's language, or the kind's own
    # when none was typed), {company}, {group} (the group's word as typed, for a department).
    group_addressees: dict[str, str]
    group_units: dict[str, str]  # a unit typed in a group's name, folded, as the message's language names it
    group_third: str  # {group}: a group named in a sentence ("the Selection Committee", "Panitia Seleksi")
    group_words: dict[str, str]  # a department's word as typed, folded, as the language writes it ("bagian" → "Department")
    group_default_units: dict[str, str]  # by kind: the unit a group typed without one is named by
    # "register_group" (group: email, letter = LinkedIn, card, chat), first_name(_card), and optionally
    # "STYLE_unnamed" (the style for a team or an unnamed person, when it differs) -> greetings key
    conventions: dict[str, str]
    greetings: dict[str, str]  # letter_opening, letter, time, first_name: whole greeting lines
    times: dict[str, str]
    sign_offs: dict[str, str]
    subjects: dict[str, tuple[str, ...]]  # by kind
    subject_fallbacks: dict[str, tuple[str, ...]]
    # Phrase banks, keyed "slot/register" or "slot" when one bank serves both registers.
    banks: dict[str, tuple[str, ...]]


class Indonesian(DraftTexts):
    lang = "id"
    title = "Pembuat email terima kasih"
    labels = {
        "name": "Nama Anda",
        "company": "Perusahaan",
        "role": "Posisi yang dilamar",
        "contact": "Kontak Anda",
        "interview_date": "Tanggal wawancara",
        "interview_date@test": "Tanggal tes",
        "format": "Bentuk wawancara",
        "step": "Yang Anda ikuti",
        "interviewers": "Pewawancara",
        "interviewers.item": "Pewawancara {n}",
        "interviewers.name": "Nama pewawancara",
        "interviewers.title": "Jabatan",
        "interviewers.address": "Sapaan",
        "interviewers.email": "Alamat email pewawancara",
        "interviewers.topic": "Hal spesifik yang dibahas dengannya",
        # After a test taken alone the one message goes to whoever arranged it: no one was interviewed.
        "interviewers@test": "Yang mengatur tes",
        "interviewers.item@test": "Penerima {n}",
        "interviewers.name@test": "Nama penerima",
        "interviewers.email@test": "Alamat email penerima",
        "interviewers.topic@test": "Bagian tes yang berkesan",
        "strength": "Kekuatan atau pengalaman yang ingin ditegaskan",
        "forgot": "Hal yang lupa Anda sampaikan",
        "why": "Alasan Anda menginginkan posisi ini",
        "lang": "Bahasa pesan",
        "register": "Gaya bahasa",
        "length": "Panjang",
        "channel": "Dikirim lewat",
        "variant": "Versi",
        "follow_up_on": "Tanggal pengingat tindak lanjut",
        "edit.text": "Isi pesan", "edit.base": "Isi pesan",
        "sample": "Contoh",
        "kind": "Jenis pesan",
        "attempt": "Pesan ke-",
        "interviewers.name_form": "Nama di salam bahasa Inggris",
        "time_of_day": "Salam waktu",
        "next_step": "Tahap berikutnya (dari undangan)",
        "offer_reply": "Jawaban Anda atas tawaran",
        "send_to": "Dikirim kepada",
        "recruiter_interviewer": "Perekrut ikut mewawancarai sebagai",
        "recruiter_name": "Nama perekrut",
        "recruiter_address": "Sapaan untuk perekrut",
        "recruiter_email": "Alamat email perekrut",
    }
    hints = {
        "name": "Wajib diisi, seperti yang akan tertulis di tanda tangan.",
        "company": "Wajib diisi, misalnya: PT Sinar Data Nusantara.",
        "role": "Wajib diisi, misalnya: Analis Data.",
        "contact": "Nomor telepon, email, atau tautan LinkedIn/portofolio untuk tanda tangan.",
        "interviewers.name": "Nama dan gelarnya (misalnya Dr. Rina Wijaya, M.M.); sapaan dipilih di bawah, jadi tidak perlu menulis Bapak/Ibu.",
        "interviewers.name_form": "Banyak nama Indonesia tidak punya nama keluarga: pilih bentuk yang dipakai orang ini.",
        "kind": "Pemeriksa memilihkan jenis ini bila Anda datang dari sana.",
        "step": (
            "Tes tanpa pewawancara (tes tertulis, psikotes, tes teknis): pesannya menyebut tes itu, bukan "
            "wawancara, dan cukup satu pesan singkat untuk orang yang mengaturnya."
        ),
        "next_step": "Misalnya: wawancara dengan direktur pada Kamis, 3 Desember, pukul 10.00.",
        "interviewers.address": "Anda yang memilih; alat ini tidak menebak dari nama.",
        "interviewers.topic": "Frasa singkat, misalnya: rencana migrasi data ke cloud. Tanpa topik, pesannya lebih pendek dan umum.",
        "interviewers.name@test": (
            "Biasanya perekrut atau staf HR yang mengirim undangan tes. Nama dan gelarnya saja; sapaan dipilih di "
            "bawah. Pesan dikirim hanya kepada penerima pertama."
        ),
        "interviewers.topic@test": "Frasa singkat, misalnya: studi kasus rantai pasok. Boleh dikosongkan.",
        "strength": "Frasa singkat, misalnya: pengalaman tiga tahun menangani pelanggan korporat.",
        "forgot": "Misalnya: saya juga memegang sertifikasi Google Data Analytics.",
        "why": "Misalnya: saya ingin membangun produk yang dipakai pelaku UMKM setiap hari.",
        "variant": "Tombol “Versi lain” menggantinya; angka yang sama selalu menghasilkan teks yang sama.",
        "follow_up_on": "Kosongkan agar dihitung seperti pemeriksa: sekitar seminggu setelah wawancara.",
        "follow_up_on@test": "Kosongkan agar dihitung seperti pemeriksa: sekitar seminggu setelah tes.",
        "send_to": (
            "Jika Anda hanya punya alamat perekrut, pilih satu pesan untuk perekrut dan kirim sebagai balasan "
            "di utas email undangan: subjeknya tetap “Re: …” seperti yang dibuat aplikasi email Anda."
        ),
        "recruiter_interviewer": (
            "Jika perekrut ikut mewawancarai, pilih nomornya: ucapan terima kasih menyebut bagiannya sendiri, "
            "dan pesan tentang proses seleksi (tindak lanjut, balasan kabar) ditujukan kepadanya."
        ),
        "recruiter_name": (
            "Pesan tentang proses seleksi ditujukan kepada perekrut bila Anda mengisinya. Kosongkan jika tidak tahu: "
            "ucapan terima kasih ditujukan kepada tim rekrutmen, pesan lain kepada pewawancara pertama."
        ),
    }
    formats = {"": "Tidak disebutkan", "phone": "Telepon", "video": "Panggilan video", "in_person": "Tatap muka"}
    steps = {
        "interview": "Wawancara",
        "test": "Tes tanpa pewawancara",
        "written_test": "Tes tertulis",
        "psychological_test": "Psikotes",
        "technical_test": "Tes teknis",
    }
    addresses = {
        "bapak": "Bapak",
        "ibu": "Ibu",
        "mr": "Mr.",
        "ms": "Ms.",
        "mrs": "Mrs.",
        "mas": "Mas",
        "mbak": "Mbak",
        "kak": "Kak",
        "first_name": "Nama depan saja",
        "none": "Tanpa sapaan",
    }
    languages = {"id": "Bahasa Indonesia", "en": "English"}
    registers = {"formal": "Formal", "semi_formal": "Semiformal"}
    lengths = {"short": "Singkat", "standard": "Standar"}
    channels = {"email": "Email", "linkedin": "Pesan LinkedIn", "whatsapp": "WhatsApp", "card": "Kartu tulisan tangan"}

    another_version = "Versi lain"
    version = "Versi {number}"
    sample_note = (
        "Ini contoh dengan nama rekaan. Isi nama, perusahaan, dan posisi Anda untuk membuat pesan Anda sendiri."
    )
    panel_note = "Satu pesan untuk setiap pewawancara, masing-masing disusun di sekitar orang dan topiknya sendiri."
    channel_notes = {
        "email": "Pilih salah satu subjek, lalu salin isinya, buka di aplikasi email, atau unduh sebagai draf .eml.",
        "linkedin": (
            "Pesan LinkedIn dijaga di bawah 1.900 karakter, di bawah batas 2.000 karakter yang disebut "
            "LinkedIn untuk isi InMail. Catatan undangan koneksi jauh lebih pendek (200 karakter untuk akun gratis), "
            "jadi kirim pesan ini setelah terhubung."
        ),
        "whatsapp": "Pesan WhatsApp dibuat singkat dan tanpa subjek. Kirim pada jam kerja.",
        "card": "Teks kartu dibuat singkat agar muat ditulis tangan di satu sisi kartu.",
    }
    message_heading = {
        "email": "Email {number} dari {count}: {recipient}",
        "linkedin": "Pesan LinkedIn {number} dari {count}: {recipient}",
        "whatsapp": "Pesan WhatsApp {number} dari {count}: {recipient}",
        "card": "Kartu {number} dari {count}: {recipient}",
    }
    single_heading = {
        "email": "Email untuk {recipient}",
        "linkedin": "Pesan LinkedIn untuk {recipient}",
        "whatsapp": "Pesan WhatsApp untuk {recipient}",
        "card": "Kartu untuk {recipient}",
    }
    recipient_team = "tim rekrutmen"
    to_label = "Kepada"
    to_unknown = "alamat email belum diisi"
    subjects_heading = "Pilihan subjek"
    word_count = "{count} kata"
    character_count = "{count} karakter (batas {limit})"
    copy_body = "Salin isi pesan"
    copy_subject = "Salin subjek"
    open_in_mail = "Buka di aplikasi email"
    download_eml = "Unduh draf .eml"
    review_this = "Tinjau draf ini"
    open_example = "Ubah contoh ini di pembuat email"
    eml_name = "terima-kasih"
    plain_subjects = "Pilihan subjek"
    plain_words = "kata"

    kinds = {
        "thank_you": "Terima kasih setelah wawancara",
        "late_thank_you": "Terima kasih yang terlambat (beberapa hari)",
        "thank_you_and_follow_up": "Terima kasih sekaligus menanyakan kabar (sekitar seminggu)",
        "follow_up": "Menanyakan kabar proses seleksi",
        "reply_to_rejection": "Membalas kabar penolakan",
        "withdrawal": "Mengundurkan diri dari proses seleksi",
        "confirm_next_round": "Mengonfirmasi tahap berikutnya",
        "reply_to_offer": "Membalas tawaran kerja",
    }
    attempts = {"1": "Pertama", "2": "Kedua (setelah tidak ada balasan)"}
    name_forms = {
        "family": "Gelar + nama belakang (Ms. Wijaya)",
        "given": "Gelar + nama depan (Ms. Rina)",
        "full": "Gelar + nama lengkap (Ms. Rina Wijaya)",
    }
    times_of_day = {"": "Sesuai jam kirim (jam kerja)", "morning": "Pagi", "midday": "Siang", "afternoon": "Sore", "evening": "Malam"}
    offer_replies = {"consider": "Berterima kasih dan mempelajari tawaran dulu", "accept": "Menerima tawaran",
                     "decline": "Menolak tawaran dengan baik"}
    ask_topic = "Apa yang Anda bahas dengan {addressee}? Tulis satu hal di kolom “{field}”: pesannya jadi lebih personal."
    ask_topic_test = (
        "Ada bagian {test} yang berkesan, misalnya sebuah studi kasus? Tulis di kolom “{field}”: pesannya jadi "
        "lebih personal."
    )
    ask_address = ("Bapak atau Ibu untuk {name}? Surat dan pesan resmi menyapa dengan salah satunya: pilih di kolom “{field}”. "
                   "Sampai Anda memilih, tertulis “{both}”.")
    ask_none = "Tanpa topik, pesan ini hanya berisi ucapan terima kasih: alat ini tidak mengarang isi percakapan."
    ask_next_step_language = (
        "Sebagian isi kolom “{field}” tampaknya berbahasa {written}, sedangkan pesannya berbahasa {message}. "
        "Pesan ini mengutipnya apa adanya: tulis ulang dalam bahasa {message} di kolom itu agar bahasanya tidak bercampur."
    )
    sources_heading = "Kata-kata Anda di pesan ini"
    source_names = {
        "topic": "topik", "strength": "kekuatan", "why": "alasan", "forgot": "hal yang terlupa",
        "next_step": "tahap berikutnya", "name": "nama pewawancara", "courtesy": "kalimat sopan santun",
    }

    send_to_options = {
        "each": "Satu pesan untuk setiap pewawancara",
        "recruiter": "Satu pesan untuk perekrut, yang menyebut semua pewawancara",
    }
    recruiter_places = {
        "": "Tidak ikut mewawancarai",
        "1": "Pewawancara 1", "2": "Pewawancara 2", "3": "Pewawancara 3", "4": "Pewawancara 4", "5": "Pewawancara 5",
    }
    reply_notes = {
        "follow_up": (
            "Kirim sebagai balasan di utas ucapan terima kasih Anda (atau di utas perekrut yang selama ini "
            "menghubungi Anda), agar konteksnya langsung terlihat. Aplikasi email Anda menulis subjeknya sendiri "
            "(“Re: …”); biarkan subjek itu. Subjek di bawah hanya untuk email baru, jika tidak ada utas untuk dibalas."
        ),
        "news": (
            "Kirim sebagai balasan langsung atas pesan yang membawa kabar itu. Aplikasi email Anda menulis subjeknya "
            "sendiri (“Re: …”); biarkan subjek itu. Subjek di bawah hanya untuk email baru, jika kabarnya datang "
            "lewat telepon."
        ),
        "withdrawal": (
            "Kirim sebagai balasan di utas email yang mengatur wawancara Anda. Aplikasi email Anda menulis "
            "subjeknya sendiri (“Re: …”); biarkan subjek itu. Subjek di bawah hanya untuk email baru, jika tidak "
            "ada utas untuk dibalas."
        ),
    }
    recruiter_note = (
        "Satu pesan untuk perekrut: balas email undangan wawancara agar pesan ini masuk ke utas yang sama. "
        "Aplikasi email Anda menulis subjeknya sendiri (“Re: …”); biarkan subjek itu, jangan diganti. "
        "Pesan ini berterima kasih kepada perekrut, menyebut setiap pewawancara sekali, dan meminta perekrut "
        "meneruskan ucapan terima kasih Anda."
    )
    other_interviewers = {"one": "pewawancara lainnya", "many": "para pewawancara lainnya",
                          "all_one": "pewawancara saya", "all_many": "para pewawancara saya"}
    titled_third = {"male": "Bapak {title}", "female": "Ibu {title}", "neutral": "Bapak/Ibu {title}"}
    them = {"one": "beliau", "one_male": "beliau", "one_female": "beliau", "many": "mereka"}
    their = {"one": "beliau", "one_male": "beliau", "one_female": "beliau", "many": "mereka"}  # not said: "-nya"
    # Grammar a message says as often as it needs, which no reader counts (the generator's repetition check).
    grammar_words = frozenset("dengan untuk dalam dapat bahwa sangat kepada telah akan".split())
    list_pair = "{first} dan {last}"
    list_last = "{rest}, dan {last}"
    edit_label = "Isi pesan (bisa Anda ubah langsung di sini)"
    edit_hint = (
        "Selama belum Anda ubah, pesan ini mengikuti isian di atas. Setelah Anda ubah, teks Anda yang dipakai, "
        "dan pesan diperiksa setiap kali Anda mengetik."
    )
    edited_note = "Anda sudah mengubah pesan ini, lalu isian di atas berubah. Teks Anda tetap dipakai."
    take_new_draft = "Pakai draf baru"
    review_error = "Pesan ini belum bisa diperiksa: {message}"
    send_heading = "Kirim"
    share = "Bagikan ke aplikasi lain…"
    share_hint = "Buka menu bagikan di ponsel Anda, lalu pilih WhatsApp atau LinkedIn."
    reminder = "Simpan pengingat tindak lanjut untuk {date} (.ics)"
    show_words = "Tampilkan kata-kata Anda"
    show_words_note = (
        "Kalimat yang ditandai berasal dari isian Anda; nama kolomnya tertulis dalam kurung siku. "
        "Kalimat lain adalah kalimat sopan santun. Tanda ini tidak ikut tersalin."
    )

    format_phrases = {"phone": "melalui telepon", "video": "melalui panggilan video", "in_person": "secara tatap muka"}
    tests = {"test": "tes seleksi", "written_test": "tes tertulis", "psychological_test": "psikotes",
             "technical_test": "tes teknis"}
    test_rounds = "psikotes psikotest psikologi tes test asesmen assessment psikometri ujian mcu medical kesehatan toefl toeic tertulis kuis quiz coding"
    date_phrase = "pada {day} {month}"
    pronouns = {
        "bapak": "Bapak", "ibu": "Ibu", "mas": "Mas", "mbak": "Mbak", "kak": "Kakak",
        "neutral": "Anda", "team": "Bapak/Ibu",
    }
    formal_honorifics = {"bapak": "Bapak", "ibu": "Ibu", "mas": "Bapak", "mbak": "Ibu", "mr": "Bapak", "ms": "Ibu", "mrs": "Ibu"}
    short_honorifics = {"bapak": "Pak", "ibu": "Bu", "mas": "Mas", "mbak": "Mbak", "kak": "Kak", "mr": "Pak", "ms": "Bu", "mrs": "Bu"}
    unnamed = {"male": "Bapak", "female": "Ibu", "neutral": "Bapak/Ibu"}
    titled_unnamed = {"male": "Bapak {title}", "female": "Ibu {title}", "neutral": "Bapak/Ibu {title}"}
    post_at_company = "{post} {company}"
    offices = {"duta besar": "Duta Besar", "dubes": "Dubes", "konsul jenderal": "Konsul Jenderal", "menteri": "Menteri",
               "gubernur": "Gubernur", "wali kota": "Wali Kota", "rektor": "Rektor", "dekan": "Dekan",
               "capt": "Capt.", "kapten": "Kapten", "romo": "Romo", "pastor": "Pastor", "suster": "Suster", "sr": "Sr.",
               "pdt": "Pdt."}
    posts = {"kepala {unit}": "Kepala {unit}", "manajer {unit}": "Manajer {unit}", "manager {unit}": "Manager {unit}", "direktur {unit}": "Direktur {unit}",
             "koordinator {unit}": "Koordinator {unit}", "kepala sekolah": "Kepala Sekolah", "kepala cabang": "Kepala Cabang",
             "direktur utama": "Direktur Utama", "presiden direktur": "Presiden Direktur", "{unit}": "{unit}",
             "kepala toko": "Kepala Toko",
             "user": "User", **offices}
    units = {"hrd": "HRD", "hr": "HR", "sdm": "SDM", "personalia": "Personalia", "keuangan": "Keuangan",
             "pemasaran": "Pemasaran", "penjualan": "Penjualan", "produksi": "Produksi", "operasional": "Operasional",
             "gudang": "Gudang", "it": "IT", "rekrutmen": "Rekrutmen", "umum": "Umum"}
    team_addressee = "Tim Rekrutmen {company}"
    committee_addressee = "Panitia Seleksi {company}"  # no one named at a government body
    # A committee is named by what it selects for ("Yth. Panitia Seleksi,"), as English names it.
    group_addressees = {"team": "Tim {unit} {company}", "committee": "Panitia {unit}",
                        "department": "{group} {unit} {company}"}
    group_units = {"hr": "HR", "hrd": "HRD", "sdm": "SDM", "personalia": "Personalia", "rekrutmen": "Rekrutmen",
                   "recruitment": "Rekrutmen", "recruiting": "Rekrutmen", "hiring": "Rekrutmen", "seleksi": "Seleksi",
                   "selection": "Seleksi", "talent acquisition": "Talent Acquisition", "human resources": "SDM",
                   "people": "People", "people and culture": "People and Culture", "ta": "Talent Acquisition",
                   "rekrutmen dan seleksi": "Rekrutmen dan Seleksi", "penerimaan": "Penerimaan",
                   # Other units a team is named by (an office's own units are ``units``), in either language.
                   "kreatif": "Kreatif", "creative": "Kreatif", "finance": "Keuangan", "marketing": "Pemasaran",
                   "sales": "Penjualan", "production": "Produksi", "operations": "Operasional",
                   "teknologi": "Teknologi", "technology": "Teknologi", "engineering": "Engineering",
                   "desain": "Desain", "design": "Desain", "hukum": "Hukum", "legal": "Legal", "konten": "Konten",
                   "content": "Konten", "produk": "Produk", "product": "Produk", "data": "Data",
                   "pengadaan": "Pengadaan", "procurement": "Pengadaan", "akuntansi": "Akuntansi",
                   "accounting": "Akuntansi", "redaksi": "Redaksi", "editorial": "Redaksi",
                   "layanan pelanggan": "Layanan Pelanggan", "customer service": "Layanan Pelanggan", "user": "User"}
    group_default_units = {"team": "Rekrutmen", "committee": "Seleksi", "department": "HRD"}
    group_third = "{group}"
    group_words = {"divisi": "Divisi", "departemen": "Departemen", "department": "Departemen", "bagian": "Bagian"}
    # Which greeting each situation takes (FACTS: "Indonesian letter conventions", "Address and register"):
    # a formal email opens with Yth. and "Dengan hormat,"; a card or LinkedIn message with Yth. alone;
    # a chat, and a semi-formal email or LinkedIn message, with a greeting by time of day and no Yth.
    # (a card is read at no particular hour, so it keeps Yth.).
    conventions = {
        "formal_email": "letter_opening", "formal_letter": "letter", "formal_card": "letter", "formal_chat": "time",
        "semi_formal_email": "time", "semi_formal_letter": "time", "semi_formal_card": "letter",
        "semi_formal_chat": "time", "first_name": "time", "first_name_card": "letter",
        # English's "Hello" (``semi``) has no counterpart here: the semi-formal greeting is by time of day,
        # to a name or a team alike, so neither of these is chosen; they keep the languages' shape.
        "semi_unnamed": "letter",
    }
    greetings = {
        "letter_opening": "Yth. {addressee},\n\nDengan hormat,",
        "letter": "Yth. {addressee},",
        "semi": "Halo, {addressee},",
        "time": "Selamat {time}, {addressee},",
        "first_name": "Halo, {addressee},",
    }
    times = {"morning": "pagi", "midday": "siang", "afternoon": "sore", "evening": "malam"}
    sign_offs = {"formal": "Hormat saya,", "semi_formal": "Salam hangat,"}
    subjects = {
        "thank_you": (
            "Terima kasih atas wawancara posisi {role}",
            "Terima kasih – wawancara {role} di {company}",
            "Wawancara {role}: terima kasih dari {name}",
            "Terima kasih atas waktunya – {name}",
            "Ucapan terima kasih dari {name}, kandidat {role}",
        ),
        "late_thank_you": (
            "Terima kasih atas wawancara posisi {role}",
            "Terima kasih – wawancara {role} di {company}",
            "Ucapan terima kasih dari {name}, kandidat {role}",
        ),
        "thank_you_and_follow_up": (
            "Terima kasih dan tindak lanjut wawancara {role}",
            "Wawancara posisi {role}: terima kasih dan pertanyaan",
            "Tindak lanjut wawancara {role} – {name}",
        ),
        "follow_up": (
            "Tindak lanjut wawancara posisi {role}",
            "Perkembangan seleksi posisi {role} – {name}",
            "Menanyakan perkembangan: {role} di {company}",
        ),
        "reply_to_rejection": (
            "Terima kasih atas kabarnya – posisi {role}",
            "Re: hasil seleksi posisi {role}",
            "Terima kasih atas prosesnya – {name}",
        ),
        "withdrawal": (
            "Pengunduran diri dari seleksi posisi {role}",
            "Seleksi posisi {role}: pengunduran diri – {name}",
            "Pengunduran diri dari proses seleksi – {name}",
        ),
        "confirm_next_round": (
            "Konfirmasi tahap berikutnya – posisi {role}",
            "Konfirmasi kehadiran: seleksi {role} – {name}",
            "Re: undangan tahap berikutnya posisi {role}",
        ),
        "reply_to_offer": (
            "Tanggapan atas tawaran posisi {role}",
            "Re: tawaran kerja posisi {role} – {name}",
            "Tawaran posisi {role}: terima kasih dari {name}",
        ),
        "thank_you/test": (
            "Terima kasih atas kesempatan {test} – {role}",
            "Terima kasih – {test} posisi {role} di {company}",
            "Terima kasih atas kesempatan {test} – {name}",
            "Ucapan terima kasih dari {name}, kandidat {role}",
            "Terima kasih atas kesempatannya – {name}",
        ),
        "late_thank_you/test": (
            "Terima kasih atas kesempatan {test} – {role}",
            "Terima kasih – {test} posisi {role} di {company}",
            "Ucapan terima kasih dari {name}, kandidat {role}",
        ),
        "thank_you_and_follow_up/test": (
            "Terima kasih dan tindak lanjut – {test} {role}",
            "Tindak lanjut {test} posisi {role} – {name}",
            "Terima kasih dan pertanyaan – {name}",
        ),
        "follow_up/test": (
            "Tindak lanjut {test} posisi {role}",
            "Perkembangan seleksi posisi {role} – {name}",
            "Menanyakan perkembangan: {role} di {company}",
        ),
    }
    # When the subjects above are too long (a long role or company), these come next: the role alone,
    # then the reader's name, and last the words alone, which the reviewer calls vague (any inbox
    # holds ten of them), for a role and a name both too long to fit.
    subject_fallbacks = {
        "thank_you/test": ("Terima kasih atas {test} – {name}", "Ucapan terima kasih dari {name}",
                           "Terima kasih atas kesempatan {test}", "Ucapan terima kasih setelah {test}"),
        "late_thank_you/test": ("Terima kasih atas {test} – {name}", "Ucapan terima kasih dari {name}",
                                "Terima kasih atas kesempatan {test}"),
        "thank_you_and_follow_up/test": ("Tindak lanjut {test} – {name}", "Terima kasih dan pertanyaan dari {name}",
                                         "Tindak lanjut setelah {test}"),
        "follow_up/test": ("Tindak lanjut lamaran {role}", "Tindak lanjut {test} – {name}", "Perkembangan seleksi – {name}",
                           "Menanyakan perkembangan seleksi"),
        "thank_you": ("Wawancara {role} – terima kasih", "Terima kasih atas wawancara – {name}",
                      "Ucapan terima kasih dari {name}", "Terima kasih atas wawancara",
                      "Ucapan terima kasih setelah wawancara", "Terima kasih atas kesempatan wawancara"),
        "late_thank_you": ("Wawancara {role} – terima kasih", "Terima kasih atas wawancara – {name}",
                           "Ucapan terima kasih dari {name}", "Terima kasih atas wawancara",
                           "Ucapan terima kasih setelah wawancara"),
        "thank_you_and_follow_up": ("Tindak lanjut wawancara {role}", "Terima kasih dan tindak lanjut – {name}",
                                    "Terima kasih dan pertanyaan dari {name}", "Terima kasih dan tindak lanjut wawancara",
                                    "Tindak lanjut setelah wawancara"),
        "follow_up": ("Tindak lanjut lamaran {role}", "Tindak lanjut wawancara – {name}",
                      "Perkembangan seleksi – {name}", "Tindak lanjut wawancara", "Menanyakan perkembangan seleksi"),
        "reply_to_rejection": ("Hasil seleksi {role} – terima kasih", "Terima kasih atas kabarnya – {name}",
                               "Terima kasih atas kabarnya", "Terima kasih atas proses seleksinya"),
        "withdrawal": ("Pengunduran diri: {role}", "Pengunduran diri – {name}", "Pengunduran diri dari proses seleksi",
                       "Pemberitahuan pengunduran diri"),
        "confirm_next_round": ("Konfirmasi seleksi {role}", "Konfirmasi tahap berikutnya – {name}",
                               "Konfirmasi tahap berikutnya", "Konfirmasi kehadiran seleksi"),
        "reply_to_offer": ("Tawaran {role}: tanggapan saya", "Tanggapan atas tawaran kerja – {name}",
                           "Tanggapan atas tawaran kerja", "Terima kasih atas tawaran kerja"),
    }

    banks = {
        # ---- thank_you: one message per interviewer ----
        "opening/formal": (
            "Terima kasih atas waktu yang {you} luangkan dalam wawancara{details} untuk posisi {role} di {company}.",
            "Saya mengucapkan terima kasih atas kesempatan mengikuti wawancara{details} untuk posisi {role} di {company}.",
            "Terima kasih telah menerima saya dalam wawancara{details} sebagai kandidat {role} di {company}.",
            "Saya ingin menyampaikan terima kasih atas wawancara{details} di {company} untuk posisi {role}.",
            "Terima kasih atas kesempatan berdiskusi dengan {you} dalam wawancara{details} mengenai posisi {role} di {company}.",
        ),
        "opening/semi_formal": (
            "Terima kasih telah meluangkan waktu untuk mewawancarai saya{details} sebagai kandidat {role} di {company}.",
            "Terima kasih atas kesempatan wawancara{details} untuk posisi {role} di {company}.",
            "Saya senang bisa berbincang dengan {you} dalam wawancara{details} di {company} untuk posisi {role}.",
            "Terima kasih atas waktu {you} dalam wawancara{details} sebagai kandidat {role} di {company}.",
            "Terima kasih untuk wawancara{details} mengenai posisi {role} di {company}.",
        ),
        "chat_opening/formal": (
            "Saya {name}, kandidat yang mengikuti wawancara{details} untuk posisi {role} di {company}. "
            "Terima kasih atas waktu yang {you} luangkan.",
            "Saya {name}. Terima kasih atas kesempatan wawancara{details} untuk posisi {role} di {company}.",
            "Saya {name}, kandidat posisi {role} di {company}. Terima kasih telah mewawancarai saya{details}.",
            "Saya {name}, yang {you} wawancarai{details} untuk posisi {role} di {company}. Terima kasih atas waktu {you}.",
            "Saya {name}. Saya ingin berterima kasih atas wawancara{details} untuk posisi {role} di {company}.",
        ),
        "chat_opening/semi_formal": (
            "Saya {name}, yang mengikuti wawancara{details} untuk posisi {role} di {company}. Terima kasih banyak atas waktunya.",
            "Saya {name}. Terima kasih sudah meluangkan waktu untuk wawancara{details} mengenai posisi {role} di {company}.",
            "Saya, {name}, ingin berterima kasih atas wawancara{details} untuk posisi {role} di {company}.",
            "Saya {name}, kandidat posisi {role} di {company}. Terima kasih atas wawancaranya{details}.",
            "Saya {name}. Terima kasih atas kesempatan berbincang dengan {you}{details} tentang posisi {role} di {company}.",
        ),
        "topic/formal": (
            "Saya sangat menghargai pembahasan mengenai {topic}.",
            "Bagian percakapan yang paling berkesan bagi saya adalah diskusi tentang {topic}.",
            "Kesempatan membahas {topic} bersama {you} sangat berharga bagi saya.",
            "Diskusi mengenai {topic} memberi saya bahan pemikiran yang berharga.",
            "Saya senang kita dapat membahas {topic}.",
        ),
        # A topic typed as a clause ("Ibu menjelaskan bahwa tim sedang membangun gudang data baru").
        "topic_clause": (
            "Saya senang mendengar bahwa {topic}.",
            "Penjelasan bahwa {topic} sangat menarik bagi saya.",
            "Saya terkesan mendengar bahwa {topic}.",
            "Menarik sekali mengetahui bahwa {topic}.",
            "Saya senang mengetahui bahwa {topic}.",
        ),
        "topic/semi_formal": (
            "Saya senang kita bisa membahas {topic}.",
            "Obrolan tentang {topic} menjadi bagian yang paling saya ingat.",
            "Bertukar pikiran tentang {topic} sangat berkesan bagi saya.",
            "Diskusi soal {topic} sangat menarik bagi saya.",
            "Pembahasan kita tentang {topic} sangat saya hargai.",
        ),
        "strength/formal": (
            "Saya yakin {strength} dapat menjadi bekal yang berguna bagi tim.",
            "Dalam pekerjaan ini, saya akan memanfaatkan {strength} sebaik-baiknya.",
            "Menurut saya, {strength} relevan dengan pekerjaan ini.",
        ),
        "strength_clause/formal": (
            "Saya ingin menambahkan bahwa {strength}.",
            "Perlu saya tegaskan pula bahwa {strength}.",
            "Satu hal yang ingin saya tegaskan kembali: {strength}.",
        ),
        # A list of unlike items ("SQL, teliti, dan pernah memimpin tim"): said after a colon.
        "strength_list/formal": (
            "Beberapa hal yang dapat saya bawa ke dalam tim: {strength}.",
            "Bekal yang dapat saya tawarkan untuk pekerjaan ini: {strength}.",
            "Izinkan saya merangkum kekuatan saya: {strength}.",
        ),
        "strength_list/semi_formal": (
            "Beberapa hal yang bisa saya bawa ke tim: {strength}.",
            "Yang bisa saya tawarkan untuk pekerjaan ini: {strength}.",
            "Singkatnya, kekuatan saya: {strength}.",
        ),
        "strength/semi_formal": (
            "Saya rasa {strength} bisa menjadi nilai tambah bagi tim.",
            "Saya yakin {strength} akan berguna dalam pekerjaan ini.",
            "Saya ingin memanfaatkan {strength} dalam pekerjaan ini.",
        ),
        "strength_clause/semi_formal": (
            "Saya juga ingin menyampaikan bahwa {strength}.",
            "Satu hal yang ingin saya tegaskan: {strength}.",
            "Sebagai tambahan, {strength}.",
        ),
        "why/formal": (
            "Saya mengajukan lamaran karena {why}.",
            "Saya tertarik melamar karena {why}.",
            "Alasan saya melamar tetap sama: {why}.",
        ),
        "why/semi_formal": (
            "Saya melamar karena {why}.",
            "Alasan saya melamar sederhana: {why}.",
            "Saya tertarik melamar karena {why}.",
        ),
        # A reason typed as a noun phrase ("produk halal lokal yang mendunia"): "karena" before it reads as a
        # clause that lost its verb ("Saya melamar karena produk halal lokal yang mendunia.").
        "why_noun": (
            "Yang membuat saya tertarik pada posisi ini adalah {why}.",
            "Alasan saya melamar sederhana: {why}.",
            "Saya melamar posisi ini karena tertarik pada {why}.",
        ),
        # A reason that gives its own reason ("… karena perusahaan ini besar"): no "karena" before it.
        "why_colon": (
            "Alasan saya melamar: {why}.",
            "Satu alasan saya melamar: {why}.",
            "Inilah alasan saya melamar: {why}.",
        ),
        "why_purpose": (
            "Saya melamar posisi ini {why}.",
            "Saya ingin bergabung dengan {company} {why}.",
            "Saya mengikuti seleksi ini {why}.",
        ),
        "forgot/formal": (
            "Ada satu hal yang belum sempat saya sebutkan dalam wawancara: {forgot}.",
            "Sebagai pelengkap, saya ingin menambahkan satu hal yang belum saya sebutkan: {forgot}.",
            "Izinkan saya menambahkan satu hal yang terlewat dalam wawancara: {forgot}.",
        ),
        "forgot/semi_formal": (
            "Ada satu hal yang lupa saya ceritakan: {forgot}.",
            "Sebagai tambahan, ada hal yang terlewat saat wawancara: {forgot}.",
            "Ada satu hal lagi yang belum saya sebutkan: {forgot}.",
        ),
        # A question the reader forgot to ask (``phrasing.fit_phrase``: "lupa menanyakan …"): asked, never
        # said as if the reader had made it a point ("… belum sempat saya sebutkan: saya menanyakan …").
        "forgot_question/formal": (
            "Ada satu hal yang belum sempat saya tanyakan, yaitu mengenai {forgot}; bila berkenan, saya akan senang mendapat sedikit penjelasan.",
            "Bila {you} berkenan, saya juga ingin mengetahui lebih lanjut tentang {forgot}, yang belum sempat saya tanyakan.",
            "Satu pertanyaan yang belum sempat saya ajukan berkaitan dengan {forgot}; saya akan senang mendengar penjelasannya bila ada waktu.",
        ),
        "forgot_question/semi_formal": (
            "Ada satu hal yang lupa saya tanyakan, yaitu soal {forgot}; kalau ada waktu, saya ingin tahu sedikit lebih banyak.",
            "Saya juga ingin tahu lebih banyak soal {forgot}, yang belum sempat saya tanyakan.",
            "Satu hal yang belum sempat saya tanyakan berkaitan dengan {forgot}; kalau ada waktu, saya senang sekali bila bisa mendengar sedikit penjelasannya.",
        ),
        "forgot_question_clause/formal": (
            "Ada satu hal yang belum sempat saya tanyakan: {forgot}?",
            "Bila {you} berkenan, saya ingin menanyakan satu hal yang terlewat: {forgot}?",
            "Izinkan saya mengajukan satu pertanyaan yang belum sempat saya sampaikan: {forgot}?",
        ),
        "forgot_question_clause/semi_formal": (
            "Ada satu hal yang lupa saya tanyakan: {forgot}?",
            "Satu pertanyaan lagi yang belum sempat saya ajukan: {forgot}?",
            "Kalau boleh, saya mau menanyakan satu hal yang terlewat: {forgot}?",
        ),
        # Indonesian asks a question in the words it is typed in ("apakah …?"): the phrase reader never
        # finds the English inversion here, and these banks, kept for one shape of the tables, ask as those above.
        "forgot_question_direct/formal": (
            "Ada satu hal yang belum sempat saya tanyakan: {forgot}?",
            "Bila {you} berkenan, saya ingin menanyakan satu hal yang terlewat: {forgot}?",
            "Izinkan saya mengajukan satu pertanyaan yang belum sempat saya sampaikan: {forgot}?",
        ),
        "forgot_question_direct/semi_formal": (
            "Ada satu hal yang lupa saya tanyakan: {forgot}?",
            "Satu pertanyaan lagi yang belum sempat saya ajukan: {forgot}?",
            "Kalau boleh, saya mau menanyakan satu hal yang terlewat: {forgot}?",
        ),
        "offer/formal": (
            "Apabila diperlukan informasi atau dokumen lain, saya siap mengirimkannya.",
            "Jika ada hal lain yang perlu saya lengkapi, saya akan menyiapkannya dengan senang hati.",
            "Saya bersedia memberikan informasi lain apabila dibutuhkan.",
            "Bila ada pertanyaan lanjutan, saya akan dengan senang hati menjawabnya.",
            "Apabila {you} memerlukan contoh hasil kerja atau referensi, saya dapat mengirimkannya.",
        ),
        "offer/semi_formal": (
            "Jika ada informasi lain yang dibutuhkan, saya siap mengirimkannya.",
            "Jika ada pertanyaan lanjutan, saya dengan senang hati menjawabnya.",
            "Silakan hubungi saya bila ada hal lain yang perlu saya lengkapi.",
            "Saya siap berbagi contoh hasil kerja saya jika diperlukan.",
            "Jika ada dokumen yang perlu saya lengkapi, silakan beri tahu saya.",
        ),
        "thank_interest/formal": (
            "Saya sangat berminat untuk bergabung dengan {company}.",
            "Minat saya untuk bergabung dengan tim {company} tetap besar.",
            "Saya ingin berkontribusi bagi tim {company}.",
            "Saya berminat untuk melanjutkan proses seleksi ini.",
            "Saya ingin sekali bergabung dengan {company}.",
        ),
        "thank_interest/semi_formal": (
            "Saya sangat tertarik untuk bergabung dengan {company}.",
            "Saya berharap bisa bergabung dengan tim di {company}.",
            "Saya masih sangat tertarik untuk bergabung.",
            "Saya sangat berharap bisa lanjut ke tahap berikutnya.",
            "Saya berharap bisa berkontribusi di {company}.",
        ),
        "look_forward/formal": (
            "Saya menantikan kabar mengenai tahap selanjutnya.",
            "Saya menunggu informasi mengenai proses seleksi berikutnya.",
            "Saya berharap dapat melanjutkan pembicaraan ini pada tahap berikutnya.",
            "Saya menantikan kabar tentang keputusan selanjutnya.",
            "Kabar mengenai langkah berikutnya akan saya nantikan.",
        ),
        "look_forward/semi_formal": (
            "Saya menantikan kabar selanjutnya.",
            "Saya menantikan kabar tentang langkah berikutnya.",
            "Semoga kita dapat melanjutkan percakapan ini.",
            "Saya menunggu kabar dari {company}.",
            "Semoga kita bisa bertemu lagi pada tahap berikutnya.",
        ),
        # To a recruiter who was not on the panel: no conversation of theirs to continue, no meeting again.
        "look_forward/unmet/formal": (
            "Saya menantikan kabar mengenai tahap selanjutnya.",
            "Saya menunggu informasi mengenai proses seleksi berikutnya.",
            "Saya menantikan kabar tentang keputusan selanjutnya.",
            "Kabar mengenai langkah berikutnya akan saya nantikan.",
            "Saya berharap dapat mengikuti tahap berikutnya.",
        ),
        "look_forward/unmet/semi_formal": (
            "Saya menantikan kabar selanjutnya.",
            "Saya menantikan kabar tentang langkah berikutnya.",
            "Saya menunggu kabar dari {company}.",
            "Saya berharap bisa lanjut ke tahap berikutnya.",
            "Saya menunggu informasi tentang tahap berikutnya.",
        ),
        "thanks_again/formal": (
            "Sekali lagi, terima kasih atas waktu dan perhatian {you}.",
            "Sekali lagi saya ucapkan terima kasih atas kesempatan ini.",
            "Terima kasih atas perhatian {you}.",
            "Atas waktu dan kesempatan yang {you} berikan, saya ucapkan terima kasih.",
            "Terima kasih atas waktu yang {you} berikan.",
        ),
        "thanks_again/semi_formal": (
            "Sekali lagi, terima kasih atas waktunya.",
            "Terima kasih banyak atas kesempatannya.",
            "Terima kasih atas waktu dan perhatiannya.",
            "Sekali lagi, terima kasih atas waktu {you}.",
            "Terima kasih banyak atas perhatiannya.",
        ),
        "chat_intro": ("Saya {name}.",),
        # ---- late_thank_you: the same thanks, said a few days on, without a long apology ----
        "late_opening/formal": (
            "Pesan ini saya kirim beberapa hari setelah wawancara{details} untuk posisi {role} di {company}, tetapi saya "
            "tetap ingin berterima kasih atas waktu yang {you} luangkan.",
            "Saya ingin menyampaikan terima kasih, meskipun agak terlambat, atas wawancara{details} untuk posisi {role} di {company}.",
            "Beberapa hari telah berlalu sejak wawancara{details}, dan saya tetap ingin berterima kasih atas kesempatan "
            "melamar posisi {role} di {company}.",
            "Meskipun baru sekarang saya menulis, terima kasih atas waktu {you} dalam wawancara{details} untuk posisi {role} di {company}.",
            "Meskipun terlambat beberapa hari, saya ingin berterima kasih atas wawancara{details} untuk posisi {role} di {company}.",
        ),
        "late_opening/semi_formal": (
            "Pesan ini agak terlambat, tetapi saya tetap ingin berterima kasih atas wawancara{details} untuk posisi {role} di {company}.",
            "Saya baru sempat menulis sekarang: terima kasih atas wawancara{details} untuk posisi {role} di {company}.",
            "Beberapa hari setelah wawancara{details} untuk posisi {role} di {company}, saya ingin berterima kasih atas "
            "waktu yang {you} luangkan.",
            "Meski agak terlambat, terima kasih atas wawancara{details} untuk posisi {role} di {company}.",
            "Meskipun terlambat beberapa hari, terima kasih atas wawancara{details} untuk posisi {role} di {company}.",
        ),
        "late_chat_opening": (
            "Saya {name}, kandidat posisi {role} di {company}. Meskipun agak terlambat, terima kasih atas kesempatan wawancara{details}.",
            "Saya {name}. Saya baru sempat menulis sekarang: terima kasih atas wawancara{details} untuk posisi {role} di {company}.",
            "Saya {name}, yang mengikuti wawancara{details} untuk posisi {role} di {company}. Terima kasih atas waktunya, meskipun pesan ini terlambat beberapa hari.",
            "Saya {name}. Meski pesan ini agak terlambat, terima kasih atas wawancara{details} untuk posisi {role} di {company}.",
            "Saya {name}, kandidat posisi {role} di {company}. Terima kasih atas waktu {you} dalam wawancara{details}, "
            "walau baru sempat saya sampaikan sekarang.",
        ),
        # ---- thank_you_and_follow_up: about a week on, with no news: one email ----
        "thanks_follow_opening/formal": (
            "Saya ingin berterima kasih atas wawancara{details} untuk posisi {role} di {company}.",
            "Terima kasih atas kesempatan wawancara{details} untuk posisi {role} di {company}.",
            "Saya mengucapkan terima kasih atas wawancara{details} untuk posisi {role} di {company}.",
            # A panel's members each get this email (the guide: "the short email to each interviewer does both"):
            # five openings and five questions, so that no two of them read alike.
            "Terima kasih atas waktu yang {you} luangkan dalam wawancara{details} untuk posisi {role} di {company}.",
            "Saya berterima kasih atas kesempatan mengikuti wawancara{details} untuk posisi {role} di {company}.",
        ),
        "thanks_follow_opening/semi_formal": (
            "Terima kasih atas wawancara{details} untuk posisi {role} di {company}.",
            "Terima kasih banyak atas wawancara{details} untuk posisi {role} di {company}.",
            "Terima kasih atas kesempatan wawancara{details} untuk posisi {role} di {company}.",
            "Terima kasih telah meluangkan waktu dalam wawancara{details} untuk posisi {role} di {company}.",
            "Saya berterima kasih atas wawancara{details} untuk posisi {role} di {company}.",
        ),
        "status_question/formal": (
            "Selain itu, saya ingin menanyakan perkembangan proses seleksinya.",
            "Bolehkah saya mengetahui perkembangan proses seleksinya?",
            "Apabila berkenan, saya ingin mengetahui perkembangan proses seleksinya.",
            "Saya ingin menanyakan apakah sudah ada kabar mengenai proses seleksinya.",
            "Saya ingin mengetahui sejauh mana proses seleksinya telah berjalan.",
        ),
        "status_question/semi_formal": (
            "Selain itu, saya ingin menanyakan perkembangan proses seleksinya.",
            "Bolehkah saya tahu perkembangan proses seleksinya?",
            "Saya ingin menanyakan apakah sudah ada perkembangan dari proses seleksinya.",
            "Saya ingin tahu apakah ada kabar terbaru dari proses seleksinya.",
            "Kalau boleh tahu, sejauh mana proses seleksinya sekarang?",
        ),
        # Every opening before it names the company: the interest does not name it again.
        "interest/formal": (
            "Minat saya untuk bergabung tetap besar.",
            "Minat saya untuk bergabung tidak berubah.",
            "Keinginan saya untuk bergabung tidak berkurang.",
        ),
        "interest/semi_formal": (
            "Minat saya pada posisi ini belum berubah.",
            "Minat saya untuk bergabung tetap sama.",
            "Harapan saya untuk bergabung belum berubah.",
        ),
        # ---- follow_up: no news after the date they gave (a first, then a second message) ----
        "follow_opening/formal": (
            "Perkenankan saya menindaklanjuti wawancara{details} untuk posisi {role} di {company}.",
            "Melalui pesan ini, saya ingin menindaklanjuti wawancara{details} untuk posisi {role} di {company}.",
            "Saya ingin menindaklanjuti proses seleksi posisi {role} di {company} setelah wawancara{details}.",
        ),
        "follow_opening/semi_formal": (
            "Saya ingin menindaklanjuti wawancara{details} untuk posisi {role} di {company}.",
            "Izin menindaklanjuti wawancara{details} untuk posisi {role} di {company}.",
            "Saya ingin menindaklanjuti seleksi posisi {role} di {company} setelah wawancara{details}.",
        ),
        "recall_topic_clause": (
            "Dalam wawancara itu, saya senang mendengar bahwa {topic}.",
            "Saya masih mengingat penjelasan bahwa {topic}.",
            "Penjelasan bahwa {topic} masih saya ingat dengan baik.",
        ),
        "recall_topic": (
            "Dalam wawancara itu, kita sempat membahas {topic}.",
            "Saya masih mengingat pembahasan kita tentang {topic}.",
            "Pembahasan tentang {topic} masih saya ingat dengan baik.",
        ),
        "follow_question/formal": (
            "Bolehkah saya mengetahui perkembangan proses seleksinya?",
            "Apabila sudah ada perkembangan, saya akan senang mengetahuinya.",
            "Saya ingin mengetahui apakah ada informasi terbaru mengenai proses seleksi ini.",
        ),
        "follow_question/semi_formal": (
            "Apakah sudah ada perkembangan dari proses seleksinya?",
            "Kalau sudah ada perkembangan, saya akan senang mendengarnya.",
            "Bolehkah saya tahu perkembangan proses seleksinya?",
        ),
        "second_opening/formal": (
            "Saya ingin menindaklanjuti pesan saya sebelumnya mengenai posisi {role} di {company}.",
            "Saya menindaklanjuti kembali pesan saya sebelumnya mengenai proses seleksi posisi {role} di {company}.",
            "Perkenankan saya kembali menindaklanjuti proses seleksi posisi {role} di {company}.",
        ),
        "second_opening/semi_formal": (
            "Saya ingin menindaklanjuti pesan saya sebelumnya soal posisi {role} di {company}.",
            "Izin menindaklanjuti lagi proses seleksi posisi {role} di {company}.",
            "Ini lanjutan dari pesan saya sebelumnya soal seleksi posisi {role} di {company}.",
        ),
        "second_question/formal": (
            "Apabila posisi ini sudah terisi, saya tetap berterima kasih bila dapat diberi tahu.",
            "Bila keputusan sudah diambil, saya akan menghargai kabarnya, apa pun hasilnya.",
            "Apa pun hasilnya, saya akan berterima kasih bila dapat mengetahuinya.",
        ),
        "second_question/semi_formal": (
            "Kalau posisinya sudah terisi, saya tetap berterima kasih bila diberi tahu.",
            "Apa pun hasilnya, saya akan senang mendapat kabarnya.",
            "Bila keputusannya sudah ada, saya akan menghargai kabarnya, apa pun hasilnya.",
        ),
        "future": (
            "Saya akan senang dipertimbangkan untuk kesempatan lain pada masa mendatang.",
            "Saya tetap terbuka untuk kesempatan lain pada masa mendatang.",
            "Bila ada posisi lain yang sesuai, saya bersedia dihubungi.",
        ),
        "rejection_topic_clause": (
            "Saya senang sempat mendengar bahwa {topic}.",
            "Penjelasan bahwa {topic} sangat berkesan bagi saya.",
            "Mengetahui bahwa {topic} menambah wawasan saya.",
        ),
        "rejection_topic": (
            "Pembahasan kita tentang {topic} sangat berkesan bagi saya.",
            "Saya senang sempat membahas {topic} dalam wawancara.",
            "Pembahasan tentang {topic} menambah wawasan saya.",
        ),
        "reachable": (
            "Saya dapat dihubungi melalui balasan pesan ini bila ada hal yang perlu dibicarakan.",
            "Bila ada yang perlu dibicarakan, saya dapat dihubungi melalui balasan pesan ini.",
        ),
        "process_wish": (
            "Saya berharap proses seleksinya berjalan lancar.",
            "Saya berharap {you} menemukan kandidat yang tepat untuk posisi ini.",
            "Saya berharap proses rekrutmennya berjalan lancar.",
        ),
        "keep_in_touch": (
            "Saya berharap kita dapat tetap terhubung.",
            "Semoga kita dapat bertemu lagi pada kesempatan lain.",
            "Saya akan senang bila kita tetap berhubungan.",
        ),
        "next_look_forward": (
            "Saya akan mempersiapkan diri sebaik-baiknya.",
            "Saya menantikan pertemuan berikutnya.",
            "Saya menantikan kesempatan untuk bertemu kembali.",
        ),
        # The next round is a test or a check-up: no one to meet again, a stage to prepare for.
        "next_look_forward_test": (
            "Saya menantikan tahap ini.",
            "Saya siap mengikuti tahap ini.",
            "Saya menantikan kesempatan mengikuti tahap ini.",
        ),
        "offer_pleased": (
            "Saya sangat senang menerima kabar ini.",
            "Kabar ini sangat berarti bagi saya.",
            "Saya senang sekali dengan kabar ini.",
        ),
        "offer_again": (
            "Kesempatan ini sangat saya hargai.",
            "Saya sangat menghargai kepercayaan ini.",
            "Kepercayaan yang diberikan kepada saya sungguh berarti.",
        ),
        "offer_accept_close": (
            "Saya bersemangat untuk mulai bekerja bersama tim.",
            "Saya menantikan kesempatan bekerja bersama tim.",
            "Saya berharap dapat berkontribusi sebaik-baiknya bagi tim.",
        ),
        # ---- reply_to_rejection ----
        "rejection_thanks/formal": (
            "Terima kasih atas kabar mengenai hasil seleksi posisi {role} di {company}.",
            "Terima kasih telah memberi tahu saya hasil proses seleksi posisi {role} di {company}.",
            "Saya mengucapkan terima kasih atas pemberitahuan hasil seleksi posisi {role} di {company}.",
        ),
        "rejection_thanks/semi_formal": (
            "Terima kasih sudah mengabari saya soal hasil seleksi posisi {role} di {company}.",
            "Terima kasih atas kabarnya mengenai posisi {role} di {company}.",
            "Terima kasih sudah memberi tahu hasil seleksi posisi {role} di {company}.",
        ),
        "rejection_process/formal": (
            "Saya menghargai waktu dan kesempatan yang {you} berikan selama proses ini.",
            "Waktu yang {you} luangkan selama proses seleksi sangat saya hargai.",
            "Saya menghargai kesempatan mengikuti proses seleksi ini.",
        ),
        "rejection_process/semi_formal": (
            "Saya menghargai waktu {you} selama proses ini.",
            "Saya menghargai waktu yang {you} luangkan selama proses seleksi.",
            "Saya senang sempat mengikuti proses seleksi ini.",
        ),
        "wish/formal": (
            "Semoga {company} sukses dalam langkah-langkah berikutnya.",
            "Saya mendoakan yang terbaik bagi {you} dan tim di {company}.",
            "Semoga tim {company} terus berkembang.",
        ),
        "wish/semi_formal": (
            "Semoga sukses untuk {company}.",
            "Semoga tim {company} terus sukses.",
            "Salam sukses untuk tim di {company}.",
        ),
        "wish/team/formal": (
            "Semoga {company} sukses dalam langkah-langkah berikutnya.",
            "Saya mendoakan yang terbaik bagi seluruh tim di {company}.",
            "Semoga tim {company} terus berkembang.",
        ),
        "wish/team/semi_formal": (
            "Semoga sukses untuk {company}.",
            "Semoga tim {company} terus sukses.",
            "Salam sukses untuk semua rekan di {company}.",
        ),
        # ---- withdrawal ----
        "withdrawal_notice/formal": (
            "Dengan pesan ini, saya ingin memberitahukan bahwa saya mengundurkan diri dari proses seleksi posisi {role} di {company}.",
            "Saya ingin menyampaikan bahwa saya memutuskan untuk tidak melanjutkan proses seleksi posisi {role} di {company}.",
            "Melalui pesan ini, saya memberitahukan pengunduran diri saya dari proses seleksi posisi {role} di {company}.",
        ),
        "withdrawal_notice/semi_formal": (
            "Saya ingin memberi tahu bahwa saya mengundurkan diri dari proses seleksi posisi {role} di {company}.",
            "Saya memutuskan untuk tidak melanjutkan proses seleksi posisi {role} di {company}.",
            "Lewat pesan ini, saya ingin mengabarkan bahwa saya mundur dari seleksi posisi {role} di {company}.",
        ),
        "withdrawal_early": (
            "Saya mengabarkannya sekarang agar {you} dapat menyesuaikan jadwalnya.",
            "Keputusan ini saya kabarkan sekarang supaya jadwal seleksi dapat disesuaikan.",
            "Saya menyampaikannya sedini mungkin agar prosesnya tidak terganggu.",
        ),
        "withdrawal_thanks/formal": (
            "Terima kasih atas waktu dan kesempatan yang {you} berikan selama proses ini.",
            "Saya berterima kasih atas waktu yang {you} luangkan untuk lamaran saya.",
            "Terima kasih atas perhatian dan waktu {you} selama proses seleksi.",
        ),
        "withdrawal_thanks/semi_formal": (
            "Terima kasih atas waktu dan kesempatannya selama proses ini.",
            "Terima kasih sudah meluangkan waktu untuk lamaran saya.",
            "Terima kasih atas perhatian {you} selama proses seleksi.",
        ),
        # ---- confirm_next_round ----
        "next_thanks/formal": (
            "Terima kasih atas undangan ke tahap berikutnya dalam seleksi posisi {role} di {company}.",
            "Saya berterima kasih atas kesempatan melanjutkan proses seleksi posisi {role} di {company}.",
            "Terima kasih atas kabar bahwa saya dapat melanjutkan ke tahap berikutnya untuk posisi {role} di {company}.",
        ),
        "next_thanks/semi_formal": (
            "Terima kasih atas undangan ke tahap berikutnya untuk posisi {role} di {company}.",
            "Terima kasih sudah mengundang saya ke tahap selanjutnya untuk posisi {role} di {company}.",
            "Terima kasih atas kabar baiknya soal tahap berikutnya untuk posisi {role} di {company}.",
        ),
        "next_confirm": (
            "Saya mengonfirmasi bahwa saya akan mengikuti {next_step}.",
            "Dengan ini saya mengonfirmasi bahwa saya akan hadir untuk {next_step}.",
            "Saya bersedia dan akan hadir untuk {next_step}.",
        ),
        # The next round given as a moment alone ("Kamis, 3 Desember pukul 10.00").
        "next_confirm_moment": (
            "Saya mengonfirmasi kehadiran saya sesuai jadwal: {next_step}.",
            "Dengan ini saya mengonfirmasi bahwa saya akan hadir pada waktu yang ditentukan, yaitu {next_step}.",
            "Saya bersedia dan akan hadir sesuai jadwal: {next_step}.",
        ),
        "next_confirm_plain": (
            "Saya mengonfirmasi kehadiran saya sesuai jadwal yang disampaikan dalam undangan.",
            "Dengan ini saya mengonfirmasi bahwa saya akan hadir sesuai jadwal dalam undangan.",
            "Saya bersedia mengikuti tahap berikutnya sesuai jadwal yang disampaikan.",
        ),
        "next_prepare": (
            "Bila ada dokumen yang perlu saya bawa atau hal yang perlu saya siapkan, mohon informasikan kepada saya.",
            "Apabila ada hal yang perlu saya siapkan, saya akan senang mengetahuinya.",
            "Jika ada dokumen yang perlu saya lengkapi sebelumnya, silakan beri tahu saya.",
        ),
        # ---- reply_to_offer ----
        "offer_thanks/formal": (
            "Terima kasih atas tawaran untuk bergabung dengan {company} sebagai {role}.",
            "Saya mengucapkan terima kasih atas tawaran posisi {role} di {company}.",
            "Terima kasih atas kepercayaan yang {you} berikan kepada saya melalui tawaran posisi {role} di {company}.",
        ),
        "offer_thanks/semi_formal": (
            "Terima kasih banyak atas tawaran bergabung dengan {company} sebagai {role}.",
            "Terima kasih atas tawaran posisi {role} di {company}.",
            "Terima kasih sudah menawarkan posisi {role} di {company} kepada saya.",
        ),
        "offer_accept": (
            "Dengan senang hati saya menerima tawaran ini.",
            "Saya menerima tawaran ini dengan senang hati.",
            "Saya dengan gembira menerima tawaran tersebut.",
        ),
        "offer_accept_next": (
            "Mohon informasikan langkah berikutnya, termasuk dokumen yang perlu saya siapkan.",
            "Saya menunggu informasi mengenai langkah berikutnya dan dokumen yang perlu saya lengkapi.",
            "Silakan beri tahu saya langkah selanjutnya dan berkas yang perlu saya kirimkan.",
        ),
        "offer_consider": (
            "Saya akan mempelajari rincian tawaran ini dengan saksama, lalu memberikan jawaban saya.",
            "Saya sedang mempelajari rincian tawaran ini dan akan memberikan jawaban setelah selesai.",
            "Izinkan saya mempelajari rincian tawarannya terlebih dahulu; jawaban saya akan saya kirimkan setelahnya.",
        ),
        # Declining an offer: the decision in one sentence, no reasons (none are owed, and any would
        # invite a counter-offer), thanks for the time, and the door left open.
        "offer_decline/formal": (
            "Setelah mempertimbangkannya dengan saksama, saya memutuskan untuk tidak menerima tawaran ini.",
            "Setelah menimbang dengan matang, dengan berat hati saya tidak dapat menerima tawaran tersebut.",
            "Setelah mempertimbangkan berbagai hal, saya memutuskan untuk tidak mengambil tawaran ini.",
        ),
        "offer_decline/semi_formal": (
            "Setelah mempertimbangkannya baik-baik, saya memutuskan untuk tidak menerima tawaran ini.",
            "Dengan berat hati, saya memutuskan untuk tidak mengambil tawaran ini.",
            "Setelah berpikir matang, saya tidak dapat menerima tawaran tersebut.",
        ),
        "offer_decline_thanks/formal": (
            "Saya sangat menghargai kepercayaan yang {you} berikan selama proses seleksi.",
            "Waktu yang {you} luangkan selama proses seleksi sangat saya hargai.",
            "Saya menghargai kesempatan untuk mengenal tim lebih dekat selama proses seleksi.",
        ),
        "offer_decline_thanks/semi_formal": (
            "Saya sangat menghargai waktu {you} selama proses seleksi.",
            "Waktu dan perhatian {you} selama proses ini sangat saya hargai.",
            "Saya senang sempat mengenal tim lebih dekat selama proses ini.",
        ),
        "offer_decline_door": (
            "Saya berharap kita tetap dapat terhubung.",
            "Semoga jalan kita bertemu kembali suatu hari nanti.",
            "Saya berharap hubungan baik ini tetap terjaga.",
        ),
        "offer_decline_wish": (
            "Saya mendoakan yang terbaik bagi {you} dan tim.",
            "Sukses selalu untuk {you} dan seluruh tim.",
            "Salam sukses untuk {you} dan rekan-rekan.",
        ),
        "offer_decline_thanks/team/formal": (
            "Saya sangat menghargai kepercayaan yang {you} berikan selama proses seleksi.",
            "Waktu yang {you} luangkan selama proses seleksi sangat saya hargai.",
            "Saya menghargai kesempatan untuk mengenal tim lebih dekat selama proses seleksi.",
        ),
        "offer_decline_thanks/team/semi_formal": (
            "Saya sangat menghargai waktu {you} selama proses seleksi.",
            "Waktu dan perhatian {you} selama proses ini sangat saya hargai.",
            "Saya senang sempat mengenal tim lebih dekat selama proses ini.",
        ),
        "offer_decline_wish/team": (
            "Saya mendoakan yang terbaik bagi seluruh tim.",
            "Sukses selalu untuk seluruh tim.",
            "Salam sukses untuk semua rekan di {company}.",
        ),
        "offer_accept_more": (
            "Bila ada pertanyaan menjelang hari pertama saya, saya dapat dihubungi melalui balasan pesan ini.",
            "Menjelang hari pertama, saya dapat dihubungi kapan saja melalui balasan pesan ini.",
        ),
        "offer_consider_more": (
            "Saya akan berusaha agar {you} tidak perlu menunggu terlalu lama.",
            "Saya akan berusaha tidak membuat {you} menunggu terlalu lama.",
        ),
        "offer_decline_more": (
            "Bila masih ada berkas yang perlu saya kembalikan atau tanda tangani, mohon kabari saya.",
            "Mohon kabari saya bila masih ada hal yang perlu saya selesaikan.",
        ),
        "offer_consider_question": (
            "Bila ada versi tertulisnya, mohon dikirimkan kepada saya.",
            "Apabila ada pertanyaan dari saya, bolehkah saya menghubungi {you}?",
            "Bolehkah saya menghubungi {you} bila ada hal yang ingin saya tanyakan?",
        ),
        "close_thanks/formal": (
            "Terima kasih atas perhatian {you}.",
            "Atas perhatian {you}, saya ucapkan terima kasih.",
            "Terima kasih atas waktu dan perhatian {you}.",
        ),
        "close_thanks/semi_formal": (
            "Terima kasih atas perhatiannya.",
            "Terima kasih atas bantuannya.",
            "Terima kasih atas waktunya.",
        ),
        # ---- one message in the recruiter's thread (send_to: recruiter) ----
        # The recruiter did not sit on the panel: thanks for arranging the interview.
        "recruiter_opening/formal": (
            "Terima kasih atas bantuan {you} dalam mengatur wawancara{details} untuk posisi {role} di {company}.",
            "Saya mengucapkan terima kasih atas bantuan {you} selama proses wawancara{details} untuk posisi {role} di {company}.",
            "Melalui email ini, saya ingin berterima kasih atas bantuan {you} mengatur wawancara{details} "
            "untuk posisi {role} di {company}.",
        ),
        "recruiter_opening/semi_formal": (
            "Terima kasih sudah membantu mengatur wawancara{details} untuk posisi {role} di {company}.",
            "Terima kasih atas bantuan {you} selama proses wawancara{details} untuk posisi {role} di {company}.",
            "Terima kasih banyak atas bantuannya mengatur wawancara{details} untuk posisi {role} di {company}.",
        ),
        # The same, a few days late (late_thank_you): half a sentence on the delay, no apology.
        "recruiter_late_opening/formal": (
            "Meskipun agak terlambat, terima kasih atas bantuan {you} dalam mengatur wawancara{details} untuk posisi {role} di {company}.",
            "Beberapa hari setelah wawancara{details} untuk posisi {role} di {company}, saya tetap ingin berterima kasih "
            "atas bantuan {you} mengaturnya.",
            "Meskipun terlambat beberapa hari, saya ingin berterima kasih atas bantuan {you} mengatur wawancara{details} "
            "untuk posisi {role} di {company}.",
        ),
        "recruiter_late_opening/semi_formal": (
            "Meski agak terlambat, terima kasih sudah membantu mengatur wawancara{details} untuk posisi {role} di {company}.",
            "Pesan ini agak terlambat, tetapi terima kasih atas bantuan {you} mengatur wawancara{details} untuk posisi {role} "
            "di {company}.",
            "Meskipun terlambat beberapa hari, terima kasih atas bantuan {you} selama proses wawancara{details} untuk posisi "
            "{role} di {company}.",
        ),
        "recruiter_late_chat_opening": (
            "Saya {name}, kandidat posisi {role} di {company}. Meskipun agak terlambat, terima kasih atas bantuan {you} "
            "mengatur wawancara{details}.",
            "Saya {name}. Meskipun terlambat beberapa hari, terima kasih sudah membantu mengatur wawancara{details} untuk "
            "posisi {role} di {company}.",
            "Saya {name}, yang mengikuti wawancara{details} untuk posisi {role} di {company}. Terima kasih atas bantuan "
            "{you} selama prosesnya, walau baru sekarang saya sampaikan.",
        ),
        "recruiter_chat_opening": (
            "Saya {name}, kandidat posisi {role} di {company}. Terima kasih atas bantuan {you} mengatur wawancara{details}.",
            "Saya {name}, yang mengikuti wawancara{details} untuk posisi {role} di {company}. "
            "Terima kasih atas bantuan {you} selama prosesnya.",
            "Saya {name}. Terima kasih sudah membantu mengatur wawancara{details} untuk posisi {role} di {company}.",
        ),
        # Each other interviewer, named once, with the topic the reader typed for them ({person}, {topic}).
        "pass_topic_clause": (
            "Terima kasih juga kepada {person}, yang menjelaskan bahwa {topic}.",
            "Saya juga berterima kasih kepada {person} atas penjelasan bahwa {topic}.",
            "Rasa terima kasih juga saya sampaikan kepada {person}, yang menceritakan bahwa {topic}.",
            "Saya pun senang mendengar dari {person} bahwa {topic}.",
            "Ucapan terima kasih yang sama untuk {person}, yang menjelaskan bahwa {topic}.",
        ),
        "pass_topic/formal": (
            "Terima kasih juga kepada {person} atas pembahasan mengenai {topic}.",
            "Saya juga berterima kasih kepada {person} atas kesempatan membahas {topic}.",
            "Rasa terima kasih juga saya sampaikan kepada {person} atas diskusi tentang {topic}.",
            "Terima kasih yang sama untuk {person} atas pembahasan {topic}.",
            "Saya pun menghargai diskusi bersama {person} tentang {topic}.",
        ),
        "pass_topic/semi_formal": (
            "Terima kasih juga untuk {person} atas obrolan tentang {topic}.",
            "Saya juga berterima kasih kepada {person} atas penjelasan soal {topic}.",
            "Untuk {person}, terima kasih atas obrolan tentang {topic}.",
            "Saya senang sempat membahas {topic} bersama {person}.",
            "Diskusi dengan {person} tentang {topic} juga sangat saya hargai.",
        ),
        # The interviewers the reader typed no topic for, in one sentence ({people}).
        "pass_thanks/formal": (
            "Tidak lupa, terima kasih kepada {people} atas waktu yang telah diluangkan untuk wawancara tersebut.",
            "Begitu pula kepada {people}, terima kasih atas waktu dan perhatiannya dalam wawancara.",
            "Tidak lupa saya berterima kasih kepada {people} atas kesempatan wawancara ini.",
        ),
        "pass_thanks/semi_formal": (
            "Tidak lupa, terima kasih untuk {people} atas waktunya.",
            "Begitu juga untuk {people}, terima kasih atas waktunya.",
            "Terima kasih pula untuk {people} atas waktu yang diluangkan.",
        ),
        # The request to pass the thanks on ({them}: "beliau", "mereka").
        "pass_request/formal": (
            "Apabila {you} berkenan, mohon teruskan ucapan terima kasih saya kepada {them}.",
            "Saya akan sangat berterima kasih apabila {you} berkenan menyampaikan ucapan ini kepada {them}.",
            "Apabila tidak merepotkan, mohon sampaikan ucapan terima kasih saya kepada {them}.",
        ),
        "pass_request/semi_formal": (
            "Mohon bantuannya untuk meneruskan ucapan terima kasih ini kepada {them}.",
            "Kalau tidak merepotkan, tolong sampaikan terima kasih saya kepada {them}.",
            "Boleh saya titip ucapan terima kasih ini untuk {them}?",
        ),
        # Courtesies for a recruiter who did not sit on the panel (no "percakapan kita").
        "forgot/recruiter": (
            "Ada satu hal yang belum sempat saya sampaikan dalam wawancara: {forgot}.",
            "Sebagai pelengkap, saya ingin menambahkan satu hal yang belum saya sebutkan dalam wawancara: {forgot}.",
            "Izinkan saya menambahkan satu hal yang terlewat dalam wawancara: {forgot}.",
        ),
        "thanks_again/recruiter": (
            "Sekali lagi, terima kasih atas bantuan {you}.",
            "Terima kasih atas perhatian dan bantuan {you}.",
            "Atas bantuan {you}, saya ucapkan terima kasih.",
            "Terima kasih atas waktu dan bantuan {you} selama proses ini.",
            "Sekali lagi saya ucapkan terima kasih atas bantuan {you}.",
        ),
        # ---- After a test taken alone (no interviewer): what the message names is the test ({test}) ----
        "opening/test": (
            "Terima kasih atas kesempatan mengikuti {test}{details} untuk posisi {role} di {company}.",
            "Saya mengucapkan terima kasih atas kesempatan mengikuti {test}{details} sebagai kandidat {role} di {company}.",
            "Terima kasih telah mengundang saya mengikuti {test}{details} untuk posisi {role} di {company}.",
            "Saya ingin berterima kasih atas undangan mengikuti {test}{details} untuk posisi {role} di {company}.",
            "Saya berterima kasih atas kesempatan yang {you} berikan untuk mengikuti {test}{details} dalam proses "
            "rekrutmen {role} di {company}.",
        ),
        "chat_opening/test": (
            "Saya {name}, kandidat posisi {role} di {company}. Terima kasih atas kesempatan mengikuti {test}{details}.",
            "Saya {name}. Terima kasih telah mengundang saya mengikuti {test}{details} untuk posisi {role} di {company}.",
            "Saya {name}, yang mengikuti {test}{details} untuk posisi {role} di {company}. Terima kasih atas kesempatannya.",
            "Perkenankan saya, {name}, berterima kasih atas kesempatan mengikuti {test}{details} untuk posisi {role} di {company}.",
            "Saya {name}, kandidat {role} di {company}. Terima kasih atas undangan mengikuti {test}{details}.",
        ),
        "late_opening/test": (
            "Meskipun agak terlambat, terima kasih atas kesempatan mengikuti {test}{details} untuk posisi {role} di {company}.",
            "Meskipun terlambat beberapa hari, saya ingin berterima kasih atas kesempatan mengikuti {test}{details} untuk "
            "posisi {role} di {company}.",
            "Pesan ini agak terlambat, tetapi saya tetap ingin berterima kasih atas undangan mengikuti {test}{details} untuk "
            "posisi {role} di {company}.",
            "Beberapa hari setelah {test}{details}, saya tetap ingin berterima kasih atas kesempatan mengikutinya sebagai "
            "kandidat {role} di {company}.",
            "Saya baru sempat menulis sekarang: terima kasih atas kesempatan mengikuti {test}{details} untuk posisi {role} di {company}.",
        ),
        "late_chat_opening/test": (
            "Saya {name}, kandidat posisi {role} di {company}. Meskipun agak terlambat, terima kasih atas kesempatan "
            "mengikuti {test}{details}.",
            "Saya {name}. Saya baru sempat menulis sekarang: terima kasih atas kesempatan mengikuti {test}{details} untuk "
            "posisi {role} di {company}.",
            "Saya {name}, yang mengikuti {test}{details} untuk posisi {role} di {company}. Terima kasih atas kesempatannya, "
            "meskipun pesan ini terlambat beberapa hari.",
            "Saya {name}. Meski pesan ini agak terlambat, terima kasih atas undangan mengikuti {test}{details} untuk posisi "
            "{role} di {company}.",
            "Saya {name}, kandidat {role} di {company}. Meskipun terlambat beberapa hari, terima kasih telah mengundang saya "
            "mengikuti {test}{details}.",
        ),
        "thanks_follow_opening/test": (
            "Saya ingin berterima kasih atas kesempatan mengikuti {test}{details} untuk posisi {role} di {company}.",
            "Terima kasih atas undangan mengikuti {test}{details} untuk posisi {role} di {company}.",
            "Saya mengucapkan terima kasih atas kesempatan mengikuti {test}{details} untuk posisi {role} di {company}.",
            "Saya berterima kasih telah diundang mengikuti {test}{details} untuk posisi {role} di {company}.",
            "Terima kasih telah memberi saya kesempatan mengikuti {test}{details} untuk posisi {role} di {company}.",
        ),
        "follow_opening/test": (
            "Perkenankan saya menindaklanjuti {test}{details} yang saya ikuti untuk posisi {role} di {company}.",
            "Melalui pesan ini, saya ingin menindaklanjuti {test}{details} untuk posisi {role} di {company}.",
            "Saya ingin menindaklanjuti proses seleksi posisi {role} di {company} setelah {test}{details}.",
        ),
        "topic/test": (
            "Bagian tentang {topic} dalam {test} itu sangat menarik untuk saya kerjakan.",
            "Saya senang mendapat kesempatan mengerjakan bagian tentang {topic}.",
            "Mengerjakan bagian tentang {topic} menjadi pengalaman yang berharga bagi saya.",
            "Saya paling menikmati bagian {test} tentang {topic}.",
            "Soal-soal tentang {topic} memberi saya bahan pemikiran yang berharga.",
        ),
        "topic_clause/test": (
            "Dari {test} itu, saya juga mencatat bahwa {topic}.",
            "Saya senang mengetahui dari {test} itu bahwa {topic}.",
        ),
        "recall_topic/test": (
            "Dalam {test} itu, saya mengerjakan bagian tentang {topic}.",
            "Bagian tentang {topic} dalam {test} itu masih saya ingat dengan baik.",
        ),
        "recall_topic_clause/test": (
            "Dari {test} itu, saya mencatat bahwa {topic}.",
        ),
        "rejection_topic/test": (
            "Mengerjakan bagian tentang {topic} menjadi pengalaman yang berharga bagi saya.",
            "Bagian tentang {topic} dalam {test} itu menambah wawasan saya.",
        ),
        "rejection_topic_clause/test": (
            "Dari {test} itu, saya senang mengetahui bahwa {topic}.",
        ),
        "forgot/test": (
            "Ada satu hal yang belum sempat saya sampaikan selama proses seleksi: {forgot}.",
            "Izinkan saya menambahkan satu hal yang belum sempat saya sampaikan: {forgot}.",
            "Sebagai tambahan, ada satu hal yang ingin saya sampaikan: {forgot}.",
        ),
        "look_forward/test": (
            "Saya menantikan kabar mengenai tahap selanjutnya.",
            "Saya menantikan kabar mengenai hasil {test} tersebut.",
            "Saya menunggu informasi mengenai proses seleksi berikutnya.",
            "Saya menantikan kabar dari {company}.",
            "Kabar mengenai langkah berikutnya akan saya nantikan.",
        ),
        "thanks_again/test": (
            "Sekali lagi, terima kasih atas bantuan {you}.",
            "Terima kasih atas perhatian {you}.",
            "Terima kasih atas waktu dan bantuan {you} selama proses ini.",
            "Sekali lagi saya ucapkan terima kasih atas perhatian {you}.",
            "Terima kasih atas bantuan {you} dalam mengatur {test} tersebut.",
        ),
        "withdrawal_thanks/test": (
            "Terima kasih atas kesempatan mengikuti {test}{details} dan atas perhatian {you} selama proses seleksi.",
            "Terima kasih atas waktu dan kesempatan yang {you} berikan selama proses ini.",
            "Terima kasih atas perhatian dan waktu {you} selama proses seleksi.",
        ),
        "keep_in_touch/test": (
            "Saya berharap kita dapat tetap terhubung.",
            "Semoga kita dapat berhubungan lagi pada kesempatan lain.",
            "Saya akan senang bila kita tetap berhubungan.",
        ),
        "next_look_forward/test": (
            "Saya akan mempersiapkan diri sebaik-baiknya.",
            "Saya menantikan tahap berikutnya.",
            "Saya menantikan kesempatan pada tahap selanjutnya.",
        ),
    }


class English(DraftTexts):
    lang = "en"
    title = "Thank-you email generator"
    labels = {
        "name": "Your name",
        "company": "Company",
        "role": "Position applied for",
        "contact": "Your contact details",
        "interview_date": "Interview date",
        "interview_date@test": "Test date",
        "format": "How the interview took place",
        "step": "What you took part in",
        "interviewers": "Interviewers",
        "interviewers.item": "Interviewer {n}",
        "interviewers.name": "Interviewer's name",
        "interviewers.title": "Job title",
        "interviewers.address": "How to address them",
        "interviewers.email": "Interviewer's email address",
        "interviewers.topic": "One specific thing you discussed with them",
        # After a test taken alone the one message goes to whoever arranged it: no one was interviewed.
        "interviewers@test": "Who arranged the test",
        "interviewers.item@test": "Recipient {n}",
        "interviewers.name@test": "Recipient's name",
        "interviewers.email@test": "Recipient's email address",
        "interviewers.topic@test": "A part of the test worth naming",
        "strength": "A strength or experience to reinforce",
        "forgot": "Something you forgot to mention",
        "why": "Why you want this role",
        "lang": "Message language",
        "register": "Register",
        "length": "Length",
        "channel": "Sent by",
        "variant": "Version",
        "follow_up_on": "Follow-up reminder date",
        "edit.text": "Message", "edit.base": "Message",
        "sample": "Example",
        "kind": "Kind of message",
        "attempt": "Which message",
        "interviewers.name_form": "Name in an English greeting",
        "time_of_day": "Greeting by time of day",
        "next_step": "The next round (from the invitation)",
        "offer_reply": "Your answer to the offer",
        "send_to": "Send to",
        "recruiter_interviewer": "The recruiter interviewed you as",
        "recruiter_name": "Recruiter's name",
        "recruiter_address": "How to address the recruiter",
        "recruiter_email": "Recruiter's email address",
    }
    hints = {
        "name": "Required, as it will appear in your signature.",
        "company": "Required, for example: Sinar Data Nusantara.",
        "role": "Required, for example: Data Analyst.",
        "contact": "A phone number, email address, or LinkedIn or portfolio link for your signature.",
        "interviewers.name": "Their name and any title (for example Dr. Rina Wijaya); choose the form of address below, so no Mr. or Ms. here.",
        "interviewers.name_form": "Many Indonesian names have no family name: pick the form this person uses.",
        "kind": "The checker picks this for you when you come from it.",
        "step": (
            "A test with no interviewer (written, psychometric, technical): the message names that test, not "
            "an interview, and one short message to whoever arranged it is enough."
        ),
        "next_step": "For example: the interview with the director on Thursday 3 December at 10:00.",
        "interviewers.address": "Your choice; this tool never guesses it from the name.",
        "interviewers.topic": "A short phrase, for example: the plan to move the data warehouse to the cloud. Without one the message is shorter and general.",
        "interviewers.name@test": (
            "Usually the recruiter or HR officer who sent the invitation to the test. Their name and any title; "
            "choose the form of address below. The message goes to the first recipient only."
        ),
        "interviewers.topic@test": "A short phrase, for example: the supply-chain case study. It can stay empty.",
        "strength": "A short phrase, for example: my three years of handling corporate clients.",
        "forgot": "For example: I also hold the Google Data Analytics certificate.",
        "why": "For example: I want to build products that small businesses use every day.",
        "variant": "The “Another version” button changes it; the same number always gives the same text.",
        "follow_up_on": "Leave it empty to have it counted as the checker does: about a week after the interview.",
        "follow_up_on@test": "Leave it empty to have it counted as the checker does: about a week after the test.",
        "send_to": (
            "If you only have the recruiter's address, choose one message to the recruiter and send it as a reply "
            "in the invitation's email thread: the subject stays “Re: …” as your mail app writes it."
        ),
        "recruiter_interviewer": (
            "If the recruiter was on the panel, pick their number: a thank-you thanks them for their own part, "
            "and a message about the process (a follow-up, a reply to news) goes to them."
        ),
        "recruiter_name": (
            "A message about the process goes to the recruiter when you fill this in. Leave it empty if you do not "
            "know it: a thank-you then goes to the hiring team, any other message to the first interviewer."
        ),
    }
    formats = {"": "Not stated", "phone": "Phone", "video": "Video call", "in_person": "In person"}
    steps = {
        "interview": "An interview",
        "test": "A test with no interviewer",
        "written_test": "A written test",
        "psychological_test": "A psychometric test",
        "technical_test": "A technical test",
    }
    addresses = {
        "bapak": "Bapak",
        "ibu": "Ibu",
        "mr": "Mr.",
        "ms": "Ms.",
        "mrs": "Mrs.",
        "mas": "Mas",
        "mbak": "Mbak",
        "kak": "Kak",
        "first_name": "First name only",
        "none": "No title",
    }
    languages = {"id": "Bahasa Indonesia", "en": "English"}
    registers = {"formal": "Formal", "semi_formal": "Semi-formal"}
    lengths = {"short": "Short", "standard": "Standard"}
    channels = {"email": "Email", "linkedin": "LinkedIn message", "whatsapp": "WhatsApp", "card": "Handwritten card"}

    another_version = "Another version"
    version = "Version {number}"
    sample_note = "This is an example with made-up names. Fill in your name, the company and the role to make your own."
    panel_note = "One message per interviewer, each built around that person and what you discussed with them."
    channel_notes = {
        "email": "Pick one of the subject lines, then copy the text, open it in your mail app, or download it as an .eml draft.",
        "linkedin": (
            "LinkedIn messages are kept under 1,900 characters, below the 2,000 characters LinkedIn gives for an "
            "InMail body. A connection-request note is far shorter (200 characters on a free account), so send "
            "this once you are connected."
        ),
        "whatsapp": "WhatsApp messages are short and have no subject. Send during working hours.",
        "card": "The card text is short enough to write by hand on one side of a card.",
    }
    message_heading = {
        "email": "Email {number} of {count}: {recipient}",
        "linkedin": "LinkedIn message {number} of {count}: {recipient}",
        "whatsapp": "WhatsApp message {number} of {count}: {recipient}",
        "card": "Card {number} of {count}: {recipient}",
    }
    single_heading = {
        "email": "Email to {recipient}",
        "linkedin": "LinkedIn message to {recipient}",
        "whatsapp": "WhatsApp message to {recipient}",
        "card": "Card for {recipient}",
    }
    recipient_team = "the hiring team"
    to_label = "To"
    to_unknown = "no email address given"
    subjects_heading = "Subject lines"
    word_count = "{count} words"
    character_count = "{count} characters (limit {limit})"
    copy_body = "Copy the message"
    copy_subject = "Copy the subject"
    open_in_mail = "Open in your mail app"
    download_eml = "Download the .eml draft"
    review_this = "Review this draft"
    open_example = "Adapt this example in the generator"
    eml_name = "thank-you"
    plain_subjects = "Subject lines"
    plain_words = "words"

    kinds = {
        "thank_you": "Thank you after the interview",
        "late_thank_you": "A late thank-you (a few days on)",
        "thank_you_and_follow_up": "Thank you and ask for news (about a week on)",
        "follow_up": "Ask for news of the process",
        "reply_to_rejection": "Reply to a rejection",
        "withdrawal": "Withdraw from the process",
        "confirm_next_round": "Confirm the next round",
        "reply_to_offer": "Reply to a job offer",
    }
    attempts = {"1": "First", "2": "Second (after no reply)"}
    name_forms = {
        "family": "Title + family name (Ms. Wijaya)",
        "given": "Title + given name (Ms. Rina)",
        "full": "Title + full name (Ms. Rina Wijaya)",
    }
    times_of_day = {"": "For when it is sent (working hours)", "morning": "Morning", "midday": "Midday", "afternoon": "Afternoon",
                    "evening": "Evening"}
    offer_replies = {"consider": "Thank them and review the offer first", "accept": "Accept the offer",
                     "decline": "Decline the offer graciously"}
    ask_topic = "What did you talk about with {addressee}? Add one thing under “{field}” to make this message personal."
    ask_topic_test = (
        "Was there a part of the {test} worth naming, such as a case study? Add it under “{field}” to make this "
        "message personal."
    )
    ask_address = ("Bapak or Ibu for {name}? A formal Indonesian letter or message greets with one of them: choose under “{field}”. "
                   "Until you do, it says “{both}”.")
    ask_none = "Without a topic this message only thanks them: this tool does not invent what was said."
    ask_next_step_language = (
        "Part of “{field}” seems to be in {written}, but the message is in {message}. The message quotes it as "
        "you typed it: write it again in {message} in that field so that the two languages do not mix."
    )
    sources_heading = "Your own words in this message"
    source_names = {
        "topic": "topic", "strength": "strength", "why": "reason", "forgot": "forgotten point",
        "next_step": "next round", "name": "interviewer's name", "courtesy": "courtesy line",
    }

    send_to_options = {
        "each": "One message to each interviewer",
        "recruiter": "One message to the recruiter, naming every interviewer",
    }
    recruiter_places = {
        "": "Not on the panel",
        "1": "Interviewer 1", "2": "Interviewer 2", "3": "Interviewer 3", "4": "Interviewer 4", "5": "Interviewer 5",
    }
    reply_notes = {
        "follow_up": (
            "Send it as a reply in the thread of your thank-you (or of the recruiter who has been writing to you), "
            "so the context is right there. Your mail app writes the subject itself (“Re: …”); keep it as it is. "
            "The subject lines below are for a new email only, when there is no thread to reply in."
        ),
        "news": (
            "Send it as a direct reply to the message that brought the news. Your mail app writes the subject "
            "itself (“Re: …”); keep it as it is. The subject lines below are for a new email only, when the news "
            "came by phone."
        ),
        "withdrawal": (
            "Send it as a reply in the email thread that arranged your interview. Your mail app writes the subject "
            "itself (“Re: …”); keep it as it is. The subject lines below are for a new email only, when there is "
            "no thread to reply in."
        ),
    }
    recruiter_note = (
        "One message to the recruiter: reply to the interview invitation so this message stays in the same thread. "
        "Your mail app writes the subject itself (“Re: …”); keep it as it is. "
        "The message thanks the recruiter, names each interviewer once, and asks the recruiter to pass your thanks on."
    )
    other_interviewers = {"one": "the other interviewer", "many": "the other interviewers",
                          "all_one": "my interviewer", "all_many": "my interviewers"}
    titled_third = {"male": "the {title}", "female": "the {title}", "neutral": "the {title}"}
    them = {"one": "them", "one_male": "him", "one_female": "her", "many": "them"}
    # "The same goes for Mr. Hartanto, who generously gave me his time" (not "their", said of one man).
    their = {"one": "their", "one_male": "his", "one_female": "her", "many": "their"}
    # Grammar a message says as often as it needs, which no reader counts (the generator's repetition check).
    grammar_words = frozenset("would about there which could should".split())
    list_pair = "{first} and {last}"
    list_last = "{rest}, and {last}"
    edit_label = "Message (you can edit it right here)"
    edit_hint = (
        "Until you edit it, this message follows the form above. Once you do, your text is kept, "
        "and it is checked each time you type."
    )
    edited_note = "You edited this message, and the form above has changed since. Your text is kept."
    take_new_draft = "Use the new draft"
    review_error = "This message cannot be checked yet: {message}"
    send_heading = "Send"
    share = "Share to another app…"
    share_hint = "Opens your phone's share menu: pick WhatsApp or LinkedIn."
    reminder = "Save a follow-up reminder for {date} (.ics)"
    show_words = "Show your words"
    show_words_note = (
        "Marked sentences come from what you typed; the field is named in square brackets. "
        "The other sentences are courtesy lines. The marks are not copied."
    )

    format_phrases = {"phone": "by phone", "video": "over a video call", "in_person": "in person"}
    tests = {"test": "assessment", "written_test": "written test", "psychological_test": "psychometric test",
             "technical_test": "technical test"}
    test_rounds = "test tests assessment psychometric psychological aptitude exam medical check-up checkup mcu toefl ielts quiz coding psikotes"
    date_phrase = "on {day} {month}"
    pronouns = {"bapak": "you", "ibu": "you", "mas": "you", "mbak": "you", "kak": "you", "neutral": "you", "team": "you"}
    formal_honorifics = {"bapak": "Mr.", "ibu": "Ms.", "mas": "Mr.", "mbak": "Ms.", "mr": "Mr.", "ms": "Ms.", "mrs": "Mrs."}
    short_honorifics = {"bapak": "Mr.", "ibu": "Ms.", "mas": "Mr.", "mbak": "Ms.", "kak": "Kak", "mr": "Mr.", "ms": "Ms.", "mrs": "Mrs."}
    unnamed = {"male": "Sir", "female": "Madam", "neutral": "Sir or Madam"}
    titled_unnamed = {"male": "{title}", "female": "{title}", "neutral": "{title}"}
    post_at_company = "{post} at {company}"
    offices = {"duta besar": "Ambassador", "dubes": "Ambassador", "konsul jenderal": "Consul General", "menteri": "Minister",
               "gubernur": "Governor", "wali kota": "Mayor", "rektor": "Rector", "dekan": "Dean",
               "capt": "Captain", "kapten": "Captain", "romo": "Father", "pastor": "Father", "suster": "Sister",
               "sr": "Sister", "pdt": "Reverend"}
    posts = {"kepala {unit}": "Head of {unit}", "manajer {unit}": "{unit} Manager", "manager {unit}": "{unit} Manager", "direktur {unit}": "{unit} Director",
             "koordinator {unit}": "{unit} Coordinator", "kepala sekolah": "Principal", "kepala cabang": "Branch Manager",
             "direktur utama": "President Director", "presiden direktur": "President Director", "{unit}": "{unit} Team",
             "kepala toko": "Store Manager",
             "user": "Hiring Manager", **offices}
    units = {"hrd": "HR", "hr": "HR", "sdm": "HR", "personalia": "Personnel", "keuangan": "Finance",
             "pemasaran": "Marketing", "penjualan": "Sales", "produksi": "Production", "operasional": "Operations",
             "gudang": "Warehouse", "it": "IT", "rekrutmen": "Recruitment", "umum": "General Affairs"}
    team_addressee = "Hiring Team at {company}"
    committee_addressee = "Selection Committee at {company}"  # no one named at a government body
    # A committee is named by what it selects for, not by its company ("Dear Selection Committee,").
    group_addressees = {"team": "{unit} Team at {company}", "committee": "{unit} Committee",
                        "department": "{unit} {group} at {company}"}
    group_units = {"hr": "HR", "hrd": "HR", "sdm": "HR", "personalia": "Personnel", "rekrutmen": "Recruitment",
                   "recruitment": "Recruitment", "recruiting": "Recruiting", "hiring": "Hiring", "seleksi": "Selection",
                   "selection": "Selection", "talent acquisition": "Talent Acquisition", "human resources": "Human Resources",
                   "people": "People", "people and culture": "People and Culture", "ta": "Talent Acquisition",
                   "rekrutmen dan seleksi": "Recruitment and Selection", "penerimaan": "Recruitment",
                   # Other units a team is named by (an office's own units are ``units``), in either language.
                   "kreatif": "Creative", "creative": "Creative", "finance": "Finance", "marketing": "Marketing",
                   "sales": "Sales", "production": "Production", "operations": "Operations",
                   "teknologi": "Technology", "technology": "Technology", "engineering": "Engineering",
                   "desain": "Design", "design": "Design", "hukum": "Legal", "legal": "Legal", "konten": "Content",
                   "content": "Content", "produk": "Product", "product": "Product", "data": "Data",
                   "pengadaan": "Procurement", "procurement": "Procurement", "akuntansi": "Accounting",
                   "accounting": "Accounting", "redaksi": "Editorial", "editorial": "Editorial",
                   "layanan pelanggan": "Customer Service", "customer service": "Customer Service",
                   "user": "Hiring"}  # "Tim User": the hiring manager's team
    group_default_units = {"team": "Hiring", "committee": "Selection", "department": "HR"}
    group_third = "the {group}"
    group_words = {"divisi": "Division", "departemen": "Department", "department": "Department", "bagian": "Department"}
    # English greets with "Dear" + title + family name in a formal message, in every channel (FACTS:
    # "Address and register"). A semi-formal one, in every channel, greets a first name with "Hi"
    # ("Hi Maria,": the first name chosen, or a single name typed with no title) and a title or a full
    # name with "Hello" ("Hello Ms. Wijaya,"); "Dear" stays only for no name at all ("Dear Hiring
    # Team at …", "Dear Sir or Madam,"), which no register greets with "Hi".
    conventions = {
        "formal_email": "letter_opening", "formal_letter": "letter", "formal_card": "letter", "formal_chat": "letter",
        "semi_formal_email": "semi", "semi_formal_letter": "semi", "semi_formal_card": "semi",
        "semi_formal_chat": "semi", "first_name": "first_name", "first_name_card": "first_name",
        "semi_unnamed": "letter",
    }
    greetings = {
        "letter_opening": "Dear {addressee},",
        "letter": "Dear {addressee},",
        "semi": "Hello {addressee},",
        "time": "Good {time}, {addressee},",
        "first_name": "Hi {addressee},",
    }
    times = {"morning": "morning", "midday": "afternoon", "afternoon": "afternoon", "evening": "evening"}
    sign_offs = {"formal": "Kind regards,", "semi_formal": "Best regards,"}
    subjects = {
        "thank_you": (
            "Thank you for the {role} interview",
            "Thank you – {role} interview at {company}",
            "{role} interview: thank you from {name}",
            "Thank you for your time – {name}",
            "With thanks from {name}, {role} candidate",
        ),
        "late_thank_you": (
            "Thank you for the {role} interview",
            "Thank you – {role} interview at {company}",
            "With thanks from {name}, {role} candidate",
        ),
        "thank_you_and_follow_up": (
            "Thank you and a follow-up – {role} interview",
            "{role} interview: thanks and a question",
            "Following up on the {role} interview – {name}",
        ),
        "follow_up": (
            "Following up on the {role} interview",
            "{role} application – follow-up from {name}",
            "Checking in on the {role} position at {company}",
        ),
        "reply_to_rejection": (
            "Thank you for letting me know – {role}",
            "Re: your decision on the {role} position",
            "With thanks for the process – {name}",
        ),
        "withdrawal": (
            "Withdrawing my application for {role}",
            "{role} application: withdrawal – {name}",
            "Withdrawal from the {role} process at {company}",
        ),
        "confirm_next_round": (
            "Confirming the next round – {role}",
            "{role}: confirming my attendance – {name}",
            "Re: invitation to the next round for {role}",
        ),
        "reply_to_offer": (
            "Re: your offer for the {role} position",
            "{role} offer – thank you from {name}",
            "Thank you for the {role} offer",
        ),
        "thank_you/test": (
            "Thank you for the {test} – {role}",
            "Thank you – {test} for the {role} role at {company}",
            "Thank you for the {test} – {name}",
            "With thanks from {name}, {role} candidate",
            "Thank you for the opportunity – {name}",
        ),
        "late_thank_you/test": (
            "Thank you for the {test} – {role}",
            "Thank you – {test} for the {role} role at {company}",
            "With thanks from {name}, {role} candidate",
        ),
        "thank_you_and_follow_up/test": (
            "Thank you and a follow-up – {test} for {role}",
            "Following up on the {test} – {name}",
            "Thanks and a question – {name}",
        ),
        "follow_up/test": (
            "Following up on the {test} for {role}",
            "{role} application – follow-up from {name}",
            "Checking in on the {role} position at {company}",
        ),
    }
    subject_fallbacks = {
        "thank_you/test": ("Thank you for the {test} – {name}", "With thanks from {name}", "Thank you for the {test}",
                           "Thank you for the opportunity"),
        "late_thank_you/test": ("Thank you for the {test} – {name}", "With thanks from {name}", "Thank you for the {test}"),
        "thank_you_and_follow_up/test": ("Thank you and a follow-up – {name}", "Thanks and a question from {name}",
                                         "Following up on the {test}"),
        "follow_up/test": ("{role} – following up", "Following up on the {test} – {name}", "Checking in – {name}",
                           "Checking in on my application"),
        "thank_you": ("{role} interview – thank you", "Thank you for the interview – {name}",
                      "With thanks from {name}", "Thank you for the interview", "Thank you for your time", "With thanks after our interview"),
        "late_thank_you": ("{role} interview – thank you", "Thank you for the interview – {name}",
                           "With thanks from {name}", "Thank you for the interview", "With thanks after our interview"),
        "thank_you_and_follow_up": ("{role} interview – thanks and a follow-up", "Thank you and a follow-up – {name}",
                                    "Thanks and a question from {name}", "Thank you and a follow-up", "Following up on my interview"),
        "follow_up": ("{role} – following up", "Following up on my interview – {name}", "Checking in – {name}",
                      "Following up on my interview",
                      "Checking in on my application"),
        "reply_to_rejection": ("{role} – thank you for letting me know", "Thank you for letting me know – {name}",
                               "Thank you for letting me know", "With thanks for the process"),
        "withdrawal": ("{role} – withdrawing my application", "Withdrawing my application – {name}",
                       "Withdrawing my application", "Withdrawal from the process"),
        "confirm_next_round": ("{role} – confirming the next round", "Confirming the next round – {name}",
                               "Confirming the next round", "Confirming my attendance"),
        "reply_to_offer": ("{role} offer – thank you", "Re: your job offer – {name}", "Re: your job offer",
                           "Thank you for the job offer"),
    }

    banks = {
        "opening/formal": (
            "Thank you for taking the time to speak with me{details} about the {role} position at {company}.",
            "Thank you for the opportunity to interview{details} for the {role} position at {company}.",
            "Thank you for interviewing me{details} for the {role} position at {company}.",
            "I would like to thank you for our conversation{details} about the {role} position at {company}.",
            "I am grateful for the time you spent with me{details} discussing the {role} position at {company}.",
        ),
        "opening/semi_formal": (
            "Thank you for speaking with me{details} about the {role} role at {company}.",
            "Thanks for a really good talk{details} about joining {company} {as_role}.",
            "Thank you for the conversation{details} about {company} and the {role} role.",
            "Thank you for your time in our interview{details} for the {role} position at {company}.",
            "Many thanks for talking with me{details} about the {role} opening at {company}.",
        ),
        "chat_opening/formal": (
            "This is {name}, the candidate you interviewed{details} for the {role} position at {company}. "
            "Thank you for your time.",
            "My name is {name}, and I would like to thank you for interviewing me{details} for the {role} position at {company}.",
            "I am {name}. Thank you for the opportunity to interview{details} for the {role} position at {company}.",
            "This is {name}; I am writing to thank you for our conversation{details} about the {role} position at {company}.",
            "My name is {name}. Thank you for speaking with me{details} about the {role} position at {company}.",
        ),
        "chat_opening/semi_formal": (
            "It's {name} here. Thank you for talking with me{details} about the {role} role at {company}.",
            "This is {name}. Thank you so much for the conversation{details} about the {role} role at {company}.",
            "I'm {name}, and I wanted to thank you for interviewing me{details} for the {role} role at {company}.",
            "This is {name}. Thanks for our conversation{details} about the {role} role at {company}.",
            "It's {name}. Thank you for speaking with me{details} about the {role} role at {company}.",
        ),
        "topic/formal": (
            "I particularly valued our discussion of {topic}.",
            "The part of the interview I found most useful was the discussion of {topic}.",
            "I valued the chance to talk with you about {topic}.",
            "Our discussion of {topic} has given me a good deal to think about.",
            "I was glad we had the chance to talk about {topic}.",
        ),
        "topic_clause": (
            "I was glad to hear that {topic}.",
            "It was interesting to learn that {topic}.",
            "I was especially interested to hear that {topic}.",
            "I enjoyed hearing that {topic}.",
            "It was good to learn that {topic}.",
        ),
        "topic/semi_formal": (
            "I'm glad we got to talk about {topic}.",
            "Talking about {topic} is the part I keep coming back to.",
            "It was good to talk with you about {topic}.",
            "I really enjoyed our talk about {topic}.",
            "A highlight for me was getting to talk through {topic}.",
        ),
        "strength/formal": (
            "I believe {strength} would be a real asset.",
            "I would hope to put {strength} to good use from the start.",
            "In my view, {strength} would be directly relevant to this position.",
        ),
        "strength_clause/formal": (
            "I would like to add that {strength}.",
            "One point I would like to underline is that {strength}.",
            "It may also be relevant that {strength}.",
        ),
        # A list of unlike items ("strong SQL, detail-oriented, a team player"): said after a colon.
        "strength_list/formal": (
            "A few things I would bring to the team: {strength}.",
            "To sum up what I can offer: {strength}.",
            "What I would hope to contribute: {strength}.",
        ),
        "strength_list/semi_formal": (
            "A few things I'd bring to the team: {strength}.",
            "In short, what I can offer: {strength}.",
            "What I'd hope to bring: {strength}.",
        ),
        "strength/semi_formal": (
            "I think {strength} could add real value.",
            "I'm confident {strength} would come in handy here.",
            "I'd love to put {strength} to work.",
        ),
        "strength_clause/semi_formal": (
            "I'd also like to add that {strength}.",
            "One thing I'd like to underline: {strength}.",
            "It may also help to know that {strength}.",
        ),
        "why/formal": (
            "I applied for this position because {why}.",
            "This position appeals to me because {why}.",
            "My reason for applying remains the same: {why}.",
        ),
        "why/semi_formal": (
            "I applied because {why}.",
            "The role stands out to me because {why}.",
            "My reason for applying is simple: {why}.",
        ),
        "why_noun": (
            "What draws me to this position is {why}.",
            "My reason for applying is simple: {why}.",
            "This position appeals to me because of {why}.",
        ),
        # A reason that gives its own reason ("… because the company is large"): no "because" before it.
        "why_colon": (
            "My reason for applying is this: {why}.",
            "What led me to apply: {why}.",
            "Here is why I applied: {why}.",
        ),
        "why_purpose": (
            "I applied for this position {why}.",
            "I would like to join {company} {why}.",
            "I put myself forward for this role {why}.",
        ),
        "forgot/formal": (
            "There is one point I did not raise during the interview: {forgot}.",
            "I wish to add one point I did not mention: {forgot}.",
            "Allow me to add something I left out during the interview: {forgot}.",
        ),
        "forgot/semi_formal": (
            "There's one thing I forgot to mention: {forgot}.",
            "I'd like to add something I didn't get to say: {forgot}.",
            "There's one more thing I didn't get to mention: {forgot}.",
        ),
        # A question the reader forgot to ask ("I forgot to ask about …", "whether …", "is the role hybrid?").
        "forgot_question/formal": (
            "I also meant to ask about {forgot}; if you have a moment, I would be glad to hear a little more about it.",
            "There was one question I did not get to ask, about {forgot}, and I would be glad to hear a little more when convenient.",
            "If you have a moment, I would also be glad to hear about {forgot}, which I did not get to ask about.",
        ),
        "forgot_question/semi_formal": (
            "I forgot to ask about {forgot}, so I'd love to hear a bit more about it when you have a moment.",
            "One thing I didn't get to ask about was {forgot}; I'd love to hear a bit about it when you have time.",
            "I meant to ask about {forgot} too, and I'd be glad to hear more whenever it suits you.",
        ),
        "forgot_question_clause/formal": (
            "I also meant to ask {forgot}; if you have a moment, I would be glad to know.",
            "One question I did not get to ask is {forgot}, and I would welcome a word on it when convenient.",
            "If you have a moment, I would also be glad to know {forgot}, which I did not get to ask.",
        ),
        "forgot_question_clause/semi_formal": (
            "I forgot to ask {forgot}, so I'd love to know when you have a moment.",
            "One thing I didn't get to ask is {forgot}; I'd love to know when you have time.",
            "I meant to ask {forgot} too, and I'd be glad to hear whenever it suits you.",
        ),
        "forgot_question_direct/formal": (
            "There is one question I did not get to ask: {forgot}?",
            "May I add one question I did not get the chance to ask: {forgot}?",
            "One question I did not get to ask: {forgot}?",
        ),
        "forgot_question_direct/semi_formal": (
            "One thing I forgot to ask: {forgot}?",
            "I meant to ask one more thing: {forgot}?",
            "A quick question I didn't get to ask: {forgot}?",
        ),
        "offer/formal": (
            "If any further information or documents would be helpful, I would be glad to provide them.",
            "Should there be anything else I can provide, I would be happy to prepare it.",
            "I am happy to provide any additional information you may need.",
            "If you have any follow-up questions, I would be pleased to answer them.",
            "If it would be useful, I can share work samples or references.",
        ),
        "offer/semi_formal": (
            "If you need anything else from me, just let me know.",
            "I'm happy to answer any follow-up questions.",
            "Please feel free to reach out if there's anything else I can send.",
            "I'd be glad to share samples of my work if that would help.",
            "If any documents are missing, please let me know and I'll send them.",
        ),
        "thank_interest/formal": (
            "I am very interested in joining {company}.",
            "I would be glad to contribute to the team at {company}.",
            "I am very enthusiastic about this role.",
            "I hope to have the chance to join {company}.",
            "I am keen to take the next step in the process.",
        ),
        "thank_interest/semi_formal": (
            "I'm very keen to join {company}.",
            "I'd love the chance to join the team at {company}.",
            "I'm keen to take the next step.",
            "I hope to have the chance to work with you.",
            "I'd be glad to continue with the process.",
        ),
        "look_forward/formal": (
            "I look forward to hearing about the next steps.",
            "I look forward to hearing from you regarding the next stage of the process.",
            "I would be glad to take part in the next stage.",
            "I look forward to hearing from you.",
            "I would be glad to hear about the next steps.",
        ),
        "look_forward/semi_formal": (
            "I look forward to hearing from you.",
            "Looking forward to hearing about the next steps.",
            "I hope to speak with you soon.",
            "I look forward to hearing from the team at {company}.",
            "I hope to see you at the next stage.",
        ),
        # To a recruiter who was not on the panel: no conversation of theirs to continue, no meeting again.
        "look_forward/unmet/formal": (
            "I look forward to hearing about the next steps.",
            "I look forward to hearing from you regarding the next stage of the process.",
            "I look forward to hearing from you.",
            "I would be glad to hear about the next steps.",
            "I would be glad to take part in the next stage.",
        ),
        "look_forward/unmet/semi_formal": (
            "I look forward to hearing from you.",
            "Looking forward to hearing about the next steps.",
            "I look forward to hearing from the team at {company}.",
            "I'd be glad to hear about the next steps.",
            "I hope to hear from you soon.",
        ),
        "thanks_again/formal": (
            "Thank you again for your time and consideration.",
            "Once again, thank you very much.",
            "Thank you for considering my application.",
            "Thank you once more for your time.",
            "Many thanks again for speaking with me.",
        ),
        "thanks_again/semi_formal": (
            "Thanks again for your time.",
            "Thank you again for the opportunity.",
            "Thank you again for speaking with me.",
            "Thanks again for considering me.",
            "Thank you for taking the time to talk with me.",
        ),
        "chat_intro": ("This is {name}.",),
        "late_opening/formal": (
            "A few days have passed since our interview{details}, but I would still like to thank you for speaking "
            "with me about the {role} position at {company}.",
            "I would like to thank you, if a little belatedly, for the interview{details} for the {role} position at {company}.",
            "I am writing a few days later than I had planned, but I did want to thank you for our interview{details} about "
            "the {role} position at {company}.",
            "I wanted to thank you, even a few days on, for the interview{details} for the {role} position at {company}.",
            "Thank you, if a little late, for the time you spent with me{details} discussing the {role} position at {company}.",
        ),
        "late_opening/semi_formal": (
            "This note is a little late, but I still wanted to thank you for the interview{details} for the {role} role at {company}.",
            "I'm a few days late with this, but I wanted to say thank you for our interview{details} about the {role} role at {company}.",
            "Thank you, if a little belatedly, for talking with me{details} about the {role} role at {company}.",
            "I'm writing a few days later than I meant to, but I wanted to thank you for our interview{details} about the {role} role at {company}.",
            "Better late than never: thank you for the interview{details} for the {role} role at {company}.",
        ),
        "late_chat_opening": (
            "This is {name}, a candidate for the {role} position at {company}. Thank you for the interview{details}, even if this note comes a few days late.",
            "My name is {name}. I would like to thank you, if a little belatedly, for the interview{details} for the "
            "{role} position at {company}.",
            "This is {name}. I wanted to thank you, a few days on, for our interview{details} about the {role} position at {company}.",
            "My name is {name}. This note is a little late, but I wanted to thank you for the interview{details} for the {role} "
            "position at {company}.",
            "This is {name}, who interviewed{details} for the {role} position at {company}. Thank you for your time, "
            "if a little belatedly.",
        ),
        "thanks_follow_opening/formal": (
            "I would like to thank you for the interview{details} for the {role} position at {company}.",
            "Thank you for the opportunity to interview{details} for the {role} position at {company}.",
            "I am writing to thank you for the interview{details} for the {role} position at {company}.",
            # A panel's members each get this email: five openings and five questions, so no two read alike.
            "Thank you for taking the time to interview me{details} for the {role} position at {company}.",
            "Thank you for speaking with me{details} about the {role} position at {company}.",
        ),
        "thanks_follow_opening/semi_formal": (
            "Thanks for the interview{details} for the {role} role at {company}.",
            "I wanted to thank you for our interview{details} about the {role} role at {company}.",
            "Thank you for the chance to interview{details} for the {role} role at {company}.",
            "Thank you for making time to interview me{details} for the {role} role at {company}.",
            "Thanks for your time in the interview{details} for the {role} role at {company}.",
        ),
        "status_question/formal": (
            "I would be grateful to know whether there is any news on the selection process.",
            "May I ask how the selection process is progressing?",
            "If possible, I would be glad to hear how the selection process is progressing.",
            "Has there been any progress in the selection process so far?",
            "Could you let me know where the selection process stands at the moment?",
        ),
        "status_question/semi_formal": (
            "I wanted to ask whether there's any news on the process.",
            "Can you let me know how the process is going?",
            "I'd be glad to hear whether there's been any progress on the role.",
            "Where do things stand with the process at the moment?",
            "Is there any update on the process so far?",
        ),
        "interest/formal": (
            "I remain very interested in this opportunity.",
            "My interest in this position is as strong as it was.",
            "I am still very keen to join the team.",
        ),
        "interest/semi_formal": (
            "I'm still very interested in the opportunity.",
            "My interest hasn't changed.",
            "I'm still keen to join the team.",
        ),
        "follow_opening/formal": (
            "I am writing to follow up on my interview{details} for the {role} position at {company}.",
            "I would like to follow up on the interview{details} for the {role} position at {company}.",
            "I am writing about the {role} position at {company}, for which I interviewed{details}.",
        ),
        "follow_opening/semi_formal": (
            "I wanted to follow up on my interview{details} for the {role} role at {company}.",
            "I'm writing to check in about my interview{details} for the {role} role at {company}.",
            "Just following up on my interview{details} for the {role} role at {company}.",
        ),
        "recall_topic_clause": (
            "In that interview, I was glad to hear that {topic}.",
            "I still remember hearing that {topic}.",
            "Learning that {topic} has stayed with me.",
        ),
        "recall_topic": (
            "In that interview, we discussed {topic}.",
            "I still remember our discussion of {topic}.",
            "Our conversation about {topic} has stayed with me.",
        ),
        "follow_question/formal": (
            "May I ask whether there is any news on the selection process?",
            "If there has been any progress, I would be glad to hear it.",
            "I would be grateful for any update on the selection process.",
        ),
        "follow_question/semi_formal": (
            "Is there any news on the process?",
            "If there's been any progress, I'd be glad to hear it.",
            "Could you let me know where the process stands?",
        ),
        "second_opening/formal": (
            "I would like to follow up on my earlier message about the {role} position at {company}.",
            "Further to my previous message, I am writing again about the selection process for the {role} position at {company}.",
            "I am writing once more about the {role} position at {company}.",
        ),
        "second_opening/semi_formal": (
            "I wanted to follow up on my earlier message about the {role} role at {company}.",
            "I'm writing again about the {role} role at {company}.",
            "Following on from my last message, I wanted to check in again about the {role} role at {company}.",
        ),
        "second_question/formal": (
            "If another candidate has already been chosen, I would still be grateful to know.",
            "Whatever the outcome, I would appreciate hearing where things stand.",
            "If a decision has been made, I would be grateful to hear it, whatever the result.",
        ),
        "second_question/semi_formal": (
            "If someone else has already been chosen, I'd still be grateful to know.",
            "Whatever the outcome, I'd appreciate hearing where things stand.",
            "If a decision has been made, I'd be glad to hear it either way.",
        ),
        "future": (
            "I would welcome being considered for other openings in the future.",
            "I would be glad to be considered for future opportunities.",
            "If another suitable position opens, I would be pleased to hear about it.",
        ),
        "rejection_topic_clause": (
            "I was glad to hear that {topic}.",
            "I enjoyed learning that {topic}.",
            "Hearing that {topic} was a valuable experience for me.",
        ),
        "rejection_topic": (
            "I valued the chance to talk with you about {topic}.",
            "I enjoyed our discussion of {topic}.",
            "Our conversation about {topic} was a valuable experience for me.",
        ),
        "reachable": (
            "You can reach me by replying to this message if anything else comes up.",
            "If anything else comes up, you can reach me by replying to this message.",
        ),
        "process_wish": (
            "I hope the selection process goes well.",
            "I hope you find the right person for the role.",
            "I wish you a smooth hiring process.",
        ),
        "keep_in_touch": (
            "I hope we can stay in touch.",
            "I hope our paths cross again.",
            "I would be glad to stay in touch.",
        ),
        "next_look_forward": (
            "I look forward to it.",
            "I look forward to meeting the team again.",
            "I look forward to taking part.",
        ),
        # The next round is a test or a check-up: no one to meet again, a stage to prepare for.
        "next_look_forward_test": (
            "I look forward to it.",
            "I look forward to taking part.",
            "I look forward to this stage of the process.",
        ),
        "offer_pleased": (
            "I am very pleased to receive this news.",
            "This offer means a great deal to me.",
            "I was delighted to hear the news.",
        ),
        "offer_again": (
            "I am grateful for this opportunity.",
            "I greatly appreciate your confidence in me.",
            "The trust you have placed in me means a great deal.",
        ),
        "offer_accept_close": (
            "I look forward to joining the team.",
            "I look forward to getting started.",  # not "working with you": the offer may come from a recruiter
            "I look forward to starting work with the team.",
        ),
        "rejection_thanks/formal": (
            "Thank you for letting me know the outcome of the selection process for the {role} position at {company}.",
            "Thank you for informing me of your decision on the {role} position at {company}.",
            "I appreciate you letting me know the result for the {role} position at {company}.",
        ),
        "rejection_thanks/semi_formal": (
            "Thanks for letting me know how things went with the {role} role at {company}.",
            "Thank you for telling me how the process for the {role} role at {company} turned out.",
            "Thank you for the update on the {role} role at {company}.",
        ),
        "rejection_process/formal": (
            "I appreciate the time you gave me throughout the process.",
            "I am grateful for the time you spent with me during the selection process.",
            "I valued the opportunity to take part in this process.",
        ),
        "rejection_process/semi_formal": (
            "I appreciate the time you gave me during the process.",
            "I appreciate the time you spent with me along the way.",
            "I was glad to take part in the process.",
        ),
        "wish/formal": (
            "I wish you and the team at {company} every success.",
            "I wish everyone at {company} all the best.",
            "With best wishes to you and everyone at {company}.",
        ),
        "wish/semi_formal": (
            "All the best to you and the team at {company}.",
            "Wishing you and everyone at {company} every success.",
            "Best of luck to the team at {company}.",
        ),
        "wish/team/formal": (
            "I wish everyone at {company} every success.",
            "I wish everyone at {company} all the best.",
            "With best wishes to everyone at {company}.",
        ),
        "wish/team/semi_formal": (
            "All the best to everyone at {company}.",
            "Wishing everyone at {company} every success.",
            "Best of luck to the team at {company}.",
        ),
        "withdrawal_notice/formal": (
            "I am writing to let you know that I would like to withdraw my application for the {role} position at {company}.",
            "I would like to inform you that I have decided to withdraw from the selection process for the {role} position at {company}.",
            "Please accept this message as notice that I am withdrawing my application for the {role} position at {company}.",
        ),
        "withdrawal_notice/semi_formal": (
            "I wanted to let you know that I'm withdrawing my application for the {role} role at {company}.",
            "I've decided to withdraw from the process for the {role} role at {company}.",
            "I'm writing to let you know I'm stepping back from the process for the {role} role at {company}.",
        ),
        "withdrawal_early": (
            "I am telling you now so that you can plan the rest of the process.",
            "I am letting you know at this stage so that the schedule can be adjusted.",
            "I thought it best to tell you early so that nothing is held up.",
        ),
        "withdrawal_thanks/formal": (
            "Thank you for your time and for the opportunity to be considered.",
            "I am grateful for the time you have given my application.",
            "Thank you for your time and attention throughout the process.",
        ),
        "withdrawal_thanks/semi_formal": (
            "Thank you for your time and for considering me.",
            "Thanks for the time you've given my application.",
            "Thank you for all your time.",
        ),
        "next_thanks/formal": (
            "Thank you for inviting me to the next stage of the selection process for the {role} position at {company}.",
            "I am grateful for the opportunity to continue in the selection process for the {role} position at {company}.",
            "Thank you for letting me know that I can move on to the next stage for the {role} position at {company}.",
        ),
        "next_thanks/semi_formal": (
            "Thanks for inviting me to the next round for the {role} role at {company}.",
            "Thank you for moving me on to the next stage for the {role} role at {company}.",
            "Thanks for the good news about the next round for the {role} role at {company}.",
        ),
        "next_confirm": (
            "I confirm that I will attend {next_step}.",
            "I will be glad to attend {next_step}.",
            "This is to confirm that I will be there for {next_step}.",
        ),
        # The next round given as a moment alone ("Thursday 3 December at 10am").
        "next_confirm_moment": (
            "I confirm that I will attend at the time you gave: {next_step}.",
            "I am glad to confirm my attendance: {next_step}.",
            "This is to confirm that I will be there: {next_step}.",
        ),
        "next_confirm_plain": (
            "I confirm that I will attend at the time given in your invitation.",
            "I am glad to confirm my attendance as scheduled in your invitation.",
            "This is to confirm that I will take part at the time you proposed.",
        ),
        "next_prepare": (
            "If there is anything I should prepare or bring, please let me know.",
            "Do let me know if I should prepare anything beforehand.",
            "Please let me know if there are any documents I should send in advance.",
        ),
        "offer_thanks/formal": (
            "Thank you for the offer to join {company} {as_role}.",
            "Thank you for offering me the {role} position at {company}.",
            "I am grateful for your confidence in offering me the {role} position at {company}.",
        ),
        "offer_thanks/semi_formal": (
            "Thank you so much for the offer to join {company} {as_role}.",
            "Thanks for offering me the {role} role at {company}.",
            "Thank you for the offer of the {role} role at {company}.",
        ),
        "offer_accept": (
            "I am delighted to accept.",
            "I am pleased to accept.",
            "I am happy to accept.",
        ),
        "offer_accept_next": (
            "Please let me know the next steps and any documents I should prepare.",
            "I would be grateful for details of the next steps and the documents you need from me.",
            "Please tell me what you need from me for the next steps.",
        ),
        "offer_consider": (
            "I will read the details carefully and then reply.",
            "I am reviewing the details and will reply once I have finished.",
            "Allow me to read through the details first; I will send my reply afterwards.",
        ),
        "offer_decline/formal": (
            "After careful consideration, I have decided not to accept it.",
            "Having given it careful thought, I must respectfully decline.",
            "After much thought, I have decided to decline.",
        ),
        "offer_decline/semi_formal": (
            "After thinking it over carefully, I've decided not to accept it.",
            "I've given it a lot of thought and have decided to decline.",
            "I've thought it over carefully, and I'm going to decline.",
        ),
        "offer_decline_thanks/formal": (
            "I truly appreciate the time and attention you gave me throughout the process.",
            "I am grateful for the time you and the team gave me during the selection process.",
            "I valued the chance to get to know the team during the process.",
        ),
        "offer_decline_thanks/semi_formal": (
            "I really appreciate the time you gave me throughout the process.",
            "I'm grateful for all the time you and the team gave me.",
            "I was glad to get to know the team during the process.",
        ),
        "offer_decline_door": (
            "I hope our paths cross again.",
            "I would be glad to stay in touch.",
            "I hope we can keep in touch.",
        ),
        "offer_decline_wish": (
            "I wish you and the team every success.",
            "Best wishes to you and everyone there.",
            "With best wishes for everything ahead.",
        ),
        "offer_decline_wish/team": (
            "I wish the whole team every success.",
            "Best wishes to everyone there.",
            "With best wishes for everything ahead.",
        ),
        "offer_decline_thanks/team/formal": (
            "I truly appreciate the time and attention you gave me throughout the process.",
            "I am grateful for the time you gave me during the selection process.",
            "I valued the chance to get to know the team during the process.",
        ),
        "offer_decline_thanks/team/semi_formal": (
            "I really appreciate the time you gave me throughout the process.",
            "I'm grateful for all the time you gave me.",
            "I was glad to get to know the team during the process.",
        ),
        "offer_accept_more": (
            "Before my start date, you can reach me by replying to this message.",
            "Should anything come up before my first day, you can reach me by replying to this message.",
        ),
        "offer_consider_more": (
            "I will try not to keep you waiting long.",
            "I will do my best not to keep you waiting.",
        ),
        "offer_decline_more": (
            "If any paperwork on my side still needs completing, please let me know.",
            "Please let me know if anything on my side still needs to be settled.",
        ),
        "offer_consider_question": (
            "If there is a written version, I would be glad to have a copy.",
            "May I contact you if I have any questions?",
            "Would it be all right to contact you with any questions?",
        ),
        "close_thanks/formal": (
            "Thank you very much.",
            "Many thanks for your help.",
            "Thank you for your time and consideration.",
        ),
        "close_thanks/semi_formal": (
            "Many thanks.",
            "Thank you for your help.",
            "Thanks so much.",
        ),
        # ---- one message in the recruiter's thread (send_to: recruiter) ----
        "recruiter_opening/formal": (
            "Thank you for arranging my interview{details} for the {role} position at {company}.",
            "I am grateful for your help in arranging the interview{details} for the {role} position at {company}.",
            "Thank you for your help throughout the interview{details} for the {role} position at {company}.",
        ),
        "recruiter_opening/semi_formal": (
            "Thank you for setting up my interview{details} for the {role} role at {company}.",
            "Many thanks for your help with the interview{details} for the {role} role at {company}.",
            "Thank you for arranging the interview{details} for the {role} role at {company}.",
        ),
        # The same, a few days late (late_thank_you): half a sentence on the delay, no apology.
        "recruiter_late_opening/formal": (
            "It has been a few days, but I wanted to thank you for arranging my interview{details} for the {role} position at {company}.",
            "I would like to thank you, if a little belatedly, for your help in arranging the interview{details} for the "
            "{role} position at {company}.",
            "Thank you, if a little late, for your help throughout the interview{details} for the {role} position at {company}.",
        ),
        "recruiter_late_opening/semi_formal": (
            "This is a little late, but I wanted to thank you for setting up my interview{details} for the {role} role at {company}.",
            "I'm a few days late with this, but many thanks for your help with the interview{details} for the {role} role "
            "at {company}.",
            "Thank you, if a little belatedly, for arranging the interview{details} for the {role} role at {company}.",
        ),
        "recruiter_late_chat_opening": (
            "This is {name}, a candidate for the {role} position at {company}. Thank you for arranging my "
            "interview{details}, even if this note comes a few days late.",
            "My name is {name}, and I would like to thank you, if a little belatedly, for your help with my "
            "interview{details} for the {role} position at {company}.",
            "This is {name}. I wanted to thank you, a few days on, for setting up the interview{details} for the {role} position "
            "at {company}.",
        ),
        "recruiter_chat_opening": (
            "This is {name}, a candidate for the {role} position at {company}. Thank you for arranging my interview{details}.",
            "My name is {name}, and I would like to thank you for your help with my interview{details} "
            "for the {role} position at {company}.",
            "This is {name}. Thank you for setting up the interview{details} for the {role} position at {company}.",
        ),
        "pass_topic_clause": (
            "My thanks also go to {person}, who explained that {topic}.",
            "I am also grateful to {person} for explaining that {topic}.",
            "I would also like to thank {person}, from whom I learned that {topic}.",
            "I was glad to hear from {person} as well that {topic}.",
            "Thank you as well to {person} for sharing that {topic}.",
        ),
        "pass_topic/formal": (
            "My thanks also go to {person} for the discussion of {topic}.",
            "I am also grateful to {person} for our exchange on {topic}.",
            "I would also like to thank {person} for our conversation about {topic}.",
            "I valued my conversation with {person} about {topic} as well.",
            "Thank you as well to {person} for talking me through {topic}.",
        ),
        "pass_topic/semi_formal": (
            "Thanks as well to {person} for the chat about {topic}.",
            "I also enjoyed talking with {person} about {topic}.",
            "Thanks, too, to {person} for walking me through {topic}.",
            "I appreciated the time {person} took to tell me about {topic} as well.",
            "Hearing from {person} about {topic} was a highlight as well.",
        ),
        "pass_thanks/formal": (
            "The same goes for {people}, who generously gave me {their} time.",
            "My thanks go as well to {people} for taking the time to interview me.",
            "I am thankful, too, for the time {people} gave to the interview.",
        ),
        "pass_thanks/semi_formal": (
            "Thanks also to {people} for making the time.",
            "I appreciate the time {people} gave as well.",
            "Many thanks as well to {people} for {their} time.",
        ),
        "pass_request/formal": (
            "I would be grateful if you could pass my thanks on to {them}.",
            "Could you kindly pass my thanks on to {them}?",
            "I would appreciate it if you could share my thanks with {them}.",
        ),
        "pass_request/semi_formal": (
            "Could you pass my thanks on to {them}?",
            "Would you mind passing my thanks on to {them}?",
            "I'd be grateful if you could share my thanks with {them}.",
        ),
        "forgot/recruiter": (
            "There is one point I did not raise during the interview: {forgot}.",
            "I wish to add one point I did not mention in the interview: {forgot}.",
            "Allow me to add something I left out during the interview: {forgot}.",
        ),
        "thanks_again/recruiter": (
            "Thank you again for your help.",
            "Many thanks again for arranging everything.",
            "Thank you again for your help with the process.",
            "Thank you once more for your time and help.",
            "With many thanks for your help.",
        ),
        # ---- After a test taken alone (no interviewer): what the message names is the test ({test}) ----
        "opening/test": (
            "Thank you for the opportunity to take the {test}{details} for the {role} position at {company}.",
            "Thank you for inviting me to take the {test}{details} for the {role} position at {company}.",
            "I am grateful for the chance to complete the {test}{details} as a candidate for the {role} position at {company}.",
            "I would like to thank you for the invitation to the {test}{details} for the {role} role at {company}.",
            "Thank you for including me in the {test}{details} for the {role} position at {company}.",
        ),
        "chat_opening/test": (
            "This is {name}, a candidate for the {role} position at {company}. Thank you for the opportunity to take the "
            "{test}{details}.",
            "My name is {name}. Thank you for inviting me to take the {test}{details} for the {role} position at {company}.",
            "This is {name}, who took the {test}{details} for the {role} position at {company}. Thank you for the opportunity.",
            "My name is {name}, and I would like to thank you for the chance to take the {test}{details} for the {role} "
            "position at {company}.",
            "This is {name}, a candidate for the {role} role at {company}. Thank you for the invitation to the {test}{details}.",
        ),
        "late_opening/test": (
            "This note is a little late, but I wanted to thank you for the opportunity to take the {test}{details} for the {role} "
            "position at {company}.",
            "I would like to thank you, if a little belatedly, for inviting me to take the {test}{details} for the {role} "
            "position at {company}.",
            "A few days have passed since the {test}{details}, but I would still like to thank you for the opportunity to "
            "take it as a candidate for the {role} position at {company}.",
            "This note comes a few days later than I intended, but I would still like to thank you for the chance to take the {test}{details} for "
            "the {role} position at {company}.",
            "Thank you, if a little belatedly, for including me in the {test}{details} for the {role} position at {company}.",
        ),
        "late_chat_opening/test": (
            "This is {name}, a candidate for the {role} position at {company}. This note is a little late, but I wanted "
            "to thank you for the opportunity to take the {test}{details}.",
            "My name is {name}. Thank you, if a little belatedly, for inviting me to take the {test}{details} for the {role} "
            "position at {company}.",
            "This is {name}, who took the {test}{details} for the {role} position at {company}. Thank you for the "
            "opportunity, even if this note comes a few days late.",
            "My name is {name}. I wanted to thank you, a few days on, for the chance to take the {test}{details} for the {role} "
            "position at {company}.",
            "This is {name}, a candidate for the {role} role at {company}. Thank you, if a little belatedly, for including "
            "me in the {test}{details}.",
        ),
        "thanks_follow_opening/test": (
            "I would like to thank you for the opportunity to take the {test}{details} for the {role} position at {company}.",
            "Thank you for inviting me to take the {test}{details} for the {role} position at {company}.",
            "I am writing to thank you for the chance to take the {test}{details} for the {role} position at {company}.",
            "Thank you for letting me take the {test}{details} for the {role} position at {company}.",
            "Thank you for giving me the opportunity to take the {test}{details} for the {role} position at {company}.",
        ),
        "follow_opening/test": (
            "I am writing to follow up on the {test} I took{details} for the {role} position at {company}.",
            "I would like to follow up on the {test}{details} for the {role} position at {company}.",
            "I am following up on the {role} position at {company}, for which I took the {test}{details}.",
        ),
        "topic/test": (
            "I particularly enjoyed the part of the {test} about {topic}.",
            "The section about {topic} was the part I found most interesting.",
            "Working through the part on {topic} was a useful experience for me.",
            "I enjoyed working through {topic} in the {test}.",
            "The questions about {topic} gave me a good deal to think about.",
        ),
        "topic_clause/test": (
            "I also noted from the {test} that {topic}.",
            "It was good to learn from the {test} that {topic}.",
        ),
        "recall_topic/test": (
            "In the {test}, I worked through the part about {topic}.",
            "The part of the {test} on {topic} has stayed with me.",
        ),
        "recall_topic_clause/test": (
            "From the {test}, I noted that {topic}.",
        ),
        "rejection_topic/test": (
            "Working on {topic} in the {test} was a valuable experience for me.",
            "The part of the {test} on {topic} taught me a good deal.",
        ),
        "rejection_topic_clause/test": (
            "I was glad to learn from the {test} that {topic}.",
        ),
        "forgot/test": (
            "There is one point I have not yet had the chance to mention: {forgot}.",
            "Allow me to add one thing I have not yet mentioned: {forgot}.",
            "Let me add one point: {forgot}.",
        ),
        "look_forward/test": (
            "I look forward to hearing about the next steps.",
            "I look forward to hearing about the results of the {test}.",
            "I look forward to hearing from you regarding the next stage of the process.",
            "I look forward to hearing from the team at {company}.",
            "I would be glad to hear about the next steps.",
        ),
        "thanks_again/test": (
            "Thank you again for your help.",
            "Thank you for considering my application.",
            "Thank you for your time and help throughout the process.",
            "Thank you for your consideration.",
            "Many thanks for your help in arranging the {test}.",
        ),
        "withdrawal_thanks/test": (
            "Thank you for the opportunity to take the {test}{details} and for your help throughout the process.",
            "Thank you for your time and for the opportunity to be considered.",
            "Thank you for your time and attention throughout the process.",
        ),
        "keep_in_touch/test": (
            "I hope we can stay in touch.",
            "I hope our paths cross again.",
            "I would be glad to stay in touch.",
        ),
        "next_look_forward/test": (
            "I look forward to the next step.",
            "I look forward to the next stage.",
            "I will prepare as well as I can.",
        ),
    }
