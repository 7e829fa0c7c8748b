"""Terms explained in a tooltip wherever they appear: Markdown abbreviations, per language.

Python-Markdown's ``abbr`` extension turns ``*[WIB]: Waktu Indonesia Barat`` into
``<abbr title="...">WIB</abbr>`` wherever the word occurs, and Material's ``content.tooltips``
shows the title as a tooltip. The definitions are appended to every page in its own language.
"""

from __future__ import annotations

from thankyou.texts import LANGUAGES, texts_for
from thankyou.texts.site import SiteTexts


def terms(lang: str) -> dict[str, str]:
    """The terms a page in ``lang`` explains, with their meanings (none for an unknown language)."""
    if lang not in LANGUAGES:
        return {}
    return dict(entry.split(": ", 1) for entry in texts_for(SiteTexts, lang).glossary)


def definitions(lang: str) -> str:
    """The Markdown abbreviation definitions for a language (empty for an unknown one)."""
    return "\n".join(f"*[{term}]: {meaning}" for term, meaning in terms(lang).items())


def with_glossary(markdown: str, lang: str) -> str:
    """A page's Markdown with its language's definitions appended."""
    glossary = definitions(lang)
    return f"{markdown}\n\n{glossary}\n" if glossary else markdown
