"""The generator as the page shows it, and the examples page that the same code renders at build time."""

from __future__ import annotations

import base64
import html
import json
import re
from datetime import datetime
from email.parser import BytesParser
from email.policy import default
from urllib.parse import unquote

import pytest
from draft_rules import assert_keeps_rules, assert_length

from thankyou import guide
from thankyou.api import handle
from thankyou.examples import EXAMPLES
from thankyou.web.draft import form_values, to_request
from thankyou.web.forms import client_context

CONTEXT = {"now": "2026-11-26T05:00:00Z", "tz": "Asia/Jakarta", "offset": 420}
FORM = {
    "name": ["Andi Pratama"], "company": ["PT Sinar Data Nusantara"], "role": ["Analis Data"],
    "interviewers.0.name": ["Rina Wijaya"], "interviewers.0.address": ["ibu"],
    "interviewers.0.email": ["rina.wijaya@example.com"], "interviewers.0.topic": ["migrasi data ke cloud"],
    "interviewers.2.name": ["Budi Santoso"], "interviewers.2.address": ["bapak"],
    "interviewers.2.topic": ["kualitas data"],
    "lang": ["id"], "register": ["formal"], "length": ["standard"], "channel": ["email"], "variant": ["0"],
}


def view(form, lang="id", **extra):
    return handle({"op": "view", "tool": "draft", "lang": lang, "form": form, "context": CONTEXT, "link_base": "../", **extra})


def attribute(markup: str, name: str) -> list[str]:
    return [html.unescape(value) for value in re.findall(rf'{name}="([^"]*)"', markup)]


def prefill(link: str) -> dict:
    assert "#prefill=" in link
    return json.loads(unquote(link.split("#prefill=", 1)[1]))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_widget_has_a_labelled_form_and_shows_a_sample_before_anything_is_typed(lang):
    markup = handle({"op": "widget", "tool": "draft", "lang": lang, "link_base": "../"})["html"]
    form = re.sub(r"<template.*?</template>", "", markup, flags=re.S)
    controls = re.findall(r'<(select|input|textarea)([^>]*)>', form)
    assert len(controls) > 15
    for kind, attributes in controls:
        if 'type="hidden"' in attributes:
            continue  # what an edited message started from: no one types in it
        control_id = re.search(r' id="([^"]+)"', attributes)[1]
        if 'type="radio"' in attributes:
            assert re.search(rf'<label class="ty-choice"><input [^>]*id="{control_id}"', form), control_id
        else:
            assert f'<label for="{control_id}">' in form, control_id
    assert 'data-repeat="interviewers"' in markup and 'name="interviewers.0.topic"' in markup
    assert 'data-sample="true"' in markup
    # On the English pages the message is in English unless the reader chooses otherwise.
    checked = re.search(r'<input type="radio" name="lang" value="(\w+)" checked', markup)[1]
    assert checked == lang
    sample = EXAMPLES["first-interview-" + lang]
    assert html.escape(sample["interviewers"][0]["topic"], quote=True) in markup


@pytest.mark.parametrize("lang", ["id", "en"])
def test_what_the_reader_took_part_in_is_asked_before_its_date(lang):
    # The date's label follows the step ("Tanggal tes"): read top to bottom on a phone, the step comes first.
    markup = handle({"op": "widget", "tool": "draft", "lang": lang, "link_base": "../"})["html"]
    assert 0 < markup.index('name="step"') < markup.index('name="interview_date"')


