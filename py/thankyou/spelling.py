"""Spelling: the words of a draft that no dictionary knows, each with the closest known word as its fix.

The dictionaries are word lists built at site-build time from pinned Hunspell dictionaries
(``site_build.wordlists``: English ``dictionary-en``, Indonesian ``@cspell/dict-id-id``). This
module does no I/O: a shell (the command line, the browser's worker) reads a list's text and
hands it to :func:`parse_word_list`; the resulting :class:`Lexicon` objects travel with the
request (``review(request, lexicons=...)``). Without them, the reviewer runs without the
spelling rule, as before.

A word is reported only when it is clearly a slip: lower case (or the first word of a sentence),
no digits or inner capitals, not a word of the context (names, company, role, topics), of
either language's dictionary (nor built by the regular word formation :func:`known` follows), or
of the job vocabulary, and with a known word one edit away (two for words of nine letters or
more), or a dropped Indonesian suffix ("dikarena" for "dikarenakan"). Anything else — a name, a
brand, a term of the trade — is left alone: a false alarm on a correct word costs more trust
than a missed typo.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

# Endings a list leaves out when the word without them is listed ("kesempatannya": "kesempatan"
# + "nya"); the lookup takes them off again. The build (``site_build.wordlists``) uses the same table.
CLITICS: dict[str, tuple[str, ...]] = {
    "id": ("-nya", "nya", "lah", "kah", "pun", "tah", "-ku", "-mu", "ku", "mu"),
    "en": ("'s", "'"),
}
LANGUAGES = tuple(CLITICS)  # the languages the rule has word lists for
ALPHABET = {
    "en": "abcdefghijklmnopqrstuvwxyz'",
    "id": "abcdefghijklmnopqrstuvwxyz",
}
MIN_LENGTH = 3  # shorter words are too often abbreviations
# Below this length only a word one edit away is a fix: real slips are nearly always one edit
# ("inteview", "beleive", "kesempatn"), while a correct word the dictionary lacks is often two
# edits from some other word.
TWO_EDITS_FROM = 9
MAX_SUGGESTIONS = 3
COMPLETIONS = {"id": ("kan", "an", "i")}
# Endings a writer spells as they are said, more than one edit from the written ones: an adverb of an adjective in
# "-ic" is written "-ically" ("basicly", "automaticly", "specificly"; "publicly", the one exception, is listed).
SAID_ENDINGS = {"en": (("icly", "ically"),)}
SAID_ALIKE_FROM = 5  # letters: shorter slips sound like too many words
SAID_ALIKE_EDITS = 3  # a sound of two or three letters written with others ("ight" as "ite")
HYPHEN_CLITICS = ("-nya", "-ku", "-mu", "-lah", "-kah")


@dataclass(frozen=True)
class Lexicon:
    """The words of one language, lower case, as listed (clitics taken off, see ``CLITICS``)."""

    lang: str
    words: frozenset[str]

    def knows(self, word: str) -> bool:
        """Whether ``word`` (any case) is a word of the language, clitics and all."""
        return any(form in self.words for form in base_forms(word.lower(), self.lang))

    def __len__(self) -> int:
        return len(self.words)


def parse_word_list(text: str, lang: str) -> Lexicon:
    """A lexicon from a word list's text: one word per line (the file ``site_build.wordlists`` writes)."""
    if lang not in CLITICS:
        raise ValueError(f"no spelling rules for language {lang!r}")
    return Lexicon(lang, frozenset(line.strip().lower() for line in text.splitlines() if line.strip()))


def base_forms(word: str, lang: str, depth: int = 3) -> Iterator[str]:
    """``word``, then the word with up to ``depth`` clitics taken off the end ("bukunyalah", "bukunya", "buku")."""
    yield word
    if depth == 0:
        return
    for clitic in CLITICS.get(lang, ()):
        if word.endswith(clitic) and len(word) - len(clitic) >= MIN_LENGTH:
            yield from base_forms(word[: -len(clitic)], lang, depth - 1)


def reducible(word: str, words: frozenset[str] | set[str], lang: str) -> bool:
    """Whether a list can leave ``word`` out: a shorter form of it is listed and the lookup finds it."""
    return any(form != word and form in words for form in base_forms(word, lang))


