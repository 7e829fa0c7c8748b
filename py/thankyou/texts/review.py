"""Words of the draft reviewer: its form, the title of each finding kind, each finding's message and fix."""

from __future__ import annotations

from thankyou.texts import Texts


class ReviewTexts(Texts):
    """Slots of the reviewer. ``messages`` is keyed by finding code, ``kinds`` by finding kind.

    Placeholders in messages: ``{found}`` the words of the draft the finding points at, ``{fix}``
    and ``{example}`` a replacement in the draft's own language, ``{expected}`` the spelling from
    the context, ``{channel}``, ``{main}``, ``{other}`` and ``{when}`` already in the reader's language.
    """

    title: str
    labels: dict[str, str]
    optional: str
    hints: dict[str, str]
    draft_languages: dict[str, str]
    channels: dict[str, str]
    channel_names: dict[str, str]
    language_names: dict[str, str]
    severities: dict[str, str]
    kinds: dict[str, str]
    # A finding's title when its code says more than its kind ("discuss about" is no typo: each word is right).
    code_kinds: dict[str, str]
    messages: dict[str, str]
    # A finding's message where the message's kind asks other words ("code:variant", the hit's ``variant``).
    message_variants: dict[str, str]
    summaries: dict[str, str]
    when_today: str
    when_yesterday: str
    when_days_ago: str
    findings_heading: str
    findings_help: str
    facts: str
    facts_detected: str
    read_more: str
    marked_heading: str
    marked_help: str
    apply_fix: str


