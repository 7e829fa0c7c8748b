"""Round 32 of the checker: why the follow-up falls on its day, a decision date already behind a late thank-you,
and the reader's own Indonesian zone named beside the interviewer's."""

from pathlib import Path

import pytest
from conftest import on_disk

from thankyou.api import handle


def check(**situation):
    return handle({"op": "check", **situation})


BUDI = [{"role": "hiring_manager", "name": "Budi"}]


# Rule: once the thank-you has gone out, the first follow-up's day comes with its reason, in plain words: about
# five working days past the decision date they gave (which has passed, or is still ahead), five working days
# after the thank-you when that is later, about a week after the interview when they gave no date, or now when
# that day is behind the reader already.
@pytest.mark.parametrize(("request_", "lang", "says"), [
    # Decision by Tuesday 24 November; five working days on is Tuesday 1 December, today.
    ({"decision_by": "2026-11-24", "sent_on": "2026-11-16", "ended_at": "2026-11-16T10:00:00+07:00",
      "now": "2026-12-01T09:00:00+07:00"}, "id",
     "Tanggal keputusan yang mereka sebutkan (Selasa, 24 November 2026) sudah lewat. Keputusan sering mundur "
     "beberapa hari, jadi tindak lanjut pertama sekitar lima hari kerja setelah tanggal itu: Selasa, 1 Desember "
     "2026 (hari ini)."),
    ({"decision_by": "2026-11-24", "sent_on": "2026-11-16", "ended_at": "2026-11-16T10:00:00+07:00",
      "now": "2026-12-01T09:00:00+07:00"}, "en",
     "The date they gave for a decision (Tuesday, 24 November 2026) has passed. Decisions often run a few days late, "
     "so the first follow-up comes about five working days after that date: Tuesday, 1 December 2026 (today)."),
    # Still ahead: no "has passed".
    ({"decision_by": "2026-12-04", "sent_on": "2026-11-30", "ended_at": "2026-11-30T10:00:00+07:00",
      "now": "2026-12-01T09:00:00+07:00"}, "en",
     "They said they would decide by Friday, 4 December 2026. If you hear nothing by then, the first follow-up "
     "comes about five working days after that date: Friday, 11 December 2026."),
    # Far past both the date and the five days: due now, and said why.
    ({"decision_by": "2026-11-24", "sent_on": "2026-11-16", "ended_at": "2026-11-16T10:00:00+07:00",
      "now": "2026-12-10T09:00:00+07:00"}, "id",
     "Tanggal keputusan yang mereka sebutkan (Selasa, 24 November 2026) sudah lewat lebih dari lima hari kerja "
     "tanpa kabar, jadi tindak lanjut pertama sudah waktunya: Kamis, 10 Desember 2026 (hari ini)."),
    # The thank-you went out late, after their date: five working days after it, said so.
    ({"decision_by": "2026-11-24", "sent_on": "2026-11-27", "ended_at": "2026-11-20T10:00:00+07:00",
      "now": "2026-11-30T09:00:00+07:00"}, "en",
     "The first follow-up falls on Friday, 4 December 2026, five working days after your thank-you (Friday, "
     "27 November 2026): asking for news any sooner would read as pressing."),
    # No date from them: about a week after the interview.
    ({"sent_on": "2026-11-26", "ended_at": "2026-11-26T10:00:00+07:00", "now": "2026-11-27T09:00:00+07:00"}, "id",
     "Tanpa tanggal keputusan dari mereka, tindak lanjut pertama sekitar seminggu setelah wawancara: Kamis, "
     "3 Desember 2026."),
])
def test_the_first_follow_up_says_why_it_falls_on_its_day(request_, lang, says):
    answer = check(stage="final", interviewers=BUDI, already_sent="thank_you", lang=lang, **request_)
    assert says in answer["follow_up_text"], answer["follow_up_text"]


# Rule: a thank-you a few days late, with the decision date they gave already behind it, says so: the decision may
# be made or running late, a short thank-you is still worth sending, and asking about the decision waits.
@pytest.mark.parametrize(("lang", "says"), [
    ("id", "Tanggal keputusan yang mereka sebutkan (Jumat, 27 November 2026) sudah lewat tanpa kabar."),
    ("en", "The date they gave for a decision (Friday, 27 November 2026) has passed without news."),
])
def test_a_late_thank_you_after_their_date_says_the_date_passed(lang, says):
    answer = check(stage="first", interviewers=[{"role": "hiring_manager", "name": "Rina"}], decision_by="2026-11-27",
                   ended_at="2026-11-26T10:00:00+07:00", now="2026-11-30T09:00:00+07:00", lang=lang)
    assert answer["timing"] == "late"
    late = next(reason["text"] for reason in answer["reasons"] if reason["code"] == "late")
    assert says in late, late
    assert "still" in late or "masih" in late, late  # whether it is worth it is still said