def test_every_message_gets_its_own_copy_mailto_eml_and_review_buttons():
    answer = view(FORM)
    assert answer["errors"] == {}
    markup = answer["html"]
    assert markup.count('class="ty-draft-message"') == 2
    for index in (0, 1):
        assert f'id="ty-draft-body-{index}"' in markup
        assert f'data-copy-from="#ty-draft-body-{index}"' in markup
        assert f'data-copy-from="#ty-draft-subject-{index}"' in markup and f'id="ty-draft-subject-{index}"' in markup
    assert re.findall(r'data-action="copy"[^>]*><span class="ty-copy-label">[^<]+</span>'
                      r'<span class="ty-copied-label">([^<]*)</span></button>', markup) == ["Tersalin"] * 4
    assert [json.loads(event) for event in attribute(markup, "data-event")] == [{"action": "step", "control": "variant"}]
    mailtos = [link for link in attribute(markup, "href") if link.startswith("mailto:")]
    assert mailtos[0].startswith("mailto:rina.wijaya@example.com?subject=") and mailtos[1].startswith("mailto:?subject=")
    downloads = attribute(markup, "download")
    assert downloads[:2] == ["terima-kasih-rina-wijaya.eml", "terima-kasih-budi-santoso.eml"]
    assert downloads[2:] == ["tindak-lanjut-2026-12-03.ics"]  # one follow-up reminder for the panel
    emls = [link for link in attribute(markup, "href") if link.startswith("data:message/rfc822;base64,")]
    parsed = BytesParser(policy=default).parsebytes(base64.b64decode(emls[0].split(",", 1)[1]))
    assert parsed["X-Unsent"] == "1" and "Yth. Ibu Rina Wijaya," in parsed.get_content()



def calendar_text(markup: str) -> str:
    link = next(link for link in attribute(markup, "href") if link.startswith("data:text/calendar"))
    text = base64.b64decode(link.split(",", 1)[1]).decode("utf-8")
    return re.sub(r"\r?\n[ \t]", "", text).replace("\\,", ",")  # iCalendar's folded lines and escapes undone


@pytest.mark.parametrize(("changes", "lang", "words"), [
    ({}, "en", "No news since the interview?"),
    ({"step": ["written_test"]}, "en", "No news since the test? Send the recruiter"),
    ({"step": ["psychological_test"]}, "id", "Belum ada kabar setelah tes"),
    ({"kind": ["follow_up"], "attempt": ["1"]}, "en", "Send your second and last follow-up"),
])
def test_the_generators_reminder_says_what_the_checkers_says_for_the_same_step(changes, lang, words):
    markup = view({**FORM, "interview_date": ["2026-11-24"], **changes}, lang=lang)["html"]
    assert words in calendar_text(markup)

def test_every_message_links_to_the_reviewer_with_the_reviewers_field_names():
    markup = view(FORM)["html"]
    links = [link for link in attribute(markup, "href") if "#prefill=" in link]
    assert len(links) == 2
    assert all(link.startswith("../" + guide.PAGES["reviewer"] + "#prefill=") for link in links)
    values = prefill(links[1])
    assert set(values) == {"subject", "body", "interviewer", "company", "role", "lang", "channel"}
    assert values["interviewer"] == ["Budi Santoso"] and values["channel"] == ["email"] and values["lang"] == ["id"]
    assert values["body"][0].startswith("Yth. Bapak Budi Santoso,")
    assert all(isinstance(value, list) and len(value) == 1 for value in values.values())


def test_errors_come_in_the_pages_language_next_to_the_field_as_the_page_names_it():
    form = {**FORM, "lang": ["en"], "interviewers.2.email": ["not an address"]}
    answer = view(form, lang="id")
    assert answer["html"] is None
    assert answer["errors"] == {
        "interviewers.2.email": "Alamat email pewawancara: alamat email tidak valid. Contoh yang benar: nama@perusahaan.co.id."
    }
    answer = view({**FORM, "role": [""]}, lang="en")
    assert answer["errors"] == {"role": "Position applied for is required."}
    # A date still to come, named as the label beside it names the field: after a test, "Test date".
    answer = view({**FORM, "interview_date": ["2999-11-26"], "step": ["written_test"]}, lang="en")
    assert answer["errors"] == {"interview_date": "Test date: this date has not come yet. Give today's date or an earlier one."}


ALWAYS_HIDDEN_FOR_A_THANK_YOU = ["next_step", "offer_reply", "attempt"]


