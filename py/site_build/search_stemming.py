"""Indonesian queries stemmed in the search worker, by the algorithm that put roots in the index.

The index carries word roots from PySastrawi (``search_roots``), but a query in a derived form
("keterlambatan") finds nothing where the page says "terlambat": lunr matches words, not roots.
Here the search worker learns PySastrawi's own algorithm (Nazief–Adriani with the confix-stripping
refinements, ``Sastrawi.Stemmer.Context``), ported line for line to ``search-stemming.js``; its
prefix rules are the data below, transcribed from ``Sastrawi.Morphology.Disambiguator``, and its
dictionary is PySastrawi's, cut down to the words and roots of the site's Indonesian pages (a
query word whose root is not on the site can match nothing anyway). With that cut the port gives
PySastrawi's root for every word whose root is in the cut dictionary (the walk is the same up to
the first dictionary hit); ``tests/build/test_search_stemming.py`` checks it word by word in Node.

The build writes one worker per language (``search-LANG.HASH.min.js``: the stemmer, then
Material's own search worker, unchanged) and points each page's ``__config.search`` at its
language's: the worker adds each query word's root as one more term, and lists the pages of the
reader's language first. Material's original worker is not shipped.

PySastrawi and its dictionary: MIT licence.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from site_build import search_roots

TEMPLATE = Path(__file__).with_name("search-stemming.js")
WORKERS_DIR = "assets/javascripts/workers"
MATERIAL_WORKER = re.compile(r"^search\.[0-9a-f]{8}\.min\.js$")
CONFIG = re.compile(r'(<script id="__config" type="application/json">)(?P<json>.*?)(</script>)', re.S)
HTML_LANG = re.compile(r'<html[^>]*\slang="(?P<lang>[a-z-]+)"', re.I)
SEARCH_INDEX = "search/search_index.json"
WORD = re.compile(r"[a-z]+")

C = "bcdfghjklmnpqrstvwxyz"  # consonants, as the rules spell them out
V = "aiueo"
# PySastrawi's prefix visitors after RemovePlainPrefix, in its order (VisitorProvider): each is a
# list of disambiguators tried in turn; each disambiguator is a list of cases, the first that
# matches deciding. A case: (pattern or exact word, result with $1.., unless) where ``unless``
# lists (group, "is" | "starts", text) conditions that make the disambiguator give nothing.
PREFIX_RULES: list[list[list[tuple[str, str, list[tuple[int, str, str]]]]]] = [
    [[(f"^ber([{V}].*)$", "$1", [])], [(f"^ber([{V}].*)$", "r$1", [])]],  # 1a, 1b
    [[(f"^ber([{C}])([a-z])(.*)", "$1$2$3", [(3, "starts", "er")])]],  # 2
    [[(f"^ber([{C}])([a-z])er([{V}])(.*)", "$1$2er$3$4", [(1, "is", "r")])]],  # 3
    [[("=belajar", "ajar", [])]],  # 4
    [[(f"^be([{C.replace('r', '')}])(er[{C}])(.*)$", "$1$2$3", [])]],  # 5
    [[(f"^ter([{V}].*)$", "$1", [])], [(f"^ter([{V}].*)$", "r$1", [])]],  # 6a, 6b
    [[(f"^ter([{C}])er([{V}].*)$", "$1er$2", [(1, "is", "r")])]],  # 7
    [[(f"^ter([{C}])(.*)$", "$1$2", [(1, "is", "r"), (2, "starts", "er")])]],  # 8
    [[(f"^te([{C}])er([{C}])(.*)$", "$1er$2$3", [(1, "is", "r")])]],  # 9
    [[(f"^me([lrwy])([{V}])(.*)$", "$1$2$3", [])]],  # 10
    [[("^mem([bfv])(.*)$", "$1$2", [])]],  # 11
    [[("^mempe(.*)$", "pe$1", [])]],  # 12
    [[(f"^mem([{V}])(.*)$", "m$1$2", [])], [(f"^mem([{V}])(.*)$", "p$1$2", [])]],  # 13a, 13b
    [[("^men([cdjstz])(.*)$", "$1$2", [])]],  # 14
    [[(f"^men([{V}])(.*)$", "n$1$2", [])], [(f"^men([{V}])(.*)$", "t$1$2", [])]],  # 15a, 15b
    [[("^meng([ghqk])(.*)$", "$1$2", [])]],  # 16
    [[(f"^meng([{V}])(.*)$", "$1$2", [])], [(f"^meng([{V}])(.*)$", "k$1$2", [])],  # 17a, 17b
     [("^menge(.*)$", "$1", [])], [(f"^meng([{V}])(.*)$", "ng$1$2", [])]],  # 17c, 17d
    [[(f"^meny([{V}])(.*)$", "ny$1$2", [])], [(f"^meny([{V}])(.*)$", "s$1$2", [])]],  # 18a, 18b
    [[("^memp([abcdfghijklmopqrstuvwxyz])(.*)$", "p$1$2", [])]],  # 19
    [[(f"^pe([wy])([{V}])(.*)$", "$1$2$3", [])]],  # 20
    [[(f"^per([{V}])(.*)$", "$1$2", [])], [(f"^pe(r[{V}])(.*)$", "$1$2", [])]],  # 21a, 21b
    [[(f"^per([{C}])([a-z])(.*)$", "$1$2$3", [(3, "starts", "er")])]],  # 23
    [[(f"^per([{C}])([a-z])er([{V}])(.*)$", "$1$2er$3$4", [(1, "is", "r")])]],  # 24
    [[("^pem([bfv])(.*)$", "$1$2", [])]],  # 25
    [[(f"^pem([{V}])(.*)$", "m$1$2", [])], [(f"^pem([{V}])(.*)$", "p$1$2", [])]],  # 26a, 26b
    [[("^pen([cdjstz])(.*)$", "$1$2", [])]],  # 27
    [[(f"^pen([{V}])(.*)$", "n$1$2", [])], [(f"^pen([{V}])(.*)$", "t$1$2", [])]],  # 28a, 28b
    [[(f"^peng([{C}])(.*)$", "$1$2", [])]],  # 29
    [[(f"^peng([{V}])(.*)$", "$1$2", [])], [(f"^peng([{V}])(.*)$", "k$1$2", [])],  # 30a, 30b
     [("^penge(.*)$", "$1", [])]],  # 30c
    [[(f"^peny([{V}])(.*)$", "ny$1$2", [])], [(f"^peny([{V}])(.*)$", "s$1$2", [])]],  # 31a, 31b
    [[("=pelajar", "ajar", []), (f"^pe(l[{V}])(.*)$", "$1$2", [])]],  # 32
    [[(f"^pe([{C}])(.*)$", "$1$2", [(2, "starts", "er")])]],  # 34
    [[(f"^ter([bcdfghjkpqstvxz])(er[{C}])(.*)$", "$1$2$3", [])]],  # 35
    [[(f"^pe([bcdfghjkpqstvxz])(er[{C}])(.*)$", "$1$2$3", [])]],  # 36
    [[(f"^([{C}])(er[{V}])(.*)$", "$1$2$3", [])], [(f"^([{C}])er([{V}])(.*)$", "$1$2$3", [])]],  # 37a, 37b
    [[(f"^([{C}])(el[{V}])(.*)$", "$1$2$3", [])], [(f"^([{C}])el([{V}])(.*)$", "$1$2$3", [])]],  # 38a, 38b
    [[(f"^([{C}])(em[{V}])(.*)$", "$1$2$3", [])], [(f"^([{C}])em([{V}])(.*)$", "$1$2$3", [])]],  # 39a, 39b
    [[(f"^([{C}])(in[{V}])(.*)$", "$1$2$3", [])], [(f"^([{C}])in([{V}])(.*)$", "$1$2$3", [])]],  # 40a, 40b
    [[("^ku(.*)$", "$1", [])]],  # 41
    [[("^kau(.*)$", "$1", [])]],  # 42
]
# ConfixStripping.PrecedenceAdjustmentSpecification: prefixes are removed before suffixes.
PRECEDENCE = ["^be(.*)lah$", "^be(.*)an$", "^me(.*)i$", "^di(.*)i$", "^pe(.*)i$", "^ter(.*)i$"]


@lru_cache(maxsize=1)
def sastrawi_dictionary() -> frozenset[str]:
    """PySastrawi's dictionary of root words, as its StemmerFactory reads it."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return frozenset(word for word in StemmerFactory().get_words() if word and word.strip())


