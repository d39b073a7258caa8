#!/usr/bin/env bash
# Installs the comparison pipeline a technical user would script instead of CarePrint
# (pandoc + WeasyPrint for PDF, espeak-ng + LAME for audio) and GNU time for peak RSS.
# Debian/Ubuntu only; run as root (or with sudo). bench/run.sh works without them and then
# simply skips the comparison.
set -euo pipefail
sudo_cmd=()
if [ "$(id -u)" != 0 ]; then sudo_cmd=(sudo); fi
"${sudo_cmd[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends \
  pandoc weasyprint espeak-ng lame time
pandoc --version | head -1
weasyprint --version
espeak-ng --version
lame --version | head -1
