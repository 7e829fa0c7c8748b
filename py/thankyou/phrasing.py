"""The reader's words fitted into a sentence: names split into honorific, titles and name; phrases trimmed and classed.

Nothing here invents a word. A name typed as "Pak Hendra" or "Dr. Rina Wijaya, M.M." is split so the
greeting uses each part once; a phrase typed as "karena saya ingin ..." or "Because I want ..." loses
the words the sentence around it already says, and is classed as a noun phrase or a clause so the
generator can pick a frame that reads with it. The word lists are data, per language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# ---- Names ---------------------------------------------------------------------------------------

# Honorifics a reader may type before a name, and the form of address each one is.
HONORIFICS: dict[str, str] = {
    "bapak": "bapak", "bpk": "bapak", "pak": "bapak", "ibu": "ibu", "bu": "ibu", "ibunda": "ibu",
    "mas": "mas", "mbak": "mbak", "mba": "mbak", "kak": "kak", "kakak": "kak",
    # Friendly forms of the regions and of Chinese-Indonesian workplaces, as Mas and Mbak are: Bapak/Ibu in a
    # letter, and kept as typed where a greeting by time of day says "Mas" ("Selamat siang, Bang Togar,").
    "bang": "mas", "abang": "mas", "uda": "mas", "kang": "mas", "akang": "mas", "ko": "mas", "koh": "mas",
    "uni": "mbak", "teh": "mbak", "teteh": "mbak", "ci": "mbak", "cici": "mbak", "cik": "mbak", "cece": "mbak",
    # "Saudari" is the feminine of the pair: typed, it says "Ibu" as plainly as "Bu" does (a formal letter
    # to an interviewer says Bapak/Ibu); "Saudara" also names anyone, so it says nothing.
    "sdr": "none", "sdri": "ibu", "saudara": "none", "saudari": "ibu",
    "mr": "mr", "mister": "mr", "sir": "mr", "ms": "ms", "miss": "ms", "mrs": "mrs", "madam": "ms", "mx": "none",
}
REGIONAL_HONORIFICS = frozenset("bang abang uda kang akang ko koh uni teh teteh ci cici cik cece".split())
# Titles written before a name. ACADEMIC ones stand instead of Bapak/Ibu (Badan Bahasa: "Yth. Dr. Sudrajad",
# not "Yth. Bapak Dr. Sudrajad"); H./Hj. (who made the hajj) go after Bapak/Ibu ("Bapak H. Ahmad").
ACADEMIC_TITLES: dict[str, str] = {
    "prof": "Prof.", "professor": "Prof.", "dr": "Dr.", "drg": "drg.", "drh": "drh.", "ir": "Ir.",
    "drs": "Drs.", "dra": "Dra.", "apt": "apt.", "ns": "Ns.",
    # Ranks and callings stand instead of Bapak/Ibu as degrees do ("Yth. Pdt. Marihot Siahaan", "Yth. K.H.
    # Abdullah Faqih", "Yth. Capt. Bambang"): a minister, a kiai, a nun, a teacher of religion, a captain.
    "pdt": "Pdt.", "kh": "K.H.", "sr": "Sr.", "capt": "Capt.",
    # The same callings written as words ("Yth. Romo Antonius", never "Yth. Bapak Romo Antonius"): a Catholic
    # priest, a pastor, a nun or a nurse, an Acehnese religious teacher, a chef, a captain.
    "romo": "Romo", "pastor": "Pastor", "suster": "Suster", "teungku": "Teungku", "tgk": "Tgk.", "chef": "Chef",
    "kapten": "Kapten",
    # A nurse's and a physician's titles typed as words ("ners Rina", "dokter Andi"): written as the titles they
    # are ("Yth. Ns. Rina,", "Yth. dr. Andi,"), never "Yth. Bapak/Ibu ners Rina,".
    "ners": "Ns.", "dokter": "dr.",
}
# Titles typed as words that are written as listed, whatever their case ("dokter" is "dr.").
SPELLED_TITLES = frozenset({"ners", "dokter"})
# Offices typed as words before a name ("Duta Besar Dr. Hassan Wirajuda", "Kepala Dinas Ahmad Yani"): a rank
# stands instead of Bapak/Ibu as a degree does (FACTS.md: "Yth. Duta Besar Hassan Wirajuda", never "Yth. Bapak
# Duta Besar …"), written as listed. Only offices no given name is spelled as.
OFFICES: dict[str, str] = {
    "duta besar": "Duta Besar", "dubes": "Dubes", "konsul jenderal": "Konsul Jenderal", "menteri": "Menteri",
    "gubernur": "Gubernur", "bupati": "Bupati", "wali kota": "Wali Kota", "walikota": "Wali Kota", "camat": "Camat",
    "kepala dinas": "Kepala Dinas", "kepala bagian": "Kepala Bagian", "kepala divisi": "Kepala Divisi",
    "kepala sekolah": "Kepala Sekolah", "kepala cabang": "Kepala Cabang", "kepala": "Kepala",
    "direktur utama": "Direktur Utama", "direktur": "Direktur", "dirut": "Dirut", "presiden direktur": "Presiden Direktur",
    "komisaris utama": "Komisaris Utama", "komisaris": "Komisaris", "rektor": "Rektor", "dekan": "Dekan",
    "sekretaris dinas": "Sekretaris Dinas", "sekretaris daerah": "Sekretaris Daerah", "sekda": "Sekda",
    "kepala bidang": "Kepala Bidang", "kabid": "Kabid", "kepala seksi": "Kepala Seksi", "kepala badan": "Kepala Badan",
    "kepala puskesmas": "Kepala Puskesmas", "kepala desa": "Kepala Desa", "lurah": "Lurah",
}
ACADEMIC_TITLES.update(OFFICES)
CALLINGS = frozenset({"romo", "pastor", "suster", "teungku", "tgk", "chef", "kapten"})  # written as listed
# Callings a person is greeted by in a chat as in a letter: "Selamat siang, Romo Antonius," "Selamat pagi, Ustadz
# Somad," (never "Pak Antonius", which drops what the reader typed); a Hajjah is "Bu Nurhayati" there.
ADDRESSED_CALLINGS = CALLINGS | frozenset({"pdt", "kh", "sr", "capt", "ustadz", "ustaz", "ustadzah", "ustazah"})
# Such a title typed before a name says how the person is addressed as plainly as "Bu" does: a Hajjah,
# an ustadzah and a nun are Ibu; an ustadz and a kiai Bapak. (H. may be an initial, and a minister either.)
TITLE_ADDRESS: dict[str, str] = {"hj": "ibu", "ustadzah": "ibu", "ustazah": "ibu", "sr": "ibu",
                                 "ustadz": "bapak", "ustaz": "bapak", "kh": "bapak",
                                 "romo": "bapak", "pastor": "bapak", "suster": "ibu", "teungku": "bapak", "tgk": "bapak",
                                 "bidan": "ibu", "bd": "ibu",  # a midwife is a woman in Indonesia's training
                                 "dra": "ibu"}  # doktoranda, the degree's feminine (Drs. may be written for either)
# Titles that are words, not abbreviations, and so stand without a full stop ("Ustadz Ahmad Fauzi").
_WORD_TITLES = frozenset({"prof", "professor", "dr", "ustadz", "ustaz", "ustadzah", "ustazah", "bidan"}) | CALLINGS | SPELLED_TITLES
DOCTOR_TITLES = frozenset({"prof", "professor", "dr", "drg", "drh"})  # "Dear Dr. …" in English
RELIGIOUS_TITLES: dict[str, str] = {"h": "H.", "hj": "Hj.", "ustadz": "Ustadz", "ustaz": "Ustaz", "ustadzah": "Ustadzah",
                                    "ustazah": "Ustazah",
                                    # A midwife is "Ibu Bidan Yuli" ("Bd." her new title), never "Bapak/Ibu Bidan Yuli".
                                    "bidan": "Bidan", "bd": "Bd."}  # "Yth. Bapak Ustadz Ahmad Fauzi", as "Bapak H. Ahmad"
# Family names written before the given name, common in the region's workplaces (Singapore, Malaysia,
# Indonesia's Chinese-descended families, Korea): "Tan Wei Ling" is Ms. Tan in an English greeting. Only
# the most common romanisations (Hokkien, Cantonese, Teochew, Hakka, pinyin, Korean), so a Western name
# that merely starts with one ("Lee Ann Smith") still reads by its last part: see _given_and_family.
FAMILY_NAMES_FIRST = frozenset(
    "tan lim lee ng wong chan goh ong teo koh chua lau yeo chong low sim foo ho tay quek seah teh khoo "
    "heng toh phua loh poh neo kwek ang pang leong leung cheung yong soh chia chew yap "
    "chen wang li zhang liu yang huang zhao wu zhou xu sun ma zhu hu guo lin luo zheng liang xie song tang "
    "han feng deng cao peng zeng xiao tian dong pan yuan cai jiang du ye cheng su lu ding shen yao bai kong meng qiu "
    "kim park choi jung jeong kang cho yoon jang oh seo shin kwon hwang ahn yoo hong jeon moon baek "
    # Chinese-Indonesian family names in the Dutch-era spellings many families keep ("Oey Hong Lie", "Liem Sioe Liong").
    "oey oei liem tjoa kwee kwik tjia thio tio liauw njoo oen gouw kho sie lie go "
    # Vietnamese ("Nguyen Van Minh" is Mr. Nguyen).
    "nguyen tran pham huynh phan vu vo dang bui ngo duong".split()
)
# Japanese family names, written first in the order Japan now asks for in English too ("Tanaka Hiroshi" is Mr.
# Tanaka): the most common ones, none of them a given name or a short Western name ("Abe", "Ito" are left out).
JAPANESE_FAMILY_NAMES = frozenset(
    "sato suzuki takahashi tanaka watanabe yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi "
    "matsumoto inoue kimura hayashi shimizu yamazaki ikeda hashimoto yamashita ishikawa nakajima maeda fujita "
    "ogawa okada hasegawa murakami kondo saito sakamoto aoki fujii nishimura fukuda miura takeuchi nakano "
    "okamoto matsuda harada nakagawa miyamoto".split()
)
BALINESE_MARKERS = frozenset({"I", "Ni"})  # written with their capital, as a name's first word
# First words of a name that are not the name a person is called by, or not surely: the Prophet's name and
# its short forms ("Muhammad Rizky" is Pak Rizky to some and Pak Muhammad to none), devotional and noble
# prefixes ("Abdul", "Siti", "Sri", "Nur", "Raden", "Teuku", "Cut", "Andi", Balinese castes), and Balinese
# names of birth order, which half an office shares ("Putu Ayu Lestari" is not "Bu Putu"). A greeting keeps
# the whole name after them.
UNCALLED_FIRST_WORDS = frozenset(
    "muhammad muhamad mohammad mohamad mohammed muhammed mochammad mochamad mokhamad mukhammad moh muh mhd "
    "abdul abdur abdurrahman siti sri nur nurul raden teuku tengku cut andi gusti ida anak dewa desak cokorda "
    "tjokorda la wa daeng wayan putu gede kadek made nyoman komang ketut nengah luh".split()
)
# Of those, the Balinese names of birth order: a name that opens with one is Balinese even without its "I"
# or "Ni" ("Wayan Sudirta", "Made Ayu Lestari"), and has no family name to be greeted by ("Mr. Sudirta").
BALINESE_BIRTH_NAMES = frozenset("wayan putu gede kadek made nyoman komang ketut nengah luh".split())
# Of those, the ones that are also common given names ("Andi Setiawan" in Java, "Andi Mallarangeng" a Bugis
# noble): after a degree or a physician's title ("dr. Andi Setiawan", "Ir. Andi Pratama"), which a noble's
# title does not follow in a letter, the word is the given name and the name is said by it ("dr. Andi").
GIVEN_AFTER_A_TITLE = frozenset({"andi"})
PATRONYMIC_MARKS = frozenset({"bin", "binti", "bte", "bt", "ibn"})  # "son/daughter of": the father's name follows
# Small words a Dutch, German, French, Spanish or Portuguese family name starts with, written small.
NAME_PARTICLES = frozenset("van der den de da di du del della von ten ter la le dos das".split())
# Pinyin family names that are no given name and start no Western name (not "Li", "Ma", "Yang", "Lin").
PINYIN_FAMILY_NAMES = frozenset(
    "zhang wang liu huang zhao zhou xu zhu guo luo zheng liang xie deng cao peng zeng jiang yuan cai shen yao "
    "qian qin jia xue gao".split()
)
_PINYIN_SYLLABLE = r"(?:[bcdfghjklmnpqrstwxyz]h?)?[aeiouv]{1,3}(?:ng|n|r)?"
_PINYIN_GIVEN = re.compile(rf"(?i){_PINYIN_SYLLABLE}(?:['’-]?{_PINYIN_SYLLABLE})?")
# One syllable as pinyin spells it: an initial, then one of its finals only ("Wei", "Jie", "Ming", "Xuan"),
# so an English given name ("Leo", "Tom", "Amy") is never taken for a Chinese syllable.
_PINYIN_STRICT = re.compile(
    r"(?i)(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ui|ao|ou|iu|ie|ve|üe|ue|er|an|en|in|un|ia|ua|uo|a|o|e|i|u|v|ü)"
)
# One romanised syllable of such a given name: up to three consonants, a vowel group, one final sound
# ("Wei", "Ling", "Kuan", "Yew", "Min", "Seo", "Xiao", and Vietnamese "Minh", "Thanh"); "Ann" or "Smith" are not.
# A syllable may also be a nasal alone, as Hokkien and Cantonese have ("Hng", "Ng", "Hm"), or end in "ck" ("Hock").
_GIVEN_SYLLABLE = re.compile(r"(?i)[bcdfghjklmnpqrstvwxyz]{0,3}[aeiouy]{1,3}(?:ng|nh|ch|ck|[nmrhkwtp])?|h?ng|h?m")  # Hokkien "Kiat", "Liap"
# Degrees written after a name ("S.E.", "M.M.", "S.Kom.", "Ph.D.", "MBA"), and a priest's order or diocese ("Pr", "SJ").
# A degree after the name: dotted parts ("S.E.", "M.Kes."), the last one possibly in capitals, as a
# specialist's is ("Sp.PD", "Sp.OG", "Sp.THT-KL"), or a known run of capitals.
_DEGREE = re.compile(
    r"^(?:(?:[A-Z][a-z]{0,4}\.){1,4}(?:[A-Z][a-z]{0,4}\.?|[A-Z]{2,4}(?:-[A-Z]{2,4})?\.?)?|MBA|MSc|MM|MT|PhD|CPA|CFA|SH|SE|MPH|MA|BSc|BA|Pr|SJ|OFM|SVD|MSF|MSC|CSsR|OCarm|OSC|CM)$"
)


# Degrees typed in small letters after a comma ("s.kom", "m.m.", "sp.pd", "mba"), written as they are: each
# dotted part with its capital ("S.Kom", "M.M.", "S.Pd."), a specialist's field in capitals ("Sp.PD", "Sp.OG", but
# "Sp.An", "Sp.Rad"), a degree without stops as listed ("MBA", "PhD").
_UNDOTTED_DEGREES = {"mba": "MBA", "msc": "MSc", "phd": "PhD", "mm": "MM", "mt": "MT", "cpa": "CPA", "cfa": "CFA", "sh": "SH",
                     "se": "SE", "mph": "MPH", "ma": "MA", "bsc": "BSc", "ba": "BA"}
_SPECIALIST_FIELDS = {"an": "An", "rad": "Rad", "ak": "Ak", "and": "And"}


def _degree_written(word: str) -> str:
    """A word after a name's comma typed in small letters, written as the degree it is, if it is one."""
    if word != word.lower() or not re.search(r"[a-z]", word):
        return word
    if word.rstrip(".") in _UNDOTTED_DEGREES:
        return _UNDOTTED_DEGREES[word.rstrip(".")] + ("." if word.endswith(".") and "." in _UNDOTTED_DEGREES[word.rstrip(".")] else "")
    if "." not in word.rstrip(".") or not re.fullmatch(r"(?:[a-z]{1,4}\.)+[a-z-]{0,6}\.?", word):
        return word
    parts = word.split(".")
    if parts[0] == "sp" and len(parts) >= 2 and parts[1]:
        field = parts[1]
        parts[1] = _SPECIALIST_FIELDS.get(field, field.upper())
        return ".".join(["Sp", *parts[1:]])
    return ".".join(part[:1].upper() + part[1:] for part in parts)


# A degree written in capitals after a name's comma, not among the known runs ("DEA", "MPA", "LLM"); never a post's
# word ("Budi, HRD").
_LETTERED_DEGREE = re.compile(r"^(?!(?i:hrd|hr|sdm|it|ga|ceo|cfo|cto|coo|gm|user)$)[A-Z]{2,5}$")


# A priest's order or diocese after the name, typed with or without its comma ("Romo Franz Magnis-Suseno SJ").
ORDER_MARKS = frozenset("Pr SJ OFM SVD MSF MSC CSsR OCarm OSC CM".split())


