"""A reader finishing the draft in place: type into it, see the review mark a typo, fix it with one
tap, change the form and keep the edit, reload, switch language; and the one path from the home
page's verdict to a sent (.eml, mailto:) or shared message and a calendar reminder."""

from __future__ import annotations

import base64
import re
from email.parser import BytesParser
from email.policy import default
from pathlib import Path

from playwright.sync_api import expect

GENERATOR = "alat/pembuat-email.html"
BODY = "textarea[name='edit.0.text']"
# The system share sheet, recorded: Chromium on Linux has none, and a test must not open one.
SHARE_STUB = """
window.sharedTexts = [];
Object.defineProperty(navigator, "share", { configurable: true, value: async (data) => { window.sharedTexts.push(data); } });
"""


def answered_count(page) -> int:
    return int(page.locator(".ty-widget").get_attribute("data-answered") or 0)


def wait_for_answer(page, after: int = 0) -> int:
    page.wait_for_function(
        "after => Number(document.querySelector('.ty-widget').dataset.answered || 0) > after", arg=after
    )
    return answered_count(page)


def ready(page) -> int:
    expect(page.locator(".ty-widget[data-tool]")).to_have_attribute("data-state", "ready", timeout=120_000)
    return wait_for_answer(page)


def fill_situation(page, answered: int) -> int:
    page.fill("input[name=name]", "Andi Pratama")
    page.fill("input[name=company]", "PT Sinar Data")
    page.fill("input[name=role]", "Analis Data")
    page.fill("input[name='interviewers.0.name']", "Rina Wijaya")
    page.fill("input[name='interviewers.0.topic']", "migrasi data ke cloud")
    page.select_option("select[name='interviewers.0.address']", "ibu")
    answered = wait_for_answer(page, answered)
    # The reader's own draft, not the sample (which greets the same name): the topic is in it.
    expect(page.locator(BODY)).to_have_value(re.compile(r"^Yth\. Ibu Rina Wijaya,[\s\S]*migrasi data ke cloud"))
    return answered_count(page)


def starts_with(prefix: str) -> re.Pattern[str]:
    return re.compile("^" + re.escape(prefix))


def put_caret(page, offset: int) -> None:
    page.evaluate("([selector, at]) => { const field = document.querySelector(selector); field.focus();"
                  " field.setSelectionRange(at, at); }", [BODY, offset])


def test_type_into_the_draft_fix_a_typo_keep_the_edit_through_a_form_change_a_reload_and_a_language_switch(
        watched, server):
    page = watched.page
    page.goto(server + GENERATOR)
    answered = fill_situation(page, ready(page))
    body = page.locator(BODY)
    text = body.input_value()

    # Type a typo over a word, in the middle of the text: the review marks it in the text.
    start = text.index("migrasi")
    page.evaluate("([selector, from, to]) => { const field = document.querySelector(selector); field.focus();"
                  " field.setSelectionRange(from, to); field.thankyouMarker = 'same field'; }", [BODY, start, start + 7])
    page.keyboard.type("migarsi")
    mark = page.locator("mark[data-kind=misspelling]")
    expect(mark).to_have_text(starts_with("migarsi“migarsi”"), timeout=60_000)  # the word lists load at the first review
    # The field the reader types in was never re-created: same element, focus and caret where they were.
    assert page.evaluate("s => document.querySelector(s).thankyouMarker", BODY) == "same field"
    assert page.evaluate("() => document.activeElement.name") == "edit.0.text"
    assert page.evaluate("s => document.querySelector(s).selectionStart", BODY) == start + 7
    expect(page.locator("[data-message='0']")).to_have_attribute("data-edited", "true")

    # Tap the mark: its message and the fix show; one tap applies it.
    mark.click()
    fix = page.get_by_role("button", name="Ganti dengan “migrasi”")
    expect(fix).to_be_visible()
    fix.click()
    expect(body).to_have_value(text)
    expect(mark).to_have_count(0)
    expect(page.locator("[data-message='0']")).to_have_attribute("data-edited", "false")  # the draft again

    # An edit of the reader's own, typed in the middle: the caret stays after what was typed.
    answered = answered_count(page)
    insert_at = text.index("migrasi data ke cloud.") + len("migrasi data ke cloud.")
    put_caret(page, insert_at)
    added = " Diskusi itu membuat saya makin tertarik."
    page.keyboard.type(added)
    answered = wait_for_answer(page, answered)
    expect(page.locator("[data-message='0']")).to_have_attribute("data-edited", "true")
    assert page.evaluate("s => document.querySelector(s).selectionStart", BODY) == insert_at + len(added)
    assert page.evaluate("() => document.activeElement.name") == "edit.0.text"
    edited = text[:insert_at] + added + text[insert_at:]
    expect(body).to_have_value(edited)
    # The mail app link and the .eml carry the edited text (once the answer to the last keystroke is in:
    # typed slowly, as on a loaded machine, an answer may come between two keystrokes).
    expect(page.get_by_role("link", name="Buka di aplikasi email")).to_have_attribute("href", re.compile("makin%20tertarik"))

    # The form changes: the edit is kept, a note says so and offers the new draft.
    page.fill("input[name=company]", "PT Sinar Data Nusantara")
    note = page.locator("[data-edited-note]")
    expect(note).to_contain_text("Teks Anda tetap dipakai")
    expect(body).to_have_value(edited)

    # A reload keeps it (the note too: the form still differs from what the edit started from).
    page.reload()
    ready(page)
    expect(page.locator(BODY)).to_have_value(edited)
    expect(page.locator("[data-edited-note]")).to_be_visible()

    # So does the language switch (one memory per tool).
    page.hover(".md-select")
    page.click(".md-select__link[hreflang=en]")
    page.wait_for_url("**/en/alat/pembuat-email.html", wait_until="commit")
    ready(page)
    expect(page.locator(BODY)).to_have_value(edited)
    take = page.get_by_role("button", name="Use the new draft")
    expect(take).to_be_visible()

    # Taking the new draft: the company as now typed, the message follows the form again.
    take.click()
    expect(page.locator(BODY)).to_have_value(starts_with("Yth. Ibu Rina Wijaya,"))
    expect(page.locator(BODY)).not_to_have_value(edited)
    assert "PT Sinar Data Nusantara" in page.locator(BODY).input_value()
    expect(page.locator("[data-edited-note]")).to_have_count(0)
    expect(page.locator("[data-message='0']")).to_have_attribute("data-edited", "false")


