"""The email generator: personal, natural, within length, in an HR reader's Indonesian and plain business English."""

from __future__ import annotations

import itertools
import json
import re
import string
from collections.abc import Iterator

import pytest
from collections import Counter

from draft_rules import CONTRACTION, _without, assert_keeps_rules, assert_length

from thankyou import draft
from thankyou.api import handle
from thankyou.draft import CHANNELS, LENGTHS, PANEL_SIMILARITY_BOUND, REGISTERS, WORD_RANGES
from thankyou.texts import LANGUAGES, texts_for
from thankyou.texts.draft import DraftTexts
from thankyou.textstats import shared_trigram_ratio
from thankyou.textstats import words as words_of

FULL = {
    "id": {
        "name": "Andi Pratama", "company": "PT Sinar Data Nusantara", "role": "Analis Data",
        "contact": "0812-0000-1234 · andi.pratama@example.com", "interview_date": "2026-11-24", "format": "video",
        "interviewers": [{"name": "Rina Wijaya", "title": "Head of Data", "address": "ibu",
                          "email": "rina.wijaya@example.com", "topic": "rencana memindahkan gudang data ke cloud"}],
        "strength": "pengalaman tiga tahun membangun dasbor penjualan dengan SQL",
        "forgot": "saya juga memegang sertifikasi Google Data Analytics",
        "why": "saya ingin bekerja dengan data yang dipakai ribuan UMKM setiap hari",
    },
    "en": {
        "name": "Andi Pratama", "company": "Sinar Data Nusantara", "role": "Data Analyst",
        "contact": "+62 812-0000-1234 · andi.pratama@example.com", "interview_date": "2026-11-24", "format": "video",
        "interviewers": [{"name": "Rina Wijaya", "title": "Head of Data", "address": "ms",
                          "email": "rina.wijaya@example.com", "topic": "the plan to move the data warehouse to the cloud"}],
        "strength": "my three years of building sales dashboards with SQL",
        "forgot": "I also hold the Google Data Analytics certificate",
        "why": "I want to work with data that thousands of small businesses rely on",
    },
}
REQUIRED = ("name", "company", "role")
OPTIONAL = ("contact", "interview_date", "format", "strength", "forgot", "why")
PERSON_OPTIONAL = ("title", "email", "topic")


# The sweeps below ask for many of the same messages (a panel of one, each kind, register, channel and
# variant): each is made once per test process and handed out as a fresh copy.
_MADE: dict[str, str] = {}


def make(request: dict) -> dict:
    key = json.dumps(request, sort_keys=True)
    if key not in _MADE:
        answer = handle({"op": "draft", **request})
        assert "error" not in answer, answer
        _MADE[key] = json.dumps(answer)
    return json.loads(_MADE[key])


def reader_text(request: dict) -> str:
    """Everything the reader typed, as the generator sees it after cleaning (for the rule checker)."""
    parsed = draft.read_request(request)
    pieces = [parsed.name, parsed.company, parsed.role, parsed.contact, parsed.strength, parsed.forgot, parsed.why]
    for person in parsed.interviewers:
        pieces += [person.name, person.title, person.email, person.topic]
    return "\x00".join(piece for piece in pieces if piece)


def check_all(request: dict, *, length_too: bool = True) -> dict:
    answer = make(request)
    text = reader_text(request)
    for message in answer["messages"]:
        assert_keeps_rules(message, answer, reader_text=text)
        if length_too:
            assert_length(message, answer, reader_words=sum(len(piece.split()) for piece in text.split("\x00")))
    return answer


# ---- Every language, register, length and channel ----------------------------------------------

GRID = list(itertools.product(LANGUAGES, REGISTERS, LENGTHS, CHANNELS))


@pytest.mark.parametrize(("lang", "register", "length", "channel"), GRID)
def test_full_request_keeps_every_rule_and_its_length(lang, register, length, channel):
    request = {**FULL[lang], "lang": lang, "register": register, "length": length, "channel": channel}
    for variant in range(3):
        answer = check_all({**request, "variant": variant})
        (message,) = answer["messages"]
        body = message["body"]
        person = request["interviewers"][0]
        for given in (message["addressee"], request["company"], request["role"], person["topic"]):
            assert given in body, given
        assert answer["word_range"] == list(WORD_RANGES[(channel, length)])


@pytest.mark.parametrize(("lang", "register", "length", "channel"), GRID)
def test_only_the_required_fields_still_give_a_whole_message(lang, register, length, channel):
    request = {key: FULL[lang][key] for key in REQUIRED}
    answer = check_all({**request, "lang": lang, "register": register, "length": length, "channel": channel})
    (message,) = answer["messages"]
    assert request["company"] in message["body"] and request["role"] in message["body"]
    assert message["to"] == {"name": "", "email": None, "title": None}


