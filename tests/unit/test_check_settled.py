"""The checker's answer never explains a choice the reader's input already settled, and its lines agree."""

import json
import re
from datetime import datetime
from pathlib import Path

import pytest

from thankyou.api import handle


def check(**situation):
    return handle({"op": "check", **situation})


AFTER_THANKS = {"already_sent": "thank_you", "sent_on": "2026-11-20", "ended_at": "2026-11-19T10:00:00+07:00",
                "now": "2026-12-01T09:00:00+07:00"}


# Rule: after a thank-you, the follow-up goes to whoever runs the process. When the reader said who that is (the
# recruiter who interviewed them alone, the recruiter on their panel, the recruiter whose thread carried the
# thanks), the answer names them (by name where given) and no "or, if there is no such person" is left to weigh.
@pytest.mark.parametrize(
    ("situation", "lang", "says"),
    [
        ({"stage": "screening", "format": "phone", "interviewers": [{"role": "recruiter", "name": "Lisa"}]}, "en",
         "Send it to Lisa as a reply in the thread of your thank-you"),
        ({"stage": "screening", "format": "phone", "interviewers": [{"role": "recruiter", "name": "Lisa"}]}, "id",
         "Kirim kepada Lisa sebagai balasan di utas ucapan terima kasih Anda"),
        # A screening call's person with no role given is its recruiter.
        ({"stage": "screening", "interviewers": [{"name": "Dewi"}]}, "id", "Kirim kepada Dewi"),
        ({"stage": "first", "interviewers": [{"role": "recruiter"}]}, "en",
         "Send it to the recruiter as a reply in the thread of your thank-you"),
        ({"stage": "screening", "interviewers": [{"role": "recruiter", "name": "Ana"},
                                                 {"role": "recruiter", "name": "Budi"}]}, "en",
         "Send it to the recruiter who arranged the call"),
        ({"stage": "second", "interviewers": [{"role": "recruiter", "name": "Lisa"},
                                              {"role": "hiring_manager", "name": "Ben"}]}, "en",
         "Address it to Lisa, the recruiter, who runs the process"),
        ({"stage": "second", "interviewers": [{"role": "recruiter", "name": "Lisa"},
                                              {"role": "hiring_manager", "name": "Ben"}]}, "id",
         "Tujukan kepada Lisa, perekrut yang mengatur proses seleksi"),
        ({"stage": "first", "contact": "recruiter_only", "interviewers": [{"role": "hiring_manager"}]}, "en",
         "Address it to the recruiter, as a reply in the thread where you sent your thanks"),
    ],
)
def test_follow_up_goes_to_the_recruiter_the_reader_named(situation, lang, says):
    answer = check(**AFTER_THANKS, **situation, lang=lang)
    assert answer["message"] == "follow_up"
    assert says in answer["channel_text"], answer["channel_text"]
    assert "if there is no such person" not in answer["channel_text"]
    assert "jika tidak ada" not in answer["channel_text"]


def test_follow_up_without_a_recruiter_still_explains_whom():
    answer = check(**AFTER_THANKS, stage="first", interviewers=[{"role": "hiring_manager", "name": "Ben"}], lang="en")
    assert "whoever runs the process" in answer["channel_text"]


# Rule: an informal chat had no interviewers: with several people, the headline, the "how many" line and the
# "how" line speak of the people the reader talked with.
@pytest.mark.parametrize("lang", ["id", "en"])
def test_informal_chat_with_several_people_says_no_interviewer(lang):
    answer = check(stage="informal", interviewers=[{"role": "colleague", "name": "Budi"},
                                                   {"role": "hiring_manager", "name": "Sari"}],
                   ended_at="2026-11-30T14:00:00+07:00", now="2026-11-30T16:00:00+07:00", lang=lang)
    assert answer["emails"] == 2
    said = " ".join([answer["headline"], answer["emails_text"], answer["channel_text"], answer["send_at_text"],
                     *(reason["text"] for reason in answer["reasons"])])
    assert "interviewer" not in said and "pewawancara" not in said, said
    assert ("each person you talked with" if lang == "en" else "setiap orang yang berbincang dengan Anda") \
        in answer["headline"]


# Rule: a government panel (or any panel) the reader has no address for: the reasons and the "how many" line
# agree. The guide's "no email address" section: one email through the recruiter or the committee's official
# channel, naming each of them, covers the whole panel; so the reason says so, not "each member deserves one".
@pytest.mark.parametrize(("setting", "contact"), [("government", "none"), ("government", "recruiter_only"),
                                                  ("multinational", "recruiter_only"), ("startup", "none")])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_panel_without_addresses_reason_agrees_with_one_email(setting, contact, lang):
    answer = check(stage="final", setting=setting, contact=contact,
                   interviewers=[{"role": "executive"}, {"role": "hiring_manager"}, {"role": "colleague"}],
                   ended_at="2026-11-30T11:00:00+07:00", now="2026-11-30T14:00:00+07:00", lang=lang)
    assert answer["emails"] == 1
    panel = next(reason["text"] for reason in answer["reasons"] if reason["code"] == "panel_interview")
    assert ("one note that names each of them" if lang == "en" else "satu ucapan yang menyebut nama") in panel, panel


