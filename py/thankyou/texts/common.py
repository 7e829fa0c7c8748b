"""Words shared by every tool: errors, loading states, dates and times."""

from __future__ import annotations

from thankyou.texts.base import Texts


class CommonTexts(Texts):
    """Slots every tool uses. ``{field}`` is the field's label in the same language."""

    error_required: str
    error_choice: str
    error_type: str
    error_datetime: str
    error_timezone: str
    error_date: str
    error_date_order: str
    error_date_future: str
    error_too_many: str
    error_too_long: str
    error_email: str
    error_placeholder: str
    error_name_letters: str
    error_other_language: str
    # Language names inside sentences ("ditulis dalam bahasa Inggris"), by code.
    language_names: dict[str, str]
    error_characters: str
    error_integer: str
    error_unknown_op: str
    error_json: str
    error_internal: str
    field_op: str
    field_request: str
    field_lang: str
    # The widget shell: shown while Python loads, and when it cannot.
    loading_runtime: str
    loading_package: str
    failed_title: str
    failed_body: str
    # What stopped the tool, by the code the page reports (see thankyou-widgets.js).
    failure_reasons: dict[str, str]
    retry: str
    noscript: str
    add_item: str
    remove_item: str
    forget: str
    forgotten: str
    storage_unavailable: str
    copied: str
    prerendered_note: str
    # Dates: month and weekday names, and the patterns that join them.
    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    date_pattern: str
    datetime_pattern: str
    time_pattern: str
    # A moment on the reader's yesterday, today or tomorrow, said so (keyed by days away from today): "besok
    # pagi, Rabu, pukul 08.00"; ``{part}`` is the part of the day (``day_parts``), ``{weekday}`` its name.
    # ``1.early``: tomorrow in the small hours, before any part of the day a reader would name; ``N.midnight``:
    # 00:00, said as the end of the day before it ("nanti malam pukul 24.00"), never as the next day's start.
    near_datetime_patterns: dict[int | str, str]
    # The parts of the day, one word for each band of ``dates.DAY_PART_ENDS`` (the hour each ends before).
    day_parts: tuple[str, ...]
    # A moment on another day than the reader's: its weekday and time ("Selasa pukul 18.00").
    weekday_time_pattern: str
    # A full moment after a verb ("selesai pada Rabu, …" / "ends on Wednesday, …"); a near one stands alone.
    on_moment: str
    hours_left: str
    minutes_left: str
    days_left: str
    overdue_by: str
    overdue_by_minutes: str  # under an hour late: "1 hour late" would overstate a minute
    overdue_by_days: str
    # Under a minute left (the deadline itself included): "1 minute left" would promise a minute that is not there.
    due_now: str
    # The same for a count of one, keyed by slot: English says "1 hour left", not "1 hours left"
    # (Indonesian says it as for any count).
    singular: dict[str, str]
    # After "The deadline was …" the time past reads as a time ago: "(8 days ago)", not "(8 days late)";
    # keyed by the overdue slot, a count of one by ``slot.1``.
    ago: dict[str, str]
    # Values put back into a form (thankyou.web.restore): said once, above the form.
    restore_link_partly: str
    restore_link_partly_unnamed: str
    restore_link_unreadable: str
    restore_stored_discarded: str
    # Before a mailto: link past about 2,000 characters (thankyou.web.mail).
    mailto_too_long: str


