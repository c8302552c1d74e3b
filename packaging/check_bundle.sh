#!/usr/bin/env bash
# Use the built bundle as a coordinator would, with no virtual environment and no source tree:
# --version, `masthead consolidate` on the demo samples (report, ICS, workbook, PDF), a workspace
# written by a newer Masthead refused, and the window offscreen with a screenshot.
#
#   packaging/check_bundle.sh [BUNDLE_FOLDER]     (default dist/masthead; after `make dist`)
#
# Leaves its outputs and screenshots in dist/check/. Needs sqlite3 (the newer-workspace check);
# pdfinfo (poppler-utils) is used when present.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUNDLE="$(cd "${1:-$ROOT/dist/masthead}" && pwd)"
EXE="$BUNDLE/masthead"
OUT="$ROOT/dist/check"
SAMPLES="$ROOT/resources/samples"
[ -x "$EXE" ] || { echo "check_bundle: no bundle at $BUNDLE (run make dist)" >&2; exit 1; }
rm -rf "$OUT"; mkdir -p "$OUT/home" "$OUT/run"; chmod 700 "$OUT/home"

fail() { echo "check_bundle: FAILED: $*" >&2; exit 1; }
command -v sqlite3 >/dev/null 2>&1 || fail "needs the sqlite3 program (Debian: apt-get install sqlite3)"
# A clean environment: no VIRTUAL_ENV, PYTHONPATH or venv on PATH, an empty home, run from an empty folder.
run() {
  (cd "$OUT/run" && env -i HOME="$OUT/home" PATH=/usr/bin:/bin LANG=C.UTF-8 TZ=Europe/Berlin \
     QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$OUT/home" "$EXE" "$@")
}
count=0
ok() { count=$((count + 1)); echo "check_bundle: ok: $*"; }

# 1. the version, baked in at build time, equals pyproject.toml's
want="$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$ROOT/pyproject.toml" | head -n 1)"
got="$(run --version)"
[ "$got" = "masthead $want" ] || fail "--version said '$got', pyproject.toml says $want"
ok "--version: $got"

# 2. consolidate the demo samples: summary, report, ICS, workbook, printed weeks
mapfile -t files < <(find "$SAMPLES" -maxdepth 1 -type f \( -name '*.ics' -o -name '*.xlsx' -o -name '*.xls' \
  -o -name '*.ods' -o -name '*.csv' \) | sort)
[ "${#files[@]}" -ge 3 ] || fail "fewer than 3 sample calendars in $SAMPLES"
status=0
run consolidate "${files[@]}" --timezone Europe/Berlin --report "$OUT/report.json" --ics "$OUT/master.ics" \
  --xlsx "$OUT/master.xlsx" --week-pdf "$OUT/weeks.pdf" > "$OUT/consolidate.txt" 2>&1 || status=$?
[ "$status" -eq 0 ] || { cat "$OUT/consolidate.txt"; fail "consolidate exited $status"; }
cat "$OUT/consolidate.txt"
grep -q "Traceback" "$OUT/consolidate.txt" && fail "consolidate printed a traceback"
grep -Eq "^Total: [1-9][0-9]* entries from ${#files[@]} file" "$OUT/consolidate.txt" || fail "no total for ${#files[@]} files"
grep -q '"entries"' "$OUT/report.json" && grep -q '"conflicts"' "$OUT/report.json" || fail "report.json lacks entries/conflicts"
head -c 15 "$OUT/master.ics" | grep -q "BEGIN:VCALENDAR" || fail "master.ics is no calendar"
[ "$(grep -c '^BEGIN:VEVENT' "$OUT/master.ics")" -gt 0 ] || fail "master.ics has no event"
head -c 2 "$OUT/master.xlsx" | grep -q "PK" || fail "master.xlsx is no workbook"
head -c 5 "$OUT/weeks.pdf" | grep -q "%PDF" || fail "weeks.pdf is no PDF"
if command -v pdfinfo >/dev/null 2>&1; then
  pages="$(pdfinfo "$OUT/weeks.pdf" | sed -n 's/^Pages: *//p')"
  [ "${pages:-0}" -ge 1 ] || fail "weeks.pdf has no page"
