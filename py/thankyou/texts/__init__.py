"""Every reader-facing word: one schema class per area, one data-only subclass per language.

Modelled on arrow's locales: a schema class declares each text slot as an annotation, and
each language subclass assigns all of them. :func:`texts_for` looks a language table up by
code and raises ``ValueError`` for an unknown one; nothing is activated globally, so a
long-lived worker never has to reset a language. ``tests/unit/test_texts.py`` fails on a
missing or empty slot in any registered table.
"""

from __future__ import annotations

import importlib
import pkgutil

from thankyou.texts.base import Texts, texts_for
from thankyou.texts.common import CommonTexts

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "Texts", "all_schemas", "texts_for"]

# The languages are those the shared texts have a table for (in the order they are defined):
# a third language is a table in each text module, and the completeness tests say which are missing.
LANGUAGES: tuple[str, ...] = tuple(CommonTexts.languages())
DEFAULT_LANGUAGE = LANGUAGES[0]  # Indonesian first


def all_schemas() -> list[type[Texts]]:
    """Every schema defined in the package (imports the text modules so they register)."""
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    return list(Texts.__subclasses__())
