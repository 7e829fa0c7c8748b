"""The build's offline and privacy helpers, on small made-up sites (no browser, no MkDocs)."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import zipfile
from pathlib import Path

import pytest

from site_build import offline, security

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>t</title>
<script>var a = 1;</script>
<script id="__config" type="application/json">{"search": "assets/javascripts/workers/search.js"}</script>
<script src="assets/x.js"></script></head><body><script>
  console.log("two");
</script></body></html>"""


def make_site(root: Path, files: dict[str, bytes]) -> Path:
    for path, data in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_bytes(data)
    return root


def test_only_inline_code_is_hashed_and_the_policy_comes_before_any_script():
    assert security.inline_scripts(PAGE) == ["var a = 1;", '\n  console.log("two");\n']
    secured = security.secure_page(PAGE)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', secured)[1]
    assert secured.index("Content-Security-Policy") < secured.index("<script")
    digest = base64.b64encode(hashlib.sha256(b"var a = 1;").digest()).decode()
    assert f"'sha256-{digest}'" in policy
    assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy
    assert security.secure_page(secured) == secured


def test_the_policy_comes_first_in_the_head_even_after_a_preload_hint():
    hinted = PAGE.replace("<head>", '<head><link rel="preload" as="fetch" href="assets/big.zip">')
    secured = security.secure_page(hinted)
    head = secured.split("<head>", 1)[1]
    assert head.startswith('<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" ')
    assert secured.count("<meta charset") == 1
    assert secured.index("Content-Security-Policy") < secured.index('rel="preload"')


def test_the_iframe_worker_bootstrap_is_rebuilt_from_the_shim():
    shim = 'var o=class{constructor(e){function c(s,n){parent.postMessage(s,n||"*")}' \
           'this.w.document.write(`<html><body><script>postMessage=${c};x("${e}")<\\/script><script src=${e}><\\/script>`)}}'
    script = security.iframe_worker_script(shim, "../w.js")
    assert script == 'postMessage=function c(s,n){parent.postMessage(s,n||"*")};x("../w.js")'


def test_the_real_shim_gives_a_bootstrap_naming_the_worker():
    shim_path = Path(__file__).resolve().parents[2] / "node_modules" / "iframe-worker" / "shim" / "index.js"
    if not shim_path.is_file():
        pytest.skip("npm packages not installed")
    script = security.iframe_worker_script(shim_path.read_text(encoding="utf-8"), "assets/w.js")
    assert script.startswith("postMessage=function") and 'filename:"assets/w.js"' in script and "${" not in script


def test_the_cache_name_changes_with_any_byte_and_keeps_developer_files_out(tmp_path):
    site = make_site(tmp_path, {"index.html": b"a", "assets/pyodide/x.whl": b"w", "assets/x.js.map": b"m",
                                "assets/offline/1.js": b"o", "sw.js": b"old", offline.SITE_ZIP: b"z"})
    first = offline.write_service_worker(site)
    text = (site / "sw.js").read_text(encoding="utf-8")
    build = json.loads(text[len("const BUILD = "): text.index(";\n")])
    assert sorted(build["files"]) == ["assets/pyodide/x.whl", "index.html"]
    assert build["onDemand"] == ["assets/pyodide/"]
    assert build["onUse"] == ["assets/words/"]  # the spelling lists: stored once a review fetched them
    (site / "assets/pyodide/x.whl").write_bytes(b"W")
    assert offline.write_service_worker(site) != first


def test_the_file_bundle_carries_each_runtime_file_byte_for_byte(tmp_path):
    data = bytes(range(256)) * 10
    site = make_site(tmp_path, {"assets/pyodide/pyodide.asm.wasm": data, "assets/pyodide/a.js.map": b"m",
                                "assets/javascripts/thankyou-worker.js": 'self.x = "é\u2028";\n'.encode(),
                                "index.html": b"<html>"})
    bundled = offline.write_file_bundle(site)
    assert bundled == ["assets/javascripts/thankyou-worker.js", "assets/pyodide/pyodide.asm.wasm"]
    index = (site / offline.FILE_BUNDLE_INDEX).read_text(encoding="utf-8")
    manifest = json.loads(index[index.index(".manifest = ") + len(".manifest = "): index.rindex(";")])
    assert manifest["root"] == "../../"
    chunk = (site / offline.FILE_BUNDLE_DIR / manifest["files"]["assets/pyodide/pyodide.asm.wasm"]).read_text()
    assert base64.b64decode(chunk.split('= "')[1].rstrip('";\n')) == data
    # The worker's source as text, the page starts it as it is: a JSON string is a JavaScript one.
    worker = (site / offline.FILE_BUNDLE_DIR / manifest["files"][offline.FILE_BUNDLE_WORKER]).read_text(encoding="ascii")
    assert json.loads(worker[worker.index(".worker = ") + len(".worker = "): worker.rindex(";")]) == 'self.x = "é\u2028";\n'


def test_the_zip_holds_the_site_in_one_folder_but_not_itself_and_is_reproducible(tmp_path):
    site = make_site(tmp_path / "site", {"index.html": b"i", "en/index.html": b"e"})
    target = offline.write_site_zip(site, site / offline.SITE_ZIP)
    first = target.read_bytes()
    assert offline.write_site_zip(site, site / offline.SITE_ZIP).read_bytes() == first
    with zipfile.ZipFile(target) as archive:
        assert archive.namelist() == ["thankyou-offline/en/index.html", "thankyou-offline/index.html"]


def test_the_search_script_is_written_from_the_final_index(tmp_path):
    site = make_site(tmp_path, {"search/search_index.json": b'{"docs": [1, 2]}', "search/search_index.js": b"var __index = {}"})
    offline.write_search_script(site)
    assert (site / "search/search_index.js").read_text() == 'var __index = {"docs": [1, 2]}'


OVERRIDES = Path(__file__).resolve().parents[2] / "overrides"
# Material's own partial as overrides/partials/javascripts/base.html was written from (9.8.1).
MATERIAL_STORAGE_HELPERS = (
    '<script>__md_scope=new URL("{{ config.extra.scope | d(base_url) }}",location),__md_hash=e=>[...e].reduce('
    '((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem('
    't.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,'
    'JSON.stringify(_))}catch(e){}}</script>'
)


def test_materials_storage_helpers_are_the_ones_our_guarded_copy_replaces():
    """When Material changes its copy, this fails: look at the new one and guard it again."""
    import material

    original = Path(material.__file__).parent / "templates" / "partials" / "javascripts" / "base.html"
    assert MATERIAL_STORAGE_HELPERS in original.read_text(encoding="utf-8")
    ours = (OVERRIDES / "partials" / "javascripts" / "base.html").read_text(encoding="utf-8")
    script = ours[ours.index("<script>"):]
    # The same globals, each storage access inside a try.
    for name in ("__md_scope=", "__md_hash=", "__md_get=", "__md_set="):
        assert name in script
    assert "=localStorage" not in script and script.count("try{") == 2
