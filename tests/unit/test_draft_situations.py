"""Situations of our own, read as an HR officer reads them: each pins a defect found by reading the output.

Each test names the sentence that was wrong; the rule it checks is general (a class of inputs), the
situation only its first witness.
"""

from __future__ import annotations

import itertools
import json
import pathlib
import re

import pytest
from test_generated_emails_pass_review import assert_no_must_or_should

from thankyou import draft
from thankyou.api import handle
from thankyou.phrasing import fit_phrase


def make(request: dict) -> dict:
    answer = handle({"op": "draft", **request})
    assert "error" not in answer, answer
    return answer


# "In that interview, we discussed referral programme." / "our discussion of retail case": an English
# topic typed without its article, whose head is a singular countable noun, gets "the".
@pytest.mark.parametrize(("typed", "fitted"), [
    ("referral programme", "the referral programme"),
    ("retail case", "the retail case"),
    ("permit-to-work system", "the permit-to-work system"),
    ("BSD township drainage plan", "the BSD township drainage plan"),
    ("product roadmap for 2027", "the product roadmap for 2027"),
    ("seller onboarding funnel", "the seller onboarding funnel"),  # round 29: heads a reader names often
    ("crash-free rate", "the crash-free rate"),
    ("acquisition of PT Maju", "the acquisition of PT Maju"),
    ("paid acquisition in the Philippines", "paid acquisition in the Philippines"),  # the marketing sense
    # Already determined, plural, mass or possessive: left as typed.
    ("the school feeding programme in NTT", "the school feeding programme in NTT"),
    ("our onboarding plan", "our onboarding plan"),
    ("on-call rotations", "on-call rotations"),
    ("client handling", "client handling"),
    ("monitoring and evaluation frameworks", "monitoring and evaluation frameworks"),
    ("Xendit's roadmap", "Xendit's roadmap"),
    ("idempotency in payment APIs", "idempotency in payment APIs"),
    ("3 new stores", "3 new stores"),
    # round 31: a word that starts with a digit, or a year, is a modifier ("our discussion of 5G rollout")
    ("5G rollout in Medan", "the 5G rollout in Medan"),
    ("100-day plan", "the 100-day plan"),
    ("2027 roadmap", "the 2027 roadmap"),
    ("2,000 outlets", "2,000 outlets"),
    ("how the team reviews code", "how the team reviews code"),
])
def test_an_english_topic_without_its_article_gets_one(typed, fitted):
    assert fit_phrase(typed, "en", kind="topic").text == fitted


def test_the_article_reaches_the_message_and_indonesian_has_none():
    request = {"lang": "en", "kind": "follow_up", "name": "Bryan Kusuma", "company": "Bukalapak", "role": "Growth Marketer",
               "interviewers": [{"name": "Stephanie Wong", "address": "first_name", "topic": "referral programme"}]}
    assert "the referral programme" in make(request)["messages"][0]["body"]
    request = {"lang": "id", "name": "Bryan Kusuma", "company": "Bukalapak", "role": "Growth Marketer",
               "interviewers": [{"name": "Stephanie", "address": "ibu", "topic": "program referral"}]}
    assert "pembahasan mengenai program referral" in make(request)["messages"][0]["body"]


# "Selamat siang, Kak Nadia," opened a semi-formal email; the reviewer (rightly) calls "Kak" in an email
# informal. Whichever way the reader gave it (chosen or typed in the name), every message to a "Kak"
# passes the reviewer, and a chat keeps it.
@pytest.mark.parametrize(("register", "channel"), [
    (register, channel) for register, channel in itertools.product(draft.REGISTERS, draft.CHANNELS)])
@pytest.mark.parametrize("person", [{"name": "Kak Nadia", "topic": "riset pengguna"},
                                    {"name": "Nadia", "address": "kak", "topic": "riset pengguna"}])
def test_a_message_to_a_kak_passes_the_reviewer_in_every_channel(register, channel, person):
    request = {"op": "draft", "lang": "id", "register": register, "channel": channel, "name": "Dinda Permata",
               "company": "Gojek", "role": "UX Researcher", "interviewers": [person]}
    assert_no_must_or_should(request)
    greeting = make(request)["messages"][0]["greeting"]
    assert ("Kak" in greeting) == (channel == "whatsapp" or (channel == "linkedin" and register == "semi_formal"))


# "Yth. Citra," opened a formal email to a recruiter the reader calls by her first name: "Yth." takes a
# form of address (the reviewer says so). In a letter the neutral form comes with the first name, and the
# page asks which; a greeting by time of day keeps the name alone.
@pytest.mark.parametrize(("register", "channel"), [
    (register, channel) for register, channel in itertools.product(draft.REGISTERS, draft.CHANNELS)])
def test_a_first_name_alone_never_follows_yth(register, channel):
    request = {"op": "draft", "lang": "id", "register": register, "channel": channel, "name": "Dinda Permata",
               "company": "Gojek", "role": "UX Researcher",
               "interviewers": [{"name": "Citra Lestari", "address": "first_name", "topic": "riset pengguna"}]}
    assert_no_must_or_should(request)
    message = make(request)["messages"][0]
    assert message["greeting"] != "Yth. Citra,"
    assert message["greeting"].endswith("Citra,")
    assert ("address" in message["missing"]) == message["greeting"].startswith("Yth.")


# An offer could only be accepted or considered: a reader who turns one down had no message. Declining
# says thanks first, the no in one clear sentence, no reason (none is owed; one invites a counter-offer),
# and leaves the door open; never "I am delighted to accept" nor a question about the next steps.
DECLINED = {"id": r"tidak (?:menerima|mengambil|dapat menerima)", "en": r"(?:not to accept|decline)"}
DOOR = {"id": r"terhubung|bertemu kembali|hubungan baik", "en": r"paths cross|stay in touch|keep in touch"}
ACCEPTED_OR_PENDING = {"id": r"menerima tawaran ini dengan|dengan senang hati saya menerima|mempelajari|langkah berikutnya",
                       "en": r"delighted to accept|pleased to accept|happy to accept|reviewing the details|next steps"}
REASONS = {"id": r"\bkarena\b|\bsebab\b|\boleh karena\b", "en": r"\bbecause\b|\bsince\b|\bas I have\b"}


