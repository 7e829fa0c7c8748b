"""The reviewer's rules as data: limits, severities, the patterns every draft is read with, and
each draft language's phrase table (from the language registry, ``texts/draft_language.py``).

Phrases are regular expressions matched case-insensitively against the draft; each table lists
what one rule looks for. Adding a phrase is adding a line of data, not a branch in ``rules.py``.
The words a rule suggests (``fix``, ``example``) are in the draft's own language; the messages
around them come from ``texts/review.py`` in the reader's language.
"""

from __future__ import annotations

import re

from thankyou.review.vocabulary import TRADE_WORDS
from thankyou.texts import LANGUAGES, texts_for
from thankyou.texts.draft_language import DraftLanguage

# ---- Limits ----------------------------------------------------------------------------------

BODY_LIMIT = 10_000  # characters; a thank-you email is rarely over 2,000
SUBJECT_LIMIT = 300
CONTEXT_LIMIT = 200
PANEL_LIMIT = 8  # other emails of the same panel
TOPICS_LIMIT = 8  # topics discussed, given in the context
MAX_PER_CODE = 10  # findings of one code, so a hostile text cannot produce thousands

CHANNELS = ("email", "linkedin", "whatsapp", "card")
# A chat's informal words are tips one by one; this many, at least one in this many words, and the message reads as
# written in shorthand (a finding of its own, should-fix even in a chat).
INFORMAL_DENSE = (3, 8)

# Words of another language that are a mixing finding even alone in a sentence of the draft's language, by the
# language they come from: English verbs and feelings a letter in Indonesian has its own words for ("sangat
# appreciate", "bisa segera contribute", "excited untuk join"), not the workplace loans it keeps ("meeting",
# "deadline", "feedback", "interview").
MIXED_ALONE: dict[str, frozenset[str]] = {
    "en": frozenset(
        """
        appreciate appreciated appreciating excited exciting join joining joined contribute contributing apply applied
        grateful thankful enjoy enjoyed enjoying improve grow growing learn learned learning explore passionate eager
        confident curious honored honoured glad happy interested sharing
        """.split()
    ),
    "id": frozenset(),
}
# Words of the other language that are mixing wherever they stand in a sentence, with no word leading to them ("the
# interview kemarin", "Semoga we can work together"): a time, a wish or a feeling no term of the trade contains.
MIXED_ANYWHERE: dict[str, frozenset[str]] = {
    "en": frozenset(),
    "id": frozenset("kemarin tadi besok semoga banget sekali mohon maaf sudah belum juga nanti makasih sangat".split()),
}
# Words of the draft's own language, beyond its function words, that lead to such a word as a verb or a feeling
# ("segera contribute", "merasa grateful", "ingin join"); after anything else the word may be part of a term.
MIXED_LEADS: dict[str, frozenset[str]] = {
    "id": frozenset("segera ingin mau merasa cukup begitu amat sempat pernah sedang masih ikut turut siap".split()),
    "en": frozenset(),
}
SEVERITIES = ("must", "should", "tip")

# Abbreviations of the workplace said or read letter by letter, which a draft may type in small letters ("the kyc
# process", "our sla", "ui/ux"): no typo, only a tip to write them in capitals. None is a word of either language in
# small letters ("pic", "sop", "api", "pm", "hr" are, and stay out). A short word the lists lack with no vowel at all
# ("hrbp", "pmp") is no typo either: it can only be an abbreviation (rules.misspellings). (ACRONYMS, below, are the
# forms rightly written in capitals, some of them words in small letters: "OK", "PM", "IT".)
SMALL_ACRONYMS: dict[str, str] = {written.lower(): written for written in """
    KYC AML SLA NPS OKR OKRs KPI KPIs CRM ERP SEO SEM UI UX UAT UGC CTA CTR CPC CPM ROAS GMV AOV LTV CAC MRR HRIS
    HRD HRBP HRGA PPIC RFP RFQ NDA MoU HSE HSSE QHSE CSR ESG PMO IoT ETL GCP AWS SKU SKUs FMCG SaaS B2B B2C CEO CTO
    CFO CMO OJT SDLC MVP QA QC SQL HTML CSS CV ATS ROI BPJS NPWP UMKM BUMN OJK PPN PPh
    """.split()}

