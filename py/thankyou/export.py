"""A finished email as the reader takes it away: a ``mailto:`` link, an ``.eml`` draft, a download link.

Standard library only (no ``urllib``: the package does no I/O, and percent-encoding is a few lines).
"""

from __future__ import annotations

import base64
import re
import unicodedata

# RFC 3986 unreserved characters: the only ones never percent-encoded.
UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


# What each byte becomes: itself when unreserved, %XX otherwise (a table: this runs on every keystroke).
_ENCODED = [chr(byte) if chr(byte) in UNRESERVED else f"%{byte:02X}" for byte in range(256)]


def percent_encode(text: str, safe: str = "") -> str:
    """``text`` as UTF-8 with every byte outside the unreserved set (and ``safe``, ASCII) as ``%XX``."""
    table = _ENCODED
    if safe:
        table = list(table)
        for char in safe:
            table[ord(char)] = char
    return "".join([table[byte] for byte in text.encode("utf-8")])


def mailto(to: str | None, subject: str, body: str) -> str:
    """A ``mailto:`` URI (RFC 6068): the address, then ``subject`` and ``body`` percent-encoded,
    with the body's line breaks as ``%0D%0A`` as the RFC asks."""
    crlf_body = "\r\n".join(body.split("\n"))
    address = percent_encode(to, safe="@") if to else ""
    return f"mailto:{address}?subject={percent_encode(subject)}&body={percent_encode(crlf_body)}"


# atext (RFC 5322 3.2.3): a display name made of these words alone is written as it is typed.
_ATOM_PHRASE = re.compile(r"^[A-Za-z0-9!#$%&'*+/^_`{|}~-]+(?: [A-Za-z0-9!#$%&'*+/^_`{|}~-]+)*$")
# An address written between angle brackets needs no quoting: a dot-atom local part and a host name.
_ADDR_SPEC = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)
# Control characters (C0, DEL, C1) and Unicode line and paragraph separators: never part of a header.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
# Characters a Q-encoded word may carry as they are, in a subject and in a display name alike
# (RFC 2047 5(3) allows these in a phrase); everything else is written as =XX.
_Q_LITERAL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
# The longest encoded-word RFC 2047 allows is 75 characters; 66 keeps "Subject: " + a word within 78.
_WORD_LIMIT = 66
_LINE_LIMIT = 78


def _q_encode(text: str) -> str:
    return "".join(
        char if char in _Q_LITERAL else "_" if char == " " else "".join(f"={byte:02X}" for byte in char.encode("utf-8"))
        for char in text
    )


def encoded_words(text: str) -> list[str]:
    """``text`` as RFC 2047 Q-encoded words in UTF-8, each at most 66 characters, none empty, split
    between characters; a reader decodes them back to exactly ``text`` (the white space between
    adjacent encoded-words is not part of the text)."""
    words: list[str] = []
    chunk = ""
    for char in text:
        candidate = chunk + char
        if chunk and len(_q_encode(candidate)) + 12 > _WORD_LIMIT:
            words.append(f"=?utf-8?q?{_q_encode(chunk)}?=")
            candidate = char
        chunk = candidate
    if chunk:
        words.append(f"=?utf-8?q?{_q_encode(chunk)}?=")
    return words


def _fold(name: str, pieces: list[str]) -> str:
    """``Name: piece piece …`` with a line break (CRLF and a space) before a piece that would pass 78."""
    lines = [f"{name}:"]
    for piece in pieces:
        if len(lines[-1]) + 1 + len(piece) > _LINE_LIMIT and lines[-1] != f"{name}:":
            lines.append("")
        lines[-1] += f" {piece}"
    return "\r\n".join(lines)


def header_text(name: str, value: str) -> str:
    """An unstructured header (Subject) that every reader shows as ``value``, to the letter.

    Plain ASCII words are written as they are; anything else (a non-ASCII character, or text that
    merely looks like an encoded-word, ``=?...?=``) is encoded in full, so no mail program decodes
    the reader's text into something else (another header, another recipient)."""
    value = " ".join(_CONTROL.sub(" ", value).split())
    if value.isascii() and "=?" not in value and all(len(word) <= _LINE_LIMIT - len(name) - 2 for word in value.split()):
        return _fold(name, value.split())
    return _fold(name, encoded_words(value))


def header_address(name: str, display_name: str, address: str) -> str | None:
    """``To: Name <address>``: one recipient whatever the name holds; ``None`` for an address that is
    not a plain ``local@host`` (the generator accepts none such, but this is the last gate)."""
    if not _ADDR_SPEC.match(address):
        return None
    display_name = " ".join(_CONTROL.sub(" ", display_name).split())
    if not display_name:
        return _fold(name, [f"<{address}>"])
    if _ATOM_PHRASE.match(display_name) and "=?" not in display_name:
        return _fold(name, [*display_name.split(), f"<{address}>"])
    if display_name.isascii() and "=?" not in display_name and len(display_name) < _LINE_LIMIT - len(name) - 4:
        quoted = display_name.replace("\\", "\\\\").replace('"', '\\"')
        return _fold(name, [f'"{quoted}"', f"<{address}>"])
    return _fold(name, [*encoded_words(display_name), f"<{address}>"])


def eml(to_name: str, to_email: str, subject: str, body: str) -> bytes:
    """An unsent draft (``X-Unsent: 1``): To when known, Subject (RFC 2047 when not plain ASCII),
    a UTF-8 plain-text body; CRLF line endings, as a mail program expects in a file.

    The reader's words reach the headers only through ``header_text`` and ``header_address``, which
    write them literally: Python's ``email`` parses an assigned header value (decoding
    encoded-words in it, CPython gh-136052 and earlier), so a name or a subject could otherwise add
    a recipient or a header line."""
    # Imported here: the generator's page writes a file, the other pages (which encode links) never do.
    from email.message import EmailMessage
    from email.policy import SMTP

    headers = [header_address("To", to_name, to_email) if to_email else None, header_text("Subject", subject), "X-Unsent: 1"]
    message = EmailMessage(policy=SMTP)
    # Quoted-printable keeps every line of the file short and ASCII, whatever the paragraphs hold.
    message.set_content(body, charset="utf-8", cte="quoted-printable")
    content = message.as_bytes()
    return ("\r\n".join(header for header in headers if header) + "\r\n").encode("ascii") + content


def data_url(content: bytes, media_type: str) -> str:
    """``data:MEDIA;base64,...``: a download link that needs no server."""
    return f"data:{media_type};base64,{base64.b64encode(content).decode('ascii')}"


def eml_filename(stem: str, who: str, index: int) -> str:
    """``terima-kasih-rina-wijaya.eml``: ASCII only, so every system can save it."""
    folded = unicodedata.normalize("NFKD", who)
    slug = re.sub(r"[^a-z0-9]+", "-", folded.encode("ascii", "ignore").decode("ascii").lower()).strip("-")[:40].strip("-")
    return f"{stem}-{slug or index + 1}.eml"
