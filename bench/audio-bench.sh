#!/usr/bin/env bash
# Audio benchmark: synthesis + encoding of a generated ~2000-word page.
# Prints seconds of audio per wall second and per CPU second of the rendering thread (= per core).
# Usage: bench/audio-bench.sh [words=2000] [runs=3] [outDir] [format=mp3|wav]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/audio-bench.cp >/dev/null
exec java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/audio-bench.cp)" \
  org.careprint.audio.bench.AudioBench "${1:-2000}" "${2:-3}" "${3:-}" "${4:-mp3}"