# Words per channel: (fewest, most) before a length finding. Email matches the generator's
# short (≈ 60–100) and standard (≈ 100–180) lengths, with a margin on both sides: published
# thank-you notes of 40–50 words read as brief, not as too short.
LENGTH: dict[str, tuple[int, int]] = {
    "email": (40, 200),
    "linkedin": (25, 150),
    "whatsapp": (15, 110),
    "card": (20, 120),
}
# What the reader is told to aim for, per channel (shown in the length message).
LENGTH_AIM: dict[str, tuple[int, int]] = {
    "email": (60, 180),
    "linkedin": (40, 120),
    "whatsapp": (25, 80),
    "card": (30, 90),
}
LONG_SENTENCE = 40  # words
LONG_PARAGRAPH: dict[str, int] = {"email": 100, "linkedin": 80, "whatsapp": 70, "card": 80}
SUBJECT_WORDS = 12
PANEL_SIMILAR = 0.5  # share of word trigrams (textstats.shared_trigram_ratio) from which two emails read alike
EXCLAMATIONS = 2  # single "!" allowed in one message before it is too many
NEAR_MISS = 0.8  # difflib ratio from which a spelling counts as a near miss of a name

# ---- Kinds and severities --------------------------------------------------------------------

# Every finding kind, in the order "what to fix first" reads them, with its guide section.
KINDS: dict[str, str] = {
    "placeholder": "common_mistakes",
    "misspelling": "common_mistakes",
    "interviewer_misspelled": "greeting",
    "honorific": "greeting",
    "address": "greeting",
    "company_misspelled": "common_mistakes",
    "company_other": "common_mistakes",
    "timing": "common_mistakes",
    "subject_missing": "subject_line",
    "greeting_missing": "greeting",
    "desperate": "hesitation_desperate",
    "salary": "common_mistakes",
    "pressure": "common_mistakes",
    "self_doubt": "common_mistakes",
    "apology": "common_mistakes",
    "generic": "specific_detail",
    "interviewer_absent": "greeting",
    "company_absent": "fit",
    "role_misspelled": "common_mistakes",
    "greeting_form": "greeting",
    "closing_missing": "closing",
    "closing_form": "closing",
    "signature_missing": "signature",
    "informal": "common_mistakes",
    "emoji": "common_mistakes",
    "exclamation": "common_mistakes",
    "all_caps": "common_mistakes",
    "subject_vague": "subject_line",
    "mixed_language": "common_mistakes",
    "punctuation": "checklist",
    "length": "checklist",
    "long_paragraph": "checklist",
    "panel_similar": "panel",
    "long_sentence": "checklist",
    "subject_long": "subject_line",
    "role_absent": "fit",
    "attachment": "checklist",
}

