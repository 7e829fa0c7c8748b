"""The bench-only pages, written into the served copy of the site (never into the site itself).

- ``_bench/floor.html``: fetch and ``WebAssembly.compileStreaming`` of the site's ``pyodide.asm.wasm``,
  the least any page running Python must do.
- ``_bench/baseline.html``: the usual way to embed Pyodide, for comparison: ``pyodide.js`` from an
  unmodified copy of the npm package (full standard library, upstream lock file),
  ``loadPyodide()`` on the main thread, ``loadPackage`` of our wheel, one ``check`` and its answer
  rendered into the page.
Each page ends with a ``performance.mark`` the bench reads, like the site's own first-answer mark.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from dataclasses import replace
from pathlib import Path

from site_build.precompress import precompress_folder
from thankyou.web.protocol import RuntimeOptions

ROOT = Path(__file__).resolve().parents[1]
PYODIDE_PACKAGE = ROOT / "node_modules" / "pyodide"
# What a typical integration serves: the npm package's browser files, unchanged.
BASELINE_RUNTIME = ("pyodide.js", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
FOLDER = "_bench"
FLOOR_MARK = "bench:floor"
BASELINE_MARK = "bench:baseline:first-answer"

FLOOR_PAGE = """<!doctype html>
<meta charset="utf-8"><title>floor</title>
<script type="module">
const response = fetch("../assets/pyodide/pyodide.asm.wasm");
await WebAssembly.compileStreaming(response);
performance.mark("{mark}");
document.body.dataset.done = "true";
</script>
"""

# The usual integration, as documented by Pyodide: everything on the main thread.
BASELINE_PAGE = """<!doctype html>
<meta charset="utf-8"><title>baseline</title>
<div id="answer">…</div>
<script src="pyodide/pyodide.js"></script>
<script>
(async () => {{
  const pyodide = await loadPyodide();
  await pyodide.loadPackage({wheel});
  const api = pyodide.pyimport("thankyou.api");
  const request = {{op: "view", tool: "check", lang: "id", link_base: "../", form: {{stage: ["first"]}},
                   context: {{now: new Date().toISOString(), tz: "Asia/Jakarta", offset: 420}}}};
  const view = JSON.parse(api.handle_json(JSON.stringify(request)));
  document.getElementById("answer").innerHTML = view.html;
  performance.mark("{mark}");
  document.body.dataset.done = "true";
}})();
</script>
"""


def write_bench_pages(site: Path) -> dict[str, str]:
    """Write the bench-only pages and the baseline's runtime into ``site/_bench``; return their paths."""
    folder = site / FOLDER
    runtime = folder / "pyodide"
    runtime.mkdir(parents=True, exist_ok=True)
    for name in BASELINE_RUNTIME:
        shutil.copyfile(PYODIDE_PACKAGE / name, runtime / name)
    # A CDN compresses what it serves; the baseline gets the same precompressed copies as the site.
    precompress_folder(site, FOLDER)
    wheels = sorted((site / "assets" / "pyodide" / "wheels").glob("*/thankyou-*.whl"))
    if not wheels:
        raise SystemExit(f"no thankyou wheel in {site}/assets/pyodide/wheels: is the site built?")
    wheel_url = "../" + wheels[0].relative_to(site).as_posix()
    (folder / "floor.html").write_text(FLOOR_PAGE.replace("{mark}", FLOOR_MARK), encoding="utf-8")
    (folder / "baseline.html").write_text(
        BASELINE_PAGE.format(wheel=json.dumps(wheel_url), mark=BASELINE_MARK), encoding="utf-8"
    )
    return {"floor": f"{FOLDER}/floor.html", "baseline": f"{FOLDER}/baseline.html"}


# Variants of a tool page, each without one of the levers, to measure what each is worth.
# Each maps the page's runtime options (its data-runtime, thankyou.web.protocol.RuntimeOptions)
# and the packages the site ships (by lock-file name) to the variant's options.
LEVERS = {
    "reference": lambda options, packages: options,
    "plain-stdlib": lambda options, packages: options.without_compiled_stdlib(packages),
    "late-start": lambda options, packages: replace(options, start_early=False),
    # and no preload hints (below): the site before issue 8
    "before": lambda options, packages: replace(options.without_compiled_stdlib(packages), start_early=False),
}
RUNTIME_ATTRIBUTE = re.compile(r'data-runtime="(?P<json>[^"]*)"')
# The preload hints (site_build.preload) live in the page's <head>, not in data-runtime.
NO_PRELOAD_VARIANT = "preload-hints"
PRELOAD_LINK = re.compile(r'<link rel="preload"[^>]*data-thankyou-preload[^>]*>')
EARLY_SCRIPT = re.compile(r'<script [^>]*data-thankyou-preload[^>]*></script>')
# Variants that also drop the early copy of the transport right after the tool.
WITHOUT_EARLY_SCRIPT = ("late-start", "before")


