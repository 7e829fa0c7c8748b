"""Indonesian word roots for the search index, so that "kirim" finds "mengirim" and "pengiriman".

Material's search runs lunr.js in the browser, which has no Indonesian stemmer, and it matches a
query as a word prefix: "kirim" finds "kiriman" but never "mengirim" or "pengiriman", where the
root sits after a prefix. At build time each Indonesian search entry gets one more field,
``roots``, holding the roots (from PySastrawi, the Nazief–Adriani stemmer) of the words in its
title and text that differ from the words themselves. mkdocs.yml declares the field to the search
plugin (`fields: roots`), so lunr indexes it like the text; readers never see it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, MutableMapping
from functools import lru_cache
from typing import Any

FIELD = "roots"
# Entries of these languages get roots; the stemmer only knows Indonesian.
LANGUAGES = frozenset({"id"})
WORD = re.compile(r"[^\W\d_]+")
TAG = re.compile(r"<[^>]*>")
# Roots this short match too much as a prefix ("di", "ke") to help anyone find anything.
SHORTEST_ROOT = 3


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=None)
def root_of(word: str) -> str:
    """The root of one Indonesian word, lower case ("pengiriman" -> "kirim")."""
    return _stemmer().stem(word.lower())


def words_of(html: str) -> set[str]:
    """The distinct words of a piece of the index (which keeps some markup), lower case."""
    return {word.lower() for word in WORD.findall(TAG.sub(" ", html))}


def roots_for(texts: Iterable[str]) -> str:
    """The roots of these texts' words that are not words of the texts themselves, space-separated."""
    words = set().union(*(words_of(text) for text in texts))
    roots = {root_of(word) for word in words}
    return " ".join(sorted(root for root in roots - words if len(root) >= SHORTEST_ROOT))


def add_roots(entries: Iterable[MutableMapping[str, Any]]) -> None:
    """Give each search entry (``title``, ``text``) its ``roots`` field, in place."""
    for entry in entries:
        roots = roots_for([entry.get("title", ""), entry.get("text", "")])
        if roots:
            entry[FIELD] = roots