# Severity of each message code; CHANNEL_SEVERITY overrides it for one channel.
SEVERITY: dict[str, str] = {
    "placeholder": "must",
    "misspelling": "must",
    "confused_word": "must",  # a real word for another, where its neighbours leave no doubt ("for you time")
    "phrase_slip": "must",  # words right alone, wrong together ("discuss about", "Thank you for gave me")
    "di_prefix": "must",  # "di berikan": the passive prefix written apart from its verb
    "di_after_doer": "must",  # "yang saya di lamar": a verb after its doer takes no "di-" ("yang saya lamar")
    "doubled_word": "must",  # "the the", "untuk untuk"
    "run_on": "should",  # "Thanks for your time yesterday I really enjoyed ...": a full stop missing between two sentences
    "reduplication": "should",  # "hati hati", "banyak2" for "hati-hati", "banyak-banyak"
    "capital_inside": "should",  # "Saya Mengucapkan Terima Kasih atas Kesempatan ..."
    "capital_formula": "should",  # "Dengan Hormat,", "Hormat Saya,"
    "address_mismatch": "should",  # "Yth. Bapak Hendra, ... yang Ibu berikan": a letter copied from one to another
    "honorific_doubled": "must",
    "honorific_man": "should",  # "Mrs. Budi": a woman's form of address before a name nearly always a man's
    "honorific_woman": "should",  # "Bapak Siti"
    "title_given_name": "tip",  # "Dear Mrs Susan,": English puts a title before the family name; many Indonesian offices do not
    "greeting_lowercase": "should",
    "address_lowercase": "should",
    "address_distant": "tip",  # correct, only distant: "Anda" where the greeting says "Bapak"
    "greeting_yth_name": "should",
    "greeting_abbreviated": "should",  # "Yth. Bpk. Hasan,": a letter writes "Bapak" out
    "punctuation_before": "should",
    "punctuation_after": "should",
    "punctuation_doubled": "should",  # "MYOB dan Accurate..": two full stops, not an ellipsis
    "degree_comma": "should",  # "Andika Pratama S.Kom.": EYD sets a degree after a name off by a comma
    "capital_start": "should",
    "capital_name": "should",
    "acronym_case": "tip",  # "the kyc process", "ui/ux": an abbreviation typed in small letters, no typo ("KYC", "UI/UX")
    "mixed_phrase": "should",
    "apology_ritual": "should",
    "greeting_missing": "must",
    "greeting_kepada": "should",
    "greeting_yth": "should",
    "greeting_title": "should",
    "greeting_generic": "should",
    "greeting_casual": "should",
    "closing_missing": "should",
    "closing_kami": "should",
    "closing_casual": "should",
    "closing_faithfully": "should",  # "Yours faithfully" after "Dear Ms. Hartati": British usage keeps it for "Dear Sir or Madam"
    "signature_missing": "should",
    "interviewer_absent": "should",
    "interviewer_misspelled": "must",
    "interviewer_other": "must",  # someone else greeted by name: a copied email
    "interviewer_other_informal": "should",  # a first name in a friendly greeting may be a nickname ("Hi Mike,")
    "company_absent": "tip",  # the guide's own subjects name the role, not the company: the interviewer knows where they work
    "company_misspelled": "must",
    "company_other": "must",  # another company named where this one belongs: a copied email
    "role_absent": "tip",
    "role_misspelled": "should",
    "role_other": "should",  # another role named where this one belongs: a copied email (a should: roles go by many names)
    "generic": "should",
    "length_short": "should",
    "length_long": "should",
    "long_sentence": "tip",
    "long_paragraph": "should",
    "desperate": "should",
    "apology_repeated": "should",
    "apology_strong": "should",
    "self_doubt": "should",
    "salary": "should",
    "pressure": "should",
    "reproach": "should",  # the wait blamed on them: "which is quite unprofessional"
    "grievance": "should",  # a complaint about the interview itself: "you kept me waiting for 40 minutes"
    "reconsider": "should",  # a rejection argued with: "Apakah bisa dipertimbangkan ulang?"
    "informal_word": "should",
    "informal_drop": "should",
    "nonstandard": "should",  # listed, but not the standard spelling: a careful reader notices, nobody is misled
    "informal_familiar": "should",  # also in a chat: "gue" to a recruiter is rude anywhere
    "address_workplace": "tip",  # "Halo Kak Sasha," in an email that is not formal: the workplace decides
    "informal_dense": "should",  # a chat written mostly in shorthand ("gmn hasil interview kmrn? sy udh nunggu")
    "emoji": "should",
    "exclamation_repeated": "should",
    "question_repeated": "should",
    "exclamation_many": "tip",
    "all_caps": "should",
    "all_caps_text": "should",  # the whole subject or body typed in capitals: one finding, not one per line
    "subject_missing": "must",
    "subject_long": "tip",
    "subject_title_case": "tip",  # "Thank You For The Interview": headline capitals where the guide's subjects use sentence case
    "subject_vague": "should",
    "mixed_sentence": "should",
    "mixed_formula": "tip",
    "timing": "must",
    "date_weekday": "must",  # "Senin, 26 November 2026" on a Thursday: the reader must check which is right
    "panel_similar": "should",
    "attachment": "tip",  # a reminder: the reviewer cannot see whether the file is there
}
# The kind of each message code that is not itself a kind.
CODE_KIND: dict[str, str] = {
    "subject_title_case": "subject_long",
    "confused_word": "misspelling",
    "phrase_slip": "misspelling",
    "di_prefix": "misspelling",
    "di_after_doer": "misspelling",
    "doubled_word": "misspelling",
    "reduplication": "punctuation",  # the hyphen that is missing
    "run_on": "punctuation",  # the full stop that is missing
    "capital_inside": "punctuation",
    "capital_formula": "punctuation",
    "address_mismatch": "address",
    "role_other": "role_misspelled",
    "interviewer_other": "interviewer_misspelled",
    "date_weekday": "timing",
    "interviewer_other_informal": "greeting_form",
    "honorific_doubled": "honorific",
    "honorific_man": "greeting_form",  # the form of address the greeting (or the body) gives the interviewer
    "honorific_woman": "greeting_form",
    "title_given_name": "greeting_form",
    "greeting_lowercase": "greeting_form",
    "address_lowercase": "address",
    "address_distant": "address",
    "greeting_yth_name": "greeting_form",
    "greeting_abbreviated": "greeting_form",
    "punctuation_before": "punctuation",
    "punctuation_after": "punctuation",
    "punctuation_doubled": "punctuation",
    "degree_comma": "punctuation",
    "capital_start": "punctuation",
    "capital_name": "punctuation",
    "acronym_case": "punctuation",
    "mixed_phrase": "mixed_language",
    "apology_ritual": "apology",
    "reconsider": "pressure",
    "reproach": "pressure",
    "grievance": "pressure",
    "greeting_kepada": "greeting_form",
    "greeting_yth": "greeting_form",
    "greeting_title": "greeting_form",
    "greeting_generic": "greeting_form",
    "greeting_casual": "greeting_form",
    "closing_kami": "closing_form",
    "closing_casual": "closing_form",
    "closing_faithfully": "closing_form",
    "all_caps_text": "all_caps",
    "length_short": "length",
    "length_long": "length",
    "apology_repeated": "apology",
    "apology_strong": "apology",
    "informal_word": "informal",
    "informal_drop": "informal",
    "informal_familiar": "informal",
    "address_workplace": "informal",
    "informal_dense": "informal",
    "nonstandard": "informal",
    "exclamation_repeated": "exclamation",
    "question_repeated": "exclamation",
    "exclamation_many": "exclamation",
    "mixed_sentence": "mixed_language",
    "mixed_formula": "mixed_language",
}


