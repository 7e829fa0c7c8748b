"""The generator's messages edited in place: what Python decides on each answer, and what it renders.

A message follows the form until the reader edits it; once edited, the reader's text is kept, a
changed form brings a note and one button for the new draft; the text shown is reviewed (the
reviewer's own code) and its findings marked in it; copy, mailto: and .eml carry it; a share
button for the channels a phone shares to; the follow-up reminder as the checker offers it.
"""

from __future__ import annotations

import base64
import html
import json
import re
from email.parser import BytesParser
from email.policy import default
from urllib.parse import unquote

import pytest

from thankyou.api import handle
from thankyou.spelling import Lexicon
from thankyou.web.draft import decide_edit, utf16_length
from thankyou.web import restore_form as restore

CONTEXT = {"now": "2026-11-26T05:00:00Z", "tz": "Asia/Jakarta", "offset": 420}
FORM = {
    "name": ["Andi Pratama"], "company": ["PT Sinar Data"], "role": ["Analis Data"],
    "interviewers.0.name": ["Rina Wijaya"], "interviewers.0.address": ["ibu"],
    "interviewers.0.email": ["rina.wijaya@example.com"], "interviewers.0.topic": ["migrasi data ke cloud"],
    "interview_date": ["2026-11-26"],
    "lang": ["id"], "register": ["formal"], "length": ["standard"], "channel": ["email"], "variant": ["0"],
}


def view(form, lang="id", lexicons=None):
    payload = {"op": "view", "tool": "draft", "lang": lang, "form": form, "context": CONTEXT, "link_base": "../"}
    return handle(payload, lexicons=lexicons) if lexicons is not None else handle(payload)


def textarea(markup: str, index: int = 0) -> tuple[str, str]:
    """(the opening tag's attributes, the text) of message ``index``'s editable body."""
    found = re.search(rf'<textarea id="ty-draft-body-{index}"([^>]*)>(.*?)</textarea>', markup, re.S)
    assert found, f"no editable body {index}"
    return found[1], html.unescape(found[2])


def base_of(markup: str, index: int = 0) -> str:
    return html.unescape(re.search(rf'<input type="hidden" name="edit\.{index}\.base" form="ty-draft-form" value="([^"]*)"',
                                   markup)[1])


def hrefs(markup: str, prefix: str) -> list[str]:
    return [html.unescape(value) for value in re.findall(r'href="([^"]*)"', markup) if html.unescape(value).startswith(prefix)]


def generated(form=FORM) -> str:
    return textarea(view(form)["html"])[1]


# ---- The decision: follow the draft, or keep the reader's text ---------------------------------

@pytest.mark.parametrize(
    ("sent", "base", "expected"),
    [
        # (text shown, base, edited, stale, changed)
        (None, None, ("NEW", "NEW", False, False, False)),  # first answer: the draft
        ("OLD", "OLD", ("NEW", "NEW", False, False, True)),  # not edited, the form changed: the new draft is put in
        ("NEW", "NEW", ("NEW", "NEW", False, False, False)),  # nothing changed
        ("MINE", "NEW", ("MINE", "NEW", True, False, False)),  # edited, the form as it was: kept, no note
        ("MINE", "OLD", ("MINE", "OLD", True, True, False)),  # edited, then the form changed: kept, with the note
        ("NEW", "OLD", ("NEW", "NEW", False, False, False)),  # the new draft taken: following again
        ("MINE", None, ("MINE", "", True, True, False)),  # no base (a hand-made value): kept, the new draft offered
        ("", "NEW", ("", "NEW", True, False, False)),  # emptied on purpose: kept empty
    ],
)
def test_a_message_follows_the_draft_until_the_reader_edits_it(sent, base, expected):
    edit = decide_edit("NEW", sent, base)
    assert (edit.text, edit.base, edit.edited, edit.stale, edit.changed) == expected


# ---- What the page gets ---------------------------------------------------------------------

def test_each_message_is_an_editable_field_of_the_form_kept_across_answers():
    markup = view(FORM)["html"]
    attributes, text = textarea(markup)
    assert 'name="edit.0.text"' in attributes and 'form="ty-draft-form"' in attributes
    assert 'data-keep="edit.0.text"' in attributes and "data-keep-set" not in attributes
    assert text.startswith("Yth. Ibu Rina Wijaya,") and base_of(markup) == text
    assert '<label for="ty-draft-body-0">' in markup
    assert 'data-edited="false"' in markup and "data-edited-note" not in markup
    # The widget's form is the one the field names.
    assert 'id="ty-draft-form"' in handle({"op": "widget", "tool": "draft", "lang": "id", "link_base": "../"})["html"]


