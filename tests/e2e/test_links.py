"""Every link the checker gives points at a page and an anchor that exist in the built site."""

import re

import pytest

from thankyou.guide import SECTIONS


@pytest.mark.parametrize("lang_root", ["", "en/"])
@pytest.mark.parametrize("code", sorted(SECTIONS))
def test_guide_sections_exist(built_site, lang_root, code):
    page, _, anchor = SECTIONS[code].partition("#")
    html = (built_site / lang_root / page).read_text(encoding="utf-8")
    assert re.search(rf'id="{re.escape(anchor)}"', html), f"{lang_root}{page} has no #{anchor}"
