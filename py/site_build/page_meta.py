"""What a page says about itself in its <head>: description, Open Graph and hreflang tags.

Search engines and link previews (chat apps, social networks) read these. Material already
renders the title, ``<meta name="description">`` from ``page.meta["description"]``, the canonical
link and one ``<link rel="alternate" hreflang>`` per language; this adds what it does not:
a description for pages whose front matter has none (their first paragraph), Open Graph and
Twitter card tags in the page's language, and the ``x-default`` alternate (Indonesian, the
site's first language).
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass

from thankyou.texts import LANGUAGES, texts_for
from thankyou.texts.site import SiteTexts

DESCRIPTION_LENGTH = 160


def og_locale(lang: str) -> str:
    """Open Graph's locale for a page in ``lang`` (``id_ID``); the code itself for an unknown one."""
    return texts_for(SiteTexts, lang).og_locale if lang in LANGUAGES else lang

PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.DOTALL)
TAG = re.compile(r"<[^>]*>")
SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class PageMeta:
    """The facts about one page that its head tags are made of."""

    title: str
    description: str
    url: str  # absolute (site_url + page URL)
    lang: str
    other_langs: tuple[str, ...]
    site_name: str
    default_alternate: str | None  # the x-default page, relative to this page


def plain_text(html: str) -> str:
    """Text of an HTML fragment on one line, entities decoded."""
    return SPACE.sub(" ", html_lib.unescape(TAG.sub(" ", html))).strip()


def shorten(text: str, limit: int = DESCRIPTION_LENGTH) -> str:
    """Cut at a word boundary to at most ``limit`` characters, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.")
    return cut + "…"


def first_paragraph(html: str) -> str:
    """The first paragraph of a page's content that has words in it, as plain text."""
    for match in PARAGRAPH.finditer(html):
        text = plain_text(match.group(1))
        if len(text.split()) >= 5:
            return shorten(text)
    return ""


def head_tags(meta: PageMeta) -> str:
    """The tags to add to the page's <head>, escaped."""
    def tag(prop: str, content: str, attribute: str = "property") -> str:
        return f'<meta {attribute}="{prop}" content="{html_lib.escape(content, quote=True)}">'

    tags = [
        tag("og:type", "website"),
        tag("og:site_name", meta.site_name),
        tag("og:title", meta.title),
        tag("og:description", meta.description),
        tag("og:url", meta.url),
        tag("og:locale", og_locale(meta.lang)),
        *(tag("og:locale:alternate", og_locale(lang)) for lang in meta.other_langs),
        tag("twitter:card", "summary", "name"),
        tag("twitter:title", meta.title, "name"),
        tag("twitter:description", meta.description, "name"),
    ]
    if meta.default_alternate is not None:
        href = html_lib.escape(meta.default_alternate, quote=True)
        tags.append(f'<link rel="alternate" href="{href}" hreflang="x-default">')
    return "\n    ".join(tags)


def add_to_head(output: str, tags: str) -> str:
    """The page with ``tags`` inserted at the end of its <head>."""
    head_end = output.find("</head>")
    if head_end < 0:
        return output
    return f"{output[:head_end]}  {tags}\n  {output[head_end:]}"
