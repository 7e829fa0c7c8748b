"""The guide and the checker state each rule once: every reason the checker can give links to a
guide section that exists, in both languages, and carries the rule rendered from the checker.

The statements are built from the checker's tables, constants and texts (thankyou.statements);
the site build puts them where the pages say ``<!-- thankyou-rule:SECTION -->``.
"""

import re
from datetime import timedelta
from pathlib import Path

import pytest

from thankyou import check, statements
from thankyou.api import handle
from thankyou.guide import SECTIONS

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
LANGS = {"id": ".md", "en": ".en.md"}
from conftest import on_disk  # noqa: E402  (the guide's Markdown files: CPython only)


def section_text(lang: str, link: str) -> str | None:
    """The Markdown of the section ``page.html#anchor`` (up to the next heading as high), or None."""
    page, _, anchor = link.partition("#")
    source = DOCS / (page.removesuffix(".html") + LANGS[lang])
    lines = source.read_text(encoding="utf-8").splitlines()
    for index, line in enumerate(lines):
        heading = re.match(r"(#+) .*\{#" + re.escape(anchor) + r"\}\s*$", line)
        if heading:
            level = len(heading[1])
            end = next((i for i in range(index + 1, len(lines))
                        if re.match(r"#{1,%d} " % level, lines[i])), len(lines))
            return "\n".join(lines[index:end])
    return None


@on_disk
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("code", sorted(check.REASONS))
def test_every_reason_links_to_a_section_that_states_its_rule(code, lang):
    section = check.REASONS[code][1]
    text = section_text(lang, SECTIONS[section])
    assert text is not None, f"{code}: no section {SECTIONS[section]} in {lang}"
    assert f"<!-- thankyou-rule:{section} -->" in text, f"{code}: {SECTIONS[section]} ({lang}) does not state the rule"
    assert section in statements.sections_with_rules()


@on_disk
@pytest.mark.parametrize("lang", LANGS)
def test_every_marker_in_the_guide_names_a_rule_in_its_own_section(lang):
    for source in sorted(DOCS.glob("*" + LANGS[lang])):
        if lang == "id" and source.name.endswith(".en.md"):
            continue
        text = source.read_text(encoding="utf-8")
        for match in re.finditer(r"<!--\s*thankyou-rule:([a-z_0-9]+)\s*-->", text):
            section = match[1]
            assert section in statements.BUILDERS, (source.name, section)
            page, _, anchor = SECTIONS[section].partition("#")
            assert source.name.startswith(page.removesuffix(".html")), (source.name, section)
            # The marker sits under its own section's heading.
            above = [line for line in text[: match.start()].splitlines() if line.startswith("#")]
            assert above and "{#" + anchor + "}" in above[-1], (source.name, section, above[-1:])


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("section", statements.sections_with_rules())
def test_every_statement_has_words_and_no_unfilled_figure(section, lang):
    rule = statements.statement(section, lang)
    text = " ".join([rule.lead, *rule.items, rule.closing, *(cell for row in rule.table for cell in row)])
    assert rule.lead.strip() and "{" not in text and "}" not in text


# The figures come from the checker: change one, and the guide's sentence changes with it.
@pytest.mark.parametrize(
    ("section", "constant", "value", "shown"),
    [
        ("late", "COMBINE_AFTER", timedelta(days=9), {"id": "belum 9 hari", "en": "less than 9 days"}),
        ("late", "FOLLOW_UP_AFTER_THANKS_WORKING_DAYS", 4, {"id": "4 hari kerja", "en": "4 working days"}),
        ("within_24_hours", "SEND_WITHIN", timedelta(hours=48), {"id": "48 jam", "en": "48 hours"}),
        ("evenings_weekends", "MORNING_ENDS", check.time(11, 0), {"id": "pukul 11.00", "en": "at 11:00"}),
        ("follow_up", "FOLLOW_UP_WORKING_DAYS", 3, {"id": "sekitar 3 hari kerja", "en": "about 3 working days"}),
        ("follow_up", "SECOND_FOLLOW_UP_AFTER", timedelta(days=10), {"id": "10 hari setelah tindak lanjut pertama", "en": "10 days after the first follow-up"}),
    ],
)
@pytest.mark.parametrize("lang", LANGS)
def test_statements_follow_the_checkers_constants(monkeypatch, section, constant, value, shown, lang):
    def words():
        rule = statements.statement(section, lang)
        return " ".join([rule.lead, *rule.items, rule.closing])

    before = words()
    monkeypatch.setattr(check, constant, value)
    assert shown[lang] in words() and shown[lang] not in before


