#!/usr/bin/env bash
# Put this Masthead bundle on the desktop: a menu entry, the icon, "Open with Masthead" for
# .ics/.xlsx/.xls/.ods/.csv files, and `masthead` on the PATH. Nothing leaves the bundle's folder:
# the entries point at it, so keep the folder where it is (or run this again after moving it).
#
#   ./install.sh               for you (~/.local)
#   sudo ./install.sh --system for everyone (/usr/local)
#   ./install.sh --uninstall   removes what it added (add --system for the system-wide one)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PREFIX="${XDG_DATA_HOME:-$HOME/.local/share}"; BIN="$HOME/.local/bin"
uninstall=0
for arg in "$@"; do
  case "$arg" in
    --system) PREFIX=/usr/local/share; BIN=/usr/local/bin ;;
    --uninstall) uninstall=1 ;;
    *) echo "usage: $0 [--system] [--uninstall]" >&2; exit 2 ;;
  esac
done
APPS="$PREFIX/applications"; ICONS="$PREFIX/icons/hicolor"
SIZES="32 64 128 256 512"

refresh() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$APPS" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$ICONS" || true
}

if [ "$uninstall" -eq 1 ]; then
  rm -f "$APPS/masthead.desktop" "$BIN/masthead" "$ICONS/scalable/apps/masthead.svg"
  for s in $SIZES; do rm -f "$ICONS/${s}x${s}/apps/masthead.png"; done
  refresh
  echo "Masthead's menu entry, icon and command are removed (the bundle folder is left as it is)."
  exit 0
fi

[ -x "$HERE/masthead" ] || { echo "install.sh: run it from the Masthead bundle folder" >&2; exit 1; }
mkdir -p "$APPS" "$BIN" "$ICONS/scalable/apps"
sed -e "s|^Exec=.*|Exec=\"$HERE/masthead\" %F|" -e "s|^TryExec=.*|TryExec=$HERE/masthead|" \
  "$HERE/share/masthead.desktop" > "$APPS/masthead.desktop"
cp "$HERE/share/icons/masthead.svg" "$ICONS/scalable/apps/masthead.svg"
for s in $SIZES; do
  mkdir -p "$ICONS/${s}x${s}/apps"
  cp "$HERE/share/icons/masthead-$s.png" "$ICONS/${s}x${s}/apps/masthead.png"
done
ln -sf "$HERE/masthead" "$BIN/masthead"
refresh
echo "Masthead is in your applications menu; files open with it from the file manager; 'masthead' runs it from $BIN."
case ":$PATH:" in *":$BIN:"*) ;; *) echo "(add $BIN to your PATH to type 'masthead' in a terminal)";; esac