def test_an_unedited_message_takes_the_new_draft_when_the_form_changes():
    first = generated()
    changed = {**FORM, "company": ["PT Sinar Data Nusantara"], "edit.0.text": [first], "edit.0.base": [first]}
    markup = view(changed)["html"]
    attributes, text = textarea(markup)
    assert "data-keep-set" in attributes and "PT Sinar Data Nusantara" in text and base_of(markup) == text
    assert "data-edited-note" not in markup


def test_an_edited_message_is_kept_and_sent_as_edited():
    draft = generated()
    mine = draft.replace("Hormat saya,", "Salam hangat,")
    markup = view({**FORM, "edit.0.text": [mine], "edit.0.base": [draft]})["html"]
    attributes, text = textarea(markup)
    assert text == mine and "data-keep-set" not in attributes and base_of(markup) == draft
    assert 'data-edited="true"' in markup and "data-edited-note" not in markup
    assert "Tampilkan kata-kata Anda" not in markup  # the sources described the draft, not this text
    # mailto: and .eml are built from the edited text.
    (mailto,) = hrefs(markup, "mailto:")
    assert "Salam%20hangat%2C" in mailto and "Hormat%20saya" not in mailto
    (eml,) = hrefs(markup, "data:message/rfc822;base64,")
    message = BytesParser(policy=default).parsebytes(base64.b64decode(eml.split(",", 1)[1]))
    assert message.get_content().replace("\r\n", "\n").rstrip("\n") == mine
    assert str(message["To"]) == "Rina Wijaya <rina.wijaya@example.com>"
    # The word count and the reviewer's link are the edited text's.
    assert f'data-words="{len(mine.split())}"' in markup
    review = html.unescape(re.search(r'data-export="review" href="([^"]*)"', markup)[1])
    assert json.loads(unquote(review.split("#prefill=", 1)[1]))["body"] == [mine]


def test_an_edited_message_and_a_changed_form_bring_the_note_and_one_button_for_the_new_draft():
    draft = generated()
    mine = draft.replace("Hormat saya,", "Salam hangat,")
    changed = {**FORM, "company": ["PT Sinar Data Nusantara"], "edit.0.text": [mine], "edit.0.base": [draft]}
    markup = view(changed)["html"]
    assert textarea(markup)[1] == mine and base_of(markup) == draft
    note = re.search(r'<p class="ty-note ty-draft-edited" data-edited-note role="status">(.*?)</p>', markup, re.S)[1]
    assert "Teks Anda tetap dipakai" in note
    button = re.search(r'<button [^>]*data-action="replace"[^>]*>', note)[0]
    values = dict((name, html.unescape(value)) for name, value in re.findall(r'(data-replace-[a-z]+)="([^"]*)"', button))
    assert values["data-replace-field"] == "edit.0.text"
    assert values["data-replace-from"] == mine and values["data-replace-range"] == f"0 {utf16_length(mine)}"
    assert "PT Sinar Data Nusantara" in values["data-replace-with"]
    # Taking it: the page sends the new draft, and the message follows the form again.
    taken = view({**changed, "edit.0.text": [values["data-replace-with"]]})["html"]
    assert "data-edited-note" not in taken and 'data-edited="false"' in taken
    assert base_of(taken) == values["data-replace-with"]


def test_english_words_for_the_note():
    english = {**FORM, "lang": ["en"], "interviewers.0.topic": ["the data migration to the cloud"]}
    draft = generated(english)
    changed = {**english, "company": ["Sinar Data"], "edit.0.text": [draft + " Thanks!"], "edit.0.base": [draft]}
    markup = view(changed, lang="en")["html"]
    assert "You edited this message" in markup and "Use the new draft" in markup


def test_bad_edited_text_is_said_in_the_readers_language_never_a_crash():
    draft = generated()
    huge = draft + " kata" * 3000  # beyond the reviewer's 10,000 characters
    markup = view({**FORM, "edit.0.text": [huge], "edit.0.base": [draft]})["html"]
    assert textarea(markup)[1] == huge
    assert re.search(r'data-review="error"[^>]*>Pesan ini belum bisa diperiksa: Isi email terlalu panjang', markup, re.S)


def test_a_lone_surrogate_in_the_edited_text_is_an_error_on_that_field():
    draft = generated()
    answered = view({**FORM, "edit.0.text": [draft + "\ud800"], "edit.0.base": [draft]})
    assert answered["html"] is None and list(answered["errors"]) == ["edit.0.text"]
    assert answered["errors"]["edit.0.text"].startswith("Isi pesan")
    # Its slot is beside the field, in the answer already on the page.
    assert 'data-error-for="edit.0.text"' in view(FORM)["html"]


