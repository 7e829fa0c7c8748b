"""The checker's rules, stated in the guide's pages at build time (see ``thankyou.statements``).

Each ``<!-- thankyou-rule:SECTION -->`` marker in a page's Markdown becomes a box stating the rule
the checker applies there, built from the checker's own tables and texts in the page's language.
The box carries ``data-rule="SECTION"``, so a test can find it in the built page as well.
"""

from __future__ import annotations

import html
import re

MARKER = re.compile(r"<!--\s*thankyou-rule:(?P<section>[a-z_0-9]+)\s*-->")


class UnknownRule(ValueError):
    """A marker names a section the checker states no rule for."""


def render(markdown: str, lang: str) -> str:
    """``markdown`` with every rule marker replaced by its statement; ``UnknownRule`` for a wrong name."""
    if "thankyou-rule:" not in markdown:
        return markdown
    return MARKER.sub(lambda match: statement_markdown(match["section"], lang), markdown)


def statement_markdown(section: str, lang: str) -> str:
    from thankyou import statements

    try:
        rule = statements.statement(section, lang)
    except KeyError:
        known = ", ".join(statements.BUILDERS)
        raise UnknownRule(f"no rule for section {section!r} (known: {known})") from None
    parts = [f'<p class="admonition-title">{html.escape(rule.title)}</p>', ""]
    if rule.lead:
        parts += [_inline(rule.lead), ""]
    if rule.items:
        parts += [f"- {_inline(item)}" for item in rule.items] + [""]
    if rule.table:
        head, *rows = rule.table
        parts += [_row(head), "|" + "---|" * len(head)] + [_row(row) for row in rows] + [""]
    if rule.closing:
        parts += [_inline(rule.closing), ""]
    body = "\n".join(parts)
    # md_in_html: the box's content is Markdown (lists, a table, **bold**).
    return f'\n<div class="admonition abstract ty-rule" data-rule="{section}" markdown>\n{body}\n</div>\n'


def _inline(text: str) -> str:
    """Text for Markdown: HTML escaped, Markdown's own marks kept (``**bold**`` is used on purpose)."""
    return html.escape(text, quote=False)


def _row(cells: tuple[str, ...]) -> str:
    return "| " + " | ".join(_inline(cell).replace("|", "\\|") for cell in cells) + " |"
