"""The reader's words fitted into the generator's frames: names split into their parts, phrases trimmed and classed."""

from __future__ import annotations

import pytest

from thankyou.phrasing import as_clause, fit_phrase, parse_name

NAMES = [
    # typed, honorific, titles, name, degrees
    ("Pak Hendra", "bapak", (), "Hendra", ""),
    ("Bu Dita Anggraini", "ibu", (), "Dita Anggraini", ""),
    ("bapak andi", "bapak", (), "Andi", ""),
    ("IBU SRI WAHYUNI", "ibu", (), "Sri Wahyuni", ""),
    ("Mbak Laras", "mbak", (), "Laras", ""),
    ("Saudari Rina", "ibu", (), "Rina", ""),  # the feminine of the pair: "Ibu" as plainly as "Bu"
    ("Sdri. Rina", "ibu", (), "Rina", ""),
    ("Sdr. Budi Santoso", "none", (), "Budi Santoso", ""),  # "Saudara" names anyone: no form of address
    ("Kak Tiara", "kak", (), "Tiara", ""),
    ("Bpk. Agus Salim", "bapak", (), "Agus Salim", ""),
    ("Mr. Sean O'Brien", "mr", (), "Sean O'Brien", ""),
    ("Ms Priya Sharma", "ms", (), "Priya Sharma", ""),
    ("Mrs. Helen Carter", "mrs", (), "Helen Carter", ""),
    ("Bapak Dr. Sudrajad", "bapak", ("Dr.",), "Sudrajad", ""),
    ("Prof. Dr. Ir. Bambang Hadi, M.Sc.", "", ("Prof.", "Dr.", "Ir."), "Bambang Hadi", "M.Sc."),
    ("Rina Wijaya, S.E., M.M.", "", (), "Rina Wijaya", "S.E., M.M."),
    ("Nurul Hidayah, S.Psi.", "", (), "Nurul Hidayah", "S.Psi."),
    ("dr. Andi Wijaya, Sp.PD", "", ("dr.",), "Andi Wijaya", "Sp.PD"),  # a specialist's degree ends in capitals
    ("dr. Budi Hartono, Sp.THT-KL", "", ("dr.",), "Budi Hartono", "Sp.THT-KL"),
    ("Maria Simanjuntak, S.Kep., Ns.", "", (), "Maria Simanjuntak", "S.Kep., Ns."),
    ("Andi Wijaya S.Kom", "", (), "Andi Wijaya", "S.Kom"),  # a degree without a comma before it
    ("dr. Sinta", "", ("dr.",), "Sinta", ""),
    ("Ibu Hj. Nurhayati", "ibu", ("Hj.",), "Nurhayati", ""),
    ("Irwan Saputra", "", (), "Irwan Saputra", ""),  # "Ir" is a title, "Irwan" a name
    ("Pak", "bapak", (), "", ""),
    ("Mary-Jane Watson", "", (), "Mary-Jane Watson", ""),
    ("andi o'brien", "", (), "Andi O'Brien", ""),
    # Both forms typed, for want of knowing ("Yth. Bapak/Ibu Bapak/Ibu HRD" doubled them): no form chosen.
    ("Bapak/Ibu HRD", "none", (), "HRD", ""),
    ("Ibu / Bapak Yuliana", "none", (), "Yuliana", ""),
    ("Mr/Ms Lee", "none", (), "Lee", ""),
]


@pytest.mark.parametrize(("typed", "honorific", "titles", "core", "degrees"), NAMES)
def test_a_typed_name_is_split_into_honorific_titles_name_and_degrees(typed, honorific, titles, core, degrees):
    name = parse_name(typed)
    assert (name.honorific, name.titles, name.core, name.degrees) == (honorific, titles, core, degrees)