@dataclass(frozen=True)
class Name:
    """A person's name as typed, in parts: ``Bu Dr. Rina Wijaya, M.M.`` → honorific ``ibu``, ``Dr.``, ``Rina Wijaya``, ``M.M.``."""

    honorific: str = ""  # the form of address typed before the name (a key of HONORIFICS' values), or ""
    regional: str = ""  # that form as typed when it is a regional one ("Bang", "Uda", "Ko"), which a chat keeps
    titles: tuple[str, ...] = ()  # titles before the name, as typed (``Dr.``, ``Ir.``, ``H.``)
    core: str = ""  # the name itself
    degrees: str = ""  # what follows the name (``S.E., M.M.``), as typed

    @property
    def academic(self) -> bool:
        return any(_title_key(title) in ACADEMIC_TITLES for title in self.titles)

    @property
    def title_address(self) -> str:
        """The form of address a title says ("Hj." → ``ibu``, "Ustadz" → ``bapak``), or ""."""
        return next((TITLE_ADDRESS[_title_key(title)] for title in self.titles if _title_key(title) in TITLE_ADDRESS), "")

    @property
    def by_title(self) -> str:
        """The name as a letter's body refers to its reader by a degree title when Bapak or Ibu is not known:
        the first such title and the name said ("Dr. Sari" for "Dr. Sari Wulandari", "Prof. Bambang" for
        "Prof. Dr. Ir. Bambang Wibawarta, M.Sc."), as the greeting "Yth. Dr. Sari Wulandari," named them;
        "" when the first title is an office or a calling ("Duta Besar", "Pdt.", said without the name), or none."""
        titles = [title for title in self.titles if _title_key(title) not in RELIGIOUS_TITLES]
        if not titles or _title_key(titles[0]) in OFFICES.keys() | ADDRESSED_CALLINGS or _title_key(titles[0]) not in ACADEMIC_TITLES:
            return ""
        return f"{titles[0]} {self.called_by}"

    @property
    def doctor(self) -> bool:
        return any(_title_key(title) in DOCTOR_TITLES for title in self.titles)

    @property
    def calling(self) -> bool:
        """Whether a title is the calling the person is addressed by, in a chat too ("Romo", "Ustadz", "Pdt.")."""
        return any(_title_key(title) in ADDRESSED_CALLINGS for title in self.titles)

    def called(self) -> str:
        """The name with its calling alone, as a chat greets it ("Romo Antonius", "K.H. Abdullah")."""
        return " ".join([*(title for title in self.titles if _title_key(title) in ADDRESSED_CALLINGS), self.core])

    @property
    def first(self) -> str:
        """The given name: ``Rina`` of ``Rina Wijaya``, ``Wei Ling`` of ``Tan Wei Ling``."""
        return self._given_and_family()[0]

    @property
    def last(self) -> str:
        """The family name: ``Wijaya`` of ``Rina Wijaya``, ``Tan`` of ``Tan Wei Ling`` or ``Wei Ling TAN``."""
        return self._given_and_family()[1]

    @property
    def spoken(self) -> str:
        """The name as said after "Pak"/"Bu": a Balinese name without its marker ("Bu Putu Ayu" for "Ni Luh
        Putu Ayu", "Pak Made Sudarta" for "I Made Sudarta"), which a letter's "Yth." keeps and speech drops."""
        tokens = self.core.split()
        if len(tokens) >= 3 and tokens[0] in BALINESE_MARKERS:
            marker = 2 if tokens[0] == "Ni" and tokens[1].casefold() == "luh" and len(tokens) >= 4 else 1
            return " ".join(tokens[marker:])
        return self.core

    @property
    def called_by(self) -> str:
        """The name a chat says after "Pak"/"Bu": the given name where it is surely the one a person is called
        by ("Pak Togar" for "Togar Simanjuntak", "Bu Rina" for "Rina Wijaya"), else the name as said
        (``spoken``): a Balinese name, a family name written first ("Bu Tan Wei Ling"), a first word that is
        an initial, a devotional or noble prefix ("Pak Muhammad Rizky", "Bu Siti Aminah", "Pak Andi Mallarangeng")."""
        tokens = self.core.split()
        if any(token.casefold().rstrip(".") in PATRONYMIC_MARKS for token in tokens[1:]):
            return self.first  # "Pak Ahmad" for "Ahmad bin Yusof", "Bu Siti Aisyah" for "Siti Aisyah bte Rahman"
        if len(tokens) < 2 or tokens[0] in BALINESE_MARKERS or self.family_first:
            return self.spoken
        given = self.first
        head = given.split()[0] if given else ""
        if (not given or given == self.core or len(head.rstrip(".")) <= 1 or "." in head
                or (head.casefold() in UNCALLED_FIRST_WORDS
                    and not (head.casefold() in GIVEN_AFTER_A_TITLE and (self.academic or self.doctor)))
                or head != tokens[0]):
            return self.spoken
        return given

    @property
    def family_first(self) -> bool:
        """Whether the family name is written first ("Lee Hsien Loong", "LEE Hsien Loong", "Tan Wei Ling")."""
        tokens = self.core.split()
        return (len(tokens) >= 2 and tokens[0].casefold() == self.last.casefold()
                and not any(token.casefold().rstrip(".") in PATRONYMIC_MARKS for token in tokens[1:]))

    @property
    def written(self) -> str:
        """The name as a letter writes it: a family name typed in capitals to mark it ("Rina WIJAYA",
        "LEE Hsien Loong") in its capital only, as the greeting writes it after a title ("Ms. Wijaya")."""
        tokens = self.core.split()
        marked = [token for token in tokens if token.isupper() and capitalise_name(token) == self.last]
        if len(marked) != 1 or len(tokens) < 2:
            return self.core
        return " ".join(self.last if token == marked[0] else token for token in tokens)

    def _given_and_family(self) -> tuple[str, str]:
        tokens = self.core.split()
        if len(tokens) < 2:
            return self.core, self.core
        # A Balinese name opens with "I" (a man) or "Ni" (a woman), "Ni Luh" too: a marker, not the name a person
        # is called by ("Hi I," / "Selamat siang, I,"); the given name is the word after it ("Made", "Putu").
        if len(tokens) >= 3 and tokens[0] in BALINESE_MARKERS:
            rest = tokens[2:] if tokens[0] == "Ni" and tokens[1].casefold() == "luh" and len(tokens) >= 4 else tokens[1:]
            return rest[0], tokens[-1]
        # A Malay or Arabic name with the father's after "bin"/"binti" ("Ahmad bin Yusof", "Fatimah Zahra binti
        # Ismail") has no family name: the person is called by their own ("Mr. Ahmad", "Ms. Fatimah Zahra").
        patronymic = next((index for index, token in enumerate(tokens) if index and token.casefold().rstrip(".") in PATRONYMIC_MARKS), 0)
        if patronymic:
            own = " ".join(tokens[:patronymic])
            return own, own
        # A family name with its particles ("Anna van der Berg", "Mr. van der Berg", "Luis de la Cruz") keeps
        # them: "Dear Mr. van der Berg", never "Mr. Berg".
        start = len(tokens) - 1
        while start > 0 and tokens[start - 1] in NAME_PARTICLES:
            start -= 1
        if start < len(tokens) - 1:
            return " ".join(tokens[:start]) or " ".join(tokens), " ".join(tokens[start:])
        # One part written in capitals among others that are not marks the family name ("Rina WIJAYA").
        marked = [index for index, token in enumerate(tokens)
                  if token.isupper() and (len(token) > 2 or token.casefold() in FAMILY_NAMES_FIRST)]
        if len(marked) == 1 and len(marked) < len(tokens):
            family = tokens.pop(marked[0])
            return " ".join(tokens), capitalise_name(family)
        # A family name written first, as Chinese and Korean names are ("Tan Wei Ling", "Kim Min-jun"):
        # a common one, followed by a given name of two syllables, two words or joined by a hyphen.
        given = tokens[1:]
        syllables = [part for token in given for part in token.split("-")]
        if (tokens[0].casefold() in FAMILY_NAMES_FIRST and len(syllables) == 2 and len(given) <= 2
                and all(_GIVEN_SYLLABLE.fullmatch(part) for part in syllables)):
            return " ".join(given), tokens[0]
        # A Western given name before a Chinese name written family name first ("Kenneth Goh Wei Ming", "Jessica
        # Tan Mei Ling"), as Singapore and Malaysia write them: Mr. Goh, and "Hi Kenneth,".
        if (len(tokens) == 4 and tokens[1].casefold() in FAMILY_NAMES_FIRST
                and tokens[0].casefold() not in FAMILY_NAMES_FIRST | PINYIN_FAMILY_NAMES
                and all(_GIVEN_SYLLABLE.fullmatch(part) for part in tokens[2:])):
            return tokens[0], tokens[1]
        # A Japanese name written family name first ("Tanaka Hiroshi", "Suzuki Yumi"); "Hiroshi Tanaka" reads
        # by its last part as any name does.
        if (len(tokens) == 2 and tokens[0].casefold() in JAPANESE_FAMILY_NAMES
                and tokens[1].casefold() not in JAPANESE_FAMILY_NAMES):
            return tokens[1], tokens[0]
        # A mainland Chinese name in pinyin ("Zhao Lei", "Huang Xiaoming"): a family name no other name
        # starts with, and a given name of one or two syllables written as one word.
        if len(tokens) == 2 and tokens[0].casefold() in PINYIN_FAMILY_NAMES and _PINYIN_GIVEN.fullmatch(tokens[1]):
            return tokens[1], tokens[0]
        # A Chinese given name of two syllables written as two words, with no family name ("Wei Jie", "Xiao
        # Ming") or with it last ("Wei Jie Tan"): the two syllables are one name, so neither is taken for a
        # family name ("Mr. Jie") or for the whole given name ("Hi Wei,"). Two syllables neither of which is
        # a family name; "Tom Lee", "Ben Tan" keep their family name.
        head = tokens[:2]
        if (len(tokens) in (2, 3) and all(_PINYIN_STRICT.fullmatch(part) for part in head)
                and not any(part.casefold() in FAMILY_NAMES_FIRST | PINYIN_FAMILY_NAMES for part in head)
                and (len(tokens) == 2 or tokens[2].casefold() in FAMILY_NAMES_FIRST | PINYIN_FAMILY_NAMES)):
            given = " ".join(head)
            return given, (tokens[2] if len(tokens) == 3 else given)
        # A Chinese family name and one pinyin syllable ("Xiao Ming", "Li Na", "Tan Ming") may be family name
        # first or a given name of two syllables (小明): no telling which, and neither part is the other's
        # family name, so a greeting takes the whole name ("Dear Mr. Xiao Ming,"), never "Mr. Ming".
        if (len(tokens) == 2 and tokens[0].casefold() in FAMILY_NAMES_FIRST and _PINYIN_STRICT.fullmatch(tokens[1])
                and tokens[1].casefold() not in FAMILY_NAMES_FIRST | PINYIN_FAMILY_NAMES):
            return self.core, self.core
        return tokens[0], tokens[-1]

    def titled(self, *, religious: bool = True, degrees: bool = True, spoken: bool = False, called: bool = False) -> str:
        """Titles, name and degrees, as a formal Indonesian letter writes them (``Dr. Rina Wijaya, M.M.``);
        without ``degrees`` as a greeting by time of day says it (``Selamat pagi, dr. Andi,``), and ``spoken``
        with the name as said (``Selamat pagi, Ibu Putu Ayu,``: see ``spoken``)."""
        titles = [title for title in self.titles if religious or _title_key(title) not in RELIGIOUS_TITLES]
        text = " ".join([*titles, self.called_by if called else self.spoken if spoken else self.core])
        return f"{text}, {self.degrees}" if self.degrees and degrees else text


# Forms of address that, typed after another one, can only be a repeat of it ("Bapak Pak Hendra", "Mr. Pak
# Budi"); "Mas", "Kak" may also begin a Javanese or Batak name ("Ibu Mas Ayu"), and stay.
REPEATED_HONORIFICS = frozenset({"bapak", "ibu", "mr", "ms", "mrs"})


def _title_key(token: str) -> str:
    """A title's key in the tables: folded, without its full stops; an office with its unit by its office
    ("Kepala HRD" → ``kepala``)."""
    return token.split()[0].rstrip(".").replace(".", "").casefold() if token.strip() else ""


def parse_name(typed: str) -> Name:
    """Split a typed name; a name that is only an honorific or a title is kept whole as the name."""
    # "Bapak / Ibu HRD": both forms typed for want of knowing, read as one token.
    text = re.sub(r"\s*/\s*", "/", " ".join(typed.split()))
    # "Ms.Priscilla Wong", "Dr.Ir.Budi": a title typed with no space before the name is a title all the same.
    while (glued := re.match(r"((?:\S+\s+)*?)([A-Za-z]{1,7}\.)(?=[A-Z][a-z])", text)) and (
            _title_key(glued.group(2)) in HONORIFICS | ACADEMIC_TITLES | RELIGIOUS_TITLES) and not glued.group(1).strip(" .").count(" ") > 2:
        text = f"{glued.group(1)}{glued.group(2)} {text[glued.end():]}"
    # "Kak Sasa (HR)", "Budi (Manajer Gudang)": a note in brackets after the name is the reader's, not the name.
    noted = re.sub(r"\s*\([^()]*\)$", "", text)
    if any(char.isalpha() for char in noted):
        text = noted
    degrees = ""
    if "," in text:
        head, tail = text.split(",", 1)
        parts = [" ".join(_degree_written(word) for word in part.split()) for part in tail.split(",")]
        if head.strip() and all(part and all((_DEGREE.match(word) or _LETTERED_DEGREE.match(word))
                                             and word.casefold() not in LEGAL_FORMS for word in part.split()) for part in parts):
            text, degrees = head.strip(), ", ".join(parts)
    tokens = text.split()
    while len(tokens) > 2 and tokens[-1] in ORDER_MARKS or (
            len(tokens) > 1 and _DEGREE.match(tokens[-1]) and "." in tokens[-1] and len(tokens[-1]) <= 8
            # "PT Maju Tbk.": a company's legal form is no degree, and stays with the name it ends.
            and tokens[-1].casefold() not in LEGAL_FORMS):
        degrees = f"{tokens.pop()}, {degrees}".rstrip(", ") if degrees else tokens.pop()
    honorific = ""
    regional = ""
    titles: list[str] = []
    while len(tokens) > 1:
        # An office before a person's name, not before a unit's ("Kepala Bagian HRD" is the post, kept whole).
        office = next((words for words in (3, 2, 1) if len(tokens) > words
                       and " ".join(tokens[:words]).casefold() in OFFICES), 0)
        if office and not any(re.search("[a-z]", token) and not token.endswith(".") for token in tokens[office:]):
            office = 0
        if office:
            # "Kepala Bagian Kepegawaian Drs. Suryo", "Kepala Dinas Pendidikan Dr. Ahmad": the words between an
            # office and a title or a form of address typed before the name are the office's unit.
            marked = next((index for index in range(office + 1, len(tokens) - 1)
                           if _title_key(tokens[index]) in HONORIFICS or (
                               _title_key(tokens[index]) in ACADEMIC_TITLES | RELIGIOUS_TITLES.keys()
                               and tokens[index].endswith("."))), 0)
            if marked:
                titles.append(" ".join([OFFICES[" ".join(tokens[:office]).casefold()], *tokens[office:marked]]))
                del tokens[:marked]
                continue
            title = OFFICES[" ".join(tokens[:office]).casefold()]
            # "Kepala HRD Budi Santoso", "Kepala Divisi IT Budi": a unit in capitals after the office is the
            # office's, not the name's, whenever a name follows it.
            while len(tokens) > office + 1 and tokens[office].isupper() and tokens[office].casefold() in POST_PARTS:
                title = f"{title} {tokens[office]}"
                office += 1
            titles.append(title)
            del tokens[:office]
            continue
        key = _title_key(tokens[0])
        dotted = tokens[0].endswith(".")
        if key == "koh" and _GIVEN_SYLLABLE.fullmatch(tokens[1]):
            break  # "Koh Wei Ling": the family name Koh before a Chinese given name, not "Koh Budi"'s "Koh"
        if not honorific and not titles and key in HONORIFICS:
            honorific = HONORIFICS[key]
            if key in REGIONAL_HONORIFICS:
                regional = key.capitalize()
        elif honorific and HONORIFICS.get(key) in REPEATED_HONORIFICS:
            pass  # "Bapak Pak Hendra", "Bu Dr. Ibu Sari": a form of address typed twice is said once
        elif not honorific and not titles and "/" in key and all(part in HONORIFICS for part in key.split("/")):
            honorific = "none"  # "Bapak/Ibu", "Mr/Ms": the reader does not know which; said once, as both
        elif key in ACADEMIC_TITLES and (dotted or key in _WORD_TITLES):
            # Typed in small letters ("ir.", "prof."), a title is written as listed ("Ir.", "Prof."); only "dr."
            # says another title so ("dr." a physician, "Dr." a doctorate), and keeps its letters as typed.
            as_listed = key in TITLE_ADDRESS or key in CALLINGS | SPELLED_TITLES or (tokens[0].islower() and key != "dr")
            titles.append(ACADEMIC_TITLES[key] if as_listed else tokens[0])
        elif key in RELIGIOUS_TITLES and key in _WORD_TITLES:
            titles.append(RELIGIOUS_TITLES[key])
        elif key in RELIGIOUS_TITLES and dotted:
            titles.append(RELIGIOUS_TITLES[key])  # "HJ.", "hj." → "Hj.", as it is written
        else:
            break
        tokens.pop(0)
    if len(tokens) == 1 and not honorific and not titles and _title_key(tokens[0]) in HONORIFICS:
        return Name(honorific=HONORIFICS[_title_key(tokens[0])])  # "Pak" alone: a form of address, no name
    core = " ".join(tokens)
    letters = [char for char in core if char.isalpha()]
    if letters and (core == core.lower() or (len(letters) > 3 and typed_without_case(core))):
        core = capitalise_name(core)  # typed in one case on a phone: a name is written with capitals
    return Name(honorific=honorific, titles=tuple(titles), core=core, degrees=degrees, regional=regional)


# A post typed where a name goes ("Kepala HRD", "hrd", "Bapak Kepala Cabang", "HR Manager", "user"): every
# word a post's head or unit, one of them a head or the personnel office itself. No person is named so.
POST_HEADS = frozenset("kepala manajer manager direktur director head koordinator coordinator supervisor spv ketua "
                       "recruiter rekruter user gm ceo cto cfo coo hrbp hrd hr sdm personalia lead officer specialist "
                       # Posts of a trade or a rank that a reader types before a name as often ("Executive Chef
                       # Bara", "Lead Engineer Yoga", "VP Fajar").
                       "chef engineer analyst consultant designer editor architect principal vp svp evp avp "
                       "president presiden owner founder co-founder partner pewawancara interviewer".split())
POST_PARTS = POST_HEADS | frozenset("keuangan pemasaran penjualan produksi operasional gudang it rekrutmen umum cabang toko "
                                    "sekolah utama talent acquisition recruitment hiring business partner of human "
                                    "resources resource general marketing sales finance operations and dan &"
                                    # Ranks and fields a post is qualified by ("Senior Recruiter", "Store Manager",
                                    # "Sous Chef", "Wakil Direktur", "Product Lead").
                                    " executive senior junior sr jr chief assistant asisten associate deputy wakil vice "
                                    "store area regional country site plant sous pastry kitchen product project data "
                                    "software engineering technical creative kreatif legal brand design people culture "
                                    "principal".split())
POST_SMALL_WORDS = frozenset("of and dan &".split())
INDONESIAN_POST_HEADS = frozenset("kepala manajer direktur koordinator ketua".split())  # before their unit


