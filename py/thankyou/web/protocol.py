"""The contract between the page's Python and its JavaScript, declared once.

The widget HTML Python renders carries these names; the page's scripts
(``docs/assets/javascripts/``) read and set them. ``tests/unit/test_protocol.py`` reads the
scripts and checks they use exactly the names declared here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any, ClassVar

# The worker's boot, in order: the stages it reports progress for ({progress: {stage, fraction}}).
RUNTIME = "runtime"
PACKAGE = "package"
READY = "ready"
BOOT_STAGES = (RUNTIME, PACKAGE, READY)
# The stages the widget has words for while it waits (``data-stage``).
LOADING_STAGES = (RUNTIME, PACKAGE)

# Why a start failed (``data-failure-reason``); the words for each are Python's (texts: failure_reasons).
FAILURE_REASONS = ("wasm", "runtime", "package", "timeout", "stopped", "bundle", "offline", "stalled")

# A widget's state (``data-state``): rendered loading, then ready or failed.
LOADING = "loading"
STATES = (LOADING, "ready", "error")

# The buttons' ``data-action`` names.
RETRY = "retry"
FORGET = "forget"
ADD = "add"
REMOVE = "remove"
COPY = "copy"
STEP = "step"
REPLACE = "replace"  # the reviewer's one-tap fix: a range of a field becomes Python's replacement
SHARE = "share"  # the phone's share sheet (navigator.share) with an element's text; hidden without one
# The actions the page carries out itself (forget: the device's memory; then Python resets the form).
PAGE_ACTIONS = (RETRY, FORGET, COPY, REPLACE, SHARE)
# The actions that change the form, decided by Python (thankyou.web.events): each such button
# carries its event as JSON (``data-event``, :func:`event_attribute`), which the page sends as it is.
EVENT_ACTIONS = (ADD, REMOVE, STEP)
ACTIONS = PAGE_ACTIONS + EVENT_ACTIONS


def event_attribute(action: str, **names: str) -> str:
    """A form-changing button's ``data-event``: the event Python gets when it is pressed."""
    return json.dumps({"action": action, **names}, separators=(",", ":"))


# The fragment of a link that fills a tool's form: ``#prefill=`` and the values as percent-encoded
# JSON (``forms.prefill_fragment``); the page hands what follows it to Python (``web.restore``).
PREFILL = "#prefill="

# What the tools store on the reader's device: ``localStorage`` keys under this prefix, one per tool
# (the widget's ``data-memory-key``); a "forget" button clears every key under it (``data-forget``).
STORAGE_PREFIX = "thankyou:v1:"


def storage_key(tool: str) -> str:
    """The ``localStorage`` key of a tool's stored form values."""
    return STORAGE_PREFIX + tool


# The ``data-*`` attributes the page's scripts read from Python's HTML.
RENDERED_ATTRIBUTES = frozenset({
    "data-action", "data-answer-bar", "data-copy-from", "data-error-for", "data-event",
    "data-failure-reason",
    "data-field", "data-forget", "data-keep", "data-keep-set", "data-lang", "data-link-base", "data-memory-key",
    "data-memory-note", "data-output",
    "data-progress", "data-range-field", "data-refresh", "data-repeat", "data-repeat-items",
    "data-replace-field", "data-replace-from", "data-replace-range",
    "data-replace-with", "data-restore-note", "data-runtime", "data-select-range", "data-share-from", "data-show-answer",
    "data-size",
    "data-stage", "data-state", "data-tool",
})
# The ``data-*`` attributes the scripts set themselves, for the styles and the end-to-end tests.
SCRIPT_ATTRIBUTES = frozenset({"data-answered", "data-bound", "data-copied", "data-failure-detail", "data-replied"})
DATA_ATTRIBUTES = RENDERED_ATTRIBUTES | SCRIPT_ATTRIBUTES

# What a failed start met, as the worker observes it (raw facts, no judgement), and the reason each
# means, in order: the first fact that holds names the failure; none of them: "runtime".
#   stalled      a download stopped sending bytes
#   unreachable  the site itself did not answer (a request for the lock file failed)
#   wasm         WebAssembly was refused
#   damaged      the lock file or the compiled standard library is not as the build wrote it
BOOT_FAILURE_RULES: tuple[tuple[str, str], ...] = (
    ("stalled", "stalled"), ("unreachable", "offline"), ("wasm", "wasm"), ("damaged", "package"),
)