@pytest.mark.parametrize("lang", ("id", "en"))
def test_declining_an_offer_is_clear_grateful_and_leaves_the_door_open(lang):
    import re
    for register, channel, variant in itertools.product(draft.REGISTERS, draft.KIND_CHANNELS["reply_to_offer"], range(6)):
        request = {"op": "draft", "lang": lang, "kind": "reply_to_offer", "offer_reply": "decline", "register": register,
                   "channel": channel, "variant": variant, "name": "Michelle Halim", "company": "PT Bank CIMB Niaga Tbk",
                   "role": "Risk Analyst",
                   "interviewers": [{"name": "Arief Budiman", "address": "bapak" if lang == "id" else "mr"}]}
        message = make(request)["messages"][0]
        body = message["body"]
        assert len(re.findall(DECLINED[lang], body, re.IGNORECASE)) == 1, body
        assert re.search(DOOR[lang], body, re.IGNORECASE), body
        assert not re.search(ACCEPTED_OR_PENDING[lang], body, re.IGNORECASE), body
        assert not re.search(REASONS[lang], body, re.IGNORECASE), body
        first = [item["text"] for item in message["sentences"]]
        thanks = 1 if channel == "whatsapp" else 0  # a chat opens with who is writing
        assert re.search(r"terima kasih|thank|grateful", first[thanks], re.IGNORECASE), first
        assert_no_must_or_should(request)


def test_the_form_and_the_command_line_offer_the_decline():
    from thankyou.texts import texts_for
    from thankyou.texts.draft import DraftTexts
    assert "decline" in draft.OFFER_REPLIES
    for lang in ("id", "en"):
        assert texts_for(DraftTexts, lang).offer_replies["decline"]
    assert "decline" in draft.REQUEST.fields["offer_reply"].options


# "Perkenankan saya menindaklanjuti …" went to "Yth. Ir. Bambang Sutrisno, M.T.," the plant manager, though
# the reader had named Dewi Lestari of HR, who coordinates the process. A message about the process
# goes to the recruiter when one is named: on the panel (with their own topic), or not; else to the
# first interviewer, as before.
PANEL = {
    "id": [{"name": "Ir. Bambang Sutrisno, M.T.", "address": "bapak", "title": "Plant Manager", "topic": "penerapan lean manufacturing"},
           {"name": "Dewi Lestari", "address": "ibu", "title": "HR Recruitment", "email": "dewi@ahm.co.id",
            "topic": "jadwal tes kesehatan"}],
    "en": [{"name": "Lim Swie Hong", "address": "mr", "title": "Plant Manager", "topic": "the lean manufacturing rollout"},
           {"name": "Dewi Lestari", "address": "ms", "title": "HR Recruitment", "email": "dewi@ahm.co.id",
            "topic": "the medical check schedule"}],
}
OUTSIDE = {"name": "Citra", "address": "first_name", "title": "Talent Acquisition", "email": "citra@ahm.co.id"}


@pytest.mark.parametrize("lang", ("id", "en"))
@pytest.mark.parametrize("kind", draft.PROCESS_KINDS)
def test_a_message_about_the_process_goes_to_the_recruiter_when_one_is_named(lang, kind):
    base = {"op": "draft", "lang": lang, "kind": kind, "channel": "email", "name": "Budi Hartono", "company": "PT Astra Honda Motor",
            "role": "Supervisor Produksi", "interviewers": PANEL[lang], "next_step": "",
            "offer_reply": "decline"}
    first = make(base)["messages"]
    assert len(first) == 1 and first[0]["to"]["name"] == PANEL[lang][0]["name"]  # no recruiter named: as before
    on_panel = {**base, "recruiter_interviewer": 2}
    (message,) = make(on_panel)["messages"]
    assert message["to"]["email"] == "dewi@ahm.co.id" and "Lestari" in message["greeting"]
    # Their own topic, when the message recalls one, is marked as theirs.
    assert all(item["source"] in ("courtesy", "interviewers.1.topic", "strength", "next_step")
               for item in message["sentences"]), message["sentences"]
    outside = {**base, "recruiter": OUTSIDE}
    (message,) = make(outside)["messages"]
    assert message["to"]["email"] == "citra@ahm.co.id" and "Citra" in message["greeting"]
    assert "topic" not in message["missing"]
    # A recruiter not on the panel never hears "as we discussed …" of a conversation they were not in.
    assert not any(item["source"].startswith("interviewers.") for item in message["sentences"])
    for request in (on_panel, outside):
        assert_no_must_or_should(request)
    # An untouched form's empty recruiter changes nothing.
    assert make({**base, "recruiter": {"name": "", "address": "none"}})["messages"][0]["to"]["name"] == PANEL[lang][0]["name"]


@pytest.mark.parametrize("kind", draft.PROCESS_KINDS)
def test_the_form_asks_for_the_recruiter_with_every_message_about_the_process(kind):
    from test_draft_web import FORM, view
    hidden = view({**FORM, "kind": [kind]})["hidden"]
    assert "recruiter_interviewer" not in hidden and "recruiter_name" not in hidden and "send_to" in hidden
    hidden = view({**FORM, "kind": [kind], "recruiter_interviewer": ["2"]})["hidden"]
    assert "recruiter_name" in hidden


# "Saya mengajukan lamaran karena produk halal lokal yang mendunia.": a reason typed as a noun phrase,
# framed as if it were a clause. Every Indonesian frame of a noun-phrase reason gives it a verb of its own.
@pytest.mark.parametrize("why", ["produk halal lokal yang mendunia", "budaya kerja yang kolaboratif",
                                 "misi lembaga di bidang pendidikan anak"])
def test_an_indonesian_reason_typed_as_a_noun_phrase_is_never_framed_as_a_clause(why):
    import re
    for variant, register in itertools.product(range(3), draft.REGISTERS):
        message = make({"lang": "id", "name": "Fitri Handayani", "company": "Wardah", "role": "Brand Executive",
                        "register": register, "variant": variant, "why": why,
                        "interviewers": [{"name": "Linda", "address": "ibu", "topic": "kampanye Ramadan tahun lalu"}]})
        (said,) = [item["text"] for item in message["messages"][0]["sentences"] if item["source"] == "why"]
        assert not re.search(rf"\bkarena {re.escape(why)}", said), said


# "I think team player could add real value." / "Saya yakin teliti dan tahan bekerja di lapangan dapat
# menjadi bekal …": a strength that says who the reader is, typed without its article (English) or ending
# in what the reader can bear or is ready for (Indonesian), framed as if it were an asset.
@pytest.mark.parametrize(("lang", "typed", "said"), [
    ("en", "team player", "I am a team player"),
    ("en", "fast learner", "I am a fast learner"),
    ("en", "experienced nurse", "I am an experienced nurse"),
    ("en", "problem solver with a data background", "I am a problem solver with a data background"),
    ("id", "teliti dan tahan bekerja di lapangan", "saya teliti dan tahan bekerja di lapangan"),
    ("id", "siap ditempatkan di mana saja", "saya siap ditempatkan di mana saja"),
    ("id", "jujur, disiplin, dan siap ditempatkan di luar Jawa", "saya jujur, disiplin, dan siap ditempatkan di luar Jawa"),
])
def test_a_strength_that_says_who_the_reader_is_gets_its_subject(lang, typed, said):
    for variant in range(3):
        message = make({"lang": lang, "name": "Marcus Halim", "company": "Ninja Van", "role": "Operations Lead",
                        "variant": variant, "strength": typed,
                        "interviewers": [{"name": "Rachel Ong", "address": "ms" if lang == "en" else "ibu",
                                          "topic": "peak season" if lang == "en" else "musim puncak"}]})
        (sentence,) = [item["text"] for item in message["messages"][0]["sentences"] if item["source"] == "strength"]
        assert said in sentence, sentence