def kind_of(code: str) -> str:
    return CODE_KIND.get(code, code)


# The kinds whose every finding is must-fix (on email): any one of them means "not ready".
MUST_KINDS: tuple[str, ...] = tuple(
    kind for kind in KINDS
    if all(SEVERITY[code] == "must" for code in SEVERITY if kind_of(code) == kind)
)


# A chat message is read as a chat: a missing greeting or a casual word weighs less there.
_CHAT = {
    "address_lowercase": "tip",  # "makasih pak": a chat typed in small letters, as its sentences are
    "greeting_missing": "should",
    "greeting_casual": "tip",
    "closing_casual": "tip",
    "informal_word": "tip",
    "informal_drop": "tip",
    "emoji": "tip",
    "capital_start": "tip",  # chats are often typed in small letters
    "reduplication": "tip",  # "sehat2 selalu": a chat's shorthand
}
# In an email or a WhatsApp thread after the interview, the company goes without saying (a tip); a
# LinkedIn message may be the first the interviewer sees from the reader, so it still names it.
CHANNEL_SEVERITY: dict[str, dict[str, str]] = {"whatsapp": _CHAT, "linkedin": {**_CHAT, "company_absent": "should"}}
# Which structure each channel expects: a subject (email only), a closing line, a signature.
NEEDS_SUBJECT = frozenset({"email"})
NEEDS_CLOSING = frozenset({"email", "card"})
NEEDS_SIGNATURE = frozenset({"email", "card"})
# A card is handed to the person at their workplace: naming the company or the role there is not needed.
NEEDS_NAMING = frozenset({"email", "linkedin", "whatsapp"})

# ---- Language-independent marks --------------------------------------------------------------

PLACEHOLDERS = re.compile(
    r"""
      \[\[?(?:[^\[\]\n]|\n(?![ \t]*\n)){1,200}\]\]?(?!\()   # [Nama], [[company]], [two⏎lines]; not a Markdown link [text](url)
    | \{\{?[^{}\n]{1,60}\}\}?                     # {company}, {{name}}
    | <<?[^<>\n@/:]{1,60}>>?                      # <posisi>, <<name>>, but not <a@b.c> or <https://...>
    | (?<![\w.-])(?-i:XX+|xxx+)(?![\w-])          # XXX, xxx (not "xx-large")
    | (?<![\w/])(?:XX|xx|DD|dd)/(?:XX|xx|MM|mm)/(?:XXXX|xxxx|YYYY|yyyy)(?![\w/])   # XX/XX/XXXX
    | \b(?:lorem\s+ipsum|lorem|TODO|TBD|FIXME)\b
    | _{3,}                                       # ___ blanks
    | \.{4,} | …{2,}                              # .... blanks
    | \((?:nama|name|your\s+name|nama\s+anda|nama\s+pewawancara|nama\s+perusahaan|company|company\s+name|
          perusahaan|posisi|position|role|jabatan|tanggal|date|interviewer)\)
    | %s | \$\{?[A-Za-z_]\w{0,40}\}?
    | \((?:insert|add|name|mention|describe|include|list|enter|type|write|state|fill\s+in|your|sebutkan|isi|isikan|tulis|tuliskan|
          masukkan|tambahkan|cantumkan|ganti|jelaskan|ceritakan|nama\s+\w+)\b[^()\n]{0,150}\)   # (insert what you're passionate about)
    """,
    re.VERBOSE | re.IGNORECASE,
)
# "Dear ...," and "Yth. Bapak ...,": the dots after a form of address stand for a name (group "blank").
ADDRESS_BLANK = re.compile(r"\b(?:Bapak|Ibu|Pak|Bu|Dear|Mr|Ms|Mrs|Yth)\.?\s+(?P<blank>\.{3}|…)", re.IGNORECASE)
# Stock words of templates, in the capitals a template gives them: "Company Name", "Nama Lengkap".
STOCK_PLACEHOLDERS = re.compile(
    r"(?<![\w-])(?:Company(?:'s)?\s+Name|Name\s+of\s+(?:the\s+)?Company|Position\s+(?:Title|Name)|Job\s+Title|Role\s+Title|"
    r"(?:Hiring\s+Manager|Interviewer|Recruiter|Contact)(?:['’]s)?\s+Name|Your\s+(?:Full\s+)?Name|Full\s+Name|First\s+Name|Last\s+Name|"
    r"Your\s+(?:Phone(?:\s+Number)?|Email(?:\s+Address)?|LinkedIn(?:\s+URL)?)|Phone\s+Number|Email\s+Address|"
    r"Nama\s+(?:Perusahaan|Posisi|Jabatan|Pewawancara|HRD|Rekruter|Lengkap(?:\s+Anda)?|Anda|Saudara|Kandidat)|"
    r"Nomor\s+(?:HP|Telepon|Ponsel)(?:\s+Anda)?|No\.\s*(?:HP|Telp\.?|Telepon)(?=\s*$)|Alamat\s+Email(?:\s+Anda)?|Posisi\s+yang\s+Dilamar)(?![\w-])",
    re.MULTILINE,
)
# A stock word where a name should be, after a form of address: "Dear Mr. Last Name:", "Dear Interviewer,".
ADDRESS_STOCK = re.compile(
    r"\b(?i:dear|to|hi|hello|mr|mrs|ms|miss|dr|bapak|ibu|bapak/ibu|pak|bu|yth)\.?\s+(?:(?i:mr|mrs|ms|miss)\.?\s+)?"
    r"(?P<blank>Name|Nama|Surname|Recruiter|Interviewer|Hiring\s+Manager\s+Name|Last\s+Name|First\s+Name|X)\s*[,:]"
)
# A signature that names no one: "Interviewee", "Your Name", "Kandidat".
SIGNATURE_STOCK = frozenset(
    ["interviewee", "candidate", "the candidate", "applicant", "name", "your name", "your full name",
     "nama", "nama anda", "nama lengkap", "kandidat", "pelamar"]
)
# Two forms of address for one person: "Bapak Pak Hendra", "Mr. Pak Harun" (group "second" is the extra one).
DOUBLED_HONORIFIC = re.compile(
    r"(?<![\w/])(?P<first>(?i:bapak|ibu|pak|bu|mr|mrs|ms|miss|sdr|sdri|saudara|saudari)\.?)\s+"
    r"(?P<second>(?i:bapak|ibu|pak|bu|mr|mrs|ms|miss|sdr|sdri)\.?)(?=\s+[A-Z])"
)
# A form of address and the name after it ("Mrs. Budi", "Bapak Siti"); the forms said to men and to women.
GENDERED_HONORIFIC = re.compile(r"(?<![\w/])(?P<title>(?i:bapak|ibu|pak|bu|mr|mrs|ms|miss|mas|mbak|mba)\.?)\s+(?P<name>[A-Z][a-z]+)\b")
HONORIFIC_FOR = {"bapak": "man", "pak": "man", "mr": "man", "mas": "man",
                 "ibu": "woman", "bu": "woman", "mrs": "woman", "ms": "woman", "miss": "woman", "mbak": "woman", "mba": "woman"}
