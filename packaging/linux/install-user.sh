#!/bin/sh
# Install (or with --uninstall remove) this unpacked footgui for the current
# user: a `footgui` command in ~/.local/bin, a menu entry and icons. Nothing
# outside your home folder is touched; the program stays in this folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$bin/footgui" "$data/applications/footgui.desktop"
  find "$data/icons/hicolor" -name 'footgui.*' -delete 2>/dev/null || true
  echo "footgui's command and menu entry removed; delete $here to remove the program."
  exit 0
fi
mkdir -p "$bin" "$data/applications"
ln -sf "$here/footgui" "$bin/footgui"
sed "s|^Exec=footgui|Exec=\"$here/footgui\"|" "$here/share/applications/footgui.desktop" \
  > "$data/applications/footgui.desktop"
cp -R "$here/share/icons/hicolor" "$data/icons/" 2>/dev/null || {
  mkdir -p "$data/icons" && cp -R "$here/share/icons/hicolor" "$data/icons/"; }
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
echo "footgui installed: run 'footgui' (if ~/.local/bin is on your PATH) or use the menu entry."
