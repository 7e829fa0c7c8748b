"""``python -m bench [--quick] [--out FILE] [--site-dir DIR] [--built DIR]``: build, serve, measure, print, write JSON."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="one round, few input changes, no levers: checks that the bench works")
    parser.add_argument("--rounds", type=int, default=5, help="rounds of every measurement (default 5)")
    parser.add_argument("--no-levers", action="store_true", help="skip the pages that measure each lever")
    parser.add_argument("--out", type=Path, default=None, help="JSON file (default bench/results/bench-TIME.json)")
    parser.add_argument("--site-dir", type=Path, default=RESULTS / "site", help="where to build the served copy")
    parser.add_argument("--built", type=Path, default=None,
                        help="copy this site, already built by `mkdocs build`, instead of building (the tests pass theirs)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "py"))
    sys.path.insert(0, str(ROOT))

    from playwright.sync_api import sync_playwright

    from bench import report, run, server

    settings = run.Settings(rounds=1 if args.quick else max(1, args.rounds), quick=args.quick, levers=not (args.quick or args.no_levers))
    started = time.strftime("%Y-%m-%dT%H-%M-%S")
    out = args.out or RESULTS / f"bench-{started}.json"

    def progress(message: str) -> None:
        print(f"bench: {message}", file=sys.stderr, flush=True)

    shutil.rmtree(args.site_dir, ignore_errors=True)
    if args.built:
        # A copy: the bench writes its own pages into the site it serves.
        progress(f"copying the site built in {args.built} into {args.site_dir}")
        shutil.copytree(args.built, args.site_dir)
    else:
        progress(f"building the site into {args.site_dir}")
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(args.site_dir)], cwd=ROOT, check=True,
        )
    executable = shutil.which("chromium")
    if executable is None:
        progress("Chromium is missing: `make test` installs Debian's chromium package")
        return 1
    with server.serve(args.site_dir) as host, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            machine = report.machine(browser.version)
            results = run.run(browser, host, settings, progress)
        finally:
            browser.close()
    results["machine"] = machine
    results["settings"] = {
        "rounds": settings.rounds,
        "quick": settings.quick,
        "network": asdict(settings.network),
        "host": "127.0.0.1, precompressed .br/.gz served when accepted (baseline too)",
        "started": started,
    }
    results["goals"] = report.goals(results)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    print(report.table(results))
    print(f"\nwritten: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
