"""The checker's rules, one table per rule (see the guide's "Should I send one?")."""

import pytest

from thankyou.api import handle

NOW = "2026-11-26T12:00:00+07:00"


def check(**situation):
    return handle({"op": "check", "now": NOW, **situation})


# Rule: a short screening call is optional (sending is rarely a mistake); every other stage: send.
@pytest.mark.parametrize(
    ("stage", "verdict"),
    [
        ("screening", "optional"),
        ("first", "send"),
        ("second", "send"),
        ("final", "send"),
        ("informal", "send"),
        ("assessment", "send"),
    ],
)
def test_verdict_by_stage(stage, verdict):
    assert check(stage=stage)["verdict"] == verdict


# Rule: the deadline is 24 hours after the interview ended, in the offset it ended in.
@pytest.mark.parametrize(
    ("ended_at", "deadline"),
    [
        ("2026-11-26T10:00:00+07:00", "2026-11-27T10:00:00+07:00"),
        ("2026-11-26T23:30:00+07:00", "2026-11-27T23:30:00+07:00"),
        ("2026-11-26T03:00:00Z", "2026-11-27T03:00:00+00:00"),
        ("2026-02-28T09:00:00+01:00", "2026-03-01T09:00:00+01:00"),
    ],
)
def test_deadline_is_24_hours_after_the_end(ended_at, deadline):
    assert check(stage="first", ended_at=ended_at)["deadline"] == deadline


@pytest.mark.parametrize(
    ("lang", "ended_at", "text", "left"),
    [
        ("id", "2026-11-26T10:00:00+07:00", "Kirim paling lambat Jumat, 27 November 2026 pukul 10.00.", "masih 22 jam lagi"),
        ("en", "2026-11-26T10:00:00+07:00", "Send it by Friday, 27 November 2026 at 10:00.", "22 hours left"),
        ("id", "2026-11-25T11:30:00+07:00", "Kirim paling lambat Kamis, 26 November 2026 pukul 11.30.", "lewat 1 jam"),
        ("en", "2026-11-25T12:30:00+07:00", "Send it by Thursday, 26 November 2026 at 12:30.", "30 minutes left"),
    ],
)
def test_deadline_in_the_readers_language(lang, ended_at, text, left):
    answer = check(stage="final", ended_at=ended_at, lang=lang)
    assert answer["deadline_text"] == text
    assert answer["time_left"] == left


def test_without_an_end_time_the_deadline_is_relative():
    answer = check(stage="first")
    assert answer["deadline"] is None and answer["time_left"] is None
    assert "24 jam" in answer["deadline_text"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_reason_has_text_and_a_guide_link(lang):
    for stage in ("screening", "first"):
        for reason in check(stage=stage, lang=lang)["reasons"]:
            assert reason["text"].strip()
            page, _, anchor = reason["link"].partition("#")
            assert page.endswith(".html") and anchor


@pytest.mark.parametrize(
    ("situation", "field", "message"),
    [
        ({}, "stage", "Tahap wawancara wajib diisi."),
        ({"stage": "lunch"}, "stage", "Tahap wawancara: pilih salah satu dari"),
        ({"stage": "first", "lang": "en", "ended_at": "yesterday"}, "ended_at", "The interview ended at: not a valid"),
        ({"stage": "first", "ended_at": "2026-11-26T10:00"}, "ended_at", "Wawancara selesai pada: tanggal"),
        ({"stage": "first", "ended_at": "0001-01-01T00:00+00:00"}, "ended_at", "Wawancara selesai pada"),
        ({"stage": "first", "lang": "fr"}, "lang", "Bahasa: pilih salah satu dari id, en."),
        ({"stage": 3, "lang": "en"}, "stage", "Interview stage: choose one of"),
    ],
)
def test_invalid_input_names_the_field_in_the_readers_language(situation, field, message):
    error = check(**situation)["error"]
    assert error["field"] == field
    assert error["message"].startswith(message)
