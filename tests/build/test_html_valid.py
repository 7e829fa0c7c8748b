"""Every built page is valid HTML: 0 errors from the W3C Nu HTML checker (vnu.jar, pinned in package.json).

The checker is the one the W3C runs at validator.w3.org/nu, here offline: the npm package `vnu-jar`
(`make setup` installs it), run with Java (`make test` installs Debian's `default-jre-headless`).
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
import shutil
import subprocess
from pathlib import Path

import pytest

from site_build import markup_fixes

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def nu_errors(pages: list[Path]) -> list[dict]:
    """The checker's errors (warnings left out) over ``pages``, as its JSON messages."""
    java = shutil.which("java")
    assert java, "Java is missing: `make test` installs Debian's default-jre-headless"
    assert VNU_JAR.is_file(), f"{VNU_JAR} is missing: `make setup` installs the npm package vnu-jar"
    result = subprocess.run([java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *map(str, pages)],
                            capture_output=True, text=True, check=False)
    return json.loads(result.stderr or result.stdout)["messages"]  # the checker writes its report on stderr


def describe(error: dict, site: Path) -> str:
    page = error.get("url", "").removeprefix("file:").removeprefix(str(site) + "/")
    return f"{page}:{error.get('lastLine')}: {error['message']} [{error.get('extract', '').strip()[:100]}]"


def test_the_checker_finds_what_it_is_run_for(tmp_path):
    """The test can fail: the errors Material's templates made before the repairs are reported."""
    page = tmp_path / "broken.html"
    page.write_text('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>'
                    '<input type="checkbox" id="t" autocomplete="off"><label for="t" tabindex="">t</label>'
                    '<div markdown="0"></div></body></html>', encoding="utf-8")
    messages = [error["message"] for error in nu_errors([page])]
    assert len(messages) == 3, messages
    repaired = tmp_path / "repaired.html"
    repaired.write_text(markup_fixes.valid_html(page.read_text(encoding="utf-8")).replace(' markdown="0"', ""),
                        encoding="utf-8")
    assert nu_errors([repaired]) == []


def test_the_repairs_keep_what_is_allowed():
    text = '<input type="text" autocomplete="name"><input autocomplete="off" type="radio" name="p"><label tabindex="0">'
    assert markup_fixes.valid_html(text) == '<input type="text" autocomplete="name"><input type="radio" name="p"><label tabindex="0">'


def test_every_built_page_is_valid_html(built_site: Path):
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) >= 20, "the site has a page per language for each guide page and tool"
    errors = nu_errors(pages)
    assert not errors, "\n".join(describe(error, built_site) for error in errors)


# Lighthouse's `link-text` audit fails a link whose whole text is one of these (its English list).
UNDESCRIPTIVE = {"click here", "click this", "go", "here", "information", "learn more", "more", "more info",
                 "more information", "right here", "read more", "see more", "start", "this"}


class LinkTexts(HTMLParser):
    """The text of every ``<a href>`` of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self._open: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a" and dict(attrs).get("href") is not None:
            self._open = []

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._open is not None:
            self.texts.append(" ".join("".join(self._open).split()))
            self._open = None


def test_no_link_says_only_read_more(built_site: Path):
    found = []
    for page in sorted(built_site.rglob("*.html")):
        parser = LinkTexts()
        parser.feed(page.read_text(encoding="utf-8"))
        found += [f"{page.relative_to(built_site)}: {text!r}" for text in parser.texts if text.lower() in UNDESCRIPTIVE]
    assert not found, found
