"""The "open in your mail app" link, with a warning when it is too long for some mail apps.

A ``mailto:`` link carries the whole message, percent-encoded: Latin-script drafts stay well
under 2,000 characters, but emoji or CJK text can reach several thousand, and some mail apps
(Outlook on Windows among them) cut or refuse a link past about 2,000. Past that length the
reader is told so before the link, and pointed to the ``.eml`` draft or copying instead.
"""

from __future__ import annotations

from thankyou.texts import texts_for
from thankyou.texts.common import CommonTexts
from thankyou.web.markup import Markup, join, tag

# Characters of the whole link, "mailto:" included: the length a mail app is handed.
MAILTO_SAFE_LENGTH = 2000


def mailto_too_long(href: str) -> bool:
    """Is this ``mailto:`` link longer than every mail app is known to take?"""
    return len(href) > MAILTO_SAFE_LENGTH


def mail_link(href: str, label: str, lang: str) -> Markup:
    """The link (class ``ty-button``, ``data-export="mailto"``), after a warning when it is too long."""
    long = mailto_too_long(href)
    link = tag("a", {"class": "ty-button ty-button--quiet" if long else "ty-button", "href": href,
                     "data-export": "mailto", "data-too-long": long}, label)
    if not long:
        return link
    warning = tag("p", {"class": "ty-note ty-mailto-warning", "data-mailto-warning": True},
                  texts_for(CommonTexts, lang).mailto_too_long)
    return join([warning, link])
