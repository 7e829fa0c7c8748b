"""The search worker's stemmer (site_build/search-stemming.js) gives PySastrawi's roots, word for word.

The port runs in Node over the words of the Indonesian pages and thousands of derived forms built
from their roots; for every word whose PySastrawi root is in the worker's cut-down dictionary, the
two must agree (the port's walk is the same up to the first dictionary hit; see search_stemming).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from site_build import search_roots, search_stemming

ROOT = Path(__file__).resolve().parents[2]
# Affixes and confixes of Indonesian (prefix, suffix), put on each root as they are: unrealistic
# spellings ("mengkirim") test the port's walk as well as real ones ("mengirim").
AFFIXES = [("me", ""), ("mem", ""), ("men", ""), ("meng", "kan"), ("meny", "i"), ("pe", "an"), ("pem", "an"),
           ("pen", "an"), ("peng", "an"), ("peny", ""), ("per", "an"), ("ber", ""), ("ber", "an"), ("ter", ""),
           ("te", "lah"), ("di", "kan"), ("di", "i"), ("ke", "an"), ("se", "nya"), ("memper", "kan"), ("", "nya"),
           ("", "kan"), ("", "an"), ("", "isasi"), ("ku", "pun"), ("kau", "mu")]
# Derived forms readers type, each with the root the index holds for the page's word.
QUERIES = {"keterlambatan": "lambat", "pengiriman": "kirim", "mengirimkan": "kirim", "terlambat": "lambat",
           "pewawancara": "wawancara", "diwawancarai": "wawancara", "perusahaan": "usaha", "berterima": "terima"}


def site_words() -> set[str]:
    words: set[str] = set()
    for page in (ROOT / "docs").rglob("*.md"):
        if not page.name.endswith(".en.md"):
            words |= {word for word in search_roots.words_of(page.read_text(encoding="utf-8")) if re.fullmatch("[a-z]+", word)}
    return words


def run_port(node_json, dictionary: list[str], words: list[str]) -> list[str]:
    data = search_stemming.stemmer_data(dictionary) | {"lang": "id", "langRoots": {"id": "", "en": "en/"}}
    script = search_stemming.TEMPLATE.read_text(encoding="utf-8").replace("/*SETTINGS*/null", json.dumps(data))
    program = ("globalThis.self = { addEventListener() {}, postMessage() {} };\n" + script +
               "\nprocess.stdout.write(JSON.stringify((/*INPUT*/null).map(thankyouStemmer)));\n")
    return node_json(program, words)


@pytest.fixture(scope="module")
def corpus() -> tuple[list[str], list[str]]:
    words = site_words() | set(QUERIES)
    roots = {search_roots.root_of(word) for word in words}
    derived = {prefix + root + suffix for root in roots for prefix, suffix in AFFIXES}
    dictionary = search_stemming.site_dictionary(words)
    return dictionary, sorted(words | derived)


def test_the_port_gives_pysastrawi_s_root_wherever_the_root_is_on_the_site(corpus, node_json):
    dictionary, words = corpus
    ported = dict(zip(words, run_port(node_json, dictionary, words)))
    in_dictionary = set(dictionary)
    compared = [word for word in words if search_roots.root_of(word) in in_dictionary]
    assert len(compared) > 3000
    differ = [f"{word}: {ported[word]} != {search_roots.root_of(word)}" for word in compared
              if ported[word] != search_roots.root_of(word)]
    assert not differ, differ[:20]


def test_derived_queries_find_the_root_the_index_holds(corpus, node_json):
    dictionary, _words = corpus
    assert dict(zip(QUERIES, run_port(node_json, dictionary, list(QUERIES)))) == QUERIES


def test_a_word_whose_root_is_not_on_the_site_is_left_as_it_is(corpus, node_json):
    dictionary, _words = corpus
    words = ["kebersihan", "interview", "the"]
    assert not {search_roots.root_of(word) for word in words} & set(dictionary)
    assert run_port(node_json, dictionary, words) == words
