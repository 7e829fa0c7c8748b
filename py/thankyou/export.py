"""A finished email as the reader takes it away: a ``mailto:`` link, an ``.eml`` draft, a download link.

Standard library only (no ``urllib``: the package does no I/O, and percent-encoding is a few lines).
"""

from __future__ import annotations

import base64
import re
import unicodedata
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP

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


def eml(to_name: str, to_email: str, subject: str, body: str) -> bytes:
    """An unsent draft (``X-Unsent: 1``): To when known, Subject (RFC 2047 when not ASCII),
    a UTF-8 plain-text body; CRLF line endings, as a mail program expects in a file."""
    message = EmailMessage(policy=SMTP)
    if to_email:
        try:
            message["To"] = Address(display_name=to_name, addr_spec=to_email)
        except (ValueError, IndexError, HeaderParseError):
            message["To"] = Address(addr_spec=to_email)
    message["Subject"] = subject
    message["X-Unsent"] = "1"
    # Quoted-printable keeps every line of the file short and ASCII, whatever the paragraphs hold.
    message.set_content(body, charset="utf-8", cte="quoted-printable")
    return message.as_bytes()


def data_url(content: bytes, media_type: str) -> str:
    """``data:MEDIA;base64,...``: a download link that needs no server."""
    return f"data:{media_type};base64,{base64.b64encode(content).decode('ascii')}"


def eml_filename(stem: str, who: str, index: int) -> str:
    """``terima-kasih-rina-wijaya.eml``: ASCII only, so every system can save it."""
    folded = unicodedata.normalize("NFKD", who)
    slug = re.sub(r"[^a-z0-9]+", "-", folded.encode("ascii", "ignore").decode("ascii").lower()).strip("-")[:40].strip("-")
    return f"{stem}-{slug or index + 1}.eml"