def known(word: str, lexicons: Iterable[Lexicon]) -> bool:
    """Whether a dictionary knows ``word``, or it is built by regular word formation from words they know.

    Indonesian: a root inside a prefix–suffix pair, after a nasal or stand-alone prefix, or with a
    suffix ("peminatan", "menginput", "terintegrasi", "sarapan"); a passive "di-" on a verb
    ("dijangkau", not "dikarena", which drops a needed suffix); a bound form ("ultramikro"); a loan
    whose English source is known ("prediktif"). English: a derived form ("balancer", "upcycling")
    and a compound of two English words ("switchgear", "airframes").
    """
    lexicons = tuple(lexicons)
    if any(lexicon.knows(word) for lexicon in lexicons):
        return True
    # A clitic joined with a hyphen is how Indonesian writes it on a word of another language (or a name):
    # "interview-nya", "feedback-nya", "laptop-ku". The word before it is the one to look up, in any list.
    if any(lexicon.lang == "id" for lexicon in lexicons):
        for clitic in HYPHEN_CLITICS:
            if word.endswith(clitic) and len(word) - len(clitic) >= MIN_LENGTH:
                return known(word[: -len(clitic)], lexicons)
    # A loan with its accents ("façade", "café", "résumé") is the listed word without them.
    plain = "".join(char for char in unicodedata.normalize("NFKD", word) if not unicodedata.combining(char))
    if plain != word and known(plain, lexicons):
        return True
    if any(lexicon.lang == "id" for lexicon in lexicons) and any(
        lexicon.lang == "id" and lexicon.knows(form) for lexicon in lexicons for form in arabic_spellings(word)
    ):
        return True
    # Indonesian writes the Arabic ʿain and hamza of a loan as an apostrophe inside the word
    # ("Assalamu'alaikum", "Jum'at", "do'a"); the lists mostly spell it without ("assalamualaikum",
    # "jumat", "doa"): the same word either way.
    inner = word.strip("'")
    if "'" in inner and any(lexicon.lang == "id" for lexicon in lexicons):
        joined = inner.replace("'", "")
        if any(lexicon.lang == "id" and lexicon.knows(joined) for lexicon in lexicons):
            return True
        if all(len(part) < MIN_LENGTH or any(lexicon.lang == "id" and lexicon.knows(part) for lexicon in lexicons)
               for part in inner.split("'")):
            return True
    if any(lexicon.lang == "id" for lexicon in lexicons):
        # A listed word with a diphthong or "ngg" whole explains an unlisted one better than an
        # affix does: "menyampakan" is "menyampaikan" with its "ai" cut, not meny- + "sampak" + -an.
        if len(word) >= CLUSTER_SLIP and any(
            lexicon.lang == "id" and lexicon.knows(whole) for lexicon in lexicons for whole in restored_clusters(word)
        ):
            return False
        if any(_any_knows(root, lexicons) for root in indonesian_roots(word)):
            return True
        # A passive "di-" needs a verb: "dijangkau" because "menjangkau" is a word; not "dikarena".
        if word.startswith("di") and len(word) > 5 and _any_knows(active_form(word[2:]), lexicons):
            return True
        # A loan noun of a process is a verb root as it is, without a suffix ("alat ukur dikalibrasi", "data sudah
        # didigitalisasi", "fitur yang dipersonalisasi"), though the lists lack its "me-" form.
        if word.startswith("di") and word.endswith(PROCESS_ENDING) and len(word) - 2 >= LOAN_SOURCE and any(
            lexicon.lang == "id" and lexicon.knows(word[2:]) for lexicon in lexicons
        ):
            return True
        # A root of one syllable takes "menge-" ("tes": "mengetes", "cek": "mengecek"): "dites", "dicek".
        if word.startswith("di") and len(word) == 5 and _any_knows("menge" + word[2:], lexicons):
            return True
        # A noun or verb suffix on a known root: "sarapan" from "sarap"... as the lists lack it; also under a
        # clitic ("rinciannya": "rinci" + -an + -nya).
        for form in base_forms(word, "id"):
            for suffix in SUFFIXES:
                if form.endswith(suffix) and len(form) - len(suffix) >= CONFIX_ROOT and _any_knows(form[: -len(suffix)], lexicons):
                    return True
        # Bound forms are written joined to the word they modify: "antarcabang", "ultramikro".
        for prefix in BOUND_FORMS:
            rest = word[len(prefix) :]
            if word.startswith(prefix) and len(rest) >= COMPOUND_PART and any(
                lexicon.lang == "id" and lexicon.knows(rest) for lexicon in lexicons
            ):
                return True
    if any(lexicon.lang == "en" for lexicon in lexicons):
        # An agent or adverb the lists lack on a verb they have: "balancer", "onboarder". English endings go
        # on English words: "rauter" is no "raut" + -er, it is "router" as it sounds.
        english_only = tuple(lexicon for lexicon in lexicons if lexicon.lang == "en")
        for suffix in ENGLISH_SUFFIXES:
            stem = word[: -len(suffix)]
            # A soft "c" or "g" keeps its "e" before "-able": "noticeable", "changeable" ("noticable" is a slip).
            # Only an ending that starts with a vowel drops it: "promiss" is no "promise" + -s, it is "promise" misspelt.
            drops_e = suffix[0] in VOWELS and not (suffix == "able" and stem[-1:] in ("c", "g"))
            if word.endswith(suffix) and len(stem) >= COMPOUND_PART and (
                    _any_knows(stem, english_only) or drops_e and _any_knows(stem + "e", english_only)):
                return True
        for prefix in ENGLISH_PREFIXES:
            rest = word[len(prefix) :]
            if word.startswith(prefix) and len(rest) >= COMPOUND_PART and _any_knows(rest, english_only):
                # A short prefix on a short word is often a listed word with a letter dropped or added instead
                # ("regads" is "regards", not re- + "gads"; "untill" is "until"; "repost" is no "repast").
                if len(word) <= SHORT_DERIVED and any(
                        _any_knows(candidate, english_only) for candidate in _dropped_or_added(word, ALPHABET["en"])):
                    continue
                return True
    if any(lexicon.lang == "id" for lexicon in lexicons) and any(_any_knows(form, lexicons) for form in english_forms(word)):
        return True
    # The other way round: an English term of science the English list lacks, whose Indonesian loan is listed
    # ("metagenomic": "metagenomik", "biosorption": "biosorpsi"): the word the loan was made from.
    # A listed English word one slip away explains it better ("oportunity" is "opportunity", not "oportunitas").
    english = tuple(lexicon for lexicon in lexicons if lexicon.lang == "en")
    if english and any(lexicon.lang == "id" and lexicon.knows(form) for lexicon in lexicons for form in loan_forms(word)) \
            and not any(lexicon.knows(candidate) for lexicon in english for candidate in _edits(word, ALPHABET["en"])):
        return True
    # Compounds are English ("switchgear"): Indonesian writes its compounds apart, and a part from
    # each language ("dik" + "arena") is no word at all. A listed word one slip away explains the
    # spelling better than a compound does ("forcasts" is "forecasts", not "for" + "casts").
    first = COMPOUND_PART if len(word) < LONG_COMPOUND else COMPOUND_PART - 1
    english = [lexicon for lexicon in lexicons if lexicon.lang == "en"]
    return any(
        lexicon.knows(word[:cut]) and lexicon.knows(word[cut:])
        for lexicon in english
        for cut in range(first, len(word) - COMPOUND_PART + 1)
    ) and not any(lexicon.knows(candidate) for lexicon in lexicons for candidate in _edits(word, ALPHABET[lexicon.lang])) \
        and not any(lexicon.knows(candidate) for lexicon in english for candidate in far_swaps(word))
    # (of either language: "memebantu" is "membantu" with an "e" added, not "meme" + "Bantu"; nor an English word with a
    # letter moved: "greatfully" is "gratefully", not "great" + "fully")