SUBSETS = [
    subset
    for size in range(len(OPTIONAL + PERSON_OPTIONAL) + 1)
    for subset in itertools.combinations(OPTIONAL + PERSON_OPTIONAL, size)
]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("channel", CHANNELS)
def test_any_subset_of_optional_fields_reads_naturally(lang, channel):
    """2^9 subsets of the optional fields, both lengths: every message keeps the rules and its length."""
    full = FULL[lang]
    for index, subset in enumerate(SUBSETS):
        request = {key: full[key] for key in REQUIRED}
        request.update({key: full[key] for key in OPTIONAL if key in subset})
        person = {"name": full["interviewers"][0]["name"], "address": full["interviewers"][0]["address"]}
        person.update({key: full["interviewers"][0][key] for key in PERSON_OPTIONAL if key in subset})
        request["interviewers"] = [person]
        register, length = REGISTERS[index % 2], LENGTHS[(index // 2) % 2]
        answer = check_all({**request, "lang": lang, "channel": channel, "register": register, "length": length,
                            "variant": index % 7})
        body = answer["messages"][0]["body"]
        for key in ("strength", "forgot", "why"):
            if key in subset and length == "standard" and channel == "email":
                assert full[key] in body, key


# ---- Addressing the interviewer: the reader's choice, Indonesian letter conventions ----------

ADDRESS_CASES = [
    # lang, register, channel, name as typed, title, address, greeting line
    # Indonesian formal letter: Yth. + Bapak/Ibu + name, no Bapak/Ibu before an academic title (Badan Bahasa).
    ("id", "formal", "email", "Budi Santoso", "", "bapak", "Yth. Bapak Budi Santoso,"),
    ("id", "formal", "email", "Rina Wijaya", "", "ibu", "Yth. Ibu Rina Wijaya,"),
    ("id", "formal", "email", "Budi", "", "mr", "Yth. Bapak Budi,"),
    ("id", "formal", "email", "Dr. Rina Wijaya", "", "ibu", "Yth. Dr. Rina Wijaya,"),
    ("id", "formal", "email", "Prof. Dr. Ir. Bambang Hadi, M.Sc.", "", "bapak", "Yth. Prof. Dr. Ir. Bambang Hadi, M.Sc.,"),
    ("id", "formal", "email", "dr. Sinta", "", "ibu", "Yth. dr. Sinta,"),
    ("id", "formal", "email", "Irwan Saputra", "", "bapak", "Yth. Bapak Irwan Saputra,"),  # "Ir" is a title, "Irwan" a name
    # No form of address chosen: both, as for a title alone (the page asks which: missing "address").
    ("id", "formal", "email", "Rina Wijaya", "", "none", "Yth. Bapak/Ibu Rina Wijaya,"),
    ("id", "formal", "card", "Rina Wijaya", "", "none", "Yth. Bapak/Ibu Rina Wijaya,"),
    # A formal chat is as formal as a letter: the name with both forms, never bare (the page asks which).
    ("id", "formal", "whatsapp", "Rina Wijaya", "", "none", "Selamat siang, Bapak/Ibu Rina Wijaya,"),  # no Yth. to follow
    ("id", "formal", "email", "", "Manajer HRD", "ibu", "Yth. Ibu Manajer HRD,"),
    ("id", "formal", "email", "", "Manajer HRD", "none", "Yth. Bapak/Ibu Manajer HRD,"),
    ("id", "formal", "email", "", "", "bapak", "Yth. Bapak,"),
    # Honorifics and titles typed in the name are used once, never doubled.
    ("id", "formal", "email", "Pak Hendra", "", "bapak", "Yth. Bapak Hendra,"),
    ("id", "formal", "email", "Bu Dita", "", "none", "Yth. Ibu Dita,"),
    ("id", "formal", "email", "Ibu Dita Anggraini", "", "ibu", "Yth. Ibu Dita Anggraini,"),
    ("id", "formal", "email", "Bapak Dr. Sudrajad", "", "bapak", "Yth. Dr. Sudrajad,"),
    ("id", "formal", "email", "Bapak H. Ahmad Fauzi", "", "none", "Yth. Bapak H. Ahmad Fauzi,"),
    ("id", "formal", "email", "Rina Wijaya, S.E., M.M.", "", "ibu", "Yth. Ibu Rina Wijaya, S.E., M.M.,"),
    ("id", "formal", "email", "Mbak Laras", "", "none", "Yth. Ibu Laras,"),  # Mbak reads as Ibu in a formal letter
    ("id", "formal", "card", "Pak Made Wirawan", "", "none", "Yth. Bapak Made Wirawan,"),
    ("id", "semi_formal", "card", "Pak Made Wirawan", "", "none", "Yth. Bapak Made Wirawan,"),  # a card keeps Yth.
    # Semi-formal email and WhatsApp: a greeting by time of day with Pak/Bu, no Yth.
    # A greeting by time of day says the name a person is called by ("Bu Rina"), as a chat does.
    ("id", "semi_formal", "email", "Rina Wijaya", "", "ms", "Selamat siang, Bu Rina,"),
    ("id", "semi_formal", "email", "Pak Hendra", "", "none", "Selamat siang, Pak Hendra,"),
    ("id", "semi_formal", "email", "Dr. Rina Wijaya, M.M.", "", "ibu", "Selamat siang, Bu Rina,"),
    ("id", "semi_formal", "email", "Rina", "", "first_name", "Selamat siang, Rina,"),
    ("id", "semi_formal", "email", "Mbak Laras", "", "none", "Selamat siang, Mbak Laras,"),
    # An email is no chat: the reviewer calls "Kak" there informal, so the neutral form stands in (and the page asks).
    ("id", "semi_formal", "email", "Kak Laras", "", "none", "Selamat siang, Bapak/Ibu Laras,"),
    ("id", "semi_formal", "whatsapp", "Kak Laras", "", "none", "Selamat siang, Kak Laras,"),
    ("id", "formal", "whatsapp", "Siti Aminah", "", "ibu", "Selamat siang, Ibu Siti Aminah,"),
    ("id", "formal", "whatsapp", "Bu Siti", "", "none", "Selamat siang, Ibu Siti,"),
    # English: title + family name; the reader picks the form for names without one.
    ("en", "formal", "email", "Rina Wijaya", "", "ms", "Dear Ms. Wijaya,"),
    ("en", "formal", "email", "Sean O'Brien", "", "mr", "Dear Mr. O'Brien,"),
    ("en", "formal", "email", "Mr. Sean O'Brien", "", "none", "Dear Mr. O'Brien,"),
    ("en", "formal", "email", "Budi Santoso", "", "bapak", "Dear Mr. Santoso,"),
    ("en", "formal", "email", "Dr. Rina Wijaya", "", "ms", "Dear Dr. Wijaya,"),
    ("en", "formal", "email", "Prof. Bambang Hadi", "", "mr", "Dear Professor Hadi,"),
    ("en", "formal", "email", "Ir. Hendra Gunawan", "", "mr", "Dear Mr. Gunawan,"),
    ("en", "formal", "email", "Rina", "", "ms", "Dear Ms. Rina,"),
    ("en", "formal", "email", "Mrs. Maria Lopez", "", "none", "Dear Mrs. Lopez,"),
    ("en", "formal", "email", "Rina", "", "first_name", "Dear Rina,"),
    ("en", "semi_formal", "email", "Maria", "", "first_name", "Hi Maria,"),
    # Semi-formal English (FACTS: "First name in a semi-formal register: Hi Maria,"), in every channel:
    # "Hi" + a first name, "Hello" + a title or a full name; never the formal "Dear" to a named person.
    ("en", "semi_formal", "email", "Rina Wijaya", "", "ms", "Hello Ms. Wijaya,"),
    ("en", "semi_formal", "whatsapp", "Hendra Gunawan", "", "mr", "Hello Mr. Gunawan,"),
    ("en", "semi_formal", "linkedin", "Nina", "", "none", "Hi Nina,"),
    ("en", "semi_formal", "whatsapp", "Nina", "", "none", "Hi Nina,"),
    ("en", "semi_formal", "card", "Maria Lopez", "", "first_name", "Hi Maria,"),
    ("en", "semi_formal", "email", "Hendra Gunawan", "", "none", "Hello Hendra Gunawan,"),
    # Round 32: a person known by nothing is no "Sir or Madam" when the company is known: its hiring team.
    ("en", "semi_formal", "email", "", "", "none", "Dear Hiring Team at Sinar Data Nusantara,"),
    ("en", "formal", "whatsapp", "Nina", "", "none", "Dear Nina,"),
    ("en", "formal", "email", "", "Head of Data", "ms", "Dear Head of Data,"),
    ("en", "formal", "email", "", "", "mr", "Dear Sir,"),
    ("en", "formal", "email", "", "", "none", "Dear Hiring Team at Sinar Data Nusantara,"),
    ("id", "formal", "email", "", "", "none", "Yth. Tim Rekrutmen PT Sinar Data Nusantara,"),
    ("en", "formal", "linkedin", "Bu Dita Anggraini", "", "none", "Dear Ms. Anggraini,"),
    # Never guessed from a name: the reader's choice wins, whatever the name sounds like.
    ("id", "formal", "email", "Rina Wijaya", "", "bapak", "Yth. Bapak Rina Wijaya,"),
    ("en", "formal", "email", "Budi Santoso", "", "ms", "Dear Ms. Santoso,"),
]
NAME_FORM_CASES = [("family", "Dear Ms. Wijaya,"), ("given", "Dear Ms. Rina,"), ("full", "Dear Ms. Rina Wijaya,")]


@pytest.mark.parametrize(("name_form", "greeting"), NAME_FORM_CASES)
def test_an_english_greeting_uses_the_name_form_the_reader_picked(name_form, greeting):
    request = {**{key: FULL["en"][key] for key in REQUIRED}, "lang": "en",
               "interviewers": [{"name": "Rina Wijaya", "address": "ms", "name_form": name_form, "topic": "data"}]}
    assert check_all(request)["messages"][0]["greeting"] == greeting


@pytest.mark.parametrize(("lang", "register", "channel", "name", "title", "address", "greeting"), ADDRESS_CASES)
def test_greeting_follows_the_readers_choice_and_the_conventions(lang, register, channel, name, title, address, greeting):
    request = {**{key: FULL[lang][key] for key in REQUIRED}, "lang": lang, "register": register, "channel": channel,
               "interviewers": [{"name": name, "title": title, "address": address, "topic": FULL[lang]["interviewers"][0]["topic"]}]}
    answer = check_all(request)
    assert answer["messages"][0]["body"].split("\n")[0] == greeting
    assert answer["messages"][0]["greeting"] == greeting
    # A greeting that says "Bapak/Ibu" before a name for want of the reader's choice asks for it.
    assert ("address" in answer["messages"][0]["missing"]) == (name != "" and "Bapak/Ibu" in greeting)


@pytest.mark.parametrize(("lang", "greeting"), [("id", "Yth. Tim Rekrutmen PT Sinar Data Nusantara,"),
                                                ("en", "Dear Hiring Team at Sinar Data Nusantara,")])
def test_no_interviewer_named_writes_to_the_hiring_team(lang, greeting):
    answer = check_all({**{key: FULL[lang][key] for key in REQUIRED}, "lang": lang})
    assert answer["messages"][0]["greeting"] == greeting


# With no form of address chosen, a formal letter greets "Yth. Bapak/Ibu Sari Dewi," (and the page asks
# which): its body says "Bapak/Ibu" too, not "Anda", which reads as distant in a letter (FACTS.md).
# A first name alone after "Yth." ("Yth. Sari,") is a slip the reviewer flags: the neutral form comes with it.
@pytest.mark.parametrize(("address", "pronoun"), [("bapak", "Bapak"), ("ibu", "Ibu"), ("mr", "Bapak"), ("ms", "Ibu"),
                                                  ("mbak", "Ibu"), ("first_name", "Bapak/Ibu"), ("none", "Bapak/Ibu")])
def test_the_indonesian_body_calls_the_reader_as_the_greeting_does(address, pronoun):
    others = {"Bapak", "Ibu", "Anda", "Pak", "Bu", "Mas", "Mbak"} - set(pronoun.split("/"))
    for variant in range(5):
        request = {**{key: FULL["id"][key] for key in REQUIRED}, "lang": "id", "variant": variant, "length": "standard",
                   "interviewers": [{"name": "Sari Dewi", "address": address, "topic": "rencana ekspansi"}]}
        body = make(request)["messages"][0]["body"]
        paragraphs = body.split("\n\n")[1:-1]
        words = set(re.findall(r"\w+", " ".join(paragraphs)))
        assert not words & others, (variant, words & others)


def test_the_interview_date_and_format_are_said_in_the_messages_language():
    request = {**FULL["id"], "interview_date": "2026-11-24", "format": "phone"}
    assert "melalui telepon pada 24 November" in make({**request, "lang": "id"})["messages"][0]["body"]
    request = {**FULL["en"], "interview_date": "2026-03-02", "format": "in_person"}
    assert "in person on 2 March" in make({**request, "lang": "en"})["messages"][0]["body"]


def test_a_value_ending_in_a_full_stop_does_not_double_it():
    request = {**FULL["id"], "company": "PT Maju Jaya Tbk.", "role": "Staf Ahli Madya Sr."}
    body = make(request)["messages"][0]["body"]
    assert "Tbk.." not in body and "Sr.." not in body
    assert "PT Maju Jaya Tbk." in body


def test_subject_lines_fit_an_inbox_list_and_name_the_role_when_they_can():
    assert make(FULL["id"])["messages"][0]["subject_options"][0] == "Terima kasih atas wawancara posisi Analis Data"
    request = {**FULL["id"], "role": "Koordinator Operasional Gudang Regional Jawa Barat"}
    options = make(request)["messages"][0]["subject_options"]
    # With the role too long, the reader's name keeps each option specific ("Terima kasih atas wawancara"
    # alone is a subject the reviewer calls vague).
    assert options == ["Terima kasih atas waktunya – Andi Pratama", "Terima kasih atas wawancara – Andi Pratama",
                       "Ucapan terima kasih dari Andi Pratama"]
    longest = {**FULL["en"], "lang": "en", "name": "N" * 80, "company": "C" * 100, "role": "R" * 100}
    options = make(longest)["messages"][0]["subject_options"]
    assert options == ["Thank you for the interview", "Thank you for your time", "With thanks after our interview"]


# ---- Determinism and versions --------------------------------------------------------------------


def test_the_same_request_always_gives_the_same_text():
    request = {**FULL["id"], "variant": 3}
    assert make(request) == make(json.loads(json.dumps(request)))


def test_another_version_changes_the_wording_but_not_the_facts():
    bodies = [make({**FULL["en"], "lang": "en", "variant": variant})["messages"][0]["body"] for variant in range(5)]
    assert len(set(bodies)) == 5
    for body in bodies:
        assert "Wijaya" in body and "the plan to move the data warehouse to the cloud" in body


def test_the_variant_may_come_as_digits_from_a_form_or_a_flag():
    assert make({**FULL["id"], "variant": "2"}) == make({**FULL["id"], "variant": 2})


# ---- Panels --------------------------------------------------------------------------------------

PANEL_PEOPLE = {
    "id": [
        ("Rina Wijaya", "Head of Data", "ibu", "rencana memindahkan gudang data ke cloud"),
        ("Ir. Budi Santoso", "CTO", "bapak", "cara tim mengukur kualitas data"),
        ("Sari", "Rekruter", "first_name", "jadwal orientasi karyawan baru"),
        ("Agus Salim", "Manajer Produk", "none", "target penjualan kuartal depan"),
        ("Maria Ulfa", "Analis Senior", "ibu", "program mentoring untuk analis junior"),
    ],
    "en": [
        ("Rina Wijaya", "Head of Data", "ms", "the plan to move the data warehouse to the cloud"),
        ("Ir. Budi Santoso", "CTO", "mr", "how the team measures data quality"),
        ("Sari", "Recruiter", "first_name", "the onboarding schedule for new hires"),
        ("Agus Salim", "Product Manager", "none", "next quarter's sales targets"),
        ("Maria Ulfa", "Senior Analyst", "ms", "the mentoring programme for junior analysts"),
    ],
}


def panel(lang: str, size: int, **extra) -> dict:
    people = [{"name": n, "title": t, "address": a, "topic": topic} for n, t, a, topic in PANEL_PEOPLE[lang][:size]]
    return {**FULL[lang], "lang": lang, "interviewers": people, **extra}


@pytest.mark.parametrize(("lang", "register", "length", "channel"), GRID)
def test_no_two_messages_of_a_panel_read_alike(lang, register, length, channel):
    """Every pair of a panel of 2 to 5, all with their own topic, shares under the bound of word trigrams."""
    for size, variant in itertools.product(range(2, draft.MAX_INTERVIEWERS + 1), range(3)):
        request = panel(lang, size, register=register, length=length, channel=channel, variant=variant)
        answer = check_all(request)
        bodies = [message["body"] for message in answer["messages"]]
        worst = max(shared_trigram_ratio(a, b) for a, b in itertools.combinations(bodies, 2))
        assert worst < PANEL_SIMILARITY_BOUND, (size, variant, worst)
        assert answer["panel_similarity"] == round(worst, 4)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_message_of_a_panel_is_built_around_its_own_person_and_topic(lang):
    answer = check_all(panel(lang, 5))
    for message, (name, title, _address, topic) in zip(answer["messages"], PANEL_PEOPLE[lang], strict=True):
        assert message["addressee"] in message["greeting"] and name.split()[-1] in message["greeting"]
        assert topic in message["body"]
        others = [other[3] for other in PANEL_PEOPLE[lang] if other[3] != topic]
        assert not any(other in message["body"] for other in others)
        assert message["to"]["title"] == title


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("size", range(2, draft.MAX_INTERVIEWERS + 1))
def test_a_panel_says_each_of_the_readers_points_once_and_no_content_sentence_twice(lang, size):
    for variant in range(4):
        answer = check_all(panel(lang, size, variant=variant))
        said = [sentence for message in answer["messages"] for sentence in message["sentences"]]
        for point in ("strength", "forgot", "why"):
            assert sum(sentence["source"] == point for sentence in said) == 1, point
        content = [sentence["text"] for sentence in said if sentence["source"] != "courtesy"]
        assert len(content) == len(set(content))


# Words a message may use three times or more (grammar, not content).
FUNCTION_WORDS = {"id": {"dengan", "untuk", "dalam", "dapat", "bahwa"}, "en": {"would", "about", "there"}}


# The form of address ("Yth. Bapak Hendra," … "waktu yang Bapak luangkan" … "perhatian Bapak"): a letter
# calls its reader as its greeting does, however often (FACTS.md), so it is no repetition of ours.
ADDRESS_WORDS = {lang: {part.casefold() for table in (texts_for(DraftTexts, lang).pronouns,
                                                      texts_for(DraftTexts, lang).formal_honorifics)
                        for value in table.values() for part in value.split("/")} for lang in LANGUAGES}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", draft.KINDS)
def test_no_word_of_ours_comes_back_three_times_in_one_message(lang, kind):
    """"Terima kasih" three times, "posisi" in every sentence: the repetition a reader notices."""
    for register, length, channel, size, variant in itertools.product(
        REGISTERS, LENGTHS, draft.KIND_CHANNELS[kind], (1, 3), range(3)
    ):
        request = panel(lang, size, kind=kind, register=register, length=length, channel=channel, variant=variant,
                        next_step="x")
        answer = make(request)
        for message in answer["messages"]:
            ours = _without(message["body"], reader_text(request) + "\x00" + request["name"])
            counts = Counter(word for word in words_of(ours) if len(word) >= 5 and word != "reader"
                             and word not in ADDRESS_WORDS[lang])
            repeated = {word: count for word, count in counts.items()
                        if count >= 3 and word not in FUNCTION_WORDS[lang]}
            assert not repeated, (repeated, message["body"])


# Words a letter of this genre says more than once without a reader noticing: the thanks, the
# process and the position it is about, and grammar.
STANDING_WORDS = {
    "id": {"terima", "kasih", "dengan", "mengenai", "apabila", "kepada", "proses", "seleksi", "posisi", "tawaran",
           "kesempatan", "sangat"},
    "en": {"thank", "thanks", "process", "position", "selection", "application", "opportunity"},
}


def _stems(text: str, lang: str) -> set[str]:
    """Content words of six letters or more, cut to six, so "menerima" meets "menerimanya"."""
    standing = STANDING_WORDS[lang] | {"reader"}  # "READER": the reader's own words, taken out
    return {word[:6] for word in words_of(text.casefold()) if len(word) >= 6 and word not in standing}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", draft.KINDS)
def test_a_message_names_the_role_once_and_the_company_at_most_twice(lang, kind):
    """The opening names both; a courtesy that says "as a Data Analyst at X" again reads as a form letter."""
    for register, channel, size, variant in itertools.product(REGISTERS, draft.KIND_CHANNELS[kind], (1, 3), range(10)):
        request = panel(lang, size, kind=kind, register=register, channel=channel, variant=variant, next_step="x")
        for message in make(request)["messages"]:
            body = message["body"]
            assert body.count(request["role"]) <= 1, body
            assert body.count(request["company"]) <= 2, body


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", draft.KINDS)
def test_no_two_courtesies_of_a_message_echo_each_other(lang, kind):
    """"I remain keen to continue ..." then "... continue our conversation"; "senang menerima" twice."""
    for register, channel, size, variant in itertools.product(REGISTERS, draft.KIND_CHANNELS[kind], (1, 3), range(10)):
        request = panel(lang, size, kind=kind, register=register, channel=channel, variant=variant, next_step="x")
        text = reader_text(request) + "\x00" + request["name"]
        for message in make(request)["messages"]:
            ours = [_without(sentence["text"], text) for sentence in message["sentences"]
                    if sentence["source"] == "courtesy"]
            for first, second in itertools.combinations(ours, 2):
                shared = _stems(first, lang) & _stems(second, lang)
                assert not shared, (shared, first, second)


CLAUSE_TOPICS = {
    "id": ("Ibu menjelaskan bahwa tim sedang membangun gudang data baru", "bahwa tim sedang membangun gudang data baru"),
    "en": ("You explained that the team is building a new data warehouse", "that the team is building a new data warehouse"),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_topic_typed_as_a_clause_is_framed_as_one(lang):
    """"pembahasan mengenai tim sedang membangun …", "our discussion of the team is building …": a clause
    needs a frame that takes one, in every sentence that carries a topic."""
    typed, framed = CLAUSE_TOPICS[lang]
    address = {"id": ("ibu", "bapak"), "en": ("ms", "mr")}[lang]
    people = [{"name": "Rina Wijaya", "address": address[0], "topic": typed},
              {"name": "Budi Santoso", "address": address[1], "topic": typed}]
    requests = [{**FULL[lang], "lang": lang, "kind": kind, "variant": variant, "interviewers": people[:1]}
                for kind in ("thank_you", "late_thank_you", "thank_you_and_follow_up", "follow_up", "reply_to_rejection")
                for variant in range(5)]
    requests += [{**FULL[lang], "lang": lang, "variant": variant, "interviewers": people, "send_to": "recruiter",
                  "recruiter": {"name": "Maya Sari", "address": address[0]}} for variant in range(5)]
    for request in requests:
        for message in make(request)["messages"]:
            carried = [sentence["text"] for sentence in message["sentences"] if sentence["source"].endswith("topic")]
            assert carried, message["body"]
            for text in carried:
                assert framed in text, text


# The word of address a greeting uses, and the ones its body may then use for the same person.
BODY_ADDRESS = {"Bapak/Ibu": {"Bapak", "Ibu"}, "Bapak": {"Bapak"}, "Pak": {"Bapak"}, "Ibu": {"Ibu"}, "Bu": {"Ibu"}, "Mas": {"Mas"}, "Mbak": {"Mbak"},
                "Kak": {"Kakak"}}


@pytest.mark.parametrize("address", ["bapak", "ibu", "mas", "mbak", "kak", "none"])
def test_the_body_addresses_the_person_as_the_greeting_does(address):
    """"Selamat siang, Ibu Rara," then "Terima kasih atas perhatian Mbak.": one person, two forms of address."""
    for kind, register, channel, variant in itertools.product(
        ("thank_you", "confirm_next_round", "follow_up"), REGISTERS, CHANNELS, range(3)
    ):
        if channel not in draft.KIND_CHANNELS[kind]:
            continue
        request = {**FULL["id"], "kind": kind, "register": register, "channel": channel, "variant": variant,
                   "next_step": "psikotes", "interviewers": [{"name": "Rara Anindita", "address": address, "topic": "rute"}]}
        message = make(request)["messages"][0]
        greeting = message["greeting"].split("\n")[0]
        body = message["body"][len(message["greeting"]):]
        used = set(re.findall(r"\b(Bapak|Ibu|Mas|Mbak|Kakak|Anda)\b", body))
        said = [word for word in BODY_ADDRESS if re.search(rf"\b{word}\b", greeting)]
        allowed = BODY_ADDRESS[said[0]] if said else {"Anda"}
        assert used <= allowed, (greeting, used, message["body"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_offer_reply_and_attempt_change_only_their_own_kind(lang):
    """The sweeps below try every reply to an offer only for a reply to an offer, and every attempt only
    for a follow-up: for any other kind of message the two change nothing."""
    for kind, channel in itertools.product(draft.KINDS, CHANNELS):
        if channel not in draft.KIND_CHANNELS[kind]:
            continue
        bodies = {}
        for reply, attempt in itertools.product(draft.OFFER_REPLIES, draft.ATTEMPTS):
            request = panel(lang, 2, kind=kind, channel=channel, next_step="x", offer_reply=reply, attempt=attempt)
            own = (reply if kind == "reply_to_offer" else None, attempt if kind == "follow_up" else None)
            bodies.setdefault(own, set()).add(json.dumps(make(request)["messages"], sort_keys=True))
        assert all(len(found) == 1 for found in bodies.values()), (kind, channel)
        assert len(bodies) == {"reply_to_offer": len(draft.OFFER_REPLIES), "follow_up": len(draft.ATTEMPTS)}.get(kind, 1)


THANKS = re.compile(r"\bthanks?\b|\bterima\s+kasih\b", re.IGNORECASE)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", draft.KINDS)
def test_no_two_neighbouring_sentences_both_say_thank_you(lang, kind):
    """"Once again, thank you for this opportunity. Thank you for your attention.": one thanks too many."""
    for register, channel, size, variant, reply in itertools.product(
        REGISTERS, draft.KIND_CHANNELS[kind], (1, 3), range(6), draft.OFFER_REPLIES
    ):
        if reply != "consider" and kind != "reply_to_offer":
            continue  # the same message (test_offer_reply_and_attempt_change_only_their_own_kind)
        full = panel(lang, size, kind=kind, register=register, channel=channel, variant=variant, next_step="x",
                     offer_reply=reply)
        # The fewest fields too: a short message is completed with reserve courtesies, which thank as well.
        bare = {key: full[key] for key in ("lang", "kind", "register", "channel", "variant", "offer_reply")}
        bare |= {"name": "Andi", "company": "Zeta", "role": "Kurir"}
        for message in make(full)["messages"] + make(bare)["messages"]:
            for paragraph in message["body"].split("\n\n"):
                sentences = re.split(r"(?<=[.!?])\s+", paragraph)
                for first, second in itertools.pairwise(sentences):
                    assert not (THANKS.search(first) and THANKS.search(second)), (first, second)


def test_a_point_goes_to_the_interviewer_whose_topic_it_fits():
    people = [{"name": "Rina Wijaya", "address": "ibu", "topic": "jadwal orientasi karyawan baru"},
              {"name": "Budi Santoso", "address": "bapak", "topic": "migrasi gudang data ke BigQuery"}]
    for variant in range(4):
        answer = check_all({**FULL["id"], "interviewers": people, "variant": variant,
                            "strength": "pengalaman dua tahun memindahkan gudang data ke BigQuery"})
        sources = [[sentence["source"] for sentence in message["sentences"]] for message in answer["messages"]]
        assert "strength" in sources[1] and "strength" not in sources[0]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("topic", [None, "🙏🙏", " 👍🏽 "])
def test_an_interviewer_without_a_topic_gets_a_shorter_message_and_the_page_asks_for_one(lang, topic):
    """A topic of emoji alone says nothing the message can frame: asked for like an empty one."""
    people = [dict(person) for person in panel(lang, 2)["interviewers"]]
    people[1].pop("topic")
    if topic:
        people[1]["topic"] = topic
    answer = check_all({**FULL[lang], "lang": lang, "interviewers": people})
    with_topic, without = answer["messages"]
    assert with_topic["missing"] == [] and without["missing"] == ["topic"]
    assert without["words"] < with_topic["words"]
    assert all(not sentence["source"].endswith("topic") for sentence in without["sentences"])
    markup = handle({"op": "view", "tool": "draft", "lang": lang, "link_base": "",
                     "form": {**{key: [value] for key, value in FULL[lang].items() if isinstance(value, str)},
                              "lang": [lang], "interviewers.0.name": ["Dita Anggraini"],
                              "interviewers.0.address": ["ibu" if lang == "id" else "ms"]}})["html"]
    question = {"id": "Apa yang Anda bahas dengan Ibu Dita Anggraini?", "en": "What did you talk about with Ms. Anggraini?"}
    assert question[lang] in markup
    # After a test taken alone nothing was discussed: the page asks for a part of the test, by the
    # field's name as the form then shows it.
    markup = handle({"op": "view", "tool": "draft", "lang": lang, "link_base": "",
                     "form": {**{key: [value] for key, value in FULL[lang].items() if isinstance(value, str)},
                              "lang": [lang], "step": ["written_test"], "interviewers.0.name": ["Dita Anggraini"]}})["html"]
    field = {"id": "“Bagian tes yang berkesan”", "en": "“A part of the test worth naming”"}
    assert field[lang] in markup and question[lang] not in markup


def test_a_panel_has_at_most_five_members():
    answer = handle({**panel("en", 5), "op": "draft",
                     "interviewers": [{"name": f"Person {n}"} for n in range(draft.MAX_INTERVIEWERS + 1)]})
    assert answer["error"]["field"] == "interviewers"
    assert answer["error"]["code"] == "too_many"


# ---- The phrase banks ----------------------------------------------------------------------------

KNOWN = {"role", "company", "name", "you", "details", "topic", "strength", "why", "forgot", "next_step",
         "person", "people", "them", "their",  # these four: the message in the recruiter's thread
         "test",  # the test taken alone that a message thanks for
         "as_role"}  # the position after "as": "as Operations Lead", "as a Data Analyst"
# A bank that frames one of the reader's fields must use it; no other bank may.
READER_FIELDS = {"topic": "topic", "recall_topic": "topic", "rejection_topic": "topic", "strength": "strength",
                 "strength_clause": "strength", "strength_list": "strength", "why": "why", "why_noun": "why", "why_purpose": "why", "why_colon": "why",
                 "forgot": "forgot", "next_confirm": "next_step", "next_confirm_moment": "next_step", "pass_topic": "topic", "topic_clause": "topic",
                 "recall_topic_clause": "topic", "rejection_topic_clause": "topic", "pass_topic_clause": "topic",
                 "forgot_question": "forgot", "forgot_question_clause": "forgot", "forgot_question_direct": "forgot"}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def slots_of(shapes) -> set[str]:
    return {slot.bank for shape in shapes.values() for slot in shape}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_bank_is_distinct_and_uses_the_readers_words_only_where_it_frames_them(lang):
    banks = texts_for(DraftTexts, lang).banks
    used = {key.split("/")[0] for key in banks}
    assert slots_of(draft.SHAPES) <= used
    for key, sentences in banks.items():
        slot = key.split("/")[0]
        assert sentences and len(set(sentences)) == len(sentences), key
        if slot in draft.BANK_ORDER:
            assert len(sentences) >= draft.MAX_INTERVIEWERS, key  # a panel of five gets five different ones
        for sentence in sentences:
            names = placeholders(sentence)
            assert names <= KNOWN, sentence
            reader = names & {"topic", "strength", "why", "forgot", "next_step"}
            assert reader == ({READER_FIELDS[slot]} if slot in READER_FIELDS else set()), (key, sentence)
            assert sentence[0].isupper() and sentence.endswith((".", "?")), sentence
            assert "  " not in sentence and " ," not in sentence


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_slot_has_a_bank_for_each_register(lang):
    banks = texts_for(DraftTexts, lang).banks
    for slot in slots_of(draft.SHAPES):
        for register in REGISTERS:
            assert f"{slot}/{register}" in banks or slot in banks, (slot, register)


def test_formal_english_has_no_contractions_and_no_sentence_starts_with_the_readers_words():
    words = texts_for(DraftTexts, "en")
    for key, sentences in words.banks.items():
        if not key.endswith("/semi_formal"):
            for sentence in sentences:
                assert not CONTRACTION.search(sentence), sentence
    for lang in LANGUAGES:
        for sentences in texts_for(DraftTexts, lang).banks.values():
            for sentence in sentences:
                assert not sentence.startswith("{"), sentence


# Indonesian letter formulas said word for word in English, which a native recruiter reads as stilted:
# "Terima kasih atas perhatiannya" is not "Thank you for your attention" (a presentation's last slide),
# "Dengan ini" is not "I hereby", "Bersama ini" is not "herewith".
CALQUES = re.compile(r"\bfor your (?:kind )?attention\b|\bplease be informed\b|\bherewith\b|\bI hereby\b"
                     r"|^Should I \w+ [^?]*, I would\b", re.IGNORECASE)


def test_english_sentences_are_not_indonesian_formulas_translated_word_for_word():
    words = texts_for(DraftTexts, "en")
    stilted = [sentence for sentences in words.banks.values() for sentence in sentences if CALQUES.search(sentence)]
    assert not stilted, stilted


# Words any two sentences of a message may share: its thanks and its subject (the interview, its time),
# the addressee, and grammar. Anything else said twice is an echo the reader hears.
ECHO_STANDING = {
    "id": STANDING_WORDS["id"] | {"untuk", "dalam", "dapat", "tentang", "ingin", "waktu", "wawancara", "bapak",
                                  "sebagai", "menjadi", "lanjut", "ucapkan", "mengucapkan"},
    "en": STANDING_WORDS["en"] | {"about", "would", "there", "there's", "interview", "interviewed"},
}
ID_PREFIXES = ("meng", "meny", "mem", "men", "ber", "ter", "per", "di")
ID_SUFFIXES = ("kan", "nya", "an", "i")


# A prefix that swallows the root's first sound: "mengabarkan" is meng- + kabar, "menyampaikan" meny- + sampai.
ID_LOST_SOUNDS = {"meng": "k", "meny": "s", "mem": "p", "men": "t"}


def _roots(text: str, lang: str) -> set[str]:
    """Content words of five letters or more by their root: "menghargai" meets "hargai", "berharga";
    "mengabarkan" meets "kabar"."""
    roots = set()
    for word in words_of(text.casefold()):
        if len(word) < 5 or word in ECHO_STANDING[lang] | {"reader"}:
            continue
        forms = [word]
        if lang == "id":
            prefix = next((p for p in ID_PREFIXES if word.startswith(p) and len(word) - len(p) >= 5), "")
            stem = word[len(prefix):]
            forms = [stem] + ([ID_LOST_SOUNDS[prefix] + stem] if prefix in ID_LOST_SOUNDS and stem[0] in "aeiou" else [])
            forms = [next((form[:-len(s)] for s in ID_SUFFIXES if form.endswith(s) and len(form) - len(s) >= 5), form)
                     for form in forms]
        roots.update(form[:6] for form in forms)
    return roots


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", draft.KINDS)
def test_no_two_sentences_of_ours_echo_a_word(lang, kind):
    """"Saya menghargai waktu Ibu. Pembahasan kita … sangat saya hargai."; "…the next round. I look forward to
    the next round."; frames around the reader's words included (their own words are taken out)."""
    for register, channel, size, variant, reply in itertools.product(
        REGISTERS, draft.KIND_CHANNELS[kind], (1, 3), range(10), draft.OFFER_REPLIES
    ):
        if reply != "consider" and kind != "reply_to_offer":
            continue
        request = panel(lang, size, kind=kind, register=register, channel=channel, variant=variant, next_step="x",
                        offer_reply=reply)
        text = reader_text(request) + "\x00" + request["name"]
        for message in make(request)["messages"]:
            ours = [_without(sentence["text"], text) for sentence in message["sentences"]]
            for first, second in itertools.combinations(ours, 2):
                shared = _roots(first, lang) & _roots(second, lang)
                assert not shared, (shared, first, second)


# The reader's own name typed all in lower case on a phone ("sutrisno") signs the message with its
# capitals, as an interviewer's does; a name typed in mixed case is the reader's own spelling and stays.
# Typed all in capitals as on a form, it signs so, but a subject line written so shouts in the inbox
# (the reviewer's "all_caps"): there it has a name's capitals.
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("typed", "signed", "subject_name"), [
    ("sutrisno", "Sutrisno", "Sutrisno"), ("rahmat hidayat", "Rahmat Hidayat", "Rahmat Hidayat"),
    ("agus setiawan, s.kom.", "Agus Setiawan, S.Kom.", "Agus Setiawan, S.Kom."),
    ("Putu eka", "Putu eka", "Putu eka"), ("ANDI PRATAMA", "ANDI PRATAMA", "Andi Pratama"), ("TJ", "TJ", "TJ")])
def test_the_readers_own_name_typed_in_lower_case_signs_with_capitals(lang, typed, signed, subject_name):
    for channel in ("email", "whatsapp"):
        answer = make({**FULL[lang], "lang": lang, "name": typed, "channel": channel, "kind": "follow_up"})
        (message,) = answer["messages"]
        assert signed in message["body"], message["body"]
        if typed != signed:
            assert typed not in message["body"]
        if typed != subject_name:
            assert not any(typed in subject for subject in message["subject_options"])
        if channel == "email":
            assert message["body"].endswith(f"{signed}\n{FULL[lang]['contact']}")
            assert any(subject_name in subject for subject in message["subject_options"]), message["subject_options"]


# The next round as the invitation gives it may be a moment alone ("Kamis, 3 Desember pukul 10.00"): "saya
# akan mengikuti Kamis, 3 Desember", "I will attend Thursday" read broken; a moment is confirmed as the time.
@pytest.mark.parametrize(("lang", "typed", "said", "moment"), [
    ("id", "Kamis, 3 Desember 2026 pukul 10.00 WIB", "Kamis, 3 Desember 2026 pukul 10.00 WIB", True),
    ("id", "pada tanggal 3 Desember jam 10 pagi", "tanggal 3 Desember pukul 10 pagi", True),
    ("id", "besok pukul 09.00", "besok pukul 09.00", True),
    ("id", "3/12 pukul 13.00", "3/12 pukul 13.00", True),
    ("id", "psikotes online", "psikotes online", False),
    ("id", "wawancara dengan direktur pada Kamis, 3 Desember", "wawancara dengan direktur pada Kamis, 3 Desember", False),
    ("en", "Thursday 3 December at 10am", "Thursday 3 December at 10am", True),
    ("en", "on Monday at 2 pm", "Monday at 2 pm", True),
    ("en", "tomorrow at 9:00", "tomorrow at 9:00", True),
    ("en", "the final interview with the director", "the final interview with the director", False),
])
def test_a_next_round_given_as_a_moment_is_confirmed_as_the_time(lang, typed, said, moment):
    words = texts_for(DraftTexts, lang)
    for variant, channel in itertools.product(range(3), ("email", "whatsapp")):
        request = {**FULL[lang], "lang": lang, "kind": "confirm_next_round", "next_step": typed, "variant": variant,
                   "channel": channel}
        (message,) = make(request)["messages"]
        (sentence,) = [item["text"] for item in message["sentences"] if item["source"] == "next_step"]
        bank = words.banks["next_confirm_moment" if moment else "next_confirm"]
        assert sentence in [draft.fill(template, {"next_step": said}) for template in bank], sentence


# The job itself, named with a common noun: "the Data Analyst role … in this role … interested in the role"
# reads as a form letter; twice is the most a message says it (the role's own name aside).
JOB_WORDS = {"id": re.compile(r"\b(?:posisi|peran|pekerjaan)\b", re.IGNORECASE),
             "en": re.compile(r"\b(?:role|position|job)\b", re.IGNORECASE)}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", draft.KINDS)
def test_a_message_calls_the_job_by_a_common_noun_at_most_twice(lang, kind):
    for register, channel, variant, reply in itertools.product(REGISTERS, draft.KIND_CHANNELS[kind], range(10),
                                                               draft.OFFER_REPLIES):
        if reply != "consider" and kind != "reply_to_offer":
            continue
        request = panel(lang, 1, kind=kind, register=register, channel=channel, variant=variant, next_step="x",
                        offer_reply=reply)
        for message in make(request)["messages"]:
            found = JOB_WORDS[lang].findall(_without(message["body"], reader_text(request)))
            assert len(found) <= 2, (found, message["body"])


# A follow-up asks about the process once: "Saya ingin menanyakan kelanjutan seleksi …, setelah wawancara.
# Bolehkah saya tahu perkembangan proses seleksinya?" asks twice in two sentences.
ASKS = {"id": re.compile(r"\?|menanyakan|mengetahui|mendengarnya|\bkabarnya\b|diberi tahu", re.IGNORECASE),
        "en": re.compile(r"\?|\bask\b|\bwhether\b|\bupdate\b|where (?:things|the process) stands|grateful to (?:hear|know)|"
                         r"glad to hear it\b|appreciate hearing", re.IGNORECASE)}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", ["follow_up", "thank_you_and_follow_up"])
def test_a_follow_up_asks_about_the_process_once(lang, kind):
    for register, channel, variant, attempt in itertools.product(REGISTERS, draft.KIND_CHANNELS[kind], range(10), (1, 2)):
        request = panel(lang, 1, kind=kind, register=register, channel=channel, variant=variant, attempt=attempt)
        (message,) = make(request)["messages"]
        asking = [sentence["text"] for sentence in message["sentences"]
                  if ASKS[lang].search(_without(sentence["text"], reader_text(request)))]
        assert len(asking) <= 1, asking


# A registered company name typed all in lower case ("pt maju jaya tbk") is written as registered in the
# message, its greeting to the hiring team and its subject lines, as a brand is ("grab" → "Grab"); a web
# address ("tiket.com") stays.
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("typed", "written"), [("pt maju jaya", "PT Maju Jaya"),
                                                ("pt bank rakyat indonesia (persero) tbk", "PT Bank Rakyat Indonesia (Persero) Tbk"),
                                                ("cv sumber rejeki", "CV Sumber Rejeki"), ("tiket.com", "tiket.com"), ("grab", "Grab"),
                                                ("PT maju Jaya", "PT maju Jaya")])
def test_a_registered_company_name_typed_in_lower_case_is_written_as_registered(lang, typed, written):
    request = {**{key: FULL[lang][key] for key in REQUIRED}, "lang": lang, "company": typed}
    (message,) = make(request)["messages"]
    assert written in message["greeting"] and written in message["body"].split("\n\n", 1)[1], message["body"]
    if typed != written:
        assert typed not in message["body"] and not any(typed in subject for subject in message["subject_options"])


# A reason that gives its own reason ("saya ingin berkembang karena perusahaan ini besar") is not framed
# with another "karena"/"because": "Saya mengajukan lamaran karena saya ingin berkembang karena …".
BECAUSE = {"id": re.compile(r"\b(?:karena|sebab|lantaran)\b", re.IGNORECASE),
           "en": re.compile(r"\b(?:because|since)\b", re.IGNORECASE)}


@pytest.mark.parametrize(("lang", "why"), [
    ("id", "Saya ingin berkembang karena perusahaan ini besar"),
    ("id", "ingin pindah ke Jakarta sebab keluarga saya di sana"),
    ("id", "karena visi perusahaan, karena saya suka data"),
    ("en", "I want to grow because the company is large"),
    ("en", "the team's culture, since I value mentoring"),
])
def test_a_reason_with_its_own_because_is_not_framed_with_another(lang, why):
    for variant, register in itertools.product(range(6), REGISTERS):
        request = {**FULL[lang], "lang": lang, "why": why, "variant": variant, "register": register}
        (message,) = make(request)["messages"]
        (sentence,) = [item["text"] for item in message["sentences"] if item["source"] == "why"]
        assert len(BECAUSE[lang].findall(sentence)) == 1, sentence


@pytest.mark.parametrize(("lang", "typed", "greeting"), [("id", "Bapak/Ibu HRD", "Yth. Bapak/Ibu HRD,"),
                                                         ("id", "Ibu/Bapak Yuliana", "Yth. Bapak/Ibu Yuliana,"),
                                                         ("en", "Mr/Ms Lee", "Dear Lee,")])
def test_both_forms_of_address_typed_before_a_name_are_said_once(lang, typed, greeting):
    request = {**{key: FULL[lang][key] for key in REQUIRED}, "lang": lang,
               "interviewers": [{"name": typed, "topic": FULL[lang]["interviewers"][0]["topic"]}]}
    (message,) = make(request)["messages"]
    assert message["greeting"].split("\n")[0] == greeting


# ---- After a test taken alone ---------------------------------------------------------------------

# Words that say an interview, a conversation or a meeting took place: none of it happened in a test
# taken alone (a written test, a psychometric test, a technical test with no interviewer).
NO_INTERVIEW = {
    "id": re.compile(r"wawancara|mewawancara|percakapan|berbincang|bertemu|berdiskusi|pembahasan kita|mengobrol", re.I),
    "en": re.compile(r"interview|conversation|\bmeet|\bmet\b|meeting|\bspeak|\bspoke|\btalk|discuss", re.I),
}
TEST_TOPICS = {"id": ("studi kasus rekonsiliasi bank", "saya harus menyusun laporan arus kas dalam 30 menit"),
               "en": ("the bank reconciliation case", "I had to build a cash-flow report in 30 minutes")}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("step", draft.TESTS)
def test_after_a_test_taken_alone_no_message_speaks_of_an_interview(lang, step):
    """The checker knows a test taken alone (an assessment with no interviewer); every message the
    generator writes for it names the test and says nothing of an interview, a call or a meeting."""
    named = texts_for(DraftTexts, lang).tests[step]
    for kind in draft.KINDS:
        for channel, register, variant, topic in itertools.product(
                draft.KIND_CHANNELS[kind], REGISTERS, range(5), ("", *TEST_TOPICS[lang])):
            request = {"op": "draft", "lang": lang, "kind": kind, "step": step, "channel": channel, "register": register,
                       "variant": variant, "name": "Dewi Lestari", "company": "PT Sinar Abadi", "role": "Staf Akuntansi",
                       "interview_date": "2026-11-30", "format": "video",
                       "interviewers": [{"name": "Sari Dewanti", "address": "ibu" if lang == "id" else "ms", "topic": topic},
                                        {"name": "Budi", "address": "bapak" if lang == "id" else "mr"}],
                       "forgot": "saya memegang sertifikat Brevet A" if lang == "id" else "I hold a tax certificate"}
            answer = handle(request)
            assert "error" not in answer, answer
            # One message, to whoever arranged the test: nobody else is thanked for an interview.
            assert len(answer["messages"]) == 1
            message = answer["messages"][0]
            said = [message["body"], *message["subject_options"]]
            assert not any(NO_INTERVIEW[lang].search(text) for text in said), said
            if kind in ("thank_you", "late_thank_you", "thank_you_and_follow_up"):
                assert named in message["body"], message["body"]
            # A test was no call: the format the reader left in the form is not said.
            assert {"id": "panggilan video", "en": "video call"}[lang] not in message["body"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_test_taken_alone_is_thanked_to_whoever_arranged_it(lang):
    """From the checker's draft (send_to "recruiter", the recruiter is interviewer 2): one message, to them."""
    answer = handle({"op": "draft", "lang": lang, "step": "written_test", "name": "Dewi Lestari", "company": "PT Sinar Abadi",
                     "role": "Staf Akuntansi", "send_to": "recruiter", "recruiter_interviewer": 2,
                     "interviewers": [{"name": "Hendra"}, {"name": "Sari", "address": "ibu" if lang == "id" else "ms"}]})
    (message,) = answer["messages"]
    assert message["to"]["name"] == "Sari"
    assert "Hendra" not in message["body"]
    opening = {"id": "kesempatan mengikuti tes tertulis", "en": "the written test"}[lang]
    assert opening in message["body"] or opening.replace("kesempatan ", "") in message["body"], message["body"]


# "Yth. Dr. Siti Aminah, M.M.," (no Bapak/Ibu beside an academic title, FACTS.md) was followed by "waktu
# yang Anda luangkan": "Anda" reads as distant in a letter to someone of higher standing. Without the
# reader's choice the body names them by title ("Dr. Siti", test_draft_situations) and the page asks which;
# with it, that one.
@pytest.mark.parametrize("name", ["Dr. Siti Aminah, M.M.", "Drs. H. Bambang Sutrisno, M.Si.", "Prof. Dr. Ir. Bambang Wibawarta"])
@pytest.mark.parametrize("channel", ["email", "linkedin", "card"])
def test_a_formal_indonesian_letter_to_an_academic_title_never_says_anda(name, channel):
    for address, pronoun in (("none", "Bapak/Ibu"), ("ibu", "Ibu"), ("bapak", "Bapak")):
        for variant in range(5):
            answer = handle({"op": "draft", "lang": "id", "channel": channel, "variant": variant, "name": "Rizky Ramadhan",
                             "company": "PT Bank Mandiri", "role": "Relationship Manager",
                             "interviewers": [{"name": name, "address": address, "topic": "target penyaluran kredit UMKM"}]})
            message = answer["messages"][0]
            assert message["greeting"].startswith(f"Yth. {name.split(',')[0]}"), message["greeting"]
            assert not re.search(r"\bAnda\b", message["body"]), message["body"]
            assert ("address" in message["missing"]) == (address == "none")
            assert pronoun in message["body"] or not re.search(r"\b(?:Bapak|Ibu)\b", message["body"].split("\n\n", 1)[1]), message["body"]


# "Kak Tiara", chosen by the reader, was greeted "Selamat siang, Tiara," in a semi-formal email: the
# form of address dropped where the greeting is by time of day, as in a chat. Only a letter's "Yth."
# (a formal email or LinkedIn message, a card) has no place for "Kak", nor has any email: the reviewer
# calls "Kak" in an email informal (a should-fix), so a semi-formal email greets "Bapak/Ibu Tiara" and
# the page asks which (``missing``: "address").
@pytest.mark.parametrize(("register", "channel", "greeting"), [
    ("semi_formal", "email", "Selamat siang, Bapak/Ibu Tiara,"),
    ("semi_formal", "linkedin", "Selamat siang, Kak Tiara,"),
    ("semi_formal", "whatsapp", "Selamat siang, Kak Tiara,"),
    ("formal", "whatsapp", "Selamat siang, Kak Tiara,"),
    ("formal", "email", "Yth. Bapak/Ibu Tiara,"),
    ("semi_formal", "card", "Yth. Bapak/Ibu Tiara,"),
])
def test_kak_is_kept_wherever_the_greeting_is_by_time_of_day(register, channel, greeting):
    answer = handle({"op": "draft", "lang": "id", "register": register, "channel": channel, "time_of_day": "midday",
                     "name": "Galih", "company": "PT Traveloka Indonesia", "role": "Product Analyst",
                     "interviewers": [{"name": "Kak Tiara", "address": "kak", "topic": "budaya tim"}]})
    message = answer["messages"][0]
    assert message["greeting"] == greeting
    assert not re.search(r"\bAnda\b", message["body"]), message["body"]


# "Terima kasih atas sambutan yang hangat." closed a message after a video call: a courtesy that says
# how the interviewer behaved (warm, friendly, full of insight) states what the reader never said.
MANNER = re.compile(r"\b(?:hangat|ramah|menyenangkan|warm(?:ly)?|friendly|insights?|inspiring|kind welcome)\b", re.I)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_courtesy_describes_the_interviewers_manner(lang):
    words = texts_for(DraftTexts, lang)
    said = [sentence for key, sentences in words.banks.items() for sentence in sentences
            if not placeholders(sentence) & {"topic", "strength", "why", "forgot", "next_step"} and MANNER.search(sentence)]
    assert not said, said


# "Thank you for your time and for seeing me", "Many thanks again for meeting with me" after a phone or
# video interview: the courtesies say nothing of a meeting in person that may not have taken place.
IN_PERSON = re.compile(r"\b(?:meeting with me|meet(?:ing)? me|seeing me|met with me|bertatap muka|menemui saya)\b", re.I)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_courtesy_says_the_interview_was_in_person(lang):
    words = texts_for(DraftTexts, lang)
    said = [sentence for sentences in words.banks.values() for sentence in sentences if IN_PERSON.search(sentence)]
    assert not said, said


# Three words running, said again in another sentence of ours: "I would like to thank you … I would like to
# ask …", "thank you for your time … Thank you again for your time", "Thank you for the opportunity to interview
# … Once again, thank you for the opportunity". Only thanks itself ("thank you for") may open and close a letter.
THANKS_WORDS = {"en": {"thank", "thanks", "you", "for"}}


@pytest.mark.parametrize("kind", draft.KINDS)
def test_no_two_english_sentences_of_ours_share_three_words_running(kind):
    for register, channel, variant, reply in itertools.product(
        REGISTERS, draft.KIND_CHANNELS[kind], range(10), draft.OFFER_REPLIES
    ):
        if reply != "consider" and kind != "reply_to_offer":
            continue
        request = panel("en", 1, kind=kind, register=register, channel=channel, variant=variant, next_step="x",
                        offer_reply=reply)
        text = reader_text(request) + "\x00" + request["name"]
        for message in make(request)["messages"]:
            seen: dict[tuple[str, ...], int] = {}
            for index, sentence in enumerate(message["sentences"]):
                said = words_of(_without(sentence["text"], text).casefold())
                for run in set(zip(said, said[1:], said[2:])):
                    if set(run) <= THANKS_WORDS["en"]:
                        continue
                    assert seen.setdefault(run, index) == index, (run, message["body"])


# "also"/"juga" adds to something said just before: a paragraph that opens with it ("Thank you for letting me
# know … \n\n I would also welcome being considered …") adds to nothing the reader has just read.
ADDING = {"en": re.compile(r"\balso\b", re.IGNORECASE), "id": re.compile(r"\bjuga\b", re.IGNORECASE)}


def every_request_of(lang: str, kind: str) -> Iterator[dict]:
    """One interviewer's request of that kind in each register, channel and six variants; each attempt of a
    follow-up, each reply to an offer."""
    assert draft.KIND_CHANNELS[kind] and REGISTERS  # never an empty loop that passes by trying nothing
    for register, channel, variant, attempt, reply in itertools.product(
        REGISTERS, draft.KIND_CHANNELS[kind], range(6), draft.ATTEMPTS, draft.OFFER_REPLIES
    ):
        if (reply != "consider" and kind != "reply_to_offer") or (attempt != 1 and kind != "follow_up"):
            continue
        yield panel(lang, 1, kind=kind, register=register, channel=channel, variant=variant, next_step="x",
                    offer_reply=reply, attempt=attempt)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", draft.KINDS)
def test_no_paragraph_opens_by_adding_to_nothing(lang, kind):
    for request in every_request_of(lang, kind):
        for message in make(request)["messages"]:
            for paragraph in message["body"].split("\n\n")[1:]:
                first = re.split(r"(?<=[.?!])\s+", paragraph.strip())[0]
                assert not ADDING[lang].search(_without(first, reader_text(request))), (first, message["body"])


# "with you" after the reader's phrase binds to its last words when the phrase is a clause: "discuss how the
# team handles on-call with you". The person comes before the reader's words, which end the phrase.
def test_no_english_frame_puts_with_someone_after_the_readers_phrase():
    words = texts_for(DraftTexts, "en")
    dangling = [template for bank in words.banks.values() for template in bank
                if re.search(r"\{(?:topic|strength|why|forgot|next_step)\} with\b", template)]
    assert not dangling, dangling


# "I am writing to follow up" carried word for word into Indonesian: "Saya menulis untuk menindaklanjuti …",
# "Saya menulis kembali mengenai …". An Indonesian letter says what it does ("Perkenankan saya
# menindaklanjuti …", "Melalui pesan ini, …"); "baru sekarang saya menulis" (telling when) stays.
ID_CALQUES = re.compile(r"\bsaya menulis (?:untuk|kembali|lagi|soal|mengenai|tentang|perihal)\b", re.IGNORECASE)


def test_indonesian_sentences_are_not_english_formulas_translated_word_for_word():
    words = texts_for(DraftTexts, "id")
    stilted = [sentence for sentences in words.banks.values() for sentence in sentences if ID_CALQUES.search(sentence)]
    assert not stilted, stilted


# An answer to an offer is short and its opening thanks for joining the company by name: a closing "my first
# day at PT Sinar Data" / "joining the team at PT Sinar Data" names it a second time in three sentences.
@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_reply_to_an_offer_names_the_company_once(lang):
    for register, channel, variant, reply in itertools.product(
        REGISTERS, draft.KIND_CHANNELS["reply_to_offer"], range(10), draft.OFFER_REPLIES
    ):
        request = panel(lang, 1, kind="reply_to_offer", register=register, channel=channel, variant=variant,
                        offer_reply=reply)
        for message in make(request)["messages"]:
            body = message["body"].split("\n\n", 1)[1]  # after the greeting (a team's greeting names it)
            assert body.count(request["company"]) == 1, body


# "Terima kasih sekali lagi." / "Thank you once more." closing a follow-up that has thanked for nothing yet:
# "again" needs a first thanks before it.
AGAIN = {"en": re.compile(r"\b(?:again|once more)\b", re.IGNORECASE),
         "id": re.compile(r"\bsekali lagi\b", re.IGNORECASE)}
THANKED = {"en": re.compile(r"\bthank|\bgrateful\b|\bappreciate", re.IGNORECASE),
          "id": re.compile(r"terima kasih|berterima kasih|menghargai|hargai", re.IGNORECASE)}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", draft.KINDS)
def test_thanks_again_only_after_a_first_thanks(lang, kind):
    for request in every_request_of(lang, kind):
        for message in make(request)["messages"]:
            said = [_without(sentence["text"], reader_text(request)) for sentence in message["sentences"]]
            for index, sentence in enumerate(said):
                if AGAIN[lang].search(sentence) and THANKED[lang].search(sentence):
                    assert any(THANKED[lang].search(before) for before in said[:index]), (sentence, message["body"])
