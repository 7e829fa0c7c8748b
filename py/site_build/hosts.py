"""What static hosts read beside the pages: ``_headers`` (Netlify, Cloudflare Pages).

A page's ``<meta>`` policy cannot say everything, and some files need headers no page can give:

- **Each page** gets the very policy of its ``<meta>`` tag (read back from the finished page, so
  the two cannot drift) plus what only a header can say: ``frame-ancestors 'none'`` (no other site
  may frame the tools). It is revalidated on every visit (``no-cache``), as are ``sw.js`` and the
  Pyodide lock file: a new build must be seen at once.
- **Worker scripts** (the tools' worker, Material's search worker, the service worker) get a policy
  of their own: a ``<meta>`` tag never reaches a worker, whose policy is its script's response's.
  It is the pages' policy (``security.policy_for``) without any page's inline-script hashes.
- **Content-hashed files** (Material's ``name.<hash>.min.js``, the digest folders of the compiled
  standard library and the wheels) are cached for a year, ``immutable``: a new build names new files.
- **Precompressed copies** (``x.br``, ``x.gz``, ``site_build.precompress``) carry the original's
  type and their encoding, should anything ask for them by name.

The hosts apply every rule whose path matches a request and join the values of a header named by
two rules into one; two policies would both be enforced. So no header is set by two rules that can
match the same path (``overlapping_rules`` checks it at build time), and there are at most 100
rules (Cloudflare Pages' limit) of lines at most 2,000 characters.
"""

from __future__ import annotations

import html
import mimetypes
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from site_build import offline, precompress, security

HEADERS_FILE = "_headers"
MAX_RULES = 100  # Cloudflare Pages reads no more
MAX_LINE = 2000  # characters, Cloudflare Pages again
FRAME_ANCESTORS = "frame-ancestors 'none'"
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"
# Every response: never sniff a type; nothing is sent as a Referer (the site links elsewhere only
# to its sources, and what the reader typed never reaches a URL anyway).
EVERY_RESPONSE = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}
# Worker scripts served as files (Material's search worker is found by its hashed name).
WORKER_SCRIPTS = (offline.SERVICE_WORKER, "assets/javascripts/thankyou-worker.js")
SEARCH_WORKER = re.compile(r"^assets/javascripts/workers/search(?:-[a-z]+)?\.[0-9a-f]{8}\.min\.js$")
# Material's content-hashed files, and the folders named by a digest of what they hold.
HASHED_FILE = re.compile(r"^assets/(?:javascripts|stylesheets)/(?:[\w/-]+)\.[0-9a-f]{8}\.min\.(?:js|css)$")
HASHED_FOLDERS = ("assets/pyodide/stdlib/", "assets/pyodide/wheels/")
LOCK_FILE = "assets/pyodide/pyodide-lock.json"
ENCODINGS = {".br": "br", ".gz": "gzip"}
TYPES = {".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm",
         ".html": "text/html; charset=utf-8", ".json": "application/json", ".xml": "application/xml"}
META_POLICY = re.compile(r'<meta http-equiv="Content-Security-Policy" content="(?P<policy>[^"]*)">')


@dataclass(frozen=True)
class Rule:
    """One block of ``_headers``: a path (``*`` matches anything) and the headers it sets."""

    path: str
    headers: tuple[tuple[str, str], ...]

    def matches(self, url_path: str) -> bool:
        return path_matches(self.path, url_path)


def path_matches(pattern: str, url_path: str) -> bool:
    """Whether a rule's path matches a request's path, as the hosts match: ``*`` is any run of characters."""
    return re.fullmatch(".*".join(map(re.escape, pattern.split("*"))), url_path) is not None


def meta_policy(page_html: str) -> str | None:
    """The policy of the page's ``<meta http-equiv>`` tag, as the browser reads it."""
    match = META_POLICY.search(page_html)
    return html.unescape(match["policy"]) if match else None


def page_header_policy(policy: str) -> str:
    """A page's policy as a header: its ``<meta>`` policy and what only a header can carry."""
    return f"{policy}; {FRAME_ANCESTORS}"


def worker_policy() -> str:
    """The policy of a worker's script: the pages' own, without any page's inline scripts."""
    return security.policy_for([])