# How Indonesian spells words it takes from English: prediktif/predictive, integrasi/integration.
LOAN_ENDINGS = (("ikasi", "ication"), ("asi", "ation"), ("si", "sion"), ("si", "tion"), ("if", "ive"), ("tas", "ty"),
                ("ik", "ic"), ("is", "ic"), ("al", "al"), ("er", "er"))


LOAN_SOURCE = 7  # letters: shorter English words are too often a slip of another word


def loan_forms(word: str) -> Iterator[str]:
    """The Indonesian loans an English word may have made ("metagenomic" → "metagenomik"), the inverse of
    :func:`english_forms`."""
    if len(word) < LOAN_SOURCE:
        return
    for ending, english in LOAN_ENDINGS:
        if word.endswith(english) and ending != english and len(word) > len(english) + 3:
            stem = word[: -len(english)]
            yield stem.replace("x", "ks").replace("ck", "k").replace("c", "k").replace("y", "i") + ending


# Indonesian writes Arabic consonants with or without an h: mudharabah/mudarabah, Ramadhan/Ramadan,
# shalat/salat. Either spelling is a word when the lists hold one.
ARABIC_H = ("dh", "th", "kh", "sh", "dz", "ts")


def arabic_spellings(word: str) -> Iterator[str]:
    """``word`` with one Arabic-style digraph written as a single letter ("mudharabah" → "mudarabah")."""
    for digraph in ARABIC_H:
        start = word.find(digraph)
        while start != -1:
            single = "z" if digraph == "dz" else "s" if digraph == "ts" else digraph[0]
            yield word[:start] + single + word[start + 2 :]
            start = word.find(digraph, start + 1)


