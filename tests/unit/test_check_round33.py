"""Round 33 of the checker: the one recruiter the reader met, by name; the names the reader gave, said back;
no "they are off too" after an interview held on a day off; "not counting the public holidays" before the
thank-you is sent too; both follow-ups sent (stop); and the interviewer's zone never chosen for the reader."""

import json
import re
from datetime import datetime
from pathlib import Path

import pytest

from thankyou.api import handle


def check(**situation):
    return handle({"op": "check", **situation})


PUTRI = [{"role": "recruiter", "name": "Putri"}]
SCREENING = {"stage": "screening", "format": "phone", "interviewers": PUTRI,
             "ended_at": "2026-12-01T10:30:00+07:00", "now": "2026-12-01T11:00:00+07:00"}


def everything(answer):
    return " ".join(str(answer.get(key) or "") for key in (
        "headline", "deadline_text", "send_at_text", "emails_text", "channel_text", "follow_up_text",
    )) + " " + " ".join(reason["text"] for reason in answer["reasons"])


# Rule: when the only person the reader met was a recruiter, the answer names her (or says "the recruiter"),
# never "the interviewer" / "pewawancara"; the role is said where the name is first given.
@pytest.mark.parametrize(("lang", "emails", "channel", "memory"), [
    ("id", "Tulis satu email untuk Putri, perekrut yang mewawancarai Anda.", "Kirim langsung ke alamat email Putri.",
     "Dalam 24 jam pertama, Putri masih mengingat"),
    ("en", "Write one email to Putri, the recruiter who interviewed you.", "Send it straight to Putri's email address.",
     "Within the first 24 hours Putri still remembers"),
])
def test_the_one_recruiter_is_named(lang, emails, channel, memory):
    answer = check(**SCREENING, lang=lang)
    assert answer["emails_text"] == emails
    assert answer["channel_text"] == channel
    assert any(reason["text"].startswith(memory) for reason in answer["reasons"])
    assert "pewawancara" not in everything(answer) and "interviewer" not in everything(answer)


@pytest.mark.parametrize(("lang", "said", "never"), [
    ("id", "perekrut yang mewawancarai Anda", "pewawancara Anda"),
    ("en", "the recruiter who interviewed you", "your interviewer"),
])
def test_the_one_recruiter_without_a_name_is_the_recruiter(lang, said, never):
    answer = check(**{**SCREENING, "interviewers": [{"role": "recruiter", "name": ""}]}, lang=lang)
    assert said in answer["emails_text"] and never not in answer["emails_text"]


# ... and on a Friday evening the working day the moment waits for is hers.
@pytest.mark.parametrize(("lang", "whose"), [("id", "hari kerja Putri dimulai"), ("en", "as Putri's working day begins")])
def test_the_recruiters_working_day_is_hers(lang, whose):
    answer = check(**{**SCREENING, "ended_at": "2026-12-04T18:30:00+07:00", "now": "2026-12-04T19:00:00+07:00"}, lang=lang)
    assert whose in answer["send_at_text"]


# ... and with no address of hers, the chat she reads is hers by name.
@pytest.mark.parametrize(("lang", "says"), [("id", "Putri, yang mewawancarai Anda, membacanya sendiri"),
                                            ("en", "Putri, who interviewed you, reads it there")])
def test_the_recruiters_chat_is_hers_by_name(lang, says):
    assert says in check(**SCREENING, contact="none", lang=lang)["channel_text"]


# Rule: through the recruiter, the names the reader gave are said back, not "whoever interviewed you".
@pytest.mark.parametrize(("lang", "names", "never"), [
    ("id", "diteruskan kepada Dewi dan Fajar.", "sebut nama pewawancara"),
    ("en", "passed on to Dewi and Fajar.", "whoever interviewed you"),
])
def test_through_the_recruiter_the_names_are_said(lang, names, never):
    answer = check(stage="second", interviewers=[{"role": "hiring_manager", "name": "Dewi"},
                                                 {"role": "colleague", "name": "Fajar"}],
                   contact="recruiter_only", ended_at="2026-12-03T11:00:00+07:00", now="2026-12-03T12:00:00+07:00",
                   lang=lang)
    assert names in answer["channel_text"] and never not in answer["channel_text"]