GIVEN_AND_FAMILY = [
    # typed, given name, family name (what "Ms. …" takes in an English greeting)
    ("Rina Wijaya", "Rina", "Wijaya"),
    ("Ms. Tan Wei Ling", "Wei Ling", "Tan"),  # a family name written first
    ("Mr. Lee Kuan Yew", "Kuan Yew", "Lee"),
    ("Kim Min-jun", "Min-jun", "Kim"),
    ("Lim Sioe Liong", "Sioe Liong", "Lim"),
    ("Oey Hong Lie", "Hong Lie", "Oey"),  # Chinese-Indonesian spellings of the Dutch era
    ("Liem Swie King", "Swie King", "Liem"),
    ("Kwee Tjie Hoei", "Tjie Hoei", "Kwee"),
    ("Wei Ling Tan", "Wei Ling", "Tan"),  # written in the Western order: both syllables are the given name
    ("Lee Ann Smith", "Lee", "Smith"),  # a Western name that starts with such a family name
    ("Lee Child", "Lee", "Child"),  # two words: no telling, the last is the family name
    ("Ms. Rina WIJAYA", "Rina", "Wijaya"),  # the family name marked by capitals
    ("TAN Wei Ling", "Wei Ling", "Tan"),
    ("Mr. JJ Abrams", "JJ", "Abrams"),  # initials in capitals are no family name
    ("Budi", "Budi", "Budi"),
]


@pytest.mark.parametrize(("typed", "given", "family"), GIVEN_AND_FAMILY)
def test_the_family_name_is_found_where_it_is_written(typed, given, family):
    name = parse_name(typed)
    assert (name.first, name.last) == (given, family)


