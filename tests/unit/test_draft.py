"""The email generator: personal, natural, within length, in an HR reader's Indonesian and plain business English."""

from __future__ import annotations

import itertools
import json
import re
import string

import pytest
from draft_rules import CONTRACTION, assert_keeps_rules, assert_length

from thankyou import draft
from thankyou.api import handle
from thankyou.draft import CHANNELS, LENGTHS, PANEL_SIMILARITY_BOUND, REGISTERS, WORD_RANGES
from thankyou.texts import LANGUAGES, texts_for
from thankyou.texts.draft import DraftTexts
from thankyou.textstats import shared_trigram_ratio

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


def make(request: dict) -> dict:
    answer = handle({"op": "draft", **request})
    assert "error" not in answer, answer
    return answer


def reader_text(request: dict) -> str:
    """Everything the reader typed, as the generator sees it after cleaning (for the rule checker)."""
    parsed = draft.read_request(request)
    pieces = [parsed.name, parsed.company, parsed.role, parsed.contact, parsed.strength, parsed.forgot, parsed.why]
    for person in parsed.interviewers:
        pieces += [person.name, person.title, person.email, person.topic]
    return "\x00".join(piece for piece in pieces if piece)


def check_all(request: dict, *, length_too: bool = True) -> dict:
    answer = make(request)
    for message in answer["messages"]:
        assert_keeps_rules(message, answer, reader_text=reader_text(request))
        if length_too:
            assert_length(message, answer)
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
        for given in (person["name"], request["company"], request["role"], person["topic"]):
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
    # lang, register, name, title, address, greeting line
    ("id", "formal", "Budi Santoso", "", "bapak", "Yth. Bapak Budi Santoso,"),
    ("id", "formal", "Rina Wijaya", "", "ibu", "Yth. Ibu Rina Wijaya,"),
    ("id", "semi_formal", "Rina Wijaya", "", "ms", "Yth. Ibu Rina Wijaya,"),
    ("id", "formal", "Budi", "", "mr", "Yth. Bapak Budi,"),
    ("id", "formal", "Dr. Rina Wijaya", "", "ibu", "Yth. Dr. Rina Wijaya,"),
    ("id", "formal", "Prof. Dr. Ir. Bambang Hadi, M.Sc.", "", "bapak", "Yth. Prof. Dr. Ir. Bambang Hadi, M.Sc.,"),
    ("id", "formal", "dr. Sinta", "", "ibu", "Yth. dr. Sinta,"),
    ("id", "formal", "Irwan Saputra", "", "bapak", "Yth. Bapak Irwan Saputra,"),  # "Ir" is a title, "Irwan" a name
    ("id", "formal", "Rina Wijaya", "", "none", "Yth. Rina Wijaya,"),
    ("id", "semi_formal", "Rina", "", "first_name", "Yth. Rina,"),
    ("id", "formal", "", "Manajer HRD", "ibu", "Yth. Ibu Manajer HRD,"),
    ("id", "formal", "", "Manajer HRD", "none", "Yth. Bapak/Ibu Manajer HRD,"),
    ("id", "formal", "", "", "bapak", "Yth. Bapak,"),
    ("en", "formal", "Rina Wijaya", "", "ms", "Dear Ms. Rina Wijaya,"),
    ("en", "formal", "Budi Santoso", "", "bapak", "Dear Mr. Budi Santoso,"),
    ("en", "formal", "Dr. Rina Wijaya", "", "ms", "Dear Dr. Rina Wijaya,"),
    ("en", "formal", "Rina", "", "first_name", "Dear Rina,"),
    ("en", "semi_formal", "Rina", "", "first_name", "Hi Rina,"),
    ("en", "semi_formal", "Rina Wijaya", "", "ms", "Dear Ms. Rina Wijaya,"),
    ("en", "formal", "", "Head of Data", "ms", "Dear Head of Data,"),
    ("en", "formal", "", "", "mr", "Dear Sir,"),
    ("en", "formal", "", "", "none", "Dear Sir or Madam,"),
    # Never guessed from a name: the reader's choice wins, whatever the name sounds like.
    ("id", "formal", "Rina Wijaya", "", "bapak", "Yth. Bapak Rina Wijaya,"),
    ("en", "formal", "Budi Santoso", "", "ms", "Dear Ms. Budi Santoso,"),
]


@pytest.mark.parametrize(("lang", "register", "name", "title", "address", "greeting"), ADDRESS_CASES)
def test_greeting_follows_the_readers_choice_and_the_conventions(lang, register, name, title, address, greeting):
    request = {**{key: FULL[lang][key] for key in REQUIRED}, "lang": lang, "register": register,
               "interviewers": [{"name": name, "title": title, "address": address, "topic": "x y z"}]}
    answer = check_all(request)
    assert answer["messages"][0]["body"].split("\n")[0] == greeting
    assert answer["messages"][0]["greeting"] == greeting


@pytest.mark.parametrize(("lang", "greeting"), [("id", "Yth. Tim Rekrutmen PT Sinar Data Nusantara,"),
                                                ("en", "Dear Hiring Team at Sinar Data Nusantara,")])
