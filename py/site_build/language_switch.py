"""The language selector loads the other language's page in full, never by instant navigation.

Material's instant navigation swaps a page's content but keeps the ``<html>`` element and the
settings read at the first load, so an English page reached from an Indonesian one would keep
``lang="id"`` (screen readers would read English with an Indonesian voice) and Indonesian
labels in search. Material leaves links that have a ``target`` to the browser, so each
language link gets ``target="_self"``: same tab, ordinary page load.
"""

from __future__ import annotations

import re

LANGUAGE_LINK = re.compile(r'<a (?=[^>]*\bhreflang=")(?=[^>]*\bclass="md-select__link")(?![^>]*\btarget=)')


def load_in_full(output: str) -> str:
    """The page with ``target="_self"`` on each link of the language selector."""
    return LANGUAGE_LINK.sub('<a target="_self" ', output)
