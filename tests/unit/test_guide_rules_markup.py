"""The build step that puts the checker's rules into the guide's Markdown (site_build.guide_rules).

Build time only (CPython with the site's tools installed), so skipped inside Pyodide.
"""

import re
import sys

import pytest

if sys.platform == "emscripten":
    pytest.skip("build-time code: not shipped to the browser", allow_module_level=True)

import markdown  # noqa: E402

from site_build import guide_rules  # noqa: E402
from thankyou import statements  # noqa: E402


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("section", statements.sections_with_rules())
def test_a_marker_becomes_the_rule_box_with_every_part_of_the_statement(section, lang):
    page = f"## Heading\n\nBefore.\n\n<!-- thankyou-rule:{section} -->\n\nAfter.\n"
    html = markdown.markdown(guide_rules.render(page, lang), extensions=["md_in_html", "tables"])
    box = re.search(rf'<div class="admonition abstract ty-rule" data-rule="{section}">(.*?)</div>', html, re.DOTALL)
    assert box, html
    text = re.sub(r"<[^>]+>", "", box[1]).replace("&amp;", "&")
    rule = statements.statement(section, lang)
    for part in (rule.lead, *rule.items, rule.closing, *(cell for row in rule.table for cell in row)):
        assert re.sub(r"\*\*", "", part) in text, part
    assert "Before." in html and "After." in html and "thankyou-rule" not in html


def test_a_page_without_markers_is_left_as_it_is():
    page = "# Title\n\n<!-- thankyou:check -->\n"
    assert guide_rules.render(page, "id") is page


def test_an_unknown_rule_stops_the_build():
    with pytest.raises(guide_rules.UnknownRule, match="no rule for section 'deadline'"):
        guide_rules.render("<!-- thankyou-rule:deadline -->", "en")
