"""Small repairs to the HTML that Material renders, made on each finished page.

- The language selector loads the other language's page in full, never by instant navigation.
  Instant navigation swaps a page's content but keeps the ``<html>`` element and the settings
  read at the first load, so an English page reached from an Indonesian one would keep
  ``lang="id"`` (screen readers would read English with an Indonesian voice) and Indonesian
  labels in search. Material leaves links that have a ``target`` to the browser, so each
  language link gets ``target="_self"``: same tab, ordinary page load.
- The search box is a ``role="dialog"`` without a name; screen readers announce it as just
  "dialog". It gets an ``aria-label`` in the page's language.
- Valid HTML (the Nu HTML checker, ``tests/build/test_html_valid.py``): Material's templates put
  ``autocomplete="off"`` on the checkboxes that open the drawer and the search (allowed only on
  text-like inputs) and an empty ``tabindex=""`` on section labels of the navigation (not an
  integer; browsers ignore it). Both attributes go; nothing a browser does changes.
"""

from __future__ import annotations

import html
import re

from thankyou.texts import LANGUAGES, texts_for
from thankyou.texts.site import SiteTexts

LANGUAGE_LINK = re.compile(r'<a (?=[^>]*\bhreflang=")(?=[^>]*\bclass="md-select__link")(?![^>]*\btarget=)')
SEARCH_DIALOG = re.compile(r'<div class="md-search" data-md-component="search" role="dialog"(?![^>]*aria-label)')
CHECKABLE_INPUT = re.compile(r'<input\b(?=[^>]*\stype="(?:checkbox|radio)")[^>]*>')
AUTOCOMPLETE = re.compile(r'\s+autocomplete="[^"]*"')
EMPTY_TABINDEX = re.compile(r'(<label\b[^>]*?)\s+tabindex=""')


def load_in_full(output: str) -> str:
    """The page with ``target="_self"`` on each link of the language selector."""
    return LANGUAGE_LINK.sub('<a target="_self" ', output)


def label_search(output: str, lang: str) -> str:
    """The page with its search dialog named, in ``lang``."""
    words = texts_for(SiteTexts, lang if lang in LANGUAGES else "en")
    label = html.escape(words.search_label, quote=True)
    return SEARCH_DIALOG.sub(lambda match: f'{match[0]} aria-label="{label}"', output)


def valid_html(output: str) -> str:
    """The page without ``autocomplete`` on checkboxes and radios, nor empty ``tabindex`` on labels."""
    output = CHECKABLE_INPUT.sub(lambda match: AUTOCOMPLETE.sub("", match[0]), output)
    return EMPTY_TABINDEX.sub(r"\1", output)


def repair(output: str, lang: str) -> str:
    return valid_html(label_search(load_in_full(output), lang))
