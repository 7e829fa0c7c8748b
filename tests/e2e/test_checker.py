"""A reader on the checker page: several situations, one by keyboard only, the countdown, the
calendar reminder and the way on to the generator. The page clock starts at Thursday 26 November
2026, 12:00 in Jakarta, so every answer is known in advance."""

import base64
import json
import re
import urllib.parse
import urllib.request
from datetime import datetime, timedelta, timezone

import pytest
from playwright.sync_api import expect

from .waiting import answered, wait_for_answer

JAKARTA = timezone(timedelta(hours=7))
START = datetime(2026, 11, 26, 12, 0, tzinfo=JAKARTA)
CALENDAR_PREFIX = "data:text/calendar;charset=utf-8;base64,"


def open_checker(watched, server, path="alat/pemeriksa.html"):
    page = watched.page
    page.clock.install(time=START)
    page.goto(server + path)
    expect(page.locator(".ty-widget")).to_have_attribute("data-state", "ready")
    return page, wait_for_answer(page, 0)


def reasons(page) -> list[str]:
    return page.locator("[data-reason]").evaluate_all("items => items.map(item => item.dataset.reason)")


def test_the_full_checker_is_in_the_page_before_python_loads(server):
    html = urllib.request.urlopen(server + "alat/pemeriksa.html").read().decode()
    assert 'data-state="loading"' in html and 'data-refresh="60"' in html
    assert 'data-verdict="send"' in html
    assert re.search(r'data-field="interviewer_tz" hidden', html)  # revealed only when it matters
    assert 'href="../alat/pembuat-email.html#prefill=' in html
    english = urllib.request.urlopen(server + "en/alat/pemeriksa.html").read().decode()
    assert "Yes, send one." in english and 'href="../alat/pembuat-email.html#prefill=' in english


def test_the_form_through_several_situations(watched, server):
    page, count = open_checker(watched, server)
    verdict = page.locator("[data-verdict]")

    # A short screening call with a recruiter: optional.
    page.select_option("select[name=stage]", "screening")
    page.select_option("select[name='interviewers.0.role']", "recruiter")
    count = wait_for_answer(page, count)
    expect(verdict).to_have_attribute("data-verdict", "optional")
    expect(page.locator(".ty-verdict")).to_have_text("Tidak wajib, tetapi mengirimnya jarang keliru.")

    # ... but the hiring manager joined: a panel with a decision maker, so send one to each.
    page.click("[data-action=add]")
    page.select_option("select[name='interviewers.1.role']", "hiring_manager")
    count = wait_for_answer(page, count)
    expect(verdict).to_have_attribute("data-verdict", "send")
    expect(page.locator(".ty-emails")).to_have_text("Tulis dua email terpisah, satu untuk setiap pewawancara.")
    assert {"panel_interview", "senior_interviewer", "one_per_interviewer"} <= set(reasons(page))

    # At a government office: recommended, never "don't".
    page.select_option("select[name=setting]", "government")
    count = wait_for_answer(page, count)
    expect(verdict).to_have_attribute("data-verdict", "recommended")
    assert "local_custom" in reasons(page)

    # Only the recruiter's address: send it through them.
    page.check("input[name=contact][value=recruiter_only]")
    expect(page.locator(".ty-channel")).to_have_attribute("data-channel", "through_recruiter")

    # The interviewer in Amsterdam: the zone field appears, and the answer counts on their clock.
    expect(page.locator("[data-field=interviewer_tz]")).to_be_hidden()
    page.check("input[name=other_zone]")
    expect(page.locator("[data-field=interviewer_tz]")).to_be_visible()
    page.select_option("select[name=interviewer_tz]", "Europe/Amsterdam")
    page.fill("input[name=ended_at]", "2026-11-26T10:00")
    expect(page.locator("[data-reason=time_zone]")).to_contain_text("Para pewawancara berada di zona waktu Amsterdam.")  # two of them: a panel
    expect(page.locator("[data-field=ended_in]")).to_be_visible()

    # An offer arrived: answer the offer; the follow-up fields go away, and the draft link asks for the reply.
    expect(page.locator("[data-field=decision_by]")).to_be_visible()
    page.select_option("select[name=status]", "offer")
    expect(verdict).to_have_attribute("data-message", "reply_to_offer")
    expect(page.locator(".ty-verdict")).to_have_text("Balas tawarannya; ucapan terima kasih cukup disampaikan dalam balasan itu.")
    expect(page.locator("[data-field=decision_by]")).to_be_hidden()
    expect(page.locator("[data-field=contact]")).to_be_hidden()
    expect(page.locator("[data-draft-link]")).to_have_attribute("href", re.compile("reply_to_offer"))


