#!/usr/bin/env bash
# Creates target/careprint.jsa, an AppCDS (class data sharing) archive for the current jar, by a
# training run that builds one page of each format. The ./careprint launcher passes
# -XX:SharedArchiveFile=target/careprint.jsa when that file exists, which cuts JVM start-up
# (class loading and verification) for every later run. JDK 17, dynamic archive (JEP 350).
#
# The archive is tied to this exact jar (path, size and timestamp): re-run this script after
# every rebuild of target/careprint.jar, or the JVM ignores the archive with a warning.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./careprint --version > /dev/null          # (re)builds the jar when the sources changed
train="$(mktemp -d)"
trap 'rm -rf "$train"' EXIT
python3 bench/gen-corpus.py --n 3 --seed 1 --out "$train/in"   # one .txt, one .md, one .html
rm -f target/careprint.jsa
# Same JVM options as the launcher, so the archived classes match what a normal run loads.
java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
     -XX:ArchiveClassesAtExit=target/careprint.jsa \
     -jar target/careprint.jar build "$train/in" -o "$train/out" --force --quiet || true
ls -l target/careprint.jsa
