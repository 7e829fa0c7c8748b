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

import json
import shutil
from pathlib import Path

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
    wheels = sorted((site / "assets" / "pyodide" / "wheels").glob("*/thankyou-*.whl"))
    if not wheels:
        raise SystemExit(f"no thankyou wheel in {site}/assets/pyodide/wheels: is the site built?")
    wheel_url = "../" + wheels[0].relative_to(site).as_posix()
    (folder / "floor.html").write_text(FLOOR_PAGE.replace("{mark}", FLOOR_MARK), encoding="utf-8")
    (folder / "baseline.html").write_text(
        BASELINE_PAGE.format(wheel=json.dumps(wheel_url), mark=BASELINE_MARK), encoding="utf-8"
    )
    return {"floor": f"{FOLDER}/floor.html", "baseline": f"{FOLDER}/baseline.html"}