def test_a_week_of_collective_leave_moves_the_deadline_past_it(watched, server):
    """Lebaran: ticking the holiday box reveals how many working days are off; five of them, from the
    Monday after a Friday interview, move the deadline to the Monday after the break."""
    page = watched.page
    page.clock.install(time=datetime(2026, 3, 13, 12, 0, tzinfo=JAKARTA))
    page.goto(server + "en/alat/pemeriksa.html")
    expect(page.locator(".ty-widget")).to_have_attribute("data-state", "ready")
    page.fill("input[name=ended_at]", "2026-03-13T10:00")
    expect(page.locator("[data-field=holiday_days]")).to_be_hidden()
    page.check("input[name=holiday_next]")
    expect(page.locator("[data-field=holiday_days]")).to_be_visible()
    deadline = page.locator(".ty-deadline")
    expect(deadline).to_have_attribute("data-deadline", "2026-03-17T10:00:00+07:00")
    page.fill("input[name=holiday_days]", "5")
    expect(deadline).to_have_attribute("data-deadline", "2026-03-23T10:00:00+07:00")


def test_keyboard_only(watched, server):
    """Tab, arrows, Space and Enter: no clicks, from the stage to the way on to the generator."""
    page, count = open_checker(watched, server)
    keys = page.keyboard

    def tab_to(selector: str) -> None:
        for _ in range(80):
            if page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector):
                return
            keys.press("Tab")
        raise AssertionError(f"Tab never reached {selector}")

    tab_to("select[name=stage]")
    keys.press("ArrowUp")  # first → screening
    count = wait_for_answer(page, count)
    expect(page.locator("[data-verdict]")).to_have_attribute("data-verdict", "optional")

    keys.press("Tab")  # into the format radios, on the checked one (video)
    keys.press("ArrowRight")  # → in person
    count = wait_for_answer(page, count)
    assert page.locator("input[name=format]:checked").get_attribute("value") == "in_person"
    expect(page.locator("[data-verdict]")).to_have_attribute("data-verdict", "send")

    tab_to("select[name='interviewers.0.role']")
    keys.press("ArrowDown")
    keys.press("ArrowDown")  # not sure → recruiter → hiring manager
    keys.press("Tab")
    keys.type("Rina Wijaya")
    tab_to("[data-repeat=interviewers] > [data-action=add]")
    keys.press("Enter")  # a second interviewer; the focus moves into it
    expect(page.locator("select[name='interviewers.1.role']")).to_be_focused()
    for _ in range(4):
        keys.press("ArrowDown")  # → future colleague
    expect(page.locator(".ty-emails")).to_have_text("Tulis dua email terpisah, satu untuk setiap pewawancara.")

    tab_to("input[name=hesitations][value=what_to_say]")
    keys.press("Space")
    expect(page.locator("[data-hesitation=what_to_say]")).to_contain_text("Tiga hal sudah cukup")

    tab_to("[data-draft-link]")
    href = page.evaluate("document.activeElement.getAttribute('href')")
    path, _, fragment = href.partition("#prefill=")
    assert path == "../alat/pembuat-email.html"
    values = json.loads(urllib.parse.unquote(fragment))
    assert values["interviewers.0.name"] == ["Rina Wijaya"] and values["interviewers.1.name"] == [""]
    assert values["format"] == ["in_person"] and values["lang"] == ["id"]

    seen = []
    page.on("framenavigated", lambda frame: seen.append(frame.url))
    keys.press("Enter")
    page.wait_for_url(re.compile(r".*/alat/pembuat-email\.html.*"))
    # The generator's own form takes the fragment over; the URL it landed on carried it.
    assert any(url.endswith("/alat/pembuat-email.html#prefill=" + fragment) for url in seen + [page.url]), seen


def test_the_countdown_follows_the_clock(watched, server):
    page, count = open_checker(watched, server)
    # The page clock runs on from 12:00: a deadline at half past keeps the count clear of the hour.
    page.fill("input[name=ended_at]", "2026-11-26T10:30")
    countdown = page.locator(".ty-countdown")
    expect(countdown).to_have_text("masih 22 jam lagi")
    expect(page.locator(".ty-deadline")).to_have_text("Kirim paling lambat besok pagi, Jumat, pukul 10.30.")
    count = answered(page)
    # An hour later, with nothing touched: the page re-asks Python (data-refresh) and the count moves on.
    page.clock.fast_forward("01:00:00")
    wait_for_answer(page, count)
    expect(countdown).to_have_text("masih 21 jam lagi")
    page.clock.fast_forward("23:00:00")
    expect(countdown).to_have_text("lewat 1 jam")
    expect(countdown).to_have_attribute("data-timing", "late")