# Rule: in another zone than the interviewer's, a reader in Indonesia sees their own zone named (WIB, WITA, WIT)
# beside "your time", so "17.00" is never read on the wrong clock.
@pytest.mark.parametrize(("reader_tz", "ended", "lang", "says"), [
    ("Asia/Makassar", "2026-12-01T14:00:00+08:00", "id",
     "Kirim paling lambat besok siang, Rabu, pukul 14.00 WITA, waktu Anda (pukul 13.00 WIB)."),
    ("Asia/Makassar", "2026-12-01T14:00:00+08:00", "en",
     "Send it by tomorrow afternoon, Wednesday, at 14:00 your time, Central Indonesia Time (at 13:00, Western "
     "Indonesia Time)."),
    ("Asia/Jayapura", "2026-12-01T14:00:00+09:00", "id",
     "Kirim paling lambat besok siang, Rabu, pukul 14.00 WIT, waktu Anda (pukul 12.00 WIB)."),
])
def test_the_readers_indonesian_zone_is_named(reader_tz, ended, lang, says):
    answer = check(stage="first", interviewers=BUDI, ended_at=ended, now=ended, reader_tz=reader_tz,
                   interviewer_tz="Asia/Jakarta", lang=lang)
    assert answer["deadline_text"] == says, answer["deadline_text"]
    assert ("WITA, waktu Anda" in answer["send_at_text"]) == (reader_tz == "Asia/Makassar" and lang == "id")


# ... also when the reader's zone is only the offset of the time they typed (+08:00), the interviewer's named WIB.
def test_the_readers_offset_is_named_as_its_indonesian_zone():
    answer = check(stage="first", interviewers=BUDI, ended_at="2026-12-01T16:30:00+08:00",
                   now="2026-12-01T17:00:00+08:00", interviewer_tz="WIB", lang="id")
    assert "pukul 16.30 WITA, waktu Anda (pukul 15.30 WIB)" in answer["deadline_text"], answer["deadline_text"]
    abroad = check(stage="first", interviewers=BUDI, ended_at="2026-12-01T16:30:00+08:00",
                   now="2026-12-01T17:00:00+08:00", interviewer_tz="Europe/London", lang="id")
    assert "menurut waktu Anda (" in abroad["deadline_text"], abroad["deadline_text"]


# Rule: a decision date already behind an on-time thank-you (the day of the interview, now the next morning) is said
# to have passed, never "they plan to decide by" a day gone by.
@pytest.mark.parametrize(("lang", "says", "never"), [
    ("id", "Tanggal keputusan yang mereka sebutkan (Senin, 30 November 2026) sudah lewat.", "berencana memutuskan"),
    ("en", "The date they gave for a decision (Monday, 30 November 2026) has passed.", "plan to decide"),
])
def test_an_on_time_thank_you_after_their_date_says_the_date_passed(lang, says, never):
    answer = check(stage="final", interviewers=BUDI, decision_by="2026-11-30", ended_at="2026-11-30T15:00:00+07:00",
                   now="2026-12-01T08:30:00+07:00", lang=lang)
    assert answer["timing"] == "on_time"
    said = " ".join(reason["text"] for reason in answer["reasons"])
    assert says in said and never not in said, said


# Rule: the reason for a follow-up counted from their date names that date, so the day given can be checked.
@pytest.mark.parametrize(("lang", "says"), [
    ("id", "lima hari kerja setelah tanggal yang mereka sebutkan (Jumat, 4 Desember 2026)"),
    ("en", "five working days after the date they gave (Friday, 4 December 2026)"),
])
def test_the_follow_up_from_their_date_names_it(lang, says):
    answer = check(stage="final", interviewers=BUDI, decision_by="2026-12-04", ended_at="2026-12-01T10:00:00+07:00",
                   now="2026-12-01T11:00:00+07:00", contact="recruiter_only", lang=lang)
    reason = next(reason["text"] for reason in answer["reasons"] if reason["code"] == "after_their_date")
    assert says in reason, reason
    assert answer["follow_up_on"] == "2026-12-11"