def write_lever_pages(site: Path, page: str) -> dict[str, str]:
    """Beside ``page`` (so its relative links still work), one copy per lever with that lever off."""
    original = (site / page).read_text(encoding="utf-8")
    lock = json.loads((site / "assets" / "pyodide" / "pyodide-lock.json").read_text(encoding="utf-8"))
    packages = tuple(sorted(lock["packages"]))
    written = {}
    for name, change in LEVERS.items():
        def rewrite(match: re.Match[str], change=change) -> str:
            options = change(RuntimeOptions.from_json(json.loads(html.unescape(match["json"]))), packages)
            return f'data-runtime="{html.escape(json.dumps(options.to_json(), sort_keys=True))}"'

        variant = page.removesuffix(".html") + f".lever-{name}.html"
        text = RUNTIME_ATTRIBUTE.sub(rewrite, original)
        if name in WITHOUT_EARLY_SCRIPT:
            text = EARLY_SCRIPT.sub("", text)
        if name == "before":
            text = PRELOAD_LINK.sub("", text)
        (site / variant).write_text(text, encoding="utf-8")
        written[name] = variant
    variant = page.removesuffix(".html") + f".lever-{NO_PRELOAD_VARIANT}.html"
    (site / variant).write_text(PRELOAD_LINK.sub("", original), encoding="utf-8")
    written[NO_PRELOAD_VARIANT] = variant
    return written


# The memory-snapshot lever, kept out of the site: two bench-only pages that boot Pyodide in a
# worker exactly as the site does (the compiled standard library with our package), one of them
# restoring a memory snapshot made at bench time in Node after the tools have run once.
SNAPSHOT_MARK = "bench:snapshot:first-answer"
SNAPSHOT_WORKER = """
self.onmessage = async ({ data: options }) => {
  const { loadPyodide } = await import(options.indexURL + "pyodide.mjs");
  const snapshot = options.snapshotURL
    ? fetch(options.snapshotURL).then((response) => response.arrayBuffer())
    : undefined;
  const pyodide = await loadPyodide({
    indexURL: options.indexURL, lockFileURL: options.lockFileURL, stdLibURL: options.stdLibURL,
    _loadSnapshot: snapshot,
  });
  const api = pyodide.pyimport("thankyou.api");
  self.postMessage(api.handle_json(JSON.stringify(options.request)));
};
"""
SNAPSHOT_PAGE = """<!doctype html>
<meta charset="utf-8"><title>snapshot lever</title>
<div id="answer">…</div>
<script>
const base = new URL("../", location.href);
const options = {{
  indexURL: new URL("assets/pyodide/", base).href,
  lockFileURL: new URL("assets/pyodide/pyodide-lock.json", base).href,
  stdLibURL: new URL({stdlib}, base).href,
  snapshotURL: {snapshot} && new URL({snapshot}, base).href,
  request: {{op: "view", tool: "check", lang: "id", link_base: "../", form: {{stage: ["first"]}},
            context: {{now: new Date().toISOString(), tz: "Asia/Jakarta", offset: 420}}}},
}};
const worker = new Worker("snapshot-worker.js", {{ type: "module" }});
worker.onmessage = ({{ data }}) => {{
  document.getElementById("answer").innerHTML = JSON.parse(data).html;
  performance.mark("{mark}");
}};
worker.postMessage(options);
</script>
"""
SNAPSHOT_SCRIPT = """
import json
from thankyou import api, web
from thankyou.texts import LANGUAGES

for tool in web.tools():
    for lang in LANGUAGES:
        for size in web.SIZES:
            api.handle_json(json.dumps({"op": "widget", "tool": tool, "size": size, "lang": lang, "link_base": "../"}))
json.dumps("ready")
"""


def write_snapshot_pages(site: Path) -> dict[str, str | int]:
    """The snapshot lever's two pages and its snapshot (``.gz`` beside it); their paths and sizes."""
    import gzip

    from site_build.pyodide_job import run_job

    compiled = sorted((site / "assets" / "pyodide" / "stdlib").glob("*/python_stdlib.zip"))
    if not compiled:
        return {}
    stdlib = compiled[0].relative_to(site).as_posix()
    folder = site / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    snapshot = folder / "snapshot.bin"
    run_job(code=SNAPSHOT_SCRIPT, stdlib=compiled[0], snapshot=snapshot, timeout=600)
    packed = gzip.compress(snapshot.read_bytes(), compresslevel=9, mtime=0)
    (folder / "snapshot.bin.gz").write_bytes(packed)
    (folder / "snapshot-worker.js").write_text(SNAPSHOT_WORKER, encoding="utf-8")
    for name, snapshot_url in (("with", json.dumps(f"{FOLDER}/snapshot.bin")), ("without", "null")):
        page = SNAPSHOT_PAGE.format(stdlib=json.dumps(stdlib), snapshot=snapshot_url, mark=SNAPSHOT_MARK)
        (folder / f"snapshot-{name}.html").write_text(page, encoding="utf-8")
    return {
        "with": f"{FOLDER}/snapshot-with.html",
        "without": f"{FOLDER}/snapshot-without.html",
        "raw": snapshot.stat().st_size,
        "gzip": len(packed),
    }