# Forms of address that may stand together: "Bapak Ibu" (both of them), "Pak Bu".
HONORIFIC_PAIRS = frozenset({frozenset({"bapak", "ibu"}), frozenset({"pak", "bu"}), frozenset({"bapak", "bu"}), frozenset({"pak", "ibu"}), frozenset({"mr", "mrs"})})
# A form of address in lower case before a name, in the greeting: "Yth. bapak Surya".
LOWERCASE_HONORIFIC = re.compile(r"(?<![\w/])(?P<word>bapak|ibu|pak|bu|mr|mrs|ms|sdr|sdri)\b\.?(?=\s+[A-Z])")
# "Bapak" shortened in a greeting ("Yth. Bpk. Hasan,", "Yth. Ibu/Bpk,"), written out in a letter; "Sdr." is a letter's own.
# In capitals it is a name ("BPK RI", "BP Indonesia"), left alone.
ABBREVIATED_ADDRESS = re.compile(r"(?<![\w])(?P<word>[Bb]pk|[Bb]p)(?:\.|(?=\s+[A-Z]|\s*[,/]|\s*$))")
# "Yth." straight before a bare name ("Yth. Bima,"); the words that may follow it instead.
YTH_NAME = re.compile(r"\bYth\.?\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){0,3})\s*,")
AFTER_YTH = frozenset(
    """
    bapak ibu bapak/ibu sdr sdri saudara saudari tim panitia kepala manajer direktur pimpinan hrd bagian
    dr prof ir drs dra hj h dewan para rekan yang kak mas mbak pak bu bpk bp
    romo pastor suster teungku chef kapten ustadz ustaz ustadzah ustazah
    """.split()
)
# Spacing around punctuation: "hari ini.Percakapan" (no space after), "help ?" (a space before).
MISSING_SPACE = re.compile(r"(?<=[a-zà-ÿ]{2})(?:[.!?;](?=[A-Z][a-zà-ÿ]|I\s)|,(?=[a-zà-ÿ]{2}))")
# An Indonesian academic degree right after a name, with no comma between (EYD: "Andika Pratama, S.Kom."): "S.E.",
# "S.Kom.", "M.M.", "A.Md.Kes.", "S.T.", "S.Pd.", "M.Eng.", after a capitalised word.
DEGREE_NO_COMMA = re.compile(
    r"(?P<name>\b[A-Z][a-z]+)[ \t]+(?P<degree>(?:[SM]\.(?:[A-Z][A-Za-z]{0,5}\.){1,2}|A\.Md\.(?:[A-Z][A-Za-z]{0,5}\.)?))(?=[\s,]|$)"
)
# A full stop or comma typed twice after a word ("Accurate..", "Bapak,,"); three dots are an ellipsis, and two
# dots between a word and the next with no space are a range ("1..10", "v2..v3", "A..Z"), not a slip.
DOUBLED_MARK = re.compile(r"(?<=[^\W_])(?P<mark>[.,])(?P=mark)(?![.,])(?!(?<=\.\.)[^\W_])")
SPACE_BEFORE = re.compile(r"(?<=[^\W_])(?P<space>[ \t]+)(?P<mark>[?!,;]|\.(?![.\w]))(?=\s|$)")
# What a run of letters with a dot inside may be instead of two sentences: a web or email address, a file.
NOT_A_SENTENCE_JOIN = re.compile(r"@|://|\bwww\.|\.(?:com|co|id|org|net|io|ai|go|ac|sch|html?|pdf|docx?|xlsx?|pptx?)\b", re.IGNORECASE)

