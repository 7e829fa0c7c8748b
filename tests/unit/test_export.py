"""Taking a generated email away: the .eml parses back to the same message, the mailto: link round-trips."""

from __future__ import annotations

import base64
import email
import email.policy
from email.header import decode_header, make_header
import re
from email.parser import BytesParser
from urllib.parse import unquote, urlsplit

import pytest
from budget import examples
from hypothesis import given, settings
from hypothesis import strategies as st

from thankyou import export
from thankyou.api import handle

REQUEST = {
    "name": "Andi Pratama", "company": "PT Sinar Data Nusantara", "role": "Analis Data",
    "interviewers": [{"name": "Rina Wijaya", "address": "ibu", "email": "rina.wijaya@example.com",
                      "topic": "rencana memindahkan gudang data ke cloud"}],
}


def request_in(lang: str) -> dict:
    """REQUEST in ``lang``: an English message takes its topic in English (an Indonesian one is refused)."""
    if lang == "id":
        return {**REQUEST, "lang": lang}
    person = {**REQUEST["interviewers"][0], "topic": "the plan to move the data warehouse to the cloud"}
    return {**REQUEST, "lang": lang, "interviewers": [person]}


def parse_eml(raw: bytes) -> email.message.EmailMessage:
    return BytesParser(policy=email.policy.default).parsebytes(raw)


def parse_mailto(link: str) -> tuple[str, dict[str, str]]:
    """A ``mailto:`` URI the way a mail program reads it (RFC 6068)."""
    parts = urlsplit(link)
    assert parts.scheme == "mailto"
    fields = {}
    for pair in parts.query.split("&"):
        key, _, value = pair.partition("=")
        fields[key] = unquote(value, errors="strict")
    return unquote(parts.path), fields


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_eml_of_a_generated_email_parses_back_to_the_same_message(lang):
    answer = handle({"op": "draft", **request_in(lang)})
    message = answer["messages"][0]
    raw = message["eml"].encode("ascii")
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")  # CRLF line endings throughout
    assert max(len(line) for line in raw.split(b"\r\n")) <= 78  # short lines, whatever the paragraphs
    parsed = parse_eml(raw)
    assert parsed["X-Unsent"] == "1"
    (to,) = parsed["To"].addresses
    assert (to.display_name, to.addr_spec) == ("Rina Wijaya", "rina.wijaya@example.com")
    assert parsed["Subject"] == message["subject"]
    assert parsed.get_content_type() == "text/plain" and parsed.get_content_charset() == "utf-8"
    assert parsed.get_content().replace("\r\n", "\n").rstrip("\n") == message["body"]
    assert message["eml_filename"] == "terima-kasih-rina-wijaya.eml" if lang == "id" else "thank-you-rina-wijaya.eml"


def test_a_subject_that_is_not_ascii_is_encoded_per_rfc_2047():
    raw = export.eml("Rina Wijaya", "rina@example.com", "Terima kasih – wawancara Analis Data", "Halo")
    header = re.search(rb"^Subject: (.*(?:\r\n[ \t].*)*)", raw, re.MULTILINE)[1]
    assert b"=?utf-8?" in header and header.isascii()
    assert parse_eml(raw)["Subject"] == "Terima kasih – wawancara Analis Data"


def test_without_an_address_the_eml_has_no_to_and_the_mailto_no_recipient():
    answer = handle({"op": "draft", **REQUEST, "interviewers": [{"name": "Rina Wijaya", "address": "ibu"}]})
    message = answer["messages"][0]
    assert parse_eml(message["eml"].encode("ascii"))["To"] is None
    assert message["mailto"].startswith("mailto:?subject=")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_mailto_link_round_trips_with_crlf_line_breaks(lang):
    message = handle({"op": "draft", **request_in(lang)})["messages"][0]
    link = message["mailto"]
    assert link.isascii() and " " not in link and "+" not in link
    assert "%0D%0A%0D%0A" in link
    to, fields = parse_mailto(link)
    assert to == "rina.wijaya@example.com"
    assert fields["subject"] == message["subject"]
    assert fields["body"] == message["body"].replace("\n", "\r\n")


