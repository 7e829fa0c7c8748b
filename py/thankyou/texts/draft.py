"""Words of the email generator: its form, its page, and the phrase banks its messages are built from.

A phrase bank is a tuple of interchangeable sentences, one bank per slot and register
(``opening_formal``, ``opening_semi_formal``, ...). The generator picks one sentence per slot by
the "another version" number and by the interviewer's place in the panel, so two members of
one panel get different sentences. Placeholders in the banks:

``{role}`` ``{company}`` the position and the company, as the reader typed them;
``{you}`` how the body refers to the interviewer (``Bapak``, ``Ibu``, ``Anda``; ``you``);
``{details}`` how and when the interview took place, with its leading space, or nothing;
``{topic}`` ``{strength}`` ``{why}`` ``{forgot}`` the reader's own phrases (the ``fit`` and ``interest``
banks stand in for ``strength`` and ``why`` when the reader gave none);
``{as_title}`` the interviewer's job title as a phrase with its leading space, or nothing;
``{name}`` the reader's own name (chat openings only).

``tests/unit/test_draft.py`` checks every bank: enough sentences for a panel, only known
placeholders, and the ones each slot needs.
"""

from __future__ import annotations

from thankyou.texts import Texts


class DraftTexts(Texts):
    """Slots of the generator. Dict slots are keyed by option or by a fixed code."""

    title: str
    labels: dict[str, str]
    hints: dict[str, str]
    formats: dict[str, str]
    addresses: dict[str, str]
    languages: dict[str, str]
    registers: dict[str, str]
    lengths: dict[str, str]
    channels: dict[str, str]
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
    body_heading: str
    word_count: str
    character_count: str
    copy_body: str
    copy_subject: str
    open_in_mail: str
    download_eml: str
    review_this: str
    open_example: str
    eml_name: str
    # The command line's plain text.
    plain_subjects: str
    plain_words: str
    # Pieces of a message.
    format_phrases: dict[str, str]
    date_phrase: str
    as_title: str
    pronouns: dict[str, str]
    honorifics: dict[str, str]
    unnamed: dict[str, str]
    titled_unnamed: dict[str, str]
    team_addressee: str
    greetings: dict[str, str]
    sign_offs: dict[str, str]
    subjects: tuple[str, ...]
    subject_fallbacks: tuple[str, ...]
    # Phrase banks, one per slot and register.
    opening_formal: tuple[str, ...]
    opening_semi_formal: tuple[str, ...]
    chat_opening_formal: tuple[str, ...]
    chat_opening_semi_formal: tuple[str, ...]
    topic_formal: tuple[str, ...]
    topic_semi_formal: tuple[str, ...]
    reflection_formal: tuple[str, ...]
    reflection_semi_formal: tuple[str, ...]
    strength_formal: tuple[str, ...]
    strength_semi_formal: tuple[str, ...]
    fit_formal: tuple[str, ...]
    fit_semi_formal: tuple[str, ...]
    why_formal: tuple[str, ...]
    why_semi_formal: tuple[str, ...]
    interest_formal: tuple[str, ...]
    interest_semi_formal: tuple[str, ...]
    forgot_formal: tuple[str, ...]
    forgot_semi_formal: tuple[str, ...]
    offer_formal: tuple[str, ...]
    offer_semi_formal: tuple[str, ...]
    look_forward_formal: tuple[str, ...]
    look_forward_semi_formal: tuple[str, ...]
    thanks_again_formal: tuple[str, ...]
    thanks_again_semi_formal: tuple[str, ...]


