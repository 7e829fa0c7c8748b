"""Thirty-five drafts written after the reviewer by hand, in the styles job seekers send (an email to a warehouse
supervisor, a WhatsApp to a café manager, a LinkedIn note to a designer, a nurse's letter with degrees after the
names; Indonesian and English, correct and flawed). The correct ones are kept as letters that must stay free of
any must-fix finding and of any typo; the flawed ones as the findings they must get, each with its fix. A false
alarm among them ("motor tiga fasa" read as a typo of "fasad") and a miss ("berterimakasih") each led to a rule
with its own test.
"""

from __future__ import annotations

import sys

import pytest

from thankyou.api import handle

needs_lists = pytest.mark.skipif(sys.platform == "emscripten", reason="site_build and node_modules are build-time, CPython only")


@pytest.fixture(scope="module")
def real_lexicons():
    from site_build.wordlists import lexicons

    return lexicons()


def review(lang: str, channel: str, subject: str, body: str, lexicons) -> dict:
    return handle({"op": "review", "lang": lang, "subject": subject, "body": body,
                   "context": {"lang": lang, "channel": channel}}, lexicons=lexicons)


GOOD = [
    pytest.param('id', 'email', 'Terima kasih atas wawancara posisi Staf Gudang',
                 'Yth. Bapak Hendra Gunawan,\n\nDengan hormat,\n\nTerima kasih atas waktu yang Bapak luangkan untuk wawancara posisi Staf Gudang kemarin di kantor Cikarang. Penjelasan Bapak tentang stock opname bulanan dan sistem FIFO untuk barang farmasi membuat saya makin paham tantangan di gudang PT Sumber Sehat.\n\nPengalaman saya dua tahun mengelola penerimaan barang di distributor alat kesehatan di Bekasi semoga dapat membantu tim Bapak, terutama saat menjelang akhir bulan.\n\nSaya menantikan kabar untuk tahap selanjutnya.\n\nHormat saya,\nRudi Hartono\n0812-3456-7890\n',
                 id='d01'),
    pytest.param('id', 'whatsapp', '',
                 'Selamat siang Bu Sinta, saya Dimas yang tadi pagi wawancara untuk posisi barista di Kopi Kenangan cabang Tebet. Terima kasih banyak atas waktunya ya Bu. Saya senang bisa mencoba langsung mesin espresso di sana dan dapat masukan soal latte art dari Ibu. Semoga saya bisa bergabung dengan tim. Terima kasih, Bu.\n',
                 id='d03'),
    pytest.param('en', 'linkedin', '',
                 'Hi Reza, thank you for the conversation today about the Product Designer role at Traveloka. Your point about designing for users on slow connections in eastern Indonesia stayed with me, and I have already sketched an offline-first booking flow. I hope we can continue the conversation. Best, Ayu\n',
                 id='d05'),
    pytest.param('id', 'email', 'Terima kasih atas wawancara – Admin Keuangan',
                 'Yth. Bapak Yohanes Situmorang,\n\nDengan hormat,\n\nTerima kasih atas kesempatan wawancara posisi Admin Keuangan kemarin. Saya senang mendengar rencana tim untuk beralih ke e-Faktur versi baru dan penggunaan Coretax tahun depan; pengalaman saya menyiapkan bukti potong PPh 21 di kantor konsultan pajak semoga dapat membantu.\n\nApabila ada dokumen yang masih perlu saya lengkapi, saya siap mengirimkannya.\n\nHormat saya,\nMaria Simanjuntak\n',
                 id='d09'),
    pytest.param('en', 'email', 'Thank you',
                 'Dear Hiring Team,\n\nThank you for your welcome last Friday. I respect your right to take time with the decision, and I appreciated how openly Mrs. Hutapea described the night shifts at the Batam plant.\n\nMy three years maintaining CNC lathes at a supplier in Cikarang have prepared me for the preventive maintenance schedule you described.\n\nBest regards,\nAndreas Sembiring\n',
                 id='d10'),
    pytest.param('id', 'linkedin', '',
                 'Halo Mbak Laras, terima kasih sudah meluangkan waktu untuk wawancara posisi Content Writer di Kumparan kemarin sore. Diskusi kita soal gaya penulisan untuk pembaca Gen Z sangat menarik, dan saya sudah mencoba menulis ulang satu artikel dengan saran Mbak. Semoga bisa bertemu lagi. Salam, Fajar\n',
                 id='d11'),
    pytest.param('id', 'email', 'Terima kasih – wawancara Teknisi Listrik',
                 'Yth. Bapak Sugeng,\n\nDengan hormat,\n\nTerima kasih atas wawancara dan tes praktik untuk posisi Teknisi Listrik di pabrik Karawang kemarin. Saya senang diberi kesempatan memeriksa panel MCC dan menjelaskan cara saya mencari gangguan pada motor tiga fasa.\n\nSertifikat K3 Listrik saya sudah dikirim melalui email ke bagian HRD.\n\nHormat saya,\nAgus Salim\n',
                 id='d14'),
    pytest.param('en', 'email', 'Thank you – Hotel Front Office interview',
                 'Dear Mr. Made Wirawan,\n\nThank you for showing me the lobby and the new check-in kiosks at your resort in Seminyak. It was an honour to meet Bu Komang and the front office team, and I enjoyed practising the check-in for a guest arriving late from Ngurah Rai.\n\nMy experience at a guesthouse in Ubud, where I handled bookings from Agoda and Booking.com, fits the pace you described.\n\nBest regards,\nKadek Ayu Suryani\n',
                 id='d19'),
    pytest.param('id', 'email', 'Terima kasih atas wawancara Analis Kredit',
                 'Yth. Bapak Teguh,\n\nDengan hormat,\n\nTerima kasih atas waktunya untuk wawancara posisi Analis Kredit di BPR Sejahtera. Saya terkesan dengan cara tim menilai usaha mikro lewat kunjungan langsung ke warung dan pasar, dan saya sudah membaca ulang materi 5C yang Bapak sebutkan.\n\nSaya menunggu kabar selanjutnya.\n\nHormat saya,\nLukman Hakim\n',
                 id='d20'),
    pytest.param('en', 'whatsapp', '',
                 'Good afternoon Pak Bayu, this is Citra, the candidate for the Admin Officer role you interviewed this morning. Thank you for your time and for explaining how the team handles vendor invoices in SAP. It was great to see the office in Kuningan. Have a good weekend, Pak.\n',
                 id='e01'),
    pytest.param('en', 'linkedin', '',
                 'Hi Ms. Angela, thanks again for the interview yesterday for the HR Generalist role. I really enjoyed our talk about onboarding for store staff across Java, and your welcome message for new hires is a great idea I would love to help grow. Regards, Hanif\n',
                 id='e02'),
    pytest.param('id', 'email', 'Terima kasih – wawancara Sous Chef, Dimas Prakoso',
                 'Yth. Chef Antonius,\n\nDengan hormat,\n\nTerima kasih atas kesempatan memasak di dapur Hotel Mulia kemarin. Masukan Chef tentang cara menjaga rendang tetap lembap saat disajikan untuk buffet sangat berharga bagi saya.\n\nPengalaman lima tahun di restoran Padang dan dua tahun di katering pernikahan membuat saya terbiasa dengan ritme dapur yang sibuk.\n\nSalam hormat,\nDimas Prakoso\n',
                 id='e03'),
    pytest.param('en', 'email', 'Thank you – Graphic Designer interview',
                 'Dear Mr. Halim,\n\nThank you for the interview on Wednesday. I was glad to hear that your studio designs packaging for local coffee brands from Toraja and Gayo, and I enjoyed the short brief you gave me.\n\nI have since refined the label concept we discussed, keeping the hand-drawn map you liked. I would be happy to share it if it helps.\n\nBest regards,\nSekar Ayuningtyas\n',
                 id='e04'),
    pytest.param('id', 'email', 'Terima kasih atas wawancara posisi Driver',
                 'Yth. Bapak Sutrisno,\n\nDengan hormat,\n\nTerima kasih atas waktu Bapak kemarin. Saya senang bisa ikut tes mengemudi rute Cakung–Tanjung Priok dan mendengar cara tim mengatur jadwal pengiriman malam.\n\nSIM B1 Umum saya masih berlaku sampai 2028, dan saya sudah terbiasa mengisi laporan perjalanan harian.\n\nHormat saya,\nSlamet Riyadi\n',
                 id='e05'),
    pytest.param('id', 'email', 'Terima kasih - Wawancara Guru Bahasa Inggris',
                 'Yth. Ibu Kepala Sekolah,\n\nDengan hormat,\n\nSaya mengucapkan terima kasih atas kesempatan mengajar di kelas 8B kemarin. Saya senang melihat siswa berani berbicara saat permainan "Who Am I" dan saya mencatat saran Ibu untuk memberi waktu jeda lebih panjang.\n\nSemoga saya dapat bergabung dengan SMP Tunas Bangsa.\n\nHormat saya,\nYosephine Manurung, S.Pd.\n',
                 id='e07'),
    pytest.param('id', 'whatsapp', '',
                 'Selamat sore Pak Yudi, saya Anisa, kandidat Kasir yang wawancara tadi siang di Alfamart cabang Cibubur. Terima kasih atas waktunya, Pak. Saya sudah paham soal shift pagi dan malam yang Bapak jelaskan. Semoga bisa bergabung. Terima kasih.\n',
                 id='e09'),
    pytest.param('id', 'linkedin', '',
                 'Selamat malam Pak Gilang, terima kasih atas obrolan singkat di booth BCA pada Job Fair UI kemarin. Penjelasan Bapak tentang program PPA Bisnis membuat saya makin yakin untuk melamar. Saya sudah mengirim lamaran melalui portal karier. Salam, Nabila\n',
                 id='f02'),
    pytest.param('en', 'email', 'Thank you – Barista interview at Anomali Coffee',
                 'Dear Mas Rangga,\n\nThank you for letting me brew on the V60 during the trial shift. It was a pleasure to learn your recipe for the Kintamani beans, and I have been practising the pour you showed me at home.\n\nI hope to join the team at the Senopati store.\n\nCheers,\nDinda\n',
                 id='f03'),
    pytest.param('id', 'email', 'Terima kasih atas wawancara Staf IT Support – Hendra',
                 'Yth. Bapak Ferdinand,\n\nDengan hormat,\n\nTerima kasih atas wawancara kemarin. Saya senang bisa mencoba menangani kasus printer jaringan yang tidak terdeteksi dan mengatur ulang akses VPN di laptop uji. Penjelasan Bapak tentang sistem tiket di Freshdesk juga sangat membantu.\n\nSaya menunggu kabar dari Bapak mengenai tahap berikutnya.\n\nHormat saya,\nHendra Saputra\n',
                 id='f04'),
]