# Rule: in another zone, when the 24 hours end before the interviewer's working day does, the best moment names
# the end of the 24 hours, never a later "before their working day ends" that would be past the deadline above it.
@pytest.mark.parametrize(("lang", "says"), [
    ("en", "before the 24 hours are up, at 15:00 your time (at 17:00, Tokyo time)"),
    ("id", "sebelum batas 24 jam berakhir, pukul 15.00 menurut waktu Anda (pukul 17.00 waktu Tokyo)"),
])
def test_best_moment_is_never_after_the_deadline_in_another_zone(lang, says):
    answer = check(stage="first", interviewers=[{"role": "hiring_manager"}], ended_at="2026-11-30T15:00:00+07:00",
                   now="2026-12-01T09:00:00+07:00", reader_tz="Asia/Jakarta", interviewer_tz="Asia/Tokyo", lang=lang)
    assert says in answer["send_at_text"], answer["send_at_text"]
    assert answer["send_at"] is not None and answer["send_at"] <= answer["deadline"]


# Rule: the same after an informal chat whatever address the reader has, one person or several, a recruiter
# among them or not: the "how many", the "how", its reason and the "no email" answer name no interviewer.
@pytest.mark.parametrize("contact", ["direct", "recruiter_only", "none"])
@pytest.mark.parametrize("people", [
    [{"role": "colleague"}],
    [{"role": "colleague"}, {"role": "hiring_manager"}],
    [{"role": "recruiter", "name": "Putri"}, {"role": "colleague"}],
    [{"role": "colleague"}, {"role": "colleague"}, {"role": "colleague"}],
])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_informal_chat_names_no_interviewer_by_any_route(contact, people, lang):
    answer = check(stage="informal", contact=contact, interviewers=people, hesitations=["no_email"],
                   ended_at="2026-11-30T14:00:00+07:00", now="2026-12-01T10:00:00+07:00", lang=lang)
    said = " ".join([answer["headline"], answer["emails_text"], answer["channel_text"],
                     *(reason["text"] for reason in answer["reasons"]),
                     *(item["text"] for item in answer["hesitations"] if item["code"] != "no_email" or
                       contact != "direct")])
    assert "interview" not in said.lower() and "pewawancara" not in said and "mewawancarai" not in said, said


# Rule: a week or more on, with the date they gave for a decision behind them and no news, the reason for the one
# combined message says what the reader knows (their date has passed), not "there is no decision yet".
@pytest.mark.parametrize(("lang", "says"), [
    ("en", "The date they gave for a decision (Friday, 27 November 2026) has passed without news"),
    ("id", "Tanggal keputusan yang mereka sebutkan (Jumat, 27 November 2026) sudah lewat tanpa kabar"),
])
def test_combined_message_after_their_date_says_the_date_passed(lang, says):
    answer = check(stage="second", interviewers=[{"role": "hiring_manager"}], decision_by="2026-11-27",
                   ended_at="2026-11-23T10:00:00+07:00", now="2026-12-01T10:00:00+07:00", lang=lang)
    combined = next(reason["text"] for reason in answer["reasons"] if reason["code"] == "late_combined")
    assert says in combined, combined
    without_date = check(stage="second", interviewers=[{"role": "hiring_manager"}],
                         ended_at="2026-11-23T10:00:00+07:00", now="2026-12-01T10:00:00+07:00", lang=lang)
    assert "27 November" not in " ".join(reason["text"] for reason in without_date["reasons"])


@pytest.mark.parametrize("lang", ["id", "en"])
def test_follow_up_after_an_informal_chat_names_no_interviewer(lang):
    answer = check(**AFTER_THANKS, stage="informal", interviewers=[{"role": "colleague", "name": "Kevin"}], lang=lang)
    assert "interviewer" not in answer["channel_text"] and "pewawancara" not in answer["channel_text"]


# ---- The round's situations after the interview, read against the rules above ---------------------------------

# Every round's checker situations (corpus/check_situations_round*.json), each file read against every invariant.
SITUATIONS = [situation for path in sorted((Path(__file__).resolve().parent / "corpus").glob("check_situations_round*.json"))
              for situation in json.loads(path.read_text(encoding="utf-8"))["situations"]]