def test_the_calendar_reminder_downloads(watched, server):
    icalendar = pytest.importorskip("icalendar")
    page, count = open_checker(watched, server)
    page.fill("input[name=decision_by]", "2026-12-04")
    page.fill("input[name=ended_at]", "2026-11-26T10:00")
    # The answer to the whole form (its countdown comes from ended_at): the reminder's UID is made
    # from the situation, so an earlier answer's link would hold another one.
    expect(page.locator(".ty-countdown")).to_be_visible()
    link = page.locator("[data-calendar]")
    expect(link).to_have_attribute("download", "tindak-lanjut-2026-12-11.ics")
    expect(page.locator("[data-follow-up]")).to_have_attribute("data-follow-up", "2026-12-11")
    href = link.get_attribute("href")
    assert href.startswith(CALENDAR_PREFIX)
    with page.expect_download() as download:
        link.focus()
        page.keyboard.press("Enter")
    assert download.value.suggested_filename == "tindak-lanjut-2026-12-11.ics"
    text = open(download.value.path(), encoding="utf-8", newline="").read()
    assert text == base64.b64decode(href[len(CALENDAR_PREFIX):]).decode()
    [event] = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert event.decoded("DTSTART").isoformat() == "2026-12-11"
    assert str(event["SUMMARY"]) == "Tindak lanjut lamaran kerja"


def test_the_english_checker_answers_in_english(watched, server):
    page, count = open_checker(watched, server, "en/alat/pemeriksa.html")
    page.select_option("select[name=status]", "not_interested")
    expect(page.locator(".ty-verdict")).to_have_text("Send a polite withdrawal, not a thank-you.")
    page.select_option("select[name=status]", "waiting")
    page.check("input[name=hesitations][value=desperate]")
    expect(page.locator("[data-hesitation=desperate] a")).to_have_attribute("href", "../kirim-atau-tidak.html#takut-terkesan-memohon")
    href = page.locator("[data-draft-link]").get_attribute("href")
    assert json.loads(urllib.parse.unquote(href.partition("#prefill=")[2]))["lang"] == ["en"]


def test_labels_follow_the_step_and_the_day_sent_dates_the_last_follow_up(watched, server):
    page, count = open_checker(watched, server, "en/alat/pemeriksa.html")
    # What the label reads and a screen reader announces: the chosen wording only (the others are hidden).
    ended = page.locator("input[name=ended_at]")
    expect(ended).to_have_accessible_name("The interview ended at")
    # A written test taken alone: the date's label speaks of the test, and the format goes away.
    page.select_option("select[name=stage]", "assessment")
    expect(ended).to_have_accessible_name("The test, case study or presentation ended at")
    page.check("input[name=no_interviewer]")
    expect(ended).to_have_accessible_name("The test ended at")
    expect(page.locator("[data-field=format]")).to_be_hidden()
    expect(page.locator("[data-field=interviewers]")).to_be_hidden()
    page.select_option("select[name=stage]", "first")
    expect(ended).to_have_accessible_name("The interview ended at")

    # The first follow-up went out yesterday: the second is a week after it, not "today".
    page.fill("input[name=ended_at]", "2026-11-10T10:00")
    expect(page.locator("[data-field=sent_on]")).to_be_hidden()
    page.check("input[name=already_sent][value=follow_up]")
    expect(page.locator("input[name=sent_on]")).to_have_accessible_name("The day you sent the first follow-up (if you remember)")
    expect(page.locator(".ty-deadline")).to_contain_text("has passed: send it today")
    page.fill("input[name=sent_on]", "2026-11-25")
    expect(page.locator(".ty-deadline")).to_have_text(
        "Send it on Wednesday, 2 December 2026, during working hours. Until then, there is nothing to do but wait.")


def test_the_browser_knows_daylight_saving(browser, server):
    """A reader in Amsterdam on the Friday before the clocks go forward: Python in the page has the
    IANA data (the tzdata wheel shipped with the site), so Monday's deadline is in summer time."""
    context = browser.new_context(locale="en-GB", timezone_id="Europe/Amsterdam")
    errors = []
    try:
        page = context.new_page()
        page.on("console", lambda message: message.type == "error" and errors.append(message.text))
        page.clock.install(time=datetime(2026, 3, 27, 17, 0, tzinfo=timezone(timedelta(hours=1))))
        page.goto(server + "en/alat/pemeriksa.html")
        expect(page.locator(".ty-widget")).to_have_attribute("data-state", "ready")
        page.fill("input[name=ended_at]", "2026-03-27T16:00")
        deadline = page.locator(".ty-deadline")
        expect(deadline).to_have_attribute("data-deadline", "2026-03-30T10:00:00+02:00")
        expect(deadline).to_have_text("Send it by Monday, 30 March 2026 at 10:00.")
        assert "weekend_or_holiday" in reasons(page)
        assert not errors, errors
    finally:
        context.close()
