"""Only the lunr files the site's search uses: Material ships lunr's support for about thirty
languages (``assets/javascripts/lunr/``), and every shipped file would also be stored by the
service worker on a reader's first visit.

Material's search worker imports, for each language of the search plugin's ``lang``: ``tinyseg.js``
(Japanese) or ``wordcut.js`` (Hindi, Thai), ``min/lunr.LANG.min.js`` for any language but English
(built into lunr), ``min/lunr.multi.min.js`` for more than one language, and then
``min/lunr.stemmer.support.min.js`` if it imports anything. With ``lang: en`` that is nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

LUNR_DIR = "assets/javascripts/lunr/"
SEGMENTERS = {"ja": "tinyseg.js", "hi": "wordcut.js", "th": "wordcut.js"}


def needed(languages: Iterable[str]) -> set[str]:
    """The files under ``LUNR_DIR`` that Material's search worker imports for ``languages``."""
    languages = list(languages)
    files = {SEGMENTERS[lang] for lang in languages if lang in SEGMENTERS}
    files |= {f"min/lunr.{lang}.min.js" for lang in languages if lang != "en"}
    if len(languages) > 1:
        files.add("min/lunr.multi.min.js")
    if files:
        files.add("min/lunr.stemmer.support.min.js")
    return files


def unused(paths: Iterable[str], languages: Iterable[str]) -> list[str]:
    """The lunr files among ``paths`` (site-relative, POSIX) that the search never imports."""
    keep = {LUNR_DIR + name for name in needed(languages)}
    return [path for path in paths if path.startswith(LUNR_DIR) and path not in keep]
