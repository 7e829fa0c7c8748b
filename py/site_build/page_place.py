"""Where a page sits: its language and the relative paths to the site root and to its language's root."""

from __future__ import annotations

from typing import Any


def page_place(page: Any, config: Any) -> tuple[str, str, str]:
    """The page's language, and the relative paths from it to the site root and to its language's root."""
    lang = getattr(page.file, "locale", None) or config.theme["language"]
    depth = page.url.count("/")
    # Translated pages live under /LANG/; the guide links in answers are relative to that folder.
    in_language_folder = page.url.startswith(f"{lang}/")
    return lang, "../" * depth, "../" * (depth - 1 if in_language_folder else depth)
