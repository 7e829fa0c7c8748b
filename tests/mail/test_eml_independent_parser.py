"""Every exported ``.eml`` read by a mail parser we do not write with (postal-mime, in Node): the
subject, the one recipient and the body are exactly what the page shows, whatever the reader typed."""

from __future__ import annotations

import itertools
from pathlib import Path

from thankyou import export
from thankyou.api import handle

from tests.e2e.hostile_inputs import HEADERS as HEADER_SHAPED

PARSER = Path(__file__).with_name("parse_eml.mjs")

# Realistic names, roles and companies with accents and long words: a sweep for empty encoded-words.
NAMES = ["Çağla Şahin", "Rina Wijaya", "Dr. Ir. Bambang Susilo, M.M.", "José Núñez-García", "Nguyễn Thị Minh Khai",
         "Siti Nurhaliza", "Sean O'Brien", "李小龍"]
ROLES = ["Kepala Bagian Keuangan", "Analis Data", "Senior Software Engineer (Backend)", "Staf Administrasi Umum",
         "Manajer Pemasaran Digital – Wilayah Jawa Timur"]
COMPANIES = ["PT Sinar Data Nusantara Tbk.", "Café Olé", "Dinas Pekerjaan Umum dan Penataan Ruang Provinsi"]


def draft(**overrides) -> dict:
    request = {"op": "draft", "name": "Andi Pratama", "company": "PT Sinar Data", "role": "Analis Data",
               "interviewers": [{"name": "Rina Wijaya", "address": "ibu", "email": "rina@example.com"}]}
    request.update(overrides)
    return handle(request)


def assert_read_as_shown(messages: list[dict], node_json) -> None:
    """Each message's ``.eml``, read by postal-mime (``node_json``: the fixture in tests/conftest.py)."""
    emls = [message["eml"] for message in messages]
    for message, seen in zip(messages, node_json(PARSER, emls), strict=True):
        assert seen["subject"] == message["subject"], message["eml"]
        to = message["to"]
        if to["email"]:
            assert [(r["name"], r["address"], r["group"]) for r in seen["to"]] == [(to["name"], to["email"], False)], message["eml"]
        else:
            assert seen["to"] == [], message["eml"]
        assert seen["headers"].count("to") <= 1 and "bcc" not in seen["headers"] and "cc" not in seen["headers"]
        assert seen["text"].replace("\r\n", "\n").rstrip("\n") == message["body"]
        header_block = message["eml"].split("\r\n\r\n", 1)[0]
        assert "?q??=" not in header_block.lower() and "?b??=" not in header_block.lower(), header_block


def test_header_shaped_text_in_every_field_that_reaches_a_header_stays_literal(node_json):
    messages = []
    for text, lang in itertools.product(HEADER_SHAPED, ("id", "en")):
        for field in ("name", "company", "role", "interviewer"):
            if field == "interviewer":
                answer = draft(lang=lang, interviewers=[{"name": text, "address": "ibu", "email": "rina@example.com"}])
            else:
                answer = draft(lang=lang, **{field: text})
            if "error" in answer:  # refused with a message next to the field: nothing is exported
                continue
            messages.extend(answer["messages"])
    assert len(messages) >= len(HEADER_SHAPED) * 4  # most of them are accepted as text, and exported
    assert_read_as_shown(messages, node_json)


def test_realistic_names_roles_and_companies_export_without_empty_encoded_words(node_json):
    """The reader's name, the role and the company reach the subject; Python's own folding wrote
    ``=?utf-8?q??=`` before a non-ASCII word (CPython gh-136052) in about 1 % of these."""
    messages = []
    for name, role, company, lang, variant in itertools.product(NAMES, ROLES, COMPANIES, ("id", "en"), range(10)):
        answer = draft(name=name, lang=lang, variant=variant, role=role, company=company,
                       interviewers=[{"name": NAMES[variant % len(NAMES)], "address": "ibu", "email": "hr@example.co.id"}])
        for message in answer["messages"]:
            messages.append(message)
            # Every subject the reader may pick, exported the same way.
            for subject in message["subject_options"][1:]:
                messages.append({**message, "subject": subject,
                                 "eml": export.eml(message["to"]["name"], message["to"]["email"], subject, message["body"]).decode("ascii")})
    assert len(messages) == len(NAMES) * len(ROLES) * len(COMPANIES) * 2 * 10 * 3
    assert_read_as_shown(messages, node_json)


def test_a_message_edited_on_the_page_is_exported_as_edited(node_json):
    """The generator's .eml carries the reader's edited text: header-shaped lines, a line that is only a
    dot, long lines and any script stay body text, read back exactly by the independent parser."""
    import base64
    import html
    import re

    form = {"name": ["Andi Pratama"], "company": ["PT Sinar Data"], "role": ["Analis Data"],
            "interviewers.0.name": ["Rina Wijaya"], "interviewers.0.address": ["ibu"],
            "interviewers.0.email": ["rina@example.com"]}
    context = {"now": "2026-11-26T05:00:00Z", "tz": "Asia/Jakarta", "offset": 420}
    edits = [
        "Yth. Ibu Rina,\n\nBcc: x@evil.com\nSubject: other\n\n.\n\nHormat saya,\nAndi",
        "Yth. Ibu Rina,\n\n" + "kata " * 120 + "\n\nHormat saya,\nAndi",
        "Yth. Ibu Rina,\n\nTerima kasih 😀 — Çağla, 李小龍, مرحبا\n\nHormat saya,\nAndi",
        "From nobody\n=?utf-8?q?x?=\n--boundary\n\nHormat saya,\nAndi",
    ]
    emls, subjects = [], []
    for text in edits:
        markup = handle({"op": "view", "tool": "draft", "lang": "id", "context": context, "link_base": "",
                         "form": {**form, "edit.0.text": [text], "edit.0.base": ["the draft it started from"]}})["html"]
        href = html.unescape(re.search(r'href="(data:message/rfc822;base64,[^"]+)"', markup)[1])
        emls.append(base64.b64decode(href.split(",", 1)[1]).decode("ascii"))
        subjects.append(html.unescape(re.search(r'<li id="ty-draft-subject-0" data-subject="0">([^<]*)</li>', markup)[1]))
    for text, subject, seen in zip(edits, subjects, node_json(PARSER, emls), strict=True):
        assert seen["text"].replace("\r\n", "\n").rstrip("\n") == text
        assert seen["subject"] == subject
        assert [(r["name"], r["address"]) for r in seen["to"]] == [("Rina Wijaya", "rina@example.com")]
        assert "bcc" not in seen["headers"]
