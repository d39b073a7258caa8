#!/usr/bin/env bash
# The pipeline a technical user would script instead of CarePrint, for ONE page:
#   pdf:   pandoc (to standalone HTML) | WeasyPrint with a large-print stylesheet -> PDF/UA-1 (tagged)
#   audio: pandoc (to plain text) | espeak-ng at 150 wpm -> WAV -> LAME mono 16 kHz 40 kbps MP3
#          (the same MP3 settings CarePrint uses by default)
# Usage: bench/baseline-page.sh pdf|audio|both OUTDIR INPUT   (INPUT last, for xargs)
# Writes OUTDIR/<name>.pdf and/or OUTDIR/<name>.mp3, and OUTDIR/<name>.seconds (audio length).
# bench/run.sh runs it through `xargs -P 2` so the comparison uses both cores, like CarePrint.
set -euo pipefail
mode=$1 out=$2 in=$3
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
name=$(basename "$in"); name=${name%.*}
case "$in" in
  *.html|*.htm) from=html ;;
  *) from=markdown ;;  # .md, and .txt read as Markdown: the nearest reader pandoc has for scraped text
esac
if [ "$mode" = pdf ] || [ "$mode" = both ]; then
  pandoc --quiet -f "$from" -t html5 -s --metadata pagetitle="$name" "$in" \
    | weasyprint -q --pdf-variant pdf/ua-1 -s "$here/baseline.css" -u "$(dirname "$in")/" - "$out/$name.pdf"
fi
if [ "$mode" = audio ] || [ "$mode" = both ]; then
  wav="$out/$name.wav"
  pandoc --quiet -f "$from" -t plain --wrap=none "$in" | espeak-ng -s 150 --stdin -w "$wav"
  lame --quiet -m m --resample 16 -b 40 "$wav" "$out/$name.mp3"
  # espeak-ng writes 16-bit mono PCM at 22050 Hz after a 44-byte header.
  bytes=$(stat -c %s "$wav")
  echo "$(( (bytes - 44) / 2 )) 22050" | awk '{ printf "%.3f\n", $1 / $2 }' > "$out/$name.seconds"
  rm -f "$wav"
fi
