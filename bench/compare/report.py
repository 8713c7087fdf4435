#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads the measure.py results of bench/run-comparison.sh and prints the comparison.

    report.py validate-status RESULT.json      -> "ok", "unavailable: why" or "error: why"
    report.py table RESULTS.jsonl --file F --rows N

Each line of RESULTS.jsonl is a measure.py result plus "tool" and "run". Python 3 stdlib only.
"""
import json
import os
import re
import statistics
import sys

MB = 1 << 20

# tool id -> (label in the table, what its rows column means)
TOOLS = {
    "wc": "`wc -l` (lines, not rows)",
    "index": "Godwit row index, 2 threads",
    "inspect": "`godwit inspect --json`",
    "validate": "**Godwit full pass** (`godwit validate`)",
    "duckdb": "DuckDB `read_csv`, 2 threads",
    "papaparse": "PapaParse (Node stream)",
    "python": "Python `csv`",
}


def first_json(text):
    """The first JSON object in text (tools may print a line or two before it)."""
    start = text.find("{")
    while start >= 0:
        try:
            return json.JSONDecoder().raw_decode(text[start:])[0]
        except ValueError:
            start = text.find("{", start + 1)
    return None


def walk(node):
    yield node
    if isinstance(node, dict):
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def godwit_counts(report):
    """(rows, invalid e-mails) from `godwit validate --json`, wherever the report sits in it."""
    rows = invalid = None
    for node in walk(report):
        if not isinstance(node, dict):
            continue
        if rows is None and isinstance(node.get("inserted"), (int, float)):
            rows = int(node["inserted"])
        if node.get("column") == "email" and isinstance(node.get("rules"), list):
            invalid = sum(int(r.get("count", 0)) for r in node["rules"] if r.get("rule") == "email")
    if rows is None:  # no "inserted": add up the sheets
        counts = [n["rowCount"] for n in walk(report) if isinstance(n, dict) and "rowCount" in n]
        rows = int(sum(counts)) if counts else None
    if invalid is None and rows is not None:
        invalid = 0  # the report lists only columns with failures
    return rows, invalid


def validate_status(result):
    """Whether `godwit validate` ran: it exits 0 (all valid) or 1 (rows flagged) with a JSON report."""
    stderr = result.get("stderr", "")
    last = stderr.strip().splitlines()[-1] if stderr.strip() else ""
    if result.get("timed_out"):
        return "error: timed out"
    code = result.get("exit")
    if code in (0, 1) and first_json(result.get("stdout", "")) is not None:
        return "ok"
    # Before the command exists, `godwit validate ...` either says so (exit 2, unknown command or
    # usage) or falls through to the GUI, which aborts without a display (the driver unsets it).
    if code == 2 and re.search(r"unknown command|usage", stderr, re.I):
        return f"unavailable: {last or 'usage'}"
    if re.search(r"platform plugin|could not connect to display", stderr, re.I):
        return "unavailable: godwit has no validate command yet (it started the GUI)"
    return f"error: exit {code}: {last or 'no message'}"


def extract(tool, result):
    """(rows, invalid e-mails, note) from one run's output."""
    out = result.get("stdout", "")
    if tool == "wc":
        return int(out.split()[0]), None, ""
    data = first_json(out)
    if data is None:
        return None, None, "no JSON output"
    if tool == "index":
        return int(data["index_records"]) - 1, None, ""  # the header is a record
    if tool == "inspect":
        return int(data["row_count"]), None, ""
    if tool == "validate":
        rows, invalid = godwit_counts(data)
        return rows, invalid, ""
    return int(data["rows"]), int(data["invalid_emails"]), f"in-process {data['seconds']:.2f} s"


def fmt(value, digits=2):
    if value is None:
        return "–"
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.{digits}f}"