PHRASES = [
    # lang, field kind, typed, fitted, class
    ("id", "point", "karena saya ingin berkarier di bidang konstruksi", "saya ingin berkarier di bidang konstruksi", "clause"),
    ("id", "point", "Karena ingin berkembang di perusahaan FMCG", "ingin berkembang di perusahaan FMCG", "subjectless"),
    ("id", "point", "Pengalaman 3 tahun sebagai sales B2B.", "pengalaman 3 tahun sebagai sales B2B", "noun"),
    ("id", "point", "untuk memperdalam riset di bidang pertanian", "untuk memperdalam riset di bidang pertanian", "purpose"),
    ("id", "point", "memimpin tim gudang 25 orang", "memimpin tim gudang 25 orang", "subjectless"),
    ("id", "point", "Karena Saya Ingin Berkembang.", "saya ingin berkembang", "clause"),
    ("id", "topic", "Kami membahas rencana pembukaan cabang di Medan", "rencana pembukaan cabang di Medan", "noun"),
    ("id", "topic", "tentang jadwal onboarding", "jadwal onboarding", "noun"),
    ("id", "topic", "Ibu menjelaskan tentang sistem shift", "sistem shift", "noun"),
    ("id", "topic", "Yg dibahas: sistem gaji internal", "sistem gaji internal", "noun"),
    ("id", "topic", "PENGELOLAAN ARSIP DIGITAL", "pengelolaan arsip digital", "noun"),
    ("id", "topic", "SAP", "SAP", "noun"),
    ("id", "forgot", "saya lupa menyebutkan bahwa saya lulusan psikologi", "saya lulusan psikologi", "clause"),
    ("id", "forgot", "Saya ingin menambahkan bahwa saya siap ditempatkan di luar kota.",
     "saya siap ditempatkan di luar kota", "clause"),
    ("en", "point", "Because I want to build a career in construction", "I want to build a career in construction", "clause"),
    ("en", "point", "because of the company's focus on Southeast Asia", "the company's focus on Southeast Asia", "noun"),
    # After "because", a clause whatever its subject: "What draws me … is the hospital is …" read broken.
    ("en", "point", "because the hospital is a cardiac referral centre", "the hospital is a cardiac referral centre", "clause"),
    ("en", "point", "Since the team works on open-source tools", "the team works on open-source tools", "clause"),
    ("en", "point", "to help improve a distribution network", "to help improve a distribution network", "purpose"),
    ("en", "point", "led a warehouse team of 25", "led a warehouse team of 25", "subjectless"),
    ("en", "point", "My three years of building dashboards", "my three years of building dashboards", "noun"),
    # A phrase that says who the reader is becomes "I am …"/"saya …": no frame makes a person an asset.
    ("en", "point", "a civil engineering graduate from UGM", "a civil engineering graduate from UGM", "identity"),
    ("en", "point", "A former intern at Waskita Karya", "a former intern at Waskita Karya", "identity"),
    ("en", "point", "a data analyst toolkit", "a data analyst toolkit", "noun"),
    ("id", "point", "Lulusan teknik sipil UGM dengan IPK 3,7", "lulusan teknik sipil UGM dengan IPK 3,7", "identity"),
    # A clause after "that" ("What draws me to this position is your team puts …" read broken as a noun).
    ("en", "point", "that your team puts customers first", "your team puts customers first", "clause"),
    ("en", "point", "Google Data Analytics Certificate", "Google Data Analytics Certificate", "noun"),
    ("en", "topic", "We discussed the pricing model for enterprise clients", "the pricing model for enterprise clients", "noun"),
    ("en", "topic", "About the expansion into Vietnam", "the expansion into Vietnam", "noun"),
    ("en", "topic", "you explained how the sales team is organised", "how the sales team is organised", "noun"),
    ("en", "topic", "THE SATELLITE LAUNCH SCHEDULE", "the satellite launch schedule", "noun"),
    ("en", "forgot", "I forgot to mention that I maintain an open-source SDK.", "I maintain an open-source SDK", "clause"),
    ("en", "forgot", "I didn't get to mention my German B2 certificate", "my German B2 certificate", "noun"),
    # Words that describe the reader say who they are: "Saya yakin teliti dapat menjadi bekal", "I believe
    # detail-oriented would be of real use" read broken; "saya teliti", "I am detail-oriented" do not.
    ("id", "point", "teliti", "teliti", "identity"),
    ("id", "point", "Jujur, teliti dan bertanggung jawab.", "jujur, teliti dan bertanggung jawab", "identity"),
    ("id", "point", "sangat teliti dalam menyusun laporan", "sangat teliti dalam menyusun laporan", "identity"),
    ("id", "point", "pekerja keras", "pekerja keras", "identity"),
    ("id", "point", "teliti dan terbiasa dengan tenggat ketat", "teliti dan terbiasa dengan tenggat ketat", "identity"),
    ("en", "point", "patient and have trained new staff", "patient and have trained new staff", "identity"),
    ("id", "point", "orang yang sabar", "orang yang sabar", "identity"),
    ("id", "point", "disiplin kerja yang tinggi", "disiplin kerja yang tinggi", "noun"),
    ("en", "point", "Detail-oriented", "detail-oriented", "identity"),
    ("en", "point", "hardworking and reliable", "hardworking and reliable", "identity"),
    ("en", "point", "very organised under pressure", "very organised under pressure", "identity"),
    ("en", "point", "motivated", "motivated", "identity"),
    ("en", "point", "a quick learner", "a quick learner", "identity"),
    ("en", "point", "a team player", "a team player", "identity"),
    ("en", "point", "organised the annual sales conference", "organised the annual sales conference", "subjectless"),
    ("en", "point", "positive attitude", "positive attitude", "noun"),
    # "I believe fluent in Mandarin and English would be a real asset": words of skill describe the reader too.
    ("en", "point", "fluent in Mandarin and English", "fluent in Mandarin and English", "identity"),
    ("en", "point", "experienced with SAP and Oracle", "experienced with SAP and Oracle", "identity"),
    ("en", "point", "licensed as a pharmacist in Indonesia", "licensed as a pharmacist in Indonesia", "identity"),
    # Emoji typed on a phone are the reader's tone, not their words: a letter's sentence does not carry them.
    ("id", "topic", "rencana cabang baru di Bekasi 🙏", "rencana cabang baru di Bekasi", "noun"),
    ("id", "point", "karena saya suka 😊 data pelanggan 👍🏽", "saya suka data pelanggan", "clause"),
    ("en", "point", "5 years in B2B sales 🚀🚀", "5 years in B2B sales", "noun"),
    ("en", "topic", "the 👩‍💻 hiring plan ❤️", "the hiring plan", "noun"),
    ("en", "point", "🙏", "", "noun"),
    ("en", "point", "a 5 °C cold chain ™", "a 5 °C cold chain ™", "noun"),
]


