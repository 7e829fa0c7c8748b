"""The hand-written corpora of the reviewer's rounds (``corpus/fresh_letters_round*.json`` from round 29 on,
``corpus/flawed_drafts_round*.json``), read with the site's word lists: each correct letter gets no must-fix and no
should-fix, each flawed draft the findings (code, excerpt, fix) it lists. A new round adds its two files; this picks
them up. (Round 28's correct letters are read without the word lists, inside Pyodide too: test_review_fresh_drafts.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import needs_lists, review

CORPUS = Path(__file__).resolve().parent / "corpus"


def rounds(prefix: str) -> list[tuple[str, dict]]:
    return [(f"{path.stem.removeprefix(prefix)}-{item['lang']}-{n}", item)
            for path in sorted(CORPUS.glob(f"{prefix}*.json")) if path.stem != "fresh_letters_round28"
            for n, item in enumerate(json.loads(path.read_text(encoding="utf-8")))]


FRESH_LETTERS = rounds("fresh_letters_")
FLAWED_DRAFTS = rounds("flawed_drafts_")


def test_every_round_from_29_is_read():
    assert {name.split("-")[0] for name, _ in FRESH_LETTERS} >= {"round29", "round30", "round30b", "round31e", "round31i", "round32a", "round32b", "round33a", "round33b"}
    assert {name.split("-")[0] for name, _ in FLAWED_DRAFTS} >= {"round29", "round30", "round30b", "round31e", "round31i", "round32a", "round32b", "round33a", "round33b"}


@needs_lists
@pytest.mark.parametrize("letter", [item for _, item in FRESH_LETTERS], ids=[name for name, _ in FRESH_LETTERS])
def test_a_fresh_correct_letter_gets_no_must_or_should_fix(real_lexicons, letter) -> None:
    answer = review(letter["lang"], letter["subject"], letter["body"], letter["context"], lexicons=real_lexicons)
    assert [(item["code"], item["excerpt"]) for item in answer["findings"] if item["severity"] in ("must", "should")] == []


@needs_lists
@pytest.mark.parametrize("draft", [item for _, item in FLAWED_DRAFTS], ids=[name for name, _ in FLAWED_DRAFTS])
def test_a_fresh_flawed_draft_gets_its_findings_with_their_fixes(real_lexicons, draft) -> None:
    answer = review(draft["lang"], draft["subject"], draft["body"], draft["context"], lexicons=real_lexicons)
    found = {(item["code"], item["excerpt"], item.get("replacement")) for item in answer["findings"]}
    for code, excerpt, fix in draft["expect"]:
        assert any(item[0] == code and item[1] == excerpt and (fix is None or item[2] == fix) for item in found), (code, excerpt, fix)