def typed_post(typed: str) -> tuple[str, str] | None:
    """``(honorific, post)`` when a name field holds a post and no name ("Bapak Kepala HRD" → ``("bapak",
    "Kepala HRD")``), the post with its capitals as a greeting writes a title; else None."""
    tokens = [token for token in re.split(r"[\s/]+", typed.strip()) if token]
    said = set()
    while len(tokens) > 1 and _title_key(tokens[0]) in HONORIFICS:
        said.add(HONORIFICS[_title_key(tokens.pop(0))])
    honorific = said.pop() if len(said) == 1 else ""  # "Bapak/Ibu HRD": either, so neither
    folded = [token.casefold() for token in tokens]
    # A unit named by its letters beside a head ("HSE Manager", "Manajer QA", "GA Supervisor") is a unit too.
    # Before what it names (English order) or after an Indonesian head ("Manajer QA"); after an English head it is
    # the company's ("HR Manager XL Axiata").
    lettered = [token.isupper() and token.isalpha() and token.casefold() not in LEGAL_FORMS
                and (2 <= len(token) <= 3 or (len(token) <= 5 and not re.search("[AEIOU]", token)))
                and ((index + 1 < len(folded) and folded[index + 1] in POST_PARTS)
                     or (index > 0 and folded[index - 1] in INDONESIAN_POST_HEADS))
                for index, token in enumerate(tokens)]
    if (not folded or not all(token in POST_PARTS or spelled for token, spelled in zip(folded, lettered))
            or not any(token in POST_HEADS for token in folded)):
        return None
    written = role_name(" ".join(tokens)).split()
    return honorific, " ".join(word if word.casefold() in POST_SMALL_WORDS or not word[:1].islower() else word[:1].upper() + word[1:]
                               for word in written)


# Legal forms a company's registered name starts or ends with, as they are written.
LEGAL_FORMS: dict[str, str] = {
    "pt": "PT", "pt.": "PT", "cv": "CV", "cv.": "CV", "ud": "UD", "pd": "PD", "tbk": "Tbk", "tbk.": "Tbk.",
    "(persero)": "(Persero)", "persero": "Persero", "ltd": "Ltd", "ltd.": "Ltd.",
}


# Short words a registered name keeps in small letters when it is given its capitals ("PT Sinar Mas Agro
# Resources and Technology Tbk", "PT Bank Pembangunan Daerah Jawa Barat dan Banten Tbk").
NAME_SMALL_WORDS = frozenset("and of the for dan untuk &".split())


def company_name(typed: str) -> str:
    """A company's name typed all in lower case, as on a phone, written with its capitals: a registered
    name as it is registered ("pt maju jaya tbk" → "PT Maju Jaya Tbk"), a brand as a proper noun is in a
    letter ("grab" → "Grab", "bank bca" → "Bank BCA"); a web address stays as typed ("tiket.com"). A name
    with any capital in it is the reader's own spelling, and stays. "PT." or "CV." at the start loses its
    full stop, as the legal form is written ("PT Maju Jaya", not "PT. Maju Jaya")."""
    words = typed.split()
    lower = typed == typed.lower()
    if words and words[0].casefold() in ("pt.", "cv.") and len(words) > 1:
        words[0] = LEGAL_FORMS[words[0].casefold()]
        typed = " ".join(words)
    if words and typed == typed.upper() and words[0].casefold() in LEGAL_FORMS and shouted(typed):
        # "PT BANK RAKYAT INDONESIA (PERSERO) TBK", as a form has it: written as registered, its short
        # abbreviations kept ("PT HM SAMPOERNA TBK" → "PT HM Sampoerna Tbk").
        return " ".join(LEGAL_FORMS.get(word.casefold()) or (word if len(word) <= ABBREVIATION else word.capitalize())
                        for word in words)
    if not words or not lower or not re.search(r"[^\W\d_]", typed):
        return typed
    return " ".join(LEGAL_FORMS.get(word.casefold()) or (word if (index and word in NAME_SMALL_WORDS) or "." in word.rstrip(".")
                                                         else word.capitalize() if word in NAME_SMALL_WORDS | SHORT_NAME_WORDS
                                                         else _name_word(word))
                    for index, word in enumerate(words))


# An organisation English names with "the" ("at the World Bank", "joining the British Council", "the
# University of Indonesia"): a name of plain descriptive words ending in an institution's noun, or such a
# noun followed by "of". A brand before the noun ("Deutsche Bank", "DBS Bank", "Bank of America") takes none.
INSTITUTION_NOUNS = frozenset("bank fund organization organisation council agency programme program commission "
                              "institute foundation forum union secretariat embassy consulate ministry".split())
INSTITUTIONS_OF = frozenset("university ministry embassy consulate department institute council government "
                            "office secretariat".split())
DESCRIPTIVE_WORDS = frozenset(
    "world asian african european international monetary development health food agriculture agricultural "
    "national united nations islamic global economic trade labour labor environment environmental population "
    "children's refugee investment reconstruction research cooperation wildlife settlements meteorological "
    "maritime postal telecommunication energy atomic "
    "australian british american japanese dutch german french indonesian korean chinese canadian swiss "
    "norwegian swedish danish finnish new zealand singaporean malaysian indian".split()
)


def company_in_english(company: str) -> str:
    """``company`` as an English sentence names it: "the World Bank", "the University of Indonesia";
    any other name as written (a name typed with "the" already keeps it)."""
    words = company.split()
    folded = [word.casefold() for word in words]
    if not words or folded[0] == "the" or not all(word[:1].isupper() for word in words if word.casefold() != "of"):
        return company
    if len(words) >= 2 and folded[-1] in INSTITUTION_NOUNS and all(word in DESCRIPTIVE_WORDS for word in folded[:-1]):
        return f"the {company}"
    if len(words) >= 3 and folded[0] in INSTITUTIONS_OF and folded[1] == "of":
        return f"the {company}"
    return company


# Short words that names are made of, though not built as words usually are ("Air Asia", "Eka Tjipta", "One
# Pacific"): not abbreviations.
SHORT_NAME_WORDS = frozenset("one air eka dwi tri sri ayu oke".split())


def _name_word(word: str) -> str:
    """One word of a name typed in lower case: ``maju`` → ``Maju``; a short word with no vowel can only be
    an abbreviation, written in capitals (``xl`` → ``XL``, ``bpr`` → ``BPR``), and so is one of two or three
    letters that is not built as a word is, consonant, vowel, consonant (``bca`` → ``BCA``, ``ui`` → ``UI``,
    but ``mas`` → ``Mas`` as in "Sinar Mas")."""
    letters = re.sub(r"[^\w]", "", word)
    if 2 <= len(letters) <= 4 and letters.isalpha() and not re.search(r"[aeiouy]", letters):
        return word.upper()
    if 2 <= len(letters) <= 3 and letters.isalpha() and not re.fullmatch(r"[^aeiou][aeiou][^aeiou]", letters):
        return word.upper()
    return word[:1].upper() + word[1:]


# What a reader may type around a position's name that the frames say themselves: "posisi Staf IT" in
# "untuk posisi {role}" would say "posisi posisi", "the Senior Auditor role" "the the Senior Auditor role position".
# "the role of Product Analyst", "Position: Staff Accountant", "posisi sebagai Kasir" say the frame's word too.
ROLE_LEADING = re.compile(
    r"^(?:(?:posisi|jabatan|lowongan|sebagai|the|a|an|as|(?:role|position|post|job|vacancy)\s+(?:of|as|for))\s+"
    r"|(?:posisi|jabatan|lowongan|position|role|job|post|vacancy)\s*:\s*)+",
    re.IGNORECASE,
)
ROLE_TRAILING = re.compile(r"\s+(?:role|position)$", re.IGNORECASE)


ABBREVIATION = 3  # letters: a word this short typed in capitals may be an abbreviation (IT, HRD, XL), and stays


def shouted(typed: str) -> bool:
    """Whether a name typed all in capitals holds a word longer than an abbreviation ("SALES MANAGER",
    "TELLER"; not "HRD", "IT SPV")."""
    return any(len(word) >= SHOUTED_WORD - 1 for word in re.findall(r"[^\W\d_]+", typed))


def role_name(typed: str) -> str:
    """The position's name as the frames take it: ``posisi Staf IT`` → ``Staf IT``, ``the Senior Auditor
    role`` → ``Senior Auditor``; a name that is nothing else stays as typed. Typed all in capitals
    (``SALES MANAGER``), it is written as a name is (``Sales Manager``), abbreviations kept (``STAF IT`` →
    ``Staf IT``)."""
    role = ROLE_TRAILING.sub("", ROLE_LEADING.sub("", typed).lstrip(":–—- ")).strip()
    if not any(char.isalpha() for char in role):
        return typed
    # "Staf Admin.": a sentence's full stop typed after the position ("posisi Staf Admin. di PT …" read broken); an
    # abbreviation's stays ("Sr.", "S.Kom.").
    last = role.split()[-1]
    if last.endswith(".") and "." not in last[:-1] and len(last) > 4:
        role = role[:-1]
    if role == role.upper() and shouted(role):
        # A word with no vowel is an abbreviation however long ("PPNPN", "STAF TU"), and keeps its capitals.
        role = re.sub(r"[^\W\d_]+", lambda match: match.group(0) if len(match.group(0)) <= ABBREVIATION
                      or not _VOWELS.search(match.group(0)) else match.group(0).capitalize(), role)
    elif role == role.lower():
        # Typed all in small letters on a phone ("staff accounting", "kepala toko", "ui/ux designer"): written as
        # a position is in a letter and a subject line ("Staff Accounting", "Kepala Toko", "UI/UX Designer"),
        # as a company typed so is; small words inside it stay small ("Manajer Riset dan Pengembangan").
        role = re.sub(r"[^\W\d_]+(?:-[^\W\d_]+)*", lambda match: "-".join(
            _role_word(part, match.start() == 0 and not index, after_hyphen=bool(index))
            for index, part in enumerate(match.group(0).split("-"))), role)
    return role


# Positions of which a company has one, named without an article after "as" ("join Grab as Operations Lead",
# "as Head of Data", "as Chief Financial Officer"); any other takes one ("as a Data Analyst", "as an Engineer").
_SOLE_POSTS = frozenset("lead head director manager chief president vp ceo cfo cto coo cmo cio gm".split())
# First words that make a post one of a kind whatever follows ("as VP Engineering", "as Head Chef").
_SOLE_FIRST_WORDS = frozenset("head chief vp svp evp".split())
# Words before a head that make it one of many ("as an Area Manager", "as a Store Manager", "as a Senior Manager",
# "as a Tech Lead"): a company has an area manager per area, a store manager per store.
_ONE_OF_MANY = frozenset("area regional region district territory zone cluster store branch outlet site shift floor "
                         "account accounts product project program programme assistant associate junior senior team "
                         "tech technical engineering unit line".split())
# Words whose "h" is not said, which take "an" ("an Honours Graduate").
_SILENT_H = ("honour", "honor", "hour", "heir", "honest")


def as_position(role: str) -> str:
    """How English joins a company in a position: ``as Operations Lead``, ``as Head of Data`` (a post a company
    has one of), ``as a Senior Data Engineer``, ``as an HSE Officer``; a position named by its function or in
    Indonesian, which takes no article ("a Sales", "a Staf Akuntansi"), ``in the Sales position``."""
    words = re.findall(r"[^\W\d_][\w'’-]*", role)
    if not words:
        return f"in the {role} position"
    if words[0].casefold() in ("a", "an", "the"):
        return f"as {role}"
    before_of = re.split(r"\s+(?:of|for)\s+", role, maxsplit=1, flags=re.IGNORECASE)[0]
    heads = re.findall(r"[^\W\d_][\w'’-]*", before_of)
    many = any(word.casefold() in _ONE_OF_MANY for word in heads[:-1])
    if heads and ((heads[-1].casefold() in _SOLE_POSTS and not many) or heads[0].casefold() in _SOLE_FIRST_WORDS):
        return f"as {role}"
    folded = [word.casefold() for word in words]
    if folded[-1] in _FUNCTIONS or any(word in _INDONESIAN_POSITION_WORDS for word in folded):
        return f"in the {role} position"
    first = words[0].split("/")[0]
    if first.isupper() and len(first) > 1 and (len(first) <= 3 or not re.search(r"[AEIOU].*[AEIOU]", first)):
        vowel = first[0] in _VOWEL_SOUNDED_LETTERS  # an abbreviation said letter by letter: "an HSE Officer"
    else:
        vowel = (first[0].casefold() in "aeiou" and not first.casefold().startswith(("uni", "use", "usa", "eu", "one"))
                 or first.casefold().startswith(_SILENT_H))
    return ("as an " if vowel else "as a ") + role


# A position named by its function, which no article takes ("Sales", "IT Support", "Customer Service").
_FUNCTIONS = frozenset("sales marketing support service services finance accounting operations security admin "
                       "administration procurement purchasing logistics hr hrd it legal audit staff crew".split())
# Words of a position named in Indonesian ("Staf Akuntansi", "Kepala Toko"), whose head English cannot tell.
_INDONESIAN_POSITION_WORDS = frozenset("staf kepala bagian keuangan akuntansi gudang umum produksi pemasaran penjualan "
                                       "analis pelaksana petugas tenaga ahli perawat guru dosen kasir".split())


# Words of a position that are written in their own way: "IT" (never the pronoun in a position's name), "iOS".
ROLE_WORDS = {"it": "IT", "ios": "iOS", "devops": "DevOps", "sr": "Sr", "jr": "Jr", "hrd": "HRD", "spg": "SPG", "spb": "SPB"}
# "Bagian" is a unit's name ("Kepala Bagian Umum"), capitalised; "de" the French particle of a kitchen's
# positions ("Chef de Partie", "Commis de Cuisine"), small as "of" is.
ROLE_SMALL_WORDS = NAME_SMALL_WORDS | frozenset("di ke dari de in at to on".split())


def _role_word(word: str, first: bool, after_hyphen: bool = False) -> str:
    if word in ROLE_WORDS:
        return ROLE_WORDS[word]
    if word in ROLE_SMALL_WORDS and not first:
        return word
    if after_hyphen and not (word in ABBREVIATIONS or not _VOWELS.search(word)):
        return word  # "Front-end", "E-commerce"
    if word in ABBREVIATIONS or not _VOWELS.search(word):
        return word.upper()  # "guru sd" → "Guru SD", "staf hr" → "Staf HR"
    return word.capitalize()


def own_name(typed: str) -> str:
    """The reader's own name as it signs a message: typed all in lower case (a phone's habit), each part
    gets its capital, degrees after it included (``agus setiawan, s.kom.`` → ``Agus Setiawan, S.Kom.``);
    typed half in small letters, half in capitals, with no part written as a name (``andi PRATAMA``), the
    name gets its capitals and degrees after it stay as typed (``MBA``); a part typed as a name, or the
    whole name in capitals (``ANDI PRATAMA``, as on a form), is the reader's spelling, and it stays."""
    if any(char.isalpha() for char in typed) and typed == typed.lower():
        return capitalise_name(typed)
    name, comma, degrees = typed.partition(",")
    if sum(char.isalpha() for char in name) > 3 and name != name.upper() and typed_without_case(name):
        return capitalise_name(name) + comma + degrees
    return typed


def typed_without_case(text: str) -> bool:
    """Whether no word of ``text`` is written as a name (a capital, then small letters): "ANDI PRATAMA",
    "andi PRATAMA"; initials ("M.") say nothing either way."""
    words = [word for word in re.findall(r"[^\W\d_]+", text) if len(word) > 1]
    return bool(words) and not any(word[0].isupper() and not word.isupper() for word in words)


def capitalise_name(name: str) -> str:
    """``andi o'brien-wijaya`` → ``Andi O'Brien-Wijaya``: each part of a name with its capital."""
    return re.sub(r"[^\W\d_]+", lambda match: match.group(0)[:1].upper() + match.group(0)[1:].lower(), name)