def english_forms(word: str) -> Iterator[str]:
    """The English words an Indonesian loan may come from ("prediktif" → "predictive")."""
    for ending, english in LOAN_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 3:
            stem = word[: -len(ending)]
            for form in (stem.replace("ks", "x").replace("k", "c"), stem):
                yield form + english
                # English "y" is written "i" in the loan: sistemik/systemic, dinamis/dynamic.
                for at in (index for index, char in enumerate(form) if char == "i"):
                    yield form[:at] + "y" + form[at + 1 :] + english


# Indonesian slips that cut a letter from a cluster: the second vowel of a diphthong, the g of "ngg".
CLUSTER_SLIP = 7  # letters: a word long enough to carry affixes ("pelangan"); short ones are names ("Rina")
SHORTENED_CLUSTERS = (("ai", "a"), ("au", "a"), ("oi", "o"), ("ei", "e"), ("ngg", "ng"))


def restored_clusters(word: str) -> Iterator[str]:
    """``word`` with one shortened cluster made whole again: menyampakan → menyampaikan, pelangan → pelanggan."""
    for whole, short in SHORTENED_CLUSTERS:
        start = word.find(short)
        while start != -1:
            if not word.startswith(whole, start):
                yield word[:start] + whole + word[start + len(short) :]
            start = word.find(short, start + 1)


def _any_knows(word: str, lexicons: tuple[Lexicon, ...]) -> bool:
    return any(lexicon.knows(word) for lexicon in lexicons)


COMPOUND_PART = 4  # letters: "gut" + "hub" is a typo of "github", "switch" + "gear" a word
LONG_COMPOUND = 8  # from this length, a first part of three letters does ("air" + "frames"; not "discus" + "ion")
# Indonesian affixes: a nasal prefix with the letter it replaces at the root's start, a prefix
# that needs a suffix with it, and the suffixes.
NASAL_PREFIXES = (("meny", "s"), ("peny", "s"), ("meng", "k"), ("peng", "k"), ("menge", ""), ("penge", ""),
                  ("meng", ""), ("peng", ""), ("men", "t"), ("pen", "t"), ("men", ""), ("pen", ""),
                  ("mem", "p"), ("pem", "p"), ("mem", ""), ("pem", ""))
PLAIN_PREFIXES = ("di", "ber", "be", "ter", "per", "pe", "ke", "se", "me")
# Prefixes that make a word of a root alone ("terintegrasi", "berkolaborasi"); "di" and "me" need
# their suffix here ("dikarena" is a slip of "dikarenakan", not a passive of "karena").
STANDALONE_PREFIXES = ("diper", "memper", "ber", "ter", "per", "se")
CONFIX_ROOT = 5  # letters: "per-usah-an" is a slip of "perusahaan", "pe-minat-an" a word


def active_form(root: str) -> str:
    """The "me-" verb of a root, with its nasal: jangkau → menjangkau, pakai → memakai, sapa → menyapa."""
    first = root[:1]
    if first in "aeiou" or first in "gh":
        return "meng" + root
    if first == "k":
        return "meng" + root[1:]
    if first == "p":
        return "mem" + root[1:]
    if first in "bfv":
        return "mem" + root
    if first == "t":
        return "men" + root[1:]
    if first in "dcjz":
        return "men" + root
    if first == "s":
        return "meny" + root[1:]
    return "me" + root