@pytest.mark.parametrize(("lang", "kind", "typed", "fitted", "phrase_class"), PHRASES)
def test_a_phrase_loses_what_the_frame_says_and_is_classed(lang, kind, typed, fitted, phrase_class):
    phrase = fit_phrase(typed, lang, kind=kind)
    assert (phrase.text, phrase.kind) == (fitted, phrase_class)


def test_a_subjectless_clause_gets_its_subject():
    assert as_clause(fit_phrase("punya pengalaman tiga tahun", "id"), "id") == "saya punya pengalaman tiga tahun"
    assert as_clause(fit_phrase("led a team of 25", "en"), "en") == "I led a team of 25"
    assert as_clause(fit_phrase("pengalaman tiga tahun", "id"), "id") == "pengalaman tiga tahun"
    assert as_clause(fit_phrase("lulusan teknik sipil UGM", "id"), "id") == "saya lulusan teknik sipil UGM"
    assert as_clause(fit_phrase("a graduate of UGM", "en"), "en") == "I am a graduate of UGM"


@pytest.mark.parametrize("typed", [":?0", "?? karena saya suka data", "!!! tim yang solid", "… dan juga", "¿por qué?"])
@pytest.mark.parametrize("kind", ["point", "topic", "forgot"])
def test_a_fitted_phrase_never_starts_with_a_mark_that_a_frame_would_leave_dangling(typed, kind):
    for lang in ("id", "en"):
        text = fit_phrase(typed, lang, kind=kind).text
        assert not text or text[0].isalnum(), (typed, text)


# A topic typed as a clause with a subject of its own was framed as a noun: "Saya sangat menghargai
# pembahasan mengenai tim sedang memindahkan pipeline ke Airflow", "our discussion of the team is moving
# to Airflow". A subject, then an aspect word or an auxiliary and a verb, makes a clause; a relative
# clause inside a noun phrase, a question word first, or a noun that looks like a verb does not.
@pytest.mark.parametrize(("lang", "typed", "phrase_class"), [
    ("id", "tim sedang memindahkan pipeline ke Airflow", "clause"),
    ("id", "perusahaan akan membuka cabang di Medan", "clause"),
    ("id", "kantor pusat di Jakarta sudah memakai SAP", "clause"),
    ("id", "tim baru dibentuk bulan lalu", "clause"),
    ("id", "proyek yang sedang berjalan", "noun"),
    ("id", "kebutuhan akan data pelanggan", "noun"),
    ("id", "target baru tahun depan", "noun"),
    ("id", "bagaimana tim sedang berkembang", "noun"),
    ("en", "the team is moving the pipeline to Airflow", "clause"),
    ("en", "your team will launch a new app", "clause"),
    ("en", "the team has grown to 40 people", "clause"),
    ("en", "the tools teams have in place", "noun"),
    ("en", "growth plans for 2027", "noun"),
    ("en", "how the team is organised", "noun"),
    ("en", "the project that is running late", "noun"),
])
def test_a_topic_with_a_subject_of_its_own_is_a_clause(lang, typed, phrase_class):
    assert fit_phrase(typed, lang, kind="topic").kind == phrase_class


@pytest.mark.parametrize(("lang", "topic", "broken"), [
    ("id", "tim sedang memindahkan pipeline ke Airflow", r"(?:mengenai|tentang|membahas|diskusi) tim sedang"),
    ("en", "the team is moving the pipeline to Airflow", r"(?:of|about|discuss(?:ing)?) the team is"),
])
def test_a_clause_topic_is_framed_as_a_clause_in_every_message(lang, topic, broken):
    import re

    from thankyou.api import handle

    for kind in ("thank_you", "late_thank_you", "thank_you_and_follow_up", "follow_up", "reply_to_rejection"):
        for variant in range(6):
            answer = handle({"op": "draft", "lang": lang, "kind": kind, "variant": variant, "name": "Dimas",
                             "company": "Gojek", "role": "Data Engineer",
                             "interviewers": [{"name": "Rina", "address": "ibu" if lang == "id" else "ms", "topic": topic}]})
            body = answer["messages"][0]["body"]
            assert not re.search(broken, body), body


