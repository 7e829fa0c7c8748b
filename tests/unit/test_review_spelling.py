"""Spelling: the word lists built from the Hunspell dictionaries, and the rule that reads them.

The rule's tests use small hand-made lexicons (the domain takes any word list); the build's
tests use small hand-made dictionary files; the last tests use the real lists, built from the
pinned npm packages (``make setup``), which do not exist inside Pyodide.
"""

from __future__ import annotations

import json
import sys

import pytest

from thankyou.api import handle
from thankyou.examples import EXAMPLES
from thankyou.spelling import Lexicon, base_forms, known, parse_word_list, reducible, suggestions

ENGLISH_WORDS = """
dear anna thank you for the interview yesterday i enjoyed hearing about plan to rebuild search page
best regards your team my profile on github can see widget mentioned interview believe definitely
really opportunity switch gear back haul well known filling form air frames for casts forecasts
""".split()
INDONESIAN_WORDS = """
yth ibu terima kasih atas wawancara kemarin saya senang mendengar penjelasan tentang rencana tim
hormat kesempatan karena dikarenakan pengalaman jelas menjelaskan minat integrasi input
assalamualaikum jumat doa alaikum
""".split()
EN = Lexicon("en", frozenset(ENGLISH_WORDS))
# The build (site_build) and the real lists (built from node_modules) exist on CPython only, not
# inside Pyodide, where this suite also runs.
needs_lists = pytest.mark.skipif(sys.platform == "emscripten", reason="site_build and node_modules are build-time, CPython only")
ID = Lexicon("id", frozenset(INDONESIAN_WORDS))


def review(body: str, lexicons=(EN, ID), **context) -> dict:
    context = {"lang": "en", "interviewer": "Anna Lee", **context}
    return handle({"op": "review", "lang": "en", "subject": "Thank you", "body": body, "context": context}, lexicons=lexicons)


def typos(answer: dict) -> list[str]:
    return [finding["excerpt"] for finding in answer["findings"] if finding["kind"] == "misspelling"]


@pytest.mark.parametrize(
    ("word", "lexicon", "best"),
    [
        ("inteview", EN, "interview"),
        ("guthub", EN, "github"),
        ("beleive", EN, "believe"),  # two letters swapped
        ("kesempatn", ID, "kesempatan"),
        ("dikarena", ID, "dikarenakan"),  # a dropped suffix
    ],
)
def test_suggestions_start_with_the_closest_word(word, lexicon, best):
    assert suggestions(word, lexicon)[0] == best


def test_nothing_close_means_no_suggestion():
    assert suggestions("xylophonist", EN) == []


@pytest.mark.parametrize(
    ("word", "lexicons", "expected"),
    [
        ("kesempatannya", (ID,), True),  # a clitic on a listed word
        ("peminatan", (ID,), True),  # pe-…-an around a listed root
        ("terintegrasi", (ID,), True),  # ter- before a listed root
        ("menginput", (ID, EN), True),  # a nasal prefix before a root (an English one here)
        ("switchgear", (EN,), True),  # two words of four letters or more
        ("guthub", (EN,), False),  # "gut" + "hub" is too short a pair to be a compound
        ("dikarena", (ID,), False),  # di- needs its suffix: not a passive of "karena"
        ("assalamu'alaikum", (ID,), True),  # an apostrophe for the Arabic ʿain: the listed word without it
        ("jum'at", (ID,), True),
        ("do'a", (ID,), True),
        ("ker'ja", (ID,), False),  # an apostrophe joining nothing known is no loan spelling
        ("assalamu'alaikum", (EN,), False),  # the rule is Indonesian's
        ("airframes", (EN,), True),  # a long compound may start with three letters
        ("forcasts", (EN,), False),  # "for" + "casts", but "forecasts" is one slip away
    ],
)
def test_what_the_lexicons_know(word, lexicons, expected):
    assert known(word, lexicons) is expected


def test_terms_of_the_trade_are_not_typos():
    # "cron" is one edit from "iron", "repo" from "reply"... in a general list; job talk uses them.
    lexicon = Lexicon("en", frozenset(ENGLISH_WORDS + "iron crow report reply".split()))
    answer = review("Dear Anna,\n\nThank you for the interview. I moved our cron jobs and the repo to a new cluster.\n\nBest regards,\nDimas", lexicons=(lexicon,))
    assert not {"cron", "repo"} & {word.lower() for word in typos(answer)}