# Where a reply's quoted thread starts: the mail client's line above it ("On Mon, ... wrote:", "Pada ... menulis:",
# Outlook's "From: ... Sent:" block or "-----Original Message-----"), or a block of "> " lines to the end. What
# follows is someone else's text: the reviewer reads the reader's own words only.
QUOTED_THREAD = re.compile(
    r"""^(?:
        (?:On|Pada)\s[^\n]{4,300}?(?:\n[^\n]{0,200}?)?\s(?:wrote|menulis)\s*:[ \t]*$
      | -{2,}[ \t]*(?:Original\s+Message|Pesan\s+Asli|Forwarded\s+message|Pesan\s+(?:yang\s+)?diteruskan)[ \t]*-{2,}
      | _{8,}[ \t]*\n(?:From|Dari)\s*:
      | (?:From|Dari)\s*:[^\n]*\n(?:Sent|Date|Dikirim|Tanggal|To|Kepada)\s*:
      | >[^\n]*(?:\n>[^\n]*|\n[ \t]*)*\Z
    )""",
    re.MULTILINE | re.IGNORECASE | re.VERBOSE,
)

# "TODO" in capitals only; "lorem" at any case. The IGNORECASE above also lets "todo"
# (Spanish/Portuguese for "all") through, so rules.py drops a lower-case todo/tbd.
PLACEHOLDER_CASE_SENSITIVE = frozenset({"todo", "tbd", "fixme"})


# Words of the trade that general dictionaries lack: never reported as typos.
JOB_VOCABULARY = frozenset(
    """
    onboarding offboarding rollout rollouts dashboard dashboards backend frontend fullstack full-stack devops microservices
    kubernetes docker stakeholder stakeholders e-commerce ecommerce fintech edtech healthtech startup startups
    upskilling reskilling skillset workflow workflows roadmap roadmaps headcount payroll scrum sprint sprints
    deploy deployment pipelines javascript typescript python sql nosql excel figma jira tiktok instagram
    linkedin whatsapp github gitlab bigquery tableau looker kafka flink airflow spark hadoop react flutter
    kotlin swift android ios api apis saas b2b b2c ux ui copywriting copywriter teleconference webinar
    internship intern interns freelance freelancer remote hybrid offline online onsite on-site shift shifts
    opname stock-opname invoice invoicing reimbursement outsourcing outsource insight insights feedback
    followers follower ambassador dropshipping livestream live-streaming endorsement influencer influencers
    trafik hidrolik bekisting e-wallet ewallet paylater qris bpjs npwp ojk ppn pph hrd hrbp kpi okr okrs
    wether wethers
    """.split()
) | TRADE_WORDS