# The table of verdicts is the checker's own answer, cell by cell, and names the headline's words.
@pytest.mark.parametrize("lang", LANGS)
def test_the_verdict_table_is_the_checkers_answer(lang):
    rule = statements.statement("local_custom", lang)
    head, *rows = rule.table
    for stage, row in zip(check.STAGES, rows, strict=False):
        for setting, cell in zip(check.SETTINGS, row[1:], strict=True):
            answer = handle({"op": "check", "stage": stage, "setting": setting, "lang": lang})
            assert answer["headline"].startswith(cell), (stage, setting, cell, answer["headline"])
    assert len(rows) == len(check.STAGES) + 1  # and a test taken alone


# The statements of the late rule and the checker's answers agree at the threshold.
@pytest.mark.parametrize("lang", LANGS)
def test_the_late_statement_and_the_answers_agree_at_the_threshold(lang):
    days = check.COMBINE_AFTER.days
    ended = "2026-11-26T10:00:00+07:00"
    just_before = f"2026-12-{2 + days - 7:02d}T09:59:00+07:00"
    at = f"2026-12-{2 + days - 7 + 1:02d}T10:00:00+07:00"
    assert handle({"op": "check", "stage": "first", "ended_at": ended, "now": just_before})["draft"]["kind"] == "late_thank_you"
    assert handle({"op": "check", "stage": "first", "ended_at": ended, "now": at})["draft"]["kind"] == "thank_you_and_follow_up"
    items = statements.statement("late", lang).items
    assert any(str(days) in item for item in items[:2])


# The topics a job seeker asks about exist in both languages, each under its own heading.
@on_disk
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("section", ["every_round", "no_news_yet", "names_without_family_name",
                                     "recruiter_and_coordinator", "when_they_reply"])
def test_the_topics_a_job_seeker_asks_about_exist(section, lang):
    text = section_text(lang, SECTIONS[section])
    assert text is not None and len(text.split()) > 40, (section, lang)


# One email for each interviewer holds only with their addresses: with the recruiter's alone the
# checker advises one email in their thread. A paragraph of the guide that promises each interviewer
# an email of their own says when (an address), as the checker does; the home page's short answer too.
EACH_OWN = {
    "id": re.compile(r"email(?:\s+\w+)?\s+untuk\s+(?:setiap|masing-masing)\s+pewawancara|setiap pewawancara\s+mendapat", re.I),
    "en": re.compile(r"email (?:for|to) each\s+interviewer|each interviewer\s+gets", re.I),
}
ADDRESS = {"id": re.compile(r"alamat"), "en": re.compile(r"address")}


@on_disk
@pytest.mark.parametrize("lang", LANGS)
def test_the_guide_promises_one_email_each_only_with_their_addresses(lang):
    panel = [{"role": "hiring_manager"}, {"role": "colleague"}]
    counts = {contact: handle({"op": "check", "stage": "first", "interviewers": panel, "contact": contact, "lang": lang,
                               "now": "2026-11-24T10:00:00+07:00"})["emails"] for contact in ("direct", "recruiter_only")}
    assert counts == {"direct": 2, "recruiter_only": 1}
    short_answer = ""
    unconditional = []
    for page in sorted(DOCS.glob(f"*{LANGS[lang]}")):
        if page.name.startswith(("contoh", "sumber")) or (lang == "id" and page.name.endswith(".en.md")):
            continue
        # Each paragraph, and each item of a list on its own (a checklist names an address elsewhere).
        for paragraph in re.split(r"\n\s*\n|\n\s*(?=[-*] |\d+\. )", page.read_text(encoding="utf-8")):
            if page.name.startswith("index") and "!!! success" in paragraph:
                short_answer = paragraph
            if not paragraph.lstrip().startswith("#") and EACH_OWN[lang].search(paragraph) and not ADDRESS[lang].search(paragraph):
                unconditional.append((page.name, paragraph.strip()[:80]))
    assert not unconditional
    assert EACH_OWN[lang].search(short_answer) and ADDRESS[lang].search(short_answer), short_answer