def test_the_form_shows_only_the_fields_that_matter_for_the_kind_channel_and_language():
    assert view(FORM)["hidden"] == [*ALWAYS_HIDDEN_FOR_A_THANK_YOU, "time_of_day", "interviewers.name_form",
                                    "recruiter_interviewer", "recruiter_name", "recruiter_address", "recruiter_email",
                                    # the page's own names: the field in each item (FORM has two)
                                    "interviewers.0.name_form", "interviewers.2.name_form",
                                    "interview_date@test",  # the date's label for a test, hidden
                                    # the recipient's labels and hints for a test, in every item
                                    "interviewers@test", "interviewers.item@test", "interviewers.name@test",
                                    "interviewers.email@test", "interviewers.topic@test",
                                    "follow_up_on@test"]  # and the reminder's hint for a test
    # One message to the recruiter: which interviewer they were, or their own name and address.
    hidden = view({**FORM, "send_to": ["recruiter"]})["hidden"]
    assert "recruiter_interviewer" not in hidden and "recruiter_name" not in hidden and "send_to" not in hidden
    hidden = view({**FORM, "send_to": ["recruiter"], "recruiter_interviewer": ["2"]})["hidden"]
    assert "recruiter_interviewer" not in hidden and "recruiter_name" in hidden
    assert "send_to" in view({**FORM, "kind": ["follow_up"]})["hidden"]
    # A chat: no contact line, no addresses; Indonesian WhatsApp greets by time of day.
    hidden = view({**FORM, "channel": ["whatsapp"]})["hidden"]
    assert hidden[:2] == ["contact", "interviewers.email"] and "time_of_day" not in hidden
    # English: the form of the name in "Dear Ms. …" is the reader's choice.
    assert "interviewers.name_form" not in view({**FORM, "lang": ["en"]})["hidden"]
    # Each kind shows what it says: the next round's details, the answer to an offer, which follow-up.
    assert "next_step" not in view({**FORM, "kind": ["confirm_next_round"]})["hidden"]
    assert "offer_reply" not in view({**FORM, "kind": ["reply_to_offer"]})["hidden"]
    follow_up = view({**FORM, "kind": ["follow_up"]})["hidden"]
    assert "attempt" not in follow_up and "why" in follow_up and "forgot" in follow_up


def test_an_untouched_form_shows_the_sample_in_the_chosen_shape():
    answer = view({"lang": ["en"], "channel": ["card"], "variant": ["2"], "interviewers.0.address": ["none"]})
    assert 'data-sample="true"' in answer["html"] and 'data-channel="card"' in answer["html"]
    assert "Versi 3" in answer["html"]  # the page's language; numbered from 1 for readers
    assert "Dear Ms. Wijaya," in answer["html"]


@pytest.mark.parametrize("payload", ["<img src=x onerror=alert(1)>", "</textarea><script>alert(1)</script>",
                                     '"><svg onload=alert(1)>'])
def test_hostile_values_never_come_back_as_markup(payload):
    for field in ("name", "company", "interviewers.0.topic", "strength"):
        answer = view({**FORM, field: [payload]})
        assert "<img" not in str(answer) and "<script" not in str(answer) and "<svg" not in str(answer)


def test_another_version_is_the_same_form_with_the_next_number():
    first, second = view(FORM)["html"], view({**FORM, "variant": ["1"]})["html"]
    assert first != second and "Versi 2" in second


