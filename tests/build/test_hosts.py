"""What the build writes for static hosts (site_build.hosts) and the workflow that publishes the site,
on small made-up sites (no MkDocs; tests/e2e/test_static_host.py serves the real one)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from site_build import hosts, security

ROOT = Path(__file__).resolve().parents[2]
PAGE = '<!doctype html><html><head><meta charset="utf-8"><title>t</title><script>var a = "{n}";</script></head></html>'


def make_site(root: Path, files: dict[str, str]) -> Path:
    for path, text in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
    return root


def small_site(root: Path, pages: int = 2) -> Path:
    files = {"index.html": PAGE.format(n="home"), "en/index.html": PAGE.format(n="en"),
             **{f"page{n}.html": PAGE.format(n=n) for n in range(pages)},
             "sw.js": "", "assets/javascripts/thankyou-worker.js": "", "assets/javascripts/thankyou-widgets.js": "",
             "assets/javascripts/bundle.0123abcd.min.js": "", "assets/javascripts/workers/search.89abcdef.min.js": "",
             "assets/pyodide/stdlib/00c446226b7f9f3c/python_stdlib.zip": "", "assets/pyodide/pyodide-lock.json": "{}",
             "assets/pyodide/pyodide.asm.wasm": "", "assets/pyodide/pyodide.asm.wasm.br": "", "index.html.gz": ""}
    site = make_site(root, files)
    for page in site.rglob("*.html"):
        page.write_text(security.secure_page(page.read_text(encoding="utf-8")), encoding="utf-8")
    return site


def rules_by_path(rules: list[hosts.Rule]) -> dict[str, dict[str, str]]:
    return {rule.path: dict(rule.headers) for rule in rules}


def test_each_page_has_its_own_meta_policy_with_frame_ancestors_at_each_of_its_addresses(tmp_path):
    site = small_site(tmp_path)
    rules = rules_by_path(hosts.write_headers(site))
    for relative, addresses in {"index.html": ["/", "/index.html"], "en/index.html": ["/en/", "/en/index.html"],
                                "page1.html": ["/page1.html", "/page1"]}.items():
        meta = hosts.meta_policy((site / relative).read_text(encoding="utf-8"))
        assert "'sha256-" in meta  # the page's own inline script, by its hash
        for address in addresses:
            assert rules[address]["Content-Security-Policy"] == f"{meta}; frame-ancestors 'none'"
            assert rules[address]["Cache-Control"] == "no-cache"
    assert rules["/page0.html"]["Content-Security-Policy"] != rules["/page1.html"]["Content-Security-Policy"]


def test_workers_hashed_files_and_precompressed_copies(tmp_path):
    rules = rules_by_path(hosts.write_headers(small_site(tmp_path)))
    worker = security.policy_for([])
    assert rules["/sw.js"] == {"Content-Security-Policy": worker, "Cache-Control": "no-cache"}
    assert rules["/assets/javascripts/thankyou-worker.js"]["Content-Security-Policy"] == worker
    assert rules["/assets/javascripts/workers/search.89abcdef.min.js"] == {
        "Content-Security-Policy": worker, "Cache-Control": hosts.IMMUTABLE}
    assert rules["/assets/javascripts/bundle.0123abcd.min.js"] == {"Cache-Control": hosts.IMMUTABLE}
    assert rules["/assets/pyodide/stdlib/*"] == {"Cache-Control": hosts.IMMUTABLE}
    assert rules["/assets/pyodide/pyodide-lock.json"] == {"Cache-Control": "no-cache"}
    assert "/assets/javascripts/thankyou-widgets.js" not in rules  # not hashed: the host's default
    assert rules["/*.wasm.br"] == {"Content-Type": "application/wasm", "Content-Encoding": "br"}
    assert rules["/*.html.gz"] == {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"}
    assert "/*.js.br" not in rules  # no such file in this site


def test_the_file_reads_as_blocks_of_a_path_and_its_headers(tmp_path):
    site = small_site(tmp_path)
    hosts.write_headers(site)
    text = (site / hosts.HEADERS_FILE).read_text(encoding="utf-8")
    assert "\n/sw.js\n  Content-Security-Policy: default-src 'self';" in text
    assert all(line.startswith(("#", "/", "  ")) for line in text.splitlines() if line)


def test_a_header_two_rules_would_set_for_one_address_is_refused():
    rules = [hosts.Rule("/assets/*", (("Cache-Control", "no-cache"),)),
             hosts.Rule("/assets/x.js", (("Cache-Control", hosts.IMMUTABLE),)),
             hosts.Rule("/*", (("X-Content-Type-Options", "nosniff"),))]
    assert hosts.overlapping_rules(rules, ["/assets/x.js", "/assets/y.js", "/index.html"]) == [
        "/assets/x.js: Cache-Control from /assets/* and /assets/x.js"]
    assert hosts.path_matches("/*.js.br", "/a/b.js.br") and not hosts.path_matches("/*.js.br", "/a/b.mjs.br")


def test_more_rules_than_cloudflare_reads_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="more than the 100"):
        hosts.write_headers(small_site(tmp_path, pages=60))


def test_the_pages_workflow_runs_the_readme_build_and_publishes_site():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["build"]["steps"]
    build = next(step for step in steps if "run" in step)
    assert build["run"] == "make build" and "make build" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert build["env"]["SITE_URL"].startswith("${{ steps.pages.outputs.base_url }}")
    assert any(step.get("uses", "").startswith("actions/upload-pages-artifact") and step["with"]["path"] == "site"
               for step in steps)
    assert any(step.get("uses", "").startswith("actions/deploy-pages") for step in workflow["jobs"]["deploy"]["steps"])


def test_the_readme_server_snippets_give_the_workers_the_build_s_policy():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    snippets = readme[readme.index("```nginx"):readme.index("```", readme.index("```caddy") + 3)]
    quoted = [line.split('"')[1] for line in snippets.splitlines() if "default-src" in line]
    assert len(quoted) == 2  # nginx and Caddy
    assert set(quoted) == {security.policy_for([])}