class Indonesian(ReviewTexts):
    lang = "id"
    title = "Peninjau draf"
    labels = {
        "subject": "Subjek email",
        "body": "Isi email",
        "interviewer": "Nama pewawancara",
        "company": "Perusahaan",
        "role": "Posisi yang dilamar",
        "lang": "Bahasa draf",
        "channel": "Dikirim lewat",
        "interview_date": "Tanggal wawancara",
        "now": "Waktu sekarang",
        "panel": "Email lain untuk panel yang sama",
        "topics": "Hal yang dibahas",
        "name": "Nama Anda",
        "context": "Konteks",
    }
    hints = {
        "subject": "Kosongkan jika subjek sudah ada di baris pertama isi email.",
        "body": "Tempel draf Anda di sini. Draf hanya diperiksa di perangkat ini dan tidak dikirim ke mana pun.",
    }
    optional = "{label} (opsional)"
    draft_languages = {"": "Kenali otomatis", "id": "Bahasa Indonesia", "en": "Bahasa Inggris"}
    channels = {"email": "Email", "linkedin": "Pesan LinkedIn", "whatsapp": "Pesan WhatsApp", "card": "Kartu tulisan tangan"}
    channel_names = {"email": "email", "linkedin": "pesan LinkedIn", "whatsapp": "pesan WhatsApp", "card": "kartu tulisan tangan"}
    language_names = {"id": "bahasa Indonesia", "en": "bahasa Inggris"}
    severities = {"must": "Wajib diperbaiki", "should": "Sebaiknya diperbaiki", "tip": "Saran"}
    kinds = {
        "placeholder": "sisa templat yang belum diganti",
        "misspelling": "salah ketik",
        "honorific": "sapaan yang dobel",
        "address": "sapaan untuk pewawancara",
        "interviewer_misspelled": "nama pewawancara yang salah",
        "company_misspelled": "ejaan nama perusahaan",
        "company_other": "nama perusahaan lain",
        "timing": "keterangan waktu yang tidak cocok",
        "subject_missing": "subjek email yang kosong",
        "greeting_missing": "salam pembuka yang tidak ada",
        "desperate": "nada memohon",
        "salary": "pembicaraan gaji atau tunjangan",
        "pressure": "desakan soal keputusan",
        "self_doubt": "kalimat yang merendahkan diri sendiri",
        "apology": "permintaan maaf yang berlebihan",
        "generic": "isi yang terlalu umum",
        "interviewer_absent": "nama pewawancara yang tidak disebut",
        "company_absent": "nama perusahaan yang tidak disebut",
        "role_misspelled": "ejaan nama posisi",
        "greeting_form": "bentuk salam pembuka",
        "closing_missing": "salam penutup yang tidak ada",
        "closing_form": "bentuk salam penutup",
        "signature_missing": "nama di bawah salam penutup",
        "informal": "kata yang terlalu santai atau tidak baku",
        "emoji": "emoji",
        "exclamation": "tanda seru atau tanda tanya yang berlebihan",
        "all_caps": "huruf kapital semua",
        "subject_vague": "subjek yang kurang jelas",
        "mixed_language": "campuran bahasa",
        "punctuation": "tanda baca dan huruf kapital",
        "length": "panjang pesan",
        "long_paragraph": "paragraf yang terlalu panjang",
        "panel_similar": "email panel yang terlalu mirip",
        "long_sentence": "kalimat yang terlalu panjang",
        "subject_long": "subjek yang terlalu panjang",
        "role_absent": "nama posisi yang tidak disebut",
        "attachment": "lampiran yang disebut",
    }
    code_kinds = {
        "subject_title_case": "subjek dengan huruf kapital di tiap kata",
        "phrase_slip": "susunan kata yang keliru",
        "confused_word": "kata yang tertukar",
        "doubled_word": "kata yang tertulis dua kali",
        "reconsider": "permintaan meninjau ulang keputusan",
        "grievance": "keluhan tentang wawancaranya",
        "reproach": "kalimat yang menyalahkan mereka",
    }
    messages = {
        "placeholder": "“{found}” tampaknya sisa templat. Ganti dengan kata yang sebenarnya, atau hapus.",
        "attachment": "“{found}”: pastikan berkasnya benar-benar terlampir sebelum mengirim. Email yang menyebut lampiran tanpa lampirannya terbaca kurang teliti.",
        "misspelling": "“{found}” tampaknya salah ketik: maksud Anda “{fix}”? Salah ketik membuat pembaca ragu pada ketelitian Anda.",
        "confused_word": "“{found}” memang kata yang benar, tetapi kalimat ini memerlukan “{fix}”. Salah ketik seperti ini lolos dari pemeriksa ejaan, tidak dari pembaca.",
        "phrase_slip": "“{found}”: susunan ini keliru, tulis “{fix}”. Tiap katanya benar sehingga pemeriksa ejaan meloloskannya, tetapi pembaca tidak.",
        "doubled_word": "“{found}”: kata yang sama tertulis dua kali. Tulis “{fix}”.",
        "capital_inside": "“{found}”: kata biasa di tengah kalimat ditulis dengan huruf kecil, “{fix}”.",
        "address_mismatch": "“{found}”: salam pembuka menyapa “{expected}”, tetapi di sini orang yang sama disapa “{found}”. Pakai satu sapaan: “{fix}”.",
        "capital_formula": "“{found}”: dalam salam pembuka dan penutup hanya kata pertama yang berhuruf kapital (“Dengan hormat,”, “Hormat saya,”). Tulis “{fix}”.",
        "reduplication": "“{found}”: kata ulang ditulis dengan tanda hubung, “{fix}”.",
        "di_prefix": "“{found}”: “di” yang menjadi awalan kata kerja ditulis serangkai, “{fix}”. “Di” ditulis terpisah hanya sebagai kata depan, sebelum tempat atau waktu (“di kantor”, “di masa depan”).",
        "di_after_doer": "“{found}”: sesudah pelakunya (“yang saya …”, “akan kami …”) kata kerja ditulis tanpa awalan “di-”: “{fix}”.",
        "honorific_doubled": "“{found}”: sapaan ditulis dua kali. Pakai satu saja, misalnya “{fix}”.",
        "run_on": "“{found}”: dua kalimat menyambung tanpa tanda titik. Akhiri kalimat pertama dengan titik: “{fix}”.",
        "honorific_man": "“{found}”: {name} biasanya nama laki-laki, sedangkan “{title}” sapaan untuk perempuan. Jika beliau laki-laki, tulis “{fix}”.",
        "honorific_woman": "“{found}”: {name} biasanya nama perempuan, sedangkan “{title}” sapaan untuk laki-laki. Jika beliau perempuan, tulis “{fix}”.",
        "title_given_name": "“{found}”: dalam bahasa Inggris, sapaan seperti Mr/Ms/Mrs diikuti nama keluarga (“{fix}”), atau nama depan ditulis tanpa sapaan (“Hi {given},”). Banyak kantor di Indonesia memakai “{found}”: pertahankan jika beliau memang disapa begitu.",
        "greeting_lowercase": "“{found}”: sapaan sebelum nama ditulis dengan huruf kapital, “{fix}”.",
        "address_lowercase": "“{found}”: sapaan untuk orang yang Anda surati ditulis dengan huruf kapital, “{fix}”.",
        "address_distant": "“{found}”: benar, tetapi terasa berjarak dalam surat kepada orang yang Anda sapa “{fix}”. Sebut beliau “{fix}” di seluruh surat.",
        "greeting_abbreviated": "Dalam salam pembuka, sapaan ditulis lengkap: “{fix}”, bukan “{found}”.",
        "greeting_yth_name": "“{found}”: “Yth.” diikuti sapaan, bukan langsung nama. Tulis “{fix}”, atau dalam pesan semiformal cukup “{casual}”.",
        "punctuation_before": "“{found}”: tanda baca menempel pada kata sebelumnya, tanpa spasi di depannya. Tulis “{fix}”.",
        "punctuation_after": "“{found}”: beri satu spasi setelah tanda baca. Tulis “{fix}”.",
        "punctuation_doubled": "“{found}”: tanda baca terketik dua kali. Tulis “{fix}”.",
        "degree_comma": "“{found}”: gelar akademik di belakang nama dipisahkan dengan koma. Tulis “{fix}”.",
        "capital_start": "“{found}”: awal kalimat, salam, dan nama ditulis dengan huruf kapital. Tulis “{fix}”.",
        "capital_name": "“{found}”: nama orang, tempat, bahasa, bangsa, hari, dan bulan diawali huruf kapital. Tulis “{fix}”.",
        "acronym_case": "“{found}” adalah singkatan: tulis dengan huruf kapital, “{fix}”, agar langsung terbaca sebagai singkatan.",
        "mixed_phrase": "“{found}”: kalimat ini mencampur {other} ke dalam {main}. Tulis seluruhnya dalam {main}.",
        "apology_ritual": "“{found}”: permintaan maaf seperti ini tidak perlu dalam ucapan terima kasih dan membuat Anda terkesan kurang percaya diri. Hapus saja.",
        "greeting_missing": "Belum ada salam pembuka. Awali dengan salam, misalnya “{example}”.",
        "greeting_kepada": "“{found}”: kata “Kepada” tidak perlu karena “Yth.” sudah berarti “yang terhormat”. Tulis “Yth.” saja.",
        "greeting_yth": "Tulis “Yth.” dengan Y kapital dan diakhiri titik, bukan “{found}”.",
        "greeting_title": "Dalam surat resmi, “Bapak” atau “Ibu” biasanya tidak digabung dengan gelar akademik atau pangkat: cukup “{fix}”. Jika perusahaan sendiri menulisnya “{found}”, ikuti saja kebiasaan itu.",
        "greeting_generic": "Anda tahu nama pewawancaranya, jadi sapa dengan namanya, misalnya “{example}”, bukan “{found}”.",
        "greeting_casual": "“{found}” terlalu santai untuk membuka pesan kepada pewawancara. Gunakan, misalnya, “{example}”.",
        "closing_missing": "Belum ada salam penutup. Akhiri dengan “{example}” lalu nama lengkap Anda.",
        "closing_kami": "“{found}” dipakai atas nama lembaga. Karena Anda menulis atas nama sendiri, tulis “Hormat saya,”.",
        "closing_casual": "“{found}” terlalu santai untuk menutup pesan kepada pewawancara. Gunakan, misalnya, “{example}”.",
        "closing_faithfully": "“{found}” menutup surat yang dibuka dengan “Dear Sir or Madam”. Untuk orang yang Anda sapa dengan namanya, tulis “Yours sincerely,”.",
        "signature_missing": "Tulis nama lengkap Anda di bawah “{found}”. Nomor telepon atau tautan LinkedIn boleh ditambahkan.",
        "interviewer_absent": "Nama pewawancara, {expected}, tidak disebut. Sapa dengan namanya, misalnya “{example}”.",
        "interviewer_misspelled": "“{found}”: maksud Anda “{expected}”? Salah eja nama hampir selalu diperhatikan oleh orang yang bersangkutan.",
        "interviewer_other": "“{found}”: pesan ini untuk {expected}. Periksa lagi nama di salam pembuka; nama dari surat lain langsung terlihat sebagai salinan.",
        "interviewer_other_informal": "“{found}”: pewawancara Anda {expected}. Jika itu bukan nama panggilannya, periksa lagi nama di salam pembuka; nama dari surat lain terbaca sebagai salinan.",
        "company_absent": "Nama perusahaan, {expected}, tidak disebut. Sebutkan sekali, misalnya saat menulis mengapa Anda tertarik.",
        "company_misspelled": "“{found}”: nama perusahaannya ditulis “{expected}”.",
        "company_other": "“{found}”: lamaran ini untuk {expected}. Periksa lagi nama perusahaannya; email yang menyebut perusahaan lain terbaca sebagai salinan.",
        "role_absent": "Posisi yang Anda lamar, {expected}, tidak disebut. Menyebutnya sekali memudahkan pewawancara yang menilai beberapa posisi sekaligus.",
        "role_misspelled": "“{found}”: nama posisinya ditulis “{expected}”.",
        "role_other": "“{found}”: lamaran ini untuk posisi {expected}. Periksa lagi nama posisinya; email yang menyebut posisi lain terbaca sebagai salinan.",
        "generic": "Tidak ada satu pun hal dari percakapan Anda, sehingga pesan ini bisa dikirim kepada siapa saja. Tambahkan satu hal yang dibahas dalam wawancara, misalnya proyek, tantangan tim, atau pandangan pewawancara.",
        "length_short": "{words} kata terlalu singkat untuk {channel}. Usahakan sekitar {low}–{high} kata: tambahkan satu hal dari percakapan atau alasan Anda cocok.",
        "length_long": "{words} kata terlalu panjang untuk {channel}. Usahakan sekitar {low}–{high} kata: pertahankan satu hal dari percakapan dan satu alasan Anda cocok, lalu pangkas sisanya.",
        "long_sentence": "Kalimat ini terdiri atas {words} kata (lebih dari {limit}). Pecah menjadi dua kalimat supaya mudah dibaca.",
        "long_paragraph": "Paragraf ini terdiri atas {words} kata (lebih dari {limit}). Pecah menjadi beberapa paragraf pendek supaya nyaman dibaca di ponsel.",
        "desperate": "“{found}” terdengar memohon. Tunjukkan minat lewat apa yang bisa Anda berikan, bukan lewat seberapa Anda membutuhkannya.",
        "apology_repeated": "Ada {count} permintaan maaf dalam pesan ini. Cukup satu, atau tidak sama sekali, agar pesan tetap tentang ucapan terima kasih.",
        "apology_strong": "“{found}” terlalu berlebihan. Jika memang perlu meminta maaf, cukup satu kalimat singkat.",
        "self_doubt": "“{found}” justru melemahkan kesan Anda. Hapus keraguan tentang penampilan Anda; tulis apa yang bisa Anda kerjakan.",
        "salary": "“{found}”: gaji dan tunjangan dibicarakan saat penawaran, bukan dalam ucapan terima kasih. Hapus bagian ini.",
        "pressure": "“{found}” terkesan mendesak keputusan. Serahkan waktunya kepada mereka; tanyakan kabar dalam email tindak lanjut jika belum ada jawaban.",
        "grievance": "“{found}”: keluhan seperti ini membuat seluruh pesan terbaca sebagai teguran. Hapus kalimat ini; jika ada hal yang perlu disampaikan, sampaikan terpisah dengan tenang.",
        "reproach": "“{found}” menyalahkan mereka atas lamanya menunggu. Proses seleksi sering tertunda karena hal yang tidak terlihat dari luar; tanyakan kabar dengan sopan dan netral, tanpa teguran.",
        "reconsider": "“{found}” mempersoalkan keputusan mereka. Balasan atas penolakan cukup berisi terima kasih, satu hal yang berkesan, dan harapan dipertimbangkan untuk lowongan lain; permintaan meninjau ulang hampir tidak pernah mengubah hasil dan menutup pintu itu.",
        "informal_word": "“{found}” terlalu santai untuk pesan ini. Tulis “{fix}”.",
        "informal_drop": "“{found}” terlalu santai untuk pesan ini. Hapus saja.",
        "nonstandard": "“{found}” bukan ejaan baku. Tulis “{fix}”.",
        "address_workplace": "“{found}” cocok jika pewawancara atau perekrutnya sendiri menyapa dengan cara ini, seperti di banyak perusahaan rintisan. Jika belum yakin, “Bapak” atau “Ibu” lebih aman dalam email.",
        "informal_familiar": "“{found}” terlalu akrab untuk pesan kepada pewawancara atau perekrut, juga lewat chat. Tulis “{fix}”.",
        "informal_dense": "Pesan ini banyak memakai singkatan chat ({words}). Lewat WhatsApp pun, pewawancara membacanya sebagai kurang serius: tulis kata-katanya dengan lengkap.",
        "emoji": "Hapus emoji “{found}”: pesan kepada pewawancara lebih baik tanpa emoji.",
        "exclamation_repeated": "“{found}”: satu tanda seru sudah cukup, dan sering kali titik lebih baik.",
        "question_repeated": "“{found}”: satu tanda tanya sudah cukup. Tanda tanya berderet terkesan tidak sabar.",
        "exclamation_many": "Ada {count} tanda seru. Pakai paling banyak satu dalam seluruh pesan.",
        "all_caps": "“{found}” yang ditulis dengan huruf kapital semua terkesan berteriak. Tulis dengan huruf biasa.",
        "all_caps_text": "Seluruh pesan ditulis dengan huruf kapital, sehingga terkesan berteriak. Tulis ulang dengan huruf biasa: kapital hanya di awal kalimat dan nama.",
        "subject_missing": "Subjek email masih kosong. Tulis subjek yang menjelaskan isi email, misalnya “{example}”.",
        "subject_long": "Subjek ini terdiri atas {words} kata; {limit} kata atau kurang lebih mudah terbaca di kotak masuk. Cukup ucapan terima kasih dan posisinya.",
        "subject_title_case": "Subjek email berbahasa Inggris biasanya hanya memakai huruf kapital di awal dan pada nama: “{fix}”. Huruf kapital di tiap kata terbaca seperti judul berita.",
        "subject_vague": "“{found}” belum menyebut posisi, perusahaan, atau nama Anda, sehingga sulit dikenali di antara email lain. Tulis misalnya “{example}”.",
        "mixed_sentence": "Kalimat ini ditulis dalam {other}, sedangkan bagian lain dalam {main}. Tulis dalam {main}, kecuali perusahaan memang memakai {other}.",
        "mixed_formula": "“{found}” bukan {main}, padahal pesan Anda ditulis dalam {main}. Gunakan “{fix}”.",
        "timing": "“{found}” tidak cocok dengan tanggal wawancara, yaitu {when}. Tulis “{fix}”.",
        "date_weekday": "“{found}”: tanggal itu jatuh pada hari {weekday}. Periksa lagi mana yang benar, hari atau tanggalnya.",
        "panel_similar": "{percent}% rangkaian kata email ini sama dengan email untuk anggota panel ke-{number}. Pewawancara bisa saling membandingkan, jadi bangun setiap email di sekitar topik orangnya sendiri.",
    }
    message_variants = {
        "pressure:offer": "“{found}” bisa terbaca sebagai cara menekan. Dalam balasan atas tawaran, cukup minta waktu dengan sopan hingga tanggal tertentu; proses di tempat lain tidak perlu disebut.",
        "pressure:follow_up": "“{found}” terkesan mendesak keputusan. Dalam pesan tindak lanjut, cukup tanyakan perkembangannya dan serahkan waktunya kepada mereka.",
    }
    summaries = {
        "empty": "Tempel draf Anda untuk ditinjau.",
        "ready": "Siap dikirim: tidak ada yang perlu diperbaiki.",
        "tips_one": "Siap dikirim. Ada 1 saran kecil jika Anda ingin menyempurnakannya.",
        "tips_many": "Siap dikirim. Ada {count} saran kecil jika Anda ingin menyempurnakannya.",
        "should_one": "Hampir siap. Sebaiknya perbaiki dulu: {first}.",
        "should_many": "Hampir siap. Sebaiknya perbaiki dulu: {first} ({count} hal perlu diperhatikan).",
        "must_one": "Belum siap dikirim. Perbaiki dulu: {first}.",
        "must_many": "Belum siap dikirim. Perbaiki dulu: {first} ({count} hal wajib diperbaiki).",
    }
    when_today = "hari ini"
    when_yesterday = "kemarin"
    when_days_ago = "{days} hari yang lalu"
    findings_heading = "Temuan"
    findings_help = "Pilih satu temuan untuk menandai bagian draf yang dimaksud."
    facts = "{words} kata, ditulis dalam {language}."
    facts_detected = "{words} kata, dikenali sebagai {language}."
    read_more = "Baca panduannya"
    marked_heading = "Draf Anda, dengan tanda"
    marked_help = "Kata yang bergaris bawah perlu dilihat lagi: sentuh atau pilih untuk membaca alasannya."
    apply_fix = "Ganti dengan “{fix}”"