# Emoji: pictographs, dingbats, symbols and the joiners and modifiers that build one emoji.
EMOJI = re.compile(
    "(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2300-\u23FF\u3030\u303D\u3297\u3299]"
    "[\uFE0E\uFE0F\U0001F3FB-\U0001F3FF]*(?:\u200D[\U0001F000-\U0001FAFF\u2600-\u27BF][\uFE0F]?)*)+"
    r"|(?<![\w:/])(?::-?[)(DPp]|;-?\)|\^_\^|:'\()(?![\w])"
)
REPEATED_EXCLAMATION = re.compile(r"[!¡][!?1¡]*[!?]|\?+!+[!?]*")
# Question marks doubled ("??", "???"): impatience, as in a chat; one is enough.
REPEATED_QUESTION = re.compile(r"\?{2,}(?![!?])")
# A word in capitals: letters only, two or more, all upper case.
CAPITAL_WORD = re.compile(r"\b[^\W\d_a-z]{2,}\b")
# Acronyms and forms that are rightly written in capitals.
ACRONYMS = frozenset(
    """
    PT CV TBK BUMN BUMD HRD HR CEO CTO CFO COO CMO VP GM UI UX QA IT SQL AWS GCP API KPI OKR
    CRM ERP SAP SEO SEM CSR ESG MBA PHD BPJS NPWP KTP SIM OJK BI BCA BRI BNI BTN UMKM SDM
    NGO UN USA UK EU IOT AI ML NLP ETL BI ASAP PDF CV HTML CSS JS PMP SCRUM SAAS B2B B2C
    RSVP FYI LLC LTD INC PLC GPA IPK S1 S2 TOEFL IELTS JLPT ID EN USD IDR RP OK AM PM WIB WITA WIT GMT UTC
    """.split()
)

# Words that, in capitals, are shouted rather than abbreviated (with every common word of both languages).
SHOUTS = frozenset(
    "very much really so super amazing love happy great wow please thanks sangat banget sekali mohon tolong senang"
    " important urgent excited grateful penting segera"
    # The intensifiers and feelings a letter shouts, which no acronym spells.
    " extremely truly highly absolutely definitely totally incredibly deeply sincerely honestly hopefully"
    " thankful appreciate appreciated hope excellent awesome perfect best need must never always"
    " sungguh benar amat berharap harap terima kasih bersyukur bahagia gembira antusias".split()
)

# Abbreviations after which a full stop does not end a sentence: titles and legal forms written before a name
# ("Dr. Rina", "CV. Maju Jaya", "PT. Sinar Mas"), and abbreviations inside a phrase ("e.g.", "no.").
ABBREVIATIONS = frozenset(
    """
    yth dr drs dra ir prof mr mrs ms bpk sdr sdri pt cv ud pd no jl st tn ny nn
    e.g i.e vs a.n u.p s.kom s.e s.t s.h s.psi s.ds m.sc m.kom m.m m.b.a h hj
    """.split()
)
# Abbreviations that may also close a sentence ("... PT Astra Tbk. Now I ...", "laptop, printer, etc. I"): their full
# stop ends one only before a capital letter ("PT Sinar Mas Tbk. in Jakarta" goes on).
CLOSING_ABBREVIATIONS = frozenset("tbk inc ltd corp co llc plc etc dll dsb dst dkk".split())

# Positions a greeting may address instead of a name ("Yth. Ibu Kepala Sekolah,", "Dear Head of Talent,"):
# such a greeting names nobody, so it names nobody else either.
ROLE_TITLES = frozenset(
    """
    kepala ketua direktur direktris manajer manager pimpinan pemimpin koordinator supervisor penyelia atasan
    panitia tim bagian divisi departemen personalia rekrutmen hrd sdm staf rektor dekan camat lurah bupati
    head chief director lead principal dean chair chairman chairperson president officer team committee
    department recruiter recruiting recruitment talent acquisition hiring hr people
    """.split()
)