def indonesian_words(index: dict) -> set[str]:
    """The words of the index's Indonesian entries (the ones ``search_roots`` gives roots), lower case."""
    words: set[str] = set()
    for entry in index["docs"]:
        if entry["location"].split("/", 1)[0] in ("en",):
            continue
        words |= search_roots.words_of(entry.get("title", "") + " " + entry.get("text", ""))
        words |= set(entry.get(search_roots.FIELD, "").split())
    return words


def site_dictionary(words: Iterable[str]) -> list[str]:
    """PySastrawi's dictionary cut down to the site's words and their roots."""
    words = set(words)
    candidates = words | {search_roots.root_of(word) for word in words}
    return sorted(candidates & sastrawi_dictionary())


def stemmer_data(dictionary: list[str]) -> dict:
    return {"dictionary": dictionary, "prefixRules": PREFIX_RULES, "precedence": PRECEDENCE,
            "shortestRoot": search_roots.SHORTEST_ROOT}


def worker_script(material_worker: str, data: dict, lang: str, languages: dict[str, str]) -> str:
    """One language's search worker: the stemmer and its data, then Material's worker as it is."""
    settings = {**data, "lang": lang, "langRoots": languages}
    stemmer = TEMPLATE.read_text(encoding="utf-8").replace("/*SETTINGS*/null", json.dumps(settings, separators=(",", ":")))
    return stemmer + "\n" + material_worker


