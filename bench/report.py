"""The bench's table and goals, from one run's results; and the machine they came from."""

from __future__ import annotations

import os
import platform
import re
from pathlib import Path

from bench.stats import ratio

ROWS = (
    ("floor", "floor: fetch + compileStreaming of pyodide.asm.wasm"),
    ("baseline", "baseline: main thread, full stdlib, wheel, one check"),
    ("cold", "cold: checker page, fresh context, to first answer"),
    ("warm_same_page", "warm: same page again, same context"),
    ("warm_second_tool", "warm: second tool page by site navigation (from click)"),
    ("file_cold", "file://: checker page opened from disk, cold"),
    ("floor_phone", "phone: floor"),
    ("baseline_phone", "phone: baseline"),
    ("cold_phone", "phone: cold"),
    ("long_tasks_cold", "main-thread long tasks until first answer (ours)"),
    ("long_tasks_cold_starting", "  of which after DOMContentLoaded, while Python starts"),
    ("long_tasks_baseline", "main-thread long tasks until first answer (baseline)"),
    ("long_tasks_guide", "main-thread long tasks on a guide page (no Python)"),
    ("lever_reference", "levers' reference: the checker page as shipped"),
    ("lever_reference_phone", "levers' reference, phone"),
    ("lever_before", "lever off: all (source stdlib + wheel, late start, no hints)"),
    ("lever_plain-stdlib", "lever off: compiled stdlib (source zip + wheel)"),
    ("lever_late-start", "lever off: early start (worker made on page ready)"),
    ("lever_plain-stdlib_phone", "lever off, phone: compiled stdlib"),
    ("lever_uncompressed_phone", "lever off, phone: precompressed files"),
    ("lever_preload-hints", "lever off: preload hint for the compiled stdlib"),
    ("lever_preload-hints_phone", "lever off, phone: preload hints"),
    ("snapshot_without", "snapshot lever: bench page without snapshot"),
    ("snapshot_with", "snapshot lever: same page, memory snapshot restored"),
    ("snapshot_without_phone", "snapshot lever, phone: without snapshot"),
    ("snapshot_with_phone", "snapshot lever, phone: memory snapshot restored"),
)


def machine(browser_version: str) -> dict[str, object]:
    cpu = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        found = re.search(r"^model name\s*:\s*(.+)$", cpuinfo.read_text(), re.MULTILINE)
        cpu = found.group(1).strip() if found else ""
    return {
        "cpu": cpu or platform.processor() or platform.machine(),
        "cores": os.cpu_count(),
        "chromium": browser_version,
        "system": platform.platform(),
        "load_average": [round(value, 2) for value in os.getloadavg()],
    }


def goals(results: dict) -> list[dict[str, object]]:
    """Each goal of issue 8 with this run's value (ratios from the same run) and whether it is met."""
    times = results["times"]

    def median(name: str) -> float | None:
        return (times.get(name) or {}).get("median")

    latency = results["latency"]
    bytes_ = results["bytes"]
    stdlib = results["stdlib"]
    rows = [
        ("cold ÷ baseline (127.0.0.1)", ratio(median("cold"), median("baseline")), "≤", 0.5),
        ("cold ÷ baseline (phone network)", ratio(median("cold_phone"), median("baseline_phone")), "≤", 1.0),
        ("cold ÷ floor (127.0.0.1)", ratio(median("cold"), median("floor")), "report", None),
        ("cold ÷ floor (phone network)", ratio(median("cold_phone"), median("floor_phone")), "report", None),
        ("warm second tool page ÷ cold", ratio(median("warm_second_tool"), median("cold")), "≤", 0.2),
        ("latency p95, checker (ms)", (latency.get("check") or {}).get("p95"), "≤", 16),
        ("latency p95, generator (ms)", (latency.get("draft") or {}).get("p95"), "≤", 50),
        ("main-thread long tasks during load (ms, median)", median("long_tasks_cold"), "≤", 50),
        ("  the same on a guide page without Python (ms, median)", median("long_tasks_guide"), "report", None),
        ("  long tasks while Python starts, after DOMContentLoaded (ms)", median("long_tasks_cold_starting"), "≤", 50),
        ("Pyodide bytes on a guide page", (bytes_.get("guide page (no tool)") or {}).get("pyodide_raw"), "=", 0),
        ("stdlib shipped ÷ full python_stdlib.zip (bytes)", ratio(stdlib.get("tools_raw"), stdlib.get("full_raw")), "report", None),
    ]
    checked = []
    for name, value, relation, limit in rows:
        if value is None:
            met = None
        elif relation == "≤":
            met = value <= limit
        elif relation == "=":
            met = value == limit
        else:
            met = None
        checked.append({"goal": name, "value": value, "relation": relation, "limit": limit, "met": met})
    return checked