@dataclass(frozen=True)
class RuntimeOptions:
    """What the page's worker needs to start Python: built once at build time, passed through as is.

    The site build makes one (``py/site_build/hooks_tools.py``) with paths relative to the site's
    root; each page gets it with its own way up to the root (:meth:`for_page`), as the widget's
    ``data-runtime``. The widget hands it to the worker unchanged (with the page's address, which
    the paths are relative to); the worker reads exactly :data:`OPTION_NAMES`.
    """

    worker: str  # the worker script
    index_url: str  # Pyodide's folder
    lock_file_url: str  # its lock file (with ?v=digest: a new build is a new address)
    offline: str  # under file://: the index of the runtime as classic scripts (site_build.offline)
    install: tuple[str, ...] = ()  # the packages loadPackage installs: none when the compiled stdlib holds them
    word_lists: tuple[tuple[str, str], ...] = ()  # the reviewer's spelling lists: (language, path)
    start_early: bool = True  # start the worker as soon as the script runs, not when Material announces the page
    std_lib_url: str | None = None  # the compiled standard library (site_build.stdlib), if the build made one
    std_lib_integrity: str | None = None  # its hash, checked only after a failed start
    full_std_lib_url: str | None = None  # where a module the compiled one lacks is fetched from
    failure_rules: tuple[tuple[str, str], ...] = BOOT_FAILURE_RULES
    prefill: str = PREFILL  # the fragment of a link that fills the form (the page hands what follows to Python)
    # How long the page and the worker wait, in milliseconds.
    boot_timeout_ms: int = 120_000  # from the page's boot request to Python ready
    request_timeout_ms: int = 20_000  # for one answer
    alive_ms: int = 3_000  # a started worker acknowledges each request on arrival; one that does not has stopped
    stall_ms: int = 10_000  # a download sending no bytes this long is aborted (the worker), so a start fails early
    typing_delay_ms: int = 150  # the pause in typing after which the form goes to Python
    copied_ms: int = 2_000  # how long a copy button wears its "copied" label

    PATHS: ClassVar[tuple[str, ...]] = ("worker", "index_url", "lock_file_url", "offline", "std_lib_url", "full_std_lib_url")

    def for_page(self, to_root: str) -> RuntimeOptions:
        """The same options for a page ``to_root`` below the site's root (``"../"``, say)."""
        moved = {name: to_root + getattr(self, name) for name in self.PATHS if getattr(self, name) is not None}
        return replace(self, **moved, word_lists=tuple((lang, to_root + path) for lang, path in self.word_lists))

    def without_compiled_stdlib(self, packages: tuple[str, ...]) -> RuntimeOptions:
        """Pyodide's own standard library, and ``packages`` installed from their wheels (the bench's lever)."""
        return replace(self, std_lib_url=None, std_lib_integrity=None, full_std_lib_url=None, install=tuple(packages))

    def to_json(self) -> dict[str, Any]:
        """The options by the names the scripts read (``data-runtime``)."""
        values = {name: getattr(self, name) for name in _OPTION_FIELDS}
        values["word_lists"] = dict(self.word_lists)
        values["install"] = list(self.install)
        values["failure_rules"] = [list(rule) for rule in self.failure_rules]
        return {OPTION_NAMES[name]: value for name, value in values.items()}

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> RuntimeOptions:
        """Read back what :meth:`to_json` wrote (a built page's ``data-runtime``)."""
        values = {name: raw.get(js) for name, js in OPTION_NAMES.items() if js in raw}
        values["install"] = tuple(values.get("install", ()))
        values["word_lists"] = tuple(sorted(values.get("word_lists", {}).items()))
        values["failure_rules"] = tuple(tuple(rule) for rule in values.get("failure_rules", BOOT_FAILURE_RULES))
        return cls(**values)


_OPTION_FIELDS = tuple(option.name for option in fields(RuntimeOptions))
# Each option's name in the page's JSON: the JavaScript spelling of the field's.
OPTION_NAMES = {
    name: re.sub(r"_([a-z])", lambda match: match[1].upper(), name).replace("Url", "URL") for name in _OPTION_FIELDS
}