def table(path, data_file, expected_rows):
    size = os.path.getsize(data_file)
    runs = {}
    loads = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            entry = json.loads(line)
            if entry.get("tool") == "load":
                loads.append(entry["load"])
                continue
            runs.setdefault(entry["tool"], []).append(entry)

    summary = {}
    warnings = []
    lines = [
        "| tool | wall s (median) | MB/s | CPU s (median) | peak RSS MB | of which anon MB | rows | invalid e-mails "
        "| notes |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for tool, label in TOOLS.items():
        entries = runs.get(tool)
        if not entries:
            continue
        status = entries[0].get("status", "ok")
        if status != "ok":
            lines.append(f"| {label} | {status} | | | | | | | |")
            summary[tool] = None
            continue
        failed = [e for e in entries if e["exit"] not in ((0, 1) if tool == "validate" else (0,))]
        if failed:
            e = failed[0]
            last = e["stderr"].strip().splitlines()[-1:] or ["no message"]
            lines.append(f"| {label} | failed: exit {e['exit']}: {last[0]} | | | | | | | |")
            warnings.append(f"{tool}: exit {e['exit']}: {e['stderr'].strip()[-500:]}")
            summary[tool] = None
            continue
        wall = statistics.median(e["wall_s"] for e in entries)
        cpu = statistics.median(e["user_s"] + e["sys_s"] for e in entries)
        rss = max(e["peak_rss_MB"] for e in entries)
        bound = "" if all(e.get("peak_rss_exact", True) for e in entries) else "≤ "
        anon = max(e["peak_anon_MB"] for e in entries)
        extracted = [extract(tool, e) for e in entries]
        rows, invalid, _ = extracted[0]
        note = ""
        if tool == "index":
            inside = [first_json(e["stdout"])["index_s"] for e in entries]
            note = (f"the index pass alone: {statistics.median(inside):.2f} s median "
                    f"({size / MB / statistics.median(inside):,.0f} MB/s)")
        if tool in ("duckdb", "papaparse", "python"):
            note = "in-process s: " + ", ".join(x[2].split()[1] for x in extracted)
        if len({x[:2] for x in extracted}) > 1:
            warnings.append(f"{tool}: counts differ between runs: {[x[:2] for x in extracted]}")
        lines.append(
            f"| {label} | {fmt(wall)} | {fmt(size / MB / wall, 0)} | {fmt(cpu)} | {bound}{fmt(rss, 1)} | {fmt(anon, 1)} "
            f"| {fmt(rows)} | {fmt(invalid)} | {note} |"
        )
        summary[tool] = {"wall": wall, "cpu": cpu, "rss": rss, "anon": anon, "rows": rows, "invalid": invalid}
        if tool == "duckdb":
            summary[tool]["inside"] = statistics.median(first_json(e["stdout"])["seconds"] for e in entries)

    print("\n".join(lines))
    print()
    print(f"File: {data_file}, {size:,} bytes ({size / MB:,.1f} MB, MB = 2^20 bytes); "
          f"{len(next(iter(runs.values()), []))} runs each, interleaved; wall = median, peak RSS = "
          "the largest of the runs.")
    if loads:
        print(f"Load average (1 min) before each round: {', '.join(loads)}")

    # Cross-checks: every parser must see the same data rows; the regex-based tools the same e-mails.
    for tool, s in summary.items():
        if s and tool != "wc" and s["rows"] is not None and s["rows"] != expected_rows:
            warnings.append(f"{tool} counted {s['rows']:,} data rows, expected {expected_rows:,}")
    regex_counts = {t: summary[t]["invalid"] for t in ("duckdb", "papaparse", "python") if summary.get(t)}
    if len(set(regex_counts.values())) > 1:
        warnings.append(f"invalid e-mail counts differ between the regex tools: {regex_counts}")
    if summary.get("validate") and regex_counts:
        godwit = summary["validate"]["invalid"]
        reference = next(iter(regex_counts.values()))
        if godwit != reference:
            print(f"Note: Godwit's e-mail rule flags {fmt(godwit)} values, the regex {fmt(reference)} "
                  "(different rules: see docs/performance.md).")

    print()
    print("Targets (issue 3 §6):")
    duck, full, wc, index = (summary.get(t) for t in ("duckdb", "validate", "wc", "index"))
    if full and duck:
        ratio = duck["wall"] / full["wall"]
        inside = duck["inside"] / full["wall"]
        print(f"- full pass ≥ 2× faster than DuckDB: {ratio:.2f}× DuckDB's process wall time, {inside:.2f}× "
              f"its in-process time (without starting node and loading DuckDB) — "
              f"{'met' if min(ratio, inside) >= 2 else 'met on process wall time only' if ratio >= 2 else 'NOT met'}")
    else:
        print("- full pass ≥ 2× faster than DuckDB: pending (godwit validate not measured)")
    if index and wc:
        ratio = index["wall"] / wc["wall"]
        print(f"- row index within 3× of wc -l: {ratio:.2f}× the time of wc -l — "
              f"{'met' if ratio <= 3 else 'NOT met'}")
    if full:
        print(f"- full pass peak RSS ≤ 200 MB: {full['rss']:.0f} MB (anonymous {full['anon']:.0f} MB) — "
              f"{'met' if full['rss'] <= 200 else 'NOT met'}")
    else:
        print("- full pass peak RSS ≤ 200 MB: pending")

    for w in warnings:
        print(f"WARNING: {w}", file=sys.stderr)
    return 1 if warnings else 0


def main():
    args = sys.argv[1:]
    if len(args) == 2 and args[0] == "validate-status":
        with open(args[1], encoding="utf-8") as f:
            print(validate_status(json.load(f)))
        return 0
    if len(args) == 6 and args[0] == "table" and args[2] == "--file" and args[4] == "--rows":
        return table(args[1], args[3], int(args[5]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