fi
ok "consolidate: $(grep '^Total:' "$OUT/consolidate.txt")"

# 3. a workspace written by a newer Masthead is refused with a clear message, not opened or migrated
ws="$OUT/newer.sqlite"
run consolidate "${files[0]}" --workspace "$ws" > /dev/null
sqlite3 "$ws" "UPDATE masthead_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'schema_version'"
status=0
run consolidate "${files[0]}" --workspace "$ws" > "$OUT/newer.txt" 2>&1 || status=$?
[ "$status" -eq 1 ] || { cat "$OUT/newer.txt"; fail "a newer workspace gave exit $status, not 1"; }
grep -q "written by a newer Masthead" "$OUT/newer.txt" || { cat "$OUT/newer.txt"; fail "no clear message for a newer workspace"; }
grep -q "Traceback" "$OUT/newer.txt" && fail "traceback for a newer workspace"
ok "newer workspace refused: $(head -n 1 "$OUT/newer.txt")"

# 4. the window: the files given on the command line imported, and the first-run welcome
shot() {  # NAME ARGS...: run the window for a few seconds and keep its picture
  local name="$1"; shift
  local status=0
  run "$@" --screenshot "$OUT/$name.png" --quit-after 5 > "$OUT/$name.txt" 2>&1 || status=$?
  [ "$status" -eq 0 ] || { cat "$OUT/$name.txt"; fail "the window ($name) exited $status"; }
  grep -q "Traceback" "$OUT/$name.txt" && { cat "$OUT/$name.txt"; fail "traceback in the window ($name)"; }
  [ "$(head -c 4 "$OUT/$name.png" | od -An -c | tr -d ' ')" = "211PNG" ] || fail "$name.png is no PNG"
  [ "$(stat -c %s "$OUT/$name.png")" -gt 10000 ] || fail "$name.png is too small to show a window"
  ok "window ($name): $OUT/$name.png, $(stat -c %s "$OUT/$name.png") bytes"
}
shot window --workspace "$OUT/window.sqlite" "${files[@]}"
[ "$(sqlite3 "$OUT/window.sqlite" 'SELECT COUNT(*) FROM entries')" -gt 0 ] || fail "masthead FILE... imported nothing"
ok "masthead FILE...: $(sqlite3 "$OUT/window.sqlite" 'SELECT COUNT(*) FROM entries') entries imported"
shot welcome --workspace "$OUT/empty.sqlite"

# 5. the window's languages travel with the bundle
for lang in de fr es en; do
  qm="$(find "$BUNDLE" -name "masthead_$lang.qm" -size +0 | head -n 1)"
  [ -n "$qm" ] || fail "the bundle lacks the $lang translation (masthead_$lang.qm)"
done
ok "translations: $(find "$BUNDLE" -name 'masthead_*.qm' | wc -l) languages"
conf="$OUT/home/.config/Masthead"; mkdir -p "$conf"  # Settings ▸ Language ▸ Deutsch, as QSettings keeps it
printf '[ui]\nlanguage=de\n' >> "$conf/Masthead.conf"
shot window-de --workspace "$OUT/window.sqlite"
sed -i '/^\[ui\]$/d; /^language=de$/d' "$conf/Masthead.conf"

# 6. the desktop entry is valid and declares the calendar and spreadsheet types
desktop="$BUNDLE/share/masthead.desktop"
[ -f "$desktop" ] || fail "no $desktop"
for mime in text/calendar application/vnd.openxmlformats-officedocument.spreadsheetml.sheet application/vnd.ms-excel \
            application/vnd.oasis.opendocument.spreadsheet text/csv; do
  grep -q "^MimeType=.*$mime;" "$desktop" || fail "the desktop entry lacks $mime"
done
if command -v desktop-file-validate >/dev/null 2>&1; then desktop-file-validate "$desktop" || fail "desktop entry invalid"; fi
ok "desktop entry with file associations"

echo "check_bundle: bundle $BUNDLE is $(du -sh "$BUNDLE" | cut -f1)"
echo "check_bundle: $count passed, 0 failed"