class Indonesian(CommonTexts):
    lang = "id"
    error_required = "{field} wajib diisi."
    error_choice = "{field}: pilih salah satu dari {options}."
    error_type = "{field} tidak berformat benar."
    error_datetime = "{field}: tanggal atau jam tidak valid. Contoh yang benar: 2026-11-26T14:30+07:00."
    error_timezone = "{field}: zona waktu tidak dikenal. Contoh yang benar: Asia/Jakarta."
    error_date = "{field}: tanggal tidak valid. Contoh yang benar: 2026-11-26."
    error_date_order = "{field}: tanggal ini tidak boleh lebih awal dari tanggal wawancara."
    error_date_future = "{field}: tanggal ini belum tiba. Isi tanggal yang sudah lewat atau hari ini."
    error_too_many = "{field}: paling banyak {limit}."
    error_too_long = "{field} terlalu panjang (paling banyak {limit} karakter)."
    error_email = "{field}: alamat email tidak valid. Contoh yang benar: nama@perusahaan.co.id."
    error_placeholder = "{field} berisi tanda templat seperti [Nama] atau <posisi>. Tulis teks yang sebenarnya."
    error_name_letters = "{field} tidak berisi satu huruf pun. Tulis namanya, atau kosongkan jika tidak tahu."
    error_other_language = (
        "{field} tampaknya ditulis dalam bahasa {written}, sedangkan pesannya berbahasa {message}. "
        "Tulis dalam bahasa {message}, atau ganti Bahasa pesan."
    )
    language_names = {"id": "Indonesia", "en": "Inggris"}
    error_characters = "{field} berisi karakter yang tidak dapat ditampilkan. Ketik ulang teksnya."
    error_integer = "{field} harus berupa bilangan bulat dari {minimum} sampai {maximum}."
    error_unknown_op = "{field} tidak dikenal; pilih salah satu dari {options}."
    error_json = "Masukan bukan JSON yang valid."
    error_internal = "Terjadi kesalahan tak terduga. Muat ulang halaman lalu coba lagi."
    field_op = "Operasi"
    field_request = "Permintaan"
    field_lang = "Bahasa"
    loading_runtime = "Menyiapkan Python di peramban Anda…"
    loading_package = "Memuat alat bantu…"
    failed_title = "Alat ini tidak dapat dimuat."
    failed_body = (
        "Panduan di halaman ini tetap bisa dibaca, dan jawaban di bawah adalah jawaban untuk situasi "
        "umum. Coba muat ulang, atau gunakan peramban lain yang lebih baru."
    )
    failure_reasons = {
        "wasm": "Peramban ini tidak dapat menjalankan Python (WebAssembly diblokir atau tidak didukung).",
        "runtime": "Python tidak dapat dimulai di peramban ini.",
        "package": "Berkas alat bantu rusak atau tidak lengkap.",
        "timeout": "Alat bantu berhenti menjawab.",
        "stopped": "Alat bantu berhenti bekerja.",
        "bundle": "Salinan luring ini tidak lengkap: sebagian berkasnya tidak ditemukan.",
        "offline": "Perangkat ini sedang luring, dan alat bantu belum tersimpan untuk dipakai tanpa internet. Sambungkan ke internet lalu coba lagi.",
        "stalled": "Unduhan alat bantu terhenti. Periksa koneksi internet lalu coba lagi.",
    }
    retry = "Coba lagi"
    noscript = "Aktifkan JavaScript untuk jawaban yang disesuaikan dengan situasi Anda. Jawaban di bawah berlaku untuk situasi umum."
    add_item = "Tambah"
    remove_item = "Hapus"
    forget = "Lupakan isian saya"
    forgotten = "Isian Anda sudah dihapus dari perangkat ini."
    storage_unavailable = "Catatan: peramban ini tidak mengizinkan penyimpanan, jadi isian tidak akan diingat setelah halaman ditutup."
    copied = "Tersalin"
    prerendered_note = "Jawaban untuk situasi umum. Ubah isian untuk jawaban yang sesuai dengan situasi Anda."
    months = (
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    )
    weekdays = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
    date_pattern = "{weekday}, {day} {month} {year}"
    datetime_pattern = "{weekday}, {day} {month} {year} pukul {hour:02d}.{minute:02d}"
    time_pattern = "pukul {hour:02d}.{minute:02d}"
    near_datetime_patterns = {
        -1: "kemarin pukul {hour:02d}.{minute:02d}",
        0: "hari ini pukul {hour:02d}.{minute:02d}",
        1: "besok {part}, {weekday}, pukul {hour:02d}.{minute:02d}",
        "1.early": "besok dini hari, {weekday}, pukul {hour:02d}.{minute:02d}",
        "-1.midnight": "kemarin pukul 24.00",
        "0.midnight": "nanti malam pukul 24.00",
        "1.midnight": "besok malam, {weekday}, pukul 24.00",
    }
    # pagi until about 11.00, siang until about 15.00, sore until about 18.00, malam after (FACTS.md).
    day_parts = ("pagi", "siang", "siang", "sore", "malam")
    weekday_time_pattern = "{weekday} pukul {hour:02d}.{minute:02d}"
    on_moment = "pada {when}"
    hours_left = "masih {hours} jam lagi"
    minutes_left = "masih {minutes} menit lagi"
    days_left = "masih {days} hari lagi"
    overdue_by = "lewat {hours} jam"
    overdue_by_minutes = "lewat {minutes} menit"
    overdue_by_days = "lewat {days} hari"
    due_now = "batas waktunya sekarang"
    singular = {"hours_left": "masih 1 jam lagi", "minutes_left": "masih 1 menit lagi", "overdue_by": "lewat 1 jam",
                "overdue_by_minutes": "lewat 1 menit"}
    ago = {"overdue_by": "{hours} jam yang lalu", "overdue_by_minutes": "{minutes} menit yang lalu",
           "overdue_by_days": "{days} hari yang lalu", "overdue_by.1": "1 jam yang lalu",
           "overdue_by_minutes.1": "1 menit yang lalu"}
    restore_link_partly = "Sebagian isian dari tautan ini tidak dapat dipakai, jadi diabaikan: {fields}. Isian lainnya sudah dimasukkan."
    restore_link_partly_unnamed = "Sebagian isian dari tautan ini tidak dapat dipakai, jadi diabaikan. Isian lainnya sudah dimasukkan."
    restore_link_unreadable = "Tautan ini tidak dapat dibaca, jadi formulir tidak diisi darinya."
    restore_stored_discarded = "Isian yang tersimpan di perangkat ini tidak dapat dipakai lagi, jadi sudah dihapus."
    mailto_too_long = (
        "Pesan ini panjang: sebagian aplikasi email (misalnya Outlook di Windows) memotong atau menolak "
        "tautan sepanjang ini. Lebih aman unduh draf .eml atau salin isinya."
    )


