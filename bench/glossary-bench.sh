#!/usr/bin/env bash
# Glossary benchmark (issue 9 targets): built-in glossary load, cold (< 300 ms), and read + bind + check of a
# 5,000-word scraped page, warm (< 3 s). Usage: bench/glossary-bench.sh [words=5000] [runs=5]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/glossary-bench.cp >/dev/null
exec java -cp "target/classes:target/test-classes:$(cat target/glossary-bench.cp)" \
  org.careprint.glossary.bench.GlossaryBench "${1:-5000}" "${2:-5}"