# ---- Phrases -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PhraseRules:
    """What one language's phrases may start with, that the frame around them already says."""

    # Words at the start of any phrase that the frames say themselves (conjunctions, "about").
    leading: tuple[str, ...]
    # Openings that report the conversation ("we discussed", "Ibu menjelaskan"): a topic keeps what follows.
    reported: tuple[str, ...]
    # Openings of a forgotten point that say it was forgotten ("I forgot to mention that").
    forgotten: tuple[str, ...]
    # Purpose markers: a reason that starts with one is a purpose ("untuk ...", "to ...").
    purpose: tuple[str, ...]
    # Subject pronouns: a phrase that starts with one is a clause.
    subjects: tuple[str, ...]
    # Conjunctions (patterns) that only ever introduce a clause: what follows one is a clause whatever
    # its subject ("because the hospital is a referral centre", "Ibu menjelaskan bahwa tim sedang …"),
    # so no frame reads it as a noun phrase.
    clause_leading: tuple[str, ...]
    # Openings (patterns) that make a phrase say who the reader is ("lulusan teknik sipil UGM", "a civil
    # engineering graduate from UGM"):
    # no frame can treat the person as an asset ("… could be of real use"); it becomes "saya lulusan …",
    # "I am a graduate of …", with ``identity`` (the words given it as its subject).
    person_heads: tuple[str, ...]
    identity: str
    # Words that describe a person ("teliti", "detail-oriented"): a strength typed as such ("jujur dan
    # teliti", "very organised under pressure") says who the reader is, an ``identity`` too ("saya teliti",
    # "I am very organised under pressure"); read through ``trait_links`` (intensifiers, "and", commas) and
    # followed by nothing or by one of ``trait_followers`` (a preposition: "teliti dalam audit").
    traits: frozenset[str]  # "_" joins the words of one ("bertanggung_jawab")
    trait_links: frozenset[str]
    trait_followers: frozenset[str]
    # Words that start a clause without a subject (verbs, modals): "punya pengalaman", "led a team".
    verbs: tuple[str, ...]
    verb_pattern: str
    # A clause with a subject of its own ("tim sedang memindahkan …", "the team is moving …"): a few
    # words, then one of ``finite`` (an aspect word, an auxiliary) followed by a word that ``finite_next``
    # matches (a verb); no ``relatives`` before it ("proyek yang sedang berjalan" is a noun phrase) and
    # no ``question_words`` first ("how the team is organised" reads after "our discussion of").
    finite: frozenset[str]
    finite_next: str
    # Words that open an aside after a comma ("…, including two greenfield stations"): a phrase that
    # ends in one needs a comma to close it when the sentence goes on after the phrase.
    asides: tuple[str, ...]
    relatives: frozenset[str]
    question_words: frozenset[str]
    # A next round given as a moment alone ("Kamis, 3 Desember pukul 10.00", "tomorrow at 9"): its start
    # (patterns), and the prepositions before it that the frame says itself ("pada", "on").
    moments: tuple[str, ...]
    moment_leading: tuple[str, ...]
    # A conjunction that gives a reason inside a phrase ("… karena perusahaan ini besar"): a reason that
    # has one takes a frame without another ("Saya melamar karena … karena …" reads broken).
    because: str
    # Echoes: two sentences of one message that share a content word read as a form letter ("I valued our
    # discussion of X. I valued discussing Y…"). Words are compared by root (``affixes`` taken off: "menghargai"
    # meets "hargai"), cut to six letters; ``standing`` words may come back (thanks, the interview, grammar).
    standing: frozenset[str]
    affixes: tuple[tuple[str, ...], tuple[str, ...]]
    # Short words that add one more of the same ("also", "juga"): said twice in a list of thanks, they echo.
    additive: tuple[str, ...]
    # Words that are safe to write in lower case when a phone's keyboard capitalised them.
    common: frozenset[str]
    common_pattern: str
    # A topic typed without its article ("referral programme", "retail case"): after "our discussion of"
    # or "we discussed" a singular countable head noun needs one. ``article`` is put before a noun phrase
    # whose head (its last word before ``head_ends``) is one of ``countable`` and that does not already
    # start with one of ``determiners`` or hold a possessive ("Xendit's roadmap"). Empty: the language
    # has no articles.
    article: str = ""
    # A strength typed as a bare noun phrase ("SAP APO experience", "five years in regulatory affairs") is
    # the reader's own: "I believe my SAP APO experience would be a real asset". Empty: no such word.
    own: str = ""
    countable: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    head_ends: frozenset[str] = frozenset()
    # The word that joins the last item of a list ("SQL, Python, dan Tableau"), and the words that say a
    # list already has its join ("serta", "or"): a list typed as "SQL, Python, Tableau" or with semicolons
    # gets it, as a sentence writes a list.
    conjunction: str = ""
    joins: frozenset[str] = frozenset()
    # A word typed twice ("sangat sangat", "the the") is a slip, said once; but a word this language doubles
    # on purpose: in English those of ``rightly_twice`` ("had had"), in Indonesian (``reduplicates``) any
    # word but ``said_once`` (function words), which is a plural or a doubled form written with a hyphen
    # ("proyek proyek" → "proyek-proyek", "hati hati" → "hati-hati").
    reduplicates: bool = False
    said_once: frozenset[str] = frozenset()
    rightly_twice: frozenset[str] = frozenset()
    # A strength that opens with "as" says who the reader is ("as a CPA", "sebagai lulusan akuntansi"):
    # "I am a CPA", never "my as a CPA would be a real asset".
    as_person: tuple[str, ...] = ()
    # Words that describe rather than name ("dekat dengan rumah", "close to home", "gajinya bagus"): a reason
    # that opens with one, or says one of a thing ("gajinya bagus"), is no noun phrase for "… adalah {why}".
    predicates: frozenset[str] = frozenset()
    # The shapes only this language's words take (Indonesian "pembayaran", "keuangan", "menyusun",
    # "diterapkan", "timnya"): a short phrase with no grammar word ("sistem pembayaran") is still known by
    # them when it is typed into a message in the other language. Empty: none safe to name.
    word_shapes: str = ""
    # Of those, the shapes no English word takes in practice (a pe(N)-/per-…-an or ke-…-an noun of nine
    # letters or more: "pengelolaan", "keuangan" counts as two, so one is enough: "pengelolaan arsip digital").
    strong_shapes: str = "(?!)"
    # This language's grammar words that the other language never borrows (joining words, pronouns):
    # one typed small in a phrase with no grammar word of the message's language says the phrase is in
    # this language ("karena dekat rumah", "SQL dan Python" in an English message; "teamwork and leadership"
    # in an Indonesian one), while a borrowed noun phrase with an article stays ("the onboarding plan").
    unborrowed: frozenset[str] = frozenset()
    # A subject of two with the reader in it, then its verb ("Ahmed and I built the ERP", "my team and I cut
    # costs", "Budi dan saya membangun ERP"), matched on the folded phrase: a clause that has its subject,
    # said whole, never "I Ahmed and I built …" nor "my team and I cut costs would be a real asset".
    joint_subject: str = "(?!)"
    # A topic the reader typed as what they told ("saya cerita pengalaman membangun dashboard", "I talked
    # about experience at Grab"): with "saya cerita" gone, a head that is the reader's own (``reader_heads``,
    # folded, one or two words) is said as theirs, ``reader_owner`` after it in Indonesian ("pengalaman saya
    # membangun …"), before it in English ("my experience at Grab"); ``reader_subjects``: the reader's words.
    reader_heads: tuple[str, ...] = ()
    reader_owner: str = ""
    reader_subjects: tuple[str, ...] = ()
    # A strength that is only a credential naming its holder ("CPA", "my CFA", "CFA charterholder"):
    # ``owners`` (the possessives typed before it), ``holders`` (the nouns after it) and the word that
    # makes it a person ("a CPA", "seorang CPA"; "a" turns to "an" before a vowel's sound).
    owners: tuple[str, ...] = ()
    holders: tuple[str, ...] = ()
    person_article: str = ""
    credential_tails: tuple[str, ...] = ()  # what may follow it ("RN with 4 years of ICU experience")
    # Words a phrase may open with before a comma that are no item of a list ("first, the audit",
    # "jadi, audit internal"): with ``opener_pattern`` ("honestly", "basically"), a comma after them is no join.
    openers: frozenset[str] = frozenset()
    opener_pattern: str = "(?!)"
    # Small words a name keeps small ("Bank of America", "Dinas Tenaga Kerja dan Transmigrasi"): written with a
    # capital in a phrase of capitalised words, they say a phone capitalised each word (``lower_shouting``).
    title_small: frozenset[str] = frozenset()
    # A reason or a strength whose verb stands alone after its subject, with no aspect word or auxiliary
    # before it ("produk Gojek dipakai keluarga saya", "JIS's focus on inquiry matches how I teach"): a
    # clause too, which "… adalah {why}" or "because of {why}" cannot take. ``lone_verb`` matches such a
    # verb (an Indonesian passive, an English verb of fit in the third person); ``lone_verb_next`` the
    # word after an English one (the verb's object: "matches how", "fits my", "aligns with"), since
    # "offers", "values" and "matches" are plural nouns too. Read only in a reason or a strength: a topic
    # such as "cara pasien didaftarkan" (how patients are registered) names a thing.
    lone_verb: str = "(?!)"
    lone_verb_next: str = ""
    lone_verb_kinds: tuple[str, ...] = ("point",)
    # A past the reader's own team or unit did ("my team won the regional sales award", "our store grew sales by
    # 30%"): after ``owned`` ("my", "our") and a few words, one of ``past`` makes the phrase a clause.
    owned: tuple[str, ...] = ()
    past: frozenset[str] = frozenset()
    # A reason typed as a bare verb ("grow my career in fintech", "mengembangkan karier di bidang keuangan") says
    # what the reader wants to do: a purpose, said with ``purpose_word`` ("I applied for this position to grow my
    # career"), never "What draws me … is grow my career" nor "karena saya mengembangkan karier" (because I do).
    # ``aspirations`` (a pattern) matches such a verb; ``states`` are verbs of liking or having, which give a
    # reason as they stand ("menyukai tantangan": "karena saya menyukai tantangan"); ``ambiguous`` verbs are
    # nouns too ("work culture", "help desk") and count only before ``aspiration_next`` ("work with", "help my").
    # Verbs that join a subject to what is said of it, whatever follows ("the salary is competitive", "the team
    # seemed great"): with one of ``finite`` after a subject, a clause; and a subject and its verb in one word.
    copulas: frozenset[str] = frozenset()
    contracted: frozenset[str] = frozenset()
    # A next round typed as the sentence of the invitation ("Saya diundang interview user hari Senin", "I was invited
    # to the final interview on Monday"): the words before the round go, since the frame says them ("I will attend …").
    invited: tuple[str, ...] = ()
    purpose_word: str = ""
    # A purpose that says ``purpose_word`` again inside it ("untuk berkontribusi untuk daerah") is said as a wish
    # with this word instead ("karena saya ingin berkontribusi untuk daerah"), where two of them read as a
    # stumble; "" where they do not ("to contribute to the region").
    wish_word: str = ""
    aspirations: str = "(?!)"
    states: frozenset[str] = frozenset()
    ambiguous: frozenset[str] = frozenset()
    aspiration_next: str = "(?!)"
    # A next round as the invitation or a phone typed it ("Interview dengan Direktur", "5 Des jam 9 pagi"):
    # ``round_words``, the common words naming a round, written with a capital only at a sentence's start;
    # ``month_abbreviations``, a month shortened next to a day's number, written out; ``time_words``, a
    # chat's word for the hour before its number, as a letter writes it ("jam 9" → "pukul 9"). No fact changes.
    round_words: frozenset[str] = frozenset()
    month_abbreviations: tuple[tuple[str, str], ...] = ()
    time_words: tuple[tuple[str, str], ...] = ()
    # ``clock``, how the language writes a time of day ("id": "pukul 14.00"; "en": "at 2 p.m.", "at 14:00"):
    # a time typed in the other style ("10am" in an Indonesian letter, "jam 9 pagi" in an English one) is
    # written the message's way, the hour unchanged.
    clock: str = ""
    # What may stand before a moment that says where the round is held ("on Zoom, Thursday 10am", "via
    # Google Meet, Senin pukul 10.00"): a pattern of the platform after a preposition, which the moment keeps.
    venue_leading: str = "(?!)"
    # How an interview was held, said before the noun where the language says it so ("our in-person
    # interview", "my phone interview", not "our interview in person"): the word for each format, and the
    # nouns that take it after a determiner. Indonesian says it after ("wawancara secara tatap muka").
    format_before_noun: tuple[tuple[str, str], ...] = ()
    format_nouns: tuple[str, ...] = ()
    # Openings of a forgotten point that was a question ("I forgot to ask about", "lupa menanyakan"): what
    # follows is what the reader meant to ask, never something they said ("saya menanyakan …").
    asking: tuple[str, ...] = ()
    # Words that open an indirect question ("whether the team works hybrid", "apakah tim …").
    question_openings: tuple[str, ...] = ()
    # A question typed as asked, its verb before its subject ("is the role hybrid?", "how does it work?").
    question_inversion: str = ""
    # A frame's word for "about" and the one said instead when the reader's phrase holds it already
    # ("diskusi tentang tugas akhir saya tentang fondasi" → "diskusi mengenai tugas akhir saya tentang fondasi").
    about_swaps: tuple[tuple[str, str], ...] = ()


