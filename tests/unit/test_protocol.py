"""The page's scripts use exactly the protocol names Python declares (``thankyou.web.protocol``).

Read from the scripts' text: the ``data-*`` attributes (written out or as ``dataset.camelCase``),
the ``data-action`` names, the worker's boot stages and its failure reasons. And the scripts stay
thin: their code lines are capped (:data:`MAX_CODE_LINES`).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from thankyou.texts import LANGUAGES, texts_for
from thankyou.texts.common import CommonTexts
from thankyou.web import protocol

pytestmark = pytest.mark.skipif(sys.platform == "emscripten", reason="reads the site's JavaScript beside the package: CPython only")

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = sorted((ROOT / "docs" / "assets" / "javascripts").glob("*.js"))
PYTHON = "\n".join(path.read_text(encoding="utf-8") for path in sorted((ROOT / "py" / "thankyou").rglob("*.py")))


def script(name: str) -> str:
    return (ROOT / "docs" / "assets" / "javascripts" / name).read_text(encoding="utf-8")


def code_of(text: str) -> str:
    """The script without its line comments (they describe the protocol, they do not use it)."""
    return re.sub(r"(?m)^\s*//.*$|\s//\s.*$", "", text)


def data_attributes(text: str) -> set[str]:
    written = set(re.findall(r"data-[a-z][a-z-]*[a-z]", text))
    camel = re.findall(r"\.dataset\.([a-zA-Z]+)", text)
    return written | {"data-" + re.sub(r"[A-Z]", lambda m: "-" + m.group().lower(), name) for name in camel}


def actions(text: str) -> set[str]:
    return set(re.findall(r'action === "([a-z]+)"', text)) | set(re.findall(r'data-action="([a-z]+)"', text))


def boot_stages(text: str) -> set[str]:
    return set(re.findall(r'progress\("([a-z]+)"', text))


def failure_reasons(text: str) -> set[str]:
    reasons = set(re.findall(r'failure\("([a-z]+)"', text)) | set(re.findall(r'reason \|\| "([a-z]+)"', text))
    body = re.search(r"function failureReason\(.*?\n}\n", text, re.S)
    for statement in re.findall(r"return [^;]*;", body.group() if body else ""):
        reasons |= set(re.findall(r'"([a-z]+)"', statement))
    return reasons


def boot_facts(text: str) -> set[str]:
    """The facts the worker gathers after a failed start (the keys of its ``facts`` table)."""
    table = re.search(r"const facts = \{\n(.*?)\n  \};", text, re.S)
    return set(re.findall(r"(?m)^    ([a-z]+):", table.group(1) if table else ""))


def runtime_options(text: str) -> set[str]:
    return set(re.findall(r"\boptions\.([a-zA-Z]+)", text))


def states(text: str) -> set[str]:
    return set(re.findall(r'setState\(root, "([a-z]+)"', text)) | set(re.findall(r'dataset\.state === "([a-z]+)"', text))


ALL = "\n".join(code_of(path.read_text(encoding="utf-8")) for path in SCRIPTS)

# The browser layer's size: code lines (neither blank nor comment-only) over every script in
# docs/assets/javascripts, counted like `grep -cvE '^\s*($|//|/\*|\*)'`. A ratchet: lower it
# whenever code leaves the scripts, never raise it. Issue 17's goal is 450, with no UI decision
# left in the JavaScript; 726 when the ratchet was set up, 661 after the first moves to Python, this
# after the worker's requests went to thankyou.worker and the waits to RuntimeOptions (624), and
# one less after the morph stopped moving a kept field's holder (a line more) and the share
# sheet's check joined show() (two less).
MAX_CODE_LINES = 623
COMMENT_OR_BLANK = re.compile(r"^\s*($|//|/\*|\*)")


def code_lines(text: str) -> int:
    return sum(1 for line in text.splitlines() if not COMMENT_OR_BLANK.match(line))


def test_the_scripts_are_found():
    assert {path.name for path in SCRIPTS} >= {"thankyou-widgets.js", "thankyou-worker.js"}


def test_data_attributes_declared_once_are_the_ones_the_scripts_use():
    assert data_attributes(ALL) == set(protocol.DATA_ATTRIBUTES)


def test_python_renders_every_attribute_the_scripts_read():
    missing = sorted(name for name in protocol.RENDERED_ATTRIBUTES if f'"{name}"' not in PYTHON)
    assert not missing


def test_actions_are_the_declared_ones():
    assert actions(code_of(script("thankyou-widgets.js"))) == set(protocol.PAGE_ACTIONS)
    assert set(protocol.ACTIONS) == set(protocol.PAGE_ACTIONS) | set(protocol.EVENT_ACTIONS)


def test_boot_stages_are_the_declared_ones():
    assert boot_stages(code_of(script("thankyou-worker.js"))) == set(protocol.BOOT_STAGES)


def test_failure_reasons_are_the_declared_ones_and_each_has_words():
    ruled = {reason for _fact, reason in protocol.BOOT_FAILURE_RULES}
    assert failure_reasons(ALL) | ruled == set(protocol.FAILURE_REASONS)
    for lang in LANGUAGES:
        assert tuple(texts_for(CommonTexts, lang).failure_reasons) == protocol.FAILURE_REASONS


def test_the_worker_gathers_exactly_the_facts_the_failure_rules_name():
    assert boot_facts(code_of(script("thankyou-worker.js"))) == {fact for fact, _reason in protocol.BOOT_FAILURE_RULES}


# The options the worker's Python side reads itself (thankyou.worker), not the scripts.
READ_BY_PYTHON = {"word_lists"}


def test_the_scripts_read_exactly_the_runtime_options_the_dataclass_declares():
    assert runtime_options(ALL) == {js for name, js in protocol.OPTION_NAMES.items() if name not in READ_BY_PYTHON}
    worker = (ROOT / "py" / "thankyou" / "worker.py").read_text(encoding="utf-8")
    assert all(f".{name}" in worker for name in READ_BY_PYTHON)


def test_runtime_options_survive_the_page_and_a_bench_lever():
    options = protocol.RuntimeOptions("w.js", "py/", "py/lock.json", "off.js", word_lists=(("en", "en.txt"),),
                                      std_lib_url="py/std.zip", std_lib_integrity="sha256-x", full_std_lib_url="py/full.zip")
    assert protocol.RuntimeOptions.from_json(options.to_json()) == options
    page = options.for_page("../").to_json()
    assert (page["worker"], page["stdLibURL"], page["wordLists"]) == ("../w.js", "../py/std.zip", {"en": "../en.txt"})
    plain = options.without_compiled_stdlib(("thankyou", "tzdata")).to_json()
    assert (plain["stdLibURL"], plain["fullStdLibURL"], plain["install"]) == (None, None, ["thankyou", "tzdata"])


def test_widget_states_are_the_declared_ones():
    assert states(code_of(script("thankyou-widgets.js"))) == set(protocol.STATES)


def test_the_readers_find_a_name_added_to_a_script():
    sample = 'x.dataset.fooBar = 1; if (action === "zap") progress("boot", 0); failure("gone", e); options.fooURL;'
    assert "data-foo-bar" in data_attributes(sample) and runtime_options(sample) == {"fooURL"}
    assert boot_facts("  const facts = {\n    moon: () => 1,\n  };") == {"moon"}
    assert actions(sample) == {"zap"} and boot_stages(sample) == {"boot"} and failure_reasons(sample) == {"gone"}


def test_code_lines_are_counted_as_grep_counts_them():
    sample = "// a comment\n\n  /* a block\n   * more\n   */\nconst a = 1; // trailing\n  }\n"
    assert code_lines(sample) == 2


def test_the_browser_layer_stays_within_its_code_lines():
    counts = {path.name: code_lines(path.read_text(encoding="utf-8")) for path in SCRIPTS}
    assert sum(counts.values()) <= MAX_CODE_LINES, f"{sum(counts.values())} code lines: {counts}"


def test_the_privacy_pages_forget_button_clears_the_tools_prefix():
    for page in ("privasi.md", "privasi.en.md"):
        text = (ROOT / "docs" / page).read_text(encoding="utf-8")
        assert f'data-action="forget" data-forget="{protocol.STORAGE_PREFIX}"' in text, page


def test_the_page_reads_links_and_storage_by_the_declared_names():
    widgets = code_of(script("thankyou-widgets.js"))
    # The link's fragment comes with the runtime options; the script spells no fragment of its own.
    assert protocol.RuntimeOptions("w.js", "py/", "l.json", "o.js").to_json()["prefill"] == protocol.PREFILL
    assert "location.hash.startsWith(options.prefill)" in widgets and protocol.PREFILL not in ALL
    # The keys themselves are Python's (data-memory-key, data-forget): no key is spelled in a script.
    assert protocol.STORAGE_PREFIX not in ALL
