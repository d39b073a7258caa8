#!/usr/bin/env python3
"""Turns bench/results/raw.tsv (written by bench/run.sh) into the figures table and the target checks.

Usage: bench/summarize.py RAW.tsv N SEED JOBS [LOAD_BEFORE]
"""
import csv
import os
import datetime
import platform
import sys

GIB_KB = 1024 * 1024


def num(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def fmt(value, digits=1):
    return "–" if value is None else ("%.*f" % (digits, value))


def main(path, n, seed, jobs, load_before="NA"):
    with open(path, encoding="utf-8") as f:
        rows = {r["run"]: r for r in csv.DictReader(f, delimiter="\t")}

    def get(run):
        r = rows.get(run)
        if r is None:
            return None
        wall, pages = num(r["wall_s"]), num(r["pages"])
        docs = num(r["docs"])
        if docs is None:
            docs = pages if r["exit"] in ("0", "1") else None
        audio = num(r["audio_s"])
        return {
            "wall": wall, "pages": pages, "docs": docs, "exit": r["exit"],
            "rss_mib": None if num(r["max_rss_kb"]) is None else num(r["max_rss_kb"]) / 1024,
            "rss_kb": num(r["max_rss_kb"]), "audio": audio,
            "docs_s": docs / wall if docs is not None and wall else None,
            "audio_rt": audio / wall if audio is not None and wall else None,
            "cpu_page": num(r.get("cpu_s")) / docs if num(r.get("cpu_s")) and docs else None,
        }

    runs = {name: get(name) for name in rows}
    base_pdf, base_audio = runs.get("baseline-pdf"), runs.get("baseline-audio")
    base_full = None
    if base_pdf and base_audio and base_pdf["docs_s"] and base_audio["docs_s"]:
        # The two baseline pipelines share nothing, so a full build costs the sum of their times per page.
        per_page = 1 / base_pdf["docs_s"] + 1 / base_audio["docs_s"]
        base_full = {"docs_s": 1 / per_page, "cpu_page": None}
        if base_pdf["cpu_page"] and base_audio["cpu_page"]:
            base_full["cpu_page"] = base_pdf["cpu_page"] + base_audio["cpu_page"]

    def ratio(a, b, key="docs_s"):
        if a and b and a.get(key) and b.get(key):
            return a[key] / b[key]
        return None

    def cpu_note(a, b):
        """The same comparison by CPU time per page, which other load on the machine does not skew."""
        r = ratio(b, a, "cpu_page")
        return "" if r is None else " (by CPU time per page: %.2f×)" % r

    labels = [
        ("print", "careprint: print only (--no-audio)", base_pdf),
        ("audio", "careprint: audio only (--no-pdf)", base_audio),
        ("both", "careprint: print + audio", base_full),
        ("print-quarter", "careprint: print only, N/4 pages", None),
        ("cold", "careprint: one page, cold start", None),
        ("cold-print", "careprint: one page, cold start, --no-audio", None),
        ("baseline-pdf", "pandoc + WeasyPrint", None),
        ("baseline-audio", "espeak-ng + LAME", None),
    ]
    out = []
    out.append("## CarePrint benchmark: N = %s pages, seed %s, %s workers for the comparison" % (n, seed, jobs))
    out.append("%s, %s, %s cores, load average before the run: %s" % (
        datetime.date.today().isoformat(), platform.machine(), os.cpu_count(), load_before))
    load = num(load_before)
    if load is not None and load > 0.5 * (os.cpu_count() or 1):
        out.append("")
        out.append("**Warning: the machine was busy before the run; wall-clock figures are pessimistic. "
                   "CPU s per page does not depend on the other load.**")
    out.append("")
    out.append("| run | pages | wall s | docs/s | audio s per wall s | peak RSS MiB | CPU s per page | exit "
               "| vs comparison (docs/s) |")
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for key, label, base in labels:
        r = runs.get(key)
        if r is None:
            continue
        vs = ratio(r, base)
        out.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            label, fmt(r["pages"], 0), fmt(r["wall"], 2), fmt(r["docs_s"], 2), fmt(r["audio_rt"], 1),
            fmt(r["rss_mib"], 0), fmt(r["cpu_page"], 2), r["exit"], "–" if vs is None else "%.2f×" % vs))
    if base_full:
        out.append("| pandoc + WeasyPrint + espeak-ng + LAME (sum per page) | | | %s | | | %s | | |"
                   % (fmt(base_full["docs_s"], 2), fmt(base_full["cpu_page"], 2)))
    out.append("")

    # Targets from issue 6 (2 cores).
    checks = []

    def check(name, value, ok, shown):
        checks.append("- %s: %s → %s" % (name, shown, "n/a" if value is None else ("met" if ok else "NOT met")))

    p, q, b, c = runs.get("print"), runs.get("print-quarter"), runs.get("both"), runs.get("cold")
    v = p and p["docs_s"]
    check("print only ≥ 20 pages/s%s" % ("" if str(n) == "1000" else " (target is for N = 1000)"),
          v, v is not None and v >= 20, fmt(v, 2) + " pages/s")
    v = ratio(p, base_pdf)
    check("print only ≥ 20× pandoc + WeasyPrint", v, v is not None and v >= 20,
          fmt(v, 2) + "×" + cpu_note(p, base_pdf))
    v = ratio(b, base_full)
    check("full build faster than pandoc/WeasyPrint + espeak-ng/LAME", v, v is not None and v > 1,
          fmt(v, 2) + "×" + cpu_note(b, base_full))
    worst = max((r["rss_kb"] for r in (p, runs.get("audio"), b) if r and r["rss_kb"]), default=None)
    check("peak RSS < 1 GiB", worst, worst is not None and worst < GIB_KB,
          fmt(None if worst is None else worst / 1024, 0) + " MiB (largest of the three runs)")
    growth = p["rss_kb"] / q["rss_kb"] if p and q and p["rss_kb"] and q["rss_kb"] else None
    check("peak RSS flat in N (print only, N vs N/4; flat = ≤ 1.25×)", growth,
          growth is not None and growth <= 1.25, fmt(growth, 2) + "×")
    v = c and c["wall"]
    check("one page cold start < 2 s (median of 3)", v, v is not None and v < 2 and c["exit"] == "0",
          fmt(v, 2) + " s (exit %s)" % (c["exit"] if c else "–"))
    out.append("Targets (issue 6):")
    out += checks
    print("\n".join(out))


if __name__ == "__main__":
    main(*sys.argv[1:6])