@pytest.mark.parametrize("typed", ["trained a new intern", "led a team of nurses", "my NEBOSH certificate",
                                   "project manager experience", "worked as a nurse"])
def test_what_the_reader_did_or_has_is_not_made_a_person(typed):
    assert not fit_phrase(typed, "en").text.startswith(("a ", "an "))


def _bank_pattern(template: str):
    import re
    parts = re.split(r"\{[a-z_]+\}", template)
    return re.compile(".+?".join(re.escape(part) for part in parts))


# "If the position has already been filled, I would still be grateful to know. I would welcome being
# considered for other openings in the future. I remain very interested in the role.": the interest in
# THIS role, said last, read as an afterthought. A second follow-up says it with the reminder.
@pytest.mark.parametrize("lang", ("id", "en"))
def test_a_second_follow_up_says_its_interest_before_the_other_openings(lang):
    from thankyou.texts import texts_for
    from thankyou.texts.draft import DraftTexts
    words = texts_for(DraftTexts, lang)
    interest = [_bank_pattern(t) for key, bank in words.banks.items() if key.split("/")[0] == "interest" for t in bank]
    future = [_bank_pattern(t) for key, bank in words.banks.items() if key.split("/")[0] == "future" for t in bank]
    seen = 0
    for register, channel, variant in itertools.product(draft.REGISTERS, draft.KIND_CHANNELS["follow_up"], range(6)):
        message = make({"lang": lang, "kind": "follow_up", "attempt": 2, "register": register, "channel": channel,
                        "variant": variant, "name": "Grace Natalia", "company": "Unicef Indonesia",
                        "role": "Communication Specialist",
                        "interviewers": [{"name": "Paul Richards", "address": "mr" if lang == "en" else "bapak"}]})
        texts = [item["text"] for item in message["messages"][0]["sentences"]]
        said = [index for index, text in enumerate(texts) if any(p.fullmatch(text) for p in interest)]
        later = [index for index, text in enumerate(texts) if any(p.fullmatch(text) for p in future)]
        if said and later:
            seen += 1
            assert max(said) < min(later), texts
    assert seen  # the case arises


# "Meskipun agak terlambat, terima kasih atas wawancara.": with no date or format to follow it, a thanks
# for "the interview" stops short in Indonesian ("atas wawancaranya", "atas kesempatan wawancara").
def test_no_indonesian_thanks_ends_on_a_bare_atas_wawancara():
    import re
    from thankyou.texts import texts_for
    from thankyou.texts.draft import DraftTexts
    for key, bank in texts_for(DraftTexts, "id").banks.items():
        for template in bank:
            assert not re.search(r"atas wawancara(?:\{details\})?[.!]", template), (key, template)


# "untuk posisi posisi Staf IT", "about the the Senior Auditor role position": the position typed with the
# words the frames say themselves. They go; the reader's own words stay.
@pytest.mark.parametrize(("lang", "typed", "role"), [
    ("id", "posisi Staf IT", "Staf IT"), ("id", "Sebagai Guru Kelas 3", "Guru Kelas 3"),
    ("en", "the Senior Auditor role", "Senior Auditor"), ("en", "a Data Analyst position", "Data Analyst"),
    ("en", "Head of Position Management", "Head of Position Management"),
])
def test_a_position_typed_with_the_frames_own_words_is_not_said_twice(lang, typed, role):
    import re
    for kind in draft.KINDS:
        answer = make({"lang": lang, "kind": kind, "name": "Andi", "company": "Deloitte", "role": typed,
                       "next_step": "", "interviewers": [{"name": "Lisa Wong", "address": "ms" if lang == "en" else "ibu",
                                                          "topic": "audit sampling" if lang == "en" else "sampel audit"}]})
        message = answer["messages"][0]
        for text in [message["body"], *message["subject_options"]]:
            assert not re.search(r"\b(posisi posisi|the the|role position|position position|role role)\b", text, re.I), text
        assert role in message["body"], message["body"]


# "PT. Maju Jaya Abadi" (the reviewer: a company it does not know, a must-fix) and "Resources And
# Technology": a registered name written as the legal form and the name's small words are written.
@pytest.mark.parametrize(("typed", "written"), [
    ("PT. Maju Jaya Abadi", "PT Maju Jaya Abadi"), ("pt. maju jaya tbk", "PT Maju Jaya Tbk"),
    ("CV. Karya Mandiri", "CV Karya Mandiri"),
    ("pt sinar mas agro resources and technology tbk", "PT Sinar Mas Agro Resources and Technology Tbk"),
    ("pt bank pembangunan daerah jawa barat dan banten tbk", "PT Bank Pembangunan Daerah Jawa Barat dan Banten Tbk"),
    ("tiket.com", "tiket.com"), ("PT Abc Tbk.", "PT Abc Tbk."),
])
def test_a_registered_company_name_is_written_as_registered(typed, written):
    request = {"op": "draft", "lang": "id", "channel": "email", "name": "Sdr. Andi", "company": typed, "role": "Staf IT",
               "interviewers": [{"name": "Hendra", "address": "bapak", "topic": "jaringan kantor cabang"}]}
    assert written in make(request)["messages"][0]["body"]
    assert_no_must_or_should(request)


# "Dear Mr. Minh," for Nguyen Van Minh: a Vietnamese family name comes first, as a Chinese or Korean one does.
@pytest.mark.parametrize(("name", "greeting"), [("Nguyen Van Minh", "Dear Mr. Nguyen,"), ("Tran Thi Thanh", "Dear Ms. Tran,"),
                                                ("Anh Nguyen", "Dear Ms. Nguyen,"), ("Tan Wei Ling", "Dear Ms. Tan,")])
def test_a_vietnamese_family_name_written_first_is_the_one_greeted(name, greeting):
    address = "mr" if name.startswith("Nguyen") else "ms"
    message = make({"lang": "en", "name": "Andi", "company": "Grab", "role": "Analyst",
                    "interviewers": [{"name": name, "address": address, "topic": "pricing"}]})["messages"][0]
    assert message["greeting"] == greeting


