"""Counting words and measuring how alike two texts are: shared by the generator and the reviewer."""

from __future__ import annotations

import re
import unicodedata

# A word: letters or digits, with inner apostrophes or hyphens ("follow-up", "don't", "kerja-sama"); a number
# with its separators is one word, as a reader counts it ("10:30", "3,65", "08.00", "26/11/2026").
_WORD = re.compile(r"[^\W_]+(?:(?:['’-]|(?<=\d)[.,:/](?=\d))[^\W_]+)*")


def words(text: str) -> list[str]:
    """The words of ``text``, lower-cased and with accents folded (for comparison, not display)."""
    return _WORD.findall(fold(text))


def word_spans(text: str) -> list[tuple[int, int]]:
    """Where each word of ``text`` starts and ends (code-point offsets), counted as ``word_count`` counts."""
    return [match.span() for match in _WORD.finditer(text)]


def fold(text: str) -> str:
    """``text`` lower-cased with accents removed: how ``words`` compares words."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in folded if not unicodedata.combining(char))


def word_count(text: str) -> int:
    """How many words ``text`` has, as a reader would count them."""
    return len(_WORD.findall(text))


def trigrams(text: str) -> set[tuple[str, str, str]]:
    """The set of consecutive word triples of ``text``."""
    tokens = words(text)
    return {tuple(tokens[i : i + 3]) for i in range(len(tokens) - 2)}  # type: ignore[misc]


def shared_trigram_ratio(first: str, second: str) -> float:
    """Share of word trigrams the two texts have in common, over the smaller set (0.0 … 1.0).

    Over the smaller set, so a short email copied into a long one still counts as a copy.
    """
    a, b = trigrams(first), trigrams(second)
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