def test_from_the_home_page_verdict_to_a_sent_or_shared_message_and_a_reminder(watched, server, tmp_path):
    page = watched.page
    page.context.add_init_script(SHARE_STUB)
    page.goto(server + "index.html")
    ready(page)
    page.select_option("select[name=stage]", "final")
    page.fill("input[name=ended_at]", "2026-11-26T10:00")
    expect(page.locator(".ty-deadline")).to_have_attribute("data-deadline", "2026-11-27T10:00:00+07:00")
    page.locator("[data-draft-link]").click()

    # The generator, prefilled: what the checker knew is not asked again.
    page.wait_for_url("**/alat/pembuat-email.html", wait_until="commit")
    answered = ready(page)
    expect(page.locator("input[name=interview_date]")).to_have_value("2026-11-26")
    assert page.locator("select[name=kind]").input_value() in ("thank_you", "late_thank_you", "thank_you_and_follow_up")
    reminder_day = page.locator("input[name=follow_up_on]").input_value()
    assert reminder_day, "the checker's reminder day came with the link"

    page.fill("input[name=name]", "Andi Pratama")
    page.fill("input[name=company]", "PT Sinar Data")
    page.fill("input[name=role]", "Analis Data")
    page.fill("input[name='interviewers.0.name']", "Rina Wijaya")
    page.fill("input[name='interviewers.0.email']", "rina@example.com")
    page.select_option("select[name='interviewers.0.address']", "ibu")
    wait_for_answer(page, answered)
    body = page.locator(BODY)
    expect(body).to_have_value(starts_with("Yth. Ibu Rina Wijaya,"))
    put_caret(page, len(body.input_value()))
    page.keyboard.type("\n+62 812 0000 0000")
    expect(page.locator("[data-message='0']")).to_have_attribute("data-edited", "true")
    expect(body).to_have_value(re.compile(r"\+62 812 0000 0000$"))
    # The answer to the last keystroke is in (typed slowly, an answer may come between two keystrokes).
    expect(page.get_by_role("link", name="Buka di aplikasi email")).to_have_attribute("href", re.compile("0000%200000"))
    text = body.input_value()

    # Send: the .eml and the mail app carry the finished text; the reminder is the checker's day.
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Unduh draf .eml").click()
    saved = tmp_path / download_info.value.suggested_filename
    download_info.value.save_as(saved)
    message = BytesParser(policy=default).parsebytes(Path(saved).read_bytes())
    assert message.get_content().replace("\r\n", "\n").rstrip("\n") == text
    assert message["To"].addresses[0].addr_spec == "rina@example.com"
    mailto = page.get_by_role("link", name="Buka di aplikasi email").get_attribute("href")
    assert mailto.startswith("mailto:rina@example.com?subject=") and "0000%200000" in mailto
    calendar = page.locator("a[data-export=ics]")
    assert calendar.get_attribute("download") == f"tindak-lanjut-{reminder_day}.ics"
    href = calendar.get_attribute("href")
    ics = base64.b64decode(href.split(",", 1)[1]).decode()
    assert f"DTSTART;VALUE=DATE:{reminder_day.replace('-', '')}\r\n" in ics
    expect(page.locator("[data-action=share]")).to_have_count(0)  # an email is sent, not shared

    # WhatsApp: the share sheet, with the message as it stands; nothing shared before the tap.
    answered = answered_count(page)
    page.check("input[name=channel][value=whatsapp]")
    wait_for_answer(page, answered)
    share = page.get_by_role("button", name="Bagikan ke aplikasi lain…")
    expect(share).to_be_visible()
    assert page.evaluate("() => window.sharedTexts") == []
    shared_text = page.locator(BODY).input_value()
    share.click()
    page.wait_for_function("() => window.sharedTexts.length === 1")
    assert page.evaluate("() => window.sharedTexts") == [{"text": shared_text}]
    assert not watched.foreign_requests()


def test_without_a_share_sheet_the_share_button_stays_hidden(watched, server):
    page = watched.page
    page.context.add_init_script("delete Navigator.prototype.share; delete navigator.share;")
    page.goto(server + GENERATOR)
    answered = ready(page)
    page.check("input[name=channel][value=linkedin]")
    wait_for_answer(page, answered)
    button = page.locator("[data-action=share]")
    expect(button).to_have_count(1)
    expect(button).to_be_hidden()