# ---- The review of the text shown ----------------------------------------------------------

def lexicons_for(text: str) -> tuple[Lexicon, Lexicon]:
    words = frozenset(word.lower() for word in re.findall(r"[A-Za-z]+", text))
    return Lexicon("id", words), Lexicon("en", frozenset({"cloud", "thank", "you"}))


def test_the_edited_text_is_reviewed_and_a_typo_is_marked_in_it_with_its_fix():
    draft = generated()
    mine = draft.replace("migrasi data", "migarsi data")
    markup = view({**FORM, "edit.0.text": [mine], "edit.0.base": [draft]}, lexicons=lexicons_for(draft))["html"]
    assert 'data-review="not-ready"' in markup
    mark = re.search(r'<mark class="ty-mark ty-mark--must"[^>]*data-kind="misspelling"[^>]*>migarsi', markup)[0]
    start = mine.index("migarsi")
    assert f'data-select-range="{start} {start + 7}"' in mark and 'data-range-field="edit.0.text"' in mark
    fix = re.search(r'<button [^>]*data-action="replace"[^>]*>', markup[markup.index(mark):])[0]
    assert 'data-replace-field="edit.0.text"' in fix and 'data-replace-with="migrasi"' in fix
    assert f'data-replace-range="{start} {start + 7}"' in fix and 'data-replace-from="migarsi"' in fix
    # Note ids are per message: two messages on one page never share one.
    assert 'id="ty-draft-mark-0-0"' in markup


def test_the_draft_as_generated_is_reviewed_only_once_the_reader_edits_it():
    """A generated message passes the reviewer by construction (test_generated_emails_pass_review):
    reviewing it at every keystroke in the form would only slow the answer."""
    draft = generated()
    markup = view(FORM, lexicons=lexicons_for(draft))["html"]
    assert "data-review=" not in markup and "<mark class=\"ty-mark" not in markup
    edited = draft.replace("Hormat saya,", "Salam hormat,")
    assert edited != draft
    markup = view({**FORM, "edit.0.text": [edited], "edit.0.base": [draft]}, lexicons=lexicons_for(edited))["html"]
    assert 'data-review="ready"' in markup and "<mark class=\"ty-mark" not in markup


def test_the_word_lists_are_asked_for_once_the_reader_has_edited_a_message():
    draft = generated()
    assert "word_lists" not in view(FORM)  # the draft as generated: no 600 KB download on opening the page
    edited = {**FORM, "edit.0.text": [draft + " Salam."], "edit.0.base": [draft]}
    assert view(edited)["word_lists"] == ["id", "en"]
    # With both lists loaded, none is asked for, and the generator itself never reads them.
    answered = view(FORM, lexicons=lexicons_for(generated()))
    assert "word_lists" not in answered and answered["errors"] == {}


def test_every_message_of_a_panel_is_reviewed_on_its_own():
    panel = {**FORM, "interviewers.1.name": ["Budi Santoso"], "interviewers.1.address": ["bapak"],
             "interviewers.1.topic": ["kualitas data"]}
    markup = view(panel)["html"]
    second = textarea(markup, 1)[1]
    assert second.startswith("Yth. Bapak Budi Santoso,")
    first = textarea(markup, 0)[1]
    both = {**panel, "edit.0.text": [first + " Salam."], "edit.0.base": [first],
            "edit.1.text": [second.replace("Hormat saya,", "Salam hormat,")], "edit.1.base": [second]}
    markup = view(both)["html"]
    assert markup.count('class="ty-draft-review') == 2
    # Each against its own interviewer: the second's greeting is no slip of the first's name.
    assert 'data-kind="interviewer_misspelled"' not in markup
    only_second = {**panel, "edit.1.text": both["edit.1.text"], "edit.1.base": [second]}
    assert view(only_second)["html"].count('class="ty-draft-review') == 1


# ---- Sending: share where it fits, the reminder -----------------------------------------------

@pytest.mark.parametrize(("channel", "shared"), [("whatsapp", True), ("linkedin", True), ("email", False), ("card", False)])
def test_the_share_button_is_offered_for_the_messages_a_phone_shares(channel, shared):
    markup = view({**FORM, "channel": [channel]})["html"]
    button = re.search(r'<button [^>]*data-action="share"[^>]*>', markup)
    assert bool(button) == shared
    if shared:
        # Hidden until the page finds a share sheet; it names the field whose text it shares.
        assert " hidden" in button[0] and 'data-share-from="#ty-draft-body-0"' in button[0]