PANEL_EACH = ("compare notes", "bertukar catatan")


def _said(answer):
    return [answer["headline"], answer["deadline_text"], answer["timing_text"], answer["send_at_text"] or "",
            answer["emails_text"], answer["channel_text"], answer["follow_up_text"] or "",
            *(reason["text"] for reason in answer["reasons"]), *(item["text"] for item in answer["hesitations"])]


@pytest.mark.parametrize("situation", SITUATIONS, ids=[situation["note"] for situation in SITUATIONS])
def test_round30b_situations(situation):
    answers = {lang: check(**situation["request"], lang=lang) for lang in ("id", "en")}
    if "error" in situation:
        assert all(answer["error"]["field"] == situation["error"] for answer in answers.values())
        return
    first, second = answers["id"], answers["en"]
    assert (first["verdict"], first["message"], first["emails"], first["channel"]) == \
        (second["verdict"], second["message"], second["emails"], second["channel"])
    request = situation["request"]
    roles = {person.get("role") for person in request.get("interviewers", [])}
    for lang, answer in answers.items():
        said = _said(answer)
        assert not any("{" in line or "}" in line for line in said), said
        # One email or message: no reason asks for one each.
        if answer["emails"] == 1:
            assert not any(code == "panel_interview" and any(words in text for words in PANEL_EACH)
                           for code, text in ((reason["code"], reason["text"]) for reason in answer["reasons"]))
        # An informal chat had no interviewers.
        if request["stage"] == "informal":
            lines = " ".join([answer["headline"], answer["emails_text"], answer["channel_text"]])
            assert "interviewer" not in lines and "pewawancara" not in lines, lines
        # A follow-up where a recruiter is among the people met: no "if there is no such person".
        if answer["message"] == "follow_up" and "recruiter" in roles:
            assert "no such person" not in answer["channel_text"] and "jika tidak ada" not in answer["channel_text"]
        # The best moment is never after the deadline it stands under.
        if answer["timing"] == "on_time" and answer["send_at"] and answer["deadline"]:
            assert datetime.fromisoformat(answer["send_at"]) <= datetime.fromisoformat(answer["deadline"])


# Rule: a withdrawal goes to the recruiter who has been the reader's contact; when the reader named the one
# recruiter among the people they met, the answer names them instead of "the recruiter or whoever has been your
# contact so far".
@pytest.mark.parametrize(("contact", "stage", "lang", "says"), [
    ("direct", "first", "en", "Send it to Putri, the recruiter, as a reply in the email thread"),
    ("recruiter_only", "assessment", "id", "Kirim kepada Putri, perekrut Anda, sebagai balasan di utas email"),
    ("none", "second", "en", "Send it to Putri, the recruiter, as a reply in the chat or message thread"),
])
def test_withdrawal_goes_to_the_named_recruiter(contact, stage, lang, says):
    answer = check(stage=stage, status="not_interested", contact=contact, lang=lang,
                   interviewers=[{"role": "recruiter", "name": "Putri"}, {"role": "hiring_manager", "name": "Agus"}])
    assert says in answer["channel_text"], answer["channel_text"]
    assert "whoever" not in answer["channel_text"] and "orang yang selama ini" not in answer["channel_text"]


# ---- Round 31: whose day, a thank-you not sent yet, a nameless recruiter ---------------------------------------

NOT_SENT_YET = ("goes out", "has already stated", "have already stated", "terkirim", "sudah menegaskan")


@pytest.mark.parametrize("situation", SITUATIONS, ids=[situation["note"] for situation in SITUATIONS])
def test_round_situations_say_what_their_fix_pins(situation):
    if "error" in situation:
        return
    request = situation["request"]
    for lang in ("id", "en"):
        answer = check(**request, lang=lang)
        said = _said(answer)
        for words in situation.get("says", {}).get(lang, []):
            assert any(words in line for line in said), (words, said)
        assert not any("  " in line or " ," in line or " ." in line for line in said), said
        # In another zone "the same day" does not say whose: the end of their working day is named instead.
        if answer["interviewer_tz"]:
            assert not re.search(r"hari yang sama|same day", answer["send_at_text"] or ""), answer["send_at_text"]
        # Nothing sent yet: no line speaks of a thank-you that has gone out or already said something.
        if request.get("already_sent", "nothing") == "nothing":
            assert not any(words in line for line in said for words in NOT_SENT_YET), said
        # A thank-you the reader may not send: the follow-up counted from it is a condition.
        if answer["verdict"] == "optional" or "unimportant" in request.get("hesitations", []):
            for reason in answer["reasons"]:
                if reason["code"] == "after_thanks":
                    assert reason["text"].startswith(("If you send", "Jika Anda mengirim")), reason["text"]
        # A withdrawal to the one recruiter the reader met: to them, named or not, never "or whoever".
        recruiters = [person for person in request.get("interviewers", []) if person.get("role") == "recruiter"]
        if request.get("status") == "not_interested" and len(recruiters) == 1:
            assert "whoever" not in answer["channel_text"] and "orang yang selama ini" not in answer["channel_text"]


