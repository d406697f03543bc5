#!/usr/bin/env bash
# `make dist-test`: check the Linux packages in build/packages the way a user
# and a distribution would meet them, without changing this machine:
#   lintian (no errors), desktop-file-validate and appstreamcli on the files
#   the .deb ships, the NSIS script compiled against the Linux payload, a
#   damaged bundle that must say what is missing, and the .deb installed into
#   a throw-away Debian 12 root (packaging/linux/clean-root-test.sh).
# The make target builds the packages and installs the tools first.
set -euo pipefail
cd "$(dirname "$0")/.."
arch=$(dpkg --print-architecture)
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' footgui/__init__.py)
deb=$PWD/build/packages/footgui_${version}_${arch}.deb
tarball=$(ls "$PWD"/build/packages/footgui-"${version}"-linux-*.tar.gz)
[ -f "$deb" ] && [ -f "$tarball" ] || { echo "dist-test: run make deb first" >&2; exit 1; }

tmp=$(mktemp -d)
xvfb_pid=
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
step() { printf '\n=== %s\n' "$*"; }
start=$SECONDS

step "lintian (errors fail; warnings are shown)"
lintian --fail-on error --tag-display-limit 0 "$deb" 2>&1 | { grep -v "running with root privileges" || true; }

step "desktop entry and AppStream metadata as shipped"
dpkg-deb -x "$deb" "$tmp/deb"
desktop-file-validate "$tmp/deb/usr/share/applications/footgui.desktop"
appstreamcli validate --no-net "$tmp"/deb/usr/share/metainfo/*.metainfo.xml

step "NSIS script compiles (Linux payload as a stand-in)"
.venv/bin/python packaging/build.py nsis
rm -f build/packages/footgui-*-setup-standin.exe  # a compile check, not an installer

step "a damaged bundle names the missing plugin"
mkdir "$tmp/portable"
tar -xzf "$tarball" -C "$tmp/portable" --strip-components=1
rm "$tmp"/portable/_internal/PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so
set +e
out=$(FOOTGUI_NO_DIALOG=1 QT_QPA_PLATFORM=offscreen "$tmp/portable/footgui" --data-dir "$tmp/d" \
  --quit-after-startup 2>&1)
code=$?
set -e
printf '%s\n' "$out"
[ "$code" = 4 ] && grep -q "libffmpegmediaplugin.so" <<<"$out" || {
  echo "dist-test: a bundle without its media plugin did not say so (exit $code)" >&2; exit 1; }

step "the .deb in a fresh Debian 12 root"
for n in $(seq 90 99); do
  [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ] || { display=:$n; break; }
done
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
[ -e "/tmp/.X11-unix/X${display#:}" ] || { cat "$tmp/xvfb.log" >&2; exit 1; }
# The root lives in a temporary folder that mmdebstrap deletes ("/dev/null" target).
mmdebstrap --variant=apt --quiet \
  --customize-hook="bash $PWD/packaging/linux/clean-root-test.sh \"\$1\" $deb $tarball $display $version" \
  bookworm /dev/null

printf '\ndist-test passed in %d s\n' $((SECONDS - start))