# "I believe SAP APO experience would be a real asset.": a strength typed as a bare noun phrase is the
# reader's own ("my SAP APO experience"); one with a determiner or possessive of its own stays as typed.
@pytest.mark.parametrize(("typed", "said"), [
    ("SAP APO experience", "my SAP APO experience"), ("fluency in Mandarin and Hokkien", "my fluency in Mandarin and Hokkien"),
    ("my NEBOSH certificate", "my NEBOSH certificate"), ("the Google Data Analytics certificate", "the Google Data Analytics certificate"),
    ("three years of SQL", "my three years of SQL"), ("two years as a barista at Starbucks", "my two years as a barista"),
    ("5 years of experience in B2B sales", "my 5 years of experience"),
])
def test_an_english_strength_typed_as_a_bare_noun_phrase_is_the_readers_own(typed, said):
    for variant, register in itertools.product(range(3), draft.REGISTERS):
        message = make({"lang": "en", "name": "Wulan Sari", "company": "Danone Indonesia", "role": "Supply Planner",
                        "register": register, "variant": variant, "strength": typed,
                        "interviewers": [{"name": "Rahmat Hidayat", "address": "mr", "topic": "S&OP meetings"}]})
        (sentence,) = [item["text"] for item in message["messages"][0]["sentences"] if item["source"] == "strength"]
        assert said in sentence and "my my" not in sentence, sentence


# Every situation written while reading the generator's output as an HR officer would (industries, titles,
# panels, recruiters, channels, both languages, every kind): each message passes the reviewer with no
# must-fix and no should-fix finding, but for a message the page asks a topic for (the reviewer rightly
# calls a thank-you without one generic) and the reviewer's own known misreadings, kept here as strict
# expected failures so that their fix is noticed.
SITUATIONS = json.loads((pathlib.Path(__file__).parent / "corpus" / "draft_situations.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("situation", [
    pytest.param(item, marks=pytest.mark.xfail(strict=True, reason=item["known_reviewer_issue"]))
    if "known_reviewer_issue" in item else item for item in SITUATIONS])
def test_every_situation_of_ours_passes_the_reviewer(situation):
    request = {"op": "draft", "channel": "email", "lang": "id",
               **{key: value for key, value in situation.items() if key != "known_reviewer_issue"}}
    drafted = make(request)
    if any("topic" in message["missing"] for message in drafted["messages"]):
        request["interviewers"] = [person for person in request["interviewers"] if person.get("topic")] or None
        if not request["interviewers"] or request.get("step", "interview") != "interview":
            pytest.skip("a thank-you without a topic: the page asks for one")
    assert_no_must_or_should(request)


# "Thank you so much for the offer to join Gojek as Engineer.": English takes an article before most
# positions ("as an Engineer") but none before some ("as Head of Data"); no English frame says "as {role}".
def test_no_english_frame_puts_a_position_after_a_bare_as():
    import re
    from thankyou.texts import texts_for
    from thankyou.texts.draft import DraftTexts
    words = texts_for(DraftTexts, "en")
    for key, bank in [*words.banks.items(), *words.subjects.items(), *words.subject_fallbacks.items()]:
        for template in bank:
            assert not re.search(r"\bas \{role\}", template), (key, template)


# "Yth. Dr. Sari Wulandari," was followed by "waktu yang Bapak/Ibu luangkan": a greeting that named a degree
# title in place of Bapak/Ibu, and a body that reads like a form. Without the reader's choice the body names
# the reader as the greeting did, by the first title and the name said (the page still asks which); an
# office said without a name ("Duta Besar") keeps Bapak/Ibu; a choice made is that one.
@pytest.mark.parametrize(("typed", "address", "said"), [
    ("Dr. Sari Wulandari", "none", "Dr. Sari"),
    ("Prof. Bambang", "none", "Prof. Bambang"),
    ("Prof. Dr. Ir. Bambang Wibawarta, M.Sc.", "none", "Prof. Bambang"),
    ("dr. Andreas Halim, Sp.An.", "none", "dr. Andreas"),
    ("Dr. H. Muhammad Yusuf, M.Si.", "none", "Dr. Muhammad Yusuf"),
    ("Ir. Tigor Simanjuntak", "none", "Ir. Tigor"),
    ("Dr. Sari Wulandari", "ibu", "Ibu"),
    ("Duta Besar Dr. Hassan Wirajuda", "none", "Bapak/Ibu"),
])
@pytest.mark.parametrize("kind", ["thank_you", "reply_to_offer", "withdrawal"])
def test_a_body_after_a_degree_title_names_the_reader_as_the_greeting_did(typed, address, said, kind):
    request = {"lang": "id", "channel": "email", "kind": kind, "offer_reply": "decline", "name": "Dewi Anggraini", "company": "RSUD Dr. Soetomo",
               "role": "Perawat IGD", "interviewers": [{"name": typed, "address": address, "topic": "penanganan pasien triase merah"}]}
    message = make(request)["messages"][0]
    body = message["body"].split("\n\n", 2)[2]
    assert said in body, body
    if said != "Bapak/Ibu":
        assert "Bapak/Ibu" not in body, body
    assert ("address" in message["missing"]) == (address == "none")
    assert_no_must_or_should({"op": "draft", **request})


# "Saya mengajukan lamaran karena saya & tim lama terbiasa kerja shift malam.": "&" spaced between words is a
# note's shorthand that a letter spells out, in every typed phrase; inside a word ("R&D") and between two
# capitalised words, a name ("Johnson & Johnson"), it stays.
@pytest.mark.parametrize(("lang", "typed", "fitted"), [
    ("id", "saya & tim lama terbiasa kerja shift malam", "saya dan tim lama terbiasa kerja shift malam"),
    ("id", "mengajar 7 tahun & menjadi wali kelas", "mengajar 7 tahun dan menjadi wali kelas"),
    ("en", "I built the settlement service & cut errors by half", "I built the settlement service and cut errors by half"),
    ("en", "SQL & Python", "SQL and Python"),
    ("en", "R&D budgets", "R&D budgets"),
    ("en", "Johnson & Johnson's supply chain", "Johnson & Johnson's supply chain"),
])
def test_an_ampersand_between_words_is_spelled_out(lang, typed, fitted):
    assert fit_phrase(typed, lang).text == fitted


def test_the_spelled_ampersand_reaches_the_message():
    request = {"lang": "id", "name": "Dewi Anggraini", "company": "RSUD Dr. Soetomo", "role": "Perawat IGD",
               "why": "saya & tim lama terbiasa kerja shift malam",
               "interviewers": [{"name": "Sari Wulandari", "address": "ibu", "topic": "triase"}]}
    body = make(request)["messages"][0]["body"]
    assert "saya dan tim lama" in body and " & " not in body, body