def ics_links(markup: str) -> list[str]:
    return [base64.b64decode(link.split(",", 1)[1]).decode() for link in hrefs(markup, "data:text/calendar")]


def test_a_thank_you_comes_with_the_follow_up_reminder_a_week_after_the_interview():
    markup = view(FORM)["html"]
    (calendar,) = ics_links(markup)
    assert "DTSTART;VALUE=DATE:20261203\r\n" in calendar and "SUMMARY:Tindak lanjut lamaran kerja" in calendar
    assert 'download="tindak-lanjut-2026-12-03.ics"' in markup and "Kamis, 3 Desember 2026" in markup


def test_the_reminder_day_the_checker_sent_is_kept_and_a_day_gone_by_gives_none():
    (calendar,) = ics_links(view({**FORM, "follow_up_on": ["2026-12-10"]})["html"])
    assert "DTSTART;VALUE=DATE:20261210\r\n" in calendar
    assert ics_links(view({**FORM, "follow_up_on": ["2026-11-20"]})["html"]) == []


@pytest.mark.parametrize("kind", ["reply_to_offer", "withdrawal", "reply_to_rejection", "confirm_next_round"])
def test_no_reminder_after_a_message_that_answers_news(kind):
    assert ics_links(view({**FORM, "kind": [kind]})["html"]) == []


@pytest.mark.parametrize(("kind", "attempt", "shown"), [
    ("thank_you", "1", True), ("late_thank_you", "1", True), ("thank_you_and_follow_up", "1", True),
    ("follow_up", "1", True), ("follow_up", "2", False), ("reply_to_offer", "1", False), ("withdrawal", "1", False),
])
def test_the_reminder_field_shows_only_where_a_follow_up_may_come(kind, attempt, shown):
    from thankyou.web.draft import hidden_fields

    assert ("follow_up_on" not in hidden_fields({"kind": [kind], "attempt": [attempt]})) == shown


def test_an_invalid_reminder_day_is_an_error_on_that_field():
    answered = view({**FORM, "follow_up_on": ["3 Desember"]})
    assert answered["html"] is None and list(answered["errors"]) == ["follow_up_on"]
    assert "Tanggal pengingat tindak lanjut" in answered["errors"]["follow_up_on"]


def test_the_sample_offers_no_reminder():
    assert ics_links(view({"lang": ["id"]})["html"]) == []


# ---- Memory and links: the edits are values of the form ----------------------------------------

def test_stored_edits_are_restored_and_bounded_like_any_field():
    stored = {**FORM, "edit.0.text": ["Teks saya"], "edit.0.base": ["Draf"]}
    result = restore({"tool": "draft", "lang": "en", "stored": json.dumps(stored)})
    assert result["forget_stored"] is False and result["notice"] is None
    assert result["values"]["edit.0.text"] == ["Teks saya"] and "edit" not in result["groups"]
    # Each edit stays with its message: the second message's is not moved onto the first.
    second = {**FORM, "edit.1.text": ["Teks saya"], "edit.1.base": ["Draf"]}
    values = restore({"tool": "draft", "lang": "en", "stored": json.dumps(second)})["values"]
    assert values["edit.1.text"] == ["Teks saya"] and "edit.0.text" not in values
    too_long = {**stored, "edit.0.text": ["x" * 20_001]}
    assert restore({"tool": "draft", "lang": "id", "stored": json.dumps(too_long)})["forget_stored"] is True


def test_the_checkers_link_fills_the_generator_without_leaving_anything_out():
    checked = handle({"op": "view", "tool": "check", "lang": "id", "link_base": "../",
                      "context": {"now": "2026-11-26T05:00:00Z", "tz": "Asia/Jakarta", "offset": 420},
                      "form": {"stage": ["final"], "ended_at": ["2026-11-26T10:00"], "format": ["video"],
                               "interviewers.0.name": ["Rina Wijaya"], "interviewers.0.role": ["hiring_manager"]}})
    link = html.unescape(re.search(r'href="([^"]+)" data-draft-link', checked["html"])[1])
    fragment = link.split("#prefill=", 1)[1]
    result = restore({"tool": "draft", "lang": "id", "link": fragment})
    assert result["notice"] is None
    assert result["values"]["follow_up_on"] == ["2026-12-03"]
    assert result["values"]["interviewers.0.name"] == ["Rina Wijaya"]
    assert result["values"]["interview_date"] == ["2026-11-26"]
    # The generator then offers the same reminder the checker did.
    form = {**{name: values for name, values in result["values"].items()},
            "name": ["Andi Pratama"], "company": ["PT Sinar Data"], "role": ["Analis Data"]}
    (calendar,) = ics_links(view(form)["html"])
    assert "DTSTART;VALUE=DATE:20261203\r\n" in calendar
    assert unquote(fragment)  # the link itself stays readable