def test_through_the_recruiter_without_every_name_keeps_whoever():
    answer = check(stage="second", interviewers=[{"role": "hiring_manager", "name": "Dewi"}, {"role": "colleague"}],
                   contact="recruiter_only", ended_at="2026-12-03T11:00:00+07:00", now="2026-12-03T12:00:00+07:00",
                   lang="en")
    assert "whoever interviewed you" in answer["channel_text"]


# Rule: after an interview held on a Saturday or a holiday, the interviewer plainly worked that day: the answer
# never says they do not read work messages on their day off.
@pytest.mark.parametrize(("ended_at", "holidays"), [
    ("2026-12-05T11:00:00+07:00", []),  # a Saturday
    ("2027-03-10T11:00:00+07:00", ["2027-03-10", "2027-03-11"]),  # the first of two holidays midweek
])
@pytest.mark.parametrize(("lang", "never", "says"), [
    ("id", "tidak mengurus pekerjaan kantor pada hari libur", "meski wawancaranya diadakan pada hari libur"),
    ("en", "not reading work messages on", "even after an interview held on a day off"),
])
def test_no_day_off_claim_after_an_interview_held_on_one(ended_at, holidays, lang, never, says):
    answer = check(stage="first", interviewers=[{"role": "hiring_manager", "name": "Hendra"}], ended_at=ended_at,
                   now=ended_at.replace("T11", "T13"), holidays=holidays, lang=lang)
    text = everything(answer)
    assert never not in text and says in text


def test_a_weekday_interview_keeps_their_day_off():
    answer = check(stage="first", interviewers=[{"role": "hiring_manager", "name": "Hendra"}],
                   ended_at="2026-12-04T18:00:00+07:00", now="2026-12-04T19:00:00+07:00", lang="en")
    assert "not reading work messages on their day off" in everything(answer)


# Rule: before the thank-you is sent, a follow-up date counted in working days across public holidays says so.
@pytest.mark.parametrize(("request_", "lang", "says"), [
    ({"decision_by": "2026-12-23", "ended_at": "2026-12-22T14:00:00+07:00", "now": "2026-12-22T15:00:00+07:00"},
     "en", "after the date they gave (tomorrow, Wednesday, 23 December 2026), not counting the public holidays,"),
    ({"decision_by": "2026-12-23", "ended_at": "2026-12-22T14:00:00+07:00", "now": "2026-12-22T15:00:00+07:00"},
     "id", "(besok, Rabu, 23 Desember 2026), tanpa menghitung hari libur, karena"),
    # Four days late: the thanks go out today, and five working days on crosses Christmas.
    ({"ended_at": "2026-12-14T14:00:00+07:00", "now": "2026-12-18T15:00:00+07:00"},
     "en", "(today, Friday, 18 December 2026), not counting the public holidays:"),
])
def test_holidays_not_counted_before_sending(request_, lang, says):
    answer = check(stage="first", interviewers=[{"role": "hiring_manager", "name": "Yosef"}], **request_, lang=lang)
    assert says in everything(answer)


def test_no_holiday_words_when_none_fall_between():
    answer = check(stage="first", interviewers=[{"role": "hiring_manager", "name": "Yosef"}],
                   decision_by="2026-11-04", ended_at="2026-11-02T14:00:00+07:00", now="2026-11-02T15:00:00+07:00",
                   lang="en")
    assert "not counting" not in everything(answer)


# Rule: both follow-ups sent and no news: stop; no third follow-up, no date; one closing note at most once the
# date they gave passes.
@pytest.mark.parametrize("lang", ["id", "en"])
def test_after_two_follow_ups_stop(lang):
    answer = check(stage="first", interviewers=[{"role": "hiring_manager", "name": "Dewi"}],
                   ended_at="2026-11-10T10:00:00+07:00", now="2026-12-01T10:00:00+07:00",
                   already_sent="follow_ups", lang=lang)
    assert answer["message"] == "stop_following_up"
    assert answer["follow_up_on"] is None and answer["calendar"] is None
    assert [reason["code"] for reason in answer["reasons"]] == ["followed_up_twice"]
    text = everything(answer)
    assert ("ketiga" if lang == "id" else "third") in answer["headline"]
    assert ("peluang lain" if lang == "id" else "other opportunities") in answer["headline"]
    assert ("catatan penutup" if lang == "id" else "closing note") not in text