def point_config(page_html: str, material_name: str, worker_name: str) -> str:
    """The page with Material's ``__config.search`` naming ``worker_name`` instead of its own worker."""
    return CONFIG.sub(lambda match: match[1] + match["json"].replace(material_name, worker_name) + match[3],
                      page_html, count=1)


def install(site_dir: Path, languages: dict[str, str]) -> dict[str, str]:
    """Write a search worker per language (``languages``: code → folder of its pages, "" for the
    root) and point every page at its language's; return code → worker file name."""
    workers = site_dir / WORKERS_DIR
    originals = [path for path in workers.glob("search.*.min.js") if MATERIAL_WORKER.match(path.name)]
    if len(originals) != 1:
        raise ValueError(f"{WORKERS_DIR}: expected one Material search worker, found {[p.name for p in originals]}")
    material = originals[0].read_text(encoding="utf-8")
    index = json.loads((site_dir / SEARCH_INDEX).read_text(encoding="utf-8"))
    data = stemmer_data(site_dictionary(indonesian_words(index)))
    names = {}
    for lang in languages:
        script = worker_script(material, data, lang, languages)
        digest = hashlib.sha256(script.encode("utf-8")).hexdigest()[:8]
        names[lang] = f"search-{lang}.{digest}.min.js"
        (workers / names[lang]).write_text(script, encoding="utf-8")
    default = next(iter(languages))
    for page in site_dir.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        if 'id="__config"' not in text:
            continue
        lang = HTML_LANG.search(text)
        name = names.get(lang["lang"] if lang else default, names[default])
        page.write_text(point_config(text, originals[0].name, name), encoding="utf-8")
    originals[0].unlink()
    return names
