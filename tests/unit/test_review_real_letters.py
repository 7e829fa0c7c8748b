"""Letters written after the reviewer in the styles of real ones (fresh graduates and senior people, email,
WhatsApp, LinkedIn and a card; signatures with phone numbers, a quoted thread under a reply, "Dikirim dari iPhone
saya", a confidentiality notice, bullet lists, emoji, times, grades and titles), each correct: none may get a
must-fix finding, nor a typo or a real word taken for another. Each once got one, or stands next to one that did;
the rule each false alarm led to has its own test in ``test_review_unseen.py`` or ``test_review_confusions.py``.
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


CORRECT_LETTERS = [
    pytest.param(None,
                 'Selamat sore, Bu Rina. Saya Anisa Putri, kandidat Staf Admin yang wawancara tadi pagi. Terima kasih atas waktunya ya, Bu 🙏 Penjelasan Ibu soal rekap absensi lewat Google Sheets sangat membantu saya membayangkan pekerjaannya. Saya tunggu kabar selanjutnya.\n\nAnisa Putri',
                 {'channel': 'whatsapp', 'interviewer': 'Rina Wijaya', 'company': 'PT Maju Jaya Logistik', 'role': 'Staf Admin', 'lang': 'id'}, id='id-wa-fresh-good'),
    pytest.param('Terima kasih atas wawancara posisi Finance Manager',
                 'Yth. Bapak Hendra Gunawan,\n\nDengan hormat,\n\nTerima kasih atas waktu yang Bapak luangkan dalam wawancara posisi Finance Manager di PT Sinar Abadi Tbk pada Senin, 23 November 2026. Diskusi mengenai percepatan tutup buku bulanan dari 10 hari menjadi 5 hari kerja sangat menarik bagi saya.\n\nDi perusahaan saya sebelumnya, saya memimpin tim yang beranggotakan 8 orang untuk menerapkan rekonsiliasi bank otomatis, sehingga tutup buku selesai pada hari ke-6. Saya yakin pengalaman itu relevan dengan target yang Bapak sampaikan.\n\nSaya menantikan kabar mengenai tahap selanjutnya.\n\nHormat saya,\nIr. Bambang Sutrisno, M.M.\n0812-3344-5566\nbambang.sutrisno@gmail.com\n\nDikirim dari iPhone saya',
                 {'interviewer': 'Hendra Gunawan', 'company': 'PT Sinar Abadi Tbk', 'role': 'Finance Manager', 'interview_date': '2026-11-23', 'now': '2026-11-23T17:00:00+07:00', 'lang': 'id'}, id='id-email-senior-good'),
    pytest.param('Thank you - Junior Data Analyst interview',
                 'Dear Ms. Tan,\n\nThank you for taking the time to meet with me on Tuesday about the Junior Data Analyst role at Traveloka. I enjoyed hearing how your team tracks booking cancellations by route, and the idea of flagging unusual spikes each morning stayed with me.\n\nIn my final-year project I built a small dashboard in Python and Looker Studio that did something similar for campus bus delays, so I would be glad to contribute to that work.\n\nI look forward to hearing about the next steps.\n\nBest regards,\nRizky Ramadhan\n+62 812 9876 5432\nlinkedin.com/in/rizkyramadhan',
                 {'interviewer': 'Melissa Tan', 'company': 'Traveloka', 'role': 'Junior Data Analyst', 'interview_date': '2026-11-24', 'now': '2026-11-25T09:00:00+07:00', 'lang': 'en'}, id='en-email-fresh-good'),
    pytest.param('Re: Interview confirmation - Product Designer',
                 'Hi Sarah,\n\nThank you so much for the interview this morning and for walking me through the onboarding flow for new merchants. Your point about cutting the KYC steps from seven to four is exactly the kind of problem I like working on.\n\nBest,\nKevin Wijaya\n\nOn Mon, Nov 30, 2026 at 9:02 AM Sarah Johnson <sarah.johnson@xendit.co> wrote:\n> Hi Kevin,\n> Confirming your interview today at 10:30 WIB via Google Meet.\n> Regards,\n> Sarah',
                 {'interviewer': 'Sarah Johnson', 'company': 'Xendit', 'role': 'Product Designer', 'lang': 'en'}, id='en-email-quoted-reply'),
    pytest.param('Thank you - Head of Risk interview',
                 'Dear Dr. Wibowo,\n\nThank you for the thoughtful conversation on Thursday about the Head of Risk position at Bank Mandiri. Your description of the move from quarterly to monthly credit-risk stress tests, and the data gaps it exposed in the SME portfolio, has been on my mind since.\n\nOver the past eight years I have led two similar transitions, most recently at a regional lender where we reduced model turnaround from six weeks to ten days. I would welcome the chance to bring that experience to your team.\n\nThank you again for your time and candour.\n\nKind regards,\nAndreas Halim, CFA\nJakarta | +62 811 234 567',
                 {'interviewer': 'Budi Wibowo', 'company': 'PT Bank Mandiri (Persero) Tbk', 'role': 'Head of Risk', 'interview_date': '2026-11-26', 'now': '2026-11-27T08:00:00+07:00', 'lang': 'en'}, id='en-email-senior-good'),
    pytest.param('Terima kasih atas wawancara posisi HR Generalist',
                 'Yth. Ibu Lestari,\n\nTerima kasih atas waktu Ibu dalam wawancara posisi HR Generalist kemarin. Penjelasan Ibu tentang rencana digitalisasi absensi dan payroll dengan Talenta membuat saya semakin tertarik. Saya pernah menangani migrasi data karyawan ke sistem HRIS di perusahaan sebelumnya, sehingga saya memahami tantangan di masa transisi.\n\nSemoga saya dapat melanjutkan karir di tim Ibu. Saya menantikan kabar selanjutnya.\n\nHormat saya,\nYuliana Sari',
                 {'interviewer': 'Lestari Handayani', 'company': 'PT Astra Graphia', 'role': 'HR Generalist', 'lang': 'id'}, id='id-email-good-nonstd'),
    pytest.param(None,
                 'Good afternoon Pak Hadi, this is Nadia Kusuma, the candidate for the Barista Trainer role. Thank you for the tasting session this morning, especially your tip on adjusting grind size for the rainy season. I look forward to hearing from you.',
                 {'channel': 'whatsapp', 'interviewer': 'Hadi Santoso', 'company': 'Kopi Kenangan', 'role': 'Barista Trainer', 'lang': 'en'}, id='en-wa-good'),
    pytest.param(None,
                 'Selamat siang, Pak Teguh. Terima kasih atas diskusi kemarin tentang rencana migrasi data pelanggan ke Snowflake di Tokopedia. Cerita Bapak soal pipeline yang sering gagal saat akhir bulan sangat membuka wawasan saya. Semoga kita bisa berdiskusi lagi.\n\nSalam,\nReza Maulana',
                 {'channel': 'linkedin', 'interviewer': 'Teguh Santoso', 'company': 'Tokopedia', 'role': 'Data Engineer', 'lang': 'id'}, id='id-linkedin-good'),
    pytest.param('Terima kasih atas wawancara - Guru Matematika',
                 'Yth. Bapak Wahyu,\n\nTerima kasih atas wawancara pada pukul 10:30 WIB hari ini untuk posisi Guru Matematika SMP. Saya lulusan S1 Pendidikan Matematika dengan IPK 3,72 dan sudah mengajar 2 tahun di bimbel. Diskusi tentang metode pembelajaran berbasis proyek untuk kelas VIII sangat bermanfaat bagi saya.\n\nSaya siap mengikuti tahap micro teaching pada Kamis, 3 Desember 2026 pukul 08.00.\n\nHormat saya,\nNur Aini, S.Pd.',
                 {'interviewer': 'Wahyu Hidayat', 'company': 'SMP Harapan Bangsa', 'role': 'Guru Matematika', 'now': '2026-11-30T15:00:00+07:00', 'interview_date': '2026-11-30', 'lang': 'id'}, id='id-email-time-numbers'),
    pytest.param('Thank you - Nurse interview',
                 'Dear Ms. Anggraini,\n\nThank you for interviewing me today for the Nurse position at RS Siloam Kebon Jeruk. I hold a D3 in Nursing and have worked night shifts in the ICU for two years, so your questions about handover notes at 07:00 felt very familiar. I appreciated hearing how your ward uses a checklist for each shift change.\n\nI look forward to hearing from you.\n\nKind regards,\nMaria Goreti',
                 {'interviewer': 'Dewi Anggraini', 'company': 'RS Siloam Kebon Jeruk', 'role': 'Nurse', 'interview_date': '2026-11-30', 'now': '2026-11-30T16:00:00+07:00', 'lang': 'en'}, id='en-email-D3'),
    pytest.param('Terima kasih atas wawancara - Perawat Gigi',
                 "Assalamu'alaikum Wr. Wb.\n\nYth. Ibu Fitri Handayani,\n\nTerima kasih atas wawancara posisi Perawat Gigi di Klinik Senyum Sehat pada Sabtu lalu. Drg. Wulan dan Ibu sempat menunjukkan alur sterilisasi alat yang baru, dan saya senang melihat klinik menerapkan standar tersebut. Rizka, perawat senior yang mendampingi saya, juga menjelaskan jadwal shift dengan sangat jelas.\n\nSaya siap mengikuti tahap berikutnya kapan pun Ibu butuhkan.\n\nWassalamu'alaikum Wr. Wb.\n\nHormat saya,\nNurul Hidayah, A.Md.Kes.\nWA: 0813-2200-1188",
                 {'interviewer': 'Fitri Handayani', 'company': 'Klinik Senyum Sehat', 'role': 'Perawat Gigi', 'lang': 'id'}, id='id-email-names-start'),
    pytest.param(None,
                 'Dear Chef Arjuna,\n\nThank you for letting me cook with your team on Saturday. Watching how you plate the rendang in under a minute during the lunch rush taught me more than a week of school. I hope to learn from your kitchen.\n\nWarm regards,\nBayu',
                 {'channel': 'card', 'interviewer': 'Arjuna Wirawan', 'company': 'Restoran Nusa', 'role': 'Commis Chef', 'lang': 'en'}, id='en-card-good'),
    pytest.param('Thank you - VP of Engineering conversation',
                 "Dear Ms. Kusuma,\n\nThank you for the time you and the panel spent with me on Wednesday discussing the VP of Engineering role at eFishery. I left the conversation energised, particularly by Rahmat's account of how the feeder telemetry pipeline dropped readings during the monsoon months, and by your own view that the next phase is less about new features than about reliability for farmers in remote ponds.\n\nAt Bukalapak I led a platform group of forty engineers through a similar shift: we cut incident minutes by 62% over three quarters by introducing error budgets, on-call rotations with proper handover, and a weekly reliability review that product managers attended. I would bring the same habits, adapted to a hardware-and-field context I am eager to learn.\n\nPlease pass my thanks to Rahmat and Lina as well. I look forward to hearing about next steps.\n\nKind regards,\nHendro Saputra\n+62 811 7788 990 | hendro.saputra@proton.me",
                 {'interviewer': 'Maria Kusuma', 'company': 'eFishery', 'role': 'VP of Engineering', 'lang': 'en'}, id='en-email-long-senior'),
    pytest.param('Terima kasih atas wawancara posisi Staf Pajak',
                 'Yth. Bapak Surya,\n\nMohon maaf atas keterlambatan email ini. Terima kasih atas wawancara posisi Staf Pajak pada Senin, 16 November 2026. Penjelasan Bapak tentang pelaporan PPh 23 untuk vendor jasa sangat membantu saya memahami pekerjaan sehari-hari di tim Bapak.\n\nHormat saya,\nLina Marlina',
                 {'interviewer': 'Surya Atmaja', 'company': 'KAP Atmaja & Rekan', 'role': 'Staf Pajak', 'interview_date': '2026-11-16', 'now': '2026-11-30T10:00:00+07:00', 'lang': 'id'}, id='id-email-apology-late'),
    pytest.param('Terima kasih atas wawancara posisi Supervisor Operasional Stasiun',
                 'Kepada Yth.\nBapak Agus Salim\nKepala Divisi Operasional\nPT Kereta Api Indonesia (Persero)\ndi Tempat\n\nDengan hormat,\n\nTerima kasih atas kesempatan wawancara untuk posisi Supervisor Operasional Stasiun pada Kamis, 26 November 2026. Paparan Bapak mengenai rencana penambahan gerbong pada jam sibuk di lintas Bogor sangat menarik, dan saya melihat pengalaman saya mengatur jadwal 120 petugas di terminal bus dapat membantu rencana tersebut.\n\nBesar harapan saya dapat berkontribusi di PT Kereta Api Indonesia.\n\nHormat saya,\n\nYusuf Maulana',
                 {'interviewer': 'Agus Salim', 'company': 'PT Kereta Api Indonesia (Persero)', 'role': 'Supervisor Operasional Stasiun', 'interview_date': '2026-11-26', 'now': '2026-11-27T09:00:00+07:00', 'lang': 'id'}, id='id-email-formal-good-2'),
    pytest.param(None,
                 'Hi Mike, thanks for taking the time to chat about the Growth Marketing role at Xendit today. Your story about testing referral bonuses in Medan was great. Looking forward to the next round!\n\nCitra',
                 {'channel': 'linkedin', 'interviewer': 'Michael Santoso', 'company': 'Xendit', 'role': 'Growth Marketing', 'lang': 'en'}, id='en-linkedin-other-name'),
    pytest.param('Terima kasih atas wawancara - Admin Keuangan',
                 'Yth. Ibu Dewi,\n\nTerima kasih atas wawancara hari ini untuk posisi Admin Keuangan. Sesuai permintaan Ibu, berikut ringkasan pengalaman saya:\n1. Rekonsiliasi bank harian untuk 3 rekening (BCA, Mandiri, BRI).\n2. Input faktur pajak di e-Faktur dan Coretax.\n3. Laporan kas kecil mingguan di Excel.\n\nTerlampir CV terbaru saya.\n\nHormat saya,\nRina Agustina',
                 {'interviewer': 'Dewi Sartika', 'company': 'CV Berkah Makmur', 'role': 'Admin Keuangan', 'lang': 'id'}, id='id-email-bullets-numbered'),
    pytest.param('Thank you - Store Supervisor interview',
                 'Dear Mr. Tanoto,\n\nThank you for the interview this morning for the Store Supervisor role at Uniqlo Grand Indonesia. Your point about training new staff during the year-end sale rush stayed with me; I handled the same rush for two seasons at Matahari and would be glad to help.\n\nBest regards,\nYoga Pratama',
                 {'interviewer': 'Hendra Tanoto', 'company': 'Uniqlo', 'role': 'Store Supervisor', 'now': '2026-11-30T14:00:00+07:00', 'interview_date': '2026-11-30', 'lang': 'en'}, id='en-email-good-short'),
    pytest.param(None,
                 'Selamat malam Ibu Sinta, mohon maaf menghubungi di malam hari. Terima kasih atas wawancara tadi siang untuk posisi Guru TK. Cerita Ibu tentang kegiatan menanam sayur bersama anak-anak sangat menginspirasi saya. Semoga saya bisa bergabung dengan TK Pelangi.\n\nSalam,\nMaya\n\nSent from my iPhone',
                 {'channel': 'whatsapp', 'interviewer': 'Sinta Dewi', 'company': 'TK Pelangi', 'role': 'Guru TK', 'lang': 'id'}, id='id-wa-sent-from'),
    pytest.param('Thank you - Senior Data Analyst interview',
                 'Dear Ms. Halim,\n\nThank you for your time on Thursday and for introducing me to the analytics team. It was good to be here in Surabaya for the day. Their approach to weekly cohort reviews impressed me, and there is a lot I could add from my work on churn at Gojek, where I cut the reporting lag from five days to one.\n\nIf your team is still deciding between a batch and a streaming pipeline, I would be happy to share how we made that choice then, and what I would do differently now. Its cost was higher than we expected, but the lesson was worth it.\n\nI look forward to hearing from you.\n\nBest regards,\nArdi Nugraha',
                 {'interviewer': 'Grace Halim', 'company': 'Blibli', 'role': 'Senior Data Analyst', 'lang': 'en'}, id='en-good-tricky-words'),
    pytest.param('Terima kasih atas wawancara posisi Analis Kredit',
                 'Yth. Ibu Kartika,\n\nTerima kasih atas waktu yang Ibu luangkan untuk wawancara posisi Analis Kredit kemarin. Cerita Ibu tentang nasabah UMKM yang sempat kabur setelah menerima pinjaman membuat saya memahami pentingnya survei lapangan. Saya terbiasa menganalisis laporan keuangan usaha kecil, baik yang tertulis rapi atau hanya berupa catatan harian, dan saya tahan bekerja di bawah target bulanan.\n\nSaya menantikan kabar mengenai tahap berikutnya.\n\nHormat saya,\nHendra Wijaya',
                 {'interviewer': 'Kartika Sari', 'company': 'Bank BTPN', 'role': 'Analis Kredit', 'lang': 'id'}, id='id-good-tricky-words'),
    pytest.param('Re: Undangan Wawancara Lanjutan - Product Analyst',
                 'Selamat sore Ibu Rani,\n\nTerima kasih atas undangan wawancara lanjutan. Saya konfirmasi kehadiran pada Rabu, 2 Desember 2026 pukul 13.00 WIB di kantor Ibu di Jl. Sudirman Kav. 52.\n\nHormat saya,\nGalih Permana\n0812 7000 1234\n\nPada tanggal Sen, 30 Nov 2026 pukul 10.15 Rani Oktaviani <rani.oktaviani@bankjago.com> menulis:\n> Selamat pagi Galih,\n> Kami mengundang Anda ke wawancara USER pada Rabu, 2 Desember 2026.\n> Salam,\n> Rani',
                 {'interviewer': 'Rani Oktaviani', 'company': 'Bank Jago', 'role': 'Product Analyst', 'now': '2026-11-30T16:00:00+07:00', 'lang': 'id'}, id='id-email-reply-thread-id'),
    pytest.param('Thank you - Maintenance Engineer interview',
                 'Dear Mr. Brown,\n\nThank you for showing me around the plant on Tuesday. The quiet control room surprised me, and your story about the loose valve that stopped line 3 for a week made the maintenance role feel very real. I would rather prevent that than fix it, and my preventive maintenance schedule at Indofood cut stoppages by a third.\n\nI hope we can talk again soon.\n\nKind regards,\nJoko Susanto',
                 {'interviewer': 'Peter Brown', 'company': 'Nestlé Indonesia', 'role': 'Maintenance Engineer', 'lang': 'en'}, id='en-email-quiet-loose-good'),
    pytest.param('Terima kasih - Kepala Cabang Sorong',
                 'Yth. Pak Hartono,\n\nTerima kasih atas perbincangan yang hangat di kantor Bapak pada Jumat lalu. Pengalaman Bapak membangun jaringan distribusi di Indonesia Timur, terutama soal gudang transit di Sorong, memberi saya gambaran nyata tentang tantangan posisi Kepala Cabang ini.\n\nSelama 12 tahun di bidang distribusi FMCG, saya terbiasa mengelola 30 armada dan tim lebih dari 80 orang. Saya yakin dapat membantu perusahaan Bapak menekan biaya logistik di wilayah tersebut.\n\nSalam hormat,\nDrs. Sutanto Wibisono',
                 {'interviewer': 'Hartono Lim', 'company': 'PT Distribusi Nusantara', 'role': 'Kepala Cabang', 'lang': 'id'}, id='id-email-senior-pak'),
    pytest.param('Thank you - Research Assistant interview',
                 'Dear Dr. Rahman,\n\nThank you for the interview on Monday for the Research Assistant position. Your account of the field survey in Lombok, and how the team lost a week of data when the tablets failed, was more useful than any job description. I ran a similar survey in Flores in 2024; back then we kept paper backups, and I would be glad to help design a simpler fallback for your next round.\n\nBest regards,\nLaila Fitriani',
                 {'interviewer': 'Abdul Rahman', 'company': 'SMERU Research Institute', 'role': 'Research Assistant', 'lang': 'en'}, id='en-email-then-than-good'),
    pytest.param('Thank you - Project Engineer interview',
                 'Dear Mr. Gunawan,\n\nThank you for meeting me yesterday about the Project Engineer role at Wika Beton. Walking the precast yard with you and seeing how the curing schedule is planned around the rainy season was the highlight of my week. I have attached the bridge girder report you asked about.\n\nBest regards,\nTeddy Kurniawan, S.T.\nMobile: +62 813-1122-3344\nPortfolio: https://teddyk.id/Portfolio\n\nP.S. The load-test figures are on page 12.',
                 {'interviewer': 'Hendra Gunawan', 'company': 'PT Wijaya Karya Beton Tbk', 'role': 'Project Engineer', 'lang': 'en'}, id='en-email-ps-signature'),
    pytest.param('Terima kasih atas wawancara posisi Staf IT Support',
                 'Yth. Bapak Irfan,\n\nTerima kasih atas wawancara posisi Staf IT Support hari ini. Penjelasan Bapak tentang rencana mengganti 200 komputer kantor cabang ke Windows 11 sebelum Maret sangat jelas. Saya pernah menangani migrasi serupa untuk 60 unit di kampus, termasuk membuat panduan singkat untuk pengguna.\n\nSaya siap membantu proyek tersebut.\n\nHormat saya,\nBagus Setiawan\n\nDikirim dari Yahoo Mail di Android',
                 {'interviewer': 'Irfan Hakim', 'company': 'PT Asuransi Sinar Mas', 'role': 'Staf IT Support', 'lang': 'id'}, id='id-email-yahoo'),
    pytest.param('Thank you - Product Manager interview',
                 "Dear Ms. Lim,\n\nThank you for your welcome and for the tour of the Singapore office on Friday. Your team's approach to quarterly planning, where every squad presents its own risks, was something I had not seen before. If you're free next week, I'd be glad to share the onboarding checklist I mentioned.\n\nKind regards,\nRaka Aditya",
                 {'interviewer': 'Jessica Lim', 'company': 'Grab', 'role': 'Product Manager', 'lang': 'en'}, id='en-email-your-welcome'),
    pytest.param('Terima kasih atas wawancara - Koordinator CSR',
                 'Yth. Ibu Mariana,\n\nTerima kasih atas waktu Ibu kemarin. Saya senang mendengar bahwa tim Ibu terbuka terhadap ide baru, baik dalam bentuk usulan tertulis atau presentasi singkat. Rencana membuka kelas menjahit untuk ibu-ibu di sekitar pabrik sangat menyentuh, dan saya ingin terlibat sebagai koordinator CSR.\n\nHormat saya,\nOktaviani',
                 {'interviewer': 'Mariana Siregar', 'company': 'PT Pan Brothers', 'role': 'Koordinator CSR', 'lang': 'id'}, id='id-email-atau-good'),
    pytest.param('Terima kasih atas wawancara - Staf Administrasi Gudang',
                 'Selamat pagi Bapak/Ibu Tim Rekrutmen,\n\nTerima kasih atas kesempatan wawancara daring untuk posisi Staf Administrasi Gudang pada hari ini. Penjelasan mengenai sistem WMS yang baru dipakai sejak Oktober dan target akurasi stok 99% membuat saya semakin tertarik bergabung dengan PT Sukanda Djaya.\n\nHormat saya,\nRahmat Hidayat',
                 {'company': 'PT Sukanda Djaya', 'role': 'Staf Administrasi Gudang', 'lang': 'id'}, id='id-email-recruiter-unknown'),
    pytest.param(None,
                 'Hi Pak Yusuf, thank you for the interview on Monday about the Sustainability Analyst role at APRIL. Your point about tracking peatland water levels weekly was eye-opening. Would love to stay connected.',
                 {'channel': 'linkedin', 'interviewer': 'Yusuf Rahman', 'company': 'APRIL Group', 'role': 'Sustainability Analyst', 'lang': 'en'}, id='en-linkedin-note'),
    pytest.param('Thank you - Regional Sales Director',
                 'Dear Mr. Santoso,\n\nThank you for the conversation on Wednesday about the Regional Sales Director role at Kalbe Farma. Your plan to rebuild the pharmacy channel in East Java after the distributor change is exactly the kind of turnaround I led at Sanbe, where we recovered 80% of lost outlets within two quarters.\n\nI would welcome the chance to continue the discussion.\n\nKind regards,\nBenny Hartanto\nRegional Sales Manager | PT Sanbe Farma\n+62 811 2233 445\n\nCONFIDENTIALITY NOTICE: This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please delete it.\n\nGet Outlook for iOS',
                 {'interviewer': 'Agus Santoso', 'company': 'PT Kalbe Farma Tbk', 'role': 'Regional Sales Director', 'lang': 'en'}, id='en-email-disclaimer'),
    pytest.param('Terima kasih atas wawancara posisi Kepala Laboratorium',
                 'Yth. Ibu Melati,\n\nTerima kasih atas wawancara untuk posisi Kepala Laboratorium kemarin. Rencana akreditasi ISO 17025 yang Ibu paparkan untuk tahun depan sangat sejalan dengan pengalaman saya memimpin akreditasi serupa di laboratorium pangan selama tiga tahun terakhir.\n\nHormat saya,\nDr. Arif Budiman, M.Si.\n\nPERHATIAN: Email ini beserta lampirannya bersifat rahasia dan hanya ditujukan kepada penerima yang dimaksud.',
                 {'interviewer': 'Melati Sukma', 'company': 'PT Sucofindo', 'role': 'Kepala Laboratorium', 'lang': 'id'}, id='id-email-disclaimer'),
    pytest.param('Terima kasih atas wawancara - Network Engineer',
                 'Yth. Bapak Kurniawan,\n\nTerima kasih atas wawancara posisi Network Engineer pada pukul 09.30 tadi. Diskusi soal jaringan 12 kantor cabang yang masih memakai VPN site-to-site dan rencana beralih ke SD-WAN sangat menarik. Saya memegang sertifikasi CCNA dan pernah memindahkan 8 cabang ke SD-WAN di perusahaan sebelumnya tanpa downtime lebih dari 15 menit.\n\nHormat saya,\nYoga Aditya',
                 {'interviewer': 'Dedi Kurniawan', 'company': 'PT Bank Sinarmas', 'role': 'Network Engineer', 'lang': 'id'}, id='id-email-time-it'),
    pytest.param('Terima kasih atas wawancara Management Trainee - Nabila Zahra',
                 'Dengan hormat,\n\nPerkenalkan, nama saya Nabila Zahra, lulusan S1 Manajemen Universitas Brawijaya tahun 2026. Sebelumnya saya ucapkan terima kasih kepada Bapak Fauzan atas kesempatan wawancara untuk posisi Management Trainee di PT Bank Rakyat Indonesia pada Selasa kemarin. Pembahasan mengenai program penyaluran KUR untuk pelaku usaha mikro di pedesaan sangat menarik bagi saya, karena skripsi saya meneliti akses kredit UMKM di Malang.\n\nAtas perhatian Bapak, saya ucapkan terima kasih.\n\nHormat saya,\nNabila Zahra',
                 {'interviewer': 'Fauzan Akbar', 'company': 'PT Bank Rakyat Indonesia (Persero) Tbk', 'role': 'Management Trainee', 'lang': 'id'}, id='id-email-fresh-formula'),
    pytest.param(None,
                 "Good evening Ibu Lisa, thank you for your time this afternoon. I enjoyed hearing about the plan to open two more clinics in Bekasi next year, and I'd be glad to share how we staffed our Depok branch in eight weeks. Have a good evening.\n\nRegards,\ndr. Hendra",
                 {'channel': 'whatsapp', 'interviewer': 'Lisa Hartati', 'company': 'Klinik Pratama Sehat', 'role': 'Kepala Klinik', 'lang': 'en'}, id='en-wa-senior'),
    pytest.param('Terima kasih atas wawancara - Guru Tahfidz',
                 "Assalamualaikum warahmatullahi wabarakatuh,\n\nYth. Ustadz Ahmad Fauzi,\n\nTerima kasih atas kesempatan wawancara untuk posisi Guru Tahfidz di Pondok Pesantren Darul Ilmi pada hari Ahad lalu. Penjelasan Ustadz tentang target hafalan 5 juz untuk santri kelas 7 dan metode murajaah setiap ba'da Subuh memberi saya gambaran yang jelas.\n\nSemoga Allah memudahkan urusan kita semua.\n\nWassalamualaikum warahmatullahi wabarakatuh,\nMuhammad Rafi",
                 {'interviewer': 'Ahmad Fauzi', 'company': 'Pondok Pesantren Darul Ilmi', 'role': 'Guru Tahfidz', 'lang': 'id'}, id='id-email-wassalam'),
    pytest.param('Thank you - Production Planner interview',
                 'Dear Mr. Yamamoto,\n\nThank you for the interview on Tuesday for the Production Planner role at Toyota Motor Manufacturing Indonesia. Three things from our talk stayed with me:\n\n• the switch from weekly to daily planning for the Karawang line,\n• the goal of keeping parts stock below two days,\n• your idea of a morning board meeting with the line leaders.\n\nI used a similar daily board at Astra Otoparts, and it cut late deliveries by half.\n\nBest regards,\nRatna Dewi',
                 {'interviewer': 'Kenji Yamamoto', 'company': 'PT Toyota Motor Manufacturing Indonesia', 'role': 'Production Planner', 'lang': 'en'}, id='en-email-list'),
]


@needs_lists
@pytest.mark.parametrize(("subject", "body", "context"), CORRECT_LETTERS)
def test_a_correct_letter_gets_no_must_fix_finding(real_lexicons, subject, body, context):
    request = {"op": "review", "lang": context["lang"], "body": body, "context": {"now": "2026-11-30T10:00:00+07:00", **context}}
    if subject is not None:
        request["subject"] = subject
    answer = handle(request, lexicons=real_lexicons)
    wrong = [(found["code"], found["excerpt"]) for found in answer["findings"]
             if found["severity"] == "must" or found["kind"] in {"misspelling", "company_other", "interviewer_misspelled"}]
    assert wrong == []
    assert answer["ready"]
