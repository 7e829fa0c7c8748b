"""The text schema machinery: :class:`Texts` and :func:`texts_for` (see :mod:`thankyou.texts`)."""

from __future__ import annotations

from typing import ClassVar, TypeVar


class Texts:
    """Base of every text schema. A direct subclass is a schema; its subclasses are languages.

    ``translated``: the tables say the same things in each language (same keys, same lengths, same
    placeholders); a schema of data each language has its own (its phrases) says False."""

    lang: ClassVar[str] = ""
    translated: ClassVar[bool] = True

    @classmethod
    def schema(cls) -> type[Texts]:
        """The schema class this table belongs to (itself, when called on a schema)."""
        for klass in cls.__mro__:
            if Texts in klass.__bases__:
                return klass
        raise TypeError(f"{cls.__name__} is not a text schema")

    @classmethod
    def slots(cls) -> tuple[str, ...]:
        """The names every language table of this schema must fill, in declaration order."""
        return tuple(
            name for name in cls.schema().__annotations__ if not name.startswith("_") and name != "lang"
        )

    @classmethod
    def languages(cls) -> dict[str, type[Texts]]:
        """The registered language tables of this schema, by code."""
        return {table.lang: table for table in cls.schema().__subclasses__() if table.lang}


SchemaT = TypeVar("SchemaT", bound=type[Texts])


def texts_for(schema: SchemaT, lang: str) -> SchemaT:
    """The language table of ``schema`` for ``lang``; ``ValueError`` when there is none."""
    tables = schema.languages()
    try:
        return tables[lang]  # type: ignore[return-value]
    except KeyError:
        known = ", ".join(sorted(tables))
        raise ValueError(f"unknown language {lang!r} (known: {known})") from None
