"""The house style for words a careful HR officer reads: preferred terms and phrases to avoid, as data.

Each rule: a regular expression that finds what to avoid, the form to write instead, and why.
``test_style_sheet.py`` checks the guide's pages and every text table against it. Indonesian rules
apply to Indonesian text (``page.md``, ``lang = "id"`` tables), English ones to English text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    avoid: re.Pattern[str]
    write: str
    why: str


def rule(pattern: str, write: str, why: str, flags: int = 0) -> Rule:
    return Rule(re.compile(pattern, flags), write, why)


INDONESIAN: tuple[Rule, ...] = (
    # Preferred terms: one word for one thing, everywhere.
    rule(r"\boffline\b", "luring", "one term for reading without a connection; the menu says luring", re.IGNORECASE),
    rule(r"\brekruter\b", "perekrut", "the standard word (KBBI); rekruter is a loan", re.IGNORECASE),
    rule(r"\bBoleh tidak, tetapi\b", "Tidak wajib, tetapi…", "reads as a question ('may I not?') in writing"),
    rule(r"\bwawancara (?:secara )?(?:langsung|luring|offline)\b", "wawancara tatap muka",
         "langsung also means 'live' or 'direct'; tatap muka is unambiguous", re.IGNORECASE),
    rule(r"[Tt]erima kasih sudah\b[^.\n]{0,40}?\bmewawancarai saya", "Terima kasih telah mewawancarai saya",
         "telah is the register of a letter; sudah is spoken"),
    # Calques found in review (English turns of phrase in Indonesian words).
    rule(r"\bMari jujur\b", "Terus terang saja:", "calque of 'let's be honest'"),
    rule(r"\bKecepatan juga sebuah sinyal\b", "Kesigapan juga memberi kesan.", "calque of 'speed is a signal'"),
    rule(r"\bdi lift\b", "(rewrite)", "a foreign picture; no one types an email in a lift"),
    rule(r"\bcatatan singkat yang lapang dada\b", "balasan singkat yang menerima keputusan dengan lapang dada",
         "a note cannot be lapang dada; a person is"),
    rule(r"\bketiadaan itulah\b", "email yang tidak datang itulah yang diperhatikan", "calque of 'its absence shows'"),
    rule(r"\bpernah pikirkan\b", "yang hampir selalu terlintas", "calque of 'have ever thought'"),
    rule(r"\bAnjuran ini datang\b", "Anjuran ini antara lain disampaikan oleh", "calque of 'this advice comes from'"),
    rule(r"\bPesan yang tepat lalu berubah\b", "Dalam keadaan itu, pesan yang perlu dikirim pun berbeda.",
         "calque of 'then the right message changes'"),
)

ENGLISH: tuple[Rule, ...] = (
    rule(r"\bMr/Mrs\b", "Mr/Ms", "Ibu does not say whether a woman is married; Ms does not either"),
    rule(r"\bSend one: recommended\.", "We recommend sending one.", "a label, not a sentence"),
    rule(r"\bYour perspective(?:\{as_title\}| as [A-Z])", "Your perspective (without a job title)",
         "'Your perspective as Recruiter' names a job title as a capitalised role"),
)

RULES = {"id": INDONESIAN, "en": ENGLISH}
