"""The contract between the page's Python and its JavaScript, declared once.

The widget HTML Python renders carries these names; the page's scripts
(``docs/assets/javascripts/``) read and set them. ``tests/unit/test_protocol.py`` reads the
scripts and checks they use exactly the names declared here.
"""

from __future__ import annotations

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
ACTIONS = (RETRY, FORGET, ADD, REMOVE, COPY, STEP, REPLACE, SHARE)

# The ``data-*`` attributes the page's scripts read from Python's HTML.
RENDERED_ATTRIBUTES = frozenset({
    "data-action", "data-copied-label", "data-copy-from", "data-error-for", "data-failure-reason",
    "data-field", "data-initial", "data-keep", "data-keep-set", "data-share-from", "data-lang", "data-link-base", "data-max", "data-memory-note",
    "data-min", "data-output", "data-progress", "data-range-field", "data-refresh", "data-repeat",
    "data-repeat-item", "data-repeat-items", "data-repeat-number", "data-repeat-template",
    "data-replace-field", "data-replace-from", "data-replace-range", "data-replace-with",
    "data-restore-note", "data-runtime", "data-select-range", "data-size", "data-stage", "data-state",
    "data-step-field", "data-tool",
})
# The ``data-*`` attributes the scripts set themselves, for the styles and the end-to-end tests.
SCRIPT_ATTRIBUTES = frozenset({"data-answered", "data-bound", "data-failure-detail", "data-replied"})
# Read when present, none rendered today: a step button's step (1 when absent).
OPTIONAL_ATTRIBUTES = frozenset({"data-step"})
DATA_ATTRIBUTES = RENDERED_ATTRIBUTES | SCRIPT_ATTRIBUTES | OPTIONAL_ATTRIBUTES