RULES: dict[str, PhraseRules] = {
    "id": PhraseRules(
        leading=("karena", "sebab", "oleh karena", "dikarenakan", "lantaran", "alasannya", "alasan saya", "bahwa",
                 "tentang", "mengenai", "soal", "seputar", "terkait", "perihal", "yaitu", "yakni", "adalah",
                 "ialah", "bahwasanya", "dan", "juga", "serta", "kalau", "kalo",
                 # Words of speech a phrase may open with ("Oh ya, soal audit"): no frame takes them.
                 "oh ya", "oh iya", "o iya", "oiya", "btw", "nah"),
        reported=(r"(?:yang|yg)\s+(?:di)?bahas(?:\s+adalah|\s*:)?",
                  r"(?:tadi\s+)?(?:kami|kita|saya|beliau|dia|ia|bapak|ibu|pak|bu|mas|mbak|kak)\s+(?:tadi\s+)?(?:sempat\s+|banyak\s+|juga\s+)?"
                  r"(?:membahas|membicarakan|mendiskusikan|menjelaskan|menceritakan|bercerita|berbincang|"
                  r"berdiskusi|ngobrol|ngobrolin|menyampaikan|memaparkan|bertanya|bahas|cerita)(?:\s+(?:tentang|mengenai|soal))?",
                  r"(?:membahas|membicarakan|mendiskusikan)",
                  r"(?:membahas|membicarakan|mendiskusikan|diskusi|pembahasan|penjelasan|obrolan|cerita)\s+"
                  r"(?:tentang|mengenai|soal|seputar)"),
        forgotten=(r"(?:saya\s+)?(?:tadi\s+)?(?:lupa|belum\s+sempat|tidak\s+sempat|belum)\s+"
                   r"(?:menyampaikan|menyebutkan|mengatakan|bilang|cerita|menceritakan)(?:\s+bahwa)?",
                   r"(?:saya\s+)?(?:ingin|mau)\s+menambahkan(?:\s+bahwa)?"),
        asking=(r"(?:saya\s+)?(?:tadi\s+)?(?:lupa\s+|belum\s+sempat\s+|tidak\s+sempat\s+|belum\s+|ingin\s+|mau\s+)?"
                r"(?:menanyakan|bertanya|tanya|nanya|tanyain)(?:\s+(?:kepada|ke|pada)\s+(?:bapak|ibu|pak|bu))?"
                r"(?:\s+(?:tentang|mengenai|soal|seputar|terkait|perihal))?",
                r"(?:satu\s+)?pertanyaan\s+(?:tentang|mengenai|soal|seputar|terkait)"),
        about_swaps=(("tentang", "mengenai"), ("mengenai", "tentang"), ("soal", "mengenai"), ("seputar", "mengenai")),
        question_openings=("apakah", "apa", "bagaimana", "kapan", "berapa", "siapa", "mengapa", "kenapa", "di mana",
                        "dimana", "ke mana", "seperti apa", "sejauh mana"),
        purpose=("untuk", "agar", "supaya", "demi", "guna"),
        subjects=("saya", "aku", "kami", "kita"),
        clause_leading=(r"bahwa",),  # not "karena", which also takes a noun ("karena visinya")
        person_heads=(r"lulusan", r"ahli", r"mantan", r"alumni", r"alumnus", r"seorang", r"penutur\s+asli", r"pekerja\s+keras",
                      r"(?:orang|pribadi|sosok)\s+yang"),
        identity="saya",
        as_person=("sebagai",),
        owners=("saya punya", "saya memiliki"),
        holders=("holder", "charterholder"),
        person_article="seorang",
        credential_tails=("dengan",),
        openers=frozenset(("jadi", "intinya", "pokoknya", "ya", "iya", "oke", "ok", "nah", "sebenarnya", "pertama", "kedua",
                           "selain itu", "singkatnya", "memang", "tentu", "jujur")),
        predicates=frozenset("""dekat jauh bagus baik besar kecil tinggi menarik stabil fleksibel nyaman jelas
                                 kompetitif sesuai cocok terkenal ternama""".split()),
        conjunction="dan",
        joins=frozenset("dan serta atau maupun hingga".split()),
        reduplicates=True,
        said_once=frozenset("""dan yang di ke dari untuk dengan pada dalam saya kami kita sangat amat karena ini itu akan
                               sudah telah juga tidak bisa dapat atau serta bahwa sebagai oleh agar para tentang
                               bagi the and of""".split()),
        traits=frozenset("""
            teliti jujur disiplin rajin tekun ulet cekatan komunikatif kreatif inovatif mandiri proaktif sabar
            ramah tangguh gigih adaptif fleksibel analitis kritis sigap cermat jeli supel energik optimis loyal
            profesional tegas santun sopan terampil terstruktur sistematis solid cepat_tanggap bertanggung_jawab
            mudah_beradaptasi cepat_belajar berintegritas
            """.split()),
        trait_links=frozenset("sangat cukup amat dan serta juga , & /".split()),
        trait_followers=frozenset("dalam di terhadap saat ketika dengan untuk soal pada menghadapi".split()),
        verbs=("punya", "mempunyai", "memiliki", "pernah", "sudah", "telah", "sedang", "bisa", "dapat", "mampu",
               "ingin", "mau", "akan", "terbiasa", "fasih", "menguasai", "memimpin", "mengelola", "membangun",
               "bekerja", "berpengalaman", "lulus", "menyukai", "suka", "senang", "tertarik", "percaya", "yakin",
               # Words that say what the reader is ready for or can bear ("siap ditempatkan di mana saja",
               # "tahan bekerja di lapangan"): "saya siap …", never "Saya yakin siap … dapat menjadi bekal".
               "siap", "tahan", "gemar",
               # Habit and knack, said without "ter-" on a phone ("biasa kerja shift", "biasa pakai Excel"):
               # "saya biasa …", never "Saya yakin biasa kerja shift dapat menjadi bekal".
               "biasa", "jago", "paham", "mengerti", "lancar"),
        # me- before l, r, w, y too ("melakukan", "meraih", "merancang", "mewakili"), but not "mereka" (they).
        verb_pattern=r"^(?:me[mn]g?|meny|me(?!reka$)[lrwy]|ber|ter)[a-z]{3,}$",
        # pe(N)-…-an, per-…-an and ke-…-an nouns, me(N)- and di-…-kan/-i verbs, and -nya; English words of
        # these shapes ("pedestrian", "terminal", "meter") are rare in a topic and are one word of two.
        word_shapes=r"^(?:(?:pe(?:[mn]g?|ny|r)?|ke)[a-z]{3,}an|me(?:[mn]g?|ny)[a-z]{4,}|di[a-z]{3,}(?:kan|i)|[a-z]{3,}nya)$",
        strong_shapes=r"^(?=[a-z]{9,}$)(?:pe(?:[mn]g?|ny|r)|ke)[a-z]+an$",
        # only what is always someone's own: "saya menjelaskan proyek …" may be the company's project
        reader_heads=("latar belakang", "tugas akhir", "pengalaman", "skripsi", "tesis", "portofolio", "karier",
                      "riwayat", "pencapaian", "capaian", "prestasi"),
        reader_owner="saya",
        reader_subjects=("saya", "aku"),
        joint_subject=r"^(?!(?:antara|dengan|bersama|untuk|oleh)\b)(?:[\w'’.-]+\s+){1,3}(?:dan|bersama|beserta)\s+(?:saya|aku)\s+"
                      r"(?:sudah\s+|telah\s+|pernah\s+|berhasil\s+)?(?:me[mn]g?|meny|me|ber|ter)[a-z]{3,}\b",
        unborrowed=frozenset("""dan atau karena yang di ke dari untuk dengan dekat pada dalam serta bagi agar supaya tetapi
                                tapi sehingga oleh juga sudah telah akan saya kami ingin punya bisa sangat lebih""".split()),
        finite=frozenset("sedang tengah akan sudah telah masih sempat berencana ingin mau perlu harus baru "
                         "adalah merupakan ialah punya memiliki mempunyai selalu sering terus".split()),
        finite_next=r"^(?:me[mn]g?|meny|me|ber|ter|di)[a-z]{3,}$",
        # A passive with its suffix ("dipakai", "digunakan", "diakui"), not a noun borrowed with "di-" and "-si"
        # ("distribusi", "diskusi", "divisi"); and a few without one that readers use of a company or a product.
        lone_verb=r"^(?:di[a-z]{3,}(?<!s)(?:kan|i)|dikenal|dibuat|dibangun|dipercaya|dipimpin|dijual|dirancang|dikelola)$",
        invited=(r"(?:saya\s+)?(?:sudah\s+|telah\s+|baru\s+)?(?:di)?undang(?:an)?(?:\s+(?:untuk|ke))?"
                 r"(?:\s+(?:mengikuti|ikut|menghadiri|hadir\s+(?:di|pada|dalam|untuk)))?",),
        purpose_word="untuk",
        wish_word="ingin",
        aspirations=r"^(?:(?:me[mn]g?|meny|me(?!reka$)[lrwy]|ber)[a-z]{3,}|bekerja|belajar)$",
        states=frozenset("""menyukai mencintai memiliki mempunyai merasa menyenangi menikmati meyakini mengagumi
                            mengenal berpengalaman berasal berdomisili bertempat berharap bergelar berusia""".split()),
        relatives=frozenset({"yang", "yg"}),
        asides=("termasuk", "terutama", "khususnya", "seperti", "antara lain", "misalnya", "yaitu", "yakni", "yang"),
        question_words=frozenset("bagaimana apa mengapa kenapa kapan di mana siapa".split()),
        moments=(r"\d", r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\b",
                 r"(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\b",
                 r"(?:tanggal|tgl|pukul|jam|besok|lusa|hari\s+ini|pekan\s+depan)\b"),
        moment_leading=("pada",),
        because=r"\b(?:karena|sebab|lantaran|dikarenakan|soalnya)\b",
        standing=frozenset("""
            terima berterima kasih ucapan ucapkan mengucapkan sampaikan menyampaikan wawancara mewawancarai
            dengan untuk dalam dapat tentang mengenai kepada apabila posisi proses seleksi tawaran kesempatan
            sangat waktu bapak sebagai menjadi ingin juga
            """.split()),
        affixes=(("meng", "meny", "mem", "men", "ber", "ter", "per", "di"), ("kan", "nya", "an", "i")),
        additive=("juga", "pula", "pun"),
        common=frozenset(
            """
            saya pengalaman kemampuan keahlian sertifikat sertifikasi rencana proyek program target cara
            psikotes tes wawancara ujian tahap sesi presentasi
            bagaimana strategi tantangan tim pengembangan sistem proses budaya peran tanggung tugas
            kebutuhan pelatihan jadwal data laporan penjualan pelanggan layanan produk kualitas evaluasi
            migrasi peluncuran integrasi otomatisasi analisis riset desain pengelolaan manajemen rencana
            ingin punya memiliki pernah sudah telah sedang bisa dapat mampu terbiasa lulusan latar belakang
            portofolio tiga dua empat lima satu sepuluh kesempatan minat visi misi nilai pertumbuhan dampak
            perusahaan industri bidang bagian divisi departemen kantor ekspansi standar target akurasi
            hasil alur integrasi anggaran biaya keuangan rekonsiliasi administrasi operasional gudang
            di ke dari dan yang tahun bulan minggu untuk dengan pada sebagai atau serta dalam baru lebih
            gaji tunjangan fasilitas reputasi lokasi suasana jenjang karier karir kompensasi prospek kultur
            teknologi inovasi kolaborasi komunitas posisi kontrak kerja jam lembur magang sistem gaya tujuan
            """.split()
        ),
        common_pattern=r"^(?:me[mn]g?|meny|ber|ter|pe[mn]g?|per|ke|di)[a-z]{3,}$|^[a-z]{3,}(?:an|kan|nya)$",
        title_small=frozenset("di ke dari dan atau yang untuk pada dengan sebagai dalam bagi oleh serta".split()),
        round_words=frozenset("""
            interview wawancara psikotes psikotest tes test tahap sesi presentasi final akhir lanjutan lanjut
            asesmen assessment ujian tertulis kesehatan online daring luring user
            """.split()),
        month_abbreviations=(("jan", "Januari"), ("feb", "Februari"), ("mar", "Maret"), ("apr", "April"),
                             ("jun", "Juni"), ("jul", "Juli"), ("agu", "Agustus"), ("agt", "Agustus"),
                             ("agus", "Agustus"), ("sep", "September"), ("sept", "September"), ("okt", "Oktober"),
                             ("nov", "November"), ("des", "Desember"),
                             # The English short forms an invitation in English gives ("Friday 4 Dec").
                             ("aug", "Agustus"), ("oct", "Oktober"), ("dec", "Desember")),
        time_words=(("jam", "pukul"),),
        clock="id",
        venue_leading=r"(?:melalui|lewat|via|secara)\s+(?:zoom|google\s+meet|gmeet|g-meet|microsoft\s+teams|ms\s+teams|teams|skype|webex|video\s+call|panggilan\s+video|telepon|online|daring)",
    ),
    "en": PhraseRules(
        # Not "the", "of", "to", "on", "from": they come borrowed in a noun phrase ("the onboarding plan",
        # "proof of concept", "work from home"), which an Indonesian message keeps.
        unborrowed=frozenset("and because with but is are was were i we my our so which have has am very".split()),
        reader_heads=("experience", "background", "thesis", "portfolio", "internship", "career", "side project"),
        reader_owner="my",
        reader_subjects=("i",),
        joint_subject=r"^(?!(?:between|with|for|of|to|by|from)\b)(?:[\w'’.-]+\s+){1,3}and\s+i\s+"
                      r"(?!(?:in|at|on|of|for|to|with|from|as)\b)[a-z]",
        leading=("because of", "because", "since", "as i", "that", "about", "regarding", "re:", "on how",
                 "namely", "i.e.", "and", "also", "plus", "the fact that", "the reason is that", "the reason is",
                 "oh", "by the way", "btw"),
        reported=(r"(?:we|you|she|he|they|i)\s+(?:also\s+|briefly\s+)?(?:discussed|talked\s+about|covered|explained|"
                  r"described|spoke\s+about|went\s+over|walked\s+me\s+through|told\s+me\s+about|shared|mentioned|asked\s+about)",
                  r"(?:our|the)\s+(?:discussion|conversation|talk|chat)\s+(?:about|on|of)",
                  # A note typed without its subject ("Discussed churn model for IndiHome", "talked about …").
                  r"(?:discussed|talked\s+about|spoke\s+about|went\s+over|went\s+through|chatted\s+about)"),
        forgotten=(r"(?:i\s+)?(?:forgot|did\s+not\s+get\s+to|didn'?t\s+get\s+to|did\s+not|didn'?t|neglected)\s+"
                   r"(?:to\s+)?(?:mention|say|tell\s+you|add)(?:\s+that)?",
                   r"(?:i\s+)?(?:would\s+like|wanted|want)\s+to\s+add(?:\s+that)?"),
        asking=(r"(?:i\s+)?(?:forgot\s+|did\s+not\s+get\s+|didn'?t\s+get\s+|did\s+not\s+|didn'?t\s+|neglected\s+|meant\s+|"
                r"wanted\s+|want\s+|would\s+like\s+|never\s+got\s+)?(?:to\s+)?ask(?:ing)?(?:\s+(?:you|her|him|them))?"
                r"(?:\s+(?:about|regarding|on))?",
                r"(?:a|one|my)?\s*question\s+(?:about|on|regarding)"),
        question_openings=("whether", "if", "how", "what", "when", "where", "who", "which", "why"),
        question_inversion=r"(?:(?:how|what|when|where|who|which|why)(?:\s+\w+)?\s+)?(?:do|does|did|is|are|was|were|can|could|"
                           r"will|would|should|has|have|may)\b",
        purpose=("to", "so that", "in order to"),
        subjects=("i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've"),
        clause_leading=(r"because(?!\s+of\b)", r"since", r"the\s+fact\s+that", r"the\s+reason\s+is\s+that",
                        r"that(?=\s+(?:the|a|an|your|our|their|they|we|you|he|she|it|there|this|these|those|i)\b)"),
        # An article, up to three modifiers, and a noun for a person: "a civil engineering graduate", "an
        # experienced nurse", "a former intern" (not "a B1 commercial licence").
        person_heads=(r"an?\s+(?:[\w-]+\s+){0,3}(?:graduate|alumn(?:us|a)|intern|trainee|apprentice|speaker|nurse|"
                      r"engineer|teacher|accountant|driver|analyst|developer|designer|manager|officer|auditor|"
                      r"learner|player|starter|solver|communicator|leader|worker|person|"
                      # Callings a reader names themselves by ("Experienced barista", "Licensed pharmacist").
                      r"barista|pharmacist|midwife|cashier|teller|supervisor|technician|architect|consultant|chef|cook|"
                      r"writer|editor|lawyer|doctor|physician|specialist|researcher|scientist|programmer|operator|"
                      r"administrator|assistant|coordinator|secretary|counsell?or|therapist|mechanic|electrician|"
                      r"surveyor|planner|journalist|translator|interpreter|lecturer|tutor|instructor|trainer|"
                      r"professional|practitioner)"
                      r"(?=$|,|\s*\(|\s+(?:from|of|at|in|with|for|who|and|since)\b)",
                      r"(?:an?\s+)?former\b"),
        identity="I am",
        traits=frozenset("""
            detail-oriented hardworking hard-working reliable dependable organised organized proactive creative
            punctual meticulous adaptable flexible patient friendly motivated self-motivated analytical honest
            disciplined responsible diligent resilient resourceful thorough careful efficient independent curious
            energetic calm positive trustworthy dedicated committed passionate enthusiastic collaborative
            communicative personable precise accurate bilingual multilingual structured detail_oriented
            hard_working self_motivated fluent proficient experienced skilled familiar comfortable certified
            licensed qualified conversant
            """.split()),
        trait_links=frozenset("very highly extremely really quite and also , & /".split()),
        trait_followers=frozenset("in with at about under when on for as".split()),
        verbs=("have", "has", "had", "led", "lead", "built", "managed", "manage", "worked", "work", "speak", "know",
               "hold", "held", "ran", "run", "can", "am", "was", "created", "designed", "developed", "launched",
               "grew", "reduced", "increased", "delivered", "handled", "trained", "completed", "earned", "spent",
               "want", "love", "enjoy", "believe", "care", "hope",
               # Past forms without "-ed" that a strength opens with ("won a Citra Pariwara award", "taught
               # for five years"): "I won …", never "my won … could add real value".
               "won", "wrote", "taught", "sold", "brought", "drove", "gave", "took", "got", "became", "began", "kept",
               "met", "spoke", "found", "oversaw", "rose", "beat", "drew", "undertook", "went"),
        verb_pattern=r"^[a-z]{3,}ed$",
        # Auxiliaries only: "plans", "needs" are nouns as often as verbs ("growth plans for 2027").
        finite=frozenset("is are was were will would can could should must has have had seems seemed sounds sounded "
                         "feels felt".split()),
        copulas=frozenset("is are was were seems seemed sounds sounded feels felt".split()),
        contracted=frozenset("it's it’s they're they’re that's that’s there's there’s we're we’re".split()),
        # After "is"/"has": an -ing form, a participle, "to", "about"; after a modal, any verb (matched by the rule).
        finite_next=r"^(?:[a-z]{2,}(?:ing|ed|en|wn)|been|to|about|going|now|still|already|also|currently|set|done|made|built|"
                    r"always|never|long|just|recently|really|"
                    # "has a strong culture", "have the best engineers": what a subject has
                    r"a|an|the|its|their|our|your|some|no|many|several|such|so)$",
        lone_verb=r"^(?:matches|fits|suits|aligns|reflects|resonates|mirrors|echoes|offers|gives|provides|allows|lets|"
                  r"makes|supports|shares|values|puts|invests|focuses|combines|connects|inspires|excites|motivates|"
                  r"appeals|means|seems|helps|serves|builds|creates|reaches|touches|impacts|involves|requires|includes|"
                  r"covers|expects|uses|handles|runs)$",
        lone_verb_kinds=("point", "topic"),  # "the role involves a lot of travel"
        owned=("my", "our"),
        past=frozenset("""won grew ran wrote began took gave became rose drew went beat led topped hit
                          doubled tripled increased reduced launched delivered achieved earned exceeded""".split()),
        lone_verb_next=r"^(?:how|what|my|our|your|the|a|an|with|to|me|us|people|everything|so|more|real|exactly|"
                       r"directly|closely|well|perfectly|strongly|both|each|every|this|that|these|those|its|their)$",
        invited=(r"(?:i\s+(?:was\s+|have\s+been\s+|am\s+|'ve\s+been\s+|’ve\s+been\s+)?|(?:the|an|your)\s+)?"
                 r"invit(?:ed|ation)(?:\s+(?:to|for))?(?:\s+(?:attend|join|take|come\s+(?:to|for)))?",),
        purpose_word="to",
        aspirations=r"^(?:grow|learn|build|develop|contribute|join|gain|expand|deepen|improve|pursue|explore|become|"
                    r"serve|create|broaden|strengthen|solve|shape|advance|deliver|apply|sharpen|hone|work|help|"
                    r"support|use|lead|make|start|move|return|give|take|bring|design|be|do|get|put|see|continue)$",
        ambiguous=frozenset("work help support use lead run make start move return give take bring design be do get put see".split()),
        aspiration_next=r"^(?:my|the|a|an|with|at|in|on|for|as|to|more|new|and|people|others|your|our|this|that|"
                        r"other|alongside|closely|directly|from|across|under|part|close|hands|real|meaningful|"
                        r"something|what|both|among|among)$",
        relatives=frozenset({"that", "which", "who", "whom", "whose"}),
        asides=("including", "especially", "particularly", "notably", "mainly", "mostly", "such as", "for example",
                "e.g.", "which", "who", "where"),
        question_words=frozenset("how what why where when whether who which".split()),
        moments=(r"\d", r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
                 r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b",
                 r"(?:tomorrow|today|tonight|noon)\b", r"(?:next|this)\s+(?:week|morning|afternoon|\w+day)\b"),
        moment_leading=("on", "at"),
        because=r"\b(?:because|since|as)\b(?=\s+(?:i|we|the|my|our|it|they|this|there|you|he|she)\b)|\bbecause\b",
        standing=frozenset("""
            thank thanks about would there interview interviewed interviewing position process selection
            application opportunity could
            """.split()),
        affixes=((), ()),
        additive=("also", "as well", "too"),
        common=frozenset(
            """
            my the a an experience skills skill plan plans project projects programme program target targets how
            what why your our team teams strategy challenges challenge development system process culture role
            training schedule data reports sales customer customers service quality migration launch integration
            automation analysis research design management three two four five one ten years year opportunity
            chance mission values growth impact company industry work working building leading running
            strong solid good excellent proven extensive deep broad sound basic advanced fluent hands-on
            final first second third next technical online onsite group interview
            certificate certification background degree portfolio expertise knowledge interest passion
            to of in on for with and at a an be as by from into learn grow build join help new more better
            """.split()
        ),
        common_pattern=r"^[a-z]{3,}(?:ing|tion|ment|ness|ity|ies|ance|ence|ship)$",
        article="the",
        own="my",
        as_person=("as",),
        owners=("my", "i am", "i'm", "being"),
        holders=("holder", "charterholder", "candidate"),
        person_article="a",
        credential_tails=("with",),
        openers=frozenset(("first", "second", "firstly", "secondly", "finally", "overall", "yes", "ok", "okay", "well",
                           "so", "anyway", "also", "truly", "mainly", "mostly", "frankly", "in short", "in general",
                           "in particular", "above all", "of course")),
        # "honestly", "basically", "personally" ("supply", "family" are not).
        opener_pattern=r"[a-z]{3,}(?:ally|ously|fully|ently|antly|ively|estly|edly|ately|ingly|arly)",
        predicates=frozenset("""close near good great big large small high interesting exciting stable flexible
                                 convenient competitive attractive well-known famous""".split()),
        conjunction="and",
        joins=frozenset("and or nor plus as well".split()),
        rightly_twice=frozenset("had that is bye very so no yes".split()),  # the reviewer's own (review.rules)
        countable=frozenset(
            """
            programme program project plan system process strategy campaign product platform pipeline framework
            roadmap budget policy curriculum launch case model app application website dashboard tool report
            rollout merger acquisition proposal initiative expansion partnership study audit survey department
            schedule timeline workflow architecture migration redesign reorganisation reorganization restructuring
            target scheme network branch office factory plant warehouse clinic ward unit division
            module course syllabus event conference roll-out transition upgrade exercise assignment task
            challenge problem question brief pitch deal contract portfolio position vacancy opening
            round interview session call meeting test exam assessment presentation visit stage panel
            cycle review rotation scheme
            check-up checkup
            funnel rate flow journey feature backlog sprint metric index ratio segment channel menu route fleet
            store outlet site rig pilot trial tender bid lesson semester demonstration demo workshop briefing
            simulation role-play discussion centre center fgd
            """.split()
        ),
        determiners=frozenset(
            """
            the a an this that these those my our your their his her its each every any some no one two three
            four five several many few both either neither which what whose how why when where whether
            """.split()
        ),
        head_ends=frozenset("of in for on at to with from about and or across within into under between by as".split()),
        title_small=frozenset("of in at for and or to the with from on by as a an".split()),
        round_words=frozenset("""
            interview interviews round stage test assessment presentation session call meeting final panel
            technical online onsite on-site video phone case study exam user
            """.split()),
        month_abbreviations=(("jan", "January"), ("feb", "February"), ("mar", "March"), ("apr", "April"),
                             ("jun", "June"), ("jul", "July"), ("aug", "August"), ("sep", "September"),
                             ("sept", "September"), ("oct", "October"), ("nov", "November"), ("dec", "December"),
                             # The Indonesian short forms an invitation in Indonesian gives ("Kamis, 3 Des").
                             ("agu", "August"), ("agt", "August"), ("agus", "August"), ("okt", "October"),
                             ("des", "December")),
        clock="en",
        format_before_noun=(("phone", "phone"), ("video", "video"), ("in_person", "in-person")),
        format_nouns=("interview", "conversation"),
        venue_leading=r"(?:on|via|over|through|by)\s+(?:zoom|google\s+meet|gmeet|microsoft\s+teams|ms\s+teams|teams|skype|webex|video\s+call|phone)",
    ),
}

_TRAILING = ".!?,;:…。 \"'”’)"
# Emoji a phone adds to a phrase ("🙏", "👍🏽", "👩‍💻", "❤️"): the reader's tone, not their words, and out of
# place in a letter's sentence. Pictographs, dingbats and symbol blocks, with their joiners, variation
# selectors and skin tones; a degree sign or a trademark ("5 °C", "™") is not one of them.
_EMOJI = re.compile(
    "(?:[\u200d\ufe0f\u20e3]*[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF][\u200d\ufe0f\u20e3\U0001F3FB-\U0001F3FF]*)+"
)
_LEADING_MARKS = "-–—•*·:;,.!?¡¿…\"'“‘( "


_OPENING_QUOTES = {'"': '"', "“": "”", "‘": "’", "(": ")", "'": "'"}


# A join left hanging at a phrase's end, where the typing stopped ("riset &", "SQL and", "UI/UX dan"):
# nothing follows it, so the frame would end on it ("pembahasan mengenai riset &.").
_HANGING_JOIN = re.compile(r"(?:\s+(?:[&+/]|and|or|dan|atau|serta))+$", re.IGNORECASE)


