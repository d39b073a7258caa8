#!/usr/bin/env bash
# Intelligibility bench (issue 16): renders examples/ as WAV with each voice, then CMU Sphinx4 transcribes N cues
# per voice and the word error is printed for plain and medical cues. Not a unit test (minutes of CPU, 38 MB model).
# Needs de.sciss:sphinx4-core and sphinx4-data 1.0.0 (fetched from Maven Central on first use) and, for the flite
# voices, the flite program. Usage: bench/intelligibility.sh [N=40] [voices="kevin rms awb slt"] [pages=DIR]
# The default pages: examples/ and the held-out and unseen glossary fixtures (15 pages written in the shapes of NCI,
# CDC, MedlinePlus, USAGov and seed-style pages), so the cues are not only the three examples.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-40}"; voices="${2:-kevin rms awb slt}"; pages="${3:-}"
if [ -z "$pages" ]; then
  pages="target/intelligibility/pages"; rm -rf "$pages"; mkdir -p "$pages"
  cp examples/* "$pages"/
  for f in src/test/resources/glossary/heldout/* src/test/resources/glossary/unseen/*; do
    case "$f" in *.terms) ;; *) cp "$f" "$pages"/ ;; esac
  done
fi
repo="${MAVEN_REPO:-$HOME/.m2/repository}"
core="$repo/de/sciss/sphinx4-core/1.0.0/sphinx4-core-1.0.0.jar"
data="$repo/de/sciss/sphinx4-data/1.0.0/sphinx4-data-1.0.0.jar"
math="$repo/org/apache/commons/commons-math3/3.6/commons-math3-3.6.jar"
for a in de.sciss:sphinx4-core:1.0.0 de.sciss:sphinx4-data:1.0.0 org.apache.commons:commons-math3:3.6; do
  g="${a%%:*}"; rest="${a#*:}"; art="${rest%%:*}"; ver="${rest#*:}"
  [ -f "$repo/${g//.//}/$art/$ver/$art-$ver.jar" ] || mvn -B -q dependency:get -Dartifact="$a" -Dtransitive=false
done
mvn -B -q -o -DskipTests package
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.cp >/dev/null
# A copy of the jar, so a build or test run started meanwhile cannot change the classes under a long bench.
mkdir -p target/intelligibility/app
cp target/careprint.jar target/intelligibility/app/ && cp -r target/lib target/intelligibility/app/
cp="target/intelligibility/app/careprint.jar:$(cat target/bench.cp)"
mkdir -p target/bench-classes
javac -d target/bench-classes -cp "$cp:$core" bench/java/org/careprint/audio/IntelligibilityBench.java
work="target/intelligibility"
dirs=()
for v in $voices; do
  rm -rf "$work/$v"
  java -jar target/intelligibility/app/careprint.jar build "$pages" -o "$work/$v" --no-pdf --quiet --audio-format wav \
    --today 2026-11-01 --voice "$v"
  dirs+=("$work/$v")
done
java -Xmx1g -cp "target/bench-classes:$cp:$core:$data:$math" org.careprint.audio.IntelligibilityBench "$n" "${dirs[@]}"