BOUND_FORMS = ("antar", "pasca", "pra", "swa", "non", "sub", "semi", "super", "ultra", "multi", "ekstra", "inter",
               "trans", "mikro", "makro", "anti", "pro", "tuna", "maha", "serba", "lintas", "purna", "infra", "intra",
               # and those of science (KBBI's "bentuk terikat"): "geopolimer", "bioetanol", "agroindustri", "nanopartikel"
               "geo", "bio", "agro", "hidro", "termo", "nano", "petro", "elektro", "neuro", "kardio")
# The ending of the loan nouns of a process ("kalibrasi", "digitalisasi", "verifikasi"), which take a passive "di-" as they are.
PROCESS_ENDING = "asi"
SHORT_DERIVED = 6  # letters: a prefixed word this short may be a slip of a listed word ("untill", "regads")
ENGLISH_SUFFIXES = ("er", "ers", "ing", "ed", "ness", "able", "s", "es")  # "-s" on an English word: "embeddings"
ENGLISH_PREFIXES = ("re", "un", "up", "co", "pre", "non", "over", "under", "out", "multi", "cross", "sub", "self", "mis",
                    "micro", "macro")  # "microcopy", "macroeconomics"
SUFFIXES = ("kan", "an", "i")


def indonesian_roots(word: str) -> Iterator[str]:
    """Roots ``word`` may be built on: after a nasal prefix, or inside a prefix–suffix pair."""
    for prefix, restored in NASAL_PREFIXES:
        if word.startswith(prefix):
            stem = restored + word[len(prefix) :]
            yield stem
            for suffix in SUFFIXES:
                if stem.endswith(suffix):
                    yield stem[: -len(suffix)]
    for prefix in STANDALONE_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= COMPOUND_PART:
            yield word[len(prefix) :]
            if prefix.endswith("r"):
                yield "r" + word[len(prefix) :]  # ber- + risiko = berisiko: the two r's merge
    for prefix in PLAIN_PREFIXES:
        if word.startswith(prefix):
            for suffix in SUFFIXES:
                if word.endswith(suffix) and len(word) - len(prefix) - len(suffix) >= CONFIX_ROOT:
                    yield word[len(prefix) : -len(suffix)]