def _seconds(value: float | None) -> str:
    return "—" if value is None else f"{value / 1000:.2f}"


def table(results: dict) -> str:
    lines = []
    info = results["machine"]
    lines.append(
        f"Machine: {info['cpu']} ({info['cores']} cores, shared), Chromium {info['chromium']}; "
        f"load average at start {info['load_average']}. Phone network: {results['settings']['network']}."
    )
    lines.append("")
    lines.append(f"{'measurement':<58} {'median s':>9} {'min–max s':>13} {'n':>3}")
    for key, label in ROWS:
        row = results["times"].get(key)
        if not row or not row["n"]:
            note = results["notes"].get(key, "not measured")
            lines.append(f"{label:<58} {'—':>9}   {note}")
            continue
        spread = f"{_seconds(row['min'])}–{_seconds(row['max'])}"
        lines.append(f"{label:<58} {_seconds(row['median']):>9} {spread:>13} {row['n']:>3}")
    for key, note in results["notes"].items():
        if key in ("warm_second_tool", "instant_navigation"):
            lines.append(f"  note: {note}")
    lines.append("")
    for tool, row in results["latency"].items():
        lines.append(f"latency {tool}: input event → answer in page: p50 {row['p50']:.1f} ms, p95 {row['p95']:.1f} ms "
                     f"(max {row['max']:.1f} ms, n={row['n']})")
    if "latency_draft" in results["notes"]:
        lines.append(f"latency draft: {results['notes']['latency_draft']}")
    lines.append("")
    lines.append(f"{'bytes on a cold visit':<28} {'raw':>11} {'gzip -9':>11} {'wire':>11} {'Pyodide raw':>12} {'files':>6}")
    for kind, row in results["bytes"].items():
        lines.append(f"{kind:<28} {row['raw']:>11,} {row['gzip']:>11,} {row['wire']:>11,} {row['pyodide_raw']:>12,} {row['files']:>6}")
    snapshot = results.get("snapshot") or {}
    if snapshot:
        lines.append(f"memory snapshot (not shipped): {snapshot['raw']:,} bytes raw, {snapshot['gzip']:,} gzip -9")
    stdlib = results["stdlib"]
    if stdlib.get("tools_raw"):
        lines.append(f"standard library shipped: {stdlib['tools_raw']:,} bytes (compiled, only what is imported) "
                     f"vs {stdlib['full_raw']:,} (Pyodide's full python_stdlib.zip)")
    lines.append("")
    lines.append("goals (ratios of medians from this run):")
    for goal in results["goals"]:
        value = goal["value"]
        shown = "—" if value is None else (f"{value:.2f}" if isinstance(value, float) else f"{value:,}")
        verdict = {True: "met", False: "NOT met", None: "reported" if goal["relation"] == "report" else "not measured"}[goal["met"]]
        limit = "" if goal["limit"] is None else f" (goal {goal['relation']} {goal['limit']})"
        lines.append(f"  {goal['goal']:<50} {shown:>8}{limit}: {verdict}")
    return "\n".join(lines)
