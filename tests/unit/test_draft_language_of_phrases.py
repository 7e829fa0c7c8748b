"""A phrase the generator quotes must be in the message's language: one typed in the other
language is refused beside its field, in the reader's language, instead of a broken sentence."""

from __future__ import annotations

import pytest

from thankyou.api import handle
from thankyou.draft import written_in

BASE = {"op": "draft", "name": "Dewi Lestari", "company": "PT Arunika Logistik", "role": "Koordinator Gudang",
        "interviewers": [{"name": "Maria Simanjuntak", "address": "ibu"}]}


@pytest.mark.parametrize(
    ("text", "lang", "other"),
    [
        ("Saya pernah menata ulang gudang dengan 40 staf.", "en", "id"),
        ("pengalaman saya di bidang logistik", "en", "id"),
        ("I have five years of experience with SQL", "id", "en"),
        ("the move of the data warehouse to the cloud", "id", "en"),
        # The message's own language, or too little to tell: kept.
        ("Saya pernah menata ulang gudang dengan 40 staf.", "id", None),
        # A short phrase with no grammar word, known by its words' shapes ("pembayaran", "pelatihan").
        ("program pelatihan staf gudang", "en", "id"),
        ("sistem pembayaran", "en", "id"),
        ("pengelolaan keuangan", "en", "id"),
        ("menyusun laporan", "en", "id"),
        # Too little to tell, a loanword, a name with its capitals, English words of such a shape: kept.
        ("kepatuhan", "en", None),
        ("nasi goreng", "en", None),
        ("Bank Rakyat Indonesia", "en", None),
        ("pedestrian safety", "en", None),
        ("terminal operations", "en", None),
        ("batik exports", "en", None),
        ("Google Data Analytics certificate", "id", None),
        ("cara tim menangani on-call", "id", None),  # an English term inside Indonesian
        ("data pipeline dan stakeholder management", "id", None),
    ],
)
def test_the_language_a_phrase_is_written_in(text, lang, other):
    assert written_in(text, lang) == other


@pytest.mark.parametrize(("field", "request_part"), [
    ("strength", {"strength": "Saya pernah menata ulang gudang dengan 40 staf."}),
    ("why", {"why": "saya ingin bekerja di perusahaan yang berdampak"}),
    ("interviewers.0.topic", {"interviewers": [{"name": "Maria Simanjuntak", "topic": "rencana saya untuk tim di gudang"}]}),
])
def test_a_phrase_in_the_other_language_is_an_error_on_its_field(field, request_part):
    answer = handle({**BASE, **request_part, "lang": "en"})
    assert answer["error"]["field"] == field and answer["error"]["code"] == "other_language"
    message = answer["error"]["message"]
    assert "written in Indonesian" in message and "in English" in message


def test_the_page_names_the_languages_in_the_readers_language():
    form = {"name": ["Dewi Lestari"], "company": ["PT Arunika Logistik"], "role": ["Koordinator Gudang"],
            "interviewers.0.name": ["Maria Simanjuntak"], "strength": ["Saya pernah menata ulang gudang dengan 40 staf."],
            "lang": ["en"]}
    context = {"now": "2026-11-26T05:00:00Z", "tz": "Asia/Jakarta", "offset": 420}
    indonesian = handle({"op": "view", "tool": "draft", "lang": "id", "form": form, "context": context})
    english = handle({"op": "view", "tool": "draft", "lang": "en", "form": form, "context": context})
    assert "bahasa Indonesia" in indonesian["errors"]["strength"] and "berbahasa Inggris" in indonesian["errors"]["strength"]
    assert "written in Indonesian" in english["errors"]["strength"] and "in English" in english["errors"]["strength"]


def test_a_phrase_in_the_messages_language_gives_a_draft():
    answer = handle({**BASE, "lang": "en", "strength": "I reorganised a warehouse with 40 staff"})
    assert "error" not in answer and "reorganised a warehouse with 40 staff" in answer["messages"][0]["body"]