class English(ReviewTexts):
    lang = "en"
    title = "Draft reviewer"
    labels = {
        "subject": "Subject line",
        "body": "Email text",
        "interviewer": "Interviewer's name",
        "company": "Company",
        "role": "Role you applied for",
        "lang": "Language of the draft",
        "channel": "Sent by",
        "interview_date": "Date of the interview",
        "now": "Current time",
        "panel": "Other emails to the same panel",
        "topics": "What you discussed",
        "name": "Your name",
        "context": "Context",
    }
    hints = {
        "subject": "Leave empty if the subject is the first line of the text.",
        "body": "Paste your draft here. It is checked on this device only and sent nowhere.",
    }
    optional = "{label} (optional)"
    draft_languages = {"": "Detect", "id": "Indonesian", "en": "English"}
    channels = {"email": "Email", "linkedin": "LinkedIn message", "whatsapp": "WhatsApp message", "card": "Handwritten card"}
    channel_names = {"email": "an email", "linkedin": "a LinkedIn message", "whatsapp": "a WhatsApp message", "card": "a handwritten card"}
    language_names = {"id": "Indonesian", "en": "English"}
    severities = {"must": "Must fix", "should": "Should fix", "tip": "Tip"}
    kinds = {
        "placeholder": "a template mark left in",
        "misspelling": "a typo",
        "honorific": "a doubled form of address",
        "address": "how you address the interviewer",
        "interviewer_misspelled": "the interviewer's name, misspelled or wrong",
        "company_misspelled": "the company's name, misspelled",
        "company_other": "another company's name",
        "timing": "a timing word that does not match the date",
        "subject_missing": "the missing subject line",
        "greeting_missing": "the missing greeting",
        "desperate": "a pleading tone",
        "salary": "salary or benefits talk",
        "pressure": "pressure on their decision",
        "self_doubt": "putting yourself down",
        "apology": "too much apologising",
        "generic": "nothing specific to your conversation",
        "interviewer_absent": "the interviewer's name, not mentioned",
        "company_absent": "the company's name, not mentioned",
        "role_misspelled": "the role's name, misspelled",
        "greeting_form": "the form of the greeting",
        "closing_missing": "the missing closing line",
        "closing_form": "the form of the closing",
        "signature_missing": "your name under the closing",
        "informal": "a word that is too casual or not standard",
        "emoji": "emoji",
        "exclamation": "too many exclamation or question marks",
        "all_caps": "words in capitals",
        "subject_vague": "a vague subject line",
        "mixed_language": "mixed languages",
        "punctuation": "punctuation and capital letters",
        "length": "the length",
        "long_paragraph": "a paragraph that is too long",
        "panel_similar": "panel emails that read alike",
        "long_sentence": "a sentence that is too long",
        "subject_long": "a subject line that is too long",
        "role_absent": "the role, not mentioned",
        "attachment": "an attachment mentioned",
    }
    code_kinds = {
        "subject_title_case": "a subject line with a capital on every word",
        "phrase_slip": "words that do not go together",
        "confused_word": "a word mixed up with another",
        "doubled_word": "a word typed twice",
        "reconsider": "a request to reconsider their decision",
        "grievance": "a complaint about the interview",
        "reproach": "a sentence that blames them",
    }
    messages = {
        "placeholder": "“{found}” looks like part of a template. Replace it with the real words, or delete it.",
        "attachment": "“{found}”: make sure the file really is attached before you send. An email that mentions an attachment without one reads as careless.",
        "misspelling": "“{found}” looks like a typo: did you mean “{fix}”? A typo makes a reader doubt your care.",
        "confused_word": "“{found}” is a real word, but not the one this sentence needs: “{fix}”. A spell checker lets this kind of slip through; a reader does not.",
        "phrase_slip": "“{found}” is not the right way to put it: write “{fix}”. Each word is right alone, so a spell checker lets it through; a reader does not.",
        "doubled_word": "“{found}”: the same word is typed twice. Write “{fix}”.",
        "capital_inside": "“{found}”: an everyday word inside a sentence takes a small letter: “{fix}”.",
        "address_mismatch": "“{found}”: the greeting says “{expected}”, but here the same person is called “{found}”. Use one form of address: “{fix}”.",
        "capital_formula": "“{found}”: in an Indonesian opening or closing formula only the first word takes a capital (“Dengan hormat,”, “Hormat saya,”). Write “{fix}”.",
        "reduplication": "“{found}”: an Indonesian doubled word takes a hyphen: “{fix}”.",
        "di_prefix": "“{found}”: the Indonesian passive prefix “di-” is joined to its verb: “{fix}”. “di” stands apart only as a preposition, before a place or a time (“di kantor”, “di masa depan”).",
        "di_after_doer": "“{found}”: after its doer (“yang saya …”, “akan kami …”), the Indonesian verb takes no “di-” at all: “{fix}”.",
        "honorific_doubled": "“{found}”: the form of address is written twice. Keep one, for example “{fix}”.",
        "run_on": "“{found}”: two sentences run together here. End the first with a full stop: “{fix}”.",
        "honorific_man": "“{found}”: {name} is usually a man's name, and “{title}” is said to a woman. If the person you write to is a man, write “{fix}”.",
        "honorific_woman": "“{found}”: {name} is usually a woman's name, and “{title}” is said to a man. If the person you write to is a woman, write “{fix}”.",
        "title_given_name": "“{found}”: in English a title such as Mr, Ms or Mrs goes before the family name (“{fix}”), or the first name stands alone (“Hi {given},”). Many Indonesian offices do write “{found}”: keep it if that is how they are addressed at work.",
        "greeting_lowercase": "“{found}”: a form of address before a name takes a capital letter, “{fix}”.",
        "address_lowercase": "“{found}”: a word of address for the person you are writing to takes a capital letter in Indonesian, “{fix}”.",
        "address_distant": "“{found}”: correct, but distant in a letter to someone you greet as “{fix}”. Call them “{fix}” throughout.",
        "greeting_abbreviated": "In a greeting, the form of address is written out in full: “{fix}”, not “{found}”.",
        "greeting_yth_name": "“{found}”: “Yth.” is followed by a form of address, not the bare name. Write “{fix}”, or in a semi-formal message simply “{casual}”.",
        "punctuation_before": "“{found}”: a punctuation mark sits right after the word, with no space before it. Write “{fix}”.",
        "punctuation_after": "“{found}”: put one space after the punctuation mark. Write “{fix}”.",
        "punctuation_doubled": "“{found}”: a punctuation mark typed twice. Write “{fix}”.",
        "degree_comma": "“{found}”: an academic degree after a name is set off by a comma. Write “{fix}”.",
        "capital_start": "“{found}”: a sentence, a greeting, a closing and a name start with a capital letter. Write “{fix}”.",
        "capital_name": "“{found}”: the names of people, places, languages, peoples, days and months start with a capital letter. Write “{fix}”.",
        "acronym_case": "“{found}” is an abbreviation: write it in capitals, “{fix}”, so it reads as one at a glance.",
        "mixed_phrase": "“{found}”: this sentence mixes {other} into {main}. Write it all in {main}.",
        "apology_ritual": "“{found}”: an apology like this is not needed in a thank-you note and makes you sound unsure. Leave it out.",
        "greeting_missing": "There is no greeting. Open with one, for example “{example}”.",
        "greeting_kepada": "“{found}”: “Kepada” is redundant, because “Yth.” already means “to the honourable”. Write just “Yth.”.",
        "greeting_yth": "Write “Yth.” with a capital Y and a full stop, not “{found}”.",
        "greeting_title": "In a formal Indonesian letter, “Bapak” or “Ibu” is usually not combined with an academic title or rank: “{fix}” is enough. If the company itself writes “{found}”, follow its custom.",
        "greeting_generic": "You know the interviewer's name, so greet them by it, for example “{example}”, rather than “{found}”.",
        "greeting_casual": "“{found}” is too casual to open a message to an interviewer. Use, for example, “{example}”.",
        "closing_missing": "There is no closing line. End with “{example}” and your full name.",
        "closing_kami": "“{found}” speaks for an organisation. Writing for yourself, use “Hormat saya,”.",
        "closing_casual": "“{found}” is too casual to end a message to an interviewer. Use, for example, “{example}”.",
        "closing_faithfully": "“{found}” closes a letter that opens “Dear Sir or Madam”. To someone you greet by name, write “Yours sincerely,”.",
        "signature_missing": "Sign with your full name under “{found}”. A phone number or LinkedIn link may follow.",
        "interviewer_absent": "The interviewer, {expected}, is never named. Greet them by name, for example “{example}”.",
        "interviewer_misspelled": "“{found}”: did you mean “{expected}”? A misspelled name is the one mistake its owner always notices.",
        "interviewer_other": "“{found}”: this message is to {expected}. Check the name in the greeting; a name from another letter reads as a copy.",
        "interviewer_other_informal": "“{found}”: your interviewer is {expected}. Unless that is what they go by, check the name in the greeting; a name from another letter reads as a copy.",
        "company_absent": "The company, {expected}, is not mentioned. Name it once, for example where you say why you want the role.",
        "company_misspelled": "“{found}”: the company is spelled “{expected}”.",
        "company_other": "“{found}”: this application is for {expected}. Check the company's name; an email that names another company reads as a copy.",
        "role_absent": "The role, {expected}, is not mentioned. Naming it once helps an interviewer who is hiring for several roles.",
        "role_misspelled": "“{found}”: the role is spelled “{expected}”.",
        "role_other": "“{found}”: this application is for {expected}. Check the role's name; an email that names another role reads as a copy.",
        "generic": "Nothing here comes from your conversation, so this message could go to anyone. Add one thing you discussed: a project, a challenge the team faces, a point the interviewer made.",
        "length_short": "{words} words is short for {channel}. Aim for about {low}–{high}: add one thing from the conversation or why you fit.",
        "length_long": "{words} words is long for {channel}. Aim for about {low}–{high}: keep one point from the conversation and one reason you fit, and cut the rest.",
        "long_sentence": "This sentence has {words} words (more than {limit}). Split it in two so it reads easily.",
        "long_paragraph": "This paragraph has {words} words (more than {limit}). Break it into shorter ones; a block of text is hard to read on a phone.",
        "desperate": "“{found}” sounds like pleading. Show your interest through what you would bring, not through how much you need it.",
        "apology_repeated": "There are {count} apologies here. One at most, or none, keeps the message about thanks.",
        "apology_strong": "“{found}” apologises more than needed. If an apology is due, one short sentence is enough.",
        "self_doubt": "“{found}” undercuts you. Leave out doubts about how you did; say what you can do.",
        "salary": "“{found}”: salary and benefits belong to the offer stage, not to a thank-you. Leave this out.",
        "pressure": "“{found}” puts pressure on their decision. Leave the timing to them; a follow-up later is the place to ask.",
        "grievance": "“{found}”: a complaint turns the whole message into a reproach. Leave this sentence out; if something needs raising, raise it separately and calmly.",
        "reproach": "“{found}” blames them for the wait. Hiring is often delayed by things you cannot see from outside; ask for news politely and neutrally, with no reproach.",
        "reconsider": "“{found}” argues with their decision. A reply to a rejection thanks them, names one thing that stayed with you and asks to be kept in mind for other openings; asking them to think again almost never changes the outcome and closes that door.",
        "informal_word": "“{found}” is too casual for this message. Write “{fix}”.",
        "informal_drop": "“{found}” is too casual for this message. Leave it out.",
        "nonstandard": "“{found}” is not the standard Indonesian spelling. Write “{fix}”.",
        "address_workplace": "“{found}” fits if the interviewer or recruiter addresses people this way themselves, as many start-ups do. If you are not sure, “Bapak” or “Ibu” is safer in an email.",
        "informal_familiar": "“{found}” is too familiar for a message to an interviewer or a recruiter, even in a chat. Write “{fix}”.",
        "informal_dense": "This message leans on chat shorthand ({words}). Even on WhatsApp, an interviewer reads that as careless: write the words out.",
        "emoji": "Leave out the emoji “{found}”: a message to an interviewer reads better without it.",
        "exclamation_repeated": "“{found}”: one exclamation mark is enough, and a full stop is often better.",
        "question_repeated": "“{found}”: one question mark is enough. A row of them reads as impatience.",
        "exclamation_many": "There are {count} exclamation marks. Keep one at most in the whole message.",
        "all_caps": "“{found}” in capitals reads as shouting. Write it in normal case.",
        "all_caps_text": "The whole message is typed in capitals, which reads as shouting. Write it in normal case: capitals only to start a sentence or a name.",
        "subject_missing": "The subject line is empty. Give it one that says what the email is, for example “{example}”.",
        "subject_long": "This subject line has {words} words; {limit} or fewer stay readable in an inbox. The thanks and the role are enough.",
        "subject_title_case": "An email subject usually takes a capital only on its first word and on names: “{fix}”. A capital on every word reads like a headline.",
        "subject_vague": "“{found}” names no role, company or sender, so it is hard to pick out among other emails. Try, for example, “{example}”.",
        "mixed_sentence": "This sentence is in {other}, while the rest is in {main}. Write it in {main}, unless the company works in {other}.",
        "mixed_formula": "“{found}” is not {main}, but the rest of your message is. Use “{fix}”.",
        "timing": "“{found}” does not match the date of the interview, {when}. Write “{fix}”.",
        "date_weekday": "“{found}”: that date is a {weekday}. Check which is right, the day or the date.",
        "panel_similar": "{percent}% of this email's word sequences also appear in the email to panel member {number}. Interviewers compare notes: build each email around that person's own topic.",
    }
    message_variants = {
        "pressure:offer": "“{found}” can read as leverage. In a reply to an offer, simply ask politely for time until a set date; the other process need not be mentioned.",
        "pressure:follow_up": "“{found}” puts pressure on their decision. In a follow-up, simply ask how things stand and leave the timing to them.",
    }
    summaries = {
        "empty": "Paste your draft to review it.",
        "ready": "Ready to send: nothing to fix.",
        "tips_one": "Ready to send. There is 1 small suggestion if you want to polish it.",
        "tips_many": "Ready to send. There are {count} small suggestions if you want to polish it.",
        "should_one": "Nearly ready. Fix this first: {first}.",
        "should_many": "Nearly ready. Fix this first: {first} ({count} things to look at).",
        "must_one": "Not ready to send. Fix this first: {first}.",
        "must_many": "Not ready to send. Fix this first: {first} ({count} must-fix items).",
    }
    when_today = "today"
    when_yesterday = "yesterday"
    when_days_ago = "{days} days ago"
    findings_heading = "Findings"
    findings_help = "Choose a finding to highlight the part of the draft it is about."
    facts = "{words} words, written in {language}."
    facts_detected = "{words} words, recognised as {language}."
    read_more = "Read the guide"
    marked_heading = "Your draft, marked"
    marked_help = "Underlined words need another look: tap or focus one to read why."
    apply_fix = "Replace with “{fix}”"