def test_the_rule_reports_typos_with_their_fix():
    answer = review("Dear Anna,\n\nThank you for the inteview yesterday. I enjoyed hearing about the plan to "
                    "rebuild the search page.\n\nBest regards,\nDian")
    found = [finding for finding in answer["findings"] if finding["kind"] == "misspelling"]
    assert [finding["excerpt"] for finding in found] == ["inteview"]
    assert found[0]["severity"] == "must" and found[0]["suggestions"][0] == "interview"
    assert "“interview”" in found[0]["message"]
    assert not answer["ready"]


def test_without_word_lists_the_rule_is_silent_but_phrase_slips_are_still_found():
    body = "Dear Anna,\n\nThank your for the inteview yesterday.\n\nBest regards,\nDian"
    assert typos(review(body, lexicons=())) == ["Thank your"]
    assert typos(review(body)) == ["Thank your", "inteview"]
    # Each draft language's own slips (its table's ``misspelled_phrases``).
    indonesian = "Yth. Ibu Rina,\n\nTrimakasih atas wawancara kemarin.\n\nHormat saya,\nDian"
    assert typos(review(indonesian, lexicons=(), lang="id")) == ["Trimakasih"]


def test_a_colloquial_ending_is_told_by_the_written_word_the_lists_know():
    # Jakarta speech ends "menjelaskan" and "menemani" alike in "-in"; the draft language's table
    # (``colloquial_endings``) says which written endings to try, the lists which word it was.
    known = Lexicon("id", frozenset({*INDONESIAN_WORDS, "menjelaskan", "menemani"}))
    body = "Yth. Ibu Rina,\n\nTerima kasih atas wawancara kemarin. Ibu menjelasin rencana tim dan menemanin saya.\n\nHormat saya,\nDian"
    answer = handle({"op": "review", "lang": "en", "subject": "Terima kasih", "body": body, "context": {"lang": "id"}},
                    lexicons=(EN, known))
    informal = [finding["message"] for finding in answer["findings"] if finding["kind"] == "informal"]
    assert informal == ["“menjelasin” is too casual for this message. Write “menjelaskan”.",
                        "“menemanin” is too casual for this message. Write “menemani”."]


@pytest.mark.parametrize(
    "body",
    [
        # A name in mid-sentence, a brand with inner capitals, an address, a number, an acronym.
        "Dear Anna,\n\nThank you, Ahmadi, for the TikTok plan and tiket.com and the 5G page at anna@firm.co.\n\nBest regards,\nDian",
        # The reader's own name and the words of the context.
        "Dear Anna,\n\nSaya Dimas Aditya. Thank you for the interview about lembur.\n\nBest regards,\nDimas Aditya",
        # Slang stretched out is the informal rule's concern.
        "Dear Anna,\n\nThank you sooo much for the interview.\n\nBest regards,\nDian",
    ],
)
def test_words_the_rule_leaves_alone(body):
    assert typos(review(body, topics=["lembur"], company="Nusantara")) == []


def test_lexicon_lookups_follow_the_build_reduction():
    words = {"buku", "bukunya", "bukunyalah", "kesempatan"}
    kept = {word for word in words if not reducible(word, words, "id")}
    lexicon = Lexicon("id", frozenset(kept))
    assert kept == {"buku", "kesempatan"}
    assert all(lexicon.knows(word) for word in words)
    assert list(base_forms("bukunyalah", "id"))[:3] == ["bukunyalah", "bukunya", "buku"]


def test_a_word_list_is_lower_case_words_one_per_line():
    lexicon = parse_word_list("Apple\n\nbanana\n", "en")
    assert lexicon.words == {"apple", "banana"} and lexicon.knows("APPLE")
    with pytest.raises(ValueError):
        parse_word_list("x", "fr")


# ---- The build: Hunspell expansion and the cspell trie ----------------------------------------

AFF = """SET UTF-8
PFX U Y 1
PFX U 0 un .
SFX S Y 2
SFX S y ies [^aeiou]y
SFX S 0 s [^y]
SFX D Y 1
SFX D 0 ed .
ONLYINCOMPOUND c
"""
DIC = """4
happy/U
story/S
lock/USD
1st/c
"""