def test_no_interviewer_named_writes_to_the_hiring_team(lang, greeting):
    answer = check_all({**{key: FULL[lang][key] for key in REQUIRED}, "lang": lang})
    assert answer["messages"][0]["greeting"] == greeting


@pytest.mark.parametrize(("address", "pronoun"), [("bapak", "Bapak"), ("ibu", "Ibu"), ("mr", "Bapak"), ("ms", "Ibu"),
                                                  ("first_name", "Anda"), ("none", "Anda")])
def test_the_indonesian_body_calls_the_reader_as_the_greeting_does(address, pronoun):
    others = {"Bapak", "Ibu", "Anda"} - {pronoun}
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
    assert options == ["Terima kasih atas waktunya – Andi Pratama", "Terima kasih atas wawancara – Andi Pratama",
                       "Terima kasih atas wawancara"]
    longest = {**FULL["en"], "lang": "en", "name": "N" * 80, "company": "C" * 100, "role": "R" * 100}
    options = make(longest)["messages"][0]["subject_options"]
    assert options == ["Thank you for the interview", "Thank you for your time", "With thanks after our interview"]


# ---- Determinism and versions --------------------------------------------------------------------


def test_the_same_request_always_gives_the_same_text():
    request = {**FULL["id"], "variant": 3}
    assert make(request) == make(json.loads(json.dumps(request)))


def test_another_version_changes_the_wording_but_not_the_facts():
    bodies = [make({**FULL["en"], "variant": variant})["messages"][0]["body"] for variant in range(5)]
    assert len(set(bodies)) == 5
    for body in bodies:
        assert "Rina Wijaya" in body and "the plan to move the data warehouse to the cloud" in body


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
        assert name in message["greeting"]
        assert topic in message["body"]
        others = [other[3] for other in PANEL_PEOPLE[lang] if other[3] != topic]
        assert not any(other in message["body"] for other in others)
        assert message["to"]["title"] == title


def test_a_panel_says_the_forgotten_point_and_the_reason_once_each():
    answer = check_all(panel("id", 3))
    bodies = [message["body"] for message in answer["messages"]]
    assert sum(FULL["id"]["forgot"] in body for body in bodies) == 1
    assert sum(FULL["id"]["why"] in body for body in bodies) == 1
    assert all(FULL["id"]["strength"] in body for body in bodies)


def test_a_panel_has_at_most_five_members():
    answer = handle({**panel("en", 5), "op": "draft",
                     "interviewers": [{"name": f"Person {n}"} for n in range(draft.MAX_INTERVIEWERS + 1)]})
    assert answer["error"]["field"] == "interviewers"
    assert answer["error"]["code"] == "too_many"


# ---- The phrase banks ----------------------------------------------------------------------------

# Which placeholders each bank must use, and may use.
BANK_PLACEHOLDERS = {
    "opening": ({"role", "company", "details"}, {"you"}),
    "chat_opening": ({"name", "role", "company", "details"}, {"you"}),
    "topic": ({"topic"}, {"you"}),
    "reflection": (set(), {"you", "company", "as_title"}),
    "strength": ({"strength"}, {"company"}),
    "fit": (set(), set()),
    "why": ({"why"}, set()),
    "interest": (set(), set()),
    "forgot": ({"forgot"}, set()),
    "offer": (set(), {"you"}),
    "look_forward": (set(), {"company"}),
    "thanks_again": (set(), {"you"}),
}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("register", REGISTERS)
@pytest.mark.parametrize("bank", sorted(BANK_PLACEHOLDERS))
def test_every_bank_has_enough_distinct_sentences_and_the_right_placeholders(lang, register, bank):
    sentences = getattr(texts_for(DraftTexts, lang), f"{bank}_{register}")
    minimum = 8 if bank == "reflection" else draft.MAX_INTERVIEWERS
    assert len(sentences) >= minimum and len(set(sentences)) == len(sentences)
    required, optional = BANK_PLACEHOLDERS[bank]
    for sentence in sentences:
        assert required <= placeholders(sentence) <= required | optional, sentence
        assert sentence[0].isupper() and sentence.endswith("."), sentence
        assert "  " not in sentence and " ," not in sentence


@pytest.mark.parametrize("lang", LANGUAGES)
def test_sentences_that_may_open_a_paragraph_do_not_say_also(lang):
    words = texts_for(DraftTexts, lang)
    for register in REGISTERS:
        for sentence in getattr(words, f"reflection_{register}") + getattr(words, f"topic_{register}"):
            assert not re.search(r"\b(also|juga)\b", sentence.split(",")[0]) or "Terima kasih juga" in sentence, sentence


def test_formal_english_has_no_contractions_and_no_sentence_starts_with_the_readers_words():
    words = texts_for(DraftTexts, "en")
    for bank in BANK_PLACEHOLDERS:
        for sentence in getattr(words, f"{bank}_formal"):
            assert not CONTRACTION.search(sentence), sentence
    for lang in LANGUAGES:
        table = texts_for(DraftTexts, lang)
        for bank in BANK_PLACEHOLDERS:
            for register in REGISTERS:
                for sentence in getattr(table, f"{bank}_{register}"):
                    assert not sentence.startswith("{"), sentence