# ---- Examples page ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_every_example_keeps_the_rules_and_opens_in_the_generator(name):
    request = EXAMPLES[name]
    answer = handle({"op": "draft", **request})
    for message in answer["messages"]:
        assert_keeps_rules(message, answer, reader_text="\x00".join(
            [request["name"], request["company"], request["role"], request.get("contact", ""),
             *(value for person in request.get("interviewers", []) for value in person.values())]))
        assert_length(message, answer)
    for page_lang in ("id", "en"):
        markup = handle({"op": "example", "name": name, "lang": page_lang, "link_base": ""})["html"]
        assert markup.count("<pre") == len(answer["messages"])  # each text in a code block: the theme's copy button
        for message in answer["messages"]:
            assert html.escape(message["body"], quote=True) in markup
        generator = next(link for link in attribute(markup, "href") if link.startswith(guide.PAGES["generator"]))
        # The link fills the generator's form, and that form asks for exactly this example.
        values = prefill(generator)
        assert values == form_values(request)
        rebuilt = to_request(values, client_context(CONTEXT), page_lang)
        assert handle({"op": "draft", **rebuilt}) == answer


def test_an_unknown_example_is_an_error_not_a_crash():
    answer = handle({"op": "example", "name": "nope", "lang": "en"})
    assert answer["error"]["field"] == "name" and answer["error"]["code"] == "choice"


# ---- From the checker's advice to a drafted message ----------------------------------------------

CHECKED = [
    {"stage": "first", "ended_at": "2026-12-09T10:00+07:00", "now": "2026-12-09T15:00+07:00"},
    {"stage": "first", "ended_at": "2026-12-05T10:00+07:00", "now": "2026-12-08T15:00+07:00"},
    {"stage": "first", "ended_at": "2026-11-25T10:00+07:00", "now": "2026-12-03T15:00+07:00"},
    {"stage": "final", "ended_at": "2026-11-10T10:00+07:00", "now": "2026-12-03T15:00+07:00", "decision_by": "2026-11-17"},
    {"stage": "first", "status": "rejected"},
    {"stage": "second", "status": "offer"},
    {"stage": "first", "status": "next_round"},
    {"stage": "first", "status": "not_interested"},
]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("situation", CHECKED)
def test_every_message_the_checker_advises_opens_in_the_generator_as_that_kind(lang, situation):
    from thankyou.web.check import draft_link

    checked = handle({"op": "check", "lang": lang, **situation,
                      "interviewers": [{"name": "Rina Wijaya", "role": "hiring_manager"}]})
    link = draft_link(checked, "../")
    assert link, checked["verdict"]
    form = {**prefill(link), "name": ["Andi Pratama"], "company": ["PT Sinar Data"], "role": ["Analis Data"]}
    # The generator reads the clock the checker read: the interview is never still to come.
    now = datetime.fromisoformat(situation["now"]) if "now" in situation else None
    drafted = handle({"op": "draft", **to_request(form, client_context(CONTEXT), lang)}, now=now)
    assert drafted["kind"] == checked["draft"]["kind"]
    assert drafted["messages"] and drafted["lang"] == checked["draft"]["lang"]
    if checked["draft"]["kind"] == "follow_up":
        assert drafted["attempt"] == checked["draft"]["attempt"]


# A chat or semi-formal greeting by time of day greets at the hour the message is sent: in working hours
# (the checker and the WhatsApp note both say so). Written at 21:00 or 06:00, it goes the next working
# morning, so it says "Selamat pagi", never a "Selamat malam" that lands at eight in the morning.
@pytest.mark.parametrize(("utc", "greeting"), [("2026-11-26T02:00:00Z", "Selamat pagi"),   # 09:00 in Jakarta
                                               ("2026-11-26T06:00:00Z", "Selamat siang"),  # 13:00
                                               ("2026-11-26T09:30:00Z", "Selamat sore"),   # 16:30
                                               ("2026-11-26T14:00:00Z", "Selamat pagi"),   # 21:00
                                               ("2026-11-25T23:00:00Z", "Selamat pagi")])  # 06:00
def test_a_greeting_by_time_of_day_is_for_the_hour_the_message_is_sent(utc, greeting):
    form = {**FORM, "channel": ["whatsapp"]}
    request = to_request(form, client_context({**CONTEXT, "now": utc}), "id")
    (first, *_rest) = handle({"op": "draft", **request})["messages"]
    assert first["greeting"].startswith(greeting + ","), first["greeting"]