def suggestions(word: str, lexicon: Lexicon, others: Iterable[Lexicon] = (), likely: frozenset[str] = frozenset()) -> list[str]:
    """The closest words ``lexicon`` knows: one edit away, else two (for words of ``TWO_EDITS_FROM`` letters or more).

    ``likely`` are words any writer uses every week: of fixes that keep the slip's sound alike, one of them goes
    first ("carrer" is "career" before "carer", "sence" "sense" before "seance")."""
    word = word.lower()
    alphabet = ALPHABET.get(lexicon.lang, ALPHABET["en"])
    first = _edits(word, alphabet)
    found = {candidate for candidate in first if lexicon.knows(candidate)}
    # A dropped suffix is the commonest Indonesian slip ("dikarena" for "dikarenakan").
    found |= {word + suffix for suffix in COMPLETIONS.get(lexicon.lang, ()) if lexicon.knows(word + suffix)}
    found |= {word[: -len(said)] + written for said, written in SAID_ENDINGS.get(lexicon.lang, ())
              if word.endswith(said) and lexicon.knows(word[: -len(said)] + written)}
    if lexicon.lang == "en" and likely and len(word) >= SAID_ALIKE_FROM:
        # An everyday word that sounds as the slip is spelt, though two letters differ: a sound written another way
        # ("schedual": "schedule", "insite": "insight"). A slip of memory keeps the sound.
        said_alike = {candidate for candidate in _likely_by_shape(likely).get(sound_shape(word), ())
                      if _distance(word, candidate) <= SAID_ALIKE_EDITS and lexicon.knows(candidate)}
    else:
        said_alike = set()
    if len(word) >= FAR_SWAP_FROM and (not found or lexicon.lang == "en"):
        # Two letters swapped across a third, or one moved past its neighbour: "desicion" is "decision",
        # "greatful" "grateful", "tounge" "tongue". One slip of the hand, though two edits by count; in English a
        # word one letter off may be there too ("lounge"), and the ranking below weighs their sounds.
        found |= {candidate for candidate in far_swaps(word) if lexicon.knows(candidate)}
    if lexicon.lang == "en" and likely and len(word) >= FAR_SWAP_FROM:
        # An everyday word that holds every sound of the slip and adds one it lost, two edits away ("definatly":
        # "definitely"): a slip of memory on a word one writes, likelier than a rarer word one edit off that drops
        # a sound ("defiantly").
        found |= _everyday_with_lost_sounds(word, likely, lexicon)
    if len(word) >= FAR_SWAP_FROM:
        # A double letter on the wrong consonant of an everyday word is as likely as a rarer word one letter off
        # ("preffered" is "preferred" before "proffered").
        found |= {candidate for candidate in moved_doubles(word) if candidate in likely and lexicon.knows(candidate)}
    if not found and len(word) >= FAR_SWAP_FROM:
        # A double letter put on the wrong consonant: "tommorow" is "tomorrow", "reccomend" "recommend". One slip of
        # the memory (which letter doubles), though two edits by count.
        found = {candidate for candidate in moved_doubles(word) if lexicon.knows(candidate)}
    if not found and len(word) >= TWO_EDITS_FROM:
        found = {second for candidate in first for second in _edits(candidate, alphabet) if second in lexicon.words}
    found.discard(word)
    # A word of the other language is no fix ("dikarena" is not "dicarena"), nor a one-letter stub.
    found = {candidate for candidate in found if len(candidate) >= MIN_LENGTH}

    restored = set(restored_clusters(word)) if lexicon.lang == "id" else set()
    # A letter typed twice: "usefull" is "useful" before it is "usefully".
    undoubled = {word[:index] + word[index + 1 :] for index in range(1, len(word)) if word[index] == word[index - 1]}
    # A double consonant written single, the commonest slip of English spelling: "realy" is "really" before it is
    # "relay", "refered" "referred" before "refereed".
    doubled = {word[: index + 1] + word[index:] for index in range(len(word)) if word[index] not in VOWELS and word[index].isalpha()}
    # Two neighbours swapped: "thier" is "their" before it is "tier".
    swapped = {word[:index] + word[index + 1] + word[index] + word[index + 2 :] for index in range(len(word) - 1)}
    # A syllable said twice that the slip did not have ("memepelajari" is "mempelajari" before "mempepelajari", a form
    # the Indonesian list builds by stacking affixes): a hand stutters on a letter, rarely on a syllable.
    stutters = {candidate for candidate in found if _repeated_pairs(candidate) - _repeated_pairs(word)}
    # A word said alike but two letters off yields to a slip of the hand that keeps the sound: "wierd" is "weird"
    # (two letters swapped), not the everyday "word".
    if lexicon.lang == "en" and not any(candidate in swapped | undoubled | doubled and sound_shape(candidate) == sound_shape(word)
                                        for candidate in found):
        found |= said_alike - {word}

    # English spells one sound many ways, and most slips of memory keep the sound: a vowel for another in the same
    # place ("persue" is "pursue", "tendancy" "tendency"), a letter doubled or not. A word that keeps the slip's
    # sound shape (its consonants in order, each run of vowels one vowel) is likelier than one a letter moved or
    # dropped turns into another sound ("peruse", "tenancy").
    shape = sound_shape(word) if lexicon.lang == "en" else None

    def closeness(candidate: str) -> tuple:
        return (
            candidate not in restored,  # a cut diphthong or "ngg" first: "menyampaikan", not "menyampahkan"
            shape is not None and sound_shape(candidate) != shape,
            # Of English words that sound alike, the one a writer uses every week: a slip is made on a word one
            # writes, and a letter typed twice or left out ("carrer": "carer") matters less than which word it was.
            shape is None or sound_shape(candidate) != shape or candidate not in likely,
            # An everyday word that keeps every sound of the slip before a rarer word that loses one ("definatly":
            # "definitely", not "defiantly"; "tounge": "tongue", not "lounge").
            shape is not None and not (candidate in likely and _contains(sound_shape(candidate), shape)
                                       and not _contains(shape, sound_shape(candidate))
                                       and any(not _contains(sound_shape(other), shape) for other in found)),
            candidate not in undoubled,
            shape is not None and candidate not in doubled,
            candidate not in swapped,
            # Then a word that only adds to the slip's sounds ("definetly": "definitely", not "defiantly"): a sound
            # left out or misremembered, not one put in that the word does not have.
            shape is not None and not _contains(sound_shape(candidate), shape),
            candidate in stutters,
            candidate[:1] != word[:1],  # slips rarely touch the first letter
            -SequenceMatcher(None, word, candidate).ratio(),
            abs(len(candidate) - len(word)),
            candidate,
        )

    return sorted(found, key=closeness)[:MAX_SUGGESTIONS]