# A topic typed "sangat sangat penting" reached the letter as typed, and the reviewer calls a doubled word a
# must-fix. A word typed twice is said once; an Indonesian word that doubles on purpose (a plural, "hati-hati")
# gets its hyphen, which the reviewer asks for too; English words said rightly twice ("had had") and a name
# that says a word twice ("Bora Bora") stay.
@pytest.mark.parametrize(("lang", "typed", "fitted"), [
    ("id", "prosedur yang yang sangat sangat penting", "prosedur yang sangat penting"),
    ("id", "proyek proyek besar di Kalimantan", "proyek-proyek besar di Kalimantan"),
    ("id", "hati hati dalam audit stok", "hati-hati dalam audit stok"),
    ("en", "the the onboarding plan", "the onboarding plan"),
    ("en", "what the problem is is scale", "what the problem is is scale"),
    ("en", "the Bora Bora resort", "the Bora Bora resort"),
])
def test_a_word_typed_twice_is_said_once_or_hyphened(lang, typed, fitted):
    assert fit_phrase(typed, lang, kind="topic").text == fitted


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_doubled_word_in_a_topic_passes_the_reviewer(lang):
    topic = {"id": "prosedur yang sangat sangat penting", "en": "the the onboarding plan"}[lang]
    assert_no_must_or_should({"op": "draft", "lang": lang, "channel": "email", "name": "Dewi Anggraini", "company": "PT Sinar Data",
                              "role": "Analis Data", "interviewers": [{"name": "Rina Wijaya", "address": "ibu" if lang == "id" else "ms",
                                                                       "topic": topic}]})


# "Yth. ir. Sahat Siregar,": a title typed in small letters kept them, though only "dr." (a physician, beside
# "Dr.", a doctorate) says something by its small letter. And "Dra." (doktoranda) is the degree's feminine:
# it says Ibu as "Hj." does, so the letter says "Ibu" and asks nothing.
@pytest.mark.parametrize(("typed", "written"), [
    ("ir. sahat siregar", "Ir. Sahat Siregar"), ("prof. bambang", "Prof. Bambang"), ("drs. ahmad", "Drs. Ahmad"),
    ("ns. yuliana", "Ns. Yuliana"), ("dr. lina", "dr. Lina"), ("drg. sinta", "drg. Sinta"), ("Dr. Andi", "Dr. Andi"),
])
def test_a_title_typed_in_small_letters_is_written_as_listed(typed, written):
    message = make({"lang": "id", "name": "Yusuf Lubis", "company": "PTPN III", "role": "Asisten Kebun",
                    "interviewers": [{"name": typed, "topic": "produktivitas sawit"}]})["messages"][0]
    assert message["greeting"] == f"Yth. {written},"


def test_a_doktoranda_is_ibu():
    request = {"lang": "id", "channel": "email", "name": "Novi", "company": "Dinas Pendidikan Kota Makassar", "role": "Guru",
               "interviewers": [{"name": "Dra. Andi Nurhayati, M.Pd.", "topic": "pembelajaran berdiferensiasi"}]}
    message = make(request)["messages"][0]
    assert message["greeting"] == "Yth. Dra. Andi Nurhayati, M.Pd.,"
    assert "waktu yang Ibu luangkan" in message["body"] and "address" not in message["missing"], message
    assert_no_must_or_should({"op": "draft", **request})


# Round 30b. "length: short" gave a reply to an offer as long as the standard one (62 words both): nothing
# dropped a courtesy below the range's top, and the reserve completed both to an email's fewest words. A
# short message now leaves out its lesser courtesies ("Before my start date, you can reach me …", "I am
# telling you now so that you can plan …"), and one about the process is completed only to its own floor.
def _words(request: dict, length: str) -> int:
    return make({**request, "length": length})["messages"][0]["words"]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("kind", draft.KINDS)
def test_a_short_message_is_never_longer_than_the_standard_one(lang, kind):
    request = {"lang": lang, "kind": kind, "name": "Dewi Anggraini", "company": "Grab", "role": "Operations Lead",
               "interview_date": "2026-11-20", "format": "video", "next_step": "final interview on 3 December",
               "interviewers": [{"name": "Mark Tan", "address": "bapak" if lang == "id" else "mr",
                                 "topic": "rencana ekspansi" if lang == "id" else "the expansion plan"}]}
    for channel in draft.KIND_CHANNELS[kind]:
        for reply in draft.OFFER_REPLIES if kind == "reply_to_offer" else ("consider",):
            shaped = {**request, "channel": channel, "offer_reply": reply}
            assert _words(shaped, "short") <= _words(shaped, "standard"), (channel, reply)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(("kind", "extra"), [("reply_to_offer", {"offer_reply": reply}) for reply in draft.OFFER_REPLIES]
                         + [("withdrawal", {}), ("thank_you", {})])
def test_a_short_email_leaves_out_what_the_standard_one_adds(lang, kind, extra):
    request = {"lang": lang, "kind": kind, "name": "Dewi Anggraini", "company": "Grab", "role": "Operations Lead", **extra,
               "interviewers": [{"name": "Mark Tan", "address": "bapak" if lang == "id" else "mr",
                                 "topic": "rencana ekspansi" if lang == "id" else "the expansion plan"}]}
    short = make({**request, "length": "short"})["messages"][0]
    assert short["words"] < _words(request, "standard"), short["body"]
    assert_no_must_or_should({"op": "draft", "length": "short", "channel": "email", **request})


# "Thank you for the offer to join Grab in the Operations Lead position.": English says a post after "as",
# with no article when a company has one of it, else with its own ("as a Data Analyst", "as an HSE Officer").
@pytest.mark.parametrize(("role", "said"), [
    ("Operations Lead", "as Operations Lead"), ("Head of Data", "as Head of Data"),
    ("Chief Financial Officer", "as Chief Financial Officer"), ("Store Manager", "as a Store Manager"),
    ("Senior Data Engineer", "as a Senior Data Engineer"), ("Engineer", "as an Engineer"),
    ("HSE Officer", "as an HSE Officer"), ("UX Writer", "as a UX Writer"), ("SEO Specialist", "as an SEO Specialist"),
    ("UI/UX Designer", "as a UI/UX Designer"), ("the Operations Lead position", "as Operations Lead"),
    # A position named by its function, or in Indonesian, takes no article: "in the … position" ("as a Sales").
    ("Sales", "in the Sales position"), ("IT Support", "in the IT Support position"),
    ("Staf Akuntansi", "in the Staf Akuntansi position"), ("Kepala Toko", "in the Kepala Toko position"),
])
def test_an_offer_names_the_post_after_as(role, said):
    for register in draft.REGISTERS:
        request = {"lang": "en", "kind": "reply_to_offer", "offer_reply": "accept", "register": register, "variant": 0,
                   "name": "Dewi", "company": "Grab", "role": role, "interviewers": [{"name": "Mark Tan", "address": "mr"}]}
        body = make(request)["messages"][0]["body"]
        assert f"join Grab {said}." in body, body
        assert "position position" not in body and " as in the " not in body