# "andi PRATAMA" signed the message and its subject as typed: no part of it was written as a name, so
# the reader chose no spelling; the name gets its capitals (degrees typed in capitals stay). A part
# typed as a name ("bin", "McDonald"), or a name all in capitals as on a form, is the reader's spelling.
@pytest.mark.parametrize(("typed", "signed"), [
    ("andi PRATAMA", "Andi Pratama"),
    ("ANDI PRATAMA", "ANDI PRATAMA"),
    ("siti NURHALIZA, MBA", "Siti Nurhaliza, MBA"),
    ("agus setiawan, s.kom.", "Agus Setiawan, S.Kom."),
    ("m. RIZKY", "M. Rizky"),
    ("Ahmad bin Abdullah", "Ahmad bin Abdullah"),
    ("Kevin McDonald", "Kevin McDonald"),
    ("TJ", "TJ"),
])
def test_the_readers_own_name_typed_without_case_is_signed_with_its_capitals(typed, signed):
    from thankyou.api import handle
    from thankyou.phrasing import own_name

    assert own_name(typed) == signed
    answer = handle({"op": "draft", "lang": "id", "name": typed, "company": "PT Sinar Data", "role": "Analis Data",
                     "interviewers": [{"name": "Dita", "address": "ibu", "topic": "dasbor penjualan"}]})
    message = answer["messages"][0]
    assert message["body"].endswith(signed)
    if typed != signed:  # nor does a subject line name the reader as typed
        assert not any(typed.split(",")[0] in subject for subject in message["subject_options"])


# "I believe eight years leading HAZOP studies, including two greenfield compressor stations would be a
# real asset": an aside the reader opened with a comma is closed with one when the frame's sentence
# goes on after the phrase; a list ("SQL, Python and Excel") is not an aside and gets none.
@pytest.mark.parametrize(("lang", "strength", "closed", "open_list"), [
    ("en", "eight years leading HAZOP studies, including two greenfield compressor stations",
     "compressor stations,", "SQL, Python and Excel"),
    ("id", "pengalaman lima tahun di perbankan, terutama di bagian kredit", "bagian kredit,", "SQL, Python, dan Excel"),
])
def test_an_aside_in_the_readers_phrase_is_closed_when_the_sentence_goes_on(lang, strength, closed, open_list):
    from thankyou.api import handle

    for variant in range(6):
        for typed, expect_comma in ((strength, True), (open_list, False)):
            answer = handle({"op": "draft", "lang": lang, "variant": variant, "name": "Maria", "company": "PT PGN",
                             "role": "Engineer", "strength": typed,
                             "interviewers": [{"name": "Bonar", "address": "bapak" if lang == "id" else "mr",
                                               "topic": "permit-to-work"}]})
            sentence = next(item["text"] for item in answer["messages"][0]["sentences"] if item["source"] == "strength")
            last = typed.rsplit(" ", 2)[-2:]
            tail = sentence.split(" ".join(last), 1)[1]
            # After the phrase: the sentence's end, or words after a comma when it was an aside.
            assert tail[:1] in (".", ",") if expect_comma else not tail.startswith(","), sentence
            if expect_comma and tail[:1] != ".":
                assert closed in sentence, sentence


# "Saya sangat menghargai pembahasan mengenai DASHBOARD PENJUALAN": two words in capitals, both longer
# than an acronym, are shouting and go into the sentence in small letters; acronyms stay.
@pytest.mark.parametrize(("lang", "typed", "fitted"), [
    ("id", "DASHBOARD PENJUALAN", "dashboard penjualan"),
    ("en", "SELLER ONBOARDING", "seller onboarding"),
    ("id", "audit SOP", "audit SOP"),
    ("en", "HAZOP SOP", "HAZOP SOP"),
    ("id", "SAP HANA", "SAP HANA"),
])
def test_two_shouted_words_are_written_in_small_letters(lang, typed, fitted):
    assert fit_phrase(typed, lang, kind="topic").text == fitted