@needs_lists
def test_hunspell_expansion_applies_suffixes_prefixes_and_their_combinations():
    from site_build.wordlists import expand_hunspell

    assert set(expand_hunspell(AFF, DIC)) == {
        "happy", "unhappy", "story", "stories", "lock", "locks", "locked", "unlock", "unlocks", "unlocked",
    }


@needs_lists
def test_a_cspell_trie_gives_back_its_words():
    from site_build.wordlists import read_cspell_trie

    # "$" ends a word and steps back out of its last letter; "<" steps back one more, each digit n
    # after it n - 1 more; "\\" escapes. (The real lists also use "#n;" references: the tests below.)
    trie = "TrieXv3\nbase=10\n# comment\n__DATA__\njouster$<$<2y$\\$$\n"
    assert sorted(read_cspell_trie(trie)) == ["jo$", "joust", "jouster", "joy"]


@needs_lists
def test_the_compact_list_drops_what_the_lookup_finds_anyway():
    from site_build.wordlists import compact

    text = compact(["Kesempatan", "kesempatannya", "~kesempatan", "2nd", "buku-buku"], "id")
    assert text == "buku-buku\nkesempatan\n"


# ---- The real lists ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def real_lexicons():
    from site_build.wordlists import lexicons

    return lexicons()


@needs_lists
@pytest.mark.parametrize(
    ("lang", "word", "expected"),
    [("en", "interview", True), ("en", "programme", True), ("en", "inteview", False),
     ("id", "wawancara", True), ("id", "kesempatannya", True), ("id", "kesempatn", False)],
)
def test_the_real_lists_know_the_words_of_both_languages(real_lexicons, lang, word, expected):
    lexicon = next(lexicon for lexicon in real_lexicons if lexicon.lang == lang)
    assert lexicon.knows(word) is expected


@needs_lists
@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_the_guide_examples_have_no_typo_and_nothing_to_fix(real_lexicons, name):
    drafted = handle({"op": "draft", **EXAMPLES[name]})
    request = EXAMPLES[name]
    for message in drafted["messages"]:
        context = {"interviewer": message["to"]["name"], "company": request["company"], "role": request["role"],
                   "name": request["name"], "lang": request.get("lang", "id"), "channel": request.get("channel", "email"),
                   "topics": [person.get("topic", "") for person in request.get("interviewers", []) if person.get("topic")]}
        reviewed = handle({"op": "review", "lang": "en", "subject": message.get("subject") or "", "body": message["body"],
                           "context": context}, lexicons=real_lexicons)
        must = [(finding["kind"], finding["excerpt"]) for finding in reviewed["findings"] if finding["severity"] == "must"]
        assert not must, (name, message["body"])


def test_the_command_line_reads_the_word_lists_it_is_given(tmp_path):
    import io

    from thankyou.cli import main

    (tmp_path / "en.txt").write_text("\n".join(ENGLISH_WORDS), encoding="utf-8")
    body = "Dear Anna,\n\nThank you for the inteview yesterday.\n\nBest regards,\nDian"
    out = io.StringIO()
    status = main(["review", "--json", "--words", str(tmp_path), "--lang", "en", "--draft-lang", "en"],
                  stdin=io.StringIO('{"subject": "Thank you", "body": ' + repr(body).replace("'", '"') + "}"), stdout=out)
    assert status == 0
    assert "inteview" in [finding["excerpt"] for finding in json.loads(out.getvalue())["findings"] if finding["kind"] == "misspelling"]


def test_the_page_carries_a_typos_closest_words():
    from thankyou.web.review import render_answer

    answer = review("Dear Anna,\n\nThank you for the inteview yesterday.\n\nBest regards,\nDian")
    html = str(render_answer(answer, "en", ""))
    assert 'data-kind="misspelling"' in html and 'data-suggestions="[&quot;interview&quot;' in html