# "pembahasan mengenai riset &." / "menu fusion Bali &.": a join left hanging where the typing stopped is
# left out with the marks around the phrase; one inside a name or between words stays.
@pytest.mark.parametrize(("typed", "lang", "fitted"), [
    ("riset &", "id", "riset"), ("menu fusion Bali &", "id", "menu fusion Bali"), ("riset pengguna dan", "id", "riset pengguna"),
    ("strategi harga atau", "id", "strategi harga"), ("R&D &", "en", "R&D"), ("pricing +", "en", "pricing"),
    ("SQL, Python &", "en", "SQL and Python"), ("Johnson & Johnson", "en", "Johnson & Johnson"),
    ("rock and roll", "en", "rock and roll"),
])
def test_a_join_left_hanging_at_a_phrases_end_is_left_out(typed, lang, fitted):
    kind = "strength" if "," in typed else "topic"
    assert fit_phrase(typed, lang, kind="point" if kind == "strength" else "topic").text == fitted
    request = {"lang": lang, "kind": "late_thank_you", "name": "Yoga", "company": "Indofood", "role": "Analis",
               "interviewers": [{"name": "Ratna Sari", "address": "ibu" if lang == "id" else "ms", "topic": typed}]}
    body = make(request)["messages"][0]["body"]
    assert not re.search(r"(?:&|\+|\b(?:dan|atau|and))\.", body), body


# "our discussion of permit to work system": a compound with "to" typed without its hyphens ("permit to
# work", "end to end", "go to market") is one word before the head, which takes the article.
@pytest.mark.parametrize(("typed", "fitted"), [
    ("permit to work system", "the permit to work system"), ("end to end testing process", "the end to end testing process"),
    ("go to market strategy", "the go to market strategy"), ("direct to consumer channel", "the direct to consumer channel"),
    ("permit to work", "permit to work"), ("the permit to work system", "the permit to work system"),
])
def test_a_compound_with_to_typed_without_hyphens_keeps_its_article(typed, fitted):
    assert fit_phrase(typed, "en", kind="topic").text == fitted


# "Selamat siang, Gusti Ayu Made Sri," (a WhatsApp message) and "Yth. Bapak/Ibu Gusti Ayu Made Sri," (a card):
# a Balinese noble's title says who it is as "I"/"Ni" does ("Gusti Ayu", "Ida Ayu", "Desak" a woman; "Ida
# Bagus", "Gusti Ngurah", "Anak Agung Gede" a man), and before the marker ("I Gusti Ayu Rapeg" is Ibu).
@pytest.mark.parametrize(("typed", "chat", "letter"), [
    ("Gusti Ayu Made Sri", "Ibu Gusti Ayu Made Sri", "Yth. Ibu Gusti Ayu Made Sri,"),
    ("I Gusti Ayu Rapeg", "Ibu Gusti Ayu Rapeg", "Yth. Ibu I Gusti Ayu Rapeg,"),
    ("Ida Bagus Putu Ardana", "Bapak Ida Bagus Putu Ardana", "Yth. Bapak Ida Bagus Putu Ardana,"),
    ("Anak Agung Gede Oka", "Bapak Anak Agung Gede Oka", "Yth. Bapak Anak Agung Gede Oka,"),
    ("Desak Made Suarti", "Ibu Desak Made Suarti", "Yth. Ibu Desak Made Suarti,"),
    ("Ni Luh Putu Ayu", "Ibu Putu Ayu", "Yth. Ibu Ni Luh Putu Ayu,"),
    ("I Made Sudarma", "Bapak Made Sudarma", "Yth. Bapak I Made Sudarma,"),
])
def test_a_balinese_title_says_bapak_or_ibu(typed, chat, letter):
    base = {"lang": "id", "name": "Siska", "company": "PT Matahari", "role": "Store Manager",
            "interviewers": [{"name": typed, "topic": "target penjualan akhir tahun"}]}
    assert make({**base, "channel": "whatsapp"})["messages"][0]["greeting"] == f"Selamat siang, {chat},"
    message = make({**base, "channel": "card"})["messages"][0]
    assert message["greeting"] == letter and "Bapak/Ibu" not in message["body"] and "address" not in message["missing"]


def test_a_birth_order_name_alone_says_neither():
    # "Made Wirawan", "Dewa Ayu": a birth-order name, or a title with no more name, says no one's sex.
    for typed in ("Made Wirawan", "Dewa Ayu"):
        message = make({"lang": "id", "name": "Siska", "company": "PT A", "role": "Staf",
                        "interviewers": [{"name": typed, "topic": "target penjualan"}]})["messages"][0]
        assert message["greeting"] == f"Yth. Bapak/Ibu {typed},"


# "Saya menantikan kesempatan untuk bertemu kembali." confirmed a "psikotes online": a test or a check-up
# meets no one again. A next round the reader names as one looks forward to the stage itself.
@pytest.mark.parametrize(("lang", "next_step"), [
    ("id", "psikotes online 4 Desember"), ("id", "tes kesehatan (MCU) di Prodia"), ("id", "Psikotest tgl 5 Des jam 9"),
    ("en", "the medical check-up on Monday"), ("en", "online assessment on 4 December"), ("en", "psychometric test"),
])
def test_a_next_round_that_is_a_test_is_not_a_meeting(lang, next_step):
    for variant, register in itertools.product(range(3), draft.REGISTERS):
        request = {"lang": lang, "kind": "confirm_next_round", "register": register, "variant": variant, "next_step": next_step,
                   "name": "Yudi", "company": "Zalora", "role": "Store Supervisor",
                   "interviewers": [{"name": "Claire Dubois", "address": "ms" if lang == "en" else "ibu"}]}
        body = make(request)["messages"][0]["body"]
        assert not re.search(r"bertemu|pertemuan|meeting|\bmeet\b", body), body
    interview = make({**request, "next_step": "wawancara dengan direktur" if lang == "id" else "final interview with the CFO"})
    assert interview["messages"][0]["body"]


