"""Where the guide explains each piece of advice: stable page paths and anchors, as data.

Paths are relative to a language's root (``/`` for Indonesian, ``/en/`` for English); both
languages use the same file names and the same explicit heading ids (``{#always-send}``), so
one table serves both. ``tests/e2e/test_links.py`` fails when a target is missing from the site.
"""

from __future__ import annotations

# reason or topic code -> "page.html#anchor"
SECTIONS: dict[str, str] = {
    "always_send": "kirim-atau-tidak.html#selalu-kirim",
    "may_be_optional": "kirim-atau-tidak.html#mungkin-opsional",
    "within_24_hours": "kapan-mengirim.html#dalam-24-jam",
}

PAGES: dict[str, str] = {
    "home": "index.html",
    "checker": "alat/pemeriksa.html",
}


def link_to(code: str, base: str = "") -> str:
    """The link to the section that explains ``code``, from a page ``base`` away from the root."""
    return base + SECTIONS[code]
