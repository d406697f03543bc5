#!/usr/bin/env bash
# Runs as an mmdebstrap customize hook inside packaging/dist-test.sh:
#
#   clean-root-test.sh ROOT DEB TARBALL DISPLAY VERSION
#
# ROOT is a fresh Debian 12 (mmdebstrap --variant=apt) that mmdebstrap throws
# away afterwards, so nothing here touches the machine. In it:
#  1. the portable build, run on the bare system, must name the missing system
#     libraries and their packages (exit 4) instead of crashing;
#  2. the .deb installs with its declared Depends alone (no Recommends);
#  3. the installed footgui runs: --version, self-test, --quit-after-startup
#     (offscreen, and on the host's Xvfb through the xcb plugin), and
#     media-check, which plays a bundled clip to its end and imports every module;
#  4. it removes cleanly.
set -euo pipefail
root=$1 deb=$2 tarball=$3 display=$4 version=$5

say() { printf '\n--- clean root: %s\n' "$*"; }
in_root() {
  chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    FOOTGUI_NO_DIALOG=1 "$@"
}
fail() { echo "clean-root-test: FAILED: $*" >&2; exit 1; }

cp "$deb" "$root/tmp/footgui.deb"
mkdir -p "$root/tmp/portable"
tar -xzf "$tarball" -C "$root/tmp/portable" --strip-components=1

say "portable build on a bare system names what is missing"
set +e
out=$(in_root env QT_QPA_PLATFORM=offscreen /tmp/portable/footgui --data-dir /tmp/d0 \
  --quit-after-startup 2>&1)
code=$?
set -e
printf '%s\n' "$out"
[ "$code" = 4 ] || fail "expected exit status 4 on a bare system, got $code"
grep -q "libGL.so.1 (package libgl1)" <<<"$out" || fail "the message does not name libGL.so.1 and libgl1"
grep -q "sudo apt-get install" <<<"$out" || fail "the message does not say what to install"

say "apt-get install ./footgui.deb (Depends only)"
in_root apt-get install -y -q --no-install-recommends /tmp/footgui.deb >/dev/null
in_root test -x /usr/bin/footgui || fail "/usr/bin/footgui missing"
test -f "$root/usr/share/applications/footgui.desktop" || fail "desktop entry missing"
for size in 16x16 32x32 48x48 64x64 128x128 256x256 512x512 scalable; do
  ls "$root/usr/share/icons/hicolor/$size/apps/footgui."* >/dev/null || fail "icon $size missing"
done
ls "$root"/usr/share/metainfo/*.metainfo.xml >/dev/null || fail "metainfo missing"
echo "installed size: $(du -sk "$root/opt/footgui" | cut -f1) KiB in /opt/footgui"

say "footgui --version"
v=$(in_root footgui --version)
echo "$v"
[ "$v" = "footgui $version" ] || fail "--version said '$v'"

say "footgui self-test"
in_root env QT_QPA_PLATFORM=offscreen footgui --data-dir /tmp/d1 self-test

say "footgui --quit-after-startup (offscreen)"
in_root env QT_QPA_PLATFORM=offscreen footgui --data-dir /tmp/d1 --quit-after-startup

say "footgui --quit-after-startup (xcb, on the host's Xvfb $display)"
in_root env DISPLAY="$display" QT_QPA_PLATFORM=xcb footgui --data-dir /tmp/d1 --quit-after-startup

say "footgui media-check --modules (a bundled clip plays to its end)"
in_root env QT_QPA_PLATFORM=offscreen footgui --data-dir /tmp/d1 media-check --modules

say "apt-get purge footgui"
in_root apt-get purge -y -q footgui >/dev/null
[ ! -e "$root/opt/footgui" ] || fail "/opt/footgui left behind after purge"
[ ! -L "$root/usr/bin/footgui" ] || fail "/usr/bin/footgui left behind after purge"
echo "clean root: all checks passed"
