"""A reader on the generator page: fill the form, see the email, copy it, download the .eml, ask for another version."""

from __future__ import annotations

import json
from email.parser import BytesParser
from email.policy import default
from pathlib import Path
from urllib.parse import unquote

from playwright.sync_api import expect

from .waiting import wait_for_answer

GENERATOR = "alat/pembuat-email.html"


def open_generator(watched, server, path=GENERATOR):
    page = watched.page
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.rstrip("/"))
    page.goto(server + path)
    expect(page.locator(".ty-widget[data-tool=draft]")).to_have_attribute("data-state", "ready", timeout=120_000)
    return page, wait_for_answer(page)


def test_fill_the_form_see_the_email_copy_it_and_download_the_eml(watched, server, tmp_path):
    page, answered = open_generator(watched, server)
    expect(page.locator(".ty-draft")).to_have_attribute("data-sample", "true")  # until the reader types

    page.fill("input[name=name]", "Dewi Lestari")
    page.fill("input[name=company]", "PT Arunika Logistik")
    page.fill("input[name=role]", "Koordinator Gudang")
    page.fill("input[name='interviewers.0.name']", "Maria Simanjuntak")
    page.fill("input[name='interviewers.0.email']", "maria@example.com")
    page.fill("input[name='interviewers.0.topic']", "program pelatihan staf gudang baru")
    page.fill("input[name=interview_date]", "2026-11-25")
    # A choice last: its change answers at once and cancels the typing delay, so the answer that
    # shows it is the final one (older answers are dropped), and the buttons are not re-rendered.
    page.select_option("select[name='interviewers.0.address']", "ibu")
    wait_for_answer(page, answered)
    body = page.locator("#ty-draft-body-0")
    expect(body).to_contain_text("Yth. Ibu Maria Simanjuntak,")
    expect(page.locator(".ty-draft")).not_to_have_attribute("data-sample", "true")
    text = body.input_value()
    assert text.startswith("Yth. Ibu Maria Simanjuntak,\n\nDengan hormat,\n\n")
    assert "pada 25 November" in text and text.rstrip().endswith("Hormat saya,\nDewi Lestari")

    copy = page.locator("[data-action=copy][data-copy-from='#ty-draft-body-0']")
    # The button holds both labels; the style sheet shows one (innerText: the one shown).
    expect(copy).to_have_text("Salin isi pesan", use_inner_text=True)
    copy.click()
    expect(copy).to_have_text("Tersalin", use_inner_text=True)  # the confirmation, in the page's language
    expect(copy).to_have_text("Salin isi pesan", use_inner_text=True)  # and back after a moment
    assert page.evaluate("navigator.clipboard.readText()") == text

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Unduh draf .eml").click()
    download = download_info.value
    assert download.suggested_filename == "terima-kasih-maria-simanjuntak.eml"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    message = BytesParser(policy=default).parsebytes(Path(saved).read_bytes())
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == "maria@example.com"
    assert message["Subject"] == page.locator("#ty-draft-subject-0").inner_text()
    assert message.get_content().replace("\r\n", "\n").rstrip("\n") == text

    mailto = page.get_by_role("link", name="Buka di aplikasi email").get_attribute("href")
    assert mailto.startswith("mailto:maria@example.com?subject=") and "%0D%0A" in mailto

    review = page.get_by_role("link", name="Tinjau draf ini").get_attribute("href")
    assert review.startswith("../alat/peninjau-draf.html#prefill=")
    values = json.loads(unquote(review.split("#prefill=", 1)[1]))
    assert values["body"] == [text] and values["interviewer"] == ["Maria Simanjuntak"]


def fill_one_interview(page):
    """Andi's interview with Rina Wijaya for Analis Data at PT Sinar Data."""
    page.fill("input[name=name]", "Andi")
    page.fill("input[name=company]", "PT Sinar Data")
    page.fill("input[name=role]", "Analis Data")
    page.fill("input[name='interviewers.0.name']", "Rina Wijaya")


def test_what_a_new_answer_leaves_unchanged_stays_on_the_page_so_a_tap_is_not_lost(watched, server):
    # A tap is a press and a release on the same element: one re-created between them is no click.
    page, answered = open_generator(watched, server)
    fill_one_interview(page)
    answered = wait_for_answer(page, answered)
    page.evaluate("() => { document.querySelector('.ty-draft-bar [data-action=step]').thankyouMark = 'kept'; }")
    page.fill("input[name=role]", "Analis Data Senior")  # a new message, the same bar
    answered = wait_for_answer(page, answered)
    expect(page.locator("#ty-draft-body-0")).to_contain_text("Analis Data Senior")
    assert page.evaluate("() => document.querySelector('.ty-draft-bar [data-action=step]').thankyouMark") == "kept"
    page.get_by_role("button", name="Versi lain").click()
    expect(page.locator(".ty-draft-version")).to_have_text("Versi 2")  # what changed is shown


