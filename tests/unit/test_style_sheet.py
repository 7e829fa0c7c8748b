"""The style sheet (style_sheet.py) holds over the guide's pages and every text table, both languages."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from style_sheet import RULES
from thankyou.texts import all_schemas

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"

# Text tables other branches own: their hits are listed for the lead to fix at merge. Strict, so a
# fix turns the expected failure into a failure here, and the entry is then removed.
ELSEWHERE = {
    ("DraftTexts", "en"): "texts/draft.py: 'Your perspective{as_title}' (issue 12 helper)",
    ("DraftTexts", "id"): "texts/draft.py: 'Terima kasih sudah … mewawancarai saya' (issue 12 helper)",
}


def prose(markdown: str) -> str:
    """The words of a page: without link targets, heading ids, comments and file names in code."""
    markdown = re.sub(r"<!--.*?-->", " ", markdown, flags=re.DOTALL)
    markdown = re.sub(r"\]\([^)]*\)", "]", markdown)
    markdown = re.sub(r"\{[#.][^}]*\}", " ", markdown)
    markdown = re.sub(r"`[^`\s]*[/.][^`\s]*`", " ", markdown)  # `thankyou-offline/index.html`
    return markdown


def hits(text: str, lang: str) -> list[str]:
    return [f"{found[0]!r} → {style.write} ({style.why})" for style in RULES[lang] for found in style.avoid.finditer(text)]


def strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from strings(item)


def pages() -> list[tuple[Path, str]]:
    found = sorted(DOCS.rglob("*.md"))
    return [(page, "en" if page.name.endswith(".en.md") else "id") for page in found]


@pytest.mark.skipif(sys.platform == "emscripten", reason="reads the guide's Markdown files")
@pytest.mark.parametrize(("page", "lang"), pages(), ids=lambda value: getattr(value, "name", value))
def test_the_guide_follows_the_style_sheet(page, lang):
    assert hits(prose(page.read_text(encoding="utf-8")), lang) == []


def tables() -> list[object]:
    params = []
    for schema in all_schemas():
        for lang, table in sorted(schema.languages().items()):
            marks = [pytest.mark.xfail(strict=True, reason=ELSEWHERE[(schema.__name__, lang)])] \
                if (schema.__name__, lang) in ELSEWHERE else []
            params.append(pytest.param(table, lang, id=f"{schema.__name__}-{lang}", marks=marks))
    return params


@pytest.mark.parametrize(("table", "lang"), tables())
def test_every_text_table_follows_the_style_sheet(table, lang):
    found = [hit for name in table.slots() for text in strings(getattr(table, name)) for hit in hits(text, lang)]
    assert found == []


@pytest.mark.parametrize(
    ("text", "lang", "caught"),
    [
        ("Boleh tidak, tetapi mengirimnya jarang keliru.", "id", True),
        ("Tidak wajib, tetapi mengirimnya jarang keliru.", "id", False),
        ("Terima kasih sudah meluangkan waktu untuk mewawancarai saya.", "id", True),
        ("Terima kasih telah mewawancarai saya.", "id", False),
        ("Unduh salinan offline situs ini.", "id", True),
        ("Dikirim oleh rekruter.", "id", True),
        ("Wawancara langsung di kantor.", "id", True),
        ("`Bapak`/`Ibu` (Mr/Mrs)", "en", True),
        ("Your perspective as Recruiter helped", "en", True),
        ("Your perspective helped", "en", False),
    ],
)
def test_the_style_sheet_catches_what_it_lists(text, lang, caught):
    assert bool(hits(prose(text), lang)) == caught