VOWELS = frozenset("aeiouy")


def sound_shape(word: str) -> str:
    """``word``'s consonants in order with each run of vowels one "V" and a doubled letter single:
    "persue" and "pursue" → "pVrsV", "peruse" → "pVrVsV". A "c" before "e", "i" or "y" is the "s" it sounds
    ("sence" and "sense" → "sVns"), "dg" there the "g" ("buget" and "budget" → "bVgVt"), and a final "e" after a
    consonant is silent ("develope" and "develop"), as is the "gh" of "igh" ("insight" and "insite" → "VnsVt")."""
    word = word.lower()
    silent = len(word) - 1 if len(word) > 3 and word.endswith("e") and word[-2] not in VOWELS else len(word)
    shape: list[str] = []
    for index, char in enumerate(word[:silent]):
        soft = word[index + 1 : index + 2] in ("e", "i", "y")
        if char == "d" and word[index + 1 : index + 3] in ("ge", "gi", "gy"):
            continue  # "dg" before "e", "i", "y" sounds as the "g" alone ("budget", "buget"); a "g" keeps its letter, soft
            # or hard, as writers do not hear which ("colleages" is "colleagues")
        if char == "g" and word[index - 1 : index + 2] == "igh" or char == "h" and index >= 2 and word[index - 2 : index + 1] == "igh":
            continue  # "igh" says its "i" alone ("insight", "insite"; "night", "nite")
        mark = "V" if char in VOWELS else "s" if char == "c" and soft else char
        if not shape or shape[-1] != mark:
            shape.append(mark)
    return "".join(shape)