# Rule: a test or interview still to come, for an interviewer in another zone, is sent "before their working day
# ends" with that end on both clocks, the day it ends on; in the reader's own zone "the same day" is theirs too.
@pytest.mark.parametrize(("request_", "lang", "says"), [
    ({"stage": "assessment", "with_interviewer": False, "interviewer_tz": "Europe/London",
      "ended_at": "2026-12-01T23:30:00+07:00", "now": "2026-12-01T12:00:00+07:00"}, "en",
     "The test ends today at 23:30 your time (at 16:30, London time); send it soon after, before the recruiter's "
     "working day ends, tomorrow, Wednesday, at 01:00 your time (Tuesday at 18:00, London time)."),
    ({"stage": "assessment", "interviewers": [{"role": "hiring_manager", "name": "Sarah"}], "interviewer_tz": "Europe/London",
      "ended_at": "2026-12-01T23:30:00+07:00", "now": "2026-12-01T12:00:00+07:00"}, "id",
     "kirim tidak lama setelah itu, sebelum jam kerja penilai usai, besok dini hari, Rabu, pukul 01.00 menurut waktu "
     "Anda (Selasa pukul 18.00 waktu London)."),
    # Days ahead: the end of the working day the interview ends on, not of today's.
    ({"stage": "first", "interviewer_tz": "Asia/Singapore", "ended_at": "2026-12-03T10:00:00+07:00",
      "now": "2026-12-01T12:00:00+07:00"}, "en",
     "before the interviewer's working day ends, Thursday, 3 December 2026 at 17:00 your time (at 18:00, Singapore time)."),
    ({"stage": "assessment", "with_interviewer": False, "ended_at": "2026-12-01T15:00:00+07:00",
      "now": "2026-12-01T09:00:00+07:00"}, "en", "The test ends today at 15:00; send it soon after, on the same day."),
])
def test_a_test_still_to_come_says_whose_working_day(request_, lang, says):
    said = check(**request_, lang=lang)["send_at_text"]
    assert says in said, said


# Rule: the follow-up counted from a thank-you not sent yet names the day it is advised for (both days where the
# moment offers today or the next morning), and says "if you send one" where it is optional or the reader doubts it.
@pytest.mark.parametrize(("request_", "lang", "says"), [
    ({"stage": "first", "ended_at": "2026-11-26T10:00:00+07:00", "now": "2026-12-01T09:00:00+07:00"}, "en",
     "The first follow-up waits at least five working days after the day you send your thanks (today, Tuesday, "
     "1 December 2026):"),
    ({"stage": "screening", "format": "phone", "ended_at": "2026-12-01T17:10:00+07:00",
      "now": "2026-12-01T17:20:00+07:00"}, "id",
     "Jika Anda mengirim ucapan terima kasih (besok, Rabu, 2 Desember 2026), tindak lanjut pertama menunggu"),
    ({"stage": "first", "hesitations": ["unimportant"], "ended_at": "2026-12-04T16:30:00+07:00",
      "now": "2026-12-04T16:45:00+07:00"}, "en",
     "If you send a thank-you (today, Friday, 4 December 2026, or Monday, 7 December 2026), the first follow-up"),
])
def test_the_follow_up_after_a_thank_you_not_sent_yet(request_, lang, says):
    texts = [reason["text"] for reason in check(**request_, lang=lang)["reasons"] if reason["code"] == "after_thanks"]
    assert texts and texts[0].startswith(says), texts


# Rule: a withdrawal when the reader met one recruiter and gave no name goes to "your recruiter", with no empty slot.
@pytest.mark.parametrize(("contact", "lang", "says"), [
    ("direct", "id", "Kirim kepada perekrut Anda sebagai balasan di utas email tempat Anda selama ini berhubungan."),
    ("none", "id", "Kirim kepada perekrut Anda sebagai balasan di percakapan atau utas pesan tempat Anda selama ini "
                   "berhubungan (misalnya WhatsApp)."),
    ("recruiter_only", "en", "Send it to the recruiter as a reply in the email thread where you have been in touch."),
])
def test_withdrawal_to_a_nameless_recruiter(contact, lang, says):
    answer = check(stage="first", status="not_interested", contact=contact, lang=lang,
                   interviewers=[{"role": "recruiter"}, {"role": "hiring_manager", "name": "Agus"}])
    assert answer["channel_text"] == says