def _trimmed(text: str) -> str:
    """A phrase without the marks around it; a quote or bracket that opens it stays when the phrase
    closes it inside ('"kebijakan konten" dan shift weekend', never 'kebijakan konten" dan shift weekend"').
    A join left hanging at its end goes with them."""
    stripped = text.strip(_LEADING_MARKS).rstrip(_TRAILING)
    while (unhung := _HANGING_JOIN.sub("", stripped).rstrip(_TRAILING)) != stripped and unhung:
        stripped = unhung
    opening = text.lstrip(_LEADING_MARKS.replace('"', "").replace("“", "").replace("‘", "").replace("(", "").replace("'", ""))[:1]
    closing = _OPENING_QUOTES.get(opening)
    if closing and stripped and closing in stripped:
        inside = stripped.count(opening) if opening == closing else stripped.count(opening) + 1
        if (inside % 2 == 1) if opening == closing else inside == stripped.count(closing):
            return opening + stripped
    return stripped


@dataclass(frozen=True)
class Phrase:
    """A reader's phrase, trimmed; ``clause`` when it has a subject (or starts with a verb: ``subjectless``)."""

    text: str
    kind: str  # "noun" | "clause" | "subjectless" | "identity" | "purpose" | "list" | "moment"

    def __bool__(self) -> bool:
        return bool(self.text)


def _strip_leading(text: str, patterns: tuple[str, ...]) -> str:
    """``text`` without any of ``patterns`` at its start (case-insensitive), repeatedly."""
    changed = True
    while changed and text:
        changed = False
        for pattern in patterns:
            match = re.match(rf"(?:{pattern})(?:\s+|\s*[:,]\s*|$)", text, re.IGNORECASE)
            if match and match.end() < len(text):
                text = text[match.end() :].lstrip(_LEADING_MARKS)
                changed = True
    return text


def _after_clause_conjunction(typed: str, cut: int, conjunctions: tuple[str, ...]) -> bool:
    """Whether the words taken off the start of ``typed`` (its first ``cut`` characters) end with a
    conjunction that introduces a clause."""
    if not cut or not conjunctions:
        return False
    pattern = re.compile(rf"\b(?:{'|'.join(conjunctions)})\b[\s:,]*", re.IGNORECASE)
    return any(match.end() == cut for match in pattern.finditer(typed))


