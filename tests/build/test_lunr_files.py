"""Only the lunr files the site's search imports are shipped, and so stored by the service worker."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from site_build import lunr_files, offline

ROOT = Path(__file__).resolve().parents[2]
MATERIAL_LUNR = ["tinyseg.js", "wordcut.js", "min/lunr.stemmer.support.min.js", "min/lunr.multi.min.js",
                 "min/lunr.de.min.js", "min/lunr.ja.min.js", "min/lunr.th.min.js", "min/lunr.ar.min.js"]


@pytest.mark.parametrize(("languages", "needed"), [
    (["en"], set()),
    (["de"], {"min/lunr.stemmer.support.min.js", "min/lunr.de.min.js"}),
    (["en", "de"], {"min/lunr.stemmer.support.min.js", "min/lunr.de.min.js", "min/lunr.multi.min.js"}),
    (["ja"], {"min/lunr.stemmer.support.min.js", "min/lunr.ja.min.js", "tinyseg.js"}),
    (["th"], {"min/lunr.stemmer.support.min.js", "min/lunr.th.min.js", "wordcut.js"}),
])
def test_what_material_s_search_worker_imports_per_language(languages, needed):
    assert lunr_files.needed(languages) == needed
    paths = [lunr_files.LUNR_DIR + name for name in MATERIAL_LUNR] + ["assets/javascripts/bundle.js"]
    assert set(lunr_files.unused(paths, languages)) == {lunr_files.LUNR_DIR + name for name in MATERIAL_LUNR} - {
        lunr_files.LUNR_DIR + name for name in needed}


def test_the_site_ships_and_stores_no_lunr_file_its_search_does_not_use(built_site: Path):
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)  # !ENV and the like
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    search = next(plugin["search"] for plugin in config["plugins"] if isinstance(plugin, dict) and "search" in plugin)
    languages = search["lang"] if isinstance(search["lang"], list) else [search["lang"]]
    shipped = [path for path in offline.site_files(built_site) if path.startswith(lunr_files.LUNR_DIR)]
    assert {path.removesuffix(".br").removesuffix(".gz") for path in shipped} == {
        lunr_files.LUNR_DIR + name for name in lunr_files.needed(languages)}
    text = (built_site / offline.SERVICE_WORKER).read_text(encoding="utf-8")
    stored = json.loads(text[len("const BUILD = "): text.index(";\n")])["files"]
    assert not [path for path in stored if "lunr" in path], "the service worker stores lunr files"