class Indonesian(DraftTexts):
    lang = "id"
    title = "Pembuat email terima kasih"
    labels = {
        "name": "Nama Anda",
        "company": "Perusahaan",
        "role": "Posisi yang dilamar",
        "contact": "Kontak Anda",
        "interview_date": "Tanggal wawancara",
        "format": "Bentuk wawancara",
        "interviewers": "Pewawancara",
        "interviewers.item": "Pewawancara {n}",
        "interviewers.name": "Nama pewawancara",
        "interviewers.title": "Jabatan",
        "interviewers.address": "Sapaan",
        "interviewers.email": "Alamat email pewawancara",
        "interviewers.topic": "Hal spesifik yang dibahas dengannya",
        "strength": "Kekuatan atau pengalaman yang ingin ditegaskan",
        "forgot": "Hal yang lupa Anda sampaikan",
        "why": "Alasan Anda menginginkan posisi ini",
        "lang": "Bahasa pesan",
        "register": "Gaya bahasa",
        "length": "Panjang",
        "channel": "Dikirim lewat",
        "variant": "Versi",
        "sample": "Contoh",
    }
    hints = {
        "name": "Wajib diisi, seperti yang akan tertulis di tanda tangan.",
        "company": "Wajib diisi, misalnya: PT Sinar Data Nusantara.",
        "role": "Wajib diisi, misalnya: Analis Data.",
        "contact": "Nomor telepon, email, atau tautan LinkedIn/portofolio untuk tanda tangan.",
        "interviewers.name": "Tulis persis seperti yang ingin Anda pakai di salam pembuka, termasuk gelar bila ada.",
        "interviewers.address": "Anda yang memilih; alat ini tidak menebak dari nama.",
        "interviewers.topic": "Frasa singkat, misalnya: rencana migrasi data ke cloud.",
        "strength": "Frasa singkat, misalnya: pengalaman tiga tahun menangani pelanggan korporat.",
        "forgot": "Misalnya: saya juga memegang sertifikasi Google Data Analytics.",
        "why": "Misalnya: saya ingin membangun produk yang dipakai pelaku UMKM setiap hari.",
        "variant": "Tombol “Versi lain” menggantinya; angka yang sama selalu menghasilkan teks yang sama.",
    }
    formats = {"": "Tidak disebutkan", "phone": "Telepon", "video": "Panggilan video", "in_person": "Tatap muka"}
    addresses = {
        "bapak": "Bapak",
        "ibu": "Ibu",
        "mr": "Mr.",
        "ms": "Ms.",
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
    body_heading = "Isi pesan"
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

    format_phrases = {"phone": "melalui telepon", "video": "melalui panggilan video", "in_person": "secara tatap muka"}
    date_phrase = "pada {day} {month}"
    as_title = "sebagai {title}"
    pronouns = {"male": "Bapak", "female": "Ibu", "neutral": "Anda", "team": "Bapak/Ibu"}
    honorifics = {"male": "Bapak", "female": "Ibu"}
    unnamed = {"male": "Bapak", "female": "Ibu", "neutral": "Bapak/Ibu"}
    titled_unnamed = {"male": "Bapak {title}", "female": "Ibu {title}", "neutral": "Bapak/Ibu {title}"}
    team_addressee = "Tim Rekrutmen {company}"
    greetings = {
        "formal": "Yth. {addressee},\n\nDengan hormat,",
        "semi_formal": "Yth. {addressee},",
        "semi_formal_first_name": "Yth. {addressee},",
    }
    sign_offs = {"formal": "Hormat saya,", "semi_formal": "Hormat saya,"}
    subjects = (
        "Terima kasih atas wawancara posisi {role}",
        "Terima kasih – wawancara {role} di {company}",
        "Wawancara {role}: terima kasih dari {name}",
        "Terima kasih atas waktunya – {name}",
        "Ucapan terima kasih dari {name}, kandidat {role}",
    )
    subject_fallbacks = (
        "Terima kasih atas wawancara – {name}",
        "Terima kasih atas wawancara",
        "Ucapan terima kasih setelah wawancara",
        "Terima kasih atas kesempatan wawancara",
    )

    opening_formal = (
        "Terima kasih atas waktu yang {you} luangkan dalam wawancara{details} untuk posisi {role} di {company}.",
        "Saya mengucapkan terima kasih atas kesempatan mengikuti wawancara{details} untuk posisi {role} di {company}.",
        "Terima kasih telah menerima saya dalam wawancara{details} sebagai kandidat {role} di {company}.",
        "Saya ingin menyampaikan terima kasih atas wawancara{details} di {company} untuk posisi {role}.",
        "Terima kasih atas kesempatan berdiskusi dengan {you} dalam wawancara{details} mengenai posisi {role} di {company}.",
    )
    opening_semi_formal = (
        "Terima kasih sudah meluangkan waktu untuk mewawancarai saya{details} sebagai kandidat {role} di {company}.",
        "Terima kasih atas kesempatan wawancara{details} untuk posisi {role} di {company}.",
        "Saya senang bisa berbincang dengan {you} dalam wawancara{details} di {company} untuk posisi {role}.",
        "Terima kasih atas waktu {you} dalam wawancara{details} sebagai kandidat {role} di {company}.",
        "Terima kasih untuk wawancara{details} mengenai posisi {role} di {company}; percakapannya sangat menyenangkan.",
    )
    chat_opening_formal = (
        "Saya {name}, kandidat yang mengikuti wawancara{details} untuk posisi {role} di {company}. "
        "Terima kasih atas waktu yang {you} luangkan.",
        "Perkenankan saya, {name}, menyampaikan terima kasih atas wawancara{details} untuk posisi {role} di {company}.",
        "Saya {name}. Terima kasih atas kesempatan wawancara{details} untuk posisi {role} di {company}.",
        "Dengan pesan ini, saya, {name}, mengucapkan terima kasih atas wawancara{details} untuk posisi {role} di {company}.",
        "Saya {name}, yang {you} wawancarai{details} untuk posisi {role} di {company}. "
        "Terima kasih atas waktu dan perhatian {you}.",
    )
    chat_opening_semi_formal = (
        "Saya {name}, yang mengikuti wawancara{details} untuk posisi {role} di {company}. Terima kasih banyak atas waktunya.",
        "Saya {name}. Terima kasih sudah meluangkan waktu untuk wawancara{details} mengenai posisi {role} di {company}.",
        "Saya, {name}, ingin berterima kasih atas wawancara{details} untuk posisi {role} di {company}.",
        "Saya {name}, kandidat posisi {role} di {company}. Terima kasih atas percakapan kita{details}.",
        "Saya {name}. Saya senang sekali bisa berbincang dengan {you}{details} tentang posisi {role} di {company}.",
    )
    topic_formal = (
        "Penjelasan {you} mengenai {topic} memberi saya gambaran yang lebih jelas tentang tantangan dalam peran ini.",
        "Saya sangat menghargai pembahasan mengenai {topic}; bagian itu membantu saya memahami kebutuhan tim dengan lebih baik.",
        "Bagian percakapan yang paling berkesan bagi saya adalah diskusi tentang {topic}.",
        "Diskusi mengenai {topic} memperlihatkan kepada saya hal-hal yang menjadi prioritas tim saat ini.",
        "Saya masih memikirkan pandangan {you} tentang {topic}, terutama kaitannya dengan pekerjaan sehari-hari di posisi ini.",
    )
    topic_semi_formal = (
        "Saya senang kita sempat membahas {topic}, karena pembahasan itu membuat saya lebih memahami tantangan tim.",
        "Cerita {you} tentang {topic} sangat menarik dan membuat saya lebih mengenal cara tim bekerja.",
        "Diskusi tentang {topic} menjadi bagian yang paling saya ingat dari percakapan kita.",
        "Penjelasan {you} mengenai {topic} membantu saya membayangkan pekerjaan sehari-hari di posisi ini.",
        "Terima kasih juga sudah berbagi tentang {topic}; topik itu membuat saya semakin tertarik pada peran ini.",
    )
    reflection_formal = (
        "Percakapan tersebut membantu saya memahami tanggung jawab posisi ini dan cara kerja tim secara lebih utuh.",
        "Penjelasan {you}{as_title} membantu saya memahami harapan perusahaan terhadap posisi ini.",
        "Saya menghargai keterbukaan {you} dalam menjawab pertanyaan-pertanyaan saya.",
        "Saya senang dapat mengetahui lebih jauh tentang tantangan yang sedang dihadapi tim.",
        "Gambaran tentang budaya kerja di {company} yang {you} sampaikan sangat menarik bagi saya.",
        "Suasana wawancara yang hangat dan profesional membuat saya dapat menceritakan pengalaman saya dengan leluasa.",
        "Wawancara tersebut memperkuat minat saya untuk bergabung dengan tim.",
        "Setelah wawancara, saya semakin yakin bahwa posisi ini sesuai dengan minat dan pengalaman saya.",
    )
    reflection_semi_formal = (
        "Percakapan itu membuat saya lebih mengerti pekerjaan sehari-hari di posisi ini.",
        "Cerita {you}{as_title} tentang tim membuat saya ingin bergabung.",
        "Saya menghargai cara {you} menjawab pertanyaan-pertanyaan saya dengan terbuka.",
        "Saya senang mendengar langsung tentang tantangan tim dan cara tim menghadapinya.",
        "Saya senang bisa mengenal budaya kerja di {company} lebih dekat.",
        "Suasana wawancaranya santai tetapi tetap fokus, dan hal itu sangat saya hargai.",
        "Minat saya untuk berkontribusi di tim ini pun bertambah.",
        "Kini saya lebih memahami apa yang dibutuhkan tim dari posisi ini.",
    )
    strength_formal = (
        "Saya yakin {strength} dapat menjadi bekal yang berguna bagi tim {company}.",
        "Saya ingin menegaskan kembali {strength}, yang menurut saya relevan dengan kebutuhan posisi ini.",
        "Dalam peran ini, saya berharap dapat memanfaatkan {strength}.",
        "Menurut saya, {strength} sejalan dengan tanggung jawab yang telah dibahas.",
        "Saya percaya {strength} akan membantu saya berkontribusi sejak awal.",
    )
    fit_formal = (
        "Saya yakin pengalaman dan cara kerja saya dapat memberikan kontribusi yang berarti bagi tim.",
        "Saya percaya latar belakang saya sejalan dengan kebutuhan yang dijelaskan dalam wawancara.",
        "Saya siap menerapkan pengalaman saya untuk membantu tim mencapai sasarannya.",
        "Menurut saya, tanggung jawab posisi ini sesuai dengan keterampilan yang telah saya kembangkan.",
        "Saya ingin memberikan kontribusi nyata bagi tim sejak awal.",
    )
    strength_semi_formal = (
        "Saya rasa {strength} bisa menjadi nilai tambah bagi tim.",
        "Saya juga ingin menyebutkan kembali {strength}, yang cukup relevan dengan posisi ini.",
        "Saya yakin {strength} akan berguna di posisi ini.",
        "Menurut saya, {strength} cocok dengan kebutuhan yang kita bahas.",
        "Saya ingin membawa {strength} ke tim {company}.",
    )
    fit_semi_formal = (
        "Saya rasa pengalaman saya cocok dengan kebutuhan tim.",
        "Saya yakin bisa cepat beradaptasi dan berkontribusi di tim.",
        "Tanggung jawab yang kita bahas sesuai dengan keterampilan saya.",
        "Saya ingin ikut membantu tim mencapai tujuannya.",
        "Banyak hal dalam peran ini yang sesuai dengan pengalaman saya.",
    )
    why_formal = (
        "Saya tertarik pada posisi ini karena {why}.",
        "Wawancara tersebut menegaskan alasan saya melamar, yaitu {why}.",
        "Minat saya pada posisi ini berangkat dari satu alasan utama: {why}.",
        "Alasan saya melamar tetap sama, bahkan semakin kuat: {why}.",
        "Posisi ini menarik bagi saya karena {why}.",
    )
    interest_formal = (
        "Posisi ini menarik bagi saya karena memadukan tanggung jawab yang menantang dengan kesempatan untuk terus belajar.",
        "Saya melihat posisi ini sebagai langkah yang tepat untuk mengembangkan karier saya.",
        "Peran ini sejalan dengan arah karier yang sedang saya bangun.",
        "Saya ingin bertumbuh bersama tim yang memiliki standar kerja yang tinggi.",
        "Kesempatan untuk belajar dari tim yang berpengalaman menjadi salah satu alasan saya melamar.",
    )
    why_semi_formal = (
        "Saya melamar posisi ini karena {why}.",
        "Setelah wawancara, alasan saya melamar terasa semakin kuat: {why}.",
        "Ketertarikan saya pada posisi ini sederhana: {why}.",
        "Bagi saya, posisi ini istimewa karena {why}.",
        "Percakapan kita menguatkan alasan saya melamar, yaitu {why}.",
    )
    interest_semi_formal = (
        "Peran ini sesuai dengan arah karier yang ingin saya tempuh.",
        "Saya tertarik karena peran ini memberi ruang untuk terus belajar.",
        "Bekerja bersama tim seperti ini adalah hal yang saya cari.",
        "Tantangan di posisi ini membuat saya bersemangat.",
        "Saya ingin berkembang bersama tim yang saling mendukung.",
    )
    forgot_formal = (
        "Ada satu hal yang belum sempat saya sampaikan dalam wawancara: {forgot}.",
        "Sebagai pelengkap, saya ingin menambahkan satu hal yang belum saya sebutkan: {forgot}.",
        "Izinkan saya menambahkan satu hal yang terlewat dalam wawancara: {forgot}.",
        "Saya juga ingin menyampaikan satu hal yang belum sempat saya ceritakan: {forgot}.",
        "Ada pula satu hal relevan yang belum sempat saya sebutkan: {forgot}.",
    )
    forgot_semi_formal = (
        "Ada satu hal yang lupa saya ceritakan: {forgot}.",
        "Saya juga ingin menambahkan satu hal yang belum sempat saya sampaikan: {forgot}.",
        "Sebagai tambahan, ada hal yang terlewat dalam percakapan kita: {forgot}.",
        "Ada satu hal lagi yang belum sempat saya sebutkan: {forgot}.",
        "Saya ingin melengkapi jawaban saya dengan satu hal: {forgot}.",
    )
    offer_formal = (
        "Apabila diperlukan informasi atau dokumen tambahan, saya siap mengirimkannya.",
        "Jika ada hal lain yang perlu saya lengkapi, saya dengan senang hati akan menyiapkannya.",
        "Saya bersedia memberikan informasi tambahan apabila dibutuhkan dalam proses selanjutnya.",
        "Bila ada pertanyaan lanjutan, saya akan dengan senang hati menjawabnya.",
        "Apabila {you} memerlukan contoh pekerjaan atau referensi, saya dapat mengirimkannya.",
    )
    offer_semi_formal = (
        "Jika ada informasi lain yang dibutuhkan, saya siap mengirimkannya.",
        "Jika ada pertanyaan lanjutan, saya dengan senang hati menjawabnya.",
        "Silakan hubungi saya bila ada hal lain yang perlu saya lengkapi.",
        "Saya siap berbagi contoh pekerjaan saya jika diperlukan.",
        "Jika ada dokumen yang perlu saya lengkapi, silakan beri tahu saya.",
    )
    look_forward_formal = (
        "Saya menantikan kabar mengenai tahap selanjutnya.",
        "Saya menunggu informasi mengenai proses seleksi berikutnya.",
        "Saya berharap dapat melanjutkan pembicaraan ini pada tahap berikutnya.",
        "Saya menantikan informasi selanjutnya dari {company}.",
        "Saya akan senang mendengar kabar mengenai langkah berikutnya.",
    )
    look_forward_semi_formal = (
        "Saya menantikan kabar selanjutnya.",
        "Saya menantikan kabar tentang langkah berikutnya.",
        "Semoga kita dapat melanjutkan percakapan ini.",
        "Saya menunggu kabar dari tim {company}.",
        "Saya akan senang jika kita bisa berbincang lagi pada tahap berikutnya.",
    )
    thanks_again_formal = (
        "Sekali lagi, terima kasih atas waktu dan perhatian {you}.",
        "Sekali lagi saya ucapkan terima kasih atas kesempatan ini.",
        "Terima kasih atas perhatian {you}.",
        "Atas waktu dan kesempatan yang {you} berikan, saya ucapkan terima kasih.",
        "Terima kasih atas keramahan dan waktu yang {you} berikan.",
    )
    thanks_again_semi_formal = (
        "Sekali lagi, terima kasih atas waktunya.",
        "Terima kasih banyak atas kesempatannya.",
        "Terima kasih atas percakapan yang menyenangkan.",
        "Sekali lagi, terima kasih atas waktu {you}.",
        "Terima kasih atas keramahan {you} selama wawancara.",
    )


class English(DraftTexts):
    lang = "en"
    title = "Thank-you email generator"
    labels = {
        "name": "Your name",
        "company": "Company",
        "role": "Position applied for",
        "contact": "Your contact details",
        "interview_date": "Interview date",
        "format": "How the interview took place",
        "interviewers": "Interviewers",
        "interviewers.item": "Interviewer {n}",
        "interviewers.name": "Interviewer's name",
        "interviewers.title": "Job title",
        "interviewers.address": "How to address them",
        "interviewers.email": "Interviewer's email address",
        "interviewers.topic": "One specific thing you discussed with them",
        "strength": "A strength or experience to reinforce",
        "forgot": "Something you forgot to mention",
        "why": "Why you want this role",
        "lang": "Message language",
        "register": "Register",
        "length": "Length",
        "channel": "Sent by",
        "variant": "Version",
        "sample": "Example",
    }
    hints = {
        "name": "Required, as it will appear in your signature.",
        "company": "Required, for example: Sinar Data Nusantara.",
        "role": "Required, for example: Data Analyst.",
        "contact": "A phone number, email address, or LinkedIn or portfolio link for your signature.",
        "interviewers.name": "Exactly as you want it in the greeting, with any title.",
        "interviewers.address": "Your choice; this tool never guesses it from the name.",
        "interviewers.topic": "A short phrase, for example: the plan to move the data warehouse to the cloud.",
        "strength": "A short phrase, for example: my three years of handling corporate clients.",
        "forgot": "For example: I also hold the Google Data Analytics certificate.",
        "why": "For example: I want to build products that small businesses use every day.",
        "variant": "The “Another version” button changes it; the same number always gives the same text.",
    }
    formats = {"": "Not stated", "phone": "Phone", "video": "Video call", "in_person": "In person"}
    addresses = {
        "bapak": "Bapak",
        "ibu": "Ibu",
        "mr": "Mr.",
        "ms": "Ms.",
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
    body_heading = "Message"
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

    format_phrases = {"phone": "by phone", "video": "over a video call", "in_person": "in person"}
    date_phrase = "on {day} {month}"
    as_title = "as {title}"
    pronouns = {"male": "you", "female": "you", "neutral": "you", "team": "you"}
    honorifics = {"male": "Mr.", "female": "Ms."}
    unnamed = {"male": "Sir", "female": "Madam", "neutral": "Sir or Madam"}
    titled_unnamed = {"male": "{title}", "female": "{title}", "neutral": "{title}"}
    team_addressee = "Hiring Team at {company}"
    greetings = {
        "formal": "Dear {addressee},",
        "semi_formal": "Dear {addressee},",
        "semi_formal_first_name": "Hi {addressee},",
    }
    sign_offs = {"formal": "Kind regards,", "semi_formal": "Best regards,"}
    subjects = (
        "Thank you for the {role} interview",
        "Thank you – {role} interview at {company}",
        "{role} interview: thank you from {name}",
        "Thank you for your time – {name}",
        "With thanks from {name}, {role} candidate",
    )
    subject_fallbacks = (
        "Thank you for the interview – {name}",
        "Thank you for the interview",
        "Thank you for your time",
        "With thanks after our interview",
    )

    opening_formal = (
        "Thank you for taking the time to speak with me{details} about the {role} position at {company}.",
        "Thank you for the opportunity to interview{details} for the {role} position at {company}.",
        "Thank you for interviewing me{details}; I valued the chance to learn more about the {role} position at {company}.",
        "I would like to thank you for our conversation{details} about the {role} position at {company}.",
        "I am grateful for the time you spent with me{details} discussing the {role} position and the work of {company}.",
    )
    opening_semi_formal = (
        "Thank you for speaking with me{details} about the {role} role at {company}.",
        "It was a pleasure to talk with you{details} about joining {company} in the {role} role.",
        "Thank you for the conversation{details} about {company} and the {role} role.",
        "I enjoyed our interview{details} for the {role} position at {company}, and I am grateful for your time.",
        "Many thanks for meeting with me{details} to talk about the {role} opening at {company}.",
    )
    chat_opening_formal = (
        "This is {name}, the candidate you interviewed{details} for the {role} position at {company}. "
        "Thank you for your time.",
        "My name is {name}, and I would like to thank you for interviewing me{details} for the {role} position at {company}.",
        "I am {name}. Thank you for the opportunity to interview{details} for the {role} position at {company}.",
        "This is {name}; I am writing to thank you for our conversation{details} about the {role} position at {company}.",
        "My name is {name}. Thank you for speaking with me{details} about the {role} position at {company}.",
    )
    chat_opening_semi_formal = (
        "It's {name} here. Thank you for talking with me{details} about the {role} role at {company}.",
        "This is {name}. Thank you so much for the conversation{details} about the {role} role at {company}.",
        "I'm {name}, and I wanted to thank you for interviewing me{details} for the {role} role at {company}.",
        "This is {name}. I really enjoyed our conversation{details} about the {role} role at {company}.",
        "It's {name}. It was a pleasure to speak with you{details} about the {role} role at {company}.",
    )
    topic_formal = (
        "Your explanation of {topic} gave me a clearer picture of the challenges this role involves.",
        "I particularly valued our discussion of {topic}, which helped me understand the team's needs.",
        "The part of our conversation I found most useful was the discussion of {topic}.",
        "Our discussion of {topic} showed me what the team is focusing on at the moment.",
        "I have continued to think about your perspective on {topic}, especially how it shapes the day-to-day work of this position.",
    )
    topic_semi_formal = (
        "I'm glad we got to talk about {topic}; it gave me a much better sense of what the team is working on.",
        "What you shared about {topic} was genuinely interesting and gave me a real feel for the work.",
        "Our conversation about {topic} is the part I keep coming back to.",
        "Hearing your view on {topic} helped me picture what a typical week in the role looks like.",
        "Thank you as well for walking me through {topic}; it made the role even more appealing.",
    )
    reflection_formal = (
        "The conversation helped me understand the responsibilities of this position and how the team works.",
        "Your perspective{as_title} helped me understand what the company expects from this position.",
        "I appreciated how openly you answered my questions.",
        "I was glad to learn more about the challenges the team is currently facing.",
        "What you shared about the working culture at {company} was particularly interesting.",
        "The open and professional tone of the interview allowed me to describe my experience fully.",
        "The interview strengthened my interest in joining the team.",
        "Since our conversation, I am even more confident that this position matches my interests and experience.",
    )
    reflection_semi_formal = (
        "I came away with a clear idea of what the role involves day to day.",
        "Hearing about the team from you{as_title} made me keen to join.",
        "I appreciated how openly you answered my questions.",
        "It was great to hear first-hand about the team's challenges and how it tackles them.",
        "I enjoyed getting a closer look at the working culture at {company}.",
        "The interview felt relaxed yet focused, which I really appreciated.",
        "Our conversation made me even keener to contribute.",
        "I now understand much better what the team needs from this role.",
    )
    strength_formal = (
        "I believe {strength} would be a useful asset to the team at {company}.",
        "I would also like to underline {strength}, as I see a direct link to this position.",
        "In this role, I would hope to put {strength} to good use.",
        "In my view, {strength} would fit well with the responsibilities we discussed.",
        "I am confident that {strength} would help me contribute from the start.",
    )
    fit_formal = (
        "I am confident that my experience and way of working would allow me to contribute meaningfully to the team.",
        "I believe my background matches the needs you described during the interview.",
        "I am ready to apply my experience to help the team reach its goals.",
        "The responsibilities of this position fit well with the skills I have developed.",
        "I would welcome the chance to make a real contribution to the team.",
    )
    strength_semi_formal = (
        "I think {strength} could add real value to the team.",
        "I'd also like to mention {strength} again, since this role calls for exactly that.",
        "I'm confident {strength} would come in handy in this role.",
        "I think {strength} would line up well with what we discussed.",
        "I'd love to bring {strength} to the team at {company}.",
    )
    fit_semi_formal = (
        "I think my experience would be a good match for what the team needs.",
        "I'm confident I could settle in quickly and contribute to the team.",
        "The responsibilities we discussed line up well with my skills.",
        "I'd be glad to help the team reach its goals.",
        "Much of what the role involves matches what I've done before.",
    )
    why_formal = (
        "I applied for this position because {why}.",
        "The interview confirmed my reason for applying: {why}.",
        "My interest in this position comes down to one reason: {why}.",
        "My reason for applying remains the same, and is now even stronger: {why}.",
        "This position appeals to me because {why}.",
    )
    interest_formal = (
        "This position appeals to me because it combines challenging responsibilities with room to keep learning.",
        "I see this position as the right next step in my career.",
        "The role fits the direction in which I have been building my career.",
        "I would value the chance to grow with a team that sets high standards.",
        "The opportunity to learn from an experienced team is one of the reasons I applied.",
    )
    why_semi_formal = (
        "I applied because {why}.",
        "After our chat, my reason for applying feels even stronger: {why}.",
        "My interest in the role is simple: {why}.",
        "The role stands out to me because {why}.",
        "Our conversation confirmed why I applied: {why}.",
    )
    interest_semi_formal = (
        "The role fits the direction I want my career to take.",
        "I like that the role leaves room to keep learning.",
        "Working with a team like yours is exactly what I'm looking for.",
        "The challenges of the role are what excite me most about it.",
        "I'd like to grow with a team whose members support each other.",
    )
    forgot_formal = (
        "There is one thing I did not have the chance to mention during the interview: {forgot}.",
        "I would also like to add one point I did not mention: {forgot}.",
        "Allow me to add something I left out during our conversation: {forgot}.",
        "I would also like to share one detail I did not get to mention: {forgot}.",
        "There is one further relevant point I did not mention: {forgot}.",
    )
    forgot_semi_formal = (
        "There's one thing I forgot to mention: {forgot}.",
        "I'd also like to add something I didn't get to say: {forgot}.",
        "I'd like to add one thing that didn't come up: {forgot}.",
        "There's one more thing I didn't get to mention: {forgot}.",
        "I'd like to round off my answers with one more point: {forgot}.",
    )
    offer_formal = (
        "If any further information or documents would be helpful, I would be glad to provide them.",
        "Should there be anything else I can provide, I would be happy to prepare it.",
        "I am happy to provide additional information if it would help in the next stage of the process.",
        "If you have any follow-up questions, I would be pleased to answer them.",
        "If it would be useful, I can share work samples or references.",
    )
    offer_semi_formal = (
        "If you need anything else from me, just let me know.",
        "I'm happy to answer any follow-up questions.",
        "Please feel free to reach out if there's anything else I can send.",
        "I'd be glad to share samples of my work if that would help.",
        "If any documents are missing, please let me know and I'll send them.",
    )
    look_forward_formal = (
        "I look forward to hearing about the next steps.",
        "I look forward to hearing from you regarding the next stage of the process.",
        "I would welcome the opportunity to continue our conversation in the next stage.",
        "I look forward to hearing from {company}.",
        "I would be glad to hear about the next steps.",
    )
    look_forward_semi_formal = (
        "I look forward to hearing from you.",
        "Looking forward to hearing about the next steps.",
        "I hope we can continue the conversation.",
        "I look forward to hearing from the team at {company}.",
        "It would be great to talk again in the next stage.",
    )
    thanks_again_formal = (
        "Thank you again for your time and consideration.",
        "Once again, thank you for the opportunity.",
        "Thank you for considering my application.",
        "Thank you once more for your time and for a thoughtful conversation.",
        "Thank you again for your kindness and your time.",
    )
    thanks_again_semi_formal = (
        "Thanks again for your time.",
        "Thank you again for the opportunity.",
        "Thanks for a really enjoyable conversation.",
        "Thanks again for your time and for all the insight.",
        "Thank you for being so welcoming during the interview.",
    )