def _words_pattern(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(re.escape(word).replace(r"\ ", r"\s+") + r"\b" for word in sorted(words, key=len, reverse=True))


def lower_first(text: str, lang: str, keep: frozenset[str] = frozenset()) -> str:
    """A phrase's first letter in lower case when a keyboard capitalised a common word ("Pengalaman tiga tahun");
    never a word of a name the reader gave elsewhere (``keep``, folded: "Pertamina adalah …" for PT Pertamina)."""
    match = re.match(r"[^\W\d_][\w'’-]*", text)
    if not match:
        return text
    word = match.group(0)
    rules = RULES[lang]
    if not word[0].isupper() or word.upper() == word and len(word) > 1 or any(char.isupper() for char in word[1:]):
        return text  # an acronym ("SQL"), a brand ("iPhone", "McKinsey") or already lower case
    if text[len(word) : len(word) + 1] in ("/", "&", "+", "."):
        return text  # a letter of an acronym written with marks ("A/B testing", "R&D", "C++", "S.E.")
    lowered = word.casefold()
    if lang == "en" and lowered in ("i", "i'm", "i've", "i'd", "i'll") or lowered in keep:
        return text
    if lowered in rules.common or re.match(rules.common_pattern, lowered) or lowered in rules.subjects or lowered in rules.verbs:
        return lowered + text[len(word) :]
    # "Permit-to-work at the refinery", "End-to-end testing": a compound whose later parts are typed small and
    # one is a common word is a common compound the keyboard capitalised ("Coca-Cola", "Al-Azhar" keep theirs).
    later = word.split("-")[1:]
    if later and all(part[:1].islower() for part in later) and any(
            part in rules.common or re.match(rules.common_pattern, part) for part in later):
        return lowered + text[len(word) :]
    return text


SHOUTED_WORD = 6  # letters: longer than the acronyms a phrase may hold (SQL, HAZOP, UMKM)
SHOUTED_PAIR = 4  # letters: two words this long in capitals shout ("WAWANCARA AKHIR"), as HAZOP alone may not


def lower_shouting(text: str, lang: str, keep: frozenset[str] = frozenset()) -> str:
    """A phrase typed in capitals ("PENGELOLAAN ARSIP DIGITAL") or in Title Case ("Karena Saya Ingin
    Berkembang") written as a sentence writes it: common words in lower case, other words as typed."""
    found = re.findall(r"[^\W\d_][\w'’-]*", text)
    # Two words in capitals are shouting too when both are longer than an acronym ("DASHBOARD PENJUALAN",
    # not "HAZOP SOP").
    # Two words in capitals are shouting too when both are longer than an acronym ("DASHBOARD PENJUALAN",
    # not "HAZOP SOP"), or one is and the other is a known abbreviation ("ERP IMPLEMENTATION").
    if len(found) == 2 and all(word.isupper() for word in found) and (all(
            len(word) >= SHOUTED_WORD or (_abbreviation(word) and len(other) >= SHOUTED_WORD)
            for word, other in (found, found[::-1])) or all(
            # "WAWANCARA AKHIR", "FINAL ROUND": two words, neither an abbreviation, as the reviewer hears shouting
            len(word) >= SHOUTED_PAIR and not _abbreviation(word) and _VOWELS.search(word) for word in found)):
        return _lower_but_codes(text)
    if len(found) < 3:
        return text
    if all(word.isupper() for word in found):
        return _lower_but_codes(text)
    if all(word[0].isupper() for word in found):
        lowered = [lower_first(word, lang, keep) for word in found]
        # Only when every word is a common one: "Google Data Analytics Certificate" keeps its capitals.
        if all(low != word or word in ("I", "I'm", "I've", "I'd") for low, word in zip(lowered, found, strict=True)):
            return re.sub(r"[^\W\d_][\w'’-]*", lambda match: lower_first(match.group(0), lang, keep), text)
        # A small word in capitals ("Di", "Sebagai", "In", "At"), which no name writes so ("Bank of America",
        # "Resources and Technology"), says a phone wrote each word with one: the common words go small,
        # the names stay ("Berpengalaman 2 Tahun Sebagai Medrep Di Dexa Medica" → "… sebagai Medrep di Dexa Medica").
        if any(word.casefold() in RULES[lang].title_small for word in found[1:]):
            return re.sub(r"[^\W\d_][\w'’-]*", lambda match: lower_first(match.group(0), lang, keep), text)
    return text


# Short abbreviations a shouted phrase keeps in capitals ("SOP REVIEW" → "SOP review"): those of the
# workplace that read as words of two to four letters. One with no vowel ("HR", "CRM", "HSE") needs no
# entry: no word of either language is written so (``_abbreviation``).
ABBREVIATIONS = frozenset(
    "sop kpi erp sap okr roi api ui ux qa qc ai ml iot seo ceo cfo coo cto cmo vp gm pic pm "
    "hrd hrbp aws gcp sla rfp rfq opex ebit p&l sku fmcg ojk bpjs npwp bi pmo sdm ppic ehs esg "
    "nda mou pos bod boc ipo ojt cpa cfa pmp ukm umkm sme hse hsse csr ppe etl ppn pph kpr atm edc bumn saas fi co mm sd hcm abap hana "
    # Of the shop floor, the ward and the civil service: "SISTEM FIFO DI GUDANG", "3 TAHUN DI IGD".
    "fifo fefo lifo igd ugd icu nicu picu ok ev apd str sip sim ktp pns asn cpns tni rs rsud ppns ats api qhse".split()
)
_VOWELS = re.compile(r"(?i)[aeiouy]")


def _abbreviation(word: str) -> bool:
    """Whether a word typed in capitals is a short abbreviation (two to four letters) kept as typed."""
    letters = re.sub(r"[^\w&]", "", word)
    if not 2 <= len(letters) <= 4 or not word.isupper():
        return False
    return letters.casefold() in ABBREVIATIONS or not _VOWELS.search(letters)


def _lower_but_codes(text: str) -> str:
    """A shouted phrase in small letters, but for codes with a digit in them ("Q3 PIPELINE REVIEW" →
    "Q3 pipeline review", "K3", "ISO 9001"), which no word of small letters has, and short abbreviations
    ("SOP REVIEW FOR KPI TRACKING" → "SOP review for KPI tracking")."""
    def word(match: re.Match[str]) -> str:
        typed = match.group(0)
        if re.fullmatch(r"[^\W\d_]", typed) and typed != "A":
            return typed  # a letter that names something ("GEN Z", "PLAN B"); "A" is an article
        return typed if re.search(r"\d", typed) or _abbreviation(typed) else typed.lower()
    return re.sub(r"\S+", word, text)


_BULLET = re.compile(r"^\s*(?:[-–•*·]|\d{1,2}[.)])\s+")
_NUMBERED = re.compile(r"(?:^|\s)\d{1,2}[.)]\s+")


def _bullets_as_list(text: str) -> str:
    """Items typed one a line with bullets or numbers ("- rekonsiliasi\n- pajak", "1. audit 2. pajak"),
    as a list the sentence can join (``list_items``): "rekonsiliasi; pajak"."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) >= 2 and all(_BULLET.match(line) for line in lines):
        return "; ".join(_BULLET.sub("", line).strip().rstrip(".,;") for line in lines)
    if re.match(r"\s*[-–•*·]\s+", text):  # the same on one line, as a form field keeps it ("- audit - pajak")
        items = re.split(r"\s+[-–•*·]\s+", _BULLET.sub("", text).strip())
        if len(items) >= 2:
            return "; ".join(item.strip().rstrip(".,;") for item in items)
    if re.match(r"\s*1[.)]\s", text) and len(_NUMBERED.findall(text)) >= 2:
        return "; ".join(part.strip().rstrip(".,;") for part in _NUMBERED.split(text) if part.strip())
    return text


def describes_a_thing(text: str, lang: str) -> bool:
    """Whether a phrase describes rather than names ("dekat dengan rumah", "close to home", "gajinya bagus",
    "the salary is good"): it opens with one of ``predicates``, or one follows a possessed noun."""
    rules = RULES[lang]
    tokens = text.casefold().split()
    if not tokens or not rules.predicates:
        return False
    # "gajinya bagus", and further in: "gaji dan benefitnya bagus", "lokasi kantornya dekat".
    return tokens[0] in rules.predicates or any(
        token.endswith("nya") and following in rules.predicates for token, following in zip(tokens[:4], tokens[1:5]))


# Regions a place is written with after a comma ("surabaya, jawa timur", "Bandung, West Java"): provinces,
# their short forms and islands, and the countries of the region. An item that is one of these ends a place,
# never a list ("Surabaya dan Jawa Timur" joins a city to its own province).
REGIONS = frozenset(
    """aceh|sumatera utara|sumatera barat|sumatera selatan|riau|kepulauan riau|jambi|bangka belitung|bengkulu|lampung|
    dki jakarta|jakarta|jawa barat|banten|jawa tengah|di yogyakarta|diy|yogyakarta|jawa timur|bali|
    nusa tenggara barat|nusa tenggara timur|ntb|ntt|kalimantan barat|kalimantan tengah|kalimantan selatan|
    kalimantan timur|kalimantan utara|sulawesi utara|gorontalo|sulawesi tengah|sulawesi barat|sulawesi selatan|
    sulawesi tenggara|maluku|maluku utara|papua|papua barat|papua selatan|papua tengah|papua pegunungan|
    papua barat daya|jabar|jateng|jatim|sumut|sumbar|sumsel|sulsel|sulut|kalbar|kalteng|kalsel|kaltim|kaltara|
    jabodetabek|jawa|sumatera|kalimantan|sulawesi|indonesia|east java|west java|central java|north sumatra|
    west sumatra|south sumatra|south sulawesi|north sulawesi|central sulawesi|southeast sulawesi|east kalimantan|
    west kalimantan|south kalimantan|central kalimantan|north kalimantan|west nusa tenggara|east nusa tenggara|
    riau islands|java|sumatra|singapore|malaysia|thailand|vietnam|philippines|australia""".replace("\n", "").replace("    ", "").split("|")
)


def _region(item: str) -> bool:
    return " ".join(item.casefold().replace("prov.", "").replace("provinsi", "").replace("province", "").split()) in REGIONS


# Tools, platforms and codes a reader types in small letters ("dashboard di looker", "sql and python"), written
# as their makers write them. Only names that are no everyday word of either language: not "excel" in English
# ("I excel at"), "api" in Indonesian (fire), "outlook", "slack", "notion", "react", "accurate", "jurnal".
TOOL_NAMES: dict[str, tuple[str, ...]] = {
    "both": tuple("""Looker Tableau Python JavaScript TypeScript MySQL PostgreSQL MongoDB BigQuery GitHub GitLab Figma Canva
                  Photoshop Illustrator InDesign Lightroom CorelDRAW AutoCAD SketchUp SolidWorks PowerPoint SharePoint
                  OneDrive Gmail YouTube Kotlin Kubernetes Jenkins Salesforce HubSpot Mailchimp Shopify Instagram LinkedIn
                  TikTok WhatsApp Facebook Shopee Tokopedia Lazada Bukalapak Traveloka Gojek Blibli Airflow Metabase
                  Databricks CapCut Jira Trello Confluence Google Microsoft Adobe Laravel Django Odoo SPSS Stata MATLAB
                  SQL HTML CSS PHP SEO KPI CRM ERP AWS GCP UMKM UKM BUMN HSE K3 iOS Java""".split()),
    # Of the ward, the bank and the personnel office, no Indonesian word: "3 tahun di rs swasta", "staf hrd di bpr".
    "id": ("Excel", "PhD", "RS", "RSUD", "RSUP", "RSIA", "IGD", "ICU", "NICU", "PICU", "BPR", "HRD"),
    "en": ("PhD", "MBA"),  # "mba" is also how a chat writes "Mbak"
}
# Names of more than one word, whatever their words are alone ("power bi", "google sheets", "ms excel").
TOOL_PHRASES = tuple("""Power BI|Google Cloud|Google Sheets|Google Analytics|Google Ads|Google Data Studio|Google Workspace|
                     Meta Ads|Microsoft Excel|Microsoft Office|Microsoft Word|MS Excel|MS Office|MS Word|Adobe Premiere|
                     Premiere Pro|After Effects|Visual Studio|Power Automate|Power Query|Data Studio|UI/UX""".replace("\n", "").split("|"))
TOOL_PHRASES = tuple(" ".join(phrase.split()) for phrase in TOOL_PHRASES)
TOOL_WORDS = frozenset(word.casefold() for words in TOOL_NAMES.values() for word in words)
# Tools whose names are everyday words too ("react", "excel", "slack"): written as their makers write them
# only beside another tool in a list ("react and typescript", "excel, looker"), where no reader takes the word.
LISTED_TOOL_NAMES = {word.casefold(): word for word in
                     "React Excel Slack Notion Outlook Spark Flutter Docker Oracle Swift Go Rust Vue Angular Node.js".split()}


LIST_ITEMS = 3  # "SQL, Python, Tableau": fewer items joined by commas may be a place ("Medan, Sumatera Utara")
LIST_ITEM_WORDS = 5  # longer parts are clauses a comma joins, not the items of a list


def list_items(text: str, rules: PhraseRules) -> list[str]:
    """The items of a list typed without its join ("SQL, Python, Tableau", "SEO; iklan berbayar"), or
    ``[]``: three items or more (two when a semicolon parts them), each short, none holding a join
    word or opening an aside ("…, including …")."""
    if not rules.conjunction or "(" in text:
        return []  # "Excel tingkat lanjut (pivot, VLOOKUP, macro)": a list inside brackets is the reader's aside
    items = [item.strip() for item in re.split(r"\s*;\s*|,\s+", text)]
    if len(items) >= 2 and all(_region(item) for item in items[1:]) and not _region(items[0]):
        return []  # "surabaya, jawa timur", "Medan, Sumatera Utara, Indonesia": a place and its regions
    fewest = 2 if ";" in text or _two_alike(items, rules) else LIST_ITEMS
    if len(items) < fewest or any(not item for item in items):
        return []
    for item in items:
        words = item.casefold().split()
        if len(words) > LIST_ITEM_WORDS or any(word in rules.joins for word in words):
            return []
        if any(re.match(rf"(?:{re.escape(aside)})\b", item.casefold()) for aside in rules.asides):
            return []
    return items


PAIR_ITEM_WORDS = 3


def _two_alike(items: list[str], rules: PhraseRules) -> bool:
    """Two short items parted by one comma that can only be a list ("SQL, Python", "negotiation,
    budgeting"), not a place ("Medan, Sumatera Utara": names in Title Case) nor an opening word
    ("Honestly, teamwork"): a code in capitals or with a digit among them, or both in small letters;
    no item holding a pronoun, a verb or a join."""
    if len(items) != 2 or not all(items):
        return False
    words = [item.split() for item in items]
    if any(len(part) > PAIR_ITEM_WORDS for part in words):
        return False
    opening = items[0].casefold()
    if opening in rules.openers or " ".join(opening.split()[:2]) in rules.openers or re.fullmatch(rules.opener_pattern, opening):
        return False  # "first, the audit", "in short, SQL", "honestly, teamwork": an opening word and its comma
    folded = [word.casefold().strip(".,") for part in words for word in part]
    if any(word in rules.subjects or word in rules.verbs or word in rules.joins or re.match(rules.verb_pattern, word)
           for word in folded):
        return False
    if any(re.match(rf"(?:{re.escape(aside)})\b", item.casefold()) for item in items for aside in rules.asides):
        return False
    code = any(re.search(r"\d", word) or (len(word) >= 2 and word.isupper()) or word.casefold() in TOOL_WORDS
               for part in words for word in part)  # "Java, Python": tools, written with their capitals
    # Both in small letters, or the first ("financial modelling, Excel"): a place is typed with capitals
    # ("cabang Medan, Sumatera Utara").
    small = all(not word[:1].isupper() for word in words[0])
    return code or small


def _lower_word(text: str) -> str:
    """``Experienced nurse`` → ``experienced nurse`` after an article; ``SQL`` or ``iOS`` stay."""
    word = text.split()[0]
    return text if any(char.isupper() for char in word[1:]) else text[:1].lower() + text[1:]


def join_list(items: list[str], rules: PhraseRules, lang: str, keep: frozenset[str] = frozenset()) -> str:
    """``["SQL", "Python", "Tableau"]`` → ``SQL, Python, dan Tableau`` (``SEO dan iklan`` for two)."""
    items = [items[0], *(lower_first(item, lang, keep) for item in items[1:])]
    # "team player" among the items is "a team player", as it is alone (``bare_person``).
    items = [("an " if item[:1].casefold() in "aeiou" else "a ") + _lower_word(item)
             if bare_person(item.casefold(), item.split()[0].casefold(), rules) else item for item in items]
    if len(items) == 2:
        return f"{items[0]} {rules.conjunction} {items[1]}"
    return f"{', '.join(items[:-1])}, {rules.conjunction} {items[-1]}"


# "&" between words, spaced: shorthand a note allows and a letter spells out ("saya & tim" → "saya dan tim").
# Kept inside a word ("R&D", "M&A") and between two capitalised words, which name something ("Johnson &
# Johnson", "Sales & Marketing"); an acronym beside it is a list's item ("SQL & Python": "SQL and Python").
_AMPERSAND = re.compile(r"(?P<before>[\w'’)]+)\s+&\s+(?P<after>[(\w'’]+)")


_DOUBLED = re.compile(r"(?<![\w'’-])(?P<word>[^\W\d_]+)[ \t]+(?P=word)(?![\w'’-])", re.IGNORECASE)


def _doubled_once(text: str, rules: PhraseRules) -> str:
    def once(match: re.Match[str]) -> str:
        first, second = match["word"], match.group()[-len(match["word"]):]
        folded = first.casefold()
        if (second[:1].isupper() and len(second) > 1) or folded in rules.rightly_twice:
            return match.group()  # "Bora Bora", a name that says a word twice; "had had"
        if rules.reduplicates and folded not in rules.said_once:
            return f"{first}-{second}"
        return first
    return _DOUBLED.sub(once, text)


def _ampersand_as_word(text: str, rules: PhraseRules) -> str:
    def spelled(match: re.Match[str]) -> str:
        if all(word[:1].isupper() and not word.isupper() for word in (match["before"], match["after"])):
            return match.group()
        return f"{match['before']} {rules.conjunction} {match['after']}"
    return _AMPERSAND.sub(spelled, text)


def _additive_run_on(text: str, rules: PhraseRules) -> str:
    """Two things typed as a run-on, the second after a semicolon or a stop with "also" ("the pharmacy sales
    dashboard; also my thesis on drug pricing", "dashboard penjualan; juga skripsi saya"): joined as a list
    joins two ("… and my thesis on drug pricing"); when the second is a clause of its own ("; also I showed my
    portfolio"), which no frame around a noun takes, the first alone."""
    if not rules.additive or not rules.conjunction:
        return text
    also = re.escape(rules.additive[0])
    parts = re.split(rf"\s*(?:;|[,.](?=\s+(?:{re.escape(rules.conjunction)}\s+)?{also}\b))\s*"
                     rf"(?:{re.escape(rules.conjunction)}\s+)?(?:{also}\b\s*)?", text, flags=re.IGNORECASE)
    if len(parts) != 2 or not all(part.strip(" .") for part in parts) or not re.search(rf"(?i)(?:;|\b{also}\b)", text):
        return text
    if list_items(text, rules) and not re.search(rf"(?i)\b{also}\b", text):
        return text  # "SEO; iklan berbayar": a list, joined as one by the rules of lists
    first, second = (part.strip() for part in parts)
    second = _strip_leading(second, _words_pattern(rules.leading)) or second
    head = re.match(r"[\w'’]+", second.casefold())
    word = head.group(0) if head else ""
    if word in rules.subjects or word in rules.verbs or re.match(rules.verb_pattern, word):
        return first
    return f"{first} {rules.conjunction} {second}"


_TELLING = frozenset("di ke dari untuk dengan tentang mengenai soal sebagai dalam selama pada yang dan serta bersama saat ketika".split())


def _tells_of(word: str, rules: PhraseRules) -> bool:
    """Whether ``word`` starts what tells of a noun before it (a verb, a preposition), not another noun of it."""
    return word in _TELLING or word in rules.verbs or bool(re.match(rules.verb_pattern, word))


def _reader_owned(typed: str, text: str, rules: PhraseRules) -> str:
    """``text`` (a topic with its "saya cerita …" gone) with the reader's possessive on a head that is
    theirs, when what was typed told of the reader: "pengalaman saya membangun dashboard", "my experience
    at Grab"; as it is when the head already has an owner ("pengalaman saya", "cara saya") or is no such head."""
    first = re.match(r"[\w'’]+", typed.casefold())
    if not first or first.group(0) not in rules.reader_subjects or not rules.reader_owner:
        return text
    for head in rules.reader_heads:
        match = re.match(rf"{re.escape(head)}(?![\w'’-])", text, re.IGNORECASE)
        if not match:
            continue
        after = text[match.end():]
        if re.match(r"\s*(?:saya|aku|ku|kami|mu|anda|beliau|nya|tim|perusahaan)\b", after, re.IGNORECASE) or after.startswith("nya"):
            return text
        if rules.reader_owner != "saya":
            return f"{rules.reader_owner} {text}"
        # after the head's noun words, before what tells of it: "pengalaman saya membangun …", "pengalaman
        # magang saya di BCA", "tugas akhir saya tentang …"
        end = match.end()
        for _ in range(3):
            word = re.match(r"\s+([\w'’-]+)", text[end:])
            if not word or _tells_of(word.group(1).casefold(), rules):
                break
            end += word.end()
        return f"{text[:end]} {rules.reader_owner}{text[end:]}"
    return text


def fit_phrase(text: str, lang: str, *, kind: str = "point", keep: frozenset[str] = frozenset(),
               person: bool = False) -> Phrase:
    """The reader's phrase as it goes after a frame: no leading conjunction, no trailing mark, classed.

    ``kind``: ``topic`` (drops "we discussed", "tentang"), ``forgot`` (drops "I forgot to mention that"),
    ``next_step`` (a topic, or a ``moment`` alone: "Kamis pukul 10.00", "on Monday at 2 pm"),
    or ``point`` (a strength or a reason). ``keep``: words of names the reader gave elsewhere (the
    company, the people), folded, which keep their capital at the phrase's start. ``person``: the phrase
    says what the reader brings (a strength), so "as a CPA" says who the reader is.
    """
    rules = RULES[lang]
    question_mark = text.rstrip().endswith("?")
    text = _bullets_as_list(text)
    text = _doubled_once(_ampersand_as_word(_trimmed(" ".join(_EMOJI.sub(" ", text).split())), rules), rules)
    credential = _person_credential(text, rules) if person and kind == "point" else ""
    if credential:
        return Phrase(credential, "identity")  # "CPA": "I am a CPA", never "my CPA would be a real asset"
    # A closing quote or bracket is kept only when the phrase opened it ("(pivot, VLOOKUP, macro)").
    if not text:
        return Phrase("", "noun")
    for opening, closing in (("(", ")"), ("“", "”"), ("‘", "’")):
        if text.count(opening) > text.count(closing):
            text += closing
    if text.count('"') % 2:
        text += '"'

    patterns = _words_pattern(rules.leading)
    if kind == "topic":
        patterns = rules.reported + patterns
    elif kind == "next_step":
        patterns = rules.invited + rules.reported + patterns
    elif kind == "forgot":
        patterns = rules.forgotten + patterns
    # "I forgot to ask about the team's code review process", "lupa menanyakan proses code review": a
    # question the reader meant to ask, never framed as a point they made ("saya menanyakan …").
    unled = _strip_leading(text, _words_pattern(rules.leading))
    asked = kind == "forgot" and bool(rules.asking) and bool(
        re.match(rf"(?:{'|'.join(rules.asking)})(?:\s+|\s*[:,]\s*)\S", unled, re.IGNORECASE)
        # "whether the results will be shared", "apakah tim bekerja hybrid": a question even without "ask" (the
        # first opening says so alone); and so is whatever the reader typed with a question mark ("Did the team
        # already move to BigQuery?", "Timnya sudah pindah ke BigQuery?").
        or re.match(rf"{rules.question_openings[0]}\s+\S", unled, re.IGNORECASE)
        or question_mark)
    if asked:
        patterns = rules.asking + patterns
    if lang == "en":
        # "i speak Mandarin", "i'm fluent": the pronoun a phone left in small letters.
        text = re.sub(r"(?<![\w'’.-])i(?=(?:['’](?:m|ve|d|ll))?(?![\w'’.-]))", "I", text)
    as_person = person and bool(re.match(rf"(?:{'|'.join(rules.as_person) or '(?!)'})\s+\w", text, re.IGNORECASE))
    if as_person:
        after = text.split(None, 1)[1]
        first = re.match(r"[\w'’]+", after.casefold())
        # "as I have …", "sebagai saya …": a clause after it, which the rules below read as one.
        as_person = bool(first) and first.group(0) not in rules.subjects and first.group(0) not in rules.verbs
        if as_person:
            text = after
    typed = text
    text = _strip_leading(text, patterns)
    if kind == "topic" and text != typed:
        text = _reader_owned(typed, text, rules)
    if kind in ("topic", "point"):
        text = _additive_run_on(text, rules)
    after_conjunction = _after_clause_conjunction(typed, len(typed) - len(text), rules.clause_leading)
    text = _colon_as_brackets(text)
    text = lower_shouting(text, lang, keep)
    text = lower_first(text, lang, keep)
    items = list_items(text, rules) if kind != "next_step" else []
    if items:
        text = join_list(items, rules, lang, keep)
    placed = False  # a moment said with its place ("Zoom, Thursday 10am")
    if kind == "next_step":
        text = _step_as_written(text, rules)
        # "pada Kamis, 3 Desember", "on Monday at 2 pm": the frame gives a moment its own words.
        before = re.match(rf"(?:{'|'.join(rules.moment_leading)})\s+", text, re.IGNORECASE)
        if before and any(re.match(pattern, text[before.end():].casefold()) for pattern in rules.moments):
            text = text[before.end():]
        # "on Zoom, Thursday 10am": where, then when, with no round named; a moment, said with its place
        # ("Zoom, Thursday 10am"), never "I will attend on Zoom, Thursday 10am".
        venue = re.match(rf"{rules.venue_leading}(?=\s*,\s*(?P<moment>.+))", text, re.IGNORECASE)
        if venue and any(re.match(pattern, venue["moment"].casefold()) for pattern in rules.moments):
            place = text[:venue.end()].split(None, 1)[1]
            text, placed = place + text[venue.end():], True
    first_word = re.match(r"[\w'’]+", text.casefold())
    head = first_word.group(0).replace("’", "'") if first_word else ""
    rest = text.casefold()
    if asked:
        opens_question = any(re.match(rf"{re.escape(word)}\b", rest) for word in rules.question_openings)
        inverted = bool(rules.question_inversion) and bool(re.match(rules.question_inversion, rest))
        if opens_question or inverted:
            text = text[:1].lower() + text[1:]  # "Did the team …?", "Apakah ada …?": mid-sentence after the frame
        if question_mark and inverted:
            # "is the role hybrid?", "how does on-call work?": a question as asked, said after a colon
            phrase_kind = "question_direct"
        elif opens_question or (question_mark and not rules.question_inversion):
            # "whether the team works hybrid", "apakah tim bekerja hybrid", and in Indonesian, which asks in the
            # words of a statement, anything typed with its question mark ("timnya sudah pindah ke BigQuery?")
            phrase_kind = "question_clause"
        else:
            phrase_kind = "question"  # what it was about: "the code review process", "jenjang karier"
            text = with_article(text, rules)
    elif as_person:
        phrase_kind = "identity"
        if rules.article and head not in rules.determiners and not bare_person(rest, head, rules):
            text = ("an " if rest[:1] in "aeiou" else "a ") + text  # "as CPA" → "I am a CPA"
        elif rules.article and bare_person(rest, head, rules):
            text = ("an " if rest[:1] in "aeiou" else "a ") + text
    elif kind == "next_step" and (placed or any(re.match(pattern, rest) for pattern in rules.moments)):
        phrase_kind = "moment"
    elif any(re.match(rf"{re.escape(word)}\b", rest) for word in rules.purpose):
        phrase_kind = "purpose"
    elif head in rules.subjects or re.match(rules.joint_subject, rest):
        phrase_kind = "clause"
    elif (kind == "point" and items and not describes_a_person(text, rules)
          and not (head in rules.verbs or re.match(rules.verb_pattern, head))):
        # "strong analytical skills, detail-oriented, team player": items of more than one kind, which no
        # frame around a noun or a clause can take ("my strong …, detail-oriented and team player would be").
        phrase_kind = "list"
    elif kind == "point" and names_a_qualification(text, rules):
        phrase_kind = "identity"  # "AWS certified": "I am AWS certified", never "my AWS certified"
    elif kind == "point" and describes_a_person(text, rules):
        phrase_kind = "identity"
        text = text[:1].lower() + text[1:]  # "Teliti dan jujur": a common word after "saya"
    elif kind == "point" and bare_person(rest, head, rules):
        # "team player", "experienced nurse" typed without an article: "I am a team player", never
        # "I think team player could add real value" nor "I experienced nurse".
        text = ("an " if rest[:1] in "aeiou" else "a ") + _describing_word_small(text, rules)
        phrase_kind = "identity"
    elif (head in rules.verbs or re.match(rules.verb_pattern, head)) and not _noun_not_verb(rest, head, rules):
        phrase_kind = "subjectless"
        # "Supervised 3 warehouses": "I supervised …", never "I Supervised …"
        text = _joined_clauses(_describing_word_small(text, rules), rules, lang, keep)
    elif after_conjunction:
        phrase_kind = "clause"
    elif kind != "next_step" and has_own_subject(text, rules) or kind in rules.lone_verb_kinds and has_lone_verb(text, rules):
        phrase_kind = "clause"  # "tim sedang memindahkan …": not "pembahasan mengenai tim sedang memindahkan …"
    elif kind != "topic" and any(re.match(rf"(?:{head})\b", rest) for head in rules.person_heads):
        phrase_kind = "identity"

    elif kind == "point" and person and _unlike_parts(text, rules):
        # "tinggi 168 cm, bisa bahasa Inggris", "5 years at the Mulia, fluent in Japanese": two things of
        # different kinds a comma parts, which no frame around a noun takes ("Saya yakin tinggi 168 cm, bisa …
        # dapat menjadi bekal"); said after a colon, as a list of unlike items is.
        phrase_kind = "list"
    else:
        phrase_kind = "noun"
        if kind in ("topic", "next_step"):
            text = with_article(text, rules)  # "final round with the VP": "I will attend the final round …"
    return Phrase(text, phrase_kind)


def _step_as_written(text: str, rules: PhraseRules) -> str:
    """A next round with its common words small and its abbreviations written out, as a letter writes them:
    "final Interview with the CFO" → "final interview with the CFO", "5 Des jam 9 pagi" → "5 Desember
    pukul 9 pagi". Names, acronyms (``HR``, ``CFO``), the day and the hour stay as typed."""
    def small(match: re.Match[str]) -> str:
        run = match.group(0)
        # Only a run of capitalised words that are all common words of a round ("Final Interview", "Case
        # Study"): a run with a name or a post in it ("Head of Technical Operations", "Google Meet") stays.
        # An acronym in the run stays as it is ("HR Interview" → "HR interview").
        words_ = run.split()
        common = [bool(re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)?", word)) and word.casefold() in rules.round_words
                  for word in words_]
        if any(common) and all(is_common or re.fullmatch(r"[A-Z]{2,6}", word) for word, is_common in zip(words_, common)):
            return " ".join(word.lower() if is_common else word for word, is_common in zip(words_, common))
        return run

    # A word with a capital, in a run of such words: "Interview", "Final Interview"; "HR", "CFO" stay.
    text = re.sub(r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", small, text)
    for short, month in rules.month_abbreviations:
        # "5 Des", "5 Des.", "Dec 5": next to a day's number only, where nothing else is meant.
        text = re.sub(rf"(?i)(?<=\d )\b{short}\b\.?|\b{short}\b\.?(?= \d{{1,2}}\b)", month, text)
    for word, written in rules.time_words:
        text = re.sub(rf"(?i)\b{word}(?= \d)", written, text)
    return _clock_as_written(text, rules.clock)


# "10am", "2.30 pm", "9 a.m." (with the word before it, if any: "jam 10am", "at 10am").
_TWELVE_HOUR = re.compile(r"(?i)(?:\b(?:pukul|jam|pkl\.?|at)\s+)?\b(\d{1,2})(?:[.:](\d{2}))?\s?([ap])\.?\s?m\b\.?")
# "jam 9 pagi", "pukul 14.00", "pkl. 10.30 WIB" (with "at" before it, if any).
_INDONESIAN_HOUR = re.compile(r"(?i)(?:\bat\s+)?\b(?:jam|pukul|pkl\.?)\s+(\d{1,2})(?:[.:](\d{2}))?(?:\s+(pagi|siang|sore|malam)\b)?")


# "pukul 7.30", "jam 9:15", "pkl. 10.30" (not "pukul 7.30 pagi"'s word, which stays after it).
_INDONESIAN_MINUTES = re.compile(r"(?i)\b(?:jam|pukul|pkl\.?)\s+(\d{1,2})[.:](\d{2})(?![\d.:]\d)")


def _clock_as_written(text: str, clock: str) -> str:
    """A time of day typed in the other language's style, written as ``clock`` writes one: "jam 10am" →
    "pukul 10.00", "2.30pm" → "pukul 14.30" in Indonesian; "jam 9 pagi" → "at 9 a.m.", "pukul 14.00" →
    "at 14:00" in English. A time already in the language's style, or no hour a clock has, is left."""
    def indonesian(found: re.Match[str]) -> str:
        hour, minutes = int(found.group(1)), int(found.group(2) or 0)
        if not 1 <= hour <= 12 or minutes > 59:
            return found.group(0)
        hour = hour % 12 + (12 if found.group(3).lower() == "p" else 0)
        return f"pukul {hour:02d}.{minutes:02d}"

    def english(found: re.Match[str]) -> str:
        hour, minutes, part = int(found.group(1)), int(found.group(2) or 0), (found.group(3) or "").lower()
        if hour > 23 or minutes > 59:
            return found.group(0)
        if part and 1 <= hour <= 12:
            # "pagi" is the morning; "siang" from late morning to mid-afternoon; "sore", "malam" after noon.
            after_noon = part in ("sore", "malam") or (part == "siang" and (hour == 12 or hour < 6))
            said = f"{hour}:{minutes:02d}" if minutes else f"{hour}"
            return f"at {said} {'p.m.' if after_noon else 'a.m.'}"
        return f"at {hour}:{minutes:02d}"

    def padded(found: re.Match[str]) -> str:
        hour, minutes = int(found.group(1)), int(found.group(2))
        if hour > 23 or minutes > 59:
            return found.group(0)
        return f"pukul {hour:02d}.{minutes:02d}"

    def twelve(found: re.Match[str]) -> str:
        hour, minutes = int(found.group(1)), int(found.group(2) or 0)
        if not 1 <= hour <= 12 or minutes > 59 or not re.search(r"\d\.\d", found.group(0)):
            return found.group(0)  # "10am", "2:30 pm": English as typed
        said = f"{hour}:{minutes:02d}"
        at = "at " if re.match(r"(?i)(?:pukul|jam|pkl|at)\b", found.group(0)) else ""
        return f"{at}{said} {found.group(3).lower()}.m."

    if clock == "id":
        # and a time typed in Indonesian style with a one-digit hour or a colon: "pukul 7.30" → "pukul 07.30"
        return _INDONESIAN_MINUTES.sub(padded, _TWELVE_HOUR.sub(indonesian, text))
    if clock == "en":
        # and a 12-hour time typed with Indonesian's dot: "7.30am" → "7:30 a.m." ("10am", "2:30 pm" stay)
        return _INDONESIAN_HOUR.sub(english, _TWELVE_HOUR.sub(twelve, text))
    return text


def _unlike_parts(text: str, rules: PhraseRules) -> bool:
    """Whether a strength is two short parts a comma parts that are no place ("Surabaya, Jawa Timur") and
    no aside ("…, including …"): things the reader brings, typed one after the other."""
    if "(" in text or text.count(",") != 1:
        return False
    first, second = (part.strip() for part in text.split(","))
    if not first or not second or _region(second) or len(first.split()) > LIST_ITEM_WORDS + 2 or len(second.split()) > LIST_ITEM_WORDS + 2:
        return False
    return not any(re.match(rf"(?:{re.escape(aside)})\b", second.casefold()) for aside in rules.asides)


def _joined_clauses(text: str, rules: PhraseRules, lang: str, keep: frozenset[str]) -> str:
    """Things the reader did, parted by commas alone ("led a team of 25 engineers, managed the migration"),
    joined as a sentence joins them: "led a team of 25 engineers and managed the migration"."""
    parts = [part.strip() for part in re.split(r",\s+", text)]
    if len(parts) < 2 or not all(parts) or "(" in text:
        return text
    for part in parts[1:]:
        words = part.casefold().split()
        if words[0] in rules.joins or any(word in rules.joins for word in words) or not (
                words[0] in rules.verbs or re.match(rules.verb_pattern, words[0])):
            return text
    return join_list(parts, rules, lang, keep)


# Credentials that name the person who holds them ("a CPA" is an accountant), not a thing they own ("my
# MBA", "my PMP"): a strength typed as one alone says who the reader is. Language-neutral abbreviations.
PERSON_CREDENTIALS = frozenset("cpa cfa cma cia cisa cism cissp acca cima frm cfp rn".split())
# Letters whose English names start with a vowel sound: "an RN", "an FRM", but "a CPA".
_VOWEL_SOUNDED_LETTERS = "AEFHILMNORSX"


def _person_credential(text: str, rules: PhraseRules) -> str:
    """A strength that is only a credential naming its holder ("CPA", "my CFA", "CFA charterholder",
    "sebagai CPA" is read before), as the reader is that person: "a CPA", "seorang CPA"; else ""."""
    owner = "|".join(re.escape(word) for word in rules.owners) or "(?!)"
    tail = "|".join(re.escape(word) for word in rules.credential_tails) or "(?!)"
    found = re.fullmatch(rf"(?:(?:{owner})\s+)?(?:(?:an?|seorang)\s+)?([A-Za-z]{{2,5}})((?:\s+(?:{'|'.join(rules.holders) or '(?!)'}))?)"
                         rf"((?:\s+(?:{tail})\s+.+)?)", text, re.IGNORECASE)
    if not found:
        codes = [item.strip() for item in re.split(r"\s*(?:,|/|&|\band\b|\bdan\b)\s*", text) if item.strip()]
        if len(codes) >= 2 and all(code.casefold() in PERSON_CREDENTIALS for code in codes):
            # "CPA, CFA": "a CPA and a CFA", each with its article
            named = [_person_credential(code, rules) for code in codes]
            return join_list(named, rules, next(code for code, known in RULES.items() if known is rules))
        return ""
    if found.group(1).casefold() not in PERSON_CREDENTIALS:
        return ""
    code = found.group(1).upper()
    named = f"{code}{found.group(2).casefold()}{found.group(3)}"  # "an RN with 4 years of ICU experience"
    if not rules.person_article:
        return named
    if rules.person_article == "a":
        return f"{'an' if code[0] in _VOWEL_SOUNDED_LETTERS else 'a'} {named}"
    return f"{rules.person_article} {named}"


# Words that describe a person by rank or kind and open their noun phrase ("Senior teller at BRI").
PERSON_DESCRIBERS = frozenset("senior junior former skilled bilingual young fresh seasoned veteran".split())


def _describing_word_small(text: str, rules: PhraseRules) -> str:
    """"Registered nurse" → "registered nurse": the capital a keyboard gave a describing word that opens a
    person's noun phrase (a past participle, a trait, a common word), which goes after "a"; a name stays."""
    match = re.match(r"[A-Z][a-z]+(?=[\s(,]|$)", text)
    following = text[match.end():].split()[:1] if match else []
    # "Ahmed and I built …", "Ahmed taught me SQL": a name that ends as a past form does, kept.
    if match and not (following and (following[0].casefold() in ("and", "&", "dan") or following[0].casefold() in rules.verbs)):
        word = match.group(0).casefold()
        if (re.match(rules.verb_pattern, word) or word in rules.traits or word in rules.common
                or word in PERSON_DESCRIBERS):
            return word + text[match.end():]
    return text


def bare_person(rest: str, head: str, rules: PhraseRules) -> bool:
    """Whether ``rest`` (folded) is a person's noun phrase missing its article ("team player", "experienced
    nurse"): with the language's article it reads as one of ``person_heads``, and no article is inside it."""
    if not rules.article or head in rules.determiners:
        return False
    for pattern in rules.person_heads:
        found = re.match(rf"(?:{pattern})\b", f"a {rest}")
        if found and not re.search(r"\b(?:a|an|the)\b", found.group(0)[2:]):
            return True
    return False


def as_own(text: str, lang: str) -> str:
    """``SAP APO experience`` → ``my SAP APO experience``: a strength typed as a noun phrase with no
    determiner or possessive of its own, said as the reader's (``PhraseRules.own``)."""
    rules = RULES[lang]
    tokens = text.split()
    # A count is no determiner of ownership: "three years building dashboards" → "my three years …", as "my 5 years".
    first = tokens[0].casefold() if tokens else ""
    if not rules.own or not tokens or first in rules.determiners and first not in COUNT_WORDS or any(
            re.search(r"['’]s?$", token) and token.casefold().replace("’", "'") not in DEGREES_WITH_S
            for token in tokens[:3]):
        return text
    return f"{rules.own} {text}"


# Degrees written with a possessive's "'s", which own nothing: "master's in public health" is the reader's
# ("my master's …"), as "Xendit's roadmap" is Xendit's.
DEGREES_WITH_S = frozenset({"master's", "bachelor's", "associate's", "doctor's"})
COUNT_WORDS = frozenset("two three four five six seven eight nine ten".split())


def with_article(text: str, rules: PhraseRules) -> str:
    """``referral programme`` → ``the referral programme``: a topic whose head is a singular countable noun
    and that has no determiner of its own gets the language's article (``PhraseRules.article``)."""
    if not rules.article:
        return text
    # "permit to work system", "end to end testing": a compound typed without its hyphens is one word
    # before the head, not a "to" that ends the noun phrase.
    tokens = _TO_COMPOUND.sub(lambda match: re.sub(r"\s+", "-", match.group(0)), text).split()
    # A count ("3 new stores", "2,000 outlets") is a determiner of its own; a word that only starts with a
    # digit ("5G rollout", "100-day plan"), or a year ("2027 roadmap"), is a modifier like any other: "the
    # 5G rollout".
    if not tokens or tokens[0].casefold() in rules.determiners or (
            re.fullmatch(r"[\d.,]+%?", tokens[0]) and not re.fullmatch(r"(?:19|20)\d\d", tokens[0])):
        return text
    before = []
    for token in tokens:
        if token.casefold() in rules.head_ends:
            break
        before.append(token)
        if token.endswith(","):
            break  # "final round, Thursday 10 Dec": the noun phrase ends at its comma
    if not before or any(re.search(r"['’]s?$", token) for token in before):
        return text
    # A word of place or manner after the noun ("final round onsite") is no head: the noun before it is.
    while len(before) > 1 and before[-1].casefold().strip(",;:()\"'") in _AFTER_HEAD:
        before.pop()
    head = before[-1].casefold().strip(",;:()\"'")
    if head in _COUNTABLE_ALONE and len(before) > 1:
        return text  # "paid acquisition", "user acquisition": the marketing sense, no count
    return f"{rules.article} {text}" if head in rules.countable else text


# Compounds with "to" that business English hyphens before a noun, often typed with spaces.
_TO_COMPOUND = re.compile(r"\b(?:permit|end|business|direct|peer|point|door|face|day|go|back|order|procure|record"
                          r"|hire|quote|ready|made|make|plan|source|issue|concept|farm|bumper|wall|floor)\s+to\s+"
                          r"(?:work|end|business|consumer|customer|peer|point|door|face|day|market|back|cash|pay|report"
                          r"|retire|drink|eat|wear|order|stock|produce|resolution|launch|table|bumper|wall|ceiling)\b",
                          re.IGNORECASE)
_COUNTABLE_ALONE = frozenset({"acquisition"})  # "the acquisition of PT Maju", but "paid acquisition in the Philippines"
_AFTER_HEAD = frozenset("onsite on-site online offline remotely virtually in-person".split())


# Modals take a bare verb ("the team will launch"), which no pattern can tell from a noun: any word then.
# So do a copula and a verb of having ("Pertamina adalah BUMN terbesar", "Djarum punya banyak brand"): a
# subject, then any words.
_MODALS = frozenset("will would can could should must adalah merupakan ialah punya memiliki mempunyai".split())
_SUBJECT_WORDS = 4  # "kantor pusat di Jakarta sudah …", "the data team in Jakarta is …"


def has_own_subject(text: str, rules: PhraseRules) -> bool:
    """Whether ``text`` is a clause with a subject of its own: "tim sedang memindahkan pipeline",
    "the team is moving to Airflow", "your team will launch an app" (not "proyek yang sedang berjalan",
    "the tools teams have in place", "how the team is organised")."""
    tokens = re.findall(r"[^\W_][\w'’-]*", text.casefold())
    if not tokens or tokens[0] in rules.question_words:
        return False
    # A comma parts a list or an aside, never a subject from its verb ("lulusan D3 keperawatan, punya STR").
    after_comma = len(re.findall(r"[^\W_][\w'’-]*", text.split(",", 1)[0])) if "," in text else -1
    for index in range(1, min(len(tokens) - 1, _SUBJECT_WORDS + 1)):
        token = tokens[index]
        if index == after_comma and token in rules.finite:
            return False  # "lulusan D3 keperawatan, punya STR": a verb after a comma has no subject before it
        if token in rules.relatives:
            return False
        if token in rules.finite and (token in _MODALS or token in rules.copulas or re.match(rules.finite_next, tokens[index + 1])):
            return True
    return tokens[0] in rules.contracted  # "it's a leader in renewable energy", "they're growing fast"


_LONE_VERB_WORDS = 8  # "JIS's focus on inquiry-based learning matches …": a subject a little longer than _SUBJECT_WORDS


def has_lone_verb(text: str, rules: PhraseRules) -> bool:
    """Whether ``text`` is a clause whose verb follows its subject alone (``lone_verb``): "produk Gojek
    dipakai jutaan orang", "JIS's focus on inquiry-based learning matches how I teach" (not "distribusi
    barang", "growth plans for 2027", "the offers I compared")."""
    tokens = re.findall(r"[^\W_][\w'’-]*", text.casefold())
    if not tokens or tokens[0] in rules.question_words:
        return False
    if tokens[0] in rules.owned and any(token in rules.past for token in tokens[2:5]):
        return True  # "my team won the regional sales award"
    for index in range(1, min(len(tokens), _LONE_VERB_WORDS + 1)):
        token = tokens[index]
        if token in rules.relatives or token in rules.subjects or token in rules.determiners:
            # "produk yang dipakai …", "the product I use …", "the tools the team uses …": the verb is a relative clause's
            return False
        if re.match(rules.lone_verb, token):
            after = tokens[index + 1] if index + 1 < len(tokens) else ""
            return not rules.lone_verb_next or bool(after and re.match(rules.lone_verb_next, after))
    return False


def _colon_as_brackets(text: str) -> str:
    """A phrase that names a thing, then spells it out after a colon ("stack yang dipakai: Spark dan Airflow"), with
    the spelling out in brackets, so a frame can go on after it ("membahas stack yang dipakai (Spark dan Airflow)
    bersama Bapak"); a colon in a time ("10:00") or after a single word of label ("Catatan: …") is left."""
    parts = re.split(r"(?<!\d):\s+", text)
    if len(parts) != 2 or "(" in text or len(parts[0].split()) < 2 or not parts[1].strip():
        return text
    return f"{parts[0].rstrip()} ({parts[1].strip()})"


def ends_in_aside(text: str, lang: str) -> bool:
    """Whether ``text`` ends in an aside opened by a comma ("eight years of HAZOP studies, including two
    greenfield stations"), which a comma must close if the sentence goes on."""
    words = "|".join(re.escape(word) for word in RULES[lang].asides)
    return bool(re.search(rf",\s+(?:{words})\b[^,]*$", text, re.IGNORECASE))


def names_a_qualification(text: str, rules: PhraseRules) -> bool:
    """Whether ``text`` is a trait after the name of what it is in ("AWS certified", "PMP certified",
    "Cisco Certified", "K3 licensed"): one or two names or codes, then a word that describes a person."""
    tokens = text.split()
    # Names joined by a join word count too ("Brevet A and B certified", "CompTIA A+ & Security+ certified").
    return (2 <= len(tokens) <= 6 and tokens[-1].casefold() in rules.traits and tokens[0][:1].isupper()
            and all(token[:1].isupper() or re.search(r"\d", token) or token.casefold() in rules.joins or token == "&"
                    for token in tokens[:-1]))


def describes_a_person(text: str, rules: PhraseRules) -> bool:
    """Whether ``text`` is words that describe a person ("jujur, teliti dan disiplin", "detail-oriented in
    audits"): traits and their links, then nothing or a preposition. "disiplin kerja" is a noun phrase."""
    lowered = text.casefold()
    for trait in rules.traits:
        if "_" in trait:
            lowered = lowered.replace(trait.replace("_", " "), trait)
    tokens = re.findall(r"[\w'’-]+|[,&/]", lowered)
    seen, last = 0, ""
    for token in tokens:
        if token not in rules.traits and token not in rules.trait_links:
            break
        seen, last = seen + 1, token
    rest = tokens[seen:]
    if last in rules.trait_links and rest and any(token in rules.traits for token in tokens[:seen]):
        # "teliti dan terbiasa dengan tenggat ketat": traits, then what the reader does
        return rest[0] in rules.verbs or bool(re.match(rules.verb_pattern, rest[0]))
    return last in rules.traits and (not rest or rest[0] in rules.trait_followers)


def roots(text: str, lang: str) -> set[str]:
    """The content words of ``text`` by root, for telling whether two sentences echo each other."""
    rules = RULES[lang]
    prefixes, suffixes = rules.affixes
    found = set()
    for word in re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", text.casefold()):
        if len(word) < 5 or word in rules.standing:
            continue
        word = next((word[len(p):] for p in prefixes if word.startswith(p) and len(word) - len(p) >= 5), word)
        word = next((word[:-len(s)] for s in suffixes if word.endswith(s) and len(word) - len(s) >= 5), word)
        found.add(word[:6])
    found.update(f"+{word}" for word in rules.additive if re.search(rf"\b{word}\b", text, re.IGNORECASE))
    return found


def gives_its_reason(text: str, lang: str) -> bool:
    """Whether a phrase gives a reason of its own ("saya ingin berkembang karena perusahaan ini besar")."""
    return bool(re.search(RULES[lang].because, text, re.IGNORECASE))


def _noun_not_verb(rest: str, head: str, rules: PhraseRules) -> bool:
    """Whether a word that is a verb and a noun ("work", "lead") is the noun here: "work culture", "work experience at
    Unilever", "lead generation", not "work with a great team"."""
    if head not in rules.ambiguous:
        return False
    tokens = re.findall(r"[^\W_][\w'’]*", rest)
    return not (len(tokens) > 1 and re.match(rules.aspiration_next, tokens[1]))


def as_aspiration(phrase: Phrase, lang: str) -> Phrase:
    """A reason typed as a bare verb, as a purpose ("grow my career" → "to grow my career", kind ``purpose``);
    any other phrase as it was."""
    rules = RULES[lang]
    tokens = re.findall(r"[^\W_][\w'’]*", phrase.text.casefold())
    doubled = rules.wish_word and rules.purpose_word in tokens[1:]
    if doubled and phrase.kind == "purpose" and tokens[:1] == [rules.purpose_word]:
        # "untuk berkontribusi untuk daerah" typed: "Saya melamar posisi ini untuk berkontribusi untuk daerah" says
        # "untuk" twice; "karena saya ingin berkontribusi untuk daerah" says it once.
        return Phrase(f"{rules.wish_word} {phrase.text.split(None, 1)[1]}", "subjectless")
    if phrase.kind not in ("subjectless", "noun") or not rules.purpose_word:
        return phrase
    if not tokens or not re.match(rules.aspirations, tokens[0]) or tokens[0] in rules.states:
        return phrase
    if tokens[0] in rules.ambiguous and not (len(tokens) > 1 and re.match(rules.aspiration_next, tokens[1])):
        return phrase  # "work culture", "help desk experience": nouns
    if doubled:
        return Phrase(f"{rules.wish_word} {phrase.text}", "subjectless")  # not "untuk berkontribusi untuk daerah"
    return Phrase(f"{rules.purpose_word} {phrase.text}", "purpose")


def as_clause(phrase: Phrase, lang: str) -> str:
    """A subjectless clause given its subject ("punya pengalaman" → "saya punya pengalaman"), a phrase
    that says who the reader is given theirs ("lulusan UGM" → "saya lulusan UGM", "a graduate of UGM" →
    "I am a graduate of UGM"); others unchanged."""
    if phrase.kind == "subjectless":
        return ("saya " if lang == "id" else "I ") + phrase.text
    if phrase.kind == "identity":
        return f"{RULES[lang].identity} {phrase.text}"
    return phrase.text


def capitalise(text: str) -> str:
    """The first letter in capitals, after a quote or bracket that opens the text ('"Top performer" …')."""
    match = re.match(r"[\"“‘'(\[]*", text)
    start = match.end() if match else 0
    return text[:start] + text[start : start + 1].upper() + text[start + 1 :]
