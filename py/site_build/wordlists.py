"""Build time: the reviewer's word lists, expanded from the pinned Hunspell dictionaries in node_modules.

English is ``dictionary-en`` and ``dictionary-en-gb`` (Hunspell ``en_US`` and ``en_GB`` from SCOWL,
packaged by wooorm; licence MIT AND BSD), so that "programme" and "program" are both right: their
``.dic`` stems are expanded with the ``.aff`` prefix and suffix rules below, in pure Python.
Indonesian is ``@cspell/dict-id-id`` (Hunspell ``id_ID`` by shuLhan, LGPL-3.0), which ships the
same Hunspell dictionary already expanded into a cspell trie (format ``TrieXv3``): read below.
There is no ``dictionary-id`` on npm.

The result is one compact list per language: lower-case words, one per line, sorted, without
numbers or forms the reviewer never looks up. Only the reviewer's page fetches it, and the
command line reads the same file (see :func:`thankyou.spelling.parse_word_list`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from site_build.runtime import write_atomically
from thankyou.spelling import Lexicon, parse_word_list, reducible

ROOT = Path(__file__).resolve().parents[2]
NODE_MODULES = ROOT / "node_modules"
CACHE = ROOT / ".cache" / "wordlists"
SITE_PATH = "assets/words/{lang}.txt"  # where the site serves each list


@dataclass(frozen=True)
class Source:
    package: str
    files: tuple[str, ...]
    licence: str


SOURCES: dict[str, tuple[Source, ...]] = {
    "en": (
        Source("dictionary-en", ("index.aff", "index.dic"), "MIT AND BSD (SCOWL)"),
        Source("dictionary-en-gb", ("index.aff", "index.dic"), "MIT AND BSD (SCOWL)"),
    ),
    "id": (Source("@cspell/dict-id-id", ("dict/id-id.trie",), "LGPL-3.0"),),
}
# What a word of the list may look like: letters, with an apostrophe or hyphen inside.
_KEEP = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")


# ---- Hunspell affix expansion (English) --------------------------------------------------------


@dataclass(frozen=True)
class Affix:
    kind: str  # "PFX" or "SFX"
    cross: bool
    strip: str
    add: str
    condition: re.Pattern[str]


def read_affixes(aff: str) -> tuple[dict[str, list[Affix]], set[str]]:
    """The prefix and suffix rules of an ``.aff`` file by flag, and the flags of words never shown alone."""
    rules: dict[str, list[Affix]] = {}
    hidden: set[str] = set()
    headers: dict[str, bool] = {}
    for line in aff.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] in ("ONLYINCOMPOUND", "NEEDAFFIX", "FORBIDDENWORD"):
            hidden.add(parts[1])
        if len(parts) < 4 or parts[0] not in ("PFX", "SFX"):
            continue
        kind, flag = parts[0], parts[1]
        if flag not in headers:  # the header line: PFX A Y 1
            headers[flag] = parts[2] == "Y"
            continue
        strip = "" if parts[2] == "0" else parts[2]
        add = "" if parts[3] == "0" else parts[3].split("/")[0]
        condition = parts[4] if len(parts) > 4 else "."
        anchored = f"{condition}$" if kind == "SFX" else f"^{condition}"
        rules.setdefault(flag, []).append(Affix(kind, headers[flag], strip, add, re.compile(anchored)))
    return rules, hidden


def expand_hunspell(aff: str, dic: str) -> Iterator[str]:
    """Every form the dictionary allows: each stem with its suffixes, prefixes, and both when they combine."""
    rules, hidden = read_affixes(aff)
    lines = dic.splitlines()
    for line in lines[1:]:  # the first line is the number of stems
        stem, _, flags = line.strip().partition("/")
        flags = flags.split()[0] if flags else ""
        if not stem or hidden & set(flags):
            continue
        yield stem
        suffixed = [stem]
        prefixes = [rule for flag in flags for rule in rules.get(flag, ()) if rule.kind == "PFX"]
        for flag in flags:
            for rule in rules.get(flag, ()):
                if rule.kind == "SFX" and rule.condition.search(stem) and stem.endswith(rule.strip):
                    form = stem[: len(stem) - len(rule.strip)] + rule.add
                    yield form
                    if rule.cross:
                        suffixed.append(form)
        for rule in prefixes:
            for base in suffixed if rule.cross else [stem]:
                if rule.condition.search(base) and base.startswith(rule.strip):
                    yield rule.add + base[len(rule.strip) :]


# ---- cspell trie, format TrieXv3 (Indonesian) --------------------------------------------------


def read_cspell_trie(text: str) -> Iterator[str]:
    """The words of a cspell ``TrieXv3`` file (a stream of letters, ``$`` end of word, ``<`` back, ``#n;`` reference)."""
    lines = text.splitlines()
    start = next(index for index, line in enumerate(lines) if line.strip() == "__DATA__")
    header = [line.strip() for line in lines[:start] if line.strip() and not line.lstrip().startswith("#")]
    if header[:1] != ["TrieXv3"] or not header[1].startswith("base="):
        raise ValueError("not a TrieXv3 file")
    radix = int(header[1].split("=", 1)[1])
    root = _trie_from_stream("".join(lines[start + 1 :]), radix)
    yield from _walk(root)


_END = {"end": True}  # the shared leaf: a word ends here and nothing follows


def _trie_from_stream(data: str, radix: int) -> dict:
    """The trie the stream describes (a port of the reader in cspell-trie-lib: nodes are numbered as built)."""
    root: dict = {"children": {}}
    nodes: list[dict] = [root, _END]
    stack: list[list] = [[root, ""]]  # (node, the child taken) per depth
    depth = 0
    current = root
    index = 0
    backing = False  # after "$" or "<", the digits 2–9 are more steps back
    while index < len(data):
        char = data[index]
        index += 1
        if backing and (char == "<" or char in "23456789"):
            steps = 1 if char == "<" else int(char) - 1
            depth -= steps
            current = stack[depth + 1][0]
            continue
        backing = False
        if char in "\n\r":
            continue
        if char == "$":
            if not current.get("children"):
                parent, taken = stack[depth]
                parent["children"][taken] = _END
                if nodes[-1] is current:
                    nodes.pop()
                current = _END
            else:
                current["end"] = True
            depth -= 1
            current = stack[depth + 1][0]
            backing = True
            continue
        if char == "<":
            depth -= 1
            current = stack[depth + 1][0]
            backing = True
            continue
        if char == "#":
            close = data.index(";", index)
            reference = int(data[index:close], radix)
            index = close + 1
            parent, taken = stack[depth]
            parent["children"][taken] = nodes[reference + 1]
            nodes.pop()
            continue
        if char == "\\":
            char = data[index]
            index += 1
        if current is _END or current.get("shared"):
            copy = {key: value for key, value in current.items() if key != "shared"}
            copy["children"] = dict(current.get("children", {}))
            parent, taken = stack[depth]
            parent["children"][taken] = copy
            nodes.append(copy)
            current = copy
        children = current.setdefault("children", {})
        following = children.setdefault(char, {})
        nodes.append(following)
        depth += 1
        if depth < len(stack):
            stack[depth] = [current, char]
        else:
            stack.append([current, char])
        current = following
    return root


def _walk(root: dict) -> Iterator[str]:
    pending: list[tuple[dict, str]] = [(root, "")]
    while pending:
        node, prefix = pending.pop()
        if node.get("end") and prefix:
            yield prefix
        for char, child in node.get("children", {}).items():
            pending.append((child, prefix + char))


# ---- The compact list -------------------------------------------------------------------------


def compact(words: Iterable[str], lang: str) -> str:
    """Lower-case words, one per line, sorted: the file the reviewer loads.

    A word the lookup finds from a shorter listed form ("kesempatannya" from "kesempatan",
    see ``thankyou.spelling.CLITICS``) is left out: the Indonesian list is a third as long.
    """
    every = set()
    for word in words:
        word = word.replace("’", "'")
        if word[:1] in "~!+*" or not _KEEP.fullmatch(word):
            continue  # cspell's case-free (~) and forbidden (!) forms, compound marks, numbers
        every.add(word.lower())
    kept = {word for word in every if not reducible(word, every, lang)}
    lexicon = Lexicon(lang, frozenset(kept))
    kept |= {word for word in every - kept if not lexicon.knows(word)}  # never lose a word
    return "\n".join(sorted(kept)) + "\n"


def build(lang: str, node_modules: Path = NODE_MODULES) -> str:
    """The compact list of ``lang`` from its packages in ``node_modules``."""
    words: list[str] = []
    for source in SOURCES[lang]:
        folder = node_modules / source.package
        texts = [(folder / name).read_text(encoding="utf-8") for name in source.files]
        words += expand_hunspell(*texts) if source.files[0].endswith(".aff") else read_cspell_trie(texts[0])
    return compact(words, lang)


def version(lang: str, node_modules: Path = NODE_MODULES) -> str:
    """The versions of ``lang``'s packages, as a file name part ("4.0.0+3.0.0")."""
    import json

    versions = []
    for source in SOURCES[lang]:
        manifest = json.loads((node_modules / source.package / "package.json").read_text(encoding="utf-8"))
        versions.append(str(manifest["version"]))
    return "+".join(versions)


def ensure(lang: str, node_modules: Path = NODE_MODULES, cache: Path = CACHE) -> Path:
    """The list of ``lang``, built once per dictionary version into ``cache`` (rewritten only when missing)."""
    path = cache / f"{lang}-{version(lang, node_modules)}.txt"
    if not path.exists():
        write_atomically(path, build(lang, node_modules).encode())
    return path


def lexicons(node_modules: Path = NODE_MODULES) -> tuple[Lexicon, ...]:
    """Every language's lexicon, for a shell on CPython (the command line, the tests)."""
    return tuple(parse_word_list(ensure(lang, node_modules).read_text(encoding="utf-8"), lang) for lang in SOURCES)


def site_files(node_modules: Path = NODE_MODULES) -> dict[str, Path]:
    """``{site path: built list}`` for the MkDocs hook; a clear error when ``make setup`` has not run."""
    missing = [source.package for sources in SOURCES.values() for source in sources
               if not (node_modules / source.package / "package.json").is_file()]
    if missing:
        raise FileNotFoundError(f"{', '.join(missing)} missing from {node_modules}: run `make setup` (or `npm ci`).")
    return {SITE_PATH.format(lang=lang): ensure(lang, node_modules) for lang in SOURCES}