@needs_lists
@pytest.mark.parametrize(
    ("sentence", "typo", "fix"),
    [
        ("Terima kasih sudah menjelaskan tentang tim nya.", "tim nya", "timnya"),
        ("Saya tertarik karena tim engineering nya kuat.", "engineering nya", "engineeringnya"),
        ("Terima kasih atas kesempatan nya.", "kesempatan nya", "kesempatannya"),
        # The passive "di-" written apart from its verb.
        ("Terima kasih atas kesempatan yang di berikan.", "di berikan", "diberikan"),
        ("Semoga saya bisa di terima di tim Ibu.", "di terima", "diterima"),
        ("Hal itu sudah Di jelaskan dengan baik.", "Di jelaskan", "Dijelaskan"),
    ],
)
def test_a_detached_nya_is_joined_to_its_word_not_read_as_a_word_of_its_own(real_lexicons, sentence, typo, fix):
    """"-nya" written apart (EYD writes it joined) was reported alone, with "nyai" as its fix; a passive
    "di-" written apart was not reported at all."""
    answer = handle({"op": "review", "lang": "id", "subject": "x",
                     "body": f"Yth. Ibu Rina,\n\n{sentence}\n\nHormat saya,\nBudi", "context": {"lang": "id"}},
                    lexicons=real_lexicons)
    slips = [finding for finding in answer["findings"] if finding["kind"] == "misspelling"]
    assert [(finding["excerpt"], finding["replacement"]) for finding in slips] == [(typo, fix)]


@needs_lists
@pytest.mark.parametrize("sentence", [
    "Saya bekerja di kantor cabang Bekasi dan di bidang pendidikan.",
    "Pengalaman saya di lapangan dan di atas kapal cukup panjang.",
    "Saya senang belajar di sekolah dan di kegiatan organisasi.",
])
def test_di_as_a_preposition_is_left_alone(real_lexicons, sentence):
    answer = handle({"op": "review", "lang": "id", "subject": "x",
                     "body": f"Yth. Ibu Rina,\n\n{sentence}\n\nHormat saya,\nBudi", "context": {"lang": "id"}},
                    lexicons=real_lexicons)
    assert [finding["excerpt"] for finding in answer["findings"] if finding["kind"] == "misspelling"] == []


@needs_lists
@pytest.mark.parametrize(
    ("lang", "sentence", "typo"),
    [  # The issue's own examples of what the reviewer used to let through.
        ("en", "I enjoyed the inteview today.", "inteview"),
        ("en", "You can see it on my guthub profile.", "guthub"),
        ("id", "Saya tertarik dikarena proyeknya menarik.", "dikarena"),
    ],
)
def test_the_real_lists_catch_the_known_slips(real_lexicons, lang, sentence, typo):
    greeting, closing = ("Yth. Ibu Rina,", "Hormat saya,") if lang == "id" else ("Dear Rina,", "Best regards,")
    answer = handle({"op": "review", "lang": "en", "subject": "x", "body": f"{greeting}\n\n{sentence}\n\n{closing}\nBudi",
                     "context": {"lang": lang}}, lexicons=real_lexicons)
    assert typo in typos(answer)


@needs_lists
@pytest.mark.parametrize(
    ("sentence", "typo", "fix"),
    [  # A cut diphthong or "ngg" is a slip even where an affix would explain the letters.
        ("Saya ingin menyampakan terima kasih atas waktunya.", "menyampakan", "menyampaikan"),
        ("Saya senang mendengar cara tim melayani pelangan di Medan.", "pelangan", "pelanggan"),
        ("Semoga saya dapat menyelesakan tugas itu dengan baik.", "menyelesakan", "menyelesaikan"),
    ],
)
def test_a_cut_cluster_is_no_affixed_word(real_lexicons, sentence, typo, fix):
    answer = handle({"op": "review", "lang": "id", "subject": "x", "body": f"Yth. Ibu Rina,\n\n{sentence}\n\nHormat saya,\nBudi",
                     "context": {"lang": "id"}}, lexicons=real_lexicons)
    found = [finding for finding in answer["findings"] if finding["kind"] == "misspelling"]
    assert [finding["excerpt"] for finding in found] == [typo]
    assert found[0]["replacement"] == fix


@needs_lists
@pytest.mark.parametrize("name", ["Rina", "Mira", "Lina", "Rara"])
def test_short_names_are_not_cut_clusters(real_lexicons, name):
    answer = handle({"op": "review", "lang": "id", "subject": "x",
                     "body": f"Yth. Ibu {name},\n\nTerima kasih atas wawancara kemarin bersama {name}.\n\nHormat saya,\nBudi",
                     "context": {"lang": "id", "interviewer": name}}, lexicons=real_lexicons)
    assert not [finding for finding in answer["findings"] if finding["kind"] == "misspelling"]


