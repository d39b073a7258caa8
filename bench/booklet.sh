#!/usr/bin/env bash
# Booklet benchmark (issue 14; not a test): one booklet of N generated handouts (default 200), timed with
# peak RSS from GNU time, plus the book's page count. The target is a peak RSS under 1 GiB for 200 handouts.
# The PDF only (--no-audio): the audio companion speaks every handout, about a second of work per minute of audio.
#
#   bench/booklet.sh [N]
#
# Environment: BENCH_SEED (42), BENCH_JOBS (2), CAREPRINT_JAVA_OPTS (passed to the JVM, e.g. -Xmx512m to
# show the booklet does not need the whole book in memory).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
n=${1:-200}
seed=${BENCH_SEED:-42}
jobs=${BENCH_JOBS:-2}
case "$n" in ''|*[!0-9]*) echo "usage: bench/booklet.sh [N]" >&2; exit 2 ;; esac
[ -x /usr/bin/time ] || { echo "bench/booklet.sh: needs GNU time at /usr/bin/time" >&2; exit 2; }
dir="bench/corpus/n$n-s$seed"
[ -f "$dir/corpus.json" ] || python3 bench/gen-corpus.py --n "$n" --seed "$seed" --out "$dir" >&2
./careprint --version >/dev/null   # builds the jar when missing or stale, outside the timing
mkdir -p bench/results
book=bench/results/booklet-$n.pdf
log=bench/results/booklet-$n.log
set +e
SOURCE_DATE_EPOCH=1767225600 /usr/bin/time -v -o "$log.time" ./careprint booklet "$dir" -o "$book" \
  --title "Benchmark booklet" --org "CarePrint bench" --jobs "$jobs" --today 2026-01-01 --no-audio > "$log" 2>&1
rc=$?
set -e
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0;
         for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.1f", s }' "$log.time")
rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log.time")
cpu=$(awk -F': ' '/(User|System) time \(seconds\)/ { s += $2 } END { printf "%.1f", s }' "$log.time")
pages=$(pdfinfo "$book" 2>/dev/null | awk '/^Pages:/ { print $2 }' || true)
size=$(stat -c %s "$book" 2>/dev/null || echo NA)
echo "booklet of $n handouts: exit $rc, wall ${wall} s, cpu ${cpu} s, peak RSS ${rss} MiB, ${pages:-NA} pages, ${size} bytes"
grep -h '^Booklet ' "$log" || tail -3 "$log"
