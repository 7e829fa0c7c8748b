"""The how-to page's greeting models are what the generator writes for the same interviewer: the
guide and the tool state one convention (issue 12: conventions as data, the guide in step)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from thankyou.api import handle

ROOT = Path(__file__).resolve().parents[2]
PAGES = {"id": ROOT / "docs" / "cara-menulis.md", "en": ROOT / "docs" / "cara-menulis.en.md"}

# Each model in the section, in page order, and the interviewer as the reader would describe them.
MODELS = [
    {"lang": "id", "register": "formal", "interviewers": [{"name": "Maya Sari", "address": "ibu", "topic": "audit"}]},
    {"lang": "id", "register": "semi_formal", "time_of_day": "midday",
     "interviewers": [{"name": "Maya", "address": "ibu", "topic": "audit"}]},
    {"lang": "en", "register": "formal", "interviewers": [{"name": "Maya Sari", "address": "ms", "topic": "audit"}]},
    {"lang": "en", "register": "semi_formal", "interviewers": [{"name": "Maya Sari", "address": "first_name", "topic": "audit"}]},
]


def greeting_models(page: Path) -> list[str]:
    text = page.read_text(encoding="utf-8")
    section = text.split("{#salam-pembuka}", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```text\n(.*?)```", section, re.DOTALL)
    return ["\n".join(line.strip() for line in block.strip().splitlines()) for block in blocks]


def opening(request: dict) -> str:
    answer = handle({"op": "draft", "name": "Andi Pratama", "company": "PT Sinar Data", "role": "Analis Data", **request})
    body = answer["messages"][0]["body"]
    paragraphs = body.split("\n\n")
    # The greeting, and "Dengan hormat," where the convention puts it on its own line.
    return "\n\n".join(paragraphs[:2]) if paragraphs[1] == "Dengan hormat," else paragraphs[0]


@pytest.mark.skipif(sys.platform == "emscripten", reason="reads the guide's Markdown")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_guide_greets_as_the_generator_does(lang):
    assert greeting_models(PAGES[lang]) == [opening(model) for model in MODELS]