def test_a_hyphenated_word_is_judged_part_by_part():
    answer = review("Dear Anna,\n\nThank you for the well-knwon pre-filling form.\n\nBest regards,\nDian")
    found = [finding for finding in answer["findings"] if finding["kind"] == "misspelling"]
    assert [(finding["excerpt"], finding["suggestions"][0]) for finding in found] == [("well-knwon", "well-known")]


# ---- Seeded typos: recall --------------------------------------------------------------------------

SEEDED_RECALL = 0.9


def seeded_typos(text: str, lexicons, rng, per_draft: int = 3):
    """``text`` with up to ``per_draft`` words of five letters or more given one slip each (a letter
    dropped, doubled, swapped with the next or replaced), and where each slip is. A slip that makes
    another real word is skipped: no dictionary can see it."""
    import re

    from thankyou.spelling import known

    candidates = [match for match in re.finditer(r"(?<![\w-])[a-z]{5,}(?![\w-])", text)]
    rng.shuffle(candidates)
    edits = []
    for match in candidates:
        word = match.group()
        index = rng.randrange(1, len(word) - 1)  # slips rarely touch the first letter
        kind = rng.choice(("drop", "double", "swap", "replace"))
        if kind == "drop":
            slip = word[:index] + word[index + 1 :]
        elif kind == "double":
            slip = word[:index] + word[index] + word[index:]
        elif kind == "swap":
            slip = word[: index - 1] + word[index] + word[index - 1] + word[index + 1 :]
        else:
            slip = word[:index] + rng.choice("aeioustnrkl".replace(word[index], "")) + word[index + 1 :]
        if slip == word or known(slip, lexicons):
            continue
        edits.append((match.start(), match.end(), slip))
        if len(edits) == per_draft:
            break
    edits.sort()
    out, spans, shift = [], [], 0
    last = 0
    for start, end, slip in edits:
        out.append(text[last:start])
        spans.append((start + shift, start + shift + len(slip)))
        out.append(slip)
        shift += len(slip) - (end - start)
        last = end
    out.append(text[last:])
    return "".join(out), spans


@needs_lists
def test_seeded_typos_are_found_in_both_languages(real_lexicons, capsys):
    import json as json_
    import random
    from pathlib import Path

    corpus = Path(__file__).resolve().parent / "corpus"
    manifest = json_.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    rng = random.Random(13)
    found = {"id": [0, 0], "en": [0, 0]}
    for entry in manifest["drafts"]:
        if entry["must"] or entry.get("part", "tuning") != "tuning":
            continue
        lang = entry["file"][:2]
        text = (corpus / "drafts" / entry["file"]).read_text(encoding="utf-8")
        slipped, spans = seeded_typos(text, real_lexicons, rng)
        context = {**manifest["defaults"], **entry.get("context", {}), "lang": lang}
        answer = handle({"op": "review", "lang": "en", "subject": entry.get("subject", ""), "body": slipped, "context": context},
                        lexicons=real_lexicons)
        ranges = {(finding["start"], finding["end"]) for finding in answer["findings"] if finding["kind"] == "misspelling"}
        found[lang][0] += sum(span in ranges for span in spans)
        found[lang][1] += len(spans)
    with capsys.disabled():
        print("\nseeded typos found: " + ", ".join(f"{lang} {hit}/{total} ({hit / total:.2f})" for lang, (hit, total) in found.items()))
    for lang, (hit, total) in found.items():
        assert total >= 50 and hit / total >= SEEDED_RECALL, (lang, hit, total)


def test_a_slip_of_a_borrowed_word_is_found_in_the_other_language():
    """"inteview" in an Indonesian draft: no Indonesian word is close, the English one is."""
    body = ("Yth. Ibu Anna,\n\nTerima kasih atas kesempatan inteview kemarin. Saya senang mendengar penjelasan "
            "tentang rencana tim.\n\nHormat saya,\nDian")
    answer = handle({"op": "review", "lang": "id", "subject": "Terima kasih", "body": body,
                     "context": {"lang": "id", "interviewer": "Anna Lee"}}, lexicons=(EN, ID))
    found = [f for f in answer["findings"] if f["kind"] == "misspelling"]
    assert [f["excerpt"] for f in found] == ["inteview"]
    assert "“interview”" in found[0]["message"]