# A team named by its function, in capitals ("bergabung dengan tim Marketing", "join the Data Science team"):
# never another company's name.
TEAM_WORDS = frozenset(
    """
    marketing pemasaran sales penjualan finance keuangan accounting akuntansi audit tax pajak treasury payroll data
    engineering product produk design desain ux ui hr hrd people talent recruitment rekrutmen legal hukum compliance
    risk risiko operations operasional ops it ti tech teknologi technology customer cs support layanan
    procurement pengadaan purchasing logistics logistik warehouse gudang supply research riset growth brand content
    konten creative kreatif media social digital business bisnis analytics analitik security keamanan infrastructure
    infrastruktur platform mobile backend frontend qa quality mutu administration administrasi admin general umum ga
    academic akademik kurikulum medical medis nursing keperawatan editorial redaksi production produksi manufacturing
    maintenance perawatan partnership kemitraan community komunitas corporate korporat strategy strategi planning
    perencanaan internal external eksternal public humas communications komunikasi pr training pelatihan learning
    qc qa ppic hse qhse k3 rnd devops sre
    igd ugd icu iccu nicu picu hcu ird irna radiologi farmasi laboratorium lab fisioterapi gizi bangsal poli
    """.split()
)
# Honorifics and titles that are not part of a person's name (for comparing names); Indonesian degrees and
# professional titles among them ("drg." a dentist, "apt." a pharmacist, "A.Md.Kes.", "S.Pd."): never typos.
NAME_NOISE = frozenset(
    """
    bapak ibu pak bu bpk sdr sdri saudara saudari kak mas mbak mr mrs ms miss mx dr drs dra
    ir prof h hj sir madam dear yth st se sh mm msc mba phd mkom skom psi spsi mt ns
    drg apt amd kes keb kep skm spd mpd mkes mh mak ssos msi sked
    pdt sr capt kh ustadz ustaz ustadzah ustazah bang abang uda kang akang ko uni teh teteh ci cici cik
    """.split()
)
# Words that make an addressee a team or a department rather than a person ("Hiring Team", "Tim Rekrutmen").
TEAM_ADDRESSEE_WORDS = frozenset(
    """
    team tim hiring recruitment recruiting rekrutmen hr hrd human resources personalia department departemen
    divisi bagian panitia committee talent acquisition people seleksi recruiter perekrut office kantor
    """.split()
)
# English first names and what their bearers are called ("Hi Mike," to Michael Santoso greets him).
NICKNAMES: dict[str, frozenset[str]] = {
    short: frozenset(full.split()) for short, full in {
        "mike": "michael", "mick": "michael", "bill": "william", "will": "william", "billy": "william", "liam": "william",
        "bob": "robert", "rob": "robert", "bobby": "robert", "dick": "richard", "rick": "richard", "rich": "richard",
        "jim": "james", "jimmy": "james", "jamie": "james", "tom": "thomas", "dan": "daniel", "danny": "daniel",
        "dave": "david", "chris": "christopher christian christine christina", "alex": "alexander alexandra",
        "kate": "katherine catherine kathleen", "katie": "katherine catherine", "cathy": "catherine", "kathy": "katherine",
        "liz": "elizabeth", "beth": "elizabeth", "betty": "elizabeth", "jen": "jennifer", "jenny": "jennifer",
        "sam": "samuel samantha", "ben": "benjamin", "nick": "nicholas", "tony": "anthony antonius", "steve": "steven stephen",
        "joe": "joseph", "jack": "john jonathan", "jon": "jonathan", "matt": "matthew", "andy": "andrew andreas",
        "drew": "andrew", "ed": "edward", "eddie": "edward", "ted": "edward", "fred": "frederick", "greg": "gregory",
        "pat": "patrick patricia", "peggy": "margaret", "maggie": "margaret", "meg": "margaret", "sue": "susan",
        "vicky": "victoria", "becky": "rebecca", "josh": "joshua", "zach": "zachary", "nate": "nathan nathaniel",
        "tim": "timothy", "ken": "kenneth", "larry": "lawrence", "jeff": "jeffrey", "charlie": "charles", "chuck": "charles",
        "harry": "henry harold", "hank": "henry", "abby": "abigail", "debbie": "deborah", "mandy": "amanda",
    }.items()
}
# Capitalised words that start sentences or name days and months: never read as a slip of a name
# (an interviewer called Dian is not misspelled by "Dia", nor Juni by "Juli").
NOT_NAMES = frozenset(
    """
    dia ia kami kita mereka saat semoga selama sebagai setelah sebelum selain seperti namun tetapi juga hal ada
    apa itu ini sejak sambil ketika agar jika bila tentu salam hormat terima kasih senang besar baik
    the this that then than there they thanks dear best kind warm regards during having since while when what
    with your our my also and but hope looking again many
    senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli agustus september
    oktober november desember monday tuesday wednesday thursday friday saturday sunday january february march
    may june july august october december
    """.split()
)
COMPANY_NOISE = frozenset("pt cv tbk persero inc ltd llc plc corp co company group gmbh bv sdn bhd the".split())
# Words at the end of a company's registered name that people leave out when they write it: "PT Astra
# International" is named by "PT Astra", "Telkom Indonesia" by "Telkom".
COMPANY_TAIL = frozenset("indonesia international internasional global holding holdings asia pacific nusantara".split())
# The same at the start: the kind of institution ("Bank Mandiri" is named by "Mandiri", "Hotel Santika" by "Santika").
COMPANY_HEAD = frozenset(
    "bank hotel rs rsu rsud rsup rsia rsj klinik apotek universitas sekolah yayasan koperasi kopi kedai warung toko restoran rumah makan sakit".split()
)
ROLE_NOISE = frozenset("senior junior lead staff principal intern magang associate sr jr of the and for".split())


# ---- Per language ----------------------------------------------------------------------------

# Every language's rule data, by code: its table in the language registry (``thankyou.texts.draft_language``).
DRAFT_LANGUAGES: dict[str, type[DraftLanguage]] = {lang: texts_for(DraftLanguage, lang) for lang in LANGUAGES}

# Everyday words of an English subject line beyond the language's small words and letter phrases: written small in
# sentence case ("Follow up on the interview result", not "Follow Up On The Interview Result").
SUBJECT_EVERYDAY = frozenset(
    "follow up on result results application update status next step steps round offer letter call discussion chat visit"
    " test stage process question questions decision".split()
)