@needs_lists
@pytest.mark.parametrize(("lang", "channel", "subject", "body"), GOOD)
def test_a_correct_draft_gets_no_must_fix_and_no_typo(real_lexicons, lang, channel, subject, body) -> None:
    answer = review(lang, channel, subject, body, real_lexicons)
    must = [(item["code"], item["excerpt"]) for item in answer["findings"] if item["severity"] == "must"]
    typos = [item["excerpt"] for item in answer["findings"] if item["kind"] == "misspelling"]
    assert must == [] and typos == [], (must, typos)


FLAWED = [
    ("en", "email", "Thank you – Junior Accountant interview",
     "Dear Ms. Wulandari,\n\nThank you for taking the time to meet me on Tuesday. It was great opportunity to hear how "
     "your team closes the books in five working days.\n\nAs fresh graduate from Universitas Padjadjaran, I have "
     "practised monthly closing during my internship.\n\nBest regards,\nNadia Kusumawati",
     [("phrase_slip", "It was great opportunity", "It was a great opportunity"),
      ("phrase_slip", "As fresh graduate", "As a fresh graduate")]),
    ("en", "email", "Thank You For The Interview",
     "Dear Mr. Santoso,\n\nI want to say Thank You For The Oportunity to Interview for the Sales Executive position. "
     "Your right that the hardest part of selling to hospitals is reaching the purchasing committee.\n\nSincerely,\n"
     "Budi Prasetyo",
     [("misspelling", "Oportunity", "Opportunity"), ("confused_word", "Your", "You're")]),
    ("id", "email", "Terima Kasih - Wawancara Perawat",
     "Yth. Ibu Ns. Ratih Pertiwi, S.Kep.,\n\nDengan hormat,\n\nSaya Mengucapkn terima kasih atas kesempatan wawancara "
     "untuk posisi Perawat Pelaksana di RS Harapan Kita pada hari Senin.\n\nHormat saya,\nSri Wahyuni, S.Kep., Ns.",
     [("misspelling", "Mengucapkn", "Mengucapkan")]),
    ("en", "email", "Thank you for today's interview",
     "Dear Pak Arif,\n\nThank you for meeting me today to discuss the Data Engineer role. It was really pleasure to "
     "learn how your team moved the nightly ETL jobs from cron to Airflow, and your welcome to contact me if you need "
     "more samples of my dbt models.\n\nKind regards,\nYusuf Ramadhan",
     [("phrase_slip", "It was really pleasure", "It was really a pleasure"), ("confused_word", "your", "you're")]),
    ("id", "email", "Terima kasih atas wawancara",
     "Yth. Ibu Dewi,\n\nDengan hormat,\n\nSaya ingin berterimakasih atas wawancara kemarin. Saya sangat tertarik degan "
     "posisi ini.\n\nHormat saya,\nRina",
     [("misspelling", "berterimakasih", "berterima kasih"), ("confused_word", "degan", "dengan")]),
    ("id", "whatsapp", "",
     "Siang kak, makasih ya udah ngobrol tadi. Saya kepikiran terus soal pertanyaan kakak tentang target penjualan. "
     "CV udah diemail juga ya kak.",
     [("informal_word", "kepikiran", "terpikir"), ("informal_word", "diemail", "dikirim melalui email")]),    ("en", "email", "Thank you for the interview – Operations Intern",
     "Dear Mr. Lubis,\n\nThank you for the opportunity to interview for the Operations Intern position. I enjoyed the "
     "warehouse visit and the picking process.\n\nI am currently final year student at ITB, and I hope my project on "
     "route optimization can be useful.\n\nThank you,\nFarhan",
     [("phrase_slip", "I am currently final year student", "I am currently a final year student")]),    ("en", "email", "Thank you for the interview",
     "Dear Mr. Chandra,\n\nThank you for the interview yesterday. It was great opportunity for me and I learn a lot. "
     "I am fresh graduate and I hope I can join with your company.\n\nRegards,\nAni",
     [("phrase_slip", "It was great opportunity", "It was a great opportunity"),
      ("phrase_slip", "I am fresh graduate", "I am a fresh graduate"),
      ("phrase_slip", "join with your company", "join your company")]),
    ("en", "email", "Thank you – Finance Staff interview",
     "Dear Ibu Wening,\n\nThank you for the interview this morning. Your right that month-end closing depends on how "
     "quickly branches send their petty cash reports.\n\nBest regards,\nTeddy Kurniawan",
     [("confused_word", "Your", "You're")]),
]


@needs_lists
@pytest.mark.parametrize(("lang", "channel", "subject", "body", "expected"), FLAWED, ids=[item[4][0][1] for item in FLAWED])
def test_a_flawed_draft_gets_each_slip_with_its_fix(real_lexicons, lang, channel, subject, body, expected) -> None:
    answer = review(lang, channel, subject, body, real_lexicons)
    for code, excerpt, fix in expected:
        hits = [item for item in answer["findings"] if item["code"] == code and item["excerpt"] == excerpt]
        assert hits, (code, excerpt, [(item["code"], item["excerpt"]) for item in answer["findings"]])
        assert f"“{fix}”" in hits[0]["message"], hits[0]["message"]
