"""Terms explained in a tooltip wherever they appear: Markdown abbreviations, per language.

Python-Markdown's ``abbr`` extension turns ``*[WIB]: Waktu Indonesia Barat`` into
``<abbr title="...">WIB</abbr>`` wherever the word occurs, and Material's ``content.tooltips``
shows the title as a tooltip. The definitions are appended to every page in its own language.
"""

from __future__ import annotations

TERMS: dict[str, dict[str, str]] = {
    "id": {
        "HR": "Human resources: bagian sumber daya manusia atau personalia",
        "BUMN": "Badan usaha milik negara",
        "CV": "Curriculum vitae: daftar riwayat hidup",
        "CC": "Carbon copy: salinan email untuk penerima lain",
        "UTC": "Coordinated Universal Time: acuan waktu dunia",
        "WIB": "Waktu Indonesia Barat (UTC+7)",
        "WITA": "Waktu Indonesia Tengah (UTC+8)",
        "WIT": "Waktu Indonesia Timur (UTC+9)",
        "TI": "Teknologi informasi",
        "Pyodide": "Python yang berjalan di dalam peramban, tanpa server",
    },
    "en": {
        "HR": "Human resources",
        "BUMN": "Badan usaha milik negara: an Indonesian state-owned enterprise",
        "CV": "Curriculum vitae: your résumé",
        "CC": "Carbon copy: a copy of an email sent to other recipients",
        "UTC": "Coordinated Universal Time, the world's reference clock",
        "WIB": "Waktu Indonesia Barat, Western Indonesia Time (UTC+7)",
        "WITA": "Waktu Indonesia Tengah, Central Indonesia Time (UTC+8)",
        "WIT": "Waktu Indonesia Timur, Eastern Indonesia Time (UTC+9)",
        "IT": "Information technology",
        "Pyodide": "Python running inside the web browser, with no server",
    },
}


def definitions(lang: str) -> str:
    """The Markdown abbreviation definitions for a language (empty for an unknown one)."""
    return "\n".join(f"*[{term}]: {meaning}" for term, meaning in TERMS.get(lang, {}).items())


def with_glossary(markdown: str, lang: str) -> str:
    """A page's Markdown with its language's definitions appended."""
    glossary = definitions(lang)
    return f"{markdown}\n\n{glossary}\n" if glossary else markdown
