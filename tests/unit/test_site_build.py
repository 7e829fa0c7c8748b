"""The site's build-time helpers: Indonesian search roots, page metadata, glossary, markup fixes.

Build time only (CPython with the site's tools installed), so skipped inside Pyodide.
"""

import sys

import pytest

if sys.platform == "emscripten":
    pytest.skip("build-time code: not shipped to the browser", allow_module_level=True)

from site_build import glossary, markup_fixes, page_meta, search_roots  # noqa: E402


# word -> its root: what lets "kirim" find pages that only say "mengirim" or "pengiriman"
@pytest.mark.parametrize(
    ("word", "root"),
    [
        ("mengirim", "kirim"),
        ("pengiriman", "kirim"),
        ("dikirim", "kirim"),
        ("pewawancara", "wawancara"),
        ("perekrut", "rekrut"),
        ("Menindaklanjuti", "menindaklanjuti"),  # compounds stay whole, like the stemmer's lexicon
    ],
)
def test_root_of(word, root):
    assert search_roots.root_of(word) == root


def test_roots_are_only_the_new_words():
    # "kirim" is a word of the text already, so only "rekrut" is new; markup is not a word.
    roots = search_roots.roots_for(["<p>Kapan <em>mengirimnya</em>?</p>", "Email dikirim oleh perekrut, kirim lagi."])
    assert roots == "rekrut"


def test_each_entry_gets_its_roots():
    entries = [
        {"location": "kapan-mengirim.html", "title": "Kapan mengirimnya?", "text": "<p>Pengiriman dalam 24 jam.</p>"},
        {"location": "kapan-mengirim.html#zona", "title": "Zona waktu", "text": "<p>WIB, WITA, WIT.</p>"},
    ]
    search_roots.add_roots(entries)
    assert "kirim" in entries[0]["roots"].split()
    assert "roots" not in entries[1]  # nothing to add: no field at all


def test_a_description_is_the_first_paragraph_with_words_cut_at_a_word():
    html = "<p>Hi</p><p>Ini &amp; itu: " + "kata " * 60 + "</p><p>Berikutnya.</p>"
    description = page_meta.first_paragraph(html)
    assert description.startswith("Ini & itu: kata kata")
    assert len(description) <= page_meta.DESCRIPTION_LENGTH and description.endswith("kata…")
    assert page_meta.first_paragraph("<p>Terlalu pendek.</p>") == ""


def test_head_tags_are_escaped_and_complete():
    meta = page_meta.PageMeta(
        title='Kapan "mengirim"?', description="<b>24 jam</b> & tindak lanjut", url="https://example.org/kapan-mengirim.html",
        lang="id", other_langs=("en",), site_name="Perlu Kirim?", default_alternate="kapan-mengirim.html",
    )
    tags = page_meta.head_tags(meta)
    assert '<meta property="og:title" content="Kapan &quot;mengirim&quot;?">' in tags
    assert '<meta property="og:description" content="&lt;b&gt;24 jam&lt;/b&gt; &amp; tindak lanjut">' in tags
    assert '<meta property="og:locale" content="id_ID">' in tags
    assert '<meta property="og:locale:alternate" content="en_US">' in tags
    assert '<link rel="alternate" href="kapan-mengirim.html" hreflang="x-default">' in tags
    page = page_meta.add_to_head("<html><head><title>t</title></head><body></body></html>", tags)
    assert page.index("og:title") < page.index("</head>")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_glossary_defines_terms_in_the_page_language(lang):
    definitions = glossary.definitions(lang)
    assert "*[WIB]: " in definitions and "*[HR]: " in definitions
    assert glossary.with_glossary("# Judul\n", lang).endswith(definitions + "\n")
    assert glossary.with_glossary("# Judul\n", "xx") == "# Judul\n"


def test_every_term_is_defined_in_both_languages_except_local_acronyms():
    # TI (Indonesian) and IT (English) are the same term in each language's own letters.
    assert set(glossary.terms("id")) - {"TI"} == set(glossary.terms("en")) - {"IT"}


def test_the_language_links_leave_instant_navigation_and_search_is_named():
    header = (
        '<div class="md-search" data-md-component="search" role="dialog">'
        '<a href="en/index.html" hreflang="en" class="md-select__link">English</a>'
        '<a href="index.html" class="md-nav__link">Beranda</a>'
    )
    repaired = markup_fixes.repair(header, "en")
    assert '<a target="_self" href="en/index.html" hreflang="en" class="md-select__link">' in repaired
    assert '<a href="index.html" class="md-nav__link">' in repaired
    assert 'role="dialog" aria-label="Search"' in repaired
    assert markup_fixes.repair(repaired, "en") == repaired  # idempotent


# The build's caches (.cache) are filled by every build, two at once under `make test`'s workers.

def test_a_cache_file_is_written_whole_or_not_at_all(tmp_path):
    import threading

    from site_build.runtime import write_atomically

    target = tmp_path / "cache" / "entry.bin"
    payloads = [bytes([n]) * 4_000_000 for n in (1, 2)]
    write_atomically(target, payloads[0])
    seen = set()
    writers = [threading.Thread(target=lambda data=data: [write_atomically(target, data) for _ in range(8)]) for data in payloads]
    for writer in writers:
        writer.start()
    while any(writer.is_alive() for writer in writers):  # a reader meanwhile: always one whole payload
        read = target.read_bytes()
        seen.add(read in payloads)
    for writer in writers:
        writer.join()
    assert seen == {True}
    assert target.read_bytes() in payloads
    assert [path.name for path in target.parent.iterdir()] == ["entry.bin"]  # no partial file left behind


def test_precompressed_copies_are_written_for_every_large_text_file_and_only_where_worth_it(tmp_path, monkeypatch):
    import gzip
    import random

    import brotli

    from site_build import precompress

    monkeypatch.setattr(precompress, "CACHE", tmp_path / "cache")
    site = tmp_path / "site"
    (site / "assets").mkdir(parents=True)
    texts = {f"assets/page{n}.js": ("let answer = 42;\n" * (2000 + n * 500)).encode() for n in range(4)}
    big = ("<p>Terima kasih</p>\n" * 20000).encode()  # above WORTH_CACHING: goes through the cache
    texts["index.html"] = big
    for path, data in texts.items():
        (site / path).write_bytes(data)
    (site / "assets" / "noise.js").write_bytes(random.Random(0).randbytes(10000))  # does not compress: no copies
    (site / "tiny.css").write_bytes(b"a{}")  # below SMALLEST: left alone
    (site / "assets" / "offline").mkdir()
    (site / "assets" / "offline" / "bytes.js").write_bytes(texts["index.html"])  # a folder left out: no copies

    saved = precompress.precompress_folder(site, leave_out=("assets/offline",))

    for path, data in texts.items():
        assert gzip.decompress((site / (path + ".gz")).read_bytes()) == data
        assert brotli.decompress((site / (path + ".br")).read_bytes()) == data
    assert not list(site.glob("assets/noise.js.*")) and not list(site.glob("tiny.css.*"))
    assert [path.name for path in (site / "assets" / "offline").iterdir()] == ["bytes.js"]
    assert saved[".gz"] == sum(len(data) - (site / (path + ".gz")).stat().st_size for path, data in texts.items())
    assert sorted(path.suffix for path in (tmp_path / "cache").iterdir()) == [".br", ".gz"]
    # A second build takes the cached copies: the same bytes.
    first = (site / "index.html.br").read_bytes()
    (site / "index.html.br").unlink()
    precompress.precompress_folder(site)
    assert (site / "index.html.br").read_bytes() == first