# Rule: the guide's table of good times to send agrees with the checker at the end of a working day: one to two hours
# left, the same day if the reader can, else 08:00 the next morning; under an hour, 08:00 the next morning.
DOCS = Path(__file__).resolve().parents[2] / "docs"


@on_disk
@pytest.mark.parametrize(("ended", "same_day"), [("16:45", True), ("17:10", False)])
def test_the_guides_table_agrees_at_the_end_of_the_working_day(ended, same_day):
    answer = check(stage="first", interviewers=BUDI, ended_at=f"2026-12-01T{ended}:00+07:00",
                   now=f"2026-12-01T{ended}:00+07:00", lang="en")
    assert ("before the interviewer's working day ends" in answer["send_at_text"]) == same_day, answer["send_at_text"]
    assert "tomorrow morning, Wednesday, at 08:00" in answer["send_at_text"]
    rows = {"kapan-mengirim.en.md": ("| Late afternoon, one to two hours before the working day ends | The same day if you can",
                                     "| Less than an hour before the working day ends | Write it calmly that evening"),
            "kapan-mengirim.md": ("| Sore, satu sampai dua jam sebelum jam kerja usai | Hari itu juga jika sempat",
                                  "| Kurang dari satu jam sebelum jam kerja usai | Tulis dengan tenang malam itu")}
    for page, (longer, shorter) in rows.items():
        text = (DOCS / page).read_text(encoding="utf-8")
        assert longer in text and shorter in text, page


# Rule: five working days that stretch across public holidays (Lebaran) say so, so a date two weeks on is not a puzzle;
# a weekend alone, or no holiday in between, adds nothing.
LEBARAN = ["2026-03-18", "2026-03-19", "2026-03-20", "2026-03-23", "2026-03-24"]


@pytest.mark.parametrize(("holidays", "lang", "says"), [
    (LEBARAN, "id", "lima hari kerja setelah tanggal itu, tanpa menghitung hari libur: Selasa, 31 Maret 2026."),
    (LEBARAN, "en", "five working days after that date, not counting the public holidays: Tuesday, 31 March 2026."),
    ([], "en", "five working days after that date: Tuesday, 24 March 2026."),
])
def test_holidays_between_their_date_and_the_follow_up_are_named(holidays, lang, says):
    answer = check(stage="final", interviewers=BUDI, already_sent="thank_you", sent_on="2026-03-16",
                   decision_by="2026-03-17", holidays=holidays, ended_at="2026-03-16T10:00:00+07:00",
                   now="2026-03-18T09:00:00+07:00", lang=lang)
    assert says in answer["follow_up_text"], answer["follow_up_text"]


# ... and named once a line: the second time in the same advice is short ("pukul 09.00 WITA (pukul 08.00 WIB)").
@pytest.mark.parametrize(("lang", "first", "again"), [
    ("id", "pukul 19.00 WITA, waktu Anda (pukul 18.00 WIB)", "pukul 09.00 WITA (pukul 08.00 WIB)"),
    ("en", "at 19:00 your time, Central Indonesia Time (at 18:00, Western Indonesia Time)",
     "at 09:00 Central Indonesia Time (at 08:00, Western Indonesia Time)"),
])
def test_the_readers_zone_is_named_once_a_line(lang, first, again):
    said = check(stage="final", interviewers=BUDI, reader_tz="Asia/Makassar", interviewer_tz="Asia/Jakarta",
                 ended_at="2026-12-04T18:20:00+08:00", now="2026-12-04T18:30:00+08:00", lang=lang)["send_at_text"]
    assert first in said and again in said, said


# The guide's example of both clocks is what the checker says for a reader in Makassar.
@pytest.mark.parametrize(("lang", "page", "example"), [
    ("id", "kapan-mengirim.md", "pukul 14.00 WITA, waktu Anda (pukul 13.00 WIB)"),
    ("en", "kapan-mengirim.en.md", "at 14:00 your time, Central Indonesia Time (at 13:00, Western Indonesia Time)"),
])
@on_disk
def test_the_guides_example_of_both_clocks_is_the_checkers(lang, page, example):
    assert f"\"{example}\"" in (DOCS / page).read_text(encoding="utf-8")
    answer = check(stage="first", interviewers=BUDI, ended_at="2026-12-01T14:00:00+08:00",
                   now="2026-12-01T14:00:00+08:00", reader_tz="Asia/Makassar", interviewer_tz="Asia/Jakarta", lang=lang)
    assert example in answer["deadline_text"], answer["deadline_text"]