# "Selamat siang, Rina Wijaya," in a formal WhatsApp message without a chosen form of address: an HR
# officer expects Bapak/Ibu, as a letter's "Yth. Bapak/Ibu Rina Wijaya,"; the page asks which, as for an email.
@pytest.mark.parametrize("name", ["Rina Wijaya", "Made Wirawan", "Yohanes", "Lim Wei Jie"])
@pytest.mark.parametrize("kind", ["thank_you", "follow_up", "confirm_next_round"])
def test_a_formal_chat_without_a_chosen_address_says_both_and_asks(name, kind):
    answer = make({"lang": "id", "channel": "whatsapp", "register": "formal", "kind": kind, "name": "Dewi Lestari",
                   "company": "PT Astra", "role": "Staf HR", "interview_date": "2026-11-19",
                   "next_step": "wawancara dengan direktur", "interviewers": [{"name": name}]})
    message = answer["messages"][0]
    assert message["greeting"] == f"Selamat siang, Bapak/Ibu {name},"
    assert "address" in message["missing"]
    assert " Anda " not in message["body"]


# "our interview in person on 19 November" reads as a translation: English says the format before the
# noun ("our in-person interview", "my phone interview", "the video interview"), and after a verb as before
# ("speak with me in person").
@pytest.mark.parametrize(("format_", "said"), [("in_person", "in-person"), ("video", "video"), ("phone", "phone")])
@pytest.mark.parametrize("kind", ["thank_you", "late_thank_you", "follow_up", "thank_you_and_follow_up"])
@pytest.mark.parametrize("variant", range(5))
def test_english_says_the_format_before_the_interview(format_, said, kind, variant):
    answer = make({"lang": "en", "kind": kind, "variant": variant, "name": "Dewi Lestari", "company": "Grab",
                   "role": "Data Analyst", "interview_date": "2026-11-19", "format": format_,
                   "interviewers": [{"name": "Rina Wijaya", "address": "ms", "topic": "the pricing dashboard"}]})
    body = answer["messages"][0]["body"]
    phrase = draft.texts_for(draft.DraftTexts, "en").format_phrases[format_]
    assert not re.search(rf"\b(?:the|our|my|your) (?:interview|conversation) {phrase}", body, re.I), body
    assert re.search(rf"{said} (?:interview|conversation) on 19 November| {phrase} on 19 November", body), body


# "Although a few days have passed, thank you for …": a concessive clause wants a clause after it, and
# "thank you" is none; "walau beberapa hari setelahnya" reads as a translation. Every late opening says
# the delay in a phrase a letter uses.
def test_a_late_thank_you_says_its_delay_naturally():
    from thankyou.texts import texts_for
    from thankyou.texts.draft import DraftTexts
    for lang, pattern in [("en", r"(?:^|\. )(?:Although|Though|A little late)[^.]*, (?:thank you|many thanks)"),
                          ("id", r"walau beberapa hari setelahnya")]:
        words = texts_for(DraftTexts, lang)
        for key, bank in words.banks.items():
            for template in bank:
                assert not re.search(pattern, template), (lang, key, template)


# "terima kasih atas waktu yang dr. Andi Setiawan luangkan": "Andi" opens a Bugis noble's name, but after a
# degree or a physician's title it is the given name, and the body says it as it says "Dr. Sari".
@pytest.mark.parametrize(("typed", "said"), [("dr. Andi Setiawan", "dr. Andi"), ("Ir. Andi Pratama, M.T.", "Ir. Andi"),
                                             ("Prof. Andi Hakim", "Prof. Andi"), ("Dr. Andi Wijaya", "Dr. Andi")])
@pytest.mark.parametrize("channel", ["email", "whatsapp"])
def test_andi_after_a_title_is_a_given_name(typed, said, channel):
    answer = make({"lang": "id", "channel": channel, "name": "Dewi Lestari", "company": "RS Siloam", "role": "Perawat",
                   "interview_date": "2026-11-19", "interviewers": [{"name": typed}]})
    body = answer["messages"][0]["body"]
    greeting, _, rest = body.partition("\n")
    assert f"waktu yang {said} luangkan" in rest, body
    assert typed.split(",")[0] not in rest, body


def test_andi_without_a_title_keeps_the_whole_name():
    from thankyou.phrasing import parse_name
    assert parse_name("Andi Mallarangeng").called_by == "Andi Mallarangeng"
    assert parse_name("dr. Andi Setiawan").called_by == "Andi"


# "Dear Ms. Ayu," for "Ni Luh Putu Ayu": a Balinese name has no family name, and English greets it as
# Indonesian does ("Yth. Ibu Ni Luh Putu Ayu,", "Ibu Putu Ayu"): the name without its marker, with the
# form its marker or title says when the reader chose none.
@pytest.mark.parametrize(("typed", "address", "greeting"), [
    ("Ni Luh Putu Ayu", "ms", "Dear Ms. Putu Ayu,"),
    ("Ni Luh Putu Ayu", "none", "Dear Ms. Putu Ayu,"),
    ("I Made Sudarma", "none", "Dear Mr. Made Sudarma,"),
    ("I Gusti Ngurah Rai", "mr", "Dear Mr. Gusti Ngurah Rai,"),
    ("Ni Ketut Sri Wahyuni", "ms", "Dear Ms. Ketut Sri Wahyuni,"),
    ("Rina Wijaya", "ms", "Dear Ms. Wijaya,"),  # a family name, as before
])
def test_a_balinese_name_is_greeted_in_english_as_it_allows(typed, address, greeting):
    answer = make({"lang": "en", "name": "Dewi Lestari", "company": "Grab", "role": "Data Analyst",
                   "interviewers": [{"name": typed, "address": address, "topic": "the pricing dashboard"}]})
    assert answer["messages"][0]["greeting"] == greeting


# A next round repeated as a phone typed it: "mengikuti Interview dengan Direktur", "psikotes tanggal 5 Des jam
# 9 pagi", "the final Interview with the CFO", "I will attend on Zoom, Thursday 10am". A letter writes the common
# words of a round small and a month in full; names, posts, acronyms, the day and the hour stay as typed.
@pytest.mark.parametrize(("lang", "typed", "fitted", "kind"), [
    ("id", "Interview dengan Direktur", "interview dengan Direktur", "noun"),
    ("id", "psikotes tanggal 5 Des jam 9 pagi", "psikotes tanggal 5 Desember pukul 9 pagi", "noun"),
    ("id", "Tes Kesehatan di RS Medika", "tes kesehatan di RS Medika", "noun"),
    ("id", "via Zoom, Senin 7 Des pukul 10.00", "Zoom, Senin 7 Desember pukul 10.00", "moment"),
    ("en", "final Interview with the CFO", "the final interview with the CFO", "noun"),
    ("en", "HR Interview", "the HR interview", "noun"),
    ("en", "Technical Interview on Dec 5", "the technical interview on December 5", "noun"),
    ("en", "on Zoom, Thursday 10am", "Zoom, Thursday 10am", "moment"),
    # Names and posts keep their capitals.
    ("en", "interview with the Head of Technical Operations", "the interview with the Head of Technical Operations", "noun"),
    ("en", "panel with Google Cloud", "the panel with Google Cloud", "noun"),
])
def test_a_next_round_is_written_as_a_letter_writes_it(lang, typed, fitted, kind):
    phrase = fit_phrase(typed, lang, kind="next_step")
    assert (phrase.text, phrase.kind) == (fitted, kind)