@pytest.mark.parametrize(("decision_by", "lang", "says"), [
    ("2026-11-20", "en", "has passed with no news. At most, send one short closing note"),
    ("2026-11-20", "id", "sudah lewat tanpa kabar. Paling banyak, kirim satu catatan penutup"),
    ("2026-12-10", "en", "passes with no news, one short closing note is the most to send"),
])
def test_after_two_follow_ups_one_closing_note_at_most(decision_by, lang, says):
    answer = check(stage="first", interviewers=[{"role": "hiring_manager", "name": "Dewi"}],
                   ended_at="2026-11-10T10:00:00+07:00", now="2026-12-01T10:00:00+07:00",
                   already_sent="follow_ups", decision_by=decision_by, lang=lang)
    assert says in answer["reasons"][0]["text"]
    assert answer["draft"]["kind"] == "follow_up" and answer["draft"]["attempt"] == 2


# ... and news that came after both (an offer) is answered as news: no "no message to write now".
def test_news_after_two_follow_ups_is_answered():
    answer = check(stage="final", interviewers=[{"role": "hiring_manager", "name": "Lina"}], status="offer",
                   ended_at="2026-11-02T10:00:00+07:00", now="2026-12-01T10:00:00+07:00", already_sent="follow_ups",
                   lang="en")
    assert answer["message"] == "reply_to_offer" and "no message" not in answer["emails_text"]


def test_the_form_offers_two_follow_ups_in_both_languages():
    from thankyou.texts import texts_for
    from thankyou.texts.check import CheckTexts

    for lang in ("id", "en"):
        assert "follow_ups" in texts_for(CheckTexts, lang).already_sent_options


# Rule: the interviewer's zone is never chosen for the reader: ticking "another zone" without choosing one asks
# for it by the field, and the form offers no zone as already chosen.
CONTEXT = {"now": "2026-11-26T05:00:00Z", "tz": "Asia/Jakarta", "offset": 420}


def test_other_zone_unchosen_asks_for_it():
    answer = handle({"op": "view", "tool": "check", "lang": "en", "context": CONTEXT,
                     "form": {"stage": ["first"], "ended_at": ["2026-11-26T10:00"], "other_zone": ["on"]}})
    assert "interviewer_tz" in answer["errors"]
    assert answer["html"] is None


def test_other_zone_chosen_is_used():
    answer = handle({"op": "view", "tool": "check", "lang": "en", "context": CONTEXT,
                     "form": {"stage": ["first"], "ended_at": ["2026-11-26T10:00"], "other_zone": ["on"],
                              "interviewer_tz": ["Europe/London"]}})
    assert answer["errors"] == {}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_zone_list_chooses_nothing_for_the_reader(lang):
    html = handle({"op": "widget", "tool": "check", "lang": lang})["html"]
    select = html[html.index('name="interviewer_tz"'):]
    select = select[:select.index("</select>")]
    assert "selected" not in select.split("</option>", 1)[1]
    assert '<option value="" selected>' in select


# The round's own situations (corpus/check_situations_round33.json): the lines each pins, in both languages; a
# lone recruiter is never "the interviewer"; no "they are off too" after an interview held on a day off.
CORPUS = json.loads((Path(__file__).resolve().parent / "corpus" / "check_situations_round33.json").read_text("utf-8"))


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("situation", CORPUS["situations"], ids=[item["note"] for item in CORPUS["situations"]])
def test_round33_situations(situation, lang):
    request = situation["request"]
    answer = check(**{**request, "lang": lang})
    assert "error" not in answer, answer
    text = everything(answer)
    for line in situation.get("says", {}).get(lang, []):
        assert line in text, (line, text)
    people = request.get("interviewers", [])
    if len(people) == 1 and people[0]["role"] == "recruiter" and request["stage"] == "screening":
        assert not re.search(r"\bpewawancara\b|\binterviewer\b", text), text
    ended = datetime.fromisoformat(request["ended_at"])
    if ended.weekday() >= 5 and not request.get("interviewer_tz"):
        assert "not reading work messages on" not in text and "tidak mengurus pekerjaan kantor" not in text, text
