#!/usr/bin/env bash
# CarePrint benchmark: one command from a fresh clone.
#
#   bench/run.sh [N]        N pages (default 1000); `bench/run.sh 100` is a quick run
#
# Builds the jar (through the ./careprint launcher), generates the corpus if it is missing,
# then times `careprint build` for print only, audio only and both, a print-only run on N/4 pages
# (memory growth check) and a one-page cold start. If pandoc, weasyprint, espeak-ng and lame are
# installed (bench/install-baseline.sh), it also times that pipeline on the same pages with the same
# number of workers and prints the ratios. Figures go to the terminal and bench/results/summary.md.
#
# Environment: BENCH_SEED (42), BENCH_JOBS (2: workers for the comparison pipeline, and passed
# to careprint as --jobs), BENCH_BASELINE_N (N: compare on the first K pages only; rates stay
# comparable), BENCH_BASELINE=0 (skip the comparison).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
n=${1:-1000}
seed=${BENCH_SEED:-42}
jobs=${BENCH_JOBS:-2}
case "$n" in ''|*[!0-9]*) echo "usage: bench/run.sh [N]   (N = number of pages, default 1000)" >&2; exit 2 ;; esac
[ "$n" -ge 4 ] || { echo "bench/run.sh: N must be at least 4" >&2; exit 2; }
command -v python3 >/dev/null || { echo "bench/run.sh: needs python3 (for the corpus generator)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench/run.sh: needs GNU time at /usr/bin/time (apt-get install time, or bench/install-baseline.sh)" >&2; exit 2; }

results="bench/results"
mkdir -p "$results"
raw="$results/raw.tsv"
printf 'run\twall_s\tmax_rss_kb\texit\tdocs\taudio_s\tpages\tcpu_s\n' > "$raw"
load_before=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo NA)

# corpus N -> prints the folder holding exactly N pages for this seed, generating it if needed.
corpus() {
  local count=$1 dir="bench/corpus/n$1-s$seed"
  if ! python3 - "$dir/corpus.json" "$count" "$seed" <<'EOF' 2>/dev/null; then
import json, sys
info = json.load(open(sys.argv[1]))
sys.exit(0 if (info["n"], info["seed"]) == (int(sys.argv[2]), int(sys.argv[3])) else 1)
EOF
    echo "bench: generating $count pages (seed $seed) in $dir" >&2
    python3 bench/gen-corpus.py --n "$count" --seed "$seed" --out "$dir" --stats >&2
  fi
  echo "$dir"
}

# timed NAME LOG CMD... -> runs CMD under GNU time; sets wall (s), rss (KiB) and rc.
timed() {
  local log=$2
  shift 2
  set +e
  /usr/bin/time -v -o "$log.time" "$@" > "$log" 2>&1
  rc=$?
  set -e
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0;
           for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.3f", s }' "$log.time")
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log.time")
  cpu=$(awk -F': ' '/(User|System) time \(seconds\)/ { s += $2 } END { printf "%.2f", s }' "$log.time")
  [ -n "$wall" ] || wall=NA
  [ -n "$rss" ] || rss=NA
}

# report_stats DIR -> "docs audio_seconds" read defensively from DIR/report.json.
report_stats() {
  python3 bench/report_stats.py "$1/report.json" 2>/dev/null || echo "NA NA"
}

echo "bench: building the jar (./careprint --version)" >&2
tool_ok=1
./careprint --version >&2 || { tool_ok=0; echo "bench: the launcher could not build or start the tool; timing only the comparison pipeline" >&2; }

full=$(corpus "$n")
quarter=$(corpus $((n / 4)))

jobs_opt=()
if [ -n "${BENCH_JOBS:-}" ]; then jobs_opt=(--jobs "$jobs"); fi

run_careprint() {  # NAME CORPUS OUTDIR [OPTIONS...]
  local name=$1 dir=$2 out=$3
  shift 3
  local pages
  pages=$(find "$dir" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \) | wc -l)
  echo "bench: $name: careprint build $dir -o $out --force --quiet ${jobs_opt[*]} $*" >&2
  rm -rf "$out"
  timed "$name" "$results/$name.log" ./careprint build "$dir" -o "$out" --force --quiet "${jobs_opt[@]}" "$@"
  [ "$rc" = 0 ] || echo "bench: $name exited with $rc; see $results/$name.log" >&2
  read -r docs audio < <(report_stats "$out")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$wall" "$rss" "$rc" "$docs" "$audio" "$pages" "$cpu" >> "$raw"
}

if [ "$tool_ok" = 1 ]; then
  run_careprint print "$full" "$results/print" --no-audio
  run_careprint audio "$full" "$results/audio" --no-pdf
  run_careprint both "$full" "$results/both"
  run_careprint print-quarter "$quarter" "$results/print-quarter" --no-audio

  # Cold start: a fresh JVM building one page, as a clinic user would run it (median of three);
  # then the same with --no-audio, which shows the JVM start-up share apart from speech synthesis.
  one=$(find "$full" -maxdepth 1 -name '*.txt' | sort | head -1)
  for variant in cold cold-print; do
    extra=()
    [ "$variant" = cold-print ] && extra=(--no-audio)
    walls=()
    for i in 1 2 3; do
      rm -rf "$results/$variant"
      timed "$variant" "$results/$variant.log" ./careprint build "$one" -o "$results/$variant" --force "${extra[@]}"
      walls+=("$wall")
    done
    cold=$(printf '%s\n' "${walls[@]}" | sort -g | sed -n 2p)
    printf '%s\t%s\t%s\t%s\t1\tNA\t1\t%s\n' "$variant" "$cold" "$rss" "$rc" "$cpu" >> "$raw"
  done
fi

# The comparison pipeline on the same pages, 2 workers (xargs -P), when its tools are installed.
if [ "${BENCH_BASELINE:-1}" != 0 ]; then
  missing=()
  for tool in pandoc weasyprint espeak-ng lame; do command -v "$tool" >/dev/null || missing+=("$tool"); done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "bench: comparison skipped (missing: ${missing[*]}; run bench/install-baseline.sh)" >&2
  else
    k=${BENCH_BASELINE_N:-$n}
    list="$results/baseline-inputs.txt"
    find "$full" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \) | sort | head -n "$k" > "$list"
    pages=$(wc -l < "$list")
    for mode in pdf audio; do
      out="$results/baseline-$mode"
      rm -rf "$out"; mkdir -p "$out"
      echo "bench: baseline-$mode: $pages pages, $jobs workers" >&2
      timed "baseline-$mode" "$results/baseline-$mode.log" \
        xargs -a "$list" -d '\n' -P "$jobs" -n 1 bench/baseline-page.sh "$mode" "$out"
      [ "$rc" = 0 ] || echo "bench: baseline-$mode exited with $rc; see $results/baseline-$mode.log" >&2
      if [ "$mode" = pdf ]; then
        docs=$(find "$out" -name '*.pdf' | wc -l); audio=NA
      else
        docs=$(find "$out" -name '*.mp3' | wc -l)
        audio=$(cat "$out"/*.seconds 2>/dev/null | awk '{ s += $1 } END { printf "%.1f", s }')
      fi
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "baseline-$mode" "$wall" "$rss" "$rc" "$docs" "$audio" "$pages" "$cpu" >> "$raw"
    done
  fi
fi

python3 bench/summarize.py "$raw" "$n" "$seed" "$jobs" "$load_before" | tee "$results/summary.md"
