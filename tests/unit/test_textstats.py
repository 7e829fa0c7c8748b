"""Word counts and similarity, the measures behind the generator's and the reviewer's length and panel rules."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thankyou.textstats import shared_trigram_ratio, word_count, words


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("", 0),
        ("Terima kasih atas waktunya.", 4),
        ("A follow-up, don't worry — 3 points!", 6),
        ("Yth. Ibu Rina,\n\nDengan hormat,", 5),
        ("😀 🎉", 0),
        ("Pukul 10:30 WIB, IPK 3,65, tanggal 26/11/2026, mulai 08.00.", 9),  # a number is one word with its separators
        ("Gaji Rp5.000.000 per bulan.", 4),
    ],
)
def test_word_count(text, count):
    assert word_count(text) == count


def test_words_fold_case_and_accents():
    assert words("Café CAFÉ café") == ["cafe", "cafe", "cafe"]


@pytest.mark.parametrize(
    ("first", "second", "low", "high"),
    [
        ("one two three four", "one two three four", 1.0, 1.0),
        ("one two three four", "five six seven eight", 0.0, 0.0),
        ("one two three four five", "one two three six seven", 0.3, 0.4),
        ("short", "also short", 0.0, 0.0),
    ],
)
def test_shared_trigram_ratio(first, second, low, high):
    assert low <= shared_trigram_ratio(first, second) <= high


@given(st.text(), st.text())
def test_ratio_is_a_symmetric_share(first, second):
    ratio = shared_trigram_ratio(first, second)
    assert 0.0 <= ratio <= 1.0
    assert ratio == shared_trigram_ratio(second, first)
