"""The guide's own words outside its Markdown, per language (used at build time by ``site_build``)."""

from __future__ import annotations

from thankyou.texts import Texts


class SiteTexts(Texts):
    """``glossary``: terms explained in a tooltip wherever they appear, as ``TERM: meaning`` (one
    language may explain a term another does not use: Indonesian's TI is English's IT)."""

    search_label: str  # the search dialog's accessible name
    og_locale: str  # Open Graph wants a territory with the language
    glossary: tuple[str, ...]


class Indonesian(SiteTexts):
    lang = "id"
    search_label = "Pencarian"
    og_locale = "id_ID"
    glossary = (
        "HR: Human resources: bagian sumber daya manusia atau personalia",
        "BUMN: Badan usaha milik negara",
        "CV: Curriculum vitae: daftar riwayat hidup",
        "CC: Carbon copy: salinan email untuk penerima lain",
        "UTC: Coordinated Universal Time: acuan waktu dunia",
        "WIB: Waktu Indonesia Barat (UTC+7)",
        "WITA: Waktu Indonesia Tengah (UTC+8)",
        "WIT: Waktu Indonesia Timur (UTC+9)",
        "TI: Teknologi informasi",
        "Pyodide: Python yang berjalan di dalam peramban, tanpa server",
    )


class English(SiteTexts):
    lang = "en"
    search_label = "Search"
    og_locale = "en_US"
    glossary = (
        "HR: Human resources",
        "BUMN: Badan usaha milik negara: an Indonesian state-owned enterprise",
        "CV: Curriculum vitae: your résumé",
        "CC: Carbon copy: a copy of an email sent to other recipients",
        "UTC: Coordinated Universal Time, the world's reference clock",
        "WIB: Waktu Indonesia Barat, Western Indonesia Time (UTC+7)",
        "WITA: Waktu Indonesia Tengah, Central Indonesia Time (UTC+8)",
        "WIT: Waktu Indonesia Timur, Eastern Indonesia Time (UTC+9)",
        "IT: Information technology",
        "Pyodide: Python running inside the web browser, with no server",
    )