def test_typing_on_as_an_answer_removes_a_note_above_the_field_loses_no_keystroke(watched, server):
    # The reader fills the topic and goes straight on to the message: leaving the topic field sends
    # the form, and its answer, without the note asking for a topic, lands while they type.
    page, answered = open_generator(watched, server)
    fill_one_interview(page)
    answered = wait_for_answer(page, answered)
    expect(page.locator("[data-ask=topic]")).to_have_count(1)
    page.fill("input[name='interviewers.0.topic']", "migrasi data ke BigQuery")
    body = page.locator("#ty-draft-body-0")
    body.click()  # the topic field's change goes to Python now
    page.keyboard.press("Control+End")
    typed = "\nSalam, Andi (0812 0000 0000)"
    page.keyboard.type(typed, delay=25)
    wait_for_answer(page, answered)
    expect(page.locator("[data-ask=topic]")).to_have_count(0)
    assert body.input_value().endswith(typed)
    assert page.evaluate("() => document.activeElement.id") == "ty-draft-body-0"


def test_another_version_and_a_second_interviewer(watched, server):
    page, answered = open_generator(watched, server)
    fill_one_interview(page)
    page.select_option("select[name='interviewers.0.address']", "ibu")
    answered = wait_for_answer(page, answered)
    expect(page.locator("#ty-draft-body-0")).to_contain_text("Yth. Ibu Rina Wijaya,")
    first = page.locator("#ty-draft-body-0").input_value()

    page.get_by_role("button", name="Versi lain").click()
    answered = wait_for_answer(page, answered)
    expect(page.locator("input[name=variant]")).to_have_value("1")
    expect(page.locator(".ty-draft-version")).to_have_text("Versi 2")
    assert page.locator("#ty-draft-body-0").input_value() != first

    page.get_by_role("button", name="Tambah").click()
    page.fill("input[name='interviewers.1.name']", "Budi Santoso")
    page.select_option("select[name='interviewers.1.address']", "bapak")
    wait_for_answer(page, answered)
    expect(page.locator(".ty-draft-message")).to_have_count(2)
    expect(page.locator("#ty-draft-body-1")).to_contain_text("Yth. Bapak Budi Santoso,")
    expect(page.locator("[data-export=eml]")).to_have_count(2)


def test_a_bad_address_gets_a_message_next_to_its_field(watched, server):
    page, answered = open_generator(watched, server, "en/" + GENERATOR)
    expect(page.locator("input[name=lang][value=en]")).to_be_checked()
    page.fill("input[name=name]", "Andi")
    page.fill("input[name=company]", "Sinar Data")
    page.fill("input[name=role]", "Data Analyst")
    page.fill("input[name='interviewers.0.email']", "not an address")
    message = page.locator("[data-error-for='interviewers.0.email']")
    expect(message).to_have_text("Interviewer's email address: not a valid email address. A valid example: name@company.com.")
    page.fill("input[name='interviewers.0.email']", "rina@example.com")
    expect(message).to_have_text("")
    expect(page.locator("#ty-draft-body-0")).to_contain_text("Dear Hiring Team at Sinar Data,")
    assert answered


def test_an_example_opens_in_the_generator_with_its_values(watched, server):
    page = watched.page
    page.goto(server + "contoh.html")
    # One per situation, every kind of message among them: as many as the page's source opens.
    situations = (Path(__file__).resolve().parents[2] / "docs" / "contoh.md").read_text(encoding="utf-8").count('\n=== "Bahasa Indonesia"')
    assert situations >= 14
    expect(page.locator(".tabbed-set")).to_have_count(situations)
    first = page.locator(".ty-example").first
    expect(first.locator("pre code")).to_contain_text("Yth. Ibu Rina Wijaya,")
    expect(first.locator(".md-code__button").first).to_be_attached()  # the theme's copy button on the text
    first.get_by_role("link", name="Ubah contoh ini di pembuat email").click()
    expect(page.locator(".ty-widget[data-tool=draft]")).to_have_attribute("data-state", "ready", timeout=120_000)
    expect(page.locator("input[name=name]")).to_have_value("Andi Pratama")
    expect(page.locator("input[name='interviewers.0.topic']")).to_have_value("rencana memindahkan gudang data ke cloud")
    wait_for_answer(page)
    expect(page.locator(".ty-draft")).not_to_have_attribute("data-sample", "true")
    expect(page.locator("#ty-draft-body-0")).to_contain_text("rencana memindahkan gudang data ke cloud")


def test_a_missing_topic_is_asked_for_and_another_kind_of_message_is_one_choice_away(watched, server):
    page, answered = open_generator(watched, server)
    page.fill("input[name=name]", "Dewi Lestari")
    page.fill("input[name=company]", "PT Arunika Logistik")
    page.fill("input[name=role]", "Koordinator Gudang")
    page.fill("input[name='interviewers.0.name']", "Bu Dita")
    page.select_option("select[name='interviewers.0.address']", "none")
    answered = wait_for_answer(page, answered)
    # "Bu Dita" is greeted once, and the page asks what was discussed instead of inventing it.
    expect(page.locator("#ty-draft-body-0")).to_contain_text("Yth. Ibu Dita,")
    expect(page.locator(".ty-draft-ask")).to_contain_text("Apa yang Anda bahas dengan Ibu Dita?")
    expect(page.locator("[data-field=attempt]")).to_be_hidden()

    page.select_option("select[name=kind]", "follow_up")
    answered = wait_for_answer(page, answered)
    expect(page.locator("[data-field=attempt]")).to_be_visible()
    expect(page.locator("#ty-draft-body-0")).to_contain_text("menindaklanjuti")
    expect(page.locator(".ty-draft-ask")).to_have_count(0)
    page.locator("input[name=attempt][value='2']").check()
    wait_for_answer(page, answered)
    expect(page.locator("#ty-draft-body-0")).to_contain_text("pesan saya sebelumnya")