@pytest.mark.parametrize(("lang", "typed", "said"), [
    ("id", "Interview dengan Direktur", "saya akan mengikuti interview dengan Direktur."),
    ("en", "on Zoom, Thursday 10am", "I confirm that I will attend at the time you gave: Zoom, Thursday 10am."),
])
def test_a_confirmed_round_reads_as_written(lang, typed, said):
    answer = make({"lang": lang, "kind": "confirm_next_round", "next_step": typed, "name": "Dewi Lestari",
                   "company": "Grab", "role": "Data Analyst", "interviewers": [{"name": "Rina Wijaya", "address": "ibu"}]})
    assert said in answer["messages"][0]["body"]
    assert_no_must_or_should({"op": "draft", "channel": "email", "lang": lang, "kind": "confirm_next_round", "next_step": typed,
                              "name": "Dewi Lestari", "company": "Grab", "role": "Data Analyst",
                              "interviewers": [{"name": "Rina Wijaya", "address": "ibu"}]})


# Round 31: situations read as an HR officer reads them, each with what its messages must and must not say
# and what the page must ask (``asks``: the union of the messages' ``missing``). Each fix is a rule (a recruiter
# given by their address alone, a time typed in the other language's style, a next round typed in part in
# the other language, a Balinese birth-order name without "I"/"Ni", a department typed with its company);
# these are its first witnesses. Every message passes the reviewer too.
# Every round's file is read (``draft_situations_round*.json``: round 31, 32b, …), so a helper's corpus is never
# left out of the run by a fixed list.
ROUND_FILES = sorted((pathlib.Path(__file__).parent / "corpus").glob("draft_situations_round*.json"))
ROUNDS = [(path.stem.removeprefix("draft_situations_"), item) for path in ROUND_FILES
          for item in json.loads(path.read_text(encoding="utf-8"))]


def test_every_round_file_is_read():
    assert {"round31", "round32a", "round32b", "round33a", "round33b"} <= {path.stem.removeprefix("draft_situations_") for path in ROUND_FILES}


@pytest.mark.parametrize(("round_", "situation"), ROUNDS, ids=[f"{round_}: {item['why'][:60]}" for round_, item in ROUNDS])
def test_round_situations_say_what_they_must(round_, situation):
    request = {"op": "draft", "channel": "email", **situation["request"]}
    messages = make(request)["messages"]
    text = "\n\n".join(f"{message['greeting']}\n{message['body']}" for message in messages)
    for said in situation.get("must", ()):
        assert said in text, (said, text)
    for unsaid in situation.get("must_not", ()):
        assert unsaid not in text, (unsaid, text)
    if "asks" in situation:
        assert sorted({item for message in messages for item in message["missing"]}) == sorted(situation["asks"])
    assert_no_must_or_should(request)


# The page names the field and both languages next to a next round typed in part in the other one, in the
# page's language, and says nothing when the round is written in the message's.
@pytest.mark.parametrize("page", ["id", "en"])
def test_the_page_asks_for_a_next_round_in_the_message_language(page):
    from thankyou.texts import texts_for
    from thankyou.texts.common import CommonTexts
    from thankyou.texts.draft import DraftTexts
    from thankyou.web.draft import render_answer
    words, names = texts_for(DraftTexts, page), texts_for(CommonTexts, page).language_names
    base = {"lang": "id", "kind": "confirm_next_round", "name": "Rina Sari", "company": "Tokopedia", "role": "Data Analyst",
            "interviewers": [{"name": "Budi Santoso", "address": "bapak"}]}
    mixed = str(render_answer(make({**base, "next_step": "HR interview on Monday"}), page, ""))
    assert 'data-ask="next_step_language"' in mixed
    assert words.labels["next_step"] in mixed and names["en"] in mixed and names["id"] in mixed
    plain = str(render_answer(make({**base, "next_step": "wawancara dengan direktur hari Senin"}), page, ""))
    assert 'data-ask="next_step_language"' not in plain


# "… akan mengikuti wawancara user 5 Desember pukul 10am" / "… at jam 9 pagi": a time typed in the other
# language's style is written the message's way, the hour unchanged; a time already so written stays.
@pytest.mark.parametrize(("lang", "typed", "fitted"), [
    ("id", "wawancara user jam 10am", "wawancara user pukul 10.00"),
    ("id", "psikotes 12pm", "psikotes pukul 12.00"),
    ("id", "tes tertulis 7.15 a.m. WIB", "tes tertulis pukul 07.15 WIB"),
    ("id", "tes kesehatan pukul 8 pagi", "tes kesehatan pukul 8 pagi"),
    ("id", "wawancara pukul 13.00", "wawancara pukul 13.00"),
    ("en", "the panel interview, Friday jam 2 siang", "the panel interview, Friday at 2 p.m."),
    ("en", "the site visit at jam 7 malam", "the site visit at 7 p.m."),
    ("en", "the HR call jam 11 siang", "the HR call at 11 a.m."),
    ("en", "the case study, pkl. 09.30", "the case study, at 9:30"),
    ("en", "the HR call at 10am", "the HR call at 10am"),
])
def test_a_time_typed_in_the_other_style_is_written_the_message_way(lang, typed, fitted):
    assert fit_phrase(typed, lang, kind="next_step").text == fitted


# "Selamat siang, Bapak PT Maju," with "Tbk." lost: a company typed for a name ended in a legal form the
# name reader took for a degree ("S.E.", "M.M."), and the addressee ("Bapak PT Maju, Tbk.") was no longer in
# the message. A legal form is never a degree; real degrees still are.
@pytest.mark.parametrize(("typed", "core", "degrees"), [
    ("PT Maju Tbk.", "PT Maju Tbk.", ""),
    ("Budi Santoso, S.E., M.M.", "Budi Santoso", "S.E., M.M."),
    ("dr. Andreas Halim, Sp.An.", "Andreas Halim", "Sp.An."),
])
def test_a_legal_form_after_a_name_is_no_degree(typed, core, degrees):
    from thankyou.phrasing import parse_name
    name = parse_name(typed)
    assert (name.core, name.degrees) == (core, degrees)
    if degrees:
        return  # a chat's greeting leaves degrees out, by design
    message = make({"lang": "id", "channel": "whatsapp", "name": "Rina", "company": "PT Maju", "role": "Staf",
                    "interviewers": [{"name": typed, "address": "bapak", "topic": "audit"}]})["messages"][0]
    assert message["addressee"] in message["body"]
