"""axe-core in a page: the rules the site is held to, and one line per violation (shared by the guide's and the phone's tests)."""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

# The rules axe-core runs: WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus its best practices.
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]},
    "resultTypes": ["violations"],
}

# Material adds an unlabelled <nav> to every code block at run time (for its copy button), which
# axe's landmark-unique rule reports; nothing in the page's source can name it. Leave those out.
AXE_CONTEXT = {"exclude": [[".md-code__nav"]]}


def axe_report(page: Page, label: str, options: dict) -> list[str]:
    """One line per violation and element: rule, what axe says, where."""
    results = Axe().run(page, context=AXE_CONTEXT, options=options)
    lines = []
    for violation in results.response["violations"]:
        for node in violation["nodes"]:
            lines.append(f"{label}: {violation['id']}: {node.get('failureSummary', '').splitlines()[-1].strip()} at {node['target']}")
    return lines