@lru_cache(maxsize=4)
def _likely_by_shape(likely: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The everyday words by their sound shape (:func:`sound_shape`)."""
    shapes: dict[str, list[str]] = {}
    for word in sorted(likely):
        shapes.setdefault(sound_shape(word), []).append(word)
    return {shape: tuple(words) for shape, words in shapes.items()}


def _distance(first: str, second: str) -> int:
    """The edits (deletion, insertion, replacement, swap of neighbours) that turn ``first`` into ``second``."""
    previous2: list[int] = []
    previous = list(range(len(second) + 1))
    for row, char in enumerate(first, 1):
        current = [row]
        for column, other in enumerate(second, 1):
            cost = min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + (char != other))
            if row > 1 and column > 1 and char == second[column - 2] and first[row - 2] == other:
                cost = min(cost, previous2[column - 2] + 1)
            current.append(cost)
        previous2, previous = previous, current
    return previous[-1]


EVERYDAY_EDITS = 2  # edits from a slip to an everyday word that keeps its sounds ("definatly", "definitely")


def _everyday_with_lost_sounds(word: str, likely: frozenset[str], lexicon: Lexicon) -> set[str]:
    """The everyday words two edits from ``word`` whose sounds hold all of ``word``'s, and one or more besides."""
    shape = sound_shape(word)
    return {candidate for candidate in likely
            if abs(len(candidate) - len(word)) <= EVERYDAY_EDITS and candidate[:1] == word[:1]
            and _contains(sound_shape(candidate), shape) and sound_shape(candidate) != shape
            and _distance(word, candidate) <= EVERYDAY_EDITS and lexicon.knows(candidate)}


def _contains(whole: str, part: str) -> bool:
    """Whether ``part``'s letters are all in ``whole``, in the same order."""
    letters = iter(whole)
    return all(char in letters for char in part)


def moved_doubles(word: str) -> set[str]:
    """``word`` with a doubled consonant written single and another single one doubled: "tommorow" → "tomorrow",
    "reccomend" → "recommend"."""
    singles = [index for index in range(1, len(word)) if word[index] == word[index - 1] and word[index] not in VOWELS]
    found = set()
    for index in singles:
        shorter = word[:index] + word[index + 1 :]
        for at in range(1, len(shorter)):
            char = shorter[at]
            if char not in VOWELS and char.isalpha() and char != shorter[at - 1] and char != shorter[at + 1 : at + 2] and at != index - 1:
                found.add(shorter[: at + 1] + char + shorter[at + 1 :])
    return found - {word}


def _repeated_pairs(word: str) -> set[str]:
    """The two-letter runs ``word`` says twice in a row ("pepe" in "mempepelajari")."""
    return {word[index : index + 2] for index in range(len(word) - 3) if word[index : index + 2] == word[index + 2 : index + 4]}


# How Indonesian writes the sounds of an English word it has not adopted ("klowd" for "cloud",
# "kompyuter" for "computer"): each pair is (as heard, as English spells it).
SOUND_SPELLINGS = (("k", "c"), ("k", "ck"), ("ks", "x"), ("kw", "qu"), ("f", "ph"), ("ow", "ou"), ("au", "ou"),
                   ("w", "u"), ("i", "y"), ("y", "u"), ("u", "oo"), ("o", "ou"), ("s", "c"), ("j", "g"), ("e", "a"),
                   ("er", "are"), ("el", "le"))
SOUND_CHANGES = 2  # at most this many sounds respelled in one word
SOUND_SPELLED = 5  # letters: shorter words are too often a word of their own


def sounded_out(word: str, lexicon: Lexicon) -> list[str]:
    """The words of ``lexicon`` that ``word`` writes as it sounds, an English word in Indonesian letters:
    "klowd" → "cloud". Up to ``SOUND_CHANGES`` respellings (``SOUND_SPELLINGS``); fewest first."""
    word = word.lower()
    if len(word) < SOUND_SPELLED:
        return []
    level = {word}
    for _ in range(SOUND_CHANGES):
        level = {variant for form in level for variant in _respelled(form)}
        found = sorted(form for form in level if form in lexicon.words)
        if found:
            return found[:MAX_SUGGESTIONS]
    return []


def _respelled(word: str) -> Iterator[str]:
    for heard, spelled in SOUND_SPELLINGS:
        start = word.find(heard)
        while start != -1:
            yield word[:start] + spelled + word[start + len(heard) :]
            start = word.find(heard, start + 1)


def edits(word: str, lang: str) -> set[str]:
    """Every string one slip away from ``word`` in the language's alphabet."""
    return _edits(word, ALPHABET.get(lang, ALPHABET["en"]))


FAR_SWAP_FROM = 6  # letters: in shorter words a swap across a letter is too often another word


def far_swaps(word: str) -> set[str]:
    """``word`` with two letters one apart swapped ("desicion" → "decision"), or one letter moved two places
    ("greatful" → "grateful")."""
    swaps = {word[:index] + word[index + 2] + word[index + 1] + word[index] + word[index + 3 :] for index in range(len(word) - 2)}
    moves = {word[:index] + word[index + 1 : index + 3] + word[index] + word[index + 3 :] for index in range(len(word) - 2)}
    moves |= {word[:index] + word[index + 2] + word[index : index + 2] + word[index + 3 :] for index in range(len(word) - 2)}
    return (swaps | moves) - {word}


def _dropped_or_added(word: str, alphabet: str) -> set[str]:
    """Every string one letter shorter or longer than ``word`` and otherwise the same."""
    deletes = {word[:index] + word[index + 1 :] for index in range(len(word))}
    return deletes | {word[:index] + letter + word[index:] for index in range(len(word) + 1) for letter in alphabet}


def _edits(word: str, alphabet: str) -> set[str]:
    """Every string one deletion, swap of neighbours, replacement or insertion away from ``word``."""
    splits = [(word[:index], word[index:]) for index in range(len(word) + 1)]
    deletes = [left + right[1:] for left, right in splits if right]
    swaps = [left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1]
    replaces = [left + letter + right[1:] for left, right in splits if right for letter in alphabet]
    inserts = [left + letter + right for left, right in splits for letter in alphabet]
    return set(deletes + swaps + replaces + inserts)
