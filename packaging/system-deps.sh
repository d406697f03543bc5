#!/usr/bin/env bash
# The Debian/Ubuntu libraries that PySide6's wheels load from the system:
# Qt Multimedia needs libpulse0; the xcb platform (a real window) and the
# offscreen platform need EGL/GL, xkbcommon and the xcb helpers; speech uses
# speech-dispatcher with espeak-ng when present. One list, used by the make
# targets and the .deb's Depends (packaging/).
#
#   system-deps.sh list      print the package names
#   system-deps.sh ensure    install what is missing (as root) or print the one
#                            `sudo apt-get install ...` line to run and fail
set -euo pipefail
PKGS=(libpulse0 libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0
      libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0
      libxcb-image0 libxcb-xinerama0 libfontconfig1 libdbus-1-3 fonts-dejavu-core)
case "${1:-ensure}" in
  list) printf '%s\n' "${PKGS[@]}" ;;
  ensure)
    command -v dpkg-query >/dev/null || exit 0   # not Debian-like: nothing to check
    missing=()
    for p in "${PKGS[@]}" ${EXTRA_PKGS:-}; do
      dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && exit 0
    if [ "$(id -u)" = 0 ]; then
      echo "installing system libraries: ${missing[*]}"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    else
      echo "footgui needs these system libraries; run:" >&2
      echo "  sudo apt-get install ${missing[*]}" >&2
      exit 1
    fi ;;
  *) echo "usage: system-deps.sh list|ensure" >&2; exit 2 ;;
esac
