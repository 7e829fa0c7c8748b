"""Every field of every tool on the site, fed the hostile-input table, in Chromium.

Tools and fields are discovered from the built pages, so tools merged later are covered as they
land. For each input: no script runs (the canary stays unset, no live markup appears), the page
shows an answer or a clear error, the worker stays alive; afterwards valid input answers as before.
The reader's clock is in New York, where some of the dates fall in a daylight-saving gap or overlap.
`make test` gives each field a quarter of the table (together the fields try every value) and
makes half the links; `make test-thorough` gives every field every value (``sweep``).
"""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from thankyou.api import web  # through the façade: importing thankyou.web first is circular
from thankyou.texts import LANGUAGES, texts_for
from thankyou.texts.common import CommonTexts

from .conftest import open_watched
from . import sweep
from .hostile_inputs import HOSTILE
from .tools import DISCOVER, SET_AND_WAIT, VALUES, site_pages

INTERNAL = {texts_for(CommonTexts, lang).error_internal for lang in LANGUAGES}

# Every value of the table, one after another, in the page (one round trip per field, not per value).
EACH_VALUE = """async ([index, name, encoded]) => {
  const setAndWait = %s;
  const results = [];
  for (const value of JSON.parse(encoded)) {
    const result = await setAndWait([index, name, value]);
    results.push({ value: value.slice(0, 60), ...result });
    if (result.state === 'error') break;
  }
  return results;
}""" % SET_AND_WAIT

RESTORE = """async ([index, values]) => {
  const root = document.querySelectorAll('.ty-widget[data-tool]')[index];
  const form = root.querySelector('form');
  for (const control of form.elements) {
    if (!control.name || control.closest('template')) continue;
    const saved = values[control.name] || [];
    if (control.type === 'checkbox' || control.type === 'radio') control.checked = saved.includes(control.value);
    else if (saved.length) control.value = saved[0];
    else control.value = '';
  }
  const before = Number(root.dataset.answered || 0);
  form.dispatchEvent(new Event('change', { bubbles: true }));
  while (Number(root.dataset.answered || 0) <= before && root.dataset.state !== 'error') await new Promise((r) => setTimeout(r, 10));
  const errors = {};
  root.querySelectorAll('[data-error-for]').forEach((slot) => { if (!slot.closest('template') && slot.textContent.trim()) errors[slot.dataset.errorFor] = slot.textContent; });
  return { state: root.dataset.state, errors, canary: window.__canary === undefined ? null : String(window.__canary) };
}"""


def tool_pages(site) -> dict[str, str]:
    """One page per tool, preferring the page that shows it full size: tool name → page path."""
    found: dict[str, str] = {}
    for path in site_pages(site):
        for tool, size in sweep.widgets(site, path):
            if tool not in found or size.startswith("full"):
                found.setdefault(tool, path)
                if size.startswith("full") and not found[tool].startswith("alat/"):
                    found[tool] = path
    return found


def test_every_tool_on_the_pages_is_in_the_table_below(built_site):
    found = tool_pages(built_site)
    assert found and set(found) <= set(web.tools())


# Every registered tool: one merged later is covered as soon as a page shows it.
@pytest.mark.parametrize("tool", sorted(web.tools()))
def test_every_field_survives_the_hostile_table(browser, server, built_site, tool):
    pages = tool_pages(built_site)
    if tool not in pages:
        pytest.skip(f"no page shows the {tool} tool yet")
    with open_watched(browser, server, timezone_id="America/New_York") as watched:
        page = watched.page
        page.goto(server + pages[tool])
        index = next(found["index"] for found in page.evaluate(DISCOVER) if found["tool"] == tool)
        root = page.locator(".ty-widget[data-tool]").nth(index)
        expect(root).to_have_attribute("data-state", "ready")
        expect(root).to_have_attribute("data-answered", "1")
        fields = next(found["fields"] for found in page.evaluate(DISCOVER) if found["tool"] == tool)
        original = page.evaluate(VALUES, index)
        baseline = page.evaluate(RESTORE, [index, original])
        for number, field in enumerate(fields):
            values = sweep.values_for_field(HOSTILE, number, len(fields))
            encoded = json.dumps(values, ensure_ascii=True)  # lone surrogates travel as \\uXXXX escapes
            results = page.evaluate(EACH_VALUE, [index, field["name"], encoded])
            assert len(results) == len(values), (field["name"], results[-1])
            for result in results:
                where = (tool, field["name"], result["value"])
                assert result["canary"] is None, where
                assert not result["unsafe"], (where, result["unsafe"])
                assert result["state"] == "ready" and result["replied"], (where, result)
                assert result["answered"] or result["errors"], (where, result)
                assert not INTERNAL & set(result["errors"].values()), (where, result["errors"])
                assert all(text.strip() for text in result["errors"].values()), where
            # The next valid input answers as before the table.
            after = page.evaluate(RESTORE, [index, original])
            assert after == baseline, (field["name"], after, baseline)
        assert page.evaluate("window.__canary === undefined")


# Every hostile value again, arriving through a #prefill link rather than typed: Python reads
# the link against the form's limits before any field is set, so nothing runs, and the tool is
# ready with what fits (values the form could not hold are left out and said once).
AFTER_LINK = """(index) => {
  const root = document.querySelectorAll('.ty-widget[data-tool]')[index];
  const unsafe = [...root.querySelectorAll('*')].filter((element) =>
    ['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'].includes(element.tagName) && !element.closest('template')
    || [...element.attributes].some((attribute) => attribute.name.startsWith('on'))).map((element) => element.tagName);
  return { unsafe, items: root.querySelectorAll('[data-repeat-items] > [data-repeat-item]').length };
}"""


@pytest.mark.parametrize("tool", sorted(web.tools()))
def test_hostile_values_in_a_link_never_run_and_leave_the_tool_ready(browser, server, built_site, tool):
    import urllib.parse

    pages = tool_pages(built_site)
    if tool not in pages:
        pytest.skip(f"no page shows the {tool} tool yet")
    with open_watched(browser, server) as watched:
        page = watched.page
        page.goto(server + pages[tool])
        index = next(found["index"] for found in page.evaluate(DISCOVER) if found["tool"] == tool)
        fields = next(found["fields"] for found in page.evaluate(DISCOVER) if found["tool"] == tool)
        root = page.locator(".ty-widget[data-tool]").nth(index)
        expect(root).to_have_attribute("data-state", "ready")
        # A few links, each giving every field one value of the table (cycling through it).
        for start in range(0, len(HOSTILE), sweep.LINK_STEP):
            values = {field["name"]: [HOSTILE[(start + offset) % len(HOSTILE)]] for offset, field in enumerate(fields)}
            text = json.dumps(values, ensure_ascii=False).encode("utf-8", "surrogatepass").decode("utf-8", "replace")
            page.goto("about:blank")
            page.goto(server + pages[tool] + "#prefill=" + urllib.parse.quote(text, safe=""))
            expect(root).to_have_attribute("data-state", "ready")
            expect(root).to_have_attribute("data-replied", re.compile(r"\d"))
            after = page.evaluate(AFTER_LINK, index)
            assert not after["unsafe"], (start, after)
            assert page.evaluate("window.__canary === undefined"), start
            assert page.evaluate("(key) => localStorage.getItem(key)", f"thankyou:v1:{tool}") is None