def test_the_download_link_carries_the_eml_as_base64():
    url = export.data_url(b"X-Unsent: 1\r\n\r\nHi", "message/rfc822")
    assert url.startswith("data:message/rfc822;base64,")
    assert base64.b64decode(url.split(",", 1)[1]) == b"X-Unsent: 1\r\n\r\nHi"


@pytest.mark.parametrize(("who", "name"), [("Rina Wijaya", "x-rina-wijaya.eml"), ("Dr. Ñúñez & Co.", "x-dr-nunez-co.eml"),
                                           ("李小龍", "x-3.eml"), ("", "x-3.eml")])
def test_the_eml_file_name_is_plain_ascii(who, name):
    assert export.eml_filename("x", who, 2) == name


ADDRESSES = st.one_of(st.emails(), st.just("rina+hr@example.co.id"), st.just("o'brien@example.com"))
TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp")), max_size=200)


@settings(max_examples=examples(100))
@given(ADDRESSES, TEXT, TEXT, st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=500))
def test_any_message_round_trips_through_eml_and_mailto(to, name, subject, body):
    name, subject = " ".join(name.split()), " ".join(subject.split())
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    parsed = parse_eml(export.eml(name, to, subject, body))
    assert parsed["X-Unsent"] == "1"
    assert parsed["To"].addresses[0].addr_spec == to
    assert parsed["Subject"] == subject
    assert parsed.get_content().replace("\r\n", "\n") in (body, body + "\n")
    link = export.mailto(to, subject, body)
    assert link.isascii()
    address, fields = parse_mailto(link)
    assert address == to and fields["subject"] == subject and fields["body"] == body.replace("\n", "\r\n")


# Text built from the pieces of encoded-words, header names and address lists, mixed with any text.
HEADER_PIECES = st.sampled_from(["=?", "?=", "utf-8", "?q?", "?b?", "=3C", "=0D=0A", "Bcc:", "<", ">", ",", "@", '"',
                                 "\r\n", "\n", " ", "_", "é", "😀"])
HEADERISH = st.lists(st.one_of(HEADER_PIECES, TEXT), max_size=12).map("".join)


@settings(max_examples=examples(200))
@given(HEADERISH, HEADERISH)
def test_a_name_or_subject_is_always_one_literal_header(name, subject):
    raw = export.eml(name, "rina@example.com", subject, "Halo")
    head = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
    names = [line.split(":", 1)[0].lower() for line in head.split("\r\n") if not line.startswith((" ", "\t"))]
    assert sorted(names) == ["content-transfer-encoding", "content-type", "mime-version", "subject", "to", "x-unsent"]
    assert all(len(line) <= 78 for line in head.split("\r\n") if "<rina@example.com>" not in line)
    parsed = parse_eml(raw)
    (to,) = parsed["To"].addresses
    assert to.addr_spec == "rina@example.com"
    # Python's address parser puts a space between adjacent encoded-words; RFC 2047 (6.2) drops it,
    # as decode_header does: the display name is read from the header text itself.
    shown = re.search(r"^To: (.*?) ?<rina@example.com>", head.replace("\r\n ", " "), re.MULTILINE)[1]
    if shown.startswith('"'):  # a quoted-string: plain ASCII, escapes undone
        decoded = re.sub(r'\\(.)', r"\1", shown[1:-1])
    else:
        decoded = str(make_header(decode_header(shown)))
    assert decoded == " ".join(name.replace("\r", " ").replace("\n", " ").split())
    assert parsed["Subject"] == " ".join(subject.replace("\r", " ").replace("\n", " ").split())


def test_encoded_words_are_never_empty_and_stay_within_the_rfc_limit():
    for text in ["", "a", "é" * 200, "Çağla Şahin " * 10, "😀" * 40]:
        words = export.encoded_words(text)
        assert all(len(word) <= 75 and not word.endswith("?q??=") for word in words)
        assert len(words) == (0 if not text else len(words))


@pytest.mark.parametrize("address", ["eve@evil.com>, bob@example.com", "a b@example.com", "a@b", "<a@b.com>", "a@b.com\r\nBcc: c@d.com"])
def test_an_address_that_is_not_plain_gives_no_to_header(address):
    parsed = parse_eml(export.eml("Rina", address, "Halo", "Halo"))
    assert parsed["To"] is None and parsed["Bcc"] is None