class English(CommonTexts):
    lang = "en"
    error_required = "{field} is required."
    error_choice = "{field}: choose one of {options}."
    error_type = "{field} is not in the right format."
    error_datetime = "{field}: not a valid date or time. A valid example: 2026-11-26T14:30+07:00."
    error_timezone = "{field}: unknown time zone. A valid example: Asia/Jakarta."
    error_date = "{field}: not a valid date. A valid example: 2026-11-26."
    error_date_order = "{field}: this date cannot be before the interview."
    error_date_future = "{field}: this date has not come yet. Give today's date or an earlier one."
    error_too_many = "{field}: at most {limit}."
    error_too_long = "{field} is too long (at most {limit} characters)."
    error_email = "{field}: not a valid email address. A valid example: name@company.com."
    error_placeholder = "{field} contains a template mark such as [Name] or <role>. Type the actual text."
    error_name_letters = "{field} has no letters in it. Type the name, or leave it empty if you do not know it."
    error_other_language = (
        "{field} seems to be written in {written}, but the message is in {message}. "
        "Write it in {message}, or change the message language."
    )
    language_names = {"id": "Indonesian", "en": "English"}
    error_characters = "{field} contains characters that cannot be displayed. Please type the text again."
    error_integer = "{field} must be a whole number from {minimum} to {maximum}."
    error_unknown_op = "Unknown {field}; choose one of {options}."
    error_json = "The input is not valid JSON."
    error_internal = "Something unexpected went wrong. Reload the page and try again."
    field_op = "operation"
    field_request = "Request"
    field_lang = "Language"
    loading_runtime = "Starting Python in your browser…"
    loading_package = "Loading the tool…"
    failed_title = "This tool could not be loaded."
    failed_body = (
        "The guide on this page is still here to read, and the answer below is the one for the usual "
        "situation. Try reloading, or use a newer browser."
    )
    failure_reasons = {
        "wasm": "This browser cannot run Python (WebAssembly is blocked or not supported).",
        "runtime": "Python could not start in this browser.",
        "package": "The tool's files are damaged or incomplete.",
        "timeout": "The tool stopped answering.",
        "stopped": "The tool stopped working.",
        "bundle": "This offline copy is incomplete: some of its files are missing.",
        "offline": "This device is offline, and the tool has not been stored for use without a connection yet. Connect to the internet and try again.",
        "stalled": "The tool's download stopped. Check your connection and try again.",
    }
    retry = "Try again"
    noscript = "Turn on JavaScript for an answer that fits your situation. The answer below is for the usual situation."
    add_item = "Add"
    remove_item = "Remove"
    forget = "Forget what I typed"
    forgotten = "What you typed has been removed from this device."
    storage_unavailable = "Note: this browser does not allow storage, so what you type will not be remembered once the page is closed."
    copied = "Copied"
    prerendered_note = "The answer for the usual situation. Change the inputs for one that fits yours."
    months = (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    )
    weekdays = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    date_pattern = "{weekday}, {day} {month} {year}"
    datetime_pattern = "{weekday}, {day} {month} {year} at {hour:02d}:{minute:02d}"
    time_pattern = "at {hour:02d}:{minute:02d}"
    near_datetime_patterns = {
        -1: "yesterday at {hour:02d}:{minute:02d}",
        0: "today at {hour:02d}:{minute:02d}",
        1: "tomorrow {part}, {weekday}, at {hour:02d}:{minute:02d}",
        "1.early": "tomorrow, {weekday}, at {hour:02d}:{minute:02d}",
        "-1.midnight": "yesterday at midnight",
        "0.midnight": "tonight at midnight",
        "1.midnight": "tomorrow, {weekday}, at midnight",
    }
    day_parts = ("morning", "morning", "afternoon", "afternoon", "evening")
    weekday_time_pattern = "{weekday} at {hour:02d}:{minute:02d}"
    on_moment = "on {when}"
    hours_left = "{hours} hours left"
    minutes_left = "{minutes} minutes left"
    days_left = "{days} days left"
    overdue_by = "{hours} hours late"
    overdue_by_minutes = "{minutes} minutes late"
    overdue_by_days = "{days} days late"
    due_now = "the deadline is now"
    singular = {"hours_left": "1 hour left", "minutes_left": "1 minute left", "overdue_by": "1 hour late",
                "overdue_by_minutes": "1 minute late"}
    ago = {"overdue_by": "{hours} hours ago", "overdue_by_minutes": "{minutes} minutes ago",
           "overdue_by_days": "{days} days ago", "overdue_by.1": "1 hour ago", "overdue_by_minutes.1": "1 minute ago"}
    restore_link_partly = "Part of what this link carries could not be used and was left out: {fields}. The rest has been filled in."
    restore_link_partly_unnamed = "Part of what this link carries could not be used and was left out. The rest has been filled in."
    restore_link_unreadable = "This link could not be read, so the form was not filled from it."
    restore_stored_discarded = "What was saved on this device could not be used any more, so it has been removed."
    mailto_too_long = (
        "This message is long: some email apps (Outlook on Windows, for one) cut or refuse a link this "
        "long. Downloading the .eml draft or copying the text is safer."
    )
