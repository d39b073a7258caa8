#!/usr/bin/env python3
"""Prints "DOCS AUDIO_SECONDS" from a careprint report.json, read defensively.

DOCS counts the documents that did not fail; AUDIO_SECONDS sums every number under a key containing
"duration" in each document's outputs (keys naming milliseconds are converted). Either is "NA" when
the report does not say. Usage: bench/report_stats.py OUT/report.json
"""
import json
import sys

FAILED = {"failed", "fail", "error", "errored"}


def documents(report):
    if isinstance(report, dict):
        for key in ("documents", "docs", "entries", "results", "files"):
            if isinstance(report.get(key), list):
                return report[key]
        for value in report.values():
            if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
                return value
    if isinstance(report, list):
        return report
    return None


def durations(node, key=""):
    """Seconds found under *duration* keys anywhere below node."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield from durations(v, k)
    elif isinstance(node, list):
        for v in node:
            yield from durations(v, key)
    elif isinstance(node, (int, float)) and not isinstance(node, bool) and "duration" in key.lower():
        lowered = key.lower()
        yield node / 1000.0 if ("ms" in lowered or "milli" in lowered) else float(node)


def main(path):
    with open(path, encoding="utf-8") as f:
        report = json.load(f)
    docs = documents(report)
    if docs is None:
        print("NA NA")
        return
    ok = 0
    audio = []
    for doc in docs:
        status = str(doc.get("status", "")).lower() if isinstance(doc, dict) else ""
        if status not in FAILED:
            ok += 1
        if isinstance(doc, dict):
            audio += list(durations(doc.get("outputs", doc)))
    print(ok, "%.1f" % sum(audio) if audio else "NA")


if __name__ == "__main__":
    main(sys.argv[1])