def page_paths(relative: str) -> list[str]:
    """The addresses a host serves one page at: ``/x.html`` and ``/x`` (hosts' "pretty URLs"),
    ``/dir/`` for ``dir/index.html``."""
    path = PurePosixPath(relative)
    if path.name == "index.html":
        folder = "/" if str(path.parent) == "." else f"/{path.parent}/"
        return [folder, f"{folder}index.html"]
    return [f"/{relative}", f"/{relative.removesuffix('.html')}"]


def content_type(suffix: str) -> str:
    return TYPES.get(suffix) or mimetypes.types_map.get(suffix, "application/octet-stream")


def rules_for(site_dir: Path) -> list[Rule]:
    """Every rule of ``_headers`` for the built site in ``site_dir``."""
    files = offline.site_files(site_dir)
    rules = [Rule("/*", tuple(EVERY_RESPONSE.items()))]
    for relative in files:
        if not relative.endswith(".html"):
            continue
        policy = meta_policy((site_dir / relative).read_text(encoding="utf-8"))
        if policy is None:
            raise ValueError(f"{relative}: no Content-Security-Policy <meta> tag (security.secure_page runs first)")
        headers = (("Content-Security-Policy", page_header_policy(policy)), ("Cache-Control", REVALIDATE))
        rules += [Rule(path, headers) for path in page_paths(relative)]
    worker = ("Content-Security-Policy", worker_policy())
    for relative in files:
        if relative in WORKER_SCRIPTS:
            rules.append(Rule(f"/{relative}", (worker, ("Cache-Control", REVALIDATE))))
        elif SEARCH_WORKER.match(relative):
            rules.append(Rule(f"/{relative}", (worker, ("Cache-Control", IMMUTABLE))))
        elif HASHED_FILE.match(relative):
            rules.append(Rule(f"/{relative}", (("Cache-Control", IMMUTABLE),)))
        elif relative == LOCK_FILE:
            rules.append(Rule(f"/{relative}", (("Cache-Control", REVALIDATE),)))
    rules += [Rule(f"/{folder}*", (("Cache-Control", IMMUTABLE),)) for folder in HASHED_FOLDERS
              if any(relative.startswith(folder) for relative in files)]
    for suffix in precompress.SUFFIXES:
        for encoded, encoding in ENCODINGS.items():
            if any(relative.endswith(suffix + encoded) for relative in files):
                rules.append(Rule(f"/*{suffix}{encoded}", (("Content-Type", content_type(suffix)),
                                                           ("Content-Encoding", encoding))))
    return rules


def overlapping_rules(rules: list[Rule], url_paths: list[str]) -> list[str]:
    """Each request path given for which two matching rules set the same header (hosts would join them)."""
    clashes = []
    for url_path in url_paths:
        seen: dict[str, str] = {}
        for rule in rules:
            if not rule.matches(url_path):
                continue
            for name, _value in rule.headers:
                if name.lower() in seen:
                    clashes.append(f"{url_path}: {name} from {seen[name.lower()]} and {rule.path}")
                seen[name.lower()] = rule.path
    return clashes


def render(rules: list[Rule]) -> str:
    """The text of ``_headers``."""
    blocks = ["# Written by the build (py/site_build/hosts.py) for Netlify and Cloudflare Pages: do not edit."]
    blocks += [rule.path + "".join(f"\n  {name}: {value}" for name, value in rule.headers) for rule in rules]
    return "\n\n".join(blocks) + "\n"


def write_headers(site_dir: Path) -> list[Rule]:
    """Write ``_headers`` into the built site; refuse rules a host would misread."""
    rules = rules_for(site_dir)
    served = ["/" + relative for relative in offline.site_files(site_dir)]
    served += [path for relative in served if relative.endswith(".html") for path in page_paths(relative[1:])]
    clashes = overlapping_rules(rules, served)
    if clashes:
        raise ValueError("_headers: a header set twice for one address: " + "; ".join(clashes[:5]))
    if len(rules) > MAX_RULES:
        raise ValueError(f"_headers: {len(rules)} rules, more than the {MAX_RULES} Cloudflare Pages reads")
    text = render(rules)
    long_lines = [line[:60] for line in text.splitlines() if len(line) > MAX_LINE]
    if long_lines:
        raise ValueError(f"_headers: lines longer than {MAX_LINE} characters: {long_lines}")
    (site_dir / HEADERS_FILE).write_text(text, encoding="utf-8")
    return rules