@pytest.mark.parametrize("tool", ["check", "draft"])
def test_word_lists_loaded_for_one_tool_never_break_another(tool):
    """The worker passes the lists to every request once loaded (the generator loads them now): only
    the reviewer's own operation reads them."""
    form = {"stage": ["final"]} if tool == "check" else {}
    answered = handle({"op": "view", "tool": tool, "lang": "id", "form": form, "context": CONTEXT, "link_base": "../"},
                      lexicons=lexicons_for("terima kasih"))
    assert answered["errors"] == {} and answered["html"]


def test_the_first_view_puts_stored_edits_back_even_for_messages_not_on_the_page_yet():
    """The page's first view carries what the device stored; the answer renders each edited message."""
    panel = {**FORM, "interviewers.1.name": ["Budi Santoso"], "interviewers.1.address": ["bapak"],
             "interviewers.1.topic": ["dasbor penjualan"]}
    drafts = view(panel)["html"]
    edited = {**panel, "edit.0.text": [textarea(drafts, 0)[1]], "edit.0.base": [base_of(drafts, 0)],
              "edit.1.text": ["Pak Budi, terima kasih. Ini teks saya sendiri."], "edit.1.base": [base_of(drafts, 1)]}
    first = handle({"op": "view", "tool": "draft", "lang": "id", "context": CONTEXT, "link_base": "../",
                    "form": {"lang": ["id"]}, "restore": {"link": None, "stored": json.dumps(edited)}})
    assert textarea(first["html"], 1)[1] == "Pak Budi, terima kasih. Ini teks saya sendiri."
    assert first["set"]["values"]["edit.1.text"] == edited["edit.1.text"]
    # The form's group gets its two items; the answer's own controls are no group of the form.
    assert list(first["set"]["groups"]) == ["interviewers"]
    assert first["set"]["groups"]["interviewers"].count("data-repeat-item=") == 2
    assert first["restored"] == {"notice": None, "forget_stored": False, "keep": {}}


def test_stored_edits_outlive_a_form_that_cannot_be_answered_yet():
    """A stored form with an error renders no message: its edits come back as ``carry``, which the
    page sends with its form until an answer shows them."""
    panel = {**FORM, "interviewers.1.name": ["Budi Santoso"], "interviewers.1.address": ["bapak"],
             "interviewers.1.topic": ["dasbor penjualan"]}
    drafts = view(panel)["html"]
    mine = "Pak Budi, terima kasih. Ini teks saya sendiri."
    edited = {**panel, "interviewers.1.email": ["budi@"], "edit.1.text": [mine], "edit.1.base": [base_of(drafts, 1)]}
    first = handle({"op": "view", "tool": "draft", "lang": "id", "context": CONTEXT, "link_base": "../",
                    "form": {"lang": ["id"]}, "restore": {"link": None, "stored": json.dumps(edited)}})
    assert first["html"] is None and "interviewers.1.email" in first["errors"]
    assert first["carry"]["edit.1.text"] == [mine]
    # The reader mends the address: the page sends its form with what was carried.
    fixed = {**first["set"]["values"], **first["carry"], "interviewers.1.email": ["budi@example.com"]}
    answered = view(fixed)
    assert textarea(answered["html"], 1)[1] == mine and "carry" not in answered


def test_an_error_is_keyed_by_the_slot_the_page_has_for_it():
    """edit.N.text has a slot under its field; edit.N.base is hidden and has none: the form's slot."""
    sent = {**FORM, "edit.0.text": ["Teks \ud800"], "edit.0.base": ["Draf"]}
    assert list(view(sent)["errors"]) == ["edit.0.text"]
    sent = {**FORM, "edit.0.text": ["Teks"], "edit.0.base": ["Draf \ud800"]}
    assert list(view(sent)["errors"]) == ["form"]


@pytest.mark.parametrize(("address", "asked"), [("none", True), ("ibu", False)])
def test_a_formal_greeting_without_a_chosen_form_of_address_asks_for_one(address, asked):
    """"Yth. Bapak/Ibu Rina Wijaya" stands in until the reader chooses; the page says so, by the message."""
    answer = view({**FORM, "interviewers.0.address": [address]}, lang="en")
    prompt = re.findall(r'data-ask="address">([^<]*)</p>', answer["html"])
    assert bool(prompt) == asked
    if asked:
        assert "Rina Wijaya" in prompt[0] and "“Bapak/Ibu”" in prompt[0]
        assert textarea(answer["html"])[1].startswith("Yth. Bapak/Ibu Rina Wijaya,")
